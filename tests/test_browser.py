"""End to end in Debian's Chromium: the app loads and draws, every view opens, an upload shows
up highlighted, the downloads open, and hostile text runs nothing in the app or the report."""
from __future__ import annotations

import csv
import io
import json
import re
import time

import pytest

from browser_util import (
    launch, open_view, require_chromium, running_app, screenshot, view_button, wait_for_charts, wait_idle,
)

pytestmark = pytest.mark.browser

VIEWS = ["Overview", "Hedging and certainty", "Sources and attribution", "Loaded language and word choice",
         "Tone", "Readability", "Read the articles", "Method", "Lexicons"]
HOSTILE = ('<script>alert(1)</script> <img src=x onerror=alert(2)> <a href="javascript:alert(3)">click</a> '
           '<iframe src="about:blank" onload="alert(4)"></iframe> $\\alert{5}$ **bold** [link](javascript:alert(6)) '
           ':red[red]')
HOSTILE_OUTLET = "<img src=y onerror=alert(7)>www.ev.il"  # Markdown would link the address
ARTICLE = (f"Officials said the talks may resume. {HOSTILE} Critics insisted the plan was clearly a sham. "
           "The minister told reporters that Kyiv was ready to talk.")
# What must never appear in the page, whatever the article holds.
INJECTED = ('img[src="x"], img[src="y"], iframe[src="about:blank"], a[href^="javascript"], a[href*="ev.il"], '
            '.fr-article script, [data-testid=stMain] script')


@pytest.fixture(scope="module")
def app_url():
    require_chromium()
    with running_app() as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 720}, accept_downloads=True)
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def open_app(page, url: str) -> float:
    started = time.monotonic()
    page.goto(url)
    wait_for_charts(page)
    return time.monotonic() - started


def no_exception(page) -> None:
    assert page.locator("[data-testid=stException]").count() == 0


def test_app_loads_and_draws_its_charts(page, app_url):
    seconds = open_app(page, app_url)
    print(f"time to first chart: {seconds:.1f} s")
    page.wait_for_timeout(1000)
    screenshot(page, "01-overview")
    no_exception(page)
    plot = page.locator("[data-testid=stPlotlyChart] .js-plotly-plot").first
    legend = plot.locator(".legendtext").evaluate_all("items => items.map(item => item.textContent)")
    assert sorted(legend) == ["19FortyFive", "RES-MPE", "RT", "The Washington Post"]
    assert page.get_by_text("Framing: how 4 outlets tell the same story").is_visible()
    scorecard = page.locator("[data-testid=stMarkdownContainer] table").filter(has_text="Hedges /1k")
    scorecard.scroll_into_view_if_needed()
    screenshot(page, "01b-scorecard")
    for outlet in ["19FortyFive", "RES-MPE", "RT", "The Washington Post"]:
        assert scorecard.get_by_text(outlet, exact=True).count() == 1


#: How a caption looks on the page: its text colour, the opacity it is drawn at, the background.
CAPTION_LOOK = """() => {
  const caption = document.querySelector('[data-testid=stMain] [data-testid=stCaptionContainer]');
  const style = getComputedStyle(caption);
  const background = getComputedStyle(document.querySelector('[data-testid=stMain]')).backgroundColor;
  return [style.color, Number(style.opacity), background];
}"""


def _luminance(rgb: tuple[float, float, float]) -> float:
    """Relative luminance (WCAG 2)."""
    channel = [c / 255 for c in rgb]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channel]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_captions_are_dark_enough_to_read_on_a_projector(page, app_url):
    open_app(page, app_url)
    colour, opacity, background = page.evaluate(CAPTION_LOOK)
    text = [float(v) for v in re.findall(r"[\d.]+", colour)[:3]]
    behind = [float(v) for v in re.findall(r"[\d.]+", background)[:3]] if "rgba(0, 0, 0, 0)" not in background \
        else [255.0, 255.0, 255.0]
    seen = tuple(opacity * t + (1 - opacity) * b for t, b in zip(text, behind))
    light, dark = sorted([_luminance(seen), _luminance(tuple(behind))], reverse=True)
    assert (light + 0.05) / (dark + 0.05) >= 4.5  # WCAG AA for text of normal size


