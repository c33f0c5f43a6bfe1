"""The data texts (English, Nederlands)."""

TEXT: dict[str, dict[str, str]] = {
    "data.title": {"en": "Data", "nl": "Gegevens"},
    "data.intro": {"en": "Upload exports from your helpdesk, monitoring or surveys as CSV or Excel files. Each file "
                         "is recognised from its columns; check how its columns are read, change what is needed, "
                         "then import. Uploading the same file again changes nothing.",
                   "nl": "Upload exports uit uw helpdesk, monitoring of enquêtes als CSV- of Excelbestand. Elk "
                         "bestand wordt herkend aan de kolommen; controleer hoe de kolommen worden gelezen, pas aan "
                         "wat nodig is en importeer. Hetzelfde bestand nogmaals uploaden verandert niets."},
    "data.presets": {"en": "Recognised exports", "nl": "Herkende exports"},
    "data.upload": {"en": "Export files", "nl": "Exportbestanden"},
    "data.sample": {"en": "Try it with a sample file", "nl": "Probeer het met een voorbeeldbestand"},
    "data.sample.help": {"en": "Small files of our own making in the data/ folder, one per kind, and a configuration "
                               "workbook. Import the configuration first, then the exports.",
                         "nl": "Kleine, zelfgemaakte bestanden in de map data/: één per soort, en een "
                               "configuratiewerkmap. Importeer eerst de configuratie, daarna de exports."},
    "data.sample.file": {"en": "Sample file", "nl": "Voorbeeldbestand"},
    "data.sample.import": {"en": "Import this sample", "nl": "Dit voorbeeld importeren"},
    "data.sample.config_done": {"en": "The configuration in {file} is now in force.",
                                "nl": "De configuratie uit {file} is nu van kracht."},
    "data.sample.sample-configuration": {"en": "Configuration workbook (sample-configuration.xlsx)",
                                         "nl": "Configuratiewerkmap (sample-configuration.xlsx)"},
    "data.sample.sample-tickets": {"en": "Tickets (sample-tickets.csv)", "nl": "Tickets (sample-tickets.csv)"},
    "data.sample.sample-checks": {"en": "Monitoring checks (sample-checks.csv)",
                                  "nl": "Monitoringmetingen (sample-checks.csv)"},
    "data.sample.sample-outages": {"en": "Outages (sample-outages.csv)", "nl": "Storingen (sample-outages.csv)"},
    "data.sample.sample-feedback": {"en": "Feedback (sample-feedback.csv)", "nl": "Feedback (sample-feedback.csv)"},
    "data.sample.sample-maintenance": {"en": "Maintenance windows (sample-maintenance.csv)",
                                       "nl": "Onderhoudsvensters (sample-maintenance.csv)"},
    "data.upload.help": {"en": "CSV (comma, semicolon or tab separated), Excel .xlsx, Excel 2003 XML (.xls/.xml) "
                               "or an Uptime Kuma database (kuma.db); several files at once.",
                         "nl": "CSV (gescheiden door komma, puntkomma of tab), Excel .xlsx, Excel 2003 XML (.xls/.xml) "
                               "of een Uptime Kuma-database (kuma.db); meerdere bestanden tegelijk."},
    "data.file.recognised": {"en": "Recognised as **{preset}** ({kind}).",
                             "nl": "Herkend als **{preset}** ({kind})."},
    "data.file.chosen": {"en": "Read as **{preset}** ({kind}).", "nl": "Gelezen als **{preset}** ({kind})."},
    "data.file.sure.high": {"en": "sure", "nl": "zeker"},
    "data.file.sure.medium": {"en": "fairly sure", "nl": "vrij zeker"},
    "data.file.sure.low": {"en": "unsure", "nl": "onzeker"},
    "data.file.sure.chosen": {"en": "as chosen", "nl": "zoals gekozen"},
    "data.file.evidence": {"en": "How sure: **{sure}** (score {score}). {recognised} columns recognised.",
                           "nl": "Hoe zeker: **{sure}** (score {score}). {recognised} kolommen herkend."},
    "data.file.evidence.distinctive": {"en": "Only {system} has: {columns}.",
                                       "nl": "Alleen {system} heeft: {columns}."},
    "data.file.evidence.patterns": {"en": "Values look like {system}'s in: {fields}.",
                                    "nl": "Waarden lijken op die van {system} in: {fields}."},
    "data.file.evidence.runner_up": {"en": "Next best: {preset}.", "nl": "Op één na beste: {preset}."},
    "data.file.where.sheet": {"en": "Read sheet **{sheet}** (of {sheets}).", "nl": "Blad **{sheet}** gelezen (van "
                                                                                   "{sheets})."},
    "data.file.where.header": {"en": "The header is in row {row}.", "nl": "De kolomkoppen staan in rij {row}."},
    "data.file.where.no_header": {"en": "The file has no header row; its columns are read in the order of the "
                                        "layout.",
                                  "nl": "Het bestand heeft geen rij met kolomkoppen; de kolommen worden gelezen in "
                                        "de volgorde van de indeling."},
    "data.file.sheet": {"en": "Sheet", "nl": "Blad"},
    "data.file.sheet.help": {"en": "The sheet of the workbook to import; the one whose header has the most known "
                                   "columns is chosen first.",
                             "nl": "Het blad van de werkmap om te importeren; eerst is het blad gekozen waarvan de "
                                   "kolomkoppen de meeste bekende kolommen hebben."},
    "data.file.nearest": {"en": "Nearest layout: **{preset}**. It found {found}, but lacks {missing}.",
                          "nl": "Dichtstbijzijnde indeling: **{preset}**. Die vond {found}, maar mist {missing}."},
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
    "data.file.would_reject": {"en": "{rejected} of the {rows} preview rows would be rejected; the import stores the "
                                     "other rows and lists every rejected one. Why:",
                               "nl": "{rejected} van de {rows} voorbeeldrijen zouden worden geweigerd; de import slaat "
                                     "de andere rijen op en toont elke geweigerde rij. Waarom:"},
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
    "data.stored.caption": {"en": "Rows count each ticket, check or answer once, in its latest imported version. "
                                  "Times in {tz}.",
                            "nl": "Elke ticket, meting of antwoord telt één keer mee, in de laatst geïmporteerde "
                                  "versie. Tijden in {tz}."},
    "data.col.counted": {"en": "What the rows are", "nl": "Wat de rijen zijn"},
    "data.stored.counted.tickets": {"en": "Tickets, each once in its latest version; a re-import updates them.",
                                    "nl": "Tickets, elk één keer in de laatste versie; een nieuwe import werkt ze "
                                          "bij."},
    "data.stored.counted.checks": {"en": "Monitoring checks (one per service and moment).",
                                   "nl": "Monitoringmetingen (één per dienst en moment)."},
    "data.stored.counted.outages": {"en": "Outage events from monitoring logs.",
                                    "nl": "Storingsmeldingen uit monitoringlogs."},
    "data.stored.counted.feedback": {"en": "Survey answers; {from_tickets} of them read from the satisfaction "
                                           "fields of tickets.",
                                     "nl": "Enquêteantwoorden; {from_tickets} daarvan gelezen uit de "
                                           "tevredenheidsvelden van tickets."},
    "data.stored.counted.maintenance": {"en": "Maintenance windows from imported files and from the "
                                              "configuration, one per service and start.",
                                        "nl": "Onderhoudsvensters uit geïmporteerde bestanden en uit de "
                                              "configuratie, één per dienst en starttijd."},
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
    "data.config.recipients": {"en": "Recipients", "nl": "Ontvangers (recipients)"},
    "data.config.links": {"en": "Ticket links", "nl": "Ticketlinks (links)"},
    "data.config.users": {"en": "Users", "nl": "Gebruikers (users)"},
    "data.config.users.help": {"en": "Who may sign in when sign-in is configured: an e-mail address or *@domain (an "
                                     "address wins over its domain), a role (viewer: reads; editor: also excludes "
                                     "breaches and uploads exports; admin: also the configuration and undo) and the "
                                     "customers they see (* or names separated by ;). Without sign-in (local mode) "
                                     "this sheet is not used.",
                               "nl": "Wie zich mag aanmelden als aanmelden is ingesteld: een e-mailadres of "
                                     "*@domein (een adres gaat voor zijn domein), een rol (viewer: leest; editor: "
                                     "sluit ook overschrijdingen uit en uploadt exports; admin: ook de "
                                     "contractafspraken en ongedaan maken) en de klanten die hij ziet (* of namen "
                                     "gescheiden door ;). Zonder aanmelden (lokale modus) wordt dit werkblad niet "
                                     "gebruikt."},
    "data.cfg.users.email.help": {"en": "The address the sign-in gives, or *@domain for everyone of that domain.",
                                  "nl": "Het adres dat het aanmelden geeft, of *@domein voor iedereen van dat "
                                        "domein."},
    "data.cfg.users.role.help": {"en": "viewer, editor or admin.", "nl": "viewer, editor of admin."},
    "data.cfg.customers": {"en": "Customers", "nl": "Klanten"},
    "data.cfg.customers.help": {"en": "* for all customers, or their names separated by ; (as the exports name "
                                      "them).",
                                "nl": "* voor alle klanten, of hun namen gescheiden door ; (zoals de exports ze "
                                      "noemen)."},
    "data.config.by": {"en": "Saved by {actor}.", "nl": "Opgeslagen door {actor}."},
    "data.col.actor": {"en": "Imported by", "nl": "Geïmporteerd door"},
    "data.undone": {"en": "Undone imports", "nl": "Ongedaan gemaakte imports"},
    "data.col.undone_by": {"en": "Undone by", "nl": "Ongedaan gemaakt door"},
    "data.col.undone_at": {"en": "Undone at", "nl": "Ongedaan gemaakt op"},
    "data.scoped": {"en": "You see the data of {customers}. The imports and the contract configuration are for "
                          "users who see every customer.",
                    "nl": "U ziet de gegevens van {customers}. De imports en de contractafspraken zijn voor "
                          "gebruikers die alle klanten zien."},
    "data.config.links.help": {"en": "Per helpdesk (source: zendesk, jira, freshdesk, servicenow, csv, ...) the "
                                     "address of a ticket with {ticket_id} in it: ticket numbers then link to it on "
                                     "every page, and in client workbooks where client_reports is yes.",
                               "nl": "Per helpdesk (bron: zendesk, jira, freshdesk, servicenow, csv, ...) het adres "
                                     "van een ticket met {ticket_id} erin: ticketnummers linken daar dan naartoe op "
                                     "elke pagina, en in de werkmappen voor klanten als client_reports yes is."},
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
    "data.config.recipients.help": {"en": "Who gets the monthly pack by e-mail (deliver): customer (* for internal), "
                                          "e-mail, role (executive: the one-page PDF; client: that customer's "
                                          "workbook and PDF) and language (en or nl).",
                                    "nl": "Wie het maandpakket per e-mail krijgt (deliver): klant (* voor intern), "
                                          "e-mailadres, rol (executive: de pdf van één pagina; client: de werkmap "
                                          "en pdf van die klant) en taal (en of nl)."},
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
    "data.preset.zendesk_explore": {"en": "Zendesk Explore report", "nl": "Zendesk Explore-rapport"},
    "data.preset.glpi": {"en": "GLPI ticket list", "nl": "GLPI-ticketlijst"},
    "data.preset.uptime_kuma": {"en": "Uptime Kuma heartbeats", "nl": "Uptime Kuma-hartslagen"},
    "data.preset.qualtrics": {"en": "Qualtrics survey responses", "nl": "Qualtrics-enquêteantwoorden"},
    "data.preset.surveymonkey": {"en": "SurveyMonkey responses", "nl": "SurveyMonkey-antwoorden"},
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
    "data.field.agent": {"en": "Agent (assignee)", "nl": "Behandelaar"},
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
    "data.field.resolution_minutes": {"en": "Resolved after (minutes)", "nl": "Opgelost na (minuten)"},
    "data.field.resolution_hours": {"en": "Resolved after (hours)", "nl": "Opgelost na (uren)"},
    "data.field.first_response_business_minutes": {
        "en": "First response after (business minutes, by the helpdesk)",
        "nl": "Eerste reactie na (werkminuten, volgens de helpdesk)"},
    "data.field.resolution_business_minutes": {"en": "Resolved after (business minutes, by the helpdesk)",
                                               "nl": "Opgelost na (werkminuten, volgens de helpdesk)"},
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
    "data.cfg.email": {"en": "E-mail", "nl": "E-mailadres"},
    "data.cfg.email.help": {"en": "Where the monthly summary is sent.", "nl": "Waar de maandelijkse samenvatting "
                                                                            "naartoe gaat."},
    "data.cfg.role": {"en": "Role", "nl": "Rol"},
    "data.cfg.role.help": {"en": "executive: the one-page PDF of all customers; client: the customer's own Excel "
                                 "report and PDF.",
                           "nl": "executive: de pdf van één pagina over alle klanten; client: het eigen "
                                 "Excel-rapport en de pdf van de klant."},
    "data.cfg.language": {"en": "Language", "nl": "Taal"},
    "data.cfg.language.help": {"en": "en or nl (empty: en).", "nl": "en of nl (leeg: en)."},
    "data.cfg.source": {"en": "Source", "nl": "Bron"},
    "data.cfg.source.help": {"en": "The helpdesk the tickets came from, as the Data page lists it: zendesk, jira, "
                                   "freshdesk, servicenow, csv, ...",
                             "nl": "De helpdesk waar de tickets vandaan komen, zoals de pagina Gegevens die noemt: "
                                   "zendesk, jira, freshdesk, servicenow, csv, ..."},
    "data.cfg.ticket_url": {"en": "Ticket address", "nl": "Adres van een ticket"},
    "data.cfg.ticket_url.help": {"en": "e.g. https://acme.zendesk.com/agent/tickets/{ticket_id}, "
                                       "https://acme.atlassian.net/browse/{ticket_id}, "
                                       "https://acme.freshdesk.com/a/tickets/{ticket_id} or "
                                       "https://acme.service-now.com/nav_to.do?uri=incident.do?sysparm_query=number="
                                       "{ticket_id}",
                                 "nl": "bv. https://acme.zendesk.com/agent/tickets/{ticket_id}, "
                                       "https://acme.atlassian.net/browse/{ticket_id}, "
                                       "https://acme.freshdesk.com/a/tickets/{ticket_id} of "
                                       "https://acme.service-now.com/nav_to.do?uri=incident.do?sysparm_query=number="
                                       "{ticket_id}"},
    "data.cfg.client_reports": {"en": "In client workbooks", "nl": "In werkmappen voor klanten"},
    "data.cfg.client_reports.help": {"en": "yes: client workbooks link ticket numbers too (only when the client can "
                                           "open them, e.g. in a customer portal); empty or no: only the dashboard.",
                                     "nl": "yes: ook de werkmappen voor klanten linken de ticketnummers (alleen als "
                                           "de klant ze kan openen, bv. in een klantportaal); leeg of no: alleen het "
                                           "dashboard."},
}
