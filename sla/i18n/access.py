"""Sign-in texts: the sign-in and no-access pages, and who is signed in, in the sidebar (English, Nederlands)."""

TEXT: dict[str, dict[str, str]] = {
    "access.local": {"en": "Local mode: no sign-in", "nl": "Lokale modus: geen aanmelding"},
    "access.local.help": {"en": "Anyone who reaches this address may read and change everything, and the audit "
                                "trail names the computer's user. To serve a team, configure sign-in: see "
                                "'Serving a team' in the README.",
                          "nl": "Iedereen die dit adres bereikt, mag alles lezen en wijzigen, en het "
                                "controlespoor noemt de gebruiker van de computer. Om een team te bedienen, stelt u "
                                "aanmelden in: zie 'Serving a team' in de README."},
    "access.signed_in": {"en": "Signed in as **{email}**", "nl": "Aangemeld als **{email}**"},
    "access.scope": {"en": "{role} · {customers}", "nl": "{role} · {customers}"},
    "access.all": {"en": "all customers", "nl": "alle klanten"},
    "access.role.viewer": {"en": "Viewer", "nl": "Lezer"},
    "access.role.editor": {"en": "Editor", "nl": "Bewerker"},
    "access.role.admin": {"en": "Admin", "nl": "Beheerder"},
    "access.sign_out": {"en": "Sign out", "nl": "Afmelden"},
    "access.sign_in.title": {"en": "Sign in", "nl": "Aanmelden"},
    "access.sign_in.text": {"en": "This dashboard shows service levels to the team and its clients. Sign in with "
                                  "your work account; what you see and may change depends on your role.",
                            "nl": "Dit dashboard toont de serviceniveaus aan het team en zijn klanten. Meld u aan "
                                  "met uw werkaccount; wat u ziet en mag wijzigen hangt af van uw rol."},
    "access.sign_in.button": {"en": "Sign in", "nl": "Aanmelden"},
    "access.denied.title": {"en": "No access", "nl": "Geen toegang"},
    "access.denied.text": {"en": "You are signed in as {email}, but that address has no access to this dashboard. "
                                 "Ask an admin to add it to the users sheet of the configuration.",
                           "nl": "U bent aangemeld als {email}, maar dat adres heeft geen toegang tot dit "
                                 "dashboard. Vraag een beheerder het toe te voegen aan het werkblad users van de "
                                 "contractafspraken."},
    "access.read_only": {"en": "Your role ({role}) may read this page, not change it.",
                         "nl": "Uw rol ({role}) mag deze pagina lezen, niet wijzigen."},
}
