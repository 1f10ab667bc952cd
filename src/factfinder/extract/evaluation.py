"""Extraction evaluation: score an analyze function against an annotated gold set."""

from __future__ import annotations

import datetime as dt
import difflib
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError, model_validator
from rich.table import Table

from factfinder.errors import InputError
from factfinder.extract.claims import EVENT_TYPES, STATEMENT_TYPES, Claim

AnalyzeFn = Callable[[str, dt.date | None], Sequence[Claim]]

# Two actor names are the same when one contains the other word for word, or when they are
# this similar letter by letter: spelling variants ("Kadyrov", "Kadirov") should still count.
NAME_SIMILARITY = 0.85
LEADING_WORDS = ("the", "a", "an", "mr", "ms", "mrs", "miss", "dr")


class GoldFigure(BaseModel):
    """A figure as the annotator read it in the sentence."""

    low: int
    high: int | None = None
    unit: str
    qualifier: str = "exact"
    supersedes: GoldFigure | None = None

    @model_validator(mode="before")
    @classmethod
    def superseded_unit_defaults_to_own(cls, data: Any) -> Any:
        """The format writes `"supersedes": {"low": 2}`: the revised figure counts the same thing,
        so a superseded figure without a unit takes the unit of the figure that revises it."""
        if isinstance(data, dict) and isinstance(data.get("supersedes"), dict):
            if "unit" not in data["supersedes"] and "unit" in data:
                data = data | {"supersedes": data["supersedes"] | {"unit": data["unit"]}}
        return data


class GoldWhen(BaseModel):
    """The time the annotator resolved against the publication date."""

    start: dt.date
    end: dt.date
    precision: str


class GoldClaim(BaseModel):
    """One claim a careful annotator expects; `sentence` is a substring of its sentence."""

    kind: str
    type: str
    sentence: str
    agent: str | None = None
    target: str | None = None
    counts: list[GoldFigure] = []
    attributed_to: str | None = None
    negated: bool = False
    when: GoldWhen | None = None

    @model_validator(mode="after")
    def type_belongs_to_kind(self) -> GoldClaim:
        allowed = EVENT_TYPES if self.kind == "event" else STATEMENT_TYPES
        if self.kind not in ("event", "statement") or self.type not in allowed:
            raise ValueError(f"{self.kind}/{self.type} is not in the vocabulary")
        return self


class GoldDocument(BaseModel):
    """One annotated document of the gold set."""

    id: str
    style: str
    published: dt.date | None = None
    text: str
    claims: list[GoldClaim] = []

    @model_validator(mode="after")
    def sentences_are_in_text(self) -> GoldDocument:
        for claim in self.claims:
            if claim.sentence not in self.text:
                raise ValueError(f"claim sentence not found in text: {claim.sentence[:60]!r}")
        return self


