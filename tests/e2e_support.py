"""Shared by the dashboard tests: tiny exports with counts you can check by eye, and a real `streamlit run` (started as
`make run` starts it)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")  # Debian's: the browser tests download no browser
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]

# Three tickets; T-2 appears twice (a later export of the same ticket), so the store holds three.
TICKETS_CSV = """\
ticket_id,customer,priority,created_at,updated_at,first_response_at,resolved_at
T-1,Acme Retail,high,2024-10-01 09:00,2024-10-01 15:00,2024-10-01 09:20,2024-10-01 15:00
T-2,Acme Retail,normal,2024-10-02 10:00,2024-10-02 11:00,2024-10-02 11:00,
T-2,Acme Retail,normal,2024-10-02 10:00,2024-10-03 12:00,2024-10-02 11:00,2024-10-03 12:00
T-3,Borealis Bank,low,2024-10-03 08:30,2024-10-03 08:30,,
"""
# Four checks of one monitor, one of them down.
CHECKS_CSV = """\
timestamp,monitor,status,response_time_ms
2024-10-03 02:10:00,Webshop,up,212
2024-10-03 02:15:00,Webshop,down,
2024-10-03 02:20:00,Webshop,up,240
2024-10-03 02:25:00,Webshop,up,198
"""
# Two survey answers.
FEEDBACK_CSV = """\
response_id,submitted_at,customer,ticket_id,kind,score,comment
R-1,2024-10-01 16:02:00,Acme Retail,T-1,csat,5,Quick fix
R-2,2024-10-04 12:30:00,Borealis Bank,T-3,csat,2,Took two days
"""
# Two tickets, the second with a creation time that is not a date: one stored, one rejected.
TICKETS_WITH_BAD_ROW_CSV = """\
ticket_id,customer,created_at
T-10,Acme Retail,2024-11-04 09:00
T-11,Acme Retail,yesterday afternoon
"""
# Columns no preset knows: the whole file is refused.
UNKNOWN_CSV = "colour,size\nred,3\n"

SERVER_START_SECONDS = 60


def write_export(folder: Path, name: str, text: str) -> Path:
    """Write a sample export to folder/name and return its path."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def _wait_until_healthy(process: subprocess.Popen, url: str) -> bool:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while process.poll() is None and time.monotonic() < deadline:
        if _healthy(url):
            return True
        time.sleep(0.2)
    return False


def _start(db: Path, log_path: Path, options: tuple[str, ...] = ()) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    command = [
        sys.executable, "-m", "pages.ui.serve",  # what `make run` starts: `streamlit run dashboard.py`
        "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
        "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false", *options,
    ]
    env = {**os.environ, "SLA_DB": str(db), "PYTHONUNBUFFERED": "1"}
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    return process, f"http://127.0.0.1:{port}"


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def streamlit_server(db: Path, log_path: Path, options: tuple[str, ...] = ()) -> Iterator[str]:
    """Run the dashboard on a free port with SLA_DB=db (and more `streamlit run` options, e.g. --secrets.files);
    yields its URL, stops it afterwards.

    The server's output goes to log_path and is printed at teardown, so a failing test shows it. Another
    process can take the chosen port before Streamlit binds it; then a new port is tried (three times).
    """
    for _attempt in range(3):
        process, url = _start(db, log_path, options)
        if _wait_until_healthy(process, url):
            break
        exit_code = process.poll()
        _stop(process)
        output = log_path.read_text(errors="replace")
        if "is not available" not in output:  # Streamlit: "Port 12345 is not available"
            what = f"exited with code {exit_code}" if exit_code is not None else \
                f"did not answer {url}/_stcore/health within {SERVER_START_SECONDS} s"
            pytest.fail(f"streamlit run dashboard.py {what}. Its output:\n{output}", pytrace=False)
    else:
        pytest.fail(f"streamlit found no free port in three attempts. Its output:\n{output}", pytrace=False)
    try:
        yield url
    finally:
        _stop(process)
        print(f"--- streamlit server output ({log_path}) ---\n{log_path.read_text(errors='replace')}")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless; missing Chromium is a failure, never a skip (CI installs it)."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} not found: the browser tests drive Debian's Chromium. Install it with "
            "`apt-get install chromium` (as root); .ci/run does this on CI.",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
