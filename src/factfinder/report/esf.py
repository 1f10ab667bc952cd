"""Export after the HURIDOCS Events Standard Formats: events, acts, victims, perpetrators,
information with source reliability, and interventions (the response matrix)."""

from __future__ import annotations

import string
from typing import Any

from factfinder import __version__
from factfinder.link.views import incident_dossier
from factfinder.report.exports import Scope, response_records
from factfinder.store.db import Store
from factfinder.store.models import utcnow

# Our act types (docs VOCABULARY.md) to the HURIDOCS act families they fall under.
ACT_TYPES = {
    "detention": "Arrest / detention",
    "enforced_disappearance": "Arrest (capture denied)",
    "torture": "Torture",
    "killing": "Killing",
    "death_threat": "Threat",
    "incitement": "Incitement",
    "extortion": "Torture (intent: extortion)",
    "forced_displacement": "Forced displacement",
    "harassment": "Intimidation",
    "release": "Release",
}
# Stances to the HURIDOCS "response" of an intervention; None where the standard has none.
RESPONSES = {
    "express_concern": "Token response",
    "deny": "Counter-response",
    "no_public_statement": "No response",
}


def pseudonym(index: int) -> str:
    """'Victim A' … 'Victim Z', 'Victim AA' …: stable within one export, never a name."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = string.ascii_uppercase[rest] + letters
    return f"Victim {letters}"


def reliability(claim: dict[str, Any]) -> dict[str, str]:
    """How far to rely on one piece of information, from the reviewer's decision first and
    then from how many independent sources agree (the same rule in every export)."""
    if claim["review_status"] == "confirmed":
        return {"level": "high", "basis": "confirmed by a reviewer"}
    if claim["review_status"] == "disputed":
        return {"level": "low", "basis": "disputed by a reviewer"}
    independent = claim.get("independent_sources") or 0
    if independent >= 2:
        return {"level": "medium", "basis": f"{independent} independent sources agree"}
    return {"level": "unverified", "basis": "a single source"}


def build_esf(
    store: Store, incident_ids: list[int], *, everything: bool = False, scope: Scope | None = None
) -> dict[str, Any]:
    """The ESF document for the incidents: one event per incident, one act per event claim,
    from the claims `scope`'s audience may see and redacted for it.

    Interventions are the statements tied to those incidents, or with `everything` all of
    them (a silence is often about the situation, not one incident).

    Victims appear only by pseudonym and count: the wording that names or describes a
    victim stays in the information record's sentence, which a recipient already needs.
    """
    audience = (scope or Scope()).audience
    victims: dict[str, str] = {}
    perpetrators: dict[str, dict[str, Any]] = {}
    information: list[dict[str, Any]] = []
    events = []
    for incident_id in incident_ids:
        dossier = incident_dossier(store, incident_id, audience.levels)
        sources = {s["source_id"]: s for s in dossier["sources"]}
        acts = []
        for claim in dossier["claims"]:
            info_id = f"information-{claim['claim_id']}"
            source = sources.get(claim["source_id"], {})
            information.append(
                {
                    "information_id": info_id,
                    "claim_id": claim["claim_id"],
                    "source_id": claim["source_id"],
                    "source_name": source.get("publisher") or source.get("title"),
                    "source_uri": source.get("uri"),
                    "source_date": source.get("published_at"),
                    "attributed_to": claim["attributed_to"],
                    "sentence": claim["sentence"],
                    "reliability": reliability(claim),
                }
            )
            if claim["role"] != "event":
                continue
            victim_id = None
            if claim["target"]:
                key = claim["target"].casefold()
                victim_id = victims.setdefault(key, f"victim-{len(victims) + 1}")
            involved = []
            perpetrator = claim["agent_actor"] or claim["agent"]
            if perpetrator:
                record = perpetrators.setdefault(
                    perpetrator.casefold(),
                    {"perpetrator_id": f"perpetrator-{len(perpetrators) + 1}", "name": perpetrator},
                )
                involved.append(
                    {
                        "perpetrator_id": record["perpetrator_id"],
                        "involvement": "alleged perpetrator",
                        "degree_of_involvement": "hedged" if claim["hedged"] else "stated",
                    }
                )
            acts.append(
                {
                    "act_id": f"act-{claim['claim_id']}",
                    "type_of_act": ACT_TYPES.get(claim["type"], claim["type"]),
                    "factfinder_type": claim["type"],
                    "denied_in_source": claim["negated"],
                    "victim_id": victim_id,
                    "victim_counts": [
                        {k: c.get(k) for k in ("low", "high", "unit", "qualifier")}
                        for c in claim["counts"]
                    ],
                    "initial_date": (claim["when"] or {}).get("start"),
                    "final_date": (claim["when"] or {}).get("end"),
                    "date_precision": (claim["when"] or {}).get("precision"),
                    "geographical_term": (claim["place"] or {}).get("name"),
                    "perpetrators": involved,
                    "information_ids": [info_id],
                }
            )
        when = dossier["when"] or {}
        events.append(
            {
                "event_id": f"event-{incident_id}",
                "incident_id": incident_id,
                "event_title": dossier["label"],
                "geographical_term": (dossier["place"] or {}).get("name"),
                "initial_date": when.get("start"),
                "final_date": when.get("end"),
                "date_precision": when.get("precision"),
                "independent_sources": dossier["independent_sources"],
                "acts": acts,
            }
        )
    statements = Scope(None if everything else tuple(incident_ids), audience=audience)
    interventions = [
        {
            "intervention_id": f"intervention-{index}",
            "intervening_party": row["actor"],
            "party_type": row["actor_type"],
            "type_of_intervention": row["stance"],
            "response": RESPONSES.get(row["stance"]),
            "description": row["description"],
            "date": (row["date"] or {}).get("display"),
            "event_ids": [f"event-{i}" for i in row["incident_ids"]],
            "information_ids": [f"information-{c}" for c in row["claim_ids"]],
        }
        for index, row in enumerate(response_records(store, statements), start=1)
    ]
    return audience.redact(
        {
            "standard": "HURIDOCS Events Standard Formats",
            "generated_by": f"factfinder {__version__}",
            "generated_at": utcnow().isoformat(),
            "prepared_for": audience.describe(),
            "events": events,
            "victims": [
                {"victim_id": victim_id, "pseudonym": pseudonym(index), "type": "group or person"}
                for index, victim_id in enumerate(victims.values())
            ],
            "perpetrators": list(perpetrators.values()),
            "information": information,
            "interventions": interventions,
        }
    )
