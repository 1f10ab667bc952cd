"""Decide what kind of report some bytes are (HTML, plain text, PDF) or refuse them clearly."""

from __future__ import annotations

import mimetypes
import re

from factfinder.errors import InputError

HTML = "text/html"
TEXT = "text/plain"
PDF = "application/pdf"
SUPPORTED = (HTML, TEXT, PDF)

# Signatures of common formats that are not reports, so the refusal can name what was given.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
    (b"\x7fELF", "application/x-executable"),
    (b"RIFF", "audio/video (RIFF)"),
    (b"ID3", "audio/mpeg"),
    (b"WARC/", "application/warc"),
    (b"{\\rtf", "application/rtf"),
    (b"\xd0\xcf\x11\xe0", "application/msword"),
)
_HTML_MARKERS = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]")
_TEXTUAL_NAMES = {"text/plain", "text/markdown", "text/x-rst", "text/csv"}
_BOM = b"\xef\xbb\xbf"


def _type_from_name(name: str | None) -> str | None:
    if not name:
        return None
    lowered = name.lower().split("?", 1)[0]
    if lowered.endswith((".md", ".markdown", ".rst")):
        return "text/markdown"
    guessed, _ = mimetypes.guess_type(lowered, strict=False)
    return guessed


def _content_type(header: str | None) -> str | None:
    if not header:
        return None
    return header.split(";", 1)[0].strip().lower() or None


def _looks_like_html(head: bytes) -> bool:
    return bool(_HTML_MARKERS.search(head.lower()))


def detect_media_type(data: bytes, name: str | None = None, content_type: str | None = None) -> str:
    """HTML, plain text or PDF, judged from the bytes first and the name and Content-Type second.

    Bytes win because a file name or server can lie; a "text" item must be valid UTF-8 (a BOM is
    fine) and anything else is refused with a reason the user can act on.
    """
    if not data:
        raise InputError("empty: no bytes to preserve")
    if data.startswith(b"%PDF-"):
        return PDF
    head = data[:4096]
    stripped = head.removeprefix(_BOM).lstrip()
    declared = _content_type(content_type)
    by_name = _type_from_name(name)
    if stripped.startswith(b"<") and _looks_like_html(stripped[:2048]):
        return HTML
    for signature, kind in _MAGIC:
        if head.startswith(signature):
            raise InputError(f"unsupported type {kind}: only HTML, plain text and PDF are accepted")
    # "application/octet-stream" says nothing about what the bytes are.
    claimed = next(
        (kind for kind in (declared, by_name) if kind not in (None, "application/octet-stream")),
        None,
    )
    if claimed in (HTML, "application/xhtml+xml"):
        return HTML
    if claimed in ("application/xml", "text/xml", "application/rss+xml", "application/atom+xml"):
        raise InputError(f"unsupported type {claimed}: a feed is read with --feed")
    if claimed not in (None, *_TEXTUAL_NAMES) and not claimed.startswith("text/"):
        raise InputError(f"unsupported type {claimed}: only HTML, plain text and PDF are accepted")
    try:
        decoded = data.removeprefix(_BOM).decode("utf-8")
    except UnicodeDecodeError as exc:
        if claimed is not None:
            raise InputError(f"invalid UTF-8 in a text file at byte {exc.start}") from None
        raise InputError("binary data, not HTML, plain text or PDF") from None
    if _mostly_control_characters(decoded):
        raise InputError("binary data, not HTML, plain text or PDF")
    return TEXT


def _mostly_control_characters(text: str) -> bool:
    """Valid UTF-8 can still be junk (NULs, control bytes); real reports have almost none."""
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls > max(2, len(sample) // 100)
