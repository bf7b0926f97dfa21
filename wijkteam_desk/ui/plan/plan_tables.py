"""Column layouts of the plan editor's tables (network, leefgebieden, goals, actions)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from wijkteam_desk.i18n import MESSAGES_CONTEXT
from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.services.plan_config import LeefgebiedInfo
from wijkteam_desk.ui.plan.rows_model import Column, short_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanEditor", text)


def _m(text: str) -> str:
    """Texts marked with msg() below the UI."""
    return QCoreApplication.translate(MESSAGES_CONTEXT, text)


@dataclass(frozen=True)
class DomainRow:
    info: LeefgebiedInfo
    entry: pm.DomainEntry


def domain_rows(plan: pm.Plan, leefgebieden: Sequence[LeefgebiedInfo]) -> list[DomainRow]:
    """The beheerder's order; retired leefgebieden only where the plan uses them."""
    rows = []
    for info in leefgebieden:
        entry = plan.domain(info.id)
        if entry is not None or not info.retired:
            rows.append(DomainRow(info, entry or pm.DomainEntry(info.id)))
    return rows


def score_choices() -> list[tuple[int | None, str]]:
    return [(None, _tr("geen score")),
            *[(k, f"{k} – {_m(v)}") for k, v in pm.SCORE_LEVELS.items()]]


def network_columns() -> list[Column]:
    return [
        Column(_tr("Naam"), lambda p: p.name, lambda p: p.name, field="name"),
        Column(_tr("Relatie"), lambda p: p.relation, lambda p: p.relation, field="relation"),
        Column(_tr("Wat doet deze persoon"), lambda p: p.support, lambda p: p.support,
               field="support"),
    ]


def domain_columns(measured_on: Callable[[], date]) -> list[Column]:
    def score_at(row: DomainRow) -> int | None:
        day = measured_on()
        return next((s.score for s in row.entry.scores if s.measured_on == day), None)

    def earlier(row: DomainRow) -> str:
        day = measured_on()
        return ", ".join(f"{s.measured_on:%d-%m-%y}: {s.score}" for s in row.entry.scores
                         if s.measured_on != day)

    choices = score_choices()
    return [
        Column(_tr("Leefgebied"), lambda r: r.info.name + (
            _tr(" (vervallen)") if r.info.retired else "")),
        Column(_tr("Situatie"), lambda r: r.entry.situation, lambda r: r.entry.situation,
               field="situation"),
        Column(_tr("Score op meetmoment"),
               lambda r: "" if score_at(r) is None else str(score_at(r)), score_at,
               choices=choices, field="score"),
        Column(_tr("Eerdere scores"), earlier),
        Column(_tr("Doelscore"), lambda r: str(r.entry.target_score or ""),
               lambda r: r.entry.target_score, choices=choices, field="target_score"),
    ]


def goal_columns(leefgebieden: Sequence[LeefgebiedInfo]) -> list[Column]:
    names = {i.id: i.name for i in leefgebieden}
    lg_choices = [(None, _tr("geen")), *[(i.id, i.name) for i in leefgebieden
                                        if not i.retired]]
    status = [(s, _m(n)) for s, n in pm.GOAL_STATUS_NAMES.items()]
    return [
        Column(_tr("Doel (SMART)"), lambda g: g.text, lambda g: g.text, field="text"),
        Column(_tr("Leefgebied"), lambda g: names.get(g.leefgebied_id, ""),
               lambda g: g.leefgebied_id, choices=lg_choices, field="leefgebied_id"),
        Column(_tr("Streefdatum"), lambda g: short_date(g.target_date),
               lambda g: g.target_date, is_date=True, field="target_date"),
        Column(_tr("Status"), lambda g: _m(pm.GOAL_STATUS_NAMES[g.status]),
               lambda g: g.status, choices=status, field="status"),
    ]


def action_columns(service_names: dict[str, str]) -> list[Column]:
    who = [(w, _m(n)) for w, n in pm.WHO_NAMES.items()]
    status = [(s, _m(n)) for s, n in pm.ACTION_STATUS_NAMES.items()]
    services = [(None, _tr("geen")), *service_names.items()]
    return [
        Column(_tr("Wat"), lambda a: a.what, lambda a: a.what, field="what"),
        Column(_tr("Wie"), lambda a: _m(pm.WHO_NAMES[a.who]), lambda a: a.who, choices=who,
               field="who"),
        Column(_tr("Naam"), lambda a: a.who_name, lambda a: a.who_name, field="who_name"),
        Column(_tr("Uiterlijk"), lambda a: short_date(a.deadline), lambda a: a.deadline,
               is_date=True, field="deadline"),
        Column(_tr("Status"), lambda a: _m(pm.ACTION_STATUS_NAMES[a.status]),
               lambda a: a.status, choices=status, field="status"),
        Column(_tr("Voorziening"),
               lambda a: service_names.get(a.service_id or "", a.service_id or ""),
               lambda a: a.service_id, choices=services, field="service_id"),
    ]


def ladder_columns() -> list[Column]:
    steps = [(k, f"{k} – {_m(v)}") for k, v in pm.LADDER_STEPS.items()]
    return [
        Column(_tr("Gezinslid"), lambda x: x.member),
        Column(_tr("Trede"), lambda x: f"{x.step} – {_m(pm.LADDER_STEPS[x.step])}",
               lambda x: x.step, choices=steps, field="step"),
        Column(_tr("Datum"), lambda x: short_date(x.measured_on)),
    ]
