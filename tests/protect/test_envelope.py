"""Envelope format: what goes in comes out, with the right key only, and rotation moves headers."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factfinder.errors import InputError, IntegrityError
from factfinder.protect.envelope import (
    HEADER_BYTES,
    MAGIC,
    Kek,
    is_envelope,
    open_sealed,
    parse_header,
    rewrap,
    seal,
)
from factfinder.protect.keys import key_id_of


def make_kek() -> Kek:
    key = os.urandom(32)
    return Kek(key, key_id_of(key))


KEK, OTHER = make_kek(), make_kek()


@settings(max_examples=60)
@given(st.binary(max_size=4096))
def test_sealed_bytes_come_back_exactly_and_hide_the_plaintext(data: bytes) -> None:
    sealed = seal(KEK, data)
    assert sealed.startswith(MAGIC) and is_envelope(sealed)
    assert len(sealed) == HEADER_BYTES + len(data) + 16
    assert open_sealed(KEK, sealed, "x") == data
    if len(data) >= 16:
        assert data not in sealed


def test_each_file_gets_its_own_data_key_and_nonce() -> None:
    first, second = seal(KEK, b"same testimony"), seal(KEK, b"same testimony")
    assert first != second
    assert parse_header(first, "a").wrapped_key != parse_header(second, "b").wrapped_key


def test_wrong_key_is_a_clear_input_error() -> None:
    sealed = seal(KEK, b"the witness lives in Varn")
    with pytest.raises(InputError, match="wrong key"):
        open_sealed(OTHER, sealed, "SHA-256:abc")
    # A key claiming the right id but holding other bytes fails on the wrapped key's tag.
    impostor = Kek(os.urandom(32), KEK.key_id)
    with pytest.raises(InputError, match="wrong key"):
        open_sealed(impostor, sealed, "SHA-256:abc")


def test_altered_ciphertext_is_an_integrity_error() -> None:
    sealed = bytearray(seal(KEK, b"forty men detained in Kerrow"))
    sealed[-20] ^= 1
    with pytest.raises(IntegrityError, match="altered"):
        open_sealed(KEK, bytes(sealed), "SHA-256:abc")


def test_rewrap_changes_only_the_header_and_keeps_the_ciphertext() -> None:
    sealed = seal(KEK, b"six secret prisons")
    moved = rewrap(KEK, OTHER, sealed, "x")
    assert moved[HEADER_BYTES:] == sealed[HEADER_BYTES:]
    assert parse_header(moved, "x").key_id == OTHER.key_id
    assert parse_header(moved, "x").nonce == parse_header(sealed, "x").nonce
    assert open_sealed(OTHER, moved, "x") == b"six secret prisons"
    with pytest.raises(InputError, match="wrong key"):
        open_sealed(KEK, moved, "x")
