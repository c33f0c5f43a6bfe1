"""The Contract page's texts (target advisor, draft replay, forecast), its tables and the what-if workbook
(English, Nederlands)."""

TEXT: dict[str, dict[str, str]] = {
    "nav.contract": {"en": "Contract", "nl": "Contract"},
    "contract.title": {"en": "Contract: fair targets and changes", "nl": "Contract: haalbare normen en wijzigingen"},
    "contract.intro": {
        "en": "Which targets you can promise and keep, what a change to the contract would have done to past months, "
              "and where the month in progress is heading.",
        "nl": "Welke normen u kunt beloven en waarmaken, wat een wijziging van het contract met afgelopen maanden "
              "had gedaan, en waar de lopende maand naartoe gaat."},
    "contract.tab.advisor": {"en": "Target advisor", "nl": "Normadviseur"},
    "contract.tab.draft": {"en": "Draft and replay", "nl": "Concept en naspelen"},
    "contract.tab.forecast": {"en": "Month-end forecast", "nl": "Prognose maandeinde"},

    # --- the advisor ---
    "contract.advice.intro": {
        "en": "Per customer, ticket metric and priority (and per customer's service for availability) over {window}: "
              "the target in force and how often it was met, how monthly compliance was spread, and the targets that "
              "would have been met in all, all but one or all but two months. The suggestion is the tightest target "
              "met in at least {k} of {n} months. Ticket targets keep the share and the clock of the policy in force; "
              "durations are business time on that clock.",
        "nl": "Per klant, ticketnorm en prioriteit (en per dienst van een klant voor beschikbaarheid) over {window}: "
              "de norm die geldt en hoe vaak die gehaald werd, hoe de nakoming per maand verdeeld was, en de normen "
              "die in alle maanden, alle op één na of alle op twee na gehaald zouden zijn. Het voorstel is de "
              "strengste norm die in minstens {k} van de {n} maanden gehaald werd. Ticketnormen houden het aandeel "
              "en de klok van de geldende afspraak; duren zijn werktijd op die klok."},
    "contract.advice.none": {"en": "No targets were judged in {window}: there is nothing to advise on yet.",
                             "nl": "In {window} is geen norm beoordeeld: er valt nog niets te adviseren."},
    "contract.advice.col.customer": {"en": "Customer", "nl": "Klant"},
    "contract.advice.col.kpi": {"en": "KPI", "nl": "KPI"},
    "contract.advice.col.scope": {"en": "Priority / service", "nl": "Prioriteit / dienst"},
    "contract.advice.col.target": {"en": "Target in force", "nl": "Geldende norm"},
    "contract.advice.col.met": {"en": "Met", "nl": "Gehaald"},
    "contract.advice.col.spread": {"en": "Monthly figure (lowest – highest)", "nl": "Per maand (laagste – hoogste)"},
    "contract.advice.col.months": {"en": "Each month", "nl": "Per maand"},
    "contract.advice.col.met_in_all": {"en": "Met in all months", "nl": "Gehaald in alle maanden"},
    "contract.advice.col.met_in_all_but_1": {"en": "All but one", "nl": "Alle op één na"},
    "contract.advice.col.met_in_all_but_2": {"en": "All but two", "nl": "Alle op twee na"},
    "contract.advice.col.suggested": {"en": "Suggested", "nl": "Voorstel"},
    "contract.advice.months_met": {"en": "{met} of {n} months", "nl": "{met} van {n} maanden"},
    "contract.advice.within": {"en": "{pct} within {time}", "nl": "{pct} binnen {time}"},
    "contract.advice.to_draft": {"en": "Start a draft from the suggested targets",
                                 "nl": "Begin een concept met de voorgestelde normen"},
    "contract.advice.to_draft.help": {
        "en": "The contract in force with each suggested target as a policy of its own; replay and edit it under "
              "Draft and replay.",
        "nl": "Het geldende contract met elke voorgestelde norm als eigen afspraak; speel het na en bewerk het "
              "onder Concept en naspelen."},
    "contract.advice.drafted": {"en": "The draft now holds the suggested targets: open Draft and replay.",
                                "nl": "Het concept bevat nu de voorgestelde normen: open Concept en naspelen."},

    # --- the draft ---
    "contract.draft.intro": {
        "en": "A draft is a whole contract configuration, as on the Data page. Start from the contract in force, "
              "change a target, a calendar or a credit tier in the tables, or upload a draft workbook; then replay "
              "it over past months. Nothing is stored until you adopt it.",
        "nl": "Een concept is een volledige contractconfiguratie, zoals op de pagina Gegevens. Begin met het "
              "geldende contract, wijzig een norm, een kalender of een creditstaffel in de tabellen, of upload een "
              "conceptwerkmap; speel het daarna na over afgelopen maanden. Er wordt niets opgeslagen tot u het "
              "aanneemt."},
    "contract.draft.scoped": {
        "en": "Drafting a contract shows the whole configuration, so it needs a user who sees every customer. The "
              "advice and the forecast show your customers.",
        "nl": "Een contractconcept toont de hele configuratie en vraagt dus een gebruiker die alle klanten ziet. "
              "Het advies en de prognose tonen uw klanten."},
    "contract.draft.source": {"en": "Draft: {source}", "nl": "Concept: {source}"},
    "contract.draft.source.in_force": {"en": "the contract in force (version {version})",
                                       "nl": "het geldende contract (versie {version})"},
    "contract.draft.source.advice": {"en": "the suggested targets of the advisor",
                                     "nl": "de voorgestelde normen van de adviseur"},
    "contract.draft.source.upload": {"en": "the workbook {file}", "nl": "de werkmap {file}"},
    "contract.draft.reset": {"en": "Start again from the contract in force",
                             "nl": "Opnieuw beginnen met het geldende contract"},
    "contract.draft.upload": {"en": "Or upload a draft workbook (.xlsx, as `config export` writes it)",
                              "nl": "Of upload een conceptwerkmap (.xlsx, zoals `config export` die schrijft)"},
    "contract.draft.sheet.policies": {"en": "Targets", "nl": "Normen"},
    "contract.draft.sheet.calendars": {"en": "Calendars", "nl": "Kalenders"},
    "contract.draft.sheet.credits": {"en": "Credit tiers", "nl": "Creditstaffels"},
    "contract.draft.sheet.customers": {"en": "Customers and fees", "nl": "Klanten en tarieven"},
    "contract.draft.problems": {"en": "The draft has problems; fix them to replay it:",
                                "nl": "Het concept heeft problemen; los ze op om het na te spelen:"},
    "contract.draft.unreadable": {"en": "{file} could not be read as a draft: {reason}",
                                  "nl": "{file} kon niet als concept worden gelezen: {reason}"},
    "contract.replay.run": {"en": "Replay the draft over {window}", "nl": "Concept naspelen over {window}"},
    "contract.replay.help": {
        "en": "Recomputes every clock and KPI of the window under the draft, beside the figures in force. The store "
              "is not changed.",
        "nl": "Berekent elke klok en KPI van de periode opnieuw volgens het concept, naast de geldende cijfers. De "
              "opslag verandert niet."},
    "contract.replay.stale": {"en": "The draft or the window changed since the last replay: replay it again.",
                              "nl": "Het concept of de periode is gewijzigd sinds het laatste naspelen: speel het "
                                    "opnieuw na."},
    "contract.replay.same": {"en": "The draft changes nothing in {window}: every figure and outcome stays as it is.",
                             "nl": "Het concept verandert niets in {window}: elk cijfer en elke uitkomst blijft "
                                   "gelijk."},
    "contract.replay.summary": {
        "en": "Over {window}: {flips} ticket outcomes flip, {verdicts} monthly verdicts change, and the credits "
              "owed change by {money}.",
        "nl": "Over {window}: {flips} ticketuitkomsten draaien om, {verdicts} maandoordelen veranderen, en de "
              "verschuldigde credits veranderen met {money}."},
    "contract.replay.tile.credits": {"en": "Credits owed, draft", "nl": "Verschuldigde credits, concept"},
    "contract.replay.tile.credits.help": {
        "en": "The credits the draft would have owed over the window, against those owed under the contract in "
              "force (a customer's credits of a month together at most its fee).",
        "nl": "De credits die het concept over de periode had gekost, tegenover die onder het geldende contract (de "
              "credits van een klant in een maand samen hooguit het maandbedrag)."},
    "contract.replay.tile.flips": {"en": "Ticket outcomes that flip", "nl": "Ticketuitkomsten die omdraaien"},
    "contract.replay.tile.verdicts": {"en": "Monthly verdicts that change", "nl": "Maandoordelen die veranderen"},
    "contract.replay.chart.kpi": {"en": "KPI", "nl": "KPI"},
    "contract.replay.chart.title": {"en": "{kpi}: in force and draft, per month",
                                    "nl": "{kpi}: geldend en concept, per maand"},
    "contract.replay.current": {"en": "In force", "nl": "Geldend"},
    "contract.replay.draft": {"en": "Draft", "nl": "Concept"},
    "contract.replay.changed": {"en": "Figures the draft changes", "nl": "Cijfers die het concept verandert"},
    "contract.replay.flips": {"en": "Tickets whose outcome flips", "nl": "Tickets waarvan de uitkomst omdraait"},
    "contract.replay.flips.more": {"en": "The first {shown} of {total}; the workbook lists them all.",
                                   "nl": "De eerste {shown} van {total}; de werkmap toont ze allemaal."},
    "contract.replay.credits": {"en": "Credits per month and customer", "nl": "Credits per maand en klant"},
    "contract.replay.download": {"en": "What-if workbook (.xlsx)", "nl": "Wat-als-werkmap (.xlsx)"},
    "contract.replay.download.file": {"en": "what-if-{window}.xlsx", "nl": "wat-als-{window}.xlsx"},
    "contract.replay.download.help": {
        "en": "For a renegotiation: in force vs draft per month, the flipped tickets and the credit difference, "
              "with charts and definitions. With one customer chosen in the sidebar it holds only that customer.",
        "nl": "Voor een heronderhandeling: geldend tegenover concept per maand, de omgedraaide tickets en het "
              "verschil in credits, met grafieken en definities. Met één klant gekozen in de zijbalk bevat hij "
              "alleen die klant."},
    "contract.col.month": {"en": "Month", "nl": "Maand"},
    "contract.col.customer": {"en": "Customer", "nl": "Klant"},
    "contract.col.kpi": {"en": "KPI", "nl": "KPI"},
    "contract.col.scope": {"en": "Priority / service", "nl": "Prioriteit / dienst"},
    "contract.col.current": {"en": "In force", "nl": "Geldend"},
    "contract.col.draft": {"en": "Draft", "nl": "Concept"},
    "contract.col.change": {"en": "Change", "nl": "Verschil"},
    "contract.col.verdict": {"en": "Verdict", "nl": "Oordeel"},
    "contract.col.credit": {"en": "Credit", "nl": "Credit"},
    "contract.col.target": {"en": "Target", "nl": "Norm"},
    "contract.col.current_credit": {"en": "Credit in force", "nl": "Credit geldend"},
    "contract.col.draft_credit": {"en": "Credit draft", "nl": "Credit concept"},
    "contract.col.difference": {"en": "Difference", "nl": "Verschil"},
    "contract.col.ticket": {"en": "Ticket", "nl": "Ticket"},
    "contract.col.priority": {"en": "Priority", "nl": "Prioriteit"},
    "contract.col.outcome": {"en": "Outcome in force → draft", "nl": "Uitkomst geldend → concept"},
    "contract.col.stopped": {"en": "Stopped", "nl": "Gestopt"},
    "contract.col.current_due": {"en": "Due in force", "nl": "Deadline geldend"},
    "contract.col.draft_due": {"en": "Due draft", "nl": "Deadline concept"},
    "contract.outcome.met": {"en": "met", "nl": "gehaald"},
    "contract.outcome.breached": {"en": "breached", "nl": "overschreden"},
    "contract.outcome.open": {"en": "open", "nl": "open"},
    "contract.outcome.none": {"en": "no target", "nl": "geen norm"},
    "contract.verdict.met": {"en": "met", "nl": "gehaald"},
    "contract.verdict.missed": {"en": "missed", "nl": "niet gehaald"},
    "contract.verdict.on_track": {"en": "on track", "nl": "op koers"},
    "contract.verdict.at_risk": {"en": "at risk", "nl": "risico"},
    "contract.points": {"en": "{sign}{value} pp", "nl": "{sign}{value} pp"},
    "contract.in_progress": {"en": "{month} (in progress)", "nl": "{month} (lopend)"},

    # --- adopting ---
    "contract.adopt.title": {"en": "Adopt the draft", "nl": "Concept aannemen"},
    "contract.adopt.intro": {
        "en": "Adopting stores the draft as a new configuration version, validated and recorded like any import. "
              "Its targets apply from the date chosen: the policies in force end the day before it, so months "
              "before it keep their figures. Calendars the draft changes are added under a new name for the "
              "draft's policies. Credit tiers, fees and the other sheets have no dates: the draft's apply to every "
              "month.",
        "nl": "Aannemen slaat het concept op als nieuwe contractversie, gecontroleerd en vastgelegd zoals elke "
              "import. De normen gelden vanaf de gekozen datum: de geldende afspraken eindigen de dag ervoor, zodat "
              "maanden daarvoor hun cijfers houden. Kalenders die het concept wijzigt komen erbij onder een nieuwe "
              "naam voor de afspraken van het concept. Creditstaffels, tarieven en de andere bladen hebben geen "
              "datum: die van het concept gelden voor elke maand."},
    "contract.adopt.from": {"en": "Effective from", "nl": "Geldig vanaf"},
    "contract.adopt.button": {"en": "Adopt as a new configuration version",
                              "nl": "Aannemen als nieuwe contractversie"},
    "contract.adopt.done": {"en": "Version {version} adopted by {who} on {at}, effective from {day}.",
                            "nl": "Versie {version} aangenomen door {who} op {at}, geldig vanaf {day}."},
    "contract.adopt.last": {"en": "Last adoption: version {version} by {who} on {at}, effective from {day}.",
                            "nl": "Laatst aangenomen: versie {version} door {who} op {at}, geldig vanaf {day}."},
    "contract.adopt.not_allowed": {
        "en": "Adopting a draft needs the role editor (or admin) and every customer in your scope.",
        "nl": "Een concept aannemen vraagt de rol editor (of admin) en alle klanten binnen uw bereik."},
    "contract.adopt.problems": {"en": "The draft was not adopted:", "nl": "Het concept is niet aangenomen:"},

    # --- the forecast ---
    "contract.forecast.intro": {
        "en": "Where {month} is heading, as of {moment}: per customer and ticket metric the compliance at the "
              "month's end from what is decided so far, the open tickets due this month and the pace so far; per "
              "service the downtime still allowed before the target and each credit tier.",
        "nl": "Waar {month} naartoe gaat, per {moment}: per klant en ticketnorm de nakoming aan het eind van de "
              "maand uit wat tot nu toe beslist is, de open tickets met een deadline deze maand en het tempo tot "
              "nu toe; per dienst de downtime die nog kan voor de norm en elke creditstaffel."},
    "contract.forecast.none": {"en": "Nothing is decided or due yet in {month}.",
                               "nl": "In {month} is nog niets beslist of verlopen."},
    "contract.forecast.accuracy": {
        "en": "How accurate it has been: made from the data as it stood on days 10, 15 and 20 of {window}, the "
              "forecast was off by {model} percentage points on average ({n} forecasts); the compliance so far "
              "alone was off by {naive}. Availability so far was off from the month's by {uptime} points.",
        "nl": "Hoe nauwkeurig het was: gemaakt uit de gegevens zoals ze op dag 10, 15 en 20 van {window} waren, zat "
              "de prognose gemiddeld {model} procentpunt naast de maand ({n} prognoses); de nakoming tot dan toe "
              "alleen zat er {naive} naast. De beschikbaarheid tot dan toe zat {uptime} punt naast die van de "
              "maand."},
    "contract.forecast.accuracy.none": {"en": "Too little history yet to say how accurate the forecast has been.",
                                        "nl": "Nog te weinig historie om te zeggen hoe nauwkeurig de prognose was."},
    "contract.forecast.tickets": {"en": "Ticket compliance at the month's end", "nl": "Nakoming aan het eind van de "
                                                                                      "maand"},
    "contract.forecast.availability": {"en": "Downtime left this month", "nl": "Resterende downtime deze maand"},
    "contract.forecast.col.customer": {"en": "Customer", "nl": "Klant"},
    "contract.forecast.col.kpi": {"en": "KPI", "nl": "KPI"},
    "contract.forecast.col.so_far": {"en": "So far", "nl": "Tot nu toe"},
    "contract.forecast.col.decided": {"en": "Decided", "nl": "Beslist"},
    "contract.forecast.col.pending": {"en": "Open, due this month", "nl": "Open, deadline deze maand"},
    "contract.forecast.col.projected": {"en": "Month's end", "nl": "Eind van de maand"},
    "contract.forecast.col.target": {"en": "Target", "nl": "Norm"},
    "contract.forecast.col.outlook": {"en": "Outlook", "nl": "Vooruitzicht"},
    "contract.forecast.col.absorb": {"en": "Breaches it can absorb", "nl": "Nog toelaatbare overschrijdingen"},
    "contract.forecast.col.service": {"en": "Service", "nl": "Dienst"},
    "contract.forecast.col.availability": {"en": "Availability so far", "nl": "Beschikbaarheid tot nu toe"},
    "contract.forecast.col.to_target": {"en": "Before the target", "nl": "Tot de norm"},
    "contract.forecast.col.tiers": {"en": "Before each credit tier", "nl": "Tot elke creditstaffel"},
    "contract.forecast.col.credit": {"en": "Credit if the burn rate holds", "nl": "Credit bij gelijk tempo"},
    "contract.forecast.absorb": {"en": "{n} more", "nl": "nog {n}"},
    "contract.forecast.absorb.none": {"en": "none: the next breach misses it",
                                      "nl": "geen: de volgende overschrijding mist de norm"},
    "contract.forecast.absorb.over": {"en": "none: {n} too many already", "nl": "geen: al {n} te veel"},
    "contract.forecast.tier": {"en": "below {pct}: {time}", "nl": "onder {pct}: {time}"},
    "contract.forecast.below": {"en": "below already", "nl": "al eronder"},
    "contract.forecast.help": {
        "en": "Decided so far counts met tickets at their answer or solution and breaches at their due moment. An "
              "open ticket due this month breaches with the share seen in the three months before (of those that "
              "had used 75 % of their target unanswered, when it has); the rest of the month follows the pace so "
              "far with the breach share of those three months.",
        "nl": "Tot nu toe beslist telt gehaalde tickets bij hun reactie of oplossing en overschrijdingen op hun "
              "deadline. Een open ticket met een deadline deze maand wordt overschreden met het aandeel van de drie "
              "maanden ervoor (van tickets die 75 % van hun norm onbeantwoord hadden verbruikt, als dat zo is); de "
              "rest van de maand volgt het tempo tot nu toe met het overschrijdingsaandeel van die drie maanden."},

    # --- the workbook ---
    "whatif.sheet.summary": {"en": "Summary", "nl": "Samenvatting"},
    "whatif.sheet.months": {"en": "Per month", "nl": "Per maand"},
    "whatif.sheet.credits": {"en": "Credits", "nl": "Credits"},
    "whatif.sheet.flips": {"en": "Flipped tickets", "nl": "Omgedraaide tickets"},
    "whatif.sheet.definitions": {"en": "Definitions", "nl": "Definities"},
    "whatif.title": {"en": "What if: the draft contract over {window}", "nl": "Wat als: het conceptcontract over "
                                                                              "{window}"},
    "whatif.for": {"en": "For {customer}", "nl": "Voor {customer}"},
    "whatif.all_customers": {"en": "All customers", "nl": "Alle klanten"},
    "whatif.draft_source": {"en": "Draft: {source}", "nl": "Concept: {source}"},
    "whatif.fact.flips": {"en": "Ticket outcomes that flip", "nl": "Ticketuitkomsten die omdraaien"},
    "whatif.fact.verdicts": {"en": "Monthly verdicts that change", "nl": "Maandoordelen die veranderen"},
    "whatif.fact.credits_now": {"en": "Credits owed in force", "nl": "Verschuldigde credits geldend"},
    "whatif.fact.credits_draft": {"en": "Credits owed under the draft", "nl": "Verschuldigde credits concept"},
    "whatif.fact.credits_difference": {"en": "Difference", "nl": "Verschil"},
    "whatif.no_flips": {"en": "No ticket's outcome flips.", "nl": "Geen enkele ticketuitkomst draait om."},
    "whatif.chart.compliance": {"en": "{kpi}: in force and draft", "nl": "{kpi}: geldend en concept"},
    "whatif.chart.credits": {"en": "Credits owed per month", "nl": "Verschuldigde credits per maand"},
    "whatif.def.replay": {
        "en": "The draft is replayed over the window: every ticket clock is computed again on the draft's policies "
              "and calendars, and every KPI, verdict and credit from those clocks, by the same definitions as the "
              "figures in force. Nothing in the data changes; only the contract does.",
        "nl": "Het concept wordt over de periode nagespeeld: elke ticketklok wordt opnieuw berekend met de afspraken "
              "en kalenders van het concept, en elke KPI, elk oordeel en elke credit uit die klokken, met dezelfde "
              "definities als de geldende cijfers. De gegevens veranderen niet, alleen het contract."},
    "whatif.def.flip": {
        "en": "A flipped ticket: its outcome for a metric (met, breached or open) differs between the contract in "
              "force and the draft, with the due moment under each. It counts in the month it is decided under "
              "either.",
        "nl": "Een omgedraaid ticket: de uitkomst voor een norm (gehaald, overschreden of open) verschilt tussen het "
              "geldende contract en het concept, met de deadline onder elk. Het telt in de maand waarin het onder "
              "een van beide beslist wordt."},
    "whatif.def.credit": {
        "en": "Credits: each service below its availability target falls under the deepest credit tier below which "
              "it is, as a share of the customer's monthly fee; a customer's credits of a month are at most its fee.",
        "nl": "Credits: elke dienst onder zijn beschikbaarheidsnorm valt onder de diepste creditstaffel waaronder "
              "hij zit, als aandeel van het maandbedrag van de klant; de credits van een klant in een maand zijn "
              "hooguit dat bedrag."},
    "whatif.def.credits": {"en": "Credit tiers of the draft", "nl": "Creditstaffels van het concept"},
}
