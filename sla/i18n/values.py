"""Stored values shown in the user's language: priorities, ticket statuses and the delivery log's words.

The importer stores a localized priority or status (`Hoog`, `Alta`, `Opgelost`) as the system's English code
(sla/imports/languages/*.toml), so one policy fits every UI language. A page or file shows the code through
`sla.i18n.value(kind, code, lang)`: the word of this table in that language, case-insensitively and with the
code's capital kept; a code the table does not know (a help desk's own priority, `P1 - Critical`) stays as it is.
"""

VALUES: dict[str, dict[str, dict[str, str]]] = {
    # every priority code the importer stores (the right-hand sides of [*.values.priority] of each language)
    "priority": {
        "urgent": {"nl": "spoed"},
        "highest": {"nl": "hoogste"},
        "high": {"nl": "hoog"},
        "medium": {"nl": "gemiddeld"},
        "normal": {"nl": "normaal"},
        "low": {"nl": "laag"},
        "lowest": {"nl": "laagste"},
    },
    # every ticket status code the importer stores ([*.values.status]); the Dutch of nl.toml's own left-hand sides
    "status": {
        "new": {"nl": "nieuw"},
        "open": {"nl": "open"},
        "pending": {"nl": "in afwachting"},
        "hold": {"nl": "in de wacht"},
        "solved": {"nl": "opgelost"},
        "resolved": {"nl": "opgelost"},
        "closed": {"nl": "gesloten"},
    },
    # the delivery log (sla.outputs.delivery): a message's status, the recipient's role and language, why it was
    # (re)sent
    "delivery_status": {"sent": {"nl": "verstuurd"}, "failed": {"nl": "mislukt"}},
    "role": {"executive": {"nl": "directie"}, "client": {"nl": "klant"}},
    "language": {"en": {"en": "English", "nl": "Engels"}, "nl": {"en": "Dutch", "nl": "Nederlands"}},
    "delivery_reason": {
        "new": {"nl": "nieuw"},
        "failed before": {"nl": "eerder mislukt"},
        "resend": {"nl": "opnieuw verstuurd op verzoek"},
        "data changed": {"nl": "gegevens gewijzigd"},
        "already sent": {"nl": "al verstuurd"},
    },
}


def value(kind: str, code: object, lang: str = "en") -> object:
    """A stored code (`urgent`, `High`) in the language (`spoed`, `Hoog`); unknown codes and non-text as given."""
    if not isinstance(code, str):
        return code
    word = VALUES[kind].get(code.strip().lower(), {}).get(lang)
    if word is None:
        return code
    return word[:1].upper() + word[1:] if code[:1].isupper() else word
