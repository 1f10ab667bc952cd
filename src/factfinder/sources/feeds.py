"""Read RSS/Atom feeds with feedparser into entries that each become one source."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax import SAXParseException

import feedparser

from factfinder.errors import InputError


@dataclass
class FeedEntry:
    """One feed item: where its page is, and its own content in case that page cannot be had."""

    entry_id: str | None
    link: str | None
    title: str | None
    published: dt.date | None
    content: str | None
    content_type: str


def read_feed(data: bytes) -> tuple[str | None, list[FeedEntry]]:
    """The feed's title and its entries; a document that is no RSS/Atom feed is refused."""
    if not data.strip():
        raise InputError("empty feed")
    try:
        parsed = feedparser.parse(data)
    except (ValueError, LookupError) as exc:
        # feedparser decodes by the declared encoding and fails on a garbled declaration
        # (a NUL or a stray byte in it, found by property tests).
        reason = type(exc).__name__
        raise InputError(f"malformed feed: its encoding cannot be read ({reason})") from None
    problem = parsed.get("bozo_exception")
    # Feeds with a wrong declared encoding are common and harmless; XML that is not well formed
    # (cut off, not a feed at all) would give entries feedparser had to guess.
    if not parsed.get("version") or isinstance(problem, SAXParseException):
        reason = f"line {problem.getLineNumber()}: {problem.getMessage()}" if problem else "no feed"
        raise InputError(f"malformed feed: not well-formed RSS or Atom ({reason})")
    if not parsed.entries:
        raise InputError("feed has no entries")
    return parsed.feed.get("title"), [_entry(item) for item in parsed.entries]


def _entry(item: feedparser.FeedParserDict) -> FeedEntry:
    content, content_type = None, "text/html"
    if item.get("content"):
        content = item.content[0].get("value")
        content_type = item.content[0].get("type") or content_type
    elif item.get("summary"):
        content = item.summary
        content_type = (item.get("summary_detail") or {}).get("type") or content_type
    link = item.get("link") or ""
    published = None
    stamp = item.get("published_parsed") or item.get("updated_parsed")
    if stamp:
        try:
            published = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
        except ValueError:  # feedparser passes year 0 through (found by fuzzing): no date
            published = None
    return FeedEntry(
        entry_id=item.get("id"),
        link=link if link.startswith(("http://", "https://")) else None,
        title=item.get("title"),
        published=published,
        content=content,
        content_type="text/plain" if content_type == "text/plain" else "text/html",
    )
