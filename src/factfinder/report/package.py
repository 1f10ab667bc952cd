"""Evidence packages: a BagIt bag in a zip with originals, custody logs, records and the dossier,
and its verification by anyone, without a database."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select

from factfinder import __version__
from factfinder.errors import InputError, IntegrityError
from factfinder.protect import audit
from factfinder.protect.envelope import is_envelope
from factfinder.protect.keys import keyring_for
from factfinder.report.audience import Audience
from factfinder.report.dossier import build_dossier
from factfinder.report.exports import Scope, check_incidents, write_json
from factfinder.report.files import check_writable, write_atomically
from factfinder.report.html import render_html
from factfinder.sources.custody import append_custody, chain_problems
from factfinder.sources.listing import custody_record
from factfinder.sources.originals import original_path, read_original, sha256_hex
from factfinder.store.db import Store
from factfinder.store.models import Claim, CustodyEntry, IncidentClaim, Source

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
# Every entry is stored (not deflated) with a fixed time and mode, so that a package has one
# canonical byte form: verification rebuilds it and any changed byte outside the files, in a
# header, a timestamp or the directory, shows as a difference. Stored also means no zlib
# version can change the bytes.
ENTRY_TIME = (1980, 1, 1, 0, 0, 0)
ENTRY_MODE = 0o100644 << 16
SEALED_SUFFIX = ".sealed"


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ENTRY_TIME)
    info.compress_type = zipfile.ZIP_STORED
    info.create_system = 3
    info.external_attr = ENTRY_MODE
    return info


def write_canonical_zip(handle: IO[bytes], members: Iterable[tuple[str, bytes]]) -> None:
    """Write members in the given order in the one canonical form verification expects."""
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_STORED) as bag:
        for name, data in members:
            bag.writestr(_entry(name), data)


def manifest_text(files: dict[str, bytes]) -> bytes:
    """BagIt manifest lines, '<sha256>  <path>', sorted by path."""
    lines = [f"{sha256_hex(data)}  {name}\n" for name, data in sorted(files.items())]
    return "".join(lines).encode("utf-8")


def _bag_members(folder: str, payload: dict[str, bytes], info: dict[str, str]) -> list:
    bag_info = "".join(f"{key}: {value}\n" for key, value in info.items()).encode("utf-8")
    tags = {
        "bagit.txt": BAGIT_TXT,
        "bag-info.txt": bag_info,
        "manifest-sha256.txt": manifest_text(payload),
    }
    tags["tagmanifest-sha256.txt"] = manifest_text(tags)
    ordered = [*tags.items(), *sorted(payload.items())]
    return [(f"{folder}/{name}", data) for name, data in ordered]


@dataclass
class PackageResult:
    """What went into a package."""

    path: Path
    sha256: str
    sources: int
    encrypted: int
    files: int
    withheld: int = 0


def _scope_source_ids(
    store: Store, incident_ids: tuple[int, ...] | None, levels: tuple[str, ...] | None
) -> list[int]:
    """The sources a package holds: those the incidents cite (all), at the visible levels.

    A source an incident cites only through claims the audience may not see stays out too."""
    with store.session() as session:
        query = select(Source.id).order_by(Source.id)
        if levels is not None:
            query = query.where(Source.level.in_(levels))
        if incident_ids is not None:
            claims = (
                select(Claim.source_id)
                .join(IncidentClaim, IncidentClaim.claim_id == Claim.id)
                .where(IncidentClaim.incident_id.in_(incident_ids))
            )
            if levels is not None:
                claims = claims.where(Claim.level.in_(levels))
            query = query.where(Source.id.in_(claims))
        return list(session.scalars(query))


def build_package(
    store: Store,
    incident_ids: list[int] | None,
    out: Path,
    actor: str,
    *,
    keep_encrypted: bool = False,
    role: str | None = None,
) -> PackageResult:
    """Write an evidence package for the incidents (None: everything) to the zip `out`.

    Originals go in decrypted for the recipient, or with `keep_encrypted` exactly as stored
    (AES-256-GCM under this home's key, which the recipient must hold). Each source whose
    original goes in gets an `exported` custody entry, which the package's custody log
    already shows; the package's hash goes into the audit log.

    With a `role`, the package holds only what that role may see, redacted. An original
    file cannot be redacted byte for byte, so for a role that may not see identities the
    originals stay out: `data/withheld-originals.json` lists each one's hash, size and media
    type and why, and `data/texts/<sha256>.txt` holds its extracted text, redacted.
    """
    audience = Audience.for_role(store, role)
    scope = Scope(check_incidents(store, incident_ids, audience), audience=audience)
    if keep_encrypted and not audience.identities:
        raise InputError(
            f"--keep-encrypted ships the originals, which role {audience.name} may not "
            "receive (they cannot be redacted); leave it out to get redacted texts instead"
        )
    check_writable(out)
    dossier = build_dossier(
        store, list(scope.incident_ids) if scope.incident_ids else None, audience
    )
    from factfinder.report.pdf import render_pdf

    records = io.StringIO()
    counts = write_json(store, scope, records)
    payload: dict[str, bytes] = {
        "data/records.json": records.getvalue().encode("utf-8"),
        "data/dossier.html": render_html(dossier).encode("utf-8"),
        "data/dossier.pdf": render_pdf(dossier),
    }
    kek = keyring_for(store.settings)
    if keep_encrypted and kek is None:
        raise InputError("--keep-encrypted: the originals in this home are not encrypted")
    source_ids = _scope_source_ids(store, scope.incident_ids, audience.levels)
    root = store.settings.originals_dir
    withheld: list[dict[str, Any]] = []
    if not audience.identities:
        originals_state = f"withheld (role {audience.name}); redacted texts instead"
    else:
        originals_state = "encrypted" if keep_encrypted else "decrypted"
    with store.session() as session:
        for source_id in source_ids:
            source = session.get(Source, source_id)
            assert source is not None
            if not audience.identities:
                withheld.append(
                    {
                        "sha256": source.sha256,
                        "size": source.size,
                        "media_type": source.media_type,
                        "reason": WITHHELD_REASON.format(role=audience.name),
                        "redacted_text": f"data/texts/{source.sha256}.txt",
                    }
                )
                text = audience.text(source.text) or ""
                payload[f"data/texts/{source.sha256}.txt"] = text.encode("utf-8")
            elif keep_encrypted:
                read_original(root, source.sha256, kek)  # refuse to ship bytes that fail the hash
                stored = original_path(root, source.sha256).read_bytes()
                payload[f"data/originals/{source.sha256}{SEALED_SUFFIX}"] = stored
            else:
                payload[f"data/originals/{source.sha256}"] = read_original(root, source.sha256, kek)
            append_custody(
                session,
                source_id,
                "exported",
                actor,
                {
                    "to": "evidence package",
                    "incidents": list(scope.incident_ids or []) or "all",
                    "original": originals_state,
                    "role": audience.name,
                },
            )
            entries = session.scalars(
                select(CustodyEntry)
                .where(CustodyEntry.source_id == source_id)
                .order_by(CustodyEntry.seq)
            ).all()
            custody = _custody_log(source_id, source.sha256, entries, audience)
            payload[f"data/custody/{source.sha256}.json"] = json.dumps(
                custody, indent=1, ensure_ascii=False
            ).encode("utf-8")
        if withheld:
            payload["data/withheld-originals.json"] = json.dumps(
                {"role": audience.name, "originals": withheld}, indent=1, ensure_ascii=False
            ).encode("utf-8")
        info = {
            "Bag-Software-Agent": f"factfinder {__version__}",
            "Bagging-Date": dt.date.today().isoformat(),
            "External-Description": "factfinder evidence package: originals, custody logs, "
            "claims and incidents (records.json), and the dossier",
            "Payload-Oxum": f"{sum(len(d) for d in payload.values())}.{len(payload)}",
            "Factfinder-Incidents": ", ".join(str(i) for i in scope.incident_ids or []) or "all",
            "Factfinder-Originals": originals_state,
            "Factfinder-Role": audience.name,
            "Factfinder-Levels": ", ".join(audience.describe()["levels"]),
            "Factfinder-Redaction": audience.describe()["redaction"],
        }
        members = _bag_members(_bag_folder(out, audience), payload, info)
        digest = write_atomically(out, lambda handle: _write_and_hash(handle, members), text=False)
        audit.record(
            session,
            actor,
            "exported",
            object_type="package",
            details={
                "incidents": list(scope.incident_ids or []) or "all",
                "sources": len(source_ids),
                "records": counts,
                "role": audience.name,
                "levels": audience.describe()["levels"],
                "redacted": audience.redactor.active,
                "originals": originals_state,
                "sha256": digest,
            },
        )
    encrypted = len(source_ids) if keep_encrypted else 0
    included = len(source_ids) - len(withheld)
    return PackageResult(out, digest, included, encrypted, len(payload), len(withheld))


WITHHELD_REASON = (
    "an original file cannot be redacted byte for byte, and role {role} may not see the "
    "identities in it; its extracted text, redacted, is included instead"
)


def _custody_log(
    source_id: int, sha256: str, entries: Iterable[CustodyEntry], audience: Audience
) -> dict[str, Any]:
    """A source's custody chain for the package, redacted for the audience.

    Custody details hold ids and hashes, so redaction rarely changes one; when it does, the
    log says so (`redacted`), and verification cannot re-hash that chain, only report it.
    """
    records = [custody_record(entry) for entry in entries]
    shown = audience.redact(records)
    log: dict[str, Any] = {"source_id": source_id, "sha256": sha256, "entries": shown}
    if shown != records:
        log["redacted"] = REDACTED_CHAIN
    return log


REDACTED_CHAIN = "entries redacted for the recipient's role: the chain cannot be re-hashed"


def _bag_folder(out: Path, audience: Audience) -> str:
    """The bag's folder name: the file's name, which for a redacted package must not carry a
    protected name either (only letters, digits, '-', '_' and '.' are kept)."""
    stem = out.stem or "package"
    if not audience.redactor.active:
        return stem
    shown = audience.text(stem) or "package"
    return re.sub(r"[^\w.-]+", "-", shown).strip("-.") or "package"


def _write_and_hash(handle: IO[bytes], members: list[tuple[str, bytes]]) -> str:
    write_canonical_zip(handle, members)
    handle.flush()
    handle.seek(0)
    return hashlib.file_digest(handle, "sha256").hexdigest()  # type: ignore[arg-type]


@dataclass
class PackageReport:
    """What verify-package found: what is intact, and every problem."""

    path: Path
    intact_lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    files: int = 0
    originals: int = 0
    encrypted: int = 0
    custody_logs: int = 0
    redacted_logs: int = 0

    @property
    def intact(self) -> bool:
        return not self.problems


def parse_manifest(text: bytes, label: str, problems: list[str]) -> dict[str, str]:
    manifest = {}
    for number, line in enumerate(text.decode("utf-8", "replace").splitlines(), start=1):
        digest, _sep, name = line.partition("  ")
        if len(digest) != 64 or not name:
            problems.append(f"{label} line {number} is malformed")
            continue
        manifest[name] = digest
    return manifest


def read_members(path: Path) -> tuple[str, list[tuple[str, bytes | None]]]:
    """The bag folder name and every member (None when its bytes fail the zip's CRC).

    A file that is not a zip at all, or is cut short, is an IntegrityError: there is nothing
    to check in it.
    """
    if not path.is_file():
        raise InputError(f"no such package: {path}")
    try:
        with zipfile.ZipFile(path) as bag:
            members: list[tuple[str, bytes | None]] = []
            for info in bag.infolist():
                try:
                    members.append((info.filename, bag.read(info)))
                # A flipped bit in a header can make zipfile see encryption, an unknown
                # compression or a wrong length: for a package every such failure means altered.
                except Exception:
                    members.append((info.filename, None))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as exc:
        raise IntegrityError(
            f"{path} is not a readable package (corrupt or truncated: {exc})"
        ) from None
    folders = {name.split("/", 1)[0] for name, _data in members}
    if len(folders) != 1 or any("/" not in name for name, _data in members):
        raise IntegrityError(f"{path} is not a factfinder package: no single bag folder")
    return folders.pop(), members


def verify_package(path: Path) -> PackageReport:
    """Check a package with nothing but the file: BagIt manifests, every payload hash, every
    original against the hash that names it, every custody chain, and the zip's own bytes.

    Changing any byte of the file shows: inside a file as a hash (or CRC) mismatch, anywhere
    else as a difference from the package's canonical form. An unzipped package (a bag
    folder) is checked the same way, file by file.
    """
    report = PackageReport(path)
    if path.is_dir():
        check_bag(read_bag_folder(path), report)
        return report
    folder, members = read_members(path)
    files: dict[str, bytes] = {}
    for name, data in members:
        relative = name[len(folder) + 1 :]
        if data is None:
            report.problems.append(f"{relative}: unreadable or altered (the zip's checks fail)")
            continue
        files[relative] = data
    check_bag(files, report)
    if not _is_canonical(path, members):
        report.problems.append(
            "the zip container was altered outside the listed files (headers or directory)"
        )
    return report


def read_bag_folder(folder: Path) -> dict[str, bytes]:
    """Every file of an unzipped package by its path inside the bag."""
    if not (folder / "bagit.txt").is_file():
        raise InputError(f"{folder} is not a package folder (it has no bagit.txt)")
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def check_bag(files: dict[str, bytes], report: PackageReport) -> None:
    """The BagIt declaration, both manifests, the originals and the custody chains."""
    if files.get("bagit.txt") != BAGIT_TXT:
        report.problems.append("bagit.txt is missing or altered")
    _check_manifest(files, "tagmanifest-sha256.txt", set(TAG_FILES), report)
    payload_names = {name for name in files if name.startswith("data/")}
    _check_manifest(files, "manifest-sha256.txt", payload_names, report)
    _check_originals(files, report)
    _check_custody(files, report)
    report.files = len(payload_names)


def _check_manifest(
    files: dict[str, bytes], manifest_name: str, expected: set[str], report: PackageReport
) -> None:
    if manifest_name not in files:
        report.problems.append(f"{manifest_name} is missing")
        return
    manifest = parse_manifest(files[manifest_name], manifest_name, report.problems)
    for name in sorted(expected - set(manifest)):
        if name in files or manifest_name == "tagmanifest-sha256.txt":
            report.problems.append(f"{name} is not listed in {manifest_name}")
    altered = 0
    for name, digest in sorted(manifest.items()):
        if name not in files:
            report.problems.append(f"{name} is listed in {manifest_name} but missing")
        elif sha256_hex(files[name]) != digest:
            report.problems.append(f"{name}: does not match its SHA-256 in {manifest_name}")
            altered += 1
    if not altered and set(manifest) >= expected:
        report.intact_lines.append(f"{manifest_name}: all {len(manifest)} files match")


def _check_originals(files: dict[str, bytes], report: PackageReport) -> None:
    for name, data in sorted(files.items()):
        if not name.startswith("data/originals/"):
            continue
        stem = name.removeprefix("data/originals/")
        if stem.endswith(SEALED_SUFFIX):
            report.encrypted += 1
            if not is_envelope(data):
                report.problems.append(f"{name}: not an encrypted original")
            continue
        report.originals += 1
        if sha256_hex(data) != stem:
            report.problems.append(f"original {stem[:12]}…: bytes no longer match their SHA-256")
    if report.originals or report.encrypted:
        report.intact_lines.append(
            f"originals: {report.originals} decrypted"
            + (f", {report.encrypted} encrypted (hash checked after decryption only)")
            * bool(report.encrypted)
        )


def _check_custody(files: dict[str, bytes], report: PackageReport) -> None:
    broken = 0
    for name, data in sorted(files.items()):
        if not name.startswith("data/custody/"):
            continue
        report.custody_logs += 1
        try:
            log = json.loads(data)
            if isinstance(log, dict) and log.get("redacted"):
                report.redacted_logs += 1
                continue
            entries = [
                CustodyEntry(
                    source_id=log["source_id"],
                    seq=entry["seq"],
                    action=entry["action"],
                    actor=entry["actor"],
                    at=dt.datetime.fromisoformat(entry["at"]),
                    details=entry["details"],
                    prev_hash=entry["prev_hash"],
                    entry_hash=entry["entry_hash"],
                )
                for entry in log["entries"]
            ]
            problems = chain_problems(entries)
        except (ValueError, KeyError, TypeError):
            problems = ["not a readable custody log"]
        for problem in problems:
            broken += 1
            report.problems.append(f"{name}: {problem}")
    if report.custody_logs and not broken:
        checked = report.custody_logs - report.redacted_logs
        report.intact_lines.append(
            f"custody logs: {checked} chains intact"
            + f", {report.redacted_logs} redacted (listed in the manifest, not re-hashable)"
            * bool(report.redacted_logs)
        )


def _is_canonical(path: Path, members: list[tuple[str, bytes | None]]) -> bool:
    """Whether the file is byte for byte the canonical zip of its own members."""
    if any(data is None for _name, data in members):
        return True  # already reported, file by file
    with tempfile.TemporaryFile() as rebuilt:
        write_canonical_zip(rebuilt, [(name, data or b"") for name, data in members])
        rebuilt.seek(0)
        expected = hashlib.file_digest(rebuilt, "sha256").hexdigest()  # type: ignore[arg-type]
    with path.open("rb") as original:
        return hashlib.file_digest(original, "sha256").hexdigest() == expected


def package_records(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    """A verified package's records and its originals by file name (for import).

    Refuses a package that fails verification: importing it would spread altered evidence.
    """
    report = verify_package(path)
    if not report.intact:
        raise IntegrityError(
            f"package fails verification ({len(report.problems)} problems, first: "
            f"{report.problems[0]}); nothing imported"
        )
    if path.is_dir():
        files = read_bag_folder(path)
    else:
        folder, members = read_members(path)
        files = {name[len(folder) + 1 :]: data or b"" for name, data in members}
    try:
        records = json.loads(files["data/records.json"])
    except (KeyError, ValueError):
        raise IntegrityError(
            "package has no readable data/records.json; nothing imported"
        ) from None
    originals = {
        name.removeprefix("data/originals/"): data
        for name, data in files.items()
        if name.startswith("data/originals/")
    }
    return records, originals
