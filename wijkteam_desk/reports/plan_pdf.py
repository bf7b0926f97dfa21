"""The plan as PDF: for the resident in plain Dutch (B1), and an internal version with the
scores and a chart per leefgebied. Works on plain data only."""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from wijkteam_desk.i18n import msg
from wijkteam_desk.reports.plan_chart import score_chart
from wijkteam_desk.services.plan_model import (
    ACTION_STATUS_NAMES,
    GOAL_STATUS_NAMES,
    LADDER_STEPS,
    SCORE_LEVELS,
    Action,
    Plan,
    PlanStatus,
    Who,
    next_evaluation,
)

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")

# The fixed texts of the resident's plan. Short sentences, no jargon (B1): the tests check
# that no sentence here is longer than 15 words.
RESIDENT_TEXT = {
    "title": msg("Ons plan"),
    "intro": msg("Dit is uw plan. U maakte het samen met uw regievoerder. "
                 "In dit plan staat wat u wilt bereiken. Er staat ook in wie wat doet. "
                 "En wanneer dat klaar is."),
    "goes_well": msg("Wat gaat goed"),
    "goes_well_empty": msg("Dit vullen we samen in bij het volgende gesprek."),
    "network": msg("Wie helpt u al"),
    "network_intro": msg("Deze mensen om u heen helpen al. Dat is belangrijk."),
    "goals": msg("Wat wilt u bereiken"),
    "goals_intro": msg("Dit zijn uw doelen. Bij elk doel staat wat er moet gebeuren."),
    "goal": msg("Doel"),
    "about": msg("Dit gaat over"),
    "ready_by": msg("Klaar op"),
    "col_what": msg("Wat gebeurt er"),
    "col_who": msg("Wie doet het"),
    "col_when": msg("Klaar op"),
    "no_actions": msg("We spreken nog af wat er gebeurt."),
    "you": msg("U zelf"),
    "network_someone": msg("Iemand die u kent"),
    "your_worker": msg("uw regievoerder"),
    "colleague": msg("collega van het wijkteam"),
    "next_talk": msg("Wanneer praten we weer"),
    "next_on": msg("We kijken samen hoe het gaat. Dat doen we op"),
    "next_unknown": msg("We spreken samen een datum af."),
    "contact": msg("Uw regievoerder is"),
    "contact_tail": msg("Hebt u een vraag? Bel of mail dan gerust."),
    "handed": msg("Deze persoon of organisatie helpt u nu verder:"),
    "agreed": msg("U hebt dit plan afgesproken op"),
    "sign": msg("Ik ben het eens met dit plan."),
    "sign_resident": msg("Handtekening bewoner"),
    "sign_worker": msg("Handtekening regievoerder"),
    "sign_date": msg("Datum"),
    "printed": msg("Gemaakt op"),
}


@dataclass(frozen=True)
class LeefgebiedText:
    name: str
    explanation: str
    retired: bool = False


@dataclass(frozen=True)
class PlanDocument:
    """Everything a plan print needs, as plain data."""

    plan: Plan
    household_name: str
    address: str
    regievoerder: str
    leefgebieden: Mapping[int, LeefgebiedText]
    service_names: Mapping[str, str]
    printed_on: date


def long_date(value: date | None) -> str:
    if value is None:
        return ""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def _styles(base: float) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=base, leading=base * 1.4,
                          alignment=TA_LEFT, spaceAfter=base * 0.4)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=base * 0.8,
                                leading=base * 1.1, textColor=colors.grey),
        "h1": ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold",
                             fontSize=base * 1.8, leading=base * 2.2, spaceAfter=base),
        "h2": ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold",
                             fontSize=base * 1.3, leading=base * 1.7, spaceBefore=base,
                             spaceAfter=base * 0.4),
        "h3": ParagraphStyle("h3", parent=body, fontName="Helvetica-Bold"),
        "cell": ParagraphStyle("cell", parent=body, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=body, fontName="Helvetica-Bold",
                                spaceAfter=0),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _who(doc: PlanDocument, action: Action) -> str:
    t = RESIDENT_TEXT
    name = action.who_name.strip()
    if action.who is Who.BEWONER:
        return name or t["you"]
    if action.who is Who.NETWERK:
        return name or t["network_someone"]
    if action.who is Who.REGIEVOERDER:
        return f"{doc.regievoerder} ({t['your_worker']})"
    if action.who is Who.COLLEGA:
        return f"{name} ({t['colleague']})" if name else t["colleague"]
    if action.who is Who.VOORZIENING and action.service_id is not None:
        return doc.service_names.get(action.service_id, name)
    return name


