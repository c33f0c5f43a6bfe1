"""The monthly e-mail delivery: executives get the one-page PDF, each client contact their own Excel report and
one-page PDF, in their language (configuration sheet `recipients`).

Every message tried is written to delivery_log with the data version it was built from. A message already sent
for the period is not sent again unless asked (resend) or the data changed since; a failed one is tried again
on the next run. SMTP comes from the environment (SLA_SMTP_HOST, _PORT, _TLS starttls|ssl|none, _USER,
_PASSWORD, _FROM).
"""

from __future__ import annotations

import os
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

import pandas as pd

from sla import i18n, store
from sla.outputs import pdf, report
from sla.store import data_state, settings
from sla.store.scope import LOCAL, Scope

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass
class Delivery:
    """One recipient's message for a period: who, what, and why it is (not) sent."""

    email: str
    customer: str  # * for an executive's all-customer summary
    role: str
    language: str
    reason: str  # new, data changed, failed before, resend, or already sent (then skipped)
    send: bool
    attachments: list[tuple[str, bytes, str]] = field(default_factory=list)


def _previous(con, period: str) -> pd.DataFrame:
    """Per recipient the latest attempt for the period: status and data version."""
    return con.execute("""
        select email, customer, role, language, arg_max(status, tried_at) as status,
               arg_max(data_version, tried_at) as data_version
        from delivery_log where period = $period group by all""", {"period": period}).df()


def plan(db: Path | str | None, period: str, resend: bool = False, customer: str | None = None) -> list[Delivery]:
    """Who gets what for the period, and why; the recipients in force (one customer's client contacts only, when
    `customer` is given), in sheet order."""
    with store.connect(db, read_only=True) as con:
        version = data_state.read(con).fingerprint
        recipients = con.execute("select * from stg_recipients").df()
        tried = _previous(con, period)
    if customer is not None:
        recipients = recipients[(recipients["customer"] == customer) & (recipients["role"] == "client")]
    out = []
    for row in recipients.itertuples(index=False):
        key = (tried["email"] == row.email) & (tried["customer"] == row.customer) & (tried["role"] == row.role) \
            & (tried["language"] == row.language)
        last = tried[key].iloc[0] if key.any() else None
        if last is None:
            reason = "new"
        elif last.status != "sent":
            reason = "failed before"
        elif resend:
            reason = "resend"
        elif last.data_version != version:
            reason = "data changed"
        else:
            reason = "already sent"
        out.append(Delivery(row.email, row.customer, row.role, row.language, reason, reason != "already sent"))
    return out


def _attach(db: Path | str | None, item: Delivery, period: str) -> None:
    """The files of a message: a client's own report and PDF, or the (all- or one-customer) summary PDF."""
    customers = [] if item.customer == "*" else [item.customer]
    suffix = f" - {item.customer}" if customers else ""
    name = i18n.t("pdf.file", item.language, month=period).removesuffix(".pdf") + suffix + ".pdf"
    item.attachments = [(name, pdf.summary_pdf(db, period, customers, item.language), "application/pdf")]
    if item.role == "client":
        item.attachments.insert(0, (report.file_name(item.customer, period, item.language),
                                    report.report_bytes(db, item.customer, period, item.language), XLSX))


def _message(item: Delivery, period: str, sender: str) -> EmailMessage:
    month = i18n.month(period, item.language)
    msg = EmailMessage()
    msg["From"], msg["To"] = sender, item.email
    msg["Subject"] = i18n.t(f"delivery.subject.{item.role}", item.language, month=month, customer=item.customer)
    msg.set_content(i18n.t(f"delivery.body.{item.role}", item.language, month=month, customer=item.customer))
    for name, content, mime in item.attachments:
        main, sub = mime.split("/")
        msg.add_attachment(content, maintype=main, subtype=sub, filename=name)
    return msg


def smtp_settings(env: dict[str, str] | None = None, stored: dict[str, str] | None = None) -> dict[str, str]:
    """The SMTP settings from the environment, else from the stored settings (smtp_host, ...; never the
    password); raises ValueError naming what is missing or wrong."""
    env = os.environ if env is None else env
    stored = stored or {}
    out = {key: env.get(f"SLA_SMTP_{key.upper()}", "") or stored.get(f"smtp_{key}", "")
           for key in ("host", "port", "tls", "user", "password", "from")}
    out["password"] = env.get("SLA_SMTP_PASSWORD", "")
    out["tls"] = out["tls"] or "starttls"
    if not out["host"] or not out["from"]:
        raise ValueError("set SLA_SMTP_HOST and SLA_SMTP_FROM (or the settings smtp_host and smtp_from), and "
                         "SLA_SMTP_PORT, SLA_SMTP_TLS, SLA_SMTP_USER, SLA_SMTP_PASSWORD as your mail server needs")
    if out["tls"] not in ("starttls", "ssl", "none"):
        raise ValueError(f"SLA_SMTP_TLS must be starttls, ssl or none, not {out['tls']!r}")
    out["port"] = out["port"] or {"ssl": "465", "starttls": "587", "none": "25"}[out["tls"]]
    return out


