"""Who is asking: a role and the customers they may see (sla.contract.users resolves a signed-in e-mail to one).

Every read a page or an export uses takes a Scope and narrows its customers with `limit` (a customer outside the
scope raises OutOfScope); every write checks its action with `require` (a role that may not raises NotAllowed).
LOCAL is the single-user scope of local mode and the CLI: everything, acting as the OS user ("os:alice").
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterable
from dataclasses import dataclass

ROLES = ("viewer", "editor", "admin")  # each may do what the ones before it may
# action: the least role it needs, whether it needs every customer (it touches data of all), and what it is
ACTIONS: dict[str, tuple[str, bool, str]] = {
    "exclude": ("editor", False, "exclude or include a breach"),
    "send": ("editor", False, "send a client's report now"),
    "send_all": ("editor", True, "send every recipient's report"),
    "upload": ("editor", True, "import exports"),
    "adopt": ("editor", True, "adopt a contract draft"),
    "competitors": ("editor", True, "change the competitors' promises"),
    "undo": ("admin", True, "undo an import"),
    "configure": ("admin", True, "change the contract configuration"),
    "see_setup": ("viewer", True, "see the imports and the contract configuration"),
}


class OutOfScope(ValueError):
    """A read or write of customers the caller may not see."""


class NotAllowed(ValueError):
    """An action the caller's role (or scope of customers) does not allow."""


@dataclass(frozen=True)
class Scope:
    """A role and the customers it may see (None: every customer), and who acts: a signed-in e-mail, or the OS
    user marked as such ('os:alice')."""

    role: str
    customers: tuple[str, ...] | None = None
    actor: str = ""
    signed_in: bool = False

    @property
    def everything(self) -> bool:
        """Whether every customer is in scope."""
        return self.customers is None

    def check(self, customers: Iterable[str]) -> None:
        """Raise OutOfScope naming the customers asked for that are outside the scope."""
        outside = [] if self.everything else sorted(set(customers) - set(self.customers))
        if outside:
            raise OutOfScope(f"not in your scope: {', '.join(outside)}")

    def limit(self, customers: Iterable[str] = ()) -> tuple[str, ...]:
        """The customers a read uses: those asked for (checked), or none named: () for every customer, or the
        scope's own."""
        asked = tuple(customers)
        if self.everything:
            return asked
        self.check(asked)
        return asked or self.customers

    def visible(self, names: Iterable[str]) -> list[str]:
        """The names (customers) of a list that the scope may see, in their order."""
        return [n for n in names if self.everything or n in self.customers]

    def allows(self, action: str) -> bool:
        """Whether the role and the scope allow an action of ACTIONS."""
        role, needs_everything, _ = ACTIONS[action]
        return ROLES.index(self.role) >= ROLES.index(role) and (self.everything or not needs_everything)

    def require(self, action: str) -> None:
        """Raise NotAllowed unless the role and the scope allow the action."""
        role, needs_everything, what = ACTIONS[action]
        if ROLES.index(self.role) < ROLES.index(role):
            raise NotAllowed(f"a {self.role} may not {what}: that needs the role {role}")
        if needs_everything and not self.everything:
            raise NotAllowed(f"only a user who sees every customer may {what}")


def os_actor() -> str:
    """The OS user this process runs as, marked as such: 'os:alice'."""
    try:
        name = os.environ.get("USER") or getpass.getuser()
    except (KeyError, OSError):
        name = ""
    return f"os:{name.strip() or 'unknown'}"


LOCAL = Scope("admin", None, os_actor())
