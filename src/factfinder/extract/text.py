"""Reduce a preserved original (HTML, plain text, PDF) to clean text plus its metadata."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from factfinder.errors import InputError

HTML = "text/html"
TEXT = "text/plain"
PDF = "application/pdf"

# Without a handler, logging's last resort prints these libraries' warnings on stderr, which
# would add stray lines (sometimes with page text or URLs) to the one line a failure gets.
for _library in ("trafilatura", "htmldate", "courlan", "pypdf"):
    logging.getLogger(_library).addHandler(logging.NullHandler())

# A handful of very frequent function words per language: enough to tell the languages that
# reports we handle are written in apart, without a model that would have to be downloaded.
_STOP_WORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "was", "that", "for", "on", "with", "said"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "du", "sur"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "ein", "eine", "von"},
    "es": {"el", "la", "los", "las", "y", "que", "en", "del", "por", "una", "para", "con"},
    "it": {"il", "di", "che", "e", "la", "per", "una", "sono", "della", "con", "non", "gli"},
    "pt": {"o", "os", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não"},
    "nl": {"de", "het", "een", "en", "van", "dat", "niet", "op", "voor", "met", "zijn"},
    "ru": {"и", "в", "не", "на", "что", "с", "по", "он", "как", "это", "был", "они"},
}
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_CHARSET_IN_HEADER = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_CHARSET_IN_META = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_MEDIA_SELECTORS = (
    ("iframe", "src", "iframe"),
    ("embed", "src", "embed"),
    ("object", "data", "object"),
    ("video", "src", "video"),
    ("video", "poster", "image"),
    ("audio", "src", "audio"),
    ("source", "src", "media"),
    ("img", "src", "image"),
)


@dataclass
class ExtractedText:
    """What reading a report gave: its clean text and what it says about itself."""

    text: str
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    language: str | None = None
    embedded_media: list[dict[str, str]] = field(default_factory=list)


def extract_text(
    data: bytes, media_type: str, url: str | None = None, content_type: str | None = None
) -> ExtractedText:
    """Clean text and metadata from the original bytes; claim offsets will index into `.text`.

    `content_type` is the HTTP Content-Type header, when there was one (its charset counts).
    """
    if media_type == HTML:
        return _from_html(decode_html(data, content_type), url)
    if media_type == PDF:
        return _from_pdf(data)
    if media_type == TEXT:
        return _from_plain_text(data)
    raise InputError(f"unsupported type {media_type}: only HTML, plain text and PDF are read")


def normalise_newlines(text: str) -> str:
    """CR LF and lone CR become LF; nothing else about the text changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code whose function words are most frequent in the text, if any stand out."""
    words = re.findall(r"\w+", text[:20000].lower())
    if len(words) < 5:
        return None
    counts = Counter(words)
    scores = {
        language: sum(counts[word] for word in stop_words)
        for language, stop_words in _STOP_WORDS.items()
    }
    best = max(scores, key=lambda language: scores[language])
    return best if scores[best] >= max(2, len(words) // 50) else None


def _from_plain_text(data: bytes) -> ExtractedText:
    try:
        text = normalise_newlines(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid UTF-8 in a text file at byte {exc.start}") from None
    if not text.strip():
        raise InputError("no readable text")
    first_line = next((line.strip() for line in text.split("\n") if line.strip()), "")
    title = first_line if len(first_line) <= 200 else None
    return ExtractedText(text=text, title=title, language=detect_language(text))


def _from_pdf(data: bytes) -> ExtractedText:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InputError("encrypted PDF: its text cannot be read")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
        title = (info.title or "").strip() or None if info else None
        author = (info.author or "").strip() or None if info else None
    except InputError:
        raise
    except Exception as exc:
        # pypdf on a damaged or hostile file fails with its own errors and a dozen built-in
        # ones (found by fuzzing: reference loops, bad numbers, missing keys); all mean the same.
        raise InputError(f"malformed PDF ({type(exc).__name__})") from None
    text = normalise_newlines("\n\n".join(page for page in pages if page.strip()))
    if not text.strip():
        raise InputError("PDF has no text layer (a scan needs OCR first)")
    return ExtractedText(text=text, title=title, author=author, language=detect_language(text))


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """An HTML page's bytes as text: decoded once, here, before trafilatura sees the page.

    Given bytes, trafilatura first tries to decompress them as brotli and zlib streams
    (originals are never compressed here) and then guesses; given a str it only parses. The
    order: a byte-order mark; UTF-8 when the bytes are valid UTF-8 (legacy encodings almost
    never are by accident, while pages that are UTF-8 but declare Latin-1 are common — this
    is also what trafilatura did with the bytes); the charset the Content-Type header or the
    page's own <meta> declares; a statistical guess; and last UTF-8 with replacement marks.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _without_xml_declaration(data[len(bom) :].decode(encoding, errors="replace"))
    try:
        return _without_xml_declaration(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    header = _CHARSET_IN_HEADER.search(content_type or "")
    meta = _CHARSET_IN_META.search(data[:4096])
    declared = [header.group(1) if header else None, meta.group(1).decode() if meta else None]
    from trafilatura.utils import detect_encoding

    for encoding in (*declared, *detect_encoding(data)):
        if not encoding:
            continue
        try:
            return _without_xml_declaration(data.decode(encoding))
        except (LookupError, ValueError):  # unknown or not a text codec; bytes it cannot read
            continue
    return _without_xml_declaration(data.decode("utf-8", errors="replace"))


def _without_xml_declaration(page: str) -> str:
    # lxml refuses a str that still names a byte encoding; the page is already decoded.
    return _XML_DECLARATION.sub("", page, count=1) if page.lstrip().startswith("<?xml") else page


def _from_html(page: str, url: str | None) -> ExtractedText:
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    tree = load_html(page)
    if tree is None:
        # A fragment (a feed entry's content) has no document around it; give it one for
        # parsing only, the preserved bytes stay as they came.
        tree = load_html("<html><body>" + page + "</body></html>")
    if tree is None:
        raise InputError("no readable text: the HTML could not be parsed")
    embedded = embedded_media_links(tree, url)
    html_language = _declared_language(tree)
    # Precision first: navigation, comments, footers and "most read" boxes must stay out of the
    # text that claims are drawn from; only when that finds nothing is recall tried.
    document = None
    for favor in ({"favor_precision": True}, {"favor_recall": True}):
        document = bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=True, **favor
        )
        if document is not None and (document.text or "").strip():
            break
    else:
        raise InputError("no readable text: no main text found in the HTML")
    text = normalise_newlines(document.text)
    return ExtractedText(
        text=text,
        title=document.title or None,
        author=document.author or None,
        publisher=document.sitename or None,
        published=_parse_date(document.date),
        language=html_language or detect_language(text),
        embedded_media=embedded,
    )


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _declared_language(tree) -> str | None:  # type: ignore[no-untyped-def]
    """The page's own `lang` attribute (`en-GB` → `en`), which beats guessing from words."""
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        return None
    code = lang.strip().split("-")[0].split("_")[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def _absolute(base: str, link: str) -> str | None:
    """`link` resolved against `base`, or None when either is no URL at all ("http://[x")."""
    try:
        return urljoin(base, link)
    except ValueError:
        return None


def _scheme(link: str) -> str | None:
    try:
        return urlsplit(link).scheme
    except ValueError:  # a malformed IPv6 host, found by fuzzing
        return None


def embedded_media_links(tree, url: str | None) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    """Links to embedded media (video iframes, <video>/<source>, images) as absolute URLs.

    Investigators must be able to fetch and preserve the embedded video that a page only
    points at, so every such link is kept, in page order, without duplicates.
    """
    base = url
    base_href = tree.xpath("//base/@href")
    if base_href:
        base = _absolute(url or "", base_href[0].strip()) or url
    seen: set[str] = set()
    links: list[dict[str, str]] = []
    for element in tree.iter("iframe", "embed", "object", "video", "audio", "source", "img"):
        for tag, attribute, kind in _MEDIA_SELECTORS:
            if element.tag != tag:
                continue
            value = (element.get(attribute) or "").strip()
            if not value or value.startswith(("data:", "javascript:", "about:", "blob:")):
                continue
            absolute = _absolute(base, value) if base else value
            if absolute is None or _scheme(absolute) not in ("http", "https", ""):
                continue
            if absolute not in seen:
                seen.add(absolute)
                links.append({"kind": kind, "url": absolute})
    return links
