"""The scorecard texts (English, Nederlands)."""

TEXT: dict[str, dict[str, str]] = {
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
    "scorecard.scope": {"en": "Claims for", "nl": "Uitspraken voor"},
    "scorecard.scope.all": {"en": "All customers (company-wide)", "nl": "Alle klanten (hele bedrijf)"},
    "scorecard.scope.help": {"en": "Company-wide claims cover every customer together. Choose one client for claims "
                                   "about that client only: their texts and every export name the client. The "
                                   "sidebar's customer filter does not apply here.",
                             "nl": "Uitspraken voor het hele bedrijf gelden voor alle klanten samen. Kies één klant "
                                   "voor uitspraken over alleen die klant: de teksten en elke export noemen de klant. "
                                   "Het klantfilter in de zijbalk geldt hier niet."},
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
    "scorecard.claim.uptime_client": {"en": "{value} uptime across the services we run for {client}, {period}",
                                      "nl": "{value} uptime over de diensten die wij voor {client} leveren, {period}"},
    "scorecard.claim.for_client": {"en": "{client}: {claim}", "nl": "{client}: {claim}"},
    "scorecard.claim.uptime_service": {"en": "{value} uptime for {service}, {period}",
                                       "nl": "{value} uptime voor {service}, {period}"},
    "scorecard.claim.first_response": {"en": "First response within the agreed time for {value} of all tickets, "
                                             "{period}",
                                       "nl": "Eerste reactie binnen de afgesproken tijd bij {value} van alle "
                                             "tickets, {period}"},
    "scorecard.claim.first_response_client": {"en": "First response within the agreed time for {value} of the "
                                                    "tickets of {client}, {period}",
                                              "nl": "Eerste reactie binnen de afgesproken tijd bij {value} van de "
                                                    "tickets van {client}, {period}"},
    "scorecard.claim.first_response_priority": {"en": "{priority} tickets answered within {target}, {value} of the "
                                                      "time, {period}",
                                                "nl": "Tickets met prioriteit {priority} binnen {target} beantwoord, "
                                                      "in {value} van de gevallen, {period}"},
    "scorecard.claim.resolution": {"en": "Resolved within the agreed time for {value} of all tickets, {period}",
                                   "nl": "Opgelost binnen de afgesproken tijd bij {value} van alle tickets, "
                                         "{period}"},
    "scorecard.claim.resolution_client": {"en": "Resolved within the agreed time for {value} of the tickets of "
                                                "{client}, {period}",
                                          "nl": "Opgelost binnen de afgesproken tijd bij {value} van de tickets van "
                                                "{client}, {period}"},
    "scorecard.claim.resolution_priority": {"en": "{priority} tickets resolved within {target}, {value} of the "
                                                  "time, {period}",
                                            "nl": "Tickets met prioriteit {priority} binnen {target} opgelost, in "
                                                  "{value} van de gevallen, {period}"},
    "scorecard.claim.median_first_response": {"en": "{priority} tickets: first response in {value} (median), "
                                                    "{period}",
                                              "nl": "Tickets met prioriteit {priority}: eerste reactie binnen "
                                                    "{value} (mediaan), {period}"},
    "scorecard.claim.csat": {"en": "{value} of survey answers are satisfied with our support (CSAT), {period}",
                             "nl": "{value} van de enquêteantwoorden is tevreden over onze ondersteuning (CSAT), "
                                   "{period}"},
    "scorecard.claim.csat_score": {"en": "Survey answers rate our support {value} on average, {period}",
                                   "nl": "Enquêteantwoorden waarderen onze ondersteuning gemiddeld met een {value}, "
                                         "{period}"},
    "scorecard.claim.nps": {"en": "Net Promoter Score of {value}, {period}", "nl": "Net Promoter Score van {value}, "
                                                                                  "{period}"},
    "scorecard.claim.months_met": {"en": "Every SLA target met in {value} of {months} months, {period}",
                                   "nl": "Alle SLA-normen gehaald in {value} van de {months} maanden, {period}"},
    "scorecard.target.agreed": {"en": "the agreed time ({time})", "nl": "de afgesproken tijd ({time})"},
    "scorecard.of": {"en": "{n} of {total}", "nl": "{n} van {total}"},
    "scorecard.sample.tickets": {"en": "{n} tickets", "nl": "{n} tickets"},
    "scorecard.sample.answers": {"en": "{n} answers", "nl": "{n} antwoorden"},
    "scorecard.sample.minutes": {"en": "{n} min measured", "nl": "{n} min gemeten"},
    "scorecard.sample.months": {"en": "{n} months", "nl": "{n} maanden"},
    "scorecard.clock.always": {"en": "{time} around the clock", "nl": "{time} (24/7)"},
    "scorecard.clock.business_minutes": {"en": "{n} business minutes", "nl": "{n} werkminuten"},
    "scorecard.clock.business_hour": {"en": "1 business hour", "nl": "1 werkuur"},
    "scorecard.clock.business_hours": {"en": "{n} business hours", "nl": "{n} werkuren"},
    "scorecard.clock.business_time": {"en": "{time} of business time", "nl": "{time} werktijd"},
    "scorecard.kept.every": {"en": "✓ every month ({n})", "nl": "✓ elke maand ({n})"},
    "scorecard.kept.some": {"en": "✗ met in {met} of {n} months", "nl": "✗ gehaald in {met} van {n} maanden"},
    "scorecard.card.title_client": {"en": "Our service levels for {client}", "nl": "Ons serviceniveau voor {client}"},
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
    "scorecard.foot.clock": {"en": "The clock runs {hours}.", "nl": "De klok loopt {hours}."},
    "scorecard.foot.rules": {"en": "Verified means: at least {tickets} tickets or {answers} survey answers, "
                                   "monitoring coverage of at least {coverage}, data in every month of the period, "
                                   "and the figure still holds with excluded breaches counted. A percentage is "
                                   "written as everywhere in the dashboard, on the true side of its target; a "
                                   "median time is rounded up.",
                             "nl": "Geverifieerd betekent: minstens {tickets} tickets of {answers} "
                                   "enquêteantwoorden, een dekking van de monitoring van minstens {coverage}, "
                                   "gegevens in elke maand van de periode, en het cijfer blijft staan als "
                                   "uitgesloten overschrijdingen meetellen. Een percentage staat er zoals overal "
                                   "in het dashboard, aan de goede kant van de norm; een mediane tijd is naar boven "
                                   "afgerond."},
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
    "scorecard.boss.within_help": {"en": "Share of customers (with a target) for whom every target was met in every "
                                         "month of the period: ticket compliance per target, availability per "
                                         "service. One missed month is enough to leave a customer out.",
                                   "nl": "Aandeel klanten (met een norm) bij wie elke norm in elke maand van de "
                                         "periode gehaald is: tickets per norm, beschikbaarheid per dienst. Eén "
                                         "gemiste maand is genoeg om een klant niet mee te tellen."},
    "scorecard.boss.within_caption": {"en": "{n} of {customers} customers; per month: {months} of {total} "
                                            "customer-months within target.",
                                      "nl": "{n} van {customers} klanten; per maand: {months} van {total} "
                                            "klantmaanden binnen de norm."},
    "scorecard.boss.owed": {"en": "Credits owed", "nl": "Te crediteren"},
    "scorecard.boss.owed_help": {"en": "Service credits due in the period: for every service and month below its "
                                       "availability target, the deepest credit tier it falls under, as a share of "
                                       "the monthly fee; a customer's credits of a month together are at most its "
                                       "fee (as on the Overview and in the client's report).",
                                 "nl": "Crediteringen (verminderde betaling) in de periode: voor elke dienst en "
                                       "maand onder de beschikbaarheidsnorm de diepste staffel waar die onder valt, "
                                       "als deel van het maandbedrag; per klant per maand samen hooguit dat bedrag "
                                       "(zoals op het Overzicht en in het klantrapport)."},
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
