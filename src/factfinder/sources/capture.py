"""Berkeley Protocol capture of a web page: full-page screenshot and rendered HTML via Chromium."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from factfinder.errors import InputError
from factfinder.protect.netguard import check_outbound_url

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class CaptureUnavailable(Exception):
    """No capture could be taken; the message is the reason recorded on the source."""


@dataclass
class Capture:
    """What the browser saw: the page as rendered, when."""

    screenshot_png: bytes
    rendered_html: bytes
    captured_at: dt.datetime


class Capturer:
    """One headless Chromium shared by a batch, started on the first capture, closed at the end.

    Starting a browser takes a second or more, so it is never started for local files and only
    once for many URLs.
    """

    def __init__(
        self, timeout: float, executable: Path | None = None, *, allow_private: bool = False
    ) -> None:
        self.timeout = timeout
        self.executable = executable or CHROMIUM
        self.allow_private = allow_private
        self._playwright: Any = None
        self._browser: Any = None
        self._broken: str | None = None

    def __enter__(self) -> Capturer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _start(self) -> Any:
        if self._broken:
            raise CaptureUnavailable(self._broken)
        if self._browser is not None:
            return self._browser
        if not self.executable.exists():
            self._broken = f"Chromium not found at {self.executable}"
            raise CaptureUnavailable(self._broken)
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            self._broken = "playwright is not installed"
            raise CaptureUnavailable(self._broken) from None
        try:
            self._playwright = sync_playwright().start()
            self._browser = self._playwright.chromium.launch(
                executable_path=str(self.executable), args=CHROMIUM_ARGS
            )
        except Exception as exc:
            self.close()
            self._broken = f"Chromium did not start ({type(exc).__name__})"
            raise CaptureUnavailable(self._broken) from None
        return self._browser

    def capture(self, url: str) -> Capture:
        """Load `url` in a fresh page and keep what it rendered; failure says why."""
        browser = self._start()
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        try:
            if not self.allow_private:
                context.route("**/*", refuse_private_hosts)
            page = context.new_page()
            page.goto(url, wait_until="load", timeout=self.timeout * 1000)
            captured_at = dt.datetime.now(dt.UTC)
            screenshot = page.screenshot(full_page=True, type="png")
            rendered = page.content().encode("utf-8")
        except Exception as exc:
            raise CaptureUnavailable(f"page did not render ({type(exc).__name__})") from None
        finally:
            context.close()
        return Capture(screenshot_png=screenshot, rendered_html=rendered, captured_at=captured_at)

    def close(self) -> None:
        if self._browser is not None:
            try:
                self._browser.close()
            finally:
                self._browser = None
        if self._playwright is not None:
            try:
                self._playwright.stop()
            finally:
                self._playwright = None


def refuse_private_hosts(route: Any) -> None:
    """Abort the page's requests (frames, images, scripts) to hosts that are not public, so a
    page cannot make the browser read the machine's own network (protect.netguard)."""
    url = route.request.url
    if url.startswith(("http://", "https://")):
        try:
            check_outbound_url(url)
        except InputError:
            route.abort("blockedbyclient")
            return
    route.continue_()
