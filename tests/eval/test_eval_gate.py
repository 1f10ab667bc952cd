"""The eval gate: extraction must keep every score at or above the floors in baseline.json."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from factfinder.extract.claims import EVENT_TYPES, STATEMENT_TYPES
from factfinder.extract.evaluation import below_baseline, evaluate, load_baseline, load_gold

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold.jsonl"
BASELINE = HERE / "baseline.json"
# Written after the extractor was being tuned on examples from gold.jsonl, and never quoted in
# notes: it measures how well extraction generalises beyond the examples it was shown.
HOLDOUT = HERE / "holdout.jsonl"
HOLDOUT_BASELINE = HERE / "holdout_baseline.json"
# Written later in the styles of real published reports (UN and rapporteur releases, long NGO
# sentences, wire copy, local news, first-person testimony, denials, court language, bullet
# lists, title-case headlines), scored before any rule was changed for it.
DEV = HERE / "dev.jsonl"
DEV_BASELINE = HERE / "dev_baseline.json"
# Written for the types weakest on unseen reports (harassment, release, extortion, enforced
# disappearance, silence, denial, criticism, calls for access) in varied real-world wording,
# and scored before any rule was changed for it.
DEV2 = HERE / "dev2.jsonl"
DEV2_BASELINE = HERE / "dev2_baseline.json"
# Written after the extractor had been tuned on the three sets above, in the shapes of real
# published reports (long-form NGO reports, treaty-body observations, press briefing notes, wire
# copy with several officials, features, court reports, Q&A, timelines), and scored once before
# any rule was changed for it; tuned on since, so its floors catch regressions.
DEV3 = HERE / "dev3.jsonl"
# Written by an annotator who saw neither the extractor nor the other sets' texts while dev3 was
# being tuned on, and scored once before anyone tuning read it (tests/eval/README.md).
HOLDOUT2 = HERE / "holdout2.jsonl"
HOLDOUT2_BASELINE = HERE / "holdout2_baseline.json"
# Written the same way during the second tuning round and kept unseen (only its aggregate
# table is read): the estimate of how extraction generalises (tests/eval/README.md).
HOLDOUT3 = HERE / "holdout3.jsonl"
HOLDOUT3_BASELINE = HERE / "holdout3_baseline.json"
DEV3_BASELINE = HERE / "dev3_baseline.json"
# Written blind while the third tuning round was under way (no extractor code, no other set's
# texts), scored once before anyone tuning read it, then tuned on (tests/eval/README.md).
DEV4 = HERE / "dev4.jsonl"
DEV4_BASELINE = HERE / "dev4_baseline.json"
# Written blind during the same round by another annotator, spread over all types as real
# reports are, and kept unseen: scored on the committed extractor before the round and after
# it, aggregate tables only (tests/eval/README.md).
HOLDOUT4 = HERE / "holdout4.jsonl"
HOLDOUT4_BASELINE = HERE / "holdout4_baseline.json"
# Two more written blind in the fifth round: dev5 weighted to the types weakest on unseen text
# (tuned on since, and a training set of the learned type model), holdout5 spread as real
# reports are and kept unseen (tests/eval/README.md).
DEV5 = HERE / "dev5.jsonl"
DEV5_BASELINE = HERE / "dev5_baseline.json"
HOLDOUT5 = HERE / "holdout5.jsonl"
HOLDOUT5_BASELINE = HERE / "holdout5_baseline.json"
# The sixth round's two, written blind in the shapes of long real reports: dev6 weighted to what
# extractors miss (acts told indirectly, in testimony, in reported speech), tuned on since and
# a training set of the learned type model; holdout6 spread as real reports are, kept unseen.
DEV6 = HERE / "dev6.jsonl"
DEV6_BASELINE = HERE / "dev6_baseline.json"
HOLDOUT6 = HERE / "holdout6.jsonl"
HOLDOUT6_BASELINE = HERE / "holdout6_baseline.json"
# The seventh round's two: dev7 weighted to the acts worded most variously (threats, bribes and
# ransoms, disappearances, harassment), tuned on since and a training set of the learned type
# model; holdout7 spread as real reports are, kept unseen.
DEV7 = HERE / "dev7.jsonl"
DEV7_BASELINE = HERE / "dev7_baseline.json"
HOLDOUT7 = HERE / "holdout7.jsonl"
HOLDOUT7_BASELINE = HERE / "holdout7_baseline.json"
# The eighth round's four, written blind: dev8 (a crackdown on a minority as its monitors read
# it), dev9 (news as it develops) and dev10 (long institutional documents), the model's
# validation sets in that round and training sets since the ninth; holdout8 spread as real
# reports are, kept unseen.
DEV8 = HERE / "dev8.jsonl"
DEV9 = HERE / "dev9.jsonl"
DEV10 = HERE / "dev10.jsonl"
HOLDOUT8 = HERE / "holdout8.jsonl"
# The ninth round's three, written blind: dev11 (a persecution covered over months by the
# press), dev12 (conflict violations as international bodies write them up) and dev13 (the
# everyday stream: local news, courts, interviews), the learned model's validation sets in
# that round and training sets (of the model and the rules) since the tenth.
DEV11 = HERE / "dev11.jsonl"
DEV12 = HERE / "dev12.jsonl"
DEV13 = HERE / "dev13.jsonl"
# The tenth round's six, written blind: dev14 (a persecution as NGOs, UN bodies and exile
# media document it), dev15 (how governments and institutions respond) and dev16 (a crisis
# as the daily press follows it), the validation sets of the learned model's thresholds and
# silent types since dev11-dev13 became training sets; dev17 (testimony as it reaches
# monitors), dev18 (digests, briefs, alerts) and dev19 (protests and crackdowns), written to
# train the model on and read by no one tuning the rules (tests/eval/README.md).
DEV14 = HERE / "dev14.jsonl"
DEV15 = HERE / "dev15.jsonl"
DEV16 = HERE / "dev16.jsonl"
DEV17 = HERE / "dev17.jsonl"
DEV18 = HERE / "dev18.jsonl"
DEV19 = HERE / "dev19.jsonl"
STYLES = {"wire", "ngo_statement", "government_press_release", "un_statement", "testimony"}


def test_gold_set_is_large_and_covers_every_type() -> None:
    docs = load_gold(GOLD)
    claims = [claim for doc in docs for claim in doc.claims]
    assert len(docs) >= 45
    assert len(claims) >= 230
    per_type = Counter(claim.type for claim in claims)
    assert {t: per_type[t] for t in (*EVENT_TYPES, *STATEMENT_TYPES) if per_type[t] < 5} == {}
    assert STYLES <= {doc.style for doc in docs}
    assert any(not doc.claims for doc in docs), "a document with no claims keeps precision honest"


def test_holdout_set_is_disjoint_from_the_gold_set() -> None:
    gold_texts = {doc.text for doc in load_gold(GOLD)}
    holdout = load_gold(HOLDOUT)
    assert sum(len(doc.claims) for doc in holdout) >= 50
    assert not gold_texts & {doc.text for doc in holdout}


def test_dev_set_is_large_varied_and_disjoint() -> None:
    dev = load_gold(DEV)
    assert len(dev) >= 20
    assert sum(len(doc.claims) for doc in dev) >= 100
    assert STYLES <= {doc.style for doc in dev}
    others = {doc.text for doc in load_gold(GOLD)} | {doc.text for doc in load_gold(HOLDOUT)}
    assert not others & {doc.text for doc in dev}
    assert any(not doc.claims for doc in dev), "a document with no claims keeps precision honest"


def test_second_dev_set_weights_the_weak_types_and_is_disjoint() -> None:
    dev2 = load_gold(DEV2)
    claims = [claim for doc in dev2 for claim in doc.claims]
    assert len(dev2) >= 15
    assert len(claims) >= 80
    per_type = Counter(claim.type for claim in claims)
    weak = ("harassment", "release", "extortion", "enforced_disappearance", "no_public_statement")
    assert {t: per_type[t] for t in weak if per_type[t] < 8} == {}
    others = {doc.text for path in (GOLD, HOLDOUT, DEV) for doc in load_gold(path)}
    assert not others & {doc.text for doc in dev2}
    assert any(not doc.claims for doc in dev2), "a document with no claims keeps precision honest"


def test_third_dev_set_is_large_balanced_and_disjoint() -> None:
    dev3 = load_gold(DEV3)
    claims = [claim for doc in dev3 for claim in doc.claims]
    assert len(dev3) >= 20
    assert len(claims) >= 140
    per_type = Counter(claim.type for claim in claims)
    assert {t: per_type[t] for t in (*EVENT_TYPES, *STATEMENT_TYPES) if per_type[t] < 5} == {}
    assert STYLES <= {doc.style for doc in dev3}
    others = {doc.text for path in (GOLD, HOLDOUT, DEV, DEV2) for doc in load_gold(path)}
    assert not others & {doc.text for doc in dev3}
    assert any(not doc.claims for doc in dev3), "a document with no claims keeps precision honest"


# Every set with pinned floors, in the order they were written. Test ids are the set names,
# so `-k "not holdout"` leaves the unseen sets out of a tuning run.
GATED_SETS = (
    "gold",
    "holdout",
    "dev",
    "dev2",
    "dev3",
    "holdout2",
    "holdout3",
    "dev4",
    "holdout4",
    "dev5",
    "holdout5",
    "dev6",
    "holdout6",
    "dev7",
    "holdout7",
    "dev8",
    "holdout8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
    "dev13",
    "dev14",
    "dev15",
    "dev16",
    "dev17",
    "dev18",
    "dev19",
)


def baseline_of(name: str) -> Path:
    """A set's floors: baseline.json for gold (the first set), <name>_baseline.json after."""
    return BASELINE if name == "gold" else HERE / f"{name}_baseline.json"


