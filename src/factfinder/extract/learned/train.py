"""Retrain the shipped type model: `python -m factfinder.extract.learned.train`.

Fits one logistic regression per type (scikit-learn, fixed seed, so a rerun writes the same
file), chooses each kind's add threshold and the types that add nothing by leave-one-set-out
cross-validation (or, with --validate, on sets the rules were never tuned on), prints the
rules-only and rules+model scores of every left-out or validation set, and writes the weights
as JSON.
Needs the `train` extra (scikit-learn); the extractor reading the file does not.
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from factfinder.extract.evaluation import EvalReport, Score, evaluate, load_gold
from factfinder.extract.learned.corpus import (
    KIND_OF,
    TRAINING_SETS,
    TYPES,
    Example,
    load_examples,
    set_path,
)
from factfinder.extract.learned.model import SHIPPED_MODEL, TypeModel, TypeWeights, save_model
from factfinder.extract.learned.proposals import LearnedTypes, propose

# Inverse regularisation strength: ~1,300 claims over ~10,000 features need a firm prior.
REGULARISATION_C = 1.0
# A feature seen in fewer training sentences than this is noise, and only grows the file.
MIN_FEATURE_COUNT = 2
# Weights smaller than this change no decision; leaving them out keeps the file small.
MIN_WEIGHT = 0.05
SEED = 0
THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
# Probabilities under which a rule claim may be dropped: only the very unlikely are tried.
DROP_THRESHOLDS = (0.01, 0.02, 0.05)
# How much micro precision a left-out set may lose to the model's additions, at most: about
# 0.01, which lets the smallest set (~75 claims of a kind) take one spurious claim.
MAX_PRECISION_LOSS = 0.0125
KINDS = ("event", "statement")
# Proposals of one type on the validation sets, at least, before they (and not
# cross-validation) decide whether the type adds claims: fewer is too few to tell.
MIN_VALIDATION_PROPOSALS = 5
# Turns of choosing thresholds and silent types in alternation; they settle in two or three.
MAX_CHOICE_ROUNDS = 5


def features_for(example: Example, type_name: str) -> set[str]:
    """The sentence's features as one type's model sees them: without the rules' verdict on
    that same type (it is what the model is asked to second-guess) or the kind summary."""
    own = f"r:{type_name}"
    return {
        f
        for f in example.features
        if f != own
        and not f.startswith(own + ":")
        and f not in ("r:event", "r:statement", "r:none")
    }


def fit(examples: Sequence[Example]) -> TypeModel:
    """One-vs-rest logistic regression per type over binary sentence features (thresholds
    are set afterwards, by with_thresholds)."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for example in examples:
        for feature in example.features:
            counts[feature] = counts.get(feature, 0) + 1
    vocabulary = sorted(f for f, c in counts.items() if c >= MIN_FEATURE_COUNT)
    index = {f: i for i, f in enumerate(vocabulary)}
    types: dict[str, TypeWeights] = {}
    for type_name in TYPES:
        cells = [
            (row, index[f])
            for row, example in enumerate(examples)
            for f in sorted(features_for(example, type_name))
            if f in index
        ]
        rows = csr_matrix(
            ([1.0] * len(cells), ([r for r, _ in cells], [c for _, c in cells])),
            shape=(len(examples), len(vocabulary)),
        )
        labels = np.array([1 if e.gold[type_name] else 0 for e in examples])
        kind = KIND_OF[type_name]
        if labels.sum() < 2:
            continue  # nothing to learn from: the type gets no model, so no proposals
        model = LogisticRegression(
            C=REGULARISATION_C,
            solver="liblinear",
            class_weight="balanced",
            random_state=SEED,
            max_iter=1000,
        )
        model.fit(rows, labels)
        weights = {
            vocabulary[j]: round(float(w), 4)
            for j, w in enumerate(model.coef_[0])
            if abs(w) >= MIN_WEIGHT
        }
        types[type_name] = TypeWeights(
            kind=kind,
            bias=round(float(model.intercept_[0]), 4),
            weights=weights,
        )
    return TypeModel(types=types)


def with_thresholds(
    model: TypeModel,
    adds: dict[str, float | None],
    drops: dict[str, float | None] | None = None,
    silent: set[str] | frozenset[str] = frozenset(),
) -> TypeModel:
    """The model with each kind's add and drop thresholds set; `silent` types add nothing."""
    drops = drops or {}
    return replace(
        model,
        types={
            name: replace(
                w,
                add_above=None if name in silent else adds.get(w.kind),
                drop_below=drops.get(w.kind),
            )
            for name, w in model.types.items()
        },
    )


@dataclass
class Fold:
    """One left-out set: the rules' own score on it and the proposals a model made for it."""

    name: str
    path: Path
    rules: EvalReport
    # (type, kind, probability, right): a proposal the fold's model could make, and whether
    # the sentence holds a gold claim of its type
    proposals: list[tuple[str, str, float, bool]]
    model: TypeModel


