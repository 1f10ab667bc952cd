"""Stored near-duplicate groups: adding sources batch by batch gives the same groups as
grouping the whole archive at once, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import random

import pytest
from sqlalchemy import func, select

from factfinder.link import duplicates
from factfinder.link.duplicates import (
    DuplicateUpdate,
    duplicate_groups,
    load_group_of,
    rebuild_duplicate_groups,
    update_duplicate_groups,
)
from factfinder.store.db import Store
from factfinder.store.linking import load_duplicate_groups, replace_duplicates
from factfinder.store.models import Source, SourceBand, SourceSignature, utcnow

Texts = dict[int, str | None]


def invented_corpus(seed: int, families: int = 8) -> list[str | None]:
    """Invented articles and edited copies of them: some edits stay copies, some go too far,
    and chains of edits make copies that only meet through a third text."""
    rng = random.Random(seed)
    vocabulary = ["".join(rng.choices("abcdefghijklmnoprstuvw", k=6)) for _ in range(400)]
    texts: list[str | None] = [None, "Too short to compare with anything."]
    for _ in range(families):
        words = rng.choices(vocabulary, k=rng.randint(60, 160))
        texts.append(" ".join(words))
        for _copy in range(rng.randint(1, 4)):
            edited = list(words)
            for index in rng.sample(range(len(edited)), k=int(len(edited) * rng.random() * 0.12)):
                edited[index] = rng.choice(vocabulary)
            if rng.random() < 0.5:
                words = edited  # the next copy is edited from this one: a chain
            texts.append(" ".join(edited).upper() if rng.random() < 0.2 else " ".join(edited))
    rng.shuffle(texts)
    return texts


def add_sources(store: Store, texts: Texts) -> None:
    with store.session() as session:
        for source_id, text in texts.items():
            body = text or ""
            session.add(
                Source(
                    id=source_id,
                    uri=f"file:report-{source_id}.txt",
                    sha256=hashlib.sha256(f"{source_id}\n{body}".encode()).hexdigest(),
                    size=len(body),
                    media_type="text/plain",
                    retrieved_at=utcnow(),
                    collected_by="test",
                    factfinder_version="test",
                    text=text,
                    tags=[],
                    extra={},
                )
            )


def stored_groups(store: Store) -> dict[int, tuple[int, float]]:
    with store.session() as session:
        return load_duplicate_groups(session)


def update(store: Store, ids: list[int]) -> DuplicateUpdate:
    with store.session() as session:
        return update_duplicate_groups(session, ids)


def add_in_batches(
    store: Store, texts: Texts, batches: list[list[int]], stored: Texts | None = None
) -> None:
    """Add and group each batch in turn; after each, the table equals grouping all so far
    (`stored`: texts added before), and the update names exactly the rows it changed."""
    seen = dict(stored or {})
    for batch in batches:
        before = stored_groups(store)
        add_sources(store, {sid: texts[sid] for sid in batch})
        seen |= {sid: texts[sid] for sid in batch}
        result = update(store, batch)
        after = stored_groups(store)
        assert after == duplicate_groups(seen.items())
        differing = {
            sid for sid in before.keys() | after.keys() if before.get(sid) != after.get(sid)
        }
        assert result.changed == differing
        assert result.grouped == len(after) and result.groups is None


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_batches_in_any_id_order_group_as_the_whole_archive_does(store: Store, seed: int) -> None:
    texts = dict(enumerate(invented_corpus(seed), start=1))
    ids = list(texts)
    random.Random(seed).shuffle(ids)  # later batches hold lower ids: first sources change
    cuts = sorted(random.Random(seed + 100).sample(range(1, len(ids)), k=4))
    batches = [ids[a:b] for a, b in zip([0, *cuts], [*cuts, len(ids)], strict=True)]
    add_in_batches(store, texts, batches)
    assert stored_groups(store), "the corpus should hold copies"

    again = update(store, ids)
    assert again.changed == frozenset()
    with store.session() as session:
        rebuilt = rebuild_duplicate_groups(session)
    assert rebuilt.changed == frozenset()
    assert rebuilt.groups == duplicate_groups(texts.items()) == stored_groups(store)


def test_a_new_first_copy_bridging_two_groups_merges_them(store: Store) -> None:
    """Two groups whose later members are no copies of the bridging text: all of them still
    move to the new first source, with their similarity to it recomputed."""
    rng = random.Random(7)
    words = [f"word{rng.randrange(10_000)}" for _ in range(600)]
    head = [f"head{n}" for n in range(100)] + words[100:]
    tail = words[:-100] + [f"tail{n}" for n in range(100)]
    texts: Texts = {
        10: " ".join(head),
        11: " ".join(head[:100] + [f"more{n}" for n in range(100)] + head[200:]),
        20: " ".join(tail),
        21: " ".join(tail[:-200] + [f"more{n}" for n in range(100)] + tail[-100:]),
        5: " ".join(words),
    }
    signature = {sid: duplicates.text_signature(text) for sid, text in texts.items()}
    assert not duplicates.is_copy(signature[5], signature[11])
    assert not duplicates.is_copy(signature[5], signature[21])
    add_in_batches(store, texts, [[10, 11, 20, 21]])
    assert {gid for gid, _sim in stored_groups(store).values()} == {10, 20}
    add_in_batches(store, texts, [[5]], stored={sid: texts[sid] for sid in (10, 11, 20, 21)})
    groups = stored_groups(store)
    assert {sid: gid for sid, (gid, _sim) in groups.items()} == dict.fromkeys(texts, 5)
    assert groups[11][1] < duplicates.DUPLICATE_THRESHOLD
    with store.session() as session:
        assert load_group_of(session, [5, 21, 999]) == {5: 5, 21: 5}


def test_signatures_and_bands_are_stored_once_per_source(store: Store) -> None:
    texts = dict(enumerate(invented_corpus(4, families=3), start=1))
    add_in_batches(store, texts, [list(texts)])
    update(store, list(texts))
    with store.session() as session:
        signatures = dict(
            session.execute(select(SourceSignature.source_id, SourceSignature.hashvalues))
            .tuples()
            .all()
        )
        bands = session.scalar(select(func.count()).select_from(SourceBand))
    assert signatures.keys() == texts.keys()
    comparable = [sid for sid, text in texts.items() if duplicates.text_signature(text) is not None]
    assert all(len(signatures[sid] or b"") == 8 * duplicates.NUM_PERM for sid in comparable)
    assert all(signatures[sid] is None for sid in texts.keys() - set(comparable))
    assert bands == len(comparable) * len(duplicates.band_ranges())


@pytest.mark.parametrize("rebuild_above", [5000, 3])
def test_an_archive_grouped_before_signatures_is_caught_up(
    store: Store, rebuild_above: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sources grouped by the old full pass have no signatures: the next update signs them
    (one by one when few, by a rebuild when many) and the groups stay right."""
    monkeypatch.setattr(duplicates, "REBUILD_ABOVE", rebuild_above)
    texts = dict(enumerate(invented_corpus(5), start=1))
    old, new = list(texts)[:-3], list(texts)[-3:]
    add_sources(store, {sid: texts[sid] for sid in old})
    with store.session() as session:
        replace_duplicates(session, duplicate_groups((sid, texts[sid]) for sid in old))
    result = update_after_adding_many(store, texts, new)
    assert stored_groups(store) == duplicate_groups(texts.items())
    assert (result.groups is not None) == (rebuild_above == 3)


