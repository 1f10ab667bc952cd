"""Clustering evaluation: pairwise precision and recall of incidents against annotated groups."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factfinder.errors import InputError
from factfinder.link.actors import ActorIndex
from factfinder.link.run import link_claims, resolve_actors
from factfinder.store.linking import ClaimRecord, SourceRecord


@dataclass(frozen=True, slots=True)
class PairwiseScores:
    """Pairwise scores: of the claim pairs put together, how many belong together, and back."""

    precision: float
    recall: float
    true_pairs: int
    predicted_pairs: int
    gold_pairs: int
    claims: int
    predicted_incidents: int
    gold_incidents: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def as_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__} | {
            "f1": round(self.f1, 4)
        }


def _pairs(sizes: Counter[Any]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes.values())


def pairwise_scores(
    predicted: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]
) -> PairwiseScores:
    """Pairwise precision and recall over the items both mappings label (item → cluster).

    Counted from cluster sizes, not by listing pairs, so it stays linear. With no predicted
    pairs precision is 1.0, with no gold pairs recall is 1.0 (nothing was wrongly joined, or
    nothing needed joining).
    """
    items = [item for item in gold if item in predicted]
    both = Counter((predicted[i], gold[i]) for i in items)
    true_pairs = _pairs(both)
    predicted_pairs = _pairs(Counter(predicted[i] for i in items))
    gold_pairs = _pairs(Counter(gold[i] for i in items))
    return PairwiseScores(
        precision=round(true_pairs / predicted_pairs, 4) if predicted_pairs else 1.0,
        recall=round(true_pairs / gold_pairs, 4) if gold_pairs else 1.0,
        true_pairs=true_pairs,
        predicted_pairs=predicted_pairs,
        gold_pairs=gold_pairs,
        claims=len(items),
        predicted_incidents=len({predicted[i] for i in items}),
        gold_incidents=len({gold[i] for i in items}),
    )


@dataclass(slots=True)
class AnnotatedSet:
    sources: dict[int, SourceRecord]
    claims: list[ClaimRecord]
    gold: dict[int, str]


def load_annotated(path: Path) -> AnnotatedSet:
    """Read stories.json: stories → reports → event claims, each with its annotated incident."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        stories = data["stories"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"cannot read the annotated grouping {path}: {exc}") from None
    sources: dict[int, SourceRecord] = {}
    claims: list[ClaimRecord] = []
    gold: dict[int, str] = {}
    for story in stories:
        for report in story["reports"]:
            source_id = len(sources) + 1
            published = dt.date.fromisoformat(report["published"])
            sources[source_id] = SourceRecord(
                source_id, f"eval:{story['id']}", None, report["publisher"], published
            )
            position = 0
            for item in report["claims"]:
                claim_id = len(claims) + 1
                when = item.get("when")
                claims.append(
                    ClaimRecord(
                        id=claim_id,
                        source_id=source_id,
                        kind="event",
                        type=item["type"],
                        sentence=item["sentence"],
                        start=position,
                        agent=item.get("agent"),
                        target=item.get("target"),
                        place={"name": item["place"]} if item.get("place") else None,
                        when={"start": when[0], "end": when[1], "precision": when[2]}
                        if when
                        else None,
                        counts=[_figure(c) for c in item.get("counts", [])],
                        attributed_to=item.get("attributed_to"),
                        published_at=published,
                    )
                )
                gold[claim_id] = item["incident"]
                position += len(item["sentence"]) + 1
    return AnnotatedSet(sources, claims, gold)


def _figure(row: list[Any]) -> dict[str, Any]:
    low, unit, qualifier, *revised = row
    supersedes = {"low": revised[0], "unit": unit} if revised else None
    return {
        "low": low,
        "high": None,
        "unit": unit,
        "qualifier": qualifier,
        "supersedes": supersedes,
    }


def evaluate_clustering(path: Path) -> PairwiseScores:
    """Run the same actor resolution and clustering as `link` on the set, and score it."""
    annotated = load_annotated(path)
    resolution = resolve_actors(ActorIndex(), annotated.claims, annotated.sources)
    linked = link_claims(annotated.claims, resolution.perpetrators, [])
    predicted = {claim_id: n for n, ids in enumerate(linked.clusters) for claim_id in ids}
    return pairwise_scores(predicted, annotated.gold)
