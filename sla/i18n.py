"""The one translation table (English, Nederlands) and the number/date formats of each language.

Every label, help text and message the dashboard or report shows comes from TEXT (KPI names and definitions
come from sla.kpis.REGISTRY). Keys are grouped per page; a missing Dutch text falls back to English.
"""

from __future__ import annotations

import math
from datetime import date, datetime

LANGUAGES = {"en": "English", "nl": "Nederlands"}
MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
}

TEXT: dict[str, dict[str, str]] = {
    # --- navigation and shared filters ---
    "app.title": {"en": "SLA dashboard", "nl": "SLA-dashboard"},
    "nav.overview": {"en": "Overview", "nl": "Overzicht"},
    "nav.trends": {"en": "KPI trends", "nl": "KPI-trends"},
    "nav.breaches": {"en": "Breaches", "nl": "Overschrijdingen"},
    "nav.availability": {"en": "Availability", "nl": "Beschikbaarheid"},
    "nav.feedback": {"en": "Customer feedback", "nl": "Klantfeedback"},
    "nav.reports": {"en": "Reports", "nl": "Rapportages"},
    "nav.data": {"en": "Data", "nl": "Gegevens"},
    "filter.language": {"en": "Language", "nl": "Taal"},
    "filter.month": {"en": "Month", "nl": "Maand"},
    "filter.customer": {"en": "Customers", "nl": "Klanten"},
    "filter.service": {"en": "Services", "nl": "Diensten"},
    "filter.priority": {"en": "Priorities", "nl": "Prioriteiten"},
    "filter.all": {"en": "All", "nl": "Alle"},
    "filter.help": {"en": "Filters are part of the page address: bookmark or send it to share this view.",
                    "nl": "De filters staan in het adres van de pagina: bewaar of verstuur het om deze weergave "
                          "te delen."},
    "empty.no_data": {"en": "No data yet. Upload ticket exports, monitoring checks or survey answers on the "
                            "Data page; the dashboard recognises the kind of export from its columns.",
                      "nl": "Nog geen gegevens. Upload ticketexports, monitoringmetingen of enquêteantwoorden op "
                            "de pagina Gegevens; het dashboard herkent het soort export aan de kolommen."},
    "empty.link": {"en": "Go to the Data page", "nl": "Naar de pagina Gegevens"},
    "empty.no_rows": {"en": "Nothing in this selection.", "nl": "Niets in deze selectie."},
    "common.target": {"en": "Target", "nl": "Norm"},
    "common.error": {"en": "Something went wrong while showing this page ({kind}). The details are in the "
                           "server log.",
                     "nl": "Er ging iets mis bij het tonen van deze pagina ({kind}). De details staan in het "
                           "serverlogboek."},
    # --- overview ---
    # --- trends ---
    # --- breaches ---
    # --- availability ---
    # --- feedback ---
    "feedback.empty": {"en": "No survey answers yet. Upload a ticket export with satisfaction ratings (Zendesk, "
                             "Freshdesk) or a CSAT or NPS survey export on the Data page.",
                       "nl": "Nog geen enquêteantwoorden. Upload een ticketexport met tevredenheidsscores (Zendesk, "
                             "Freshdesk) of een export van een CSAT- of NPS-enquête op de pagina Gegevens."},
    "feedback.responses": {"en": "Responses", "nl": "Antwoorden"},
    "feedback.responses_help": {"en": "Answered surveys (CSAT and NPS) submitted in the month; unanswered surveys "
                                      "do not count.",
                                "nl": "Beantwoorde enquêtes (CSAT en NPS) die in de maand zijn ingevuld; niet "
                                      "beantwoorde enquêtes tellen niet mee."},
    "feedback.pp": {"en": "{value} pp", "nl": "{value} %-punt"},
    "feedback.vs": {"en": "vs {month}", "nl": "t.o.v. {month}"},
    "feedback.trend": {"en": "CSAT and NPS over 12 months", "nl": "CSAT en NPS over 12 maanden"},
    "feedback.no_trend": {"en": "No survey answers in the 12 months up to {month} for this selection.",
                          "nl": "Geen enquêteantwoorden in de 12 maanden tot en met {month} in deze selectie."},
    "feedback.sla": {"en": "Satisfaction when the SLA was breached vs met",
                     "nl": "Klanttevredenheid bij overschreden en gehaalde SLA"},
    "feedback.sla_caption": {"en": "Satisfaction answers submitted in {month} on tickets, by the ticket's SLA "
                                   "outcome. Breached: the first response or the resolution came too late "
                                   "(excluded breaches not counted). Met: every target decided so far was met.",
                             "nl": "Tevredenheidsantwoorden op tickets, ingevuld in {month}, naar de uitkomst "
                                   "van het ticket. Overschreden: de eerste reactie of de oplossing kwam te laat "
                                   "(uitgesloten overschrijdingen tellen niet mee). Gehaald: elke norm die al "
                                   "beslist is, is gehaald."},
    "feedback.sla_met": {"en": "CSAT, SLA met", "nl": "CSAT, SLA gehaald"},
    "feedback.sla_breached": {"en": "CSAT, SLA breached", "nl": "CSAT, SLA overschreden"},
    "feedback.sla_vs": {"en": "vs SLA met", "nl": "t.o.v. SLA gehaald"},
    "feedback.sla_responses": {"en": "{n} responses", "nl": "{n} antwoorden"},
    "feedback.sla_none": {"en": "No satisfaction answers on tickets with a decided SLA in {month} for this "
                                "selection. Satisfaction ratings are linked to tickets by ticket number.",
                          "nl": "Geen tevredenheidsantwoorden op tickets met een beslist SLA in {month} in deze "
                                "selectie. Tevredenheidsscores worden via het ticketnummer aan tickets gekoppeld."},
    "feedback.distribution": {"en": "Score distribution", "nl": "Verdeling van de scores"},
    "feedback.csat_scores": {"en": "CSAT answers in {month}", "nl": "CSAT-antwoorden in {month}"},
    "feedback.nps_scores": {"en": "NPS answers in {month}", "nl": "NPS-antwoorden in {month}"},
    "feedback.no_scores": {"en": "No survey answers in {month} for this selection.",
                           "nl": "Geen enquêteantwoorden in {month} in deze selectie."},
    "feedback.band.detractor": {"en": "Detractors (0-6)", "nl": "Criticasters (0-6)"},
    "feedback.band.passive": {"en": "Passives (7-8)", "nl": "Neutralen (7-8)"},
    "feedback.band.promoter": {"en": "Promoters (9-10)", "nl": "Promotors (9-10)"},
    "feedback.band.satisfied": {"en": "Satisfied (4-5, Good)", "nl": "Tevreden (4-5, Goed)"},
    "feedback.band.dissatisfied": {"en": "Not satisfied (1-3, Bad)", "nl": "Niet tevreden (1-3, Slecht)"},
    "feedback.good": {"en": "Good", "nl": "Goed"},
    "feedback.bad": {"en": "Bad", "nl": "Slecht"},
    "feedback.comments": {"en": "Comments", "nl": "Opmerkingen"},
    "feedback.search": {"en": "Search the comments", "nl": "Zoek in de opmerkingen"},
    "feedback.search_help": {"en": "Shows the comments that contain this text; upper and lower case do not "
                                   "matter.",
                             "nl": "Toont de opmerkingen waarin deze tekst voorkomt; hoofdletters maken niet uit."},
    "feedback.search_placeholder": {"en": "e.g. webshop", "nl": "bijv. webshop"},
    "feedback.comment_count": {"en": "{n} comments in {month}", "nl": "{n} opmerkingen in {month}"},
    "feedback.comment_found": {"en": "{n} comments in {month} contain “{q}”",
                               "nl": "{n} opmerkingen in {month} bevatten ‘{q}’"},
    "feedback.col.submitted": {"en": "Submitted", "nl": "Ingevuld"},
    "feedback.col.customer": {"en": "Customer", "nl": "Klant"},
    "feedback.col.kind": {"en": "Survey", "nl": "Enquête"},
    "feedback.col.score": {"en": "Score", "nl": "Score"},
    "feedback.col.comment": {"en": "Comment", "nl": "Opmerking"},
    # --- reports ---
    "report.title": {"en": "SLA report", "nl": "SLA-rapportage"},
    "report.sheet.summary": {"en": "Summary", "nl": "Samenvatting"},
    "report.sheet.trend": {"en": "Trend", "nl": "Trend"},
    "report.sheet.breaches": {"en": "Breaches", "nl": "Overschrijdingen"},
    "report.sheet.availability": {"en": "Availability", "nl": "Beschikbaarheid"},
    "report.sheet.feedback": {"en": "Feedback", "nl": "Feedback"},
    "report.sheet.definitions": {"en": "Definitions", "nl": "Definities"},
    "report.client": {"en": "Client", "nl": "Klant"},
    "report.period": {"en": "Period", "nl": "Periode"},
    "report.timezone": {"en": "Reporting time zone", "nl": "Tijdzone van de rapportage"},
    "report.generated": {"en": "Generated", "nl": "Gemaakt op"},
    "report.tickets": {"en": "Tickets", "nl": "Tickets"},
    "report.tickets.detail": {"en": "{created} created, {resolved} resolved", "nl": "{created} aangemaakt, "
                                                                                   "{resolved} opgelost"},
    "report.verdict": {"en": "Verdict", "nl": "Conclusie"},
    "report.verdict.all_met": {"en": "All {n} targets were met in {period}.",
                               "nl": "Alle {n} normen zijn in {period} gehaald."},
    "report.verdict.some_missed": {"en": "{met} of {n} targets were met in {period}. Missed: {missed}.",
                                   "nl": "{met} van de {n} normen zijn in {period} gehaald. Niet gehaald: "
                                         "{missed}."},
    "report.verdict.no_targets": {"en": "No targets applied in {period}; the figures are reported for "
                                        "information.",
                                  "nl": "In {period} golden geen normen; de cijfers zijn ter informatie."},
    "report.verdict.versus": {"en": "{kpi} {value} against {target}", "nl": "{kpi} {value} tegen {target}"},
    "report.verdict.breaches": {"en": "{n} ticket deadlines were missed.",
                                "nl": "{n} ticketdeadlines zijn overschreden."},
    "report.verdict.credit": {"en": "A service credit of {amount} is due.",
                              "nl": "Er is een creditering van {amount} verschuldigd."},
    "report.verdict.no_credit": {"en": "No service credit is due.", "nl": "Er is geen creditering verschuldigd."},
    "report.no_data": {"en": "No data for {client} in {period}: no tickets, monitoring or feedback were recorded "
                             "for this month.",
                       "nl": "Geen gegevens voor {client} in {period}: er zijn deze maand geen tickets, "
                             "monitoringmetingen of feedback vastgelegd."},
    "report.col.kpi": {"en": "KPI", "nl": "KPI"},
    "report.col.service": {"en": "Service", "nl": "Dienst"},
    "report.col.target": {"en": "Target", "nl": "Norm"},
    "report.col.achieved": {"en": "Achieved", "nl": "Behaald"},
    "report.col.status": {"en": "Status", "nl": "Status"},
    "report.col.previous": {"en": "Previous month", "nl": "Vorige maand"},
    "report.col.change": {"en": "Change", "nl": "Verschil"},
    "report.col.detail": {"en": "Details", "nl": "Toelichting"},
    "report.col.month": {"en": "Month", "nl": "Maand"},
    "report.col.ticket": {"en": "Ticket", "nl": "Ticket"},
    "report.col.subject": {"en": "Subject", "nl": "Onderwerp"},
    "report.col.priority": {"en": "Priority", "nl": "Prioriteit"},
    "report.col.metric": {"en": "Metric", "nl": "Meting"},
    "report.col.created": {"en": "Created", "nl": "Aangemaakt"},
    "report.col.due": {"en": "Due", "nl": "Deadline"},
    "report.col.stopped": {"en": "Stopped", "nl": "Gestopt"},
    "report.col.over": {"en": "Over target (h:mm)", "nl": "Te laat (u:mm)"},
    "report.col.excluded": {"en": "Excluded", "nl": "Uitgesloten"},
    "report.col.reason": {"en": "Reason", "nl": "Reden"},
    "report.col.downtime": {"en": "Downtime (h:mm)", "nl": "Downtime (u:mm)"},
    "report.col.maintenance": {"en": "Maintenance (h:mm)", "nl": "Onderhoud (u:mm)"},
    "report.col.coverage": {"en": "Coverage", "nl": "Meetdekking"},
    "report.col.budget_left": {"en": "Error budget left (h:mm)", "nl": "Resterend foutbudget (u:mm)"},
    "report.col.credit_pct": {"en": "Credit %", "nl": "Creditering %"},
    "report.col.credit_amount": {"en": "Credit amount", "nl": "Creditering bedrag"},
    "report.col.kind": {"en": "Kind", "nl": "Soort"},
    "report.col.start": {"en": "Start", "nl": "Begin"},
    "report.col.end": {"en": "End", "nl": "Einde"},
    "report.col.duration": {"en": "Duration (h:mm)", "nl": "Duur (u:mm)"},
    "report.col.note": {"en": "Cause or note", "nl": "Oorzaak of toelichting"},
    "report.col.responses": {"en": "Responses", "nl": "Reacties"},
    "report.col.score": {"en": "Score", "nl": "Score"},
    "report.col.share": {"en": "Share", "nl": "Aandeel"},
    "report.col.mean_score": {"en": "Mean score", "nl": "Gemiddelde score"},
    "report.col.submitted": {"en": "Submitted", "nl": "Ingevuld"},
    "report.col.comment": {"en": "Comment", "nl": "Opmerking"},
    "report.col.definition": {"en": "How it is computed", "nl": "Hoe het berekend wordt"},
    "report.status.met": {"en": "✔ Met", "nl": "✔ Gehaald"},
    "report.status.missed": {"en": "✘ Missed", "nl": "✘ Niet gehaald"},
    "report.status.none": {"en": "– No target", "nl": "– Geen norm"},
    "report.target.mixed": {"en": "per policy", "nl": "per afspraak"},
    "report.target_of": {"en": "Target: {kpi}", "nl": "Norm: {kpi}"},
    "report.yes": {"en": "Yes", "nl": "Ja"},
    "report.no": {"en": "No", "nl": "Nee"},
    "report.metric.first_response": {"en": "First response", "nl": "Eerste reactie"},
    "report.metric.resolution": {"en": "Resolution", "nl": "Oplossing"},
    "report.detail.tickets": {"en": "{met} met, {breached} breached, {open} still open",
                              "nl": "{met} gehaald, {breached} overschreden, {open} nog open"},
    "report.detail.availability": {"en": "Downtime {downtime}, maintenance {maintenance}, coverage {coverage}",
                                   "nl": "Downtime {downtime}, onderhoud {maintenance}, meetdekking {coverage}"},
    "report.detail.responses": {"en": "{n} responses", "nl": "{n} reacties"},
    "report.detail.credit": {"en": "{pct} of the monthly fee of {fee}", "nl": "{pct} van de maandvergoeding van "
                                                                            "{fee}"},
    "report.credit": {"en": "Service credit due", "nl": "Creditering"},
    "report.trend.title": {"en": "The last 12 months", "nl": "De laatste 12 maanden"},
    "report.chart.tickets": {"en": "Tickets handled within the SLA", "nl": "Tickets binnen de SLA"},
    "report.chart.availability": {"en": "Availability per service", "nl": "Beschikbaarheid per dienst"},
    "report.breaches.title": {"en": "Breaches in {period}", "nl": "Overschrijdingen in {period}"},
    "report.breaches.none": {"en": "No breaches in {period}.", "nl": "Geen overschrijdingen in {period}."},
    "report.availability.title": {"en": "Availability per service and month",
                                  "nl": "Beschikbaarheid per dienst en maand"},
    "report.availability.none": {"en": "No availability was measured for this client's services.",
                                 "nl": "Voor de diensten van deze klant is geen beschikbaarheid gemeten."},
    "report.incidents.title": {"en": "Incidents and maintenance in {period}",
                               "nl": "Storingen en onderhoud in {period}"},
    "report.incidents.none": {"en": "No incidents or maintenance in {period}.",
                              "nl": "Geen storingen of onderhoud in {period}."},
    "report.incident.down": {"en": "Outage", "nl": "Storing"},
    "report.incident.maintenance": {"en": "Maintenance", "nl": "Onderhoud"},
    "report.feedback.title": {"en": "Customer feedback in {period}", "nl": "Klantfeedback in {period}"},
    "report.feedback.distribution": {"en": "Score distribution", "nl": "Verdeling van de scores"},
    "report.feedback.comments": {"en": "Comments", "nl": "Opmerkingen"},
    "report.feedback.none": {"en": "No survey responses in {period}.", "nl": "Geen enquêtereacties in {period}."},
    "report.feedback.no_comments": {"en": "No comments in {period}.", "nl": "Geen opmerkingen in {period}."},
    "report.definitions.title": {"en": "How the numbers are computed", "nl": "Hoe de cijfers berekend zijn"},
    "report.definitions.times": {"en": "Times are shown in the reporting time zone {tz}; months are cut in that "
                                       "zone.",
                                 "nl": "Tijden staan in de tijdzone van de rapportage ({tz}); maanden worden in "
                                       "die tijdzone afgebakend."},
    "report.definitions.contract": {"en": "Contract", "nl": "Contract"},
    "report.definitions.fee": {"en": "Monthly fee", "nl": "Maandvergoeding"},
    "report.definitions.services": {"en": "Measured services", "nl": "Gemeten diensten"},
    "report.definitions.policies": {"en": "Policies applied", "nl": "Toegepaste afspraken"},
    "report.definitions.calendars": {"en": "Calendars applied", "nl": "Toegepaste kalenders"},
    "report.definitions.credits": {"en": "Service credit tiers", "nl": "Staffel voor creditering"},
    "report.definitions.none": {"en": "None configured.", "nl": "Niet ingesteld."},
    "report.cfg.target_minutes": {"en": "Target (minutes)", "nl": "Norm (minuten)"},
    "report.cfg.target_pct": {"en": "Target %", "nl": "Norm %"},
    "report.cfg.calendar": {"en": "Calendar", "nl": "Kalender"},
    "report.cfg.effective_from": {"en": "From", "nl": "Vanaf"},
    "report.cfg.effective_to": {"en": "Until (incl.)", "nl": "Tot en met"},
    "report.cfg.timezone": {"en": "Time zone", "nl": "Tijdzone"},
    "report.cfg.hours": {"en": "Mon|Tue|Wed|Thu|Fri|Sat|Sun", "nl": "ma|di|wo|do|vr|za|zo"},
    "report.cfg.holidays": {"en": "Public holidays", "nl": "Feestdagen"},
    "report.cfg.closed_dates": {"en": "Closed dates", "nl": "Gesloten dagen"},
    "report.cfg.below_pct": {"en": "Availability below %", "nl": "Beschikbaarheid onder %"},
    "report.cfg.credit_pct": {"en": "Credit % of the fee", "nl": "Creditering % van de vergoeding"},
    "report.footer": {"en": "Page &P of &N", "nl": "Pagina &P van &N"},
    "report.error.unknown_customer": {"en": "unknown customer {customer!r}; known customers: {known}",
                                      "nl": "onbekende klant {customer!r}; bekende klanten: {known}"},
    # --- data ---
}


