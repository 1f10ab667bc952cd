"""The Claim record that extraction returns: plain data, serialised to the JSON contract."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

EVENT_TYPES = (
    "detention",
    "enforced_disappearance",
    "torture",
    "killing",
    "death_threat",
    "incitement",
    "extortion",
    "forced_displacement",
    "harassment",
    "release",
)
STATEMENT_TYPES = (
    "condemn",
    "criticize",
    "express_concern",
    "call_for_investigation",
    "demand",
    "deny",
    "no_public_statement",
)
QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to")
PRECISIONS = ("day", "week", "month", "year")


class Place(BaseModel):
    """A place named in the sentence, resolved against an offline gazetteer where possible."""

    name: str
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None


class When(BaseModel):
    """A resolved time interval and how precisely the source gave it (never a fake day)."""

    start: dt.date
    end: dt.date
    precision: Literal["day", "week", "month", "year"]


class Figure(BaseModel):
    """A number written in the sentence (digits or words), never inferred."""

    low: int
    high: int | None = None
    unit: str
    qualifier: Literal["exact", "at_least", "more_than", "about", "up_to"] = "exact"
    # The earlier value this one revises ("six, not two as originally reported"), or None.
    supersedes: Figure | None = None


class Claim(BaseModel):
    """One thing a source asserts, anchored so that text[start:end] == sentence."""

    kind: Literal["event", "statement"]
    type: str
    sentence: str
    start: int
    end: int
    agent: str | None = None
    target: str | None = None
    place: Place | None = None
    when: When | None = None
    counts: list[Figure] = Field(default_factory=list)
    attributed_to: str | None = None
    quote: bool = False
    negated: bool = False
    hedged: bool = False
    confidence: float = Field(ge=0.0, le=1.0)
