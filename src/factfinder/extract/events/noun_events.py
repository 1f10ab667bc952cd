"""An event from a nominalised act ("the arrest of", "ransom demands"): type, victim, polarity."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import by_agent, child_with, object_of_preposition, subject_of
from factfinder.extract.events.clauses import (
    denier_of,
    every_one,
    intent_governor,
    is_conditional,
    is_negated,
    is_passive,
    modal_of,
    under_denial,
)
from factfinder.extract.events.custody import in_custody
from factfinder.extract.events.detection import Detection
from factfinder.extract.events.disappearance import no_record_of_act, unacknowledged
from factfinder.extract.events.extortion import (
    buys_freedom,
    demanded_by_captors,
    demanded_sum,
    for_release,
    in_exchange,
    paid_by,
)
from factfinder.extract.events.harassment import searched_of_person
from factfinder.extract.events.incitement import called_for, is_call_to_violence
from factfinder.extract.events.lexicon import (
    BACKGROUND,
    CAPTORS,
    CUSTODY_WORDS,
    MEANS,
    MODIFIED_ACTS,
    NOUN_EVENTS,
    PAYMENT_DEMANDS,
)
from factfinder.extract.events.people import is_person_like
from factfinder.extract.events.threats import or_else
from factfinder.extract.events.violence import verified_deaths, victims_held

# Verbs of speaking of, looking into or stopping an act ("condemned the torture", "ended the
# raids", "carried out an investigation"): their subject is not the act's victim.
ACTS_ADDRESSED = frozenset(
    {
        "condemn",
        "denounce",
        "decry",
        "deplore",
        "document",
        "report",
        "describe",
        "investigate",
        "criticise",
        "criticize",
        "demand",
        "stop",
        "end",
        "halt",
        "conduct",
        "carry",
    }
)
# Verbs that make a named act one that happened: suffered, faced, witnessed, and all the
# verbs that address it but "halt".
EXPERIENCE = frozenset(
    {
        "give",
        "get",
        "face",
        "suffer",
        "receive",
        "endure",
        "undergo",
        "witness",
        "survive",
        "recount",
        "subject",
        "pay",
        "recall",
        "target",
    }
) | (ACTS_ADDRESSED - {"halt"})
# Verbs of halting acts: a call to "end the detentions" asks for it, it reports no victim.
HALTING = frozenset({"halt", "end", "stop", "cease"})
NOUN_PREPOSITIONS = frozenset({"amid", "despite", "under"})
# Nouns that count or group the acts they govern ("a series of threats", "a wave of arrests").
AMOUNT_NOUNS = frozenset(
    {"series", "string", "wave", "spate", "barrage", "flurry", "stream", "campaign"}
)
# Nouns that wrap a sum asked for: "asked her for a gift of 1,000 euros".
MONEY_WRAPPERS = frozenset({"gift", "sum", "amount", "fee", "contribution", "payment"})
# A release sought, won or paid for is not a release that happened.
RELEASE_SOUGHT = frozenset(
    {
        "demand",
        "call",
        "urge",
        "seek",
        "for",
        "secure",
        "win",
        "obtain",
        "negotiate",
        "press",
        "request",
        "order",
        "push",
        "campaign",
        "fight",
    }
)
# Money asked for again: a demand repeated on the one already paying.
REPEATED = frozenset({"more", "further", "additional", "another", "extra"})
# Money named as such or by its currency ("demanded 3,000 dollars to let my brother go").
PAYMENT_NOUNS = frozenset({"payment", "money", "cash", "dollar", "euro", "rouble", "ruble"})
IMPOSING = frozenset({"impose", "place", "put", "issue", "slap"})
OCCURRED = frozenset(
    {
        "take",
        "occur",
        "happen",
        "continue",
        "begin",
        "start",
        "escalate",
        "increase",
        "rise",
        "intensify",
        "follow",
        "carry",
        "conduct",
        "spread",
        "target",
    }
)
PREVALENT = frozenset(
    {"widespread", "systematic", "routine", "common", "rampant", "endemic", "prevalent"}
)
# Verbs by which a body or a person carries the marks of an act ("bore marks of beating",
# "showed signs of torture"); other verbs over "evidence of torture" (ignore, find, gather)
# name no one who suffered it.
BEARING = frozenset({"bear", "bore", "show", "have", "carry", "display", "reveal", "exhibit", "be"})
# Nouns that count instances of an act: "212 cases of torture", "14 incidents of abduction".
CASE_NOUNS = frozenset({"case", "incident", "instance", "count", "episode"})


def _victim_of_last_conjunct(act: Token) -> Token | None:
    """In a list of nominalised acts the victim phrase after the last one is shared by all:
    "the harassment, arrest and disbarment of lawyers" harasses and arrests the lawyers."""
    first = act
    while first.dep_ == "conj" and first.head.pos_ == act.pos_:
        first = first.head
    listed = [first, *first.conjuncts]
    last = max(listed, key=lambda t: t.i)
    if last == act or last.i < act.i or last.lemma_.lower() not in NOUN_EVENTS:
        return None
    return object_of_preposition(last, "of", "against") or _victim_after_list(last)


def _victim_after_list(last: Token) -> Token | None:
    """ "the arbitrary detention, torture and enforced disappearance of members of …": when the
    parser breaks the list at a participle ("enforced" read as a verb), the victims are those
    of the act named next, read as the words stand."""
    for word in last.doc[last.i + 1 : min(last.i + 6, last.sent.end)]:
        if word.lower_ in (",", "and", "or") or word.pos_ == "ADJ" or word.tag_ == "VBN":
            continue
        if word.lemma_.lower() not in NOUN_EVENTS:
            return None
        victim = object_of_preposition(word, "of", "against")
        return victim if is_person_like(victim) else None
    return None


def _no_evidence_of(act: Token) -> bool:
    """ "found no evidence of ill-treatment", "no sign of torture": the act is ruled out."""
    prep = act.head
    found = prep.head if act.dep_ == "pobj" and prep.lower_ == "of" else None
    return (
        found is not None
        and found.lemma_.lower() in ("evidence", "sign", "trace", "proof", "indication")
        and any(c.lower_ == "no" for c in found.children)
    )


# Verbs by which a demand reaches people: "received a demand for money", "were contacted with
# a demand for money", "sent the family a demand for 5,000 euros".
DEMAND_DELIVERY = frozenset({"receive", "get", "contact", "call", "phone", "telephone", "send"})


def demand_received_by(demand: Token) -> Token | None:
    """Who a demand for money was made to: a demand for a sum addressed to people is the
    extortion itself, whoever made it."""
    verb = demand.head.head if demand.head.lower_ == "with" else demand.head
    if verb.lemma_.lower() not in DEMAND_DELIVERY or is_negated(verb):
        return None
    if verb.lemma_.lower() == "send":
        received = child_with(verb, "dative") or object_of_preposition(verb, "to")
    else:
        received = subject_of(verb) if verb.lemma_.lower() in ("receive", "get") else None
        received = received or (subject_of(verb) if is_passive(verb) else child_with(verb, "dobj"))
    return received if is_person_like(received) else None


def _happened(act: Token) -> bool:
    """A named act said to take place, or counted: "40 arrests", "the killings continued",
    "212 cases of torture"."""
    if any(c.dep_ == "nummod" for c in act.children):
        return True
    cases = act.head.head if act.dep_ == "pobj" and act.head.lower_ == "of" else None
    if cases is not None and cases.lemma_.lower() in CASE_NOUNS:
        return any(c.dep_ == "nummod" for c in cases.children)
    if act.dep_ == "nsubj" and act.head.lemma_.lower() == "be":  # "torture is widespread"
        return any(c.lower_ in PREVALENT for c in act.head.children)
    return act.dep_ in ("nsubj", "nsubjpass") and act.head.lemma_.lower() in OCCURRED


def _displaced_of(act: Token) -> Token | None:
    """ "the death in custody of a lawyer", "the execution on Tuesday of three men": the parser
    hangs the "of" phrase on the phrase between; read the words as they stand instead."""
    doc, i = act.doc, act.i + 1
    if i >= len(doc) or doc[i].pos_ != "ADP" or doc[i].lower_ == "of":
        return None
    i += 1
    while (
        i < len(doc)
        and doc[i].pos_ in ("DET", "NUM", "ADJ")
        or (i < len(doc) and doc[i].dep_ == "compound")
    ):
        i += 1
    while i + 1 < len(doc) and doc[i].ent_type_ == "DATE" and doc[i + 1].ent_type_ == "DATE":
        i += 1  # "the sentencing on 22 September 2025 of …": the whole date
    if (
        i + 1 >= len(doc)
        or doc[i].pos_ not in ("NOUN", "PROPN", "NUM")
        or doc[i + 1].lower_ != "of"
    ):
        return None
    if doc[i].lower_ not in CUSTODY_WORDS and doc[i].ent_type_ not in ("DATE", "TIME"):
        return None  # "the massacre in the village of Selm": Selm is a place, not the victims
    victims = [c for c in doc[i + 1].children if c.dep_ == "pobj"]
    return victims[-1] if victims and is_person_like(victims[-1]) else None


def _who_say_they_pay(money: Token) -> Token | None:
    """ "Traders say police demand 'protection money'": those who say it are those who pay."""
    for verb in money.ancestors:
        if verb.lemma_.lower() in ("say", "complain", "report", "tell"):
            sayer = subject_of(verb)
            return sayer if is_person_like(sayer) else None
    return None


# Verbs whose subject is the one a threat "against her life" was aimed at.
THREATS_HEARD = frozenset({"receive", "get", "face", "report", "describe", "suffer"})


def _in_background(act: Token) -> bool:
    """ "since their arrest", "after his release", also when the parser hangs "Since" on the
    main verb and takes "Mr Oros's arrest" for its subject."""
    if act.head.lower_ in BACKGROUND and act.dep_ == "pobj":
        return True
    before = act.left_edge.i - 1
    return before >= act.sent.start and act.doc[before].lower_ in BACKGROUND


def _said_of_anyone(act: Token, victim: Token | None) -> bool:
    """ "the forced displacement of a population on the basis of its ethnicity may amount to a
    crime against humanity": an act done to an indefinite victim, in a sentence on what such
    an act may amount to, is the law's reminder, not a report ("the killing of 14 villagers
    may amount to a war crime" counts its victims and reports them)."""
    if victim is None or victim.pos_ != "NOUN" or act.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in victim.children):
        return False
    if any(c.dep_ in ("nummod", "appos") for c in victim.children):
        return False
    return modal_of(act.head) in ("may", "might", "can", "could", "would")


