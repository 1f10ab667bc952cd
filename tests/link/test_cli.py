"""The link commands as a user runs them: --json on each, decisions kept, one-line errors."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.store.db import Store
from tests.link.conftest import StoryBuilder
from tests.link.stories import osk_story

runner = CliRunner()


def run_json(*args: str):
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_link_commands_print_json(store: Store, story: StoryBuilder) -> None:
    ids = osk_story(story)
    summary = run_json("link")
    assert summary["incidents"] == 2 and summary["duplicate_sources"] == 2
    assert run_json("link")["actors_new"] == 0

    incidents = run_json("incidents")
    assert [i["event_claims"] for i in incidents] == [7, 1]
    assert set(incidents[0]) >= {"id", "label", "types", "place", "when", "independent_sources"}
    dossier = run_json("incident", str(incidents[0]["id"]))
    assert set(dossier) >= {"claims", "sources", "figures", "corroboration", "contradictions"}

    rows = run_json("responses")
    assert {r["stance"] for r in rows} == {"deny", "no_public_statement", "condemn"}
    only = run_json("responses", "--incident", str(incidents[0]["id"]))
    assert {r["stance"] for r in only} == {"deny", "condemn"}

    entries = run_json("timeline", "--incident", str(incidents[1]["id"]))
    assert [e["claim_ids"] for e in entries] == [ids["journalists"]]
    actors = run_json("actors")
    assert any(a["name"] == "Osk Monitor" and a["type"] == "media" for a in actors)

    alias = run_json("actors", "alias", "Interior Minister Dario Velk", "Darijo Velk")
    assert alias["name"] == "Darijo Velk"


def test_merge_and_split_survive_relinking(store: Store, story: StoryBuilder) -> None:
    ids = osk_story(story)
    runner.invoke(app, ["link"])
    first, second = (i["id"] for i in run_json("incidents"))
    result = runner.invoke(app, ["incidents", "merge", str(first), str(second)])
    assert result.exit_code == 0 and f"into incident #{first}" in result.stdout
    runner.invoke(app, ["link"])
    assert [i["id"] for i in run_json("incidents")] == [first]

    claims = f"{ids['journalists'][0]},{ids['wire'][1]}"
    result = runner.invoke(app, ["incidents", "split", str(first), "--claims", claims])
    assert result.exit_code == 0, result.output
    runner.invoke(app, ["link"])
    assert len(run_json("incidents")) == 2


def test_bad_input_is_one_clear_line(store: Store, story: StoryBuilder) -> None:
    osk_story(story)
    runner.invoke(app, ["link"])
    for args, message in (
        (["incident", "999"], "no incident #999"),
        (["incidents", "split", "1", "--claims", "one,two"], "comma-separated claim ids"),
        (["incidents", "split", "1", "--claims", "9999"], "not in incident #1"),
        (["incidents", "merge", "1", "1"], "two different incidents"),
        (["timeline", "--incident", "999"], "no incident #999"),
        (["actors", "alias", "…", "Darijo Velk"], "letters or digits"),
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 1, (args, result.output)
        assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_empty_store_says_what_to_do(store: Store) -> None:
    for command in ("incidents", "responses", "timeline", "actors"):
        result = runner.invoke(app, [command])
        assert result.exit_code == 0 and "link" in result.stderr
    assert run_json("link")["incidents"] == 0
