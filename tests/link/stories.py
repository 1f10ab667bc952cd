"""Invented multi-source stories (the Republic of Varnia) shared by the linking tests."""

from __future__ import annotations

from tests.link.conftest import StoryBuilder, claim, figure

WIRE_TEXT = (
    "More than 100 gay men have been held in five facilities in Osk, not two as first reported, "
    "according to the Osk Monitor. Families were forced to pay bribes to police to secure the "
    "release of detainees. The Ruritanian government has not yet commented on the reports from "
    "the region, which local activists describe as the worst wave of arrests in a decade."
)
# The same wire article, syndicated by another paper with a new last sentence and small edits.
SYNDICATED_TEXT = (
    "More than 100 gay men have been held in five facilities in Osk, not two as first reported, "
    "according to the Osk Monitor. Families were forced to pay bribes to police to secure the "
    "release of detainees. The Ruritanian government has not yet commented on the reports from "
    "the region, which local activists describe as the worst wave of arrests in years. "
    "Belgrove Herald staff contributed."
)


def osk_story(story: StoryBuilder) -> dict[str, list[int]]:
    """Detentions of gay men in secret facilities in Osk, told by four outlets; a denial; a
    foreign government silent and later condemning; and, the same month in the same region,
    a different incident: the detention of five journalists."""
    ids = {}
    ids["monitor"] = story.report(
        "monitor",
        [
            claim(
                "event",
                "detention",
                "Security forces detained at least 40 men in two secret facilities in Osk "
                "last week.",
                agent="Security forces",
                target="at least 40 men",
                place="Osk",
                when=("2026-03-02", "2026-03-08", "week"),
                counts=[figure(40, "men", "at_least"), figure(2, "facilities")],
            ),
            claim(
                "event",
                "torture",
                "Detainees were beaten and tortured, a former detainee told the Osk Monitor.",
                target="Detainees",
                attributed_to="a former detainee, speaking to the Osk Monitor",
            ),
        ],
        publisher="Osk Monitor",
        published="2026-03-10",
    )
    wire_claims = [
        claim(
            "event",
            "detention",
            "More than 100 gay men have been held in five facilities in Osk, not two as first "
            "reported, according to the Osk Monitor.",
            target="gay men",
            place="Osk",
            counts=[figure(100, "men", "more_than"), figure(5, "facilities", supersedes=2)],
            attributed_to="the Osk Monitor",
        ),
        claim(
            "event",
            "extortion",
            "Families were forced to pay bribes to police to secure the release of detainees.",
            agent="police",
            target="Families",
        ),
        claim(
            "statement",
            "no_public_statement",
            "The Ruritanian government has not yet commented on the reports from the region, "
            "which local activists describe as the worst wave of arrests in a decade.",
            agent="The Ruritanian government",
        ),
    ]
    ids["wire"] = story.report(
        "wire", wire_claims, publisher="Varnia Daily", published="2026-03-20", text=WIRE_TEXT
    )
    syndicated = [dict(c) for c in wire_claims]
    syndicated[2] = claim(
        "statement",
        "no_public_statement",
        "The Ruritanian government has not yet commented on the reports from the region, "
        "which local activists describe as the worst wave of arrests in years.",
        agent="The Ruritanian government",
    )
    ids["syndicated"] = story.report(
        "syndicated",
        syndicated,
        publisher="Belgrove Herald",
        published="2026-03-21",
        text=SYNDICATED_TEXT,
    )
    ids["ministry"] = story.report(
        "ministry",
        [
            claim(
                "statement",
                "deny",
                "Interior Minister Dario Velk said there was no evidence that gay men had been "
                "detained in Osk.",
                agent="Interior Minister Dario Velk",
                target="gay men",
                place="Osk",
            )
        ],
        publisher="Varnian Interior Ministry",
        published="2026-03-22",
    )
    ids["journalists"] = story.report(
        "journalists",
        [
            claim(
                "event",
                "detention",
                "Police detained five journalists in Osk on 15 March.",
                agent="Police",
                target="five journalists",
                place="Osk",
                when=("2026-03-15", "2026-03-15", "day"),
                counts=[figure(5, "journalists")],
            )
        ],
        publisher="Press Freedom Network",
        published="2026-03-16",
    )
    ids["condemnation"] = story.report(
        "condemnation",
        [
            claim(
                "statement",
                "condemn",
                "On Monday the Ruritanian government condemned the detention of gay men in Osk.",
                agent="the Ruritanian government",
                target="the detention of gay men",
                place="Osk",
                when=("2026-03-30", "2026-03-30", "day"),
            ),
            claim(
                "event",
                "detention",
                "Rights groups say the detentions began in early March.",
                target="gay men",
                place="Osk",
                when=("2026-03-01", "2026-03-31", "month"),
                attributed_to="Rights groups",
            ),
        ],
        publisher="Ruritania Today",
        published="2026-04-01",
    )
    return ids
