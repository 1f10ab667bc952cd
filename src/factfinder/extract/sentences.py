"""Sentences with exact character offsets, from paragraph chunks parsed in one nlp.pipe pass."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from factfinder.extract.nlp import load_pipeline

# A chunk is what spaCy parses at once: paragraphs, cut further when one is huge, so a
# 5 MB report is parsed piece by piece with bounded memory and exact offsets.
MAX_CHUNK_CHARS = 20000
PIPE_BATCH_SIZE = 64
# A line this short ending without punctuation is a heading, tag line or byline.
SHORT_LINE_CHARS = 60
# A title-case line longer than this is prose in capitals, not a headline.
TITLE_MAX_CHARS = 160

_BLANK_LINES = re.compile(r"\n[ \t\u00a0\u200b]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?\u201d\"':;)\]]\s*$")
# A line opening with one of these is a list item: "• release …", "(c) Release …", "1. End …",
# "iv) Open …". A number has at most two digits, so a wrapped year ("2019. Police …") is none.
_LIST_MARK = re.compile(
    r"[ \t]*(?:[\u2022\u25e6\u25aa\u25cf\u2023\u2043]|\([a-z]{1,2}\)|\([0-9]{1,2}\)|[a-z]\)"
    r"|[0-9]{1,2}[.)]|(?:i|ii|iii|iv|vi|vii|viii|ix)[.)])[ \t\u00a0]+(?=\S)"
)
# A dash or star also opens an item, but in prose a dash may open a wrapped line
# ("— all of them women —"): it counts only after a lead-in or after another item.
_DASH_MARK = re.compile(r"[ \t]*[-\u2013\u2014*][ \t\u00a0]+(?=\S)")
# Put before a list item so that the tagger reads its opening verb as a command.
_ASKED = "Please "
_LEAD_IN_END = re.compile(r"[.!?:;]\s*$")


@dataclass(frozen=True)
class Paragraph:
    """A block of the text between blank lines (or a heading line), with its offset."""

    start: int
    text: str
    item: bool = False  # a list item, its mark left out: parsed as a sentence opening


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

    A line break followed by a lower-case word is a wrapped line, never a boundary; a line
    opening with a list mark ("•", "-", "(a)", "1.") starts a paragraph of its own, so each
    item of a list of recommendations is its own sentence.
    """
    paragraphs: list[Paragraph] = []
    items: set[int] = set()  # where list items start
    for block_start, block in _blocks(text, _BLANK_LINES):
        if _LIST_MARK.match(block):
            items.add(block_start)
        line_start = 0
        lines = block.split("\n")
        position = 0
        for index, line in enumerate(lines):
            position += len(line) + 1
            last = index == len(lines) - 1
            stripped = line.strip()
            if last or not stripped:
                continue
            if _opens_item(lines[index + 1], stripped, _is_item(block[line_start:position])):
                paragraphs.extend(_cut(block_start + line_start, block[line_start:position]))
                line_start = position
                items.add(block_start + position)
                continue
            following = lines[index + 1].lstrip()[:1]
            if following.islower():  # a wrapped line runs on into the next
                continue
            if len(stripped) < SHORT_LINE_CHARS or _SENTENCE_END.search(stripped):
                paragraphs.extend(_cut(block_start + line_start, block[line_start:position]))
                line_start = position
        paragraphs.extend(_cut(block_start + line_start, block[line_start:]))
    marked = [_without_mark(p) if p.start in items else p for p in paragraphs if p.text.strip()]
    return [piece for p in marked for piece in _speaker_label_apart(p)]


# A transcript's speaker label: "Q:", "A:", "THE MINISTER OF INTERNAL ORDER:", "DEPUTY ANNA
# BREIL (Civic Alliance):" at the start of a line.
_SPEAKER_LABEL = re.compile(
    r"(?:Q|A|[A-Z][A-Z'\u2019.\- ]{2,60}(?: \([^)\n]{1,60}\))?):[ \t]+(?=\S)"
)


def _speaker_label_apart(paragraph: Paragraph) -> list[Paragraph]:
    """A transcript line parsed without its speaker label ("A: Twenty-three foreign citizens
    were expelled"): the parser reads the label as the subject and loses the sentence's
    own. A headline in capitals after a label ("KELTARA: STUDENT LEADER MISSING") is kept."""
    label = _SPEAKER_LABEL.match(paragraph.text)
    if label is None or paragraph.item:
        return [paragraph]
    rest = paragraph.text[label.end() :]
    if _shouted(rest) or not any(ch.islower() for ch in rest):
        return [paragraph]
    return [
        Paragraph(paragraph.start, paragraph.text[: label.end()]),
        Paragraph(paragraph.start + label.end(), rest),
    ]


def _without_mark(paragraph: Paragraph) -> Paragraph:
    """A list item with its mark ("• ", "(c) ", "1. ") left out, so it is parsed as a
    sentence of its own: the tagger takes "• release all …" for a noun phrase."""
    mark = _LIST_MARK.match(paragraph.text) or _DASH_MARK.match(paragraph.text)
    if mark is None or not paragraph.text[mark.end() :].strip():
        return paragraph
    return Paragraph(paragraph.start + mark.end(), paragraph.text[mark.end() :], item=True)


