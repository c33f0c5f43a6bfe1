"""The feedback texts (English, Nederlands)."""

TEXT: dict[str, dict[str, str]] = {
    "feedback.empty": {"en": "No survey answers yet. Upload a ticket export with satisfaction ratings (Zendesk, "
                             "Freshdesk) or a CSAT or NPS survey export on the Data page.",
                       "nl": "Nog geen enquêteantwoorden. Upload een ticketexport met tevredenheidsscores (Zendesk, "
                             "Freshdesk) of een export van een CSAT- of NPS-enquête op de pagina Gegevens."},
    "feedback.responses": {"en": "Responses", "nl": "Antwoorden"},
    "feedback.responses_help": {"en": "Answered surveys (CSAT and NPS) submitted in the month; unanswered surveys "
                                      "do not count.",
                                "nl": "Beantwoorde enquêtes (CSAT en NPS) die in de maand zijn ingevuld; niet "
                                      "beantwoorde enquêtes tellen niet mee."},
    "feedback.pp": {"en": "{value} pp", "nl": "{value} %-punt"},
    "feedback.vs": {"en": "vs {month}", "nl": "t.o.v. {month}"},
    "feedback.trend": {"en": "CSAT and NPS over 12 months", "nl": "CSAT en NPS over 12 maanden"},
    "feedback.no_trend": {"en": "No survey answers in the 12 months up to {month} for this selection.",
                          "nl": "Geen enquêteantwoorden in de 12 maanden tot en met {month} in deze selectie."},
    "feedback.sla": {"en": "Satisfaction when the SLA was breached vs met",
                     "nl": "Klanttevredenheid bij overschreden en gehaalde SLA"},
    "feedback.sla_caption": {"en": "Satisfaction answers submitted in {month} on tickets, by the ticket's SLA "
                                   "outcome. Breached: the first response or the resolution came too late "
                                   "(excluded breaches not counted). Met: every target decided so far was met.",
                             "nl": "Tevredenheidsantwoorden op tickets, ingevuld in {month}, naar de uitkomst "
                                   "van het ticket. Overschreden: de eerste reactie of de oplossing kwam te laat "
                                   "(uitgesloten overschrijdingen tellen niet mee). Gehaald: elke norm die al "
                                   "beslist is, is gehaald."},
    "feedback.sla_met": {"en": "CSAT, SLA met", "nl": "CSAT, SLA gehaald"},
    "feedback.sla_breached": {"en": "CSAT, SLA breached", "nl": "CSAT, SLA overschreden"},
    "feedback.sla_vs": {"en": "vs SLA met", "nl": "t.o.v. SLA gehaald"},
    "feedback.sla_responses": {"en": "{n} responses", "nl": "{n} antwoorden"},
    "feedback.sla_none": {"en": "No satisfaction answers on tickets with a decided SLA in {month} for this "
                                "selection. Satisfaction ratings are linked to tickets by ticket number.",
                          "nl": "Geen tevredenheidsantwoorden op tickets met een beslist SLA in {month} in deze "
                                "selectie. Tevredenheidsscores worden via het ticketnummer aan tickets gekoppeld."},
    "feedback.distribution": {"en": "Score distribution", "nl": "Verdeling van de scores"},
    "feedback.csat_scores": {"en": "CSAT answers in {month}", "nl": "CSAT-antwoorden in {month}"},
    "feedback.nps_scores": {"en": "NPS answers in {month}", "nl": "NPS-antwoorden in {month}"},
    "feedback.no_scores": {"en": "No survey answers in {month} for this selection.",
                           "nl": "Geen enquêteantwoorden in {month} in deze selectie."},
    "feedback.band.detractor": {"en": "Detractors (0-6)", "nl": "Criticasters (0-6)"},
    "feedback.band.passive": {"en": "Passives (7-8)", "nl": "Neutralen (7-8)"},
    "feedback.band.promoter": {"en": "Promoters (9-10)", "nl": "Promotors (9-10)"},
    "feedback.band.satisfied": {"en": "Satisfied (4-5, Good)", "nl": "Tevreden (4-5, Goed)"},
    "feedback.band.dissatisfied": {"en": "Not satisfied (1-3, Bad)", "nl": "Niet tevreden (1-3, Slecht)"},
    "feedback.band_short.detractor": {"en": "Detractors", "nl": "Criticasters"},
    "feedback.band_short.passive": {"en": "Passives", "nl": "Neutralen"},
    "feedback.band_short.promoter": {"en": "Promoters", "nl": "Promotors"},
    "feedback.band_short.satisfied": {"en": "Satisfied", "nl": "Tevreden"},
    "feedback.band_short.dissatisfied": {"en": "Not satisfied", "nl": "Niet tevreden"},
    "feedback.good": {"en": "Good", "nl": "Goed"},
    "feedback.bad": {"en": "Bad", "nl": "Slecht"},
    "feedback.comments": {"en": "Comments", "nl": "Opmerkingen"},
    "feedback.search": {"en": "Search the comments", "nl": "Zoek in de opmerkingen"},
    "feedback.search_help": {"en": "Shows the comments that contain this text; upper and lower case do not "
                                   "matter.",
                             "nl": "Toont de opmerkingen waarin deze tekst voorkomt; hoofdletters maken niet uit."},
    "feedback.search_placeholder": {"en": "e.g. webshop", "nl": "bijv. webshop"},
    "feedback.comment_count": {"en": "{n} comments in {month}", "nl": "{n} opmerkingen in {month}"},
    "feedback.comment_found": {"en": "{n} comments in {month} contain “{q}”",
                               "nl": "{n} opmerkingen in {month} bevatten ‘{q}’"},
    "feedback.col.submitted": {"en": "Submitted", "nl": "Ingevuld"},
    "feedback.col.customer": {"en": "Customer", "nl": "Klant"},
    "feedback.col.kind": {"en": "Survey", "nl": "Enquête"},
    "feedback.col.score": {"en": "Score", "nl": "Score"},
    "feedback.col.comment": {"en": "Comment", "nl": "Opmerking"},
}