def load_gold(path: Path | str) -> list[GoldDocument]:
    """Read a gold set (one JSON document per line); a bad line is named by its number."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read gold set {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"gold set {path} is not UTF-8 text") from None
    docs: list[GoldDocument] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            doc = GoldDocument.model_validate(json.loads(line))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path} line {number}: not valid JSON ({exc.msg})") from None
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "document"
            raise InputError(f"{path} line {number}: {where}: {first['msg']}") from None
        if doc.id in seen:
            raise InputError(f"{path} line {number}: duplicate document id {doc.id!r}")
        seen.add(doc.id)
        docs.append(doc)
    if not docs:
        raise InputError(f"{path}: the gold set has no documents")
    return docs


@dataclass
class Score:
    """Counts of true positives, false positives and false negatives, and what follows."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class Ratio:
    """How many of the checked matched claims got an attribute right."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def count(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "value": self.value}


@dataclass
class Mistake:
    """One missed, spurious or wrongly detailed claim, for people improving the extractor."""

    doc_id: str
    kind: str  # missed | spurious | figure | attribution | agent | date | invented_number
    type: str
    sentence: str
    detail: str = ""


@dataclass
class EvalReport:
    """Everything `factfinder eval` prints: per-type scores and attribute accuracies."""

    documents: int = 0
    per_type: dict[str, Score] = field(default_factory=dict)
    events: Score = field(default_factory=Score)
    statements: Score = field(default_factory=Score)
    overall: Score = field(default_factory=Score)
    figure_exactness: Ratio = field(default_factory=Ratio)
    superseded_figures: Ratio = field(default_factory=Ratio)
    attribution_accuracy: Ratio = field(default_factory=Ratio)
    agent_accuracy: Ratio = field(default_factory=Ratio)
    target_accuracy: Ratio = field(default_factory=Ratio)
    date_accuracy: Ratio = field(default_factory=Ratio)
    negation_accuracy: Ratio = field(default_factory=Ratio)
    invented_numbers: int = 0
    anchor_errors: int = 0
    mistakes: list[Mistake] = field(default_factory=list)

    def scores(self) -> dict[str, float]:
        """Flat metric names to values, the names a baseline file pins floors for."""
        flat: dict[str, float | None] = {}
        for name, score in (
            ("events", self.events),
            ("statements", self.statements),
            ("overall", self.overall),
            *((f"type.{t}", s) for t, s in self.per_type.items()),
        ):
            flat[f"{name}.precision"] = score.precision
            flat[f"{name}.recall"] = score.recall
            flat[f"{name}.f1"] = score.f1
        for name in ACCURACIES:
            flat[name] = getattr(self, name).value
        flat["invented_numbers"] = self.invented_numbers
        flat["anchor_errors"] = self.anchor_errors
        return {name: value for name, value in flat.items() if value is not None}

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "events": self.events.to_dict(),
            "statements": self.statements.to_dict(),
            "overall": self.overall.to_dict(),
            "per_type": {t: s.to_dict() for t, s in self.per_type.items()},
            **{name: getattr(self, name).to_dict() for name in ACCURACIES},
            "invented_numbers": self.invented_numbers,
            "anchor_errors": self.anchor_errors,
            "mistakes": [vars(m) for m in self.mistakes],
        }


ACCURACIES = (
    "figure_exactness",
    "superseded_figures",
    "attribution_accuracy",
    "agent_accuracy",
    "target_accuracy",
    "date_accuracy",
    "negation_accuracy",
)
# Metrics where lower is better: a baseline pins a ceiling for them, not a floor.
CEILING_METRICS = ("invented_numbers", "anchor_errors")


def evaluate(docs: Iterable[GoldDocument], analyze_fn: AnalyzeFn) -> EvalReport:
    """Run analyze_fn on every gold document and score its claims against the annotation."""
    report = EvalReport(
        per_type={t: Score() for t in (*EVENT_TYPES, *STATEMENT_TYPES)},
    )
    for doc in docs:
        report.documents += 1
        predicted = list(analyze_fn(doc.text, doc.published))
        score_document(doc, predicted, report)
    for type_name, score in report.per_type.items():
        bucket = report.statements if type_name in STATEMENT_TYPES else report.events
        bucket.add(score)
        report.overall.add(score)
    return report


def score_document(doc: GoldDocument, predicted: list[Claim], report: EvalReport) -> None:
    """Match one document's predictions to its gold claims and add the results to report."""
    for claim in predicted:
        if doc.text[claim.start : claim.end] != claim.sentence:
            report.anchor_errors += 1
        for number in invented_numbers(claim):
            report.invented_numbers += 1
            report.mistakes.append(
                Mistake(doc.id, "invented_number", claim.type, claim.sentence, str(number))
            )
    pairs = match_claims(doc.claims, predicted)
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    for index, gold in enumerate(doc.claims):
        score = report.per_type[gold.type]
        if index in matched_gold:
            score.tp += 1
        else:
            score.fn += 1
            report.mistakes.append(Mistake(doc.id, "missed", gold.type, gold.sentence))
    for index, claim in enumerate(predicted):
        if index not in matched_pred:
            report.per_type.setdefault(claim.type, Score()).fp += 1
            report.mistakes.append(
                Mistake(doc.id, "spurious", claim.type, claim.sentence, describe(claim))
            )
    for g, p in pairs:
        check_details(doc.id, doc.claims[g], predicted[p], report)


