"""Near-duplicate sources: syndicated or lightly edited copies grouped so they count once."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 5  # five-word shingles: short enough to survive light edits, long enough to be rare
NUM_PERM = 128
# Jaccard similarity of shingles above which two texts are copies of one article; syndicated
# copies with a new headline, byline or a changed paragraph stay well above it.
DUPLICATE_THRESHOLD = 0.6
MIN_WORDS = 20  # shorter texts share too little to tell a copy from a coincidence


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


def duplicate_groups(texts: Iterable[tuple[int, str | None]]) -> dict[int, tuple[int, float]]:
    """source id → (group id, similarity) for every source that has a near-duplicate.

    The group id is the lowest source id in the group (the first acquired copy); each member's
    similarity is its estimated Jaccard similarity to that first copy. Sources without a copy
    are left out: they form a group of their own.
    """
    lsh = MinHashLSH(threshold=DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
    hashes: dict[int, MinHash] = {}
    parent: dict[int, int] = {}

    def find(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for source_id, text in sorted(texts, key=lambda item: item[0]):
        minhash = text_minhash(text or "")
        if minhash is None:
            continue
        parent[source_id] = source_id
        for other in lsh.query(minhash):
            if minhash.jaccard(hashes[other]) >= DUPLICATE_THRESHOLD:
                root_a, root_b = find(source_id), find(other)
                if root_a != root_b:
                    parent[max(root_a, root_b)] = min(root_a, root_b)
        lsh.insert(source_id, minhash)
        hashes[source_id] = minhash

    members: dict[int, list[int]] = {}
    for source_id in parent:
        members.setdefault(find(source_id), []).append(source_id)
    groups: dict[int, tuple[int, float]] = {}
    for root, ids in members.items():
        if len(ids) < 2:
            continue
        for source_id in ids:
            similarity = round(float(hashes[source_id].jaccard(hashes[root])), 3)
            groups[source_id] = (root, similarity)
    return groups
