"""The navigation and shared filters texts (English, Nederlands)."""

TEXT: dict[str, dict[str, str]] = {
    "app.title": {"en": "SLA dashboard", "nl": "SLA-dashboard"},
    "data_state.label": {"en": "{imports} imports (last {last}), configuration version {config}, {exclusions} "
                               "exclusion changes; fingerprint {fingerprint}",
                         "nl": "{imports} imports (laatste {last}), contractversie {config}, {exclusions} "
                               "wijzigingen in uitsluitingen; vingerafdruk {fingerprint}"},
    "data_state.title": {"en": "Data version", "nl": "Gegevensversie"},
    "period.as_of": {"en": "Figures as of", "nl": "Cijfers per"},
    "calendar.always": {"en": "around the clock", "nl": "24/7"},
    "calendar.days": {"en": "Mon Tue Wed Thu Fri Sat Sun", "nl": "ma di wo do vr za zo"},
    "calendar.holidays": {"en": "{hours}, not on public holidays ({code})",
                          "nl": "{hours}, niet op feestdagen ({code})"},
    "filter.in_progress": {"en": ":material/schedule: In progress, to {day} ({days} of {of} days)",
                           "nl": ":material/schedule: Lopend, t/m {day} ({days} van {of} dagen)"},
    "filter.in_progress_help": {"en": "This month has not ended: its targets read on track or at risk, never met, "
                                      "and its counts are not compared with a whole month.",
                                "nl": "Deze maand is nog niet voorbij: normen staan op koers of risico, nooit "
                                      "gehaald, en aantallen worden niet vergeleken met een hele maand."},
    "period.in_progress": {"en": "{month} (in progress, to {day})", "nl": "{month} (lopend, t/m {day})"},
    "nav.overview": {"en": "Overview", "nl": "Overzicht"},
    "nav.trends": {"en": "KPI trends", "nl": "KPI-trends"},
    "nav.breaches": {"en": "Breaches", "nl": "Overschrijdingen"},
    "nav.availability": {"en": "Availability", "nl": "Beschikbaarheid"},
    "nav.feedback": {"en": "Customer feedback", "nl": "Klantfeedback"},
    "nav.reports": {"en": "Reports", "nl": "Rapportages"},
    "nav.scorecard": {"en": "Scorecard", "nl": "Scorecard"},
    "nav.data": {"en": "Data", "nl": "Gegevens"},
    "filter.language": {"en": "Language", "nl": "Taal"},
    "filter.month": {"en": "Month", "nl": "Maand"},
    "filter.customer": {"en": "Customers", "nl": "Klanten"},
    "filter.service": {"en": "Services", "nl": "Diensten"},
    "filter.priority": {"en": "Priorities", "nl": "Prioriteiten"},
    "filter.all": {"en": "All", "nl": "Alle"},
    "filter.help": {"en": "Filters are part of the page address: bookmark or send it to share this view.",
                    "nl": "De filters staan in het adres van de pagina: bewaar of verstuur het om deze weergave "
                          "te delen."},
    "empty.no_data": {"en": "No data yet. Upload ticket exports, monitoring checks or survey answers on the "
                            "Data page; the dashboard recognises the kind of export from its columns.",
                      "nl": "Nog geen gegevens. Upload ticketexports, monitoringmetingen of enquêteantwoorden op "
                            "de pagina Gegevens; het dashboard herkent het soort export aan de kolommen."},
    "empty.link": {"en": "Go to the Data page", "nl": "Naar de pagina Gegevens"},
    "empty.no_rows": {"en": "Nothing in this selection.", "nl": "Niets in deze selectie."},
    "common.target": {"en": "Target", "nl": "Norm"},
    "common.error": {"en": "Something went wrong while showing this page ({kind}). The details are in the "
                           "server log.",
                     "nl": "Er ging iets mis bij het tonen van deze pagina ({kind}). De details staan in het "
                           "serverlogboek."},
}
