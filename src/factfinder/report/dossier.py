"""The dossier's content: incidents, figures, corroboration, responses and sources, with notes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from factfinder import __version__
from factfinder.errors import InputError
from factfinder.link.views import incident_dossier, list_incidents, responses, timeline
from factfinder.report.audience import Audience, visible_incident_ids
from factfinder.report.charts import figure_chart_svg
from factfinder.sources.custody import chain_problems
from factfinder.store.db import Store
from factfinder.store.models import Source, utcnow


@dataclass
class Notes:
    """Numbered notes, one per cited claim: the sentence quoted and its source named.

    A claim cited twice gets one note, so the same number always means the same sentence.
    """

    sources: dict[int, dict[str, Any]]
    numbers: dict[int, int] = field(default_factory=dict)
    entries: list[dict[str, Any]] = field(default_factory=list)

    def cite(self, claim_id: int, source_id: int, sentence: str) -> int:
        if claim_id not in self.numbers:
            self.numbers[claim_id] = len(self.entries) + 1
            source = self.sources.get(source_id, {})
            self.entries.append(
                {
                    "number": self.numbers[claim_id],
                    "claim_id": claim_id,
                    "source_id": source_id,
                    "sentence": " ".join(sentence.split()),
                    "source": source.get("label") or f"source #{source_id}",
                    "sha256": source.get("sha256"),
                }
            )
        return self.numbers[claim_id]


def amount(value: dict[str, Any]) -> str:
    """A figure as a reader says it: 'at least 40', '100–150', 'about 12'."""
    words = {
        "at_least": "at least ",
        "more_than": "more than ",
        "about": "about ",
        "up_to": "up to ",
    }
    number = f"{value['low']}" + (f"–{value['high']}" if value.get("high") else "")
    return words.get(value.get("qualifier") or "exact", "") + number


def _source_label(source: Source) -> str:
    return source.publisher or source.title or source.uri


def _when(entry: Any) -> str:
    return entry.at.isoformat(timespec="seconds")


def source_appendix(store: Store, source_ids: set[int]) -> list[dict[str, Any]]:
    """Every cited source with where it came from, its hash and its custody in brief.

    The custody summary says whether the chain re-checks, so a reader sees at once whether
    the record of who handled the original is intact.
    """
    with store.session() as session:
        rows = session.scalars(
            select(Source)
            .where(Source.id.in_(sorted(source_ids)))
            .options(selectinload(Source.custody))
            .order_by(Source.id)
        ).all()
        out = []
        for source in rows:
            custody = list(source.custody)
            problems = chain_problems(custody)
            out.append(
                {
                    "source_id": source.id,
                    "label": _source_label(source),
                    "title": source.title,
                    "publisher": source.publisher,
                    "uri": source.uri,
                    "published_at": source.published_at.isoformat()
                    if source.published_at
                    else None,
                    "retrieved_at": source.retrieved_at.isoformat(timespec="seconds"),
                    "collected_by": source.collected_by,
                    "sha256": source.sha256,
                    "media_type": source.media_type,
                    "size": source.size,
                    "custody": {
                        "entries": len(custody),
                        "actions": sorted({entry.action for entry in custody}),
                        "first_at": _when(custody[0]) if custody else None,
                        "last_at": _when(custody[-1]) if custody else None,
                        "head": custody[-1].entry_hash if custody else None,
                        "intact": not problems,
                    },
                }
            )
        return out


def _summary(incident: dict[str, Any], notes: Notes) -> dict[str, Any]:
    """What, where, when, how many and by whom, each figure as a range and a conservative value."""
    perpetrators = sorted(
        {c["agent_actor"] or c["agent"] for c in incident["claims"] if c["role"] == "event"}
        - {None}
    )
    figures = []
    for history in incident["figures"]:
        conservative = history["conservative"]
        latest = history["latest"]
        by_claim = {value["claim_id"]: value for value in history["values"]}
        cited = [
            notes.cite(v["claim_id"], v["source_id"], v["sentence"])
            for v in (by_claim[conservative["claim_id"]], by_claim[latest["claim_id"]])
        ]
        low, high = history["range"]["low"], history["range"]["high"]
        figures.append(
            {
                "unit": history["unit"],
                "range": f"{low}" if low == high else f"{low}–{high}",
                "conservative": amount(conservative),
                "latest": amount(latest),
                "notes": sorted(set(cited)),
            }
        )
    when = incident["when"]
    return {
        "what": ", ".join(t.replace("_", " ") for t in incident["types"]),
        "where": (incident["place"] or {}).get("name") or "not stated",
        "when": _when_text(when),
        "by_whom": perpetrators,
        "figures": figures,
        "independent_sources": incident["corroboration"]["independent_sources"],
    }


def _when_text(when: dict[str, Any] | None) -> str:
    if not when:
        return "not stated"
    start, end, precision = when["start"], when["end"], when["precision"]
    cut = {"year": 4, "month": 7}.get(precision, 10)
    first, last = start[:cut], end[:cut]
    return first if first == last else f"{first} to {last}"


def _figure_section(history: dict[str, Any], notes: Notes) -> dict[str, Any]:
    rows = [
        value
        | {
            "amount": amount(value),
            "note": notes.cite(value["claim_id"], value["source_id"], value["sentence"]),
        }
        for value in history["values"]
    ]
    return {
        "unit": history["unit"],
        "rows": rows,
        "conservative": amount(history["conservative"]),
        "latest": amount(history["latest"]),
        "chart_svg": figure_chart_svg(history),
    }


def _key_facts(incident: dict[str, Any], notes: Notes) -> list[dict[str, Any]]:
    """Corroboration per event claim: independent sources, and which claims agree or contradict."""
    facts = []
    for claim in incident["claims"]:
        if claim["role"] != "event":
            continue
        facts.append(
            {
                "claim_id": claim["claim_id"],
                "type": claim["type"].replace("_", " "),
                "status": claim["review_status"],
                "negated": claim["negated"],
                "independent_sources": claim["independent_sources"],
                "corroborated_by": claim["corroborated_by"],
                "contradicted_by": claim["contradicted_by"],
                "note": notes.cite(claim["claim_id"], claim["source_id"], claim["sentence"]),
            }
        )
    return facts


def _response_rows(rows: list[dict[str, Any]], notes: Notes, sentences: dict[int, tuple]) -> list:
    out = []
    for row in rows:
        cited = [notes.cite(c, *sentences[c]) for c in row["claim_ids"] if c in sentences]
        out.append(row | {"notes": cited})
    return out


def _timeline_rows(entries: list[dict[str, Any]], notes: Notes, sentences: dict[int, tuple]):
    return [
        entry
        | {
            "what": entry["type"].replace("_", " "),
            "notes": [notes.cite(c, *sentences[c]) for c in entry["claim_ids"] if c in sentences],
        }
        for entry in entries
    ]


def build_dossier(
    store: Store, incident_ids: list[int] | None = None, audience: Audience | None = None
) -> dict[str, Any]:
    """Everything a dossier shows, for one or more incidents (None: every incident).

    Unknown incident ids are refused before anything is built, with every wrong id named.
    For an `audience` that sees less than everything, only its levels' claims and sources are
    read (an incident it cannot see is as unknown as one that does not exist), and every
    string is redacted before it is used, so charts, notes and the title are drawn from
    redacted text.
    """
    audience = audience or Audience.everyone()
    if audience.levels is None:
        known = {incident["id"] for incident in list_incidents(store)}
    else:
        with store.engine.connect() as connection:
            known = set(visible_incident_ids(connection, audience))
    if incident_ids is None:
        chosen = sorted(known)
        if not chosen and audience.levels is not None:
            raise InputError(f"role {audience.name} may see no incident")
        if not chosen:
            raise InputError("there are no incidents yet (run `factfinder link` first)")
    else:
        unknown = [i for i in incident_ids if i not in known]
        if unknown:
            listed = ", ".join(f"#{i}" for i in unknown)
            raise InputError(f"no incident {listed} (see `factfinder incidents`)")
        chosen = list(dict.fromkeys(incident_ids))
    levels = audience.levels
    details = [audience.redact(incident_dossier(store, i, levels)) for i in chosen]
    source_ids = {s["source_id"] for d in details for s in d["sources"]}
    answers = {i: audience.redact(responses(store, i, levels)) for i in chosen}
    source_ids |= {s["source_id"] for rows in answers.values() for r in rows for s in r["sources"]}
    appendix = audience.redact(source_appendix(store, source_ids))
    notes = Notes({s["source_id"]: s for s in appendix})
    sections = []
    for incident in details:
        sentences = {c["claim_id"]: (c["source_id"], c["sentence"]) for c in incident["claims"]}
        entries = audience.redact(timeline(store, incident["id"], levels))
        sections.append(
            {
                "id": incident["id"],
                "label": incident["label"],
                "summary": _summary(incident, notes),
                "timeline": _timeline_rows(entries, notes, sentences),
                "figures": [_figure_section(h, notes) for h in incident["figures"]],
                "key_facts": _key_facts(incident, notes),
                "contradictions": incident["contradictions"],
                "responses": _response_rows(answers[incident["id"]], notes, sentences),
                "actors": _incident_actors(incident, answers[incident["id"]]),
                "source_ids": [s["source_id"] for s in incident["sources"]],
            }
        )
    scope = (
        f"Incident #{chosen[0]}"
        if len(chosen) == 1
        else f"{len(chosen)} incidents ({', '.join(f'#{i}' for i in chosen)})"
    )
    return {
        "title": "Incident dossier: " + (details[0]["label"] if len(chosen) == 1 else scope),
        "scope": scope,
        "incident_ids": chosen,
        "generated_at": utcnow().isoformat(timespec="seconds"),
        "factfinder_version": __version__,
        "audience": audience.describe() | {"summary": audience.summary()},
        "incidents": sections,
        "sources": appendix,
        "notes": notes.entries,
    }


def _incident_actors(incident: dict[str, Any], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Who appears in the incident: perpetrators named on events and those who responded."""
    seen: dict[str, dict[str, Any]] = {}
    for claim in incident["claims"]:
        name = claim["agent_actor"] or claim["agent"]
        if name and claim["role"] == "event":
            seen.setdefault(name, {"name": name, "roles": set(), "type": None})["roles"].add(
                "alleged perpetrator"
            )
    for row in rows:
        actor = seen.setdefault(row["actor"], {"name": row["actor"], "roles": set(), "type": None})
        actor["roles"].add("responded")
        actor["type"] = actor["type"] or row["actor_type"]
    return [
        actor | {"roles": sorted(actor["roles"])}
        for actor in sorted(seen.values(), key=lambda a: a["name"].lower())
    ]