@pytest.mark.slow
@pytest.mark.parametrize("name", GATED_SETS)
def test_extraction_meets_the_baseline(name: str) -> None:
    from factfinder.extract import analyze

    baseline = baseline_of(name)
    report = evaluate(load_gold(HERE / f"{name}.jsonl"), analyze)
    failures = below_baseline(report, load_baseline(baseline))
    assert not failures, f"scores below {baseline.name}:\n" + "\n".join(failures)


# Each later set, with the sets written before it: none may repeat an earlier set's text.
EARLIER_THAN_ROUND6 = (GOLD, HOLDOUT, DEV, DEV2, DEV3, HOLDOUT2, HOLDOUT3, DEV4, HOLDOUT4, DEV5)
EARLIER_THAN_ROUND8 = (*EARLIER_THAN_ROUND6, HOLDOUT5, DEV6, HOLDOUT6, DEV7, HOLDOUT7)
EARLIER_THAN_ROUND9 = (*EARLIER_THAN_ROUND8, DEV8, HOLDOUT8, DEV9, DEV10)
EARLIER_THAN_ROUND10 = (*EARLIER_THAN_ROUND9, DEV11, DEV12, DEV13)
LATER_SETS = [
    (HOLDOUT2, (GOLD, HOLDOUT, DEV, DEV2, DEV3), 5),
    (HOLDOUT3, (GOLD, HOLDOUT, DEV, DEV2, DEV3, HOLDOUT2), 5),
    (DEV4, (GOLD, HOLDOUT, DEV, DEV2, DEV3, HOLDOUT2, HOLDOUT3), 4),
    (HOLDOUT4, (GOLD, HOLDOUT, DEV, DEV2, DEV3, HOLDOUT2, HOLDOUT3, DEV4), 4),
    (DEV5, (GOLD, HOLDOUT, DEV, DEV2, DEV3, HOLDOUT2, HOLDOUT3, DEV4, HOLDOUT4), 6),
    (HOLDOUT5, (GOLD, HOLDOUT, DEV, DEV2, DEV3, HOLDOUT2, HOLDOUT3, DEV4, HOLDOUT4, DEV5), 5),
    (DEV6, (*EARLIER_THAN_ROUND6, HOLDOUT5), 8),
    (HOLDOUT6, (*EARLIER_THAN_ROUND6, HOLDOUT5, DEV6), 8),
    (DEV7, (*EARLIER_THAN_ROUND6, HOLDOUT5, DEV6, HOLDOUT6), 4),
    (HOLDOUT7, (*EARLIER_THAN_ROUND6, HOLDOUT5, DEV6, HOLDOUT6, DEV7), 3),
    (DEV8, (*EARLIER_THAN_ROUND8,), 12),
    (HOLDOUT8, (*EARLIER_THAN_ROUND8, DEV8), 4),
    (DEV9, (*EARLIER_THAN_ROUND8, DEV8, HOLDOUT8), 9),
    (DEV10, (*EARLIER_THAN_ROUND8, DEV8, HOLDOUT8, DEV9), 10),
    (DEV11, (*EARLIER_THAN_ROUND9,), 12),
    (DEV12, (*EARLIER_THAN_ROUND9, DEV11), 9),
    (DEV13, (*EARLIER_THAN_ROUND9, DEV11, DEV12), 6),
    (DEV14, (*EARLIER_THAN_ROUND10,), 10),
    (DEV15, (*EARLIER_THAN_ROUND10, DEV14), 1),
    (DEV16, (*EARLIER_THAN_ROUND10, DEV14, DEV15), 5),
    (DEV17, (*EARLIER_THAN_ROUND10, DEV14, DEV15, DEV16), 2),
    (DEV18, (*EARLIER_THAN_ROUND10, DEV14, DEV15, DEV16, DEV17), 2),
    (DEV19, (*EARLIER_THAN_ROUND10, DEV14, DEV15, DEV16, DEV17, DEV18), 3),
]


@pytest.mark.parametrize(("path", "earlier", "per_type_floor"), LATER_SETS)
def test_later_set_is_large_balanced_and_disjoint(
    path: Path, earlier: tuple[Path, ...], per_type_floor: int
) -> None:
    documents = load_gold(path)
    claims = [claim for doc in documents for claim in doc.claims]
    assert len(documents) >= 20
    assert len(claims) >= 200
    per_type = Counter(claim.type for claim in claims)
    types = (*EVENT_TYPES, *STATEMENT_TYPES)
    assert {t: per_type[t] for t in types if per_type[t] < per_type_floor} == {}
    others = {doc.text for other in earlier for doc in load_gold(other)}
    assert not others & {doc.text for doc in documents}
    assert any(not doc.claims for doc in documents), "a claim-free document keeps precision honest"
