"""Extraction stage: read a source's text and find the claims it makes (analyze)."""

from __future__ import annotations

from typing import Any

__all__ = ["analyze", "detect_language"]


def __getattr__(name: str) -> Any:
    # Loaded on first use: importing the stage (e.g. for text extraction during ingest)
    # must not pay for loading spaCy.
    if name == "analyze":
        from factfinder.extract.extractor import analyze

        globals()["analyze"] = analyze
        return analyze
    if name == "detect_language":
        from factfinder.extract.language import detect_language

        globals()["detect_language"] = detect_language
        return detect_language
    raise AttributeError(name)
