"""The unpacked extension in a real Chromium (Debian's /usr/bin/chromium, driven by Playwright),
talking to a real ``credstack serve`` on loopback, on job pages served by a local HTTP server.

Screenshots land in tests/artifacts/browser/ (not committed) to be looked at."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from tests.browser.pages import application_form_page, large_page
from tests.reliability.server import Server

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
PAGES = ROOT / "tests" / "postings" / "pages"
ARTIFACTS = ROOT / "tests" / "artifacts" / "browser"
CHROMIUM = "/usr/bin/chromium"

# real listings from the parser's fixtures, served as a site would serve them
JOB_PAGES = {
    "data-engineer.html": PAGES / "careerbuilder" / "job.html",
    "data-scientist.html": PAGES / "ashby" / "job_full.html",
    "sre.html": PAGES / "greenhouse" / "job_boards_new.html",
}
NOT_A_JOB = PAGES / "generic" / "news_article.html"
# large pages with a real site's bulk around the listing (tests/browser/pages.py), 160 KB+ each
LARGE_PAGES = ("platform.html", "analyst.html", "backend.html")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
POPUP_SIZE = {"width": 420, "height": 600}  # Chrome caps popups at 800x600; ours is 420 wide
PANEL_SIZE = {"width": 360, "height": 640}  # Chrome's side panel opens about 360 px wide


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.browser)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="session")
def job_site(tmp_path_factory):
    """Base URL of a local web server holding three job pages and a news article (not a job)."""
    root = tmp_path_factory.mktemp("site")
    for name, source in JOB_PAGES.items():
        shutil.copy(source, root / name)
    shutil.copy(NOT_A_JOB, root / "news.html")
    for name in LARGE_PAGES:
        (root / name).write_text(large_page(name.removesuffix(".html")), encoding="utf-8")
    (root / "apply.html").write_text(application_form_page(), encoding="utf-8")
    # a page whose text carries markup: the popup must show it as text, never run it
    (root / "hostile.html").write_text(
        "<html><head><title>Hostile</title></head><body><main>"
        "<h1>Data Analyst &lt;img src=x onerror=&quot;window.pwned=1&quot;&gt;</h1>"
        "<p>Acme &lt;script&gt;window.pwned=2&lt;/script&gt; · Austin, TX</p>"
        "<h2>Requirements</h2><ul><li>3+ years of SQL and Python</li><li>Tableau dashboards</li></ul>"
        "</main></body></html>", encoding="utf-8")
    # a care job asking for a driving licence: a condition of being hired, shown apart from the skills
    (root / "driver.html").write_text(
        "<html><head><meta charset=\"utf-8\"><title>Home Care Nurse</title></head><body><main>"
        "<h1>Home Care Nurse</h1><p>Acme Care · Leeds, UK</p>"
        "<h2>Requirements</h2><ul><li>NMC registration</li><li>Experience in wound care and medication "
        "administration</li><li>Full UK driving licence and access to a car</li></ul>"
        "</main></body></html>", encoding="utf-8")
    # a listing in a language the server does not read (Dutch): said so above its few chips
    (root / "dutch.html").write_text(
        "<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Stagiair Online marketing</title></head><body>"
        "<main><h1>Stagiair Online marketing</h1><p>Webbureau · Utrecht · Stage</p><h2>Wat ga je doen?</h2>"
        "<p>Wij zoeken een enthousiaste stagiair voor ons team. Je werkt mee aan online marketing campagnes en je "
        "helpt bij het beheer van onze websites. Ook denk je mee over de strategie van onze klanten.</p>"
        "<h2>Wat vragen wij?</h2><ul><li>Je volgt een hbo-opleiding in marketing of communicatie</li>"
        "<li>Je bent beschikbaar voor minimaal vier dagen per week</li><li>Je wordt begeleid door een ervaren "
        "collega</li></ul></main></body></html>", encoding="utf-8")
    # a skill whose name is wider than the side panel: it wraps inside its chip
    (root / "electrician.html").write_text(
        "<html><head><meta charset=\"utf-8\"><title>Qualified Electrician</title></head><body><main>"
        "<h1>Qualified Electrician</h1><p>Sparks Ltd · Leeds, UK</p><h2>Requirements</h2><ul>"
        "<li>C&amp;G 2382 (preferable but not essential)</li>"
        "<li>Experience of electrical installation, fault finding and testing</li>"
        "<li>Full UK driving licence</li></ul></main></body></html>", encoding="utf-8")
    handler = functools.partial(_QuietHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    """A real ``credstack serve`` (waitress, SQLite, the bundled model preloaded)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (scripts/system-deps.sh does)")
    server = Server(tmp_path_factory.mktemp("browser-server") / "instance", preload=True)
    server.start(timeout=180)
    server.user_token = server.token("jane")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    """A persistent Chromium context with the unpacked extension loaded; yields (context, extension id)."""
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, accept_downloads=True,
            viewport={"width": 1100, "height": 900},
            args=[f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}", "--no-sandbox",
                  "--disable-features=DisableLoadExtensionCommandLineSwitch", "--disable-gpu"],
        )
        worker = context.service_workers[0] if context.service_workers else context.wait_for_event(
            "serviceworker", timeout=30000)
        extension_id = worker.url.split("/")[2]
        yield context, extension_id, worker
        context.close()


def shot(page, name: str, full_page: bool = True) -> Path:
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def axe_violations(page, impacts=("serious", "critical")) -> list[dict]:
    """Run axe-core (npm's, installed by scripts/test.sh) on the page; the serious/critical violations."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm install` at the repository root (scripts/test.sh does)")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))  # evaluated over DevTools: the page's CSP allows it
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
    }""")
    return [v for v in result if v["impact"] in impacts]


def in_view(page, selector: str) -> bool:
    """Whether the element is wholly inside the viewport as it stands (no scrolling)."""
    return page.evaluate("""(sel) => {
        const el = document.querySelector(sel);
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 &&
               r.bottom <= window.innerHeight && r.right <= window.innerWidth;
    }""", selector)

