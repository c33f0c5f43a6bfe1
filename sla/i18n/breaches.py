"""The breaches texts (English, Nederlands)."""

TEXT: dict[str, dict[str, str]] = {
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
    "breaches.tile.open": {"en": "Open past due", "nl": "Open na deadline"},
    "breaches.tile.open_help": {"en": "Counted breaches whose ticket was still open past its due moment at the end "
                                      "of the period (now, while the month runs); the others were resolved late.",
                                "nl": "Meetellende overschrijdingen waarvan het ticket aan het einde van de periode "
                                      "(nu, in de lopende maand) nog open was na de deadline; de andere zijn te "
                                      "laat opgelost."},
    "breaches.state.resolved_late": {"en": "Resolved late", "nl": "Te laat opgelost"},
    "breaches.state.open_past_due": {"en": "Open past due", "nl": "Open na deadline"},
    "breaches.col.state": {"en": "State", "nl": "Stand"},
    "breaches.state_short.resolved_late": {"en": "late", "nl": "te laat"},
    "breaches.state_short.open_past_due": {"en": "open", "nl": "open"},
    "breaches.col.state_help": {"en": "late: resolved after its due moment. open: still running past its due moment "
                                      "at the end of the period (now, while the month runs).",
                                "nl": "te laat: na de deadline opgelost. open: liep aan het einde van de periode "
                                      "(nu, in de lopende maand) nog, na de deadline."},
    "breaches.tile.median_over": {"en": "Median time over", "nl": "Mediane overschrijding"},
    "breaches.tile.median_over_help": {"en": "Half of the counted breaches went over by less than this: business "
                                             "time on the policy's calendar past the target, up to the stop, or "
                                             "up to the month's end (now, for the month in progress) while open.",
                                       "nl": "De helft van de meetellende overschrijdingen was minder te laat dan "
                                             "dit: werktijd volgens de kalender van de afspraak boven de norm, tot "
                                             "het stoppen van de klok, of tot het einde van de maand (nu, voor de "
                                             "lopende maand) zolang het ticket open is."},
    "breaches.chart": {"en": "Chart", "nl": "Grafiek"},
    "breaches.chart.day": {"en": "Per day", "nl": "Per dag"},
    "breaches.chart.week": {"en": "Per week", "nl": "Per week"},
    "breaches.chart.scatter": {"en": "Due moment vs time over", "nl": "Deadline vs overschrijding"},
    "breaches.chart.title_day": {"en": "Breaches per day (due date) by {by}",
                                 "nl": "Overschrijdingen per dag (deadline) per {by}"},
    "breaches.chart.title_week": {"en": "Breaches per week (due date, weeks from Monday) by {by}",
                                  "nl": "Overschrijdingen per week (deadline, weken vanaf maandag) per {by}"},
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
    "breaches.col.over": {"en": "Time over", "nl": "Te laat"},
    "breaches.col.link": {"en": "↗", "nl": "↗"},
    "breaches.col.link.help": {"en": "The ticket in the helpdesk it came from (the links sheet of the configuration).",
                               "nl": "Het ticket in de helpdesk waar het vandaan komt (het tabblad links van de "
                                     "instellingen)."},
    "breaches.col.team": {"en": "Team", "nl": "Team"},
    "breaches.col.agent": {"en": "Agent", "nl": "Behandelaar"},
    "breaches.col.channel": {"en": "Channel", "nl": "Kanaal"},
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
    "breaches.select": {"en": "Click a breach in the table (or a point of the scatter) to see its clock and to "
                              "exclude it.",
                        "nl": "Klik op een overschrijding in de tabel (of op een punt van de spreiding) om de klok "
                              "te zien en om haar uit te sluiten."},
    "breaches.clock": {"en": "Clock of ticket {ticket}: {metric}", "nl": "Klok van ticket {ticket}: {metric}"},
    "breaches.clock.who": {"en": "{customer} · {service} · priority {priority} · team {team} · agent {agent}",
                           "nl": "{customer} · {service} · prioriteit {priority} · team {team} · behandelaar {agent}"},
    "breaches.clock.row": {"en": "Clock", "nl": "Klok"},
    "breaches.clock.hours": {"en": "Business hours (calendar {calendar})", "nl": "Werktijd (kalender {calendar})"},
    "breaches.clock.within": {"en": "Within target", "nl": "Binnen de norm"},
    "breaches.clock.beyond": {"en": "Over target", "nl": "Boven de norm"},
    "breaches.clock.now": {"en": "Now (still open)", "nl": "Nu (nog open)"},
    "breaches.clock.over_label": {"en": "{over} over target, in business hours of calendar {calendar}",
                                  "nl": "{over} boven de norm, in werktijd van kalender {calendar}"},
    "breaches.clock.on_hold": {"en": "On hold {paused} in all: the due moment moved by as much (the export gives no "
                                     "times)",
                               "nl": "In de wacht {paused} in totaal: de deadline schoof evenveel op (de export "
                                     "geeft geen tijden)"},
    "breaches.clock.moments": {"en": "Created {created} · due {due} · {stopped} · {over} over target ({how})",
                               "nl": "Aangemaakt {created} · deadline {due} · {stopped} · {over} te laat ({how})"},
    "breaches.clock.stopped_at": {"en": "stopped {when}", "nl": "gestopt {when}"},
    "breaches.clock.over_business": {"en": "business time, as the KPIs count it",
                                     "nl": "werktijd, zoals de KPI's tellen"},
    "breaches.clock.over_wall": {"en": "clock time past the due moment while open",
                                 "nl": "kloktijd na de deadline zolang open"},
    "breaches.clock.helpdesk": {"en": "Open ticket {ticket} in the helpdesk ↗", "nl": "Ticket {ticket} openen in de "
                                                                                      "helpdesk ↗"},
    "breaches.clock.created": {"en": "Created", "nl": "Aangemaakt"},
    "breaches.clock.due": {"en": "Due", "nl": "Deadline"},
    "breaches.clock.stopped": {"en": "Stopped", "nl": "Gestopt"},
    "breaches.clock.open": {"en": "still open", "nl": "nog open"},
    "breaches.clock.over": {"en": "Time over", "nl": "Te laat"},
    "breaches.clock.over_help": {"en": "Business time on the policy's calendar past the target: up to the stop, or "
                                       "up to the month's end (now, in the month in progress) while still open.",
                                 "nl": "Werktijd volgens de kalender van de afspraak boven de norm: tot de klok "
                                       "stopte, of tot het einde van de maand (nu, in de lopende maand) zolang het "
                                       "ticket open is."},
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
    "breaches.reason": {"en": "Reason for the client", "nl": "Reden voor de klant"},
    "breaches.reason.help": {"en": "Shown in client reports and exports.",
                             "nl": "Staat in de klantrapporten en exports."},
    "breaches.client_text": {"en": "Text for the client (optional)", "nl": "Tekst voor de klant (optioneel)"},
    "breaches.client_text.help": {"en": "Shown after the reason in client reports and exports.",
                                  "nl": "Staat na de reden in de klantrapporten en exports."},
    "breaches.note": {"en": "Internal note", "nl": "Interne notitie"},
    "breaches.note.help": {"en": "For the team only: never shown in client files. Needed when the reason is Other.",
                           "nl": "Alleen voor het team: komt nooit in klantbestanden. Verplicht bij de reden "
                                 "Anders."},
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
    "breaches.reason.awaiting_customer": {"en": "Awaiting customer", "nl": "Wachten op de klant"},
    "breaches.reason.planned_maintenance": {"en": "Planned maintenance", "nl": "Gepland onderhoud"},
    "breaches.reason.outside_scope": {"en": "Outside scope", "nl": "Buiten de afspraken"},
    "breaches.reason.force_majeure": {"en": "Force majeure", "nl": "Overmacht"},
    "breaches.reason.duplicate_ticket": {"en": "Duplicate ticket", "nl": "Dubbel ticket"},
    "breaches.reason.other": {"en": "Other", "nl": "Anders"},
    "breaches.error.reason": {"en": "Choose a reason.", "nl": "Kies een reden."},
    "breaches.error.note": {"en": "With the reason Other, say why in the internal note.",
                            "nl": "Geef bij de reden Anders in de interne notitie aan waarom."},
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
    "breaches.view": {"en": "Show", "nl": "Toon"},
    "breaches.view.history": {"en": "Breach history", "nl": "Overschrijdingen"},
    "breaches.view.at_risk": {"en": "At risk now", "nl": "Nu in gevaar"},
    "breaches.filter.team": {"en": "Teams", "nl": "Teams"},
    "breaches.filter.agent": {"en": "Agents", "nl": "Behandelaars"},
    "breaches.filter.channel": {"en": "Channels", "nl": "Kanalen"},
    "breaches.filter.help": {"en": "From the exports that carry them (Zendesk Group and Assignee, Jira Assignee, "
                                   "Freshdesk Group and Agent, ServiceNow Assignment group and Assigned to); – is "
                                   "a ticket without one.",
                             "nl": "Uit de exports die ze bevatten (Zendesk Group en Assignee, Jira Assignee, "
                                   "Freshdesk Group en Agent, ServiceNow Assignment group en Assigned to); – is een "
                                   "ticket zonder."},
    "breaches.by": {"en": "Split by", "nl": "Uitsplitsen naar"},
    "breaches.by.metric": {"en": "Metric", "nl": "Norm"},
    "breaches.by.customer": {"en": "Customer", "nl": "Klant"},
    "breaches.by.priority": {"en": "Priority", "nl": "Prioriteit"},
    "breaches.by.team": {"en": "Team", "nl": "Team"},
    "breaches.by.agent": {"en": "Agent", "nl": "Behandelaar"},
    "breaches.by.channel": {"en": "Channel", "nl": "Kanaal"},
    "breaches.days": {"en": "Only the breaches due {first} – {last}.", "nl": "Alleen de overschrijdingen met "
                                                                         "deadline {first} – {last}."},
    "breaches.days.all": {"en": "Show every day of the period", "nl": "Alle dagen van de periode tonen"},
    "breaches.chart.open": {"en": "The {n} breaches due {first} – {last}{split} →",
                            "nl": "De {n} overschrijdingen met deadline {first} – {last}{split} →"},
    "breaches.chart.other": {"en": "Other", "nl": "Overige"},
    "risk.window": {"en": "Which tickets", "nl": "Welke tickets"},
    "risk.window.risk": {"en": "At risk (75 % of the time used)", "nl": "In gevaar (75 % van de tijd op)"},
    "risk.window.1h": {"en": "Due within 1 h", "nl": "Deadline binnen 1 u"},
    "risk.window.4h": {"en": "Due within 4 h", "nl": "Deadline binnen 4 u"},
    "risk.window.today": {"en": "Due today", "nl": "Deadline vandaag"},
    "risk.window.all": {"en": "All open", "nl": "Alle open"},
    "risk.caption": {"en": "Open tickets whose first response or resolution is still within its target, soonest due "
                           "first, as of {now} (updated every minute). Time left is business time on the calendar "
                           "of the policy that applies.",
                     "nl": "Open tickets waarvan de eerste reactie of oplossing nog binnen de norm is, vroegste "
                           "deadline eerst, op {now} (elke minuut bijgewerkt). De resterende tijd is werktijd "
                           "volgens de kalender van de afspraak die geldt."},
    "risk.tile.clocks": {"en": "Open clocks", "nl": "Lopende klokken"},
    "risk.tile.clocks.help": {"en": "First response and resolution count apart: a ticket can have both running.",
                              "nl": "Eerste reactie en oplossing tellen apart: een ticket kan beide hebben lopen."},
    "risk.tile.tickets": {"en": "Tickets", "nl": "Tickets"},
    "risk.tile.next": {"en": "Next due", "nl": "Eerstvolgende deadline"},
    "risk.col.left": {"en": "Time left", "nl": "Resterende tijd"},
    "risk.col.left.help": {"en": "Business time left before the due moment, on the policy's calendar.",
                           "nl": "Werktijd tot de deadline, volgens de kalender van de afspraak."},
    "risk.col.used": {"en": "Target used", "nl": "Norm gebruikt"},
    "risk.none": {"en": "No open ticket in this selection and window.",
                  "nl": "Geen open ticket in deze selectie en periode."},
    "risk.download": {"en": "Download the queue (.csv)", "nl": "Lijst downloaden (.csv)"},
    "risk.file": {"en": "at-risk-{when}.csv", "nl": "in-gevaar-{when}.csv"},
    "risk.chart": {"en": "Open clocks in this window by {by}", "nl": "Lopende klokken in deze periode per {by}"},
}