def _is_item(text: str) -> bool:
    """Whether a paragraph so far is a list item (so a dash after it opens the next one)."""
    return bool(_LIST_MARK.match(text) or _DASH_MARK.match(text))


def _opens_item(line: str, previous: str, in_list: bool) -> bool:
    """Whether `line` opens a list item after the line `previous` (stripped): a dash opens
    one after a lead-in ("urging him to:"), another item, or a heading ("TAKE ACTION")."""
    if _LIST_MARK.match(line):
        return True
    if _DASH_MARK.match(line) is None:
        return False
    heading = len(previous) < SHORT_LINE_CHARS and not _SENTENCE_END.search(previous)
    return in_list or heading or bool(_LEAD_IN_END.search(previous))


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
    """Each paragraph with its parse; the pipeline runs once over all of them in batches.

    A headline in title case ("Gunmen Abduct 8 Aid Workers") is parsed as if written in
    sentence case: the tagger reads every capitalised word as a name otherwise, and the
    verb of the headline is lost.
    """
    nlp = load_pipeline()
    docs = nlp.pipe(_texts_to_parse(paragraphs), batch_size=PIPE_BATCH_SIZE)
    for paragraph in paragraphs:
        doc = next(docs)
        if paragraph.item:
            yield paragraph, _as_command(doc, next(docs)) or doc
            continue
        if _shouted(doc.text):
            yield paragraph, _with_parse_of_shout(doc, nlp)
            continue
        cased = _sentence_case(doc)
        if cased is not None:
            doc = _with_parse_of(doc, nlp(cased))
        elif (quieted := _quoted_shouts_lowered(doc.text)) is not None:
            doc = _with_parse_of(doc, nlp(quieted))
        yield paragraph, doc


def _shouted(text: str) -> bool:
    """A line in capitals ("POLICE ABDUCT STUDENT LEADER IN DORSK"), not prose with an acronym."""
    words = _WORD.findall(text)
    return len(words) >= 3 and len(text) <= TITLE_MAX_CHARS and all(w.isupper() for w in words)


def _with_parse_of_shout(doc: Doc, nlp: Language) -> Doc:
    """A line in capitals parsed as if written in sentence case, its words kept as written.

    The tagger reads every word in capitals as a name or an acronym, so the line is first
    put in title case, where it tells names and places from common words well enough, and
    then in sentence case with those names kept; only such lines are parsed again.
    """
    titled = _WORD.sub(lambda m: m.group()[0] + m.group()[1:].lower(), doc.text)
    if len(titled) != len(doc.text):
        return doc  # a letter whose lower case is longer would shift every offset
    cased = _sentence_case(nlp(titled), headline=False)
    return _with_parse_of(doc, nlp(cased), names=True) if cased is not None else doc


_QUOTED = re.compile(r"[\"\u201c\u2018']([^\"\u201c\u201d\u2018\u2019]{3,80})[\"\u201d\u2019']")


def _quoted_shouts_lowered(text: str) -> str | None:
    """The text with quoted words in capitals in lower case ('painted "LEAVE OR DIE" on the
    door', chants, graffiti, banners), or None when it quotes none: the tagger reads such
    words as names, and the threat or the call they make is lost. Same length, same words."""
    found = False

    def lowered(match: re.Match[str]) -> str:
        nonlocal found
        words = _WORD.findall(match.group(1))
        if len(words) < 2 or not all(w.isupper() for w in words):
            return match.group()
        found = True
        return match.group().lower()

    quieted = _QUOTED.sub(lowered, text)
    return quieted if found and len(quieted) == len(text) else None


def _texts_to_parse(paragraphs: list[Paragraph]) -> Iterator[str]:
    """Each paragraph's text, and after a list item's its reading as a command (one pipe)."""
    for paragraph in paragraphs:
        yield paragraph.text
        if paragraph.item:
            yield _ASKED + paragraph.text[:1].lower() + paragraph.text[1:]


def _as_command(item: Doc, asked: Doc) -> Doc | None:
    """A list item that opens with a verb, parsed as a command ("Release Pavel Orsk …",
    "open prompt investigations …"), or None when it opens otherwise.

    Alone, such an item is read as a noun phrase ("Release Pavel Orsk" a name, "open
    prompt" an adjective); after "Please " and with its first word in lower case the
    tagger reads the command. The parse is kept only when that first word is its root verb,
    so an item that opens with its subject ("The Committee is concerned …") is left as is.
    """
    words = [t.text.lower() for t in item]
    if [t.text.lower() for t in asked[1:]] != words or len(item) == 0:
        return None
    verb = asked[1]
    if verb.dep_ != "ROOT" or verb.tag_ != "VB" or any(t.head.i == 0 for t in asked[1:]):
        return None
    return Doc(
        item.vocab,
        words=[t.text for t in item],
        spaces=[bool(t.whitespace_) for t in item],
        tags=[t.tag_ for t in asked[1:]],
        pos=[t.pos_ for t in asked[1:]],
        morphs=[str(t.morph) for t in asked[1:]],
        lemmas=[t.lemma_ for t in asked[1:]],
        heads=[t.head.i - 1 for t in asked[1:]],
        deps=[t.dep_ for t in asked[1:]],
        sent_starts=[t.i == 1 or bool(t.is_sent_start) for t in asked[1:]],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in item],
    )


