"""The type model file: plain JSON, read and scored without scikit-learn or pickle."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from factfinder.errors import InputError
from factfinder.extract.learned.model import (
    SHIPPED_MODEL,
    TypeModel,
    TypeWeights,
    load_model,
    save_model,
)


def small_model() -> TypeModel:
    return TypeModel(
        types={
            "detention": TypeWeights("event", -2.0, {"l:corral": 3.5, "c:question": -4.0}, 0.8),
            "condemn": TypeWeights("statement", -3.0, {"l:deplore": 4.0}, None, 0.01),
        },
        trained_on=["invented"],
    )


def test_probability_is_the_logistic_of_the_present_features_weights() -> None:
    weights = small_model().types["detention"]
    assert weights.probability(["l:corral"]) == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert weights.probability([]) == pytest.approx(1 / (1 + math.exp(2.0)))
    assert weights.probability(["l:unknown"]) == weights.probability([])


def test_a_saved_model_loads_with_the_same_weights_thresholds_and_scores(tmp_path: Path) -> None:
    model = small_model()
    path = tmp_path / "model.json"
    save_model(model, path)
    loaded = load_model(path)
    assert loaded == model
    features = {"l:corral", "l:deplore"}
    assert loaded.probabilities(features) == model.probabilities(features)
    assert json.loads(path.read_text())["types"]["condemn"]["drop_below"] == 0.01


def test_a_bad_model_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        load_model(tmp_path / "absent.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    with pytest.raises(InputError, match="not valid JSON"):
        load_model(broken)
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"format": 99, "types": {}}))
    with pytest.raises(InputError, match="format"):
        load_model(other)


def test_the_shipped_model_covers_every_type_and_has_thresholds() -> None:
    model = load_model(SHIPPED_MODEL)
    assert len(model.types) == 17
    assert any(w.add_above is not None for w in model.types.values())
    assert {"gold", "dev", "holdout2"} <= set(model.trained_on)
    assert not {"holdout", "holdout3", "holdout4"} & set(model.trained_on)


def test_the_shipped_model_is_read_and_used_without_scikit_learn() -> None:
    # scikit-learn made unimportable: the extractor must still load and apply the model
    code = (
        "import sys; sys.modules['sklearn'] = None\n"
        "from factfinder.extract import analyze\n"
        "from factfinder.extract.learned import shipped_model\n"
        "assert shipped_model() is not None\n"
        "analyze('Police detained 14 students in Orvik on Monday.')\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
