"""The map of incident places, drawn on the server as inline SVG that works offline.

Places come from the offline gazetteer (a claim's `place`: name, country code, lat, lon). The
map is a plain equirectangular projection (x = lon + 180, y = 90 - lat) over Natural Earth's
1:110m country boundaries, vendored as `static/world-110m.svg` (public domain), with a
graticule; nothing is fetched from the network.
"""

from __future__ import annotations

import math
from html import escape
from typing import Any

from markupsafe import Markup
from sqlalchemy import select

from factfinder.store.models import Claim, IncidentClaim

WORLD = "/static/world-110m.svg"
MIN_SPAN = (40.0, 24.0)  # never zoom in closer than this many degrees (lon, lat)
PADDING = 0.25  # share of the markers' extent added on each side


def incident_places(view: Any, incidents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per place named by the claims of the caller's visible incidents (name,
    country, lat, lon, and the incidents there), most incidents first.

    Claims at levels the caller may not see are left out. A place whose name the caller's
    Redactor changes (a protected name or term) is left out too: its coordinates would show
    what the redaction hides.
    """
    labels = {i["id"]: i["label"] for i in incidents}
    hidden = view.hidden_claim_ids()
    places: dict[tuple[str, str | None], dict[str, Any]] = {}
    with view.store.session() as session:
        rows = session.execute(
            select(IncidentClaim.incident_id, IncidentClaim.claim_id, Claim.place)
            .join(Claim, Claim.id == IncidentClaim.claim_id)
            .order_by(IncidentClaim.incident_id, IncidentClaim.claim_id)
        )
        for incident_id, claim_id, place in rows:
            name = (place or {}).get("name")
            if not name or incident_id not in labels or claim_id in hidden:
                continue
            if view.text(name) != name:
                continue
            key = (name.casefold(), place.get("country_code"))
            entry = places.setdefault(
                key,
                {
                    "name": name,
                    "country_code": place.get("country_code"),
                    "lat": None,
                    "lon": None,
                    "incidents": {},
                },
            )
            if entry["lat"] is None and place.get("lat") is not None:
                entry["lat"], entry["lon"] = place.get("lat"), place.get("lon")
            entry["incidents"][incident_id] = labels[incident_id]
    out = sorted(places.values(), key=lambda p: (-len(p["incidents"]), p["name"].casefold()))
    for number, entry in enumerate(out, start=1):
        entry["number"] = number
        entry["count"] = len(entry["incidents"])
        entry["incidents"] = [{"id": i, "label": label} for i, label in entry["incidents"].items()]
    return view.red(out)


def _mapped(places: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        p
        for p in places
        if isinstance(p.get("lat"), int | float)
        and isinstance(p.get("lon"), int | float)
        and -90 <= p["lat"] <= 90
        and -180 <= p["lon"] <= 180
    ]


def _frame(places: list[dict[str, Any]]) -> tuple[float, float, float, float]:
    """The part of the world to show (x, y, width, height in projected degrees): the markers
    with some room around them, or the whole world when there are none."""
    if not places:
        return 0.0, 0.0, 360.0, 180.0
    xs = [p["lon"] + 180 for p in places]
    ys = [90 - p["lat"] for p in places]
    width = max(max(xs) - min(xs), MIN_SPAN[0]) * (1 + 2 * PADDING)
    height = max(max(ys) - min(ys), MIN_SPAN[1]) * (1 + 2 * PADDING)
    # Keep the world map's 2:1 shape so the boundaries are not stretched.
    width, height = max(width, height * 2), max(height, width / 2)
    width, height = min(width, 360.0), min(height, 180.0)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    x = min(max(cx - width / 2, 0.0), 360.0 - width)
    y = min(max(cy - height / 2, 0.0), 180.0 - height)
    return x, y, width, height


def _graticule(x: float, y: float, width: float, height: float) -> list[str]:
    step = 30 if width > 120 else 10 if width > 30 else 5
    lines = []
    lon = math.ceil((x - 180) / step) * step
    while lon + 180 <= x + width:
        lines.append(
            f'<line x1="{lon + 180:g}" y1="{y:g}" x2="{lon + 180:g}" y2="{y + height:g}"/>'
        )
        lon += step
    lat = math.floor((90 - y) / step) * step
    while 90 - lat <= y + height:
        lines.append(f'<line x1="{x:g}" y1="{90 - lat:g}" x2="{x + width:g}" y2="{90 - lat:g}"/>')
        lat -= step
    return lines


def map_svg(places: list[dict[str, Any]]) -> Markup:
    """The map: boundaries, graticule and one numbered marker per place (its incident count),
    each a link to the place's row in the table beside the map."""
    mapped = _mapped(places)
    x, y, width, height = _frame(mapped)
    unit = width / 360 * 6  # marker size grows as the map zooms out, to stay readable
    parts = [
        f'<svg class="map" role="img" aria-labelledby="map-title" viewBox="{x:g} {y:g} '
        f'{width:g} {height:g}" xmlns="http://www.w3.org/2000/svg">',
        '<title id="map-title">Map of incident places; the table lists the same places</title>',
        f'<rect x="{x:g}" y="{y:g}" width="{width:g}" height="{height:g}" class="sea"/>',
        f'<image href="{WORLD}" x="0" y="0" width="360" height="180"/>',
        '<g class="graticule">',
        *_graticule(x, y, width, height),
        "</g>",
    ]
    for place in mapped:
        cx, cy = place["lon"] + 180, 90 - place["lat"]
        radius = unit * (1.2 + 0.6 * math.log(place["count"]))
        label = f"{place['name']}: {place['count']} incident{'s' if place['count'] != 1 else ''}"
        parts.append(
            f'<a href="#place-{place["number"]}" class="marker" aria-label="{escape(label)}">'
            f"<title>{escape(label)}</title>"
            f'<circle cx="{cx:.3f}" cy="{cy:.3f}" r="{radius:.3f}"/>'
            f'<text x="{cx:.3f}" y="{cy:.3f}" font-size="{radius * 1.1:.3f}" '
            f'text-anchor="middle" dominant-baseline="central">{place["count"]}</text></a>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