# What an inquiry is called: "an independent investigation into his death".
INQUIRIES = frozenset({"investigation", "inquiry", "enquiry", "probe", "investigate", "examine"})


def _inquiry_into_known_act(act: Token) -> bool:
    """ "an investigation into his death", "investigate the beatings", "an inquiry into the
    three deaths in custody documented in this report": an inquiry asked for or reported into
    an act named only by a pronoun or a bare noun refers back to an act the text has told;
    one that names its victims ("into the killing of 14 villagers") tells it anew."""
    if act.dep_ == "pobj" and act.head.lower_ in ("into", "of"):
        inquiry = act.head.head  # "open an investigation into …", "into" hung on "open"
        if inquiry.pos_ == "VERB" and inquiry.lemma_.lower() not in INQUIRIES:
            inquiry = child_with(inquiry, "dobj") or inquiry
    elif act.dep_ == "dobj":
        inquiry = act.head
    else:
        return False
    if inquiry.lemma_.lower() not in INQUIRIES:
        return False
    victim = object_of_preposition(act, "of", "against") or child_with(act, "poss")
    return victim is None or victim.tag_ in ("PRP", "PRP$")


# Words of a prison term: "sentenced to fifteen years' imprisonment", "to a prison term".
PRISON_TERMS = CUSTODY_WORDS | {"imprisonment", "incarceration"}
# Nouns for a custody that lasts: a call to end one names a person held now.
CUSTODY_STATES_NAMED = frozenset({"detention", "imprisonment", "incarceration", "confinement"})


