"""Engine sentences and stored codes in Dutch (sla/i18n/messages.py, sla/i18n/values.py).

The engine writes English; a page or file shows each sentence through i18n.message and each priority or status
through i18n.value. The sentences are found in the engine's own code (every ImportProblem, reject reason,
configuration problem and delivery failure), filled in, and each must come back in Dutch: a new English message
without Dutch fails here.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from itertools import product
from pathlib import Path

import pytest

from sla import demo, i18n
from sla.imports import presets

ROOT = Path(__file__).resolve().parents[1]
HOLE = "\x00"
# Where sentences for users are made: every module whose messages reach a page or a file.
MODULES = ("sla/imports/readers.py", "sla/imports/ingest.py", "sla/imports/layout.py", "sla/imports/mapping.py",
           "sla/imports/presets.py", "sla/contract/config.py", "sla/contract/calendars.py", "sla/outputs/delivery.py",
           "sla/store/scope.py", "sla/metrics/overview.py")
RAISED = {"ImportProblem", "ConfigProblem", "ValueError", "OutOfScope", "NotAllowed"}
COLLECTED = {"problems", "ties", "failures"}  # lists of problems or failures a sentence is appended to
RETURNED = {"_nearest", "_send_all"}  # functions (besides *_problem) whose result is a sentence or a fragment of one
SAID = {"sla/outputs/delivery.py"}  # modules whose say(...) lines are shown on a page (ingest's are progress steps)
REASONS = {"sla/imports/ingest.py": {"REASONS", "OUT_OF_RANGE", "reason"}}  # names a reject reason is assigned to
FILLERS = ("7", "", "7 and 8", "mon")  # what a part of a sentence may be: a row number, nothing, rows, a weekday


def variants(node: ast.AST) -> Iterator[str]:
    """Every text an expression can make, with HOLE where a value goes in (both sides of an if, f-strings)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        for parts in product(*(list(variants(v)) for v in node.values)):
            yield "".join(parts)
    elif isinstance(node, ast.FormattedValue):
        texts = isinstance(node.value, ast.IfExp | ast.JoinedStr) or (
            isinstance(node.value, ast.BinOp) and isinstance(node.value.left, ast.Constant | ast.BinOp))
        yield from variants(node.value) if texts else [HOLE]
    elif isinstance(node, ast.IfExp):
        yield from variants(node.body)
        yield from variants(node.orelse)
    elif isinstance(node, ast.BoolOp):  # REASONS.get(kind) or f"..."
        for value in node.values:
            yield from variants(value)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        for left, right in product(variants(node.left), variants(node.right)):
            yield left + right
    elif isinstance(node, ast.BinOp) and isinstance(node.left, ast.List):  # [sentence] * n
        yield from variants(node.left)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from variants(element)
    elif isinstance(node, ast.Dict):
        for element in node.values:
            yield from variants(element)
    elif isinstance(node, ast.GeneratorExp | ast.ListComp):
        yield from variants(node.elt)
    else:
        yield HOLE


def _called(node: ast.Call) -> tuple[str, str]:
    func = node.func
    if isinstance(func, ast.Name):
        return "", func.id
    if isinstance(func, ast.Attribute):
        return (func.value.id if isinstance(func.value, ast.Name) else ""), func.attr
    return "", ""


def _sql_reasons(sql: str) -> Iterator[str]:
    """The reasons a query gives: its quoted texts with a space ('malformed row: ' || error goes on with a value)."""
    code = re.sub(r"--[^\n]*", "", sql)  # comments say "the cell's text"
    for literal in re.finditer(r"'((?:[^'\n]|'')*)'(\s*\|\|)?", code):
        text, joined = literal.groups()
        if " " in text:
            yield text.replace("''", "'") + (HOLE if joined else "")


def python_sentences(module: str) -> Iterator[tuple[str, str]]:
    """(where, sentence with holes) of every sentence a module raises, collects, says, returns or rejects with."""
    tree = ast.parse((ROOT / module).read_text())
    for node in ast.walk(tree):
        where = f"{module}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Call):
            owner, name = _called(node)
            if name in RAISED or (name in ("append", "extend") and owner in COLLECTED) or (
                    name == "say" and module in SAID):
                for argument in node.args:
                    yield from ((where, v) for v in variants(argument))
        elif isinstance(node, ast.FunctionDef) and (node.name.endswith("_problem") or node.name in RETURNED):
            for ret in ast.walk(node):
                if isinstance(ret, ast.Return) and ret.value is not None:
                    yield from ((f"{module}:{ret.lineno}", v) for v in variants(ret.value))
        elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id in REASONS.get(module, set()) | COLLECTED for t in node.targets):
            yield from ((where, v) for v in variants(node.value))
        elif isinstance(node, ast.Constant | ast.JoinedStr) and "as reason" in "".join(variants(node)):
            for text in variants(node):
                yield from ((where, reason) for reason in _sql_reasons(text))


def sentences() -> list[tuple[str, str]]:
    """Every engine sentence a user can read, with HOLE for its parts; sentences without words are left out."""
    found = [s for module in MODULES for s in python_sentences(module)]
    found += [(path.name, reason) for path in sorted((ROOT / "queries" / "imports").glob("rules_*.sql"))
              for reason in _sql_reasons(path.read_text())]
    unique = {sentence: where for where, sentence in found}
    return sorted(((where, sentence) for sentence, where in unique.items()
                   if len(re.findall(r"[A-Za-z]", sentence.replace(HOLE, ""))) >= 4))


