"""How long users wait in a real browser: `streamlit run` on a store, driven by Playwright through Debian's Chromium.

    python bench/browser.py                        # on a fresh demo store (as `make run` makes it)
    python bench/browser.py --size M --label "size M"     # on the benchmark's exports of size M

Three budgets (issue 16), each timed from the browser's side, from the navigation or the click until the page is
ready: the script run is over, no element is still a placeholder, every visible chart has drawn its plot and every
visible grid its table.
- cold first load: the first page of a freshly started server (nothing imported, nothing cached) <= 3 s;
- a page opened from a bookmark on a warm server, in a new tab (a new dashboard session; the server's caches
  filled by an earlier visit to the same address, the browser's cache by an earlier visit to the dashboard) <= 1 s;
- a filter change on an open page <= 0.7 s.
Each figure is the median of --repeats runs; the section "Dashboard in a real browser" of bench/RESULTS.md is
rewritten (the rest of the file is kept).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright  # noqa: E402
from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402

from tests.e2e_support import _free_port, _healthy, streamlit_server  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
MARK = "<!-- browser ({label}): {edge} (written by bench/browser.py) -->"
BUDGET = {"cold": 3.0, "bookmark": 1.0, "filter": 0.7}
PAGES = ("", "trends", "breaches", "availability", "feedback", "reports", "scorecard", "data")
SWITCHES = ("trends", "breaches", "availability")
# A page is ready when the run is over and nothing waits to be drawn (skeletons, charts without a plot, grids
# without their accessible table).
READY = """() => {
  const app = document.querySelector("[data-testid='stApp']");
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (document.querySelector("[data-testid='stSkeleton']")) return false;
  if (!document.querySelector("[data-testid='stMain'] h1")) return false;
  for (const chart of document.querySelectorAll("[data-testid='stPlotlyChart']"))
    if (chart.checkVisibility() && !chart.querySelector('.main-svg')) return false;
  for (const grid of document.querySelectorAll("[data-testid='stDataFrame']"))
    if (grid.checkVisibility() && !grid.querySelector("table[role='grid']")) return false;
  return true;
}"""


@dataclass
class Timing:
    key: str
    label: str
    seconds: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def ready(page: Page, since: float, marker: Callable[[Page], None] | None = None) -> float:
    """Seconds from `since` until the page is ready (and, first, the marker shows)."""
    if marker:
        marker(page)
    page.wait_for_function(READY, polling=20, timeout=120_000)
    seconds = time.perf_counter() - since
    print(f"  {page.url}: {seconds:.2f} s", flush=True)
    return seconds


def visit(context: BrowserContext, url: str, heading: str | None = None) -> tuple[float, Page]:
    """Open a URL in a new tab of the browser (a new dashboard session); seconds until ready, and the tab."""
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    marker = (lambda p: p.get_by_role("heading", level=1, name=heading).wait_for(timeout=120_000)) if heading \
        else None
    return ready(page, start, marker), page


WATCH_RUNS = """() => {
  window.__runs = 0;
  const app = document.querySelector("[data-testid='stApp']");
  new MutationObserver(() => { if (app.getAttribute('data-test-script-state') === 'running') window.__runs++; })
    .observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
}"""


def change(page: Page, act: Callable[[Page], None], shows: Callable[[Page], None] | None = None) -> float:
    """Seconds from a user's action until a script run it started is over and the page is ready (and shows its
    effect)."""
    page.evaluate(WATCH_RUNS)
    start = time.perf_counter()
    act(page)
    try:
        page.wait_for_function("() => window.__runs > 0", polling=10, timeout=20_000)
    except PlaywrightTimeout:  # on a starved machine a click can land while the page still settles: once more
        start = time.perf_counter()
        act(page)
        page.wait_for_function("() => window.__runs > 0", polling=10, timeout=60_000)
    return ready(page, start, shows)


def choose(page: Page, label: str, option: str | re.Pattern) -> None:
    box = page.get_by_test_id("stSelectbox").filter(has_text=label)
    box.get_by_role("button", name="Open").click()
    page.get_by_role("option", name=option, exact=isinstance(option, str)).click()


def choose_nth(page: Page, label: str, n: int) -> None:
    """Pick the n-th option of a selectbox (whatever the store names its services)."""
    page.get_by_test_id("stSelectbox").filter(has_text=label).get_by_role("button", name="Open").click()
    page.get_by_role("option").nth(n).click()


def new_context(browser: Browser) -> BrowserContext:
    return browser.new_context(viewport={"width": 1440, "height": 900}, locale="en-GB")


# Filter changes: (key, label, page, action, what shows when it is done); each is timed going one way and back.
def _month(target: str) -> tuple[Callable[[Page], None], Callable[[Page], None]]:
    return (lambda p: choose(p, "Month", target),
            lambda p: p.get_by_role("heading", level=1, name=re.compile(month_name(target))).wait_for())


def _button(group: str, option: str) -> Callable[[Page], None]:
    return lambda p: p.get_by_test_id("stButtonGroup").filter(has_text=group).locator(
        "button", has_text=re.compile(f"^{option}$")).click()


HELLO = """import pandas as pd
import plotly.graph_objects as go
import streamlit as st

