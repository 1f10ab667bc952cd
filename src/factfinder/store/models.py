"""ORM tables for the records the design names: Source, DerivedFile, CustodyEntry, Claim."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
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
    # Confidentiality (protect/levels.py): public | restricted | confidential.
    level: Mapped[str] = mapped_column(
        String(20), default="public", server_default="public", index=True
    )

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
    __table_args__ = (
        UniqueConstraint("source_id", "fingerprint"),
        # The lists' filters in reading order (web/records.py), so a page never sorts them all.
        Index("ix_claims_reading_order", "source_id", "start", "id"),
        Index("ix_claims_status_reading_order", "review_status", "source_id", "start", "id"),
        Index("ix_claims_type_reading_order", "type", "source_id", "start", "id"),
    )

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
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
    extracted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    # The extractor's values of the fields a reviewer edited (field → value); the columns above
    # hold the reviewer's values and a re-extraction updates only this (store/claims.py).
    original_values: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # At least its source's level (protect/levels.strictest); start/end index the unredacted text.
    level: Mapped[str] = mapped_column(
        String(20), default="public", server_default="public", index=True
    )


# --- linking (link/): near-duplicate sources, actors, incidents and the user's decisions ---


class SourceDuplicate(Base):
    """A source's near-duplicate group (the lowest source id in it); rebuilt on every link run."""

    __tablename__ = "source_duplicates"

    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True
    )
    group_id: Mapped[int] = mapped_column(Integer, index=True)
    # Estimated Jaccard similarity of word shingles to the group's first source (1.0 for it).
    similarity: Mapped[float] = mapped_column(Float)


class SourceSignature(Base):
    """A source's MinHash signature, so grouping a new source never re-reads older texts.

    `hashvalues` is None for a text too short to compare: the row still says it was looked at.
    """

    __tablename__ = "source_signatures"

    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True
    )
    # NUM_PERM unsigned 64-bit integers, little-endian (link/duplicates.py).
    hashvalues: Mapped[bytes | None] = mapped_column(LargeBinary)


class SourceBand(Base):
    """One LSH band key of a source's signature: sources sharing a key are duplicate candidates."""

    __tablename__ = "source_bands"
    __table_args__ = (Index("ix_source_bands_band_key", "band", "key"),)

    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True
    )
    band: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[int] = mapped_column(BigInteger)


class Actor(Base):
    """A person, organisation, state body or state that claims name; aliases map spellings to it."""

    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    # government | state_security | official | media | ngo | international_body | person
    type: Mapped[str] = mapped_column(String(40))
    country_code: Mapped[str | None] = mapped_column(String(2))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    aliases: Mapped[list[ActorAlias]] = relationship(
        back_populates="actor", order_by="ActorAlias.id", cascade="all, delete-orphan"
    )


class ActorAlias(Base):
    """One spelling of an actor; `key` is the normalised form that resolution looks up."""

    __tablename__ = "actor_aliases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    # "auto" when linking found it, "user" when someone set it; user aliases always win.
    origin: Mapped[str] = mapped_column(String(10), default="auto")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    actor: Mapped[Actor] = relationship(back_populates="aliases")


class ClaimActor(Base):
    """Which actor a claim's agent, attribution or statement target resolved to."""

    __tablename__ = "claim_actors"

    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    # agent | attributed_to | target
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)


class Incident(Base):
    """Claims across sources judged to describe the same happening; ids survive re-runs."""

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    types: Mapped[list[Any]] = mapped_column(JSON, default=list)
    place: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    when: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    when_start: Mapped[dt.date | None] = mapped_column(Date, index=True)
    independent_sources: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class IncidentClaim(Base):
    """A claim's membership of an incident, with the score and the features that put it there."""

    __tablename__ = "incident_claims"

    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(20))  # event | statement
    # The claim it was linked through (None for the first claim of an incident).
    matched_claim_id: Mapped[int | None] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float)
    features: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # Where the claim comes from for independence: "actor:<id>" (who it is attributed to, or
    # the publisher) or "source:<group id>" (a near-duplicate group counts once).
    origin: Mapped[str] = mapped_column(String(60))


class LinkDecision(Base):
    """A user's merge or split of incidents, kept by claim ids and re-applied on every link run."""

    __tablename__ = "link_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action: Mapped[str] = mapped_column(String(10))  # merge | split
    claim_ids: Mapped[list[Any]] = mapped_column(JSON)
    decided_by: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)