def test_every_view_opens(page, app_url):
    open_app(page, app_url)
    for k, view in enumerate(VIEWS):
        open_view(page, view)
        page.wait_for_timeout(500)
        screenshot(page, f"{k + 2:02d}-{view.lower().replace(' ', '-')}")
        no_exception(page)
        assert view_button(page, view).get_attribute("aria-checked") == "true"
        charts = page.locator("[data-testid=stMain] .js-plotly-plot")
        if k < 6:  # the views with charts draw them, and only them: one view is built at a time
            assert 1 <= charts.count() <= 2, view
        else:
            assert charts.count() == 0, view


def _wait_for_the_marks_in_sight(page) -> None:
    """Until each article box has scrolled itself to its first marked sentence."""
    page.wait_for_function("""[...document.querySelectorAll('.fr-article')].every(box => {
        const mark = box.querySelector('.fr-focus');
        if (!mark) return true;
        const top = mark.getBoundingClientRect().top - box.getBoundingClientRect().top;
        return top >= 0 && top < box.clientHeight;
    })""", timeout=10_000)


def _open_the_term_finder(page, app_url):
    """The Hedging view's term finder, open, on a fresh page."""
    open_app(page, app_url)
    open_view(page, "Hedging and certainty")
    finder = page.locator("[data-testid=stSelectbox]").filter(has_text="Find the sentences that hold a term")
    finder.scroll_into_view_if_needed()
    finder.locator("input").click()
    return finder


def _wait_for_the_reader(page):
    page.locator(".fr-article .fr-focus-mark").first.wait_for(timeout=30_000)
    wait_idle(page)


def test_a_term_opens_the_reader_on_its_sentences(page, app_url):
    _open_the_term_finder(page, app_url)
    page.get_by_role("option", name=re.compile(r"^could \(")).click()  # marked far down both articles
    wait_idle(page)
    page.get_by_role("button", name="Read these sentences in their articles").click()
    _wait_for_the_reader(page)
    assert view_button(page, "Read the articles").get_attribute("aria-checked") == "true"
    _wait_for_the_marks_in_sight(page)
    page.locator(".fr-article").first.scroll_into_view_if_needed()
    screenshot(page, "12-term-in-the-reader")
    # Another term chosen in the reader itself: the boxes scroll to it in turn.
    finder = page.locator("[data-testid=stSelectbox]").filter(has_text="Find the sentences that hold a term")
    finder.locator("input").click()
    finder.locator("input").fill("beleaguered")  # far down The Washington Post's article
    page.get_by_role("option", name=re.compile(r"^beleaguered \(")).click()
    page.locator(".fr-legend").get_by_text("Sentence with “beleaguered”").wait_for(timeout=30_000)
    wait_idle(page)
    _wait_for_the_marks_in_sight(page)
    no_exception(page)


def test_a_widget_change_reruns_quickly_without_rescoring(page, app_url):
    open_app(page, app_url)
    page.get_by_test_id("stRadioGroup").get_by_text("Articles", exact=True).click()
    started = time.monotonic()
    page.wait_for_function("document.querySelector('.js-plotly-plot .legendtext') && "
                           "document.querySelector('.js-plotly-plot .legendtext').textContent.includes(' · ')")
    print(f"rerun after a widget change: {time.monotonic() - started:.1f} s")
    no_exception(page)


def test_an_article_pasted_in_the_sidebar_joins_the_comparison(page, app_url):
    open_app(page, app_url)
    page.get_by_test_id("stSidebar").get_by_text("Paste an article").click()
    page.get_by_label("Article text").fill("Officials said the talks may resume. Critics called the plan a sham.")
    page.get_by_label("Outlet", exact=True).fill("Classroom Gazette")
    screenshot(page, "13-paste")
    page.get_by_role("button", name="Add pasted article").click()
    page.get_by_text("Framing: how 5 outlets tell the same story").wait_for(timeout=60_000)
    wait_for_charts(page)
    legend = page.locator("[data-testid=stPlotlyChart] .js-plotly-plot").first.locator(".legendtext")
    page.wait_for_function("[...document.querySelectorAll('.js-plotly-plot .legendtext')]"
                           ".some(item => item.textContent === 'Classroom Gazette')", timeout=30_000)
    assert "Classroom Gazette" in legend.all_text_contents()
    # Twelve words: the app says its rates and reading level are not steady.
    page.get_by_text("Short: Classroom Gazette", exact=False).wait_for(timeout=30_000)
    screenshot(page, "14-short-article-notice")
    no_exception(page)


