"""The trigger record every event rule returns, before offsets, dates and figures are attached."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token


@dataclass
class Detection:
    """A trigger found in a sentence, before offsets, dates and figures are attached."""

    kind: str
    type: str
    trigger: Token
    agent: Token | None = None
    target: Token | None = None
    nominal: bool = False
    hedged: bool = False
    negated: bool = False
    speaker_is_agent: bool = False  # the reporting speaker is the actor (stance words)
    confidence: float = 0.8
    target_tail: Token | None = None  # a trailing modifier the target phrase runs on to
    called: bool = False  # told or called for by the governing verb's subject
    denier: Token | None = None  # the verb of a denial that names this (negated) act
