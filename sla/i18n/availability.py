"""The availability texts (English, Nederlands)."""

TEXT: dict[str, dict[str, str]] = {
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
    "availability.service.help": {"en": "Where customers' contracts set different targets for the service, the "
                                        "figures are the least favourable of them.",
                                  "nl": "Waar de contracten van klanten verschillende normen voor de dienst afspreken, "
                                        "zijn de cijfers de minst gunstige daarvan."},
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
                                       "month in progress the budget is the whole month's: the time measured so far "
                                       "plus the calendar time still to come.",
                                 "nl": "Foutbudget: de downtime die de norm toestaat, (100 - norm) % van de "
                                       "meetbare tijd; over = budget - downtime (negatief: overschreden). In de "
                                       "lopende maand is het budget dat van de hele maand: de tot nu toe gemeten tijd "
                                       "plus de kalendertijd die nog komt."},
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
    "availability.incidents.caption": {"en": "Runs of failed checks and outage log entries; how long each lasted is "
                                             "clock time (the downtime figure counts only calendar hours outside "
                                             "maintenance).",
                                       "nl": "Reeksen mislukte metingen en regels uit het storingslogboek; de duur is "
                                             "kloktijd (de downtime telt alleen kalenderuren buiten onderhoud)."},
    "availability.incidents.none": {"en": "No downtime recorded in {month}.",
                                    "nl": "Geen storingen vastgelegd in {month}."},
    "availability.col.start": {"en": "Start", "nl": "Begin"},
    "availability.col.end": {"en": "End", "nl": "Einde"},
    "availability.col.minutes": {"en": "Lasted", "nl": "Duur"},
    "availability.col.origin": {"en": "Source", "nl": "Bron"},
    "availability.col.reason": {"en": "Reason", "nl": "Oorzaak"},
    "availability.col.during_maintenance": {"en": "During maintenance", "nl": "Tijdens onderhoud"},
    "availability.origin.checks": {"en": "Monitoring checks", "nl": "Monitoringmetingen"},
    "availability.origin.outage_log": {"en": "Outage log", "nl": "Storingslogboek"},
    "availability.failed_checks": {"en": "Failed checks: {n}", "nl": "Mislukte metingen: {n}"},
    "availability.response.none": {"en": "No response times measured for this service.",
                                    "nl": "Geen responstijden gemeten voor deze dienst."},
    "availability.some_below": {"en": "✗ {n} of {of} customers below target",
                                "nl": "✗ {n} van {of} klanten onder de norm"},
    "availability.table.help": {"en": "One row per service. Where customers' contracts promise different targets or "
                                      "calendars, the row shows the range of targets and the least favourable "
                                      "figures. Click a row to show that service below.",
                                "nl": "Eén rij per dienst. Waar de contracten van klanten verschillende normen of "
                                      "kalenders afspreken, toont de rij de spreiding van de normen en de minst "
                                      "gunstige cijfers. Klik op een rij om die dienst hieronder te tonen."},
    "availability.state.up": {"en": "No downtime", "nl": "Geen storing"},
    "availability.state.minor": {"en": "Under 15 min down", "nl": "Minder dan 15 min storing"},
    "availability.state.major": {"en": "15 min or more down", "nl": "15 min of meer storing"},
    "availability.state.maintenance": {"en": "Maintenance only", "nl": "Alleen onderhoud"},
    "availability.state.no_data": {"en": "No monitoring data", "nl": "Geen meetgegevens"},
    "availability.day.hover": {"en": "{pct} up, {down} down ({n} incidents), maintenance {maintenance}, data for "
                                     "{coverage} of the day",
                               "nl": "{pct} beschikbaar, {down} storing ({n} storingen), onderhoud {maintenance}, "
                                     "meetgegevens voor {coverage} van de dag"},
    "availability.strip": {"en": "Status, {first} – {last}", "nl": "Status, {first} – {last}"},
    "availability.strip.caption": {"en": "Each bar is a day around the clock (not the contract hours): no downtime, "
                                         "under 15 minutes down, 15 minutes or more, maintenance only, "
                                         "or no monitoring data. Click a day for its incidents.",
                                   "nl": "Elke balk is een etmaal (niet de contracturen): geen storing, minder dan "
                                         "15 minuten storing, 15 minuten of meer, alleen onderhoud, of "
                                         "geen meetgegevens. Klik op een dag voor de storingen ervan."},
    "availability.strip.day": {"en": "Incidents of {service} in {month} ({day}) →",
                               "nl": "Storingen van {service} in {month} ({day}) →"},
    "availability.month.open": {"en": "Incidents of {service} in {month} →",
                                "nl": "Storingen van {service} in {month} →"},
    "availability.status_page": {"en": "Public status page", "nl": "Openbare statuspagina"},
    "availability.status_page.help": {"en": "One HTML file with the strip of every service, to publish or send. A "
                                            "client's page shows only the services of that client's contract and "
                                            "names no other customer; incident causes are left out.",
                                      "nl": "Eén HTML-bestand met de balk van elke dienst, om te publiceren of te "
                                            "versturen. De pagina van een klant toont alleen de diensten uit het "
                                            "contract van die klant en noemt geen andere klant; oorzaken van "
                                            "storingen blijven weg."},
    "availability.status_page.for": {"en": "For", "nl": "Voor"},
    "availability.status_page.everyone": {"en": "Everyone (all services, no customer named)",
                                          "nl": "Iedereen (alle diensten, geen klant genoemd)"},
    "availability.status_page.download": {"en": "Download the status page (.html)",
                                          "nl": "Statuspagina downloaden (.html)"},
    "availability.status_page.covers": {"en": "The page shows: {services}.", "nl": "De pagina toont: {services}."},
    "availability.status_page.covers_none": {"en": "No monitored service in this period: the page will say so.",
                                             "nl": "Geen bewaakte dienst in deze periode: dat zegt de pagina dan."},
    "availability.status_page.file": {"en": "status-{scope}-{last}.html", "nl": "status-{scope}-{last}.html"},
    "availability.status_page.title": {"en": "{company} status", "nl": "Status van {company}"},
    "availability.status_page.title_plain": {"en": "Service status", "nl": "Status van de diensten"},
    "availability.status_page.title_client": {"en": "Service status for {client}", "nl": "Status van de diensten voor "
                                                                                      "{client}"},
    "availability.status_page.sub": {"en": "Uptime around the clock, {first} to {last}. Planned maintenance and time "
                                           "without monitoring data do not count.",
                                     "nl": "Beschikbaarheid over het hele etmaal, {first} tot en met {last}. Gepland "
                                           "onderhoud en tijd zonder meetgegevens tellen niet mee."},
    "availability.status_page.uptime": {"en": "{pct} uptime", "nl": "{pct} beschikbaar"},
    "availability.status_page.none": {"en": "No monitored service in this period.",
                                      "nl": "Geen gemeten dienst in deze periode."},
    "availability.status_page.footer": {"en": "Made {when}.", "nl": "Gemaakt op {when}."},
    "availability.burn": {"en": "Error budget through {month}", "nl": "Foutbudget in de loop van {month}"},
    "availability.burn.caption": {"en": "Target {target} on calendar {calendar} ({n} customers), the one that used the "
                                        "largest share of its budget. Above: share of the month's error budget used "
                                        "({budget} in all), against an even pace. Below: the burn rate over the last "
                                        "hour and the last six hours; crossing the dashed line is a fast or a slow "
                                        "burn worth an alert (Google SRE workbook, as in Grafana SLO).",
                                  "nl": "Norm {target} op kalender {calendar} ({n} klanten), degene die het grootste "
                                        "deel van haar budget gebruikte. Boven: deel van het foutbudget van de maand "
                                        "dat op is ({budget} in totaal), tegen een gelijkmatig tempo. Onder: het "
                                        "verbruikstempo over het laatste uur en de laatste zes uur; boven de "
                                        "stippellijn is het snel of langzaam verbruik dat een waarschuwing waard is "
                                        "(Google SRE workbook, zoals in Grafana SLO)."},
    "availability.burn.ahead": {"en": " The month is in progress: its budget counts the calendar hours still to come.",
                                "nl": " De maand loopt nog: het budget telt de kalenderuren die nog komen mee."},
    "availability.burn.none": {"en": "No availability target for {service}, so no error budget.",
                               "nl": "Geen norm voor beschikbaarheid voor {service}, dus geen foutbudget."},
    "availability.burn.used": {"en": "Budget used", "nl": "Budget gebruikt"},
    "availability.burn.used_axis": {"en": "Budget used (%)", "nl": "Budget gebruikt (%)"},
    "availability.burn.rate_axis": {"en": "Burn rate (×)", "nl": "Verbruikstempo (×)"},
    "availability.burn.pace": {"en": "Even pace", "nl": "Gelijkmatig tempo"},
    "availability.burn.budget": {"en": "Whole budget", "nl": "Hele budget"},
    "availability.burn.fast": {"en": "Last {hours} h", "nl": "Laatste {hours} u"},
    "availability.burn.slow": {"en": "Last {hours} h", "nl": "Laatste {hours} u"},
    "availability.burn.threshold": {"en": "Alert: {name} above {value}×", "nl": "Waarschuwing: {name} boven {value}×"},
    "availability.section.uptime": {"en": "Uptime by month", "nl": "Beschikbaarheid per maand"},
    "availability.section.burn": {"en": "Error budget in {month}", "nl": "Foutbudget in {month}"},
    "availability.section.incidents": {"en": "Incidents in {month}", "nl": "Storingen in {month}"},
    "availability.section.response": {"en": "Response time", "nl": "Responstijd"},
}
