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