def upload(page, name: str, data: bytes) -> None:
    page.locator("[data-testid=stSidebar] input[type=file]").first.set_input_files(
        {"name": name, "mimeType": "application/octet-stream", "buffer": data})


def test_downloads_open(page, app_url, tmp_path):
    open_app(page, app_url)
    with page.expect_download() as info:
        page.get_by_role("button", name="Metrics (CSV)").click()
    rows = list(csv.DictReader(io.StringIO(open(info.value.path(), encoding="utf-8").read())))
    assert {r["outlet"] for r in rows if r["level"] == "outlet"} == {"19FortyFive", "RES-MPE", "RT",
                                                                      "The Washington Post"}
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="HTML report").click()
    target = tmp_path / "report.html"
    info.value.save_as(target)
    report = page.context.new_page()
    report.goto(target.as_uri())
    report.wait_for_selector(".js-plotly-plot .main-svg", timeout=30_000)
    assert report.locator(".js-plotly-plot").count() == 7
    assert report.get_by_role("heading", name="The corpus").is_visible()
    screenshot(report, "20-report")


def test_the_camera_button_saves_a_chart_as_svg_when_picked(page, app_url):
    open_app(page, app_url)
    page.get_by_test_id("stSidebar").get_by_text("SVG", exact=True).click()
    wait_idle(page)
    plot = page.locator("[data-testid=stPlotlyChart] .js-plotly-plot").first
    plot.hover()
    with page.expect_download(timeout=30_000) as info:
        plot.locator(".modebar-btn[data-title^='Download plot']").click()
    assert info.value.suggested_filename == "framing-fingerprint.svg"
    svg = open(info.value.path(), encoding="utf-8").read()
    assert svg.lstrip().startswith("<svg") and "Framing fingerprint" in svg and "19FortyFive" in svg


def test_hostile_upload_is_shown_literally_in_the_app_and_the_report(page, app_url, tmp_path):
    open_app(page, app_url)
    row = {"text": ARTICLE, "outlet": HOSTILE_OUTLET, "title": HOSTILE, "published": "2024-01-02"}
    upload(page, "hostile <b>name</b>.jsonl", json.dumps(row).encode())
    page.wait_for_function("document.body.innerText.includes('5 outlets')", timeout=60_000)
    wait_for_charts(page)
    no_exception(page)

    view_button(page, "Read the articles").click()
    # the reader opens on the article just uploaded
    article = page.locator(".fr-article").filter(has_text="alert(1)")
    article.wait_for(timeout=30_000)
    wait_idle(page)
    screenshot(page, "21-hostile-article")
    assert HOSTILE.split(" <img")[0] in article.inner_text()
    assert "<img src=x onerror=alert(2)>" in article.inner_text()
    assert article.locator(".k-hedge").count() >= 1 and article.locator(".k-booster").count() >= 1
    assert page.locator(INJECTED).count() == 0
    assert page.get_by_text(HOSTILE_OUTLET).count() >= 1  # the outlet name shown as text

    open_view(page, "Overview")
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="HTML report").click()
    target = tmp_path / "hostile-report.html"
    info.value.save_as(target)
    report = page.context.new_page()
    report.dialogs = []
    report.on("dialog", lambda dialog: (report.dialogs.append(dialog.message), dialog.dismiss()))
    report.goto(target.as_uri())
    report.wait_for_selector(".js-plotly-plot .main-svg", timeout=30_000)
    report.wait_for_timeout(1000)
    assert report.get_by_text(HOSTILE_OUTLET).count() >= 1
    assert report.locator(INJECTED.replace(", [data-testid=stMain] script", "")).count() == 0
    assert report.locator("script").count() == 2 + 7  # plotly's config and plotly.js, one per chart: none injected
    screenshot(report, "22-hostile-report")
    assert report.dialogs == [] and page.dialogs == []


