"""A realistic plan for the print and editor tests."""

from __future__ import annotations

from datetime import date

from wijkteam_desk.reports.plan_pdf import LeefgebiedText, PlanDocument
from wijkteam_desk.services import plan_model as pm

LEEFGEBIEDEN = {
    1: LeefgebiedText("Financiën", "Geld, inkomen, rekeningen en schulden."),
    2: LeefgebiedText("Werk & opleiding", "Werk, school of een opleiding."),
    4: LeefgebiedText("Huisvesting", "Uw woning. Is die veilig, betaalbaar en goed genoeg?"),
    14: LeefgebiedText("Zingeving", "Wat u belangrijk vindt in het leven.", retired=True),
}


def plan() -> pm.Plan:
    p = pm.new_plan([1, 2, 4, 14], coordinator="Sietske Hoekstra")
    p = pm.set_text(p, "goes_well", "De kinderen gaan elke dag naar school.")
    p = pm.set_text(p, "notes", "GEHEIME-WERKNOTITIE over de ex-partner")
    p = pm.put_network(p, pm.NetworkPerson("n1", "Anja", "buurvrouw", "past op de kinderen"))
    p = pm.set_situation(p, 1, "SITUATIE-SCHULDEN bij drie schuldeisers")
    for lid, score in ((1, 1), (2, 2), (4, 3), (14, 2)):
        p = pm.set_score(p, lid, date(2026, 1, 5), score)
    p = pm.set_target(p, 1, 4)
    p = pm.put_goal(p, pm.Goal("g1", "Over drie maanden is er een betalingsregeling", 1,
                               date(2026, 4, 1)))
    p = pm.put_action(p, "g1", pm.Action("a1", "Alle brieven in één map doen", pm.Who.BEWONER,
                                         deadline=date(2026, 2, 1)))
    p = pm.put_action(p, "g1", pm.Action("a2", "Aanmelden bij de schuldhulp",
                                         pm.Who.VOORZIENING, service_id="svc-17",
                                         deadline=date(2026, 2, 15)))
    p = pm.put_goal(p, pm.Goal("g2", "Een rustige plek om te wonen", 14, date(2026, 6, 1)))
    p = pm.put_action(p, "g2", pm.Action("a3", "Samen naar de woningcorporatie",
                                         pm.Who.REGIEVOERDER, deadline=date(2026, 3, 1)))
    p = pm.set_regie(p, pm.Regie("Sietske Hoekstra", (date(2026, 4, 1),)))
    p = pm.vaststellen(p, pm.Agreement(date(2026, 1, 12), "getekend"))
    p = pm.evaluate(p, pm.Evaluation(date(2026, 3, 2), (pm.GoalResult("g2", pm.GoalStatus.DEELS),),
                                     "EVALUATIE-NOTITIE"), {1: 2, 4: 3})
    return p


def document(p: pm.Plan | None = None) -> PlanDocument:
    return PlanDocument(plan=p or plan(), household_name="Familie De Boer",
                        address="Fictieve Heechterpstraat 12, 8924 AB Leeuwarden",
                        regievoerder="Sietske Hoekstra", leefgebieden=LEEFGEBIEDEN,
                        service_names={"svc-17": "Schuldhulp Leeuwarden"},
                        printed_on=date(2026, 3, 3))
