"""The fixed texts of "Wat weten we over u?" (inzage, AVG art. 15), in plain Dutch (B1):
short sentences, no jargon; tests/reports/test_inzage_text.py checks that no sentence
has more than 15 words."""

from __future__ import annotations

from wijkteam_desk.i18n import msg

TEXT = {
    "title": msg("Wat weten we over u?"),
    "intro": msg("U wilt weten welke gegevens het wijkteam over u heeft. Dat mag altijd. "
                 "Dit heet inzage. In dit overzicht staat alles wat wij over uw huishouden "
                 "hebben opgeschreven."),
    "json": msg("Bij dit overzicht hoort een tweede bestand. Het heet {0}. Daarin staan "
                "dezelfde gegevens, zodat een computer ze kan lezen. U mag dat bestand "
                "bewaren of aan iemand anders geven."),
    "questions": msg("Klopt er iets niet? Of hebt u een vraag? Neem dan contact op met uw "
                     "regievoerder."),
    "household": msg("Uw huishouden"),
    "members": msg("Wie horen bij uw huishouden"),
    "members_intro": msg("Dit zijn de mensen die bij uw huishouden horen. Het BSN is het "
                         "burgerservicenummer."),
    "helpers": msg("Wie helpen u"),
    "regievoerder": msg("Uw regievoerder is {0}. Die houdt het overzicht en is uw vaste "
                        "contactpersoon."),
    "no_regievoerder": msg("U hebt nog geen vaste regievoerder."),
    "colleagues": msg("Deze collega's van het wijkteam werken ook mee:"),
    "partners": msg("Deze mensen en organisaties zijn ook betrokken:"),
    "signals": msg("Hoe u bij ons kwam"),
    "signals_intro": msg("Iemand meldde zich bij ons over uw huishouden. Dat kunt u zelf "
                         "zijn geweest, of iemand anders."),
    "contacts": msg("Onze gesprekken en contacten"),
    "contacts_intro": msg("Na elk gesprek schrijven we kort op wat we bespraken. Hier staat "
                          "alles wat we opschreven."),
    "no_report": msg("Er is geen verslag geschreven."),
    "visits": msg("Uw bezoeken aan de inloop"),
    "consents": msg("Uw toestemming"),
    "consents_intro": msg("U gaf toestemming of u trok die in. Dit hebben we opgeschreven."),
    "plan": msg("Uw plan"),
    "plan_intro": msg("In uw plan staat wat u wilt bereiken en wie wat doet."),
    "domains": msg("Hoe gaat het per onderwerp"),
    "domains_intro": msg("Per onderwerp staat hier een cijfer van 1 tot 5. Een 1 betekent "
                         "grote zorgen. Een 5 betekent dat het goed gaat."),
    "notes": msg("Aantekeningen bij uw plan"),
    "referrals": msg("Doorverwijzingen en wat we deelden"),
    "referrals_intro": msg("Soms helpt een andere organisatie u verder. Dan verwijzen we u "
                           "door."),
    "shared": msg("We gaven uw gegevens door aan {0}."),
    "not_shared": msg("We gaven nog geen gegevens door."),
    "gaps": msg("Hulp die er niet was"),
    "gaps_intro": msg("Soms was er geen passende hulp. Dat schreven we op, zodat de gemeente "
                      "het weet."),
    "budget": msg("Doorpakbudget"),
    "budget_intro": msg("Het wijkteam kan soms snel iets betalen om een probleem op te "
                        "lossen. Dit vroegen we voor u aan."),
    "log": msg("Wie heeft uw dossier bekeken"),
    "log_intro": msg("Elke keer dat iemand uw dossier opent of verandert, schrijven we dat "
                     "op. U ziet hier wanneer dat was en welke functie die persoon had."),
    "rights": msg("Uw rechten"),
    "right_correct": msg("Klopt er iets niet? Dan mag u vragen om het te verbeteren."),
    "right_delete": msg("Wilt u dat we gegevens weggooien? Dan mag u dat vragen. Soms moeten "
                        "we gegevens wel bewaren. Dan leggen we uit waarom."),
    "right_object": msg("Bent u het niet eens met wat we met uw gegevens doen? Dan mag u "
                        "bezwaar maken."),
    "right_complaint": msg("Krijgt u geen goed antwoord? Dan mag u een klacht indienen bij "
                           "de Autoriteit Persoonsgegevens."),
    "right_how": msg("Wilt u iets vragen of regelen? Vertel het uw regievoerder of schrijf "
                     "ons een brief. U krijgt binnen een maand antwoord."),
    "retention": msg("Hoe lang bewaren we uw gegevens"),
    "retention_text": msg("We bewaren uw gegevens zolang we u helpen. Daarna bewaren we ze "
                          "nog {0} jaar. Dan vernietigen we ze."),
    "retention_closed": msg("Uw dossier is gesloten op {0}. We vernietigen het vanaf {1}."),
    "empty": msg("Hierover hebben we niets opgeschreven."),
    "printed": msg("Gemaakt op {0}."),
}

# What an entry of the logboek means, for the resident. Unknown actions fall back on the
# verb: a print or export, a change, or a look.
ACTIONS = {
    "households.open": msg("dossier bekeken"),
    "households.open_with_reason": msg("dossier bekeken met een reden"),
    "households.reveal_bsn": msg("BSN bekeken"),
    "households.print_summary": msg("overzicht afgedrukt"),
    "households.export_inzage": msg("dit inzage-overzicht gemaakt"),
    "households.create": msg("dossier aangemaakt"),
    "plans.open": msg("plan bekeken"),
    "plans.print": msg("plan afgedrukt"),
    "contacts.add": msg("gesprek opgeschreven"),
    "consent.record": msg("toestemming opgeschreven"),
    "referrals.create": msg("doorverwijzing gemaakt"),
    "budget.request": msg("doorpakbudget aangevraagd"),
    "budget.decide": msg("besluit over doorpakbudget"),
}
# actions whose reason a person typed in (the others hold technical notes)
STATED_REASON = frozenset({"households.open_with_reason", "households.reveal_bsn",
                           "plans.open", "households.print_summary",
                           "households.export_inzage"})


def action_text(action: str) -> str:
    if action in ACTIONS:
        return ACTIONS[action]
    verb = action.rsplit(".", 1)[-1]
    if "print" in verb or "export" in verb:
        return msg("gegevens afgedrukt")
    if verb.startswith(("open", "list", "get", "compare", "signals", "overdue")):
        return msg("gegevens bekeken")
    return msg("gegevens vastgelegd of veranderd")


def shown_reason(action: str, reason: str) -> str:
    """The reason a person typed for ``action``; technical notes (file names, kinds of
    print) are not shown."""
    if action not in STATED_REASON:
        return ""
    if action in ("households.print_summary", "households.export_inzage"):
        return reason.rsplit("; ", 1)[0] if "; " in reason else ""
    return reason
