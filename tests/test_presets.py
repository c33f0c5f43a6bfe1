"""Export presets: each system's real header is recognised as that system and feeds the right fields."""

import csv
from collections import Counter
from pathlib import Path

import pytest

from sla.imports import presets

EXPORTS = Path(__file__).parent / "fixtures" / "exports"
KAGGLE_CSV = Path(__file__).parents[2] / "shared" / "data" / "kaggle-customer-support-tickets" / \
    "customer_support_tickets.csv"
# The Kaggle file has no stated licence, so only its column names (from its SOURCE.md) are kept here.
KAGGLE_HEADER = [
    "Ticket ID", "Customer Name", "Customer Email", "Customer Age", "Customer Gender", "Product Purchased",
    "Date of Purchase", "Ticket Type", "Ticket Subject", "Ticket Description", "Ticket Status", "Resolution",
    "Ticket Priority", "Ticket Channel", "First Response Time", "Time to Resolution",
    "Customer Satisfaction Rating",
]

FIXTURE_PRESET = {
    "zendesk_tickets.csv": "zendesk",
    "jira_sm_issues.csv": "jira_sm",
    "freshdesk_tickets.csv": "freshdesk",
    "servicenow_incidents.csv": "servicenow",
    "servicenow_incidents_labels.csv": "servicenow_labels",
    "uptimerobot_log.csv": "uptimerobot",
    "helpdesk_log_slice.csv": "helpdesk_log",
    "nab_ec2_latency_slice.csv": "nab",
    "checks_generic.csv": "generic_checks",
    "feedback_generic.csv": "generic_feedback",
}


