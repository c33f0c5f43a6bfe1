"""The trends texts (English, Nederlands)."""

TEXT: dict[str, dict[str, str]] = {
    "trends.title": {"en": "KPI trends", "nl": "KPI-trends"},
    "trends.kpis": {"en": "KPIs", "nl": "KPI's"},
    "trends.grain": {"en": "Per", "nl": "Per"},
    "trends.grain.month": {"en": "Month", "nl": "Maand"},
    "trends.grain.week": {"en": "Week", "nl": "Week"},
    "trends.split": {"en": "Split by", "nl": "Uitsplitsen naar"},
    "trends.split.none": {"en": "Nothing", "nl": "Niets"},
    "trends.split.customer": {"en": "Customer", "nl": "Klant"},
    "trends.split.service": {"en": "Service", "nl": "Dienst"},
    "trends.split.priority": {"en": "Priority", "nl": "Prioriteit"},
    "trends.split.team": {"en": "Team", "nl": "Team"},
    "trends.split.agent": {"en": "Agent", "nl": "Behandelaar"},
    "trends.split.channel": {"en": "Channel", "nl": "Kanaal"},
    "trends.split.help": {"en": "Team, agent and channel come from the ticket exports that carry them (for CSAT: of "
                                "the ticket an answer is about). More than 24 values: the 23 biggest and one line "
                                "for the rest.",
                          "nl": "Team, behandelaar en kanaal komen uit de ticketexports die ze bevatten (voor CSAT: "
                                "van het ticket waar een antwoord over gaat). Meer dan 24 waarden: de 23 grootste "
                                "en één lijn voor de rest."},
    "trends.open.breaches": {"en": "The breaches of {kpi} in {when}", "nl": "De overschrijdingen van {kpi} in {when}"},
    "trends.open.availability": {"en": "Availability and incidents in {when}",
                                 "nl": "Beschikbaarheid en storingen in {when}"},
    "trends.open.feedback": {"en": "The answers of {when}", "nl": "De antwoorden van {when}"},
    "trends.range": {"en": "Months", "nl": "Maanden"},
    "trends.pick": {"en": "Pick at least one KPI.", "nl": "Kies minstens één KPI."},
    "trends.no_rows": {"en": "No figures for {kpi} in this selection.",
                       "nl": "Geen cijfers voor {kpi} in deze selectie."},
    "trends.not_split": {"en": "{kpi} cannot be split by {split}: shown for the whole selection.",
                         "nl": "{kpi} is niet uit te splitsen naar {split}: getoond voor de hele selectie."},
    "trends.not_filtered": {"en": "The {filters} filter does not apply to {kpi}.",
                            "nl": "Het filter op {filters} geldt niet voor {kpi}."},
    "trends.hover.met": {"en": "Met", "nl": "Gehaald"},
    "trends.hover.decided": {"en": "Decided (met + breached)", "nl": "Beslist (gehaald + overschreden)"},
    "trends.hover.satisfied": {"en": "Satisfied (4-5)", "nl": "Tevreden (4-5)"},
    "trends.hover.promoters": {"en": "Promoters (9-10)", "nl": "Promoters (9-10)"},
    "trends.hover.responses": {"en": "Responses", "nl": "Antwoorden"},
    "trends.hover.downtime": {"en": "Downtime (min)", "nl": "Downtime (min)"},
    "trends.hover.measured": {"en": "Measured time (min)", "nl": "Meetbare tijd (min)"},
    "trends.week_of": {"en": "Week of {day}", "nl": "Week van {day}"},
    "trends.other": {"en": "Other", "nl": "Overige"},
}