def match_claims(gold: list[GoldClaim], predicted: list[Claim]) -> list[tuple[int, int]]:
    """One-to-one matching of gold to predicted claims (same kind and type, sentence inside).

    Maximum matching by augmenting paths, each gold claim trying the most similar
    candidates first, so that two claims of one type in one sentence pair up sensibly.
    """
    candidates: list[list[int]] = []
    for g in gold:
        options = [
            i
            for i, p in enumerate(predicted)
            if p.kind == g.kind and p.type == g.type and g.sentence in p.sentence
        ]
        options.sort(key=lambda i: -similarity(g, predicted[i]))
        candidates.append(options)
    owner: dict[int, int] = {}

    def assign(g: int, seen: set[int]) -> bool:
        for p in candidates[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or assign(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(len(gold)):
        assign(g, set())
    return sorted((g, p) for p, g in owner.items())


def similarity(gold: GoldClaim, claim: Claim) -> int:
    """How many details agree: orders candidate matches when a sentence holds several."""
    return (
        int(same_name(gold.agent, claim.agent))
        + int(same_name(gold.target, claim.target))
        + int(same_figures(gold.counts, claim.counts))
        + int(gold.negated == claim.negated)
    )


def check_details(doc_id: str, gold: GoldClaim, claim: Claim, report: EvalReport) -> None:
    """Score the details of a matched claim where the annotator gave them."""
    checks: list[tuple[str, Ratio, bool | None, str]] = [
        (
            "figure",
            report.figure_exactness,
            same_figures(gold.counts, claim.counts) if gold.counts else None,
            f"gold {figures_text(gold.counts)} got {figures_text(claim.counts)}",
        ),
        (
            "attribution",
            report.attribution_accuracy,
            same_name(gold.attributed_to, claim.attributed_to) if gold.attributed_to else None,
            f"gold {gold.attributed_to!r} got {claim.attributed_to!r}",
        ),
        (
            "agent",
            report.agent_accuracy,
            same_name(gold.agent, claim.agent) if gold.agent else None,
            f"gold {gold.agent!r} got {claim.agent!r}",
        ),
        (
            "target",
            report.target_accuracy,
            same_name(gold.target, claim.target) if gold.target else None,
            f"gold {gold.target!r} got {claim.target!r}",
        ),
        (
            "date",
            report.date_accuracy,
            same_when(gold.when, claim) if gold.when else None,
            f"gold {when_text(gold.when)} got {when_text(claim.when)}",
        ),
        (
            "negation",
            report.negation_accuracy,
            gold.negated == claim.negated,
            f"gold negated={gold.negated} got {claim.negated}",
        ),
    ]
    for name, ratio, ok, detail in checks:
        if ok is None:
            continue
        ratio.count(ok)
        if not ok:
            report.mistakes.append(Mistake(doc_id, name, gold.type, claim.sentence, detail))
    superseding = [f for f in gold.counts if f.supersedes is not None]
    for figure in superseding:
        report.superseded_figures.count(
            any(
                figure_key(p) == figure_key(figure)
                and p.supersedes is not None
                and figure.supersedes is not None
                and figure_key(p.supersedes)[:2] == figure_key(figure.supersedes)[:2]
                for p in claim.counts
            )
        )


def normalise_name(name: str | None) -> str:
    """Lower-case words without punctuation, possessive 's, leading article or honorific.

    "Ms Quill" and "the commission's report" then compare as "quill" and "commission report".
    """
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).lower().replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    words = re.sub(r"[^\w\s-]", " ", text).split()
    while words and words[0] in LEADING_WORDS:
        words = words[1:]
    return " ".join(words)


def same_name(gold: str | None, predicted: str | None) -> bool:
    """Whether two actor/target phrases name the same thing, as a reviewer would accept."""
    a, b = normalise_name(gold), normalise_name(predicted)
    if not a or not b:
        return a == b
    if a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} ":
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= NAME_SIMILARITY


def figure_key(figure: Any) -> tuple[int, int | None, str, str]:
    """(low, high, unit, qualifier) with representation differences removed.

    A range's missing high equals its low; "up to N" may be written as high=N; the unit
    is compared by its last word without a plural s ("journalists" == "journalist").
    """
    low, high = figure.low, figure.high
    if figure.qualifier == "up_to" and high is not None and low in (0, high):
        low, high = high, None
    if high == low:
        high = None
    words = normalise_name(figure.unit).split()
    unit = words[-1] if words else ""
    if unit.endswith("s") and len(unit) > 3:
        unit = unit[:-1]
    return (low, high, unit, figure.qualifier)