def _connect(smtp: dict[str, str]) -> smtplib.SMTP:
    if smtp["tls"] == "ssl":
        server = smtplib.SMTP_SSL(smtp["host"], int(smtp["port"]), context=ssl.create_default_context(), timeout=30)
    else:
        server = smtplib.SMTP(smtp["host"], int(smtp["port"]), timeout=30)
        if smtp["tls"] == "starttls":
            server.starttls(context=ssl.create_default_context())
    if smtp["user"]:
        server.login(smtp["user"], smtp["password"])
    return server


def _send_all(items: list[Delivery], period: str, smtp: dict[str, str]) -> list[str | None]:
    """Send each message; per message None when sent, else the reason it failed."""
    try:
        server = _connect(smtp)
    except (OSError, smtplib.SMTPException) as exc:
        return [f"could not reach the mail server {smtp['host']}:{smtp['port']}: {exc}"] * len(items)
    failures = []
    with server:
        for item in items:
            try:
                server.send_message(_message(item, period, smtp["from"]))
                failures.append(None)
            except smtplib.SMTPRecipientsRefused as exc:
                code, text = next(iter(exc.recipients.values()))
                failures.append(f"refused by the mail server: {code} {text.decode(errors='replace')}")
            except (OSError, smtplib.SMTPException) as exc:
                failures.append(f"not sent: {exc}")
    return failures


def deliver(db: Path | str | None, period: str, resend: bool = False, env: dict[str, str] | None = None,
            say: Callable[[str], None] = print, customer: str | None = None, scope: Scope = LOCAL) -> int:
    """Send what `plan` says is due (to one customer's contacts only, when given) and log every attempt;
    returns the number of messages that failed."""
    scope.require("send")
    if customer is None:
        scope.require("send_all")
    else:
        scope.check([customer])
    items = [i for i in plan(db, period, resend, customer) if i.send]
    if not items:
        say(f"Nothing to send for {period}: every recipient has it, and the data did not change since.")
        return 0
    with store.connect(db, read_only=True) as con:
        smtp = smtp_settings(env, settings.all_settings(con))
    for item in items:
        _attach(db, item, period)
    failures = _send_all(items, period, smtp)
    now = settings.now()
    with store.connect(db) as con:
        version = data_state.read(con).fingerprint
        for item, failure in zip(items, failures, strict=True):
            con.execute("insert into delivery_log values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [period, item.email, item.customer, item.role, item.language,
                         ", ".join(a[0] for a in item.attachments), version, "failed" if failure else "sent",
                         failure, now])
    for item, failure in zip(items, failures, strict=True):
        what = ", ".join(a[0] for a in item.attachments)
        say(f"{item.email}: {'FAILED, ' + failure + ' (tried again next run)' if failure else 'sent'} "
            f"({item.reason}): {what}")
    return sum(f is not None for f in failures)


def log(db: Path | str | None = None, period: str | None = None, scope: Scope = LOCAL) -> pd.DataFrame:
    """Every delivery attempt (of one period, when given; to the scope's customers' contacts), newest first;
    tried_at in the report time zone."""
    with store.connect(db, read_only=True) as con:
        frame = con.execute("select * from delivery_log where $period is null or period = $period "
                            "order by tried_at desc, email", {"period": period}).df()
        tz = settings.get(con, "report_timezone")
    if not scope.everything:
        frame = frame[frame["customer"].isin(scope.customers)].reset_index(drop=True)
    return frame.assign(tried_at=frame["tried_at"].dt.tz_localize("UTC").dt.tz_convert(tz))


def contacts(db: Path | str | None, customer: str, scope: Scope = LOCAL) -> list[str]:
    """The e-mail addresses of a customer's client contacts in the recipients sheet in force."""
    scope.check([customer])
    with store.connect(db, read_only=True) as con:
        return [r[0] for r in con.execute("select email from stg_recipients where customer = ? and role = 'client'",
                                          [customer]).fetchall()]
