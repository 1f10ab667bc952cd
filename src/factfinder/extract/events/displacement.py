"""Forced-displacement rules: people driven from homes, across borders or made to leave."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import child_with, object_of_preposition, subject_of
from factfinder.extract.events.clauses import is_negated, is_passive, modal_of
from factfinder.extract.events.lexicon import (
    CAPTORS,
    HOME_WORDS,
    KIN,
    NATURAL_CAUSES,
    NOUN_EVENTS,
    POSTS,
)
from factfinder.extract.events.people import is_person_like

# Places left in ordinary flight ("fled the scene"): not a home, town or country.
VENUES = frozenset(
    {"scene", "stadium", "pitch", "field", "court", "building", "room", "car", "vehicle", "stage"}
)
# Those whose flight is escape from justice, not displacement.
OFFENDERS = frozenset(
    {"gunman", "attacker", "assailant", "suspect", "robber", "thief", "killer", "perpetrator"}
)
# What is left behind rather than left: "ordered staff not to leave marks".
LEFT_BEHIND = frozenset(
    {"mark", "trace", "evidence", "sign", "bruise", "scar", "note", "message", "comment"}
    | {"fingerprint", "impression", "room", "space", "record"}
)
# Departures a deadline orders: "given 24 hours to leave", "a day to pack".
DEPARTURES = frozenset({"leave", "pack", "vacate", "go", "collect", "gather", "get"})
# What people are given minutes to collect when they are being put out: their belongings.
BELONGINGS = frozenset(
    {"thing", "belonging", "possession", "bag", "suitcase", "document", "child", "clothes"}
)
# Spans of a deadline: "given a night to leave", "ten minutes to collect their things".
DEADLINES = frozenset(
    {"hour", "day", "minute", "week", "night", "morning", "month", "second", "evening"}
)


def ordinary_flight(verb: Token) -> bool:
    """Leaving a scene or a venue, or perpetrators escaping, is not displacement."""
    left = child_with(verb, "dobj")
    fleeing = subject_of(verb)
    return (left is not None and left.lemma_.lower() in VENUES) or (
        fleeing is not None and fleeing.lemma_.lower() in CAPTORS | OFFENDERS
    )


def by_force(verb: Token) -> bool:
    """ "relocated by force", "forcibly moved": a move imposed on people."""
    forced = object_of_preposition(verb, "by")
    return (forced is not None and forced.lower_ == "force") or any(
        c.lower_ in ("forcibly", "forcefully") for c in verb.children
    )


def out_of_settlement(verb: Token) -> bool:
    """ "forced out of their homes / the settlement": people driven from where they live, not
    from a job or a race."""
    out = next((c for c in verb.children if c.lower_ == "out"), verb)
    place = object_of_preposition(out, "of") or object_of_preposition(verb, "of")
    moved = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
    if moved is None and verb.tag_ == "VBD":
        moved = subject_of(verb)  # a headline drops "were": "families forced out of …"
    if place is None or place.lemma_.lower() in POSTS | {"race", "election", "party", "office"}:
        return False
    return is_person_like(moved) or (moved is not None and moved.lemma_.lower() in KIN)


def leaves_a_thing(leave: Token) -> bool:
    """ "leave marks", "leave no trace": something left behind, not a place left."""
    left = child_with(leave, "dobj")
    return left is not None and left.lemma_.lower() in LEFT_BEHIND


def across_border(verb: Token) -> bool:
    """ "forcing them across the border at night": people, not goods, moved over a frontier."""
    border = object_of_preposition(verb, "across", "over")
    moved = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
    return (
        border is not None
        and border.lemma_.lower() in ("border", "frontier", "boundary")
        and is_person_like(moved)
    )


def from_home(verb: Token) -> bool:
    """ "forced from their homes", "took me from my flat": driven or taken from where people
    live."""
    source = object_of_preposition(verb, "from")
    return source is not None and source.lemma_.lower() in HOME_WORDS | {"land", "village"}


def given_time_to(leave: Token) -> bool:
    """ "residents were given 24 hours to leave", "a day to pack": a deadline to go is an
    order of expulsion."""
    if leave.lemma_.lower() == "get" and not any(
        c.dep_ == "prt" and c.lower_ in ("out", "away") for c in leave.children
    ):
        return False  # "two days to get out" leaves; "a week to get the money" does not
    if leave.lemma_.lower() in ("collect", "gather"):  # "ten minutes to collect their things"
        taken = child_with(leave, "dobj")
        if taken is None or taken.lemma_.lower() not in BELONGINGS:
            return False
    span = deadline_verb(leave)
    if span.lemma_.lower() == "have" and leave.dep_ in ("xcomp", "advcl"):
        until = object_of_preposition(span, "until", "till")  # "had until morning to be gone"
        return until is not None and not is_negated(span) and is_person_like(subject_of(span))
    return (
        leave.dep_ in ("relcl", "acl", "xcomp", "advcl")
        and span.lemma_.lower() in DEADLINES | {"give"}
        and (span.head.lemma_.lower() == "give" or span.lemma_.lower() == "give")
    )


def deadline_verb(leave: Token) -> Token:
    """The verb a deadline to leave hangs on: "given a day to leave" (give), "had until dawn
    to be gone" (have), also when the parser hangs "to be gone" on the telling verb ("told
    every family that we had until the next morning to be gone")."""
    span = leave.head
    if leave.dep_ == "xcomp" and span.lemma_.lower() in ("tell", "warn", "inform"):
        had = child_with(span, "ccomp")
        if had is not None and had.lemma_.lower() == "have":
            return had
    return span


