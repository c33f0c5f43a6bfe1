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
    "overview.at_risk": {"en": "{n} open tickets are at risk of breaching now (75 % of their time used).",
                         "nl": "{n} open tickets dreigen nu over hun norm te gaan (75 % van hun tijd is op)."},
    "overview.at_risk.link": {"en": "At-risk queue →", "nl": "Lijst van tickets in gevaar →"},
    "overview.behind.breaches": {"en": "The breaches behind it →", "nl": "De overschrijdingen erachter →"},
    "overview.behind.availability": {"en": "Per service and incident →", "nl": "Per dienst en storing →"},
    "overview.behind.feedback": {"en": "The answers behind it →", "nl": "De antwoorden erachter →"},
    "overview.trend.open": {"en": "The breaches of {kpi} in {month} →",
                            "nl": "De overschrijdingen van {kpi} in {month} →"},
}