def named_person(victim: Token | None) -> bool:
    """A victim given by name ("opposition leader Viktor Raske"), not a class ("migrants")."""
    return victim is not None and victim.pos_ == "PROPN" and is_person_like(victim)


def of_liberty(deprivation: Token) -> Token | None:
    """The "liberty" of "the deprivation of liberty", the law's name for any custody."""
    liberty = object_of_preposition(deprivation, "of")
    return liberty if liberty is not None and liberty.lemma_.lower() == "liberty" else None


def _deprivation_of_liberty(act: Token, liberty: Token) -> Detection | None:
    """ "the deprivation of liberty of Mr. Teodor is arbitrary": the Working Group's name for
    a detention, with its victim after a second "of"; with none named it is the law's term
    ("deprivation of liberty must be a last resort"), and reports no one held."""
    victim = object_of_preposition(liberty, "of") or child_with(act, "poss")
    if victim is None or not is_person_like(victim) or is_conditional(act):
        return None
    particular = victim.pos_ in ("PROPN", "PRON") or any(
        c.dep_ in ("poss", "nummod", "appos")
        or (c.dep_ == "det" and c.lower_ not in ("a", "an", "any", "every"))
        for c in victim.children
    )  # not "the deprivation of liberty of asylum seekers should be exceptional", "of a person"
    if not particular or _in_background(act) or modal_of(act.head) not in (None, "past"):
        return None
    return Detection("event", "detention", act, target=victim, nominal=True, confidence=0.7)


