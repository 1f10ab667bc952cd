"""Dates in a sentence: absolute and relative expressions resolved against the publication date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from factfinder.errors import InputError
from factfinder.extract.claims import When

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
# Northern-hemisphere seasons as month spans (winter runs into the next year).
_SEASONS = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
}  # fmt: skip
# Past events reported a little after the fact may carry a day up to a month after
# publication at most (time zones, late corrections); later than that means last year.
_PAST_SLACK = dt.timedelta(days=31)
# A deadline or announced date may lie ahead, but not far in the past.
_FUTURE_SLACK = dt.timedelta(days=60)

_FULL_MONTH = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
_ABBR_MONTH = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# A month with a day or a year next to it may be abbreviated ("Sept. 5"); capitals keep the
# verbs out ("they may 5", "march 10 km").
_MONTH_NEAR_NUMBER = rf"(?:(?:{_FULL_MONTH})\b|(?:{_ABBR_MONTH})\b\.?)"
# A month on its own must be a capitalised full name ("in May", not "they may").
_MONTH_ALONE = rf"(?:{_FULL_MONTH})\b"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2}|2100)"
_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAY = rf"(?:{_WEEKDAY_NAMES})"
_DASH = r"\s*(?:-|–|—|to|until|till|through)\s*"
_B = r"(?<![\w.,/:-])"  # not inside a number, word or identifier
_E = r"(?![\w/]|[.,:-][0-9])"

_PATTERNS: list[tuple[str, str]] = [
    ("iso", rf"{_B}(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])"
     r"(?:T[0-9:.]+(?:Z|[+-][0-9:]+)?)?(?![\w-])"),
    ("ymd_slash", rf"{_B}(?P<y>{_YEAR})/(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12][0-9]|3[01]){_E}"),
    ("dmy_dot", rf"{_B}(?P<d>0?[1-9]|[12][0-9]|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>{_YEAR}){_E}"),
    ("numeric_slash", rf"{_B}(?P<a>[0-9]{{1,2}})/(?P<b>[0-9]{{1,2}})/(?P<y>{_YEAR}){_E}"),
    # 26-28 May 2017, 26 May - 2 June 2017
    ("day_range_dmy", rf"{_B}(?P<d1>{_DAY})(?:\s+(?:of\s+)?(?P<m1>{_MONTH_NEAR_NUMBER}))?{_DASH}"
     rf"(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH_NEAR_NUMBER})(?:,?\s+(?P<y>{_YEAR}))?{_E}"),
    # May 26-28, 2017
    ("day_range_mdy", rf"{_B}(?P<m1>{_MONTH_NEAR_NUMBER})\s+(?P<d1>{_DAY}){_DASH}"
     rf"(?:(?P<m2>{_MONTH_NEAR_NUMBER})\s+)?(?P<d2>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?{_E}"),
    # 21 and 22 June (2019)
    ("day_pair", rf"{_B}(?P<d1>{_DAY})\s+and\s+(?P<d2>{_DAY})\s+(?:of\s+)?"
     rf"(?P<m2>{_MONTH_NEAR_NUMBER})(?:,?\s+(?P<y>{_YEAR}))?{_E}"),
    # (Monday,) 26 May (2017), 26th of May
    ("dmy", rf"{_B}(?:(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?)?(?P<d>{_DAY})\s+(?:of\s+)?"
     rf"(?P<m>{_MONTH_NEAR_NUMBER})(?:,?\s+(?P<y>{_YEAR}))?{_E}"),
    # (Monday,) May 26(, 2017)
    ("mdy", rf"{_B}(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<m>{_MONTH_NEAR_NUMBER})\s+(?P<d>{_DAY})"
     rf"(?:,?\s+(?P<y>{_YEAR}))?{_E}"),
    # between March and May 2017, March-May 2017
    ("month_range", rf"\b(?P<m1>{_MONTH_ALONE})(?:\s+(?P<y1>{_YEAR}))?"
     rf"(?:{_DASH}|\s+and\s+)(?P<m2>{_MONTH_ALONE})\s+(?P<y>{_YEAR}){_E}"),
    # early April 2017, mid-April, the end of May 2016
    ("month_part", rf"\b(?P<part>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|"
     rf"the\s+start\s+of|end\s+of|beginning\s+of|start\s+of|the\s+middle\s+of))[\s-]+"
     rf"(?P<m>{_MONTH_ALONE})(?:,?\s+(?P<y>{_YEAR}))?{_E}"),
    # April 2017
    ("month_year", rf"\b(?P<m>{_MONTH_NEAR_NUMBER}),?\s+(?P<y>{_YEAR}){_E}"),
    # last May, in May, since May, this May, next May
    ("month_word", rf"\b(?P<word>(?i:in|since|during|until|till|by|from|through|throughout|"
     rf"before|after|last|next|this|of|early|late|mid|between))[\s-]+(?P<m>{_MONTH_ALONE})"
     rf"(?!\s*[0-9]){_E}"),
    # spring 2017, the summer of 2016
    ("season", rf"\b(?P<season>(?i:spring|summer|autumn|fall|winter))(?:\s+of)?\s+"
     rf"(?P<y>{_YEAR}){_E}"),
    # 2015-2017, between 2015 and 2017
    ("year_range", rf"(?:(?i:between)\s+(?P<y1>{_YEAR})\s+and\s+|(?:(?i:from)\s+)?{_B}"
     rf"(?P<y1b>{_YEAR}){_DASH})(?P<y2>{_YEAR}){_E}"),
    # the 1990s
    ("decade", rf"{_B}(?P<y>1[89][0-9]0|20[0-9]0)['’]?s\b"),
    # Q3 2019, the third quarter of 2019, the first half of 2019
    ("quarter", rf"\b(?:Q(?P<q>[1-4])\s+|(?i:the\s+)?(?P<nth>(?i:first|second|third|fourth))\s+"
     rf"(?P<part>(?i:quarter|half))\s+of\s+)(?P<y>{_YEAR}){_E}"),
    # mid-2017, early 2017, the end of 2016
    ("year_part", rf"\b(?P<part>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|"
     rf"the\s+start\s+of|end\s+of|beginning\s+of|start\s+of|the\s+middle\s+of))[\s-]+"
     rf"(?P<y>{_YEAR}){_E}"),
    # in 2016, 2016 (not "© 2017", "Article 2016", "2016 people")
    ("year", rf"(?<![©#№§+])(?<!\(c\)\s)(?<!©\s){_B}(?P<y>{_YEAR}){_E}"),
    # yesterday, today, tomorrow, last night, this morning
    ("day_word", r"\b(?P<word>(?i:yesterday|today|tomorrow|tonight|last\s+night|this\s+morning|"
     r"this\s+afternoon|this\s+evening|earlier\s+today))\b"),
    # (on|last|next|this) Monday (night)
    ("weekday", rf"\b(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming|on))\s+)?"
     rf"(?P<wd>{_WEEKDAY})\b"),
    # last week, this month, earlier this year, next year
    ("period", r"\b(?P<rel>(?i:last|this|next|earlier\s+this|later\s+this|late\s+last|"
     r"early\s+last|earlier\s+last))\s+"
     r"(?P<unit>(?i:week|weekend|month|year))\b"),
    ("weekend", r"\b(?i:over\s+the|at\s+the|on\s+the|during\s+the)\s+(?P<unit>weekend)\b"),
    # three days ago, two weeks ago, a year ago
    ("ago", r"\b(?P<n>(?i:[0-9]{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
     r"eleven|twelve))\s+(?P<unit>(?i:days?|weeks?|months?|years?))\s+(?i:ago)\b"),
]  # fmt: skip
_COMPILED = [(name, re.compile(pattern)) for name, pattern in _PATTERNS]
_MONTH_HINT = re.compile(rf"{_ABBR_MONTH}|May|June|July")
# What a sentence must contain for each pattern to have a chance, checked once per sentence
# with cheap substring tests so that most sentences run only a few patterns.
_NEEDS: dict[str, tuple[str, ...]] = {
    "iso": ("digit",), "ymd_slash": ("digit",), "dmy_dot": ("digit",),
    "numeric_slash": ("digit",), "day_range_dmy": ("digit", "month"),
    "day_range_mdy": ("digit", "month"), "day_pair": ("digit", "month"),
    "dmy": ("digit", "month"), "mdy": ("digit", "month"), "month_range": ("digit", "month"),
    "month_part": ("month",), "month_year": ("digit", "month"), "month_word": ("month",),
    "season": ("digit",), "year_range": ("digit",), "decade": ("digit",),
    "quarter": ("digit",), "year_part": ("digit",), "year": ("digit",),
    "day_word": ("dayword",), "weekday": ("weekday",), "period": ("period",),
    "weekend": ("weekend",), "ago": ("ago",),
}  # fmt: skip
_DIGIT = re.compile(r"[0-9]")


def _signals(sentence: str) -> set[str]:
    """Which kinds of date words the sentence holds at all."""
    lowered = sentence.lower()
    found = set()
    if _DIGIT.search(sentence):
        found.add("digit")
    if _MONTH_HINT.search(sentence):
        found.add("month")
    if "day" in lowered:
        found.add("weekday")
    if any(word in lowered for word in ("yesterday", "today", "tomorrow", "night", "morning")):
        found.add("dayword")
    if any(word in lowered for word in ("afternoon", "evening")):
        found.add("dayword")
    if any(word in lowered for word in ("week", "month", "year")):
        found.add("period")
    if "weekend" in lowered:
        found.add("weekend")
    if "ago" in lowered:
        found.add("ago")
    return found


_FUTURE_MARKERS = re.compile(
    r"(?i)\b(?:will|shall|won['’]t|going\s+to|scheduled|plans?\s+to|planned|"
    r"expected\s+to|set\s+to|upcoming|deadline)\b|['’]ll\b"
)
_CLAUSE_BOUNDARY = re.compile(r"[,;:.!?()—–]")
_YEAR_NOT_DATE_BEFORE = re.compile(
    r"(?:\b(?i:article|art|section|resolution|law|decree|no|nos|number|page|pp?|case|"
    r"order|code|room|cell|camp|flight|route|bill|item|paragraph|para|chapter|rule|copyright|"
    r"vol|volume|issue|tel|phone|id)\.?|[$€£₽¥#№§+]|\b[A-Z]{2,}|[0-9])\s*$"
)
_YEAR_NOT_DATE_AFTER = re.compile(
    r"\s*(?:[$€£%]|[0-9]{3}|(?i:people|men|women|children|persons|protesters|prisoners|detainees|"
    r"dollars|euros|roubles|rubles|pounds|troops|soldiers|refugees|families|homes|houses|"
    r"percent|per\s+cent)\b)"
)


@dataclass(frozen=True)
class DateMention:
    """A resolved date and the exact phrase it was read from (sentence[start:end] == text)."""

    start: int
    end: int
    text: str
    when: When


def resolve_dates(sentence: str, published: dt.date | None) -> list[DateMention]:
    """Every date the sentence states, as an interval with its true precision, resolving
    relative words ("last month", "on Monday") against the publication date; without one,
    relative dates and dates without a year are left out rather than guessed."""
    signals = _signals(sentence) if sentence else set()
    if not signals:
        return []
    taken: list[tuple[int, int]] = []
    mentions: list[DateMention] = []
    for name, pattern in _COMPILED:
        if not all(need in signals for need in _NEEDS[name]):
            continue
        for match in pattern.finditer(sentence):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            context = _Context(sentence, match, published)
            try:
                when = _RESOLVERS[name](context)
            except (ValueError, OverflowError):
                when = None  # a date outside the calendar's range ("year 0")
            if when is None:
                continue
            start, end = context.span()
            taken.append((start, end))
            if _is_dateline(sentence, start, end):
                continue
            mentions.append(DateMention(start, end, sentence[start:end], when))
    mentions.sort(key=lambda mention: mention.start)
    return mentions


_DATELINE_BEFORE = re.compile(r"\s*(?:[A-Z][A-Z .'’-]*[A-Z](?:,\s*|\s*\(\s*))?")
_DATELINE_AFTER = re.compile(r"\s*(?:\)\s*)?(?:\([^()]{1,60}\)\s*)?[-–—]")


def _is_dateline(sentence: str, start: int, end: int) -> bool:
    """ "LISK, Jan 20 (Agency) -", "OSTREL (16 October 2024) -": the report's own date,
    which dates the report, not the events in it."""
    return bool(
        start < 40
        and _DATELINE_BEFORE.fullmatch(sentence, 0, start)
        and _DATELINE_AFTER.match(sentence, end)
    )


def parse_user_date(value: str) -> dt.date:
    """A date typed by a user or read from page metadata (--published): ISO "2017-05-04" (or
    an ISO timestamp), "4 May 2017", "May 4, 2017", "04.05.2017"; InputError otherwise,
    including for relative words, which would make a run depend on the day it is made."""
    text = " ".join(value.split())
    if not text:
        raise InputError("not a date: (empty)")
    try:
        return dt.date.fromisoformat(text[:10]) if _ISO_PREFIX.fullmatch(text) else _parse(text)
    except ValueError:
        raise InputError(f"not a date: {value!r}") from None


_ISO_PREFIX = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?")
_RELATIVE_WORDS = re.compile(r"(?i)\b(?:ago|yesterday|today|tomorrow|now|last|next|this|in)\b")


def _parse(text: str) -> dt.date:
    """A full day written in words or numbers; dateparser reads the rarer written forms."""
    if _RELATIVE_WORDS.search(text):
        raise ValueError(text)
    mentions = [m for m in resolve_dates(text, None) if m.when.precision == "day"]
    whole = [m for m in mentions if m.when.start == m.when.end]
    if len(whole) == 1 and _only_furniture_around(text, whole[0]):
        return whole[0].when.start
    if re.fullmatch(r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}", text):
        raise ValueError(text)  # 04/05/2017: day and month are ambiguous
    if not re.search(r"[0-9]", text) or not re.search(_YEAR, text):
        raise ValueError(text)
    import dateparser  # slow to import; only needed for unusual written forms

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": ["custom-formats", "absolute-time"],
        },
    )
    if parsed is None:
        raise ValueError(text)
    return parsed.date()


def _only_furniture_around(text: str, mention: DateMention) -> bool:
    """True when nothing but a weekday, a time or a zone surrounds the date in the string."""
    rest = (text[: mention.start] + " " + text[mention.end :]).lower()
    rest = re.sub(
        r"\b(?:on|the|at|[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?|am|pm|a\.m\.|p\.m\.|utc|gmt|bst|"
        r"cet|cest|est|edt|pst|pdt|msk|z|mon|tue|wed|thu|fri|sat|sun|"
        + _WEEKDAY_NAMES.lower()
        + r")\b|[,()+\-]|[0-9]{4}",
        " ",
        rest,
    )
    return not rest.strip()


class _Context:
    """What a resolver needs: the match, the sentence, the publication date and the tense."""

    __slots__ = ("sentence", "match", "published", "start", "end")

    def __init__(self, sentence: str, match: re.Match[str], published: dt.date | None) -> None:
        self.sentence = sentence
        self.match = match
        self.published = published
        self.start, self.end = match.span()

    @property
    def future(self) -> bool:
        """The date's clause is in the future tense ("the court will rule on Monday", "on
        Monday, the court will rule"), unlike its neighbours ("which began in October, will
        resume next month")."""
        sentence = self.sentence
        boundaries = [m.end() for m in _CLAUSE_BOUNDARY.finditer(sentence, 0, self.start)]
        left = sentence[boundaries[-1] if boundaries else 0 : self.start]
        if _FUTURE_MARKERS.search(left):
            return True
        if len(left.split()) > 2:
            return False
        following = _CLAUSE_BOUNDARY.search(sentence, self.end)
        if following is not None and not sentence[self.end : following.start()].strip():
            following = _CLAUSE_BOUNDARY.search(sentence, following.end())
        right = sentence[self.end : following.start() if following else len(sentence)]
        return bool(_FUTURE_MARKERS.search(right))

    def group(self, name: str) -> str | None:
        return self.match.groupdict().get(name)

    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def future_here(self) -> bool:
        """A deadline ("by 26 May", "until June") or a future-tense sentence."""
        before = self.sentence[max(0, self.start - 12) : self.start].lower()
        if re.search(r"\b(?:by|until|till|before|ahead of)\s*$", before):
            return True
        return self.future


