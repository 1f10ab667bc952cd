"""Places: countries, regions and cities from the offline gazetteer; unknown names as written."""

from __future__ import annotations

from factfinder.extract.places import resolve_place


def test_country_by_common_name() -> None:
    place = resolve_place("Russia")
    assert (place.name, place.country_code) == ("Russia", "RU")


def test_region_with_coordinates() -> None:
    place = resolve_place("Chechnya")
    assert place.country_code == "RU"
    assert place.lat is not None and 42 < place.lat < 45


def test_city_with_coordinates() -> None:
    place = resolve_place("Kampala")
    assert place.country_code == "UG"
    assert place.lon is not None and 32 < place.lon < 33


def test_unknown_place_is_kept_as_written() -> None:
    place = resolve_place("Korvath")
    assert place.name == "Korvath"
    assert place.country_code is None and place.lat is None
