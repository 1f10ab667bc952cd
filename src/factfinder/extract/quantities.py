"""Figures in a sentence: numbers in digits or words, with unit, qualifier and revisions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factfinder.extract.claims import Figure
from factfinder.extract.events.people import PERSON_NOUNS

# Words, numbers (with thousands separators or a decimal point) and single other characters.
# An en dash between letters joins a compound ("three Haldor–Taldorian dual nationals").
_TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+(?:[-'’–][^\W\d_]+)*|\S")
# Cheap first look: a sentence without a digit or a number word has no figure.
_PREFILTER = re.compile(
    r"[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|scores|tens)\b",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+")
_DECIMAL = re.compile(r"[0-9]+\.[0-9]+")
_CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.?\s?m\b\.?|o['’]clock\b|h(?:rs)?\b|gmt\b|utc\b)", re.I)

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# ACLED's conservative reading of vague plurals: the smallest number the word can mean.
_VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000}
_VAGUE_MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000}
_FEW = {"several", "few", "some"}

_QUALIFIERS: dict[tuple[str, ...], str] = {
    ("at", "least"): "at_least",
    ("no", "fewer", "than"): "at_least",
    ("no", "less", "than"): "at_least",
    ("not", "less", "than"): "at_least",
    ("not", "fewer", "than"): "at_least",
    ("a", "minimum", "of"): "at_least",
    ("at", "a", "minimum"): "at_least",
    ("more", "than"): "more_than",
    ("over",): "more_than",
    ("upwards", "of"): "more_than",
    ("upward", "of"): "more_than",
    ("in", "excess", "of"): "more_than",
    ("well", "over"): "more_than",
    ("just", "over"): "more_than",
    ("well", "above"): "more_than",
    ("greater", "than"): "more_than",
    ("about",): "about",
    ("around",): "about",
    ("some",): "about",
    ("roughly",): "about",
    ("approximately",): "about",
    ("approx",): "about",
    ("nearly",): "about",
    ("almost",): "about",
    ("close", "to"): "about",
    ("just", "under"): "about",
    ("an", "estimated"): "about",
    ("estimated",): "about",
    ("perhaps",): "about",
    ("circa",): "about",
    ("up", "to"): "up_to",
    ("as", "many", "as"): "up_to",
    ("as", "much", "as"): "up_to",
    ("at", "most"): "up_to",
    ("no", "more", "than"): "up_to",
    ("not", "more", "than"): "up_to",
    ("a", "maximum", "of"): "up_to",
    ("fewer", "than"): "up_to",
    ("less", "than"): "up_to",
}
_QUALIFIER_MAX_WORDS = 3
# "talked about two men", "handed over three men": prepositions and particles, not qualifiers.
_NOT_APPROXIMATING = {
    "about": {
        "talk", "talked", "talks", "spoke", "speak", "speaks", "said", "say", "says", "know",
        "knew", "known", "concerned", "concern", "worried", "information", "news", "report",
        "reports", "reported", "asked", "ask", "story", "stories", "details", "think",
        "thought", "heard", "hear", "learned", "learnt", "wrote", "written", "care", "cares",
        "complained", "questions", "question", "warned", "testified", "comment", "commented",
        "disclosed", "lied", "doubts", "alarmed", "fears", "fear", "allegations",
    },
    "over": {
        "handed", "hand", "hands", "turned", "turn", "turns", "took", "taken", "take", "takes",
        "went", "go", "goes", "carried", "fought", "fight", "argued", "ruled", "presided",
        "control", "controls", "power", "dispute", "disputes", "concern", "concerns", "worry",
    },
    "around": {"turned", "turn", "walked", "moved", "travelled", "traveled", "looked"},
    "some": {"for"},  # "for some 20 years" is a duration; "of some 40 families" is a count
    # "revised the toll up to 30": a change, not a ceiling.
    "up": {
        "revised", "raised", "pushed", "bumped", "went", "gone", "go", "goes", "rose", "risen",
        "climbed", "jumped", "added", "adds", "summed", "ramped", "moved", "taken", "took",
        "toll", "figure", "number", "estimate", "tally", "count", "total",
    },
}  # fmt: skip
_ONLY = {"only", "just", "merely", "exactly", "precisely"}

# Nouns that make a plural without a final "s".
_IRREGULAR_PLURALS = {
    "men", "women", "people", "children", "police", "personnel", "staff", "troops", "cattle",
    "livestock", "sheep", "youth", "clergy", "militia", "crew", "folk", "feet", "teeth",
    "geese", "mice", "data", "media", "criteria", "offspring", "kin", "infantry", "cavalry",
}  # fmt: skip
_SINGULAR_TO_PLURAL = {
    "man": "men", "woman": "women", "person": "people", "child": "children", "policeman":
    "policemen", "policewoman": "policewomen", "foot": "feet", "tooth": "teeth",
}  # fmt: skip
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "'s", "’s", "ics")
# People named by an "-ics" plural, unlike "politics" or "ethics".
_ICS_PEOPLE = {
    "critics", "clerics", "medics", "paramedics", "academics", "mechanics", "catholics",
    "heretics", "sceptics", "skeptics", "cynics", "fanatics", "mystics", "diabetics",
    "epileptics", "domestics", "agnostics", "alcoholics", "lunatics", "psychics",
}  # fmt: skip
_S_WORDS_NOT_NOUNS = {
    "was", "has", "is", "its", "this", "his", "hers", "ours", "yours", "theirs", "as", "thus",
    "yes", "perhaps", "always", "towards", "afterwards", "besides", "whereas", "unless",
    "across", "less", "says", "does", "goes", "seems", "means", "remains", "includes",
    "lies", "sits", "stands", "lives", "holds", "became", "whilst", "amongst", "plus", "minus",
    "news", "series", "alias", "bias", "gas", "bus", "previous", "various", "numerous",
    "famous", "serious", "anonymous", "religious", "dangerous", "nervous", "jealous", "us",
    "overseas", "nearby", "sometimes", "elsewhere", "downstairs", "upstairs", "indoors",
    "outdoors", "nevertheless", "regardless", "homeless", "unarmed", "innocent", "ones",
}  # fmt: skip
# Words after a number that make it something other than a count of people or things.
_NOT_COUNT_UNITS = {
    "seconds", "minutes", "hours", "days", "nights", "weeks", "weekends", "months", "years",
    "decades", "centuries", "mornings", "evenings", "afternoons", "generations",
    "percent", "percents", "per", "pc", "percentage", "points", "times", "fold",
    "kilometres", "kilometers", "km", "kms", "miles", "metres", "meters", "yards", "feet",
    "inches", "centimetres", "centimeters", "cm", "mm", "kilograms", "kilogrammes", "kg",
    "kgs", "grams", "tonnes", "tons", "litres", "liters", "acres", "hectares", "degrees",
    "calories", "thirds", "quarters", "halves", "fifths", "tenths", "hundredths", "am", "pm",
    "comments", "shares", "likes", "views", "replies", "retweets", "reads", "stars",
    "votes", "bytes", "pixels", "ones", "subscribers", "viewers", "listeners", "downloads",
    "clicks", "impressions", "signatures", "whereabouts", "occasions",
    # Places people live in or flee from are where an act happened, not its victims
    # ("displaced from five villages"); places of detention ("six prisons") do count.
    "villages", "towns", "cities", "districts", "provinces", "regions", "countries",
    "municipalities", "settlements", "neighbourhoods", "neighborhoods", "hamlets", "counties",
    # What a threat is sent by and what is taken, not whom the act befalls: "received
    # dozens of threatening messages", "confiscated two phones", "seized 40 sheep".
    "messages", "calls", "letters", "emails", "texts", "posts", "tweets", "broadcasts",
    "videos", "articles", "phones", "laptops", "computers", "sheep", "cattle", "goats",
    "cows", "livestock", "horses", "animals", "chickens",
}  # fmt: skip
_TIME_SINGULARS = {
    "second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade",
    "century", "morning", "evening", "afternoon", "time", "moment", "occasion",
}  # fmt: skip
# Words that end the noun phrase after a number: prepositions, verbs, pronouns, conjunctions.
_NP_STOP = {
    "in", "on", "at", "of", "from", "to", "by", "with", "for", "during", "after", "before",
    "since", "into", "onto", "across", "near", "under", "over", "between", "among", "amongst",
    "against", "without", "within", "through", "throughout", "towards", "toward", "via",
    "per", "than", "as", "like", "about", "around", "outside", "inside", "behind", "beyond",
    "until", "till", "upon", "off", "out", "up", "down", "along", "while", "whilst", "when",
    "where", "who", "whom", "whose", "which", "that", "this", "these", "those", "and", "or",
    "but", "nor", "yet", "so", "if", "because", "although", "though", "whether",
    "was", "were", "is", "are", "be", "been", "being", "am", "have", "has", "had", "having",
    "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "not", "no", "also", "still", "reportedly", "allegedly", "apparently", "all",
    "each", "both", "the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
    "he", "she", "it", "they", "we", "i", "you", "them", "him", "us", "there", "here",
    "then", "now", "more", "most", "less", "least", "including", "included", "remain",
    "remained", "died", "say", "said", "says", "ago", "later", "earlier", "alone", "only",
    "altogether", "total", "respectively", "apiece", "such", "other", "another",
}  # fmt: skip
_DETERMINERS = {"the", "these", "those", "its", "their", "his", "her", "our", "your", "my"}
_PRONOUNS_AFTER_OF = {"them", "whom", "these", "those", "us", "which"}
# A bare number followed by one of these counts something unnamed ("at least 12 were killed").
_BARE_COUNT_VERBS = {
    "were", "are", "have", "had", "remain", "remained", "continue", "died", "fled", "flee",
    "disappeared", "reportedly", "allegedly", "still", "more", "others",
}  # fmt: skip
# "One" reads as an indefinite article ("One escapee said") unless the count is the point.
_ONE_COUNT_VERBS = {"was", "is", "has", "had", "died", "remains", "remained", "reportedly"}
_BEFORE_ONE_NOT_COUNT = {"no", "any", "every", "each", "the", "this", "that", "which", "some"}
# Labels whose number names something ("Article 5", "Camp 6", "Resolution 2334").
_LABELS = {
    "article", "articles", "art", "section", "sections", "paragraph", "paragraphs", "para",
    "chapter", "rule", "rules", "resolution", "resolutions", "law", "decree", "case", "no",
    "nos", "number", "page", "pages", "p", "pp", "vol", "volume", "issue", "item", "clause",
    "annex", "appendix", "figure", "fig", "table", "protocol", "code", "room", "cell", "block",
    "camp", "colony", "ward", "flight", "route", "highway", "platform", "gate", "bill",
    "amendment", "directive", "regulation", "footnote", "note", "copyright", "id", "tel",
    "phone", "fax", "ext", "box", "suite", "km", "mile", "kilometre", "kilometer", "age",
    "aged", "ages", "title", "schedule", "category",
}  # fmt: skip
_AGE_WORDS = {"aged", "age", "ages", "ageing"}
_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}  # fmt: skip
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_YEAR_CONTEXT = {
    "in", "since", "of", "by", "until", "till", "from", "before", "after", "during", "the",
    "a", "an", "this", "that", "its", "their", "his", "her", "our", "through", "throughout",
    "early", "mid", "late", "end", "spring", "summer", "autumn", "fall", "winter", "between",
    "and", "to", "©", "copyright", "for", "'s", "’s", "s",
}  # fmt: skip
_RANGE_DASHES = {"-", "–", "—", "‒", "−"}
_CURRENCY_SYMBOLS = {"$": "dollars", "€": "euros", "£": "pounds", "₽": "roubles", "¥": "yen"}
_CURRENCY_CODES = {
    "usd": "dollars", "eur": "euros", "gbp": "pounds", "rub": "roubles", "uah": "hryvnias",
    "chf": "francs",
}  # fmt: skip
_MONEY_SCALES = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
_REVISION_VERBS = {
    "rose", "risen", "rising", "rises", "rise", "increased", "increase", "increases",
    "increasing", "grew", "grown", "grows", "growing", "climbed", "climbing", "jumped",
    "revised", "raised", "raising", "went", "gone", "doubled", "tripled", "fell", "fallen",
    "falling", "dropped", "decreased", "declined", "reduced", "lowered", "corrected",
    "changed", "updated", "swelled", "soared", "surged", "upped", "number", "figure",
    "toll", "estimate", "count", "tally", "total",
}  # fmt: skip
_REPORTING_VERBS = {
    "reported", "thought", "believed", "claimed", "stated", "said", "announced", "estimated",
    "suggested", "published", "suspected", "feared", "indicated", "known",
    "assumed", "counted", "documented", "recorded", "listed", "cited", "alleged", "given",
}  # fmt: skip
_REPORTING_ADVERBS = {
    "originally", "previously", "initially", "first", "earlier", "was", "were", "had",
    "been", "being", "widely", "officially", "falsely", "wrongly", "mistakenly",
}  # fmt: skip
_REVISION_GAP_WORDS = 14
# An explicit marker ("up from", "its earlier count of") may stand further off, at the end of
# a long wire sentence, because it cannot be misread as a place or another group.
_MARKED_REVISION_GAP_WORDS = 40


@dataclass(frozen=True)
class FigureMention:
    """A figure and the exact phrase it was read from (sentence[start:end] == text)."""

    start: int
    end: int
    text: str
    figure: Figure


@dataclass(frozen=True)
class _Number:
    """A number read at tokens first..last (inclusive) and how it was written."""

    value: int
    first: int
    last: int
    vague: bool = False
    qualifier: str | None = None


@dataclass(frozen=True)
class _Unit:
    """The counted noun after a number (empty when the text names none) and where it ends;
    not_counted when the noun makes the number a measure, a time span or page furniture."""

    noun: str
    last: int
    not_counted: bool = False


class _Tokens:
    """A sentence split once into tokens with their offsets, for index-based look-around."""

    __slots__ = ("sentence", "texts", "lowers", "starts", "ends", "n", "superseded")

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self.texts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        for match in _TOKEN.finditer(sentence):
            self.texts.append(match.group())
            self.starts.append(match.start())
            self.ends.append(match.end())
        self.lowers = [text.lower() for text in self.texts]
        self.n = len(self.texts)
        # Tokens of an earlier value read as revised further on ("…, not four people as
        # first reported"): part of the figure they revise, never a count of their own.
        self.superseded: set[int] = set()

    def low(self, i: int) -> str:
        return self.lowers[i] if 0 <= i < self.n else ""

    def attached(self, i: int, j: int) -> bool:
        """True when token j follows token i with no space between them."""
        return 0 <= i < self.n and 0 <= j < self.n and self.ends[i] == self.starts[j]

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.texts[i][0].isalpha()

    def is_digits(self, i: int) -> bool:
        return 0 <= i < self.n and self.texts[i][0].isdigit()


def find_figures(sentence: str, earlier_unit: str = "") -> list[FigureMention]:
    """Every count written in the sentence, with its unit, qualifier and any earlier value it
    revises; dates, times, ages, ordinals, percentages, labels and list numbers are not counts.

    earlier_unit is the unit of the last figure in the sentence before, for counts that name
    nothing in their own sentence ("Tamm was one of 25 people detained. Twenty-one of them
    have since been freed.").
    """
    if not _PREFILTER.search(sentence):
        return []
    tokens = _Tokens(sentence)
    mentions: list[FigureMention] = []
    previous_unit = ""
    floor = 0  # the first token after the previous mention: mentions never overlap
    i = 0
    while i < tokens.n:
        found = None if i in tokens.superseded else _figure_at(tokens, i)
        if found is None:
            i += 1
            continue
        first, last, figure = found
        first = max(first, floor)
        i = last + 1
        if not figure.unit:
            # "28 protesters remain in custody; 12 were released", "lawyers for the
            # protesters said four of them": the count names its noun earlier in the sentence.
            unit = previous_unit or _antecedent(tokens, first, last, earlier_unit)
            speaks = tokens.low(last + 1) in _SPEECH_VERBS  # "Six described being beaten"
            anaphoric = (
                tokens.low(last) in _PRONOUNS_AFTER_OF
                or speaks
                or not _is_participle(tokens, last + 1)
            )
            if not unit and anaphoric:
                unit = earlier_unit or _those_who(tokens, last)
            if unit:
                figure = figure.model_copy(update={"unit": unit})
            elif not anaphoric or speaks:
                continue  # "and thousands displaced", "12 said" with nothing to say who
        previous_unit = figure.unit or previous_unit
        floor = last + 1
        start, end = tokens.starts[first], tokens.ends[last]
        mentions.append(FigureMention(start, end, tokens.sentence[start:end], figure))
    return mentions


def _antecedent(tokens: _Tokens, first: int, last: int, earlier_unit: str = "") -> str:
    """The plural noun "them"/"whom" stands for: the nearest one before the figure; for a
    bare count, the group a vague partitive named ("several of the detainees were held
    incommunicado and at least four were beaten"). "Those detained" are the people the
    sentence before counted (earlier_unit), when it counted people."""
    those = _people_or(earlier_unit)
    before = first  # where to look back from
    if tokens.low(first - 1) in _PRONOUNS_AFTER_OF and tokens.low(first - 2) in {"of", "among"}:
        before = first - 2  # "activists, of whom 12 were detained", "among them three women"
    elif tokens.low(last) not in _PRONOUNS_AFTER_OF:
        return _partitive_group(tokens, first) or _people_named_before(tokens, first, those)
    else:
        part = _earlier_part_of_them(tokens, last)
        before = before if part is None else part
    nearest: str | None = None  # the nearest plural of any kind, used when no people are named
    for k in range(before - 1, max(-1, before - _ANTECEDENT_REACH), -1):
        word = tokens.lowers[k]
        if word in {".", "!", "?"}:
            break
        if k == before - 2 and tokens.low(k + 1) == "of":
            continue  # "the deaths of 19 of them": what befell the group, not the group
        if word in _FORCES or _in_agent_phrase(tokens, k):
            continue  # "arrested by border police, and three of them": the victims, not police
        if word == "those" and _is_participle(tokens, k + 1):
            return those  # "those detained …, and the families of 20 of them"
        if not tokens.is_word(k) or word in _NP_STOP or not _looks_plural(word):
            continue
        if _names_people(word):
            return word  # "taken by men in plain clothes, and 20 of them": not "clothes"
        if nearest is None and k >= before - 12:
            nearest = "" if word in _NOT_COUNT_UNITS else word
    return nearest or ""


def _people_or(earlier_unit: str) -> str:
    """The people "those detained" are: the group the sentence before counted, when it named
    people ("Fourteen men have died in custody. Of those detained, 189 have been released"),
    else "people"."""
    words = earlier_unit.split()
    return earlier_unit if words and _names_people(words[-1]) else "people"


# Words that take part of a group by "of them": "All of them", "some of them".
_PART_OF_THEM = {
    "all", "each", "both", "none", "one", "most", "many", "some", "several", "few", "half",
}  # fmt: skip


def _earlier_part_of_them(tokens: _Tokens, last: int) -> int | None:
    """Where an earlier "all of them" in the sentence starts, for a later "17 of them", which
    tells of the same group: "All of them were given access to lawyers, and 17 of them have
    been released" counts those "all" stood for, not the lawyers named between."""
    for k in range(last - 2, 0, -1):
        if tokens.lowers[k] in {".", ";", "!", "?"}:
            return None
        if tokens.lowers[k] == "of" and tokens.low(k + 1) == "them":
            part = tokens.low(k - 1)
            if part in _PART_OF_THEM or _starts_number(tokens, k - 1):
                return k - 1
    return None


def _those_who(tokens: _Tokens, last: int) -> str:
    """ "Nine of those arrested were minors": with no group named before, those a participle
    describes are people."""
    return "people" if tokens.low(last) == "those" and _is_participle(tokens, last + 1) else ""


def _in_agent_phrase(tokens: _Tokens, k: int) -> bool:
    """Whether the noun at k is in a "by …" phrase: "taken by men in plain clothes"."""
    for b in range(k - 1, max(-1, k - 5), -1):
        if tokens.lowers[b] == "by":
            return True
        if not tokens.is_word(b) or (tokens.lowers[b] in _NP_STOP - _DETERMINERS):
            return False
    return False


# Words for an unnumbered part of a group: "most of the 300 families", "a third of the 90".
_PART_WORDS = {
    "half", "third", "thirds", "quarter", "quarters", "percent", "cent", "%", "most",
    "majority", "many", "some", "several", "few", "none", "minority", "proportion",
}  # fmt: skip
# Organisations a person belongs to or speaks for: "members of three unions" counts no one.
_BODIES = {
    "parties", "unions", "organisations", "organizations", "ngos", "groups", "movements",
    "associations", "committees", "councils", "newspapers", "outlets", "companies", "churches",
    "factions", "coalitions", "networks", "ministries", "agencies",
}  # fmt: skip
# Those who carry out arrests and raids: "them" after them names their victims.
_FORCES = {
    "police", "officers", "policemen", "soldiers", "troops", "guards", "forces", "militia",
    "militiamen", "authorities", "agents", "gunmen", "personnel", "investigators",
}  # fmt: skip


def _partitive_group(tokens: _Tokens, first: int) -> str:
    """The plural noun of the nearest "several/many/some of the <noun>" before token first."""
    for k in range(first - 1, max(0, first - 16), -1):
        if tokens.lowers[k] in {".", ";", "!", "?"}:
            return ""
        if tokens.lowers[k] != "of" or tokens.low(k - 1) not in _PARTITIVE_QUANTIFIERS:
            continue
        if tokens.low(k + 1) not in _DETERMINERS:
            continue
        unit = _noun_phrase(tokens, k + 2, 2)
        if unit is not None and not unit.not_counted and unit.last < first:
            return unit.noun
    return ""


def _people_named_before(tokens: _Tokens, first: int, those: str = "people") -> str:
    """The people a bare count elides, named earlier in the sentence: "Relatives gathered
    outside the prison, and at least eight were detained" counts relatives. The nearest
    plural noun for people wins; those who act on them (police, soldiers) are passed over,
    and so are things ("the media", "the buses"), which no act here befalls."""
    for k in range(first - 1, max(-1, first - _ANTECEDENT_REACH), -1):
        word = tokens.lowers[k]
        if word in {".", "!", "?", ":"}:
            return ""
        if word == "those" and _is_participle(tokens, k + 1):
            return those  # "Those arrested were driven away, and 12 are still held"
        if word in _FORCES or not tokens.is_word(k) or word in _NP_STOP:
            continue
        if _in_agent_phrase(tokens, k):
            continue  # "Students were attacked by gunmen and five were killed": students
        if word in _KIN and tokens.low(k + 1) == "of" and _spoken_for(tokens, first):
            continue  # "returnees …, and relatives of at least five say": five returnees
        if _looks_plural(word) and _names_people(word):
            while _looks_plural(tokens.low(k + 1)) and _names_people(tokens.low(k + 1)):
                k += 1  # "asylum seekers", "human rights defenders": the last word is the head
            return tokens.lowers[k]
    return ""


_ANTECEDENT_REACH = 30


def _names_people(plural: str) -> bool:
    """Whether a plural noun names people: "relatives", "fishermen", "activists"."""
    if plural.endswith(("men", "people", "children")) or plural in _ICS_PEOPLE:
        return plural not in {"specimen", "abdomen", "regimen"}
    singular = _singular(plural)
    return singular in PERSON_NOUNS or singular.endswith("ist") or plural in PERSON_NOUNS


def _singular(plural: str) -> str:
    """The singular of a plural noun by form ("families" -> "family", "witnesses" -> "witness")."""
    if plural.endswith("ies") and len(plural) > 4:
        return plural[:-3] + "y"
    if plural.endswith(("sses", "ches", "shes", "xes")):
        return plural[:-2]
    return plural.removesuffix("s")


# Quantifiers that name a group without counting it: "several of the detainees".
_PARTITIVE_QUANTIFIERS = {"several", "many", "some", "most", "all", "few", "dozens", "hundreds"}


def _is_participle(tokens: _Tokens, i: int) -> bool:
    word = tokens.low(i)
    return (len(word) > 4 and word.endswith("ed")) or word in _IRREGULAR_PARTICIPLES


_IRREGULAR_PARTICIPLES = {"hurt", "held", "taken", "beaten", "shot", "slain", "missing", "dead"}


def _figure_at(tokens: _Tokens, i: int) -> tuple[int, int, Figure] | None:
    """The figure whose number starts at token i, as (first token, last token, figure)."""
    number = _read_number(tokens, i)
    if number is None or _is_not_a_count(tokens, number):
        return None
    first = _before_currency(tokens, number.first)
    qualifier, qualifier_first = _qualifier_before(tokens, first)
    if number.qualifier and qualifier is None:
        qualifier = number.qualifier
    if qualifier_first is not None:
        first = qualifier_first
    if number.vague and qualifier is None:
        qualifier = "at_least"

    # "not two but six prisons": the later number is the figure, the earlier one revised.
    if tokens.low(number.first - 1) == "not" and not number.vague:
        revised = _not_x_but_y(tokens, number)
        if revised is not None:
            return revised

    high: _Number | None = None
    low_value = number.value
    if not number.vague:
        between = tokens.low(number.first - 1) == "between"
        span = _range_end(tokens, number, between=between)
        if span is not None:
            low_value, high = span
            if between:
                first = min(first, number.first - 1)

    # "revised from two to six", "rose from 2 to 6 prisons": a revision, not a range.
    if (
        high is not None
        and tokens.low(number.first - 1) == "from"
        and _revision_verb_before(tokens, number.first - 1)
    ):
        unit = _unit_after(tokens, high) or _unit_from_context(tokens, high, high.first)
        if unit is None or unit.not_counted:
            return None
        old = Figure(low=low_value, unit=unit.noun, qualifier=qualifier or "exact")
        figure = Figure(low=high.value, unit=unit.noun, supersedes=old)
        return number.first - 1, max(unit.last, high.last), figure

    last_number = high or number
    unit = _unit_after(tokens, last_number)
    if unit is None:
        unit = _unit_from_context(tokens, number, first)
        if unit is None:
            return None
    if _is_year(tokens, number, unit, qualifier) or (high and _is_year(tokens, high, unit, "")):
        return None
    if _is_lone_one(tokens, number, high, unit, qualifier):
        return None
    if tokens.low(first - 1) == "of" and unit.noun.split()[-1:] in ([w] for w in _BODIES):
        return None  # "the leaders of two opposition parties": whose leaders, not victims
    of = _of_before_whole(tokens, first)
    if of is not None and tokens.low(of - 1).split("-")[-1] in _PART_WORDS:
        return None  # "half (two-thirds) of the 400 detainees were beaten": a part, unnumbered
    if _fronted_whole(tokens, first, unit):
        return None  # "Of the 11 returnees, three remain missing": three counts, in returnees
    revised_to = _revised_to(tokens, number, high, unit, qualifier)
    if revised_to is not None:
        return revised_to
    if high is None and _place_left(tokens, first, unit):
        return None  # "evicted from the 3 camps": where the act drove people from

    last = unit.last
    trailing = _trailing_qualifier(tokens, last) if high is None else None
    if trailing is not None and qualifier is None:
        qualifier, last = trailing[0], trailing[1]  # "40 people or more"
    figure = Figure(
        low=low_value,
        high=high.value if high is not None else None,
        unit=unit.noun,
        qualifier=qualifier or "exact",
    )
    revision = _revision_after(tokens, last, figure)
    if revision is not None:
        figure, last = revision
    return first, last, figure


def _trailing_qualifier(tokens: _Tokens, last: int) -> tuple[str, int] | None:
    """The qualifier "or more" / "or so" written after a count's noun ("40 people or more")
    and where it ends; None when none closes the phrase there ("40 people or more than 40
    families" compares, "40 people or so-called rioters" names)."""
    if tokens.low(last + 1) != "or" or tokens.low(last) in _TRAILING_QUALIFIERS:
        return None
    qualifier = _TRAILING_QUALIFIERS.get(tokens.low(last + 2))
    if qualifier is None or tokens.low(last + 3) in _RANGE_DASHES:
        return None  # "or so-called rioters"
    if tokens.low(last + 3) not in _AFTER_TRAILING_QUALIFIER:
        return None
    return qualifier, last + 2


# What may follow "40 people or more": the end of the phrase, its verb or a time or place.
_AFTER_TRAILING_QUALIFIER = {
    "", ".", ",", ";", ":", ")", "were", "are", "have", "had", "in", "on", "at", "since",
    "during", "across", "from",
}  # fmt: skip


def _of_before_whole(tokens: _Tokens, first: int) -> int | None:
    """The "of" of "of the 400", "of the village's 400" before the number at token first, where
    the number is a whole something else is a part of; None when no such "of" stands there."""
    if tokens.low(first - 1) in _DETERMINERS and tokens.low(first - 2) == "of":
        return first - 2
    for k in range(first - 2, max(-1, first - _POSSESSOR_MAX_WORDS - 3), -1):
        if tokens.low(k) == "of" and _possessor_end(tokens, k + 1) == first - 1:
            return k
    return None


def _place_left(tokens: _Tokens, first: int, unit: _Unit) -> bool:
    """ "More than 500 families were evicted from the 3 camps": a count of things after "from"
    names where people were driven or taken from, never whom an act befell."""
    k = first - 1
    if tokens.low(k) in _DETERMINERS:
        k -= 1
    if tokens.low(k) != "from" or not unit.noun:
        return False
    return not _names_people(unit.noun.split()[-1])


def _fronted_whole(tokens: _Tokens, first: int, unit: _Unit) -> bool:
    """ "Of the 11 returnees, three remain missing": a clause-opening "of" names the whole a
    following number is part of; the act befell the part, as in "three of the 11 returnees"."""
    k = first - 1
    if tokens.low(k) in _DETERMINERS:
        k -= 1
    if tokens.low(k) != "of" or tokens.low(k - 1) not in {"", ",", ";", ":", "“", '"', "("}:
        return False
    if not unit.noun:
        return False
    for comma in range(unit.last + 1, min(tokens.n, unit.last + _CONTACT_CLAUSE_WORDS)):
        if tokens.lowers[comma] == ",":  # "Of the 30 detainees (we interviewed), 11 said"
            after = tokens.low(comma + 1)
            return _starts_number(tokens, comma + 1) or after in {"at", "about", "more", "over"}
        if not tokens.is_word(comma) or _starts_number(tokens, comma):
            return False
    return False


_CONTACT_CLAUSE_WORDS = 7


def _read_number(tokens: _Tokens, i: int) -> _Number | None:
    """The number that starts at token i; "10 or so" is read as about 10, "10 or more" as at
    least 10."""
    number = _read_number_itself(tokens, i)
    if number is not None and tokens.low(number.last + 1) == "or":
        after = _TRAILING_QUALIFIERS.get(tokens.low(number.last + 2))
        if after is not None and tokens.low(number.last + 3) != "than":
            return _Number(number.value, number.first, number.last + 2, number.vague, after)
    if number is not None and not number.vague and tokens.attached(number.last, number.last + 1):
        # "40-odd detainees" is about 40; "2,000-plus people" and "200+ people" more than
        glued = tokens.low(number.last + 1)
        suffix = tokens.low(number.last + 2) if glued == "-" else glued
        last = number.last + (2 if glued == "-" else 1)
        if glued in {"-", "+"} and suffix in _GLUED_QUALIFIERS and tokens.attached(last - 1, last):
            return _Number(number.value, number.first, last, False, _GLUED_QUALIFIERS[suffix])
    return number


_GLUED_QUALIFIERS = {"odd": "about", "plus": "more_than", "+": "more_than"}
# "or so", "or more" after a number or its noun: "12 or more people", "40 people or so".
_TRAILING_QUALIFIERS = {"so": "about", "more": "at_least"}


def _read_number_itself(tokens: _Tokens, i: int) -> _Number | None:
    """The number that starts at token i, written in digits, words or a vague plural."""
    if not 0 <= i < tokens.n:
        return None
    low = tokens.lowers[i]
    if tokens.is_digits(i):
        return _read_digits(tokens, i)
    if low in _CURRENCY_SYMBOLS and tokens.is_digits(i + 1) and tokens.attached(i, i + 1):
        return None  # read from the digits; the symbol is picked up as the unit
    if not tokens.is_word(i):
        return None
    if low in _VAGUE:
        return _read_vague(tokens, i)
    if low in _FEW or low == "a":
        after = tokens.low(i + 1)
        if low == "a" and after == "few":
            after = tokens.low(i + 2)
            if after in _VAGUE_MULTIPLIERS or after in _VAGUE:
                return _Number(_VAGUE_MULTIPLIERS.get(after) or _VAGUE[after], i, i + 2, True)
            return None
        if low in _FEW and (after in _VAGUE_MULTIPLIERS or after in _VAGUE):
            value = _VAGUE_MULTIPLIERS.get(after) or _VAGUE[after]
            return _Number(value, i, i + 1, True)
        if low == "some":
            return None
    if low == "half" and tokens.low(i + 1) == "a":
        whole = {"dozen": 12, "million": 1_000_000}.get(tokens.low(i + 2))
        if whole:
            return _Number(whole // 2, i, i + 2)
    if (
        low == "tens"
        and tokens.low(i + 1) == "of"
        and tokens.low(i + 2)
        in {
            "thousands",
            "millions",
        }
    ):
        return _Number(10 * _VAGUE[tokens.low(i + 2)], i, i + 2, True)
    return _read_words(tokens, i)


def _read_digits(tokens: _Tokens, i: int) -> _Number | None:
    """A number in digits: "100", "1,200", "2.5 million", "$5m"; None for malformed groups."""
    text = tokens.texts[i]
    if _DECIMAL.fullmatch(text):
        scale = _SCALES.get(tokens.low(i + 1))
        if scale is None and _short_scale_applies(tokens, i):
            scale = _MONEY_SCALES.get(tokens.low(i + 1))
        if scale is None:
            return None  # "2.5" with no scale is a measure or a decimal, not a count
        return _Number(int(round(float(text) * scale)), i, i + 1)
    if not _DIGITS.fullmatch(text):
        return None  # "1,20,3" is a list or an identifier
    plain = text.replace(",", "")
    if (len(plain) > 1 and plain[0] == "0") or len(plain) > 12:
        return None  # "007", long identifiers
    value = int(plain)
    after = tokens.low(i + 1)
    if after in _SCALES and tokens.is_word(i + 1):
        return _Number(value * _SCALES[after], i, i + 1)
    if after == "hundred":
        return _Number(value * 100, i, i + 1)
    if after in _MONEY_SCALES and _short_scale_applies(tokens, i):
        return _Number(value * _MONEY_SCALES[after], i, i + 1)
    return _Number(value, i, i)


def _short_scale_applies(tokens: _Tokens, i: int) -> bool:
    """ "$5m", "1.5m people": "m", "bn", "k" glued to a number scale it for money or for a
    plural count noun ("a 5m wall" is a length)."""
    if tokens.low(i + 1) not in _MONEY_SCALES or not tokens.attached(i, i + 1):
        return False
    if _currency_before(tokens, i):
        return True
    noun = tokens.low(i + 2)
    return tokens.is_word(i + 2) and _looks_plural(noun) and noun not in _NOT_COUNT_UNITS


def _read_vague(tokens: _Tokens, i: int) -> _Number | None:
    """ "dozens of men", "hundreds of thousands", "scores of": ACLED's conservative values."""
    low = tokens.lowers[i]
    value = _VAGUE[low]
    last = i
    if tokens.low(i + 1) == "of" and tokens.low(i + 2) in {"thousands", "millions"}:
        value *= _VAGUE[tokens.low(i + 2)]
        last = i + 2
    if [tokens.low(k) for k in range(last + 1, last + 4)] == [",", "if", "not"]:
        if tokens.low(last + 4) in _VAGUE and tokens.low(last + 5) == ",":
            last += 5  # "hundreds, if not thousands, of people": the lower reading counts
    elif tokens.low(last + 1) == "," and tokens.low(last + 2) in _HEDGES:
        if tokens.low(last + 3) in _VAGUE and tokens.low(last + 4) == ",":
            last += 4  # "dozens, possibly hundreds, of people"
    after = tokens.low(last + 1)
    if low == "scores" and after != "of":
        return None  # "test scores"
    if after not in {"of", "more"} and after not in _BARE_COUNT_VERBS:
        if not _is_participle(tokens, last + 1):
            return None
    return _Number(value, i, last, vague=True)


_HEDGES = {"possibly", "perhaps", "maybe", "probably", "even", "likely"}


def _read_words(tokens: _Tokens, i: int) -> _Number | None:
    """A number in words: "six", "twenty-five", "a hundred", "two dozen", "one hundred and
    twenty", "three million"."""
    total = 0
    current = 0
    last_kind = ""
    last = -1
    j = i
    while j < tokens.n and tokens.is_word(j):
        word = tokens.lowers[j]
        if "-" in word:
            parts = word.split("-")
            if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS:
                if parts[1] not in _UNITS or _UNITS[parts[1]] > 9 or last_kind in ("unit", "tens"):
                    break
                current += _TENS[parts[0]] + _UNITS[parts[1]]
                last_kind, last = "tens", j
                j += 1
                continue
            if j == i and len(parts) == 2 and parts[1] in _GLUED_QUALIFIERS:
                if parts[0] in _TENS:  # "thirty-odd prisoners", "forty-plus"
                    return _Number(_TENS[parts[0]], i, j, False, _GLUED_QUALIFIERS[parts[1]])
            if j == i and (parts[0] in _UNITS or parts[0] in _TENS):
                return None  # "five-year", "one-off": a compound, not a count
            break
        if word in ("a", "an") and j == i:
            if tokens.low(j + 1) in {"hundred", "thousand", "million", "billion", "dozen"}:
                current, last_kind = 1, "a"
                j += 1
                continue
            return None
        if word in _UNITS:
            if last_kind == "tens" and _UNITS[word] > 9:
                break
            if last_kind in ("unit", "a", "dozen"):
                break
            if last_kind == "tens" and current % 10:
                break
            current += _UNITS[word]
            last_kind, last = "unit", j
        elif word in _TENS:
            if last_kind in ("unit", "tens", "a", "dozen"):
                break
            current += _TENS[word]
            last_kind, last = "tens", j
        elif word == "hundred":
            if last_kind not in ("unit", "a") or current % 100 >= 10:
                break
            current = (current % 100) * 100 + (current - current % 100)
            last_kind, last = "hundred", j
        elif word in _SCALES:
            if last_kind not in ("unit", "tens", "hundred", "a"):
                break
            total += current * _SCALES[word]
            current = 0
            last_kind, last = "scale", j
        elif word == "dozen":
            if last_kind not in ("unit", "a") or current > 12:
                break
            current *= 12
            last_kind, last = "dozen", j
        elif word == "and" and last_kind in ("hundred", "scale"):
            if tokens.low(j + 1) not in _UNITS and tokens.low(j + 1).split("-")[0] not in _TENS:
                break
        else:
            break
        j += 1
    if last < 0:
        return None
    return _Number(total + current, i, last)


def _before_currency(tokens: _Tokens, i: int) -> int:
    """The first token of "$500" / "US$500" / "USD 500", where a qualifier would end."""
    if _currency_before(tokens, i):
        i -= 1
        if tokens.low(i - 1) == "us" and tokens.attached(i - 1, i):
            i -= 1
    return i


def _currency_before(tokens: _Tokens, i: int) -> bool:
    return tokens.low(i - 1) in _CURRENCY_SYMBOLS or tokens.low(i - 1) in _CURRENCY_CODES


def _is_not_a_count(tokens: _Tokens, number: _Number, range_end: bool = False) -> bool:
    """Dates, times, ages, labels, identifiers, list numbers and compounds are not counts
    (range_end: the number is the upper end of "50-100", so a dash before it is expected)."""
    first, last = number.first, number.last
    before, after = tokens.low(first - 1), tokens.low(last + 1)
    if tokens.is_digits(first):
        # Glued to letters or symbols: "G20", "COVID-19", "1st", "1990s", "10am", "24/7", "#5".
        glued_before = tokens.attached(first - 1, first) and before not in _CURRENCY_SYMBOLS
        if glued_before and not (range_end and before in _RANGE_DASHES):
            if before not in {"(", "“", '"', "‘", "'", "~", "["} or before == "[":
                return True
        if tokens.attached(last, last + 1) and after not in {",", ".", ";", ":", "!", "?", ")"}:
            if not (after in _RANGE_DASHES and tokens.is_digits(last + 2)):
                if not (after in _MONEY_SCALES and _currency_before(tokens, first)):
                    if after not in {"’", "'", '"', "”"}:
                        return True
        if after in {":", "/", "."} and tokens.attached(last, last + 1):
            if tokens.is_digits(last + 2) and tokens.attached(last + 1, last + 2):
                return True  # 10:30, 4/5, 26.05.2017
        if after == ")" and tokens.attached(last, last + 1):
            return True  # "1)" list item, "(23)" age after a name
        if after == "." and first == 0 and tokens.attached(last, last + 1):
            return True  # "1. Detention of …" list item
        if tokens.is_digits(last + 1) or tokens.is_digits(first - 1):
            return True  # "495 123 4567": phone numbers and identifiers
        if after in _RANGE_DASHES and tokens.is_digits(last + 2):
            if tokens.low(last + 3) in _RANGE_DASHES and tokens.is_digits(last + 4):
                return True  # 123-45-67
        if before in _RANGE_DASHES and tokens.is_digits(first - 2) and not range_end:
            return True
        if before in {"+", "#", "№", "§", "©", "no", "nos"}:
            return True
        if _CLOCK_AFTER.match(tokens.sentence, tokens.ends[last]):
            return True
    if before in _LABELS or (before == "." and tokens.low(first - 2) in _LABELS):
        return True
    if before in _MONTHS or (before == "." and tokens.low(first - 2) in _MONTHS):
        return True  # "May 26", "Sept. 5"
    if after in _MONTHS or (after == "of" and tokens.low(last + 2) in _MONTHS):
        return True  # "26 May", "26th of May"
    if before in _WEEKDAYS:
        return True
    if (after == "in" and _starts_number(tokens, last + 2) and not _year_at(tokens, last + 2)) or (
        before == "in" and _starts_number(tokens, first - 2)
    ):
        return True  # "one in five detainees" is a proportion, not a count; "5 in 2024" is not
    if _follows_age_word(tokens, first):
        return True  # "aged 30", "aged between 18 and 25", "the ages of 18 and 35"
    if tokens.is_word(first - 1) and tokens.texts[first - 1][0].isupper():
        # "Camp 6", "Boeing 737": a name then a number (sentence-initial capitals excluded).
        if first - 1 > 0 and before not in _QUALIFIER_WORDS and before not in _NP_STOP:
            if before not in _FEW and not before.endswith(("'s", "’s")):
                return True
    return False


_QUALIFIER_WORDS = {word for phrase in _QUALIFIERS for word in phrase} | _ONLY | {"between"}


def _follows_age_word(tokens: _Tokens, first: int) -> bool:
    for k in range(first - 1, max(-1, first - 6), -1):
        word = tokens.lowers[k]
        if word in _AGE_WORDS:
            return True
        if word not in _AGE_LINKS and not _starts_number(tokens, k):
            return False
    return False


_AGE_LINKS = {"and", "to", "or", "between", "of", "from", "over", "under", *_RANGE_DASHES}


def _starts_number(tokens: _Tokens, i: int) -> bool:
    return tokens.is_digits(i) or tokens.low(i) in _UNITS or tokens.low(i) in _TENS


def _qualifier_before(tokens: _Tokens, first: int) -> tuple[str | None, int | None]:
    """The qualifier written just before a number ("at least", "more than", "some") and the
    token where it starts; "only"/"just" mark an exact count."""
    words: list[str] = []
    j = first - 1
    while j >= 0 and len(words) < _QUALIFIER_MAX_WORDS + 1 and tokens.is_word(j):
        words.insert(0, tokens.lowers[j])
        j -= 1
    if tokens.low(first - 1) == "." and tokens.low(first - 2) == "approx":
        return "about", first - 2
    for size in range(min(len(words), _QUALIFIER_MAX_WORDS), 0, -1):
        phrase = tuple(words[-size:])
        qualifier = _QUALIFIERS.get(phrase)
        if qualifier is None:
            continue
        start = first - size
        guard = _NOT_APPROXIMATING.get(phrase[0]) if size == 1 or phrase[0] == "up" else None
        if guard and tokens.low(start - 1) in guard and not _counts_a_subject(tokens, first):
            continue
        if phrase == ("some",) and tokens.low(first + 1) == "of":
            continue
        # "well over", "just under" are read whole; "than" needs its comparative.
        return qualifier, start
    if words and words[-1] in _ONLY:
        return "exact", first - 1
    return None, None


# Auxiliaries that make the counted people the subject of a clause: "said about 3,500 people
# had crossed" approximates; "spoke about 3 people who were held" names a topic.
_CLAUSE_AUXILIARIES = {"had", "have", "has", "were", "was", "are", "is", "would", "will"}


def _counts_a_subject(tokens: _Tokens, first: int) -> bool:
    """Whether the figure at token `first` is the subject of the clause that follows it."""
    for k in range(first + 1, min(tokens.n, first + 5)):
        word = tokens.low(k)
        if word in {"who", "that", "which", "whom", ",", "."}:
            return False
        if word in _CLAUSE_AUXILIARIES:
            return True
    return False


def _range_end(tokens: _Tokens, low: _Number, between: bool) -> tuple[int, _Number] | None:
    """The low value and upper number of "50-100", "50 to 100", "five or six", "between 50
    and 100"; a scale written once applies to both ends ("between 2 and 3 million")."""
    link = tokens.low(low.last + 1)
    if between:
        if link != "and":
            return None
    elif link not in _RANGE_DASHES and link not in {"to", "or"}:
        return None
    high = _read_number(tokens, low.last + 2)
    if high is None or high.vague or _is_not_a_count(tokens, high, range_end=True):
        return None
    low_value = low.value
    if high.last > high.first and tokens.low(high.last) in _SCALES and low.last == low.first:
        scale = _SCALES[tokens.low(high.last)]
        if low_value * scale <= high.value:
            low_value *= scale
    if high.value <= low_value:
        return None
    return low_value, high


def _revision_verb_before(tokens: _Tokens, from_index: int) -> bool:
    """True when "from" follows a verb of change ("rose from", "revised from")."""
    return any(tokens.low(j) in _REVISION_VERBS for j in range(from_index - 3, from_index))


def _unit_after(tokens: _Tokens, number: _Number) -> _Unit | None:
    """The counted noun after a number ("six secret prisons" -> "prisons"); "" when a verb
    follows a bare number ("12 were killed"); None when nothing countable follows."""
    j = number.last + 1
    if _currency_before(tokens, number.first):
        symbol = tokens.low(number.first - 1)
        noun = _CURRENCY_SYMBOLS.get(symbol) or _CURRENCY_CODES[symbol]
        if tokens.low(j) in _CURRENCY_CODES:
            j += 1
        return _Unit(noun, j - 1)
    if tokens.low(j) in _CURRENCY_CODES and tokens.texts[j].isupper():
        return _Unit(_CURRENCY_CODES[tokens.low(j)], j)
    if tokens.low(j) in {"more", "other", "additional", "further", "extra", "new"}:
        if tokens.low(j) == "more" or tokens.is_word(j + 1):
            j += 1
    if tokens.low(j) == "out" and tokens.low(j + 1) == "of" and _starts_number(tokens, j + 2):
        j += 1  # "three out of ten detainees": read like "three of the ten detainees"
        whole = _read_number(tokens, j + 1)
        if whole is not None and not whole.vague:
            unit = _unit_after(tokens, whole)
            return unit if unit is None or unit.noun else _Unit("", whole.last)
    if tokens.low(j) == "of":
        if number.vague:
            if tokens.low(j + 1) in _DETERMINERS:
                j += 1  # "dozens of the detained men"
            unit = _noun_phrase(tokens, j + 1, number.value)
            if unit is None and _bare_group_name(tokens, j + 1):
                return _Unit(tokens.lowers[j + 1], j + 1)
            return unit
        whole = _estimated_whole(tokens, j + 1)
        if whole is not None:
            if number.value == 1 and number.first == number.last:
                return None  # "one of some 40 detainees": one person, not a count
            # "19 of an estimated 40 protesters": 19 counts, in the unit of the whole.
            unit = _unit_after(tokens, whole)
            return unit if unit is None or unit.noun else _Unit("", whole.last)
        owner_end = _possessor_end(tokens, j + 1)
        if owner_end is not None and _starts_number(tokens, owner_end + 1):
            j = owner_end - 1  # "nine of Vedra's 14 journalists": read as "nine of the 14"
        if tokens.low(j + 1) in _DETERMINERS or j + 1 == owner_end:
            if number.value == 1 and number.first == number.last:
                return None  # "one of the men said": not a count of one
            whole = _read_number(tokens, j + 2)
            if whole is not None and not whole.vague:
                # "nine of the 16 (men) were released": nine counts, in the unit of the whole.
                unit = _unit_after(tokens, whole)
                return unit if unit is None or unit.noun else _Unit("", whole.last)
            unit = _noun_phrase(tokens, j + 2, number.value)
            if unit is None and tokens.low(j + 1) in _PRONOUNS_AFTER_OF:
                return _Unit("", j + 1)  # "eight of those deported were arrested"
            if unit is None and tokens.low(j + 2) in _PEOPLE_ADJECTIVES:
                return _predicate_unit(tokens, j + 2)
            return unit
        if tokens.low(j + 1) in _PRONOUNS_AFTER_OF:
            if number.value == 1:
                return None
            named = _noun_phrase(tokens, j + 2, number.value)
            if named is not None and named.noun and not named.not_counted:
                return named  # "40 people, 12 of them women": the part names its own noun
            return _Unit("", j + 1)
        return None
    if tokens.low(j) in _OPENING_QUOTES and tokens.is_word(j + 1):
        quoted = _noun_phrase(tokens, j + 1, number.value)
        if quoted is not None and quoted.noun:
            # 250 "rioters": the source's word for the people counted, quotes and all
            closing = quoted.last + (tokens.low(quoted.last + 1) in _CLOSING_QUOTES)
            return _Unit(quoted.noun, closing, quoted.not_counted)
    unit = _noun_phrase(tokens, j, number.value)
    if unit is None and not number.vague and tokens.low(number.first - 1) not in {"and", ","}:
        unit = _nominal_adjective(tokens, j)  # but "killed dozens and displaced thousands"
    if unit is not None:
        return unit
    if j == number.last + 2 and tokens.low(j - 1) == "more" and tokens.low(j) != "than":
        return _Unit("", j - 1)  # "3 people on Monday and 5 more on Tuesday"
    if _bare_count_follows(tokens, number, j):
        if number.value == 1 and number.first == number.last:
            return None
        return _Unit("", j - 1)
    if _is_participle(tokens, j) and tokens.low(number.first - 1) in {"and", ",", ";"}:
        return _Unit("", j - 1)  # "dozens killed and thousands displaced": kept with a noun
    if _object_of_act(tokens, number, j):
        return _Unit("", j - 1)  # "killed nine fishermen and wounded 14."
    if _parallel_count(tokens, number, j):
        return _Unit("", j - 1)  # "3 people in 2023 and 5 in 2024"
    return None


# Adjectives that name the people they describe when they close a noun phrase on their own.
_NOMINAL_ADJECTIVES = {"displaced", "dead", "wounded", "injured", "missing"}
# What may follow such an adjective used as a noun: punctuation, a conjunction, a preposition
# or a verb ("25,000 displaced, but", "the number of displaced has fallen").
_AFTER_NOMINAL = {
    "and", "but", "or", "in", "from", "since", "after", "at", "on", "across", "has", "have",
    "had", "were", "are", "was", "is", "remain", "remained", "rose", "fell",
}  # fmt: skip


def _nominal_adjective(tokens: _Tokens, j: int) -> _Unit | None:
    """ "reported 25,000 displaced, but revised the figure", "the number of displaced has
    fallen to 5,200": the adjective names the people counted, the unit as written; "40
    displaced families" is a noun phrase, read before this."""
    word = tokens.low(j)
    if word not in _NOMINAL_ADJECTIVES:
        return None
    following = tokens.low(j + 1)
    if following and tokens.is_word(j + 1) and following not in _AFTER_NOMINAL:
        return None
    return _Unit(word, j)


def _parallel_count(tokens: _Tokens, number: _Number, j: int) -> bool:
    """A bare number after "and" that repeats the shape of a count just before it, with a time
    or place after it: "detained 3 people in 2023 and 5 in 2024"."""
    link = number.first - 1
    if tokens.low(link) in {"another", "further"}:
        link -= 1 + (tokens.low(link - 1) == "a")  # "and another 9 in 2022", "and a further 9"
    if tokens.low(link) not in {"and", ","}:
        return False
    if tokens.low(j) not in {"in", "on", "at", "during", "since", "by"}:
        return False
    for k in range(number.first - 2, max(-1, number.first - 12), -1):
        if tokens.lowers[k] in {".", ";", "!", "?"}:
            return False
        if _starts_number(tokens, k) and not _starts_number(tokens, k - 1):
            earlier = _read_number(tokens, k)
            unit = _noun_phrase(tokens, earlier.last + 1, earlier.value) if earlier else None
            if unit is not None and unit.noun and not unit.not_counted:
                return tokens.low(k - 1) not in {"in", "on", "at", "since", "by"}
    return False


def _year_at(tokens: _Tokens, k: int) -> bool:
    """A year: four digits alone ("in 2017"), not a number that only starts with a digit
    ("1,15", "3rd")."""
    text = tokens.texts[k] if 0 <= k < tokens.n else ""
    return len(text) == 4 and text.isascii() and text.isdigit() and 1800 <= int(text) <= 2100


# Adjectives that name people with "the": "six of the dead", "two of the injured".
_PEOPLE_ADJECTIVES = {
    "dead", "injured", "wounded", "detained", "missing", "disappeared", "arrested", "accused",
    "deceased", "abducted", "displaced", "convicted", "imprisoned", "killed",
}  # fmt: skip


def _predicate_unit(tokens: _Tokens, k: int) -> _Unit:
    """ "Six of the dead were children": the noun the group is said to be, else "" to take
    the group named before (token k is the adjective)."""
    if tokens.low(k + 1) in {"were", "are"}:
        named = _noun_phrase(tokens, k + 2, 2)
        if named is not None and named.noun and not named.not_counted:
            return named
    return _Unit("", k)


_OPENING_QUOTES = {'"', "“", "‘", "'", "«"}
_CLOSING_QUOTES = {'"', "”", "’", "'", "»"}


def _object_of_act(tokens: _Tokens, number: _Number, j: int) -> bool:
    """A bare number right after a verb in the past and closing its clause ("and wounded 14.",
    "released 12, and"): the object of an act, counting people named before."""
    if tokens.low(j) not in {"", ".", ",", ";", "!", "?", "and"}:
        return False
    at = number.first - 1
    _, qualifier_first = _qualifier_before(tokens, number.first)
    if qualifier_first is not None:
        at = qualifier_first - 1  # "killed at least nine."
    verb = tokens.low(at)
    if verb in _TOLL_LINKS or verb in _REVISION_VERBS:
        return False  # "the number of detainees has reached 300": a total, read from context
    return tokens.is_word(at) and (
        (len(verb) > 4 and verb.endswith("ed"))
        or verb in {"held", "shot", "beat", "took"}
        or _acting_participle(verb)
    )


# Words in "-ing" that introduce a number without acting on it: "during", "totalling 40".
_ING_NOT_ACTS = {
    "during", "following", "including", "regarding", "concerning", "involving", "excluding",
    "totalling", "totaling", "numbering", "reaching", "bringing", "raising", "rising",
    "counting", "nothing", "something", "morning", "evening", "spring", "according",
}  # fmt: skip


def _acting_participle(word: str) -> bool:
    """ "opened fire, killing nine", "wounding at least 30": a participle in "-ing" whose
    object is the count; not a preposition or a total ("during", "totalling 40")."""
    return len(word) > 5 and word.endswith("ing") and word not in _ING_NOT_ACTS


def _bare_count_follows(tokens: _Tokens, number: _Number, j: int) -> bool:
    """A count whose noun was named before: "12 were killed", "all five said", and "two —
    Lena Marsh and Teodor Vinc — were detained" with the names set off in between."""
    if tokens.low(number.first - 1) == "all" and (
        not tokens.is_word(j) or tokens.low(j) in _NP_STOP
    ):
        return True
    if _spoken_for(tokens, number.first):
        return True  # "relatives of at least five say": a count of those they speak for
    if tokens.low(j) == "," and tokens.low(j + 1) in _GROUP_APPOSITIONS:
        return True  # "police arrested 12, including two minors"
    closing = _APPOSITION_CLOSE.get(tokens.low(j))
    # A comma always touches its number; a dash touching one joins a word ("40-odd").
    if closing and (tokens.low(j) == "," or not tokens.attached(number.last, j)):
        for k in range(j + 1, min(tokens.n, j + 16)):
            if tokens.lowers[k] in closing:
                return tokens.low(k + 1) in _BARE_COUNT_VERBS
    return tokens.low(j) in _BARE_COUNT_VERBS or tokens.low(j) in _SPEECH_VERBS


# Verbs by which a part of a group named before tells what befell it: "Of the 146 former
# detainees we interviewed, 71 said they had been asked for money", "Six described being
# given electric shocks"; with no group named for it, "12 said" is no figure (find_figures).
# Whether the speakers are the victims is the claim's to decide.
_SPEECH_VERBS = {
    "said", "say", "says", "told", "tell", "described", "describe", "recounted", "recount",
    "testified", "alleged", "allege", "stated", "recalled", "recall", "reported", "report",
    "complained", "spoke",
}  # fmt: skip


def _spoken_for(tokens: _Tokens, first: int) -> bool:
    """Whether the number at token first follows "relatives of", "the families of (at least)"."""
    k = first - 1
    while k > first - 1 - _QUALIFIER_MAX_WORDS and tokens.low(k) in _QUALIFIER_WORDS - {"of"}:
        k -= 1
    return tokens.low(k) == "of" and tokens.low(k - 1) in _KIN


# Those who speak or act for a detained or missing person.
_KIN = {
    "relatives", "families", "parents", "mothers", "fathers", "wives", "husbands", "lawyers",
    "children", "sons", "daughters", "spouses", "siblings", "brothers", "sisters", "friends",
}  # fmt: skip
_GROUP_APPOSITIONS = {"including", "among", "mostly", "many", "most", "all", "both"}
_APPOSITION_CLOSE = {
    "—": {"—"}, "–": {"–"}, "-": {"-"}, "(": {")"}, ",": {","},
}  # fmt: skip


def _estimated_whole(tokens: _Tokens, k: int) -> _Number | None:
    """The hedged whole of "19 of an estimated 40", "three of the roughly 200", "five of at
    least 30", opening at token k; the hedge belongs to the whole, never to the part."""
    if tokens.low(k) in _DETERMINERS:
        k += 1
    for size in range(_QUALIFIER_MAX_WORDS, 0, -1):
        phrase = tuple(tokens.low(k + offset) for offset in range(size))
        if phrase in _QUALIFIERS and _starts_number(tokens, k + size):
            whole = _read_number(tokens, k + size)
            return whole if whole is not None and not whole.vague else None
    return None


_POSSESSOR_MAX_WORDS = 3


def _possessor_end(tokens: _Tokens, k: int) -> int | None:
    """The token ending a possessor that opens at k ("Vedra's", "the union's", "Radio Vessa
    Free's"), which stands where "the" would: "nine of Vedra's 14 journalists" is a part of
    a whole, as "nine of the 14 journalists" is; None when no possessor opens there."""
    if tokens.low(k) == "the":
        k += 1
    for end in range(k, min(tokens.n, k + _POSSESSOR_MAX_WORDS)):
        if not tokens.is_word(end) or tokens.lowers[end] in _NP_STOP:
            return None
        if tokens.lowers[end].endswith(("'s", "’s")):
            return end
    return None


def _noun_phrase(tokens: _Tokens, j: int, value: int) -> _Unit | None:
    """The head noun of the phrase starting at token j, normalised to a plural lower-case noun.

    Without a tagger the head is found by form: the first plural-looking word after any
    modifiers ("six specially created prisons"), extended over noun compounds ("police
    officers"); a count of one takes the last word before a stop ("one young man was").
    """
    if tokens.low(j) in {"other", "such"} and tokens.is_word(j + 1):
        j += 1  # "dozens of other people", "three of the other detainees", "15 such cases"
    modifiers = 0
    head = -1
    k = j
    limit = j + 6
    while k < tokens.n and k < limit:
        if not tokens.is_word(k):
            break
        word = tokens.lowers[k]
        if word in _NP_STOP:
            # "40 gay and bisexual men": coordinated modifiers before the head noun.
            if word in {"and", "or"} and head < 0 and modifiers and tokens.is_word(k + 1):
                # but "hundreds dead and thousands displaced" coordinates a second count
                following = tokens.lowers[k + 1]
                if following not in _NP_STOP and following not in _VAGUE:
                    if not _is_number_word(tokens, k + 1):
                        k += 1
                        continue
            break
        if _is_number_word(tokens, k) or word in _QUALIFIER_WORDS:
            break
        if _looks_plural(word):
            head = k
            k += 1
            continue
        if head >= 0:
            break
        modifiers += 1
        k += 1
    if head >= 0:
        noun = tokens.lowers[head]
        if noun == "others":
            return _Unit("", head)  # "12 others were injured": more of a group named before
        if noun in _NOT_COUNT_UNITS or (noun == "followers" and tokens.low(head + 1) != "of"):
            return _Unit(noun, head, not_counted=True)  # "a channel with 90,000 followers"
        listed = _listed_people_end(tokens, head)
        if listed is not None:
            # "1,000 men, women and children": one count of the whole list, named by it.
            start, end = tokens.starts[head], tokens.ends[listed]
            return _Unit(tokens.sentence[start:end].lower(), listed)
        second = _coordinated_head(tokens, head)
        if second is not None:
            # "200 men and boys": one count of both groups, named by the whole phrase.
            noun = f"{noun} {tokens.lowers[head + 1]} {tokens.lowers[second]}"
            return _Unit(noun, second)
        return _Unit(noun, head)
    if value > 1 and k > j and _is_group_name(tokens, j):
        return _Unit(tokens.lowers[j], j)
    if value == 1 and modifiers and not tokens.lowers[k - 1].endswith("ly"):
        noun = tokens.lowers[k - 1]
        if noun in _TIME_SINGULARS or noun in _NOT_COUNT_UNITS:
            return _Unit(noun, k - 1, not_counted=True)
        return _Unit(_pluralise(noun), k - 1)
    return None


# Verbs in the past without "-ed" that start a second clause after "and".
_PAST_VERBS = {
    "told", "took", "gave", "made", "sent", "left", "put", "said", "kept", "brought", "threw",
    "beat", "began", "drove", "fled", "got", "hit", "led", "let", "met", "ran", "saw",
    "set", "sought", "stole", "struck", "tore", "went", "wrote",
}  # fmt: skip


def _listed_people_end(tokens: _Tokens, head: int) -> int | None:
    """The last plural of a list of single-word groups of people after a number, "men, women
    and children" or "students, teachers, and parents", which one number counts together;
    None when the head starts no such list. A list closed by a speaker ("12 protesters,
    journalists and lawyers said") names who spoke, not whom the number counts."""
    if not _names_people(tokens.low(head)):
        return None
    k = head
    while tokens.low(k + 1) == "," and _listed_person(tokens, k + 2):
        k += 2
    if k == head:
        return None
    link = k + 1 + (tokens.low(k + 1) == ",")  # an Oxford comma: "men, women, and children"
    if tokens.low(link) not in {"and", "or"} or not _listed_person(tokens, link + 1):
        return None
    last = link + 1
    if tokens.low(last + 1) in _REPORTING_VERBS or tokens.low(last + 1) in _SPEECH_VERBS:
        return None
    return last


def _listed_person(tokens: _Tokens, k: int) -> bool:
    """Whether token k is a one-word plural for people that can stand in a list of groups."""
    word = tokens.low(k)
    return tokens.is_word(k) and _looks_plural(word) and _names_people(word)


def _coordinated_head(tokens: _Tokens, head: int) -> int | None:
    """The second plural of "men and boys", "activists or human rights defenders" (up to two
    modifiers between); not "civilians and wounded dozens", where a verb follows "and"."""
    if tokens.low(head + 1) not in {"and", "or"}:
        return None
    for k in range(head + 2, min(tokens.n, head + 5)):
        word = tokens.low(k)
        if not tokens.is_word(k) or word in _NP_STOP or _is_number_word(tokens, k):
            return None
        if word.split("-")[0] in _TENS:
            return None  # "21 journalists and thirty-two students": two counts
        if word in _VAGUE or word in _FEW or _is_participle(tokens, k) or word in _PAST_VERBS:
            return None  # "9 teachers and told readers": a second clause, not a second group
        if _looks_plural(word):
            while _looks_plural(tokens.low(k + 1)) and tokens.low(k + 1) not in _NP_STOP:
                k += 1  # "human rights defenders"
            return None if tokens.lowers[k] in _NOT_COUNT_UNITS else k
    return None


def _is_group_name(tokens: _Tokens, j: int) -> bool:
    """ "500,000 Rohingya fled": a capitalised people's name with no plural "s", not the
    first of a multi-word name ("5 Downing Street")."""
    text = tokens.texts[j]
    if not text[0].isupper() or text.isupper() or tokens.low(j) in _MONTHS:
        return False
    return not (tokens.is_word(j + 1) and tokens.texts[j + 1][0].isupper())


def _bare_group_name(tokens: _Tokens, j: int) -> bool:
    """ "thousands of tovani were driven out": a people's name with no plural "s", lower-cased
    when a headline in capitals was read, known as a noun because a plural verb follows."""
    word = tokens.low(j)
    if not tokens.is_word(j) or word in _NP_STOP or word in _QUALIFIER_WORDS:
        return False
    return tokens.low(j + 1) in {"were", "are", "have", "had", "remain", "remained"}


def _is_number_word(tokens: _Tokens, k: int) -> bool:
    word = tokens.low(k)
    return word in _UNITS or word in _TENS or word in _SCALES or word == "hundred"


def _looks_plural(word: str) -> bool:
    """Plural by form: "prisons", "men", "policemen", "activists" (not "various", "class")."""
    if word in _IRREGULAR_PLURALS or word.endswith(("men", "people", "children")):
        return word not in {"amen", "specimen", "abdomen", "regimen", "stamen"}
    if len(word) < 3 or not word.endswith("s") or word in _S_WORDS_NOT_NOUNS:
        return False
    return word in _ICS_PEOPLE or not word.endswith(_NOT_PLURAL_ENDINGS)


def _pluralise(noun: str) -> str:
    """The plural of a singular head noun, so that "one prison" and "six prisons" share a unit."""
    if noun in _SINGULAR_TO_PLURAL:
        return _SINGULAR_TO_PLURAL[noun]
    if noun.endswith("man") and len(noun) > 4:
        return noun[:-3] + "men"
    if noun.endswith("y") and len(noun) > 2 and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def _unit_from_context(tokens: _Tokens, number: _Number, first: int) -> _Unit | None:
    """A bare number whose unit was named earlier: "the number of prisons rose to six", "the
    (death) toll stands at 71"; first is where the figure's qualifier starts."""
    if tokens.low(first - 1) not in _TOLL_LINKS:
        return None
    for k in range(first - 1, max(-1, first - 30), -1):
        word = tokens.lowers[k]
        if word in {".", ";", "!", "?"}:
            return None
        if word == "toll":
            return _Unit("deaths", number.last)
        if word in {"total", "tally"} and tokens.low(k + 1) != "of" and _total_of(tokens, k, first):
            return _Unit("", number.last)  # "bringing the total to 140": the group named before
        if word == "of" and tokens.low(k - 1) in {"number", "tally", "count", "total"}:
            if tokens.low(k + 1) == "those" and _is_participle(tokens, k + 2):
                return _Unit("people", number.last)  # "the number of those killed rose to 45"
            unit = (
                _noun_phrase(tokens, k + 1, 2)
                or _nominal_adjective(tokens, k + 1)
                or _people_adjective(tokens, k + 1)
            )
            if unit is not None and not unit.not_counted and unit.last < first:
                return _Unit(unit.noun, number.last)
            return None
    return None


def _people_adjective(tokens: _Tokens, j: int) -> _Unit | None:
    """ "the number of disappeared has reached 230": after "the number of", an adjective for
    people ("disappeared", "detained") names those counted, as "the disappeared" does; it is
    read only there, for "two disappeared in March" is a verb."""
    word = tokens.low(j)
    if word not in _PEOPLE_ADJECTIVES or tokens.low(j + 1) not in _AFTER_NOMINAL | {","}:
        return None
    return _Unit(word, j)


def _total_of(tokens: _Tokens, total: int, first: int) -> bool:
    """Whether the figure at `first` is the value of the "total" at token `total`: right after
    it ("the total to 140") or past a contact clause ("the total it has documented to eight")."""
    if first - total <= 4:
        return True
    between = range(total + 1, first - 1)
    return first - total <= _CONTACT_CLAUSE_WORDS + 2 and all(tokens.is_word(k) for k in between)


_TOLL_LINKS = {"to", "at", "reached", "hit", "is", "was", "of", "passed", "exceeded", "topped"}


def _is_year(tokens: _Tokens, number: _Number, unit: _Unit, qualifier: str | None) -> bool:
    """A four-digit number read as a year ("in 2017", "the 2017 elections"), or a measure."""
    if unit.not_counted:
        return True
    if not tokens.is_digits(number.first) or number.first != number.last:
        return False
    text = tokens.texts[number.first]
    if "," in text or not 1800 <= number.value <= 2100:
        return False
    if qualifier:
        return False
    return unit.noun == "" or tokens.low(number.first - 1) in _YEAR_CONTEXT


def _is_lone_one(
    tokens: _Tokens, number: _Number, high: _Number | None, unit: _Unit, qualifier: str | None
) -> bool:
    """ "One" without a qualifier is an indefinite article ("One escapee said") unless the
    sentence counts with it ("one man was killed")."""
    if number.value != 1 or high is not None or tokens.low(number.first) != "one":
        return False
    if number.last != number.first:
        return False
    if tokens.low(number.first - 1) in _BEFORE_ONE_NOT_COUNT:
        return True
    if qualifier:
        return False
    after = unit.last + 1
    if tokens.low(after) in {"and", ","} and _starts_number(tokens, after + 1):
        return False  # "one man and two women were detained"
    if tokens.low(number.first - 1) == "and" and any(
        _starts_number(tokens, k) for k in range(number.first - 5, number.first - 1)
    ):
        return False  # "two women and one man"
    return tokens.low(after) not in _ONE_COUNT_VERBS


def _not_x_but_y(tokens: _Tokens, old: _Number) -> tuple[int, int, Figure] | None:
    """ "not two but six prisons": six is the figure and supersedes two."""
    j = old.last + 1
    old_unit = _noun_phrase(tokens, j, old.value)
    if old_unit is not None:
        j = old_unit.last + 1
    if tokens.low(j) == ",":
        j += 1
    if tokens.low(j) != "but":
        return None
    new = _read_number(tokens, j + 1)
    if new is None or new.vague or _is_not_a_count(tokens, new):
        return None
    unit = _unit_after(tokens, new) or old_unit
    if unit is None or unit.not_counted:
        return None
    qualifier, _ = _qualifier_before(tokens, new.first)
    old_noun = old_unit.noun if old_unit is not None and not old_unit.not_counted else unit.noun
    figure = Figure(
        low=new.value,
        unit=unit.noun,
        qualifier=qualifier or "exact",
        supersedes=Figure(low=old.value, unit=old_noun),
    )
    return old.first - 1, max(unit.last, new.last), figure


def _revision_after(tokens: _Tokens, last: int, figure: Figure) -> tuple[Figure, int] | None:
    """An earlier value named after the figure: ", not two as originally reported", "up from
    two", "rather than the two previously reported", "(rose) to six from two"; and further
    on in the sentence: "in six prisons in Chechnya, not two", "…, revising its earlier
    figure of 120". Only a revision written right after the figure joins its phrase, so that
    the phrase never swallows a date or a place in between."""
    j = last + 1
    if tokens.low(j) == ",":
        j += 1
    elif _opens_aside(tokens, j):
        j += 1  # "41 people (up from 35 on Monday)", "60 people – not 40 as first reported –"
    if tokens.low(j) == "and" and tokens.low(j + 1) == "not" and tokens.low(j - 1) == ",":
        j += 1  # "60 people, and not 40, as the ministry claimed"
    marker = tokens.low(j)
    if marker == "not" and (tokens.low(j - 1) in {",", "(", "and"} or _opens_aside(tokens, j - 1)):
        k = j + 1 + (tokens.low(j + 1) == "the")  # ", not the 1,900 reported in April"
    elif marker in {"up", "down"} and tokens.low(j + 1) == "from":
        k = _past_earlier_estimate(tokens, j + 2)
    elif marker == "rather" and tokens.low(j + 1) == "than":
        k = j + 2
        if tokens.low(k) == "the":
            k += 1
    elif marker == "instead" and tokens.low(j + 1) == "of":
        k = j + 2
        if tokens.low(k) == "the":
            k += 1
    elif marker == "from" and _revision_verb_before(tokens, _to_before(tokens, last)):
        k = _past_earlier_estimate(tokens, j + 1)
    else:
        return _distant_revision(tokens, last, figure) or _revised_later(tokens, last, figure)
    found = _superseded_at(tokens, k, figure)
    if found is None:
        return None
    superseded, end = found
    if marker in {"not", "rather", "instead"} and _measured(tokens, end):
        return None  # "killed 30 people, not 40 km from the border": a distance, not a count
    return figure.model_copy(update={"supersedes": superseded}), end


# Words that may follow a bare earlier value: "not 40 as first reported", "rather than the 40
# the ministry acknowledged", "not 40 that the ministry gave".
_AFTER_EARLIER_VALUE = {"as", "the", "that", "which", "we", "it", "they", "he", "she", "its"}


def _measured(tokens: _Tokens, end: int) -> bool:
    """Whether the bare number at token end is followed by a word that makes it something other
    than an earlier count ("not 40 km from the border", "not 40 metres away")."""
    if not _starts_number(tokens, end) and not tokens.is_digits(end):
        return False  # the value's phrase ran on over its noun or "as first reported"
    following = tokens.low(end + 1)
    return tokens.is_word(end + 1) and following not in _AFTER_EARLIER_VALUE | _REPORTING_VERBS


def _opens_aside(tokens: _Tokens, j: int) -> bool:
    """Whether token j opens an aside set off from the figure by a bracket or a spaced dash:
    "41 people (up from 35)", "60 people – not 40 –"; a dash touching the number before it
    joins a range ("30-40") and is read there."""
    if tokens.low(j) == "(":
        return True
    return tokens.low(j) in _RANGE_DASHES and not tokens.attached(j - 1, j)


# Words between "up from" and the earlier value: "up from its previously reported 35".
_BEFORE_EARLIER_VALUE = _DETERMINERS | {
    "an", "a", "previously", "originally", "initially", "officially", "reported", "announced",
    "cited", "recorded", "given",
}  # fmt: skip


def _past_earlier_estimate(tokens: _Tokens, k: int) -> int:
    """The index of the earlier value after "up from" or "(fallen to 5,200) from": past "the
    previous estimate of", "a peak of", "its previously reported"."""
    while tokens.low(k) in _EARLIER_WORDS or tokens.low(k) in _BEFORE_EARLIER_VALUE:
        k += 1
    if tokens.low(k) in _ESTIMATE_WORDS or tokens.low(k) == "peak":
        k += 1
        if tokens.low(k) == "of":
            k += 1
    return k


def _distant_revision(tokens: _Tokens, last: int, figure: Figure) -> tuple[Figure, int] | None:
    """ "at least nine people died in custody this year, not four as first reported"; and
    with an explicit marker further on, past other figures, when the earlier value names the
    same noun: "340 families, or about 1,900 people, had fled from their homes since March,
    up from the 210 families counted last week", "…, raising its earlier count of 260"."""
    crossed: list[str] = []  # nouns of other numbers between the figure and the earlier value
    for k in range(last + 1, min(tokens.n, last + 1 + _MARKED_REVISION_GAP_WORDS)):
        word = tokens.lowers[k]
        if word in {".", ";", "!", "?"}:
            return None
        if _starts_number(tokens, k):
            if not _starts_number(tokens, k - 1) and not _measure_at(tokens, k):
                crossed.append(_own_noun(tokens, k))
            continue
        near = k <= last + _REVISION_GAP_WORDS and not crossed
        opens = word == "," or _opens_aside(tokens, k)  # "- not three, as we said -"
        if opens and tokens.low(k + 1) == "not" and near:
            start = k + 2 + (tokens.low(k + 2) == "the")
        elif opens and (tokens.low(k + 1), tokens.low(k + 2)) in _CONTRAST_MARKERS and near:
            start = k + 3 + (tokens.low(k + 3) == "the")  # ", rather than (the) 12 reported"
        elif opens and tokens.low(k + 1) in {"up", "down"} and tokens.low(k + 2) == "from":
            # ", up from (the) 210 counted", ", up from an earlier figure of 21"
            start = _past_earlier_estimate(tokens, k + 3)
        elif (
            word in _ESTIMATE_WORDS
            and tokens.low(k + 1) in {"of", "from"}
            and any(tokens.low(b) in _EARLIER_WORDS for b in range(k - 3, k))
        ):
            # "revising its earlier figure of 120", "raising its figure from the 40"
            start = _past_earlier_estimate(tokens, k + 2)
        elif word == "," and _more_than_reported(tokens, k + 1):
            start = _more_than_reported(tokens, k + 1)
        else:
            continue
        found = _superseded_at(tokens, start, figure)
        if found is None:
            return None
        superseded, end = found
        reported = tokens.low(end) in _REPORTING_VERBS
        if opens and not reported and not _closes_value(tokens, end + 1):
            if (
                tokens.low(k + 1) == "not"
                or (tokens.low(k + 1), tokens.low(k + 2)) in _CONTRAST_MARKERS
            ):
                return None  # "killed 30 people in the town, not 40 km away"
        if superseded.unit != figure.unit and superseded.unit not in _EVENT_COUNT_NOUNS:
            return None  # "held 14 journalists, instead of 3 officials": other people
        if crossed and (not _own_noun(tokens, start) or superseded.unit in crossed):
            return None  # "40 men and 12 women, up from 30": which figure 30 revises is unsaid
        tokens.superseded.update(range(start, end + 1))
        return figure.model_copy(update={"supersedes": superseded}), last
    return None


def _closes_value(tokens: _Tokens, k: int) -> bool:
    """Whether token k ends an earlier value's aside: "…, not 40." "- not three -"."""
    return tokens.low(k) in {"", ".", ",", ";", ")"} or _opens_aside(tokens, k)


# Nouns that count what befell people rather than the people, so that an earlier value in them
# is an earlier count of the same victims: "63 people, up from the 25 arrests it reported".
_EVENT_COUNT_NOUNS = {
    "arrests", "deaths", "detentions", "killings", "cases", "fatalities", "disappearances",
    "abductions", "expulsions", "deportations",
}  # fmt: skip


def _measure_at(tokens: _Tokens, k: int) -> bool:
    """Whether the number at token k measures time or size ("in the past 12 months", "40 km"),
    so it crosses no count between a figure and the earlier value of it."""
    number = _read_number(tokens, k)
    if number is None:
        return True
    unit = _noun_phrase(tokens, number.last + 1, number.value)
    return unit is not None and (unit.not_counted or unit.noun in _TIME_PLURALS)


_TIME_PLURALS = {"days", "weeks", "months", "years", "hours", "minutes", "decades"}
# Comparatives that set a figure against an earlier, smaller or larger one: ", far more than
# the 84 we reported".
_COMPARATIVES = {"more", "fewer", "less", "higher", "lower"}
_INTENSIFIERS = {"far", "much", "many", "well", "significantly", "considerably"}


def _more_than_reported(tokens: _Tokens, k: int) -> int | None:
    """Where the earlier value of ", far more than the 84 we reported" starts (token k is after
    the comma); None unless a comparative with "than the" leads to a number someone reported
    within a few words, so that "more than 40 people" never reads as an earlier value."""
    while tokens.low(k) in _INTENSIFIERS:
        k += 1
    if tokens.low(k) not in _COMPARATIVES or tokens.low(k + 1) != "than":
        return None
    if tokens.low(k + 2) != "the" or not _starts_number(tokens, k + 3):
        return None
    number = _read_number(tokens, k + 3)
    if number is None:
        return None
    after = range(number.last + 1, min(tokens.n, number.last + 5))
    if not any(tokens.lowers[m] in _REPORTING_VERBS for m in after):
        return None
    return k + 3


# Verbs that correct a figure given earlier in the sentence: "later revised the figure to 9".
_CORRECTING_VERBS = {
    "revised", "revising", "corrected", "correcting", "lowered", "lowering", "updated",
    "updating", "reduced", "reducing", "adjusted", "adjusting", "amended", "amending",
}  # fmt: skip
# "raising the total to 57" adds a day's arrests to those before; only "later raised the
# figure to 9" corrects.
_RAISING_VERBS = {"raised", "raising", "increased", "increasing"}
_LATER_WORDS = {"later", "since", "subsequently", "afterwards", "then"}
_CORRECTION_GAP_WORDS = 5  # "revised the figure upwards to", "corrected its own count to"


def _revised_later(tokens: _Tokens, last: int, figure: Figure) -> tuple[Figure, int] | None:
    """A correction told after the figure: "said seven detainees had died, later raising the
    figure to nine", "reported 40 arrests but has since revised its count to 52". The later
    value is the figure and supersedes the first; its number is no count of its own."""
    for k in range(last + 1, min(tokens.n, last + 1 + _MARKED_REVISION_GAP_WORDS)):
        if tokens.lowers[k] in {".", ";", "!", "?"} or _starts_number(tokens, k):
            return None  # another figure stands between: which one is corrected is unsaid
        if _corrects(tokens, k):
            new = _corrected_value(tokens, k)
            return None if new is None else (_superseding(tokens, new, figure), last)
    return None


def _corrects(tokens: _Tokens, k: int) -> bool:
    """Whether the word at k corrects an earlier figure rather than adds to it."""
    word = tokens.lowers[k]
    later = tokens.low(k - 1) in _LATER_WORDS or tokens.low(k - 2) in _LATER_WORDS
    return word in _CORRECTING_VERBS or (word in _RAISING_VERBS and later)


def _corrected_value(tokens: _Tokens, verb: int) -> _Number | None:
    """The number of "raised the figure (upwards) to nine" after the verb at token verb."""
    words = range(verb + 1, min(tokens.n, verb + 1 + _CORRECTION_GAP_WORDS))
    estimate = next((k for k in words if tokens.lowers[k] in _ESTIMATE_WORDS), None)
    if estimate is None or "to" not in tokens.lowers[estimate + 1 : estimate + 3]:
        return None
    to = tokens.lowers.index("to", estimate + 1)
    start = next((k for k in range(to + 1, to + 5) if _starts_number(tokens, k)), None)
    new = _read_number(tokens, start) if start is not None else None
    if new is None or new.vague or _is_not_a_count(tokens, new):
        return None
    own = _unit_after(tokens, new)
    if tokens.low(new.last + 1) in _NOT_COUNT_UNITS or (own is not None and own.noun):
        return None  # "revised the figure to 45 percent", "to nine women": another measure
    return new


def _superseding(tokens: _Tokens, new: _Number, figure: Figure) -> Figure:
    """The corrected figure, which supersedes the first; its tokens are read once only."""
    qualifier, _ = _qualifier_before(tokens, new.first)
    tokens.superseded.update(range(new.first, new.last + 1))
    revised = Figure(low=new.value, unit=figure.unit, qualifier=qualifier or "exact")
    return revised.model_copy(update={"supersedes": figure})


def _own_noun(tokens: _Tokens, k: int) -> str:
    """The counted noun written right after the number at token k ("210 families"), or ""."""
    number = _read_number(tokens, k)
    unit = _noun_phrase(tokens, number.last + 1, number.value) if number is not None else None
    return unit.noun if unit is not None else ""


def _superseded_at(tokens: _Tokens, k: int, figure: Figure) -> tuple[Figure, int] | None:
    """The earlier value written at token k, after any qualifier ("from a peak of more than
    7,000"), and where its phrase ends."""
    if tokens.low(k) in _OPENING_QUOTES and _starts_number(tokens, k + 1):
        k += 1  # up from "about 60": the earlier value quoted as its source gave it
    elif tokens.low(k) in _OPENING_QUOTES and _qualifier_before(tokens, k + 2)[1] == k + 1:
        k += 1
    if not _starts_number(tokens, k):
        number = next(
            (
                m
                for m in range(k + 1, min(tokens.n, k + 1 + _QUALIFIER_MAX_WORDS))
                if _starts_number(tokens, m)
            ),
            None,
        )
        if number is not None and _qualifier_before(tokens, number)[1] == k:
            k = number
    old = _read_number(tokens, k)
    if old is None or old.vague or _is_not_a_count(tokens, old):
        return None
    qualifier, _ = _qualifier_before(tokens, old.first)
    end = old.last
    old_unit = _noun_phrase(tokens, end + 1, old.value)
    unit = figure.unit
    if old_unit is not None:
        if old_unit.not_counted:
            return None
        end, unit = old_unit.last, old_unit.noun or figure.unit
    end = _reporting_tail(tokens, end)
    return Figure(low=old.value, unit=unit, qualifier=qualifier or "exact"), end


_CONTRAST_MARKERS = {("rather", "than"), ("instead", "of")}
_EARLIER_WORDS = {
    "earlier", "previous", "initial", "original", "first", "revising", "revised", "correcting",
    "corrected", "updating", "updated", "preliminary", "raising", "raised", "lowering",
    "lowered",
}  # fmt: skip
_ESTIMATE_WORDS = {"estimate", "figure", "total", "count", "toll", "tally"}


def _revised_to(
    tokens: _Tokens, old: _Number, high: _Number | None, unit: _Unit, qualifier: str | None
) -> tuple[int, int, Figure] | None:
    """ "revised the figure from two prisons to six": six is the figure, two superseded."""
    from_index = old.first - 1
    if high is not None or tokens.low(from_index) != "from" or tokens.low(unit.last + 1) != "to":
        return None
    if not _revision_verb_before(tokens, from_index) or not unit.noun:
        return None
    new = _read_number(tokens, unit.last + 2)
    if new is None or new.vague or _is_not_a_count(tokens, new):
        return None
    new_unit = _unit_after(tokens, new)
    if new_unit is not None and new_unit.not_counted:
        return None
    last = new_unit.last if new_unit is not None and new_unit.noun else new.last
    noun = new_unit.noun if new_unit is not None and new_unit.noun else unit.noun
    old_figure = Figure(low=old.value, unit=unit.noun, qualifier=qualifier or "exact")
    return from_index, last, Figure(low=new.value, unit=noun, supersedes=old_figure)


def _to_before(tokens: _Tokens, last: int) -> int:
    """The index of the "to" just before the figure ("rose to 30 from 12"), or -10."""
    for k in range(last, max(-1, last - 8), -1):
        if tokens.lowers[k] == "to":
            return k
    return -10


def _reporting_tail(tokens: _Tokens, end: int) -> int:
    """Extends a superseded value over "as originally reported", "previously thought", and
    "as the newspaper first reported" with the source named before its verb."""
    k = end + 1
    if tokens.low(k) == "as":
        for m in range(k + 1, min(tokens.n, k + 12)):
            if not tokens.is_word(m) or _is_number_word(tokens, m):
                break
            if tokens.lowers[m] in _REPORTING_VERBS:
                return m
        k += 1
    while tokens.low(k) in _REPORTING_ADVERBS:
        k += 1
    if tokens.low(k) in _REPORTING_VERBS:
        return k
    return end


def as_counted_people(mention: FigureMention) -> Figure:
    """The figure a claim counts: "Thousands flee Marn valley" with no group named, here or
    before, counts people, as ACLED reads a vague word; other figures as written. The mention
    itself keeps its empty unit, for a reader that resolves it otherwise."""
    figure = mention.figure
    if figure.unit or not any(word in _VAGUE for word in mention.text.lower().split()):
        return figure
    return figure.model_copy(update={"unit": "people"})


def figures_named_in(
    victims: str | None, mentions: list[FigureMention] | None, kind: str = "event"
) -> list[Figure]:
    """The figures of the sentence written inside an event's victims phrase, for a claim whose
    pronoun victim ("pay them a visit") was resolved to "17 community leaders" named in the
    same sentence: the phrase is the sentence's own words, so its number counts them."""
    if kind != "event" or not victims:
        return []
    return [as_counted_people(m) for m in mentions or [] if m.text in victims]


_ANOTHER = re.compile(r"\b(?:another|one more)\s+([a-z]+)\b", re.IGNORECASE)


def another_group(sentence: str) -> str:
    """The group "another <noun>" adds to ("Another colleague was beaten"), as a plural unit for
    "two others" in the next sentence; "" when the sentence names no such group."""
    match = _ANOTHER.search(sentence)
    if match is None:
        return ""
    noun = match.group(1).lower()
    if noun in _NP_STOP or noun in _TIME_SINGULARS or _looks_plural(noun) or noun.endswith("ly"):
        return ""
    return _pluralise(noun)
