"""Fictional names, streets and places for the demo data (Dutch and Frisian)."""

from __future__ import annotations

FIRST_NAMES_F = (
    "Anna", "Sietske", "Grietje", "Baukje", "Tjitske", "Hiltje", "Jeltje", "Froukje",
    "Wietske", "Aukje", "Marije", "Sanne", "Lotte", "Emma", "Julia", "Sophie", "Fenna",
    "Eelkje", "Trijntje", "Durkje", "Ilse", "Linda", "Ingrid", "Petra", "Fatima", "Aisha",
    "Nadia", "Yasmina", "Marta", "Olena", "Sjoukje", "Minke", "Renske", "Femke", "Nynke",
)
FIRST_NAMES_M = (
    "Jan", "Pieter", "Sjoerd", "Tjeerd", "Bauke", "Wiebe", "Hendrik", "Klaas", "Douwe",
    "Jelle", "Sybren", "Gerrit", "Anne", "Popke", "Rintje", "Auke", "Tiemen", "Daan", "Sem",
    "Lucas", "Milan", "Thijs", "Ruben", "Mohamed", "Youssef", "Ahmet", "Piotr", "Andrii",
    "Eelco", "Harm", "Willem", "Jeroen", "Marco", "Dennis", "Wouter", "Bouke", "Lieuwe",
)
LAST_NAMES = (
    ("", "Hoekstra"), ("", "Dijkstra"), ("", "Zijlstra"), ("", "Bakker"), ("de", "Vries"),
    ("van der", "Meer"), ("", "Visser"), ("de", "Jong"), ("", "Postma"), ("", "Bosma"),
    ("", "Kuipers"), ("", "Wiersma"), ("", "Terpstra"), ("", "Sikkema"), ("", "Hofstra"),
    ("", "Jansma"), ("", "Veenstra"), ("de", "Boer"), ("van", "Dijk"), ("", "Mulder"),
    ("", "Kingma"), ("", "Algra"), ("", "Brouwer"), ("", "Faber"), ("", "Yntema"),
    ("", "Hellinga"), ("", "Tolsma"), ("", "Wijbenga"), ("", "Feenstra"), ("", "Bergsma"),
    ("", "Attema"), ("", "Dam"), ("van", "Wieren"), ("", "Koopmans"), ("", "Smit"),
    ("", "Yilmaz"), ("", "El Amrani"), ("", "Kowalski"), ("", "Schotanus"), ("", "Haitsma"),
    ("", "Rienstra"), ("", "Nauta"), ("", "Wâlde"), ("", "Tuinstra"), ("", "Osinga"),
)
# (area, kind, postcode number base, woonplaats, streets) — all fictional
AREAS = (
    ("Heechterp", "wijk", 8932, "Leeuwarden",
     ("Fiskerstrjitte", "Heechterpsingel", "Skieppepaad", "Turfmerkeleane", "Reidhoeke")),
    ("Schieringen", "wijk", 8933, "Leeuwarden",
     ("Schieringerleane", "Kolkhoeke", "Brânewei", "Sudergrêft", "Klaverpaad")),
    ("Vrijheidswijk", "wijk", 8934, "Leeuwarden",
     ("Vrijheidsplein", "Bevrijdingslaan", "Vredeshof", "Lindeboomstraat", "Akkerwinde")),
    ("Bilgaard", "wijk", 8926, "Leeuwarden",
     ("Bilgaardpark", "Wâldhoeke", "Noorderstraat", "Piipstrjitte", "Sânwei")),
    ("Camminghaburen", "wijk", 8925, "Leeuwarden",
     ("Kamminghalaan", "Meerpaad", "Sylsterwei", "Reidpôle", "Dobbehof")),
    ("Huizum", "wijk", 8921, "Leeuwarden",
     ("Huzumerleane", "Tuinstraat", "Sudersteeg", "Iepenhof", "Wâldwei")),
    ("Oranjewijk", "wijk", 8917, "Leeuwarden",
     ("Oranjesingel", "Prinsenhof", "Nassaupaad", "Kastanjelaan", "Sieswei")),
    ("Wirdum", "dorp", 9088, "Wirdum",
     ("Doarpsstrjitte", "Tsjerkepaad", "Mieddyk", "Terpwei")),
    ("Goutum", "dorp", 9084, "Goutum",
     ("Goutumerdyk", "Pleatsbuorren", "Feartswal", "Hegedyk")),
    ("Stiens", "dorp", 9051, "Stiens",
     ("Stationswei", "Greate Buorren", "Koaihoeke", "Terpleane", "Mounewei")),
)
LANGUAGES = ("", "", "", "", "", "", "Fries", "Arabisch", "Pools", "Tigrinya", "Oekraïens",
             "Engels", "Turks")
PARTNER_ORGS = (
    ("Woonbedrijf Noord (fictief)", "woningcorporatie"),
    ("Huisartsenpraktijk De Terp (fictief)", "huisarts"),
    ("Bewindvoering Fryslân (fictief)", "bewindvoerder"),
    ("Jeugdteam Oost (fictief)", "jeugdhulp"),
    ("Schuldhulp Leeuwarden (fictief)", "schuldhulpverlening"),
)
REPORT_OPENINGS = (
    "Samen de post doorgenomen en afspraken gemaakt over de betalingen.",
    "Gesproken over hoe het thuis gaat; u vertelde dat het rustiger is.",
    "Telefonisch afgestemd wie wat doet deze week.",
    "Samen gekeken naar de brief van de gemeente en een reactie opgesteld.",
    "U vertelde over uw zorgen over de huur; we zoeken samen naar een regeling.",
    "Overleg met de partner, met uw toestemming, over de volgende stappen.",
    "Kennismaking: u vertelde wat er speelt en wat al goed gaat.",
    "Doorgenomen hoe het gaat met de kinderen op school.",
)
LEEFGEBIEDEN = ("Financiën", "Werk & opleiding", "Tijdsbesteding", "Huisvesting",
                "Huiselijke relaties", "Geestelijke gezondheid", "Lichamelijke gezondheid",
                "Middelengebruik", "Sociaal netwerk", "Maatschappelijke participatie")
DEMO_WORKERS = (
    ("anne.postma", "Anne Postma"), ("jelle.kingma", "Jelle Kingma"),
    ("marije.tolsma", "Marije Tolsma"), ("douwe.algra", "Douwe Algra"),
    ("fatima.elamrani", "Fatima El Amrani"), ("sybren.faber", "Sybren Faber"),
    ("nynke.osinga", "Nynke Osinga"), ("harm.rienstra", "Harm Rienstra"),
    ("renske.nauta", "Renske Nauta"), ("piotr.kowalski", "Piotr Kowalski"),
    ("minke.haitsma", "Minke Haitsma"), ("wiebe.jansma", "Wiebe Jansma"),
    ("femke.attema", "Femke Attema"),
)
