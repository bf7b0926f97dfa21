"""The definition of every figure in the kwartaalrapportage, for its Toelichting sheet.

Keys are used by the layout; the texts are what the gemeente reads. 'In de periode' means
from the first to the last day of the reporting period, both included.
"""

from __future__ import annotations

CEILING = "8 uur per maand (het plafond van de basisondersteuning)"

DEFINITIONS: dict[str, tuple[str, str]] = {
    # key: (figure as named in the report, definition)
    "households_reached": (
        "Bereikte huishoudens",
        "Unieke huishoudens met in de periode minstens één contactmoment of een nieuw "
        "signaal. Een huishouden telt één keer, hoe vaak er ook contact was."),
    "persons_reached": (
        "Bereikte personen",
        "Het aantal gezinsleden van de bereikte huishoudens zoals geregistreerd op de "
        "laatste dag van de periode."),
    "subdomain_coverage": (
        "Nieuwe signalen met subdomein vastgelegd",
        "Het deel van de nieuwe signalen in de periode waarbij een subdomein (jeugd, Wmo, "
        "participatie of schulden) is vastgelegd. Zie het blad Subdomeinen."),
    "signals_by_source": (
        "Nieuwe signalen naar bron",
        "Aanmeldingen en signalen met een meldingsdatum in de periode, naar de bron "
        "(inloop, eigen waarneming, zelfmelder, derden, vroegsignalering schulden, "
        "laatsignalering gas/stroom)."),
    "signals_by_area": (
        "Nieuwe signalen naar wijk/dorp",
        "Dezelfde signalen, naar de wijk of het dorp van het huishouden waaraan het signaal "
        "is gekoppeld; 'Onbekend (nog geen huishouden)' voor signalen zonder huishouden."),
    "signals_by_outcome": (
        "Afhandeling van signalen",
        "De triage van de signalen uit de periode: advies/afgehandeld, voorliggende "
        "voorziening, (nieuw of bestaand) huishouden, of nog niet afgehandeld."),
    "inloop_visits": (
        "Bezoeken inloop",
        "Bezoeken aan het inloopspreekuur van de buurt- en dorpskamers en het kantoor in "
        "de periode (een volgnummer is één bezoek; anonieme bezoeken tellen mee)."),
    "inloop_breakdowns": (
        "Inloop naar locatie, dagdeel, onderwerp, uitkomst en maand",
        "Dezelfde bezoeken uitgesplitst. Dagdeel: ochtend vóór 12:00, middag 12:00–17:00, "
        "avond vanaf 17:00."),
    "inloop_times": (
        "Wacht- en gesprekstijd",
        "Wachttijd: van aanmelden tot de eerste keer opgeroepen, in minuten. Gesprekstijd: "
        "van het begin van het gesprek (of het oproepen) tot afgerond; wie vertrok heeft "
        "geen gesprekstijd. Mediaan en p90 over de bezoeken waarvoor de tijd bekend is. De "
        "bezoeken aan de locaties van het team."),
    "active_at_end": (
        "Actieve trajecten",
        "Huishoudens die op de laatste dag van de periode liepen: aangemeld op of vóór die "
        "dag, toen nog niet afgesloten, en verder gekomen dan alleen 'aangemeld' (nu "
        "actief, heropend of later afgesloten)."),
    "started": (
        "Gestarte trajecten",
        "Huishoudens met een startdatum (aanmelding) in de periode."),
    "closed": (
        "Afgesloten trajecten",
        "Afsluitingen in de periode volgens de statusgeschiedenis; een huishouden dat later "
        "weer is heropend, telt hier toch mee."),
    "reopened": (
        "Heropende trajecten",
        "Afgesloten huishoudens die in de periode weer actief werden: dezelfde werker "
        "pakt de vraag weer op."),
    "contact_hours": (
        "Contacturen",
        "De duur van alle contactmomenten in de periode, opgeteld per huishouden. Een "
        "contactmoment met twee werkers telt voor elke werker (inzet van de professionals)."),
    "hours_per_household": (
        "Contacturen per huishouden per maand",
        "Contacturen gedeeld door het aantal huishoudens met contact, gedeeld door het "
        "aantal maanden van de periode (een kwartaal = 3)."),
    "intensity_bands": (
        "Huishoudens naar intensiteit",
        "Huishoudens met contact naar hun gemiddelde contacturen per maand in de periode."),
    "above_ceiling": (
        "Huishoudens boven 8 uur/maand",
        f"Huishoudens met gemiddeld meer dan {CEILING} in de periode; bij een kwartaal "
        "dus meer dan 24 uur."),
    "durations": (
        "Doorlooptijden (dagen)",
        "Kalenderdagen tussen twee stappen: van het eerste signaal over een huishouden tot "
        "het allereerste contactmoment; van eerste contact tot plan vastgesteld; van plan "
        "vastgesteld tot afsluiting; van het eerste signaal tot de afsluiting. Een "
        "doorlooptijd telt mee in de periode waarin de tweede stap valt. "
        "Mediaan: de middelste waarde (bij een even aantal het gemiddelde van de twee "
        "middelste). p90: de waarde op plaats 90% (naar boven afgerond) van de oplopend "
        "gesorteerde waarden; 90% zit op of onder deze waarde."),
    "closure_reasons": (
        "Afsluitredenen",
        "De afsluitingen in de periode naar de standaardreden die de werker bij het "
        "afsluiten kiest; die blijft bij de afsluiting bewaard, ook als het huishouden "
        "later weer is heropend. Een afsluiting van vóór de standaardredenen waarvan de "
        "getypte reden niet een van de standaardredenen was, telt als 'Andere reden'. De "
        "getypte toelichting gaat nooit naar de gemeente."),
    "referrals_by_kind": (
        "Verwijzingen naar soort voorziening",
        "Doorverwijzingen die in de periode zijn voorgesteld (vanuit een huishouden, plan of "
        "de inloop), naar de soort voorziening in de "
        "sociale kaart: voorliggend (vrij toegankelijk), basisondersteuning (het wijkteam "
        "zelf) of maatwerk (met beschikking). Gestart, afgerond, afgewezen en niet gestart: "
        "de status van die verwijzingen op de dag van het rapport."),
    "opschalen": (
        "Opschalen",
        "Verwijzingen in de periode naar een maatwerkvoorziening."),
    "afschalen": (
        "Afschalen",
        "Verwijzingen in de periode naar een voorliggende voorziening of "
        "basisondersteuning voor een huishouden dat eerder een maatwerkverwijzing had "
        "(die niet is afgewezen of niet gestart)."),
    "with_plan": (
        "Aandeel met vastgesteld plan",
        "Van de huishoudens die op de laatste dag van de periode actief zijn: het deel "
        "met een vastgesteld plan (niet alleen een concept)."),
    "plans_vastgesteld": (
        "Plannen vastgesteld",
        "Plannen (ook nieuwe versies) die in de periode zijn vastgesteld."),
    "evaluations": (
        "Evaluaties",
        "Evaluaties van plannen met een datum in de periode."),
    "goal_results": (
        "Doelen bij evaluatie",
        "De uitkomst per doel bij de evaluaties in de periode: behaald, deels behaald, "
        "niet behaald of vervallen. Aandeel behaald: behaald gedeeld door alle beoordeelde "
        "doelen."),
    "leefgebieden": (
        "Verandering per leefgebied",
        "Per leefgebied de plannen met een evaluatie in de periode die een eerste score "
        "(1 acute problematiek – 5 volledig zelfredzaam) én een latere meting in de "
        "periode hebben: de eerste score tegen de laatste tot en met de laatste dag. "
        "Gemiddelde eerste en laatste score, het verschil, en hoeveel huishoudens vooruit, "
        "gelijk of achteruit gingen."),
    "vroegsignalering": (
        "Vroegsignalering schulden",
        "Meldingen: signalen met bron 'vroegsignalering schulden' met een meldingsdatum in "
        "de periode. Contact: daarvan de meldingen met een contactmoment met het huishouden "
        "op of na de meldingsdatum. Traject: daarvan de meldingen waarvan het huishouden "
        "verder kwam dan 'aangemeld'. Afgewezen: meldingen die zonder huishouden zijn "
        "afgehandeld, of waarvan het huishouden is afgesloten met de standaardreden "
        "'Bewoner wil geen ondersteuning meer' of 'Geen contact mogelijk'. Stand op de dag "
        "van het rapport."),
    "subdomeinen": (
        "Per subdomein",
        "Jeugd, Wmo, participatie en schulden. Signalen: nieuwe signalen met een "
        "meldingsdatum in de periode waarbij dat subdomein is vastgelegd; 'Niet vastgelegd' "
        "telt de signalen zonder subdomein, zodat te zien is hoe volledig de registratie is. "
        "Verwijzingen: doorverwijzingen die in de periode zijn voorgesteld naar een "
        "voorziening van de sociale kaart met een leefgebied dat bij dat subdomein hoort (de "
        "beheerder legt per leefgebied het subdomein vast); een verwijzing telt één keer per "
        "subdomein. Waarvan maatwerk: daarvan de verwijzingen naar een maatwerkvoorziening. "
        "Contacturen: de duur van de contactmomenten in de periode met een leefgebied dat "
        "bij dat subdomein hoort; een contactmoment met twee werkers telt voor elke werker. "
        "Een contactmoment over leefgebieden van twee subdomeinen telt met zijn volle duur "
        "bij beide subdomeinen. Huishoudens: unieke huishoudens met in de periode zo'n "
        "signaal, verwijzing of contactmoment. Een huishouden, verwijzing of contactmoment "
        "kan zo in meer subdomeinen tellen: die kolommen tellen niet op tot een totaal, "
        "alleen de kolom signalen doet dat."),
    "hiaten": (
        "Hiaten (geen passend aanbod)",
        "Registraties 'geen passend aanbod' in de periode, door werkers en vrijwilligers, "
        "per wijk/dorp en onderwerp van de sociale kaart. Een zelf getypt onderwerp telt als "
        "'Ander onderwerp': getypte tekst gaat nooit naar de gemeente."),
    "doorpakbudget": (
        "Doorpakbudget",
        "Goedgekeurde uitgaven uit het doorpakbudget met een goedkeuringsdatum in de "
        "periode: aantal en totaalbedrag per maand."),
}
