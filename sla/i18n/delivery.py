"""The texts of the monthly e-mail delivery (English, Nederlands)."""

TEXT: dict[str, dict[str, str]] = {
    "delivery.subject.executive": {"en": "SLA summary {month}", "nl": "SLA-samenvatting {month}"},
    "delivery.subject.client": {"en": "SLA report {month}, {customer}", "nl": "SLA-rapportage {month}, {customer}"},
    "delivery.body.executive": {"en": "Attached: the SLA summary of {month} on one page.\n",
                                "nl": "Bijgevoegd: de SLA-samenvatting van {month} op één pagina.\n"},
    "delivery.body.client": {"en": "Attached: the SLA report of {month} for {customer}, as an Excel workbook with "
                                   "the details and a one-page PDF summary.\n",
                             "nl": "Bijgevoegd: de SLA-rapportage van {month} voor {customer}, als Excel-bestand "
                                   "met de details en een samenvatting van één pagina (pdf).\n"},
}
