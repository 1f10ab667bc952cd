"""A monitor's session in a real browser: sign in, upload, see claims, review, incident, matrix."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.web.conftest import PASSWORD

pytestmark = pytest.mark.browser

# An invented report (invented country, people and organisations).
REPORT = (
    "Harrowgate Voice reported on 9 May 2025 that soldiers in Pellmar beat 6 farmers and "
    "detained 3 of them at the Pellmar barracks. The Pellmar governor denied the reports.\n"
)


def test_monitor_session(served, browser, artifacts: Path, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    base, _bench = served
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(f"{base}/")
    expect(page).to_have_url(re.compile(r"/sign-in"))
    page.get_by_label("Name").fill("investigator-user")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
    page.screenshot(path=artifacts / "01-dashboard.png", full_page=True)

    report = tmp_path / "pellmar.txt"
    report.write_text(REPORT, encoding="utf-8")
    page.goto(f"{base}/sources")
    page.get_by_text("Upload a report").click()
    page.get_by_label("File (HTML, text, PDF, WARC; up to 50 MB)").set_input_files(str(report))
    page.get_by_label("Title (optional)").fill("Pellmar farmers report")
    page.get_by_role("button", name="Upload, preserve and extract").click()
    expect(page.get_by_role("heading", name="Pellmar farmers report")).to_be_visible()
    marks = page.locator("mark.claim")
    assert marks.count() >= 2
    expect(page.locator("mark.claim.k-event").first).to_be_visible()
    expect(page.locator("mark.claim.k-statement").first).to_be_visible()
    page.screenshot(path=artifacts / "02-source-highlighted.png", full_page=True)

    page.goto(f"{base}/review")
    heading = page.locator("p", has_text="This is claim")
    first = int(re.search(r"#(\d+)", heading.inner_text()).group(1))
    page.keyboard.press("c")  # confirm with the keyboard
    expect(page.locator("p", has_text="This is claim")).not_to_contain_text(f"#{first}.")
    second = int(
        re.search(r"#(\d+)", page.locator("p", has_text="This is claim").inner_text()).group(1)
    )
    page.get_by_label("Note (why; kept with the decision)").fill("the figure differs elsewhere")
    page.get_by_label("Comment for the team (optional)").fill("Check the ministry's own count.")
    page.screenshot(path=artifacts / "03-review.png", full_page=True)
    page.get_by_role("button", name="Dispute").click()
    expect(page.locator("p", has_text="This is claim")).not_to_contain_text(f"#{second}.")

    page.goto(f"{base}/claims/{first}")
    expect(page.locator(".status-confirmed").first).to_be_visible()
    page.goto(f"{base}/claims/{second}")
    expect(page.locator(".status-disputed").first).to_contain_text("the figure differs elsewhere")
    expect(page.locator("#comments")).to_contain_text("Check the ministry's own count.")
    expect(page.locator("#comments")).to_contain_text("investigator-user")
    page.screenshot(path=artifacts / "04-claim-disputed.png", full_page=True)

    page.goto(f"{base}/incidents")
    links = page.locator("table a[href^='/incidents/']")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    for href in hrefs:
        page.goto(f"{base}{href}")
        if page.locator("svg.figure-chart").count():
            break
    chart = page.locator("svg.figure-chart").first
    expect(chart).to_be_visible()
    assert chart.locator("circle").count() >= 2
    page.screenshot(path=artifacts / "05-incident-chart.png", full_page=True)

    page.goto(f"{base}/responses")
    matrix = page.locator("#response-matrix")
    expect(matrix).to_be_visible()
    expect(matrix.locator(".s-condemn").first).to_be_visible()
    page.screenshot(path=artifacts / "06-response-matrix.png", full_page=True)

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{base}/review")
    page.screenshot(path=artifacts / "07-review-phone.png", full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 400, "the review page scrolls sideways at phone width"
    page.close()


def test_keyboard_sign_in_with_visible_focus(served, browser) -> None:
    base, _bench = served
    page = browser.new_page()
    page.goto(f"{base}/sign-in")
    assert page.evaluate("document.activeElement.id") == "name"  # focus starts in the form
    page.keyboard.type("viewer-user")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "password"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "the focused field shows no focus ring"
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.close()


def _sign_in(page, base: str, role: str) -> None:
    page.goto(f"{base}/sign-in")
    page.get_by_label("Name").fill(f"{role}-user")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/")


# An invented report set in real cities, which the offline gazetteer places on the map.
CAUCASUS = "Police in Tbilisi detained 12 men on 3 May 2025, the Harrowgate Voice reported.\n"


def test_map_shows_a_marker_linking_to_incidents(served, browser, artifacts: Path) -> None:
    from playwright.sync_api import expect

    base, bench = served
    uploaded = bench.client().post(
        "/api/v1/sources",
        files={"file": ("caucasus.txt", CAUCASUS.encode(), "text/plain")},
        data={"title": "Caucasus report", "published": "2025-05-09", "link": "true"},
        headers=bench.auth("investigator"),
    )
    assert uploaded.status_code == 201, uploaded.text
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    _sign_in(page, base, "viewer")
    page.get_by_role("link", name="Map").click()
    expect(page.get_by_role("heading", name="Map of incident places")).to_be_visible()
    marker = page.locator("svg.map a.marker").filter(has=page.locator("title", has_text="Tbilisi"))
    expect(marker).to_have_count(1)
    expect(marker.locator("circle")).to_be_visible()
    page.screenshot(path=artifacts / "08-map.png", full_page=True)
    marker.click()
    expect(page).to_have_url(re.compile(r"#place-\d+$"))
    row = page.locator("tr:target")
    expect(row).to_contain_text("Tbilisi")
    row.locator("a[href^='/incidents/']").first.click()
    expect(page).to_have_url(re.compile(r"/incidents/\d+$"))
    page.close()


def test_reviewer_edits_a_claims_type(served, browser, artifacts: Path) -> None:
    from playwright.sync_api import expect

    base, _bench = served
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    _sign_in(page, base, "reviewer")
    page.goto(f"{base}/review")
    claim = int(
        re.search(r"#(\d+)", page.locator("p", has_text="This is claim").inner_text()).group(1)
    )
    page.get_by_text("Edit this claim").click()
    select = page.get_by_label("Type", exact=True)
    current = select.input_value()
    new_type = "harassment" if current != "harassment" else "death_threat"
    select.select_option(new_type)
    page.screenshot(path=artifacts / "09-review-edit.png", full_page=True)
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_role("status")).to_contain_text("1 field changed")
    expect(page.locator("p", has_text="This is claim")).to_contain_text(f"#{claim}.")
    page.goto(f"{base}/claims/{claim}")
    expect(page.locator("dl.meta")).to_contain_text(new_type)
    expect(page.locator("#edits")).to_contain_text("reviewer-user")
    expect(page.locator("#edits")).to_contain_text(current)
    page.close()


def test_viewer_sees_pseudonyms_not_names(served, browser, artifacts: Path) -> None:
    from playwright.sync_api import expect
    from sqlalchemy import select

    from factfinder.protect.persons import add_person
    from factfinder.store.models import Source

    base, bench = served
    person = add_person(bench.store, "Mira Dovan", "witness", aliases=["Dovan"], actor="test")
    with bench.store.session() as session:
        source = session.scalar(
            select(Source.id).where(Source.text.contains("Pavel Rusk")).order_by(Source.id)
        )
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    _sign_in(page, base, "viewer")
    page.goto(f"{base}/sources/{source}")
    text = page.locator("article.source-text")
    expect(text).to_contain_text(person.pseudonym)
    assert "Dovan" not in page.content()
    page.screenshot(path=artifacts / "10-viewer-redacted.png", full_page=True)
    page.goto(f"{base}/sources?q=journalist")
    assert "Dovan" not in page.content()
    page.close()

    investigator = browser.new_page()
    _sign_in(investigator, base, "investigator")
    investigator.goto(f"{base}/sources/{source}")
    expect(investigator.locator("article.source-text")).to_contain_text("Mira Dovan")
    investigator.close()