def _day_of(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _month_of(text: str) -> int:
    return _MONTHS[text.lower().rstrip(".")]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_when(year: int, month: int, last_month: int | None = None) -> When:
    last = last_month or month
    end_year = year + 1 if last < month else year
    return When(start=dt.date(year, month, 1), end=_month_end(end_year, last), precision="month")


def _year_when(first: int, last: int | None = None) -> When:
    return When(start=dt.date(first, 1, 1), end=dt.date(last or first, 12, 31), precision="year")


def _week_when(day: dt.date) -> When:
    monday = day - dt.timedelta(days=day.weekday())
    return When(start=monday, end=monday + dt.timedelta(days=6), precision="week")


def _day_when(first: dt.date, last: dt.date | None = None) -> When:
    return When(start=first, end=last or first, precision="day")


def _infer_year(context: _Context, month: int, day: int | None) -> int | None:
    """The year of a date written without one: the publication year, or the one before when
    a past event would otherwise fall more than a month after publication, or the one after
    when a deadline would otherwise lie long before it."""
    published = context.published
    if published is None:
        return None
    year = published.year
    candidate_first = dt.date(year, month, day or 1)
    candidate_last = candidate_first if day else _month_end(year, month)
    if context.future_here():
        if candidate_last < published - _FUTURE_SLACK:
            return year + 1
        return year
    if candidate_first > published + _PAST_SLACK:
        return year - 1
    return year


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _resolve_numeric(context: _Context) -> When | None:
    """ISO, 2017/05/04 and 04.05.2017 dates."""
    return _full_date(int(context.group("y")), int(context.group("m")), int(context.group("d")))


def _full_date(year: int, month: int, day: int) -> When | None:
    day_date = _safe_date(year, month, day)
    return _day_when(day_date) if day_date else None


def _resolve_numeric_slash(context: _Context) -> When | None:
    """4/5/2017 is read only when unambiguous: one part above 12, or both equal."""
    a, b, year = int(context.group("a")), int(context.group("b")), int(context.group("y"))
    if a > 12 >= b:
        return _full_date(year, b, a)
    if b > 12 >= a or a == b:
        return _full_date(year, a, b)
    return None


def _resolve_day_month(context: _Context) -> When | None:
    """ "26 May 2017", "May 26", "Monday, 26 May": a day, its year inferred when not written."""
    month, day = _month_of(context.group("m")), _day_of(context.group("d"))
    year_text = context.group("y")
    year = int(year_text) if year_text else _infer_year(context, month, day)
    if year is None:
        return None
    day_date = _safe_date(year, month, day)
    if day_date is None:
        return None
    return _day_when(day_date)


def _resolve_day_range(context: _Context) -> When | None:
    """ "26-28 May 2017", "26 May - 2 June", "May 26-28, 2017": an interval of days."""
    month2 = _month_of(context.group("m2")) if context.group("m2") else None
    month1 = _month_of(context.group("m1")) if context.group("m1") else month2
    month2 = month2 or month1
    if month1 is None or month2 is None:
        return None
    day1, day2 = _day_of(context.group("d1")), _day_of(context.group("d2"))
    year_text = context.group("y")
    year2 = int(year_text) if year_text else _infer_year(context, month2, day2)
    if year2 is None:
        return None
    year1 = year2 - 1 if month1 > month2 else year2
    first, last = _safe_date(year1, month1, day1), _safe_date(year2, month2, day2)
    if first is None or last is None or last < first:
        return None
    return _day_when(first, last)


def _resolve_month_range(context: _Context) -> When | None:
    month1, month2 = _month_of(context.group("m1")), _month_of(context.group("m2"))
    year2 = int(context.group("y"))
    year1 = int(context.group("y1")) if context.group("y1") else (year2 - (month1 > month2))
    if (year1, month1) >= (year2, month2):
        return None
    return When(start=dt.date(year1, month1, 1), end=_month_end(year2, month2), precision="month")


def _resolve_month_part(context: _Context) -> When | None:
    """ "early April", "the end of May 2016": the month (no finer day is claimed)."""
    month = _month_of(context.group("m"))
    year_text = context.group("y")
    year = int(year_text) if year_text else _infer_year(context, month, None)
    if year is None:
        return None
    return _month_when(year, month)


def _resolve_month_year(context: _Context) -> When | None:
    return _month_when(int(context.group("y")), _month_of(context.group("m")))


def _resolve_month_word(context: _Context) -> When | None:
    """ "in May", "last May", "next May": a month of the publication year or a neighbour."""
    word = context.group("word").lower()
    month = _month_of(context.group("m"))
    context.start = context.match.start("m")
    published = context.published
    if published is None:
        return None
    if word in {"last", "next", "this"}:
        context.start = context.match.start("word")
        year = published.year
        if word == "last" and month >= published.month:
            year -= 1
        elif word == "next" and month <= published.month:
            year += 1
        return _month_when(year, month)
    year = _infer_year(context, month, None)
    return _month_when(year, month) if year is not None else None


def _resolve_season(context: _Context) -> When | None:
    first, last = _SEASONS[context.group("season").lower()]
    return _month_when(int(context.group("y")), first, last)


def _resolve_year_range(context: _Context) -> When | None:
    first = int(context.group("y1") or context.group("y1b"))
    last = int(context.group("y2"))
    if last <= first:
        return None
    return _year_when(first, last)


def _resolve_decade(context: _Context) -> When | None:
    first = int(context.group("y"))
    return _year_when(first, first + 9)


def _resolve_quarter(context: _Context) -> When | None:
    """ "Q3 2019", "the first half of 2019": the months they span."""
    year = int(context.group("y"))
    nth = {"first": 1, "second": 2, "third": 3, "fourth": 4}
    if context.group("q"):
        index, months = int(context.group("q")), 3
    else:
        index = nth[context.group("nth").lower()]
        months = 6 if context.group("part").lower() == "half" else 3
    if index * months > 12:
        return None
    return _month_when(year, (index - 1) * months + 1, index * months)


def _resolve_year_part(context: _Context) -> When | None:
    """ "mid-2017", "early 2017": the year, since a part of it has no agreed bounds."""
    return _year_when(int(context.group("y")))


def _resolve_year(context: _Context) -> When | None:
    """A bare year, unless it is a label, a price or a count ("Article 2016", "2000 people")."""
    before = context.sentence[max(0, context.start - 16) : context.start]
    if _YEAR_NOT_DATE_BEFORE.search(before):
        return None
    if _YEAR_NOT_DATE_AFTER.match(context.sentence, context.end):
        return None
    return _year_when(int(context.group("y")))


def _resolve_day_word(context: _Context) -> When | None:
    """ "yesterday", "today", "last night", "tomorrow"."""
    published = context.published
    if published is None:
        return None
    word = " ".join(context.group("word").lower().split())
    offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    return _day_when(published + dt.timedelta(days=offset))


def _resolve_weekday(context: _Context) -> When | None:
    """ "on Monday": the most recent Monday on or before publication (the next one in a
    future-tense sentence); "last Monday" strictly before, "next Monday" strictly after."""
    published = context.published
    if published is None:
        return None
    weekday = _WEEKDAYS[context.group("wd").lower()]
    relation = " ".join((context.group("rel") or "").lower().split())
    if relation == "on" or not relation:
        context.start = context.match.start("wd")
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if relation in {"next", "this coming"}:
        return _day_when(published + dt.timedelta(days=ahead or 7))
    if relation in {"last", "this past"}:
        return _day_when(published - dt.timedelta(days=back or 7))
    if context.future and relation != "this past":
        return _day_when(published + dt.timedelta(days=ahead))
    return _day_when(published - dt.timedelta(days=back))


def _resolve_period(context: _Context) -> When | None:
    """ "last week" (the previous Monday-Sunday), "last month" (the previous calendar month),
    "earlier this year", "next week"."""
    published = context.published
    if published is None:
        return None
    relation = " ".join(context.group("rel").lower().split())
    unit = context.group("unit").lower()
    shift = -1 if relation.endswith("last") else 1 if relation == "next" else 0
    if unit == "week":
        return _week_when(published + dt.timedelta(weeks=shift))
    if unit == "weekend":
        return _weekend(published, 1 if relation == "this" and context.future else shift)
    if unit == "month":
        year, month = divmod(published.year * 12 + published.month - 1 + shift, 12)
        return _month_when(year, month + 1)
    return _year_when(published.year + shift)


def _weekend(published: dt.date, shift: int) -> When:
    """The Saturday and Sunday of a weekend: the latest one begun by publication, or next."""
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    if shift > 0:
        saturday = published + dt.timedelta(days=(5 - published.weekday()) % 7 or 7)
    elif shift < 0 and published.weekday() >= 5:
        saturday -= dt.timedelta(weeks=1)
    return _day_when(saturday, saturday + dt.timedelta(days=1))


def _resolve_weekend(context: _Context) -> When | None:
    """ "over the weekend": the latest weekend begun by publication."""
    if context.published is None:
        return None
    return _weekend(context.published, 0)


def _resolve_ago(context: _Context) -> When | None:
    """ "three days ago", "two weeks ago", "a year ago", at the precision of the unit."""
    published = context.published
    if published is None:
        return None
    amount_text = context.group("n").lower()
    amount = int(amount_text) if amount_text.isdigit() else _NUMBER_WORDS[amount_text]
    unit = context.group("unit").lower().rstrip("s")
    try:
        if unit == "day":
            return _day_when(published - dt.timedelta(days=amount))
        if unit == "week":
            return _week_when(published - dt.timedelta(weeks=amount))
        if unit == "month":
            year, month = divmod(published.year * 12 + published.month - 1 - amount, 12)
            return _month_when(year, month + 1)
        return _year_when(published.year - amount)
    except (ValueError, OverflowError):
        return None


_RESOLVERS: dict[str, Callable[[_Context], When | None]] = {
    "iso": _resolve_numeric,
    "ymd_slash": _resolve_numeric,
    "dmy_dot": _resolve_numeric,
    "numeric_slash": _resolve_numeric_slash,
    "day_range_dmy": _resolve_day_range,
    "day_range_mdy": _resolve_day_range,
    "dmy": _resolve_day_month,
    "day_pair": _resolve_day_range,
    "quarter": _resolve_quarter,
    "mdy": _resolve_day_month,
    "month_range": _resolve_month_range,
    "month_part": _resolve_month_part,
    "month_year": _resolve_month_year,
    "month_word": _resolve_month_word,
    "season": _resolve_season,
    "year_range": _resolve_year_range,
    "decade": _resolve_decade,
    "year_part": _resolve_year_part,
    "year": _resolve_year,
    "day_word": _resolve_day_word,
    "weekday": _resolve_weekday,
    "period": _resolve_period,
    "weekend": _resolve_weekend,
    "ago": _resolve_ago,
}
