"""'Wat weten we over u?': the resident's inzage (AVG art. 15) as PDF, in plain Dutch (B1)
and a readable size. Everything stored about the household: the full BSN (it is their own
data), every contact with its report, signals, consents, the plan, referrals and what was
shared, doorpakbudget, and who looked at the dossier (function, not the colleague's name).
Works on plain data."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, TableStyle
from reportlab.platypus import Table as PdfTable

from wijkteam_desk.i18n import msg
from wijkteam_desk.reports import household_text as tx
from wijkteam_desk.reports.inzage_text import TEXT, action_text, shown_reason
from wijkteam_desk.reports.pdf_common import HEADER_BLUE, frame_width, render
from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.services.household_record import HouseholdRecord

BASE = 11
_body = ParagraphStyle("inz_body", fontName="Helvetica", fontSize=BASE, leading=BASE * 1.4,
                       spaceAfter=BASE * 0.4)
S = {
    "body": _body,
    "h1": ParagraphStyle("inz_h1", parent=_body, fontName="Helvetica-Bold", fontSize=22,
                         leading=27, textColor=HEADER_BLUE, spaceAfter=8),
    "h2": ParagraphStyle("inz_h2", parent=_body, fontName="Helvetica-Bold", fontSize=14,
                         leading=18, textColor=HEADER_BLUE, spaceBefore=10, spaceAfter=4),
    "h3": ParagraphStyle("inz_h3", parent=_body, fontName="Helvetica-Bold", spaceAfter=2),
    "cell": ParagraphStyle("inz_cell", parent=_body, fontSize=10, leading=13, spaceAfter=0),
    "head": ParagraphStyle("inz_head", parent=_body, fontSize=10, leading=13, spaceAfter=0,
                           fontName="Helvetica-Bold"),
    "quote": ParagraphStyle("inz_quote", parent=_body, leftIndent=12,
                            textColor=colors.HexColor("#222222")),
    "small": ParagraphStyle("inz_small", parent=_body, fontSize=9, leading=12,
                            textColor=colors.HexColor("#555555")),
}


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), S[style])


def _table(headers: list[str], rows: list[list[str]], weights: list[int]) -> PdfTable:
    width = frame_width()
    data = [[_p(h, "head") for h in headers]] + [[_p(c, "cell") for c in r] for r in rows]
    table = PdfTable(data, colWidths=[width * w / sum(weights) for w in weights],
                     repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#C8C8C8")),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def _section(title: str, intro: str, body: list[Flowable], empty: bool) -> list[Flowable]:
    head: list[Flowable] = [_p(title, "h2")] + ([_p(intro)] if intro else [])
    if empty:
        return [KeepTogether([*head, _p(TEXT["empty"], "small")])]
    first = body[0] if body else None
    # a KeepTogether inside another reports an endless height: open the first one up
    start = list(first._content) if isinstance(first, KeepTogether) else body[:1]
    return [KeepTogether(head + start), *body[1:]]


def inzage_pdf(record: HouseholdRecord, json_name: str = "") -> bytes:
    """The resident's copy as PDF bytes. ``json_name`` names the JSON file beside it."""
    d, h = record.dossier, record.dossier.household
    today = tx.local(record.printed_at).date()
    story: list[Flowable] = [_p(TEXT["title"], "h1"), _p(f"{h.name}\n{h.address}\n"
                                                          f"{h.postcode} {h.city}".strip()),
                             _p(TEXT["intro"])]
    if json_name:
        story.append(_p(TEXT["json"].format(json_name)))
    story.append(_p(TEXT["questions"]))
    facts = [(msg("Naam"), h.name), (msg("Adres"), h.address),
             (msg("Postcode en woonplaats"), f"{h.postcode} {h.city}".strip()),
             (msg("Wijk of dorp"), h.area), (msg("Telefoon"), h.phone),
             (msg("E-mail"), h.email), (msg("Taal"), h.language),
             (msg("Tolk nodig"), tx.yes_no(h.interpreter_needed) if h.language else ""),
             (msg("Nummer bij het wijkteam"), h.number),
             (msg("Stand van uw dossier"), tx.HOUSEHOLD_STATUS[h.status]),
             (msg("Begonnen op"), tx.long_date(h.start_date)),
             (msg("Gesloten op"), tx.long_date(h.end_date)),
             (msg("Reden van sluiten"), tx.closing_text(h))]
    story += _section(TEXT["household"], "", [_table(
        [msg("Wat"), msg("Wat we opschreven")], [[k, v] for k, v in facts if v], [1, 2])],
        False)
    story += _section(TEXT["members"], TEXT["members_intro"], [_table(
        [msg("Naam"), msg("Rol"), msg("Geboren op"), msg("BSN"), msg("Telefoon en e-mail")],
        [[m.name, tx.MEMBER_ROLE[m.role], tx.long_date(m.date_of_birth), m.bsn,
          "\n".join(x for x in (m.phone, m.email) if x)] for m in record.members],
        [4, 2, 3, 2, 4])], not record.members)
    story += _helpers(record)
    story += _section(TEXT["signals"], TEXT["signals_intro"], [_table(
        [msg("Datum"), msg("Van wie"), msg("Wat er gemeld is"), msg("Wat we deden")],
        [[tx.long_date(s.received_on), tx.SIGNAL_SOURCE[s.source], s.description,
          " ".join(x for x in (tx.SIGNAL_STATUS[s.status], s.triage_note, s.referred_to)
                   if x)] for s in record.signals], [3, 3, 6, 4])], not record.signals)
    story += _contacts(record)
    story += _section(TEXT["visits"], "", [_table(
        [msg("Datum"), msg("Waar"), msg("Vraag"), msg("Uitkomst")],
        [[tx.long_date(v.day), v.location, f"{v.topic}: {v.question}".strip(": "),
          " ".join(x for x in (tx.VISIT_OUTCOME.get(v.outcome, ""), v.outcome_note) if x)]
         for v in record.visits], [3, 3, 5, 4])], not record.visits)
    story += _section(TEXT["consents"], TEXT["consents_intro"], [_table(
        [msg("Datum"), msg("Waarvoor"), msg("Met wie"), msg("Toestemming"), msg("Door")],
        [[tx.long_date(tx.local(c.at).date()), tx.CONSENT_PURPOSE[c.purpose], c.partner,
          msg("gegeven") if c.given else msg("ingetrokken"), c.given_by]
         for c in d.consent_history], [3, 4, 4, 3, 3])], not d.consent_history)
    story += _plan(record)
    story += _referrals(record)
    story += _section(TEXT["gaps"], TEXT["gaps_intro"], [_table(
        [msg("Datum"), msg("Onderwerp"), msg("Wat ontbrak")],
        [[tx.long_date(g.recorded_on), g.topic, g.description] for g in record.gaps],
        [3, 4, 8])], not record.gaps)
    story += _section(TEXT["budget"], TEXT["budget_intro"], [_table(
        [msg("Aangevraagd op"), msg("Waarvoor"), msg("Bedrag"), msg("Besluit")],
        [[tx.long_date(tx.local(b.requested_at).date()), f"{b.purpose}\n{b.justification}",
          tx.euro(b.amount_cents),
          " ".join(x for x in (tx.BUDGET_STATUS[b.status], b.decision_note) if x)]
         for b in record.budget], [3, 7, 2, 4])], not record.budget)
    story += _section(TEXT["log"], TEXT["log_intro"], [_table(
        [msg("Wanneer"), msg("Functie"), msg("Wat"), msg("Reden")],
        [[tx.dmy_hm(a.at), a.function, action_text(a.action), shown_reason(a.action, a.reason)]
         for a in record.access_log], [3, 3, 4, 5])], not record.access_log)
    story += _rights(record)
    story.append(_p(TEXT["printed"].format(tx.long_date(today)), "small"))
    return render(story, title=TEXT["title"], team=record.team_name,
                  period=f"{record.team_name} · {h.number}", generated_on=today)


