"""Actor resolution: titles stripped, states from demonyms, fuzzy spellings, groups kept apart."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factfinder.link.actors import ActorIndex, interpret_name, normalise_name, victim_signature
from factfinder.link.run import resolve_actors
from factfinder.store.linking import ClaimRecord, SourceRecord


def test_titles_are_stripped_from_people() -> None:
    guess = interpret_name("Chechen leader Ramazan Kadyrov")
    assert (guess.name, guess.type, guess.country_code) == ("Ramazan Kadyrov", "official", "RU")
    guess = interpret_name("Russian Foreign Minister Sergey Lavrov")
    assert (guess.name, guess.type) == ("Sergey Lavrov", "official")
    assert interpret_name("the journalist who broke the story, Elena Vask").name == "Elena Vask"


def test_demonyms_institutions_and_seats_map_to_states() -> None:
    british = interpret_name("the British government")
    assert (british.name, british.type, british.country_code) == (
        "United Kingdom",
        "government",
        "GB",
    )
    assert interpret_name("The Irish government").country_code == "IE"
    moscow = interpret_name("Moscow")
    assert (moscow.name, moscow.type) == ("Russia", "government")
    police = interpret_name("police", context_country="RU")
    assert (police.name, police.type) == ("Russia police", "state_security")


def test_a_state_the_gazetteer_does_not_know_is_one_government() -> None:
    for written in (
        "The government of Castrell",
        "Castrell's foreign ministry",
        "the Castrell government",
    ):
        guess = interpret_name(written)
        assert guess is not None
        assert (guess.name, guess.type) == ("Castrell government", "government")
    unnamed = interpret_name("the interior ministry")
    assert unnamed is not None and unnamed.name == "interior ministry"


def test_organisation_types() -> None:
    assert interpret_name("Novaya Gazeta").type == "media"
    assert interpret_name("the Osk Monitor").type == "media"
    assert interpret_name("Human Rights Watch").type == "ngo"
    assert interpret_name("Press Freedom Network").type == "ngo"
    assert interpret_name("the UN Human Rights Office").type == "international_body"
    assert interpret_name("an escapee, interviewed by CNN").name == "CNN"


def test_victim_groups_pronouns_and_places_are_not_actors() -> None:
    for phrase in (
        "gay men",
        "gay and bisexual men",
        "his father",
        "she",
        "",
        "  ",
        "reports about the persecution of gay men in Chechnya",
    ):
        assert interpret_name(phrase) is None, phrase


def test_a_publisher_is_media_even_when_its_name_says_nothing() -> None:
    index = ActorIndex()
    actor = index.resolve("GCN", default_type="media")
    assert index.actors[actor].type == "media"
    assert index.actors[index.resolve("Hillary Clinton")].type == "person"


def test_transliterations_and_surnames_resolve_to_one_actor() -> None:
    index = ActorIndex()
    first = index.resolve("Chechen leader Ramazan Kadyrov")
    assert index.resolve("Ramzan Kadyrov") == first
    assert index.resolve("Kadyrov") == first
    assert index.resolve("Ivan Petrov") != first
    keys = {key for _actor, _alias, key in index.new_aliases}
    assert {"ramazan kadyrov", "ramzan kadyrov"} <= keys


def test_names_in_other_scripts() -> None:
    index = ActorIndex()
    actor = index.resolve("Рамзан Кадыров")
    assert actor is not None and index.actors[actor].name == "Рамзан Кадыров"
    assert index.resolve("глава Чечни Рамзан Кадыров") is not None


def test_victim_signature_tells_groups_apart() -> None:
    assert victim_signature("gay and bisexual men") == {"gay", "bisexual", "man"}
    assert victim_signature("more than 100 men") == {"man"}
    assert victim_signature("LGBT people") & victim_signature("gay men")
    assert not victim_signature("five journalists") & victim_signature("activists")
    assert victim_signature("Detainees") == frozenset()  # a role, not who they are


@given(st.text(max_size=80), st.one_of(st.none(), st.sampled_from(["RU", "GB", "ZZ"])))
def test_any_name_resolves_or_is_left_alone(written: str, country: str | None) -> None:
    index = ActorIndex()
    actor = index.resolve(written, country)
    assert actor is None or actor in index.actors
    assert index.resolve(written, country) == actor
    assert normalise_name(normalise_name(written)) == normalise_name(written)
    victim_signature(written)


def test_unnamed_witnesses_and_documents_count_as_the_outlet_they_reached() -> None:
    for phrase, outlet in (
        ("One escapee, interviewed by CNN", "CNN"),
        ("a former detainee, speaking to the Osk Monitor", "Osk Monitor"),
        (
            "former detainees and a leaked police list seen by the Varnia Observer",
            "Varnia Observer",
        ),
    ):
        assert interpret_name(phrase).name == outlet
    assert interpret_name("Sergey Lavrov told reporters").name == "Sergey Lavrov"


def test_agent_phrases_are_cut_to_the_name() -> None:
    assert interpret_name("TARNHOLD (Meridian Press").name == "Meridian Press"
    ngo = interpret_name("The Lantern Rights Network, a human rights group, called for a probe")
    assert (ngo.name, ngo.type) == ("Lantern Rights Network", "ngo")
    assert interpret_name("Governor Darius Holm, who said such men should leave").name == (
        "Darius Holm"
    )
    assert interpret_name("The Ministry of the Interior").name == "Interior Ministry"
    assert interpret_name("the government of Castrell").name == "Castrell government"
    assert interpret_name("The Varnian Union of Journalists").type == "ngo"
    assert interpret_name("We") is None


def test_a_short_form_resolves_when_only_one_actor_fits() -> None:
    index = ActorIndex()
    observer = index.resolve("The Varnia Observer", default_type="media")
    assert index.resolve("the Observer") == observer


def test_first_person_speakers_are_the_publisher() -> None:
    sources = {1: SourceRecord(1, "file:ngo", None, "Lantern Rights Network", None)}
    claims = [
        ClaimRecord(id=1, source_id=1, kind="statement", type="condemn", sentence="…", agent="We")
    ]
    index = ActorIndex()
    resolution = resolve_actors(index, claims, sources)
    assert index.actors[resolution.agents[1]].name == "Lantern Rights Network"
