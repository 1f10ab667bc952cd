"""A learned second opinion on claim types: a per-type linear model over sentence features.

The rules (extract/events/, extract/statements/) decide most claims; the model, trained on
the annotated evaluation sets with the rules' own findings among its features, adds a claim
of a type it is confident a sentence asserts where the rules found none, and may drop a rule
claim it finds very unlikely. It runs on the parse the extractor already made, with weights
read from JSON (extract/data/type_model.json); scikit-learn is needed only to retrain it
(`python -m factfinder.extract.learned.train`).
"""

from __future__ import annotations

from factfinder.extract.learned.model import TypeModel, load_model, shipped_model
from factfinder.extract.learned.proposals import LearnedTypes, Proposal, Supplement

# Whether analyze consults the model unless told otherwise. On: on the seven unseen sets it
# raises recall (events +0.005 to +0.07, statements +0.04 to +0.11) at about equal event
# precision and up to 0.07 lower statement precision; the victims and agents of the claims it
# adds are less often right than the rules' (agent and target accuracy up to 0.05 lower).
LEARNED_BY_DEFAULT = True


def shipped_supplement() -> LearnedTypes | None:
    """The shipped model as a supplement, or None when the package has no model file."""
    model = shipped_model()
    return LearnedTypes(model) if model is not None else None


def default_supplement() -> LearnedTypes | None:
    """What analyze uses when not told: the shipped model if LEARNED_BY_DEFAULT, else none."""
    return shipped_supplement() if LEARNED_BY_DEFAULT else None


__all__ = [
    "LEARNED_BY_DEFAULT",
    "LearnedTypes",
    "Proposal",
    "Supplement",
    "TypeModel",
    "default_supplement",
    "load_model",
    "shipped_model",
    "shipped_supplement",
]
