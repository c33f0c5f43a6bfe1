"""What-if replay of a draft contract: the contract in force replayed is itself, a changed target flips tickets and
changes verdicts and credits, and nothing in the store changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from bench import generate as gen
from sla import store
from sla.contract import config
from sla.imports import ingest
from sla.metrics import kpis, whatif
from tests.conftest import DEMO_MONTH, snapshot

WINDOW = ("2025-11", DEMO_MONTH)  # the demo's last 12 complete months
GENERATED_WINDOW = ("2025-11", gen.END.strftime("%Y-%m"))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store made from the benchmark's generated exports at the tiny size (2,000 tickets, 20,000 checks)."""
    folder = tmp_path_factory.mktemp("generated")
    exports = gen.generate(gen.SIZES["tiny"], folder / "exports")
    db = folder / "generated.duckdb"
    config.import_config(exports.config, db)
    for kind, path, preset in (("tickets", exports.tickets, "zendesk"), ("checks", exports.checks, "generic_checks")):
        ingest.ingest_file(path, kind, db=db, preset=preset, timezone=gen.TIMEZONE)
    return db


def exported(db: Path, target: Path) -> config.Config:
    """The configuration in force, written by `config export` and read back as a draft."""
    config.export_config(target, db)
    return whatif.read_draft(target)


def changed_rows(result: whatif.Replay) -> pd.DataFrame:
    rows = result.rows
    differs = pd.Series(False, index=rows.index)
    for column in whatif.COMPARED:
        now, draft = rows[f"current_{column}"], rows[f"draft_{column}"]
        differs |= now.ne(draft) & ~(now.isna() & draft.isna())
    return rows[differs]


@pytest.mark.parametrize("form", ["folder", "workbook"])
@pytest.mark.parametrize("full", [True, False], ids=["every ticket", "changed tickets"])
def test_the_contract_in_force_replayed_changes_nothing_on_the_demo(demo_db: Path, tmp_path: Path, form: str,
                                                                    full: bool):
    draft = exported(demo_db, tmp_path / ("draft" if form == "folder" else "draft.xlsx"))
    result = whatif.replay(demo_db, draft, *WINDOW, by_priority=True, full=full)
    assert changed_rows(result).empty
    assert result.flips.empty and not result.differs
    assert (result.credits["delta_credit_amount"] == 0).all()
    assert result.replayed > 20_000 if full else result.replayed == 0
    # the comparison covers every month, ticket metric and measured service, with credits owed in some months
    assert result.rows["month"].nunique() == 12
    assert set(result.rows["metric"]) == {"first_response", "resolution", "availability"}
    assert result.credits["current_credit_amount"].sum() > 0


def test_the_contract_in_force_replayed_changes_nothing_on_a_generated_store(generated: Path, tmp_path: Path):
    draft = exported(generated, tmp_path / "draft")
    result = whatif.replay(generated, draft, *GENERATED_WINDOW, full=True)
    assert result.replayed > 1000
    assert changed_rows(result).empty and result.flips.empty and not result.differs
    assert result.rows["current_met"].sum() > 1000


def test_the_figures_in_force_are_those_of_the_kpis(demo_db: Path, tmp_path: Path):
    result = whatif.replay(demo_db, exported(demo_db, tmp_path / "draft"), DEMO_MONTH)
    with store.connect(demo_db) as con:
        rows = kpis.compute(con, DEMO_MONTH)["rows"]
    tickets = {(r["customer"], r["metric"]): (r["met"], r["breached"], r["ok"]) for r in rows
               if r["metric"] in ("first_response", "resolution") and r["met"] is not None}
    replayed = {(r.customer, r.metric): (r.current_met, r.current_breached, r.current_ok)
                for r in result.rows.itertuples() if r.metric != "availability"}
    assert replayed == tickets
    uptime = {(r["customer"], r["service"]): r["availability_pct"] for r in rows if r["metric"] == "availability"}
    assert {(r.customer, r.service): r.current_compliance_pct for r in result.rows.itertuples()
            if r.metric == "availability"} == uptime


def test_a_tighter_target_flips_tickets_and_verdicts_and_a_stricter_tier_costs_credits(demo_db: Path,
                                                                                        tmp_path: Path):
    folder = tmp_path / "draft"
    exported(demo_db, folder)
    policies = pd.read_csv(folder / "policies.csv", dtype=str, keep_default_na=False)
    normal = (policies["priority"] == "normal") & (policies["metric"] == "first_response")
    policies.loc[normal, "target_minutes"] = "60"
    policies.to_csv(folder / "policies.csv", index=False)
    credits = pd.read_csv(folder / "credits.csv", dtype=str, keep_default_na=False)
    credits.loc[(credits["customer"] == "*") & (credits["below_pct"] == "99.9"), "below_pct"] = "99.99"
    credits.to_csv(folder / "credits.csv", index=False)
    draft = whatif.read_draft(folder)
    result = whatif.replay(demo_db, draft, *WINDOW)

    flips = result.flips
    assert len(flips) > 100
    assert set(flips["metric"]) == {"first_response"} and set(flips["priority"]) == {"normal"}
    assert set(zip(flips["current_outcome"], flips["draft_outcome"], strict=True)) <= {
        ("met", "breached"), ("open", "breached"), ("met", "open")}
    # both due moments: the draft's three business hours earlier (the same calendar)
    assert (flips["draft_due_at"] < flips["current_due_at"]).all()
    assert (flips["current_target_minutes"] == 240).all() and (flips["draft_target_minutes"] == 60).all()
    first = result.rows[result.rows["metric"] == "first_response"]
    assert (first["delta_compliance_pct"] <= 0).all() and (first["delta_compliance_pct"] < 0).any()
    assert (first["current_ok"] & ~first["draft_ok"].astype(bool)).any()  # some months are missed now
    assert result.rows.loc[result.rows["metric"] == "resolution", "delta_compliance_pct"].eq(0).all()
    # the tier "below 99.99" now applies where availability was between 99.9 and 99.99: 10 % of the fee
    assert (result.credits["delta_credit_amount"] >= 0).all() and result.credits["delta_credit_amount"].sum() > 0
    # the full replay finds the very same
    full = whatif.replay(demo_db, draft, *WINDOW, full=True)
    pd.testing.assert_frame_equal(full.rows, result.rows)
    pd.testing.assert_frame_equal(full.flips, result.flips)


def test_a_replay_changes_nothing_in_the_store(generated: Path, tmp_path: Path):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(generated, copy)
    folder = tmp_path / "draft"
    exported(copy, folder)
    calendars = pd.read_csv(folder / "calendars.csv", dtype=str, keep_default_na=False)
    calendars.loc[calendars["calendar"] == "kantooruren", "fri"] = "08:00-12:00"
    calendars.to_csv(folder / "calendars.csv", index=False)
    before = snapshot(copy)
    result = whatif.replay(copy, whatif.read_draft(folder), *GENERATED_WINDOW)
    assert len(result.flips) > 0  # the shorter Friday moved due moments
    assert snapshot(copy) == before


def test_a_draft_with_problems_is_refused_with_each_problem(demo_db: Path, tmp_path: Path):
    folder = tmp_path / "draft"
    exported(demo_db, folder)
    policies = pd.read_csv(folder / "policies.csv", dtype=str, keep_default_na=False)
    policies.loc[0, "target_pct"] = "120"
    policies.to_csv(folder / "policies.csv", index=False)
    with pytest.raises(config.ConfigProblem, match="policies row 2: target_pct must be a percentage"):
        whatif.read_draft(folder)
