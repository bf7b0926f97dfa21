"""Lays out the teamleider overview. Internal and vertrouwelijk: no suppression, worker
names and household numbers appear; resident names, addresses and dates of birth never."""

from __future__ import annotations

from wijkteam_desk.reports.figures import CEILING_HOURS_PER_MONTH, TeamOverview
from wijkteam_desk.reports.tables import Chart, Column, Kind, Report, Row, Sheet, Table

K = Kind
AGE_BANDS = ((0, 7, "0–7 dagen"), (8, 14, "8–14 dagen"), (15, 30, "15–30 dagen"),
             (31, None, "meer dan 30 dagen"))
MISSING_INTRO = "Deze gegevens worden in deze versie (nog) niet vastgelegd."
LIST_LIMIT = 25  # the longest waits are listed one by one; the rest are counted
OVERVIEW_SECTIONS = ("caseload", "open_signals", "overdue", "inloop", "verwijzingen",
                     "subdomeinen")


def _dmy(d) -> str:  # type: ignore[no-untyped-def]
    return f"{d.day}-{d.month}-{d.year}"


def _sheet(ov: TeamOverview, key: str, name: str, tables: tuple[Table, ...],
           charts: tuple[Chart, ...] = (), intro: str = "") -> Sheet:
    if key in ov.missing:
        return Sheet(name, name, intro=MISSING_INTRO)
    return Sheet(name, name, tables, charts, intro)


def _caseload(ov: TeamOverview) -> Sheet:
    rows = [Row((c.worker, c.active, c.aangemeld, round(c.contact_hours, 2), c.above_ceiling))
            for c in ov.caseload]
    rows.append(Row(("Totaal", sum(c.active for c in ov.caseload),
                     sum(c.aangemeld for c in ov.caseload),
                     round(sum(c.contact_hours for c in ov.caseload), 2),
                     sum(c.above_ceiling for c in ov.caseload)), total=True))
    table = Table("Caseload per regievoerder",
                  (Column("Regievoerder", K.TEXT, 28), Column("Actief"), Column("Aangemeld"),
                   Column("Contacturen in periode", K.HOURS, 18),
                   Column(f"Boven {CEILING_HOURS_PER_MONTH} uur/maand", width=16)), tuple(rows))
    chart = Chart("Actieve huishoudens per regievoerder",
                  tuple(c.worker for c in ov.caseload),
                  (("Actief", tuple(float(c.active) for c in ov.caseload)),), "hbar")
    return _sheet(ov, "caseload", "Caseload", (table,), (chart,))


def _open_signals(ov: TeamOverview) -> Sheet:
    counts = []
    for low, high, label in AGE_BANDS:
        n = sum(1 for s in ov.open_signals
                if s.age_days >= low and (high is None or s.age_days <= high))
        counts.append((label, n))
    bands = Table("Open signalen naar leeftijd",
                  (Column("Open sinds", K.TEXT, 24), Column("Aantal")),
                  tuple([Row(c) for c in counts]
                        + [Row(("Totaal", len(ov.open_signals)), total=True)]))
    late = f"Langer dan {ov.follow_up_days} dagen"
    ordered = sorted(ov.open_signals, key=lambda s: -s.age_days)
    listing = Table("Open signalen", (
        Column("Nummer", K.TEXT, 14), Column("Bron", K.TEXT, 22), Column("Wijk/dorp", K.TEXT, 22),
        Column("Ontvangen", K.TEXT, 14), Column("Dagen open"), Column("Toegewezen aan", K.TEXT, 20),
        Column(late, K.TEXT, 14)),
        tuple(Row((s.reference, s.source, s.area, _dmy(s.received), s.age_days,
                   s.assigned_to or "nog niemand",
                   "ja" if s.age_days > ov.follow_up_days else ""))
              for s in ordered[:LIST_LIMIT]),
        f"De {LIST_LIMIT} oudste; alle {len(ordered)} staan hierboven geteld."
        if len(ordered) > LIST_LIMIT else "")
    chart = Chart("Open signalen naar leeftijd", tuple(c[0] for c in counts),
                  (("", tuple(float(c[1]) for c in counts)),))
    return _sheet(ov, "open_signals", "Open signalen", (bands, listing), (chart,))


