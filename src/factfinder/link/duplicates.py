"""Near-duplicate sources: syndicated or lightly edited copies grouped so they count once.

Two sources are copies when their MinHash signatures agree on a whole LSH band and their
estimated Jaccard similarity reaches the threshold; groups are the connected copies. Each
source's signature and band keys are stored (store/signatures.py), so grouping new sources
looks up their candidates by band key instead of re-reading the archive.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import islice

import numpy as np
from datasketch import MinHash, MinHashLSH
from sqlalchemy.orm import Session

from factfinder.store.linking import load_duplicate_groups
from factfinder.store.signatures import (
    StoredSignature,
    band_matches,
    count_grouped,
    iter_band_pairs,
    iter_texts_of,
    iter_unsigned_texts,
    load_duplicate_rows,
    load_group_members,
    load_signatures,
    save_signatures,
    sources_after_last_signed,
    write_duplicate_rows,
)

SHINGLE_WORDS = 5  # five-word shingles: short enough to survive light edits, long enough to be rare
NUM_PERM = 128
# Jaccard similarity of shingles above which two texts are copies of one article; syndicated
# copies with a new headline, byline or a changed paragraph stay well above it.
DUPLICATE_THRESHOLD = 0.6
MIN_WORDS = 20  # shorter texts share too little to tell a copy from a coincidence
# More sources than this without a stored signature (an archive just migrated to 0010): one
# full rebuild is cheaper than looking each of them up.
REBUILD_ABOVE = 5000
# Signatures are stored as little-endian uint64 whatever the machine, so band keys are stable.
SIGNATURE_DTYPE = np.dtype("<u8")


def normalise_text(text: str) -> list[str]:
    """Words of a text with case, accents and punctuation removed, so edits of form do not count."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.findall(r"\w+", text.casefold())


def text_minhash(text: str) -> MinHash | None:
    """The MinHash of a text's word shingles, or None when the text is too short to compare."""
    words = normalise_text(text)
    if len(words) < MIN_WORDS:
        return None
    shingles = {
        " ".join(words[i : i + SHINGLE_WORDS]).encode()
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }
    template = _template()
    hashes = MinHash(
        num_perm=NUM_PERM, seed=1, permutations=template.permutations, scheme=template.scheme
    )
    hashes.update_batch(list(shingles))
    return hashes


@cache
def _template() -> MinHash:
    """One MinHash whose permutations every text reuses: drawing them costs more than hashing."""
    return MinHash(num_perm=NUM_PERM, seed=1)


def text_signature(text: str | None) -> np.ndarray | None:
    """A text's MinHash values, or None when it is too short to compare."""
    minhash = text_minhash(text or "")
    return None if minhash is None else minhash.hashvalues.astype(SIGNATURE_DTYPE)


