"""Fictional sociale kaart for the demo database: ~1,500 services across the leefgebieden
and the wijken/dorpen, with opening hours, costs and some stale entries. Bulk inserts."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from wijkteam_desk.services.socialmap_query import refresh_derived
from wijkteam_desk.services.socialmap_terms import AREAS, LEEFGEBIED_IDS, TOPIC_IDS
from wijkteam_desk.store.models import (
    MaatwerkForm,
    ServiceKind,
    SmAddress,
    SmAttribute,
    SmCostOption,
    SmLanguage,
    SmLocation,
    SmOrganization,
    SmPhone,
    SmReport,
    SmRequiredDocument,
    SmSchedule,
    SmService,
    SmServiceArea,
    SmServiceAtLocation,
)

V, B, M = ServiceKind.VOORLIGGEND, ServiceKind.BASISONDERSTEUNING, ServiceKind.MAATWERK
ID_CARD, INCOME, LETTERS = ("Legitimatiebewijs", "Bankafschriften van de laatste 3 maanden",
                            "Brieven en rekeningen die u niet begrijpt")

# (names, what it does, leefgebieden, topics, kind, cost per time or None, ages, documents,
#  how to sign up)
CATEGORIES: tuple[tuple[Any, ...], ...] = (
    (("Voedselbank uitgiftepunt", "Sociale kruidenier", "Kledingbank", "Speelgoedbank",
      "Weggeefwinkel"),
     "Gratis boodschappen, kleding of spullen voor huishoudens met weinig geld.",
     ("financien",), ("voedsel", "schulden"), V, None, (None, None),
     (ID_CARD, INCOME), "Aanmelden via het wijkteam of de schuldhulpverlener."),
    (("Buurtrestaurant", "Repair Café", "Koffieochtend", "Open inloop buurthuis",
      "Huiskamer voor ouderen", "Wandelgroep", "Handwerkclub", "Telefooncirkel"),
     "Samen eten, koffie drinken of iets maken, en andere mensen uit de buurt ontmoeten.",
     ("sociaal_netwerk", "tijdsbesteding"), ("eenzaamheid",), V, 4.5, (None, None), (),
     "U kunt zo binnenlopen."),
    (("Schuldhulpmaatje", "Thuisadministratie", "Formulierenhulp", "Belastingspreekuur",
      "Geldzorgenspreekuur", "Cursus Omgaan met geld"),
     "Een vrijwilliger helpt u met post, formulieren, rekeningen en geldzorgen.",
     ("financien", "instrumentele_adl"), ("schulden", "administratie"), V, None, (18, None),
     (ID_CARD, LETTERS), "Bel of kom langs op het spreekuur."),
    (("Schuldhulpverlening gemeente", "Vroegsignalering schulden"),
     "Hulp bij problematische schulden: overzicht, afspraken met schuldeisers, regeling.",
     ("financien",), ("schulden",), B, None, (18, None), (ID_CARD, INCOME, LETTERS),
     "Aanmelden via het wijkteam."),
    (("Beschermingsbewind", "Budgetbeheer"),
     "Een bewindvoerder beheert uw geld en betaalt de vaste lasten.",
     ("financien",), ("schulden",), M, None, (18, None), (ID_CARD, INCOME),
     "Via een beschikking van de gemeente of de kantonrechter."),
    (("Taalcafé", "Taalmaatje", "Oefenen met Nederlands", "Voorleesexpress"),
     "Nederlands leren en oefenen in een ontspannen groep of met een maatje.",
     ("maatschappelijke_participatie", "werk_opleiding"), ("taal", "inburgering"), V, None,
     (None, None), (), "Kom gewoon langs."),
    (("Digi-café", "Klik & Tik-cursus", "Hulp met DigiD"),
     "Hulp met de computer, telefoon, DigiD en websites van de overheid.",
     ("instrumentele_adl", "maatschappelijke_participatie"), ("digitaal", "administratie"), V,
     None, (None, None), (ID_CARD,), "Kom langs tijdens de openingstijden."),
    (("Mantelzorgsteunpunt", "Mantelzorgcafé", "Respijtzorg logeerhuis", "Dementiecafé"),
     "Advies, steun en even vrij voor wie zorgt voor een naaste.",
     ("huiselijke_relaties", "sociaal_netwerk"), ("mantelzorg", "ouderen"), V, None,
     (None, None), (), "Bel voor een gesprek."),
    (("Jongerenwerk inloop", "Huiswerkbegeleiding", "Jongerencoach", "Meidenclub"),
     "Een plek en een maatje voor jongeren: chillen, huiswerk, werk zoeken.",
     ("tijdsbesteding", "werk_opleiding"), ("jongeren",), V, None, (12, 23), (),
     "Loop binnen of app de jongerenwerker."),
    (("Opvoedspreekuur", "Peuterspeelgroep", "Ouder-kindgroep"),
     "Vragen over opvoeden en opgroeien, en samen spelen.",
     ("huiselijke_relaties",), ("opvoeding",), V, None, (None, None), (),
     "Maak een afspraak of loop binnen."),
    (("Ambulante jeugdhulp", "Gezinsbegeleiding"),
     "Begeleiding thuis voor gezinnen met zorgen over opvoeden.",
     ("huiselijke_relaties", "geestelijke_gezondheid"), ("opvoeding",), M, None, (0, 18), (),
     "Na een gesprek met het wijkteam (beschikking jeugdhulp)."),
    (("Voetbalvereniging", "Zwemclub", "Judoclub", "Korfbalvereniging", "Dansschool",
      "Jeu de boules-club", "Gym voor ouderen", "Fitness voor 55+", "Beweegmaatje"),
     "Sporten en bewegen bij een club in de buurt. Vraag naar het Jeugdfonds Sport.",
     ("tijdsbesteding", "lichamelijke_gezondheid"), ("sport",), V, 12.5, (None, None), (),
     "Kom een keer gratis meedoen."),
    (("Werkcoach participatie", "Vrijwilligersvacaturebank", "Leer-werkplek",
      "Sollicitatiespreekuur"),
     "Hulp bij het vinden van werk, een opleiding of vrijwilligerswerk.",
     ("werk_opleiding", "maatschappelijke_participatie"), ("werk",), V, None, (16, 67),
     ("Cv (als u dat heeft)",), "Meld u aan via de website of het wijkteam."),
    (("Dagbesteding", "Begeleid wonen", "Individuele begeleiding"),
     "Begeleiding en een zinvolle dag voor wie dat niet zelf kan regelen.",
     ("basale_adl", "geestelijke_gezondheid", "tijdsbesteding"), ("psychisch",), M, None,
     (18, None), (ID_CARD,), "Na een keukentafelgesprek met het wijkteam (Wmo)."),
    (("Huurdersspreekuur", "Energiecoach", "Klussendienst"),
     "Advies en kleine hulp in en om het huis: huur, energie besparen, klusjes.",
     ("huisvesting",), ("wonen", "energie"), V, None, (None, None), ("Huurcontract",),
     "Bel voor een afspraak."),
    (("Huishoudelijke hulp", "Woningaanpassing", "Regiotaxi"),
     "Hulp in het huishouden, een aanpassing in huis of vervoer (Wmo).",
     ("instrumentele_adl", "huisvesting"), ("huishouden", "vervoer"), M, 19.0, (None, None),
     (ID_CARD,), "Na een keukentafelgesprek met het wijkteam (Wmo)."),
    (("Praktijkondersteuner GGZ", "Lotgenotengroep", "Rouwgroep", "Steunpunt psychische "
      "klachten"),
     "Een luisterend oor en hulp bij somberheid, stress of verdriet.",
     ("geestelijke_gezondheid",), ("psychisch", "gezondheid"), V, None, (18, None), (),
     "Via de huisarts of zelf bellen."),
    (("Verslavingszorg inloop", "Spreekuur alcohol en drugs"),
     "Praten over alcohol, drugs of gokken, anoniem als u wilt.",
     ("middelengebruik",), ("verslaving",), V, None, (16, None), (), "Bel of loop binnen."),
    (("Steunpunt huiselijk geweld",),
     "Advies en hulp bij geweld of onveiligheid thuis. Bij direct gevaar: bel 112.",
     ("huiselijke_relaties",), ("huiselijk_geweld",), V, None, (None, None), (),
     "Bel, ook 's avonds en in het weekend."),
    (("Sociaal raadslieden", "Juridisch spreekuur", "Reclassering inloop"),
     "Gratis advies over brieven, regels, toeslagen en juridische vragen.",
     ("justitie", "financien"), ("juridisch", "administratie"), V, None, (18, None),
     (ID_CARD, LETTERS), "Maak een afspraak."),
    (("Automaatje", "Hulpmiddelenuitleen"),
     "Vervoer door vrijwilligers en het lenen van hulpmiddelen.",
     ("maatschappelijke_participatie", "lichamelijke_gezondheid"), ("vervoer", "ouderen"), V,
     0.35, (None, None), (), "Bel minstens twee dagen van tevoren."),
    (("Wijkteam spreekuur", "Ouderenadviseur", "Maatschappelijk werk"),
     "Het wijkteam denkt met u mee over alle vragen thuis.",
     ("sociaal_netwerk", "financien", "huisvesting"), ("ouderen", "administratie"), B, None,
     (None, None), (), "Loop binnen of bel het wijkteam."),
)
VARIANTS = ("", "ochtend", "avond", "zaterdag", "tweede locatie", "extra")
ORG_NAMES = ("Stichting De Brug", "Humanitas afdeling Oost", "Stichting Samen Verder",
             "Vereniging Thuis in de Wijk", "Sportief Oost", "Welzijnsstichting Het Anker",
             "Stichting Taal voor Iedereen", "Coöperatie Zorg Dichtbij", "Stichting Jong Oost",
             "Buurtvereniging De Linde", "Stichting Geldzaken Fryslân",
             "Wijkteam Oost (gemeente)", "GGZ Noord (fictief)", "Stichting Mantelzorg Oost",
             "Vrijwilligerscentrale Oost", "Stichting Eerlijk Delen", "Zorgcoöperatie De Terp",
             "Jeugdhulp Fryslân (fictief)", "Bewindvoering Noord (fictief)",
             "Stichting Onder Dak", "Sportvereniging De Sprong", "Dorpshuis De Skoalle")
STREETS = ("Lindelaan", "Kastanjeplein", "Schoolstraat", "Kerkstraat", "Molenweg",
           "Tjaardastraat", "Eikenlaan", "Sportlaan", "Dorpsstraat", "Havenweg", "Wilgenhof",
           "Burgemeesterslaan")
HOURS = ((("MO", "WE", "FR"), "09:00", "12:00"), (("TU", "TH"), "13:30", "16:30"),
         (("MO", "TU", "WE", "TH", "FR"), "09:00", "17:00"), (("WE",), "19:00", "21:30"),
         (("SA",), "10:00", "13:00"), (("TH",), "10:00", "12:00"),
         (("MO", "TH"), "18:30", "21:00"))


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def fill(session: Session, rng: random.Random, *, count: int = 1500,
         today: date | None = None) -> int:
    """Insert ``count`` fictional services with their organisations and locations."""
    today = today or date.today()
    rows: dict[Any, list[dict[str, Any]]] = {m: [] for m in (
        SmOrganization, SmLocation, SmAddress, SmService, SmServiceAtLocation, SmSchedule,
        SmCostOption, SmRequiredDocument, SmLanguage, SmServiceArea, SmPhone, SmAttribute)}
    orgs = []
    for name in ORG_NAMES:
        oid = _uid(rng)
        orgs.append((oid, name))
        rows[SmOrganization].append({"id": oid, "name": name, "description": f"{name} is een "
                                     "fictieve organisatie in de demodatabase.",
                                     "email": f"info@{_slug(name)}.example",
                                     "website": f"https://{_slug(name)}.example"})
        rows[SmPhone].append({"id": _uid(rng), "organization_id": oid,
                              "number": f"058 2{rng.randint(10, 99)} {rng.randint(1000, 9999)}"})
    locations: dict[str, list[str]] = {}
    for area in AREAS:
        city = area if area in ("Wirdum", "Goutum", "Stiens") else "Leeuwarden"
        locations[area] = []
        for street in rng.sample(STREETS, 4):
            lid = _uid(rng)
            locations[area].append(lid)
            building = rng.choice(("Buurthuis", "Wijkcentrum", "Clubhuis", "Dorpshuis",
                                   "Kantoor"))
            rows[SmLocation].append({"id": lid, "location_type": "physical",
                                     "name": f"{building} {street}"})
            rows[SmAddress].append({
                "id": _uid(rng), "location_id": lid, "address_type": "physical",
                "address_1": f"{street} {rng.randint(1, 120)}",
                "postal_code": f"89{rng.randint(10, 39)} {rng.choice('ABCDEGHJKLMNPRST')}"
                               f"{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}",
                "city": city, "state_province": "Fryslân", "country": "NL"})
    bases = [(name, n, cat) for n, cat in enumerate(CATEGORIES) for name in cat[0]]
    for i in range(count):
        name, cat_index, cat = bases[i % len(bases)]
        _names, desc, leef, topics, kind, cost, (min_age, max_age), docs, how = cat
        area = AREAS[(i // len(bases)) % len(AREAS)]
        variant = VARIANTS[(i // (len(bases) * len(AREAS))) % len(VARIANTS)]
        sid = _uid(rng)
        age_days = rng.randint(0, 170) if rng.random() > 0.12 else rng.randint(190, 900)
        kind_form = MaatwerkForm.NONE
        if kind is M:
            kind_form = rng.choice((MaatwerkForm.ZIN, MaatwerkForm.PGB, MaatwerkForm.ZIN_OF_PGB))
        org_id = orgs[(cat_index * 3 + i % 4) % len(orgs)][0] if kind is not B \
            else orgs[11][0]
        rows[SmService].append({
            "id": sid, "organization_id": org_id, "status": "active",
            "name": f"{name} {area}" + (f" ({variant})" if variant else ""),
            "description": desc, "application_process": how,
            "eligibility_description": "Voor inwoners van " + area + ".",
            "minimum_age": min_age, "maximum_age": max_age,
            "fees_description": "" if cost is None else "Vraag naar korting met de stadspas.",
            "assured_date": (today - timedelta(days=age_days)).isoformat(),
            "x_assurer_name": "Bauke Dijkstra", "x_kind": kind, "x_maatwerk_form": kind_form,
            "x_gemeente_cost": None if kind is V else float(rng.choice((450, 1200, 2800, 6500))),
            "x_gemeente_cost_unit": "" if kind is V else "per traject",
            "x_wait_days": None if kind is V else rng.choice((7, 14, 28, 42, 70)),
            "x_keywords": " ".join(topics)})
        rows[SmServiceArea].append({"id": _uid(rng), "service_id": sid, "name": area})
        if rng.random() < 0.3:
            rows[SmServiceArea].append({"id": _uid(rng), "service_id": sid,
                                        "name": rng.choice([a for a in AREAS if a != area])})
        sal = _uid(rng)
        rows[SmServiceAtLocation].append({"id": sal, "service_id": sid,
                                          "location_id": rng.choice(locations[area])})
        for days, opens, closes in rng.sample(HOURS, rng.randint(1, 2)):
            rows[SmSchedule].append({"id": _uid(rng), "service_id": sid, "freq": "WEEKLY",
                                     "wkst": "MO", "byday": ",".join(days),
                                     "opens_at": opens, "closes_at": closes})
        if cost is not None:
            rows[SmCostOption].append({"id": _uid(rng), "service_id": sid, "currency": "EUR",
                                       "amount": cost, "option": "Eigen bijdrage",
                                       "amount_description": "per keer" if cost < 10
                                       else "per maand"})
        for doc in docs:
            rows[SmRequiredDocument].append({"id": _uid(rng), "service_id": sid,
                                             "document": doc})
        rows[SmLanguage].append({"id": _uid(rng), "service_id": sid, "name": "Nederlands",
                                 "code": "nl"})
        if rng.random() < 0.25:
            rows[SmLanguage].append({"id": _uid(rng), "service_id": sid,
                                     "name": rng.choice(("Fries", "Engels", "Arabisch",
                                                         "Tigrinya", "Pools")),
                                     "code": ""})
        if rng.random() < 0.5:
            rows[SmPhone].append({"id": _uid(rng), "service_id": sid,
                                  "number": f"06 {rng.randint(10000000, 99999999)}"})
        for code, ids, link in ((c, LEEFGEBIED_IDS, "leefgebied") for c in leef):
            rows[SmAttribute].append({"id": _uid(rng), "link_id": sid, "link_type": link,
                                      "link_entity": "service", "taxonomy_term_id": ids[code]})
        for code in topics:
            rows[SmAttribute].append({"id": _uid(rng), "link_id": sid, "link_type": "onderwerp",
                                      "link_entity": "service",
                                      "taxonomy_term_id": TOPIC_IDS[code]})
    for model, batch in rows.items():
        for group in _by_keys(batch):
            session.execute(insert(model), group)
    stale = [r["id"] for r in rows[SmService] if r["assured_date"] < (
        today - timedelta(days=185)).isoformat()]
    for sid in stale[:12]:
        session.add(SmReport(service_id=sid, note="Het telefoonnummer werkt niet meer.",
                             reported_by_name="Vera de Vries"))
    refresh_derived(session, [r["id"] for r in rows[SmService]])
    return count


def _by_keys(batch: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """executemany needs the same keys in every row; missing columns get defaults."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in batch:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    return list(groups.values())


def _slug(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())[:24]
