"""Which event type a verb names in its sentence: the verb rules of every family, in order."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import by_agent, child_with, object_of_preposition, subject_of
from factfinder.extract.events.clauses import (
    FORETELLING_MODALS,
    clause_root,
    has_particle,
    has_since,
    headline,
    intent_governor,
    is_negated,
    is_passive,
    made_to,
    modal_of,
    under_compulsion,
)
from factfinder.extract.events.custody import (
    SURFACING,
    arrests_a_trend,
    confined_in_place,
    deprived_of_liberty,
    for_a_time,
    found_in_custody,
    handed_to_captors,
    held_among_anyone_to_free,
    held_for_care,
    held_in_esteem,
    held_in_play,
    held_in_stress_position,
    held_person,
    held_there_before,
    held_to_account,
    holds_captive,
    in_custody_now,
    in_custody_of,
    into_custody,
    into_vehicle,
    kept_bound,
    kept_for_hours,
    number_unstated,
    ordered_by_court,
    serves_prison_term,
    taken_into_custody,
)
from factfinder.extract.events.disappearance import (
    at_unknown_place,
    cannot_find,
    held_hostage,
    hostage_of,
    in_secret,
    never_came_back,
    relatives_search,
    seized_by_armed_group,
    taken_by_unknown_men,
    taken_off_vehicle,
    to_unknown_place,
    told_not_held,
    unseen_person,
)
from factfinder.extract.events.displacement import (
    DEPARTURES,
    across_border,
    bussed_away,
    by_force,
    crossed_abroad,
    from_home,
    given_time_to,
    had_to_leave,
    leaves_a_thing,
    left_under_threat,
    ordinary_flight,
    out_of_settlement,
    told_to_go,
)
from factfinder.extract.events.extortion import (
    handed_money,
    held_for_money,
    levied_on_people,
    money_for_freedom,
    money_sent_for_freedom,
    paid_or_else,
    raised_and_paid,
    told_to_raise,
    took_money_from,
)
from factfinder.extract.events.harassment import (
    DAMAGING,
    DISMISSING,
    EXPOSING,
    RECORDING,
    SEIZING,
    WITNESSES,
    called_to_station,
    details_recorded,
    dismissed_for_speaking,
    done_to_belongings,
    exposed,
    from_leaving,
    from_travel,
    into_home,
    is_belonging,
    is_student,
    licence_withdrawn,
    object_has_owner,
    on_a_list,
    property_damaged,
    reporting_obligation,
    silenced,
    summons_diplomat,
    supply_cut,
    thrown_at_home,
)
from factfinder.extract.events.incitement import (
    call_type,
    group_told_to_go,
    left_to_kin,
    none_left_alive,
)
from factfinder.extract.events.lexicon import (
    AIMING,
    CALL_VERBS,
    CAPTORS,
    CUSTODY_STATES,
    CUSTODY_WORDS,
    ELIMINATE,
    ENDURED,
    HOME_WORDS,
    KILL,
    LIMBS,
    MONEY_TAKING,
    ORDERING_VERBS,
    PLACES_SEARCHED,
    POSTS,
    SAYING_VERBS,
    SEARCHING,
    STRESS_POSITIONS,
    THREAT_VERBS,
    THREATENED_HARMS,
    VERB_EVENTS,
    VERMIN_WORDS,
    VIOLENT_CALLS,
)
from factfinder.extract.events.people import is_person_like
from factfinder.extract.events.release import (
    back_to_family,
    collected_from_custody,
    died_after_release,
    given_back,
    home_from_custody,
    is_freedom,
    left_custody,
    let_out,
    out_of_custody,
    player_released,
    release_denied,
    set_down_free,
    walked_free,
    walking_free_still,
)
from factfinder.extract.events.threats import (
    harm_to_person,
    message_says,
    names_perpetrators,
    or_else,
    said_by_captor,
    spoken_threat,
    told_to,
    weapon_at_person,
)
from factfinder.extract.events.violence import (
    bodies_found,
    collapsed_after_abuse,
    deprived_of_sleep,
    hand_laid_on,
    kept_awake,
    of_detainees,
    to_death,
    under_water,
    used_on_people,
)

# Who, besides captors, follows a person to watch them: "two men in a grey car followed me".
WATCHERS = frozenset({"man", "stranger", "car", "vehicle", "van"})


# Deaths said to be deserved: "deserve death", "deserve to hang", "deserve a bullet".
DESERVED_DEATHS = frozenset(
    {"death", "die", "hang", "hanging", "execution", "bullet", "rope", "gallows", "noose", "shoot"}
)
# Verbs of moving people into a vehicle: "dragged into police vans", "were led into police buses".
BUNDLING = frozenset(
    {"drag", "push", "throw", "force", "shove", "bundle", "lead", "load", "put", "march", "haul"}
)
# Verbs of putting someone somewhere, and the cells a prison punishes in.
PUTTING = frozenset({"place", "put", "move", "transfer", "throw", "send", "confine", "lock"})
PUNISHMENT_CELLS = frozenset({"punishment", "isolation", "disciplinary"})


def sent_to_punishment_cell(put: Token) -> bool:
    """ "placed the organisers in punishment cells", "were moved to isolation cells": a
    punishment inside a prison for what the prisoners did, reprisal, not a new detention."""
    placed = subject_of(put) if is_passive(put) else child_with(put, "dobj")
    cell = object_of_preposition(put, "in", "into", "to")
    if cell is None and placed is not None:  # "placed the leaders in …" hung on the leaders
        cell = object_of_preposition(placed, "in", "into", "to")
    if cell is None or cell.lemma_.lower() not in ("cell", "block", "ward", "unit", "wing"):
        return False
    if not any(c.lower_ in PUNISHMENT_CELLS for c in cell.children):
        return False
    return is_person_like(placed) and not is_negated(put)


def followed_one(follow: Token) -> Token | None:
    """Whom someone followed: the object, or the owner of "home" in "followed her home", which
    the parser reads as her home being followed."""
    followed = child_with(follow, "dobj")
    if followed is not None and followed.lower_ == "home":
        return child_with(followed, "poss")
    return followed


# What someone in custody or at a protest died of: a death that is an act, not an illness.
LETHAL_CAUSES = frozenset(
    {
        "custody",
        "detention",
        "torture",
        "prison",
        "jail",
        "gunshot",
        "wounds",
        "beating",
        "injuries",
    }
)
# Verbs of carrying people somewhere, an expulsion when forcible ("forcibly bussed home").
CONVEYED = frozenset({"bus", "buss", "truck", "ship", "transport", "deport", "send", "fly"})
# Schools whose expulsion of students is reprisal, not a removal from the country.
SCHOOLS = frozenset({"university", "school", "college", "faculty", "academy", "institute"})
# Verbs by which an actor announces an intention to kill: a threat made by the speaker.
VOWING = frozenset({"vow", "pledge", "promise", "swear"})
# Acts that, said to be due to a group ("must be driven out"), call on others to do them.
CALLED_ACTS = frozenset(
    {"drive", "expel", "send", "hunt", "lynch", "silence", "crush", "exterminate", "deport"}
    | {"chase", "hound", "kick", "throw", "run", "deal"}
)
# Verbs of removal that call for violence only with their particle: "chased out", "sent away".
REMOVALS = frozenset({"drive", "send", "chase", "hound", "kick", "throw", "run"})
# Verbs of driving people from a place: "forced from their homes", "chased out".
DRIVING_OUT = frozenset({"force", "drive", "chase"})
MOVED = frozenset({"take", "transfer", "move", "drive", "bring", "carry", "transport"})
WITHDRAWING = frozenset({"revoke", "suspend", "cancel", "withdraw", "annul", "confiscate", "strip"})
# Threatened losses that coerce: "threatened with losing their jobs", "with disbarment".
COERCED_LOSSES = frozenset(
    {"job", "work", "post", "licence", "license", "disbarment", "expulsion", "lose", "custody"}
)


def verb_type(token: Token, lemma: str) -> str | None:
    """The event type a verb names here, or None: the verb lexicon's type once phrasings that
    change it are weighed ("killed off the bill", "held to account", "held a pistol to her
    temple", "forced from their homes"), most specific phrasing first. A release said not to
    have happened, or told only as the circumstance of a death, is no release claim."""
    if lemma in ("collect", "fetch", "pick") and collected_from_custody(token):
        return "release"  # "His father collected him from the barracks"
    if lemma == "keep" and kept_bound(token):
        return "detention"  # "he had been kept chained by the ankle in a cave"
    etype = phrased_type(token, lemma)
    if etype == "detention" and lemma in ("hold", "keep"):
        if held_in_stress_position(token):
            return "torture"  # "held in stress positions for prolonged periods"
        if held_for_care(token):
            return None  # "being held in isolation wards", "kept in quarantine"
    if etype == "detention" and lemma in ("hold", "keep", "detain", "arrest", "imprison"):
        if held_there_before(token) or number_unstated(token) or held_among_anyone_to_free(token):
            return None  # "the men held there", "the number of men detained is higher"
    if etype == "release" and release_denied(token):
        if lemma in ("come", "return") and never_came_back(token):
            return "enforced_disappearance"  # "was taken from the family home and never returned"
        return None  # "had not been released by Friday afternoon"
    if etype == "release" and died_after_release(token):
        return None  # "two died after being returned to their families"
    if etype == "release" and lemma == "walk" and walking_free_still(token):
        return None  # "now they walk free": the killers' impunity
    return etype


def phrased_type(token: Token, lemma: str) -> str | None:
    """The type the verb's phrasing gives it, before the checks that apply to every release."""
    children = {c.lower_ for c in token.children}
    if lemma in ("hold", "keep") and held_for_money(token):
        return "extortion"  # "held for ransom", "never held anyone for money" (scan adds the
        # detention the holding is, unless denied)
    if hostage_of(token) is not None and not is_negated(token):
        if held_hostage(token):
            return "detention"  # "is holding 14 people hostage", "were held hostage"
        return "enforced_disappearance"  # "took 40 villagers hostage"
    if lemma in ("hold", "keep") and any(c.lemma_.lower() == "hostage" for c in token.children):
        return None  # "held hostage by his own doubts": a figure of speech
    if seized_by_armed_group(token):
        return "enforced_disappearance"  # "gunmen seized two aid workers"
    if lemma == "lay" and hand_laid_on(token) is not None:
        return "torture"  # "never laid a hand on that boy": an assault, here denied
    if lemma == "die" and or_else(token) and token.head.lemma_.lower() == "leave":
        return "death_threat"  # "'Leave or die' painted on their gate"
    if lemma == "leave" and none_left_alive(token):
        return "incitement"  # "no Sarvik in Marrak should be left standing"
    if lemma == "kill" and "off" in children:
        return None  # "killed off the game", "killed off the bill": no one dies
    if lemma in ("beat", "thrash", "crush", "hammer", "rout") and final_score(token):
        return None  # "beating Tulvar Athletic 3-1": a match won, no one hurt
    if lemma in AIMING and weapon_at_person(token) is not None:
        return "death_threat"  # "held a pistol to her temple", "pointed a gun at him"
    if lemma in KILL and spoken_threat(token):
        return "death_threat"  # "'we will kill you' was painted on her door"
    if lemma in KILL and token.dep_ == "xcomp" and token.head.lemma_.lower() in VOWING:
        return "death_threat"  # "vowed to kill anyone who testified": the vow is the threat
    if lemma in KILL and or_else(token):
        return "death_threat"  # "told every family to leave by morning or be shot"
    if lemma in ELIMINATE or (lemma in KILL and modal_of(token) in ("should", "must")):
        if names_perpetrators(token):
            return None  # "those responsible must be punished" asks for justice
        return call_type(token)
    if lemma in CALLED_ACTS and modal_of(token) in ("should", "must") and call_type(token):
        if lemma == "deal":  # "a traitor who should be dealt with the way traitors are"
            dealt = subject_of(token) if is_passive(token) else None
            if dealt is not None and dealt.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                dealt = token.head  # "a traitor who should be dealt with": the traitor
            vermin = dealt is not None and dealt.lemma_.lower() in VERMIN_WORDS
            if "with" in children and (is_person_like(dealt) or vermin):
                return "incitement"
        elif lemma not in REMOVALS or children & {"out", "back", "away", "somewhere", "off"}:
            return "incitement"  # "must be driven out of the province", "chased out like rats"
    if group_told_to_go(token, lemma) or left_to_kin(token, lemma):
        return "incitement"
    if lemma == "deserve" and {t.lemma_.lower() for t in token.subtree} & DESERVED_DEATHS:
        return "incitement"  # "they deserve death", "traitors who deserve to hang"
    if lemma in THREATENED_HARMS - KILL and not harm_to_person(token):
        pass  # "the case would disappear for a payment": no one is harmed
    elif lemma in THREATENED_HARMS and modal_of(token) in FORETELLING_MODALS:
        # "warned him that he would be killed", "told the men they would be shot"
        governor = clause_root(token).head
        if governor.pos_ in ("NOUN", "PROPN", "PRON") and clause_root(token).dep_ == "relcl":
            governor = governor.head  # "warned the prisoners they would be shot" (misattached)
        if governor.lemma_.lower() in THREAT_VERBS and governor != token:
            return "death_threat"
        if governor.lemma_.lower() in SAYING_VERBS | {"warn", "read"}:
            if said_by_captor(governor, token) or message_says(governor):
                return "death_threat"  # "an interrogator said they would kill her"
        if lemma in KILL:
            return None
    if lemma in ("wipe", "cut", "root", "stamp") and "out" in children:
        if lemma == "wipe" or modal_of(token) in ("should", "must"):
            return call_type(token)  # "a disease that must be cut out", "rooted out"
    governor = intent_governor(token)
    if (
        governor is not None
        and governor.lemma_.lower() in CALL_VERBS
        and lemma in VIOLENT_CALLS
        and not is_passive(governor)  # "guards were ordered to beat": an order to the guards
    ):
        if lemma != "drive" or "out" in children:
            return "incitement"
    if (
        token.dep_ == "xcomp"
        and token.head.lemma_.lower() in ORDERING_VERBS
        and lemma == "make"
        and {t.lower_ for t in token.subtree} & {"unbearable", "hell", "impossible"}
    ):
        return "incitement"  # "urged them to make life unbearable for …"
    if (
        token.dep_ == "xcomp"
        and token.head.lemma_.lower() in ORDERING_VERBS
        and not is_passive(token.head)  # "guards were ordered to beat": an order to the guards
        and lemma in VIOLENT_CALLS
        and (lemma != "drive" or "out" in children)
    ):
        return "incitement"  # "told his supporters to drive the migrants out"
    if lemma == "threaten":
        # a threat to kill or harm is a death threat; one of arrest or prosecution harasses
        words = {t.lemma_.lower() for t in token.subtree}
        harms = {"kill", "death", "murder", "shoot", "harm", "rape", "violence", "bury"}
        if words & (harms | {"disappear", "vanish"}):
            return "death_threat"
        coercion = {"arrest", "prosecution", "prosecute", "dismissal", "fine", "jail", "expel"}
        coercion |= {"reprisal", "consequence", "deportation", "eviction", "charge", "prison"}
        coercion |= COERCED_LOSSES
        if words & coercion:
            return "harassment"
        threatened = subject_of(token) if is_passive(token) else child_with(token, "dobj")
        if is_person_like(threatened):
            return "death_threat"
        # "threatened to take the decision to court", "threatens public order": no one
        people = any(is_person_like(t) for t in token.subtree if t.dep_ in ("dobj", "pobj"))
        return "harassment" if people or threatened is None and told_to(token) else None
    if lemma in ("keep", "place", "put", "send", "lock", "confine", "remand") and into_custody(
        token
    ):
        return "detention"  # "placed in detention", "sent to a camp", "kept in a basement"
    if lemma == "confine" and is_passive(token) and is_person_like(subject_of(token)):
        return "detention"  # "the detainees are confined to a single room"
    if lemma in ("keep", "lock") and confined_in_place(token):
        return "detention"  # "was locked for six hours in a roadside container"
    if lemma == "keep" and kept_for_hours(token):
        return "detention"  # "drove me to the station and kept me there for six hours"
    if lemma == "keep" and "awake" in children and for_a_time(token):
        return "torture"  # "kept him awake for days": sleep deprivation
    if lemma in ("hold", "push", "force", "plunge") and under_water(token):
        return "torture"  # "held his head under water"
    if lemma in STRESS_POSITIONS and (under_compulsion(token) or made_to(token)):
        if {t.lower_ for t in token.subtree} & {"hours", "days", "nights"}:
            return "torture"  # "forced to stand for hours"
    if lemma == "serve" and serves_prison_term(token):
        return "detention"  # "is serving a five-year sentence"
    if lemma == "use" and used_on_people(token):
        return "torture"  # "guards used electric batons on the prisoners"
    if lemma == "grant" and is_passive(token) and "bail" in {c.lower_ for c in token.children}:
        return "release"  # "was granted bail"
    if lemma == "expel" and is_passive(token) and is_student(subject_of(token)):
        place = object_of_preposition(token, "from")
        if place is None or place.lemma_.lower() in SCHOOLS:
            return "harassment"  # "students who signed the petition were expelled"
    if lemma == "expel" and not is_passive(token):
        expeller = subject_of(token)
        if expeller is not None and expeller.lemma_.lower() in SCHOOLS:
            return "harassment"  # "the university expelled six students"
    if lemma == "fine" and (
        is_person_like(subject_of(token) if is_passive(token) else child_with(token, "dobj"))
    ):
        return "harassment"  # "her brother was fined 500 crowns": a reprisal punishment
    if lemma in ("place", "put", "add", "include") and on_a_list(token):
        return "harassment"  # "placed on a wanted list", "added to a register of extremists"
    if lemma == "call" and called_to_station(token):
        return "harassment"  # "was called to the police station for a 'conversation'"
    if lemma == "call" and "in" in children and is_passive(token):
        if is_person_like(subject_of(token)):
            return "harassment"  # "relatives were called in for questioning": summoned
    if lemma in ("bar", "ban", "prohibit", "forbid", "prevent", "block") and from_leaving(token):
        return "harassment"  # "barred the activist from leaving the country"
    if lemma in DRIVING_OUT and from_home(token):
        return "forced_displacement"  # "hundreds were forced from their homes"
    if lemma in DRIVING_OUT and "out" in children and out_of_settlement(token):
        return "forced_displacement"  # "families forced out of the riverside settlement"
    if lemma == "deprive" and is_person_like(subject_of(token) if is_passive(token) else None):
        withheld = object_of_preposition(token, "of")
        if withheld is not None and withheld.lemma_.lower() in ("sleep", "food", "water"):
            return "torture"  # "deprived of sleep and food for days"
    if lemma in ("whisk", "spirit") and "away" in children:
        return "enforced_disappearance"  # "whisked away by men in plain clothes"
    ordered = token.dep_ == "conj" and token.head.dep_ == "xcomp"  # "raise it or never see him"
    if lemma == "see" and is_negated(token) and ("again" in children or has_since(token)):
        if unseen_person(token) is not None and not ordered:
            return "enforced_disappearance"  # "we never saw him again", "not seen him since",
            # "some of the men arrested with me have never been seen again"
    if lemma == "see" and is_passive(token) and "last" in children:
        if is_person_like(subject_of(token)):
            return "enforced_disappearance"  # "was last seen being led away by masked men"
    if lemma in ("return", "go") and not is_passive(token) and home_from_custody(token):
        return "release"  # "returned home after 40 days in custody", "allowed to go home"
    if lemma == "walk" and walked_free(token):
        return "release"  # "walked free", "walked out of court"
    if lemma == "escape" and "abroad" in children:
        return "forced_displacement"  # "escaped abroad"
    if lemma in ("relocate", "resettle", "transfer", "move", *CONVEYED) and by_force(token):
        return "forced_displacement"  # "relocated by force"
    if lemma == "shake" and "down" in children:
        return "extortion"  # "shook them down for cash"
    if lemma == "pay" and "off" in children and is_person_like(child_with(token, "dobj")):
        return "extortion"  # "had to pay the guards off"
    if lemma in ("dismiss", "fire", "expel", "suspend") and is_passive(token):
        post = object_of_preposition(token, "from")
        if post is not None and post.lemma_.lower() in POSTS:
            return "harassment"  # "dismissed from her job"
    if lemma == "discharge" and is_passive(token):
        place = object_of_preposition(token, "from")
        if place is not None and place.lower_ in CUSTODY_WORDS:
            return "release"  # "discharged from custody"; a hospital discharge is not
    if lemma == "hold" and is_negated(token) and told_not_held(token):
        return "enforced_disappearance"  # families "are told their relatives are not being held"
    if lemma == "be" and "in" in children and in_custody_now(token, denied=True):
        return "detention"  # "she was not in the custody of any state body": a denied custody
    if lemma in ("hold", "keep") and is_passive(token) and at_unknown_place(token):
        return "enforced_disappearance"  # "held in an undisclosed location since his arrest"
    if lemma == "hold" and in_secret(token):
        return "enforced_disappearance"  # "held in secret"; "held in secret prisons" is detention
    if lemma == "hear" and is_negated(token) and is_passive(token) and has_since(token):
        if is_person_like(subject_of(token)):
            return "enforced_disappearance"  # "have not been heard from since"
    if lemma in SEARCHING and cannot_find(token) and relatives_search(token):
        return "enforced_disappearance"  # "her family cannot locate her"
    if lemma in ("photograph", "film", "videotape") and not is_passive(token):
        watcher = subject_of(token)
        if watcher is not None and watcher.lemma_.lower() in CAPTORS | WATCHERS | {"agent"}:
            if is_person_like(child_with(token, "dobj")):
                return "harassment"  # "plainclothes police photographed mourners"
    if lemma in PUTTING and sent_to_punishment_cell(token):
        return "harassment"  # "placed the strike's organisers in punishment cells"
    if lemma == "follow" and not is_passive(token) and is_person_like(followed_one(token)):
        follower = subject_of(token)
        if follower is not None and follower.lemma_.lower() in CAPTORS | WATCHERS:
            return "harassment"  # "officers followed the lawyer for weeks"
    if lemma in ("flee", "escape") and ordinary_flight(token):
        return None  # "the gunmen fled the scene", "the team fled the stadium"
    if lemma == "seek" and "asylum" in {t.lower_ for t in token.subtree}:
        return "forced_displacement"
    if lemma == "escape" and object_of_preposition(token, "to") is not None:
        return "forced_displacement"  # "escaped to Moscow"; escaping a prison is not flight
    if lemma == "go" and "hiding" in {t.lower_ for t in token.subtree}:
        return "forced_displacement"
    if lemma in CUSTODY_STATES and in_custody_now(token):
        return "detention"  # "remains in pre-trial detention", "spent two years in prison"
    if lemma in MOVED and to_unknown_place(token):
        return "enforced_disappearance"  # "taken to an undisclosed location"
    if lemma == "hang" and object_of_preposition(token, "by") is not None:
        limbs = object_of_preposition(token, "by")
        if limbs is not None and limbs.lemma_.lower() in LIMBS:
            return "torture"  # "hung by their wrists"
    if lemma == "deprive" and deprived_of_sleep(token):
        return "torture"  # "deprived of sleep and punched in the stomach"
    if lemma == "deprive" and deprived_of_liberty(token):
        return "detention"  # "no citizen has been deprived of liberty outside the procedures"
    if lemma in ("allow", "let", "permit") and kept_awake(token) is not None:
        return "torture"  # "interrogated for days without being allowed to sleep"
    if lemma in ("give", "hand", "get") and given_back(token) is not None:
        return "release"  # "they gave him back to me", "got their son back"
    if lemma in ("hand", "return", "give") and is_passive(token) and back_to_family(token):
        return "release"  # "handed back to their families"
    if lemma in ("return", "hand", "deliver") and bodies_found(token) and of_detainees(token):
        return "killing"  # "the bodies of three detainees were returned to their families"
    if lemma in ("find", "discover", "recover", "dump", "exhume") and bodies_found(token):
        return "killing"  # "the bodies of three men were found"
    if lemma in SEIZING and not is_passive(token) and done_to_belongings(token):
        return "harassment"  # "confiscated their phones", "took my laptop"
    if lemma == "freeze" and done_to_belongings(token) and object_has_owner(token):
        return "harassment"  # "her bank accounts were frozen"
    if lemma in ("confiscate", "seize") and done_to_belongings(token):
        return "harassment"  # "confiscated their phones", "her bank accounts were frozen"
    if lemma in WITHDRAWING and licence_withdrawn(token):
        return "harassment"  # "revoked the lawyer's licence", "stripped of his citizenship"
    if lemma in ("warn", "tell", "order", "instruct", "pressure") and silenced(token):
        return "harassment"  # "warned the families not to speak to foreign media"
    if lemma == "tap" and done_to_belongings(token) and object_has_owner(token):
        return "harassment"  # "police tapped the phones of the journalists"
    if lemma in ("monitor", "intercept", "hack", "track", "bug") and done_to_belongings(token):
        return "harassment"  # "monitors their messaging accounts"
    if lemma == "set" and _set_on_fire(token) and property_damaged(token):
        return "harassment"  # "their shed was set on fire"
    if lemma == "report" and reporting_obligation(token):
        return "harassment"  # "was ordered to report to a police station every Monday"
    if lemma in DISMISSING | {"lose"} and dismissed_for_speaking(token):
        return "harassment"  # "Teacher sacked after speaking at miners' rally"
    if lemma in DAMAGING and property_damaged(token):
        return "harassment"  # "smashed the windows of their houses", "his stall was wrecked"
    if lemma == "throw" and thrown_at_home(token):
        return "harassment"  # "threw stones at the windows"
    if lemma == "cut" and "off" in children and supply_cut(token):
        return "harassment"  # "cut off their water supply"
    if lemma in EXPOSING and exposed(token):
        return "harassment"  # "published the names and addresses of 26 people"
    if lemma in RECORDING and details_recorded(token):
        return "harassment"  # "officers wrote down the names and addresses of everyone"
    if lemma == "stop" and is_passive(token) and is_person_like(subject_of(token)):
        stopper = by_agent(token)
        if stopper is not None and stopper.lemma_.lower() in CAPTORS:
            return "detention"  # "was stopped by police officers"
    if lemma == "have" and not is_passive(token) and in_custody_of(token):
        return "detention"  # "police deny having him in custody"
    if lemma in ("hold", "detain", "keep") and ordered_by_court(token):
        return "detention"  # "a court ordered them held for two months"
    if lemma == "hold" and (held_to_account(token) or held_in_play(token) or held_in_esteem(token)):
        return None  # "officers held to account" are tried, "held to a draw" outplayed
    if lemma == "arrest" and arrests_a_trend(token):
        return None  # "Solvar FC arrested a run of five straight defeats"
    if lemma == "hold":
        if is_passive(token):
            return "detention" if held_person(token) else None
        return "detention" if holds_captive(token) else None
    if lemma in MONEY_TAKING and not is_passive(token) and took_money_from(token):
        return "extortion"  # "guards took money from the prisoners' families"
    if levied_on_people(token) is not None:
        return "extortion"  # "the militia levied a 'tax' on families to let them pass"
    if lemma in ("take", "pull", "drag", "snatch", "grab", "haul") and (
        taken_off := taken_off_vehicle(token)
    ):
        return taken_off  # "took the two brothers off a bus at a checkpoint"
    if lemma == "take" and taken_into_custody(token):
        return "detention"  # "they took me to a police station"
    if lemma == "take" and is_passive(token) and "gunpoint" in {t.lower_ for t in token.subtree}:
        return "enforced_disappearance"  # "taken at gunpoint"
    if lemma == "take" and not is_passive(token) and from_home(token):
        if is_person_like(child_with(token, "dobj")):
            return "detention"  # "officers took me from my flat"
    if lemma == "take" and not is_passive(token) and "away" not in children:
        return None
    if lemma == "take" and not is_passive(token):
        taken = child_with(token, "dobj")
        if "away" in children and is_person_like(taken):
            return "detention"
        return None
    if lemma == "take" and taken_by_unknown_men(token):
        return "enforced_disappearance"  # "taken by unidentified men": an abduction
    if lemma == "take" and by_agent(token) is not None and is_person_like(subject_of(token)):
        return "detention"  # "my brother was taken by men in uniform"
    if lemma == "let" and any(c.lemma_.lower() == "go" for c in token.children):
        return "release"  # "they let me go"
    if lemma == "let" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "go":
        return "release"  # "before being let go without charge": "go" misattached
    if lemma in ("drop", "leave", "dump") and set_down_free(token):
        return "release"  # "they left me at the side of the road", "was dropped at the edge of"
    if lemma in ("regain", "recover") and is_freedom(child_with(token, "dobj")):
        return "release"  # "regained his freedom in March"
    if lemma == "let" and (out_of_custody(token) or let_out(token)):
        return "release"  # "was let out of prison last week", "they let me out on 14 June"
    if lemma == "take":
        words = {t.lower_ for t in token.subtree}
        if "unknown" in words:  # "taken to an unknown location"
            return "enforced_disappearance"
        if "custody" in words or "away" in children:
            return "detention"
        source = object_of_preposition(token, "from")
        if source is not None and source.lemma_.lower() in HOME_WORDS:
            return "detention"
        return None
    if lemma in ("round", "pick", "lock") and "up" in children:
        target = subject_of(token) if is_passive(token) else child_with(token, "dobj")
        return "detention" if lemma == "round" or is_person_like(target) else None
    if lemma == "go" and "missing" in children:
        return "enforced_disappearance"  # "went missing"
    if lemma == "ban" and is_passive(token) and from_travel(token):
        return "harassment"  # "banned from travelling abroad"
    if lemma == "summon" and summons_diplomat(token):
        return None  # summoning an ambassador is diplomacy
    summoned = subject_of(token) if is_passive(token) else child_with(token, "dobj")
    if lemma == "summon" and summoned is not None and summoned.lemma_.lower() in WITNESSES:
        return None  # "the court summoned witnesses": a trial's ordinary course
    if lemma == "out" and child_with(token, "dobj", "nsubjpass") is None:
        return None  # "outed" as someone's sexuality needs a person outed
    if lemma == "gun" and "down" in children:
        return "killing"
    if lemma == "treat" and token.i >= 2 and token.doc[token.i - 2].lower_ == "ill":
        return "torture"  # "ill-treated" is three tokens
    if lemma == "return" and is_passive(token) and children & {"forcibly", "forcefully"}:
        return "forced_displacement"  # "refugees were forcibly returned to Varnia"
    if lemma == "return" and is_passive(token) and back_to_family(token):
        relatives = object_of_preposition(token, "to")
        if relatives is not None and relatives.lemma_.lower() in ("family", "relative", "parent"):
            return "release"
    if lemma == "tap" and is_passive(token):
        return "harassment"  # "their phones have been tapped"
    if lemma in ("follow", "tail") and is_passive(token) and is_person_like(subject_of(token)):
        follower = by_agent(token)
        watcher = follower is not None and follower.lemma_.lower() in CAPTORS | WATCHERS
        return "harassment" if is_person_like(follower) or watcher else None
    if lemma in ("leave", "exit") and left_custody(token):
        return "release"  # "left prison on 2 May"
    if lemma == "leave" and left_under_threat(token):
        return "forced_displacement"
    if lemma == "hang" and token.lower_ == "hanged":
        return "killing"
    if lemma == "find" and "dead" in {t.lower_ for t in token.subtree}:
        return "killing"  # "was found dead in his cell": reported as a death
    found = is_passive(token) or (headline(token) and token.tag_ in ("VBN", "VBD"))
    if lemma == "find" and found and into_custody(token):
        if is_person_like(subject_of(token)):
            return "detention"  # "three of them were later found in pre-trial detention"
    if lemma == "drive" and ("out" in children or object_of_preposition(token, "from") is not None):
        source = object_of_preposition(token, "from")
        if source is None or source.lemma_.lower() in HOME_WORDS | {"village", "town", "country"}:
            return "forced_displacement"
    if lemma in ("drag", "lead", "march", "escort", "frogmarch") and children & {"away", "off"}:
        if is_person_like(subject_of(token) if is_passive(token) else child_with(token, "dobj")):
            return "detention"  # "dragged my father away", "was led away in handcuffs"
    if lemma == "drag" and "out" in children:
        return "detention"
    if lemma in ("force", "put", "herd", "push", "load", "drive") and bussed_away(token):
        return "forced_displacement"  # "forced onto buses", "put on a bus back to the border"
    if lemma in BUNDLING and (vehicle_type := into_vehicle(token)):
        return vehicle_type  # "dragged into police vans", "forced into an unmarked car"
    if lemma == "drag" and from_home(token):
        return "detention"  # "soldiers drag men from their homes"
    if lemma == "break" and "into" in children and into_home(token):
        return "harassment"  # "broke into our house"
    if lemma == "push" and children & {"back", "across"}:
        return "forced_displacement"  # "pushed back across the border"
    if lemma in ("force", "push", "drive", "march") and across_border(token):
        return "forced_displacement"  # "forcing them across the border at night"
    if lemma in ("turn", "send") and "back" in children:
        returned = subject_of(token) if is_passive(token) else child_with(token, "dobj")
        if is_person_like(returned) and not into_custody(token):
            return "forced_displacement"  # "border guards turned back 300 asylum seekers"
    if lemma == "remove" and (children & {"forcibly", "forcefully"} or from_home(token)):
        return "forced_displacement"  # "forcibly removed residents"
    if lemma == "set" and "free" in children:
        return "release"
    if (
        lemma in ("leave",)
        and token.dep_ == "xcomp"
        and token.head.lemma_.lower() in ("force", "compel", "order", "tell", "instruct")
        and not leaves_a_thing(token)  # "ordered staff not to leave marks"
    ):
        return "forced_displacement"
    if lemma in ("hand", "turn") and handed_to_captors(token) is not None:
        return "detention"  # "detainees who could not pay were handed over to State Security"
    if lemma in SURFACING and found_in_custody(token) is not None:
        return "detention"  # "turned up in a pre-trial detention centre"
    if lemma in ("leave", "go") and told_to_go(token) is not None:
        return "forced_displacement"  # "were told by officers that they should leave"
    if lemma in DEPARTURES and given_time_to(token):
        return "forced_displacement"  # "residents were given 24 hours to leave", "to pack"
    if lemma == "cross" and crossed_abroad(token):
        return "forced_displacement"  # "about 900 people had crossed into Ossland"
    if lemma in ("leave", "move", "flee", "relocate", "abandon") and had_to_leave(token):
        return "forced_displacement"  # "I had to move flats four times in a year"
    if lemma in ("come", "return") and never_came_back(token):
        return "enforced_disappearance"  # "went to complain to the prosecutor and never came back"
    if lemma == "see" and is_negated(token) and is_passive(token) and has_since(token):
        if is_person_like(subject_of(token)):
            return "enforced_disappearance"  # "has not been seen since he was taken away"
    if lemma == "survive" and is_negated(token) and is_person_like(subject_of(token)):
        endured = child_with(token, "dobj")
        if endured is None or endured.lemma_.lower() in ENDURED:
            return "killing"  # "some did not survive the first week"
    if lemma == "lose" and any(c.lemma_.lower() == "life" for c in token.children):
        lemma = "die"  # "lost their lives in police custody"
    if lemma == "die":
        words = {t.lower_ for t in token.subtree}
        causes = [c for c in token.children if c.dep_ == "advcl"] + [
            g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"
        ]
        if any(VERB_EVENTS.get(c.lemma_.lower()) == "torture" for c in causes):
            return "killing"  # "died after being beaten by police"
        if collapsed_after_abuse(token):
            return "killing"  # "collapsed after a beating in the yard and died the next day"
        return "killing" if words & LETHAL_CAUSES else None
    following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    if lemma == "shoot" and ("dead" in children or following == "dead" or is_passive(token)):
        return "killing"
    if lemma == "shoot" and is_person_like(child_with(token, "dobj")):
        wound = object_of_preposition(token, "in")
        if wound is None or wound.lemma_.lower() not in LIMBS | {"leg", "knee", "shoulder"}:
            return "killing"  # "shooting men": reported as killings unless a wound is named
    if lemma == "stab":
        return "killing" if to_death(token) else "torture"
    if lemma == "storm" and not is_passive(token):
        stormed = child_with(token, "dobj")
        if stormed is not None and stormed.lemma_.lower() in HOME_WORDS | PLACES_SEARCHED:
            return "harassment"  # "police stormed the newspaper's offices"
    if lemma in ("search", "raid"):
        searched = subject_of(token) if is_passive(token) else child_with(token, "dobj")
        if searched is not None and searched.lemma_.lower() in HOME_WORDS | PLACES_SEARCHED:
            return "harassment"
        if lemma == "search" and (is_person_like(searched) or is_belonging(searched)):
            return "harassment"  # "searched the men", "searched their phones"
        if lemma == "search" and searched is not None and searched.lower_ == "it":
            if {t.lemma_.lower() for t in token.sent} & HOME_WORDS:
                return "harassment"  # "came to their flat and searched it"
        return "harassment" if lemma == "raid" and is_passive(token) else None
    if lemma == "sentence" and (
        is_passive(token) or is_person_like(child_with(token, "dobj")) or headline_done_to(token)
    ):
        words = {t.lower_ for t in token.subtree}
        if words & CUSTODY_WORDS:
            return "detention"
        words |= {t.lower_ for t in token.sent}  # "sentenced to two years, suspended"
        term = object_of_preposition(token, "to")  # "sentenced to seven years"
        if (
            term is not None
            and term.lemma_.lower() in ("year", "month")
            and not words
            & {
                "suspended",
                "probation",
                "conditional",
            }
        ):
            return "detention"
        return None
    if lemma == "miss" and token.lower_ == "missing" and child_with(token, "dobj") is None:
        return "enforced_disappearance" if subject_of(token) is not None else None
    if lemma in ("pay", "hand", "bring") and paid_or_else(token):
        return "extortion"  # "would be charged unless the family handed over 1,000 euros"
    if lemma == "pay" and (money_for_freedom(token) or raised_and_paid(token)):
        return "extortion"  # "we sold our car and paid"
    if money_sent_for_freedom(token) or told_to_raise(token):
        return "extortion"  # "transferred 5,000 euros to the officers for his release"
    if lemma == "sign" and "over" in children and under_compulsion(token):
        return "extortion"  # "forced to sign over property to investigators"
    if lemma == "hand" and has_particle(token, "over") and handed_money(token):
        return "extortion"  # "forced to hand over cash"
    if lemma == "release" and player_released(token):
        return None  # "who was released by Serrak Dynamo last summer": a club's player
    if lemma == "release" and not is_passive(token) and child_with(token, "dobj") is None:
        return None  # "the group released a report" has an object; bare "released" is not
    if lemma == "release":
        target = child_with(token, "dobj")
        if target is not None and target.lemma_.lower() in (
            "report",
            "statement",
            "video",
            "film",
            "data",
            "figure",
            "document",
            "album",
        ):
            return None
    return VERB_EVENTS.get(lemma)


def headline_done_to(verb: Token) -> bool:
    """ "Vedra reporter sentenced to six years": a headline's participle, read as a past
    tense, with a person as its subject and no object, is a passive that dropped "was"."""
    return (
        headline(verb)
        and verb.tag_ in ("VBD", "VBN")
        and child_with(verb, "dobj") is None
        and is_person_like(subject_of(verb))
    )


def final_score(verb: Token) -> bool:
    """A match result in the clause: "beat Tulvar Athletic 3-1", "a 2–0 win"."""
    doc = verb.doc
    for t in verb.subtree:
        parts = t.text.replace("\u2013", "-").split("-")
        if len(parts) == 2 and all(p.isdigit() and len(p) <= 2 for p in parts):
            return True
        if t.text.isdigit() and len(t.text) <= 2 and t.i + 2 < len(doc):
            dash, other = doc[t.i + 1], doc[t.i + 2]
            if dash.text in ("-", "\u2013") and other.text.isdigit() and len(other.text) <= 2:
                return True
    return False


def _set_on_fire(verb: Token) -> bool:
    """ "set on fire", "set alight": burning told with "set"."""
    fire = object_of_preposition(verb, "on")
    return (fire is not None and fire.lower_ == "fire") or any(
        c.lower_ in ("alight", "ablaze") for c in verb.children
    )


def calls_for_violence(act: Token) -> bool:
    """Whether a requested act is violence against others ("to make life unbearable for")."""
    return verb_type(act, act.lemma_.lower()) == "incitement"
