"""Who may sign in, and what they may see and do: the `users` sheet of the configuration workbook.

A row names an e-mail address, or `*@domain` for everyone of a domain; an exact address wins over its domain
(case does not matter). Its role is viewer (reads), editor (also excludes breaches, uploads exports, adopts
drafts) or admin (also imports the configuration and undoes imports); its customers are `*` (all) or a list
separated by semicolons. A signed-in e-mail no row matches has no access.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from sla import store
from sla.store.scope import Scope

SEPARATOR = ";"  # between customers: a customer's name may hold spaces and commas ("Jansen & Zn., B.V.")
ADDRESS = re.compile(r"(\*|[^@\s*]+)@[^@\s*]+\.[^@\s*]+")


def customers_of(text: str) -> tuple[str, ...] | None:
    """A cell of the customers column as the scope's customers: None for `*`, else the names listed."""
    names = tuple(dict.fromkeys(n.strip() for n in text.split(SEPARATOR) if n.strip()))
    return None if names == ("*",) else names


def match(rows: Iterable[tuple[str, str, str]], email: str) -> Scope | None:
    """The scope of the row (email, role, customers) that the address matches: its own row, else its domain's."""
    email = email.strip().lower()
    domain = "*@" + email.rpartition("@")[2]
    by_email = {e.lower(): (role, customers) for e, role, customers in rows}
    found = by_email.get(email) or (by_email.get(domain) if "@" in email else None)
    if found is None:
        return None
    return Scope(found[0], customers_of(found[1]), email, signed_in=True)


def resolve(email: str, db: Path | str | None = None) -> Scope | None:
    """The scope of a signed-in e-mail address in the users sheet in force; None: no access."""
    with store.connect(db, read_only=True) as con:
        rows = con.execute("select email, role, customers from stg_users").fetchall()
    return match(rows, email)
