"""Export presets: which source columns feed which canonical field, and how a preset is recognised.

A preset never computes anything: it only names columns and translates source values. Header names are
matched case-insensitively after trimming, so `Created At`, `created at` and ` CREATED AT ` are one name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# Canonical input fields per kind and how each is parsed. Types:
#   text, timestamp, number (decimal comma understood),
#   verdict (the source's own SLA met/breached: true/false after a preset's value translation, or, as Jira
#     exports its SLA fields, the time left on the clock as a signed `h:mm`, negative when breached),
#   status (monitor up/down), satisfaction (score, good/bad, offered).
FIELDS: dict[str, dict[str, str]] = {
    "tickets": {
        "ticket_id": "text", "customer": "text", "service": "text", "priority": "text", "channel": "text",
        "team": "text", "agent": "text", "category": "text", "status": "text", "subject": "text",
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
        "response_time_ms": "number", "volume": "number", "unit": "text",  # unit of the volume (requests, MB)
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
    """One export layout: canonical field -> accepted source headers, plus value translations.

    `values[field]` maps a source value, normalised with `norm`, to the canonical value the importer then
    parses by the field's type; "" stands for no value. Values a translation does not list pass through
    unchanged.
    """

    name: str
    kind: str
    label: str
    source: str  # stored as tickets.source; also tells apart ticket ids of different systems
    columns: Mapping[str, tuple[str, ...]]
    signature: tuple[str, ...]  # headers that must all be present for auto-detection (normalised)
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # field -> {norm(value): canonical}
    exact: bool = False  # detect only when the header is the signature and nothing else

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
        want = {norm(s) for s in self.signature}
        return have == want if self.exact else want <= have


def _cols(**columns: str | tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    return {k: (v,) if isinstance(v, str) else v for k, v in columns.items()}


# System presets. Header names are those of each system's own export (sources in
# tests/fixtures/exports/ATTRIBUTION.md); where a system has more than one spelling, every spelling is listed.

ZENDESK = Preset(
    name="zendesk", kind="tickets", label="Zendesk Support ticket CSV export", source="zendesk",
    columns=_cols(
        ticket_id="Id", customer="Organization",
        # A custom field: the CSV export titles a drop-down field "<title> [list]".
        service=("Service", "Service [list]", "Product", "Product [list]"),
        priority="Priority", channel="Via", team="Group", agent="Assignee", category="Ticket type", status="Status",
        subject="Subject", created_at="Created at", updated_at="Updated at", resolved_at="Solved at",
        first_response_minutes="First reply time in minutes",
        paused_minutes="On hold time in minutes", reopens="Reopens", satisfaction="Satisfaction Score",
    ),
    signature=("Id", "Created at", "First reply time in minutes"),
    values={
        # Offered: survey sent, not answered. Not Offered (older exports: Unoffered): no survey.
        "satisfaction": {
            "good": "good", "bad": "bad", "offered": "offered", "not offered": "", "unoffered": "",
        },
    },
)

JIRA_SM = Preset(
    name="jira_sm", kind="tickets", label='Jira Service Management CSV export ("all fields")', source="jira",
    columns=_cols(
        ticket_id="Issue key", customer=("Custom field (Organizations)", "Organizations"),
        service=("Custom field (Affected services)", "Affected services", "Component/s"),
        priority="Priority", agent="Assignee",
        category=("Custom field (Request Type)", "Request Type", "Issue Type"),
        status="Status", subject="Summary",
        created_at="Created", updated_at="Updated", resolved_at="Resolved",
        # The SLA fields hold the time left when the clock stopped, `h:mm`, negative when breached.
        source_first_response_met=("Custom field (Time to first response)", "Time to first response"),
        source_resolution_met=("Custom field (Time to resolution)", "Time to resolution"),
        satisfaction=("Custom field (Satisfaction)", "Satisfaction rating", "Satisfaction"),
        satisfaction_at=("Custom field (Satisfaction date)", "Satisfaction date"),
    ),
    signature=("Issue key", "Issue id", "Created"),
)

FRESHDESK = Preset(
    name="freshdesk", kind="tickets", label="Freshdesk ticket export (CSV)", source="freshdesk",
    columns=_cols(
        ticket_id="Ticket ID", customer=("Company Name", "Company"), service="Product", priority="Priority",
        channel="Source", team="Group", agent="Agent", category="Type", status="Status", subject="Subject",
        created_at="Created time", updated_at="Last update time",
        first_response_at="Initial response time", first_response_hours="First response time (in hrs)",
        resolved_at="Resolved time", closed_at="Closed time",
        source_first_response_met="First response status", source_resolution_met="Resolution status",
        satisfaction="Survey results",
    ),
    signature=("Ticket ID", "Created time", "Due by Time"),
    values={
        "source_first_response_met": {"within sla": "true", "sla violated": "false"},
        "source_resolution_met": {"within sla": "true", "sla violated": "false"},
        # The classic three-answer survey. Freshdesk counts only Awesome as positive, so Just Okay is "bad"
        # here, which keeps the share of good answers equal to Freshdesk's own satisfaction score.
        "satisfaction": {"awesome": "good", "just okay": "bad", "not good": "bad"},
    },
)

# One column set for both ways ServiceNow names a column: the field name (number, opened_at: exports made
# with field names, and the public incident event log) and the label (Number, Opened: list exports).
_SERVICENOW_COLUMNS = _cols(
    ticket_id="number", customer="company",
    service=("business_service", "Service", "cmdb_ci", "Configuration item"),
    priority="priority", channel=("contact_type", "Channel", "Contact type"),
    team=("assignment_group", "Assignment group"), agent=("assigned_to", "Assigned to"), category="category",
    status=("state", "incident_state", "Incident state"), subject=("short_description", "Short description"),
    created_at=("opened_at", "Opened"), updated_at=("sys_updated_on", "sys_updated_at", "Updated"),
    resolved_at=("resolved_at", "Resolved"), closed_at=("closed_at", "Closed"),
    reopens=("reopen_count", "Reopen count"),
    source_resolution_met=("made_sla", "Made SLA"),  # the incident made its (resolution) SLA
)
_SERVICENOW_VALUES = {"source_resolution_met": {"true": "true", "false": "false", "1": "true", "0": "false"}}

SERVICENOW = Preset(
    name="servicenow", kind="tickets", label="ServiceNow incidents, column names (export or event log)",
    source="servicenow", columns=_SERVICENOW_COLUMNS, signature=("number", "opened_at"),
    values=_SERVICENOW_VALUES,
)

SERVICENOW_LABELS = Preset(
    name="servicenow_labels", kind="tickets", label="ServiceNow incident list export, column labels",
    source="servicenow", columns=_SERVICENOW_COLUMNS, signature=("Number", "Opened"),
    values=_SERVICENOW_VALUES,
)

HELPDESK_LOG = Preset(
    name="helpdesk_log", kind="tickets", label="Helpdesk event log (Disco / process-mining CSV)",
    source="helpdesk",
    columns=_cols(
        ticket_id="Case ID", activity="Activity",
        created_at="Complete Timestamp",  # each event's time; a ticket is created at its first event
        customer="customer", service="product",
        # service_level is the log's SLA tier (4 values); seriousness has a single value in the whole log.
        priority="service_level", team="workgroup", agent="Resource",
        status="Activity",  # the latest event is the ticket's state
    ),
    signature=("Case ID", "Activity", "Complete Timestamp"),
    values={
        "activity": {
            "take in charge ticket": "first_response", "resolve ticket": "resolved", "resolved": "resolved",
            "closed": "closed",
        },
    },
)

KAGGLE_SUPPORT = Preset(
    name="kaggle_support", kind="tickets", label='Kaggle "Customer Support Ticket Dataset"', source="kaggle",
    # No customer: the customers are consumers, so tickets go to --customer or "(no customer)".
    columns=_cols(
        ticket_id="Ticket ID", service="Product Purchased", priority="Ticket Priority",
        channel="Ticket Channel", category="Ticket Type", status="Ticket Status", subject="Ticket Subject",
        created_at="First Response Time",  # the file has no creation time; nothing is earlier than this
        first_response_at="First Response Time", resolved_at="Time to Resolution",
        satisfaction="Customer Satisfaction Rating",
    ),
    signature=("Ticket ID", "Product Purchased", "Ticket Channel", "First Response Time"),
)

UPTIMEROBOT = Preset(
    name="uptimerobot", kind="outages", label="UptimeRobot log export", source="uptimerobot",
    columns=_cols(
        started_at="Date-Time", event="Event", service="Monitor", reason="Reason",
        duration_minutes="Duration (in mins.)",
    ),
    signature=("Date-Time", "Event", "Monitor"),
)

NAB = Preset(
    name="nab", kind="checks", label="NAB series (timestamp, value = response time in ms)", source="nab",
    columns=_cols(checked_at="timestamp", response_time_ms="value"),  # no monitor column: pass --service
    signature=("timestamp", "value"), exact=True,
)

GENERIC_TICKETS = Preset(
    name="generic_tickets", kind="tickets", label="Generic ticket CSV", source="csv",
    columns=_cols(
        ticket_id=("ticket_id", "ticket id", "id"), customer=("customer", "organization", "company"),
        service="service", priority="priority", channel="channel", team=("team", "group"),
        agent=("agent", "assignee"),
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
        status=("status", "state", "up"),
        response_time_ms=("response_time_ms", "response time", "response_time"),
        volume=("volume", "requests", "count"), unit=("unit", "volume_unit"),
    ),
    signature=("timestamp", "monitor", "status"),
)

GENERIC_FEEDBACK = Preset(
    name="generic_feedback", kind="feedback", label="Generic feedback CSV (CSAT/NPS)", source="csv",
    columns=_cols(
        response_id=("response_id", "id"), customer=("customer", "company"),
        ticket_id=("ticket_id", "ticket"),
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
    columns=_cols(
        service="service", starts_at=("start", "starts_at"), ends_at=("end", "ends_at"), note="note",
    ),
    signature=("service", "start", "end"),
)

# Most specific first: detection takes the first preset whose signature is present. The generic presets
# come last, as the fallbacks.
PRESETS: tuple[Preset, ...] = (
    KAGGLE_SUPPORT, ZENDESK, FRESHDESK, HELPDESK_LOG, JIRA_SM, UPTIMEROBOT,
    SERVICENOW, SERVICENOW_LABELS, NAB,
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