def noun_event(token: Token, lemma: str) -> Detection | None:
    """An act a noun names ("the arrest of …", "his detention", "suffered torture") when the
    sentence says it happened to someone; generic, hypothetical or denied mentions give None."""
    if token.dep_ == "compound":
        return None
    if (
        token.dep_ == "pobj"
        and token.head.head.pos_ == "NOUN"
        and is_call_to_violence(token.head.head)
    ):
        return None  # "a call to lynching" is the incitement, not a lynching
    modifiers = {c.lower_ for c in token.children}
    if modifiers & {"press", "no", "without"} or any(c.dep_ == "neg" for c in token.children):
        return None
    if _no_evidence_of(token) or every_one(token):
        return None  # "every detention was carried out in accordance with the law"
    etype = NOUN_EVENTS[lemma]
    if lemma == "deprivation" and (liberty := of_liberty(token)) is not None:
        return _deprivation_of_liberty(token, liberty)
    if lemma in MODIFIED_ACTS and MODIFIED_ACTS[lemma] not in modifiers:
        return None
    if lemma == "reprisal" and not (
        is_person_like(object_of_preposition(token, "against"))
        or token.head.lemma_.lower() in EXPERIENCE
    ):
        return None  # "reprisals against defenders who cooperated with the UN", "faced reprisals"
    if lemma == "execution" and "mock" in modifiers:
        etype = "torture"  # a mock execution is a method of torture, not a killing
        words = {t.lemma_.lower() for t in token.subtree}
        threatened = token.head.lemma_.lower() in ("receive", "face", "get", "report")
        if not words & {"kill", "death", "murder", "violence"} and not threatened:
            return None
    if lemma == "shock" and "electric" not in modifiers:
        return None
    if lemma == "ban" and "travel" not in modifiers:
        return None
    endured = token.head.lower_ == "to" and token.head.head.lemma_.lower() == "subject"
    on_people = endured and is_person_like(subject_of(token.head.head))
    if lemma == "violence" and "sexual" not in modifiers and not on_people:
        return None  # sexual violence, or violence people are subjected to, is torture;
        # "violence" alone ("the region was subjected to violence") is too vague to type
    if lemma in ("search", "confiscation") and not (searched_of_person(token) or endured):
        return None  # "the search for survivors", "a search of the area"
    if lemma == "sentencing" and not {t.lower_ for t in token.sent} & PRISON_TERMS:
        return None  # a prison sentence deprives of liberty; a fine does not
    if lemma == "return" and not modifiers & {"forced", "forcible"}:
        return None  # a return is only an abuse when forced
    if etype == "detention" and (no_record_of_act(token) or unacknowledged(token)):
        etype = "enforced_disappearance"  # "no record of his arrest", "not acknowledged his arrest"
    if lemma == "death" and token.head.lemma_.lower() == "face" and or_else(token.head):
        teller = token.head.head.head if token.head.head.dep_ == "xcomp" else token.head.head
        return Detection(
            "event",
            "death_threat",
            token,
            agent=subject_of(teller),
            target=child_with(teller, "dobj", "dative"),
            confidence=0.75,
        )
    if lemma == "death" and not (
        in_custody(token) or victims_held(token) or verified_deaths(token)
    ):
        return None  # only a death in custody is an act; other deaths need a killer
    if lemma == "abuse" and object_of_preposition(token, "of", "against") is None:
        if "sexual" not in modifiers or token.head.lemma_.lower() not in EXPERIENCE:
            return None  # "described sexual abuse by guards" is the act; "drug abuse" is not
    if lemma == "release" and token.head.lemma_.lower() in RELEASE_SOUGHT:
        return None
    if _in_background(token):
        return None  # "since their arrest", "after his release": an act already told
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lemma_.lower()
        in (
            "day",
            "night",
            "eve",
            "morning",
            "evening",
            "anniversary",
            "date",
        )
        and any(c.lower_ == "the" for c in token.head.head.children)
        and child_with(token, "poss") is not None
    ):
        return None  # "on the day of his arrest" dates something else by a known act
    if token.dep_ == "nsubj" and token.head.lemma_.lower() == "come":
        return None  # "Tarn's release came a day after …" dates a known act
    if _inquiry_into_known_act(token):
        return None  # "an investigation into his death": the death told before
    victim = object_of_preposition(token, "of", "against") or _displaced_of(token)
    if victim is None:
        victim = child_with(token, "poss")
        if victim is not None and victim.ent_type_ in ("DATE", "TIME"):
            victim = None  # "last week's massacre" is dated, not owned
    if _said_of_anyone(token, victim):
        return None  # "the forced displacement of a population … may amount to a crime"
    if victim is None and token.dep_ == "conj":  # "the imprisonment and torture of gay men"
        victim = object_of_preposition(token.head, "of", "against")
    if victim is None:  # "the harassment, arrest and disbarment of lawyers": the last one's
        victim = _victim_of_last_conjunct(token)
    if victim is None and lemma == "death":  # "the death in custody of Ivo Marsh": the "of"
        custody = next(
            (t for t in token.doc[token.i + 1 : token.i + 4] if t.lower_ == "custody"), None
        )
        victim = object_of_preposition(custody, "of") if custody is not None else None
    if lemma == "smear" and object_of_preposition(token, "against") is not None:
        victim = object_of_preposition(token, "against")  # "a campaign of intimidation against"
    if victim is None and lemma == "smear":  # "a smear campaign branding the lawyers agents"
        victim = object_of_preposition(token, "against", "on") or next(
            (t for c in token.children if c.dep_ == "acl" for t in c.subtree if is_person_like(t)),
            None,
        )
    if victim is None and lemma == "ban":  # "imposed a travel ban on the journalist"
        victim = object_of_preposition(token, "on") or object_of_preposition(token.head, "on")
    if lemma == "threat" and _threats_told_before(token):
        return None  # "reported the threats against her to the police": told already
    if lemma == "threat" and victim is not None and victim.lemma_.lower() == "life":
        victim = child_with(victim, "poss")  # "threats against her life" are aimed at her
        teller = token.head if token.head.lemma_.lower() in THREATS_HEARD else None
        if victim is not None and victim.tag_ == "PRP$" and teller is not None:
            if is_person_like(subject_of(teller)):
                victim = subject_of(teller)  # "she received threats against her life": she
    elif lemma == "threat" and victim is not None and victim == object_of_preposition(token, "of"):
        if victim.pos_ == "NOUN" and not is_person_like(victim):
            return None  # "faces the threat of prosecution": a risk named, no one threatened
    if lemma == "disappearance" and victim is not None and victim.pos_ == "NOUN":
        if not is_person_like(victim):
            return None  # "the disappearance of funds", "of documents": things lost
    agent = object_of_preposition(token, "by", "from")
    owner = child_with(victim, "poss") if victim is not None else None
    if lemma in ("search", "confiscation") and owner is not None and is_person_like(owner):
        victim = owner  # "searches of activists' homes" are aimed at the activists
    if agent is None and lemma == "ban" and token.head.lemma_.lower() in IMPOSING:
        imposed = token.head
        agent = by_agent(imposed) if is_passive(imposed) else subject_of(imposed)
    if agent is None and token.dep_ == "dobj" and not is_passive(token.head):
        agent = object_of_preposition(token.head, "by")  # "described abuse by guards"
    if agent is not None and agent.lemma_.lower() in MEANS:
        agent = None  # "received ransom demands by phone": the means, not the one demanding
    head = token.head
    while head.dep_ == "conj" and head.pos_ == token.pos_:
        head = head.head
    if head.dep_ in ("prep", "agent") and head.lower_ not in NOUN_PREPOSITIONS:
        head = head.head  # "subjected to torture", "targeted by a smear campaign"
    if head.lemma_.lower() in AMOUNT_NOUNS and head.head != head:
        head = head.head  # "received a series of death threats": the series is the threats
    if lemma in PAYMENT_NOUNS and head.lemma_.lower() in MONEY_WRAPPERS and head.head != head:
        head = head.head  # "asked her for a gift of 1,000 euros": the gift is the money
        if head.dep_ == "prep":
            head = head.head
    head_lemma = head.lemma_.lower()
    ongoing = lemma in CUSTODY_STATES_NAMED and named_person(victim)
    if head_lemma in HALTING and intent_governor(head) is not None and not ongoing:
        return None  # "urged Marovia to halt the deportation of …": what is asked for
    if head_lemma in HALTING and modal_of(head) in ("must", "should") and not ongoing:
        return None  # "Tarsova must halt deportations of …": a demand, told as one
    governed = head_lemma in EXPERIENCE or head.lower_ in NOUN_PREPOSITIONS
    if etype == "torture" and head_lemma in ("keep", "hold", "force", "place", "put"):
        governed = True  # "kept in stress positions": the one kept suffers it
    if head_lemma in ("mark", "sign", "trace", "bruise", "scar", "evidence") and lemma in (
        "beating",
        "torture",
        "ill-treatment",
    ):
        bearer = head.head  # "the body bore marks of beating"
        if bearer.pos_ in ("VERB", "AUX") and bearer.lemma_.lower() not in BEARING:
            return None  # "accused the court of ignoring evidence of torture": no one bears it
        victim = victim or (subject_of(bearer) if bearer.pos_ in ("VERB", "AUX") else None)
        governed = True
    if lemma in ("elimination", "extermination"):
        return called_for(token, head, victim)
    if lemma in PAYMENT_NOUNS and in_exchange(token):
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        seller = subject_of(verb)
        if seller is not None and not is_person_like(seller):
            return None  # "the shop offered to deliver the sofa for 50 euros": a trade
        return Detection("event", "extortion", token, agent=seller, confidence=0.7)
    asked = child_with(head, "dative", "dobj") if head_lemma == "ask" else None  # "asked her for"
    if head_lemma == "ask" and asked is None and is_passive(head):
        asked = subject_of(head)  # "had been asked for money by guards": those asked
    if head_lemma == "ask" and asked is None and head.dep_ == "advcl" and modifiers & REPEATED:
        asked = child_with(head.head, "dobj")  # "called me twice asking for more money"
    if lemma in PAYMENT_NOUNS and head.pos_ == "NOUN" and head_lemma in ("demand", "request"):
        asked = asked or demand_received_by(head)  # "families were contacted with a demand for"
    if lemma in PAYMENT_NOUNS and any(c.lower_ in ("protection", "hush") for c in token.children):
        verb = token.head if token.head.pos_ in ("VERB", "AUX") else None
        return Detection(  # "police demand 'protection money'": a levy for being left alone
            "event",
            "extortion",
            token,
            agent=subject_of(verb) if verb is not None and verb.lemma_.lower() != "be" else None,
            target=_who_say_they_pay(token),
            confidence=0.7,
        )
    if lemma in PAYMENT_NOUNS and (demanded := demanded_sum(token)) is not None:
        return Detection(  # "the 8,000 kresta demanded for his return"
            "event",
            "extortion",
            token,
            agent=by_agent(demanded),
            target=object_of_preposition(demanded, "of", "from"),
            confidence=0.7,
        )
    if lemma in PAYMENT_NOUNS and not (
        head_lemma in PAYMENT_DEMANDS
        and (
            for_release(token)
            or buys_freedom(head)  # "asked for money to free him"
            or is_person_like(paid_by(token, head) or asked)
            or demanded_by_captors(head)  # "police officers demanded 1,000 euros"
        )
    ):
        return None
    if lemma in PAYMENT_NOUNS:
        agent = by_agent(head) if is_passive(head) else subject_of(head)
        victim = paid_by(token, head) or child_with(head, "dative") or asked
    elif lemma in ("bribe", "ransom") and head_lemma in PAYMENT_DEMANDS:
        agent = subject_of(head)  # "guards demanded bribes from the families"
        victim = paid_by(token, head) or child_with(head, "dative")
    elif lemma == "bribe" and head_lemma == "pay":
        agent = object_of_preposition(head, "to") or agent
        victim = victim or subject_of(head)
    elif (
        victim is None
        and not governed
        and not _happened(token)
        and lemma not in ("bribe", "ransom")
        and not (agent is not None and agent.lemma_.lower() in CAPTORS | {"soldier", "guard"})
    ):
        return None  # but "beatings by guards" names the perpetrators
    if is_conditional(token):
        return None
    denied = under_denial(token)
    if denied and victim is None:
        return None
    if agent is None and head_lemma in (
        "carry",
        "conduct",
        "commit",
        "perpetrate",
        "make",
        "issue",
    ):
        agent = by_agent(head) if is_passive(head) else subject_of(head)  # "carried out arrests"
    if head.lower_ == "under" and head.head.lemma_.lower() in ("put", "place", "keep"):
        placer = head.head  # "put the journalist under surveillance"
        if not is_passive(placer):
            victim, agent = child_with(placer, "dobj"), subject_of(placer)
    if victim is None and head_lemma == "give" and not is_passive(head):
        victim = child_with(head, "dative")  # "gave them electric shocks"
        agent = agent or subject_of(head)
    if victim is None and head_lemma == "subject":  # "subjected them to electric shocks"
        victim = subject_of(head) if is_passive(head) else child_with(head, "dobj")
        if agent is None and not is_passive(head):
            agent = subject_of(head)
    if victim is None and governed:
        verb = head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        if head_lemma not in ACTS_ADDRESSED:
            victim = subject_of(verb)  # "suffered torture", not "stopped the detentions"
    if (
        victim is None
        and agent is None
        and lemma not in ("bribe", "ransom")
        and not _happened(token)
    ):
        return None  # "reports of torture in prisons": no one named, nothing to record
    if governed and modal_of(head) not in (None, "past"):
        return None  # "could face arrest": a risk, not an act
    if head.lower_ == "under" and modal_of(head.head) not in (None, "past"):
        return None  # "fear they will be placed under surveillance"
    hedged = governed and modal_of(head) == "past"  # "may have been subjected to torture"
    if governed and head.pos_ in ("VERB", "AUX") and is_negated(head):
        if victim is None:
            return None
        denied = True  # "no detainee has been subjected to physical pressure"
    confidence = 0.55 + 0.15 * (victim is not None) + 0.1 * (agent is not None)
    return Detection(
        "event",
        etype,
        token,
        agent=agent,
        target=victim,
        nominal=True,
        hedged=hedged,
        negated=denied,
        denier=denier_of(token) if denied else None,
        confidence=confidence,
    )


def _threats_told_before(threat: Token) -> bool:
    """ "The threats against her" with no word of what kind refers back to threats the text
    has told already; "the death threats against her colleagues" names them anew."""
    definite = any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in threat.children
    )
    return definite and not any(c.dep_ in ("compound", "amod") for c in threat.children)
