"""Two-factor sign-in in a real browser: password, then a code from an authenticator app."""

from __future__ import annotations

import re
from pathlib import Path

import pyotp
import pytest

from factfinder.protect.totp import enable_totp
from factfinder.protect.users import add_user
from tests.web.conftest import PASSWORD

pytestmark = pytest.mark.browser


def test_sign_in_with_a_code(served, browser, artifacts: Path) -> None:
    from playwright.sync_api import expect

    base, bench = served
    add_user(bench.store, "totp-investigator", "investigator", PASSWORD, "test")
    secret = enable_totp(bench.store, "totp-investigator", "test").secret
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(f"{base}/incidents")
    page.get_by_label("Name").fill("totp-investigator")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/sign-in/code"))
    page.get_by_label("Code").fill("000000" if pyotp.TOTP(secret).now() != "000000" else "999999")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("wrong or already used code")
    page.screenshot(path=artifacts / "20-sign-in-code.png", full_page=True)
    page.get_by_label("Code").fill(pyotp.TOTP(secret).now())
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/incidents$"))
    page.get_by_role("link", name="totp-investigator (investigator)").click()
    expect(page.locator("#totp-state")).to_contain_text("On:")
    page.screenshot(path=artifacts / "21-account-two-factor-on.png", full_page=True)
    page.close()
