"""Monitoring: poll feeds and pages, ingest what is new, extract, link, and report what matters."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from factfinder.errors import FactfinderError, InputError
from factfinder.extract.run import extract_source
from factfinder.link.figures import figure_histories
from factfinder.link.run import run_link
from factfinder.protect.netguard import check_outbound_url
from factfinder.settings import HTTP_TIMEOUT_SECONDS
from factfinder.sources.feeds import FeedEntry, read_feed
from factfinder.sources.ingest import IngestOptions, IngestResult, ingest_bytes
from factfinder.sources.originals import sha256_hex
from factfinder.sources.web import USER_AGENT, FetchedPage, fetch_url
from factfinder.store.db import Store
from factfinder.store.linking import load_claims
from factfinder.store.models import Claim, IncidentClaim, WatchedFeed, WatchedItem, utcnow

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d)?\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600, "d": 86400}
MIN_INTERVAL_SECONDS = 10  # polling faster than this is abuse of someone else's server


@dataclass
class WatchNotice:
    """Something a monitor wants to hear about: a watch term in a new claim, or a new figure."""

    kind: str  # "term" | "figure"
    message: str
    source_id: int
    claim_id: int
    incident_id: int | None = None
    term: str | None = None


@dataclass
class WatchRound:
    """One polling round: what was fetched, what was new, what failed, and the notices."""

    polled: int = 0
    unchanged: int = 0
    new_sources: list[int] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    notices: list[WatchNotice] = field(default_factory=list)


def parse_interval(value: str) -> float:
    """`15m`, `1h`, `90s`, `2d` or plain seconds, as seconds (at least MIN_INTERVAL_SECONDS)."""
    match = _INTERVAL.match(value)
    if not match:
        raise InputError(f"not an interval: {value!r} (use e.g. 90s, 15m, 1h)")
    seconds = float(match.group(1)) * _UNIT_SECONDS[(match.group(2) or "s").lower()]
    if seconds < MIN_INTERVAL_SECONDS:
        raise InputError(f"interval too short: at least {MIN_INTERVAL_SECONDS} s between polls")
    return seconds


def parse_terms(value: str | None) -> list[str]:
    """Comma-separated watch terms, trimmed, empty ones dropped, matched case-insensitively."""
    return [term.strip() for term in (value or "").split(",") if term.strip()]


def poll_once(store: Store, urls: list[str], terms: list[str]) -> WatchRound:
    """Poll every feed or page once, then extract and link what is new, and say what matters.

    Each URL is fetched conditionally (the stored ETag / Last-Modified); entries already seen
    (by link or id) are not fetched again and bytes already preserved are not stored twice.
    The state lives in the database, so a restarted watch continues where it stopped.
    """
    outcome = WatchRound()
    for url in urls:
        outcome.polled += 1
        try:
            changed = _poll_url(store, url, outcome)
        except FactfinderError as exc:
            _remember_error(store, url, str(exc))
            outcome.failures.append((url, str(exc)))
            continue
        if not changed:
            outcome.unchanged += 1
    if outcome.new_sources:
        new_claims = _extract(store, outcome)
        run_link(store)
        outcome.notices = notices_for(store, new_claims, terms)
    return outcome


def watch(
    store: Store,
    urls: list[str],
    terms: list[str],
    every: float,
    on_round: Callable[[WatchRound], None],
    *,
    rounds: int | None = None,
) -> None:
    """Poll every `every` seconds until stopped (Ctrl-C) or, with `rounds`, that many times."""
    done = 0
    while rounds is None or done < rounds:
        on_round(poll_once(store, urls, terms))
        done += 1
        if rounds is None or done < rounds:
            time.sleep(every)


def _feed_row(session: Session, url: str) -> WatchedFeed:
    row = session.scalar(select(WatchedFeed).where(WatchedFeed.url == url))
    if row is None:
        row = WatchedFeed(url=url)
        session.add(row)
        session.flush()
    return row


def _remember_error(store: Store, url: str, reason: str | None) -> None:
    """Note the poll and its error (None: polled fine, nothing changed)."""
    with store.session() as session:
        row = _feed_row(session, url)
        row.polled_at, row.last_error = utcnow(), reason


def _conditional_get(store: Store, url: str) -> FetchedPage | None:
    """The page, or None when the server says (304) it has not changed since the last poll."""
    with store.session() as session:
        row = _feed_row(session, url)
        validators = {"If-None-Match": row.etag, "If-Modified-Since": row.last_modified}
    page = fetch_url(
        url,
        allow_private=store.settings.allow_private_addresses,
        headers={name: value for name, value in validators.items() if value},
    )
    return None if page.not_modified else page


def _poll_url(store: Store, url: str, outcome: WatchRound) -> bool:
    """Handle one feed or page; False when it has not changed since the last poll."""
    page = _conditional_get(store, url)
    if page is None:
        _remember_error(store, url, None)
        return False
    digest = sha256_hex(page.data)
    with store.session() as session:
        row = _feed_row(session, url)
        unchanged, feed_id = digest == row.content_sha256, row.id
    if unchanged:
        _save_validators(store, url, page, digest)
        return False
    try:
        _title, entries = read_feed(page.data)
    except InputError:
        entries = None
    if entries is None:  # not a feed: the page itself is watched, each new version a source
        complete = _handle_item(store, feed_id, digest, outcome, lambda: _ingest_page(store, page))
    else:
        # Every entry is handled even after one fails (a list, not a short-circuiting all()).
        handled = [
            _handle_entry(store, feed_id, url, number, entry, outcome)
            for number, entry in enumerate(entries, start=1)
        ]
        complete = all(handled)
    # Validators are kept only when every item was handled, so failed ones are retried.
    _save_validators(store, url, page, digest if complete else None)
    return True


def _save_validators(store: Store, url: str, page: FetchedPage, digest: str | None) -> None:
    with store.session() as session:
        row = _feed_row(session, url)
        row.polled_at, row.last_error = utcnow(), None
        if digest is not None:
            row.etag = page.headers.get("etag")
            row.last_modified = page.headers.get("last-modified")
            row.content_sha256 = digest


def _handle_entry(
    store: Store, feed_id: int, feed_url: str, number: int, entry: FeedEntry, outcome: WatchRound
) -> bool:
    key = entry.link or entry.entry_id or sha256_hex((entry.content or "").encode())
    return _handle_item(
        store, feed_id, key, outcome, lambda: _ingest_entry(store, feed_url, number, entry)
    )


def _handle_item(
    store: Store,
    feed_id: int,
    key: str,
    outcome: WatchRound,
    ingest: Callable[[], IngestResult],
) -> bool:
    """Ingest an item not seen before and remember it; False when it failed (retried later)."""
    with store.session() as session:
        seen = session.scalar(
            select(WatchedItem.id).where(
                WatchedItem.feed_id == feed_id, WatchedItem.item_key == key[:2000]
            )
        )
    if seen is not None:
        return True
    try:
        result = ingest()
    except FactfinderError as exc:
        result = IngestResult(key, "failed", reason=str(exc))
    if result.status == "failed":
        outcome.failures.append((result.target, result.reason or "failed"))
        return False
    if result.status == "preserved" and result.source_id is not None:
        outcome.new_sources.append(result.source_id)
    with store.session() as session:
        session.add(
            WatchedItem(
                feed_id=feed_id, item_key=key[:2000], source_id=result.source_id, seen_at=utcnow()
            )
        )
    return True


def _options(store: Store) -> IngestOptions:
    return IngestOptions(capture=False, collected_by=store.settings.collector)


def _ingest_page(store: Store, page: FetchedPage) -> IngestResult:
    return ingest_bytes(store, page.data, page.uri, _options(store), http=page, via="watch")


def _ingest_entry(store: Store, feed_url: str, number: int, entry: FeedEntry) -> IngestResult:
    """The entry's linked page, or the entry's own content when the page cannot be had."""
    info: dict[str, Any] = {"feed": feed_url, "entry_id": entry.entry_id, "link": entry.link}
    options = _options(store)
    options.published = entry.published
    reason = "entry has no link"
    if entry.link:
        try:
            page = fetch_url(entry.link, allow_private=store.settings.allow_private_addresses)
            result = ingest_bytes(
                store,
                page.data,
                entry.link,
                options,
                http=page,
                extra={"feed_entry": info},
                via="watch",
            )
            if result.ok:
                return result
            reason = result.reason or "page unusable"
        except FactfinderError as exc:
            reason = str(exc)
    if not entry.content:
        raise InputError(f"linked page unusable ({reason}) and the entry has no content")
    info["fallback_reason"] = reason
    return ingest_bytes(
        store,
        entry.content.encode("utf-8"),
        entry.link or entry.entry_id or f"{feed_url}#entry-{number}",
        options,
        media_type_hint=entry.content_type,
        extra={"feed_entry": info},
        via="watch",
    )


def _extract(store: Store, outcome: WatchRound) -> set[int]:
    """Extract the new sources; the ids of the claims they gave."""
    for source_id in outcome.new_sources:
        result = extract_source(store, source_id)
        if result.status == "failed":
            outcome.failures.append((f"source #{source_id}", result.reason or "extraction failed"))
    with store.session() as session:
        return set(
            session.scalars(select(Claim.id).where(Claim.source_id.in_(outcome.new_sources)))
        )


def notices_for(store: Store, new_claims: set[int], terms: list[str]) -> list[WatchNotice]:
    """Watch terms found in new claims, and figures of an incident that a new claim changed
    ("incident #3: now 5 facilities, was 2"), each pointing at the claim and its source."""
    notices: list[WatchNotice] = []
    folded = [(term, term.casefold()) for term in terms]
    with store.session() as session:
        claims = load_claims(session, new_claims)
        for claim in claims:
            sentence = claim.sentence.casefold()
            for term, needle in folded:
                if needle in sentence:
                    notices.append(
                        WatchNotice(
                            "term",
                            f"{term!r} in a new {claim.type} claim: {claim.sentence}",
                            claim.source_id,
                            claim.id,
                            term=term,
                        )
                    )
        memberships = session.execute(
            select(IncidentClaim.incident_id, IncidentClaim.claim_id).where(
                IncidentClaim.role == "event"
            )
        ).all()
        touched = {incident for incident, claim_id in memberships if claim_id in new_claims}
        for incident_id in sorted(touched):
            events = load_claims(session, [c for i, c in memberships if i == incident_id])
            notices.extend(_figure_changes(incident_id, events, new_claims))
    return notices


def _figure_changes(incident_id: int, events: list[Any], new_claims: set[int]) -> list[WatchNotice]:
    notices = []
    for history in figure_histories(events):
        earlier = [v for v in history.values if v.claim_id not in new_claims and not v.negated]
        latest = history.latest
        if latest.claim_id not in new_claims or not earlier:
            continue
        before = earlier[-1]
        if (before.low, before.high) == (latest.low, latest.high):
            continue
        notices.append(
            WatchNotice(
                "figure",
                f"incident #{incident_id}: now {_amount(latest.low, latest.high)} {history.unit}, "
                f"was {_amount(before.low, before.high)}",
                latest.source_id,
                latest.claim_id,
                incident_id,
            )
        )
    return notices


def _amount(low: int, high: int | None) -> str:
    return f"{low}–{high}" if high is not None and high != low else str(low)


def send_notices(notices: list[WatchNotice], url: str, *, allow_private: bool = False) -> None:
    """POST the notices as JSON to a webhook; an unreachable hook is an InputError."""
    if not allow_private:
        check_outbound_url(url)
    try:
        response = httpx.post(
            url,
            json={"notices": [asdict(n) for n in notices]},
            timeout=HTTP_TIMEOUT_SECONDS,
            headers={"User-Agent": USER_AGENT},
        )
    except httpx.HTTPError as exc:
        raise InputError(f"cannot notify {url} ({type(exc).__name__})") from None
    if response.status_code >= 400:
        raise InputError(f"cannot notify {url} (HTTP {response.status_code})")
