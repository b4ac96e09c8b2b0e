"""The extension in Firefox (Debian's firefox-esr, driven over Marionette: Playwright's Firefox is a
patched build, not Debian's): it installs as a temporary add-on, its background answers, and the
core flow works against the real server: the popup analyses a listing and saves it."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import uuid

import pytest

from tests.browser.conftest import ARTIFACTS, EXTENSION
from tests.browser.test_workflows import call
from tests.reliability.server import free_port

pytestmark = pytest.mark.firefox
FIREFOX = "firefox-esr"
ADDON_ID = "credstack@credstack.local"  # browser_specific_settings.gecko.id in the manifest


class Firefox:
    """A headless Firefox with a fresh profile, Marionette on a port of its own, and the unpacked
    extension installed as a temporary add-on under a known moz-extension:// UUID."""

    def __init__(self, profile) -> None:
        from marionette_driver.marionette import Marionette

        self.port = free_port()
        self.uuid = str(uuid.uuid4())
        prefs = {"marionette.port": self.port, "extensions.webextensions.uuids": json.dumps({ADDON_ID: self.uuid}),
                 "browser.shell.checkDefaultBrowser": False, "app.update.disabledForTesting": True,
                 "datareporting.policy.dataSubmissionEnabled": False, "network.proxy.type": 0,
                 "browser.startup.homepage_override.mstone": "ignore"}
        (profile / "user.js").write_text("".join(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n"
                                                 for k, v in prefs.items()))
        self.log = open(profile.parent / "firefox.log", "wb")  # noqa: SIM115
        self.proc = subprocess.Popen([FIREFOX, "--marionette", "--remote-allow-system-access", "--headless",
                                      "--no-remote", "--profile", str(profile)], stdout=self.log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        self.client = Marionette(host="127.0.0.1", port=self.port, startup_timeout=120)
        self.client.start_session()

    @property
    def base(self) -> str:
        return f"moz-extension://{self.uuid}"

    def install(self) -> str:
        from marionette_driver.addons import Addons

        return Addons(self.client).install(str(EXTENSION), temp=True)

    def open_tab(self, url: str) -> None:
        """A new tab on ``url``, made current (WebDriver may not navigate to moz-extension:// pages)."""
        client = self.client
        before = set(client.window_handles)
        with client.using_context("chrome"):
            client.execute_script("""
                const win = Services.wm.getMostRecentWindow('navigator:browser');
                win.gBrowser.selectedTab = win.gBrowser.addTab(arguments[0],
                    {triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal()});""",
                                  script_args=[url])
        handle = self.wait(lambda: (set(client.window_handles) - before or {None}).pop(), "the new tab")
        client.switch_to_window(handle)

    def page(self, script: str, *args):
        """Run ``script`` in the current page's own scope (so an extension page's ``chrome`` API is there)."""
        return self.client.execute_script(script, script_args=list(args), sandbox=None)

    def ask(self, message: dict, timeout: float = 30):
        """Send the extension's worker a message from the current extension page; its answer. An
        answer of nothing (undefined) means no listener answered yet: Firefox's event page was still
        starting when the page sent it (seen once in many CI runs); the message is sent again until a
        listener answers or ``timeout`` passes."""
        deadline = time.monotonic() + timeout
        while True:
            answer = self.client.execute_async_script("""
                const done = arguments[arguments.length - 1];
                chrome.runtime.sendMessage(arguments[0]).then(done, (e) => done({ok: false, error: String(e)}));""",
                                                      script_args=[message], sandbox=None, script_timeout=120000)
            if answer is not None or time.monotonic() > deadline:
                return answer
            time.sleep(0.5)

    def wait(self, probe, what: str, timeout: float = 120):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = probe()
            if value:
                return value
            time.sleep(0.25)
        raise AssertionError(f"Firefox: no {what} within {timeout:g} s")

    def close(self) -> None:
        try:
            self.client.delete_session()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.log.close()


@pytest.fixture(scope="module")
def firefox(tmp_path_factory):
    if shutil.which(FIREFOX) is None:
        pytest.fail(f"{FIREFOX} is missing: install Debian's firefox-esr (scripts/system-deps.sh does)")
    profile = tmp_path_factory.mktemp("firefox") / "profile"
    profile.mkdir()
    browser = Firefox(profile)
    yield browser
    browser.close()


def test_the_extension_loads_and_analyses_a_listing_in_firefox(firefox, live_server, job_site):
    assert firefox.install() == ADDON_ID
    token = live_server.token("fox")
    call(live_server, token, "/profile", "PUT", {"name": "Fox Mulder", "skills": [{"name": "Python"}, {"name": "SQL"}]})
    listing = f"{job_site}/data-engineer.html"
    firefox.client.navigate(listing)
    firefox.open_tab(f"{firefox.base}/options.html")
    firefox.wait(lambda: firefox.page("return document.readyState === 'complete'"), "options page")
    # the background (an event page in Firefox) answers, and keeps the settings
    answer = firefox.ask({"type": "settings.set", "serverUrl": live_server.base.removesuffix("/api/v1"), "token": token})
    assert answer["ok"], answer
    granted = firefox.client.execute_async_script(
        "const done = arguments[arguments.length - 1]; chrome.permissions.getAll().then((p) => done(p.origins));",
        sandbox=None)
    assert "http://127.0.0.1/*" in granted
    tab_id = firefox.client.execute_async_script("""
        const [url, done] = arguments;
        chrome.tabs.query({}).then((tabs) => done((tabs.find((t) => t.url === url) || {}).id || null));""",
                                                 script_args=[listing], sandbox=None)
    assert tab_id, "the listing's tab is not visible to the extension"

    # the popup on that tab: the listing read, sent to the server and drawn
    firefox.page("location.href = arguments[0]", f"{firefox.base}/popup.html?tab={tab_id}")
    state = firefox.wait(lambda: firefox.page("""
        const error = document.querySelector('[data-error]');
        if (error) return {error: error.textContent};
        const score = document.getElementById('score');
        return score && score.textContent !== '–' ? {title: document.getElementById('title').textContent,
            score: score.textContent, chips: [...document.querySelectorAll('.chips .chip')].map((c) => c.dataset.status)} : null;
    """), "analysis in the popup")
    assert "error" not in state, state
    assert state["title"] == "Senior Data Engineer" and 0 <= int(state["score"]) <= 100
    assert {"have", "missing"} <= set(state["chips"]), state
    # the core action: save it to the tracker
    firefox.page("document.getElementById('save').click()")
    firefox.wait(lambda: firefox.page("return document.getElementById('save').textContent.includes('Saved')"), "save")
    assert [p["title"] for p in call(live_server, token, "/postings")] == ["Senior Data Engineer"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "firefox-popup.png").write_bytes(firefox.client.screenshot(format="binary"))