def read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(EXPORTS / name, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    return header, [dict(zip(header, row, strict=True)) for row in rows[1:]]


def header(name: str) -> list[str]:
    return read(name)[0]


def translated(preset: presets.Preset, field: str, value: str) -> str:
    """What the importer makes of a source value before parsing it by type."""
    return preset.values.get(field, {}).get(presets.norm(value), value)


@pytest.mark.parametrize(("fixture", "expected"), FIXTURE_PRESET.items())
def test_each_export_is_detected_as_its_own_system_and_no_other(fixture, expected):
    cols = header(fixture)
    assert presets.detect(cols).name == expected
    assert [p.name for p in presets.PRESETS if p.matches(cols)] == [expected]


def test_kaggle_header_is_detected_and_only_as_kaggle():
    assert presets.detect(KAGGLE_HEADER).name == "kaggle_support"
    assert [p.name for p in presets.PRESETS if p.matches(KAGGLE_HEADER)] == ["kaggle_support"]


@pytest.mark.skipif(not KAGGLE_CSV.exists(), reason="shared Kaggle data set not present")
def test_kaggle_header_matches_the_real_file():
    with open(KAGGLE_CSV, newline="", encoding="utf-8-sig") as f:
        real = next(csv.reader(f))
    assert real == KAGGLE_HEADER


def test_zendesk_columns():
    assert presets.ZENDESK.resolve(header("zendesk_tickets.csv")) == {
        "ticket_id": "Id", "customer": "Organization", "service": "Service [list]", "priority": "Priority",
        "channel": "Via", "team": "Group", "agent": "Assignee", "category": "Ticket type", "status": "Status",
        "subject": "Subject",
        "created_at": "Created at", "updated_at": "Updated at", "resolved_at": "Solved at",
        "first_response_minutes": "First reply time in minutes", "paused_minutes": "On hold time in minutes",
        "reopens": "Reopens", "satisfaction": "Satisfaction Score",
        "resolution_minutes": "Full resolution time in minutes",
        "first_response_business_minutes": "First reply time in minutes within business hours",
        "resolution_business_minutes": "Full resolution time in minutes within business hours",
    }
    # The demo generator names the custom field plainly.
    assert presets.ZENDESK.resolve(["Id", "Created at", "Service"])["service"] == "Service"


def test_zendesk_satisfaction_values_translate():
    _, rows = read("zendesk_tickets.csv")
    scores = [translated(presets.ZENDESK, "satisfaction", r["Satisfaction Score"]) for r in rows]
    assert Counter(scores) == {"good": 3, "bad": 2, "offered": 1, "": 4}  # "": Not Offered, no survey sent
    assert translated(presets.ZENDESK, "satisfaction", "Unoffered") == ""
    reopened = [r["Id"] for r in rows if r["Reopens"] != "0"]
    assert reopened == ["4712"]


def test_jira_columns():
    assert presets.JIRA_SM.resolve(header("jira_sm_issues.csv")) == {
        "ticket_id": "Issue key", "customer": "Custom field (Organizations)",
        "service": "Custom field (Affected services)", "priority": "Priority", "agent": "Assignee",
        "category": "Custom field (Request Type)", "status": "Status", "subject": "Summary",
        "created_at": "Created", "updated_at": "Updated", "resolved_at": "Resolved",
        "source_first_response_met": "Custom field (Time to first response)",
        "source_resolution_met": "Custom field (Time to resolution)",
        "satisfaction": "Custom field (Satisfaction)", "satisfaction_at": "Custom field (Satisfaction date)",
    }


def test_jira_server_spellings_resolve():
    server = ["Issue key", "Issue id", "Created", "Organizations", "Request Type", "Component/s",
              "Time to first response", "Time to resolution", "Satisfaction rating"]
    found = presets.JIRA_SM.resolve(server)
    assert found["customer"] == "Organizations"
    assert found["category"] == "Request Type"
    assert found["service"] == "Component/s"
    assert found["source_resolution_met"] == "Time to resolution"
    assert found["satisfaction"] == "Satisfaction rating"


def test_jira_breached_slas_are_negative_times_left():
    _, rows = read("jira_sm_issues.csv")
    breached = [r["Issue key"] for r in rows if r["Custom field (Time to resolution)"].startswith("-")]
    assert breached == ["SD-102", "SD-103", "SD-107"]
    assert rows[1]["Custom field (Time to first response)"] == "-1:23"


def test_freshdesk_columns():
    assert presets.FRESHDESK.resolve(header("freshdesk_tickets.csv")) == {
        "ticket_id": "Ticket ID", "customer": "Company Name", "service": "Product", "priority": "Priority",
        "channel": "Source", "team": "Group", "agent": "Agent", "category": "Type", "status": "Status",
        "subject": "Subject",
        "created_at": "Created time", "updated_at": "Last update time",
        "first_response_at": "Initial response time", "first_response_hours": "First response time (in hrs)",
        "resolution_hours": "Resolution time (in hrs)", "resolved_at": "Resolved time", "closed_at": "Closed time",
        "source_first_response_met": "First response status", "source_resolution_met": "Resolution status",
        "satisfaction": "Survey results",
    }


def test_freshdesk_sla_statuses_become_verdicts():
    _, rows = read("freshdesk_tickets.csv")
    fd = presets.FRESHDESK
    resolution = {
        r["Ticket ID"]: translated(fd, "source_resolution_met", r["Resolution status"]) for r in rows
    }
    assert [t for t, v in resolution.items() if v == "false"] == ["1202", "1204", "1208"]
    assert [t for t, v in resolution.items() if v == ""] == ["1205", "1206", "1207"]  # not resolved yet
    first = [translated(fd, "source_first_response_met", r["First response status"]) for r in rows]
    assert Counter(first) == {"true": 5, "false": 2, "": 1}
    survey = [translated(fd, "satisfaction", r["Survey results"]) for r in rows]
    assert survey == ["good", "bad", "bad", "good", "", "", "", ""]


def test_servicenow_event_log_columns():
    found = presets.SERVICENOW.resolve(header("servicenow_incidents.csv"))
    assert found == {
        "ticket_id": "number", "service": "cmdb_ci", "priority": "priority", "channel": "contact_type",
        "team": "assignment_group", "agent": "assigned_to", "category": "category", "status": "incident_state",
        "created_at": "opened_at", "updated_at": "sys_updated_at", "resolved_at": "resolved_at",
        "closed_at": "closed_at", "reopens": "reopen_count", "source_resolution_met": "made_sla",
    }
    assert "customer" not in found  # the event log has no company: the user passes --customer


def test_servicenow_event_log_has_one_row_per_update():
    _, rows = read("servicenow_incidents.csv")
    states = [r["incident_state"] for r in rows if r["number"] == "INC0010003"]
    assert states == ["New", "Resolved", "Active", "Resolved", "Closed"]
    last = {r["number"]: r for r in rows}  # the importer keeps the latest row per incident
    assert translated(presets.SERVICENOW, "source_resolution_met", last["INC0010002"]["made_sla"]) == "false"
    assert last["INC0010003"]["reopen_count"] == "1"
    assert last["INC0010004"]["incident_state"] == "Active"


def test_servicenow_field_names_of_a_list_export_resolve():
    names = ["number", "opened_at", "short_description", "priority", "state", "category", "assignment_group",
             "sys_updated_on", "company", "business_service", "cmdb_ci", "contact_type", "made_sla",
             "reopen_count", "resolved_at", "closed_at"]
    assert presets.detect(names).name == "servicenow"
    found = presets.SERVICENOW.resolve(names)
    assert found["customer"] == "company"
    assert found["service"] == "business_service"  # the service before the configuration item
    assert found["updated_at"] == "sys_updated_on"
    assert found["status"] == "state"
    assert found["subject"] == "short_description"


def test_servicenow_labels_columns():
    assert presets.SERVICENOW_LABELS.resolve(header("servicenow_incidents_labels.csv")) == {
        "ticket_id": "Number", "customer": "Company", "service": "Service", "priority": "Priority",
        "channel": "Channel", "team": "Assignment group", "agent": "Assigned to", "category": "Category",
        "status": "State",
        "subject": "Short description", "created_at": "Opened", "updated_at": "Updated",
        "resolved_at": "Resolved", "closed_at": "Closed", "reopens": "Reopen count",
        "source_resolution_met": "Made SLA",
    }
    _, rows = read("servicenow_incidents_labels.csv")
    made = [translated(presets.SERVICENOW_LABELS, "source_resolution_met", r["Made SLA"]) for r in rows]
    assert Counter(made) == {"true": 5, "false": 2}


def test_uptimerobot_columns_and_down_events():
    assert presets.UPTIMEROBOT.resolve(header("uptimerobot_log.csv")) == {
        "started_at": "Date-Time", "event": "Event", "service": "Monitor", "reason": "Reason",
        "duration_minutes": "Duration (in mins.)",
    }
    _, rows = read("uptimerobot_log.csv")
    down = [(r["Monitor"], r["Duration (in mins.)"]) for r in rows if r["Event"] == "Down"]
    assert down == [("Webshop", "4"), ("Payments API", "47"), ("Webshop", "12")]


def test_helpdesk_log_columns_and_activity_roles():
    preset = presets.HELPDESK_LOG
    assert preset.resolve(header("helpdesk_log_slice.csv")) == {
        "ticket_id": "Case ID", "activity": "Activity", "created_at": "Complete Timestamp",
        "customer": "customer", "service": "product", "priority": "service_level", "team": "workgroup",
        "agent": "Resource", "status": "Activity",
    }
    _, rows = read("helpdesk_log_slice.csv")
    assert len({r["Case ID"] for r in rows}) == 13
    case1 = [(translated(preset, "activity", r["Activity"]), r["Complete Timestamp"])
             for r in rows if r["Case ID"] == "Case 1"]
    assert case1 == [
        ("Assign seriousness", "2012/10/09 14:50:17.000"),
        ("first_response", "2012/10/09 14:51:01.000"),
        ("first_response", "2012/10/12 15:02:56.000"),
        ("resolved", "2012/10/25 11:54:26.000"),
        ("closed", "2012/11/09 12:54:39.000"),
    ]


def test_kaggle_columns_leave_customer_unmapped():
    found = presets.KAGGLE_SUPPORT.resolve(KAGGLE_HEADER)
    assert found == {
        "ticket_id": "Ticket ID", "service": "Product Purchased", "priority": "Ticket Priority",
        "channel": "Ticket Channel", "category": "Ticket Type", "status": "Ticket Status",
        "subject": "Ticket Subject", "created_at": "First Response Time",
        "first_response_at": "First Response Time", "resolved_at": "Time to Resolution",
        "satisfaction": "Customer Satisfaction Rating",
    }


def test_nab_needs_exactly_its_two_columns():
    cols = header("nab_ec2_latency_slice.csv")
    assert cols == ["timestamp", "value"]
    assert presets.NAB.resolve(cols) == {"checked_at": "timestamp", "response_time_ms": "value"}
    assert presets.detect(["\ufeffTimestamp", " VALUE "]).name == "nab"
    # with a monitor column it is a generic checks file (value unmapped), not the NAB series
    assert presets.detect(["timestamp", "value", "monitor"]).name == "generic_checks"
    assert presets.detect(["timestamp", "monitor", "status", "value"]).name == "generic_checks"


def test_generic_fixtures_resolve():
    assert presets.GENERIC_CHECKS.resolve(header("checks_generic.csv")) == {
        "service": "monitor", "checked_at": "timestamp", "status": "status",
        "response_time_ms": "response_time_ms",
    }
    assert presets.GENERIC_FEEDBACK.resolve(header("feedback_generic.csv")) == {
        "response_id": "response_id", "customer": "customer", "ticket_id": "ticket_id",
        "submitted_at": "submitted_at", "kind": "kind", "score": "score", "comment": "comment",
    }


@pytest.mark.parametrize(
    "fixture", ["zendesk_tickets.csv", "jira_sm_issues.csv", "servicenow_incidents_labels.csv"],
)
def test_header_in_other_case_and_spacing_still_detects(fixture):
    messy = [f"  {h.upper()}  ".replace(" ", "  ") for h in header(fixture)]
    preset = presets.detect(messy)
    assert preset.name == FIXTURE_PRESET[fixture]
    assert preset.resolve(messy).keys() == preset.resolve(header(fixture)).keys()


@pytest.mark.parametrize("cols", [
    ["name", "email", "phone"],
    ["Date", "Amount", "Description"],
    [],
])
def test_unrelated_header_detects_nothing(cols):
    assert presets.detect(cols) is None


def test_two_columns_any_system_has_are_read_as_the_generic_layout_not_zendesk():
    best = presets.rank(["Id", "Created at"])[0]
    assert (best.preset.name, best.fits, best.confidence) == ("generic_tickets", True, "low")


def test_detection_by_kind():
    cols = header("zendesk_tickets.csv")
    assert presets.detect(cols, kind="tickets").name == "zendesk"
    assert presets.detect(cols, kind="outages") is None


def test_generic_presets_are_the_last_fallbacks():
    generics = [p.name for p in presets.PRESETS if p.name.startswith("generic_")]
    assert [p.name for p in presets.PRESETS[-len(generics):]] == generics
    assert presets.generic("tickets").name == "generic_tickets"
    assert presets.BY_NAME["servicenow_labels"].source == "servicenow"


@pytest.mark.parametrize("preset", presets.PRESETS, ids=lambda p: p.name)
def test_presets_only_name_canonical_fields_and_normalised_values(preset):
    fields = presets.FIELDS[preset.kind]
    assert set(preset.columns) <= set(fields)
    assert set(preset.values) <= set(preset.columns)
    for translation in preset.values.values():
        assert all(presets.norm(source) == source for source in translation)
