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
}
