"""The web app in a real browser: Playwright drives Debian's Chromium (installed by the test
set-up as for the report's browser test) against ``chronica serve``'s app on a free local port.

Search shows the cited sentence and opens it in its document; ask and check show the sentences
for and against; the crafted article's ``<script>`` and ``onerror`` show as text and never run;
the pages work with the keyboard alone. A screenshot of every page is kept in
$CHRONICA_SCREENSHOT_DIR (default: the temporary folder) as chronica-web-*.png.
"""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest
from test_chronicle_data import needs_minilm
from test_report_browser import chromium  # noqa: F401 - the fixture that installs Chromium

playwright = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the test extra)")
uvicorn = pytest.importorskip("uvicorn")

pytestmark = needs_minilm

ARTIFACTS = Path(os.environ.get("CHRONICA_SCREENSHOT_DIR") or tempfile.gettempdir())
#: the flags the project's browser tests run Chromium with (no network, no first-run work)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(web_db):
    from chronica.web import create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(web_db), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("the web app did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(chromium):  # noqa: F811
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    pg.dialogs = []  # any alert() would land here
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.console_errors = []  # a resource that failed to load (a missing icon, a refused style)
    pg.on("console", lambda m: pg.console_errors.append(m.text) if m.type == "error" else None)
    yield pg
    context.close()


def _shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"chronica-web-{name}.png"), full_page=True)


def test_web_browser_search_shows_and_opens_the_cited_sentence(server, page):
    page.goto(server + "/")
    page.fill("#q", "nationalisation of the canal company")
    page.press("#q", "Enter")
    page.wait_for_selector("ol.hits")
    hits = page.locator("ol.hits blockquote")
    assert hits.count() >= 1
    assert "nationalised the Suez Canal Company" in page.locator("ol.hits").inner_text()
    _shot(page, "search")
    link = page.locator("ol.hits blockquote", has_text="nationalised the Suez Canal Company").first.locator("a")
    link.click()
    page.wait_for_selector("article.text")
    target = "".join(page.locator("mark.target").all_inner_texts())  # cut by actor mentions
    assert "nationalised the Suez Canal Company" in target
    _shot(page, "document")


def test_web_browser_ask_shows_both_sides(server, page):
    page.goto(server + "/?mode=ask&q=" + "When did Nasser die?".replace(" ", "+").replace("?", "%3F"))
    assert "disputed" in page.locator(".verdict").inner_text()
    sides = page.locator(".sides section.side")
    assert sides.count() == 2
    text = page.locator(".sides").inner_text()
    assert "died in 1970" in text and "died in 1971" in text
    _shot(page, "ask")


def test_web_browser_check_shows_for_and_against(server, page):
    page.goto(server + "/")
    page.fill("#q", "Nasser died in 1970.")
    page.check("input[name=mode][value=check]")
    page.click("button[type=submit]")
    page.wait_for_selector(".verdict")
    assert "disputed" in page.locator(".verdict").inner_text()
    assert "died in 1970" in page.locator("section.side-for").inner_text()
    assert "died in 1971" in page.locator("section.side-against").inner_text()
    _shot(page, "check")


def test_web_browser_crafted_article_shows_as_text(server, page):
    page.goto(server + "/?mode=search&q=Aldorian+ministry+border")
    page.wait_for_selector("ol.hits")
    assert 'onerror="document.title' in page.locator("ol.hits").inner_text()
    assert page.locator("main img").count() == 0
    page.goto(server + "/documents")
    page.locator("tr", has_text="Aldorian ministry").locator("a").click()
    page.wait_for_selector("article.text")
    body = page.locator("article.text").inner_text()
    assert "<script>document.title='pwned';alert(1)</script>" in body
    assert "<script>" in page.locator("h1").inner_text()
    assert page.locator("main script").count() == 0
    page.wait_for_timeout(300)
    assert page.title() != "pwned" and "<script>" in page.title()  # shown, never run
    assert page.dialogs == [] and page.errors == []
    _shot(page, "crafted")


def _focus_reaches(page, script: str) -> bool:
    """Whether the focus gets where ``script`` (a JavaScript condition) says within 5 s. The
    browser moves it in a task of its own — autofocus at the next rendering after load, a
    fragment link's target after the key's events return — so checking at once raced it."""
    try:
        page.wait_for_function(script, timeout=5000)
    except playwright.TimeoutError:
        return False
    return True


