"""The scorer behind `factfinder eval`, judged with fake analyze functions and a tiny gold set."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

import factfinder.extract
from factfinder.cli import app
from factfinder.errors import InputError
from factfinder.extract.claims import Claim, Figure, When
from factfinder.extract.evaluation import (
    GoldDocument,
    below_baseline,
    evaluate,
    load_baseline,
    load_gold,
    same_name,
    write_baseline,
    written_numbers,
)

TEXT = (
    "Police in Veltia detained 14 journalists on Monday, the Orlen Herald reported. "
    "The Ministry of Order declined to comment. "
    "Tomorrow the league final will be played."
)
DETENTION_SENTENCE = TEXT.split(". ")[0] + "."
SILENCE_SENTENCE = "The Ministry of Order declined to comment."

GOLD_DOC = {
    "id": "doc-1",
    "style": "wire",
    "published": "2025-03-05",
    "text": TEXT,
    "claims": [
        {
            "kind": "event",
            "type": "detention",
            "agent": "Police in Veltia",
            "target": "14 journalists",
            "counts": [{"low": 14, "high": None, "unit": "journalists", "qualifier": "exact"}],
            "attributed_to": "the Orlen Herald",
            "negated": False,
            "sentence": "detained 14 journalists",
            "when": {"start": "2025-03-03", "end": "2025-03-03", "precision": "day"},
        },
        {
            "kind": "statement",
            "type": "no_public_statement",
            "agent": "The Ministry of Order",
            "target": None,
            "counts": [],
            "attributed_to": None,
            "negated": False,
            "sentence": "declined to comment",
            "when": None,
        },
    ],
}


def claim_in(sentence: str, **fields: object) -> Claim:
    start = TEXT.index(sentence)
    values: dict[str, object] = {
        "kind": "event",
        "type": "detention",
        "sentence": sentence,
        "start": start,
        "end": start + len(sentence),
        "confidence": 0.9,
    }
    values.update(fields)
    return Claim.model_validate(values)


def perfect_claims() -> list[Claim]:
    return [
        claim_in(
            DETENTION_SENTENCE,
            agent="Police",
            target="journalists",
            counts=[Figure(low=14, unit="journalists")],
            attributed_to="Orlen Herald",
            when=When(start=dt.date(2025, 3, 3), end=dt.date(2025, 3, 3), precision="day"),
        ),
        claim_in(
            SILENCE_SENTENCE,
            kind="statement",
            type="no_public_statement",
            agent="The Ministry of Order",
        ),
    ]


def fake_analyze(claims: list[Claim]) -> Callable[[str, dt.date | None], list[Claim]]:
    def analyze(text: str, published: dt.date | None) -> list[Claim]:
        assert text == TEXT and published == dt.date(2025, 3, 5)
        return claims

    return analyze


def gold() -> list[GoldDocument]:
    return [GoldDocument.model_validate(GOLD_DOC)]


def test_perfect_predictions_score_one_everywhere() -> None:
    report = evaluate(gold(), fake_analyze(perfect_claims()))
    scores = report.scores()
    for name in ("events", "statements", "overall"):
        assert scores[f"{name}.precision"] == scores[f"{name}.recall"] == scores[f"{name}.f1"] == 1
    for name in ("figure_exactness", "attribution_accuracy", "agent_accuracy", "date_accuracy"):
        assert scores[name] == 1.0
    assert report.invented_numbers == report.anchor_errors == 0
    assert report.mistakes == []


def test_a_missing_claim_lowers_recall_only() -> None:
    report = evaluate(gold(), fake_analyze(perfect_claims()[:1]))
    assert report.statements.recall == 0.0
    assert report.overall.recall == 0.5
    assert report.overall.precision == 1.0
    assert [(m.kind, m.type) for m in report.mistakes] == [("missed", "no_public_statement")]


def test_an_extra_claim_lowers_precision_only() -> None:
    extra = claim_in(SILENCE_SENTENCE, type="torture", target="journalists")
    report = evaluate(gold(), fake_analyze([*perfect_claims(), extra]))
    assert report.overall.recall == 1.0
    assert report.overall.precision == pytest.approx(2 / 3)
    assert report.per_type["torture"].fp == 1


def test_a_claim_in_the_wrong_sentence_or_of_the_wrong_type_does_not_match() -> None:
    wrong = [
        claim_in(SILENCE_SENTENCE, target="journalists"),
        claim_in(DETENTION_SENTENCE, type="release"),
    ]
    report = evaluate(gold(), fake_analyze(wrong))
    assert report.overall.tp == 0
    assert report.per_type["detention"].fn == 1 and report.per_type["detention"].fp == 1


def test_one_prediction_matches_one_gold_claim() -> None:
    doubled = {**GOLD_DOC, "claims": [GOLD_DOC["claims"][0], GOLD_DOC["claims"][0]]}
    report = evaluate([GoldDocument.model_validate(doubled)], fake_analyze(perfect_claims()[:1]))
    assert report.per_type["detention"].tp == 1
    assert report.per_type["detention"].fn == 1


def test_an_invented_number_is_counted() -> None:
    claims = perfect_claims()
    claims[0] = claims[0].model_copy(update={"counts": [Figure(low=15, unit="journalists")]})
    report = evaluate(gold(), fake_analyze(claims))
    assert report.invented_numbers == 1
    assert report.figure_exactness.value == 0.0
    assert any(m.kind == "invented_number" and m.detail == "15" for m in report.mistakes)


def test_wrong_details_lower_their_accuracy_but_not_the_match() -> None:
    claims = perfect_claims()
    claims[0] = claims[0].model_copy(
        update={
            "attributed_to": "the Ministry of Order",
            "counts": [Figure(low=14, unit="journalists", qualifier="at_least")],
            "when": When(start=dt.date(2025, 2, 1), end=dt.date(2025, 2, 28), precision="month"),
        }
    )
    report = evaluate(gold(), fake_analyze(claims))
    assert report.overall.f1 == 1.0
    assert report.attribution_accuracy.value == 0.0
    assert report.figure_exactness.value == 0.0
    assert report.date_accuracy.value == 0.0
    assert report.agent_accuracy.value == 1.0


def test_a_sentence_that_is_not_at_its_offsets_is_an_anchor_error() -> None:
    claims = perfect_claims()
    claims[1] = claims[1].model_copy(update={"start": 0})
    assert evaluate(gold(), fake_analyze(claims)).anchor_errors == 1


@pytest.mark.parametrize(
    ("gold_name", "predicted", "same"),
    [
        ("Interior Minister Adel Varo", "Adel Varo", True),
        ("Marta Quill", "Ms Quill", True),
        ("the union's chair, Vera Lonn", "Vera Lonn", True),
        ("The Citizens' Monitor of Marovia", "the monitor", True),
        ("Governor Bastian Orr", "Governor Bastjan Orr", True),
        ("Interior Ministry", "Justice Ministry", False),
        ("Lantern Rights Watch", None, False),
    ],
)
def test_names_compare_as_a_reviewer_would(
    gold_name: str, predicted: str | None, same: bool
) -> None:
    assert same_name(gold_name, predicted) is same


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("Police detained 1,200 people and twenty-three journalists.", {1200, 23}),
        ("Dozens of men were held in six prisons, not two.", {12, 6, 2}),
        ("One hundred and twenty families fled.", {120}),
        ("Between thirty and forty men, five and six women.", {30, 40, 5, 6}),
        ("Hundreds were displaced; 3.5 million were affected.", {100, 3_500_000}),
    ],
)
def test_numbers_written_in_a_sentence_are_found(sentence: str, numbers: set[int]) -> None:
    assert numbers <= written_numbers(sentence)


@given(st.integers(min_value=0, max_value=10_000_000))
def test_any_number_in_digits_is_found_with_or_without_separators(number: int) -> None:
    assert number in written_numbers(f"Officials counted {number} people.")
    assert number in written_numbers(f"Officials counted {number:,} people.")


UNITS = "zero one two three four five six seven eight nine".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


@given(st.integers(min_value=20, max_value=99))
def test_any_number_in_words_is_found(number: int) -> None:
    tens, unit = divmod(number, 10)
    words = TENS[tens - 2] + (f"-{UNITS[unit]}" if unit else "")
    assert number in written_numbers(f"At least {words} men were held.")


def write_gold(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_gold_reads_documents(tmp_path: Path) -> None:
    docs = load_gold(write_gold(tmp_path, [json.dumps(GOLD_DOC), ""]))
    assert [d.id for d in docs] == ["doc-1"]
    assert docs[0].claims[0].counts[0].low == 14


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ("{not json", "line 2: not valid JSON"),
        (json.dumps({**GOLD_DOC, "id": "doc-2", "text": "Nothing here."}), "line 2: "),
        (
            json.dumps({**GOLD_DOC, "claims": [{**GOLD_DOC["claims"][0], "type": "arrest"}]}),
            "line 2",
        ),
        (json.dumps({"id": "doc-3", "style": "wire"}), "line 2: text"),
        (json.dumps(GOLD_DOC), "line 2: duplicate document id"),
    ],
)
def test_a_malformed_gold_line_is_named_by_number(
    tmp_path: Path, bad_line: str, message: str
) -> None:
    path = write_gold(tmp_path, [json.dumps(GOLD_DOC), bad_line])
    with pytest.raises(InputError, match=message):
        load_gold(path)


def test_baseline_floors_and_ceilings(tmp_path: Path) -> None:
    claims = perfect_claims()
    claims[0] = claims[0].model_copy(update={"counts": [Figure(low=15, unit="journalists")]})
    report = evaluate(gold(), fake_analyze(claims[:1]))
    path = tmp_path / "baseline.json"
    path.write_text(
        json.dumps({"limits": {"events.f1": 0.9, "statements.recall": 0.5, "invented_numbers": 0}})
    )
    failures = below_baseline(report, load_baseline(path))
    assert len(failures) == 2
    assert failures[0].startswith("invented_numbers: 1 is above its ceiling 0")
    assert failures[1].startswith("statements.recall: 0.000 is below its floor 0.500")


def test_a_malformed_baseline_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    path.write_text('{"limits": {"events.f1": "high"}}')
    with pytest.raises(InputError, match="limits"):
        load_baseline(path)


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(factfinder.extract, "analyze", fake_analyze(perfect_claims()[:1]))


def test_eval_command_prints_tables_and_json(tmp_path: Path, fake_extractor: None) -> None:
    path = write_gold(tmp_path, [json.dumps(GOLD_DOC)])
    result = CliRunner().invoke(app, ["eval", str(path)])
    assert result.exit_code == 0, result.output
    assert "detention" in result.output and "figure exactness" in result.output
    result = CliRunner().invoke(app, ["eval", str(path), "--json"])
    report = json.loads(result.stdout)
    assert report["events"]["precision"] == 1.0
    assert report["statements"]["recall"] == 0.0


def test_eval_command_fails_below_the_baseline(tmp_path: Path, fake_extractor: None) -> None:
    path = write_gold(tmp_path, [json.dumps(GOLD_DOC)])
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"limits": {"events.f1": 0.9, "statements.recall": 0.8}}))
    result = CliRunner().invoke(app, ["eval", str(path), "--baseline", str(baseline)])
    assert result.exit_code == 1
    assert "statements.recall: 0.000 is below its floor 0.800" in result.stderr
    assert "events.f1" not in result.stderr


def test_eval_command_reports_a_malformed_gold_line_in_one_line(
    tmp_path: Path, fake_extractor: None
) -> None:
    path = write_gold(tmp_path, [json.dumps(GOLD_DOC), "{oops"])
    result = CliRunner().invoke(app, ["eval", str(path)])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert "line 2: not valid JSON" in result.stderr


def test_pinned_floors_sit_below_the_measured_scores(tmp_path: Path) -> None:
    claims = perfect_claims()
    claims[0] = claims[0].model_copy(update={"counts": [Figure(low=15, unit="journalists")]})
    report = evaluate(gold(), fake_analyze(claims))
    path = tmp_path / "baseline.json"
    limits = write_baseline(report, path)
    assert load_baseline(path) == limits
    assert limits["events.recall"] == 0.97
    assert limits["figure_exactness"] == 0.0
    assert limits["invented_numbers"] == 0
    assert not [name for name in limits if name.startswith("type.")], "one claim is too few"
    assert below_baseline(report, limits) == ["invented_numbers: 1 is above its ceiling 0"]