def same_figures(gold: Sequence[Any], predicted: Sequence[Any]) -> bool:
    """Whether the two lists hold the same figures, compared as sets."""
    return {figure_key(f) for f in gold} == {figure_key(f) for f in predicted}


def same_when(gold: GoldWhen, claim: Claim) -> bool:
    """Same precision and overlapping intervals: a week may start on Sunday or Monday."""
    when = claim.when
    if when is None:
        return False
    return when.precision == gold.precision and when.start <= gold.end and gold.start <= when.end


NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
NUMBER_WORDS.update(
    {
        word: 10 * (index + 2)
        for index, word in enumerate(
            "twenty thirty forty fifty sixty seventy eighty ninety".split()
        )
    }
)
SCALE_WORDS = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# ACLED's conservative reading of vague amounts (VOCABULARY.md): these are written numbers.
VAGUE_WORDS = {
    "dozen": 12,
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1000,
    "millions": 1_000_000,
}


def written_numbers(sentence: str) -> set[int]:
    """Every number a reader finds written in a sentence, in digits, words or vague words."""
    text = unicodedata.normalize("NFKC", sentence).lower()
    found: set[int] = set()
    for match in re.finditer(r"(\d[\d,]*(?:\.\d+)?)(\s*(?:hundred|thousand|million)\b)?", text):
        digits = match.group(1).rstrip(",").replace(",", "")
        value = float(digits)
        if match.group(2):
            value *= SCALE_WORDS[match.group(2).strip()]
        found.add(int(value))
    current: int | None = None
    total = 0
    previous = ""
    for word in [*re.findall(r"[a-z]+", text), "."]:
        # "twenty three" is one number, "five and six" or "five, six" are two.
        joins = previous in SCALE_WORDS or (
            NUMBER_WORDS.get(previous, 0) >= 20 and NUMBER_WORDS.get(word, 10) < 10
        )
        if word in NUMBER_WORDS and (current is None or joins):
            current = (current or 0) + NUMBER_WORDS[word]
        elif word in SCALE_WORDS:
            if SCALE_WORDS[word] == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * SCALE_WORDS[word]
                current = 0
        elif word == "and" and previous in SCALE_WORDS:
            continue
        else:
            if current is not None or total:
                found.add(total + (current or 0))
            current, total = None, 0
            if word in NUMBER_WORDS:
                current = NUMBER_WORDS[word]
            elif word in VAGUE_WORDS:
                found.add(VAGUE_WORDS[word])
        previous = word
    return found


def invented_numbers(claim: Claim) -> list[int]:
    """Figures of a predicted claim whose numbers are not written in its own sentence."""
    written = written_numbers(claim.sentence)
    numbers: list[int] = []
    figures = list(claim.counts)
    while figures:
        figure = figures.pop()
        numbers.extend(n for n in (figure.low, figure.high) if n is not None)
        if figure.supersedes is not None:
            figures.append(figure.supersedes)
    return [n for n in numbers if n not in written]


def figures_text(figures: Sequence[Any]) -> str:
    """Figures in a short readable form for mistake listings."""
    if not figures:
        return "[]"
    return "[" + ", ".join(":".join(str(v) for v in figure_key(f)) for f in figures) + "]"


def when_text(when: Any) -> str:
    if when is None:
        return "none"
    return f"{when.start}..{when.end}/{when.precision}"


def describe(claim: Claim) -> str:
    return f"agent={claim.agent!r} target={claim.target!r}"


def load_baseline(path: Path | str) -> dict[str, float]:
    """Read pinned floors (and ceilings for error counts) from a baseline JSON file."""
    path = Path(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read baseline {path}: {exc.strerror}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"baseline {path} is not valid JSON: {exc}") from None
    limits = data.get("limits") if isinstance(data, dict) else None
    if not isinstance(limits, dict) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in limits.values()
    ):
        raise InputError(f'baseline {path} needs a "limits" object of metric name -> number')
    return {str(k): float(v) for k, v in limits.items()}


