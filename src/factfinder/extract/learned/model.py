"""The learned type model at run time: per-type linear weights read from JSON, scored in Python.

The weights are written by `factfinder.extract.learned.train` (which needs scikit-learn);
reading and scoring them needs nothing beyond the standard library, and no pickle is ever
loaded, so a model file is plain data that can be reviewed and diffed.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from factfinder.errors import InputError

MODEL_FORMAT = 1
SHIPPED_MODEL = Path(__file__).resolve().parent.parent / "data" / "type_model.json"


@dataclass(frozen=True)
class TypeWeights:
    """One type's one-vs-rest logistic regression and the thresholds chosen for it.

    `add_above`: a sentence the rules gave no claim of this type gets one when the model's
    probability reaches it (None: never). `drop_below`: a rule claim of this type is dropped
    when the probability falls under it (None: never).
    """

    kind: str
    bias: float
    weights: dict[str, float]
    add_above: float | None = None
    drop_below: float | None = None

    def probability(self, features: Iterable[str]) -> float:
        """P(the sentence asserts this type), the logistic of the summed weights."""
        score = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        if score < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-score))


@dataclass(frozen=True)
class TypeModel:
    """Every type's weights, and what the model was trained on (for the record)."""

    types: dict[str, TypeWeights]
    trained_on: list[str] = field(default_factory=list)

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        present = set(features)
        return {name: weights.probability(present) for name, weights in self.types.items()}

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": MODEL_FORMAT,
            "trained_on": self.trained_on,
            "types": {
                name: {
                    "kind": w.kind,
                    "bias": w.bias,
                    "add_above": w.add_above,
                    "drop_below": w.drop_below,
                    "weights": dict(sorted(w.weights.items())),
                }
                for name, w in sorted(self.types.items())
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TypeModel:
        if data.get("format") != MODEL_FORMAT:
            raise InputError(f"type model format {data.get('format')!r} is not {MODEL_FORMAT}")
        types = {
            name: TypeWeights(
                kind=entry["kind"],
                bias=float(entry["bias"]),
                weights={f: float(w) for f, w in entry["weights"].items()},
                add_above=entry.get("add_above"),
                drop_below=entry.get("drop_below"),
            )
            for name, entry in data["types"].items()
        }
        return cls(types=types, trained_on=list(data.get("trained_on", [])))


def save_model(model: TypeModel, path: Path) -> None:
    """Write the model as compact, sorted JSON so that retraining shows as a small diff."""
    path.write_text(
        json.dumps(model.to_dict(), separators=(",", ":"), sort_keys=False) + "\n",
        encoding="utf-8",
    )


def load_model(path: Path | str) -> TypeModel:
    """Read a model file; a missing or malformed file is one clear InputError."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read type model {path}: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"type model {path} is not valid JSON ({exc.msg})") from None
    return TypeModel.from_dict(data)


@cache
def shipped_model() -> TypeModel | None:
    """The model shipped with the package, read once; None when the package has none."""
    if not SHIPPED_MODEL.exists():
        return None
    return load_model(SHIPPED_MODEL)
