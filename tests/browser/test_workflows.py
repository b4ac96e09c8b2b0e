"""Whole tasks as a job seeker does them: the side panel following the tabs, "Analyze all job tabs"
with a duplicate tab, the tracker (side panel and options page), onboarding from the first run, an
unchanged tailored resume said plainly, an application form, the expiry reminder dismissed."""

from __future__ import annotations

import csv
import io
import json
import re
import time
import urllib.request
import zipfile
from datetime import date

from docx import Document
from playwright.sync_api import expect

from tests.browser.conftest import in_view, shot
from tests.browser.test_extension import (
    CERT,
    base_resume,
    configure,
    open_listing,
    options_page,
    panel,
    popup,
    set_up_profile,
)


def call(server, token: str, path: str, method: str = "GET", body: dict | None = None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(server.base + path, data=data, method=method, headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as response:
        raw = response.read()
        return json.loads(raw) if raw and response.headers.get_content_type() == "application/json" else raw


def connect_as(browser, server, user: str) -> str:
    """The extension connected to the live server as a user of its own; that user's token."""
    token = server.token(user)
    page = options_page(browser)
    assert f"Connected as {user}" in configure(page, server.base.removesuffix("/api/v1"), token)
    page.close()
    return token


def tab_in_window(worker, window_id: int, url: str, active: bool = False) -> int:
    """A tab opened by the extension itself in ``window_id`` (so all the tabs share one window)."""
    tab_id = worker.evaluate("async ([w, u, a]) => (await chrome.tabs.create({windowId: w, url: u, active: a})).id",
                             [window_id, url, active])
    for _ in range(100):
        if worker.evaluate("async (id) => (await chrome.tabs.get(id)).status", tab_id) == "complete":
            return tab_id
        time.sleep(0.1)
    raise AssertionError(f"{url} did not load")


def window_of(worker, tab_id: int) -> int:
    return worker.evaluate("async (id) => (await chrome.tabs.get(id)).windowId", tab_id)


def test_side_panel_follows_a_tab_switch(browser, live_server, job_site, tmp_path):
    _, _, worker = browser
    set_up_profile(browser, live_server, tmp_path).close()
    first, first_tab = open_listing(browser, f"{job_site}/data-engineer.html")
    window_id = window_of(worker, first_tab)
    second_tab = tab_in_window(worker, window_id, f"{job_site}/data-scientist.html")
    side = panel(browser, f"window={window_id}")
    worker.evaluate("async (id) => chrome.tabs.update(id, {active: true})", first_tab)
    expect(side.locator("#title")).to_have_text("Senior Data Engineer", timeout=60000)
    worker.evaluate("async (id) => chrome.tabs.update(id, {active: true})", second_tab)
    expect(side.locator("#title")).to_have_text("Founding Data Scientist", timeout=60000)
    # the same tab moving to another listing is followed too
    worker.evaluate("async ([id, u]) => chrome.tabs.update(id, {url: u})", [second_tab, f"{job_site}/sre.html"])
    expect(side.locator("#title")).to_have_text("Site Reliability Engineer", timeout=60000)
    # back to the first tab: its analysis comes from the cache, at once
    worker.evaluate("async (id) => chrome.tabs.update(id, {active: true})", first_tab)
    expect(side.locator("#title")).to_have_text("Senior Data Engineer", timeout=5000)
    worker.evaluate("async (id) => chrome.tabs.remove(id)", second_tab)
    side.close()
    first.close()


def test_analyze_all_merges_duplicate_tabs_and_marks_saved_ones(browser, live_server, job_site, tmp_path):
    _, _, worker = browser
    token = connect_as(browser, live_server, "shopper")
    news, news_tab = open_listing(browser, f"{job_site}/news.html")
    window_id = window_of(worker, news_tab)
    opened = [tab_in_window(worker, window_id, f"{job_site}/{name}") for name in (
        "data-engineer.html", "data-scientist.html", "sre.html", "data-engineer.html?utm_source=newsletter")]
    view = popup(browser, news_tab)
    view.locator("[data-error=no_posting]").wait_for(timeout=60000)
    view.click("text=Analyze all job tabs")
    view.locator("#job-tabs").wait_for(timeout=30000)
    items = view.locator("#job-tabs li.job")
    assert items.count() == 4, view.inner_text("#job-tabs")  # 5 tabs, one listing open twice
    engineer = view.locator("#job-tabs li.job", has_text="Senior Data Engineer")
    assert "2 tabs" in engineer.inner_text()
    assert all(box.is_checked() for box in view.locator("#job-tabs input[type=checkbox]").all())
    shot(view, "popup-checklist")
    view.click("#analyze-checked")
    expect(view.locator("#all-summary")).to_have_text(
        "Saved 3 of 4 listings; skipped 1 without a job posting.", timeout=120000)
    states = view.eval_on_selector_all("#job-tabs .progress", "els => els.map(e => e.dataset.state)")
    assert sorted(states) == ["not_posting", "saved", "saved", "saved"]
    view.locator("svg.chart g.bar").first.wait_for()
    values = [int(v.split(" of ")[0]) for v in view.eval_on_selector_all(
        "svg.chart .bar-value", "els => els.map(e => e.textContent)")]
    assert values and values == sorted(values, reverse=True)
    assert "All 3 saved listings" in view.inner_text("#shopping-window-text")
    shot(view, "popup-shopping-list")
    assert len(call(live_server, token, "/postings")) == 3

    view.click("#analyze-all")  # the checklist again: saved listings marked and left unchecked
    view.locator("#job-tabs").wait_for()
    saved = view.locator("#job-tabs li.job[data-saved=true]")
    assert saved.count() == 3 and "already saved" in saved.first.inner_text()
    assert not saved.first.locator("input").is_checked()
    for tab in opened:
        worker.evaluate("async (id) => chrome.tabs.remove(id)", tab)
    view.close()
    news.close()


def test_tracker_in_the_side_panel_and_the_options_page(browser, live_server, job_site, tmp_path):
    token = connect_as(browser, live_server, "tracker")
    listing, tab_id = open_listing(browser, f"{job_site}/sre.html")
    side = panel(browser, f"tab={tab_id}")
    side.locator("#title").wait_for(timeout=60000)
    side.click("#save")
    side.locator("#status", has_text="Saved to your tracker").wait_for(timeout=30000)
    posting_id = call(live_server, token, "/postings")[0]["id"]
    side.locator(f"#stage-{posting_id}").wait_for()
    assert side.evaluate("document.getElementById('tracker-section').open")
    side.select_option(f"#stage-{posting_id}", "interview")
    side.fill(f"#applied-{posting_id}", "2026-11-20")
    side.fill(f"#notes-{posting_id}", "Phone screen with Priya on Tuesday")
    side.click("#tracker-section .t-save")
    side.locator("#tracker-section .status", has_text="Saved.").wait_for()
    got = call(live_server, token, f"/postings/{posting_id}/tracking")
    assert (got["stage"], got["applied_on"], got["notes"]) == ("interview", "2026-11-20", "Phone screen with Priya on Tuesday")
    shot(side, "panel-tracker")
    side.locator("#tracker-section").scroll_into_view_if_needed()
    shot(side, "panel-tracker-view", full_page=False)  # as a person sees it: the header stays on top
    side.close()

    # a second listing saved from the popup
    other, other_tab = open_listing(browser, f"{job_site}/data-scientist.html")
    view = popup(browser, other_tab)
    view.locator("#title").wait_for(timeout=60000)
    view.click("#save")
    view.locator("#save", has_text="Saved").wait_for()
    view.close()

    page = options_page(browser)
    rows = page.locator("#tracker-rows .track-row")
    rows.first.wait_for(timeout=30000)
    assert rows.count() == 2
    assert page.locator(f"#tracker-rows .track-row[data-id='{posting_id}']").get_attribute("data-stage") == "interview"
    page.select_option("#tracker-stage", "interview")
    expect(page.locator("#tracker-rows .track-row")).to_have_count(1)
    page.select_option("#tracker-stage", "offer")
    expect(page.locator("#tracker-rows")).to_have_text("No listing at stage “offer”.")
    page.select_option("#tracker-stage", "")
    page.select_option("#tracker-sort", "title")
    expect(page.locator("#tracker-rows .track-row summary strong").first).to_have_text("Founding Data Scientist")
    # edited in the options page too
    row = page.locator(f"#tracker-rows .track-row[data-id='{posting_id}']")
    row.locator("summary").click()
    row.locator(".t-stage").select_option("offer")
    row.locator(".t-save").click()
    row.locator(".status", has_text="Saved.").wait_for()
    assert call(live_server, token, f"/postings/{posting_id}/tracking")["stage"] == "offer"
    with page.expect_download() as info:
        page.click("#tracker-csv")
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    table = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert {r["title"] for r in table} == {"Site Reliability Engineer", "Founding Data Scientist"}
    assert next(r for r in table if r["title"] == "Site Reliability Engineer")["stage"] == "offer"
    shot(page, "options-tracker")
    page.close()
    other.close()
    listing.close()


def test_onboarding_from_first_run_to_a_sample_listing(browser, live_server, tmp_path):
    context, extension_id, _ = browser
    token = live_server.token("newcomer")
    page = context.new_page()
    page.goto(f"chrome-extension://{extension_id}/onboarding.html")
    page.fill("#ob-server", live_server.base.removesuffix("/api/v1"))
    page.fill("#ob-token", token)
    page.click("#ob-connect")
    page.locator("#step-2").wait_for(state="visible", timeout=30000)
    assert page.is_hidden("#step-1")
    doc = Document()
    doc.add_paragraph("Sam Rivera", style="Title")
    doc.add_heading("Skills", level=1)
    doc.add_paragraph("Python, SQL, Tableau, Microsoft Excel")
    doc.add_heading("Certifications", level=1)
    doc.add_paragraph("Google Data Analytics Professional Certificate (2024)")
    doc.add_heading("Education", level=1)
    doc.add_paragraph("University of Texas at Austin")
    doc.add_paragraph("Bachelor of Science in Statistics, May 2019")
    resume = tmp_path / "sam.docx"
    doc.save(str(resume))
    page.set_input_files("#ob-resume", str(resume))
    page.locator("#ob-suggestions-add").wait_for(timeout=30000)
    suggested = page.locator("#ob-suggestions label.pick").all_inner_texts()
    assert {"Python", "SQL", "Tableau"} <= {s.strip() for s in suggested}, suggested
    degree = "Bachelor of Science in Statistics, University of Texas at Austin, 2019"  # the degree first
    assert degree in {s.strip() for s in suggested}, suggested
    shot(page, "onboarding-suggestions")
    page.click("#ob-suggestions-add")
    page.locator("#step-3").wait_for(state="visible", timeout=30000)
    profile = call(live_server, token, "/profile")
    assert {"Python", "SQL", "Tableau"} <= {s["name"] for s in profile["skills"]}
    assert profile["education"] == [degree]
    assert call(live_server, token, "/profile/resume")["filename"] == "sam.docx"
    # an export of hundreds of course completions is offered as checkboxes here too
    export = tmp_path / "export.zip"
    rows = [f"Course number {i},,Udemy,Jan 2024,," for i in range(205)] + ["CompTIA Security+,,CompTIA,Mar 2024,,"]
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("Certifications.csv", "Name,Url,Authority,Started On,Finished On,License Number\n"
                         + "\n".join(rows) + "\n")
    page.set_input_files("#ob-linkedin", str(export))
    page.locator("#ob-linkedin-suggestions-add").wait_for(timeout=30000)
    assert page.locator("#ob-linkedin-suggestions input:checked").count() == 1
    page.click("#ob-linkedin-suggestions-add")
    page.locator("#ob-linkedin-status", has_text="Added 1").wait_for()
    assert "CompTIA Security+" in [c["name"] for c in call(live_server, token, "/profile")["certifications"]]
    page.click("#ob-linkedin-next")  # LinkedIn is optional
    page.locator("#step-4").wait_for(state="visible")
    page.click("#ob-sample")
    page.locator("#ob-sample-result #score").wait_for(timeout=60000)
    assert page.inner_text("#sample-title") == "Data Analyst"
    have = page.eval_on_selector_all("#ob-sample-result .chip[data-status=have]", "els => els.map(e => e.dataset.skill)")
    assert {"SQL", "Python"} <= set(have), have
    shot(page, "onboarding-done")
    page.close()


def test_an_unchanged_tailored_resume_is_said_so(browser, live_server, job_site, tmp_path):
    token = connect_as(browser, live_server, "plain")
    call(live_server, token, "/profile", "PUT", {"name": "Jane Doe", "skills": [{"name": "Python"}], "certifications": []})
    page = options_page(browser)
    resume = tmp_path / "plain.docx"
    resume.write_bytes(base_resume())
    page.locator("#signed-in").wait_for(state="visible")
    page.set_input_files("#resume-file", str(resume))
    page.locator("#resume-status", has_text="Stored plain.docx").wait_for(timeout=30000)
    page.close()
    listing, tab_id = open_listing(browser, f"{job_site}/data-scientist.html")
    side = panel(browser, f"tab={tab_id}")
    side.locator("#title").wait_for(timeout=60000)
    side.click("#save")
    # before any download, beside the button: it would be unchanged, and why
    expect(side.locator("#resume-note")).to_have_text(re.compile(r"^Tailored resume unchanged because \S"), timeout=30000)
    side.click("#resume-section > summary")
    with side.expect_download() as info:
        side.click("#download-docx")
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    assert path.read_bytes() == resume.read_bytes()  # nothing to add: the file as uploaded
    expect(side.locator("#status")).to_contain_text("Unchanged because", timeout=30000)
    assert side.inner_text("#changes-headline").startswith("Unchanged because")
    assert "Downloaded" not in side.inner_text("#changes")
    shot(side, "panel-unchanged-resume")
    side.close()
    listing.close()


def test_with_no_resume_uploaded_the_note_says_the_download_is_a_starter(browser, live_server, job_site, tmp_path):
    # a welder who never uploaded a resume read "Tailored resume adds … with 1 certification" and got
    # a page of "Job title — Company" placeholders
    token = connect_as(browser, live_server, "noresume")
    call(live_server, token, "/profile", "PUT", {"name": "Mike Torres", "skills": [{"name": "Python"}],
                                               "certifications": [{"name": CERT, "issuer": "Amazon Web Services",
                                                                   "issued": "2025-03"}]})
    listing, tab_id = open_listing(browser, f"{job_site}/data-engineer.html")
    side = panel(browser, f"tab={tab_id}")
    side.locator("#title").wait_for(timeout=60000)
    side.click("#save")
    note = side.locator("#resume-note")
    expect(note).to_contain_text("No resume uploaded yet, so this is a starter resume built from your profile",
                                 timeout=30000)
    assert note.inner_text().startswith("Tailored resume adds")
    assert in_view(side, "#resume-note")
    shot(side, "panel-starter-resume", full_page=False)
    side.close()
    listing.close()


def test_the_tailored_resume_is_reviewed_before_any_download(browser, live_server, job_site, tmp_path):
    token = connect_as(browser, live_server, "rita")
    call(live_server, token, "/profile", "PUT", {"name": "Rita Moreno", "skills": [{"name": "Python"}, {"name": "SQL"}],
                                               "certifications": [
                                                   {"name": CERT, "issuer": "Amazon Web Services", "issued": "2025-03"},
                                                   {"name": "ServSafe Food Protection Manager Certification",
                                                    "issuer": "National Restaurant Association", "issued": "2019-05"}]})
    page = options_page(browser)
    resume = tmp_path / "rita.docx"
    resume.write_bytes(base_resume())
    page.locator("#signed-in").wait_for(state="visible")
    page.set_input_files("#resume-file", str(resume))
    page.locator("#resume-status", has_text="Stored rita.docx").wait_for(timeout=30000)
    page.close()
    listing, tab_id = open_listing(browser, f"{job_site}/data-engineer.html")
    side = panel(browser, f"tab={tab_id}")
    side.locator("#title").wait_for(timeout=60000)
    downloads = []
    side.on("download", lambda download: downloads.append(download))
    side.click("#save")
    # beside the button, in view: what the tailored resume will hold
    note = side.locator("#resume-note")
    expect(note).to_have_text(re.compile(r"^Tailored resume adds “[^”]+” with 1 certification; 1 left out\.$"), timeout=30000)
    assert in_view(side, "#resume-note")
    assert side.get_attribute("#download-docx", "aria-describedby") == "resume-note"  # read with the button
    # the section: where it goes, what is in and what is left out, and why
    side.click("#resume-section > summary")
    expect(side.locator("#changes-headline")).to_contain_text("Certifications section added as “", timeout=30000)
    lines = side.locator("#changes .change-lines li").all_inner_texts()
    assert any(line.startswith("In: " + CERT) for line in lines), lines
    assert any(line.startswith("Left out: ServSafe Food Protection Manager Certification (") for line in lines), lines
    # and a look at the first page, rendered by the server (LibreOffice and poppler, as CI installs)
    side.locator("#preview-image").wait_for(timeout=120000)
    assert side.evaluate("document.getElementById('preview-image').naturalWidth") == 720
    side.set_viewport_size({"width": 360, "height": 900})  # a side panel in a full-height window
    side.evaluate("""() => {
        const header = document.getElementById('summary'), section = document.getElementById('resume-section');
        window.scrollTo(0, section.getBoundingClientRect().top + window.scrollY - header.offsetHeight - 4);
    }""")
    shot(side, "panel-resume-review", full_page=False)
    assert downloads == []  # all of it before anything was downloaded
    side.close()
    listing.close()


def test_an_application_form_says_to_open_the_description(browser, live_server, job_site, tmp_path):
    set_up_profile(browser, live_server, tmp_path).close()
    listing, tab_id = open_listing(browser, f"{job_site}/apply.html")
    view = popup(browser, tab_id)
    view.locator("[data-error]").wait_for(timeout=60000)
    text = view.inner_text("main")
    assert "Open the job description" in text and text.count("job description") == 2, text
    assert "no job posting found in this page" not in text  # the server's words are not repeated
    view.close()
    listing.close()


def _month(offset: int) -> str:
    today = date.today()
    index = today.year * 12 + today.month - 1 + offset
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def test_expiry_reminder_dismissed_stays_dismissed(browser, live_server, job_site, tmp_path):
    token = connect_as(browser, live_server, "renewer")
    call(live_server, token, "/profile", "PUT", {"name": "Ren", "skills": [{"name": "Python"}], "certifications": [
        {"name": "Certified Kubernetes Administrator", "issued": _month(-34), "expires": _month(2), "status": "earned"}]})
    listing, tab_id = open_listing(browser, f"{job_site}/sre.html")
    view = popup(browser, tab_id)
    view.locator("#title").wait_for(timeout=60000)
    banner = view.locator(".notice.expiry")
    expect(banner).to_have_count(1)
    assert "Certified Kubernetes Administrator expires in" in banner.inner_text()
    banner.locator("button.dismiss").click()
    expect(banner).to_have_count(0)
    view.close()
    again = popup(browser, tab_id)
    again.locator("#title").wait_for(timeout=60000)
    assert again.locator(".notice.expiry").count() == 0
    again.close()
    listing.close()


def test_details_opens_the_real_side_panel_and_the_shortcut_is_set(browser, live_server, job_site, tmp_path):
    _, _, worker = browser
    set_up_profile(browser, live_server, tmp_path).close()
    listing, tab_id = open_listing(browser, f"{job_site}/sre.html")
    opened = "async () => (await chrome.runtime.getContexts({contextTypes: ['SIDE_PANEL']})).length"
    view = popup(browser, tab_id)
    view.locator("#score").wait_for(timeout=60000)
    before = worker.evaluate(opened)
    view.click("#open-panel")
    for _ in range(50):
        if worker.evaluate(opened) > before:
            break
        time.sleep(0.1)
    assert worker.evaluate(opened) == before + 1
    assert view.is_closed()  # the popup gives way to the panel
    # Chrome's own keyboard handling is out of a test's reach: the shortcut is registered
    commands = dict(worker.evaluate("async () => (await chrome.commands.getAll()).map(c => [c.name, c.shortcut])"))
    assert commands["analyze-tab"] == "Alt+Shift+K" and commands["_execute_action"] == "Alt+Shift+J"
    listing.close()
