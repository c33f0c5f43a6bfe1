"""Links: to a filtered view of the dashboard (the filters in the URL, so it can be bookmarked or sent) and back
to a ticket in the helpdesk it came from (a URL template per source, from the configuration's links sheet)."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from urllib.parse import quote, urlencode

import pandas as pd

# The dashboard's pages by name, as their address reads (the Overview is the app's root).
PAGES = {"overview": ".", "trends": "trends", "breaches": "breaches", "availability": "availability",
         "feedback": "feedback", "reports": "reports", "scorecard": "scorecard", "data": "data"}


def view(page: str, **filters: object) -> str:
    """The address of a page with its filters, relative to the app ('breaches?lang=en&month=2026-10&...'); a list
    repeats its key, empty values are left out."""
    pairs = [(key, str(v)) for key, value in filters.items()
             for v in (value if isinstance(value, list | tuple) else [value]) if v is not None and v != ""]
    return PAGES[page] + ("?" + urlencode(pairs) if pairs else "")


def anchor(url: str, text: str) -> str:
    """An HTML link that opens in the same tab (st.markdown opens a plain link in a new one)."""
    return f'<a href="{escape(url)}" target="_self">{escape(text)}</a>'


def ticket_urls(frame: pd.DataFrame, templates: Mapping[str, str]) -> pd.Series:
    """Each row's ticket in its helpdesk: the template of its source with {ticket_id} filled in (URL-encoded);
    None where the source has no template. `frame` needs source and ticket_id."""
    filled = [None if template is None or pd.isna(template) else template.replace("{ticket_id}", quote(str(ticket)))
              for template, ticket in zip(frame["source"].map(templates), frame["ticket_id"], strict=True)]
    return pd.Series(filled, index=frame.index, dtype=object)
