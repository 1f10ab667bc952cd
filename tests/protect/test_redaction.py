"""The Redactor: pseudonyms for names and aliases, [REDACTED] for terms, levels per role."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factfinder.protect import persons
from factfinder.protect.redaction import REDACTED, Redactor
from factfinder.store.db import Store

NAMES = {
    "Adam Vorin": "Witness A",
    "Adam": "Witness B",
    "Ayşe Kara": "Detainee 1",
    "Lena Straße": "Victim 1",
    "Camp Zorya": REDACTED,
}


def redactor(role: str = "viewer") -> Redactor:
    return Redactor(role, NAMES)


def test_longest_name_first_and_whole_words() -> None:
    out = redactor().text("Adam Vorin met Adam near Adamsville; adam vorin left.")
    assert out == "Witness A met Witness B near Adamsville; Witness A left."


def test_possessives_punctuation_and_line_breaks() -> None:
    out = redactor().text("(Adam Vorin's brother) saw Adam\nVorin, and Adam’s car.")
    assert out == "(Witness A's brother) saw Witness A, and Witness B’s car."


def test_unicode_whole_words_and_case_folding() -> None:
    r = redactor()
    assert r.text("AYŞE KARA was held") == "Detainee 1 was held"
    assert r.text("Ayşe Karalar is someone else") == "Ayşe Karalar is someone else"
    assert r.text("LENA STRASSE and Lena Straße") == "Victim 1 and Victim 1"
    # The same name decomposed (NFD) as some PDFs extract it.
    assert r.text("Ays\u0327e Kara spoke") == "Detainee 1 spoke"


def test_terms_are_redacted() -> None:
    assert redactor().text("taken to camp zorya at night") == f"taken to {REDACTED} at night"


def test_value_redacts_every_string_but_not_keys() -> None:
    data = {"Adam": ["Adam Vorin", ("Camp Zorya", 3)], "n": None, "ok": True}
    out = redactor().value(data)
    assert out == {"Adam": ["Witness A", (REDACTED, 3)], "n": None, "ok": True}
    assert data["Adam"][0] == "Adam Vorin"  # a copy, the original untouched


def test_none_and_identity_roles_change_nothing() -> None:
    for r in (Redactor.none(), Redactor("investigator"), Redactor("admin")):
        assert r.text("Adam Vorin") == "Adam Vorin"
        assert r.allows("confidential")
        assert not r.active
    assert Redactor.none().text(None) is None


def test_allows_by_level() -> None:
    viewer, reviewer = Redactor("viewer"), Redactor("reviewer")
    assert viewer.allows(None) and viewer.allows("public")
    assert not viewer.allows("restricted") and not viewer.allows("confidential")
    assert reviewer.allows("restricted") and not reviewer.allows("confidential")


@given(st.text(max_size=80))
def test_no_protected_name_survives(noise: str) -> None:
    # Whole-word matching: the names stand apart from the noise, as names in prose do.
    text = f"{noise} Adam Vorin {noise} Ayşe Kara's {noise}"
    out = redactor().text(text) or ""
    assert "adam vorin" not in out.casefold()
    assert "ayşe kara" not in out.casefold()


def test_for_role_loads_persons_and_terms(store: Store) -> None:
    persons.add_person(store, "Adam Vorin", "witness", aliases=["A. Vorin", "Vorin"])
    persons.add_person(store, "Marta Ilyenko", "detainee", level="confidential")
    persons.add_term(store, "Camp Zorya")
    text = "Vorin and A. Vorin told of Marta Ilyenko in Camp Zorya; Adam Vorin's word."
    viewer = Redactor.for_role(store, "viewer")
    assert viewer.text(text) == (
        f"Witness A and Witness A told of Detainee 1 in {REDACTED}; Witness A's word."
    )
    assert Redactor.for_role(store, "reviewer").text(text) == viewer.text(text)
    assert Redactor.for_role(store, "investigator").text(text) == text
    assert Redactor.for_role(store, None).text(text) == text


def test_for_role_rejects_an_unknown_role(store: Store) -> None:
    from factfinder.errors import InputError

    with pytest.raises(InputError):
        Redactor.for_role(store, "guest")


def test_names_in_file_names_links_and_hyphenated_spellings() -> None:
    r = Redactor("viewer", {"Adam Vorin": "Witness A", "Mira Desh-Kallo": "Witness B"})
    assert r.text("testimony_Adam_Vorin.txt") == "testimony_Witness A.txt"
    assert r.text("https://x.example/adam-vorin?q=Adam%20Vorin") == (
        "https://x.example/Witness A?q=Witness A"
    )
    assert r.text("Mira Desh Kallo and mira desh-kallo") == "Witness B and Witness B"
    assert r.text("Adam Vorin2 is a handle") == "Adam Vorin2 is a handle"


def test_covers_the_words_of_protected_spellings() -> None:
    r = redactor()
    assert r.covers("vorin") and r.covers("ZORYA")
    assert not r.covers("camps")


def test_a_cached_redactor_is_rebuilt_when_a_person_or_term_is_added(store: Store) -> None:
    first = Redactor.for_role(store, "viewer")
    assert Redactor.for_role(store, "viewer") is first
    persons.add_person(store, "Oren Talvik", "detainee")
    assert Redactor.for_role(store, "viewer").text("Oren Talvik") == "Detainee 1"
    persons.add_term(store, "Quillon")
    assert Redactor.for_role(store, "viewer").text("Quillon") == REDACTED