def left_under_threat(leave: Token) -> bool:
    """ "left the country after receiving threats", "left the town to escape the demands",
    "left Rusk under police escort": flight, not a trip."""
    place = child_with(leave, "dobj")
    if place is None:
        return False
    named = place.ent_type_ == "GPE" or (place.pos_ == "PROPN" and place.ent_type_ != "PERSON")
    if named and not is_negated(leave):  # "I left Varnia because the police …"
        reasons = [c for c in leave.children if c.dep_ in ("advcl", "prep", "xcomp")]
        words = {t.lemma_.lower() for r in reasons for t in r.subtree}
        return bool(words & (CAPTORS | DANGER_WORDS | {"escort"}))
    if place.lemma_.lower() not in PLACES_LEFT:
        return False
    words = {t.lemma_.lower() for t in leave.sent}
    return bool(words & DANGER_WORDS)


# What a home is left for: flight from these is displacement, not a move.
DANGER_WORDS = frozenset(
    {"threat", "fear", "persecution", "threaten", "harassment", "danger", "escape", "attack"}
    | {"violence", "intimidation", "abuse", "reprisal", "raid", "demand", "extortion", "pressure"}
)
# Places whose leaving uproots someone: a country, a town, a home.
PLACES_LEFT = frozenset(
    {"country", "home", "village", "city", "region", "town", "area", "district", "province"}
    | {"house", "flat", "apartment", "land", "homeland", "settlement", "neighbourhood"}
)


def crossed_abroad(cross: Token) -> bool:
    """ "about 900 people had crossed into Ossland", "we crossed the border at night": civilians
    crossing into another country flee; soldiers crossing it do not."""
    into = object_of_preposition(cross, "into", "to", "over")
    border = child_with(cross, "dobj")
    abroad = (
        into is not None and (into.ent_type_ == "GPE" or into.lemma_.lower() == "border")
    ) or (border is not None and border.lemma_.lower() in ("border", "frontier"))
    crosser = subject_of(cross)
    if crosser is None or crosser.lemma_.lower() in CAPTORS | OFFENDERS | {"troop", "tank"}:
        return False
    return abroad and (is_person_like(crosser) or crosser.lower_ in ("we", "i", "they"))


def had_to_leave(leave: Token) -> bool:
    """ "I had to move flats four times", "families had to abandon their homes": a leaving one
    could not refuse, of a home or a country; or one told as driven by threats
    (`left_after_threats`)."""
    if left_after_threats(leave):
        return True
    have = leave.head
    if leave.dep_ != "xcomp" or have.lemma_.lower() != "have" or is_negated(have):
        return False
    place = child_with(leave, "dobj") or object_of_preposition(leave, "from", "out")
    if place is None:
        return False
    return place.lemma_.lower() in PLACES_LEFT | {"flat", "apartment"} or place.ent_type_ == "GPE"


# Abuses a departure is told as the outcome of: "left Varnia after death threats".
DRIVING_ABUSES = frozenset({"death_threat", "harassment", "torture"})
# Persecution the noun lexicon does not type: "left after receiving threats".
PERSECUTION = frozenset({"threat", "persecution", "intimidation", "harassment", "attack"})