st.title("Hello")
drawn = st.query_params.get("drawn", "")
if "grid" in drawn:
    st.dataframe(pd.DataFrame({"a": range(10), "b": ["x"] * 10}))
if "chart" in drawn:
    st.plotly_chart(go.Figure(go.Scatter(x=[1, 2, 3], y=[1, 3, 2])))
"""
# The floors: Streamlit's one-line page alone, with one small grid, one small Plotly chart, or both.
FLOORS = {"floor": "", "floor_grid": "?drawn=grid", "floor_chart": "?drawn=chart", "floor_drawn": "?drawn=grid,chart"}


def floor(browser: Browser, repeats: int, folder: Path) -> dict[str, list[float]]:
    """Seconds until a one-line Streamlit page is ready in a new tab, opened the same way, alone and with one small
    grid, one small Plotly chart or both (what any page, and each of Streamlit's parts a page draws, costs on this
    machine), and alone in a browser that has nothing cached."""
    app = folder / "hello.py"
    app.write_text(HELLO, encoding="utf-8")
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(app), "--server.port", str(port),
                               "--server.headless", "true", "--browser.gatherUsageStats", "false"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while not _healthy(url) and time.monotonic() < deadline:
            time.sleep(0.2)
        seconds = {key: [] for key in (*FLOORS, "floor_cold")}
        for _ in range(repeats):
            context = new_context(browser)  # nothing cached
            took, page = visit(context, url)
            seconds["floor_cold"].append(took)
            context.close()
        context = new_context(browser)
        visit(context, f"{url}/{FLOORS['floor_drawn']}")[1].close()  # the browser's cache
        for _ in range(repeats):
            for key, query in FLOORS.items():
                took, page = visit(context, url + query)
                seconds[key].append(took)
                page.close()
        context.close()
        return seconds
    finally:
        server.terminate()
        server.wait(timeout=10)


def measure(db: Path, month: str, previous: str, repeats: int) -> list[Timing]:
    """Every timing on one store: cold loads (a server each), bookmarks and filter changes on one warm server."""
    timings = {k: Timing(k, label, []) for k, label in (
        ("floor", "for scale: a one-line Streamlit page (`st.title`) opened the same way"),
        ("floor_grid", "for scale: that page with one 10-row grid (`st.dataframe`)"),
        ("floor_chart", "for scale: that page with one 3-point Plotly chart (`st.plotly_chart`)"),
        ("floor_drawn", "for scale: that page with the grid and the chart"),
        ("floor_cold", "for scale: the one-line page in a browser that has nothing cached"),
        ("cold", "cold first load: Overview, the first request of a new server"),
        *((f"bookmark_{p or 'overview'}", f"bookmark on a warm server: {p or 'overview'}") for p in PAGES),
        *((f"switch_{p}", f"page switch in an open tab, Overview to {p} (not budgeted)") for p in SWITCHES),
        ("filter_month", "filter change: the month on the Overview"),
        ("filter_grain", "filter change: per week / per month on KPI trends"),
        ("filter_chart", "filter change: per week / per day on Breaches"),
        ("filter_service", "filter change: the service shown on Availability"),
    )}
    query = f"?lang=en&month={month}"
    changes = (
        ("filter_month", "", (*_month(previous),), (*_month(month),)),
        ("filter_grain", "trends", (_button("Per", "Week"), None), (_button("Per", "Month"), None)),
        ("filter_chart", "breaches", (_button("Chart", "Per week"), None), (_button("Chart", "Per day"), None)),
        ("filter_service", "availability", (lambda p: choose_nth(p, "Service shown below", 1), None),
         (lambda p: choose_nth(p, "Service shown below", 0), None)),
    )
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as tmp:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for key, seconds in floor(browser, repeats, Path(tmp)).items():
            timings[key].seconds = seconds
        for i in range(repeats):
            with streamlit_server(db, Path(tmp) / f"cold-{i}.log") as url:
                context = new_context(browser)  # a browser that has not seen the dashboard: nothing cached
                timings["cold"].seconds.append(visit(context, f"{url}/{query}")[0])
                context.close()
        with streamlit_server(db, Path(tmp) / "warm.log") as url:
            context = new_context(browser)
            for p in PAGES:  # the warm-up: each page once, so the server's caches hold this URL's data
                visit(context, f"{url}/{p}{query}")[1].close()
            for _ in range(repeats):
                for p in PAGES:
                    seconds, page = visit(context, f"{url}/{p}{query}")
                    timings[f"bookmark_{p or 'overview'}"].seconds.append(seconds)
                    page.close()
            for p in SWITCHES:  # a link of the sidebar, in the session of an open tab
                page = visit(context, f"{url}/{query}")[1]
                for i in range(repeats + 1):
                    seconds = change(page, lambda t, p=p: t.get_by_test_id("stSidebarNavLink").nth(
                        PAGES.index(p)).click())
                    if i:
                        timings[f"switch_{p}"].seconds.append(seconds)
                    change(page, lambda t: t.get_by_test_id("stSidebarNavLink").first.click())
                page.close()
            for key, path, there, back in changes:
                page = visit(context, f"{url}/{path}{query}")[1]
                for i in range(repeats + 1):  # the first round trip fills the caches; the rest are timed
                    for act, shows in (there, back):
                        seconds = change(page, act, shows)
                        if i:
                            timings[key].seconds.append(seconds)
                page.close()
            context.close()
        browser.close()
    return list(timings.values())


def month_name(month: str) -> str:
    return dt.date.fromisoformat(month + "-01").strftime("%b %Y")


def render(timings: list[Timing], label: str, command: str, loads: tuple[float, float]) -> str:
    """The section of one store: when, how loaded the machine was, a table of timings against the budgets."""
    lines = [MARK.format(label=label, edge="begin"), f"## Dashboard in a real browser ({label})", "",
             f"Measured on {dt.date.today().isoformat()} by `{command}`; load average {loads[0]:.1f} at the start "
             f"and {loads[1]:.1f} at the end (2 cores, shared with the browser and the server). Headless Chromium "
             "(Playwright, no GPU), 1440 x 900 px; times from the navigation or the click until the page is ready: "
             "the run over, no placeholder left, every visible chart and grid drawn.", "",
             "| measurement | median | runs | budget |", "| --- | --- | --- | --- |"]
    for t in timings:
        if not t.seconds:
            continue
        limit = BUDGET.get(t.key.split("_")[0])
        verdict = "" if limit is None else f"<= {limit} s: {'met' if t.median <= limit else '**missed**'}"
        lines.append(f"| {t.label} | {t.median:.2f} s | {len(t.seconds)} | {verdict} |")
    return "\n".join([*lines, MARK.format(label=label, edge="end")]) + "\n"


def write(results: Path, section: str, label: str) -> None:
    """Put the section into the results file, in place of the one of the same store (the rest is kept)."""
    begin, end = (MARK.format(label=label, edge=e) for e in ("begin", "end"))
    text = results.read_text() if results.exists() else ""
    if begin in text:
        head, rest = text.split(begin, 1)
        text = head + section + rest.split(end, 1)[1].lstrip("\n")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    results.write_text(text)


def size_store(name: str, scratch: Path) -> tuple[Path, str]:
    """A store of a benchmark size (bench/generate.py exports, imported as `make bench` does), built once into the
    scratch folder; and its last whole month."""
    from bench import generate as gen
    from sla.contract import config
    from sla.imports import ingest
    from sla.metrics import marts

    work = scratch / name
    exports = gen.generate(gen.SIZES[name], work)
    db = work / "browser.duckdb"
    if not db.exists():
        config.import_config(exports.config, db=db)
        for kind, path, preset in (("tickets", exports.tickets, "zendesk"), ("checks", exports.checks,
                                   "generic_checks"), ("feedback", exports.feedback, "generic_feedback")):
            ingest.ingest_file(path, kind, db=db, preset=preset, timezone=gen.TIMEZONE)
        marts.refresh_store(db)
    return db, exports.last_month


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="the store (default: a fresh demo store in a temporary folder)")
    parser.add_argument("--size", help="a benchmark size (S, M, L) instead: its exports, imported once into "
                                       "bench/scratch/<size>/browser.duckdb")
    parser.add_argument("--month", help="the month to open (default: the last complete month)")
    parser.add_argument("--label", default="the demo", help="what the store is, for the section title")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = parser.parse_args(argv)
    from sla import demo
    from sla.metrics import periods

    db, month = args.db, args.month
    if args.size:
        db, month = size_store(args.size, ROOT / "bench" / "scratch")
    elif db is None:
        db = Path(tempfile.mkdtemp()) / "demo.duckdb"
        demo.load(db, say=lambda line: None)
    month = month or periods.last_complete_month()
    load = os.getloadavg()[0]
    timings = measure(db, month, periods.month_add(month, -1), args.repeats)
    for t in timings:
        if t.seconds:
            print(f"{t.label}: {t.median:.2f} s {[round(s, 2) for s in t.seconds]}")
    command = ("python bench/browser.py " + shlex.join(argv if argv is not None else sys.argv[1:])).strip()
    write(args.out, render(timings, args.label, command, (load, os.getloadavg()[0])), args.label)
    return 0


if __name__ == "__main__":
    sys.exit(main())
