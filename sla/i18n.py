"""The one translation table (English, Nederlands) and the number/date formats of each language.

Every label, help text and message the dashboard or report shows comes from TEXT (KPI names and definitions
come from sla.metrics.kpis.REGISTRY). Keys are grouped per page; a missing Dutch text falls back to English.
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
    "nav.scorecard": {"en": "Scorecard", "nl": "Scorecard"},
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
    "overview.title": {"en": "SLA overview, {month}", "nl": "SLA-overzicht, {month}"},
    "overview.scope_all": {"en": "All customers, all services and priorities.",
                           "nl": "Alle klanten, alle diensten en prioriteiten."},
    "overview.scope_some": {"en": "{n} of the customers: {names}.", "nl": "{n} van de klanten: {names}."},
    "overview.filters_ignored": {"en": "The overview covers every service and priority; the service and priority "
                                       "filters apply on the KPI trends page.",
                                 "nl": "Het overzicht omvat alle diensten en prioriteiten; de filters op dienst en "
                                       "prioriteit gelden op de pagina KPI-trends."},
    "overview.nothing": {"en": "No figures for {month} in this selection. Choose another month or customer, or "
                               "upload the exports of this month on the Data page.",
                         "nl": "Geen cijfers voor {month} in deze selectie. Kies een andere maand of klant, of "
                               "upload de exports van deze maand op de pagina Gegevens."},
    "overview.target": {"en": "target {target}", "nl": "norm {target}"},
    "overview.target_help": {"en": "Target: {target} (the contract's policies; where contracts differ, the lowest "
                                   "and highest).",
                             "nl": "Norm: {target} (volgens de contractafspraken; waar contracten verschillen, de "
                                   "laagste en de hoogste)."},
    "overview.no_target": {"en": "No target in the contract configuration.",
                           "nl": "Geen norm in de contractafspraken."},
    "overview.lower_better": {"en": "Lower is better.", "nl": "Lager is beter."},
    "overview.pp": {"en": "{value} pp", "nl": "{value} %-punt"},
    "overview.vs": {"en": "vs {month}", "nl": "t.o.v. {month}"},
    "overview.previous": {"en": "{month}: {value}.", "nl": "{month}: {value}."},
    "overview.sample_tickets": {"en": "Based on {n} ticket clocks decided in the month (met + breached).",
                                "nl": "Op basis van {n} ticketklokken die in de maand beslist zijn (gehaald + "
                                      "overschreden)."},
    "overview.sample_responses": {"en": "Based on {n} survey answers.", "nl": "Op basis van {n} enquêteantwoorden."},
    "overview.across_tickets": {"en": "Across customers: met / (met + breached) over all tickets of the selected "
                                      "customers together, so each customer weighs by its number of tickets.",
                                "nl": "Over klanten heen: gehaald / (gehaald + overschreden) over alle tickets van "
                                      "de gekozen klanten samen, zodat elke klant meeweegt naar zijn aantal "
                                      "tickets."},
    "overview.across_availability": {"en": "Across customers: the measured services of the selected customers, "
                                           "each counted once per calendar it is promised on; (eligible - "
                                           "downtime) / eligible summed over those services, so a service weighs "
                                           "by its measurable time.",
                                     "nl": "Over klanten heen: de gemeten diensten van de gekozen klanten, elke "
                                           "dienst één keer per kalender waarop iets is afgesproken; (meetbare tijd "
                                           "- downtime) / meetbare tijd opgeteld over die diensten, zodat een "
                                           "dienst meeweegt naar zijn meetbare tijd."},
    "overview.across_feedback": {"en": "Across customers: all answers of the selected customers together.",
                                 "nl": "Over klanten heen: alle antwoorden van de gekozen klanten samen."},
    "overview.breaches_help": {"en": "First-response and resolution breaches together.",
                               "nl": "Overschrijdingen van eerste reactie en oplossing samen."},
    "overview.credits": {"en": "Credits owed", "nl": "Te crediteren"},
    "overview.credits_help": {"en": "Service credits due for the month: for every customer and service below its "
                                    "availability target, the deepest credit tier it falls under, as a share of "
                                    "the monthly fee (at most the fee), summed over the selected customers.",
                              "nl": "Creditering (verminderde betaling) voor de maand: voor elke klant en dienst "
                                    "onder de norm voor beschikbaarheid de zwaarste staffel waar hij onder valt, "
                                    "als deel van de maandvergoeding (hooguit de vergoeding), opgeteld over de "
                                    "gekozen klanten."},
    "overview.trend": {"en": "Compliance over 12 months", "nl": "Binnen SLA over 12 maanden"},
    "overview.trend_help": {"en": "Across the selected customers, per month of decision.",
                            "nl": "Over de gekozen klanten, per maand van beslissen."},
    "overview.missed": {"en": "Customers that missed a target", "nl": "Klanten die een norm niet haalden"},
    "overview.none_missed": {"en": "Every customer met its targets in {month}.",
                             "nl": "Alle klanten haalden hun normen in {month}."},
    "overview.worst": {"en": "Worst breaches", "nl": "Grootste overschrijdingen"},
    "overview.worst_help": {"en": "The ten breaches of the month furthest past their target: business minutes past "
                                  "the target when the clock stopped, time past the due moment while still open.",
                            "nl": "De tien overschrijdingen van de maand die het verst over de norm gingen: "
                                  "werkminuten boven de norm als de klok gestopt is, tijd na de deadline zolang het "
                                  "ticket open is."},
    "overview.no_breaches": {"en": "No breaches in {month}.", "nl": "Geen overschrijdingen in {month}."},
    "overview.col.customer": {"en": "Customer", "nl": "Klant"},
    "overview.col.kpi": {"en": "KPI", "nl": "KPI"},
    "overview.col.service": {"en": "Service", "nl": "Dienst"},
    "overview.col.value": {"en": "Result", "nl": "Resultaat"},
    "overview.col.target": {"en": "Target", "nl": "Norm"},
    "overview.col.ticket": {"en": "Ticket", "nl": "Ticket"},
    "overview.col.priority": {"en": "Priority", "nl": "Prioriteit"},
    "overview.col.due": {"en": "Due", "nl": "Deadline"},
    "overview.col.over": {"en": "Over by", "nl": "Te laat"},
    # --- trends ---
    "trends.title": {"en": "KPI trends", "nl": "KPI-trends"},
    "trends.kpis": {"en": "KPIs", "nl": "KPI's"},
    "trends.grain": {"en": "Per", "nl": "Per"},
    "trends.grain.month": {"en": "Month", "nl": "Maand"},
    "trends.grain.week": {"en": "Week", "nl": "Week"},
    "trends.split": {"en": "Split by", "nl": "Uitsplitsen naar"},
    "trends.split.none": {"en": "Nothing", "nl": "Niets"},
    "trends.split.customer": {"en": "Customer", "nl": "Klant"},
    "trends.split.service": {"en": "Service", "nl": "Dienst"},
    "trends.split.priority": {"en": "Priority", "nl": "Prioriteit"},
    "trends.range": {"en": "Months", "nl": "Maanden"},
    "trends.pick": {"en": "Pick at least one KPI.", "nl": "Kies minstens één KPI."},
    "trends.no_rows": {"en": "No figures for {kpi} in this selection.",
                       "nl": "Geen cijfers voor {kpi} in deze selectie."},
    "trends.not_split": {"en": "{kpi} cannot be split by {split}: shown for the whole selection.",
                         "nl": "{kpi} is niet uit te splitsen naar {split}: getoond voor de hele selectie."},
    "trends.not_filtered": {"en": "The {filters} filter does not apply to {kpi}.",
                            "nl": "Het filter op {filters} geldt niet voor {kpi}."},
    "trends.hover.met": {"en": "Met", "nl": "Gehaald"},
    "trends.hover.decided": {"en": "Decided (met + breached)", "nl": "Beslist (gehaald + overschreden)"},
    "trends.hover.satisfied": {"en": "Satisfied (4-5)", "nl": "Tevreden (4-5)"},
    "trends.hover.promoters": {"en": "Promoters (9-10)", "nl": "Promoters (9-10)"},
    "trends.hover.responses": {"en": "Responses", "nl": "Antwoorden"},
    "trends.hover.downtime": {"en": "Downtime (min)", "nl": "Downtime (min)"},
    "trends.hover.measured": {"en": "Measured time (min)", "nl": "Meetbare tijd (min)"},
    "trends.week_of": {"en": "Week of {day}", "nl": "Week van {day}"},
    # --- breaches ---
    "breaches.caption": {"en": "Ticket metrics whose due moment passed before the clock stopped, decided in {period}. "
                               "Select a breach in the table to see its clock and to exclude it from the KPIs.",
                         "nl": "Ticketnormen waarvan de deadline verstreek voordat de klok stopte, beslist in "
                               "{period}. Kies een overschrijding in de tabel om de klok te zien en om haar uit te "
                               "sluiten van de KPI's."},
    "breaches.period": {"en": "Period", "nl": "Periode"},
    "breaches.period.month": {"en": "Month in the sidebar", "nl": "Maand in de zijbalk"},
    "breaches.period.range": {"en": "Range of months", "nl": "Reeks maanden"},
    "breaches.range": {"en": "Months", "nl": "Maanden"},
    "breaches.metrics": {"en": "Metrics", "nl": "Normen"},
    "breaches.metric.first_response": {"en": "First response", "nl": "Eerste reactie"},
    "breaches.metric.resolution": {"en": "Resolution", "nl": "Oplossing"},
    "breaches.vs": {"en": "vs {month}", "nl": "t.o.v. {month}"},
    "breaches.tile.excluded": {"en": "Excluded", "nl": "Uitgesloten"},
    "breaches.tile.excluded_help": {"en": "Breaches in this selection that were excluded with a reason; they stay "
                                          "listed but leave the KPIs.",
                                    "nl": "Overschrijdingen in deze selectie die met een reden zijn uitgesloten; ze "
                                          "blijven zichtbaar maar tellen niet mee in de KPI's."},
    "breaches.tile.median_over": {"en": "Median time over", "nl": "Mediane overschrijding"},
    "breaches.tile.median_over_help": {"en": "Half of the counted breaches went over by less than this: business "
                                             "time past the target when stopped, clock time past the due moment "
                                             "while still open.",
                                       "nl": "De helft van de meetellende overschrijdingen was minder te laat dan "
                                             "dit: werktijd boven de norm als de klok stopte, kloktijd na de "
                                             "deadline als het ticket nog open is."},
    "breaches.chart": {"en": "Chart", "nl": "Grafiek"},
    "breaches.chart.day": {"en": "Per day", "nl": "Per dag"},
    "breaches.chart.week": {"en": "Per week", "nl": "Per week"},
    "breaches.chart.scatter": {"en": "Due moment vs time over", "nl": "Deadline vs overschrijding"},
    "breaches.chart.title_day": {"en": "Breaches per day (due date) by metric",
                                 "nl": "Overschrijdingen per dag (deadline) per norm"},
    "breaches.chart.title_week": {"en": "Breaches per week (due date, weeks from Monday) by metric",
                                  "nl": "Overschrijdingen per week (deadline, weken vanaf maandag) per norm"},
    "breaches.chart.title_scatter": {"en": "Each breach: due moment and minutes over",
                                     "nl": "Elke overschrijding: deadline en minuten te laat"},
    "breaches.axis.count": {"en": "Breaches", "nl": "Overschrijdingen"},
    "breaches.axis.over": {"en": "Minutes over (log scale)", "nl": "Minuten te laat (log-schaal)"},
    "breaches.status.counted": {"en": "Counted", "nl": "Telt mee"},
    "breaches.status.excluded": {"en": "Excluded", "nl": "Uitgesloten"},
    "breaches.table": {"en": "Breach history", "nl": "Overzicht van overschrijdingen"},
    "breaches.col.ticket": {"en": "Ticket", "nl": "Ticket"},
    "breaches.col.customer": {"en": "Customer", "nl": "Klant"},
    "breaches.col.service": {"en": "Service", "nl": "Dienst"},
    "breaches.col.priority": {"en": "Priority", "nl": "Prioriteit"},
    "breaches.col.metric": {"en": "Metric", "nl": "Norm"},
    "breaches.col.created": {"en": "Created", "nl": "Aangemaakt"},
    "breaches.col.due": {"en": "Due", "nl": "Deadline"},
    "breaches.col.stopped": {"en": "Stopped", "nl": "Gestopt"},
    "breaches.col.over": {"en": "Minutes over", "nl": "Minuten te laat"},
    "breaches.col.status": {"en": "Status", "nl": "Status"},
    "breaches.col.reason": {"en": "Reason", "nl": "Reden"},
    "breaches.none": {"en": "No breaches in {period} for this selection. A breach needs a target: the first "
                            "response and resolution policies of the contract configuration (Data page).",
                      "nl": "Geen overschrijdingen in {period} in deze selectie. Een overschrijding vraagt om een "
                            "norm: de afspraken voor eerste reactie en oplossing in de contractinstellingen "
                            "(pagina Gegevens)."},
    "breaches.no_tickets": {"en": "No tickets yet. Upload a ticket export from your helpdesk (Zendesk, Jira Service "
                                  "Management, Freshdesk, ServiceNow or a CSV) and the contract configuration with "
                                  "the response and resolution targets on the Data page.",
                            "nl": "Nog geen tickets. Upload een ticketexport uit uw helpdesk (Zendesk, Jira Service "
                                  "Management, Freshdesk, ServiceNow of een CSV) en de contractinstellingen met de "
                                  "normen voor reactie en oplossing op de pagina Gegevens."},
    "breaches.select": {"en": "Select a breach in the table (the box at the start of a row) to see its clock and "
                              "to exclude it.",
                        "nl": "Kies een overschrijding in de tabel (het vakje aan het begin van een rij) om de klok "
                              "te zien en om haar uit te sluiten."},
    "breaches.clock": {"en": "Clock of ticket {ticket}: {metric}", "nl": "Klok van ticket {ticket}: {metric}"},
    "breaches.clock.who": {"en": "{customer} · {service} · priority {priority}",
                           "nl": "{customer} · {service} · prioriteit {priority}"},
    "breaches.clock.created": {"en": "Created", "nl": "Aangemaakt"},
    "breaches.clock.due": {"en": "Due", "nl": "Deadline"},
    "breaches.clock.stopped": {"en": "Stopped", "nl": "Gestopt"},
    "breaches.clock.open": {"en": "still open", "nl": "nog open"},
    "breaches.clock.over": {"en": "Time over", "nl": "Te laat"},
    "breaches.clock.over_help": {"en": "Business time past the target when the clock stopped; clock time past the "
                                       "due moment while the ticket is still open.",
                                 "nl": "Werktijd boven de norm toen de klok stopte; kloktijd na de deadline zolang "
                                       "het ticket open is."},
    "breaches.clock.calendar": {"en": "Calendar", "nl": "Kalender"},
    "breaches.clock.policy": {"en": "Policy applied", "nl": "Toegepaste afspraak"},
    "breaches.clock.policy_text": {"en": "row {row} of the configuration: customer {customer}, service {service}, "
                                         "priority {priority}; {metric} within {minutes} on calendar {calendar}, "
                                         "for {pct} of tickets",
                                   "nl": "regel {row} van de instellingen: klant {customer}, dienst {service}, "
                                         "prioriteit {priority}; {metric} binnen {minutes} volgens kalender "
                                         "{calendar}, voor {pct} van de tickets"},
    "breaches.clock.any": {"en": "any", "nl": "alle"},
    "breaches.clock.policy_gone": {"en": "row {row}; it is no longer in the configuration in force",
                                   "nl": "regel {row}; die staat niet meer in de geldende instellingen"},
    "breaches.exclude": {"en": "Exclude from the KPIs", "nl": "Uitsluiten van de KPI's"},
    "breaches.exclude.help": {"en": "An excluded breach leaves the compliance KPIs and the breach count, stays listed "
                                    "here marked as excluded, and can be counted again later. Service credits follow "
                                    "from availability only, so excluding a ticket breach does not change them.",
                              "nl": "Een uitgesloten overschrijding telt niet mee in de KPI's en het aantal "
                                    "overschrijdingen, blijft hier zichtbaar als uitgesloten en kan later weer "
                                    "meetellen. Servicecredits volgen alleen uit de beschikbaarheid; het uitsluiten "
                                    "van een ticketoverschrijding verandert ze niet."},
    "breaches.reason": {"en": "Reason", "nl": "Reden"},
    "breaches.note": {"en": "Note", "nl": "Toelichting"},
    "breaches.note.help": {"en": "Saved with the reason; needed when the reason is Other.",
                           "nl": "Wordt bij de reden bewaard; verplicht bij de reden Anders."},
    "breaches.actor": {"en": "Your name", "nl": "Uw naam"},
    "breaches.actor.help": {"en": "Recorded in the audit trail with every exclusion and undo.",
                            "nl": "Wordt bij elke uitsluiting en elk herstel in het logboek vastgelegd."},
    "breaches.exclude.button": {"en": "Exclude this breach", "nl": "Deze overschrijding uitsluiten"},
    "breaches.exclude.done": {"en": "Ticket {ticket} ({metric}) is excluded from the KPIs.",
                              "nl": "Ticket {ticket} ({metric}) is uitgesloten van de KPI's."},
    "breaches.excluded_by": {"en": "Excluded by {actor} on {when}: {reason}",
                             "nl": "Uitgesloten door {actor} op {when}: {reason}"},
    "breaches.include.button": {"en": "Count it again", "nl": "Weer laten meetellen"},
    "breaches.include.done": {"en": "Ticket {ticket} ({metric}) counts in the KPIs again.",
                              "nl": "Ticket {ticket} ({metric}) telt weer mee in de KPI's."},
    "breaches.reason.customer_caused": {"en": "Customer-caused", "nl": "Veroorzaakt door de klant"},
    "breaches.reason.planned_change": {"en": "Planned change", "nl": "Geplande wijziging"},
    "breaches.reason.disputed_and_accepted": {"en": "Disputed and accepted", "nl": "Betwist en geaccepteerd"},
    "breaches.reason.duplicate_ticket": {"en": "Duplicate ticket", "nl": "Dubbel ticket"},
    "breaches.reason.other": {"en": "Other", "nl": "Anders"},
    "breaches.error.reason": {"en": "Choose a reason.", "nl": "Kies een reden."},
    "breaches.error.note": {"en": "With the reason Other, say why in the note.",
                            "nl": "Geef bij de reden Anders in de toelichting aan waarom."},
    "breaches.error.actor": {"en": "Fill in your name: the audit trail records who made each change.",
                             "nl": "Vul uw naam in: het logboek legt vast wie elke wijziging deed."},
    "breaches.error.metric": {"en": "Only first response and resolution breaches can be excluded.",
                              "nl": "Alleen overschrijdingen van eerste reactie en oplossing kunnen worden "
                                    "uitgesloten."},
    "breaches.error.not_breached": {"en": "This ticket metric is not a breach (any more).",
                                    "nl": "Deze ticketnorm is (niet langer) een overschrijding."},
    "breaches.error.already_excluded": {"en": "Someone already excluded this breach; the page now shows it.",
                                        "nl": "Iemand heeft deze overschrijding al uitgesloten; de pagina toont "
                                              "dat nu."},
    "breaches.error.already_included": {"en": "This breach already counts again; the page now shows it.",
                                        "nl": "Deze overschrijding telt al weer mee; de pagina toont dat nu."},
    "breaches.audit": {"en": "Audit trail", "nl": "Logboek van uitsluitingen"},
    "breaches.audit.caption": {"en": "Every exclusion and every undo, newest first (times in {tz}).",
                               "nl": "Elke uitsluiting en elk herstel, nieuwste eerst (tijden in {tz})."},
    "breaches.audit.none": {"en": "No breach has been excluded yet.",
                            "nl": "Er is nog geen overschrijding uitgesloten."},
    "breaches.audit.when": {"en": "When", "nl": "Wanneer"},
    "breaches.audit.who": {"en": "Who", "nl": "Wie"},
    "breaches.audit.action": {"en": "Action", "nl": "Actie"},
    "breaches.action.exclude": {"en": "Excluded", "nl": "Uitgesloten"},
    "breaches.action.include": {"en": "Counted again", "nl": "Weer meegeteld"},
    # --- availability ---
    "availability.caption": {"en": "Uptime per service in {month} against the contract target, with the 12 months up "
                                   "to it. Planned maintenance and time without monitoring data do not count.",
                             "nl": "Beschikbaarheid per dienst in {month} tegen de norm uit het contract, met de 12 "
                                   "maanden ervoor. Gepland onderhoud en tijd zonder meetgegevens tellen niet mee."},
    "availability.empty": {"en": "No monitoring data yet. Upload uptime checks (UptimeRobot, Pingdom or a CSV with "
                                 "service, time and status) or an outage log on the Data page.",
                           "nl": "Nog geen monitoringgegevens. Upload uptime-metingen (UptimeRobot, Pingdom of een "
                                 "CSV met dienst, tijd en status) of een storingslogboek op de pagina Gegevens."},
    "availability.none": {"en": "No monitored service in {month} for this selection.",
                          "nl": "Geen gemeten dienst in {month} in deze selectie."},
    "availability.services": {"en": "Services in {month}", "nl": "Diensten in {month}"},
    "availability.service": {"en": "Service shown below", "nl": "Dienst hieronder"},
    "availability.service.help": {"en": "Customers whose contracts set different targets for one service see it "
                                        "once per target.",
                                  "nl": "Klanten met verschillende normen voor dezelfde dienst zien die dienst een "
                                        "keer per norm."},
    "availability.service.label": {"en": "{service} (target {target}; customers: {n})",
                                   "nl": "{service} (norm {target}; klanten: {n})"},
    "availability.col.service": {"en": "Service", "nl": "Dienst"},
    "availability.col.target": {"en": "Target", "nl": "Norm"},
    "availability.col.customers": {"en": "Customers", "nl": "Klanten"},
    "availability.col.availability": {"en": "Availability", "nl": "Beschikbaarheid"},
    "availability.col.verdict": {"en": "Verdict", "nl": "Oordeel"},
    "availability.col.downtime": {"en": "Downtime", "nl": "Downtime"},
    "availability.col.maintenance": {"en": "Maintenance", "nl": "Onderhoud"},
    "availability.col.coverage": {"en": "Data coverage", "nl": "Meetdekking"},
    "availability.col.budget": {"en": "Error budget", "nl": "Foutbudget"},
    "availability.col.budget_left": {"en": "Budget left", "nl": "Budget over"},
    "availability.col.burn": {"en": "Burn rate", "nl": "Verbruikstempo"},
    "availability.col.month": {"en": "Month", "nl": "Maand"},
    "availability.met": {"en": "✓ met", "nl": "✓ gehaald"},
    "availability.below": {"en": "✗ below target", "nl": "✗ onder de norm"},
    "availability.no_target": {"en": "no target", "nl": "geen norm"},
    "availability.vs": {"en": "vs {month}", "nl": "t.o.v. {month}"},
    "availability.pp": {"en": "{value} pp", "nl": "{value} %-punt"},
    "availability.downtime_help": {"en": "Time the service was down inside the calendar hours of the contract, "
                                         "outside planned maintenance.",
                                   "nl": "Tijd dat de dienst onbereikbaar was binnen de kalenderuren van het "
                                         "contract, buiten gepland onderhoud."},
    "availability.budget_help": {"en": "Error budget: the downtime the target allows, (100 - target) % of the "
                                       "eligible time; left = budget - downtime (negative: overspent). In the "
                                       "month in progress it counts the time elapsed so far.",
                                 "nl": "Foutbudget: de downtime die de norm toestaat, (100 - norm) % van de "
                                       "meetbare tijd; over = budget - downtime (negatief: overschreden). In de "
                                       "lopende maand telt de tijd die tot nu toe verstreken is."},
    "availability.burn_help": {"en": "Burn rate = share of the error budget used / share of the period elapsed. "
                                     "1 uses exactly the budget by the end of the period; above 1 the downtime "
                                     "outruns what the target allows (2 = twice as fast).",
                               "nl": "Verbruikstempo = deel van het foutbudget dat op is / deel van de periode dat "
                                     "verstreken is. 1 gebruikt precies het budget aan het eind van de periode; "
                                     "boven 1 gaat de downtime sneller dan de norm toestaat (2 = twee keer zo snel)."},
    "availability.coverage_help": {"en": "Share of the calendar time outside maintenance that has monitoring data; "
                                         "time without data is left out of the availability.",
                                   "nl": "Deel van de kalendertijd buiten onderhoud waarvoor meetgegevens zijn; tijd "
                                         "zonder gegevens telt niet mee in de beschikbaarheid."},
    "availability.months": {"en": "Month by month", "nl": "Per maand"},
    "availability.chart.uptime": {"en": "Uptime by month against target",
                                  "nl": "Beschikbaarheid per maand tegen de norm"},
    "availability.chart.pct": {"en": "Availability (%)", "nl": "Beschikbaarheid (%)"},
    "availability.chart.maintenance": {"en": "Maintenance (minutes)", "nl": "Onderhoud (minuten)"},
    "availability.chart.maintenance_window": {"en": "Maintenance", "nl": "Onderhoud"},
    "availability.chart.timeline": {"en": "Down periods (shaded: planned maintenance)",
                                    "nl": "Storingen (gearceerd: gepland onderhoud)"},
    "availability.chart.response": {"en": "Response time by month (p50, p95, p99)",
                                     "nl": "Responstijd per maand (p50, p95, p99)"},
    "availability.chart.ms": {"en": "Response time (ms)", "nl": "Responstijd (ms)"},
    "availability.incidents": {"en": "Downtime incidents in {month}", "nl": "Storingen in {month}"},
    "availability.incidents.caption": {"en": "Runs of failed checks and outage log entries; minutes are clock time "
                                             "(the downtime figure counts only calendar hours outside maintenance).",
                                       "nl": "Reeksen mislukte metingen en regels uit het storingslogboek; minuten "
                                             "zijn kloktijd (de downtime telt alleen kalenderuren buiten "
                                             "onderhoud)."},
    "availability.incidents.none": {"en": "No downtime recorded in {month}.",
                                    "nl": "Geen storingen vastgelegd in {month}."},
    "availability.col.start": {"en": "Start", "nl": "Begin"},
    "availability.col.end": {"en": "End", "nl": "Einde"},
    "availability.col.minutes": {"en": "Minutes", "nl": "Minuten"},
    "availability.col.origin": {"en": "Source", "nl": "Bron"},
    "availability.col.reason": {"en": "Reason", "nl": "Oorzaak"},
    "availability.col.during_maintenance": {"en": "During maintenance", "nl": "Tijdens onderhoud"},
    "availability.origin.checks": {"en": "Monitoring checks", "nl": "Monitoringmetingen"},
    "availability.origin.outage_log": {"en": "Outage log", "nl": "Storingslogboek"},
    "availability.failed_checks": {"en": "Failed checks: {n}", "nl": "Mislukte metingen: {n}"},
    "availability.response.none": {"en": "No response times measured for this service.",
                                    "nl": "Geen responstijden gemeten voor deze dienst."},
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
    "feedback.band_short.detractor": {"en": "Detractors", "nl": "Criticasters"},
    "feedback.band_short.passive": {"en": "Passives", "nl": "Neutralen"},
    "feedback.band_short.promoter": {"en": "Promoters", "nl": "Promotors"},
    "feedback.band_short.satisfied": {"en": "Satisfied", "nl": "Tevreden"},
    "feedback.band_short.dissatisfied": {"en": "Not satisfied", "nl": "Niet tevreden"},
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
    # the Reports page (reports.*); the workbook's own texts are report.*
    "reports.intro": {"en": "The client's monthly SLA report as an Excel workbook: a summary against the targets, "
                            "trends, breaches, availability, customer feedback and the definitions used.",
                      "nl": "De maandelijkse SLA-rapportage voor de klant als Excel-werkmap: een samenvatting "
                            "tegen de normen, trends, overschrijdingen, beschikbaarheid, klantfeedback en de "
                            "gebruikte definities."},
    "reports.customer": {"en": "Client", "nl": "Klant"},
    "reports.settings": {"en": "Month {month}, in {language}. Change the month and the language in the sidebar.",
                         "nl": "Maand {month}, in het {language}. Wijzig de maand en de taal in de zijbalk."},
    "reports.preview": {"en": "What the report shows for {month}", "nl": "Wat de rapportage toont over {month}"},
    "reports.no_month": {"en": "{customer} has no tickets, measurements or survey answers in {month}; the report "
                               "says so.",
                         "nl": "{customer} heeft in {month} geen tickets, metingen of enquêteantwoorden; de "
                               "rapportage vermeldt dat."},
    "reports.download": {"en": "Download the report for {customer}", "nl": "Download de rapportage voor {customer}"},
    "reports.download_help": {"en": "The workbook is made when you click; this takes a few seconds.",
                              "nl": "De werkmap wordt gemaakt als u klikt; dat duurt een paar seconden."},
    "reports.only_client": {"en": "The workbook contains {customer}'s data only, so you can send it to the client "
                                  "as it is.",
                            "nl": "De werkmap bevat alleen de gegevens van {customer}; u kunt hem zo naar de klant "
                                  "sturen."},
    "reports.all": {"en": "All customers at once", "nl": "Alle klanten tegelijk"},
    "reports.all_caption": {"en": "One workbook per customer in one zip file; each workbook contains that "
                                  "client's data only.",
                            "nl": "Eén werkmap per klant in één zipbestand; elke werkmap bevat alleen de "
                                  "gegevens van die klant."},
    "reports.download_all": {"en": "Download all {n} reports (zip)", "nl": "Download alle {n} rapportages (zip)"},
    "reports.download_all_help": {"en": "Every workbook is made when you click; this can take a minute.",
                                  "nl": "Alle werkmappen worden gemaakt als u klikt; dat kan een minuut duren."},
    "reports.col.kpi": {"en": "KPI", "nl": "KPI"},
    "reports.col.service": {"en": "Service", "nl": "Dienst"},
    "reports.col.value": {"en": "Achieved", "nl": "Behaald"},
    "reports.col.target": {"en": "Target", "nl": "Norm"},
    "reports.col.status": {"en": "Status", "nl": "Status"},
    "reports.col.basis": {"en": "Based on", "nl": "Gebaseerd op"},
    "reports.status.met": {"en": "✓ met", "nl": "✓ gehaald"},
    "reports.status.missed": {"en": "✗ missed", "nl": "✗ niet gehaald"},
    "reports.basis.tickets": {"en": "{met} met, {breached} breached, {open} open",
                              "nl": "{met} gehaald, {breached} overschreden, {open} open"},
    "reports.basis.downtime": {"en": "downtime {downtime}", "nl": "downtime {downtime}"},
    "reports.basis.responses": {"en": "{n} responses", "nl": "{n} antwoorden"},
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
    "report.verdict.breach": {"en": "{n} ticket deadline was missed.", "nl": "{n} ticketdeadline is overschreden."},
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
    "report.col.budget_left": {"en": "Error budget left (min)", "nl": "Resterend foutbudget (min)"},
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
    "report.score.good": {"en": "Good", "nl": "Goed"},
    "report.score.bad": {"en": "Bad", "nl": "Slecht"},
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
    "data.title": {"en": "Data", "nl": "Gegevens"},
    "data.intro": {"en": "Upload exports from your helpdesk, monitoring or surveys as CSV or Excel files. Each file "
                         "is recognised from its columns; check how its columns are read, change what is needed, "
                         "then import. Uploading the same file again changes nothing.",
                   "nl": "Upload exports uit uw helpdesk, monitoring of enquêtes als CSV- of Excelbestand. Elk "
                         "bestand wordt herkend aan de kolommen; controleer hoe de kolommen worden gelezen, pas aan "
                         "wat nodig is en importeer. Hetzelfde bestand nogmaals uploaden verandert niets."},
    "data.presets": {"en": "Recognised exports", "nl": "Herkende exports"},
    "data.upload": {"en": "Export files", "nl": "Exportbestanden"},
    "data.upload.help": {"en": "CSV (comma, semicolon or tab separated) or Excel .xlsx; several files at once.",
                         "nl": "CSV (gescheiden door komma, puntkomma of tab) of Excel .xlsx; meerdere bestanden "
                               "tegelijk."},
    "data.file.recognised": {"en": "Recognised as **{preset}** ({kind}).",
                             "nl": "Herkend als **{preset}** ({kind})."},
    "data.file.chosen": {"en": "Read as **{preset}** ({kind}).", "nl": "Gelezen als **{preset}** ({kind})."},
    "data.file.unknown": {"en": "The kind of export could not be recognised from its columns ({columns}). Choose "
                                "what the file holds, then choose its columns below.",
                          "nl": "Het soort export is niet te herkennen aan de kolommen ({columns}). Kies wat het "
                                "bestand bevat en kies daarna hieronder de kolommen."},
    "data.file.kind": {"en": "The file holds", "nl": "Het bestand bevat"},
    "data.file.kind.placeholder": {"en": "Choose the kind of data", "nl": "Kies het soort gegevens"},
    "data.file.preset": {"en": "Export layout", "nl": "Exportindeling"},
    "data.file.mapping": {"en": "How the columns are read", "nl": "Hoe de kolommen worden gelezen"},
    "data.file.edit": {"en": "Change which column feeds which field", "nl": "Kies welke kolom bij welk veld hoort"},
    "data.file.not_mapped": {"en": "(not mapped)", "nl": "(niet gekoppeld)"},
    "data.file.required": {"en": "{field} (required)", "nl": "{field} (verplicht)"},
    "data.file.field_help": {"en": "Field `{name}`. Examples from the file: {examples}",
                             "nl": "Veld `{name}`. Voorbeelden uit het bestand: {examples}"},
    "data.file.timezone": {"en": "Time zone of the times in the file", "nl": "Tijdzone van de tijden in het bestand"},
    "data.file.timezone.help": {"en": "For times without a time zone. The dashboard stores every moment in UTC and "
                                      "shows months in the report time zone.",
                                "nl": "Voor tijden zonder tijdzone. Het dashboard slaat elk moment op in UTC en "
                                      "toont maanden in de tijdzone van de rapportage."},
    "data.file.customer": {"en": "Customer for every row", "nl": "Klant voor elke rij"},
    "data.file.customer.help": {"en": "Fill in to store every row under this customer, for an export of one "
                                      "customer without a customer column. Leave empty to use the file's column.",
                                "nl": "Vul in om elke rij bij deze klant op te slaan, voor een export van één klant "
                                      "zonder klantkolom. Laat leeg om de kolom uit het bestand te gebruiken."},
    "data.file.service": {"en": "Service for every row", "nl": "Dienst voor elke rij"},
    "data.file.service.help": {"en": "Fill in to store every row under this service, for an export of one service "
                                     "or monitor without a service column. Leave empty to use the file's column.",
                               "nl": "Vul in om elke rij bij deze dienst op te slaan, voor een export van één "
                                     "dienst of monitor zonder dienstkolom. Laat leeg om de kolom uit het bestand "
                                     "te gebruiken."},
    "data.file.sample": {"en": "First rows of the file", "nl": "Eerste rijen van het bestand"},
    "data.file.ready": {"en": "Ready to import.", "nl": "Klaar om te importeren."},
    "data.file.missing": {"en": "Not ready to import: no column is chosen for {fields}. Choose the column that holds "
                                "it under \"Change which column feeds which field\"{or_default}.",
                          "nl": "Nog niet klaar om te importeren: er is geen kolom gekozen voor {fields}. Kies de "
                                "kolom met deze gegevens onder \"Kies welke kolom bij welk veld hoort\"{or_default}."},
    "data.file.or_default": {"en": ", or fill in a value for every row", "nl": ", of vul een waarde voor elke rij in"},
    "data.file.unreadable": {"en": "This file cannot be imported: {reason}",
                             "nl": "Dit bestand kan niet worden geïmporteerd: {reason}"},
    "data.col.field": {"en": "Field", "nl": "Veld"},
    "data.col.required": {"en": "Required", "nl": "Verplicht"},
    "data.col.column": {"en": "Column in the file", "nl": "Kolom in het bestand"},
    "data.col.examples": {"en": "Examples", "nl": "Voorbeelden"},
    "data.import": {"en": "Import", "nl": "Importeren"},
    "data.import.help": {"en": "Imports the files that are ready; the others are skipped.",
                         "nl": "Importeert de bestanden die klaar zijn; de andere worden overgeslagen."},
    "data.progress.start": {"en": "Starting", "nl": "Bezig met starten"},
    "data.progress.step": {"en": "{file}: {step}", "nl": "{file}: {step}"},
    "data.progress.clocks": {"en": "Computing the SLA clocks of the imported tickets",
                             "nl": "SLA-klokken van de geïmporteerde tickets berekenen"},
    "data.progress.clocks.config": {"en": "Computing every ticket's SLA clock with the new configuration",
                                    "nl": "SLA-klokken van alle tickets berekenen met de nieuwe configuratie"},
    "data.progress.done": {"en": "Finished {count} file(s) in {seconds} s.",
                           "nl": "{count} bestand(en) verwerkt in {seconds} s."},
    "data.step.read": {"en": "reading the file", "nl": "bestand lezen"},
    "data.step.load": {"en": "loading rows", "nl": "rijen laden"},
    "data.step.check": {"en": "checking values", "nl": "waarden controleren"},
    "data.step.store": {"en": "storing", "nl": "opslaan"},
    "data.step.done": {"en": "done", "nl": "klaar"},
    "data.result.stored": {"en": "{file}: {stored} {kind} stored ({new} new, {updated} updated, {unchanged} "
                                 "unchanged) of {read} rows read; {rejected} rejected. Read as {preset}, batch "
                                 "{batch}.",
                           "nl": "{file}: {stored} {kind} opgeslagen ({new} nieuw, {updated} bijgewerkt, "
                                 "{unchanged} ongewijzigd) van {read} gelezen rijen; {rejected} afgewezen. Gelezen "
                                 "als {preset}, batch {batch}."},
    "data.result.already": {"en": "{file}: already imported as batch {batch}; nothing changed.",
                            "nl": "{file}: al geïmporteerd als batch {batch}; er is niets veranderd."},
    "data.result.no_customer": {"en": "{count} rows name no customer; they are stored under \"(no customer)\". To "
                                      "give them a customer, undo this import below and import the file again with "
                                      "a customer column or a customer for every row.",
                                "nl": "{count} rijen noemen geen klant; ze zijn opgeslagen onder \"(no customer)\". "
                                      "Om ze een klant te geven: maak deze import hieronder ongedaan en importeer het "
                                      "bestand opnieuw met een klantkolom of een klant voor elke rij."},
    "data.result.skipped": {"en": "{file}: skipped, it is not ready to import (see the file above).",
                            "nl": "{file}: overgeslagen, het is nog niet klaar om te importeren (zie het bestand "
                                  "hierboven)."},
    "data.result.problem": {"en": "{file}: not imported, nothing was stored. {reason}",
                            "nl": "{file}: niet geïmporteerd, er is niets opgeslagen. {reason}"},
    "data.result.failed": {"en": "{file}: the import failed unexpectedly ({kind}); nothing was stored. The details "
                                 "are in the dashboard's log.",
                           "nl": "{file}: de import is onverwacht mislukt ({kind}); er is niets opgeslagen. De "
                                 "details staan in het logboek van het dashboard."},
    "data.rejects": {"en": "Rejected rows of {file}", "nl": "Afgewezen rijen van {file}"},
    "data.rejects.download": {"en": "Download all rejected rows (CSV)", "nl": "Alle afgewezen rijen downloaden (CSV)"},
    "data.rejects.file": {"en": "rejected rows {file}.csv", "nl": "afgewezen rijen {file}.csv"},
    "data.col.row": {"en": "Row", "nl": "Rij"},
    "data.col.value": {"en": "Value", "nl": "Waarde"},
    "data.col.reason": {"en": "Reason", "nl": "Reden"},
    "data.stored": {"en": "What is stored", "nl": "Wat is opgeslagen"},
    "data.stored.caption": {"en": "Rows count each ticket, check or answer once, in its latest imported version.",
                            "nl": "Elke ticket, meting of antwoord telt één keer mee, in de laatst geïmporteerde "
                                  "versie."},
    "data.col.kind": {"en": "Data", "nl": "Gegevens"},
    "data.col.rows": {"en": "Rows", "nl": "Rijen"},
    "data.col.from": {"en": "From (UTC)", "nl": "Van (UTC)"},
    "data.col.until": {"en": "Until (UTC)", "nl": "Tot (UTC)"},
    "data.col.imports": {"en": "Imports", "nl": "Imports"},
    "data.col.last_import": {"en": "Last import (UTC)", "nl": "Laatste import (UTC)"},
    "data.format.moment": {"en": "YYYY-MM-DD HH:mm", "nl": "DD-MM-YYYY HH:mm"},
    "data.format.day": {"en": "YYYY-MM-DD", "nl": "DD-MM-YYYY"},
    "data.imports": {"en": "Imports", "nl": "Imports"},
    "data.imports.none": {"en": "No imports yet.", "nl": "Nog geen imports."},
    "data.col.batch": {"en": "Batch", "nl": "Batch"},
    "data.col.file": {"en": "File", "nl": "Bestand"},
    "data.col.preset": {"en": "Recognised as", "nl": "Herkend als"},
    "data.col.rows_read": {"en": "Rows read", "nl": "Rijen gelezen"},
    "data.col.rows_stored": {"en": "Stored", "nl": "Opgeslagen"},
    "data.col.rows_updated": {"en": "Updated", "nl": "Bijgewerkt"},
    "data.col.rows_rejected": {"en": "Rejected", "nl": "Afgewezen"},
    "data.col.imported_at": {"en": "Imported (UTC)", "nl": "Geïmporteerd (UTC)"},
    "data.undo.choose": {"en": "Import to undo", "nl": "Import om ongedaan te maken"},
    "data.undo.option": {"en": "Batch {batch}: {file} ({kind})", "nl": "Batch {batch}: {file} ({kind})"},
    "data.undo": {"en": "Undo import", "nl": "Import ongedaan maken"},
    "data.undo.help": {"en": "Removes the import's rows; tickets it updated go back to their earlier version.",
                       "nl": "Verwijdert de rijen van de import; tickets die erdoor zijn bijgewerkt krijgen hun "
                             "vorige versie terug."},
    "data.undo.done": {"en": "Batch {batch} ({kind}, {file}) removed.",
                       "nl": "Batch {batch} ({kind}, {file}) verwijderd."},
    "data.undo.gone": {"en": "Batch {batch} no longer exists; the list below is up to date.",
                       "nl": "Batch {batch} bestaat niet meer; de lijst hieronder is bijgewerkt."},
    "data.config": {"en": "Contract configuration", "nl": "Contractafspraken"},
    "data.config.intro": {"en": "The business hours, targets, credits, customers and maintenance windows the figures "
                                "are measured against. Edit a table (add a row at the bottom, select rows to delete "
                                "them), then save: the whole configuration is checked and stored as a new version. "
                                "Until a valid version is saved, the one in force stays.",
                          "nl": "De openingstijden, normen, crediteringen, klanten en onderhoudsvensters waaraan de "
                                "cijfers worden gemeten. Pas een tabel aan (voeg onderaan een rij toe, selecteer rijen "
                                "om ze te verwijderen) en sla op: de hele configuratie wordt gecontroleerd en als "
                                "nieuwe versie bewaard. Tot er een geldige versie is opgeslagen, blijft de huidige "
                                "van kracht."},
    "data.config.version": {"en": "In force: version {version}, saved {at} (UTC) from {source}.",
                            "nl": "Van kracht: versie {version}, opgeslagen {at} (UTC) vanuit {source}."},
    "data.config.none": {"en": "No configuration saved yet: durations, availability and feedback are shown, but "
                               "without targets nothing is met, breached or credited.",
                         "nl": "Nog geen contractafspraken opgeslagen: doorlooptijden, beschikbaarheid en feedback "
                               "worden getoond, maar zonder normen wordt niets gehaald, overschreden of "
                               "gecrediteerd."},
    "data.config.calendars": {"en": "Calendars", "nl": "Kalenders (calendars)"},
    "data.config.policies": {"en": "Targets (policies)", "nl": "Normen (policies)"},
    "data.config.credits": {"en": "Credits", "nl": "Crediteringen (credits)"},
    "data.config.customers": {"en": "Customers", "nl": "Klanten (customers)"},
    "data.config.maintenance": {"en": "Maintenance", "nl": "Onderhoud (maintenance)"},
    "data.config.calendars.help": {"en": "Business hours per weekday, e.g. 08:00-12:00 13:00-17:00 (empty: closed). "
                                         "A built-in calendar 24x7 always exists.",
                                   "nl": "Openingstijden per weekdag, bv. 08:00-12:00 13:00-17:00 (leeg: gesloten). "
                                         "De kalender 24x7 bestaat altijd."},
    "data.config.policies.help": {"en": "One row per target. * (or empty) in customer, service or priority matches "
                                        "all; the most specific row wins. Dates are inclusive.",
                                  "nl": "Eén rij per norm. * (of leeg) bij klant, dienst of prioriteit geldt voor "
                                        "alle; de meest specifieke rij gaat voor. Datums tellen mee."},
    "data.config.credits.help": {"en": "When a customer's availability falls below a percentage, it is credited a "
                                       "share of the monthly fee. * applies to all customers.",
                                 "nl": "Als de beschikbaarheid voor een klant onder een percentage valt, krijgt de "
                                       "klant een deel van het maandbedrag teruggestort. * geldt voor alle klanten."},
    "data.config.customers.help": {"en": "Monthly fees (for credits) and the services each customer takes.",
                                   "nl": "Maandbedragen (voor crediteringen) en de diensten die elke klant afneemt."},
    "data.config.maintenance.help": {"en": "Planned maintenance, in local time: it does not count as downtime.",
                                     "nl": "Gepland onderhoud, in lokale tijd: dit telt niet als uitval."},
    "data.config.save": {"en": "Save configuration", "nl": "Contractafspraken opslaan"},
    "data.config.saved": {"en": "Configuration version {version} saved and in force.",
                          "nl": "Versie {version} van de contractafspraken is opgeslagen en van kracht."},
    "data.config.unchanged": {"en": "Nothing was changed, so nothing was saved.",
                              "nl": "Er is niets veranderd, dus er is niets opgeslagen."},
    "data.config.problems": {"en": "The configuration was not saved; the one in force stays unchanged. Fix these "
                                   "problems (rows are numbered as in the workbook: the first row of a table is row "
                                   "2):",
                             "nl": "De contractafspraken zijn niet opgeslagen; de huidige blijven ongewijzigd van "
                                   "kracht. Los deze problemen op (rijen zijn genummerd als in de werkmap: de eerste "
                                   "rij van een tabel is rij 2):"},
    "data.config.workbook": {"en": "Workbook", "nl": "Werkmap"},
    "data.config.download": {"en": "Download as workbook (.xlsx)", "nl": "Downloaden als werkmap (.xlsx)"},
    "data.config.download.file": {"en": "sla-configuration.xlsx", "nl": "sla-contractafspraken.xlsx"},
    "data.config.upload": {"en": "Workbook to import (.xlsx, one sheet per table)",
                           "nl": "Werkmap om te importeren (.xlsx, één tabblad per tabel)"},
    "data.config.import": {"en": "Import workbook", "nl": "Werkmap importeren"},
    "data.config.imported": {"en": "Configuration version {version} imported from {file} and in force.",
                             "nl": "Versie {version} van de contractafspraken is geïmporteerd uit {file} en van "
                                   "kracht."},
    "data.config.unreadable": {"en": "{file} was not imported: {reason}",
                               "nl": "{file} is niet geïmporteerd: {reason}"},
    "data.config.source": {"en": "the Data page", "nl": "de pagina Gegevens"},
    # kinds of data, in sentences and tables
    "data.kind.tickets": {"en": "tickets", "nl": "tickets"},
    "data.kind.checks": {"en": "monitoring checks", "nl": "monitoringmetingen"},
    "data.kind.outages": {"en": "outages", "nl": "storingen"},
    "data.kind.feedback": {"en": "feedback", "nl": "feedback"},
    "data.kind.maintenance": {"en": "maintenance windows", "nl": "onderhoudsvensters"},
    # export presets (sla.imports.presets)
    "data.preset.kaggle_support": {"en": "Kaggle customer support tickets", "nl": "Kaggle-klantenservicetickets"},
    "data.preset.zendesk": {"en": "Zendesk ticket export", "nl": "Zendesk-ticketexport"},
    "data.preset.freshdesk": {"en": "Freshdesk ticket export", "nl": "Freshdesk-ticketexport"},
    "data.preset.helpdesk_log": {"en": "Helpdesk event log", "nl": "Logboek van helpdeskgebeurtenissen"},
    "data.preset.jira_sm": {"en": "Jira Service Management export", "nl": "Jira Service Management-export"},
    "data.preset.uptimerobot": {"en": "UptimeRobot log export", "nl": "UptimeRobot-logexport"},
    "data.preset.servicenow": {"en": "ServiceNow incidents (field names)", "nl": "ServiceNow-incidenten (veldnamen)"},
    "data.preset.servicenow_labels": {"en": "ServiceNow incident list", "nl": "ServiceNow-incidentenlijst"},
    "data.preset.nab": {"en": "Response time series (timestamp, value)",
                        "nl": "Reeks responstijden (tijdstip, waarde)"},
    "data.preset.generic_tickets": {"en": "Ticket list (CSV)", "nl": "Ticketlijst (CSV)"},
    "data.preset.generic_checks": {"en": "Monitoring checks (CSV)", "nl": "Monitoringmetingen (CSV)"},
    "data.preset.generic_feedback": {"en": "Survey answers, CSAT or NPS (CSV)",
                                     "nl": "Enquêteantwoorden, CSAT of NPS (CSV)"},
    "data.preset.generic_outages": {"en": "Outage log (CSV)", "nl": "Storingslog (CSV)"},
    "data.preset.generic_maintenance": {"en": "Maintenance windows (CSV)", "nl": "Onderhoudsvensters (CSV)"},
    # canonical import fields (sla.imports.presets.FIELDS)
    "data.field.ticket_id": {"en": "Ticket number", "nl": "Ticketnummer"},
    "data.field.customer": {"en": "Customer", "nl": "Klant"},
    "data.field.service": {"en": "Service", "nl": "Dienst"},
    "data.field.priority": {"en": "Priority", "nl": "Prioriteit"},
    "data.field.channel": {"en": "Channel", "nl": "Kanaal"},
    "data.field.team": {"en": "Team", "nl": "Team"},
    "data.field.category": {"en": "Category", "nl": "Categorie"},
    "data.field.status": {"en": "Status", "nl": "Status"},
    "data.field.subject": {"en": "Subject", "nl": "Onderwerp"},
    "data.field.created_at": {"en": "Created", "nl": "Aangemaakt"},
    "data.field.updated_at": {"en": "Last updated", "nl": "Laatst bijgewerkt"},
    "data.field.first_response_at": {"en": "First response", "nl": "Eerste reactie"},
    "data.field.resolved_at": {"en": "Resolved", "nl": "Opgelost"},
    "data.field.closed_at": {"en": "Closed", "nl": "Gesloten"},
    "data.field.first_response_minutes": {"en": "First response after (minutes)",
                                          "nl": "Eerste reactie na (minuten)"},
    "data.field.first_response_hours": {"en": "First response after (hours)", "nl": "Eerste reactie na (uren)"},
    "data.field.paused_minutes": {"en": "On hold (minutes)", "nl": "In de wacht (minuten)"},
    "data.field.reopens": {"en": "Times reopened", "nl": "Keren heropend"},
    "data.field.source_first_response_met": {"en": "First response within SLA (by the helpdesk)",
                                             "nl": "Eerste reactie binnen SLA (volgens de helpdesk)"},
    "data.field.source_resolution_met": {"en": "Resolved within SLA (by the helpdesk)",
                                         "nl": "Opgelost binnen SLA (volgens de helpdesk)"},
    "data.field.satisfaction": {"en": "Satisfaction score", "nl": "Tevredenheidsscore"},
    "data.field.satisfaction_comment": {"en": "Satisfaction comment", "nl": "Toelichting bij tevredenheid"},
    "data.field.satisfaction_at": {"en": "Satisfaction given", "nl": "Tevredenheid gegeven op"},
    "data.field.activity": {"en": "Event (event logs)", "nl": "Gebeurtenis (logboeken)"},
    "data.field.checked_at": {"en": "Checked", "nl": "Gemeten op"},
    "data.field.response_time_ms": {"en": "Response time (ms)", "nl": "Responstijd (ms)"},
    "data.field.volume": {"en": "Volume", "nl": "Volume"},
    "data.field.unit": {"en": "Unit of the volume", "nl": "Eenheid van het volume"},
    "data.field.event": {"en": "Event (up/down)", "nl": "Gebeurtenis (up/down)"},
    "data.field.started_at": {"en": "Started", "nl": "Begonnen"},
    "data.field.ended_at": {"en": "Ended", "nl": "Geëindigd"},
    "data.field.duration_minutes": {"en": "Duration (minutes)", "nl": "Duur (minuten)"},
    "data.field.reason": {"en": "Reason", "nl": "Oorzaak"},
    "data.field.response_id": {"en": "Answer number", "nl": "Antwoordnummer"},
    "data.field.submitted_at": {"en": "Answered", "nl": "Beantwoord op"},
    "data.field.kind": {"en": "Survey (CSAT/NPS)", "nl": "Enquête (CSAT/NPS)"},
    "data.field.score": {"en": "Score", "nl": "Score"},
    "data.field.comment": {"en": "Comment", "nl": "Opmerking"},
    "data.field.starts_at": {"en": "Starts", "nl": "Begint"},
    "data.field.ends_at": {"en": "Ends", "nl": "Eindigt"},
    "data.field.note": {"en": "Note", "nl": "Notitie"},
    # contract configuration columns (sla.contract.config.SHEETS): label, help
    "data.cfg.calendar": {"en": "Calendar", "nl": "Kalender"},
    "data.cfg.calendar.help": {"en": "The calendar's name (policies: the calendar the clock runs on; empty: 24x7).",
                               "nl": "Naam van de kalender (normen: de kalender waarop de klok loopt; leeg: 24x7)."},
    "data.cfg.timezone": {"en": "Time zone", "nl": "Tijdzone"},
    "data.cfg.timezone.help": {"en": "e.g. Europe/Amsterdam", "nl": "bv. Europe/Amsterdam"},
    "data.cfg.mon": {"en": "Mon", "nl": "ma"},
    "data.cfg.tue": {"en": "Tue", "nl": "di"},
    "data.cfg.wed": {"en": "Wed", "nl": "wo"},
    "data.cfg.thu": {"en": "Thu", "nl": "do"},
    "data.cfg.fri": {"en": "Fri", "nl": "vr"},
    "data.cfg.sat": {"en": "Sat", "nl": "za"},
    "data.cfg.sun": {"en": "Sun", "nl": "zo"},
    "data.cfg.day.help": {"en": "Business hours, e.g. 08:00-18:00 or 08:00-12:00 13:00-17:00; empty: closed.",
                          "nl": "Openingstijden, bv. 08:00-18:00 of 08:00-12:00 13:00-17:00; leeg: gesloten."},
    "data.cfg.holidays": {"en": "Public holidays", "nl": "Feestdagen"},
    "data.cfg.holidays.help": {"en": "Country (and region) whose public holidays are closed: NL, BE, DE-BY, ...",
                               "nl": "Land (en regio) waarvan de feestdagen gesloten zijn: NL, BE, DE-BY, ..."},
    "data.cfg.closed_dates": {"en": "Closed dates", "nl": "Gesloten dagen"},
    "data.cfg.closed_dates.help": {"en": "Extra closed days, e.g. 2026-12-24 2026-12-31.",
                                   "nl": "Extra gesloten dagen, bv. 2026-12-24 2026-12-31."},
    "data.cfg.customer": {"en": "Customer", "nl": "Klant"},
    "data.cfg.customer.help": {"en": "As named in the exports; * for all customers.",
                               "nl": "Zoals in de exports; * voor alle klanten."},
    "data.cfg.service": {"en": "Service", "nl": "Dienst"},
    "data.cfg.service.help": {"en": "As named in the exports; * for all services.",
                              "nl": "Zoals in de exports; * voor alle diensten."},
    "data.cfg.priority": {"en": "Priority", "nl": "Prioriteit"},
    "data.cfg.priority.help": {"en": "As named in the exports; * for all priorities.",
                               "nl": "Zoals in de exports; * voor alle prioriteiten."},
    "data.cfg.metric": {"en": "Measure", "nl": "Meting"},
    "data.cfg.metric.help": {"en": "first_response, resolution, availability or throughput.",
                             "nl": "first_response (eerste reactie), resolution (oplossing), availability "
                                   "(beschikbaarheid) of throughput (doorvoer)."},
    "data.cfg.target_minutes": {"en": "Time allowed (minutes)", "nl": "Toegestane tijd (minuten)"},
    "data.cfg.target_minutes.help": {"en": "Business minutes on the calendar for a first response or resolution.",
                                     "nl": "Minuten binnen de openingstijden van de kalender voor een eerste "
                                           "reactie of oplossing."},
    "data.cfg.target_pct": {"en": "Target %", "nl": "Norm %"},
    "data.cfg.target_pct.help": {"en": "Share of tickets within the time allowed, or the availability, to reach.",
                                 "nl": "Te halen aandeel tickets binnen de toegestane tijd, of de beschikbaarheid."},
    "data.cfg.target_value": {"en": "Minimum volume", "nl": "Minimaal volume"},
    "data.cfg.target_value.help": {"en": "For throughput only: the volume to reach per month.",
                                   "nl": "Alleen voor doorvoer: het te halen volume per maand."},
    "data.cfg.effective_from": {"en": "From", "nl": "Vanaf"},
    "data.cfg.effective_from.help": {"en": "First day the row applies; empty: always.",
                                     "nl": "Eerste dag waarop de rij geldt; leeg: altijd."},
    "data.cfg.effective_to": {"en": "Until", "nl": "Tot en met"},
    "data.cfg.effective_to.help": {"en": "Last day the row applies; empty: no end.",
                                   "nl": "Laatste dag waarop de rij geldt; leeg: geen einde."},
    "data.cfg.below_pct": {"en": "Below %", "nl": "Onder %"},
    "data.cfg.below_pct.help": {"en": "Availability below which the credit applies.",
                                "nl": "Beschikbaarheid waaronder de creditering geldt."},
    "data.cfg.credit_pct": {"en": "Credit %", "nl": "Creditering %"},
    "data.cfg.credit_pct.help": {"en": "Share of the monthly fee credited.",
                                 "nl": "Deel van het maandbedrag dat wordt gecrediteerd."},
    "data.cfg.monthly_fee": {"en": "Monthly fee", "nl": "Maandbedrag"},
    "data.cfg.monthly_fee.help": {"en": "What the customer pays per month; credits are a share of it.",
                                  "nl": "Wat de klant per maand betaalt; crediteringen zijn een deel daarvan."},
    "data.cfg.currency": {"en": "Currency", "nl": "Valuta"},
    "data.cfg.currency.help": {"en": "e.g. EUR", "nl": "bv. EUR"},
    "data.cfg.services": {"en": "Services", "nl": "Diensten"},
    "data.cfg.services.help": {"en": "The services the customer takes, separated by ; or , (or spaces).",
                               "nl": "De diensten die de klant afneemt, gescheiden door ; of , (of spaties)."},
    "data.cfg.start": {"en": "Start", "nl": "Begin"},
    "data.cfg.start.help": {"en": "Local time.", "nl": "Lokale tijd."},
    "data.cfg.end": {"en": "End", "nl": "Einde"},
    "data.cfg.end.help": {"en": "Local time.", "nl": "Lokale tijd."},
    "data.cfg.note": {"en": "Note", "nl": "Notitie"},
    "data.cfg.note.help": {"en": "What the maintenance was for.", "nl": "Waarvoor het onderhoud was."},
    # --- scorecard ---
    "scorecard.title": {"en": "Scorecard: the SLA as a marketing tool", "nl": "Scorecard: de SLA als marketingtool"},
    "scorecard.intro": {"en": "Claims about our service level straight from the data, each with its period and "
                              "sample. Only verified claims are fit for marketing: use them to stand out from "
                              "competitors, with the evidence one click away.",
                        "nl": "Uitspraken over ons serviceniveau, rechtstreeks uit de gegevens, elk met periode en "
                              "steekproef. Alleen geverifieerde uitspraken zijn geschikt voor marketing: gebruik ze "
                              "om je te onderscheiden van concurrenten, met de onderbouwing één klik verder."},
    "scorecard.window": {"en": "Period", "nl": "Periode"},
    "scorecard.window.months": {"en": "Last {n} months up to {month}", "nl": "Laatste {n} maanden t/m {month}"},
    "scorecard.window.year": {"en": "Calendar year {year}", "nl": "Kalenderjaar {year}"},
    "scorecard.window.help": {"en": "Claims cover whole months. The period ends with the month chosen in the "
                                    "sidebar.",
                              "nl": "Uitspraken gaan over hele maanden. De periode eindigt met de maand die in de "
                                    "zijbalk gekozen is."},
    "scorecard.scope_all": {"en": "All customers, all services and priorities.",
                            "nl": "Alle klanten, alle diensten en prioriteiten."},
    "scorecard.scope_some": {"en": "Customers: {names}. Every service and priority (the service and priority filters "
                                   "do not apply to claims).",
                             "nl": "Klanten: {names}. Alle diensten en prioriteiten (de filters op dienst en "
                                   "prioriteit gelden niet voor uitspraken)."},
    "scorecard.nothing": {"en": "No data for {period} in this selection. Choose another month or customer, or upload "
                                "the exports of this period on the Data page.",
                          "nl": "Geen gegevens voor {period} in deze selectie. Kies een andere maand of klant, of "
                                "upload de exports van deze periode op de pagina Gegevens."},
    "scorecard.tab.claims": {"en": "Claims", "nl": "Uitspraken"},
    "scorecard.tab.promise": {"en": "Promise vs delivered", "nl": "Belofte vs geleverd"},
    "scorecard.tab.boss": {"en": "Explain to your boss", "nl": "Uitleggen aan je baas"},
    "scorecard.tab.export": {"en": "Export", "nl": "Exporteren"},
    "scorecard.counts": {"en": "{verified} of {total} claims verified for {period}.",
                         "nl": "{verified} van de {total} uitspraken geverifieerd voor {period}."},
    "scorecard.verified": {"en": "✓ verified", "nl": "✓ geverifieerd"},
    "scorecard.not_verified": {"en": "✗ not verified", "nl": "✗ niet geverifieerd"},
    "scorecard.col.claim": {"en": "Claim", "nl": "Uitspraak"},
    "scorecard.col.value": {"en": "Figure", "nl": "Cijfer"},
    "scorecard.col.sample": {"en": "Sample", "nl": "Steekproef"},
    "scorecard.col.status": {"en": "Status", "nl": "Status"},
    "scorecard.col.reason": {"en": "Why not verified", "nl": "Waarom niet geverifieerd"},
    "scorecard.evidence.title": {"en": "Evidence", "nl": "Onderbouwing"},
    "scorecard.evidence.pick": {"en": "Claim", "nl": "Uitspraak"},
    "scorecard.evidence.months": {"en": "Targets per month", "nl": "Normen per maand"},
    "scorecard.evidence.link.trends": {"en": "Ticket compliance per month on the KPI trends page",
                                        "nl": "Tickets binnen de norm per maand op de pagina KPI-trends"},
    "scorecard.evidence.link.availability": {"en": "Availability per service on the Availability page",
                                       "nl": "Beschikbaarheid per dienst op de pagina Beschikbaarheid"},
    "scorecard.evidence.link.feedback": {"en": "Survey answers on the Customer feedback page",
                                         "nl": "Enquêteantwoorden op de pagina Klantfeedback"},
    "scorecard.evidence.link.breaches": {"en": "Excluded breaches and their reasons on the Breaches page",
                                         "nl": "Uitgesloten overschrijdingen en de redenen op de pagina "
                                               "Overschrijdingen"},
    "scorecard.col.month": {"en": "Month", "nl": "Maand"},
    "scorecard.col.tickets_ok": {"en": "Ticket targets met", "nl": "Ticketnormen gehaald"},
    "scorecard.col.availability_ok": {"en": "Availability targets met", "nl": "Beschikbaarheidsnormen gehaald"},
    "scorecard.col.met": {"en": "Every target met", "nl": "Alle normen gehaald"},
    "scorecard.yes": {"en": "✓ yes", "nl": "✓ ja"},
    "scorecard.no": {"en": "✗ no", "nl": "✗ nee"},
    "scorecard.no_data": {"en": "no data", "nl": "geen gegevens"},
    # claims (value and period filled in; rounded in our disfavour)
    "scorecard.claim.uptime": {"en": "{value} uptime across all our services, {period}",
                               "nl": "{value} uptime over al onze diensten, {period}"},
    "scorecard.claim.uptime_service": {"en": "{value} uptime for {service}, {period}",
                                       "nl": "{value} uptime voor {service}, {period}"},
    "scorecard.claim.first_response": {"en": "First response within the agreed time for {value} of all tickets, "
                                             "{period}",
                                       "nl": "Eerste reactie binnen de afgesproken tijd bij {value} van alle "
                                             "tickets, {period}"},
    "scorecard.claim.first_response_priority": {"en": "{priority} tickets answered within {target}, {value} of the "
                                                      "time, {period}",
                                                "nl": "Tickets met prioriteit {priority} binnen {target} beantwoord, "
                                                      "in {value} van de gevallen, {period}"},
    "scorecard.claim.resolution": {"en": "Resolved within the agreed time for {value} of all tickets, {period}",
                                   "nl": "Opgelost binnen de afgesproken tijd bij {value} van alle tickets, "
                                         "{period}"},
    "scorecard.claim.resolution_priority": {"en": "{priority} tickets resolved within {target}, {value} of the "
                                                  "time, {period}",
                                            "nl": "Tickets met prioriteit {priority} binnen {target} opgelost, in "
                                                  "{value} van de gevallen, {period}"},
    "scorecard.claim.median_first_response": {"en": "{priority} tickets: first response in {value} (median), "
                                                    "{period}",
                                              "nl": "Tickets met prioriteit {priority}: eerste reactie binnen "
                                                    "{value} (mediaan), {period}"},
    "scorecard.claim.csat": {"en": "{value} of our customers are satisfied with our support (CSAT), {period}",
                             "nl": "{value} van onze klanten is tevreden over onze ondersteuning (CSAT), {period}"},
    "scorecard.claim.csat_score": {"en": "Customers rate our support {value}, {period}",
                                   "nl": "Klanten waarderen onze ondersteuning met een {value}, {period}"},
    "scorecard.claim.nps": {"en": "Net Promoter Score of {value}, {period}", "nl": "Net Promoter Score van {value}, "
                                                                                  "{period}"},
    "scorecard.claim.months_met": {"en": "Every SLA target met in {value} of {months} months, {period}",
                                   "nl": "Alle SLA-normen gehaald in {value} van de {months} maanden, {period}"},
    "scorecard.target.range": {"en": "the agreed time ({low}–{high})", "nl": "de afgesproken tijd ({low}–{high})"},
    "scorecard.of": {"en": "{n} of {total}", "nl": "{n} van {total}"},
    "scorecard.sample.tickets": {"en": "{n} tickets", "nl": "{n} tickets"},
    "scorecard.sample.answers": {"en": "{n} answers", "nl": "{n} antwoorden"},
    "scorecard.sample.minutes": {"en": "{n} min measured", "nl": "{n} min gemeten"},
    "scorecard.sample.months": {"en": "{n} months", "nl": "{n} maanden"},
    "scorecard.out_of_5": {"en": "{value} / 5", "nl": "{value} / 5"},
    # why a claim is not verified
    "scorecard.reason.no_monitoring": {"en": "no monitoring data in the period",
                                       "nl": "geen meetgegevens (monitoring) in de periode"},
    "scorecard.reason.no_tickets": {"en": "no tickets judged against a target in the period",
                                    "nl": "geen tickets beoordeeld tegen een norm in de periode"},
    "scorecard.reason.no_answers": {"en": "no survey answers in the period", "nl": "geen enquêteantwoorden in de "
                                                                                   "periode"},
    "scorecard.reason.no_targets": {"en": "no target was judged in the period (no tickets or monitoring under a "
                                          "policy)",
                                    "nl": "geen norm beoordeeld in de periode (geen tickets of metingen onder een "
                                          "afspraak)"},
    "scorecard.reason.few_tickets": {"en": "only {n} tickets; at least {min} are needed",
                                     "nl": "maar {n} tickets; er zijn er minstens {min} nodig"},
    "scorecard.reason.few_answers": {"en": "only {n} survey answers; at least {min} are needed",
                                     "nl": "maar {n} enquêteantwoorden; er zijn er minstens {min} nodig"},
    "scorecard.reason.coverage": {"en": "monitoring covered {coverage} of the time; at least {min} is needed",
                                  "nl": "de monitoring besloeg {coverage} van de tijd; minstens {min} is nodig"},
    "scorecard.reason.months": {"en": "no data for {months}", "nl": "geen gegevens voor {months}"},
    "scorecard.reason.incomplete": {"en": "the period runs past the last complete month ({month})",
                                    "nl": "de periode loopt door na de laatste volledige maand ({month})"},
    "scorecard.reason.running": {"en": "more than half of the clocks are still running",
                                 "nl": "meer dan de helft van de klokken loopt nog"},
    "scorecard.reason.exclusions": {"en": "with the {n} excluded breaches counted, the figure would be {raw}",
                                    "nl": "met de {n} uitgesloten overschrijdingen meegeteld zou het cijfer {raw} "
                                          "zijn"},
    # footnotes
    "scorecard.foot.period": {"en": "Period: {span}.", "nl": "Periode: {span}."},
    "scorecard.foot.customers_all": {"en": "Customers: all.", "nl": "Klanten: alle."},
    "scorecard.foot.customers": {"en": "Customers: {names}.", "nl": "Klanten: {names}."},
    "scorecard.foot.sample.minutes": {"en": "Sample: {n} measured minutes on {services} service(s); monitoring "
                                            "coverage {coverage}.",
                                      "nl": "Steekproef: {n} gemeten minuten op {services} dienst(en); dekking "
                                            "van de monitoring {coverage}."},
    "scorecard.foot.sample.tickets": {"en": "Sample: {n} tickets decided in the period.",
                                      "nl": "Steekproef: {n} tickets beslist in de periode."},
    "scorecard.foot.sample.answers": {"en": "Sample: {n} survey answers.", "nl": "Steekproef: {n} "
                                                                                  "enquêteantwoorden."},
    "scorecard.foot.sample.months": {"en": "Sample: {n} months.", "nl": "Steekproef: {n} maanden."},
    "scorecard.foot.definition": {"en": "Definition: {definition}", "nl": "Definitie: {definition}"},
    "scorecard.foot.excluded": {"en": "{n} breach(es) were excluded from this figure after review, each with a "
                                      "recorded reason; counted, the figure would be {raw}.",
                                "nl": "{n} overschrijding(en) zijn na beoordeling uitgesloten van dit cijfer, elk "
                                      "met een vastgelegde reden; meegeteld zou het cijfer {raw} zijn."},
    "scorecard.foot.not_verified": {"en": "Not verified: {reason}.", "nl": "Niet geverifieerd: {reason}."},
    "scorecard.foot.rules": {"en": "Verified means: at least {tickets} tickets or {answers} survey answers, "
                                   "monitoring coverage of at least {coverage}, data in every month of the period, "
                                   "and the figure still holds with excluded breaches counted. Figures are rounded "
                                   "in our disfavour.",
                             "nl": "Geverifieerd betekent: minstens {tickets} tickets of {answers} "
                                   "enquêteantwoorden, een dekking van de monitoring van minstens {coverage}, "
                                   "gegevens in elke maand van de periode, en het cijfer blijft staan als "
                                   "uitgesloten overschrijdingen meetellen. Cijfers zijn in ons nadeel afgerond."},
    "scorecard.def.uptime_all": {"en": "Across services: summed over the services and months, so each service "
                                       "weighs by its measurable time.",
                                 "nl": "Over diensten heen: opgeteld over de diensten en maanden, zodat elke dienst "
                                       "meeweegt naar zijn meetbare tijd."},
    "scorecard.def.median_first_response": {"en": "The middle first-response time: half of the tickets got their "
                                                  "first response sooner. Business time on the policy's calendar "
                                                  "from creation to first response; a ticket still waiting counts "
                                                  "as slower than all others.",
                                            "nl": "De middelste reactietijd: de helft van de tickets kreeg sneller "
                                                  "een eerste reactie. Werktijd volgens de kalender van de afspraak, "
                                                  "van aanmaken tot eerste reactie; een ticket dat nog wacht telt "
                                                  "als trager dan alle andere."},
    "scorecard.def.csat_score": {"en": "Average score of the answered surveys on a 1-5 scale.",
                                 "nl": "Gemiddelde score van de beantwoorde enquêtes op een schaal van 1-5."},
    "scorecard.def.months_met": {"en": "Months in which every target was met: for every customer, ticket compliance "
                                       "per target and availability per service reached the target (excluded "
                                       "breaches left out).",
                                 "nl": "Maanden waarin alle normen gehaald zijn: voor elke klant haalden de tickets "
                                       "per norm en de beschikbaarheid per dienst de norm (uitgesloten "
                                       "overschrijdingen niet meegeteld)."},
    # badges and the card
    "scorecard.badge.uptime": {"en": "uptime", "nl": "uptime"},
    "scorecard.badge.first_response": {"en": "first response in time", "nl": "eerste reactie op tijd"},
    "scorecard.badge.resolution": {"en": "resolved in time", "nl": "op tijd opgelost"},
    "scorecard.badge.median_first_response": {"en": "median first response", "nl": "mediaan eerste reactie"},
    "scorecard.badge.csat": {"en": "CSAT", "nl": "CSAT"},
    "scorecard.badge.csat_score": {"en": "rating", "nl": "waardering"},
    "scorecard.badge.nps": {"en": "NPS", "nl": "NPS"},
    "scorecard.badge.months_met": {"en": "months all targets met", "nl": "maanden alle normen gehaald"},
    "scorecard.card.title": {"en": "Our service levels", "nl": "Ons serviceniveau"},
    "scorecard.card.title_company": {"en": "{company}: our service levels", "nl": "{company}: ons serviceniveau"},
    "scorecard.card.subtitle": {"en": "Measured from our SLA records, {period}.",
                                "nl": "Gemeten in onze SLA-registratie, {period}."},
    "scorecard.card.verified": {"en": "Verified claim", "nl": "Geverifieerde uitspraak"},
    # promise vs delivered
    "scorecard.promise.intro": {"en": "What the policies in force promise (the contracts' targets), next to what we "
                                      "delivered in {period}.",
                                "nl": "Wat de geldende afspraken beloven (de normen uit de contracten), naast wat we "
                                      "leverden in {period}."},
    "scorecard.promise.none": {"en": "No targets in the contract configuration yet: import it on the Data page to "
                                     "see what we promise.",
                               "nl": "Nog geen normen in de contractafspraken: importeer ze op de pagina Gegevens om "
                                     "te zien wat we beloven."},
    "scorecard.promise.col.kpi": {"en": "KPI", "nl": "KPI"},
    "scorecard.promise.col.scope": {"en": "Priority / service", "nl": "Prioriteit / dienst"},
    "scorecard.promise.col.promise": {"en": "We promise", "nl": "Wij beloven"},
    "scorecard.promise.col.delivered": {"en": "We delivered", "nl": "Wij leverden"},
    "scorecard.promise.col.kept": {"en": "Promise kept", "nl": "Belofte nagekomen"},
    "scorecard.promise.all": {"en": "all", "nl": "alle"},
    "scorecard.promise.ticket": {"en": "within {target} in {pct} of cases", "nl": "binnen {target} in {pct} van de "
                                                                                  "gevallen"},
    "scorecard.promise.own": {"en": "{text} (customer-specific for {n})", "nl": "{text} (klantspecifiek voor {n})"},
    "scorecard.promise.on_time": {"en": "{pct} on time", "nl": "{pct} op tijd"},
    "scorecard.promise.no_promise": {"en": "no promise", "nl": "geen belofte"},
    "scorecard.side.title": {"en": "Side by side with competitors", "nl": "Naast de concurrenten"},
    "scorecard.side.intro": {"en": "Our headline promise per KPI (what every customer gets at least; for tickets the "
                                   "fastest priority), what we delivered, and what competitors promise.",
                             "nl": "Onze belangrijkste belofte per KPI (wat elke klant minstens krijgt; voor tickets "
                                   "de snelste prioriteit), wat we leverden, en wat concurrenten beloven."},
    "scorecard.side.us_promise": {"en": "Us: promise", "nl": "Wij: belofte"},
    "scorecard.side.us_delivered": {"en": "Us: delivered", "nl": "Wij: geleverd"},
    "scorecard.competitor.none": {"en": "No competitors' promises yet: add one below.",
                                  "nl": "Nog geen beloften van concurrenten: voeg er hieronder een toe."},
    "scorecard.competitor.add": {"en": "Add a competitor's promise", "nl": "Belofte van een concurrent toevoegen"},
    "scorecard.competitor.help": {"en": "Enter what a competitor promises publicly (their SLA or website): "
                                        "availability and CSAT in %, first response and resolution in minutes, NPS "
                                        "as a score. A new value for the same competitor and KPI replaces the old "
                                        "one. Stored in the database.",
                                  "nl": "Vul in wat een concurrent openbaar belooft (hun SLA of website): "
                                        "beschikbaarheid en CSAT in %, eerste reactie en oplossing in minuten, NPS "
                                        "als score. Een nieuwe waarde voor dezelfde concurrent en KPI vervangt de "
                                        "oude. Wordt in de database bewaard."},
    "scorecard.competitor.name": {"en": "Competitor", "nl": "Concurrent"},
    "scorecard.competitor.metric": {"en": "KPI", "nl": "KPI"},
    "scorecard.competitor.value": {"en": "Promised value", "nl": "Beloofde waarde"},
    "scorecard.competitor.submit": {"en": "Add", "nl": "Toevoegen"},
    "scorecard.competitor.remove": {"en": "Remove a competitor's promise", "nl": "Belofte van een concurrent "
                                                                                 "verwijderen"},
    "scorecard.competitor.remove_button": {"en": "Remove", "nl": "Verwijderen"},
    "scorecard.competitor.added": {"en": "Saved: {name}, {metric} {value}.", "nl": "Bewaard: {name}, {metric} "
                                                                                   "{value}."},
    "scorecard.competitor.removed": {"en": "Removed: {name}, {metric}.", "nl": "Verwijderd: {name}, {metric}."},
    "scorecard.competitor.error.name": {"en": "Give the competitor's name.", "nl": "Geef de naam van de concurrent."},
    "scorecard.competitor.error.metric": {"en": "Choose one of the KPIs.", "nl": "Kies een van de KPI's."},
    "scorecard.competitor.error.value": {"en": "The value must be between {low} and {high}.",
                                         "nl": "De waarde moet tussen {low} en {high} liggen."},
    "scorecard.metric.first_response": {"en": "First response time", "nl": "Eerste reactietijd"},
    "scorecard.metric.resolution": {"en": "Resolution time", "nl": "Oplostijd"},
    # explain to your boss
    "scorecard.boss.intro": {"en": "Why the SLA matters, in figures from our own data for {period}.",
                             "nl": "Waarom de SLA ertoe doet, in cijfers uit onze eigen gegevens over {period}."},
    "scorecard.boss.why1": {"en": "**A clear, measurable standard.** Customers get the service level they expect, "
                                  "which prevents misunderstandings and disputes and improves satisfaction and "
                                  "retention.",
                            "nl": "**Een duidelijke en meetbare standaard.** Klanten krijgen het serviceniveau dat "
                                  "ze verwachten; dat helpt misverstanden en geschillen voorkomen en verbetert de "
                                  "klanttevredenheid en het klantbehoud."},
    "scorecard.boss.why2": {"en": "**A marketing tool.** Verified figures show our commitment to exceptional "
                                  "service and set us apart from competitors.",
                            "nl": "**Een marketingtool.** Geverifieerde cijfers tonen onze toewijding aan het "
                                  "leveren van uitzonderlijke service en onderscheiden ons van concurrenten."},
    "scorecard.boss.why3": {"en": "**Trust, and money.** Customers whose SLA was met are more satisfied, and every "
                                  "missed availability target costs a credit (a reduced payment).",
                            "nl": "**Vertrouwen, en geld.** Klanten bij wie de SLA gehaald werd zijn tevredener, en "
                                  "elke gemiste beschikbaarheidsnorm kost een creditering (verminderde betaling)."},
    "scorecard.boss.within": {"en": "Customers within target", "nl": "Klanten binnen de norm"},
    "scorecard.boss.within_help": {"en": "Per month of the period, the share of customers for whom every target was "
                                         "met (ticket compliance per target, availability per service), over all "
                                         "months: customer-months within target / customer-months judged.",
                                   "nl": "Per maand van de periode het aandeel klanten bij wie alle normen gehaald "
                                         "zijn (tickets per norm, beschikbaarheid per dienst), over alle maanden: "
                                         "klantmaanden binnen de norm / beoordeelde klantmaanden."},
    "scorecard.boss.within_caption": {"en": "{months} of {total} customer-months; {n} of {customers} customers met "
                                            "every target in every month.",
                                      "nl": "{months} van {total} klantmaanden; {n} van {customers} klanten haalden "
                                            "elke norm in elke maand."},
    "scorecard.boss.owed": {"en": "Credits owed", "nl": "Te crediteren"},
    "scorecard.boss.owed_help": {"en": "Service credits due in the period: for every customer, service and month "
                                       "below its availability target, the deepest credit tier it falls under, as a "
                                       "share of the monthly fee (as on the Availability page).",
                                 "nl": "Crediteringen (verminderde betaling) in de periode: voor elke klant, dienst "
                                       "en maand onder de beschikbaarheidsnorm de diepste staffel waar die onder "
                                       "valt, als deel van het maandbedrag (zoals op de pagina Beschikbaarheid)."},
    "scorecard.boss.avoided": {"en": "Credits avoided", "nl": "Vermeden crediteringen"},
    "scorecard.boss.avoided_help": {"en": "What the SLA would have cost had availability slipped just below the "
                                          "first credit threshold: for every customer, service and month that owed "
                                          "no credit, the monthly fee times the mildest tier's credit %.",
                                    "nl": "Wat de SLA gekost zou hebben als de beschikbaarheid net onder de eerste "
                                          "drempel voor creditering was gezakt: voor elke klant, dienst en maand "
                                          "zonder creditering het maandbedrag maal het percentage van de lichtste "
                                          "staffel."},
    "scorecard.boss.csat_met": {"en": "CSAT when the SLA was met", "nl": "CSAT als de SLA gehaald werd"},
    "scorecard.boss.csat_breached": {"en": "CSAT when the SLA was breached", "nl": "CSAT als de SLA overschreden "
                                                                                   "werd"},
    "scorecard.boss.csat_caption": {"en": "{n} survey answers on tickets.", "nl": "{n} enquêteantwoorden op "
                                                                                  "tickets."},
    "scorecard.boss.gap": {"en": "Customers whose ticket breached the SLA were {gap} points less satisfied than "
                                 "those whose SLA was met.",
                           "nl": "Klanten bij wie de SLA overschreden werd, waren {gap} procentpunt minder tevreden "
                                 "dan klanten bij wie de SLA gehaald werd."},
    "scorecard.boss.no_money": {"en": "No monthly fees or credit tiers in the contract configuration, so no credits.",
                                "nl": "Geen maandbedragen of staffels voor creditering in de contractafspraken, dus "
                                      "geen crediteringen."},
    # export
    "scorecard.export.choose": {"en": "Claims to export", "nl": "Uitspraken om te exporteren"},
    "scorecard.export.choose_help": {"en": "Only verified claims can be exported.",
                                     "nl": "Alleen geverifieerde uitspraken kunnen worden geëxporteerd."},
    "scorecard.export.none": {"en": "No verified claims for this period, so nothing to export yet.",
                              "nl": "Geen geverifieerde uitspraken voor deze periode, dus nog niets te exporteren."},
    "scorecard.export.text": {"en": "Text with footnotes (copy with the button at the top right)",
                              "nl": "Tekst met voetnoten (kopieer met de knop rechtsboven)"},
    "scorecard.export.badge": {"en": "Badge (SVG)", "nl": "Badge (SVG)"},
    "scorecard.export.badge_claim": {"en": "Claim on the badge", "nl": "Uitspraak op de badge"},
    "scorecard.export.card": {"en": "One-page card (HTML)", "nl": "Kaart van één pagina (HTML)"},
    "scorecard.export.download_text": {"en": "Download text", "nl": "Tekst downloaden"},
    "scorecard.export.download_badge": {"en": "Download badge (SVG)", "nl": "Badge downloaden (SVG)"},
    "scorecard.export.download_card": {"en": "Download card (HTML)", "nl": "Kaart downloaden (HTML)"},
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
