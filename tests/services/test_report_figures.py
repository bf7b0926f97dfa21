"""Acceptance: on a small hand-made dataset, entered through the services as the team
would, every figure of the kwartaalrapportage equals the value worked out by hand below.

The period is 2026 kwartaal 3 (1 July - 30 September). Times are local (CEST, UTC+2).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from tests.conftest import ActorFactory
from tests.reports.xlsx_reader import as_dict, read_tables
from wijkteam_desk.reports.figures import Period
from wijkteam_desk.services.accounts import LocationInput
from wijkteam_desk.services.contacts import ContactService
from wijkteam_desk.services.household_types import ContactInput, MemberInput, SignalInput
from wijkteam_desk.services.households import HouseholdService
from wijkteam_desk.services.inloop import InloopService
from wijkteam_desk.services.inloop_types import Outcome, VisitInput
from wijkteam_desk.services.reports import ExportFormat, ReportService
from wijkteam_desk.services.signals import SignalService
from wijkteam_desk.store.models import (
    ClosingCategory,
    HouseholdStatus,
    Leefgebied,
    LocationKind,
    MemberRole,
    Role,
    Signal,
    SignalSource,
    SignalStatus,
    Subdomain,
    VisitOutcome,
)
from wijkteam_desk.wiring import Services

CEST = timedelta(hours=2)


def local(day: str, hhmm: str = "10:00") -> datetime:
    """A local (CEST) moment as the aware UTC datetime the services store."""
    naive = datetime.fromisoformat(f"{day}T{hhmm}")
    return (naive - CEST).replace(tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = local("2026-05-01")

    def __call__(self) -> datetime:
        return self.now

    def set(self, day: str, hhmm: str = "10:00") -> None:
        self.now = local(day, hhmm)


@pytest.fixture
def dataset(services: Services, make_actor: ActorFactory):  # type: ignore[no-untyped-def]
    clock = Clock()
    db, log = services.db, services.log
    services.households = HouseholdService(db, log, clock=clock)
    services.contacts = ContactService(db, log, clock=clock)
    services.signals = SignalService(db, log, clock=clock)
    services.inloop = InloopService(db, log, clock=clock)
    services.reports = ReportService(db, log, clock=clock)
    leader = make_actor(Role.TEAMLEIDER, name="tineke")
    w1 = make_actor(Role.SOCIAAL_WERKER, name="wim")
    w2 = make_actor(Role.SOCIAAL_WERKER, name="wilma")
    volunteer = make_actor(Role.VRIJWILLIGER, name="vera")
    team = make_actor.team.id
    hh, sig = services.households, services.signals

    subdomains: dict[int, Subdomain | None] = {}  # the subdomain the worker recorded

    def signal(source: SignalSource, day: str, name: str,
               subdomain: Subdomain | None) -> tuple[int, int]:
        clock.set(day)
        info = sig.create(w1, SignalInput(source, "Fictief signaal", name=name,
                                          received_on=date.fromisoformat(day)))
        subdomains[info.id] = subdomain
        return info.id, info.version

    def new_household(source: SignalSource, day: str, name: str, area: str, regie,  # type: ignore[no-untyped-def]
                      subdomain: Subdomain | None = None) -> int:
        sid, version = signal(source, day, name, subdomain)
        result = sig.triage(leader, sid, SignalStatus.GEKOPPELD, version,
                            regievoerder_id=regie.user_id, area=area)
        return result.household.id

    def loose(source: SignalSource, day: str, outcome: SignalStatus,
              subdomain: Subdomain | None = None) -> None:
        sid, version = signal(source, day, "Fictieve Melder", subdomain)
        if outcome is not SignalStatus.NIEUW:
            sig.triage(leader, sid, outcome, version, referred_to="Voorliggend" if
                       outcome is SignalStatus.VERWEZEN else "")

    def contact(household: int, day: str, minutes: int, worker, second=None,  # type: ignore[no-untyped-def]
                leefgebieden: tuple[str, ...] = ()) -> None:
        clock.set(day, "18:00")  # the first contact makes an aangemeld household actief
        services.contacts.add(worker, household, ContactInput(
            at=local(day), duration_minutes=minutes, leefgebieden=leefgebieden,
            second_worker_id=second.user_id if second else None))

    def status(household: int, day: str, new: HouseholdStatus, reason: str = "",
               category: ClosingCategory | None = None) -> None:
        clock.set(day)
        version = hh.open(leader, household).household.version
        hh.set_status(leader, household, new, version, reason, category=category)

    # Before the period: H0 (signal in May, first contact in May, one contact in July).
    h0 = new_household(SignalSource.SCHOOL, "2026-05-10", "Fictief Nul", "Heechterp", w1,
                       Subdomain.JEUGD)
    contact(h0, "2026-05-15", 60, w1, leefgebieden=("Financiën",))
    contact(h0, "2026-07-20", 30, w1, leefgebieden=("Middelengebruik",))  # no subdomain
    loose(SignalSource.SCHOOL, "2026-06-20", SignalStatus.AFGEHANDELD)
    # The period: six new households, first contact 1, 2, 3, 5, 8 and 13 days after the signal.
    z = SignalSource.ZELFMELDER
    schulden = Subdomain.SCHULDEN
    h1 = new_household(z, "2026-07-01", "Fictief Een", "Heechterp", w1)
    h2 = new_household(z, "2026-07-01", "Fictief Twee", "Heechterp", w1)
    h3 = new_household(z, "2026-07-06", "Fictief Drie", "Heechterp", w1)
    h4 = new_household(SignalSource.HUISARTS, "2026-07-10", "Fictief Vier", "Heechterp", w2,
                       Subdomain.WMO)
    h5 = new_household(SignalSource.VROEGSIGNALERING_SCHULDEN, "2026-07-13", "Fictief Vijf",
                       "Heechterp", w2, schulden)
    h6 = new_household(SignalSource.VROEGSIGNALERING_SCHULDEN, "2026-07-20", "Fictief Zes",
                       "Wirdum", w2, schulden)
    clock.set("2026-07-02")
    hh.save_member(leader, h1, MemberInput("Een", "Partner", role=MemberRole.PARTNER))
    hh.save_member(leader, h2, MemberInput("Twee", "Kind", role=MemberRole.KIND))
    hh.save_member(leader, h2, MemberInput("Twee", "Kind B", role=MemberRole.KIND))
    money, home = "Financiën", "Huisvesting"
    contact(h1, "2026-07-02", 60, w1, second=w2,  # the first visit, by two workers
            leefgebieden=(money, home))
    contact(h1, "2026-08-03", 60, w1, leefgebieden=(home,))
    contact(h2, "2026-07-03", 30, w1, leefgebieden=("Huiselijke relaties", money))
    for n in range(4):  # 24 h: exactly 8 h a month
        contact(h3, f"2026-07-{9 + n:02d}", 360, w1,
                leefgebieden=("Werk & opleiding", money) if n == 0 else ("Werk & opleiding",))
    for n in range(5):  # 25 h: above 8 h a month
        contact(h4, f"2026-07-{15 + n:02d}", 300, w2, leefgebieden=("Geestelijke gezondheid",))
    contact(h5, "2026-07-21", 45, w2, leefgebieden=(money,))
    contact(h6, "2026-08-02", 120, w2, leefgebieden=(money, "Justitie"))
    # The typed toelichting never counts: the stored standard reason does.
    status(h1, "2026-09-15", HouseholdStatus.AFGESLOTEN, "Alles loopt weer",
           ClosingCategory.DOELEN_BEHAALD)
    status(h2, "2026-09-20", HouseholdStatus.AFGESLOTEN, "Doelen behaald",
           ClosingCategory.WIL_NIET)
    # Signals that did not become a household.
    loose(z, "2026-07-07", SignalStatus.AFGEHANDELD)
    loose(z, "2026-07-08", SignalStatus.VERWEZEN)
    v = SignalSource.VROEGSIGNALERING_SCHULDEN
    loose(v, "2026-08-11", SignalStatus.AFGEHANDELD, schulden)
    loose(v, "2026-08-12", SignalStatus.AFGEHANDELD, schulden)
    loose(v, "2026-08-13", SignalStatus.VERWEZEN, schulden)
    loose(SignalSource.WONINGCORPORATIE, "2026-09-25", SignalStatus.NIEUW)
    loose(z, "2026-10-02", SignalStatus.AFGEHANDELD, Subdomain.JEUGD)  # after the period
    with db.begin() as session:
        # What the worker recorded on each signal (None: not recorded), and the beheerder's
        # choice that Huiselijke relaties counts under jeugd (it has no default subdomain).
        for sid, subdomain in subdomains.items():
            session.execute(update(Signal).where(Signal.id == sid).values(subdomain=subdomain))
        session.execute(update(Leefgebied).where(Leefgebied.name == "Huiselijke relaties")
                        .values(subdomain=Subdomain.JEUGD))

    # Inloop on Tuesday 4 August at the team's buurtkamer, and one visit elsewhere.
    admin = make_actor.admin
    here = services.accounts.create_location(admin, LocationInput(
        "Buurtkamer Test", LocationKind.BUURTKAMER, team, ticket_prefix="T")).id
    other_team = services.accounts.create_team(admin, "Ander Team")
    elsewhere = services.accounts.create_location(admin, LocationInput(
        "Dorpskamer Elders", LocationKind.DORPSKAMER, other_team.id, ticket_prefix="E")).id
    inloop = services.inloop
    clock.set("2026-08-04", "08:55")
    inloop.open_session(volunteer, here)
    inloop.open_session(volunteer, elsewhere)
    desk = inloop.list_desks(volunteer, here)[0].id
    direct = VisitOutcome.DIRECT_BEANTWOORD
    visits = [  # arrival, topic, minutes waited, minutes served, outcome
        ("09:00", "Financiën", 2, 10, direct), ("09:05", "Financiën", 4, 15, direct),
        ("09:10", "Financiën", 6, 5, VisitOutcome.AFSPRAAK),
        ("09:20", "Huisvesting", 10, 20, VisitOutcome.TERUGKOMEN),
        ("09:30", "Huisvesting", 20, 30, direct), ("14:00", "Financiën", 3, 8, direct)]
    events = []
    for arrival, topic, waited, served, outcome in visits:
        t0 = datetime.fromisoformat(f"2026-08-04T{arrival}")
        events += [(t0, 0, "register", topic), (t0 + timedelta(minutes=waited), 1, "call", arrival),
                   (t0 + timedelta(minutes=waited + served), 2, "finish", (arrival, outcome))]
    events.append((datetime(2026, 8, 4, 14, 30), 0, "register", "Financiën"))
    events.append((datetime(2026, 8, 4, 14, 45), 2, "no_show", "14:30"))
    ids: dict[str, int] = {}
    for moment, _order, what, arg in sorted(events, key=lambda e: (e[0], e[1])):
        clock.now = (moment - CEST).replace(tzinfo=UTC)
        if what == "register":
            ids[moment.strftime("%H:%M")] = inloop.register(volunteer, here,
                                                            VisitInput(arg)).visit_id
        elif what == "call":
            inloop.call(volunteer, ids[arg], desk)
        elif what == "finish":
            inloop.finish(volunteer, ids[arg[0]], Outcome(arg[1]))
        else:
            inloop.no_show(volunteer, ids[arg])
    inloop.register(volunteer, elsewhere, VisitInput("Financiën"))
    clock.set("2026-10-05")
    return services, leader, team


# Worked out by hand from the dataset above (threshold 5).
EXPECTED = {
    ("Samenvatting", "Kerncijfers"): {
        "Bereikte huishoudens": 7,  # H0 (contact in July) and H1..H6
        "Bereikte personen": 10,  # 7 hoofdbewoners, a partner and two children
        "Nieuwe signalen": 12,  # 6 households + 6 loose, not the June or October ones
        "Bezoeken inloop": 7,  # not the visit at the other team's dorpskamer
        "Actieve trajecten (einde periode)": 5,  # H0, H3, H4, H5, H6
        "Gestarte trajecten": 6,
        "Afgesloten trajecten": "<5",  # H1, H2
        # 55.75 h over 7 households over 3 months = 2.654.. -> 2.65
        "Contacturen per huishouden per maand": 2.65,
        "Huishoudens boven 8 uur/maand": "<5",  # H4 only
        "Doorlooptijd signaal tot afsluiting, mediaan (dagen)": "<5",  # two closures
        "Verwijzingen": 0,
        "Meldingen vroegsignalering schulden": 5,
        "Nieuwe signalen met subdomein vastgelegd": 6 / 12,  # H4, H5, H6 and 3 loose
    },
    ("Instroom", "Nieuwe signalen naar bron"): {
        "Zelfmelder": 5, "Huisarts": "<5", "Woningcorporatie": "<5",
        "Vroegsignalering schulden": 5, "School": 0, "Inloop": 0, "Totaal": 12},
    ("Instroom", "Nieuwe signalen naar wijk/dorp"): {
        # Wirdum (1) is the only small cell, so the smallest other one is hidden too.
        "Heechterp": "x", "Wirdum": "<5", "Onbekend (nog geen huishouden)": 6, "Totaal": 12},
    ("Instroom", "Afhandeling van de signalen"): {
        "Advies/afgehandeld": "<5", "Voorliggende voorziening": "<5",
        "Huishouden (nieuw of bestaand)": 6, "Nog niet afgehandeld": "<5", "Totaal": 12},
    ("Inloop", "Bezoeken naar dagdeel"): {"ochtend": "x", "middag": "<5", "avond": 0,
                                          "Totaal": 7},
    ("Inloop", "Bezoeken naar locatie"): {"Buurtkamer Test": 7, "Totaal": 7},
    ("Inloop", "Bezoeken per maand"): {"juli": 0, "augustus": 7, "september": 0},
    ("Inloop", "Uitkomst van het bezoek"): {
        "Direct beantwoord / informatie": "<5", "Afspraak gemaakt": "<5",
        "Komt terug": "<5", "Vertrokken zonder gesprek": "<5", "Totaal": 7},
    ("Trajecten", "Trajecten"): {"Actief op de laatste dag": 5, "Gestart": 6,
                                 "Afgesloten": "<5", "Heropend": 0},
    ("Trajecten", "Intensiteit"): {"Huishoudens met contact": 7, "Contacturen totaal": 55.75,
                                   "Contacturen per huishouden per maand": 2.65,
                                   "Huishoudens boven 8 uur/maand": "<5"},
    ("Trajecten", "Huishoudens naar contacturen per maand"): {
        "minder dan 2": 5, "2 tot 4": 0, "4 tot en met 8": "<5", "meer dan 8": "<5",
        "Totaal": 7},
    # By the stored category, not the typed text (H2's text says "Doelen behaald").
    ("Trajecten", "Afsluitredenen"): {"Doelen behaald": "<5",
                                      "Bewoner wil geen ondersteuning meer": "<5",
                                      "Verhuisd buiten de wijk": 0, "Andere reden": 0,
                                      "Totaal": "<5"},
    ("Vroegsignalering schulden", "Van melding tot traject"): {
        "Meldingen": 5, "Contact": "<5", "Traject": "<5", "Afgewezen": "<5"},
}


# Per subdomain (threshold 5). Households: with a signal in the period, or a contact in
# the period on a leefgebied of the subdomain (no referrals in this dataset).
#   Jeugd: H2 (Huiselijke relaties, set to jeugd) 30 min. H0's jeugd signal is from May and
#     the loose jeugd signal from October: outside the period.
#   Wmo: signal H4; contacts H1 (2 x 60 min with two workers on Financiën + Huisvesting,
#     then 60 min Huisvesting) and H4 (5 x 300 min) = 120 + 60 + 1500 min = 28 h.
#   Participatie: H3 4 x 360 min on Werk & opleiding = 24 h.
#   Schulden: signals H5, H6 and three loose; contacts H1 120, H2 30, H3 360 (its first
#     contact also on Financiën, counted in full here and under participatie), H5 45 and
#     H6 120 (Justitie has no subdomain) = 675 min = 11.25 h over 5 households.
#   Niet vastgelegd: signals H1, H2, H3, two loose zelfmelders and the woningcorporatie.
# Signals add up to the 12 new signals: Wmo (1) is the one small cell, so the smallest
# other (Schulden, 5) is hidden as well.
SUBDOMAINS_EXPECTED = {  # Huishoudens, Signalen, Verwijzingen, waarvan maatwerk, Contacturen
    "Jeugd": ["<5", 0, 0, 0, "<5"],
    "Wmo": ["<5", "<5", 0, 0, "<5"],
    "Participatie": ["<5", 0, 0, 0, "<5"],
    "Schulden": [5, "x", 0, 0, 11.25],
    "Niet vastgelegd": ["–", 6, "–", "–", "–"],
    "Totaal": ["–", 12, "–", "–", "–"],
}


def test_every_figure_matches_the_hand_count(dataset, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services, leader, team = dataset
    result = services.reports.export_quarterly(leader, Period.quarter(2026, 3), team,
                                               ExportFormat.XLSX, tmp_path / "k.xlsx")
    wb = load_workbook(result.path)
    for (sheet, table), expected in EXPECTED.items():
        values = as_dict(read_tables(wb[sheet])[table])
        for label, want in expected.items():
            got = values[label]
            if isinstance(want, str):
                assert got == want, (sheet, table, label)
            else:
                assert got == pytest.approx(want), (sheet, table, label)

    durations = {r[0]: r[1:] for r in read_tables(wb["Trajecten"])["Doorlooptijden (dagen)"][1:]}
    # 1, 2, 3, 5, 8, 13 days: median (3 + 5) / 2 = 4; p90 = the 6th of 6 = 13.
    assert durations["Signaal tot eerste contact"] == [6, 4, 13]
    assert durations["Signaal tot afsluiting"] == ["<5", "<5", "<5"]  # 76 and 81 days
    assert durations["Eerste contact tot plan vastgesteld"] == [0, "–", "–"]  # no plans
    subdomains = {r[0]: r[1:] for r in read_tables(wb["Subdomeinen"])["Per subdomein"][1:]}
    assert subdomains == SUBDOMAINS_EXPECTED
    times = {r[0]: r[1:] for r in read_tables(wb["Inloop"])["Wacht- en gesprekstijd (minuten)"][1:]}
    # waited 2, 3, 4, 6, 10, 20: median 5, p90 20; served 5, 8, 10, 15, 20, 30: 12.5 and 30.
    assert times["Wachttijd"] == [6, 5, 20]
    assert times["Gesprekstijd"] == [6, 12.5, 30]


def test_the_figures_themselves_before_suppression(dataset) -> None:  # type: ignore[no-untyped-def]
    services, leader, team = dataset
    figures = services.reports.quarterly_figures(leader, Period.quarter(2026, 3), team)
    t = figures.trajecten
    assert (t.active_at_end, t.started, t.closed, t.above_ceiling) == (5, 6, 2, 1)
    assert figures.vroegsignalering.contact == 2 and figures.vroegsignalering.traject == 2
    assert figures.vroegsignalering.afgewezen == 2  # two afgehandeld without a household
    assert t.durations[3].stat.median == 78.5  # 76 and 81 days
    assert figures.missing == frozenset()
    assert [(i.label, i.count) for i in t.closure_reasons if i.count] == [
        ("Doelen behaald", 1), ("Bewoner wil geen ondersteuning meer", 1)]
    sub = figures.subdomeinen
    assert [(d.label, d.households, d.signals, d.referrals, d.maatwerk, d.contact_hours,
             d.contact_households) for d in sub.by_subdomain] == [
        ("Jeugd", 1, 0, 0, 0, 0.5, 1), ("Wmo", 2, 1, 0, 0, 28.0, 2),
        ("Participatie", 1, 0, 0, 0, 24.0, 1), ("Schulden", 5, 5, 0, 0, 11.25, 5)]
    assert sub.signals_not_recorded == 6 and sub.signals == figures.instroom.total


def test_team_overview_from_the_same_dataset(dataset) -> None:  # type: ignore[no-untyped-def]
    services, leader, team = dataset
    overview = services.reports.team_overview(leader, Period.quarter(2026, 3), team)
    caseload = {c.worker: c for c in overview.caseload}
    wim, wilma = caseload["Wim"], caseload["Wilma"]
    assert (wim.active, wim.aangemeld, wim.contact_hours, wim.above_ceiling) == (2, 0, 27.0, 0)
    assert (wilma.active, wilma.aangemeld, wilma.contact_hours, wilma.above_ceiling) == (
        3, 0, 28.75, 1)
    [open_signal] = overview.open_signals
    assert (open_signal.source, open_signal.age_days) == ("Woningcorporatie", 10)
    assert sum(i.count for i in overview.inloop_by_week) == 7
    assert overview.inloop_by_week[0].label == "week 27"
