"""Engine sentences in the user's language.

The engine writes its messages in English (import problems, reject reasons, configuration problems, delivery
failures), and the CLI, the logs and the tests read them so. A page or a file shows one through
`sla.i18n.message(text, lang)`: the English sentence is matched against the patterns below, and the sentence of
that language is written with the same parts. A {part} is any text unless PARTS gives it a shape or a
translation of its own (a part that is itself a sentence is translated in turn). When several patterns match,
the one with the most words of its own wins; a sentence no pattern matches is shown in English.

tests/test_messages.py finds every such sentence in the engine's code and fails when one has no Dutch here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from sla.i18n import data
from sla.i18n.values import value

MESSAGES: dict[str, dict[str, str]] = {
    # --- a file that cannot be read (sla.imports.readers) ---
    "{file}: file not found.": {"nl": "{file}: bestand niet gevonden."},
    "{file}: the file is empty.": {"nl": "{file}: het bestand is leeg."},
    "{file}: this is an old binary Excel .xls workbook (Excel 97-2003), which cannot be read; open it in Excel or "
    "LibreOffice, save it as .xlsx (or CSV) and import that.": {
        "nl": "{file}: dit is een oude binaire Excel-werkmap (.xls, Excel 97-2003), die niet te lezen is; open hem in "
              "Excel of LibreOffice, sla hem op als .xlsx (of CSV) en importeer dat bestand."},
    "{file}: this workbook is password-protected (encrypted) or an old .xls file; save it in Excel as .xlsx "
    "without a password, or as CSV, and upload it again.": {
        "nl": "{file}: deze werkmap is met een wachtwoord beveiligd (versleuteld) of een oud .xls-bestand; sla hem "
              "in Excel op als .xlsx zonder wachtwoord, of als CSV, en upload hem opnieuw."},
    "{file}: this is not a CSV or XLSX file (it contains binary data).": {
        "nl": "{file}: dit is geen CSV- of XLSX-bestand (het bevat binaire gegevens)."},
    "{file}: could not find columns in the first line; expected a header row separated by comma, semicolon, tab "
    "or |.": {"nl": "{file}: geen kolommen gevonden in de eerste regel; verwacht werd een kopregel met kolommen "
                    "gescheiden door komma, puntkomma, tab of |."},
    "{file}: the workbook has no sheet with cells.": {"nl": "{file}: de werkmap heeft geen werkblad met cellen."},
    "{file}: there is no sheet {sheet}; sheets: {sheets}.": {
        "nl": "{file}: er is geen werkblad {sheet}; werkbladen: {sheets}."},
    "{file}: the sheet {sheet} of the workbook is empty.": {
        "nl": "{file}: het werkblad {sheet} van de werkmap is leeg."},
    "{file}: this is a zip file, not an Excel .xlsx workbook or CSV file.": {
        "nl": "{file}: dit is een zipbestand, geen Excel-werkmap (.xlsx) of CSV-bestand."},
    "{file}: this is not a CSV or XLSX file (damaged zip/xlsx).": {
        "nl": "{file}: dit is geen CSV- of XLSX-bestand (beschadigde zip/xlsx)."},
    "{file}: the workbook could not be read ({error}).": {
        "nl": "{file}: de werkmap kon niet worden gelezen ({error})."},
    "{file}: the Excel 2003 XML workbook could not be read ({error}).": {
        "nl": "{file}: de Excel 2003 XML-werkmap kon niet worden gelezen ({error})."},
    "{file}: this SQLite database is not an Uptime Kuma database (kuma.db): it has no heartbeat and monitor "
    "tables.": {"nl": "{file}: deze SQLite-database is geen Uptime Kuma-database (kuma.db): de tabellen heartbeat "
                      "en monitor ontbreken."},
    "{file}: the SQLite database could not be read ({error}).": {
        "nl": "{file}: de SQLite-database kon niet worden gelezen ({error})."},
    "{file}: the file has a header row but no data rows.": {
        "nl": "{file}: het bestand heeft een kopregel, maar geen rijen met gegevens."},
    "{file}: the file could not be read as CSV ({error}).": {
        "nl": "{file}: het bestand kon niet als CSV worden gelezen ({error})."},

    # --- the kind, layout and columns of a file (sla.imports.ingest, layout) ---
    "{file}: could not tell what kind of export this is from its columns ({columns}){nearest}; choose the kind "
    "and map the columns.": {"nl": "{file}: uit de kolommen ({columns}) is niet op te maken wat voor export dit "
                                   "is{nearest}; kies de soort en koppel de kolommen."},
    ". The nearest layout is {preset} ({label}): it found {found} but lacks {lacks}": {
        "nl": ". De indeling die er het dichtst bij komt is {preset}: die vond {found}, maar mist {lacks}"},
    "nothing required": {"nl": "niets verplichts"},
    "{field} (looked for: {names})": {"nl": "{field} (gezocht naar: {names})"},
    "{file}: missing required column(s) for {kind}: {lacks}{nearest}. Map them with --map FIELD=COLUMN (columns "
    "in the file: {columns}).": {
        "nl": "{file}: verplichte kolom(men) voor {kind} ontbreken: {lacks}{nearest}. Koppel ze met --map "
              "FIELD=COLUMN (kolommen in het bestand: {columns})."},
    "{file}: column {header} (mapped to {field}) is not in the file; columns: {columns}.": {
        "nl": "{file}: kolom {header} (gekoppeld aan {field}) staat niet in het bestand; kolommen: {columns}."},
    "--map {code}=...: {kind} have no field {name}; fields: {fields}.": {
        "nl": "--map {code}=...: {kind} hebben geen veld {name}; velden: {fields}."},
    "--map {item}: expected FIELD=COLUMN, e.g. created_at=\"Opened on\".": {
        "nl": "--map {item}: verwacht FIELD=COLUMN, bijvoorbeeld created_at=\"Opened on\"."},
    "unknown kind {code}; expected one of {codes}.": {"nl": "onbekende soort {code}; verwacht een van {codes}."},
    "unknown preset {code}; known: {codes}.": {"nl": "onbekende indeling {code}; bekend zijn: {codes}."},
    "--source-calendar {calendar} is not a calendar of the configuration; known: {calendars}.": {
        "nl": "--source-calendar {calendar} is geen kalender van de configuratie; bekend zijn: {calendars}."},
    "preset {preset} is for {kind}, not {kind2}.": {"nl": "de indeling {preset} is voor {kind}, niet voor {kind2}."},
    "unknown time zone {zone} (use a name like Europe/Amsterdam or UTC).": {
        "nl": "onbekende tijdzone {zone} (gebruik een naam als Europe/Amsterdam of UTC)."},
    "there is no batch {batch}; see `batches` for the list.": {
        "nl": "er is geen import {batch}; `batches` toont de lijst."},

    # --- why a row was rejected or left out (sla.imports.ingest, readers, queries/imports/rules_*.sql) ---
    "not a number": {"nl": "geen getal"},
    "not a duration (expected a number of minutes or hours, or h:mm:ss)": {
        "nl": "geen duur (verwacht een aantal minuten of uren, of u:mm:ss)"},
    "not an SLA outcome (expected met/breached, true/false or a remaining time like -1:23)": {
        "nl": "geen SLA-uitkomst (verwacht met/breached, true/false of een resterende tijd zoals -1:23)"},
    "not a monitor status (expected up/down, true/false or an HTTP status code)": {
        "nl": "geen monitorstatus (verwacht up/down, true/false of een HTTP-statuscode)"},
    "not a satisfaction score (expected a number, good, bad or offered)": {
        "nl": "geen tevredenheidsscore (verwacht een getal, good, bad of offered)"},
    "not a date/time like the rest of this column (e.g. {example})": {
        "nl": "geen datum/tijd zoals de rest van deze kolom (bijvoorbeeld {example})"},
    "date out of range (expected 1990 to 2099)": {"nl": "datum buiten bereik (verwacht 1990 tot en met 2099)"},
    "a totals row, not data": {"nl": "een totaalrij, geen gegevens"},
    "a note under the table, not data": {"nl": "een notitie onder de tabel, geen gegevens"},
    "malformed row: {error}": {"nl": "onjuist opgebouwde rij: {error}"},
    # DuckDB's own reasons for a malformed CSV row (csv_rejects.error_message)
    "Expected Number of Columns: {expected} Found: {found}": {
        "nl": "verwacht aantal kolommen: {expected}, gevonden: {found}"},
    "Value with unterminated quote found.": {"nl": "waarde met een aanhalingsteken dat niet wordt gesloten."},
    "Invalid unicode (byte sequence mismatch) detected. This file is not utf-8 encoded.": {
        "nl": "ongeldige unicode (onjuiste bytereeks); dit bestand is niet in utf-8 gecodeerd."},
    "Maximum line size of {limit} bytes exceeded. Actual Size:{size} bytes.": {
        "nl": "maximale regellengte van {limit} bytes overschreden; werkelijke lengte: {size} bytes."},
    "missing ticket id": {"nl": "ticketnummer ontbreekt"},
    "missing created date/time": {"nl": "datum/tijd van aanmaken ontbreekt"},
    "resolved before created": {"nl": "opgelost vóór het aanmaken"},
    "first response before created": {"nl": "eerste reactie vóór het aanmaken"},
    "resolved before first response": {"nl": "opgelost vóór de eerste reactie"},
    "closed before created": {"nl": "gesloten vóór het aanmaken"},
    "negative first response time": {"nl": "negatieve tijd tot eerste reactie"},
    "first response time out of range (over 10 years)": {
        "nl": "tijd tot eerste reactie buiten bereik (meer dan 10 jaar)"},
    "negative resolution time": {"nl": "negatieve oplostijd"},
    "resolution time out of range (over 10 years)": {"nl": "oplostijd buiten bereik (meer dan 10 jaar)"},
    "satisfaction score out of range 1-5": {"nl": "tevredenheidsscore buiten bereik 1-5"},
    "dated after the import (created more than a day later than now)": {
        "nl": "gedateerd na de import (aangemaakt meer dan een dag na nu)"},
    "missing monitor/service name": {"nl": "naam van monitor/dienst ontbreekt"},
    "missing check time": {"nl": "tijd van de meting ontbreekt"},
    "negative response time": {"nl": "negatieve responstijd"},
    "dated after the import (checked more than a day later than now)": {
        "nl": "gedateerd na de import (gemeten meer dan een dag na nu)"},
    "missing start date/time": {"nl": "begindatum/-tijd ontbreekt"},
    "ended before it started": {"nl": "geëindigd voordat het begon"},
    "negative duration": {"nl": "negatieve duur"},
    "duration out of range (over 10 years)": {"nl": "duur buiten bereik (meer dan 10 jaar)"},
    "dated after the import (started more than a day later than now)": {
        "nl": "gedateerd na de import (begonnen meer dan een dag na nu)"},
    "missing submitted date/time": {"nl": "datum/tijd van het antwoord ontbreekt"},
    "missing score": {"nl": "score ontbreekt"},
    "unknown survey kind (expected csat or nps)": {"nl": "onbekend soort enquête (verwacht csat of nps)"},
    "CSAT score out of range 1-5": {"nl": "CSAT-score buiten bereik 1-5"},
    "NPS score out of range 0-10": {"nl": "NPS-score buiten bereik 0-10"},
    "dated after the import (submitted more than a day later than now)": {
        "nl": "gedateerd na de import (beantwoord meer dan een dag na nu)"},
    "missing service name": {"nl": "naam van de dienst ontbreekt"},
    "missing end date/time": {"nl": "einddatum/-tijd ontbreekt"},
    "ends before it starts": {"nl": "eindigt voordat het begint"},

    # --- the contract configuration (sla.contract.config, calendars); sheet and column names as in the workbook ---
    "{file}: expected an .xlsx workbook or a folder of CSV files.": {
        "nl": "{file}: verwacht een .xlsx-werkmap of een map met CSV-bestanden."},
    "{sheet} row {row}: {problem}": {"nl": "{sheet} rij {row}: {problem}"},
    "{sheet} rows {rows}: {problem}": {"nl": "{sheet} rijen {rows}: {problem}"},
    "{row} and {more}": {"nl": "{row} en {more}"},
    "{token} is empty": {"nl": "{token} is leeg"},
    "unknown metric {metric} (expected {metrics})": {"nl": "onbekende meting {metric} (verwacht {metrics})"},
    "unknown calendar {calendar}": {"nl": "onbekende kalender {calendar}"},
    "target_minutes must be a positive number for {metric}": {
        "nl": "target_minutes moet een positief getal zijn voor {metric}"},
    "target_value must be a number for throughput (the minimum volume)": {
        "nl": "target_value moet een getal zijn voor throughput (het minimale volume)"},
    "{token} must be a percentage between 0 and 100": {"nl": "{token} moet een percentage tussen 0 en 100 zijn"},
    "{token} {text} is not a date": {"nl": "{token} {text} is geen datum"},
    "effective_to {to} is before effective_from {start}": {"nl": "effective_to {to} ligt vóór effective_from {start}"},
    "both match the same tickets ({metric}, equally specific, overlapping dates); make one more specific": {
        "nl": "ze gelden allebei voor dezelfde tickets ({metric}, even specifiek, overlappende data); maak er één "
              "specifieker"},
    "overlapping tiers for {customer} below {below} %": {"nl": "overlappende staffels voor {customer} onder {below} %"},
    "monthly_fee must be a number of 0 or more": {"nl": "monthly_fee moet een getal van 0 of meer zijn"},
    "customers: {customer} is listed more than once": {"nl": "customers: {customer} staat er meer dan eens in"},
    "start and end must be date-times like 2026-10-04 02:00": {
        "nl": "start en end moeten een datum en tijd zijn zoals 2026-10-04 02:00"},
    "end is not after start": {"nl": "end ligt niet na start"},
    "{email} is not an e-mail address": {"nl": "{email} is geen e-mailadres"},
    "role must be executive or client": {"nl": "role moet executive of client zijn"},
    "language must be en or nl": {"nl": "language moet en of nl zijn"},
    "a client contact needs the customer whose report they get": {
        "nl": "een klantcontact heeft de klant nodig van wie hij de rapportage krijgt"},
    "ticket_url must start with http:// or https:// and hold {ticket_id}, e.g. {example}": {
        "nl": "ticket_url moet beginnen met http:// of https:// en {ticket_id} bevatten, bv. {example}"},
    "client_reports must be yes or no (empty: no)": {"nl": "client_reports moet yes of no zijn (leeg: no)"},
    "links: source {source} is listed more than once": {"nl": "links: bron {source} staat er meer dan eens in"},
    "{address} is not an e-mail address or *@domain": {"nl": "{address} is geen e-mailadres of *@domein"},
    "role must be viewer, editor or admin": {"nl": "role moet viewer, editor of admin zijn"},
    "customers is either * or a list of customers, not both": {
        "nl": "customers is * of een lijst van klanten, niet allebei"},
    "users: {address} is listed more than once": {"nl": "users: {address} staat er meer dan eens in"},
    "users: {address} would no longer be an admin who sees every customer; keep a row that makes you one": {
        "nl": "users: {address} zou geen beheerder meer zijn die alle klanten ziet; houd een rij die u dat maakt"},
    "calendar name is empty": {"nl": "de naam van de kalender is leeg"},
    "time zone is empty (use an IANA name like Europe/Amsterdam)": {
        "nl": "de tijdzone is leeg (gebruik een IANA-naam zoals Europe/Amsterdam)"},
    "unknown time zone {zone}": {"nl": "onbekende tijdzone {zone}"},
    "unknown holidays country {country}": {"nl": "onbekend land voor feestdagen {country}"},
    "unknown holidays subdivision {region} of {country}": {"nl": "onbekende regio {region} van {country} voor "
                                                                 "feestdagen"},
    "{day}: {problem}": {"nl": "{day}: {problem}"},
    "{token} is not a time range like 08:00-17:00": {"nl": "{token} is geen tijdvak zoals 08:00-17:00"},
    "{token} is not a time range between 00:00 and 24:00": {"nl": "{token} is geen tijdvak tussen 00:00 en 24:00"},
    "{token} ends before it starts": {"nl": "{token} eindigt voordat het begint"},
    "{start}-{end} and {start2}-{end2} overlap": {"nl": "{start}-{end} en {start2}-{end2} overlappen"},
    "no business hours on any day (mon..sun are all empty)": {
        "nl": "op geen enkele dag openingstijden (mon..sun zijn allemaal leeg)"},
    "closed_dates: {text} is not a date like 2024-12-24": {"nl": "closed_dates: {text} is geen datum zoals 2024-12-24"},
    "calendar names must be unique, got {names}": {"nl": "kalendernamen moeten uniek zijn, gevonden: {names}"},

    # --- who may see and do what (sla.store.scope, sla.contract.users) ---
    "not in your scope: {customers}": {"nl": "valt buiten uw toegang: {customers}"},
    "a {role} may not {action}: that needs the role {role2}": {
        "nl": "met de rol {role} mag u niet {action}; daarvoor is de rol {role2} nodig"},
    "only a user who sees every customer may {action}": {"nl": "alleen wie alle klanten ziet, mag {action}"},
    "exclude or include a breach": {"nl": "een overschrijding uitsluiten of weer meetellen"},
    "send a client's report now": {"nl": "de rapportage van een klant nu versturen"},
    "send every recipient's report": {"nl": "de rapportages van alle ontvangers versturen"},
    "import exports": {"nl": "exports importeren"},
    "adopt a contract draft": {"nl": "een conceptcontract overnemen"},
    "change the competitors' promises": {"nl": "de beloften van concurrenten wijzigen"},
    "undo an import": {"nl": "een import ongedaan maken"},
    "change the contract configuration": {"nl": "de contractafspraken wijzigen"},
    "see the imports and the contract configuration": {"nl": "de imports en de contractafspraken zien"},

    # --- the monthly delivery (sla.outputs.delivery) ---
    "set SLA_SMTP_HOST and SLA_SMTP_FROM (or the settings smtp_host and smtp_from), and SLA_SMTP_PORT, "
    "SLA_SMTP_TLS, SLA_SMTP_USER, SLA_SMTP_PASSWORD as your mail server needs": {
        "nl": "stel SLA_SMTP_HOST en SLA_SMTP_FROM in (of de instellingen smtp_host en smtp_from), en SLA_SMTP_PORT, "
              "SLA_SMTP_TLS, SLA_SMTP_USER en SLA_SMTP_PASSWORD zoals uw mailserver dat vraagt"},
    "SLA_SMTP_TLS must be starttls, ssl or none, not {text}": {
        "nl": "SLA_SMTP_TLS moet starttls, ssl of none zijn, niet {text}"},
    "Nothing to send for {period}: every recipient has it, and the data did not change since.": {
        "nl": "Niets te versturen voor {period}: elke ontvanger heeft het al, en de gegevens zijn sindsdien niet "
              "veranderd."},
    "{email}: sent ({reason}): {files}": {"nl": "{email}: verstuurd ({reason}): {files}"},
    "{email}: FAILED, {problem} (tried again next run) ({reason}): {files}": {
        "nl": "{email}: MISLUKT, {problem} (de volgende keer opnieuw geprobeerd) ({reason}): {files}"},
    "could not reach the mail server {server}: {error}": {"nl": "de mailserver {server} is niet bereikbaar: {error}"},
    "refused by the mail server: {code} {text}": {"nl": "geweigerd door de mailserver: {code} {text}"},
    "not sent: {error}": {"nl": "niet verstuurd: {error}"},
}


def _label(group: str) -> Callable[[str, str], str]:
    """A part that is a code with a label in the Data page's table (data.kind.tickets, data.field.created_at)."""
    def label(code: str, lang: str) -> str:
        return data.TEXT.get(f"data.{group}.{code}", {}).get(lang, code)
    return label


