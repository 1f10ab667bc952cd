"""Commands of the link stage: link, incidents, incident, responses, timeline, actors."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

import typer
from rich.markup import escape
from rich.table import Table

from factfinder.cli import ErrorReportingGroup, app, console, err_console
from factfinder.commands.display import (
    as_role_option,
    figure_history_text,
    format_counts,
    format_when,
    redactor_for,
    response_table,
)
from factfinder.errors import InputError

if TYPE_CHECKING:
    from factfinder.protect.redaction import Redactor
    from factfinder.store.db import Store


@app.command("link")
def link_command(
    full: bool = typer.Option(
        False, "--full", help="Relink everything stored, not only what changed."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the run summary as JSON."),
) -> None:
    """Link new and changed claims into duplicates, actors, incidents; keeps all decisions."""
    from factfinder.link.run import run_link
    from factfinder.store.db import open_store

    summary = run_link(open_store(), full=full)
    if as_json:
        print(json.dumps(summary.as_json(), indent=1))
        return
    scope = "new " if summary.mode == "incremental" else ""
    console.print(
        f"{summary.mode} link of {summary.claims} claims from {summary.sources} {scope}sources: "
        f"{summary.incidents} incidents written from {summary.events} event claims "
        f"({summary.incidents_total} incidents in all), "
        f"{summary.statements_attached} of {summary.statements} statements tied to an incident, "
        f"{summary.duplicate_sources} sources in near-duplicate groups, "
        f"{summary.actors_new} new actors, {summary.decisions_applied} user decisions applied "
        f"({summary.seconds:.1f} s)",
        highlight=False,
    )


incidents_app = typer.Typer(
    cls=ErrorReportingGroup,
    help="List incidents (with no subcommand), or merge and split them.",
    invoke_without_command=True,
)
app.add_typer(incidents_app, name="incidents")


@incidents_app.callback()
def incidents_command(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
    as_role: str | None = as_role_option(),
) -> None:
    """List incidents from the last `factfinder link` run, earliest first."""
    if ctx.invoked_subcommand is not None:
        return
    from factfinder.link.views import list_incidents
    from factfinder.store.db import open_store

    store = open_store()
    incidents = list_incidents(store)
    if as_role is not None:
        redactor = redactor_for(store, as_role)
        incidents = [redactor.value(i) for i in _visible_incidents(store, incidents, redactor)]
    if as_json:
        print(json.dumps(incidents, ensure_ascii=False, indent=1))
        return
    if not incidents:
        err_console.print("no incidents (run `factfinder link` after `factfinder extract`)")
        return
    table = Table("id", "incident", "when", "place", "claims", "statements", "independent sources")
    for incident in incidents:
        table.add_row(
            str(incident["id"]),
            escape(incident["label"]),
            format_when(incident["when"]),
            escape((incident["place"] or {}).get("name") or ""),
            str(incident["event_claims"]),
            str(incident["statements"]),
            str(incident["independent_sources"]),
        )
    console.print(table)


def _claim_levels(
    store: Store, claim_ids: Iterable[int] | None = None
) -> dict[int, tuple[int | None, str]]:
    """claim id → (incident id, the stricter of the claim's and its source's level)."""
    from sqlalchemy import select

    from factfinder.protect.levels import strictest
    from factfinder.store.models import Claim, IncidentClaim, Source

    query = (
        select(Claim.id, IncidentClaim.incident_id, Claim.level, Source.level)
        .join(Source, Source.id == Claim.source_id)
        .outerjoin(IncidentClaim, IncidentClaim.claim_id == Claim.id)
    )
    if claim_ids is not None:
        query = query.where(Claim.id.in_(list(claim_ids)))
    with store.session() as session:
        return {
            claim_id: (incident_id, strictest(claim_level, source_level))
            for claim_id, incident_id, claim_level, source_level in session.execute(query)
        }


def _visible_incidents(store: Store, incidents: list[dict], redactor: Redactor) -> list[dict]:
    """The incidents a role may see, each described from its visible claims only: an incident
    whose claims are all visible is listed as it is; one with some hidden claims is recomputed
    (label, place, time, counts) without them; one without a visible event is left out."""
    from factfinder.link.views import describe_visible

    hidden = {
        incident_id
        for incident_id, level in _claim_levels(store).values()
        if incident_id is not None and not redactor.allows(level)
    }
    redo = [incident for incident in incidents if incident["id"] in hidden]
    fresh = {i["id"]: i for i in describe_visible(store, redo, redactor.levels)}
    return [
        fresh.get(incident["id"], incident)
        for incident in incidents
        if incident["id"] not in hidden or incident["id"] in fresh
    ]


def _decided_by() -> str:
    from factfinder.settings import load_settings

    return load_settings().collector


@incidents_app.command("merge")
def incidents_merge(
    first: int = typer.Argument(..., help="Incident id."),
    second: int = typer.Argument(..., help="Incident id to merge into the first."),
) -> None:
    """Merge two incidents; the decision is kept and re-applied on every `factfinder link`."""
    from factfinder.link.views import merge_incidents
    from factfinder.store.db import open_store

    merged = merge_incidents(open_store(), first, second, _decided_by())
    console.print(f"merged #{first} and #{second} into incident #{merged}", highlight=False)


@incidents_app.command("split")
def incidents_split(
    incident_id: int = typer.Argument(..., help="Incident id."),
    claims: str = typer.Option(
        ..., "--claims", help="Comma-separated claim ids to move into a new incident."
    ),
) -> None:
    """Split claims off an incident into a new one; kept across every `factfinder link`."""
    from factfinder.link.views import split_incident
    from factfinder.store.db import open_store

    try:
        claim_ids = [int(part) for part in claims.split(",") if part.strip()]
    except ValueError:
        raise InputError("--claims takes comma-separated claim ids, e.g. --claims 4,7,9") from None
    kept, new = split_incident(open_store(), incident_id, claim_ids, _decided_by())
    console.print(f"incident #{kept} kept the other claims; new incident #{new}", highlight=False)


@app.command("incident")
def incident_command(
    incident_id: int = typer.Argument(..., help="Incident id (see `factfinder incidents`)."),
    as_json: bool = typer.Option(False, "--json", help="Print the dossier as JSON."),
    as_role: str | None = as_role_option(),
) -> None:
    """One incident: its claims and why they were linked, sources, figures, corroboration."""
    from factfinder.link.views import incident_dossier
    from factfinder.protect.levels import strictest
    from factfinder.protect.visibility import record_view
    from factfinder.store.db import open_store

    store = open_store()
    redactor = redactor_for(store, as_role)
    levels = None if as_role is None else redactor.levels
    dossier = redactor.value(incident_dossier(store, incident_id, levels))
    shown = _claim_levels(store, [claim["claim_id"] for claim in dossier["claims"]])
    level = strictest(*(claim_level for _incident, claim_level in shown.values()))
    record_view(store, store.settings.collector, as_role, "incident", incident_id, level)
    if as_json:
        print(json.dumps(dossier, ensure_ascii=False, indent=1))
        return
    console.print(
        f"[bold]Incident #{dossier['id']}[/] {escape(dossier['label'])}\n"
        f"independent sources: {dossier['corroboration']['independent_sources']} "
        f"({escape(', '.join(dossier['corroboration']['origins']))})",
        highlight=False,
    )
    table = Table("claim", "src", "type", "when", "figures", "origin", "indep.", "linked by")
    for claim in dossier["claims"]:
        flags = [f for f in ("negated", "disputed") if claim[f]]
        table.add_row(
            str(claim["claim_id"]),
            str(claim["source_id"]),
            claim["type"] + (f" ({', '.join(flags)})" if flags else ""),
            (claim["when"] or {}).get("display", ""),
            format_counts(claim["counts"]),
            escape(claim["origin"]),
            "" if claim["independent_sources"] is None else str(claim["independent_sources"]),
            escape(", ".join(claim["features"])),
        )
    console.print(table)
    for history in dossier["figures"]:
        console.print(figure_history_text(history), highlight=False)
    for item in dossier["contradictions"]:
        against = ", ".join(str(c) for c in item["against"])
        console.print(
            f"contradiction: {item['kind']} — claim {item['claim_id']} against {against}"
            + (f" ({escape(item['detail'])})" if item["detail"] else ""),
            highlight=False,
        )
    sources = ", ".join(
        f"#{s['source_id']} {s['publisher'] or s['title'] or s['uri']}" for s in dossier["sources"]
    )
    console.print(f"sources: {escape(sources)}", highlight=False)


@app.command("responses")
def responses_command(
    incident: int = typer.Option(None, "--incident", help="Only statements tied to this incident."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array of matrix rows."),
    as_role: str | None = as_role_option(),
) -> None:
    """The response matrix: who condemned, denied or stayed silent, when, and per which source."""
    from factfinder.link.views import responses
    from factfinder.store.db import open_store

    store = open_store()
    redactor = redactor_for(store, as_role)
    levels = None if as_role is None else redactor.levels
    rows = redactor.value(responses(store, incident, levels))
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        err_console.print("no statements (run `factfinder extract` and `factfinder link`)")
        return
    console.print(response_table(rows))


@app.command("timeline")
def timeline_command(
    incident: int = typer.Option(None, "--incident", help="Only this incident's claims."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
    as_role: str | None = as_role_option(),
) -> None:
    """Events and statements in date order; a month stays a month, never a made-up day."""
    from factfinder.link.views import timeline
    from factfinder.store.db import open_store

    store = open_store()
    redactor = redactor_for(store, as_role)
    levels = None if as_role is None else redactor.levels
    entries = redactor.value(timeline(store, incident, levels))
    if as_json:
        print(json.dumps(entries, ensure_ascii=False, indent=1))
        return
    if not entries:
        err_console.print("nothing to show (run `factfinder extract` and `factfinder link`)")
        return
    table = Table("date", "what", "incident", "claims", "sentence")
    for entry in entries:
        what = entry["type"].replace("_", " ")
        if entry["actor"]:
            what = f"{entry['actor']}: {what}"
        sentence = " ".join(entry["sentence"].split())
        table.add_row(
            entry["display_date"] + (" (published)" if entry["date_basis"] == "published" else ""),
            escape(what),
            f"#{entry['incident_id']}" if entry["incident_id"] is not None else "",
            ", ".join(str(c) for c in entry["claim_ids"]),
            escape(sentence if len(sentence) <= 100 else sentence[:99] + "…"),
        )
    console.print(table)


actors_app = typer.Typer(
    cls=ErrorReportingGroup,
    help="List actors (with no subcommand), or add an alias.",
    invoke_without_command=True,
)
app.add_typer(actors_app, name="actors")


@actors_app.callback()
def actors_command(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
    as_role: str | None = as_role_option(),
) -> None:
    """List resolved actors with type, country, aliases and how many claims name them."""
    if ctx.invoked_subcommand is not None:
        return
    from factfinder.link.views import list_actors
    from factfinder.store.db import open_store

    store = open_store()
    actors = list_actors(store)
    if as_role is not None:
        redactor = redactor_for(store, as_role)
        actors = [redactor.value(actor) for actor in _visible_actors(store, actors, redactor)]
    if as_json:
        print(json.dumps(actors, ensure_ascii=False, indent=1))
        return
    if not actors:
        err_console.print("no actors yet (run `factfinder link`)")
        return
    table = Table("id", "actor", "type", "country", "claims", "aliases")
    for actor in actors:
        table.add_row(
            str(actor["id"]),
            escape(actor["name"]),
            actor["type"],
            actor["country_code"] or "",
            str(actor["claims"]),
            escape("; ".join(actor["aliases"])),
        )
    console.print(table)


def _visible_actors(store: Store, actors: list[dict], redactor: Redactor) -> list[dict]:
    """The actors named by at least one claim the role sees, with only those claims counted
    and only the aliases written in those claims."""
    from collections import Counter

    from sqlalchemy import select

    from factfinder.link.views import visible_aliases
    from factfinder.store.models import ClaimActor

    visible = {
        claim_id for claim_id, (_i, level) in _claim_levels(store).items() if redactor.allows(level)
    }
    with store.session() as session:
        named = session.execute(select(ClaimActor.actor_id, ClaimActor.claim_id)).all()
    counts = Counter(actor_id for actor_id, claim_id in set(named) if claim_id in visible)
    shown = [actor | {"claims": counts[actor["id"]]} for actor in actors if counts[actor["id"]]]
    return visible_aliases(store, shown, redactor.levels)


@actors_app.command("alias")
def actors_alias(
    alias: str = typer.Argument(..., help='A spelling as written, e.g. "Ramazan Kadyrov".'),
    canonical: str = typer.Argument(..., help='The actor\'s name, e.g. "Ramzan Kadyrov".'),
    as_json: bool = typer.Option(False, "--json", help="Print the actor as JSON."),
) -> None:
    """Make ALIAS a spelling of the actor CANONICAL (kept across every `factfinder link`)."""
    from factfinder.link.actors import add_alias
    from factfinder.link.run import run_link
    from factfinder.store.db import open_store

    store = open_store()
    actor = add_alias(store, alias, canonical)
    run_link(store)
    if as_json:
        print(json.dumps(actor.as_json(), ensure_ascii=False, indent=1))
        return
    console.print(
        f"{escape(alias)} → actor #{actor.actor_id} {escape(actor.name)} ({actor.type})",
        highlight=False,
    )