def _sentence_case(doc: Doc, headline: bool = True) -> str | None:
    """The headline with its capitalised words lower-cased, or None when it is no headline.

    The first word, acronyms ("UN", "LGBT") and words the tagger took for a place, person
    or organisation keep their capitals; a headline is a short line without a full stop
    whose longer words all start with a capital. A line that was in capitals (headline
    False) is taken whatever its length or last character.
    """
    text = doc.text
    words = [t for t in doc if t.is_alpha]
    longer = [t for t in words if len(t) > 3]
    if headline and (
        len(words) < 3
        or len(text) > TITLE_MAX_CHARS
        or "\n" in text.strip()
        or text.rstrip()[-1:] in (".", "!", "?", ":")
        or len(longer) < 2
        or not all(t.text[0].isupper() for t in longer)
    ):
        return None
    pieces = []
    for token in doc:
        keep = (
            token.i == 0
            or token.text.isupper()
            or (token.ent_type_ in ("GPE", "PERSON", "NORP", "LOC") and token.i > 0)
        )
        pieces.append((token.text if keep else token.text.lower()) + token.whitespace_)
    return "".join(pieces)


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def headline_case(text: str) -> str:
    """A title-case headline's words lower-cased (same length), for readers that take a
    capital for a name ("Abduct 8 Aid Workers" is no "Camp 6"), and so are those of a line
    in capitals; any other text unchanged."""
    words = _WORD.findall(text)
    longer = [w for w in words if len(w) > 3]
    shouted = _shouted(text)
    if not shouted and (
        len(words) < 3
        or len(text) > TITLE_MAX_CHARS
        or text.rstrip()[-1:] in (".", "!", "?", ":")
        or len(longer) < 2
        or not all(w[0].isupper() for w in longer)
    ):
        return text
    first = _WORD.search(text)
    cased = _WORD.sub(
        lambda m: m.group()
        if m.start() == first.start() or (m.group().isupper() and not shouted)
        else m.group().lower(),
        text,
    )
    return cased if len(cased) == len(text) else text


def _with_parse_of(original: Doc, cased: Doc, names: bool = False) -> Doc:
    """The original words with the sentence-cased parse (same tokens), or the original.

    The original's names are kept unless `names` asks for the cased reading's: in a line
    in capitals the tagger finds no names worth keeping.
    """
    if [t.text.lower() for t in original] != [t.text.lower() for t in cased]:
        return original
    named = cased if names else original
    return Doc(
        original.vocab,
        words=[t.text for t in original],
        spaces=[bool(t.whitespace_) for t in original],
        tags=[t.tag_ for t in cased],
        pos=[t.pos_ for t in cased],
        morphs=[str(t.morph) for t in cased],
        lemmas=[t.lemma_ for t in cased],
        heads=[t.head.i for t in cased],
        deps=[t.dep_ for t in cased],
        sent_starts=[bool(t.is_sent_start) for t in cased],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in named],
    )


# Closing quotation marks and a footnote call glued to the end of a sentence ("visits.”[19]"),
# which the tokenizer may read as one word that opens the next sentence.
_GLUED_CLOSE = re.compile(r"[\u201d\u2019\)\]]+(?:\[\d{1,3}\])?|\[\d{1,3}\]")


def sentences_of(index: int, paragraph: Paragraph, doc: Doc) -> list[Sentence]:
    """The sentences of a parsed paragraph, stripped of surrounding whitespace; closing quotes
    and footnote calls glued to a sentence's end are kept with it."""
    return _with_glued_closers(_parsed_sentences(index, paragraph, doc), paragraph)


def _with_glued_closers(found: list[Sentence], paragraph: Paragraph) -> list[Sentence]:
    """'paid for “extra visits.”[19] Relatives …': the parser opens the next sentence with
    '”[19]'; those marks belong to the sentence they close, written without a space after it."""
    kept: list[Sentence] = []
    for sentence in found:
        glued = _GLUED_CLOSE.match(sentence.text)
        previous = kept[-1] if kept else None
        if glued is None or previous is None or previous.end != sentence.start:
            kept.append(sentence)
            continue
        cut = sentence.start + glued.end()
        previous.end = cut
        previous.text = paragraph.text[previous.start - paragraph.start : cut - paragraph.start]
        rest = sentence.text[glued.end() :]
        if rest.strip():
            lead = len(rest) - len(rest.lstrip())
            sentence.start = cut + lead
            sentence.text = rest.strip()
            kept.append(sentence)
    return kept


def _parsed_sentences(index: int, paragraph: Paragraph, doc: Doc) -> list[Sentence]:
    """The sentences spaCy found in a paragraph, stripped of surrounding whitespace."""
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
