"""Dutch throughout: every page rendered in Dutch on the demo store shows no English UI string of our own table.

Every string an element carries (labels, values, options, help, table column labels, chart titles and axis
labels, parsed from the JSON they travel in) is compared with the English texts of i18n.TEXT whose Dutch
differs; a text with {placeholders} matches any filling (when its own words are more than a few letters).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from google.protobuf.json_format import MessageToDict
from streamlit.testing.v1 import AppTest

from sla import i18n
from tests.conftest import open_page

# Proto fields that carry identifiers, never text a user reads (a page link's target page, widget ids, keys, and the
# codes a chart point carries for a click through to the tickets behind it).
INTERNAL = {"id", "formId", "columnOrder", "key", "type", "name", "arrowData", "useContainerWidth", "page",
            "pageScriptHash", "customdata"}
PAGES = ("overview", "trends", "breaches", "availability", "feedback", "reports", "data", "scorecard")


def english_patterns() -> list[tuple[str, re.Pattern]]:
    """(key, full-match pattern) of each English text that differs from its Dutch one."""
    out = []
    for key, entry in i18n.TEXT.items():
        en, nl = entry["en"], entry.get("nl")
        if en == nl or len(en) < 4:
            continue
        parts = re.split(r"\{[^}]*\}", en)
        if len(re.findall(r"[A-Za-z]", "".join(parts))) < 8:  # "{n} of {m}" would match Dutch "a of b" (or)
            continue
        out.append((key, re.compile(".*?".join(map(re.escape, parts)), re.S | re.I)))
    return out


def strings(value: object) -> Iterator[str]:
    """Every string inside a proto dict, descending into JSON-encoded strings (table columns, charts)."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in INTERNAL:
                yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)
    elif isinstance(value, str):
        text = value.strip()
        if text[:1] in "{[":
            try:
                yield from strings(json.loads(text))
                return
            except ValueError:
                pass
        yield text


def shown(at: AppTest) -> set[str]:
    """Every string of every element on the page."""
    found: set[str] = set()
    stack = [at._tree]
    while stack:
        node = stack.pop()
        stack.extend(getattr(node, "children", {}).values())
        proto = getattr(node, "proto", None)
        if proto is not None and hasattr(proto, "DESCRIPTOR"):
            found.update(s for s in strings(MessageToDict(proto)) if s)
    for table in at.dataframe:  # table cells travel as Arrow bytes: read them as the page shows them
        if (table.key or "").startswith("config:"):
            continue  # the configuration editor holds the codes the user types (first_response, ...), as documented
        frame = table.value
        found.update(v.strip() for column in frame.columns for v in frame[column] if isinstance(v, str) and v.strip())
    return found


@pytest.mark.parametrize("page", PAGES)
def test_every_page_in_dutch_shows_no_english_text_of_ours(demo_db, monkeypatch, page):
    at = open_page(page, demo_db, monkeypatch, lang="nl")
    texts = shown(at)
    assert len(texts) > 20  # the page really rendered
    english = sorted({f"{key}: {text!r}" for text in texts for key, pattern in english_patterns()
                      if pattern.fullmatch(text)})
    assert not english, "\n".join(english)