def _helpers(record: HouseholdRecord) -> list[Flowable]:
    d, h = record.dossier, record.dossier.household
    body: list[Flowable] = [_p(TEXT["regievoerder"].format(h.regievoerder_name)
                               if h.regievoerder_name else TEXT["no_regievoerder"])]
    if h.regie_external:
        body.append(_p(msg("De regie ligt nu bij") + f" {h.regie_external}."))
    if d.colleagues:
        body.append(_p(TEXT["colleagues"]))
        body += [_p(f"• {c.name}" + (f" ({c.role_note})" if c.role_note else ""))
                 for c in d.colleagues]
    if d.partners:
        body.append(_p(TEXT["partners"]))
        body += [_p("• " + ", ".join(x for x in (p.name, p.organisation, p.role, p.phone) if x))
                 for p in d.partners]
    for r in d.regie_history:
        who = r.to_name or r.external_party
        if who:
            body.append(_p(f"{tx.long_date(tx.local(r.at).date())}: "
                           + msg("regievoerder werd") + f" {who}.", "small"))
    return _section(TEXT["helpers"], "", body, False)


def _contacts(record: HouseholdRecord) -> list[Flowable]:
    body: list[Flowable] = []
    for c in sorted(record.contacts, key=lambda c: c.at):
        who = msg(" en ").join(n for n in (c.worker_name, c.second_worker_name) if n)
        head = (f"{tx.long_moment(c.at)} · {tx.CONTACT_KIND[c.kind]} · "
                f"{c.duration_minutes} {msg('minuten')}")
        lines = [_p(head, "h3"), _p(msg("Met") + f": {who}", "small")]
        if c.leefgebieden:
            lines.append(_p(msg("Onderwerpen") + ": " + ", ".join(c.leefgebieden), "small"))
        lines.append(_p(c.report.strip() or TEXT["no_report"], "quote"))
        body.append(KeepTogether(lines))
        body.append(Spacer(1, 4))
    return _section(TEXT["contacts"], TEXT["contacts_intro"], body, not record.contacts)


