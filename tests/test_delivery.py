"""`python -m sla deliver` against a real SMTP server (aiosmtpd, in this process): who gets which message, that
a client's attachments hold that client only (the .xlsx opened with openpyxl, the PDF read with pdftotext), that
a second run sends nothing, and that a refused recipient is logged and tried again on the next run."""

from __future__ import annotations

import email
import io
import shutil
import socket
import subprocess
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from aiosmtpd.controller import Controller

from sla import cli
from sla.contract import config
from tests.conftest import DEMO_MONTH

CLIENTS = ["Acme Retail Ltd", "Nordwind Energie", "Bakkerij De Gouden Korst"]
REFUSED = "refuse.me@example.org"


class Inbox:
    """An SMTP handler that keeps every message and refuses the addresses in `refuse`."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.refuse: set[str] = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 (aiosmtpd's name)
        if address in self.refuse:
            return "550 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 Message accepted"


@pytest.fixture
def inbox():
    handler = Inbox()
    with socket.socket() as probe:  # a free port (aiosmtpd's own start-up check cannot use port 0)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield handler, {"SLA_SMTP_HOST": "127.0.0.1", "SLA_SMTP_PORT": str(port), "SLA_SMTP_TLS": "none",
                    "SLA_SMTP_FROM": "sla@example.org"}
    controller.stop()


@pytest.fixture
def db(demo_db: Path, tmp_path: Path) -> Path:
    """A copy of the demo database with 2 executives (one Dutch) and 3 client contacts as recipients."""
    copy = tmp_path / "demo.duckdb"
    shutil.copy(demo_db, copy)
    sheets = config.in_force(copy)
    sheets["recipients"] = pd.DataFrame(
        [["*", "ceo@example.org", "executive", "en"], ["*", "directie@example.org", "executive", "nl"],
         [CLIENTS[0], "it@acme.example", "client", "en"], [CLIENTS[1], "sla@nordwind.example", "client", "nl"],
         [CLIENTS[2], "inkoop@goudenkorst.example", "client", "nl"]],
        columns=["customer", "email", "role", "language"])
    config.import_sheets(sheets, "test", copy)
    return copy


def deliver(db: Path, env: dict, monkeypatch: pytest.MonkeyPatch, capsys, *args: str) -> tuple[int, str]:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    code = cli.main(["--db", str(db), "deliver", "--period", DEMO_MONTH, *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out + err


def pdf_text(content: bytes, tmp_path: Path) -> str:
    path = tmp_path / "attachment.pdf"
    path.write_bytes(content)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def workbook_text(content: bytes) -> str:
    book = openpyxl.load_workbook(io.BytesIO(content))
    return "\n".join(str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
                     if c.value is not None)


def test_five_messages_each_client_sees_only_itself_and_a_second_run_sends_none(db, inbox, monkeypatch, capsys,
                                                                                 tmp_path):
    handler, env = inbox
    code, out = deliver(db, env, monkeypatch, capsys)
    assert code == 0, out
    assert sorted(m["To"] for m in handler.messages) == sorted(
        ["ceo@example.org", "directie@example.org", "it@acme.example", "sla@nordwind.example",
         "inkoop@goudenkorst.example"])
    everyone = set(config.in_force(db)["customers"]["customer"]) | set(CLIENTS)
    assert len(everyone) > 5
    for message in handler.messages:
        files = {a.get_filename(): a.get_content() for a in message.iter_attachments()}
        if message["To"].endswith("example.org"):  # executives: the all-customer PDF only
            assert [n.endswith(".pdf") for n in files] == [True]
            continue
        client = next(c for c in CLIENTS if c in message["Subject"])
        assert sorted(n.rsplit(".", 1)[1] for n in files) == ["pdf", "xlsx"]
        texts = [pdf_text(c, tmp_path) if n.endswith(".pdf") else workbook_text(c) for n, c in files.items()]
        for text in texts:
            assert client in text
            assert [other for other in everyone - {client} if other in text] == []
    dutch = next(m for m in handler.messages if m["To"] == "sla@nordwind.example")
    assert dutch["Subject"] == "SLA-rapportage okt 2026, Nordwind Energie"

    handler.messages.clear()
    code, out = deliver(db, env, monkeypatch, capsys)
    assert code == 0 and handler.messages == []
    assert "Nothing to send" in out
    code, out = deliver(db, env, monkeypatch, capsys, "--dry-run")
    assert out.count("skip:") == 5 and "already sent" in out


def test_a_refused_recipient_is_logged_and_tried_again_next_run(db, inbox, monkeypatch, capsys):
    handler, env = inbox
    sheets = config.in_force(db)
    sheets["recipients"].loc[len(sheets["recipients"])] = ["*", REFUSED, "executive", "en"]
    config.import_sheets(sheets, "test", db)
    handler.refuse.add(REFUSED)
    code, out = deliver(db, env, monkeypatch, capsys)
    assert code == 1
    assert f"{REFUSED}: FAILED, refused by the mail server: 550" in out
    assert len(handler.messages) == 5
    log = cli_log(db)
    assert log[REFUSED] == "failed" and list(log.values()).count("sent") == 5

    handler.refuse.clear()
    handler.messages.clear()
    code, out = deliver(db, env, monkeypatch, capsys)
    assert code == 0, out
    assert [m["To"] for m in handler.messages] == [REFUSED]
    assert "(failed before)" in out


def test_resend_and_changed_data_send_again(db, inbox, monkeypatch, capsys):
    handler, env = inbox
    deliver(db, env, monkeypatch, capsys)
    handler.messages.clear()
    code, out = deliver(db, env, monkeypatch, capsys, "--resend")
    assert len(handler.messages) == 5 and out.count("(resend)") == 5
    handler.messages.clear()
    config.import_sheets(config.in_force(db), "test again", db)  # a new configuration version: figures may move
    code, out = deliver(db, env, monkeypatch, capsys)
    assert len(handler.messages) == 5 and out.count("(data changed)") == 5


def cli_log(db: Path) -> dict[str, str]:
    from sla.outputs import delivery

    frame = delivery.log(db)
    return dict(zip(frame["email"], frame["status"], strict=True))


def test_the_reports_page_sends_one_clients_pack_now_and_lists_the_log(db, inbox, monkeypatch):
    from tests.conftest import open_page

    handler, env = inbox
    at = open_page("reports", db, monkeypatch, customer=[CLIENTS[0]])
    assert at.button(key="send_now").label == f"Send {CLIENTS[0]}'s report now"
    assert "Nothing sent for Oct 2026 yet." in [c.value for c in at.caption]
    at.button(key="send_now").click().run()  # no mail server configured: said so, nothing sent or logged
    assert not at.exception
    assert at.error[0].value.startswith("Nothing was sent: the mail server is not set up (set SLA_SMTP_HOST")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    at.button(key="send_now").click().run()
    assert not at.exception
    assert at.success[0].value.startswith("it@acme.example: sent (new): ")
    assert [m["To"] for m in handler.messages] == ["it@acme.example"]  # that client's contact only
    log = at.dataframe[-1].value
    assert log[["email", "customer", "status"]].values.tolist() == [["it@acme.example", CLIENTS[0], "sent"]]
    at.selectbox(key="report_customer").set_value("Pixelwerk Studio").run()  # a client without a contact
    assert at.button(key="send_now").disabled


def test_the_reports_page_in_dutch_says_why_a_message_failed_in_dutch(db, inbox, monkeypatch):
    from tests.conftest import open_page

    handler, env = inbox
    at = open_page("reports", db, monkeypatch, lang="nl", customer=[CLIENTS[0]])
    at.button(key="send_now").click().run()  # no mail server configured
    assert at.error[0].value.startswith("Er is niets verstuurd: de mailserver is niet ingesteld (stel SLA_SMTP_HOST "
                                        "en SLA_SMTP_FROM in")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    handler.refuse.add("it@acme.example")
    at.button(key="send_now").click().run()
    assert not at.exception
    assert at.error[0].value.startswith("it@acme.example: MISLUKT, geweigerd door de mailserver: 550 mailbox "
                                        "unavailable (de volgende keer opnieuw geprobeerd) (nieuw): SLA report")
    log = at.dataframe[-1].value
    assert log[["email", "role", "language", "status"]].values.tolist() == [
        ["it@acme.example", "klant", "Engels", "mislukt"]]
    assert log["reason"].tolist() == ["geweigerd door de mailserver: 550 mailbox unavailable"]
