"""Adopting a what-if draft: a new validated configuration version whose policies apply from the chosen day (the
months before keep their figures), recorded with who adopted it; roles that may not adopt are refused."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from sla import store
from sla.contract import adoption, config
from sla.metrics import kpis
from sla.store.scope import LOCAL, NotAllowed, Scope
from tests.conftest import query


@pytest.fixture
def demo_copy(demo_db: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(demo_db, tmp_path / "demo.duckdb"))


def tightened(db: Path) -> dict:
    """The contract in force with high priority first response due in 45 instead of 60 minutes."""
    sheets = config.in_force(db)
    policies = sheets["policies"].copy()
    high = (policies["customer"] == "*") & (policies["priority"] == "high") & (policies["metric"] == "first_response")
    policies.loc[high, "target_minutes"] = 45.0
    return {**sheets, "policies": policies}


def first_response(db: Path, month: str) -> dict:
    with store.connect(db) as con:  # writable: the marts refresh after the new version
        rows = kpis.compute(con, month, by_priority=True)["rows"]
    return {(r["customer"], r["priority"]): r["compliance_pct"] for r in rows
            if r["metric"] == "first_response" and r.get("priority") == "high"}


def test_an_adopted_draft_is_a_new_version_from_its_day_recorded_with_its_adopter(demo_copy: Path):
    before = {m: first_response(demo_copy, m) for m in ("2026-05", "2026-07")}
    done = adoption.adopt(demo_copy, tightened(demo_copy), date(2026, 6, 1))
    assert (done.version, done.effective_from, done.adopted_by) == (2, date(2026, 6, 1), LOCAL.actor)
    assert query(demo_copy, "select source, actor from config_versions where version = 2") == [
        ("what-if draft", LOCAL.actor)]
    high = query(demo_copy, "select target_minutes, effective_from, effective_to from cfg_policies "
                            "where version = 2 and customer = '*' and priority = 'high' "
                            "and metric = 'first_response' order by 2 nulls first")
    assert high == [(60.0, None, date(2026, 5, 31)), (45.0, date(2026, 6, 1), None)]
    after = {m: first_response(demo_copy, m) for m in ("2026-05", "2026-07")}
    assert after["2026-05"] == before["2026-05"]  # the months before the day keep their figures
    assert any(after["2026-07"][k] < before["2026-07"][k] for k in before["2026-07"])  # later ones are judged anew
    assert adoption.last(demo_copy) == done


@pytest.mark.parametrize("scope", [Scope("viewer", None, "boss@team.example", signed_in=True),
                                   Scope("editor", ("Acme Retail Ltd",), "am@team.example", signed_in=True)],
                         ids=["viewer", "editor of one client"])
def test_a_role_that_may_not_adopt_is_refused_and_nothing_is_stored(demo_copy: Path, scope: Scope):
    with pytest.raises(NotAllowed):
        adoption.adopt(demo_copy, tightened(demo_copy), date(2026, 6, 1), scope)
    assert query(demo_copy, "select count(*) from config_versions") == [(1,)]
    assert adoption.last(demo_copy) is None


def test_an_editor_who_sees_every_customer_adopts_and_is_named(demo_copy: Path):
    editor = Scope("editor", None, "am@team.example", signed_in=True)
    done = adoption.adopt(demo_copy, tightened(demo_copy), date(2026, 6, 1), editor)
    assert done.adopted_by == "am@team.example"


def test_an_invalid_draft_is_refused_with_its_sheet_and_row(demo_copy: Path):
    sheets = tightened(demo_copy)
    sheets["policies"].loc[0, "calendar"] = "ofice"
    with pytest.raises(config.ConfigProblem, match="policies row 2"):
        adoption.adopt(demo_copy, sheets, date(2026, 6, 1))
    assert query(demo_copy, "select count(*) from config_versions") == [(1,)]