def _plan(record: HouseholdRecord) -> list[Flowable]:
    plan = record.plan
    if plan is None:
        return _section(TEXT["plan"], TEXT["plan_intro"], [], True)
    names = record.leefgebieden
    body: list[Flowable] = []
    if plan.agreement:
        body.append(_p(msg("U sprak dit plan af op") + f" {tx.long_date(plan.agreement.agreed_on)}"
                       f" ({plan.agreement.how})."))
    if plan.goes_well.strip():
        body += [_p(msg("Wat gaat goed"), "h3"), _p(plan.goes_well)]
    if plan.network:
        body.append(_p(msg("Wie helpt u al"), "h3"))
        body += [_p(f"• {n.name}" + (f" ({n.relation})" if n.relation else "")
                    + (f": {n.support}" if n.support else "")) for n in plan.network]
    for number, goal in enumerate(plan.goals, start=1):
        about = names.get(goal.leefgebied_id or 0, "")
        lines = [_p(f"{msg('Doel')} {number}. {goal.text}", "h3"),
                 _p(", ".join(x for x in (about, pm.GOAL_STATUS_NAMES[goal.status],
                                          tx.long_date(goal.target_date)) if x), "small")]
        lines += [_p(f"• {a.what} ({a.who_name or pm.WHO_NAMES[a.who]}"
                     + (f", {tx.long_date(a.deadline)}" if a.deadline else "")
                     + f", {pm.ACTION_STATUS_NAMES[a.status]})") for a in goal.actions]
        body.append(KeepTogether(lines))
    scored = [e for e in plan.domains if e.scores or e.situation.strip()]
    if scored:
        body += [_p(TEXT["domains"], "h3"), _p(TEXT["domains_intro"]), _table(
            [msg("Onderwerp"), msg("Hoe het nu gaat"), msg("Cijfers"), msg("Doel")],
            [[names.get(e.leefgebied_id, "?"), e.situation,
              ", ".join(f"{s.score} ({tx.dmy(s.measured_on)})" for s in e.scores),
              str(e.target_score or "")] for e in scored], [3, 6, 4, 1])]
    for ev in plan.evaluations:
        results = ", ".join(f"{_goal(plan, r.goal_id)}: {pm.GOAL_STATUS_NAMES[r.result]}"
                            for r in ev.results)
        said = ". ".join(x for x in (results, ev.note.strip()) if x)
        body.append(_p(msg("Evaluatie op") + f" {tx.long_date(ev.held_on)}"
                       + (f": {said}" if said else "") + "."))
    if plan.notes.strip():
        body += [_p(TEXT["notes"], "h3"), _p(plan.notes, "quote")]
    return _section(TEXT["plan"], TEXT["plan_intro"], body, not body)


def _goal(plan: pm.Plan, goal_id: str) -> str:
    return next((g.text for g in plan.goals if g.id == goal_id), "?")


def _referrals(record: HouseholdRecord) -> list[Flowable]:
    body: list[Flowable] = []
    for r in sorted(record.referrals, key=lambda r: r.proposed_on):
        where = r.service_name + (f" ({r.organization})" if r.organization else "")
        lines = [_p(f"{tx.long_date(r.proposed_on)}: {where}", "h3"),
                 _p(msg("Stand") + f": {tx.REFERRAL_STATUS[r.status]}. " + (r.question or ""))]
        lines.append(_p(TEXT["shared"].format(r.organization or r.service_name)
                        if r.status in tx.SHARED else TEXT["not_shared"], "small"))
        if r.outcome:
            lines.append(_p(msg("Uitkomst") + f": {r.outcome}", "small"))
        body.append(KeepTogether(lines))
    return _section(TEXT["referrals"], TEXT["referrals_intro"], body, not body)


def _rights(record: HouseholdRecord) -> list[Flowable]:
    h = record.dossier.household
    retention = [_p(TEXT["retention_text"].format(record.retention_years))]
    if h.end_date:
        try:
            until = h.end_date.replace(year=h.end_date.year + record.retention_years)
        except ValueError:  # 29 February
            until = h.end_date.replace(year=h.end_date.year + record.retention_years, day=28)
        retention.append(_p(TEXT["retention_closed"].format(tx.long_date(h.end_date),
                                                            tx.long_date(until))))
    rights = [_p(TEXT[k]) for k in ("right_correct", "right_delete", "right_object",
                                    "right_complaint", "right_how")]
    return [KeepTogether([_p(TEXT["rights"], "h2"), *rights]),
            KeepTogether([_p(TEXT["retention"], "h2"), *retention])]
