"""The overview texts (English, Nederlands)."""

TEXT: dict[str, dict[str, str]] = {
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
    "overview.no_target": {"en": "No target in the contract configuration.",
                           "nl": "Geen norm in de contractafspraken."},
    "overview.customers_met": {"en": "{n} of {of} customers met", "nl": "{n} van {of} klanten gehaald"},
    "overview.customers_missed": {"en": "{n} of {of} customers met", "nl": "{n} van {of} klanten gehaald"},
    "overview.customers_on_track": {"en": "{n} of {of} customers on track", "nl": "{n} van {of} klanten op koers"},
    "overview.customers_at_risk": {"en": "{n} of {of} customers on track", "nl": "{n} van {of} klanten op koers"},
    "overview.verdict.met": {"en": "Met: every customer in scope met its target.",
                             "nl": "Gehaald: elke klant in de selectie haalde zijn norm."},
    "overview.verdict.missed": {"en": "Missed: not every customer in scope met its target.",
                                "nl": "Niet gehaald: niet elke klant in de selectie haalde zijn norm."},
    "overview.verdict.on_track": {"en": "On track so far: every customer in scope is at or above its target. The "
                                        "month has not ended, so nothing is met yet.",
                                  "nl": "Tot nu toe op koers: elke klant in de selectie zit op of boven zijn norm. "
                                        "De maand is nog niet voorbij, dus er is nog niets gehaald."},
    "overview.verdict.at_risk": {"en": "At risk: a customer in scope is below its target so far this month.",
                                 "nl": "Risico: een klant in de selectie zit deze maand tot nu toe onder zijn "
                                       "norm."},
    "overview.progress_compared": {"en": "Month in progress ({days} of {of} days so far), compared with the whole "
                                         "of {month}.",
                                   "nl": "Lopende maand ({days} van {of} dagen tot nu toe), vergeleken met heel "
                                         "{month}."},
    "overview.progress_not_compared": {"en": "Month in progress ({days} of {of} days so far): a count of part of a "
                                             "month is not compared with the whole of {month}.",
                                       "nl": "Lopende maand ({days} van {of} dagen tot nu toe): een aantal over een "
                                             "deel van de maand wordt niet vergeleken met heel {month}."},
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
    "overview.credits_help": {"en": "Service credits due for the month: for every service below its availability "
                                    "target, the deepest credit tier it falls under, as a share of the customer's "
                                    "monthly fee; a customer's credits of a month together are at most its fee; "
                                    "summed over the selected customers.",
                              "nl": "Creditering (verminderde betaling) voor de maand: voor elke dienst onder de "
                                    "norm voor beschikbaarheid de zwaarste staffel waar hij onder valt, als deel "
                                    "van de maandvergoeding van de klant; samen hooguit die vergoeding per klant "
                                    "per maand; opgeteld over de gekozen klanten."},
    "overview.trend": {"en": "Compliance over 12 months", "nl": "Binnen SLA over 12 maanden"},
    "overview.trend_help": {"en": "Across the selected customers, per month of decision.",
                            "nl": "Over de gekozen klanten, per maand van beslissen."},
    "overview.missed": {"en": "Customers that missed a target", "nl": "Klanten die een norm niet haalden"},
    "overview.none_missed": {"en": "Every customer met its targets in {month}.",
                             "nl": "Alle klanten haalden hun normen in {month}."},
    "overview.worst": {"en": "Worst breaches", "nl": "Grootste overschrijdingen"},
    "overview.worst_help": {"en": "The ten breaches of the month furthest past their target, in business time on the "
                                  "policy's calendar: up to the stop, or up to the month's end (now, while the month "
                                  "runs) for a ticket still open then.",
                            "nl": "De tien overschrijdingen van de maand die het verst over de norm gingen: "
                                  "werktijd volgens de kalender van de afspraak, tot de klok stopte, of tot het einde "
                                  "van de maand (nu, in de lopende maand) voor een ticket dat toen nog open was."},
    "overview.no_breaches": {"en": "No breaches in {month}.", "nl": "Geen overschrijdingen in {month}."},
    "overview.error.unknown_customer": {"en": "unknown customer {customer!r}; known customers: {known}",
                                        "nl": "onbekende klant {customer!r}; bekende klanten: {known}"},
    "overview.col.customer": {"en": "Customer", "nl": "Klant"},
    "overview.col.kpi": {"en": "KPI", "nl": "KPI"},
    "overview.col.service": {"en": "Service", "nl": "Dienst"},
    "overview.col.value": {"en": "Result", "nl": "Resultaat"},
    "overview.col.target": {"en": "Target", "nl": "Norm"},
    "overview.col.ticket": {"en": "Ticket", "nl": "Ticket"},
    "overview.col.priority": {"en": "Priority", "nl": "Prioriteit"},
    "overview.col.due": {"en": "Due", "nl": "Deadline"},
    "overview.col.over": {"en": "Over by (business time)", "nl": "Te laat (werktijd)"},
    "overview.at_risk": {"en": "{n} open tickets are at risk of breaching now (75 % of their time used).",
                         "nl": "{n} open tickets dreigen nu over hun norm te gaan (75 % van hun tijd is op)."},
    "overview.at_risk.link": {"en": "At-risk queue →", "nl": "Lijst van tickets in gevaar →"},
    "overview.behind.breaches": {"en": "The breaches behind it →", "nl": "De overschrijdingen erachter →"},
    "overview.behind.availability": {"en": "Per service and incident →", "nl": "Per dienst en storing →"},
    "overview.behind.feedback": {"en": "The answers behind it →", "nl": "De antwoorden erachter →"},
    "overview.trend.open": {"en": "The breaches of {kpi} in {month} →",
                            "nl": "De overschrijdingen van {kpi} in {month} →"},
}