def t(key: str, lang: str = "en", **values: object) -> str:
    """The text for a key in a language (English when missing), with {placeholders} filled."""
    entry = TEXT[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text


def _grouped(value: float, decimals: int, lang: str) -> str:
    text = f"{value:,.{decimals}f}"
    if lang == "nl":  # 1,234.5 -> 1.234,5
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def number(value: float | None, lang: str = "en", decimals: int = 0) -> str:
    """A number with the language's grouping and decimal mark: 1,234.5 / 1.234,5; '–' when missing."""
    return "–" if _missing(value) else _grouped(float(value), decimals, lang)


def percent(value: float | None, lang: str = "en", decimals: int = 2) -> str:
    """A 0-100 percentage: '99.95 %' in English, '99,95 %' in Dutch; '–' when missing."""
    return "–" if _missing(value) else f"{_grouped(float(value), decimals, lang)} %"


def month(value: date | datetime | str, lang: str = "en") -> str:
    """A month label: 'Oct 2026' / 'okt 2026'."""
    if isinstance(value, str):
        value = date.fromisoformat(value[:7] + "-01")
    return f"{MONTHS[lang][value.month - 1]} {value.year}"


def day(value: date | datetime, lang: str = "en") -> str:
    """A date: '2026-10-31' in English, '31-10-2026' in Dutch."""
    return value.strftime("%d-%m-%Y" if lang == "nl" else "%Y-%m-%d")


def moment(value: datetime | None, lang: str = "en") -> str:
    """A date and time to the minute in the language's order; '–' when missing."""
    if value is None or str(value) == "NaT":
        return "–"
    return value.strftime("%d-%m-%Y %H:%M" if lang == "nl" else "%Y-%m-%d %H:%M")


def duration(minutes: float | None, lang: str = "en") -> str:
    """Minutes as '2 h 05 min' / '2 u 05 min'; days past 48 hours."""
    if _missing(minutes):
        return "–"
    minutes = round(float(minutes))
    hours, rest = divmod(abs(minutes), 60)
    sign = "-" if minutes < 0 else ""
    h = "u" if lang == "nl" else "h"
    if hours >= 48:
        days, hours = divmod(hours, 24)
        d = "d"
        return f"{sign}{days} {d} {hours} {h}"
    return f"{sign}{hours} {h} {rest:02d} min" if hours else f"{sign}{rest} min"
