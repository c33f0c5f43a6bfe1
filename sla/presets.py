"""Export presets: which source columns feed which canonical field, and how a preset is recognised.

A preset never computes anything: it only names columns and translates source values. Header names are
matched case-insensitively after trimming, so `Created At`, `created at` and ` CREATED AT ` are one name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# Canonical input fields per kind and how each is parsed. Types:
#   text, timestamp, number (decimal comma understood), verdict (the source's own SLA met/breached),
#   status (monitor up/down), satisfaction (score, good/bad, offered).
FIELDS: dict[str, dict[str, str]] = {
    "tickets": {
        "ticket_id": "text", "customer": "text", "service": "text", "priority": "text", "channel": "text",
        "team": "text", "category": "text", "status": "text", "subject": "text",
        "created_at": "timestamp", "updated_at": "timestamp", "first_response_at": "timestamp",
        "resolved_at": "timestamp", "closed_at": "timestamp",
        # Exports that give the first reply as a duration since creation (Zendesk, Freshdesk)
        "first_response_minutes": "number", "first_response_hours": "number",
        "paused_minutes": "number", "reopens": "number",
        "source_first_response_met": "verdict", "source_resolution_met": "verdict",
        "satisfaction": "satisfaction", "satisfaction_comment": "text", "satisfaction_at": "timestamp",
        "activity": "text",  # event logs: one row per event, collapsed to one ticket
    },
    "checks": {
        "service": "text", "checked_at": "timestamp", "status": "status",
        "response_time_ms": "number", "volume": "number",
    },
    "outages": {
        "service": "text", "event": "text", "started_at": "timestamp", "ended_at": "timestamp",
        "duration_minutes": "number", "reason": "text",
    },
    "feedback": {
        "response_id": "text", "customer": "text", "ticket_id": "text", "submitted_at": "timestamp",
        "kind": "text", "score": "satisfaction", "comment": "text",
    },
    "maintenance": {"service": "text", "starts_at": "timestamp", "ends_at": "timestamp", "note": "text"},
}

# A row cannot be stored without these (after --customer/--service defaults are applied).
REQUIRED: dict[str, tuple[str, ...]] = {
    "tickets": ("ticket_id", "created_at"),
    "checks": ("service", "checked_at"),
    "outages": ("service", "started_at"),
    "feedback": ("submitted_at", "score"),
    "maintenance": ("service", "starts_at", "ends_at"),
}


def norm(header: str) -> str:
    """How headers are compared: trimmed, lower case, inner white space folded."""
    return " ".join(str(header).replace("\ufeff", "").split()).lower()


@dataclass(frozen=True)
class Preset:
    """One export layout: canonical field -> accepted source headers, plus value translations."""

    name: str
    kind: str
    label: str
    source: str  # stored as tickets.source; also tells apart ticket ids of different systems
    columns: Mapping[str, tuple[str, ...]]
    signature: tuple[str, ...]  # headers that must all be present for auto-detection (normalised)
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # field -> {norm(source): canonical}

    def resolve(self, headers: list[str]) -> dict[str, str]:
        """Map canonical field -> the header in this file that feeds it (first accepted name present)."""
        by_norm = {norm(h): h for h in headers}
        found = {}
        for canonical, names in self.columns.items():
            for name in names:
                if norm(name) in by_norm:
                    found[canonical] = by_norm[norm(name)]
                    break
        return found

    def matches(self, headers: list[str]) -> bool:
        have = {norm(h) for h in headers}
        return all(norm(s) in have for s in self.signature)


def _cols(**columns: str | tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    return {k: (v,) if isinstance(v, str) else v for k, v in columns.items()}


GENERIC_TICKETS = Preset(
    name="generic_tickets", kind="tickets", label="Generic ticket CSV", source="csv",
    columns=_cols(
        ticket_id=("ticket_id", "ticket id", "id"), customer=("customer", "organization", "company"),
        service="service", priority="priority", channel="channel", team=("team", "group"),
        category=("category", "type"), status="status", subject="subject",
        created_at=("created_at", "created"), updated_at=("updated_at", "updated"),
        first_response_at="first_response_at", resolved_at=("resolved_at", "resolved"),
        closed_at=("closed_at", "closed"), paused_minutes="paused_minutes", reopens="reopens",
        satisfaction=("satisfaction", "csat"), satisfaction_comment="satisfaction_comment",
    ),
    signature=("ticket_id", "created_at"),
)

GENERIC_CHECKS = Preset(
    name="generic_checks", kind="checks", label="Generic monitoring checks CSV", source="csv",
    columns=_cols(
        service=("monitor", "service", "check"), checked_at=("timestamp", "checked_at", "time"),
        status=("status", "state", "up"), response_time_ms=("response_time_ms", "response time", "response_time"),
        volume=("volume", "requests", "count"),
    ),
    signature=("timestamp", "monitor", "status"),
)

GENERIC_FEEDBACK = Preset(
    name="generic_feedback", kind="feedback", label="Generic feedback CSV (CSAT/NPS)", source="csv",
    columns=_cols(
        response_id=("response_id", "id"), customer=("customer", "company"), ticket_id=("ticket_id", "ticket"),
        submitted_at=("submitted_at", "date", "timestamp"), kind=("kind", "survey", "type"),
        score=("score", "rating"), comment=("comment", "comments", "feedback"),
    ),
    signature=("submitted_at", "score"),
)

GENERIC_OUTAGES = Preset(
    name="generic_outages", kind="outages", label="Generic outage log CSV", source="csv",
    columns=_cols(
        service=("service", "monitor"), started_at=("started_at", "start"), ended_at=("ended_at", "end"),
        duration_minutes="duration_minutes", reason="reason",
    ),
    signature=("started_at", "ended_at"),
)

GENERIC_MAINTENANCE = Preset(
    name="generic_maintenance", kind="maintenance", label="Maintenance windows CSV", source="csv",
    columns=_cols(service="service", starts_at=("start", "starts_at"), ends_at=("end", "ends_at"), note="note"),
    signature=("service", "start", "end"),
)

# Most specific first: detection takes the first preset whose signature is present.
PRESETS: tuple[Preset, ...] = (
    GENERIC_TICKETS, GENERIC_CHECKS, GENERIC_FEEDBACK, GENERIC_OUTAGES, GENERIC_MAINTENANCE,
)
BY_NAME: dict[str, Preset] = {p.name: p for p in PRESETS}


def detect(headers: list[str], kind: str | None = None) -> Preset | None:
    """The preset whose signature the header carries (most specific first), optionally of one kind."""
    for preset in PRESETS:
        if (kind is None or preset.kind == kind) and preset.matches(headers):
            return preset
    return None


def generic(kind: str) -> Preset:
    """The generic preset of a kind: the fallback when nothing is detected and the user maps columns."""
    return next(p for p in PRESETS if p.kind == kind and p.name.startswith("generic_"))