def test_the_lexicon_picker_keeps_its_list_through_an_edit_and_a_reset(page, app_url):
    # The browser sends the picked option back by its label: a label that changed with the term
    # count (once "loaded (1706 terms)") picked another list after an edit or a reset.
    open_app(page, app_url)
    open_view(page, "Lexicons")
    picker = page.get_by_role("combobox", name="Lexicon")
    picker.click()
    page.get_by_role("option", name="loaded", exact=True).click()
    # The form is keyed by the list: wait for the new one, or the term goes into the old form.
    form = page.locator("[data-testid=stForm]").filter(has_text="Add a term to loaded")
    form.wait_for(timeout=30_000)
    wait_idle(page)
    form.get_by_role("textbox", name="term", exact=True).fill("peace dividend")
    form.get_by_role("button", name="Add term").click()
    page.get_by_text("terms, edited here").wait_for(timeout=30_000)
    wait_idle(page)
    assert picker.input_value() == "loaded"
    page.get_by_role("button", name="Back to the bundled list").click()
    page.get_by_text("terms, as bundled").wait_for(timeout=30_000)
    wait_idle(page)
    assert picker.input_value() == "loaded"
    no_exception(page)


def test_text_typed_for_a_paste_is_kept_when_the_user_clicks_elsewhere(page, app_url):
    open_app(page, app_url)
    text = "Officials said the talks may resume. Critics called the plan a sham."
    page.get_by_test_id("stSidebar").get_by_text("Paste an article").click()
    page.get_by_label("Article text").fill(text)
    page.get_by_label("Title (optional)").press_sequentially("Talks")
    page.keyboard.press("Escape")  # away from the box, before adding it
    wait_idle(page)
    box = page.get_by_label("Article text")
    if not box.is_visible():
        page.get_by_test_id("stSidebar").get_by_text("Paste an article").click()
    assert box.input_value() == text and page.get_by_label("Title (optional)").input_value() == "Talks"
    no_exception(page)


def test_the_sidebar_can_be_closed_from_the_keyboard(page, app_url):
    # On a 1,024 px projector the open sidebar leaves the charts too narrow; its collapse button
    # showed only under the mouse, so Tab never reached it.
    page.set_viewport_size({"width": 1024, "height": 768})
    open_app(page, app_url)
    sidebar = page.locator("[data-testid=stSidebar]")
    wide_before = sidebar.bounding_box()["width"]
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('[data-testid=stSidebarCollapseButton]')"):
            break
    else:
        pytest.fail("Tab never reached the sidebar's collapse button")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('[data-testid=stSidebar]').getBoundingClientRect().right <= 1",
                           timeout=10_000)
    assert wide_before > 200


#: Top and bottom on the page of a chart's title, legend, first panel title (if any) and plot area.
CHART_BOXES = """plot => {
  const box = selector => {
    const found = plot.querySelector(selector);
    if (!found) return null;
    const r = found.getBoundingClientRect();
    return [r.top, r.bottom];
  };
  return {title: box('.gtitle'), legend: box('.legend'), panel: box('.annotation'),
          plot: box('.draglayer .nsewdrag')};
}"""


def test_legends_wrapped_on_a_narrow_screen_stay_between_the_title_and_the_plot(page, app_url):
    # At 1,024 px with the sidebar open the legends wrap onto several rows; they used to climb
    # over the chart's title.
    page.set_viewport_size({"width": 1024, "height": 768})
    open_app(page, app_url)
    for view in ("Overview", "Loaded language and word choice"):
        if view != "Overview":
            open_view(page, view)
        plot = page.locator("[data-testid=stMain] .js-plotly-plot").first
        plot.scroll_into_view_if_needed()
        page.wait_for_timeout(500)
        screenshot(page, f"narrow-{view.split()[0].lower()}")
        boxes = plot.evaluate(CHART_BOXES)
        stack = [boxes["title"], boxes["legend"]] + ([boxes["panel"]] if boxes["panel"] else []) + [boxes["plot"]]
        assert boxes["legend"][1] - boxes["legend"][0] > 40, (view, "expected the legend to wrap at this width")
        for upper, lower in zip(stack, stack[1:]):
            assert upper[1] <= lower[0] + 1, (view, boxes)


BAR_FIGURES = """plot => [...plot.querySelectorAll('text.bartext')].map(text => {
  const r = text.getBoundingClientRect();
  return [text.textContent, r.left, r.right, r.top, r.bottom];
})"""


