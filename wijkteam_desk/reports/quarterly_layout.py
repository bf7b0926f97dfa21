"""Lays out the kwartaalrapportage: figures in, suppressed tables and charts out.

Every count passes through the :class:`Suppressor`; nothing else in the report builders
sees an unsuppressed number. The Toelichting lists the definition of every figure used.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from wijkteam_desk.reports.definitions import DEFINITIONS
from wijkteam_desk.reports.figures import (
    CEILING_HOURS_PER_MONTH,
    DURATION_LABELS,
    SECTIONS,
    Item,
    QuarterlyFigures,
)
from wijkteam_desk.reports.suppression import SECONDARY, Suppressor
from wijkteam_desk.reports.tables import Chart, Column, Kind, Report, Row, Sheet, Table, numeric

NOT_RECORDED = "niet vastgelegd"
NOT_RECORDED_ROW = "Niet vastgelegd"
SUBDOMAIN_TABLE = "Per subdomein"
MISSING_INTRO = ("Deze gegevens worden in deze versie van Wijkteam Desk (nog) niet "
                 "vastgelegd; er staan daarom geen cijfers op dit blad.")
SECTION_NAMES = {
    "bereik": "Bereik (huishoudens en personen)", "instroom": "Instroom (signalen)",
    "inloop": "Inloop", "trajecten": "Trajecten", "verwijzingen": "Verwijzingen",
    "plannen": "Plannen en leefgebieden", "vroegsignalering": "Vroegsignalering schulden",
    "subdomeinen": "Subdomeinen", "hiaten": "Hiaten", "doorpakbudget": "Doorpakbudget",
}
K = Kind


def _dmy(d) -> str:  # type: ignore[no-untyped-def]
    return f"{d.day}-{d.month}-{d.year}"


class _Layout:
    def __init__(self, fig: QuarterlyFigures) -> None:
        self.fig = fig
        self.sup = Suppressor(fig.meta.threshold)
        self.used: list[tuple[str, str]] = []  # (sheet name, definition key)

    # -- helpers --------------------------------------------------------------------
    def define(self, sheet: str, *keys: str) -> None:
        self.used += [(sheet, k) for k in keys if (sheet, k) not in self.used]

    def missing(self, section: str) -> bool:
        return section in self.fig.missing

    def breakdown(self, title: str, header: str, items: Sequence[Item],
                  note: str = "") -> Table:
        cells, total = self.sup.breakdown([i.count for i in items])
        rows = [Row((i.label, c)) for i, c in zip(items, cells, strict=True)]
        rows.append(Row(("Totaal", total), total=True))
        return Table(title, (Column(header, K.TEXT, 34), Column("Aantal")), tuple(rows), note)

    def chart(self, title: str, labels: Sequence[str], cells: Sequence[object],
              kind: str = "bar", value_label: str = "") -> Chart:
        pairs = [(lab, numeric(c)) for lab, c in zip(labels, cells, strict=True)]  # type: ignore[arg-type]
        shown = [(lab, v) for lab, v in pairs if v is not None]
        note = ("Categorieën met kleine aantallen ('<5' of 'x') staan niet in de grafiek."
                if len(shown) < len(pairs) else "")
        return Chart(title, tuple(lab for lab, _ in shown),
                     (("", tuple(v for _, v in shown)),), kind, value_label, note)

    def sheet(self, section: str, name: str, title: str, tables: Sequence[Table],
              charts: Sequence[Chart] = (), intro: str = "") -> Sheet:
        if self.missing(section):
            return Sheet(name, title, intro=MISSING_INTRO)
        return Sheet(name, title, tuple(tables), tuple(charts), intro)

    def value(self, section: str, cell: object) -> object:
        return NOT_RECORDED if self.missing(section) else cell

    # -- sheets ---------------------------------------------------------------------
    def summary(self) -> Sheet:
        f, s = self.fig, self.sup
        t = f.trajecten
        total_duration = next((d.stat for d in t.durations if d.label == DURATION_LABELS[3]),
                              None)
        referrals = sum(k.referrals for k in f.verwijzingen.by_kind)
        rows: list[tuple[str, str, object, Kind]] = [
            ("bereik", "Bereikte huishoudens", s.count(f.reach.households), K.COUNT),
            ("bereik", "Bereikte personen", s.count(f.reach.persons), K.COUNT),
            ("instroom", "Nieuwe signalen", s.count(f.instroom.total), K.COUNT),
            ("inloop", "Bezoeken inloop", s.count(f.inloop.visits), K.COUNT),
            ("trajecten", "Actieve trajecten (einde periode)", s.count(t.active_at_end),
             K.COUNT),
            ("trajecten", "Gestarte trajecten", s.count(t.started), K.COUNT),
            ("trajecten", "Afgesloten trajecten", s.count(t.closed), K.COUNT),
            ("trajecten", "Contacturen per huishouden per maand",
             s.over_group(t.households_with_contact, self.per_month(t.hours_per_household)),
             K.HOURS),
            ("trajecten", f"Huishoudens boven {CEILING_HOURS_PER_MONTH} uur/maand",
             s.count(t.above_ceiling), K.COUNT),
            ("trajecten", "Doorlooptijd signaal tot afsluiting, mediaan (dagen)",
             s.over_group(total_duration.n, total_duration.median) if total_duration else None,
             K.DAYS),
            ("verwijzingen", "Verwijzingen", s.count(referrals), K.COUNT),
            ("verwijzingen", "Opschalen (maatwerk)", s.count(f.verwijzingen.opschalen), K.COUNT),
            ("verwijzingen", "Afschalen", s.count(f.verwijzingen.afschalen), K.COUNT),
            ("plannen", "Aandeel actieve huishoudens met vastgesteld plan",
             s.share(f.plannen.with_vastgesteld_plan, f.plannen.active_households), K.PERCENT),
            ("vroegsignalering", "Meldingen vroegsignalering schulden",
             s.count(f.vroegsignalering.meldingen), K.COUNT),
            ("subdomeinen", "Nieuwe signalen met subdomein vastgelegd",
             s.share(f.subdomeinen.signals - f.subdomeinen.signals_not_recorded,
                     f.subdomeinen.signals), K.PERCENT),
            ("hiaten", "Hiaten (geen passend aanbod)",
             s.count(sum(g.count for g in f.hiaten)), K.COUNT),
            ("doorpakbudget", "Doorpakbudget: aantal uitgaven",
             s.count(f.doorpakbudget.grants), K.COUNT),
            ("doorpakbudget", "Doorpakbudget: totaalbedrag",
             s.over_group(f.doorpakbudget.grants, f.doorpakbudget.amount), K.EURO),
        ]
        table = Table("Kerncijfers", (Column("Cijfer", K.TEXT, 52), Column("Waarde", width=16)),
                      tuple(Row((label, self.value(sec, cell)),  # type: ignore[arg-type]
                                (K.TEXT, K.TEXT if self.missing(sec) else kind))
                            for sec, label, cell, kind in rows))
        self.define("Samenvatting", "households_reached", "persons_reached",
                    "subdomain_coverage")
        return Sheet("Samenvatting", "Samenvatting", (self.about(), table))

    def per_month(self, hours: float | None) -> float | None:
        return None if hours is None else round(hours / self.fig.meta.period.months, 2)

    def about(self) -> Table:
        m = self.fig.meta
        rows = (("Team", m.team_name), ("Periode", m.period.label),
                ("Van", _dmy(m.period.start)), ("Tot en met", _dmy(m.period.end)),
                ("Gemaakt op", _dmy(m.generated_on)),
                ("Kleine aantallen", f"1 t/m {m.threshold - 1} getoond als '<{m.threshold}'"))
        return Table("Over dit rapport",
                     (Column("Gegeven", K.TEXT, 52), Column("Waarde", K.TEXT, 30)),
                     tuple(Row(r) for r in rows))

    def instroom(self) -> Sheet:
        i = self.fig.instroom
        self.define("Instroom", "signals_by_source", "signals_by_area", "signals_by_outcome")
        by_source = self.breakdown("Nieuwe signalen naar bron", "Bron", i.by_source)
        return self.sheet("instroom", "Instroom", "Instroom: nieuwe signalen", (
            by_source,
            self.breakdown("Nieuwe signalen naar wijk/dorp", "Wijk/dorp", i.by_area),
            self.breakdown("Afhandeling van de signalen", "Afhandeling", i.by_outcome),
        ), (self.chart("Nieuwe signalen naar bron", [r.cells[0] for r in by_source.rows[:-1]],
                       [r.cells[1] for r in by_source.rows[:-1]], "hbar"),))  # type: ignore[misc]

    def inloop(self) -> Sheet:
        v, s = self.fig.inloop, self.sup
        self.define("Inloop", "inloop_visits", "inloop_breakdowns", "inloop_times")
        times = Table("Wacht- en gesprekstijd (minuten)",
                      (Column("Tijd", K.TEXT, 34), Column("Bezoeken"), Column("Mediaan", K.MINUTES),
                       Column("p90", K.MINUTES)),
                      tuple(Row((label, s.count(st.n), s.over_group(st.n, st.median),
                                 s.over_group(st.n, st.p90)))
                            for label, st in (("Wachttijd", v.waiting_minutes),
                                              ("Gesprekstijd", v.service_minutes))))
        by_month = self.breakdown("Bezoeken per maand", "Maand", v.by_month)
        return self.sheet("inloop", "Inloop", "Inloopspreekuur", (
            by_month,
            self.breakdown("Bezoeken naar locatie", "Locatie", v.by_location),
            self.breakdown("Bezoeken naar dagdeel", "Dagdeel", v.by_daypart),
            self.breakdown("Bezoeken naar onderwerp (leefgebied)", "Onderwerp", v.by_topic),
            self.breakdown("Uitkomst van het bezoek", "Uitkomst", v.by_outcome),
            times,
        ), (self.chart("Bezoeken per maand", [r.cells[0] for r in by_month.rows[:-1]],  # type: ignore[misc]
                       [r.cells[1] for r in by_month.rows[:-1]]),))

    def trajecten(self) -> Sheet:
        t, s = self.fig.trajecten, self.sup
        self.define("Trajecten", "active_at_end", "started", "closed", "reopened",
                    "contact_hours", "hours_per_household", "intensity_bands", "above_ceiling",
                    "durations", "closure_reasons")
        counts = Table("Trajecten", (Column("Cijfer", K.TEXT, 44), Column("Aantal")), (
            Row(("Actief op de laatste dag", s.count(t.active_at_end))),
            Row(("Gestart", s.count(t.started))),
            Row(("Afgesloten", s.count(t.closed))),
            Row(("Heropend", s.count(t.reopened)))))
        n = t.households_with_contact
        intensity = Table("Intensiteit", (Column("Cijfer", K.TEXT, 44), Column("Waarde")), (
            Row(("Huishoudens met contact", s.count(n))),
            Row(("Contacturen totaal", s.over_group(n, round(t.contact_hours, 2))),
                (K.TEXT, K.HOURS)),
            Row(("Contacturen per huishouden per maand",
                 s.over_group(n, self.per_month(t.hours_per_household))), (K.TEXT, K.HOURS)),
            Row((f"Huishoudens boven {CEILING_HOURS_PER_MONTH} uur/maand",
                 s.count(t.above_ceiling)))))
        bands = self.breakdown("Huishoudens naar contacturen per maand", "Uur per maand",
                               t.intensity_bands)
        durations = Table("Doorlooptijden (dagen)",
                          (Column("Stap", K.TEXT, 36), Column("Huishoudens"),
                           Column("Mediaan", K.DAYS), Column("p90", K.DAYS)),
                          tuple(Row((d.label, s.count(d.stat.n),
                                     s.over_group(d.stat.n, d.stat.median),
                                     s.over_group(d.stat.n, d.stat.p90)))
                                if d.recorded else
                                Row((d.label, NOT_RECORDED, NOT_RECORDED, NOT_RECORDED),
                                    (K.TEXT,) * 4)
                                for d in t.durations))
        return self.sheet("trajecten", "Trajecten", "Trajecten: intensiteit en doorlooptijden", (
            counts, intensity, bands, durations,
            self.breakdown("Afsluitredenen", "Afsluitreden", t.closure_reasons),
        ), (self.chart("Huishoudens naar contacturen per maand",
                       [r.cells[0] for r in bands.rows[:-1]],  # type: ignore[misc]
                       [r.cells[1] for r in bands.rows[:-1]]),))

    def verwijzingen(self) -> Sheet:
        v, s = self.fig.verwijzingen, self.sup
        self.define("Verwijzingen", "referrals_by_kind", "opschalen", "afschalen")
        attrs = ("referrals", "started", "completed", "rejected", "not_started")
        columns = [s.breakdown([getattr(k, a) for k in v.by_kind]) for a in attrs]
        rows = [Row((k.label, *(col[0][i] for col in columns)))
                for i, k in enumerate(v.by_kind)]
        rows.append(Row(("Totaal", *(col[1] for col in columns)), total=True))
        kinds = Table("Verwijzingen naar soort voorziening",
                      (Column("Soort voorziening", K.TEXT, 24), Column("Verwijzingen"),
                       Column("Gestart"), Column("Afgerond"), Column("Afgewezen"),
                       Column("Niet gestart")), tuple(rows))
        scale = Table("Op- en afschalen", (Column("Cijfer", K.TEXT, 44), Column("Aantal")), (
            Row(("Opschalen (naar maatwerk)", s.count(v.opschalen))),
            Row(("Afschalen (naar voorliggend of basisondersteuning)", s.count(v.afschalen)))))
        return self.sheet("verwijzingen", "Verwijzingen", "Verwijzingen, op- en afschalen",
                          (kinds, scale),
                          (self.chart("Verwijzingen naar soort voorziening",
                                      [k.label for k in v.by_kind], columns[0][0]),))

    def plannen(self) -> Sheet:
        p, s = self.fig.plannen, self.sup
        name = "Plannen en leefgebieden"
        self.define(name, "with_plan", "plans_vastgesteld", "evaluations", "goal_results",
                    "leefgebieden")
        plans = Table("Plannen", (Column("Cijfer", K.TEXT, 48), Column("Waarde")), (
            Row(("Actieve huishoudens (laatste dag)", s.count(p.active_households))),
            Row(("waarvan met vastgesteld plan", s.count(p.with_vastgesteld_plan))),
            Row(("Aandeel met vastgesteld plan",
                 s.share(p.with_vastgesteld_plan, p.active_households)), (K.TEXT, K.PERCENT)),
            Row(("Plannen vastgesteld in de periode", s.count(p.plans_vastgesteld))),
            Row(("Evaluaties in de periode", s.count(p.evaluations))),
            Row(("Aandeel doelen behaald", s.share(p.goals_achieved, p.goals_evaluated)),
                (K.TEXT, K.PERCENT))))
        changes = Table("Verandering per leefgebied (score 1–5)",
                        (Column("Leefgebied", K.TEXT, 30), Column("Huishoudens"),
                         Column("Eerste score", K.SCORE), Column("Laatste score", K.SCORE),
                         Column("Verschil", K.CHANGE), Column("Vooruit"), Column("Gelijk"),
                         Column("Achteruit")),
                        tuple(Row((c.leefgebied, s.count(c.n), s.over_group(c.n, c.mean_first),
                                   s.over_group(c.n, c.mean_last),
                                   s.over_group(c.n, None if c.mean_change is None
                                                else round(c.mean_change, 2)),
                                   s.count(c.improved), s.count(c.same), s.count(c.worse)))
                              for c in p.leefgebieden))
        return self.sheet("plannen", name, name, (
            plans, self.breakdown("Doelen bij evaluatie", "Uitkomst", p.goal_results), changes,
        ), (self.chart("Gemiddelde verandering van de score per leefgebied",
                       [r.cells[0] for r in changes.rows],  # type: ignore[misc]
                       [r.cells[4] for r in changes.rows], "hbar", "scorepunten"),))

    def vroegsignalering(self) -> Sheet:
        v, s = self.fig.vroegsignalering, self.sup
        name = "Vroegsignalering schulden"
        self.define(name, "vroegsignalering")
        steps = (("Meldingen", v.meldingen), ("Contact", v.contact), ("Traject", v.traject),
                 ("Afgewezen", v.afgewezen))
        table = Table("Van melding tot traject",
                      (Column("Stap", K.TEXT, 30), Column("Aantal"),
                       Column("Aandeel van meldingen", K.PERCENT, 22)),
                      tuple(Row((label, s.count(n), None if i == 0 else s.share(n, v.meldingen)))
                            for i, (label, n) in enumerate(steps)))
        return self.sheet("vroegsignalering", name, name, (table,), (
            self.chart(name, [r.cells[0] for r in table.rows],  # type: ignore[misc]
                       [r.cells[1] for r in table.rows]),))

    def subdomeinen(self) -> Sheet:
        sub, s = self.fig.subdomeinen, self.sup
        self.define("Subdomeinen", "subdomeinen")
        # Every new signal has at most one subdomain: the signal column adds up to all new
        # signals (also on the Instroom sheet), so it is suppressed as a breakdown.
        signals, total = s.breakdown([d.signals for d in sub.by_subdomain]
                                     + [sub.signals_not_recorded])
        rows = [Row((d.label, s.count(d.households), signal, s.count(d.referrals),
                     s.count(d.maatwerk), s.over_group(d.contact_households, d.contact_hours)))
                for d, signal in zip(sub.by_subdomain, signals, strict=False)]
        rows.append(Row((NOT_RECORDED_ROW, None, signals[-1], None, None, None)))
        rows.append(Row(("Totaal", None, total, None, None, None), total=True))
        table = Table(SUBDOMAIN_TABLE,
                      (Column("Subdomein", K.TEXT, 20), Column("Huishoudens"),
                       Column("Signalen"), Column("Verwijzingen"), Column("waarvan maatwerk"),
                       Column("Contacturen", K.HOURS)),
                      tuple(rows),
                      note="Een huishouden, verwijzing of contactmoment kan in meer subdomeinen "
                           "tellen; alleen de signalen tellen op tot het totaal.")
        households = rows[:len(sub.by_subdomain)]
        return self.sheet("subdomeinen", "Subdomeinen", "Per subdomein: jeugd, Wmo, "
                          "participatie en schulden", (table,), (
                              self.chart("Huishoudens per subdomein",
                                         [r.cells[0] for r in households],  # type: ignore[misc]
                                         [r.cells[1] for r in households]),))

    def hiaten(self) -> Sheet:
        gaps = self.fig.hiaten
        self.define("Hiaten", "hiaten")
        cells, total = self.sup.breakdown([g.count for g in gaps])
        detail = Table("Geen passend aanbod, per wijk/dorp en onderwerp",
                       (Column("Wijk/dorp", K.TEXT, 26), Column("Onderwerp", K.TEXT, 30),
                        Column("Aantal")),
                       tuple([Row((g.area, g.topic, c)) for g, c in zip(gaps, cells, strict=True)]
                             + [Row(("Totaal", "", total), total=True)]))
        per_area: dict[str, int] = defaultdict(int)
        per_topic: dict[str, int] = defaultdict(int)
        for g in gaps:
            per_area[g.area] += g.count
            per_topic[g.topic] += g.count
        areas = self.breakdown("Per wijk/dorp", "Wijk/dorp",
                               [Item(a, n) for a, n in sorted(per_area.items())])
        return self.sheet("hiaten", "Hiaten", "Hiaten: geen passend aanbod", (
            detail, areas,
            self.breakdown("Per onderwerp", "Onderwerp",
                           [Item(t, n) for t, n in sorted(per_topic.items())]),
        ), (self.chart("Hiaten per wijk/dorp", [r.cells[0] for r in areas.rows[:-1]],  # type: ignore[misc]
                       [r.cells[1] for r in areas.rows[:-1]], "hbar"),))

    def doorpakbudget(self) -> Sheet:
        b, s = self.fig.doorpakbudget, self.sup
        self.define("Doorpakbudget", "doorpakbudget")
        counts, total = s.breakdown([m.grants for m in b.by_month])
        amounts = [c if c == SECONDARY or isinstance(c, str) else s.over_group(m.grants, m.amount)
                   for m, c in zip(b.by_month, counts, strict=True)]
        rows = [Row((m.label, c, a)) for m, c, a in zip(b.by_month, counts, amounts, strict=True)]
        rows.append(Row(("Totaal", total, s.over_group(b.grants, b.amount)), total=True))
        table = Table("Doorpakbudget per maand", (Column("Maand", K.TEXT, 20),
                                                  Column("Aantal"), Column("Bedrag", K.EURO, 16)),
                      tuple(rows))
        return self.sheet("doorpakbudget", "Doorpakbudget", "Doorpakbudget", (table,), (
            self.chart("Doorpakbudget per maand (euro)", [m.label for m in b.by_month], amounts,
                       value_label="euro"),))

    def toelichting(self) -> Sheet:
        about = self.about()
        rules = Table("Kleine aantallen", (Column("Regel", K.TEXT, 110),),
                      tuple(Row((text,)) for text in self.sup.explanation()))
        defs = Table("Definities", (Column("Blad", K.TEXT, 24), Column("Cijfer", K.TEXT, 34),
                                    Column("Definitie", K.TEXT, 100)),
                     tuple(Row((sheet, *DEFINITIONS[key])) for sheet, key in self.used))
        tables = [about, rules, defs]
        if self.fig.missing:
            tables.append(Table("Nog niet vastgelegd", (Column("Onderdeel", K.TEXT, 60),),
                                tuple(Row((SECTION_NAMES[s],)) for s in SECTIONS
                                      if s in self.fig.missing)))
        return Sheet("Toelichting", "Toelichting", tuple(tables))


def quarterly_report(fig: QuarterlyFigures) -> Report:
    lay = _Layout(fig)
    sheets = (lay.summary(), lay.instroom(), lay.inloop(), lay.trajecten(),
              lay.verwijzingen(), lay.plannen(), lay.vroegsignalering(), lay.subdomeinen(),
              lay.hiaten(), lay.doorpakbudget())
    sheets += (lay.toelichting(),)
    headline = tuple((r.cells[0], r.cells[1], r.kind(1, sheets[0].tables[1].columns))
                     for r in sheets[0].tables[1].rows[:8])
    return Report(f"Kwartaalrapportage {fig.meta.team_name}",
                  f"{fig.meta.period.label} · gemaakt op {_dmy(fig.meta.generated_on)}",
                  sheets, headline)  # type: ignore[arg-type]
