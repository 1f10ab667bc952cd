"""Sentences with exact character offsets, from paragraph chunks parsed in one nlp.pipe pass."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from factfinder.extract.nlp import load_pipeline

# A chunk is what spaCy parses at once: paragraphs, cut further when one is huge, so a
# 5 MB report is parsed piece by piece with bounded memory and exact offsets.
MAX_CHUNK_CHARS = 20000
PIPE_BATCH_SIZE = 64
# A line this short ending without punctuation is a heading, tag line or byline.
SHORT_LINE_CHARS = 60

_BLANK_LINES = re.compile(r"\n[ \t\u00a0\u200b]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?\u201d\"':;)\]]\s*$")


@dataclass(frozen=True)
class Paragraph:
    """A block of the text between blank lines (or a heading line), with its offset."""

    start: int
    text: str


@dataclass
class Sentence:
    """One sentence: its exact text and offsets in the whole text, and its parse."""

    start: int
    end: int
    text: str
    span: Span
    paragraph: int
    offset: int  # add to a character index of span.doc to get one into the whole text


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs by blank lines, and by single line breaks after headings or full stops.

    A line break followed by a lower-case word is a wrapped line, never a boundary.
    """
    paragraphs: list[Paragraph] = []
    for block_start, block in _blocks(text, _BLANK_LINES):
        line_start = 0
        lines = block.split("\n")
        position = 0
        for index, line in enumerate(lines):
            position += len(line) + 1
            last = index == len(lines) - 1
            stripped = line.strip()
            if last or not stripped:
                continue
            following = lines[index + 1].lstrip()[:1]
            if following.islower():  # a wrapped line runs on into the next
                continue
            if len(stripped) < SHORT_LINE_CHARS or _SENTENCE_END.search(stripped):
                paragraphs.extend(_cut(block_start + line_start, block[line_start:position]))
                line_start = position
        paragraphs.extend(_cut(block_start + line_start, block[line_start:]))
    return [p for p in paragraphs if p.text.strip()]


def _blocks(text: str, separator: re.Pattern[str]) -> Iterator[tuple[int, str]]:
    start = 0
    for match in separator.finditer(text):
        yield start, text[start : match.start()]
        start = match.end()
    yield start, text[start:]


def _cut(start: int, text: str) -> list[Paragraph]:
    """A paragraph longer than a chunk, cut after a sentence end (or a space) near the limit."""
    pieces: list[Paragraph] = []
    while len(text) > MAX_CHUNK_CHARS:
        window = text[:MAX_CHUNK_CHARS]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        if cut < MAX_CHUNK_CHARS // 2:
            cut = window.rfind(" ")
        if cut < MAX_CHUNK_CHARS // 2:
            cut = MAX_CHUNK_CHARS - 1
        pieces.append(Paragraph(start, text[: cut + 1]))
        start += cut + 1
        text = text[cut + 1 :]
    pieces.append(Paragraph(start, text))
    return pieces


def parse_paragraphs(paragraphs: list[Paragraph]) -> Iterator[tuple[Paragraph, Doc]]:
    """Each paragraph with its parse; the pipeline runs once over all of them in batches."""
    nlp = load_pipeline()
    docs = nlp.pipe((p.text for p in paragraphs), batch_size=PIPE_BATCH_SIZE)
    yield from zip(paragraphs, docs, strict=True)


def sentences_of(index: int, paragraph: Paragraph, doc: Doc) -> list[Sentence]:
    """The sentences of a parsed paragraph, stripped of surrounding whitespace."""
    found: list[Sentence] = []
    for span in doc.sents:
        raw = span.text
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        start = paragraph.start + span.start_char + lead
        found.append(
            Sentence(
                start=start,
                end=start + len(stripped),
                text=stripped,
                span=span,
                paragraph=index,
                offset=paragraph.start,
            )
        )
    return found
