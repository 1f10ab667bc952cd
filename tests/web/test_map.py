"""The offline map of incident places: the SVG drawing, the page and the API list."""

from __future__ import annotations

import re

from factfinder.protect.persons import add_term
from factfinder.web.maps import WORLD, map_svg
from tests.web.conftest import Workbench, sign_in

# An invented report set in real cities, which the offline gazetteer knows with coordinates.
REPORT = (
    "Police in Tbilisi detained 12 men on 3 May 2025, the Harrowgate Voice reported. "
    "Guards in Yerevan beat 4 detainees on 4 May 2025, the Harrowgate Voice said.\n"
)


def _places(lat: float | None, lon: float | None, count: int = 1) -> list[dict]:
    return [
        {
            "number": 1,
            "name": "Tbilisi",
            "country_code": "GE",
            "lat": lat,
            "lon": lon,
            "count": count,
            "incidents": [{"id": 1, "label": "detention"}],
        }
    ]


def test_map_svg_draws_a_marker_per_place_over_vendored_boundaries() -> None:
    svg = str(map_svg(_places(41.69, 44.83, count=3)))
    assert f'href="{WORLD}"' in svg and "http" not in svg.replace("http://www.w3.org", "")
    assert svg.count('class="marker"') == 1
    assert 'href="#place-1"' in svg and "Tbilisi: 3 incidents" in svg
    x, y, width, height = map(float, re.search(r'viewBox="([^"]+)"', svg).group(1).split())
    cx, cy = 44.83 + 180, 90 - 41.69
    assert x < cx < x + width and y < cy < y + height  # the view is framed on the marker
    assert width / height == 2
    assert 'class="graticule"' in svg
    # A place without coordinates is listed in the table only; the map shows the whole world.
    world = str(map_svg(_places(None, None)))
    assert 'viewBox="0 0 360 180"' in world and 'class="marker"' not in world


def test_map_names_are_escaped() -> None:
    places = _places(10.0, 10.0)
    places[0]["name"] = '<script>"x"</script>'
    assert "<script>" not in str(map_svg(places))


def test_the_world_boundaries_ship_with_the_package() -> None:
    from factfinder.web.app import STATIC_DIR

    data = (STATIC_DIR / "world-110m.svg").read_text()
    assert data.startswith("<svg") and "Natural Earth" in data and len(data) < 200_000


def test_map_page_and_places_api(workbench: Workbench) -> None:
    client = workbench.client()
    investigator = workbench.auth("investigator")
    uploaded = client.post(
        "/api/v1/sources",
        files={"file": ("caucasus.txt", REPORT.encode(), "text/plain")},
        data={"title": "Caucasus report", "published": "2025-05-09", "link": "true"},
        headers=investigator,
    )
    assert uploaded.status_code == 201, uploaded.text
    places = client.get("/api/v1/places", headers=workbench.auth("viewer")).json()
    tbilisi = next(p for p in places["items"] if p["name"] == "Tbilisi")
    assert tbilisi["country_code"] == "GE" and round(tbilisi["lat"]) == 42
    assert tbilisi["count"] >= 1 and tbilisi["incidents"][0]["id"] >= 1

    sign_in(client, "viewer")
    page = client.get("/map")
    assert page.status_code == 200
    assert '<svg class="map"' in page.text and 'aria-label="Tbilisi: ' in page.text
    row = re.search(r'<tr id="place-(\d+)"><td>\d+</td>\s*<td>Tbilisi', page.text)
    assert row, "the table lists the place"
    assert f'href="#place-{row.group(1)}"' in page.text
    assert f'href="/incidents/{tbilisi["incidents"][0]["id"]}"' in page.text
    assert 'href="/map"' in client.get("/").text  # in the navigation
    assert "https://" not in page.text  # nothing fetched from elsewhere

    # A place whose name is protected is not put on a viewer's map (its coordinates would
    # give away what the redaction hides), but investigators still see it.
    add_term(workbench.store, "Tbilisi", actor="test")
    viewer_items = client.get("/api/v1/places", headers=workbench.auth("viewer")).json()["items"]
    assert "Tbilisi" not in {p["name"] for p in viewer_items}
    assert "Tbilisi" not in client.get("/map").text
    names = {p["name"] for p in client.get("/api/v1/places", headers=investigator).json()["items"]}
    assert "Tbilisi" in names
