"""A hand-made figures object for the builder tests: numbers chosen so that every
suppression rule fires somewhere."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from wijkteam_desk.reports.figures import (
    DURATION_LABELS,
    BudgetMonth,
    Caseload,
    Doorpakbudget,
    Duration,
    Gap,
    Inloop,
    Instroom,
    Item,
    LeefgebiedChange,
    OpenSignal,
    Overdue,
    Period,
    Plannen,
    QuarterlyFigures,
    Reach,
    ReferralKind,
    ReportMeta,
    Stat,
    SubdomainFigures,
    Subdomeinen,
    TeamOverview,
    Trajecten,
    Verwijzingen,
    Vroegsignalering,
)


def sample_figures(threshold: int = 5) -> QuarterlyFigures:
    meta = ReportMeta("Wijkteam Oost", Period.quarter(2026, 3), date(2026, 10, 5), threshold)
    return QuarterlyFigures(
        meta=meta,
        reach=Reach(households=412, persons=987),
        instroom=Instroom(
            by_source=(Item("Inloop", 61), Item("Zelfmelder", 40), Item("Huisarts", 3),
                       Item("Woningcorporatie", 12), Item("Vroegsignalering schulden", 25)),
            by_area=(Item("Heechterp-Schieringen", 70), Item("Vrijheidswijk", 69),
                     Item("Wirdum", 2)),
            by_outcome=(Item("Advies/afgehandeld", 30), Item("Voorliggende voorziening", 20),
                        Item("Huishouden", 91), Item("Nog niet afgehandeld", 0))),
        inloop=Inloop(
            visits=1234,
            by_location=(Item("Buurtkamer Heechterp", 700), Item("Dorpskamer Wirdum", 34),
                         Item("Buurtkamer Vrijheidswijk", 500)),
            by_daypart=(Item("Ochtend", 600), Item("Middag", 630), Item("Avond", 4)),
            by_topic=(Item("Financiën", 500), Item("Huisvesting", 734)),
            by_outcome=(Item("Direct beantwoord", 800), Item("Doorverwezen", 300),
                        Item("Overgedragen aan het wijkteam", 120), Item("Vertrokken", 14)),
            by_month=(Item("juli", 400), Item("augustus", 334), Item("september", 500)),
            waiting_minutes=Stat(1200, 7.0, 18.5), service_minutes=Stat(3, 12.0, 20.0)),
        trajecten=Trajecten(
            active_at_end=230, started=48, closed=37, reopened=4,
            households_with_contact=300, contact_hours=1800.0,
            intensity_bands=(Item("0–2", 150), Item("2–4", 90), Item("4–8", 50),
                             Item("meer dan 8", 10)),
            above_ceiling=10,
            durations=(Duration(DURATION_LABELS[0], Stat(40, 6.0, 15.2)),
                       Duration(DURATION_LABELS[1], Stat(30, 21.5, 44.0)),
                       Duration(DURATION_LABELS[2], Stat(4, 120.0, 180.0)),
                       Duration(DURATION_LABELS[3], Stat(35, 150.0, 301.4))),
            closure_reasons=(Item("Doelen bereikt", 25), Item("Verhuisd", 2),
                             Item("Overgedragen", 10))),
        verwijzingen=Verwijzingen(
            by_kind=(ReferralKind("Voorliggend", 120, 80, 30, 5, 5),
                     ReferralKind("Basisondersteuning", 40, 35, 10, 0, 1),
                     ReferralKind("Maatwerk", 22, 15, 6, 3, 2)),
            opschalen=22, afschalen=7),
        plannen=Plannen(
            active_households=230, with_vastgesteld_plan=184, plans_vastgesteld=52,
            evaluations=61,
            goal_results=(Item("Behaald", 70), Item("Deels behaald", 40),
                          Item("Niet behaald", 30), Item("Vervallen", 10)),
            leefgebieden=(LeefgebiedChange("Financiën", 80, 2.1, 3.05, 50, 25, 5),
                          LeefgebiedChange("Huisvesting", 3, 2.0, 4.0, 3, 0, 0),
                          LeefgebiedChange("Sociaal netwerk", 20, 3.0, 2.75, 2, 10, 8))),
        vroegsignalering=Vroegsignalering(meldingen=25, contact=18, traject=9, afgewezen=4),
        subdomeinen=Subdomeinen((SubdomainFigures("Jeugd", 60, 20, 30, 10, 400.0, 55),
                                 SubdomainFigures("Wmo", 90, 30, 50, 8, 500.0, 80),
                                 SubdomainFigures("Participatie", 3, 2, 1, 0, 10.0, 3),
                                 SubdomainFigures("Schulden", 70, 25, 40, 4, 350.0, 66)),
                                signals_not_recorded=64),
        hiaten=(Gap("Heechterp-Schieringen", "Huisvesting", 6),
                Gap("Vrijheidswijk", "Huisvesting", 5),
                Gap("Wirdum", "Vervoer", 1)),
        doorpakbudget=Doorpakbudget((BudgetMonth("juli", 3, Decimal("950.00")),
                                     BudgetMonth("augustus", 6, Decimal("1200.50")),
                                     BudgetMonth("september", 7, Decimal("2100.00")))),
    )


def sample_overview() -> TeamOverview:
    q = sample_figures()
    return TeamOverview(
        quarterly=q,
        caseload=(Caseload("Sietske Hoekstra", 28, 3, 160.5, 2),
                  Caseload("Jan de Boer", 22, 1, 120.0, 0),
                  Caseload("Anna Visser", 31, 4, 201.25, 3)),
        open_signals=(OpenSignal("S-0041", "Huisarts", "Wirdum", date(2026, 9, 1), 34, ""),
                      OpenSignal("S-0057", "Zelfmelder", "Vrijheidswijk", date(2026, 9, 28), 7,
                                 "Jan de Boer")),
        overdue_evaluations=(Overdue("Anna Visser", "H-00012", "Evaluatie plan",
                                     date(2026, 9, 15), 20),),
        overdue_actions=(Overdue("Sietske Hoekstra", "H-00033", "Actie: aanvraag bijzondere "
                                 "bijstand", date(2026, 9, 25), 10),),
        inloop_by_week=tuple(Item(f"week {w}", 80 + (w * 7) % 30) for w in range(27, 40)),
        follow_up_days=14,
    )