def test_web_browser_keyboard_only(server, page):
    page.goto(server + "/")
    assert _focus_reaches(page, "document.activeElement && document.activeElement.id === 'q'")  # the box
    page.keyboard.type("When did Nasser nationalise the canal?")
    page.keyboard.press("Tab")  # to the mode radios
    page.keyboard.press("ArrowRight")  # search -> ask
    page.keyboard.press("Enter")
    page.wait_for_selector(".verdict")
    assert "26 July 1956" in page.locator(".verdict").inner_text()
    # tab through the page to the first citation and follow it with Enter
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('blockquote.cite') !== null"):
            break
    else:
        pytest.fail("no citation link is reachable with Tab")
    page.keyboard.press("Enter")
    page.wait_for_selector("article.text")
    page.wait_for_load_state("load")
    assert page.locator("mark.target").count() >= 1
    # the skip link is the first stop and moves the focus to the content
    page.keyboard.press("Tab")
    assert _focus_reaches(page, "document.activeElement && document.activeElement.className === 'skip'")
    page.keyboard.press("Enter")
    assert _focus_reaches(page, "document.activeElement && document.activeElement.id === 'main'")


@pytest.mark.parametrize("name, path, selector", [
    ("home", "/", "h1"),
    ("timeline", "/timeline?type=ASSAULT", "ol.timeline"),
    ("disagreements", "/disagreements", "section.disagreement"),
    ("barometer", "/barometer?a=GBR&b=EGY", "figure.plot svg"),
    ("graph", "/graph", "figure.plot svg"),
    ("documents", "/documents", "table.docs"),
    ("api", "/docs", "section.endpoint"),
])
def test_web_browser_pages_render(server, page, name, path, selector):
    page.goto(server + path)
    page.wait_for_selector(selector)
    page.wait_for_load_state("load")
    assert page.errors == [] and page.console_errors == []
    # nothing wider than the window (no clipped text to scroll sideways for)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    _shot(page, name)


def test_web_browser_timeline_filters(server, page):
    """The timeline's form filters by actor, type and date range; every entry left fits all three."""
    page.goto(server + "/timeline")
    total = page.locator("ol.timeline > li").count()
    page.fill("input[name=actor]", "Nasser")
    page.select_option("select[name=type]", "OTHER")
    page.fill("input[name=from]", "1956")
    page.fill("input[name=to]", "1956-12")
    page.press("input[name=to]", "Enter")
    page.wait_for_url("**/timeline?*")
    entries = page.locator("ol.timeline > li")
    assert 0 < entries.count() < total
    for text in entries.all_inner_texts():
        assert "OTHER" in text and "1956" in text
    assert "nationalises" in page.locator("ol.timeline").inner_text()
    assert page.locator("input[name=actor]").input_value() == "Nasser"  # the form keeps the filters


def test_web_browser_barometer_dot_opens_its_events(server, page):
    """A dot of the plot, clicked or reached with Tab and Enter, brings its events into view."""
    page.goto(server + "/barometer?a=GBR&b=EGY&resolution=month")
    dots = page.locator("figure.plot svg a")
    assert dots.count() >= 1
    last = dots.nth(dots.count() - 1)
    anchor = last.get_attribute("href")
    last.click()
    page.wait_for_url("**" + anchor)
    entry = page.locator(f"li{anchor}")
    assert entry.is_visible() and entry.locator("a[href^='/timeline#e']").count() >= 1
    assert page.evaluate(f"document.querySelector('{anchor}').matches(':target')")
    # the keyboard reaches the first dot from the form's button, and Enter follows it
    page.goto(server + "/barometer?a=GBR&b=EGY&resolution=month")
    page.focus("form.filters button")
    page.keyboard.press("Tab")
    while page.evaluate("document.activeElement.closest('figure.plot') === null"):
        page.keyboard.press("Tab")  # past the busiest pairs' links
    first = dots.first.get_attribute("href")
    page.keyboard.press("Enter")
    page.wait_for_url("**" + first)
    _shot(page, "barometer-point")


def test_web_browser_graph_actor_opens_its_timeline(server, page):
    page.goto(server + "/graph")
    page.locator("figure.plot svg a", has_text="Egypt").first.click()
    page.wait_for_url("**/timeline?actor=*")
    assert page.locator("input[name=actor]").input_value() == "EGY"
    assert "nationalises" in page.locator("ol.timeline").inner_text()


def test_web_browser_timeline_entry_opens_its_citations(server, page):
    page.goto(server + "/timeline")
    entry = page.locator("ol.timeline li", has_text="nationalises").first
    entry.locator("summary").focus()
    page.keyboard.press("Enter")  # <details> opens with the keyboard
    assert entry.locator("blockquote.cite").first.is_visible()
    entry.locator("blockquote.cite a").first.click()
    page.wait_for_selector("mark.target")
