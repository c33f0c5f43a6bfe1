"""Dutch throughout: every page rendered in Dutch on the demo store shows no English UI string of our own table,
no engine sentence in English and no stored code (priority, status) in English.

Every string an element carries (labels, values, options, help, table column labels, chart titles and axis
labels, parsed from the JSON they travel in) is compared with the English texts of i18n.TEXT whose Dutch
differs; a text with {placeholders} matches any filling (when its own words are more than a few letters). The
engine's sentences (sla/i18n/messages.py) are looked for inside every string, the codes of sla/i18n/values.py as
whole strings of the page's main area (the sidebar's filters show codes on purpose: they are the page address).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache

import pytest
from google.protobuf.json_format import MessageToDict
from streamlit.testing.v1 import AppTest

from sla import i18n
from sla.i18n import messages, values
from tests.conftest import open_page

# Proto fields that carry identifiers, never text a user reads (a page link's target page, widget ids, keys, and the
# codes a chart point carries for a click through to the tickets behind it).
INTERNAL = {"id", "formId", "columnOrder", "key", "type", "name", "arrowData", "useContainerWidth", "page",
            "pageScriptHash", "width", "customdata"}
PAGES = ("overview", "trends", "breaches", "availability", "feedback", "reports", "data", "scorecard")
# The pages that show stored codes through i18n.value; breaches, availability and trends join once they do too.
VALUE_PAGES = ("overview", "feedback", "reports", "data", "scorecard")
# Stored codes whose Dutch differs, lower case -> kind (language codes are codes in either language).
ENGLISH_VALUES = {code: kind for kind, table in values.VALUES.items() if kind != "language"
                  for code, words in table.items() if words.get("nl", code) != code}


@cache
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


@cache
def english_messages() -> list[tuple[str, re.Pattern]]:
    """(English sentence, pattern) of each engine sentence whose Dutch differs, with words enough to tell it."""
    return [(english, pattern) for pattern, english in messages.PATTERNS
            if messages.MESSAGES[english]["nl"] != english
            and len(re.findall(r"[A-Za-z]", messages.PART.sub("", english))) >= 8]


def english_in(texts: set[str]) -> list[str]:
    """Each text that is an English text of our table or holds an English engine sentence."""
    return sorted({f"{key}: {text!r}" for text in texts for key, pattern in english_patterns()
                   if pattern.fullmatch(text)}
                  | {f"{english!r}: {text!r}" for text in texts for english, pattern in english_messages()
                     if pattern.search(text)})


def english_codes(at: AppTest, own: set[str] = frozenset()) -> list[str]:
    """Each string of the page's main area that is a stored code shown in English (a priority, a status), but
    for the user's own texts (`own`: an uploaded file's cells, shown as they are)."""
    return sorted({f"{ENGLISH_VALUES[text.lower()]}: {text!r}" for text in shown(at, at.main) - own
                   if text.lower() in ENGLISH_VALUES})


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


def shown(at: AppTest, root: object = None) -> set[str]:
    """Every string of every element on the page (or under `root`)."""
    root = root or at._tree
    found: set[str] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        stack.extend(getattr(node, "children", {}).values())
        proto = getattr(node, "proto", None)
        if proto is not None and hasattr(proto, "DESCRIPTOR"):
            found.update(s for s in strings(MessageToDict(proto)) if s)
    for table in root.dataframe:  # table cells travel as Arrow bytes: read them as the page shows them
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
    english = english_in(texts) + (english_codes(at) if page in VALUE_PAGES else [])
    assert not english, "\n".join(english)


BAD_TICKETS = """\
ticket_id,created_at,priority
T-1,2024-10-01 09:00,high
T-2,soon,low
,2024-10-02 09:00,low
T-4,2024-10-03 09:00,urgent
"""


def reasons(at: AppTest) -> list[list[str]]:
    """The reasons of each table of rejected rows on the page, top to bottom."""
    return [d.value["reason"].tolist() for d in at.dataframe if "reason" in d.value.columns]


def test_the_data_page_in_dutch_says_the_engines_problems_in_dutch(db, monkeypatch):
    at = open_page("data", db, monkeypatch, lang="nl")
    at.file_uploader(key="upload").set_value([("tickets.csv", BAD_TICKETS.encode(), "text/csv"),
                                              ("kapot.csv", b"\x00\x01\x02binary", "text/csv")]).run()
    assert "kapot.csv: dit is geen CSV- of XLSX-bestand (het bevat binaire gegevens)." in at.error[0].value
    preview = reasons(at)[0]  # the preview's own check, before the import
    assert preview == ["geen datum/tijd zoals de rest van deze kolom (bijvoorbeeld "
                                          "2024-12-31 23:10)", "ticketnummer ontbreekt"]
    at.button(key="import").click().run()
    assert not at.exception
    assert reasons(at) == [preview, preview]  # the import's rejects under the preview's
    at.session_state["config:policies:0"] = {"edited_rows": {}, "deleted_rows": [], "added_rows": [
        {"metric": "resolution", "target_minutes": 60, "target_pct": 120, "calendar": "kantoor"}]}
    at.button(key="config_save").click().run()
    problems = at.error[-1].value
    assert "- policies rij 2: onbekende kalender 'kantoor'" in problems
    assert "- policies rij 2: target_pct moet een percentage tussen 0 en 100 zijn" in problems
    own = set(re.split(r"[,\n]", BAD_TICKETS))  # the preview shows the file's first rows as they are
    english = english_in(shown(at) - own) + english_codes(at, own)
    assert not english, "\n".join(english)