def folds_of(examples: dict[str, list[Example]], paths: dict[str, Path]) -> list[Fold]:
    """Leave each set out in turn: train on the others, propose on it, score the rules on it
    (`paths`: each set's file, by name)."""
    folds: list[Fold] = []
    for name, held in examples.items():
        training = [e for other, rows in examples.items() if other != name for e in rows]
        folds.append(fold_of(name, paths[name], held, fit(training)))
    return folds


def fold_of(name: str, path: Path, held: list[Example], model: TypeModel) -> Fold:
    """A set the model was not trained on: the rules' score on it and every proposal the
    model could make there, with its probability and whether the sentence holds the type."""
    proposals: list[tuple[str, str, float, bool]] = []
    for example in held:
        for type_name, weights in model.types.items():
            if type_name in example.fired:
                continue
            probability = weights.probability(example.features)
            if probability < THRESHOLDS[0]:
                continue
            if propose(example.span, type_name, weights, probability, example.found):
                right = bool(example.gold[type_name])
                proposals.append((type_name, weights.kind, probability, right))
    rules = evaluate(load_gold(path), functools.partial(_analyze, supplement=None))
    return Fold(name, path, rules, proposals, model)


def _analyze(text, published, supplement):  # noqa: ANN001, ANN202 - evaluate's signature
    from factfinder.extract.extractor import analyze

    return analyze(text, published, supplement=supplement)


def choose_thresholds(folds: list[Fold]) -> dict[str, float | None]:
    """Per kind, the lowest threshold at which no left-out set loses more than
    MAX_PRECISION_LOSS of micro precision (None when every threshold does)."""
    chosen: dict[str, float | None] = {}
    for kind in KINDS:
        chosen[kind] = None
        for threshold in THRESHOLDS:
            if all(_precision_loss(fold, kind, threshold) <= MAX_PRECISION_LOSS for fold in folds):
                chosen[kind] = threshold
                break
    return chosen


def choose_thresholds_on(validation: list[Fold], silent: set[str]) -> dict[str, float | None]:
    """Per kind, the threshold with the highest F1 over sets neither the rules nor the model
    were tuned on, pooled (None when no threshold beats the rules alone; ties go to the higher).

    Cross-validation over the training sets is biased against the model: the rules were
    written from those very sets, so what they still miss there is the hardest residue,
    and a left-out set's proposals look worse than they are on new reports."""
    chosen: dict[str, float | None] = {}
    for kind in KINDS:
        scores = [_of_kind(fold.rules, kind) for fold in validation]
        tp, fp, fn = (sum(getattr(s, part) for s in scores) for part in ("tp", "fp", "fn"))
        best, chosen[kind] = _f1(tp, fp, fn), None
        for threshold in sorted(THRESHOLDS, reverse=True):
            added = [
                right
                for fold in validation
                for name, k, p, right in fold.proposals
                if k == kind and p >= threshold and name not in silent
            ]
            right = sum(added)
            f1 = _f1(tp + right, fp + len(added) - right, fn - right)
            if f1 > best:
                best, chosen[kind] = f1, threshold
    return chosen


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _precision_loss(fold: Fold, kind: str, threshold: float) -> float:
    score = fold.rules.events if kind == "event" else fold.rules.statements
    added = [right for _, k, p, right in fold.proposals if k == kind and p >= threshold]
    before = score.precision or 0.0
    tp, fp = score.tp + sum(added), score.fp + len(added) - sum(added)
    return before - (tp / (tp + fp) if tp + fp else 0.0)


def unreliable_types(folds: list[Fold], adds: dict[str, float | None]) -> set[str]:
    """Types whose proposals, at their kind's threshold, were right no more often than wrong
    over all left-out sets: they add no claims ("condemn" read where "criticize" is meant)."""
    return {name for name, (right, wrong) in _tally(folds, adds).items() if right <= wrong}


def _tally(folds: list[Fold], adds: dict[str, float | None]) -> dict[str, tuple[int, int]]:
    """Per type, how many of its proposals at its kind's threshold were right and wrong."""
    tally: dict[str, list[int]] = {}
    for fold in folds:
        for type_name, kind, probability, right in fold.proposals:
            threshold = adds.get(kind)
            if threshold is not None and probability >= threshold:
                tally.setdefault(type_name, [0, 0])[0 if right else 1] += 1
    return {name: (right, wrong) for name, (right, wrong) in tally.items()}


def silent_on(validation: list[Fold], folds: list[Fold], adds: dict[str, float | None]) -> set[str]:
    """The types that add nothing at these thresholds: decided on the validation sets where a
    type made at least MIN_VALIDATION_PROPOSALS proposals (right no more often than wrong
    there), and on the cross-validation `folds` where it made fewer.

    Cross-validation judges a type on what the rules still miss in the sets they were
    written from, which is the hardest residue; validation sets are new text, but small,
    so a type seen there only a few times keeps cross-validation's verdict."""
    tally = _tally(validation, adds)
    decided = {
        name for name, (right, wrong) in tally.items() if right + wrong >= MIN_VALIDATION_PROPOSALS
    }
    unreliable = {name for name in decided if tally[name][0] <= tally[name][1]}
    return unreliable | (unreliable_types(folds, adds) - decided)