def below_baseline(report: EvalReport, limits: dict[str, float]) -> list[str]:
    """Every metric that is worse than its pinned limit, described in one line each."""
    scores = report.scores()
    failures: list[str] = []
    for name, limit in sorted(limits.items()):
        value = scores.get(name)
        if value is None:
            failures.append(f"{name}: not measured (limit {limit:g})")
        elif name in CEILING_METRICS and value > limit:
            failures.append(f"{name}: {value:g} is above its ceiling {limit:g}")
        elif name not in CEILING_METRICS and value < limit:
            failures.append(f"{name}: {value:.3f} is below its floor {limit:.3f}")
    return failures


def report_tables(report: EvalReport) -> list[Table]:
    """The report as Rich tables: P/R/F1 per type and micro-averages, then attribute checks."""
    scores = Table(title=f"Claims over {report.documents} documents")
    for column in ("type", "tp", "fp", "fn", "precision", "recall", "F1"):
        scores.add_column(column, justify="left" if column == "type" else "right")
    rows = [
        *((t, s) for t, s in report.per_type.items() if t in EVENT_TYPES),
        ("events (micro)", report.events),
        *((t, s) for t, s in report.per_type.items() if t not in EVENT_TYPES),
        ("statements (micro)", report.statements),
        ("all (micro)", report.overall),
    ]
    for name, score in rows:
        summary = "micro" in name
        scores.add_row(
            name,
            str(score.tp),
            str(score.fp),
            str(score.fn),
            percent(score.precision),
            percent(score.recall),
            percent(score.f1),
            style="bold" if summary else None,
            end_section=summary,
        )
    details = Table(title="Details of matched claims")
    for column in ("check", "correct", "checked", "score"):
        details.add_column(column, justify="left" if column == "check" else "right")
    for name in ACCURACIES:
        ratio: Ratio = getattr(report, name)
        details.add_row(
            name.replace("_", " "), str(ratio.correct), str(ratio.total), percent(ratio.value)
        )
    details.add_row("invented numbers (must be 0)", "", "", str(report.invented_numbers))
    details.add_row("sentence anchor errors (must be 0)", "", "", str(report.anchor_errors))
    return [scores, details]


def percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


# Floors sit this far below the measured score, so that a change that moves one claim
# in a large type does not fail CI, while a real regression does.
FLOOR_MARGIN = 0.03
# A type with fewer gold claims moves by more than the margin when one claim changes, so it
# gets no floor of its own (the micro-averages still cover it).
MIN_CLAIMS_FOR_TYPE_FLOOR = 8


def pinned_limits(report: EvalReport, margin: float = FLOOR_MARGIN) -> dict[str, float]:
    """Floors for the micro scores, accuracies and per-type F1, never above the measured score.

    Error counts always get a ceiling of 0: an invented number is never acceptable.
    """
    scores = report.scores()
    small_types = {
        f"type.{name}."
        for name, score in report.per_type.items()
        if score.tp + score.fn < MIN_CLAIMS_FOR_TYPE_FLOOR
    }
    limits: dict[str, float] = {}
    for name, value in scores.items():
        if name in CEILING_METRICS:
            limits[name] = 0
        elif name.startswith("type."):
            if name.endswith(".f1") and not any(name.startswith(t) for t in small_types):
                limits[name] = max(0.0, math.floor((value - margin) * 100) / 100)
        else:
            limits[name] = max(0.0, math.floor((value - margin) * 100) / 100)
    return dict(sorted(limits.items()))


def write_baseline(report: EvalReport, path: Path | str) -> dict[str, float]:
    """Pin the report's scores as the new baseline file; returns the limits written."""
    limits = pinned_limits(report)
    note = (
        f"Floors: measured score minus {FLOOR_MARGIN} rounded down (micro P/R/F1, accuracies,"
        f" F1 of types with at least {MIN_CLAIMS_FOR_TYPE_FLOOR} gold claims); ceilings of 0"
        " for invented numbers and sentence anchor errors. "
        "Written by factfinder eval GOLD --pin FILE."
    )
    try:
        Path(path).write_text(
            json.dumps({"note": note, "limits": limits}, indent=2) + "\n", encoding="utf-8"
        )
    except OSError as exc:
        raise InputError(f"cannot write baseline {path}: {exc.strerror}") from None
    return limits