def dutch(sentence: str) -> bool:
    """Whether the sentence, with its parts filled in some way, comes back in Dutch (its longest English stretch
    gone)."""
    pieces = sentence.split(HOLE)
    words = re.sub(r"^\W+|\W+$", "", max(pieces, key=len))
    english = re.compile(r"(?<!\w)" + re.escape(words) + r"(?!\w)")
    for fillers in product(FILLERS, repeat=len(pieces) - 1):
        text = "".join(p + f for p, f in zip(pieces, (*fillers, ""), strict=True))
        shown = i18n.message(text, "nl")
        if shown != text and not english.search(shown):
            return True
    return False


# One of each source, so that the scan cannot silently stop finding a kind of sentence.
EXPECTED = (
    f"{HOLE}: the file is empty.", f"{HOLE}: the workbook could not be read ({HOLE}).",
    f". The nearest layout is {HOLE} ({HOLE}): it found {HOLE} but lacks {HOLE}",
    "not a number", f"not a date/time like the rest of this column (e.g. {HOLE})", "missing ticket id",
    "a totals row, not data", f"malformed row: {HOLE}",
    f"recipients row {HOLE}: role must be executive or client", "calendar name is empty",
    f"unknown holidays country {HOLE}", f"{HOLE} is not a time range like 08:00-17:00",
    f"policies rows {HOLE} and {HOLE}: both match the same tickets ({HOLE}, equally specific, overlapping dates); "
    "make one more specific",
    f"not sent: {HOLE}", f"{HOLE}: sent ({HOLE}): {HOLE}", f"could not reach the mail server {HOLE}:{HOLE}: {HOLE}",
)


def test_every_engine_sentence_a_user_can_read_is_found_in_the_code():
    found = [s for _, s in sentences()]
    missing = [s.replace(HOLE, "{}") for s in EXPECTED if s not in found]
    assert not missing
    assert len(found) > 100


@pytest.mark.parametrize(("where", "sentence"), sentences(), ids=lambda v: v.replace(HOLE, "{}")[:60])
def test_every_engine_sentence_has_its_dutch(where, sentence):
    assert dutch(sentence), f"{where}: no Dutch in sla/i18n/messages.py for {sentence.replace(HOLE, '{}')!r}"


def test_a_sentence_is_dutch_with_its_parts_and_english_as_the_engine_wrote_it():
    problem = ("export.csv: missing required column(s) for outages: started_at (looked for: started, start); "
               "service (looked for: monitor). Map them with --map FIELD=COLUMN (columns in the file: a, b).")
    assert i18n.message(problem, "en") == problem
    assert i18n.message(problem, "nl") == (
        "export.csv: verplichte kolom(men) voor storingen ontbreken: Begonnen (gezocht naar: started, start); "
        "Dienst (gezocht naar: monitor). Koppel ze met --map FIELD=COLUMN (kolommen in het bestand: a, b).")
    # a configuration problem inside its sheet and row, and an opening-hours problem inside its weekday
    assert i18n.message("policies row 3: target_pct is empty", "nl") == "policies rij 3: target_pct is leeg"
    assert i18n.message("calendars row 2: tue: '9-17' is not a time range like 08:00-17:00", "nl") == \
        "calendars rij 2: tue: '9-17' is geen tijdvak zoals 08:00-17:00"
    assert i18n.message("credits rows 2 and 5 and 6: overlapping tiers for * below 99.9 %", "nl") == \
        "credits rijen 2 en 5 en 6: overlappende staffels voor * onder 99.9 %"
    # DuckDB's reason inside ours, a delivery failure with why it was sent
    assert i18n.message("malformed row: Expected Number of Columns: 2 Found: 3", "nl") == \
        "onjuist opgebouwde rij: verwacht aantal kolommen: 2, gevonden: 3"
    assert i18n.message("ops@acme.example: FAILED, not sent: timed out (tried again next run) (data changed): "
                        "a.pdf", "nl") == ("ops@acme.example: MISLUKT, niet verstuurd: timed out (de volgende keer "
                                           "opnieuw geprobeerd) (gegevens gewijzigd): a.pdf")


def test_a_sentence_without_a_pattern_stays_as_written():
    assert i18n.message("something nobody wrote a pattern for", "nl") == "something nobody wrote a pattern for"
    assert i18n.message("", "nl") == ""
    assert i18n.message("missing ticket id", "de") == "missing ticket id"  # no German table: English


def test_every_priority_and_status_the_importer_stores_has_its_dutch_word():
    tickets = [p for p in presets.PRESETS if p.kind == "tickets"]
    stored = {kind: {code for p in tickets for table in (p.values, p.localized_values)
                     for code in table.get(kind, {}).values() if code} for kind in ("priority", "status")}
    stored["priority"] |= set(demo.PRIORITIES)
    assert {"urgent", "high", "normal", "low", "solved", "closed"} <= stored["priority"] | stored["status"]
    for kind, codes in stored.items():
        missing = sorted(c for c in codes if i18n.value(kind, c, "nl") == c and c != "open")
        assert not missing, f"{kind}: no Dutch in sla/i18n/values.py for {missing}"


def test_a_value_is_written_in_the_language_with_its_capital_and_unknown_ones_stay():
    assert [i18n.value("priority", p, "nl") for p in ("urgent", "High", "normal", "LOW", "P1 - Critical")] == \
        ["spoed", "Hoog", "normaal", "Laag", "P1 - Critical"]
    assert i18n.value("priority", "urgent", "en") == "urgent"
    assert i18n.value("status", "pending", "nl") == "in afwachting"
    assert i18n.value("priority", None, "nl") is None


def test_every_reason_a_delivery_is_sent_for_has_its_dutch_word():
    reasons = set(re.findall(r'reason = "([^"]+)"', (ROOT / "sla/outputs/delivery.py").read_text()))
    assert {"new", "already sent"} <= reasons
    assert all(i18n.value("delivery_reason", r, "nl") != r for r in reasons)