def _table(rows: list[list[Paragraph]], widths: list[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")))
    table.setStyle(TableStyle(style))
    return table


def _build(story: list[object], title: str) -> bytes:
    out = io.BytesIO()
    pdf = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=title,
                            author="Wijkteam Desk")
    pdf.build(story)
    return out.getvalue()


def resident_pdf(doc: PlanDocument, *, large_print: bool = False) -> bytes:
    """The resident's plan: goals and actions, who does what and when, the next talk and
    signature lines. Never scores, situations or werkaantekeningen."""
    t, plan = RESIDENT_TEXT, doc.plan
    s = _styles(16 if large_print else 11)
    width = A4[0] - 40 * mm
    story: list[object] = [
        _p(t["title"], s["h1"]),
        _p(f"{doc.household_name}\n{doc.address}", s["body"]),
        _p(t["intro"], s["body"]),
        _p(t["goes_well"], s["h2"]),
        _p(plan.goes_well.strip() or t["goes_well_empty"], s["body"]),
    ]
    if plan.network:
        story += [_p(t["network"], s["h2"]), _p(t["network_intro"], s["body"])]
        for person in plan.network:
            line = person.name + (f" ({person.relation})" if person.relation else "")
            story.append(_p(line + (f": {person.support}" if person.support else ""),
                            s["body"]))
    story += [_p(t["goals"], s["h2"]), _p(t["goals_intro"], s["body"])]
    for number, goal in enumerate(plan.goals, start=1):
        block: list[object] = [_p(f"{t['goal']} {number}. {goal.text}", s["h3"])]
        domain = doc.leefgebieden.get(goal.leefgebied_id) if goal.leefgebied_id else None
        if domain:
            block.append(_p(f"{t['about']}: {domain.name}. {domain.explanation}", s["body"]))
        if goal.target_date:
            block.append(_p(f"{t['ready_by']}: {long_date(goal.target_date)}", s["body"]))
        actions = [a for a in goal.actions if a.status.value != "vervallen"]
        if actions:
            rows = [[_p(t["col_what"], s["cellb"]), _p(t["col_who"], s["cellb"]),
                     _p(t["col_when"], s["cellb"])]]
            rows += [[_p(a.what, s["cell"]), _p(_who(doc, a), s["cell"]),
                      _p(long_date(a.deadline), s["cell"])] for a in actions]
            block.append(_table(rows, [width * 0.5, width * 0.28, width * 0.22]))
        else:
            block.append(_p(t["no_actions"], s["body"]))
        block.append(Spacer(1, 4 * mm))
        story.append(KeepTogether(block))
    when = next_evaluation(plan)
    story += [_p(t["next_talk"], s["h2"]),
              _p(f"{t['next_on']} {long_date(when)}." if when else t["next_unknown"],
                 s["body"]),
              _p(f"{t['contact']} {doc.regievoerder}. {t['contact_tail']}", s["body"])]
    if plan.regie.handed_to:
        story.append(_p(f"{t['handed']} {plan.regie.handed_to}.", s["body"]))
    if plan.agreement:
        story.append(_p(f"{t['agreed']} {long_date(plan.agreement.agreed_on)}.", s["body"]))
    line = "_" * (24 if large_print else 34)
    sign = [[_p(t["sign_resident"], s["cell"]), _p(t["sign_worker"], s["cell"])],
            [_p(f"\n\n{line}", s["cell"]), _p(f"\n\n{line}", s["cell"])],
            [_p(f"{t['sign_date']}: ", s["cell"]), _p(f"{t['sign_date']}: ", s["cell"])]]
    story += [KeepTogether([_p(t["sign"], s["h2"]),
                            _table(sign, [width / 2, width / 2], header=False)]),
              Spacer(1, 6 * mm),
              _p(f"{t['printed']} {long_date(doc.printed_on)}", s["small"])]
    return _build(story, t["title"])


def internal_pdf(doc: PlanDocument) -> bytes:
    """The worker's version: status, scores per measurement with a chart, evaluations,
    statuses and werkaantekeningen. Marked vertrouwelijk."""
    plan, s = doc.plan, _styles(9.5)
    width = A4[0] - 40 * mm
    names = {k: v.name + (msg(" (vervallen)") if v.retired else "")
             for k, v in doc.leefgebieden.items()}
    status = {PlanStatus.CONCEPT: msg("concept"), PlanStatus.VASTGESTELD: msg("vastgesteld"),
              PlanStatus.AFGESLOTEN: msg("afgesloten")}[plan.status]
    story: list[object] = [
        _p(msg("VERTROUWELIJK – intern werkdocument"), s["small"]),
        _p(msg("Plan") + f" – {doc.household_name}", s["h1"]),
        _p(f"{doc.address}\n" + msg("Regievoerder") + f": {doc.regievoerder}\n"
           + msg("Status") + f": {status}", s["body"]),
    ]
    if plan.agreement:
        story.append(_p(msg("Vastgesteld op") + f" {long_date(plan.agreement.agreed_on)} "
                        f"({plan.agreement.how})", s["body"]))
    dates = sorted({sc.measured_on for d in plan.domains for sc in d.scores})
    header = [msg("Leefgebied"), msg("Situatie"), *[f"{d:%d-%m-%y}" for d in dates[-4:]],
              msg("Doel")]
    rows = [[_p(h, s["cellb"]) for h in header]]
    for entry in plan.domains:
        by_date = {sc.measured_on: sc.score for sc in entry.scores}
        rows.append([_p(names.get(entry.leefgebied_id, "?"), s["cell"]),
                     _p(entry.situation, s["cell"]),
                     *[_p(str(by_date.get(d, "")), s["cell"]) for d in dates[-4:]],
                     _p(str(entry.target_score or ""), s["cell"])])
    score_w = width * 0.1
    story += [_p(msg("Leefgebieden en scores (ZRM)"), s["h2"]),
              _table(rows, [width * 0.22, width - width * 0.22 - score_w * (len(dates[-4:])
                                                                         + 1),
                            *[score_w] * (len(dates[-4:]) + 1)]),
              _p("  ".join(f"{k} = {v}" for k, v in SCORE_LEVELS.items()), s["small"])]
    if dates:
        story += [_p(msg("Score per leefgebied door de tijd"), s["h2"]),
                  score_chart(plan, names, width)]
    story.append(_p(msg("Doelen en acties"), s["h2"]))
    for goal in plan.goals:
        story.append(_p(f"{goal.text} – {GOAL_STATUS_NAMES[goal.status]}"
                        f" ({names.get(goal.leefgebied_id or 0, '')}, "
                        f"{long_date(goal.target_date)})", s["h3"]))
        for a in goal.actions:
            story.append(_p(f"• {a.what} – {_who(doc, a)} – {long_date(a.deadline)} – "
                            f"{ACTION_STATUS_NAMES[a.status]}", s["body"]))
    if plan.evaluations:
        story.append(_p(msg("Evaluaties"), s["h2"]))
        for ev in plan.evaluations:
            results = ", ".join(f"{_goal_text(plan, r.goal_id)}: {GOAL_STATUS_NAMES[r.result]}"
                                for r in ev.results)
            story.append(_p(f"{long_date(ev.held_on)}: {results}. {ev.note}", s["body"]))
    if plan.ladder:
        story.append(_p(msg("Participatieladder"), s["h2"]))
        for item in plan.ladder:
            story.append(_p(f"{item.member}, {long_date(item.measured_on)}: "
                            f"{msg('trede')} {item.step} ({LADDER_STEPS[item.step]})",
                            s["body"]))
    story += [_p(msg("Regie-afspraken"), s["h2"]),
              _p(msg("Coördinatie") + f": {plan.regie.coordinator}\n"
                 + msg("Evaluatiemomenten") + ": "
                 + ", ".join(long_date(d) for d in plan.regie.evaluation_dates)
                 + (f"\n{msg('Regie overgedragen aan')}: {plan.regie.handed_to} "
                    f"({long_date(plan.regie.handed_on)})" if plan.regie.handed_to else ""),
                 s["body"])]
    if plan.notes.strip():
        story += [_p(msg("Werkaantekeningen"), s["h2"]), _p(plan.notes, s["body"])]
    return _build(story, msg("Plan (intern)"))


def _goal_text(plan: Plan, goal_id: str) -> str:
    return next((g.text for g in plan.goals if g.id == goal_id), "?")