def validated_choice(
    validation: list[Fold], folds: list[Fold]
) -> tuple[dict[str, float | None], set[str]]:
    """Thresholds and silent types chosen together on the validation sets: each depends on
    the other (a silent type's proposals do not count toward a threshold, and a type is
    judged at its kind's threshold), so the two are chosen in turn until neither changes."""
    silent: set[str] = set()
    adds = choose_thresholds_on(validation, silent)
    for _ in range(MAX_CHOICE_ROUNDS):
        again = silent_on(validation, folds, adds)
        if again == silent:
            break
        silent = again
        adds = choose_thresholds_on(validation, silent)
    return adds, silent


def score_folds(
    folds: list[Fold],
    adds: dict[str, float | None],
    drops: dict[str, float | None],
    silent: set[str] | frozenset[str] = frozenset(),
) -> list[EvalReport]:
    """Each left-out set scored end to end with its fold's model and these thresholds."""
    reports = []
    for fold in folds:
        supplement = LearnedTypes(with_thresholds(fold.model, adds, drops, silent))
        gold = load_gold(fold.path)
        reports.append(evaluate(gold, functools.partial(_analyze, supplement=supplement)))
    return reports


def choose_drops(
    folds: list[Fold], adds: dict[str, float | None], silent: set[str]
) -> dict[str, float | None]:
    """Per kind, the highest drop threshold that removes spurious rule claims on the left-out
    sets without losing a single true one (None when every threshold loses one or gains
    nothing): a dropped claim is gone for the reviewer, so only a free gain is taken."""
    before = score_folds(folds, adds, {}, silent)
    chosen: dict[str, float | None] = {}
    for kind in KINDS:
        chosen[kind] = None
        for threshold in sorted(DROP_THRESHOLDS, reverse=True):
            after = score_folds(folds, adds, {kind: threshold}, silent)
            pairs = [
                (_of_kind(o, kind), _of_kind(n, kind)) for o, n in zip(before, after, strict=True)
            ]
            lost = any(new.tp < old.tp for old, new in pairs)
            removed = sum(old.fp - new.fp for old, new in pairs)
            if not lost and removed > 0:
                chosen[kind] = threshold
                break
    return chosen


def _of_kind(report: EvalReport, kind: str) -> Score:
    return report.events if kind == "event" else report.statements


def cross_validation_table(folds: list[Fold], reports: list[EvalReport]) -> list[str]:
    """Rules-only against rules+model on each left-out set, re-scored end to end."""
    lines = [
        f"{'left out':<10} {'events rules P/R':>17} {'events +model P/R':>18} "
        f"{'statements rules P/R':>21} {'statements +model P/R':>22}"
    ]
    for fold, both in zip(folds, reports, strict=True):
        lines.append(
            f"{fold.name:<10} {_pr(fold.rules.events):>17} {_pr(both.events):>18} "
            f"{_pr(fold.rules.statements):>21} {_pr(both.statements):>22}"
        )
    return lines


def _pr(score) -> str:  # noqa: ANN001 - a Score
    return f"{score.precision or 0:.3f}/{score.recall or 0:.3f}"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m factfinder.extract.learned.train", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--extra",
        action="append",
        default=[],
        help="another annotated .jsonl set to train on (and to leave out in turn)",
    )
    parser.add_argument(
        "--output", type=Path, default=SHIPPED_MODEL, help="where to write the model JSON"
    )
    parser.add_argument(
        "--validate",
        action="append",
        default=[],
        metavar="SET",
        help="an annotated set the rules were never tuned on (not trained on either; may be "
        "repeated): the add thresholds are the ones with the highest F1 over these sets, "
        "not cross-validation's, and a type proposed often enough there adds claims only "
        "if it was right there more often than wrong",
    )
    args = parser.parse_args(argv)
    names = [*TRAINING_SETS, *args.extra]
    examples = load_examples(names)
    folds = folds_of(examples, {Path(n).stem: set_path(n) for n in names})
    adds = choose_thresholds(folds)
    silent = unreliable_types(folds, adds)
    drops = choose_drops(folds, adds, silent)
    print(
        f"by leave-one-set-out cross-validation: add above {adds}, "
        f"no additions of {sorted(silent)}, drop below {drops}"
    )
    for line in cross_validation_table(folds, score_folds(folds, adds, drops, silent)):
        print(line)
    model = fit([e for rows in examples.values() for e in rows])
    if args.validate:
        held = load_examples(args.validate)
        validation = [
            fold_of(name, set_path(path), held[name], model)
            for name, path in zip(held, args.validate, strict=True)
        ]
        adds, silent = validated_choice(validation, folds)
        print(
            f"on {', '.join(held)}, which the rules were not tuned on: add above {adds}, "
            f"no additions of {sorted(silent)}"
        )
        for line in cross_validation_table(
            validation, score_folds(validation, adds, drops, silent)
        ):
            print(line)
    model = with_thresholds(model, adds, drops, silent)
    model = replace(model, trained_on=[Path(n).stem for n in names])
    save_model(model, args.output)
    size = args.output.stat().st_size
    print(f"wrote {args.output} ({len(model.types)} types, {size:,} bytes)")


if __name__ == "__main__":
    main()
