"""Every surface at its real size: the score and the primary actions in view without scrolling on
every test page (large real-structure pages included), axe-core in light and dark, a keyboard
walk, and the click-to-results time (printed, not asserted)."""

from __future__ import annotations

import uuid

import pytest

from tests.browser.conftest import JOB_PAGES, LARGE_PAGES, axe_violations, in_view, shot
from tests.browser.test_extension import open_listing, options_page, panel, popup, set_up_profile

PAGES = [*JOB_PAGES, *LARGE_PAGES]
PRIMARY = ("#score-box", "#save", "#download-docx", "#highlight")


def results_ms(page) -> float:
    """Milliseconds from the page's start (the click that opened it) to the results drawn."""
    return page.evaluate("performance.getEntriesByName('credstack:results')[0].startTime")


def test_score_and_actions_in_view_on_every_page(browser, live_server, job_site, tmp_path):
    set_up_profile(browser, live_server, tmp_path).close()
    for name in PAGES:
        # a query the server keeps (not a tracking parameter): a URL never analysed before
        listing, tab_id = open_listing(browser, f"{job_site}/{name}?run={uuid.uuid4().hex[:8]}")
        view = popup(browser, tab_id)
        view.locator("#score").wait_for(timeout=60000)
        for selector in PRIMARY:
            assert in_view(view, selector), f"{name}: {selector} is below the popup's fold"
        assert view.evaluate("document.scrollingElement.scrollTop") == 0
        # a long list of skills scrolls under the header; the score and actions stay
        # the popup's body scrolls in Chrome's popup frame; opened as a tab, the page may scroll instead
        scrolled = view.evaluate("""() => {
            for (const e of [document.body, document.scrollingElement]) e.scrollTop = e.scrollHeight;
            return Math.max(document.body.scrollTop, document.scrollingElement.scrollTop);
        }""")
        if scrolled > 0:
            for selector in PRIMARY:
                assert in_view(view, selector), f"{name}: {selector} scrolled away in the popup"
        if name == "platform.html":
            shot(view, "popup-large-page")
        view.close()

        side = panel(browser, f"tab={tab_id}")
        side.locator("#score").wait_for(timeout=60000)
        for selector in PRIMARY:
            assert in_view(side, selector), f"{name}: {selector} is below the side panel's fold"
        # scrolled to the end (credentials, tracker), the header with score and actions stays
        side.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        assert side.evaluate("window.scrollY") > 0, f"{name}: the panel is expected to scroll"
        for selector in PRIMARY:
            assert in_view(side, selector), f"{name}: {selector} scrolled away in the side panel"
        if name == "platform.html":
            side.evaluate("window.scrollTo(0, 0)")
            shot(side, "panel-large-page")
        side.close()
        listing.close()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def test_click_to_results_time(browser, live_server, job_site, tmp_path):
    """Click to results in the popup, on every test page twice (each time a URL never analysed):
    p50/p90 printed with where the wait went, and the reopened (cached) popup beside it."""
    set_up_profile(browser, live_server, tmp_path).close()
    cold, warm, parts = [], [], []
    for _round in range(2):
        for name in PAGES:
            # a query the server keeps (not a tracking parameter): a URL never analysed before
            listing, tab_id = open_listing(browser, f"{job_site}/{name}?run={uuid.uuid4().hex[:8]}")
            view = popup(browser, tab_id)
            view.locator("#score").wait_for(timeout=60000)
            cold.append(results_ms(view))
            parts.append(view.evaluate("""async (tab) => {
                const at = (name) => (performance.getEntriesByName(name)[0] || {startTime: null}).startTime;
                const answer = await chrome.runtime.sendMessage({type: 'tab.analyze', tabId: tab});
                const t = answer.value.timing;
                return {...t, early: at('credstack:early'), early_tab: at('credstack:early-tab'), worker_asked_ms: t.asked_at - performance.timeOrigin,
                        worker_done_ms: t.answered_at - performance.timeOrigin, asked_ms: at('credstack:asked'),
                        answer_ms: at('credstack:answered') - at('credstack:asked'),
                        draw_ms: at('credstack:results') - at('credstack:answered')};
            }""", tab_id))
            view.close()
            again = popup(browser, tab_id)  # reopened: the worker's cache answers
            again.locator("#score").wait_for(timeout=60000)
            warm.append(results_ms(again))
            again.close()
            listing.close()

    def spread(values, unit="ms", scale=1.0):
        values = [v for v in values if v is not None]
        if not values:
            return "not measured"
        return (f"p50 {percentile(values, .5) / scale:.0f} {unit}, p90 {percentile(values, .9) / scale:.0f} {unit} "
                f"(min {min(values) / scale:.0f}, max {max(values) / scale:.0f})")

    print(f"\nclick-to-results over {len(cold)} first analyses: {spread(cold)}; target p50 <= 400 ms")
    print(f"  reopened, cached: {spread(warm)}")
    for key, label in (("early", "early.js runs"), ("early_tab", "early.js has the tab"), ("worker_asked_ms", "popup opened to the worker asked (early.js)"),
                       ("asked_ms", "popup opened to analysis asked by the page's modules"),
                       ("answer_ms", "asked to answered"), ("worker_done_ms", "popup opened to the worker done"),
                       ("lookup_ms", "  worker: tab and cache"), ("capture_ms", "  worker: reading the page"),
                       ("server_ms", "  worker: the server's answer"), ("draw_ms", "answered to drawn")):
        print(f"  {label}: {spread([p.get(key) for p in parts])}")
    print(f"  page sent: {spread([p['bytes'] for p in parts], 'KB', 1024)}")


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_no_serious_accessibility_violations(browser, live_server, job_site, tmp_path, dark):
    set_up_profile(browser, live_server, tmp_path).close()
    listing, tab_id = open_listing(browser, f"{job_site}/sre.html")
    context, extension_id, _ = browser
    mode = "dark" if dark else "light"
    found = {}

    view = popup(browser, tab_id, dark=dark)
    view.locator("#score").wait_for(timeout=60000)
    view.locator(".chips .chip").first.click()  # an explanation open
    found["popup"] = axe_violations(view)
    shot(view, f"popup-{mode}")

    side = panel(browser, f"tab={tab_id}", dark=dark)
    side.locator("#score").wait_for(timeout=60000)
    side.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    side.locator("#list-tabs").click()
    side.locator("#job-tabs, #all-body .sub").first.wait_for()
    found["side panel"] = axe_violations(side)
    shot(side, f"panel-{mode}")
    side.locator("#creds-section").scroll_into_view_if_needed()
    shot(side, f"panel-{mode}-view", full_page=False)

    options = options_page(browser)
    if dark:
        options.emulate_media(color_scheme="dark")
    options.locator("#signed-in").wait_for(state="visible")
    options.locator("#tracker select").first.wait_for()
    found["options"] = axe_violations(options)
    shot(options, f"options-{mode}")

    onboarding = context.new_page()
    if dark:
        onboarding.emulate_media(color_scheme="dark")
    onboarding.goto(f"chrome-extension://{extension_id}/onboarding.html")
    found["onboarding"] = axe_violations(onboarding)

    news, news_tab = open_listing(browser, f"{job_site}/news.html")
    error = popup(browser, news_tab, dark=dark)
    error.locator("[data-error]").wait_for(timeout=60000)
    found["popup, no posting"] = axe_violations(error)

    assert {k: v for k, v in found.items() if v} == {}
    for page in (view, side, options, onboarding, error, news, listing):
        page.close()


