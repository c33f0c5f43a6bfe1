"""Links: to a filtered view of the dashboard, and back to a ticket in its helpdesk (the configuration's links)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from sla import store
from sla.contract import config
from sla.outputs import links
from tests.test_config import GOOD, HEADERS, write


def test_a_view_carries_its_filters_in_the_address():
    assert links.view("breaches", lang="nl", month="2026-10", customer=["Acme Retail", "Bakkerij & Co"],
                      breach_metrics="first_response", breach_team="") == (
        "breaches?lang=nl&month=2026-10&customer=Acme+Retail&customer=Bakkerij+%26+Co&"
        "breach_metrics=first_response")
    assert links.view("overview", lang="en") == ".?lang=en"
    assert links.anchor("breaches?a=1&b=<2>", "Show <them>") == (
        '<a href="breaches?a=1&amp;b=&lt;2&gt;" target="_self">Show &lt;them&gt;</a>')


def test_ticket_ids_become_links_of_their_own_source_only():
    frame = pd.DataFrame({"source": ["zendesk", "jira", "csv"], "ticket_id": ["4711", "SD 1/2", "T-1"]})
    urls = links.ticket_urls(frame, {"zendesk": "https://acme.zendesk.com/agent/tickets/{ticket_id}",
                                     "jira": "https://acme.atlassian.net/browse/{ticket_id}"})
    assert urls.tolist() == ["https://acme.zendesk.com/agent/tickets/4711",
                             "https://acme.atlassian.net/browse/SD%201/2", None]


def test_the_links_sheet_is_validated_stored_and_says_which_may_reach_clients(tmp_path: Path):
    db = tmp_path / "sla.duckdb"
    bad = {**GOOD, "links": ["zendesk,acme.zendesk.com/agent/tickets/{ticket_id},yes",
                             "jira,https://acme.atlassian.net/browse/,no", "jira,https://x.example/{ticket_id},maybe"]}
    with pytest.raises(config.ConfigProblem) as problem:
        config.import_config(write(tmp_path / "bad", bad, HEADERS), db=db)
    assert problem.value.problems == [
        "links row 2: ticket_url must start with http:// or https:// and hold {ticket_id}, "
        "e.g. https://acme.zendesk.com/agent/tickets/{ticket_id}",
        "links row 3: ticket_url must start with http:// or https:// and hold {ticket_id}, "
        "e.g. https://acme.zendesk.com/agent/tickets/{ticket_id}",
        "links row 4: client_reports must be yes or no (empty: no)",
        "links: source 'jira' is listed more than once",
    ]
    good = {**GOOD, "links": ["zendesk,https://acme.zendesk.com/agent/tickets/{ticket_id},yes",
                              "jira,https://acme.atlassian.net/browse/{ticket_id},"]}
    config.import_config(write(tmp_path / "good", good, HEADERS), db=db)
    with store.connect(db) as con:
        assert config.ticket_links(con) == {"zendesk": "https://acme.zendesk.com/agent/tickets/{ticket_id}",
                                            "jira": "https://acme.atlassian.net/browse/{ticket_id}"}
        assert config.ticket_links(con, client=True) == {
            "zendesk": "https://acme.zendesk.com/agent/tickets/{ticket_id}"}
    config.export_config(tmp_path / "out", db=db)
    assert (tmp_path / "out" / "links.csv").read_text().splitlines() == [
        "source,ticket_url,client_reports", "zendesk,https://acme.zendesk.com/agent/tickets/{ticket_id},True",
        "jira,https://acme.atlassian.net/browse/{ticket_id},False"]


def test_client_workbooks_link_tickets_only_where_the_links_sheet_allows_it(demo_db, tmp_path: Path):
    import shutil

    import openpyxl

    from sla.outputs import report

    db = Path(shutil.copy(demo_db, tmp_path / "demo.duckdb"))

    def ticket_cells() -> list:
        path = report.write_report(db, "Acme Retail Ltd", "2026-10", tmp_path / "acme.xlsx", "en")
        sheet = openpyxl.load_workbook(path)["Breaches"]
        return [row[0] for row in sheet.iter_rows(min_row=5) if row[0].value]

    cells = ticket_cells()
    assert cells and all(c.hyperlink is None for c in cells)  # the demo's link is for the dashboard only
    sheets = config.in_force(db)
    sheets["links"] = sheets["links"].assign(client_reports=True)
    config.import_sheets(sheets, "test", db)
    cells = ticket_cells()
    assert [c.hyperlink.target for c in cells] == [f"https://support.example.com/agent/tickets/{c.value}"
                                                   for c in cells]
    assert all(c.data_type == "s" for c in cells)  # still text, never a formula
