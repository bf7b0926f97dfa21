"""The taxonomies every sociale kaart starts with: the 13 ZRM leefgebieden (DESIGN §2.3)
and a Dutch topic list. Their HSDS ids are fixed (uuid5) so that exports from different
offices agree; migration 0003 inserts the same rows."""

from __future__ import annotations

import uuid

NAMESPACE = uuid.UUID("6f1d8e0a-4c55-5b8e-9a51-0c1f1f5e0c03")
LEEFGEBIED_TAXONOMY_ID = str(uuid.uuid5(NAMESPACE, "taxonomy/leefgebieden"))
TOPIC_TAXONOMY_ID = str(uuid.uuid5(NAMESPACE, "taxonomy/onderwerpen"))

TAXONOMIES = (
    (LEEFGEBIED_TAXONOMY_ID, "Leefgebieden (ZRM 2017)",
     "De 13 leefgebieden van de Zelfredzaamheid-Matrix."),
    (TOPIC_TAXONOMY_ID, "Onderwerpen sociale kaart",
     "Onderwerpen waarop bewoners en vrijwilligers zoeken."),
)

LEEFGEBIEDEN = (
    ("financien", "Financiën"),
    ("werk_opleiding", "Werk & opleiding"),
    ("tijdsbesteding", "Tijdsbesteding"),
    ("huisvesting", "Huisvesting"),
    ("huiselijke_relaties", "Huiselijke relaties"),
    ("geestelijke_gezondheid", "Geestelijke gezondheid"),
    ("lichamelijke_gezondheid", "Lichamelijke gezondheid"),
    ("middelengebruik", "Middelengebruik"),
    ("basale_adl", "Basale ADL"),
    ("instrumentele_adl", "Instrumentele ADL"),
    ("sociaal_netwerk", "Sociaal netwerk"),
    ("maatschappelijke_participatie", "Maatschappelijke participatie"),
    ("justitie", "Justitie"),
)

TOPICS = (
    ("schulden", "Schulden en geldzorgen"),
    ("administratie", "Post en administratie"),
    ("voedsel", "Voedsel en eerste levensbehoeften"),
    ("wonen", "Wonen en woonruimte"),
    ("energie", "Energie en huurachterstand"),
    ("werk", "Werk zoeken en vrijwilligerswerk"),
    ("taal", "Nederlandse taal leren"),
    ("digitaal", "Digitale vaardigheden"),
    ("eenzaamheid", "Eenzaamheid en ontmoeting"),
    ("mantelzorg", "Mantelzorg"),
    ("opvoeding", "Opvoeden en opgroeien"),
    ("jongeren", "Jongeren"),
    ("ouderen", "Ouderen"),
    ("sport", "Sport en bewegen"),
    ("gezondheid", "Gezondheid"),
    ("psychisch", "Psychische klachten"),
    ("verslaving", "Verslaving"),
    ("huiselijk_geweld", "Huiselijk geweld"),
    ("vervoer", "Vervoer en hulpmiddelen"),
    ("huishouden", "Hulp in het huishouden"),
    ("juridisch", "Juridisch advies"),
    ("inburgering", "Inburgering en statushouders"),
)


def term_id(taxonomy: str, code: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"term/{taxonomy}/{code}"))


def default_term_rows() -> list[dict[str, str]]:
    """The sm_taxonomy_term rows of the defaults (HSDS column names)."""
    rows = []
    for taxonomy_id, key, terms in ((LEEFGEBIED_TAXONOMY_ID, "leefgebied", LEEFGEBIEDEN),
                                    (TOPIC_TAXONOMY_ID, "onderwerp", TOPICS)):
        for code, name in terms:
            rows.append({"id": term_id(key, code), "code": code, "name": name,
                         "description": name, "language": "nl", "taxonomy_id": taxonomy_id})
    return rows


LEEFGEBIED_IDS = {code: term_id("leefgebied", code) for code, _n in LEEFGEBIEDEN}
TOPIC_IDS = {code: term_id("onderwerp", code) for code, _n in TOPICS}

# Wijken and dorpen of the demo office (Leeuwarden-Oost and two dorpen); a service
# names the ones it serves in its service_area rows.
AREAS = (
    "Heechterp-Schieringen", "Vrijheidswijk", "Camminghaburen", "Schepenbuurt",
    "Oranjewijk", "Binnenstad", "Bilgaard", "Wirdum", "Goutum", "Stiens",
)
