"""Figures on the claims analyze returns: which act of a sentence a written count belongs to."""

from __future__ import annotations

from factfinder.extract import analyze
from factfinder.extract.claims import Claim, Figure


def claim_of(text: str, type_name: str) -> Claim:
    return next(c for c in analyze(text) if c.type == type_name)


def test_victims_named_by_a_pronoun_take_the_count_written_for_them() -> None:
    text = (
        "A channel run by the militia posted the home addresses of 9 Orvani teachers and "
        'told readers to "go and visit them".'
    )
    assert claim_of(text, "incitement").counts == [Figure(low=9, unit="teachers")]


def test_a_ransom_counts_the_people_abducted_for_it() -> None:
    text = "Gunmen kidnapped 14 travellers for ransom near Kell last month."
    assert claim_of(text, "extortion").counts == [Figure(low=14, unit="travellers")]


def test_a_count_in_the_source_relative_clause_is_not_the_act_count() -> None:
    text = (
        "The number of pupils held rose to 21, according to the Parents' Council, which said "
        "staff had been barred from seeing at least six of the pupils."
    )
    assert claim_of(text, "detention").counts == [Figure(low=21, unit="pupils")]


def test_a_revision_at_the_end_of_a_wire_sentence_reaches_the_detention_count() -> None:
    text = (
        "Riot police detained at least 95 people on Saturday as they broke up a rally in "
        "central Dorn against the new press law, a monitoring group said, raising its "
        "earlier count of 60."
    )
    assert claim_of(text, "detention").counts == [
        Figure(
            low=95, unit="people", qualifier="at_least", supersedes=Figure(low=60, unit="people")
        )
    ]


def test_people_the_other_verb_acted_on_are_not_the_act_count() -> None:
    text = "Gunmen shot dead at least 6 herders and wounded more than 20 others near Tesk."
    assert claim_of(text, "killing").counts == [Figure(low=6, unit="herders", qualifier="at_least")]


def test_those_punished_over_an_act_are_not_its_victims() -> None:
    text = "The ministry said 4 guards had been dismissed over the deaths of three inmates."
    assert claim_of(text, "killing").counts == [Figure(low=3, unit="inmates")]


def test_a_part_counted_inside_a_longer_victims_phrase_stays_with_its_own_act() -> None:
    text = "Guards beat 8 of the 30 men held at the Orm barracks, the report found."
    assert claim_of(text, "torture").counts == [Figure(low=8, unit="men")]


def test_a_count_in_the_source_own_words_keeps_its_quotes_out_of_the_unit() -> None:
    text = 'Police said they had detained 90 "agitators", not the 200 claimed by organisers.'
    assert claim_of(text, "detention").counts == [
        Figure(low=90, unit="agitators", supersedes=Figure(low=200, unit="agitators"))
    ]


def test_people_another_clause_speaks_of_are_not_the_act_victims() -> None:
    text = "Police said 6 officers were hurt, while medics said at least 19 marchers were beaten."
    assert claim_of(text, "torture").counts == [
        Figure(low=19, unit="marchers", qualifier="at_least")
    ]


def test_victims_who_speak_are_still_counted() -> None:
    text = "Three farmers told us they were beaten by guards at the Orm checkpoint."
    assert claim_of(text, "torture").counts == [Figure(low=3, unit="farmers")]


def test_relatives_speaking_for_a_counted_group_do_not_hide_its_count() -> None:
    text = "Relatives of three men deported on 4 June told the Vell Monitor they have had no news."
    assert claim_of(text, "forced_displacement").counts == [Figure(low=3, unit="men")]


def test_one_person_is_the_victim_named_not_a_count() -> None:
    text = "Guards beat one inmate and two visitors at the gate of Orm prison."
    assert claim_of(text, "torture").counts == [Figure(low=2, unit="visitors")]


def test_a_sum_demanded_beside_counted_victims_is_not_their_count() -> None:
    text = "Border guards demanded 300 euros each from 11 herders to let them cross."
    assert claim_of(text, "extortion").counts == [Figure(low=11, unit="herders")]


def test_a_figure_describing_another_noun_is_not_the_act_count() -> None:
    text = "Police detained eight students in a raid on three dormitories in Kesh."
    assert claim_of(text, "detention").counts == [Figure(low=8, unit="students")]


def test_a_figure_in_a_participle_on_a_place_is_not_the_act_count() -> None:
    text = "At least 30 prisoners were beaten in cells built for 12 people."
    assert claim_of(text, "torture").counts == [
        Figure(low=30, unit="prisoners", qualifier="at_least")
    ]


def test_what_another_verb_in_a_subordinate_clause_did_is_not_the_act_count() -> None:
    text = "Five mourners were killed when soldiers fired on 3,000 marchers in Abrel."
    assert claim_of(text, "killing").counts == [Figure(low=5, unit="mourners")]


def test_an_act_told_of_a_part_of_the_counted_group_takes_the_group_count() -> None:
    text = (
        "At least 80 Lirran nationals, including teachers who had fled persecution, have "
        "been deported from Vessa since June."
    )
    assert (
        Figure(low=80, unit="nationals", qualifier="at_least")
        in claim_of(text, "forced_displacement").counts
    )


def test_an_act_without_victims_of_its_own_shares_the_group_a_participle_describes() -> None:
    text = "The fate of at least 25 herders detained near Tesk in May remains unknown."
    assert claim_of(text, "enforced_disappearance").counts == [
        Figure(low=25, unit="herders", qualifier="at_least")
    ]


def test_a_part_told_of_in_an_of_whom_clause_is_not_the_whole() -> None:
    text = "Soldiers detained 30 villagers, 12 of whom were later released."
    assert claim_of(text, "release").counts == [Figure(low=12, unit="villagers")]


def test_them_in_the_next_sentence_counts_the_group_the_sentence_before_was_about() -> None:
    text = (
        "Nurses at the Orm clinic are being watched by plain-clothes officers. "
        "At least four of them were detained on Friday."
    )
    assert claim_of(text, "detention").counts == [
        Figure(low=4, unit="nurses", qualifier="at_least")
    ]
