"""ORM tables for the records the design names: Source, DerivedFile, CustodyEntry, Claim."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator):
    """Stores aware datetimes as naive UTC and returns them aware, on SQLite and PostgreSQL."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def utcnow() -> dt.datetime:
    """Now, in UTC, to the microsecond."""
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Source(Base):
    """One acquired item; its original bytes are preserved verbatim under originals/<sha256>."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uri: Mapped[str] = mapped_column(Text)
    final_uri: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100))
    retrieved_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    collected_by: Mapped[str] = mapped_column(String(200))
    factfinder_version: Mapped[str] = mapped_column(String(40))
    http_status: Mapped[int | None] = mapped_column(Integer)
    http_headers: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    title: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[dt.date | None] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(String(20))
    text: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    note: Mapped[str | None] = mapped_column(Text)
    # Anything else learnt on acquisition: redirect chain, embedded media, feed entry, WARC record,
    # why no screenshot was taken. Kept as JSON because its shape differs by kind of target.
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Bumped by `extract` so a re-run knows which sources are up to date.
    extracted_with: Mapped[str | None] = mapped_column(String(40))

    derived_files: Mapped[list[DerivedFile]] = relationship(
        back_populates="source", order_by="DerivedFile.id"
    )
    custody: Mapped[list[CustodyEntry]] = relationship(
        back_populates="source", order_by="CustodyEntry.seq"
    )


class DerivedFile(Base):
    """A file made from a source at capture time (screenshot, rendered HTML), hashed on its own."""

    __tablename__ = "derived_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    source: Mapped[Source] = relationship(back_populates="derived_files")


class CustodyEntry(Base):
    """One append-only step in a source's chain of custody, hash-linked to the step before."""

    __tablename__ = "custody_entries"
    __table_args__ = (UniqueConstraint("source_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))

    source: Mapped[Source] = relationship(back_populates="custody")


class Claim(Base):
    """One thing a source asserts, anchored to the exact sentence (text[start:end])."""

    __tablename__ = "claims"
    __table_args__ = (UniqueConstraint("source_id", "fingerprint"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    # Stable identity across re-extraction (kind, type, span, agent, target) so that a re-run
    # updates the same row and never loses a reviewer's decision.
    fingerprint: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20), index=True)
    type: Mapped[str] = mapped_column(String(40), index=True)
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    agent: Mapped[str | None] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(Text)
    place: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    when: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    when_start: Mapped[dt.date | None] = mapped_column(Date, index=True)
    counts: Mapped[list[Any]] = mapped_column(JSON, default=list)
    attributed_to: Mapped[str | None] = mapped_column(Text)
    quote: Mapped[bool] = mapped_column(Boolean, default=False)
    negated: Mapped[bool] = mapped_column(Boolean, default=False)
    hedged: Mapped[bool] = mapped_column(Boolean, default=False)
    confidence: Mapped[float] = mapped_column(Float)
    # extracted → confirmed | disputed | rejected; 'stale' when a re-run no longer finds it.
    review_status: Mapped[str] = mapped_column(String(20), default="extracted", index=True)
    reviewer: Mapped[str | None] = mapped_column(String(200))
    reviewer_note: Mapped[str | None] = mapped_column(Text)
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    extracted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
