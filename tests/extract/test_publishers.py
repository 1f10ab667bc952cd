"""The body a document speaks for, from the titles and mastheads of real releases.

A ministry's masthead in capitals, an embassy's "Statement of …" title, "A report by …",
an executive summary's "·"-separated line: each names the agent of the statements the text
makes in its own voice. A rebuttal's title that names the report it answers, and a letter's
address block, name no one who speaks. Every body, person and place is invented.
"""

from __future__ import annotations

import datetime as dt

from factfinder.extract import analyze
from factfinder.extract.claims import Claim

PUBLISHED = dt.date(2025, 6, 20)


def _agents(text: str) -> set[str | None]:
    """The agents of the rules' statement claims for `text`."""
    claims: list[Claim] = analyze(text, PUBLISHED, supplement=None)
    return {c.agent for c in claims if c.kind == "statement"}


def test_a_ministry_masthead_in_capitals_speaks_its_rebuttal() -> None:
    text = (
        "MINISTRY OF INTERNAL AFFAIRS OF THE REPUBLIC OF DORVIA\nPress service\n\n"
        "Statement regarding the publication by Civic Lamp of 3 June\n\n"
        "All detainees are treated in accordance with the law."
    )
    assert _agents(text) == {"Ministry of Internal Affairs of the Republic of Dorvia"}


def test_an_embassy_statement_title_names_its_speaker() -> None:
    text = (
        "Statement of the Embassy of the Republic of Dorvia in Loven\n\n"
        "In connection with the article, the Embassy states the following.\n\n"
        "All detainees are treated in accordance with the law."
    )
    [agent] = _agents(text)
    assert agent is not None and agent.startswith("the Embassy of the Republic of Dorvia")


def test_a_report_by_line_signs_the_recommendations() -> None:
    text = (
        "Locked Rooms: Abuse in Orvik\nA report by Harbour Rights Watch\n\n"
        "Guards beat inmates at the Orvik colony.\n\n"
        "- Release all persons held for peaceful protest."
    )
    assert _agents(text) == {"Harbour Rights Watch"}


def test_an_executive_summary_line_with_middle_dots_signs_the_text() -> None:
    text = (
        "PAY UP\nExecutive summary \u00b7 Lantern Rights Collective \u00b7 February 2025\n\n"
        "Guards beat inmates at the Orvik colony.\n\n"
        "- Release all persons held for peaceful protest."
    )
    assert _agents(text) == {"Lantern Rights Collective"}


def test_the_report_a_rebuttal_answers_does_not_sign_it() -> None:
    text = (
        'STATEMENT in connection with the so-called report "Pay Up" by the foreign-funded '
        'organisation "Lantern Rights Collective"\n\n'
        "All detainees are treated in accordance with the law."
    )
    assert "Lantern Rights Collective" not in str(_agents(text))