def _overdue(ov: TeamOverview) -> Sheet:
    per_worker: dict[str, list[int]] = {}
    for index, items in enumerate((ov.overdue_evaluations, ov.overdue_actions)):
        for o in items:
            row = per_worker.setdefault(o.worker, [0, 0, 0])
            row[index] += 1
            row[2] = max(row[2], o.days_overdue)
    summary = Table("Over datum per regievoerder", (
        Column("Regievoerder", K.TEXT, 28), Column("Evaluaties"), Column("Acties"),
        Column("Langst over datum (dagen)", width=18)),
        tuple([Row((w, *counts)) for w, counts in sorted(per_worker.items())]
              + [Row(("Totaal", len(ov.overdue_evaluations), len(ov.overdue_actions),
                      max((c[2] for c in per_worker.values()), default=0)), total=True)]))

    def table(title: str, items) -> Table:  # type: ignore[no-untyped-def]
        ordered = sorted(items, key=lambda o: -o.days_overdue)
        note = (f"De {LIST_LIMIT} die het langst over datum zijn; nog {len(ordered) - LIST_LIMIT} "
                "meer staan in de tabel hierboven geteld." if len(ordered) > LIST_LIMIT else "")
        return Table(title, (Column("Regievoerder", K.TEXT, 24), Column("Huishouden", K.TEXT, 12),
                             Column("Wat", K.TEXT, 36), Column("Datum", K.TEXT, 12),
                             Column("Dagen over datum")),
                     tuple(Row((o.worker, o.reference, o.what, _dmy(o.due), o.days_overdue))
                           for o in ordered[:LIST_LIMIT]), note)
    return _sheet(ov, "overdue", "Over datum", (
        summary,
        table("Evaluaties over datum", ov.overdue_evaluations),
        table("Acties over datum", ov.overdue_actions)))


def _inloop(ov: TeamOverview) -> Sheet:
    q = ov.quarterly.inloop
    trend = Chart("Inloopbezoeken per week", tuple(i.label for i in ov.inloop_by_week),
                  (("Bezoeken", tuple(float(i.count) for i in ov.inloop_by_week)),), "line")
    weeks = Table("Bezoeken per week", (Column("Week", K.TEXT, 16), Column("Bezoeken")),
                  tuple(Row((i.label, i.count)) for i in ov.inloop_by_week))
    locations = Table("Bezoeken naar locatie", (Column("Locatie", K.TEXT, 30),
                                                Column("Bezoeken")),
                      tuple(Row((i.label, i.count)) for i in q.by_location))
    return _sheet(ov, "inloop", "Inloop", (weeks, locations), (trend,))


def _referrals(ov: TeamOverview) -> Sheet:
    kinds = ov.quarterly.verwijzingen.by_kind
    table = Table("Uitkomst van de verwijzingen", (
        Column("Soort voorziening", K.TEXT, 22), Column("Verwijzingen"), Column("Gestart"),
        Column("Afgerond"), Column("Afgewezen"), Column("Niet gestart")),
        tuple(Row((k.label, k.referrals, k.started, k.completed, k.rejected, k.not_started))
              for k in kinds))
    chart = Chart("Verwijzingen en hun uitkomst", tuple(k.label for k in kinds), (
        ("Verwijzingen", tuple(float(k.referrals) for k in kinds)),
        ("Gestart", tuple(float(k.started) for k in kinds)),
        ("Afgerond", tuple(float(k.completed) for k in kinds))))
    return _sheet(ov, "verwijzingen", "Verwijzingen", (table,), (chart,))


def _subdomains(ov: TeamOverview) -> Sheet:
    sub = ov.quarterly.subdomeinen
    rows = [Row((d.label, d.households, d.signals, d.referrals, d.maatwerk,
                 round(d.contact_hours, 2))) for d in sub.by_subdomain]
    rows.append(Row(("Niet vastgelegd", None, sub.signals_not_recorded, None, None, None)))
    table = Table("Per subdomein", (
        Column("Subdomein", K.TEXT, 20), Column("Huishoudens"), Column("Signalen"),
        Column("Verwijzingen"), Column("waarvan maatwerk"), Column("Contacturen", K.HOURS)),
        tuple(rows), "Een huishouden kan in meer subdomeinen tellen; zie de Toelichting van "
        "de kwartaalrapportage.")
    chart = Chart("Huishoudens per subdomein", tuple(d.label for d in sub.by_subdomain),
                  (("Huishoudens", tuple(float(d.households) for d in sub.by_subdomain)),))
    return _sheet(ov, "subdomeinen", "Subdomeinen", (table,), (chart,))


def team_report(ov: TeamOverview) -> Report:
    q = ov.quarterly
    late = sum(1 for s in ov.open_signals if s.age_days > ov.follow_up_days)
    headline = (
        ("Actieve trajecten", q.trajecten.active_at_end, K.COUNT),
        ("Nieuwe signalen", q.instroom.total, K.COUNT),
        ("Open signalen", len(ov.open_signals), K.COUNT),
        (f"Open langer dan {ov.follow_up_days} dagen", late, K.COUNT),
        ("Evaluaties over datum", len(ov.overdue_evaluations), K.COUNT),
        ("Acties over datum", len(ov.overdue_actions), K.COUNT),
        ("Bezoeken inloop", q.inloop.visits, K.COUNT),
        (f"Huishoudens boven {CEILING_HOURS_PER_MONTH} uur/maand", q.trajecten.above_ceiling,
         K.COUNT),
    )
    sheets = (_caseload(ov), _open_signals(ov), _overdue(ov), _inloop(ov), _referrals(ov),
              _subdomains(ov))
    return Report(f"Teamoverzicht {q.meta.team_name}",
                  f"{q.meta.period.label} · gemaakt op {_dmy(q.meta.generated_on)} · "
                  "vertrouwelijk", sheets, headline)