def left_after_threats(leave: Token) -> bool:
    """ "left Kelvara in May after death threats", "left the country after receiving repeated
    threats": leaving a country or a home as the outcome of threats or abuse is the flight
    that reports count as forced displacement. Leaving after an election, a match or one's
    own release is a journey."""
    if leave.lemma_.lower() != "leave" or is_negated(leave) or modal_of(leave) is not None:
        return False
    place = child_with(leave, "dobj")
    if place is None or not (place.lemma_.lower() in PLACES_LEFT or place.pos_ == "PROPN"):
        return False
    causes = [
        child_with(grand, "dobj") if grand.dep_ == "pcomp" else grand  # "after receiving threats"
        for prep in leave.children
        if prep.dep_ == "prep" and prep.lower_ in ("after", "following")
        for grand in prep.children
        if grand.dep_ in ("pobj", "pcomp")
    ]
    return any(
        cause is not None
        and (
            cause.lemma_.lower() in PERSECUTION
            or NOUN_EVENTS.get(cause.lemma_.lower()) in DRIVING_ABUSES
        )
        for cause in causes
    )


# Transport that carries people out of a country or a camp: "forced onto buses".
CARRIERS_OUT = frozenset({"bus", "coach", "lorry", "truck", "boat", "plane", "flight", "train"})


def bussed_away(verb: Token) -> bool:
    """ "38 people forced onto buses at the reception centre", "they were put on a bus back to
    the bridge": people loaded by force onto transport, or sent back on it, are expelled."""
    vehicle = object_of_preposition(verb, "onto", "on", "into", "aboard")
    moved = subject_of(verb) if is_passive(verb) or verb.tag_ == "VBN" else child_with(verb, "dobj")
    if moved is None and verb.dep_ == "acl":
        moved = verb.head  # "a group of 38 people forced onto buses"
    if vehicle is None or vehicle.lemma_.lower() not in CARRIERS_OUT or is_negated(verb):
        return False
    if any(c.lemma_.lower() in CAPTORS for c in vehicle.children if c.dep_ in ("compound", "amod")):
        return False  # "pushed into police buses" is an arrest: the bus takes them to a cell
    back = any(t.lower_ == "back" for t in vehicle.subtree) or any(
        c.lower_ == "back" for c in verb.children
    )
    forced = verb.lemma_.lower() in ("force", "herd", "push", "drive", "load")
    return (forced or back) and (
        is_person_like(moved) or (moved is not None and moved.lemma_.lower() in KIN)
    )


def displaced_people(displaced: Token) -> Token | None:
    """ "interviewed 27 displaced Varu people": a counted group called displaced was driven from
    home, which the adjective asserts (a bare "the displaced" refers back, and names none)."""
    people = displaced.head
    if displaced.lower_ not in ("displaced", "expelled", "deported", "uprooted"):
        return None
    if displaced.dep_ != "amod" or not is_person_like(people):
        return None
    counted = any(
        c.dep_ == "nummod" or c.lower_ in ("thousands", "hundreds") for c in people.children
    )
    return people if counted else None


# Verbs by which people are told what they must do.
TELLING = frozenset({"tell", "order", "instruct", "warn", "inform"})


def told_to_go(leave: Token) -> Token | None:
    """Who was told that they "should leave the country" or "must go back where they came from":
    an order to leave reported as what people were told they ought to do is an order of
    expulsion, whatever words carry it. Returns the verb of telling."""
    tell = leave.head
    if leave.lemma_.lower() not in ("leave", "go") or leave.dep_ != "ccomp":
        return None
    if tell.lemma_.lower() not in TELLING or is_negated(leave) or is_negated(tell):
        return None
    if modal_of(leave) not in ("should", "must") or modal_of(tell) not in (None, "past"):
        return None
    if leave.lemma_.lower() == "go":  # "go back where you came from"; not "go home early"
        back = next((c for c in leave.children if c.lower_ in ("back", "away")), None)
        if back is None:
            return None
        place = object_of_preposition(leave, "to") or object_of_preposition(back, "to")
    else:
        place = child_with(leave, "dobj")
    return tell if place is None or _a_home_or_country(place) else None


def _a_home_or_country(place: Token) -> bool:
    """A place whose leaving uproots someone: a country or town by name, a home."""
    named = place.pos_ == "PROPN" and place.ent_type_ not in ("PERSON", "ORG")
    return place.lemma_.lower() in PLACES_LEFT or place.ent_type_ == "GPE" or named


