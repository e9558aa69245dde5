"""A report of the shared Wikinews corpus, seen in a real browser: headless Chromium opens ``index.html`` and
every notebook's HTML and finds no script error, no image that failed to load and no table wider than the page.

Needs Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them) and selenium (the ``test``
extra); skipped with the reason when the browser, the driver or the corpus is missing.
"""
from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis.__main__ import main
from analysis.report.notebooks import notebook_paths

pytestmark = [pytest.mark.slow, pytest.mark.corpus]

CHROMIUM = ("/usr/bin/chromium", "chromium")
CHROMEDRIVER = ("/usr/bin/chromedriver", "chromedriver")
WINDOW = (1280, 900)
PAGE_LOAD_SECONDS = 60
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",  # Chromium's sandbox refuses to run as root (CI and containers)
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)
PAGES = ["index", *(path.stem for path in notebook_paths())]

# Every image that did not load (or loaded as an empty picture).
BROKEN_IMAGES_JS = """
return Array.from(document.images)
  .filter(img => !img.complete || img.naturalWidth === 0)
  .map(img => (img.getAttribute('src') || '').slice(0, 80));
"""

# Every table wider than the page, unless an ancestor scrolls it horizontally inside the page (the design for
# wide tables: .jp-OutputArea-output and .table-scroll boxes have overflow-x: auto). Names the table by the
# notebook cell it is in (In [n] / cell position) and its first header cells, so the notebook owner can find it.
WIDE_TABLES_JS = """
const page = document.documentElement.clientWidth;
function scrolledInside(node) {
  for (let up = node.parentElement; up && up !== document.body; up = up.parentElement) {
    const overflow = getComputedStyle(up).overflowX;
    if ((overflow === 'auto' || overflow === 'scroll') && up.getBoundingClientRect().right <= page + 1) return true;
  }
  return false;
}
function describe(table) {
  const cell = table.closest('.jp-Cell');
  const cells = Array.from(document.querySelectorAll('.jp-Cell'));
  const prompt = cell ? (cell.querySelector('.jp-InputPrompt') || {}).textContent || '' : '';
  const where = cell ? `cell ${cells.indexOf(cell)} ${prompt.trim()}` : 'page';
  const heads = Array.from(table.querySelectorAll('th')).slice(0, 4).map(th => th.textContent.trim()).join(' | ');
  return `${where}: table [${heads}] ${Math.round(table.getBoundingClientRect().width)}px wide, page ${page}px`;
}
return Array.from(document.querySelectorAll('table'))
  .filter(table => table.getBoundingClientRect().right > page + 1 && !scrolledInside(table))
  .map(describe);
"""

# Resources the page fetched from the network: a report must open offline.
REMOTE_FETCHES_JS = """
return performance.getEntriesByType('resource').map(entry => entry.name).filter(name => /^(https?|wss?):/.test(name));
"""


def _find(candidates: tuple[str, ...]) -> str | None:
    for candidate in candidates:
        found = shutil.which(candidate)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def wikinews_report(wikinews_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The full report (every notebook, defaults) of the shared Wikinews corpus, built once for this module."""
    out = tmp_path_factory.mktemp("browser-report") / "wikinews"
    status = main(["report", "--corpus", str(wikinews_path), "--out", str(out)])
    assert status == 0, f"report on {wikinews_path} failed (status {status}); see {out / 'provenance.json'}"
    return out


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """Headless Chromium driven through chromedriver, with a fresh profile and the console log kept."""
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
    from selenium.common.exceptions import WebDriverException

    chromium, chromedriver = _find(CHROMIUM), _find(CHROMEDRIVER)
    if chromium is None or chromedriver is None:
        pytest.skip("chromium or chromedriver not found: apt-get install -y chromium chromium-driver (.ci/run does)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.add_argument(f"--window-size={WINDOW[0]},{WINDOW[1]}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=chromedriver))
    except WebDriverException as error:
        pytest.skip(f"headless chromium would not start: {str(error).splitlines()[0]}")
    driver.set_page_load_timeout(PAGE_LOAD_SECONDS)
    yield driver
    driver.quit()


def _page_file(report: Path, page: str) -> Path:
    if page == "index":
        return report / "index.html"
    runs = {run["name"]: run for run in json.loads((report / "provenance.json").read_text(encoding="utf-8"))["notebooks"]}
    if runs[page]["status"] == "skipped":
        pytest.skip(f"{page} was skipped by the report: {runs[page]['error']}")
    return report / f"{page}.html"


@pytest.mark.parametrize("page", PAGES)
def test_report_page_renders_cleanly_in_chromium(wikinews_report: Path, browser, page: str):
    path = _page_file(wikinews_report, page)
    assert path.is_file(), f"the report has no {path.name}"
    browser.get_log("browser")  # drop what an earlier page left: the log below is this page's own
    browser.get(path.as_uri())  # returns after the load event: scripts ran, images loaded or failed
    console = [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]
    broken = browser.execute_script(BROKEN_IMAGES_JS)
    wide = browser.execute_script(WIDE_TABLES_JS)
    remote = browser.execute_script(REMOTE_FETCHES_JS)
    problems = (
        [f"console: {entry['message'][:200]}" for entry in console]
        + [f"image did not load: {src}" for src in broken]
        + [f"too wide: {table}" for table in wide]
        + [f"fetched from the network: {url}" for url in remote]
    )
    assert problems == [], f"{path.name}:\n" + "\n".join(problems)


def test_every_notebook_that_ran_has_its_html(wikinews_report: Path):
    runs = json.loads((wikinews_report / "provenance.json").read_text(encoding="utf-8"))["notebooks"]
    ran = [run["name"] for run in runs if run["status"] != "skipped"]
    assert ran and all((wikinews_report / f"{name}.html").is_file() for name in ran)
    assert {path.stem for path in notebook_paths()} >= set(ran)


BROKEN_PAGE = """<!DOCTYPE html><html><head><meta charset='utf-8'><title>broken</title></head><body>
<script>undefinedFunctionOfTheReport();</script>
<img src='figures/missing.png' alt='missing'>
<table id='wide'><tr><th>wide</th><td style='min-width: 3000px'>x</td></tr></table>
<div style='overflow-x: auto'><table id='scrolled'><tr><th>scrolled</th><td style='min-width: 3000px'>x</td></tr></table></div>
</body></html>
"""


def _severe_messages_until(browser, expected: str, *, polls: int = 50) -> str:
    """The SEVERE console messages of the page, read again (every 0.1 s, ``polls`` times at most) until one holds
    ``expected``: on a busy machine the script error can reach the log after ``get`` has returned."""
    messages: list[str] = []
    for _ in range(polls):
        messages += [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
        if any(expected in message for message in messages):
            break
        time.sleep(0.1)
    return " ".join(messages)


def test_the_checks_catch_a_script_error_a_missing_image_and_a_wide_table(browser, tmp_path: Path):
    page = tmp_path / "broken.html"
    page.write_text(BROKEN_PAGE, encoding="utf-8")
    browser.get_log("browser")
    browser.get(page.as_uri())
    console = _severe_messages_until(browser, "undefinedFunctionOfTheReport")
    assert "undefinedFunctionOfTheReport" in console
    assert browser.execute_script(BROKEN_IMAGES_JS) == ["figures/missing.png"]
    (wide,) = browser.execute_script(WIDE_TABLES_JS)  # the table in a scrolling box is allowed
    assert wide.startswith("page: table [wide]")
