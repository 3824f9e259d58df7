"""Helpers for the end-to-end tests: start the app on a free port, open Debian's Chromium."""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from framing.bench import StreamlitServer

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]


def require_chromium() -> None:
    """Skip when Chromium is missing, except on CI, where a missing browser is a failure."""
    if CHROMIUM.exists():
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{CHROMIUM} is missing on CI: the browser tests must run there")
    pytest.skip(f"{CHROMIUM} is missing")


@contextlib.contextmanager
def running_app(timeout: float = 60.0):
    """``streamlit run app.py`` in a subprocess; yields its URL; stops it afterwards."""
    log = open(SCREENSHOTS / "streamlit.log", "w") if SCREENSHOTS.exists() else None
    try:
        server = StreamlitServer(ROOT / "app.py", output=log, timeout=timeout)
        try:
            yield server.url
        finally:
            server.stop()
    finally:
        if log is not None:
            log.close()


def launch(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def wait_for_charts(page, timeout_ms: int = 30_000) -> None:
    page.wait_for_selector("[data-testid=stPlotlyChart] .js-plotly-plot", timeout=timeout_ms)


#: What shows once a view has opened: a chart title, or a piece of the view's text.
VIEW_READY = {
    "Overview": ".js-plotly-plot .gtitle >> text=Framing fingerprint",
    "Hedging and certainty": ".js-plotly-plot .gtitle >> text=Hedges and boosters",
    "Sources and attribution": ".js-plotly-plot .gtitle >> text=Who is the source?",
    "Loaded language and word choice": ".js-plotly-plot .gtitle >> text=Loaded language",
    "Tone": ".js-plotly-plot .gtitle >> text=Tone of each sentence",
    "Readability": ".js-plotly-plot .gtitle >> text=Readability of each article",
    "Read the articles": ".fr-article",
    "Method": "text=prompts for discussion, not verdicts on outlets",
    "Lexicons": "text=Add a term",
}


#: The view selector's short labels (app.VIEW_LABELS).
VIEW_LABELS = {"Hedging and certainty": "Hedging", "Sources and attribution": "Sources",
               "Loaded language and word choice": "Loaded words"}


def view_button(page, view: str):
    """The view selector's button for ``view``."""
    return page.get_by_test_id("stButtonGroup").get_by_role("radio", name=VIEW_LABELS.get(view, view), exact=True)


def open_view(page, view: str, timeout_ms: int = 30_000) -> None:
    """Open ``view`` with the selector and wait until it shows."""
    view_button(page, view).click()
    page.locator("[data-testid=stMain]").locator(VIEW_READY[view]).first.wait_for(timeout=timeout_ms)
    wait_idle(page, timeout_ms)


def wait_idle(page, timeout_ms: int = 30_000) -> None:
    """Wait until the script run is over (Streamlit's running indicator gone, no stale elements)."""
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=stStatusWidget] [data-testid=stStatusWidgetRunningIcon]')"
        " && !document.querySelector('[data-stale=true]')", timeout=timeout_ms)


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path
