"""Place keys and containment: a town inside a region counts, two towns do not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factfinder.link.places import REGION_CITIES, normalise_place_name, place_key, relate_places


def key(name: str, country: str | None = None):
    return place_key({"name": name, "country_code": country})


def test_town_inside_region_and_region_contains_town() -> None:
    assert relate_places(key("Argun"), key("Chechnya")) == "inside"
    assert relate_places(key("the Chechen Republic"), key("Grozny", "RU")) == "inside"
    assert relate_places(key("Chechnya"), key("Chechen Republic")) == "same"


def test_two_towns_of_one_region_are_nearby_and_of_two_regions_different() -> None:
    assert relate_places(key("Argun"), key("Grozny")) == "nearby"
    assert relate_places(key("Argun"), key("Makhachkala")) == "different"


def test_country_level_and_missing_places() -> None:
    assert relate_places(key("Russia"), key("Argun")) == "same_country"
    assert relate_places(key("Ireland"), key("Argun")) == "different"
    assert relate_places(None, key("Argun")) == "unknown"
    assert place_key(None) is None and place_key({"name": ""}) is None


def test_unknown_names_compare_by_words() -> None:
    assert relate_places(key("Osk"), key("Osk region")) == "same"
    assert relate_places(key("Osk"), key("Belgrove")) == "different"
    assert relate_places(key("North Caucasus"), key("Chechnya")) == "other_name"


def test_every_region_in_the_containment_table_resolves() -> None:
    for name in REGION_CITIES:
        resolved = key(name)
        assert resolved is not None and resolved.level == "region", name


@given(st.text(max_size=60))
def test_any_place_name_gives_a_key_or_none(name: str) -> None:
    resolved = place_key({"name": name, "country_code": "ZZ"})
    assert resolved is None or resolved.name == name
    assert normalise_place_name(name) == normalise_place_name(normalise_place_name(name))
