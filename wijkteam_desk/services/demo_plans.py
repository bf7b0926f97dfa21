"""Fictional plans with evaluations and ZRM score histories for the demo households.

About 8,000 plans at 15,000 households (DESIGN §4): nearly every open household that
started more than a few weeks ago, and part of the closed ones. Bulk inserts.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.store.models import (
    BudgetRequest,
    BudgetStatus,
    Household,
    HouseholdStatus,
    Leefgebied,
    Plan,
    PlanAction,
    PlanScore,
    PlanVersion,
    Role,
    User,
    UserRole,
)

BATCH = 20_000
MAX_EVALUATIONS = 8  # two years; a longer trajectory would have a new plan
PLAN_SHARE = 8000 / 15000
W = pm.Who
# per leefgebied position (ZRM order): a SMART goal and its actions (what, who, who_name)
GOALS: dict[int, tuple[str, list[tuple[str, pm.Who, str]]]] = {
    1: ("Binnen drie maanden is er een betalingsregeling met alle schuldeisers",
        [("Alle post in één map verzamelen", W.BEWONER, ""),
         ("Aanmelden bij de schuldhulpverlening", W.PARTNER, "Schuldhulp"),
         ("Samen de brieven doorlopen", W.REGIEVOERDER, "")]),
    2: ("Over zes maanden twee dagen per week vrijwilligerswerk",
        [("Gesprek bij het werkplein", W.PARTNER, "Werkplein"),
         ("Een cv maken", W.NETWERK, "nicht Sanne")]),
    3: ("Elke week een vaste activiteit buiten de deur",
        [("Meedoen met de wandelgroep op dinsdag", W.BEWONER, "")]),
    4: ("Voor de winter een veilige en warme woning",
        [("Reparatieverzoek indienen bij de woningcorporatie", W.BEWONER, ""),
         ("Overleg met de woningcorporatie", W.REGIEVOERDER, "")]),
    5: ("Minder ruzie thuis: elke week een rustig gesprek",
        [("Gesprek met de jeugdspecialist", W.COLLEGA, "jeugdspecialist")]),
    6: ("Binnen twee maanden hulp bij somberheid",
        [("Afspraak maken bij de huisarts", W.BEWONER, "")]),
    7: ("Weer zonder pijn de trap op kunnen",
        [("Starten met fysiotherapie", W.PARTNER, "Fysiotherapie Oost")]),
    8: ("Niet meer drinken op doordeweekse dagen",
        [("Kennismaken bij de verslavingszorg", W.PARTNER, "Verslavingszorg Noord")]),
    9: ("Elke dag een warme maaltijd",
        [("Maaltijdservice aanvragen", W.REGIEVOERDER, "")]),
    10: ("Het huishouden weer zelf bijhouden",
         [("Boodschappen samen met de buurvrouw", W.NETWERK, "buurvrouw Anja"),
          ("Een weekschema maken", W.BEWONER, "")]),
    11: ("Iemand in de buurt om op terug te vallen",
         [("Kennismaken in de buurtkamer", W.BEWONER, "")]),
    12: ("Meedoen aan een activiteit in de wijk",
         [("Aanmelden bij het buurtfeest-comité", W.BEWONER, "")]),
    13: ("Openstaande boetes zijn betaald of geregeld",
         [("Bellen met het CJIB over een regeling", W.BEWONER, "")]),
}
NETWORK = [("Anja", "buurvrouw", "past op de kinderen"), ("Henk", "broer", "helpt met klussen"),
           ("Sanne", "nicht", "helpt met formulieren"), ("Joke", "vriendin", "gaat mee naar "
                                                                          "afspraken")]
# Doorpakbudget: what a worker pays for to get things moving, and a typical amount in euros.
BUDGET_PURPOSES = [("Achterstallige huur om uitzetting te voorkomen", 450, 750),
                   ("Energierekening zodat de aansluiting blijft", 150, 400),
                   ("Bed en matras voor de kinderen", 200, 350),
                   ("Reiskosten naar het werkplein", 25, 60),
                   ("Legeskosten voor een nieuw identiteitsbewijs", 75, 80),
                   ("Contributie sportclub", 60, 180)]
BUDGET_SHARE = 0.15  # of the plans with a goal
GOES_WELL = ["De kinderen gaan graag naar school.", "Het contact met de familie is goed.",
             "Er is een vaste dagindeling.", "De woning is netjes en opgeruimd."]


def fill(session: Session, rng: random.Random, progress: Callable[[str], None], *,
         today: date | None = None) -> int:
    """Add plans to the demo households. Returns the number of plans."""
    today = today or date.today()
    leefgebieden = list(session.scalars(select(Leefgebied.id).where(
        Leefgebied.retired.is_(False)).order_by(Leefgebied.position)))
    names = {r[0]: r[1] for r in session.execute(select(User.id, User.full_name))}
    households = session.execute(
        select(Household.id, Household.status, Household.start_date, Household.end_date,
               Household.regievoerder_id, Household.team_id).order_by(Household.id)).all()
    open_rows = [h for h in households if h[1] is not HouseholdStatus.AFGESLOTEN]
    closed = len(households) - len(open_rows)
    wanted = round(len(households) * PLAN_SHARE)
    p_closed = max(0.0, min(1.0, (wanted - 0.9 * len(open_rows)) / closed)) if closed else 0
    progress(f"Ongeveer {wanted} plannen met evaluaties en scores aanmaken…")
    rows: dict[type, list[dict[str, Any]]] = {Plan: [], PlanVersion: [], PlanAction: [],
                                              PlanScore: [], BudgetRequest: []}
    # A generator of its own, seeded from the shared one without drawing from it, so the
    # inloop history that follows stays the same for a seed.
    budget_rng = random.Random(repr(rng.getstate()[1][:8]))
    leaders = {team: uid for uid, team in session.execute(
        select(User.id, User.team_id).join(UserRole, UserRole.user_id == User.id)
        .where(UserRole.role == Role.TEAMLEIDER).order_by(User.id))}
    plan_id = (session.scalar(text("SELECT max(id) FROM plan")) or 0) + 1
    for hid, status, start, end, regie, team in households:
        is_open = status is not HouseholdStatus.AFGESLOTEN
        if rng.random() >= (0.9 if is_open else p_closed):
            continue
        if start > today - timedelta(weeks=3):
            continue
        plan, versions = _plan(rng, leefgebieden, names.get(regie or 0, ""), start,
                               None if is_open else (end or today), today)
        document = json.dumps(pm.to_dict(plan), ensure_ascii=False, sort_keys=True)
        rows[Plan].append(dict(
            id=plan_id, household_id=hid, status=plan.status.value, document=document,
            agreed_on=versions[0][0] if versions else None,
            next_evaluation=pm.next_evaluation(plan), updated_by=regie, version=1))
        for number, (agreed_on, how) in enumerate(versions, start=1):
            rows[PlanVersion].append(dict(plan_id=plan_id, number=number, agreed_on=agreed_on,
                                          how=how, document=document, created_by=regie))
        rows[PlanAction] += [dict(plan_id=plan_id, goal_key=g.id, action_key=a.id, what=a.what,
                                  who=a.who.value, deadline=a.deadline, status=a.status.value,
                                  service_id=None, referral_id=None)
                             for g, a in plan.all_actions()]
        rows[PlanScore] += [dict(plan_id=plan_id, leefgebied_id=d.leefgebied_id,
                                 measured_on=s.measured_on, moment=s.moment.value,
                                 score=s.score) for d in plan.domains for s in d.scores]
        if plan.goals and regie and budget_rng.random() < BUDGET_SHARE:
            rows[BudgetRequest].append(_budget(budget_rng, hid, team, regie,
                                               leaders.get(team), plan, start,
                                               None if is_open else (end or today), today))
        plan_id += 1
        if len(rows[PlanScore]) >= BATCH:
            _flush(session, rows)
    _flush(session, rows)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT setval(pg_get_serial_sequence('plan', 'id'), "
                             "(SELECT coalesce(max(id), 1) FROM plan))"))
    return int(session.scalar(text("SELECT count(*) FROM plan")) or 0)


def _flush(session: Session, rows: dict[type, list[dict[str, Any]]]) -> None:
    for model, batch in rows.items():  # parents first
        if batch:
            session.execute(insert(model), batch)
            batch.clear()


def _budget(rng: random.Random, household_id: int, team_id: int, worker: int,
            leader: int | None, plan: pm.Plan, start: date, closed_on: date | None,
            today: date) -> dict[str, Any]:
    """One doorpakbudget request during the trajectory; recent ones still await the
    teamleider, older ones are mostly approved."""
    purpose, low, high = rng.choice(BUDGET_PURPOSES)
    last = closed_on or today
    first = min(start + timedelta(days=21), last)
    asked = first + timedelta(days=rng.randint(0, max(0, (last - first).days)))
    moment = datetime.combine(asked, time(10, 0), UTC) + timedelta(minutes=rng.randint(0, 420))
    pending = leader is None or (closed_on is None and (today - asked).days < 10)
    status = BudgetStatus.AANGEVRAAGD if pending else rng.choices(
        (BudgetStatus.GOEDGEKEURD, BudgetStatus.AFGEWEZEN), (85, 15))[0]
    decided = None if pending else moment + timedelta(days=rng.randint(0, 3), hours=2)
    return dict(household_id=household_id, team_id=team_id, goal_key=plan.goals[0].id,
                purpose=purpose, amount_cents=rng.randint(low, high) * 100,
                justification="Lost de acute zorg op zodat we aan het doel kunnen werken.",
                status=status, requested_by=worker, requested_at=moment,
                decided_by=None if pending else leader, decided_at=decided,
                decision_note="" if status is not BudgetStatus.AFGEWEZEN
                else "Past bij een voorliggende voorziening.", version=1)


def _plan(rng: random.Random, leefgebieden: list[int], coordinator: str, start: date,
          closed_on: date | None, today: date) -> tuple[pm.Plan, list[tuple[date, str]]]:
    counter = iter(range(1, 1000))

    def key() -> str:
        return f"{rng.getrandbits(40):010x}{next(counter):02d}"

    plan = pm.new_plan(leefgebieden, coordinator)
    plan = pm.set_text(plan, "goes_well", rng.choice(GOES_WELL))
    for name, relation, support in rng.sample(NETWORK, rng.randint(0, 2)):
        plan = pm.put_network(plan, pm.NetworkPerson(key(), name, relation, support))
    intake = start + timedelta(days=rng.randint(7, 20))
    scores = {lid: rng.choices((1, 2, 3, 4, 5), (5, 20, 30, 30, 15))[0] for lid in leefgebieden}
    plan = pm.set_scores(plan, intake, scores)
    weak = sorted(leefgebieden, key=lambda lid: (scores[lid], rng.random()))[:rng.randint(1, 4)]
    for lid in weak:
        text_, actions = GOALS.get(leefgebieden.index(lid) + 1, GOALS[1])
        goal = pm.Goal(key(), text_, lid, intake + timedelta(days=rng.choice((90, 120, 180))))
        plan = pm.put_goal(plan, goal)
        plan = pm.set_target(plan, lid, min(5, scores[lid] + rng.randint(1, 2)))
        for what, who, who_name in actions:
            deadline = intake + timedelta(days=rng.randint(14, 75))
            plan = pm.put_action(plan, goal.id, pm.Action(key(), what, who, who_name,
                                                          deadline))
    end = closed_on or today
    evaluation_dates = []
    day = intake + timedelta(days=91)
    while day <= end + timedelta(days=91) and len(evaluation_dates) < MAX_EVALUATIONS:
        evaluation_dates.append(day)
        day += timedelta(days=91)
    plan = pm.set_regie(plan, pm.Regie(coordinator, tuple(evaluation_dates)))
    if closed_on is None and rng.random() < 0.12:
        return plan, []  # still a concept
    agreed = intake + timedelta(days=rng.randint(3, 14))
    how = rng.choice(("getekend", "mondeling akkoord in huisbezoek", "akkoord per e-mail"))
    plan = pm.vaststellen(plan, pm.Agreement(agreed, how))
    versions = [(agreed, how)]
    for held_on in evaluation_dates:
        if held_on > end or (closed_on is None and rng.random() < 0.15):
            break  # an open plan sometimes misses its evaluation: a signal in the demo
        results = tuple(pm.GoalResult(g.id, rng.choices(
            (pm.GoalStatus.BEHAALD, pm.GoalStatus.DEELS, pm.GoalStatus.NIET,
             pm.GoalStatus.VERVALLEN), (40, 35, 20, 5))[0]) for g in plan.goals
            if g.status is pm.GoalStatus.LOPEND)
        new_scores = {lid: max(1, min(5, scores[lid] + rng.choice((-1, 0, 0, 1, 1))))
                      for lid in leefgebieden}
        scores = new_scores
        plan = pm.evaluate(plan, pm.Evaluation(held_on, results), new_scores)
        for goal, action in plan.all_actions():
            if action.deadline and action.deadline < held_on and rng.random() < 0.8:
                plan = pm.put_action(plan, goal.id, pm.Action(
                    action.id, action.what, action.who, action.who_name, action.deadline,
                    pm.ActionStatus.GEDAAN))
    if closed_on is not None:
        plan = pm.close(plan, closed_on, "Doelen behaald of afgesloten met het huishouden")
    return plan, versions
