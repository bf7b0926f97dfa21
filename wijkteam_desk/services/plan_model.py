"""The one plan of a household as plain, immutable data.

The editor changes a plan only through the pure functions below (each returns a new plan),
so undo is exact: a command keeps the plan before and after. The same data is stored as a
JSON document by the plan service, snapshotted on every vaststelling and compared by
:func:`diff`.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from wijkteam_desk.errors import ValidationError
from wijkteam_desk.i18n import msg

MAX_GOALS = 12
SCORE_LEVELS = {
    1: msg("acute problematiek"),
    2: msg("niet zelfredzaam"),
    3: msg("beperkt zelfredzaam"),
    4: msg("voldoende zelfredzaam"),
    5: msg("volledig zelfredzaam"),
}
# The participatieladder (6 treden) as used by gemeenten since the Alkmaar pilot.
LADDER_STEPS = {
    1: msg("Geïsoleerd"),
    2: msg("Sociale contacten buiten de deur"),
    3: msg("Deelname aan georganiseerde activiteiten"),
    4: msg("Onbetaald werk"),
    5: msg("Betaald werk met ondersteuning"),
    6: msg("Betaald werk"),
}


class PlanStatus(enum.StrEnum):
    CONCEPT = "concept"
    VASTGESTELD = "vastgesteld"
    AFGESLOTEN = "afgesloten"


class GoalStatus(enum.StrEnum):
    LOPEND = "lopend"
    BEHAALD = "behaald"
    DEELS = "deels"
    NIET = "niet"
    VERVALLEN = "vervallen"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    BEZIG = "bezig"
    GEDAAN = "gedaan"
    VERVALLEN = "vervallen"


class Who(enum.StrEnum):
    """Who carries out an action."""

    BEWONER = "bewoner"
    NETWERK = "netwerk"
    REGIEVOERDER = "regievoerder"
    COLLEGA = "betrokken_collega"
    PARTNER = "partner"
    VOORZIENING = "voorziening"


class Moment(enum.StrEnum):
    INTAKE = "intake"
    EVALUATIE = "evaluatie"


GOAL_STATUS_NAMES = {
    GoalStatus.LOPEND: msg("loopt"), GoalStatus.BEHAALD: msg("behaald"),
    GoalStatus.DEELS: msg("deels behaald"), GoalStatus.NIET: msg("niet behaald"),
    GoalStatus.VERVALLEN: msg("vervallen"),
}
ACTION_STATUS_NAMES = {
    ActionStatus.OPEN: msg("nog te doen"), ActionStatus.BEZIG: msg("bezig"),
    ActionStatus.GEDAAN: msg("gedaan"), ActionStatus.VERVALLEN: msg("vervallen"),
}
WHO_NAMES = {
    Who.BEWONER: msg("bewoner"), Who.NETWERK: msg("netwerk"),
    Who.REGIEVOERDER: msg("regievoerder"), Who.COLLEGA: msg("betrokken collega"),
    Who.PARTNER: msg("partner"), Who.VOORZIENING: msg("voorziening"),
}


def new_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass(frozen=True)
class NetworkPerson:
    """Someone in the eigen netwerk who helps: family, neighbours, friends."""

    id: str
    name: str
    relation: str = ""
    support: str = ""


@dataclass(frozen=True)
class Score:
    measured_on: date
    score: int
    moment: Moment = Moment.INTAKE


@dataclass(frozen=True)
class DomainEntry:
    leefgebied_id: int
    situation: str = ""
    scores: tuple[Score, ...] = ()
    target_score: int | None = None

    @property
    def latest(self) -> int | None:
        return self.scores[-1].score if self.scores else None


@dataclass(frozen=True)
class Action:
    id: str
    what: str
    who: Who = Who.BEWONER
    who_name: str = ""
    deadline: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    service_id: str | None = None  # a sociale-kaart service when who is VOORZIENING
    referral_id: int | None = None  # the doorverwijzing made for it, once saved


@dataclass(frozen=True)
class Goal:
    id: str
    text: str
    leefgebied_id: int | None = None
    target_date: date | None = None
    status: GoalStatus = GoalStatus.LOPEND
    actions: tuple[Action, ...] = ()


@dataclass(frozen=True)
class Regie:
    """Regie-afspraken: who coordinates, when we evaluate, regie handed to another party."""

    coordinator: str = ""
    evaluation_dates: tuple[date, ...] = ()
    handed_to: str = ""
    handed_on: date | None = None


@dataclass(frozen=True)
class Agreement:
    agreed_on: date
    how: str  # e.g. "getekend", "mondeling in huisbezoek"


@dataclass(frozen=True)
class GoalResult:
    goal_id: str
    result: GoalStatus


@dataclass(frozen=True)
class Evaluation:
    held_on: date
    results: tuple[GoalResult, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class LadderScore:
    member: str
    step: int
    measured_on: date


@dataclass(frozen=True)
class Plan:
    status: PlanStatus = PlanStatus.CONCEPT
    goes_well: str = ""
    network: tuple[NetworkPerson, ...] = ()
    domains: tuple[DomainEntry, ...] = ()
    goals: tuple[Goal, ...] = ()
    regie: Regie = field(default_factory=Regie)
    agreement: Agreement | None = None
    evaluations: tuple[Evaluation, ...] = ()
    ladder: tuple[LadderScore, ...] = ()
    notes: str = ""  # internal werkaantekeningen: never printed for the resident
    closed_on: date | None = None
    closing_reason: str = ""

    def domain(self, leefgebied_id: int) -> DomainEntry | None:
        return next((d for d in self.domains if d.leefgebied_id == leefgebied_id), None)

    def goal(self, goal_id: str) -> Goal:
        for goal in self.goals:
            if goal.id == goal_id:
                return goal
        raise KeyError(goal_id)

    def all_actions(self) -> list[tuple[Goal, Action]]:
        return [(g, a) for g in self.goals for a in g.actions]


def new_plan(leefgebied_ids: list[int], coordinator: str = "") -> Plan:
    return Plan(domains=tuple(DomainEntry(i) for i in leefgebied_ids),
                regie=Regie(coordinator=coordinator))


# -- edits (pure) ------------------------------------------------------------------------

TEXT_FIELDS = ("goes_well", "notes")


def set_text(plan: Plan, name: str, value: str) -> Plan:
    if name not in TEXT_FIELDS:
        raise KeyError(name)
    return replace(plan, **{name: value})


def _put(items: tuple[Any, ...], item: Any, index: int | None = None) -> tuple[Any, ...]:
    """Replace the item with the same id, or insert it at ``index`` (default: at the end)."""
    for i, old in enumerate(items):
        if old.id == item.id:
            return items[:i] + (item,) + items[i + 1:]
    pos = len(items) if index is None else index
    return items[:pos] + (item,) + items[pos:]


def _without(items: tuple[Any, ...], item_id: str) -> tuple[Any, ...]:
    if not any(i.id == item_id for i in items):
        raise KeyError(item_id)
    return tuple(i for i in items if i.id != item_id)


def put_network(plan: Plan, person: NetworkPerson, index: int | None = None) -> Plan:
    return replace(plan, network=_put(plan.network, person, index))


def remove_network(plan: Plan, person_id: str) -> Plan:
    return replace(plan, network=_without(plan.network, person_id))


def put_goal(plan: Plan, goal: Goal, index: int | None = None) -> Plan:
    if not any(g.id == goal.id for g in plan.goals) and len(plan.goals) >= MAX_GOALS:
        raise ValidationError(msg("Een plan heeft hooguit twaalf doelen. Houd het klein."),
                              field="goals")
    return replace(plan, goals=_put(plan.goals, goal, index))


def remove_goal(plan: Plan, goal_id: str) -> Plan:
    return replace(plan, goals=_without(plan.goals, goal_id))


def put_action(plan: Plan, goal_id: str, action: Action, index: int | None = None) -> Plan:
    goal = plan.goal(goal_id)
    return put_goal(plan, replace(goal, actions=_put(goal.actions, action, index)))


def remove_action(plan: Plan, goal_id: str, action_id: str) -> Plan:
    goal = plan.goal(goal_id)
    return put_goal(plan, replace(goal, actions=_without(goal.actions, action_id)))


def put_domain(plan: Plan, entry: DomainEntry) -> Plan:
    domains = list(plan.domains)
    for i, old in enumerate(domains):
        if old.leefgebied_id == entry.leefgebied_id:
            domains[i] = entry
            return replace(plan, domains=tuple(domains))
    return replace(plan, domains=(*domains, entry))


def set_score(plan: Plan, leefgebied_id: int, measured_on: date, score: int | None,
              moment: Moment = Moment.INTAKE) -> Plan:
    """Set (or with ``None`` remove) the score of one leefgebied at one measurement."""
    if score is not None and score not in SCORE_LEVELS:
        raise ValidationError(msg("Een score is 1, 2, 3, 4 of 5."), field="score")
    entry = plan.domain(leefgebied_id) or DomainEntry(leefgebied_id)
    scores = [s for s in entry.scores if s.measured_on != measured_on]
    if score is not None:
        scores.append(Score(measured_on, score, moment))
    scores.sort(key=lambda s: s.measured_on)
    return put_domain(plan, replace(entry, scores=tuple(scores)))


def set_scores(plan: Plan, measured_on: date, scores: dict[int, int],
               moment: Moment = Moment.INTAKE) -> Plan:
    """One measurement of several leefgebieden at once."""
    if any(s not in SCORE_LEVELS for s in scores.values()):
        raise ValidationError(msg("Een score is 1, 2, 3, 4 of 5."), field="score")
    todo = dict(scores)
    domains = []
    for entry in plan.domains:
        if entry.leefgebied_id in todo:
            kept = [s for s in entry.scores if s.measured_on != measured_on]
            kept.append(Score(measured_on, todo.pop(entry.leefgebied_id), moment))
            kept.sort(key=lambda s: s.measured_on)
            entry = replace(entry, scores=tuple(kept))
        domains.append(entry)
    domains += [DomainEntry(lid, scores=(Score(measured_on, s, moment),))
                for lid, s in todo.items()]
    return replace(plan, domains=tuple(domains))


def set_target(plan: Plan, leefgebied_id: int, target: int | None) -> Plan:
    if target is not None and target not in SCORE_LEVELS:
        raise ValidationError(msg("Een doelscore is 1, 2, 3, 4 of 5."), field="target_score")
    entry = plan.domain(leefgebied_id) or DomainEntry(leefgebied_id)
    return put_domain(plan, replace(entry, target_score=target))


def set_situation(plan: Plan, leefgebied_id: int, situation: str) -> Plan:
    entry = plan.domain(leefgebied_id) or DomainEntry(leefgebied_id)
    return put_domain(plan, replace(entry, situation=situation))


def set_regie(plan: Plan, regie: Regie) -> Plan:
    return replace(plan, regie=replace(
        regie, evaluation_dates=tuple(sorted(set(regie.evaluation_dates)))))


def put_ladder(plan: Plan, item: LadderScore) -> Plan:
    if item.step not in LADDER_STEPS:
        raise ValidationError(msg("De participatieladder heeft de treden 1 tot en met 6."),
                              field="ladder")
    rest = [x for x in plan.ladder
            if (x.member, x.measured_on) != (item.member, item.measured_on)]
    return replace(plan, ladder=tuple(sorted([*rest, item],
                                             key=lambda x: (x.member, x.measured_on))))


# -- lifecycle ---------------------------------------------------------------------------

def check(plan: Plan) -> None:
    """Raise ValidationError for a plan that cannot be saved as it is."""
    for goal in plan.goals:
        if not goal.text.strip():
            raise ValidationError(msg("Elk doel heeft een omschrijving nodig."), field="goals")
        for action in goal.actions:
            if not action.what.strip():
                raise ValidationError(msg("Elke actie heeft een omschrijving nodig."),
                                      field="actions")
            if action.who is Who.VOORZIENING and action.service_id is None:
                raise ValidationError(
                    msg("Kies de voorziening uit de sociale kaart voor deze actie."),
                    field="actions")


def vaststellen(plan: Plan, agreement: Agreement) -> Plan:
    """The resident agrees with the plan: it becomes vastgesteld."""
    if plan.status is PlanStatus.AFGESLOTEN:
        raise ValidationError(msg("Een afgesloten plan kan niet opnieuw worden vastgesteld."))
    if not plan.goals:
        raise ValidationError(msg("Een plan heeft minstens één doel nodig."), field="goals")
    if not agreement.how.strip():
        raise ValidationError(msg("Schrijf op hoe de bewoner akkoord gaf."), field="how")
    check(plan)
    return replace(plan, status=PlanStatus.VASTGESTELD, agreement=agreement)


def evaluate(plan: Plan, evaluation: Evaluation, scores: dict[int, int]) -> Plan:
    """Record an evaluation: per doel the result, and new scores per leefgebied."""
    if plan.status is not PlanStatus.VASTGESTELD:
        raise ValidationError(msg("Alleen een vastgesteld plan kan worden geëvalueerd."))
    goals = {g.id: g for g in plan.goals}
    for result in evaluation.results:
        if result.goal_id not in goals:
            raise ValidationError(msg("De evaluatie noemt een doel dat niet in het plan staat."))
        if result.result is GoalStatus.LOPEND:
            raise ValidationError(msg("Kies per doel: behaald, deels, niet of vervallen."))
        goals[result.goal_id] = replace(goals[result.goal_id], status=result.result)
    new = replace(plan, goals=tuple(goals[g.id] for g in plan.goals),
                  evaluations=(*plan.evaluations, evaluation))
    return set_scores(new, evaluation.held_on, scores, Moment.EVALUATIE)


def close(plan: Plan, on: date, reason: str) -> Plan:
    return replace(plan, status=PlanStatus.AFGESLOTEN, closed_on=on, closing_reason=reason)


def next_evaluation(plan: Plan) -> date | None:
    """The first planned evaluation date after the last evaluation held."""
    if plan.status is PlanStatus.AFGESLOTEN:
        return None
    last = max((e.held_on for e in plan.evaluations), default=None)
    return next((d for d in plan.regie.evaluation_dates if last is None or d > last), None)


# -- JSON --------------------------------------------------------------------------------

_FIELDS: dict[type, tuple[str, ...]] = {}
_HINTS: dict[Any, dict[str, Any]] = {}
_PLAIN = (str, int, float, bool, type(None))


def to_dict(value: Any) -> Any:
    kind = type(value)
    if kind in _PLAIN:
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if kind is tuple:
        return [to_dict(v) for v in value]
    if kind is date:
        return value.isoformat()
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(value))
    return {n: to_dict(getattr(value, n)) for n in names}


def _decode(tp: Any, raw: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if raw is None:
            return None
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decode(inner, raw)
    if origin is tuple:
        (inner, _ellipsis) = typing.get_args(tp)
        return tuple(_decode(inner, r) for r in raw)
    if dataclasses.is_dataclass(tp):
        hints = _HINTS.get(tp)
        if hints is None:  # get_type_hints evaluates the annotations: slow, so once
            hints = _HINTS[tp] = typing.get_type_hints(tp)
        return tp(**{k: _decode(hints[k], v) for k, v in raw.items() if k in hints})
    if tp is date:
        return date.fromisoformat(raw)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp(raw)
    return raw


def from_dict(data: dict[str, Any]) -> Plan:
    plan: Plan = _decode(Plan, data)
    return plan