class LinkState(Base):
    """How far the last link run got (one row), so the next one links only what changed."""

    __tablename__ = "link_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_high_water: Mapped[int] = mapped_column(Integer)
    source_high_water: Mapped[int] = mapped_column(Integer)
    decision_high_water: Mapped[int] = mapped_column(Integer)
    # sha256 of the user aliases (key → actor) the run saw: a change forces a full relink.
    alias_digest: Mapped[str] = mapped_column(String(64))
    extractor_version: Mapped[str] = mapped_column(String(40))
    ran_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class EventBlock(Base):
    """One block key of a counted claim (link/incremental.py): finds a new claim's neighbours."""

    __tablename__ = "event_blocks"
    __table_args__ = (
        Index("ix_event_blocks_key_start", "key", "start_ordinal", "claim_id"),
        Index("ix_event_blocks_key_source", "key", "source_id", "claim_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(300))
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    # The claim's first day as an ordinal (None: undated), the order windows are taken in.
    start_ordinal: Mapped[int | None] = mapped_column(Integer)
    source_id: Mapped[int] = mapped_column(Integer)


# --- protection (protect/): the audit log, users and their API tokens ---


class AuditEntry(Base):
    """One append-only entry of the audit log, hash-linked to the entry before it.

    Details hold ids, hashes and counts only: never names of people or source text.
    """

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40), index=True)
    object_type: Mapped[str | None] = mapped_column(String(40))
    object_id: Mapped[str | None] = mapped_column(String(80))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


class User(Base):
    """Someone who signs in: a role, an Argon2id password hash, and the failed-attempt count."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(20))  # admin | investigator | reviewer | viewer
    password_hash: Mapped[str] = mapped_column(String(200))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    last_sign_in_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # Two-factor sign-in (protect/totp.py): the base32 secret, envelope-encrypted under the
    # home's key when one is configured (`totp_key_id` says under which); set but not enabled
    # while a user is still confirming it with a first code.
    totp_secret: Mapped[str | None] = mapped_column(Text)
    totp_key_id: Mapped[str | None] = mapped_column(String(16))
    totp_enabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # The last time step whose code was accepted: a code is good once (no replay).
    totp_last_step: Mapped[int | None] = mapped_column(Integer)


class ApiToken(Base):
    """An API token, kept only as the SHA-256 of its secret (shown once, when it is made)."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class Person(Base):
    """A victim, witness or other person in the material: shown everywhere by a stable pseudonym.

    `identity` and `aliases` (a JSON list) are envelope-encrypted under the home's key when one
    is configured (`key_id` says under which); without a key they are stored as plain text.
    """

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pseudonym: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # victim | witness | detainee | source | other
    identity: Mapped[str] = mapped_column(Text)
    aliases: Mapped[str] = mapped_column(Text)
    key_id: Mapped[str | None] = mapped_column(String(16))
    level: Mapped[str] = mapped_column(
        String(20), default="public", server_default="public", index=True
    )
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class ProtectedTerm(Base):
    """A user-defined word or phrase shown as [REDACTED] to roles that may not see identities."""

    __tablename__ = "protected_terms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    term: Mapped[str] = mapped_column(Text)  # encrypted like Person.identity
    key_id: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


# --- web (web/): reviewers' comments on claims and incidents ---


class Comment(Base):
    """A signed-in user's remark on a claim or an incident, kept with who wrote it and when."""

    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    object_type: Mapped[str] = mapped_column(String(20))  # claim | incident
    object_id: Mapped[int] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class ClaimEdit(Base):
    """One field of a claim changed by a reviewer: the value before and after, who and when."""

    __tablename__ = "claim_edits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(20))
    old: Mapped[Any] = mapped_column(JSON, nullable=True)
    new: Mapped[Any] = mapped_column(JSON, nullable=True)
    edited_by: Mapped[str] = mapped_column(String(200))
    edited_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)


class IncidentTag(Base):
    """A tag on an incident; keyed by the incident's id, which survives `link` re-runs."""

    __tablename__ = "incident_tags"

    incident_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tag: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)
    added_by: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


# --- scale (batch failures, watch state) ---


class BatchFailure(Base):
    """An item a batch could not process, with the reason; kept so a long run can be audited."""

    __tablename__ = "batch_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item: Mapped[str] = mapped_column(String(2000), index=True)
    stage: Mapped[str] = mapped_column(String(20))  # acquire | extract
    reason: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class WatchedFeed(Base):
    """A feed or page `watch` polls: the validators of its last answer, for conditional GETs."""

    __tablename__ = "watched_feeds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    content_sha256: Mapped[str | None] = mapped_column(String(64))
    polled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)


class WatchedItem(Base):
    """One feed entry (or page version) `watch` has handled, so a restart never redoes it."""

    __tablename__ = "watched_items"
    __table_args__ = (UniqueConstraint("feed_id", "item_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("watched_feeds.id", ondelete="CASCADE"))
    item_key: Mapped[str] = mapped_column(String(2000))  # the entry's link, id, or page sha256
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"))
    seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
