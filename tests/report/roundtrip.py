"""Export records made comparable across instances: ids replaced by what identifies a record."""

from __future__ import annotations

import json
from typing import Any

VOLATILE = {"id", "url", "exported_at", "source_id", "incident_id", "incident_ids"}


def comparable(records: dict[str, Any]) -> dict[str, list[Any]]:
    """Every section with local ids swapped for stable keys and sorted, so two instances that
    hold the same evidence give equal values whatever ids they assigned."""
    sources = {s["id"]: s["sha256"] for s in records["sources"]}
    claims = {c["id"]: (c["source_sha256"], c["fingerprint"]) for c in records["claims"]}
    actors = {a["id"]: a["name"] for a in records["actors"]}
    incidents = {i["id"]: sorted(claims[c] for c in i["claim_ids"]) for i in records["incidents"]}

    def strip(record: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in record.items() if k not in VOLATILE}

    out: dict[str, list[Any]] = {}
    out["sources"] = [
        strip(s) | {"incidents": sorted(incidents[i] for i in s["incident_ids"])}
        for s in records["sources"]
    ]
    out["claims"] = [
        strip(c)
        | {
            "incident": incidents.get(c["incident_id"]),
            **{
                f"{r}_actor_id": actors.get(c[f"{r}_actor_id"])
                for r in ("agent", "attributed_to", "target")
            },
        }
        for c in records["claims"]
    ]
    out["comments"] = [
        strip(c)
        | {
            "object_id": claims.get(c["object_id"]) if c["object_type"] == "claim" else None,
            "anchor_claim_id": claims.get(c["anchor_claim_id"]),
        }
        for c in records["comments"]
    ]
    out["link_decisions"] = [
        strip(d) | {"claim_ids": sorted(claims[c] for c in d["claim_ids"])}
        for d in records["link_decisions"]
    ]
    out["actors"] = [strip(a) for a in records["actors"]]
    out["incidents"] = [
        strip(i)
        | {
            "claim_ids": incidents[i["id"]],
            "source_ids": sorted(sources[s] for s in i["source_ids"]),
        }
        for i in records["incidents"]
    ]
    out["figure_histories"] = [
        strip(f)
        | {
            "incident": incidents[f["incident_id"]],
            "claim_id": claims[f["claim_id"]],
            "superseded_by": claims.get(f["superseded_by"]),
            "supersedes": f["supersedes"]
            and {**f["supersedes"], "claim_id": claims.get(f["supersedes"].get("claim_id"))},
        }
        for f in records["figure_histories"]
    ]
    out["responses"] = [
        r
        | {
            "actor_id": actors.get(r["actor_id"]),
            "claim_ids": sorted(claims[c] for c in r["claim_ids"]),
            "sources": sorted(sources[s["source_id"]] for s in r["sources"]),
            "incident_ids": sorted(incidents[i] for i in r["incident_ids"]),
            "ended_by": r["ended_by"]
            and {
                **r["ended_by"],
                "claim_ids": sorted(claims[c] for c in r["ended_by"]["claim_ids"]),
            },
            "ends_silence_of": sorted(claims[c] for c in r["ends_silence_of"]),
        }
        for r in records["responses"]
    ]
    return {
        key: sorted(values, key=lambda v: json.dumps(v, sort_keys=True, default=str))
        for key, values in out.items()
    }