def natural_cause(leave: Token) -> bool:
    """ "forced to leave its village after a flood", "displaced by the earthquake": a flight
    from a flood, storm or drought is not a displacement anyone forced."""
    causes = [
        object_of_preposition(verb, "after", "by", "following") for verb in (leave, leave.head)
    ]
    return any(cause is not None and cause.lemma_.lower() in NATURAL_CAUSES for cause in causes)


# People whose return to a country is the state's act, not their own journey.
EXILES = frozenset(
    {"refugee", "migrant", "seeker", "asylum-seeker", "returnee", "deportee", "exile"}
    | {"immigrant", "emigrant", "foreigner", "national"}
)
# Verbs that drive people back over a line: "forced them back across the river".
DRIVING_BACK = frozenset({"force", "push", "drive", "chase", "march", "herd"})
# Lines people are driven back across when they are driven out of a country.
FRONTIERS = frozenset({"border", "frontier", "boundary", "river"})


def returned_abroad(verb: Token) -> bool:
    """ "the State party returned at least 60 asylum seekers to Saradun", "forced them back
    across the river into Saradun": people sent back to another country by those who hold
    the border (refoulement, pushbacks). Refugees who "returned to their villages" go of
    their own accord, and police who "pushed protesters back" clear a square."""
    if is_negated(verb) or modal_of(verb) not in (None, "past"):
        return False
    lemma = verb.lemma_.lower()
    moved = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
    if moved is None:
        return False
    if lemma == "return":
        where = object_of_preposition(verb, "to")
        return (
            moved.lemma_.lower() in EXILES
            and where is not None
            and (where.ent_type_ == "GPE" or where.pos_ == "PROPN")
        )
    back = next((c for c in verb.children if c.lower_ == "back"), None)
    if lemma not in DRIVING_BACK or back is None:
        return False
    across = object_of_preposition(verb, "across", "over") or object_of_preposition(
        back, "across", "over"
    )  # the parser may hang "across the border" on "back"
    into = object_of_preposition(verb, "into", "to") or object_of_preposition(back, "into", "to")
    abroad = (across is not None and across.lemma_.lower() in FRONTIERS) or (
        into is not None and into.ent_type_ == "GPE"
    )
    return abroad and (is_person_like(moved) or moved.lower_ in ("them", "us"))


def carried_away(verb: Token) -> bool:
    """ "we left the next day with what we could carry", "told us to take what we could carry
    and go": a departure with only what one can carry is flight from a home, in the words
    survivors use for it; not a move, which takes the furniture."""
    lemma = verb.lemma_.lower()
    if lemma not in ("leave", "go", "flee", "walk", "run", "cross") or is_negated(verb):
        return False
    joined = verb.dep_ == "conj" and verb.head.lemma_.lower() == "carry"
    if modal_of(verb) not in (None, "past") and not joined:
        return False  # "take what we could carry and go" lends "go" the "could" of "carry"
    place = child_with(verb, "dobj")
    if place is not None and not _a_home_or_country(place):
        return False  # "left the shop with what he could carry": a looter or a customer
    carried = [verb] + [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in ("take", "grab", "pack"):
        carried.append(verb.head)  # "take what we could carry and go"
    if joined:
        carried.append(verb.head.head)  # the parser may join "go" to "carry" itself
    return any(_what_one_could_carry(t) for t in carried)


def _what_one_could_carry(head: Token) -> bool:
    """ "what we could carry", "whatever they could carry" below a verb's "with" or object."""
    for child in head.children:
        if child.dep_ not in ("pobj", "pcomp", "dobj", "ccomp"):
            continue
        words = [t.lower_ for t in child.subtree]
        if any(w in ("what", "whatever") for w in words) and "carry" in words:
            return "could" in words or "can" in words
    return False


def told_to_carry_and_go(go: Token) -> Token | None:
    """The verb of telling in "they told us to take what we could carry and go", which the
    parser joins to "carry": the teller orders the told out of their home."""
    if go.dep_ != "conj" or go.head.lemma_.lower() != "carry" or not carried_away(go):
        return None
    take = go.head.head
    tell = take.head if take.dep_ == "xcomp" else None
    return tell if tell is not None and tell.lemma_.lower() in TELLING else None


def driven_into_exile(verb: Token) -> bool:
    """ "forced into exile", "driven into exile", "sent into exile": a flight abroad imposed on
    someone."""
    if verb.lemma_.lower() not in ("force", "drive", "send", "push", "compel") or is_negated(verb):
        return False
    exile = object_of_preposition(verb, "into")
    return exile is not None and exile.lemma_.lower() == "exile"
