"""The texts of the executive one-page PDF (English, Nederlands); tile labels and table headers come from the
overview texts and the KPI registry."""

TEXT: dict[str, dict[str, str]] = {
    "pdf.title": {"en": "SLA summary, {month}", "nl": "SLA-samenvatting, {month}"},
    "pdf.scope_all": {"en": "All customers", "nl": "Alle klanten"},
    "pdf.vs": {"en": "{change} vs {month}", "nl": "{change} t.o.v. {month}"},
    "pdf.no_change": {"en": "same as {month}", "nl": "gelijk aan {month}"},
    "pdf.coverage": {"en": "Data coverage: {tickets} ticket clocks decided, {answers} survey answers in {month}. "
                           "Generated {moment}. Data version: {state}.",
                     "nl": "Datadekking: {tickets} besliste ticketklokken, {answers} enquêteantwoorden in {month}. "
                           "Gemaakt op {moment}. Gegevensversie: {state}."},
    "pdf.verdict.met": {"en": "Met", "nl": "Gehaald"},
    "pdf.verdict.missed": {"en": "Missed", "nl": "Niet gehaald"},
    "pdf.verdict.on_track": {"en": "On track", "nl": "Op koers"},
    "pdf.verdict.at_risk": {"en": "At risk", "nl": "Risico"},
    "pdf.more": {"en": "… and {n} more", "nl": "… en nog {n}"},
    "pdf.download": {"en": "One-page PDF", "nl": "Pdf van één pagina"},
    "pdf.download_help": {"en": "This overview on one A4 page, to forward to management or to the customer shown.",
                          "nl": "Dit overzicht op één A4-pagina, om door te sturen naar de directie of naar de "
                                "getoonde klant."},
    "pdf.file": {"en": "sla-summary-{month}.pdf", "nl": "sla-samenvatting-{month}.pdf"},
    "pdf.empty": {"en": "No data for this selection.", "nl": "Geen gegevens voor deze selectie."},
}
