"""Acceptance, part two: plans and leefgebieden, verwijzingen (op- en afschalen), hiaten and
the doorpakbudget of a hand-made dataset entered through the services, against the hand
count below. Period: 2026 kwartaal 3."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.conftest import ActorFactory
from tests.reports.xlsx_reader import as_dict, read_tables
from wijkteam_desk.reports.figures import Period
from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.services.budget import BudgetService
from wijkteam_desk.services.consent import ConsentService
from wijkteam_desk.services.contacts import ContactService
from wijkteam_desk.services.household_types import ContactInput, HouseholdInput, MemberInput
from wijkteam_desk.services.households import HouseholdService
from wijkteam_desk.services.plans import PlanService
from wijkteam_desk.services.referrals import ReferralService
from wijkteam_desk.services.reports import ExportFormat, ReportService
from wijkteam_desk.services.socialmap_terms import LEEFGEBIED_IDS, TOPIC_IDS
from wijkteam_desk.services.socialmap_types import OrganizationInput, ServiceInput
from wijkteam_desk.store.models import (
    ClosingCategory,
    ConsentPurpose,
    HouseholdStatus,
    ReferralStatus,
    Role,
    ServiceKind,
)
from wijkteam_desk.wiring import Services

CEST = timedelta(hours=2)


class Clock:
    now = datetime(2026, 5, 1, 8, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def day(self, day: date) -> None:
        self.now = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)


def d(text: str) -> date:
    return date.fromisoformat(text)


@pytest.fixture
def dataset(services: Services, make_actor: ActorFactory):  # type: ignore[no-untyped-def]
    clock = Clock()
    db, log = services.db, services.log
    hh = services.households = HouseholdService(db, log, clock=clock)
    contacts = ContactService(db, log, clock=clock)
    plans = PlanService(db, log, clock=clock)
    referrals = ReferralService(db, log, clock=clock)
    budget = BudgetService(db, log, clock=clock)
    consent = ConsentService(db, log)
    services.reports = ReportService(db, log, clock=clock)
    leader = make_actor(Role.TEAMLEIDER, name="tineke")
    w1 = make_actor(Role.SOCIAAL_WERKER, name="wim")
    team = make_actor.team.id

    def household(name: str, first_contact: str) -> int:
        clock.day(d(first_contact))
        h = hh.create(w1, HouseholdInput(area="Heechterp"), [MemberInput(name, "Fictief")]).id
        contacts.add(w1, h, ContactInput(at=clock.now))  # makes it actief
        return h

    # P1..P5: first contact 1 July, plan vastgesteld 10, 20, 30, 40 and 50 days later.
    ps = [household(f"Plan{i}", "2026-07-01") for i in range(1, 6)]
    p6 = household("Plan6", "2026-05-01")  # plan vastgesteld in May: not in the period
    household("Zonderplan", "2026-07-02")  # active, no plan
    fin = plans.open(w1, ps[0]).plan.domains[0].leefgebied_id  # Financiën comes first
    intake = [2, 2, 3, 1, 4]
    later = [4, 3, 3, 2, 3]
    results = [("behaald", "behaald"), ("behaald", "deels"), ("niet", "vervallen"),
               ("behaald", "niet"), ("deels", "behaald")]
    for i, h in enumerate([*ps, p6]):
        agreed = d("2026-05-11") if h == p6 else d("2026-07-01") + timedelta(days=10 * (i + 1))
        clock.day(agreed)
        record = plans.open(w1, h)
        plan = record.plan
        for goal in ("a", "b"):
            plan = pm.put_goal(plan, pm.Goal(id=f"{goal}{h}", text=f"Doel {goal}"))
        if h != p6:
            plan = pm.set_score(plan, fin, d("2026-07-01"), intake[i])
        version = plans.vaststellen(w1, h, plan, record.version,
                                    pm.Agreement(agreed, "mondeling"))
        if h == p6:
            continue
        clock.day(d(f"2026-09-0{i + 1}"))
        plan = plans.open(w1, h).plan
        evaluation = pm.Evaluation(clock.now.date(), tuple(
            pm.GoalResult(f"{g}{h}", pm.GoalStatus(r)) for g, r in zip("ab", results[i],
                                                                        strict=True)))
        plans.evaluate(w1, h, plan, version, evaluation, {fin: later[i]})
    clock.day(d("2026-09-20"))
    hh.set_status(leader, ps[0], HouseholdStatus.AFGESLOTEN,
                  hh.open(leader, ps[0]).household.version,
                  category=ClosingCategory.DOELEN_BEHAALD)

    # Sociale kaart: one service of each kind, on leefgebieden of these subdomains (the
    # defaults): maatwerk on Financiën (schulden), Huisvesting and Sociaal netwerk (both
    # wmo); voorliggend on Financiën; basisondersteuning on Werk & opleiding (participatie).
    org = services.socialmap.save_organization(leader, OrganizationInput("Fictieve Stichting")).id
    on = {ServiceKind.MAATWERK: ("financien", "huisvesting", "sociaal_netwerk"),
          ServiceKind.VOORLIGGEND: ("financien",),
          ServiceKind.BASISONDERSTEUNING: ("werk_opleiding",)}
    kinds = {k: services.socialmap.save_service(leader, ServiceInput(
        org, f"Dienst {k.value}", kind=k,
        leefgebied_ids=tuple(LEEFGEBIED_IDS[c] for c in on[k]))).id for k in ServiceKind}

    def refer(h: int, kind: ServiceKind, on: str, *steps: ReferralStatus) -> None:
        clock.day(d(on))
        info = referrals.create(w1, h, kinds[kind], on=d(on))
        for step in steps:
            info = referrals.advance(w1, info.id, step, info.version, on=d(on))

    S = ReferralStatus  # noqa: N806
    for h in ps:  # opschalen: five maatwerk referrals, P2's refused by the provider
        refer(h, ServiceKind.MAATWERK, "2026-07-10", *((S.AFGEWEZEN,) if h == ps[1] else ()))
    consent.record(w1, ps[0], ConsentPurpose.DOORVERWIJZEN, True, "Plan1 Fictief",
                   partner="Fictieve Stichting", at=clock.now)
    refer(ps[0], ServiceKind.VOORLIGGEND, "2026-07-15", S.AANGEMELD, S.GESTART)
    refer(ps[1], ServiceKind.VOORLIGGEND, "2026-07-15", S.AFGEWEZEN)
    refer(ps[2], ServiceKind.VOORLIGGEND, "2026-07-15", S.NIET_GESTART)
    for h in (ps[3], ps[4], p6):
        refer(h, ServiceKind.VOORLIGGEND, "2026-07-15")
    refer(ps[0], ServiceKind.BASISONDERSTEUNING, "2026-08-01")
    refer(p6, ServiceKind.VOORLIGGEND, "2026-06-15")  # before the period

    # Hiaten: five about debts in Heechterp, one about transport in Wirdum.
    for n in range(5):
        clock.day(d(f"2026-08-1{n}"))
        referrals.record_gap(w1, TOPIC_IDS["schulden"], "Heechterp", "Geen schuldhulp")
    referrals.record_gap(w1, TOPIC_IDS["vervoer"], "Wirdum", "Geen vervoer")
    clock.day(d("2026-06-30"))
    referrals.record_gap(w1, TOPIC_IDS["vervoer"], "Wirdum", "Te vroeg")

    # Doorpakbudget: one grant in July (700), five in August (100 each), one refused.
    def grant(on: str, amount: str, approve: bool = True) -> None:
        clock.day(d(on))
        request = budget.request(w1, ps[0], "Iets oplossen", amount, "Omgekeerde toets")
        budget.decide(leader, request.id, approve, "" if approve else "Nee", request.version)

    grant("2026-07-20", "700")
    for n in range(5):
        grant(f"2026-08-2{n}", "100")
    grant("2026-08-28", "300", approve=False)
    clock.day(d("2026-10-01"))
    request = budget.request(w1, ps[1], "Na de periode", "50", "Omgekeerde toets")
    budget.decide(leader, request.id, True, "", request.version)
    clock.day(d("2026-10-05"))
    return services, leader, team


EXPECTED = {
    ("Plannen en leefgebieden", "Plannen"): {
        "Actieve huishoudens (laatste dag)": 6,  # P2..P6 and Zonderplan (P1 closed)
        "waarvan met vastgesteld plan": 5,
        "Aandeel met vastgesteld plan": 5 / 6,
        "Plannen vastgesteld in de periode": 5,  # not P6's in May
        "Evaluaties in de periode": 5,
        "Aandeel doelen behaald": 5 / 10},
    ("Plannen en leefgebieden", "Doelen bij evaluatie"): {
        "Behaald": 5, "Deels behaald": "<5", "Niet behaald": "<5", "Vervallen": "<5",
        "Totaal": 10},
    ("Verwijzingen", "Op- en afschalen"): {
        "Opschalen (naar maatwerk)": 5,
        # P1 voorliggend and basisondersteuning, P3, P4, P5 voorliggend: after a maatwerk
        # referral; not P2 (refused) nor P6 (never maatwerk).
        "Afschalen (naar voorliggend of basisondersteuning)": 5},
    ("Hiaten", "Per wijk/dorp"): {"Heechterp": "x", "Wirdum": "<5", "Totaal": 6},
    ("Hiaten", "Per onderwerp"): {"Schulden en geldzorgen": "x",
                                  "Vervoer en hulpmiddelen": "<5", "Totaal": 6},
}
# Referrals per subdomain of the service's leefgebieden (no signals or contact leefgebieden
# here). Schulden: five maatwerk (P1..P5) and six voorliggend (P1..P6) in the period, not
# P6's in June. Wmo: the five maatwerk, once each although on two wmo leefgebieden.
# Participatie: P1's basisondersteuning. Huishoudens: those with such a referral.
REFERRAL_SUBDOMAINS = {  # Huishoudens, Signalen, Verwijzingen, waarvan maatwerk, Contacturen
    "Jeugd": [0, 0, 0, 0, "–"],
    "Wmo": [5, 0, 5, 5, "–"],
    "Participatie": ["<5", 0, "<5", 0, "–"],
    "Schulden": [6, 0, 11, 5, "–"],
    "Niet vastgelegd": ["–", 0, "–", "–", "–"],
    "Totaal": ["–", 0, "–", "–", "–"],
}


def test_plans_referrals_hiaten_and_budget_match_the_hand_count(dataset, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services, leader, team = dataset
    path = services.reports.export_quarterly(leader, Period.quarter(2026, 3), team,
                                             ExportFormat.XLSX, tmp_path / "k.xlsx").path
    wb = load_workbook(path)
    for (sheet, table), expected in EXPECTED.items():
        values = as_dict(read_tables(wb[sheet])[table])
        for label, want in expected.items():
            got = values[label]
            assert got == (want if isinstance(want, str) else pytest.approx(want)), label

    kinds = {r[0]: r[1:] for r in read_tables(wb["Verwijzingen"])
             ["Verwijzingen naar soort voorziening"][1:]}
    assert kinds == {
        # made, gestart (incl. afgerond), afgerond, afgewezen, niet gestart
        "Voorliggend": [6, "<5", 0, "<5", "<5"],
        "Basisondersteuning": ["<5", 0, 0, 0, 0],
        "Maatwerk": ["x", 0, 0, "<5", 0],  # hidden: else 12 - 6 - 1 gives it away
        "Totaal": [12, "<5", 0, "<5", "<5"]}
    scores = {r[0]: r[1:] for r in read_tables(wb["Plannen en leefgebieden"])
              ["Verandering per leefgebied (score 1–5)"][1:]}
    # intake 2, 2, 3, 1, 4 -> 2.4; evaluation 4, 3, 3, 2, 3 -> 3.0; 3 up, 1 same, 1 down
    assert scores["Financiën"] == [5, 2.4, 3.0, pytest.approx(0.6), "<5", "<5", "<5"]
    assert scores["Huisvesting"][0] == 0
    durations = {r[0]: r[1:] for r in read_tables(wb["Trajecten"])["Doorlooptijden (dagen)"][1:]}
    assert durations["Eerste contact tot plan vastgesteld"] == [5, 30, 50]  # 10..50 days
    assert durations["Plan vastgesteld tot afsluiting"] == ["<5", "<5", "<5"]  # one: 71 d
    subdomains = {r[0]: r[1:] for r in read_tables(wb["Subdomeinen"])["Per subdomein"][1:]}
    assert subdomains == REFERRAL_SUBDOMAINS
    budget = {r[0]: r[1:] for r in read_tables(wb["Doorpakbudget"])
              ["Doorpakbudget per maand"][1:]}
    assert budget == {"juli": ["<5", "<5"], "augustus": ["x", "x"], "september": [0, "–"],
                      "Totaal": [6, 1200]}


def test_raw_figures_and_the_team_overview(dataset) -> None:  # type: ignore[no-untyped-def]
    services, leader, team = dataset
    q3 = Period.quarter(2026, 3)
    figures = services.reports.quarterly_figures(leader, q3, team)
    assert figures.doorpakbudget.amount == Decimal("1200")
    assert [i.count for i in figures.plannen.goal_results] == [5, 2, 2, 1]
    assert figures.trajecten.durations[2].stat.median == 71  # 11 July to 20 September
    assert figures.missing == frozenset()
    overview = services.reports.team_overview(leader, q3, team)
    # Evaluation dates were not planned in these plans, so nothing is overdue.
    assert overview.overdue_evaluations == () and overview.overdue_actions == ()
    kinds = {k.label: k for k in overview.quarterly.verwijzingen.by_kind}
    assert kinds["Voorliggend"].referrals == 6 and kinds["Maatwerk"].rejected == 1
