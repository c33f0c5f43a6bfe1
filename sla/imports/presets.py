"""Export presets: which source columns feed which canonical field, and how a preset is recognised.

A preset never computes anything: it only names columns and translates source values. Header names are
matched case-insensitively after trimming, so `Created At`, `created at` and ` CREATED AT ` are one name.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

# Canonical input fields per kind and how each is parsed. Types:
#   text, timestamp, number (decimal comma understood),
#   duration (minutes or hours as the field's name says, or a clock `h:mm[:ss]` whose hours may pass 24;
#     `0:00` / `00:00:00` means not stopped yet),
#   verdict (the source's own SLA met/breached: true/false after a preset's value translation, or, as Jira
#     exports its SLA fields, the time left on the clock as a signed `h:mm`, negative when breached),
#   status (monitor up/down), satisfaction (score, good/bad, offered).
FIELDS: dict[str, dict[str, str]] = {
    "tickets": {
        "ticket_id": "text", "customer": "text", "service": "text", "priority": "text", "channel": "text",
        "team": "text", "agent": "text", "category": "text", "status": "text", "subject": "text",
        "created_at": "timestamp", "updated_at": "timestamp", "first_response_at": "timestamp",
        "resolved_at": "timestamp", "closed_at": "timestamp",
        # Exports that give a stop only as its duration since creation (Zendesk, Freshdesk, Explore): on the
        # calendar clock they become the stop (created + duration) when the export has no timestamp for it
        "first_response_minutes": "duration", "first_response_hours": "duration",
        "resolution_minutes": "duration", "resolution_hours": "duration",
        # on the source's business-hours calendar: kept as the source's own figure, never a stop by itself
        "first_response_business_minutes": "duration", "resolution_business_minutes": "duration",
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
# The unit of a duration field without a clock (`h:mm:ss`) in it, in minutes.
DURATION_UNIT: dict[str, int] = {
    "first_response_minutes": 1, "first_response_hours": 60, "resolution_minutes": 1, "resolution_hours": 60,
    "first_response_business_minutes": 1, "resolution_business_minutes": 1,
}

# A row cannot be stored without these (after --customer/--service defaults are applied).
REQUIRED: dict[str, tuple[str, ...]] = {
    "tickets": ("ticket_id", "created_at"),
    "checks": ("service", "checked_at"),
    "outages": ("service", "started_at"),
    "feedback": ("submitted_at", "score"),
    "maintenance": ("service", "starts_at", "ends_at"),
}
DEFAULTABLE = ("customer", "service")  # a value for every row (--customer, --service) can stand in for these
LANGUAGES_DIR = Path(__file__).parent / "languages"


def norm(header: str) -> str:
    """How headers are compared: trimmed, lower case, inner white space folded."""
    return " ".join(str(header).replace("\ufeff", "").split()).lower()


@dataclass(frozen=True)
class Preset:
    """One export layout: canonical field -> accepted source headers, plus value translations.

    `columns` holds the system's own (English) headers, `localized` the same columns in other UI languages
    (from sla/imports/languages/*.toml). A name `{}_nps_group` stands for any header X for which the header
    `X_NPS_GROUP` is present too; a name starting with `~` is a regular expression on the normalised header.
    `values[field]` maps a source value, normalised with `norm`, to the canonical value the importer then
    parses by the field's type; "" stands for no value. Values a translation does not list pass through
    unchanged.
    """

    name: str
    kind: str
    label: str
    source: str  # stored as tickets.source; also tells apart ticket ids of different systems
    columns: Mapping[str, tuple[str, ...]]
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # field -> {norm(value): canonical}
    exact: bool = False  # detect only when the header is exactly these columns and nothing else
    patterns: Mapping[str, str] = field(default_factory=dict)  # field -> regular expression its values fit
    header_rows: int = 1  # rows of header at most: Qualtrics writes 3 (names, question texts, import ids)
    positional: tuple[str, ...] = ()  # the header a file of this layout without a header row has
    timezone: str | None = None  # the zone of the times, when the system always writes one (Uptime Kuma: UTC)
    localized: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    localized_values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # like values

    def translation(self, canonical: str, sample: Sequence[str] = ()) -> dict[str, str]:
        """The value translation of a field: the system's own, plus the other languages' when a sample value
        is one of theirs (an English export then pays nothing for the tables of other languages)."""
        localized = self.localized_values.get(canonical, {})
        if not any(norm(v) in localized for v in sample):
            return dict(self.values.get(canonical, {}))
        return {**localized, **self.values.get(canonical, {})}

    def resolve(self, headers: list[str]) -> dict[str, str]:
        """Map canonical field -> the header in this file that feeds it (first accepted name present)."""
        return {f: h for f, (h, _) in self.found(headers).items()}

    def found(self, headers: list[str]) -> dict[str, tuple[str, str]]:
        """Canonical field -> (header in the file, the accepted name it matched)."""
        by_norm = {norm(h): h for h in headers}
        found = {}
        for canonical in self.columns.keys() | self.localized.keys():
            names = (*self.columns.get(canonical, ()), *self.localized.get(canonical, ()))
            for name in names:
                header = _match(norm(name), by_norm)
                if header is not None:
                    found[canonical] = (header, norm(name))
                    break
        return {f: found[f] for f in FIELDS[self.kind] if f in found}

    def matches(self, headers: list[str]) -> bool:
        """Whether this preset would be detected from the header alone."""
        best = rank(headers)
        return bool(best) and best[0].fits and best[0].preset.name == self.name


def _match(name: str, by_norm: Mapping[str, str]) -> str | None:
    if name.startswith("~"):
        return next((h for n, h in by_norm.items() if re.fullmatch(name[1:], n)), None)
    if "{}" in name:
        return next((h for n, h in by_norm.items() if name.format(n) in by_norm), None)
    return by_norm.get(name)


def _cols(**columns: str | tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    return {k: (v,) if isinstance(v, str) else v for k, v in columns.items()}


# System presets. Header names are those of each system's own export (sources in
# tests/fixtures/exports/ATTRIBUTION.md); where a system has more than one spelling, every spelling is listed.
# Their names in other UI languages are in sla/imports/languages/<language>.toml.
_SATISFACTION = {"good": "good", "bad": "bad", "offered": "offered", "not offered": "", "unoffered": ""}
_JIRA_KEY = r"[A-Z][A-Z0-9_]+-\d+"
_JIRA_DATE = r"\d{1,2}[/ -][^\W\d_]{3,5}\.?[/ -]\d{2,4},? \d{1,2}:\d\d.*"

ZENDESK = Preset(
    name="zendesk", kind="tickets", label="Zendesk Support ticket CSV export", source="zendesk",
    columns=_cols(
        ticket_id="Id", customer="Organization",
        # A custom field: the CSV export titles a drop-down field "<title> [list]".
        service=("Service", "Service [list]", "Product", "Product [list]"),
        priority="Priority", channel="Via", team="Group", agent="Assignee", category="Ticket type", status="Status",
        subject="Subject", created_at="Created at", updated_at="Updated at", resolved_at="Solved at",
        first_response_minutes="First reply time in minutes",
        resolution_minutes="Full resolution time in minutes",
        first_response_business_minutes="First reply time in minutes within business hours",
        resolution_business_minutes="Full resolution time in minutes within business hours",
        paused_minutes="On hold time in minutes", reopens="Reopens", satisfaction="Satisfaction Score",
    ),
    # Offered: survey sent, not answered. Not Offered (older exports: Unoffered): no survey.
    values={"satisfaction": _SATISFACTION},
)

ZENDESK_EXPLORE = Preset(
    name="zendesk_explore", kind="tickets", label="Zendesk Explore report export (CSV/XLSX)", source="zendesk",
    columns=_cols(
        ticket_id="Ticket ID", customer=("Ticket organization name", "Organization name"),
        priority="Ticket priority", channel="Ticket channel", team="Ticket group", category="Ticket type",
        status="Ticket status", subject="Ticket subject", service=("Ticket brand", "Ticket form"),
        created_at=("Ticket created - Timestamp", "Ticket created - Date"),
        updated_at=("Ticket updated - Timestamp", "Ticket updated - Date"),
        resolved_at=("Ticket solved - Timestamp", "Ticket solved - Date"),
        # a metric column carries its aggregator in front when the report shows one
        first_response_minutes=("First reply time (min)", "AVG First reply time (min)",
                                "MED First reply time (min)"),
        first_response_hours=("First reply time (hrs)", "AVG First reply time (hrs)", "MED First reply time (hrs)"),
        resolution_minutes=("Full resolution time (min)", "AVG Full resolution time (min)",
                            "MED Full resolution time (min)"),
        resolution_hours=("Full resolution time (hrs)", "AVG Full resolution time (hrs)",
                          "MED Full resolution time (hrs)"),
        first_response_business_minutes=("First reply time - Business hours (min)",
                                         "AVG First reply time - Business hours (min)"),
        resolution_business_minutes=("Full resolution time - Business hours (min)",
                                     "AVG Full resolution time - Business hours (min)"),
        satisfaction=("Ticket satisfaction rating", "Satisfaction rating"),
    ),
    values={"satisfaction": _SATISFACTION},
)

JIRA_SM = Preset(
    name="jira_sm", kind="tickets", label='Jira Service Management CSV export ("all fields")', source="jira",
    columns=_cols(
        ticket_id=("Issue key", "Key"), customer=("Custom field (Organizations)", "Organizations"),
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
    patterns={"ticket_id": _JIRA_KEY, "created_at": _JIRA_DATE},
)

FRESHDESK = Preset(
    name="freshdesk", kind="tickets", label="Freshdesk ticket export (CSV)", source="freshdesk",
    columns=_cols(
        ticket_id="Ticket ID", customer=("Company Name", "Company"), service="Product", priority="Priority",
        channel="Source", team="Group", agent="Agent", category="Type", status="Status", subject="Subject",
        created_at="Created time", updated_at="Last update time",
        first_response_at="Initial response time", first_response_hours="First response time (in hrs)",
        resolution_hours="Resolution time (in hrs)",
        resolved_at="Resolved time", closed_at="Closed time",
        source_first_response_met="First response status", source_resolution_met="Resolution status",
        satisfaction="Survey results",
    ),
    values={
        "source_first_response_met": {"within sla": "true", "sla violated": "false"},
        "source_resolution_met": {"within sla": "true", "sla violated": "false"},
        # The classic three-answer survey. Freshdesk counts only Awesome as positive, so Just Okay is "bad"
        # here, which keeps the share of good answers equal to Freshdesk's own satisfaction score.
        "satisfaction": {"awesome": "good", "just okay": "bad", "not good": "bad"},
    },
)

_SERVICENOW_VALUES = {"source_resolution_met": {"true": "true", "false": "false", "1": "true", "0": "false"}}
_SERVICENOW_NUMBER = r"(?i)(INC|RITM|REQ|CHG|PRB|SCTASK|TASK|CS)\d{5,}"

# ServiceNow names a column by its field name (number, opened_at: exports made with field names, and the
# public incident event log) or by its label (Number, Opened: list exports); a preset each.
SERVICENOW = Preset(
    name="servicenow", kind="tickets", label="ServiceNow incidents, column names (export or event log)",
    source="servicenow",
    columns=_cols(
        ticket_id="number", customer="company", service=("business_service", "cmdb_ci"), priority="priority",
        channel="contact_type", team="assignment_group", agent="assigned_to", category="category",
        status=("state", "incident_state"),
        subject="short_description", created_at=("opened_at", "sys_created_on"),
        updated_at=("sys_updated_on", "sys_updated_at"), resolved_at="resolved_at", closed_at="closed_at",
        reopens="reopen_count", source_resolution_met="made_sla",  # the incident made its (resolution) SLA
    ),
    values=_SERVICENOW_VALUES, patterns={"ticket_id": _SERVICENOW_NUMBER},
)

SERVICENOW_LABELS = Preset(
    name="servicenow_labels", kind="tickets", label="ServiceNow incident list export, column labels",
    source="servicenow",
    columns=_cols(
        ticket_id="Number", customer="Company", service=("Service", "Business service", "Configuration item"),
        priority="Priority", channel=("Channel", "Contact type"), team="Assignment group", agent="Assigned to",
        category="Category",
        status=("State", "Incident state"), subject="Short description", created_at=("Opened", "Created"),
        updated_at="Updated", resolved_at="Resolved", closed_at="Closed", reopens="Reopen count",
        source_resolution_met="Made SLA",
    ),
    values=_SERVICENOW_VALUES, patterns={"ticket_id": _SERVICENOW_NUMBER},
)

GLPI = Preset(
    name="glpi", kind="tickets", label="GLPI ticket list export (CSV, often in French, Spanish or Portuguese)",
    source="glpi",
    columns=_cols(
        ticket_id="ID", customer="Entity", subject="Title", status="Status", priority="Priority",
        category="Category", team=("Assigned to - Group", "Assigned to"), channel="Request source",
        created_at="Opening date", updated_at="Last update", resolved_at="Resolution date",
        closed_at="Closing date",
    ),
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
)

UPTIMEROBOT = Preset(
    name="uptimerobot", kind="outages", label="UptimeRobot log export (with or without its header row)",
    source="uptimerobot",
    columns=_cols(
        started_at="Date-Time", event="Event", service="Monitor", reason="Reason",
        duration_minutes="Duration (in mins.)",
    ),
    patterns={"event": r"(?i)(up|down|started|paused|resumed)\b.*"},
    # Older log exports have no header row; their columns come in this order.
    positional=("Event", "Date-Time", "Monitor", "Monitor URL", "Duration", "Duration (in mins.)", "Reason"),
)

UPTIME_KUMA = Preset(
    name="uptime_kuma", kind="checks", label="Uptime Kuma heartbeats (kuma.db, or its heartbeat table as CSV)",
    source="uptime_kuma",
    # kuma.db: the monitor's name from its monitor table; a CSV of the heartbeat table names only monitor_id
    columns=_cols(service=("monitor", "monitor_id"), checked_at="time", status="status", response_time_ms="ping"),
    # 0 down, 1 up, 2 pending (retrying, not yet called down: up, as Uptime Kuma's own uptime counts it),
    # 3 maintenance (the maintenance windows themselves are imported apart)
    values={"status": {"0": "down", "1": "up", "2": "up", "3": "up"}},
    timezone="UTC",  # Uptime Kuma stores heartbeat times in UTC
)

NAB = Preset(
    name="nab", kind="checks", label="NAB series (timestamp, value = response time in ms)", source="nab",
    columns=_cols(checked_at="timestamp", response_time_ms="value"),  # no monitor column: pass --service
    exact=True,
)

QUALTRICS = Preset(
    name="qualtrics", kind="feedback", label="Qualtrics survey responses (CSV/XLSX, three header rows)",
    source="qualtrics",
    # An NPS question exports its 0-10 answer as <question> and the group as <question>_NPS_GROUP.
    columns=_cols(response_id="ResponseId", submitted_at=("RecordedDate", "EndDate"),
                  score=("{}_nps_group", "NPS", "Score"), customer="ExternalReference"),
    header_rows=3,  # field names, question texts, {"ImportId": ...}
)

SURVEYMONKEY = Preset(
    name="surveymonkey", kind="feedback", label="SurveyMonkey responses export (two header rows)",
    source="surveymonkey",
    columns=_cols(response_id="Respondent ID", submitted_at=("End Date", "Start Date"),
                  score=("~.*recommend.*", "~.*satisfied.*"), customer="Custom Data 1"),
    header_rows=2,  # question texts, then the answer labels (Response, Open-Ended Response, ...)
)

GENERIC_TICKETS = Preset(
    name="generic_tickets", kind="tickets", label="Generic ticket CSV", source="csv",
    columns=_cols(
        ticket_id=("ticket_id", "ticket id", "id"), customer=("customer", "organization", "company"),
        service="service", priority="priority", channel="channel", team=("team", "group"),
        agent=("agent", "assignee"),
        category=("category", "type"), status="status", subject="subject",
        created_at=("created_at", "created", "created at", "opened", "opened at", "date created",
                    "creation date", "submitted"),
        updated_at=("updated_at", "updated", "updated at", "last updated"),
        first_response_at=("first_response_at", "first response", "first response at", "first reply at"),
        resolved_at=("resolved_at", "resolved", "resolved at", "solved at", "date resolved"),
        closed_at=("closed_at", "closed", "closed at", "date closed"), paused_minutes="paused_minutes",
        first_response_minutes="first_response_minutes", resolution_minutes="resolution_minutes",
        reopens="reopens", satisfaction=("satisfaction", "csat"), satisfaction_comment="satisfaction_comment",
    ),
)

GENERIC_CHECKS = Preset(
    name="generic_checks", kind="checks", label="Generic monitoring checks CSV", source="csv",
    columns=_cols(
        service=("monitor", "service", "check"), checked_at=("timestamp", "checked_at", "time"),
        status=("status", "state", "up"),
        response_time_ms=("response_time_ms", "response time", "response_time"),
        volume=("volume", "requests", "count"), unit=("unit", "volume_unit"),
    ),
)

GENERIC_FEEDBACK = Preset(
    name="generic_feedback", kind="feedback", label="Generic feedback CSV (CSAT/NPS)", source="csv",
    columns=_cols(
        response_id=("response_id", "id"), customer=("customer", "company"),
        ticket_id=("ticket_id", "ticket"),
        submitted_at=("submitted_at", "date", "timestamp", "submitted"), kind=("kind", "survey", "type"),
        score=("score", "rating"), comment=("comment", "comments", "feedback"),
    ),
)

GENERIC_OUTAGES = Preset(
    name="generic_outages", kind="outages", label="Generic outage log CSV", source="csv",
    columns=_cols(
        service=("service", "monitor"), started_at=("started_at", "start"), ended_at=("ended_at", "end"),
        duration_minutes="duration_minutes", reason="reason",
    ),
)

GENERIC_MAINTENANCE = Preset(
    name="generic_maintenance", kind="maintenance", label="Maintenance windows CSV", source="csv",
    columns=_cols(
        service="service", starts_at=("start", "starts_at"), ends_at=("end", "ends_at"), note="note",
    ),
)


def _languages(folder: Path = LANGUAGES_DIR) -> dict[str, dict]:
    """The header and value tables of every UI language: {language: {preset or "all": {columns, values}}}."""
    return {path.stem: tomllib.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.toml"))}


def _localized(preset: Preset, languages: Mapping[str, Mapping]) -> Preset:
    """The preset with its columns and values in every language of the tables added."""
    columns: dict[str, tuple[str, ...]] = {}
    values: dict[str, dict[str, str]] = {}
    for tables in languages.values():
        for section in ("all", preset.name):
            table = tables.get(section, {})
            if section == "all" and preset.kind != "tickets":
                continue
            for canonical, names in table.get("columns", {}).items():
                columns[canonical] = (*columns.get(canonical, ()), *names)
            for canonical, translation in table.get("values", {}).items():
                if canonical in FIELDS[preset.kind]:
                    merged = {norm(k): v for k, v in translation.items() if norm(k) != norm(v)}  # "open" stays
                    values[canonical] = {**merged, **values.get(canonical, {})}
    return replace(preset, localized=columns, localized_values=values)


_BASE: tuple[Preset, ...] = (
    KAGGLE_SUPPORT, ZENDESK, ZENDESK_EXPLORE, FRESHDESK, HELPDESK_LOG, JIRA_SM, SERVICENOW, SERVICENOW_LABELS,
    GLPI, UPTIMEROBOT, UPTIME_KUMA, NAB, QUALTRICS, SURVEYMONKEY,
    GENERIC_TICKETS, GENERIC_CHECKS, GENERIC_FEEDBACK, GENERIC_OUTAGES, GENERIC_MAINTENANCE,
)
# The generic presets come last, as the fallbacks.
PRESETS: tuple[Preset, ...] = tuple(_localized(p, _languages()) for p in _BASE)
BY_NAME: dict[str, Preset] = {p.name: p for p in PRESETS}


def _systems_per_name() -> dict[str, set[str]]:
    """Each accepted header name and the systems (sources) that write it."""
    systems: dict[str, set[str]] = {}
    for preset in PRESETS:
        for names in (*preset.columns.values(), *preset.localized.values()):
            for name in names:
                systems.setdefault(norm(name), set()).add(preset.source)
    return systems


_SYSTEMS = _systems_per_name()
SYSTEMS = {  # a preset's source as people name the system
    "zendesk": "Zendesk", "jira": "Jira", "freshdesk": "Freshdesk", "servicenow": "ServiceNow", "glpi": "GLPI",
    "helpdesk": "the helpdesk event log", "kaggle": "the Kaggle data set", "uptimerobot": "UptimeRobot",
    "uptime_kuma": "Uptime Kuma", "nab": "NAB", "qualtrics": "Qualtrics", "surveymonkey": "SurveyMonkey",
    "csv": "our generic layout",
}
DISTINCTIVE, RECOGNISED, PATTERN = 3, 1, 3  # points of a column only one system writes, of another, of values
MIN_SCORE = 2  # the two required columns of tickets, at the least


@dataclass(frozen=True)
class Detection:
    """How well a preset fits a file, and why: the evidence behind the choice of a preset."""

    preset: Preset
    mapping: dict[str, str]  # canonical field -> header
    score: int
    distinctive: tuple[str, ...]  # headers in the file that only this system writes
    patterns: tuple[str, ...]  # fields whose sample values look like this system's (INC0012345, ABC-123)
    missing: tuple[str, ...]  # required fields no column feeds (customer and service may come from options)
    fits: bool  # chosen when it is the best that fits
    confidence: str = "low"  # high | medium | low, against the best other system
    runner_up: str | None = None  # the best other system's preset

    @property
    def recognised(self) -> int:
        return len(self.mapping)


def score(preset: Preset, headers: Sequence[str], rows: Sequence[Sequence[str]] = ()) -> Detection:
    """The evidence that `headers` (and the first `rows`, aligned with them) are an export of `preset`."""
    found = preset.found(list(headers))
    mapping = {f: h for f, (h, _) in found.items()}
    distinctive = tuple(h for h, name in found.values()
                        if _SYSTEMS.get(name) == {preset.source} and not name.startswith("~") and "{}" not in name)
    patterns = tuple(f for f, pattern in preset.patterns.items()
                     if f in mapping and _values_fit(pattern, _column(headers, rows, mapping[f])))
    points = sum(DISTINCTIVE if h in distinctive else RECOGNISED for h in dict.fromkeys(mapping.values()))
    points += PATTERN * len(patterns)
    missing = tuple(f for f in REQUIRED[preset.kind] if f not in mapping and f not in DEFAULTABLE)
    exact_ok = not preset.exact or {norm(h) for h in headers} == {norm(n) for ns in preset.columns.values()
                                                                   for n in ns}
    fits = not missing and exact_ok and points >= MIN_SCORE
    return Detection(preset, mapping, points, distinctive, patterns, missing, fits)


def _column(headers: Sequence[str], rows: Sequence[Sequence[str]], header: str) -> list[str]:
    i = list(headers).index(header)
    return [str(r[i]).strip() for r in rows if i < len(r) and str(r[i]).strip()]


def _values_fit(pattern: str, values: list[str]) -> bool:
    """Whether most sample values (4 in 5) fit the pattern."""
    return bool(values) and sum(bool(re.fullmatch(pattern, v)) for v in values) >= 0.8 * len(values)


def rank(headers: Sequence[str], rows: Sequence[Sequence[str]] = (), kind: str | None = None) -> list[Detection]:
    """Every preset (of `kind`) scored against the file, the best first: those that fit before those that do
    not, then by score; on a tie the generic preset wins, as it assumes least. The first one's confidence
    says how far it stands above the best preset of another system."""
    scored = [score(p, headers, rows) for p in PRESETS if kind is None or p.kind == kind]
    scored.sort(key=lambda d: (not d.fits, -d.score, not d.preset.name.startswith("generic_")))
    if not scored:
        return scored
    best = scored[0]
    other = next((d for d in scored[1:] if d.preset.source != best.preset.source and d.score), None)
    margin = best.score - (other.score if other else 0)
    evidence = bool(best.distinctive or best.patterns)
    confidence = "high" if evidence and margin >= 3 else "medium" if best.score >= 3 and margin > 0 else "low"
    scored[0] = replace(best, confidence=confidence, runner_up=other.preset.name if other else None)
    return scored


def detect(headers: Sequence[str], kind: str | None = None, rows: Sequence[Sequence[str]] = ()) -> Preset | None:
    """The preset that fits the file best (optionally of one kind), or None when none fits."""
    best = rank(headers, rows, kind)
    return best[0].preset if best and best[0].fits else None


def header_score(cells: Sequence[str]) -> int:
    """How much a row looks like a header: the number of its cells that some preset accepts as a column name."""
    return sum(norm(c) in _SYSTEMS for c in cells if str(c).strip())


def generic(kind: str) -> Preset:
    """The generic preset of a kind: the fallback when nothing is detected and the user maps columns."""
    return next(p for p in PRESETS if p.kind == kind and p.name.startswith("generic_"))
