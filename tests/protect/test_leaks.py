"""The leak scan: every kind of output a viewer or a reviewer can receive, searched for the names
and terms that redaction must hide and for text from sources above the role's level.

A store is built from invented reports at all three levels that name an invented detainee and
witness (in texts, titles, publishers, file names, claim agents and targets, review notes and
comments) and a protected place; then, for each role, every CLI listing and show command
(text and --json), every dossier format (PDF text, metadata and bookmarks included), every
export format, an evidence package (each member's name and bytes) and every GET route of the
web app and API are generated and scanned. Redaction must have replaced the names (the
pseudonyms appear), not merely dropped records.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import html
import io
import json
import re
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import typer.main
from fastapi.testclient import TestClient
from pypdf import PdfReader
from sqlalchemy import func, select
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.extract.run import extract_sources
from factfinder.link.run import run_link
from factfinder.protect.persons import add_person, add_term
from factfinder.protect.users import add_user, new_api_token
from factfinder.settings import Settings
from factfinder.sources.ingest import IngestOptions, ingest_targets
from factfinder.store.claims import review_claim
from factfinder.store.db import Store, open_store
from factfinder.store.models import AuditEntry, Claim, Comment, Incident, Source, utcnow
from factfinder.web.app import create_app
from tests.web.conftest import PASSWORD, _database_url, _drop, sign_in

# Invented people and places (never real ones): what a viewer or reviewer must never see.
DETAINEE, DETAINEE_ALIAS = "Oren Talvik", "Talvik"
WITNESS, WITNESS_ALIAS = "Mira Desh-Kallo", "Desh-Kallo"
TERM = "safe house Quillon"
PROTECTED = (DETAINEE, DETAINEE_ALIAS, WITNESS, WITNESS_ALIAS, TERM, "Quillon")
CONFIDENTIAL_ONLY = ("Grey Heron", "Velkarn")  # words only the confidential source holds
RESTRICTED_ONLY = ("Brannock",)  # words only the restricted source holds

REPORTS = {
    # level, file name (names in file names too), publisher, title, text
    "public-news": (
        "public",
        "Osk Courier on Oren Talvik.txt",
        "Osk Courier",
        "Oren Talvik detained in Osk",
        "Police detained Oren Talvik in Osk on 3 March 2025, the Osk Monitor reported. "
        "At least 40 men were held in two facilities in Osk, the Osk Monitor said. "
        "Guards tortured Oren Talvik at a safe house Quillon, according to his lawyer. "
        "Mira Desh-Kallo condemned the detentions. "
        "Interior Minister Tomas Reigel denied that anyone was detained in Osk.",
    ),
    "public-appeal": (
        "public",
        "appeal.txt",
        "Friends of Oren Talvik",
        "Free Talvik now",
        "The Lantern Rights Network condemned the detention of Oren Talvik in Osk. "
        "Police detained at least 40 men in Osk in March 2025, the Lantern Rights Network said.",
    ),
    "restricted-testimony": (
        "restricted",
        "testimony.txt",
        "Brannock Legal Aid",
        "Testimony of Mira Desh-Kallo",
        "Mira Desh-Kallo told Brannock Legal Aid that more than 100 men were held in five "
        "facilities in Osk, not two as first reported. "
        "Security officers threatened Mira Desh-Kallo in Osk after she spoke to journalists.",
    ),
    "confidential-informant": (
        "confidential",
        "informant.txt",
        "Velkarn desk",
        "Grey Heron report",
        "An informant known as Grey Heron said officers of the Varnian security service "
        "detained 12 men at the Velkarn barracks in Osk in March 2025. "
        "Grey Heron said guards moved Oren Talvik to the safe house Quillon.",
    ),
}
PUBLISHED = dt.date(2025, 3, 20)
REVIEW_NOTE = "Confirmed with Oren Talvik's lawyer."
COMMENT = "Call Mira Desh-Kallo back about the safe house Quillon."

# Commands scanned elsewhere in this file (they write files) or that take no --as-role.
FILE_COMMANDS = {"report", "export", "package"}


@dataclass
class Evidence:
    """The seeded store and what a scan needs to know about it."""

    store: Store
    home: Path
    pseudonyms: dict[str, str]
    tokens: dict[str, str]


@dataclass
class Scan:
    """Everything one role received, and every protected or hidden string found in it."""

    role: str
    forbidden: tuple[str, ...]
    outputs: int = 0  # command outputs, files and web responses
    checks: int = 0  # every text searched: each also as file name, metadata, bookmarks, charts
    findings: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)  # all text scanned, for "did redaction happen"

    def check(self, label: str, text: str) -> None:
        """Scan one output: as written, HTML-unescaped, whitespace-collapsed and without any
        whitespace (a name broken across lines in PDF text still counts)."""
        self.checks += 1
        plain = html.unescape(text)
        collapsed = " ".join(plain.split()).casefold()
        squeezed = re.sub(r"\s+", "", plain).casefold()
        for word in self.forbidden:
            folded = word.casefold()
            if folded in collapsed or re.sub(r"\s+", "", folded) in squeezed:
                self.findings.append(f"{label}: {word!r}")
        self.seen.append(collapsed)
        for number, svg in enumerate(_embedded_svgs(text)):
            self.check(f"{label} [chart {number + 1}]", svg)

    def check_bytes(self, label: str, name: str, data: bytes) -> None:
        """Scan a file by its kind: PDF (text, metadata, bookmarks), zip (every member), text."""
        self.outputs += 1
        self.check(f"{label} (file name)", name)
        if data.startswith(b"%PDF"):
            self.check_pdf(label, data)
        elif data.startswith(b"PK\x03\x04"):
            with zipfile.ZipFile(io.BytesIO(data)) as bundle:
                for member in bundle.infolist():
                    self.check_bytes(
                        f"{label}!{member.filename}", member.filename, bundle.read(member)
                    )
        else:
            self.check(label, data.decode("utf-8", "replace"))

    def check_pdf(self, label: str, data: bytes) -> None:
        text = subprocess.run(
            ["pdftotext", "-", "-"], input=data, capture_output=True, check=True
        ).stdout.decode("utf-8", "replace")
        self.check(f"{label} (pdftotext)", text)
        reader = PdfReader(io.BytesIO(data))
        metadata = {key: str(value) for key, value in (reader.metadata or {}).items()}
        self.check(f"{label} (PDF metadata)", json.dumps(metadata, ensure_ascii=False))
        self.check(f"{label} (PDF bookmarks)", " | ".join(_outline_titles(reader.outline)))
        info = subprocess.run(
            ["pdfinfo", "-"], input=data, capture_output=True, check=True
        ).stdout.decode("utf-8", "replace")
        self.check(f"{label} (pdfinfo)", info)

    def check_folder(self, label: str, folder: Path) -> None:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                self.check_bytes(
                    f"{label}/{path.relative_to(folder)}", path.name, path.read_bytes()
                )


def _embedded_svgs(text: str) -> Iterator[str]:
    """Charts inlined in HTML as base64 data URIs, decoded (their labels are SVG comments)."""
    for match in re.finditer(r"data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)", text):
        try:
            yield base64.b64decode(match.group(1)).decode("utf-8", "replace")
        except (binascii.Error, ValueError):
            yield match.group(1)


def _outline_titles(outline: Any) -> Iterator[str]:
    for item in outline:
        if isinstance(item, list):
            yield from _outline_titles(item)
        else:
            yield str(item.title)


# --- the seeded store ---


def _seed(store: Store, home: Path) -> Evidence:
    folder = home.parent / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    for level, name, publisher, title, text in REPORTS.values():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        options = IngestOptions(
            published=PUBLISHED, publisher=publisher, title=title, level=level, capture=False
        )
        results = ingest_targets(store, [str(path)], options)
        assert all(r.status != "failed" for r in results), results
    with store.session() as session:
        extract_sources(store, list(session.scalars(select(Source.id))))
    run_link(store)
    pseudonyms = {
        DETAINEE: add_person(store, DETAINEE, "detainee", aliases=[DETAINEE_ALIAS]).pseudonym,
        WITNESS: add_person(store, WITNESS, "witness", aliases=[WITNESS_ALIAS]).pseudonym,
    }
    add_term(store, TERM)
    with store.session() as session:
        public = session.scalars(
            select(Claim)
            .join(Source, Source.id == Claim.source_id)
            .where(Source.level == "public", Claim.kind == "event")
            .order_by(Claim.id)
        ).first()
        assert public is not None
        review_claim(session, public.id, "confirmed", "reviewer-user", REVIEW_NOTE)
        incident_id = session.scalar(select(Incident.id).order_by(Incident.id))
        for object_type, object_id in (("claim", public.id), ("incident", incident_id)):
            session.add(
                Comment(
                    object_type=object_type,
                    object_id=object_id,
                    author="reviewer-user",
                    body=COMMENT,
                    created_at=utcnow(),
                )
            )
    tokens = {}
    for role in ("viewer", "reviewer"):
        add_user(store, f"{role}-user", role, PASSWORD, "test")
        tokens[role] = new_api_token(store, f"{role}-user", "test")
    return Evidence(store, home, pseudonyms, tokens)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def seeded(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Evidence]:
    """One seeded home per database, shared by this module's tests (extraction is the slow
    part; the tests only read, apart from the audit entries their exports add)."""
    home = tmp_path_factory.mktemp("leaks") / "home"
    url, schema = _database_url(request.param, home.parent)
    store = open_store(Settings(home=home, database_url=url, collector="test-collector"))
    yield _seed(store, home)
    store.engine.dispose()
    _drop(schema)


@pytest.fixture
def evidence(seeded: Evidence, monkeypatch: pytest.MonkeyPatch) -> Evidence:
    """The seeded home, also as the environment the CLI commands read."""
    monkeypatch.setenv("FACTFINDER_HOME", str(seeded.home))
    monkeypatch.setenv("FACTFINDER_DATABASE_URL", seeded.store.settings.database_url)
    monkeypatch.setenv("FACTFINDER_COLLECTOR", "test-collector")
    return seeded


def _ids(store: Store) -> dict[str, list[int]]:
    """Every id of every kind, visible or not: asking for a hidden one must not leak either."""
    with store.session() as session:
        return {
            "source": list(session.scalars(select(Source.id).order_by(Source.id))),
            "claim": list(session.scalars(select(Claim.id).order_by(Claim.id))),
            "incident": list(session.scalars(select(Incident.id).order_by(Incident.id))),
        }


# --- the outputs, by kind ---

runner = CliRunner()


def _listing_commands() -> Iterator[tuple[list[str], Any]]:
    """Every CLI command that takes --as-role, found by walking the app (so a new listing
    command is scanned without anyone remembering to add it here)."""

    def walk(group: Any, path: list[str]) -> Iterator[tuple[list[str], Any]]:
        for name, command in sorted(getattr(group, "commands", {}).items()):
            # a group such as `incidents` lists by itself and has subcommands too
            if any("--as-role" in getattr(p, "opts", []) for p in command.params):
                yield [*path, name], command
            if hasattr(command, "commands"):
                yield from walk(command, [*path, name])

    yield from walk(typer.main.get_command(app), [])


def _arguments(path: list[str], evidence: Evidence, ids: dict[str, list[int]]) -> list[list[str]]:
    """The argument lists to run a command with: each id for show commands, probing searches."""
    name = " ".join(path)
    probes = [DETAINEE_ALIAS, "Quillon", "Osk", "Heron", "Brannock"]
    table: dict[str, list[list[str]]] = {
        "show": [[str(i)] for i in ids["source"]],
        "incident": [[str(i)] for i in ids["incident"]],
        "search": [[probe] for probe in probes],
        "persons show": [[p] for p in evidence.pseudonyms.values()],
    }
    if name in table:
        return table[name]
    return [[]]


def scan_cli(scan: Scan, evidence: Evidence, ids: dict[str, list[int]]) -> list[str]:
    """Every listing and show command with --as-role, as text and as JSON; returns their names."""
    names = []
    for path, command in _listing_commands():
        if path[0] in FILE_COMMANDS:
            continue
        names.append(" ".join(path))
        has_json = any("--json" in getattr(p, "opts", []) for p in command.params)
        required = [p for p in command.params if getattr(p, "required", False)]
        arguments = _arguments(path, evidence, ids)
        assert arguments != [[]] or not required, f"no arguments known for `{' '.join(path)}`"
        for args in arguments:
            for extra in (["--json"], []) if has_json else ([],):
                argv = [*path, *args, *extra, "--as-role", scan.role]
                result = runner.invoke(app, argv)
                assert "Traceback" not in result.output, (argv, result.output)
                scan.outputs += 1
                scan.check("factfinder " + " ".join(argv), result.output)
    return names


def scan_reports(scan: Scan, evidence: Evidence, out: Path, ids: dict[str, list[int]]) -> None:
    """Dossiers of every incident together in every format, and of each incident (hidden ones
    too) as HTML and Markdown (a PDF is rendered from the same HTML: one per role suffices)."""
    targets: list[list[str]] = [["--all"], *([str(i)] for i in ids["incident"])]
    for target in targets:
        for fmt in ("html", "md", "pdf") if target == ["--all"] else ("html", "md"):
            path = out / f"dossier-{target[0].strip('-')}.{fmt}"
            result = runner.invoke(
                app, ["report", *target, "--format", fmt, "-o", str(path), "--role", scan.role]
            )
            label = f"report {' '.join(target)} --format {fmt}"
            scan.outputs += 1
            if result.exit_code != 0:  # an incident the role may not see: the refusal is scanned
                scan.check(label + " (refused)", result.output)
                assert "no incident" in result.output, result.output
                continue
            scan.check(label + " (stdout)", result.output)
            scan.check_bytes(label, path.name, path.read_bytes())


def scan_exports(scan: Scan, out: Path) -> None:
    for fmt in ("csv", "json", "jsonl", "esf"):
        path = out / (f"export-{fmt}" if fmt == "csv" else f"export.{fmt}")
        result = runner.invoke(
            app, ["export", "--format", fmt, "-o", str(path), "--role", scan.role]
        )
        assert result.exit_code == 0, result.output
        scan.outputs += 1
        scan.check(f"export {fmt} (stdout)", result.output)
        if path.is_dir():
            scan.check_folder(f"export {fmt}", path)
        else:
            scan.check_bytes(f"export {fmt}", path.name, path.read_bytes())


def scan_package(scan: Scan, out: Path) -> dict[str, bytes]:
    path = out / "package.zip"
    result = runner.invoke(app, ["package", "--all", "-o", str(path), "--role", scan.role])
    assert result.exit_code == 0, result.output
    scan.outputs += 1
    scan.check("package (stdout)", result.output)
    scan.check_bytes("package", path.name, path.read_bytes())
    verified = runner.invoke(app, ["verify-package", str(path)])
    assert verified.exit_code == 0, verified.output
    with zipfile.ZipFile(path) as bundle:
        return {info.filename.split("/", 1)[1]: bundle.read(info) for info in bundle.infolist()}


def _web_paths(client: TestClient, evidence: Evidence, ids: dict[str, list[int]]) -> list[str]:
    """Every GET route of the app with each of its path parameters filled in with every id."""
    paths: list[str] = ["/api/v1/sources?q=Talvik", "/sources?q=Talvik", "/sources?q=Quillon"]
    for route in _flat_routes(client.app.routes):  # type: ignore[attr-defined]
        methods = getattr(route, "methods", None) or set()
        path = getattr(route, "path", "")
        # signing in or out is not data, and signing out would end the browser's session
        if "GET" not in methods or path.startswith(("/static", "/api/docs", "/sign-")):
            continue
        names = re.findall(r"{(\w+)(?::\w+)?}", path)
        if not names:
            paths.append(path)
            continue
        values = _path_values(path, names[0], evidence, ids)
        assert values is not None, f"no ids known for {path}: add them to the leak scan"
        for value in values:
            paths.append(re.sub(r"{\w+(?::\w+)?}", value, path, count=1))
    return paths


def _flat_routes(routes: list[Any]) -> Iterator[Any]:
    """Routes with included routers opened up (FastAPI keeps an included router as one entry)."""
    for route in routes:
        included = getattr(route, "original_router", None)
        yield from _flat_routes(included.routes) if included is not None else [route]


def _path_values(
    path: str, name: str, evidence: Evidence, ids: dict[str, list[int]]
) -> list[str] | None:
    kind = name.removesuffix("_id") if name != "id" else path.strip("/").split("/")[-2]
    kind = {"sources": "source", "claims": "claim", "incidents": "incident"}.get(kind, kind)
    if kind in ids:
        return [str(i) for i in ids[kind]]
    if name in ("name", "user", "username"):
        return ["viewer-user", "reviewer-user"]
    if name in ("tag",):
        return ["osk"]
    return None


def scan_web(scan: Scan, evidence: Evidence, ids: dict[str, list[int]]) -> None:
    """Every GET page and API route, for a browser signed in with the role and for its token."""
    api = TestClient(create_app(evidence.store.settings), raise_server_exceptions=False)
    browser = TestClient(create_app(evidence.store.settings), raise_server_exceptions=False)
    sign_in(browser, scan.role)
    headers = {"Authorization": f"Bearer {evidence.tokens[scan.role]}"}
    for path in _web_paths(api, evidence, ids):
        client, kwargs = (api, {"headers": headers}) if path.startswith("/api") else (browser, {})
        answer = client.get(path, follow_redirects=False, **kwargs)
        assert answer.status_code < 500, (path, answer.status_code, answer.text[:300])
        headers_text = json.dumps(dict(answer.headers), ensure_ascii=False)
        body = answer.content
        if body.startswith((b"%PDF", b"PK\x03\x04")):
            scan.check_bytes(f"GET {path}", path, body)
        else:
            scan.outputs += 1
            scan.check(f"GET {path}", _without_echo(answer.text, path))
        scan.check(f"GET {path} (headers)", headers_text)


def _without_echo(text: str, path: str) -> str:
    """A search page shows the words typed into its own search box: that is the user's input
    echoed back, not stored material, so only that echo is taken out before scanning."""
    query = re.search(r"[?&]q=([^&]*)", path)
    if query is None:
        return text
    return text.replace(f'value="{query.group(1)}"', 'value=""')


def scan_role(evidence: Evidence, role: str, out: Path) -> tuple[Scan, dict[str, bytes]]:
    hidden = CONFIDENTIAL_ONLY + (RESTRICTED_ONLY if role == "viewer" else ())
    scan = Scan(role, PROTECTED + hidden)
    ids = _ids(evidence.store)
    out.mkdir(parents=True)
    scan_cli(scan, evidence, ids)
    scan_reports(scan, evidence, out, ids)
    scan_exports(scan, out)
    package = scan_package(scan, out)
    scan_web(scan, evidence, ids)
    return scan, package


# --- the tests ---


@pytest.mark.slow
@pytest.mark.parametrize("role", ["viewer", "reviewer"])
def test_no_protected_string_in_any_output_of_a_role(
    evidence: Evidence, role: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scan, package = scan_role(evidence, role, tmp_path / role)
    with capsys.disabled():
        print(
            f"\nleak scan ({role}): {scan.outputs} outputs scanned ({scan.checks} texts "
            f"searched), {len(scan.findings)} leaks"
        )
    assert not scan.findings, "\n".join(scan.findings[:60])
    assert scan.outputs >= 150, scan.outputs  # every kind of output, each id: not a handful

    # Redaction replaced the names; it did not just drop every record that named someone.
    everything = "\n".join(scan.seen)
    assert evidence.pseudonyms[DETAINEE].casefold() in everything
    assert evidence.pseudonyms[WITNESS].casefold() in everything
    assert "[redacted]" in everything
    if role == "reviewer":  # restricted material is there for a reviewer, redacted
        assert "brannock" in everything

    # Originals cannot be redacted: they stay out, listed with why, and the texts come instead.
    assert not [name for name in package if name.startswith("data/originals/")]
    withheld = json.loads(package["data/withheld-originals.json"])
    assert withheld["role"] == role and withheld["originals"]
    assert all(item["sha256"] and item["reason"] for item in withheld["originals"])
    assert any(name.startswith("data/texts/") for name in package)
    assert f"Factfinder-Role: {role}".encode() in package["bag-info.txt"]


def test_a_roles_exports_are_audited_with_the_role_and_pdf_metadata_names_it(
    evidence: Evidence, tmp_path: Path
) -> None:
    with evidence.store.session() as session:
        before = session.scalar(select(func.max(AuditEntry.seq))) or 0
    pdf = tmp_path / "dossier.pdf"
    result = runner.invoke(app, ["report", "--all", "-o", str(pdf), "--role", "viewer"])
    assert result.exit_code == 0, result.output
    metadata = PdfReader(pdf).metadata
    assert metadata is not None
    assert "role viewer" in str(metadata.get("/Subject")) + str(metadata.get("/Keywords"))
    assert "Talvik" not in str(metadata.get("/Title"))
    result = runner.invoke(
        app, ["export", "--format", "json", "-o", str(tmp_path / "x.json"), "--role", "viewer"]
    )
    assert result.exit_code == 0, result.output
    header = json.loads((tmp_path / "x.json").read_text())
    assert header["role"] == "viewer" and header["levels"] == ["public"]
    with evidence.store.session() as session:
        exported = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "exported", AuditEntry.seq > before)
            .order_by(AuditEntry.seq)
        ).all()
    assert [entry.details["role"] for entry in exported] == ["viewer", "viewer"]


def test_an_unknown_role_is_one_clear_error(evidence: Evidence, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    for args in (
        ["report", "--all", "-o", str(tmp_path / "x.html")],
        ["export", "--format", "json", "-o", str(tmp_path / "x.json")],
        ["package", "--all", "-o", str(tmp_path / "x.zip")],
    ):
        result = runner.invoke(app, [*args, "--role", "intern"])
        assert result.exit_code == 1, result.output
        assert "unknown role" in result.output and "Traceback" not in result.output
    assert not list(tmp_path.iterdir())