def update_after_adding_many(store: Store, texts: Texts, ids: list[int]) -> DuplicateUpdate:
    add_sources(store, {sid: texts[sid] for sid in ids})
    return update(store, ids)


def test_rebuild_of_a_fresh_archive_equals_the_full_pass(store: Store) -> None:
    texts = dict(enumerate(invented_corpus(6), start=1))
    add_sources(store, texts)
    with store.session() as session:
        result = rebuild_duplicate_groups(session)
    expected = duplicate_groups(texts.items())
    assert result.groups == expected == stored_groups(store)
    assert result.changed == expected.keys() and result.grouped == len(expected)


def test_unknown_and_empty_ids_change_nothing(store: Store) -> None:
    assert update(store, [12345]) == DuplicateUpdate(frozenset(), 0)
    assert update(store, []) == DuplicateUpdate(frozenset(), 0)


def test_sources_added_but_not_named_are_grouped_too(store: Store) -> None:
    texts = dict(enumerate(invented_corpus(8), start=1))
    ids = list(texts)
    add_in_batches(store, texts, [ids[:10]])
    add_sources(store, {sid: texts[sid] for sid in ids[10:]})
    result = update(store, ids[-2:])
    assert stored_groups(store) == duplicate_groups(texts.items())
    assert result.groups is None


def edited(words: list[str], rng: random.Random, share: float, mark: str) -> str:
    """The words with `share` of them replaced: a light edit of the same article."""
    copy = list(words)
    for index in rng.sample(range(len(copy)), k=int(len(copy) * share)):
        copy[index] = f"{mark}{index}"
    return " ".join(copy)


def test_a_new_copy_of_a_big_group_is_compared_with_one_member(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A syndicated story stored as one group of 30 copies: a 31st copy matches the group's
    first source and joins the group without being compared with the 29 others."""
    rng = random.Random(9)
    words = [f"word{rng.randrange(10_000)}" for _ in range(300)]
    texts: Texts = {sid: edited(words, rng, 0.01, f"edit{sid}x") for sid in range(1, 32)}
    add_in_batches(store, texts, [list(range(1, 31))])
    assert {gid for gid, _sim in stored_groups(store).values()} == {1}
    compared = []

    def counted(first: object, second: object) -> bool:
        compared.append(1)
        return duplicates_is_copy(first, second)

    duplicates_is_copy = duplicates.is_copy
    monkeypatch.setattr(duplicates, "is_copy", counted)
    add_in_batches(store, texts, [[31]], stored={sid: texts[sid] for sid in range(1, 31)})
    assert len(compared) == 1
    assert stored_groups(store)[31][0] == 1


def test_a_copy_of_a_later_member_only_still_joins_its_group(store: Store) -> None:
    """The new text shares a band with the group's first source but is no copy of it, only
    of a later member (a chain of edits): trying the first source alone must not leave it out."""
    rng = random.Random(3)
    words = [f"word{rng.randrange(10_000)}" for _ in range(600)]
    middle = words[:520] + [f"mid{n}" for n in range(80)]
    late = [f"late{n}" for n in range(80)] + middle[80:]
    texts: Texts = {1: " ".join(words), 2: " ".join(middle), 3: " ".join(late)}
    signature = {sid: duplicates.text_signature(text) for sid, text in texts.items()}
    first, new = signature[1], signature[3]
    assert first is not None and new is not None
    assert any((first[a:b] == new[a:b]).all() for a, b in duplicates.band_ranges())
    assert not duplicates.is_copy(first, new)
    assert duplicates.is_copy(signature[2], new)
    add_in_batches(store, texts, [[1, 2]])
    add_in_batches(store, texts, [[3]], stored={1: texts[1], 2: texts[2]})
    assert {sid: gid for sid, (gid, _sim) in stored_groups(store).items()} == {1: 1, 2: 1, 3: 1}
