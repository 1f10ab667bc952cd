"""Training examples for the type model: every sentence of the annotated sets, as the
extractor parses it, with its features, the rules' detections and the gold types in it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Span

from factfinder.extract.claims import EVENT_TYPES, STATEMENT_TYPES
from factfinder.extract.evaluation import GoldDocument, load_gold
from factfinder.extract.events import Detection
from factfinder.extract.learned.features import sentence_features

TYPES = (*EVENT_TYPES, *STATEMENT_TYPES)
KIND_OF = {**dict.fromkeys(EVENT_TYPES, "event"), **dict.fromkeys(STATEMENT_TYPES, "statement")}
EVAL_DIR = Path(__file__).resolve().parents[4] / "tests" / "eval"
# The annotated sets the shipped model is trained on (the held-out sets never are, nor the
# validation sets its add thresholds are chosen on: dev14-dev16, tests/eval/README.md).
TRAINING_SETS = (
    "gold",
    "dev",
    "dev2",
    "dev3",
    "dev4",
    "holdout2",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
    "dev13",
    "dev17",
    "dev18",
    "dev19",
)


@dataclass
class Example:
    """One sentence: its parse, what the rules found in it, and the gold types it holds."""

    set_name: str
    doc_id: str
    span: Span
    found: list[Detection]
    features: set[str]
    gold: Counter[str] = field(default_factory=Counter)  # type → gold claims in the sentence

    @property
    def fired(self) -> set[str]:
        return {d.type for d in self.found}


class Recorder:
    """A supplement that changes nothing and keeps every sentence the extractor saw."""

    def __init__(self) -> None:
        self.seen: list[tuple[Span, list[Detection]]] = []

    def revise(self, span: Span, found: list[Detection]) -> list[Detection]:
        self.seen.append((span, list(found)))
        return found


def examples_of(set_name: str, docs: list[GoldDocument]) -> list[Example]:
    """Every sentence of the documents, labelled with the gold claims whose text it holds
    (case aside: a capitalised headline is parsed in sentence case)."""
    from factfinder.extract.extractor import analyze

    examples: list[Example] = []
    for doc in docs:
        recorder = Recorder()
        analyze(doc.text, doc.published, supplement=recorder)
        for span, found in recorder.seen:
            text = span.text.lower()
            gold = Counter(g.type for g in doc.claims if g.sentence.lower() in text)
            features = sentence_features(span, found)
            examples.append(Example(set_name, doc.id, span, found, features, gold))
    return examples


def set_path(name: str) -> Path:
    """An annotated set by name ("dev2") in tests/eval, or a path to one elsewhere."""
    path = Path(name)
    return path if path.suffix == ".jsonl" else EVAL_DIR / f"{name}.jsonl"


def load_examples(names: tuple[str, ...] | list[str]) -> dict[str, list[Example]]:
    """The examples of each named set, parsed once."""
    return {
        Path(name).stem: examples_of(Path(name).stem, load_gold(set_path(name))) for name in names
    }
