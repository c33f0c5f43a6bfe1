"""Who may see and do what: the Scope rules (sla.store.scope), the users sheet (validated, stored, exported,
resolved by sla.contract.users), and who the audit trail names for imports, undos and configuration versions."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from sla import i18n
from sla.contract import config, users
from sla.imports import ingest
from sla.metrics import overview
from sla.store.scope import ACTIONS, LOCAL, NotAllowed, OutOfScope, Scope, os_actor
from tests.conftest import query
from tests.e2e_support import TICKETS_CSV

ACME, BOREALIS = "Acme Retail", "Borealis Bank"
USERS = pd.DataFrame([["boss@team.example", "admin", "*"], ["*@team.example", "viewer", "*"],
                      ["am@team.example", "editor", f"{ACME}; {BOREALIS}"], ["it@acme.example", "viewer", ACME]],
                     columns=["email", "role", "customers"])
ADMIN = Scope("admin", None, "boss@team.example", signed_in=True)


def test_a_scope_limits_reads_to_its_customers_and_refuses_others():
    client = Scope("viewer", (ACME,), "it@acme.example", signed_in=True)
    assert client.limit() == (ACME,)  # none named: its own, never "all"
    assert client.limit([ACME]) == (ACME,)
    with pytest.raises(OutOfScope, match="not in your scope: Borealis Bank"):
        client.limit([ACME, BOREALIS])
    assert client.visible([BOREALIS, ACME, "Cosmo"]) == [ACME]
    assert LOCAL.limit() == () and LOCAL.limit([BOREALIS]) == (BOREALIS,)  # local mode: as before
    assert LOCAL.visible([BOREALIS, ACME]) == [BOREALIS, ACME]


@pytest.mark.parametrize(("scope", "allowed"), [
    (Scope("viewer"), {"see_setup"}),
    (Scope("editor"), {"see_setup", "exclude", "send", "send_all", "upload", "adopt", "competitors"}),
    (Scope("editor", (ACME,)), {"exclude", "send"}),
    (Scope("admin", (ACME,)), {"exclude", "send"}),
    (Scope("admin"), set(ACTIONS)),
    (LOCAL, set(ACTIONS)),
])
def test_each_role_may_do_what_the_roles_before_it_may_and_a_scoped_user_touches_no_shared_data(scope, allowed):
    assert {a for a in ACTIONS if scope.allows(a)} == allowed
    for action in set(ACTIONS) - allowed:
        with pytest.raises(NotAllowed):
            scope.require(action)


def test_a_refusal_says_why_in_english_and_in_dutch():
    with pytest.raises(NotAllowed) as refused:
        Scope("viewer").require("exclude")
    assert str(refused.value) == "a viewer may not exclude or include a breach: that needs the role editor"
    assert i18n.message(str(refused.value), "nl") == (
        "met de rol viewer mag u niet een overschrijding uitsluiten of weer meetellen; daarvoor is de rol editor nodig")
    with pytest.raises(NotAllowed) as refused:
        Scope("admin", (ACME,)).require("undo")
    assert i18n.message(str(refused.value), "nl") == "alleen wie alle klanten ziet, mag een import ongedaan maken"
    for _, _, phrase in ACTIONS.values():
        assert i18n.message(phrase, "nl") != phrase, phrase


def test_an_address_finds_its_own_row_before_its_domain_and_case_does_not_matter():
    rows = list(USERS.itertuples(index=False))
    assert users.match(rows, "Boss@Team.example") == Scope("admin", None, "boss@team.example", signed_in=True)
    assert users.match(rows, "intern@team.example").role == "viewer"  # the domain's row
    assert users.match(rows, "am@team.example").customers == (ACME, BOREALIS)
    assert users.match(rows, "it@acme.example").customers == (ACME,)
    assert users.match(rows, "someone@acme.example") is None  # no row, no domain row: no access
    assert users.match(rows, "") is None


def test_the_users_sheet_is_checked_row_by_row(db: Path):
    bad = pd.DataFrame([["not an address", "viewer", "*"], ["a@b.example", "owner", "*"],
                        ["c@d.example", "viewer", "*; Acme"], ["A@B.example", "viewer", "Acme"],
                        ["", "viewer", ""]], columns=["email", "role", "customers"])
    with pytest.raises(config.ConfigProblem) as problem:
        config.import_sheets({"users": bad}, "test", db)
    assert problem.value.problems == [
        "users row 6: email is empty",
        "users row 6: customers is empty",
        "users row 2: 'not an address' is not an e-mail address or *@domain",
        "users row 3: role must be viewer, editor or admin",
        "users row 4: customers is either * or a list of customers, not both",
        "users: 'A@B.example' is listed more than once",
    ]
    assert [i18n.message(p, "nl") for p in problem.value.problems[2:4]] == [
        "users rij 2: 'not an address' is geen e-mailadres of *@domein",
        "users rij 3: role moet viewer, editor of admin zijn"]
    assert not db.exists() or query(db, "select count(*) from config_versions") == [(0,)]


def test_the_users_sheet_is_stored_resolved_and_exported(db: Path, tmp_path: Path):
    config.import_sheets({"users": USERS}, "test", db)
    assert users.resolve("IT@acme.example", db) == Scope("viewer", (ACME,), "it@acme.example", signed_in=True)
    assert users.resolve("stranger@else.example", db) is None
    config.export_config(tmp_path / "out", db=db)
    exported = pd.read_csv(tmp_path / "out" / "users.csv", dtype=str, keep_default_na=False)
    assert exported.values.tolist() == USERS.values.tolist()
    workbook = tmp_path / "config.xlsx"
    config.export_config(workbook, db=db)
    assert pd.read_excel(workbook, sheet_name="users", engine="openpyxl").values.tolist() == USERS.values.tolist()


def test_only_an_admin_who_sees_every_customer_changes_the_configuration_and_keeps_that_role(db: Path):
    config.import_sheets({"users": USERS}, "first", db, scope=ADMIN)
    for scope in (Scope("editor", None, "am@team.example", True), Scope("admin", (ACME,), "x@team.example", True)):
        with pytest.raises(NotAllowed):
            config.import_sheets({"users": USERS}, "refused", db, scope=scope)
    demoted = USERS.assign(role=["viewer", "viewer", "editor", "viewer"])
    with pytest.raises(config.ConfigProblem) as problem:
        config.import_sheets({"users": demoted}, "demoted", db, scope=ADMIN)
    assert problem.value.problems == ["users: 'boss@team.example' would no longer be an admin who sees every "
                                      "customer; keep a row that makes you one"]
    assert query(db, "select source, actor from config_versions") == [("first", "boss@team.example")]


def test_the_cli_records_the_os_user_for_imports_undos_and_configuration_versions(db: Path, write, sla,
                                                                                    tmp_path: Path):
    assert os_actor().startswith("os:") and LOCAL.actor == os_actor()
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "users.csv").write_text("email,role,customers\nboss@team.example,admin,*\n", encoding="utf-8")
    assert sla("config", "import", folder).code == 0
    assert sla("ingest", "tickets", write("tickets.csv", TICKETS_CSV)).code == 0
    assert sla("undo", "1").code == 0
    assert query(db, "select actor from config_versions") == [(os_actor(),)]
    assert query(db, "select batch_id, file_name, imported_by, actor from batch_undos") == [
        (1, "tickets.csv", os_actor(), os_actor())]


def test_a_signed_in_import_and_undo_name_the_e_mail_and_a_viewer_may_do_neither(db: Path, write):
    path = write("tickets.csv", TICKETS_CSV)
    viewer = Scope("viewer", None, "v@team.example", signed_in=True)
    with pytest.raises(NotAllowed):
        ingest.ingest_file(path, "tickets", db=db, scope=viewer)
    result = ingest.ingest_file(path, "tickets", db=db, scope=ADMIN)
    assert query(db, "select actor from batches") == [("boss@team.example",)]
    assert overview.import_log(db, ADMIN)["actor"].tolist() == ["boss@team.example"]
    with pytest.raises(NotAllowed):
        ingest.undo(result.batch_id, db, viewer)
    with pytest.raises(NotAllowed):
        overview.import_log(db, Scope("admin", (ACME,), "x@team.example", True))  # a scoped user: no shared setup
    ingest.undo(result.batch_id, db, ADMIN)
    assert overview.undone_imports(db)[["file_name", "imported_by", "actor"]].values.tolist() == [
        ["tickets.csv", "boss@team.example", "boss@team.example"]]