@cache
def band_ranges() -> tuple[tuple[int, int], ...]:
    """datasketch's own banding for the threshold, so stored bands find what MinHashLSH finds."""
    lsh = MinHashLSH(threshold=DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
    return tuple((start, end) for start, end in lsh.hashranges)


def band_keys(signature: np.ndarray) -> list[tuple[int, int]]:
    """(band, key) of each band: a 63-bit digest of the band's values, so it fits a BIGINT."""
    keys = []
    for band, (start, end) in enumerate(band_ranges()):
        digest = hashlib.blake2b(signature[start:end].tobytes(), digest_size=8).digest()
        keys.append((band, int.from_bytes(digest, "big") >> 1))
    return keys


def similarity(first: np.ndarray, second: np.ndarray) -> float:
    """Estimated Jaccard similarity, computed exactly as datasketch's MinHash.jaccard does."""
    return float(np.count_nonzero(first == second)) / float(len(first))


def is_copy(first: np.ndarray, second: np.ndarray) -> bool:
    """Whether two signatures share a whole band (an LSH candidate) and reach the threshold.

    The band test is on the values themselves, so a clash of two band keys' digests never
    makes a pair that MinHashLSH would not have found.
    """
    shares_band = any(
        np.array_equal(first[start:end], second[start:end]) for start, end in band_ranges()
    )
    return shares_band and similarity(first, second) >= DUPLICATE_THRESHOLD


class _Forest:
    """Union-find over source ids whose representative is always the lowest id of its set."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def add(self, node: int) -> None:
        self.parent.setdefault(node, node)

    def find(self, node: int) -> int:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def union(self, first: int, second: int) -> None:
        self.add(first)
        self.add(second)
        root_a, root_b = self.find(first), self.find(second)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)

    def components(self) -> dict[int, list[int]]:
        members: dict[int, list[int]] = {}
        for node in self.parent:
            members.setdefault(self.find(node), []).append(node)
        return members


def _group_rows(
    forest: _Forest, signatures: Mapping[int, np.ndarray]
) -> dict[int, tuple[int, float]]:
    """source id → (group id, similarity to the group's first source) for sets of two or more."""
    groups: dict[int, tuple[int, float]] = {}
    for root, ids in forest.components().items():
        if len(ids) < 2:
            continue
        for source_id in ids:
            groups[source_id] = (root, _rounded(signatures[source_id], signatures[root]))
    return groups


def _rounded(member: np.ndarray, root: np.ndarray) -> float:
    return round(similarity(member, root), 3)


def duplicate_groups(texts: Iterable[tuple[int, str | None]]) -> dict[int, tuple[int, float]]:
    """source id → (group id, similarity) for every source that has a near-duplicate.

    The group id is the lowest source id in the group (the first acquired copy); each member's
    similarity is its estimated Jaccard similarity to that first copy. Sources without a copy
    are left out: they form a group of their own.
    """
    lsh = MinHashLSH(threshold=DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
    hashes: dict[int, MinHash] = {}
    forest = _Forest()
    for source_id, text in sorted(texts, key=lambda item: item[0]):
        minhash = text_minhash(text or "")
        if minhash is None:
            continue
        forest.add(source_id)
        for other in lsh.query(minhash):
            if minhash.jaccard(hashes[other]) >= DUPLICATE_THRESHOLD:
                forest.union(source_id, other)
        lsh.insert(source_id, minhash)
        hashes[source_id] = minhash
    return _group_rows(forest, {sid: minhash.hashvalues for sid, minhash in hashes.items()})


# --- stored grouping: new sources are grouped by band-key lookups, never by re-reading all ---


@dataclass(frozen=True, slots=True)
class DuplicateUpdate:
    """What a grouping pass changed, for recomputing the origins of those sources' claims."""

    # Sources whose (group id, similarity) row was added, changed or removed.
    changed: frozenset[int]
    # Sources in any group after the pass.
    grouped: int
    # Every grouped source → (group id, similarity); only a rebuild returns it.
    groups: dict[int, tuple[int, float]] | None = None


def update_duplicate_groups(session: Session, source_ids: Collection[int]) -> DuplicateUpdate:
    """Group these (new) sources with the stored ones, reading only their texts.

    The result equals grouping the whole archive from scratch. A source whose signature is
    already stored unchanged is skipped, so a repeated call changes nothing. Sources newer than
    the last signed one but not named (added behind the caller's back, or a whole archive just
    migrated to 0010) are included; when there are many, the archive is rebuilt instead.
    """
    newer = sources_after_last_signed(session, REBUILD_ABOVE + len(source_ids) + 1)
    unsigned = set(newer) - set(source_ids)
    dirty = _changed_signatures(session, iter_texts_of(session, source_ids))
    save_signatures(session, _stored(dirty))
    if len(unsigned) > REBUILD_ABOVE:
        return rebuild_duplicate_groups(session)
    if unsigned:
        extra = _changed_signatures(session, iter_texts_of(session, unsigned))
        save_signatures(session, _stored(extra))
        dirty |= extra
    return _regroup(session, dirty)


def rebuild_duplicate_groups(session: Session) -> DuplicateUpdate:
    """Sign every source that lacks a signature, then regroup the whole archive.

    Texts are streamed in batches; only the signatures of sources that share a band key with
    another source are held in memory. Equals `duplicate_groups` over all texts.
    """
    for batch in iter_unsigned_texts(session):
        save_signatures(session, _stored({sid: text_signature(text) for sid, text in batch}))
    forest = _Forest()
    signatures: dict[int, np.ndarray] = {}
    pairs = iter_band_pairs(session)
    while chunk := list(islice(pairs, 10_000)):
        signatures |= _load(session, {sid for pair in chunk for sid in pair} - signatures.keys())
        for first, second in chunk:
            if is_copy(signatures[first], signatures[second]):
                forest.union(first, second)
    groups = _group_rows(forest, signatures)
    before = load_duplicate_groups(session)
    changed = {sid for sid, row in groups.items() if before.get(sid) != row}
    removed = before.keys() - groups.keys()
    write_duplicate_rows(session, {sid: groups[sid] for sid in changed}, removed)
    return DuplicateUpdate(frozenset(changed | removed), len(groups), groups)


def load_group_of(session: Session, source_ids: Collection[int]) -> dict[int, int]:
    """source id → group id for those of these sources that have a near-duplicate."""
    return {sid: gid for sid, (gid, _sim) in load_duplicate_rows(session, source_ids).items()}


def _changed_signatures(
    session: Session, texts: Iterable[tuple[int, str | None]]
) -> dict[int, np.ndarray | None]:
    """Signatures of these texts that differ from the stored ones (or have none stored)."""
    fresh = {sid: text_signature(text) for sid, text in texts}
    stored = load_signatures(session, fresh)
    return {
        sid: signature
        for sid, signature in fresh.items()
        if sid not in stored or _as_bytes(signature) != stored[sid]
    }


def _as_bytes(signature: np.ndarray | None) -> bytes | None:
    return None if signature is None else signature.tobytes()


def _stored(signatures: Mapping[int, np.ndarray | None]) -> dict[int, StoredSignature]:
    return {
        sid: StoredSignature(_as_bytes(sig), band_keys(sig) if sig is not None else ())
        for sid, sig in signatures.items()
    }


def _load(session: Session, source_ids: Collection[int]) -> dict[int, np.ndarray]:
    """Stored signatures of these sources, leaving out the too-short ones."""
    return {
        sid: np.frombuffer(values, dtype=SIGNATURE_DTYPE)
        for sid, values in load_signatures(session, source_ids).items()
        if values is not None
    }


def _regroup(session: Session, dirty: Mapping[int, np.ndarray | None]) -> DuplicateUpdate:
    """Regroup around sources whose signatures were just stored; other groups stay as stored.

    A source that was already in a group (its text changed, or it was grouped before 0010)
    may have held that group together, so the whole old group is regrouped with it. Every
    other stored group is still a connected set of copies and joins the new groups whole;
    only members of a group whose first source changes get new similarities.
    """
    old_rows = load_duplicate_rows(session, dirty)
    old_rows |= load_group_members(session, {gid for gid, _sim in old_rows.values()})
    moving = set(dirty) | set(old_rows)
    signatures = {sid: sig for sid, sig in dirty.items() if sig is not None}
    signatures |= _load(session, moving - signatures.keys() - set(dirty))

    asked: dict[tuple[int, int], list[int]] = {}
    for sid, signature in signatures.items():
        for band_key in band_keys(signature):
            asked.setdefault(band_key, []).append(sid)
    candidates: dict[int, set[int]] = {}
    for band, key, other in band_matches(session, asked):
        for sid in asked[(band, key)]:
            if sid != other:
                candidates.setdefault(sid, set()).add(other)

    forest = _Forest()
    for sid in moving & signatures.keys():
        forest.add(sid)
    _join_copies(session, forest, signatures, candidates, moving)
    outside = load_duplicate_rows(session, forest.parent.keys() - moving)
    for sid, (gid, _sim) in outside.items():
        forest.union(sid, gid)
    # The first sources of those groups joined the forest too: their rows say whether they stay.
    outside |= load_duplicate_rows(
        session, {gid for gid, _sim in outside.values()} - outside.keys()
    )
    old_rows |= outside

    components = {root: ids for root, ids in forest.components().items() if len(ids) > 1}
    # Stored groups joining a group with another first source: all their members are redone.
    regrouped = {
        gid: root
        for root, ids in components.items()
        for gid in {outside[sid][0] for sid in ids if sid in outside}
        if gid != root
    }
    members = load_group_members(session, regrouped)
    old_rows |= members
    redo: dict[int, int] = {sid: regrouped[gid] for sid, (gid, _sim) in members.items()}
    for root, ids in components.items():
        redo.update({sid: root for sid in ids if sid not in outside or outside[sid][0] != root})
    signatures |= _load(session, ({*redo, *redo.values()}) - signatures.keys())
    new_rows = {
        sid: (root, _rounded(signatures[sid], signatures[root])) for sid, root in redo.items()
    }

    changed = {sid: row for sid, row in new_rows.items() if old_rows.get(sid) != row}
    removed = {sid for sid in moving if sid in old_rows and sid not in new_rows}
    write_duplicate_rows(session, changed, removed)
    return DuplicateUpdate(frozenset(changed.keys() | removed), count_grouped(session))


def _join_copies(
    session: Session,
    forest: _Forest,
    signatures: dict[int, np.ndarray],
    candidates: Mapping[int, Collection[int]],
    moving: Collection[int],
) -> None:
    """Join each source with the band candidates it is a copy of, one stored group at a time.

    A candidate in a stored group (one not being regrouped) stands for its whole group: a
    source that copies any member joins the group, so once one member matches the others
    need no check. Each group's lowest candidate (its first source when that shares the band)
    is tried first and the rest only if it is no copy: a new copy of a big syndicated story
    costs one comparison per group, not one per member, and the groups come out the same.
    """
    others = {other for found in candidates.values() for other in found} - set(moving)
    group_of = {sid: gid for sid, (gid, _sim) in load_duplicate_rows(session, others).items()}
    pairs: list[tuple[int, list[int]]] = []
    for sid, found in candidates.items():
        by_group: dict[int, list[int]] = {}
        for other in sorted(found):
            # a candidate in no stored group (or one being regrouped) is a group of its own
            by_group.setdefault(group_of.get(other, -other), []).append(other)
        pairs.extend((sid, members) for members in by_group.values())
    signatures |= _load(session, {members[0] for _sid, members in pairs} - signatures.keys())
    unmatched = [
        (sid, members[1:])
        for sid, members in pairs
        if not _union_first_copy(forest, signatures, sid, members[:1]) and len(members) > 1
    ]
    signatures |= _load(session, {o for _sid, rest in unmatched for o in rest} - signatures.keys())
    for sid, rest in unmatched:
        _union_first_copy(forest, signatures, sid, rest)


def _union_first_copy(
    forest: _Forest, signatures: Mapping[int, np.ndarray], sid: int, others: Iterable[int]
) -> bool:
    """Join `sid` with the first of `others` it is a copy of; whether there was one."""
    for other in others:
        if other in signatures and is_copy(signatures[sid], signatures[other]):
            forest.union(sid, other)
            return True
    return False