def test_the_figures_over_the_source_bars_do_not_run_together_at_1024_px(page, app_url):
    # With the sidebar open at 1,024 px, "55%" over one bar ran 9 px into "49%" over the next.
    page.set_viewport_size({"width": 1024, "height": 768})
    open_app(page, app_url)
    open_view(page, "Sources and attribution")
    figures = page.locator("[data-testid=stMain] .js-plotly-plot").first.evaluate(BAR_FIGURES)
    assert len(figures) == 16
    for i, (text, left, right, top, bottom) in enumerate(figures):
        for other, left2, right2, top2, bottom2 in figures[i + 1:]:
            side_by_side = min(bottom, bottom2) > max(top, top2)
            assert not side_by_side or left2 >= right + 1 or left >= right2 + 1, (text, other)


def test_the_method_tables_fit_the_page_at_1280_px(page, app_url):
    # The accuracy table ran 10 px past the page, cutting its "met" column, with the sidebar open.
    open_app(page, app_url)
    open_view(page, "Method")
    widths = page.evaluate("[...document.querySelectorAll('[data-testid=stMain] table')]"
                           ".map(table => [table.scrollWidth, table.parentElement.clientWidth])")
    assert len(widths) >= 2 and all(inner <= outer for inner, outer in widths), widths


def test_article_boxes_side_by_side_start_level(page, app_url):
    # A heading of one line beside one of two started the boxes a line apart.
    open_app(page, app_url)
    open_view(page, "Read the articles")
    picker = page.locator("[data-testid=stMultiSelect]").filter(has_text="Articles side by side")
    for outlet in ("RT", "RES-MPE"):  # the second row: RT's short heading beside RES-MPE's long one
        picker.locator("input").fill(outlet)
        page.keyboard.press("Enter")
        wait_idle(page)
    page.wait_for_function("document.querySelectorAll('.fr-article').length === 4", timeout=30_000)
    wait_idle(page)
    boxes = page.evaluate("[...document.querySelectorAll('.fr-article')].map(box => box.getBoundingClientRect().top)")
    assert abs(boxes[0] - boxes[1]) <= 1 and abs(boxes[2] - boxes[3]) <= 1, boxes
    headings = page.evaluate("[...document.querySelectorAll('.fr-heading')].map(h => h.textContent)")
    assert headings[2].startswith("RT") and headings[3].startswith("RES-MPE"), headings


def test_the_reader_shows_its_articles_within_a_projectors_first_screen(page, app_url):
    # A picker of its own for the marks put the boxes 553 px down at 1,280 x 720, under a
    # legend row: the picker now opens from a button on the legend's row.
    open_app(page, app_url)
    open_view(page, "Read the articles")
    page.wait_for_selector(".fr-article")
    wait_idle(page)
    # Measured in one go: the page is still settling while the boxes are drawn.
    button, legend, first_box = page.evaluate("""() => {
      const span = el => { const r = el.getBoundingClientRect(); return [r.top, r.bottom]; };
      const button = [...document.querySelectorAll('button')].find(b => b.innerText.startsWith('Highlight: all'));
      return [span(button), span(document.querySelector('.fr-legend')),
              document.querySelector('.fr-article').getBoundingClientRect().top];
    }""")
    assert button[0] < legend[1] and legend[0] < button[1], (button, legend)  # one row
    assert first_box < 500, first_box
    page.get_by_role("button", name="Highlight: all").click()
    page.get_by_role("button", name="Remove Quotation").click()
    wait_idle(page)
    page.get_by_role("button", name="Highlight: 6 of 7").wait_for(timeout=30_000)
    assert "Quotation" not in page.locator(".fr-legend").first.inner_text()


def test_the_reader_reached_by_the_keyboard_keeps_the_focus_in_its_articles(page, app_url):
    _open_the_term_finder(page, app_url).locator("input").fill("could")
    page.keyboard.press("Enter")
    wait_idle(page)
    page.get_by_role("button", name="Read these sentences in their articles").focus()
    page.keyboard.press("Enter")
    _wait_for_the_reader(page)
    # The button pressed is gone with its view; focus went back to the page's start before.
    page.wait_for_function("document.activeElement && document.activeElement.classList.contains('fr-article')",
                           timeout=10_000)
