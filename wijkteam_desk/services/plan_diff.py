"""What changed between two versions of a plan, as plain rows for a side-by-side view."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from wijkteam_desk.i18n import msg
from wijkteam_desk.services.plan_model import (
    ACTION_STATUS_NAMES,
    GOAL_STATUS_NAMES,
    WHO_NAMES,
    Action,
    Goal,
    NetworkPerson,
    Plan,
)


@dataclass(frozen=True)
class Change:
    """One difference. ``before`` is empty for something added, ``after`` for removed."""

    section: str
    subject: str
    field: str
    before: str
    after: str


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, tuple):
        return ", ".join(_text(v) for v in value)
    return str(value)


def _fields(obj: Any, spec: list[tuple[str, str, Callable[[Any], str]]]) -> dict[str, str]:
    return {label: fmt(getattr(obj, name)) for name, label, fmt in spec}


_NETWORK = [("name", msg("naam"), _text), ("relation", msg("relatie"), _text),
            ("support", msg("wat doet deze persoon"), _text)]
_GOAL = [("text", msg("doel"), _text), ("target_date", msg("streefdatum"), _text),
         ("status", msg("status"), lambda s: GOAL_STATUS_NAMES[s])]
_ACTION = [("what", msg("actie"), _text), ("who", msg("wie"), lambda w: WHO_NAMES[w]),
           ("who_name", msg("naam"), _text), ("deadline", msg("uiterlijk"), _text),
           ("status", msg("status"), lambda s: ACTION_STATUS_NAMES[s]),
           ("service_id", msg("voorziening"), _text)]


def _compare(out: list[Change], section: str, subject: str,
             old: dict[str, str] | None, new: dict[str, str] | None) -> None:
    keys = list((new or old or {}).keys())
    for key in keys:
        before = old.get(key, "") if old else ""
        after = new.get(key, "") if new else ""
        if before != after:
            out.append(Change(section, subject, key, before, after))


def _by_id(items: tuple[Any, ...]) -> dict[str, Any]:
    return {i.id: i for i in items}


def diff(old: Plan, new: Plan, leefgebied_names: Mapping[int, str]) -> list[Change]:
    """Every difference between ``old`` and ``new``, section by section."""
    out: list[Change] = []

    def name(leefgebied_id: int | None) -> str:
        if leefgebied_id is None:
            return ""
        return leefgebied_names.get(leefgebied_id, f"#{leefgebied_id}")

    if old.status != new.status:
        out.append(Change(msg("Plan"), "", msg("status"), old.status.value, new.status.value))
    for attr, section in (("goes_well", msg("Wat gaat goed")),
                          ("notes", msg("Werkaantekeningen"))):
        if getattr(old, attr) != getattr(new, attr):
            out.append(Change(section, "", "", getattr(old, attr), getattr(new, attr)))

    olds, news = _by_id(old.network), _by_id(new.network)
    for pid in [*olds, *(k for k in news if k not in olds)]:
        o: NetworkPerson | None = olds.get(pid)
        n: NetworkPerson | None = news.get(pid)
        subject = (n or o).name  # type: ignore[union-attr]
        _compare(out, msg("Eigen kracht en netwerk"), subject,
                 _fields(o, _NETWORK) if o else None, _fields(n, _NETWORK) if n else None)

    ids = [d.leefgebied_id for d in old.domains]
    ids += [d.leefgebied_id for d in new.domains if d.leefgebied_id not in ids]
    for lid in ids:
        od, nd = old.domain(lid), new.domain(lid)
        spec = {
            msg("situatie"): lambda d: d.situation,
            msg("scores"): lambda d: ", ".join(
                f"{s.measured_on:%d-%m-%Y}: {s.score}" for s in d.scores),
            msg("doelscore"): lambda d: _text(d.target_score),
        }
        _compare(out, msg("Leefgebieden"), name(lid),
                 {k: f(od) for k, f in spec.items()} if od else None,
                 {k: f(nd) for k, f in spec.items()} if nd else None)

    oldg, newg = _by_id(old.goals), _by_id(new.goals)
    for gid in [*oldg, *(k for k in newg if k not in oldg)]:
        og: Goal | None = oldg.get(gid)
        ng: Goal | None = newg.get(gid)
        goal = ng or og
        assert goal is not None
        gf = [*_GOAL, ("leefgebied_id", msg("leefgebied"), name)]
        _compare(out, msg("Doelen"), goal.text,
                 _fields(og, gf) if og else None, _fields(ng, gf) if ng else None)
        oa = _by_id(og.actions) if og else {}
        na = _by_id(ng.actions) if ng else {}
        for aid in [*oa, *(k for k in na if k not in oa)]:
            a_old: Action | None = oa.get(aid)
            a_new: Action | None = na.get(aid)
            action = a_new or a_old
            assert action is not None
            _compare(out, msg("Acties"), f"{goal.text} – {action.what}",
                     _fields(a_old, _ACTION) if a_old else None,
                     _fields(a_new, _ACTION) if a_new else None)

    regie_spec = [("coordinator", msg("wie coördineert"), _text),
                  ("evaluation_dates", msg("evaluatiemomenten"), _text),
                  ("handed_to", msg("regie overgedragen aan"), _text),
                  ("handed_on", msg("overgedragen op"), _text)]
    _compare(out, msg("Regie-afspraken"), "", _fields(old.regie, regie_spec),
             _fields(new.regie, regie_spec))
    if old.agreement != new.agreement:
        out.append(Change(msg("Akkoord bewoner"), "", "",
                          _agreement(old), _agreement(new)))
    for ev in new.evaluations[len(old.evaluations):]:
        out.append(Change(msg("Evaluaties"), _text(ev.held_on), "", "",
                          ", ".join(f"{name_of_goal(new, r.goal_id)}: "
                                    f"{GOAL_STATUS_NAMES[r.result]}" for r in ev.results)))
    return out


def name_of_goal(plan: Plan, goal_id: str) -> str:
    return next((g.text for g in plan.goals if g.id == goal_id), goal_id)


def _agreement(plan: Plan) -> str:
    a = plan.agreement
    return f"{a.agreed_on:%d-%m-%Y}, {a.how}" if a else ""
