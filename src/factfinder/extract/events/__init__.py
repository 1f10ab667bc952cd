"""Event triggers (acts done to people) found in a parsed sentence, with agent and target tokens.

Policy, applied the same way everywhere:
- Active and passive voice both work: "police detained them" and "they were detained by
  police" give agent "police", target "them".
- A verb conjoined to a trigger shares its subject and voice: "detained and tortured"
  gives two claims with the same target.
- A nominalised act ("the imprisonment and torture of gay men") is an event when it has
  a victim ("of …", "his arrest") or is what someone condemned, faced or suffered; it is
  asserted by whoever the sentence says asserts the enclosing statement.
- What did not happen is not an event: hypotheticals ("could be detained if"), futures
  and intentions ("will release", "agreed to free") and questions produce no claim. An
  act said not to have happened, or denied, with its victims named ("did not detain
  anyone", "denied holding him") is kept as a negated event, attributed to the denier,
    beside the deny statement: later stages weigh it against the reports it contradicts.
  Speculation about the past ("may have been killed") is an event, hedged.
- Calls to eliminate a group are incitement; telling someone a person should be killed
  is a death threat.
"""

from __future__ import annotations

from factfinder.extract.events.clauses import (
    clause_root,
    intent_governor,
    is_conditional,
    is_negated,
    is_passive,
    modal_of,
)
from factfinder.extract.events.detection import Detection
from factfinder.extract.events.extortion import CURRENCIES
from factfinder.extract.events.incitement import public_call
from factfinder.extract.events.lexicon import LEMMA_FIXES, NOUN_EVENTS, VERB_EVENTS, VIOLENT_CALLS
from factfinder.extract.events.people import GROUP_WORDS, PERSON_NOUNS, person_noun
from factfinder.extract.events.scan import find_events
from factfinder.extract.events.verb_types import calls_for_violence

__all__ = [
    "CURRENCIES",
    "Detection",
    "GROUP_WORDS",
    "LEMMA_FIXES",
    "NOUN_EVENTS",
    "PERSON_NOUNS",
    "VERB_EVENTS",
    "VIOLENT_CALLS",
    "calls_for_violence",
    "clause_root",
    "find_events",
    "intent_governor",
    "is_conditional",
    "is_negated",
    "is_passive",
    "modal_of",
    "person_noun",
    "public_call",
]