def focus_walk(page, presses: int) -> list[str]:
    """Press Tab ``presses`` times; what each press focused (id, or tag and text)."""
    seen = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        seen.append(page.evaluate("""() => {
            const el = document.activeElement;
            return el.id ? '#' + el.id : el.tagName.toLowerCase() + ':' + (el.textContent || '').trim().slice(0, 40);
        }"""))
    return seen


def test_keyboard_reaches_every_action(browser, live_server, job_site, tmp_path):
    set_up_profile(browser, live_server, tmp_path).close()
    listing, tab_id = open_listing(browser, f"{job_site}/data-scientist.html")
    view = popup(browser, tab_id)
    view.locator("#score").wait_for(timeout=60000)
    walk = focus_walk(view, 12)
    for target in ("#analyze-all", "#open-options", "#save", "#download-docx", "#highlight", "#open-panel"):
        assert target in walk, walk
    # the actions come before the chips, in reading order
    assert walk.index("#save") < walk.index("#download-docx") < walk.index("#highlight") < walk.index("#open-panel")
    chip = next(i for i, f in enumerate(walk) if f.startswith("button:") and "#open-panel" in walk[:i])
    assert chip > walk.index("#open-panel")
    # Enter on a chip opens its explanation; Enter again closes it
    view.keyboard.press("Shift+Tab")
    for _ in range(walk.index("#open-panel"), chip):
        view.keyboard.press("Tab")
    focused = view.evaluate("document.activeElement.dataset.skill")
    view.keyboard.press("Enter")
    assert view.is_visible("#explain") and focused in view.inner_text("#explain")
    assert view.evaluate("document.activeElement.getAttribute('aria-expanded')") == "true"
    view.keyboard.press("Enter")
    assert not view.is_visible("#explain")
    view.close()

    side = panel(browser, f"tab={tab_id}")
    side.locator("#score").wait_for(timeout=60000)
    walk = focus_walk(side, 80)
    for target in ("#refresh", "#open-options", "#save", "#download-docx", "#highlight"):
        assert target in walk, walk
    for section in ("Skills", "Credentials that fill the gaps", "Tailored resume", "Tracker", "Analyze all job tabs"):
        assert any(f.startswith("summary:" + section) for f in walk), (section, walk)
    # a collapsed section opens from the keyboard
    side.locator("#resume-section > summary").focus()
    side.keyboard.press("Enter")
    assert side.evaluate("document.getElementById('resume-section').open")
    side.close()
    listing.close()