def _sentence(text: str, lang: str) -> str:
    return message(text, lang)


def _sentences(text: str, lang: str) -> str:
    return "; ".join(message(part, lang) for part in text.split("; "))


# A part's shape (a regular expression) and how it is translated, by its name without trailing digits.
# Without an entry a part is any text, shown as it is.
PARTS: dict[str, tuple[str, Callable[[str, str], str] | None]] = {
    "row": (r"\d+", None),
    "rows": (r"\d+(?: and \d+)+", _sentence),
    "day": ("mon|tue|wed|thu|fri|sat|sun", None),
    "more": (r"\d+(?: and \d+)*", _sentence),
    "token": (r"\S+", None),  # one word as written in the configuration: target_pct, an opening-hours range '8-17'
    "problem": (".+?", _sentence),
    "error": (".+?", _sentence),
    "nearest": (r"(?:\. The nearest layout .+)?", _sentence),  # the sentence below, or nothing
    "lacks": (".+?", _sentences),
    "kind": (".+?", _label("kind")),
    "field": (".+?", _label("field")),
    "preset": (".+?", _label("preset")),
    "reason": (".+?", lambda code, lang: value("delivery_reason", code, lang)),
    "action": (".+?", _sentence),  # what a role may not do: a phrase of sla.store.scope.ACTIONS
    "address": (r"'[^']*'|[^\s']*", None),  # an e-mail address of the users sheet, quoted where it has spaces
}
PART = re.compile(r"\{(\w+)\}")


def _spec(name: str) -> tuple[str, Callable[[str, str], str] | None]:
    return PARTS.get(name.rstrip("0123456789"), (".+?", None))


def _compile(english: str) -> re.Pattern:
    pieces = PART.split(english)  # literal, part, literal, part, ...
    return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>{_spec(p)[0]})"
                              for i, p in enumerate(pieces)), re.S)


# Most words of its own first: "{column} is empty" must not take "policies row 3: target_pct is empty" whole.
PATTERNS: list[tuple[re.Pattern, str]] = sorted(
    ((_compile(english), english) for english in MESSAGES), key=lambda p: -len(PART.sub("", p[1])))


def _part(name: str, text: str, lang: str) -> str:
    translate = _spec(name)[1]
    return translate(text, lang) if translate else text


@lru_cache(maxsize=4096)
def message(text: str, lang: str = "en") -> str:
    """An engine sentence in the language (English unchanged; a sentence without a pattern stays English)."""
    if lang == "en" or not isinstance(text, str) or not text:
        return text
    for pattern, english in PATTERNS:
        found = pattern.fullmatch(text)
        target = MESSAGES[english].get(lang)
        if found and target:
            return _fill(target, found.groupdict(), lang)
    return text


def _fill(target: str, parts: dict[str, str], lang: str) -> str:
    """The sentence of the language with the English sentence's parts, each translated as PARTS says."""
    return PART.sub(lambda m: _part(m.group(1), parts[m.group(1)], lang), target)
