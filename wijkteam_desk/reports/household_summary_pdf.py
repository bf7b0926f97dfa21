"""The huishoudoverzicht (DESIGN §2.5): one household on a few pages for the worker and
the teamleider, marked vertrouwelijk. The BSN stays masked and contact reports are left
out: this is an overview to work from, not the dossier itself. Works on plain data."""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.platypus import Flowable, Spacer

from wijkteam_desk.i18n import msg
from wijkteam_desk.reports import household_text as tx
from wijkteam_desk.reports.pdf_common import frame_width, para, render, table_flowable
from wijkteam_desk.reports.tables import Column, Kind, Row, Table
from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.services.household_record import HouseholdRecord
from wijkteam_desk.store.models import HouseholdStatus, SignalStatus

TITLE = msg("Huishoudoverzicht")


def _table(title: str, headers: list[tuple[str, int]], rows: list[list[str]],
           empty: str, note: str = "") -> list[Flowable]:
    if not rows:
        return [para(title, "h2"), *([para(note)] if note else []), para(empty, "note"),
                Spacer(1, 3)]
    table = Table(title, tuple(Column(h, Kind.TEXT, w) for h, w in headers),
                  tuple(Row(tuple(r)) for r in rows), note)
    return table_flowable(table, frame_width())


def _facts(title: str, facts: list[tuple[str, str]]) -> list[Flowable]:
    return _table(title, [(msg("Gegeven"), 10), (msg("Waarde"), 30)],
                  [[k, v] for k, v in facts if v], "")


def summary_pdf(record: HouseholdRecord) -> bytes:
    """The huishoudoverzicht as PDF bytes."""
    d = record.dossier
    h = d.household
    today = tx.local(record.printed_at).date()
    story: list[Flowable] = [
        para(TITLE, "title"),
        para(f"{h.name} · {h.number} · {record.team_name}", "subtitle"),
        para(msg("Vertrouwelijk: alleen voor de regievoerder, betrokken collega's en de "
                 "teamleider. Het BSN is gemaskeerd; verslagen van contactmomenten staan in "
                 "het dossier."), "note"),
    ]
    language = h.language + (f" ({msg('tolk nodig')})" if h.interpreter_needed else "")
    story += _facts(msg("Huishouden"), [
        (msg("Adres"), h.address),
        (msg("Postcode en woonplaats"), f"{h.postcode} {h.city}".strip()),
        (msg("Wijk of dorp"), h.area),
        (msg("Telefoon"), h.phone),
        (msg("E-mail"), h.email),
        (msg("Taal"), language.strip()),
        (msg("Status"), tx.HOUSEHOLD_STATUS[h.status]),
        (msg("Gestart op"), tx.dmy(h.start_date)),
        (msg("Afgesloten op"), tx.dmy(h.end_date) if h.end_date else ""),
        (msg("Afsluitreden"), tx.closing_text(h)),
        (msg("Regievoerder"), h.regievoerder_name or msg("nog niet toegewezen")),
        (msg("Regie bij"), h.regie_external),
    ])
    story += _table(msg("Gezinsleden"), [(msg("Naam"), 16), (msg("Rol"), 8),
                                         (msg("Geboren"), 8), (msg("BSN"), 8),
                                         (msg("Telefoon"), 9), (msg("E-mail"), 14)],
                    [[m.name, tx.MEMBER_ROLE[m.role], tx.dmy(m.date_of_birth), m.bsn,
                      m.phone, m.email] for m in record.members],
                    msg("Geen gezinsleden vastgelegd."))
    involved = [[c.name, msg("betrokken collega"), c.role_note] for c in d.colleagues]
    involved += [[p.name or p.organisation, p.organisation if p.name else "",
                  " ".join(x for x in (p.role, p.phone) if x)] for p in d.partners]
    story += _table(msg("Betrokken collega's en partners"),
                    [(msg("Naam"), 14), (msg("Organisatie of functie"), 14),
                     (msg("Rol en telefoon"), 16)], involved, msg("Niemand anders betrokken."))
    story += _table(msg("Toestemmingen (geldend)"),
                    [(msg("Doel"), 12), (msg("Partner"), 12), (msg("Stand"), 8),
                     (msg("Door"), 12), (msg("Datum"), 8)],
                    [[tx.CONSENT_PURPOSE[c.purpose], c.partner,
                      msg("gegeven") if c.given else msg("ingetrokken"), c.given_by,
                      tx.dmy(tx.local(c.at).date())] for c in d.consents],
                    msg("Geen toestemmingen vastgelegd."))
    story += _table(msg("Open signalen en aandachtspunten"),
                    [(msg("Sinds"), 8), (msg("Wat"), 12), (msg("Toelichting"), 28)],
                    _attention(record, today), msg("Geen open signalen of aandachtspunten."))
    story += _plan(record, today)
    story += _table(msg("Recente contactmomenten (zonder verslag)"),
                    [(msg("Datum"), 10), (msg("Soort"), 9), (msg("Medewerker(s)"), 14),
                     (msg("Minuten"), 6), (msg("Leefgebieden"), 18)],
                    [[tx.dmy_hm(c.at), tx.CONTACT_KIND[c.kind],
                      ", ".join(n for n in (c.worker_name, c.second_worker_name) if n),
                      str(c.duration_minutes), ", ".join(c.leefgebieden)]
                     for c in record.contacts],
                    msg("Nog geen contactmomenten."))
    story += _table(msg("Doorverwijzingen"),
                    [(msg("Voorziening"), 14), (msg("Organisatie"), 12), (msg("Status"), 8),
                     (msg("Voorgesteld"), 8), (msg("Uitkomst"), 14)],
                    [[r.service_name, r.organization, tx.REFERRAL_STATUS[r.status],
                      tx.dmy(r.proposed_on), r.outcome] for r in record.referrals],
                    msg("Geen doorverwijzingen."))
    return render(story, title=TITLE, team=record.team_name,
                  period=f"{record.team_name} · {h.number}", generated_on=today,
                  confidential=True)


def _attention(record: HouseholdRecord, today: date) -> list[list[str]]:
    """Signals not yet triaged, and what the plan signals for this household (as on
    "Mijn huishoudens"): evaluation overdue, actions past their deadline, no plan yet."""
    rows = [[tx.dmy(s.received_on), msg("Signaal") + f" ({tx.SIGNAL_SOURCE[s.source]})",
             s.description] for s in record.signals if s.status is SignalStatus.NIEUW]
    plan, h = record.plan, record.dossier.household
    if plan is not None and plan.status is pm.PlanStatus.VASTGESTELD:
        due = pm.next_evaluation(plan)
        if due and due < today:
            rows.append([tx.dmy(due), msg("Evaluatie te laat"), msg("Evaluatie gepland")])
    if plan is not None and plan.status is not pm.PlanStatus.AFGESLOTEN:
        rows += [[tx.dmy(a.deadline), msg("Actie over de deadline"), a.what]
                 for _g, a in plan.all_actions()
                 if a.deadline and a.deadline < today
                 and a.status in (pm.ActionStatus.OPEN, pm.ActionStatus.BEZIG)]
    no_plan = plan is None or (plan.status is pm.PlanStatus.CONCEPT and not plan.agreement)
    started = h.start_date + timedelta(weeks=record.weeks_without_plan)
    if no_plan and h.status is not HouseholdStatus.AFGESLOTEN and started < today:
        rows.append([tx.dmy(started), msg("Nog geen vastgesteld plan"),
                     msg("Gestart op") + f" {tx.dmy(h.start_date)}"])
    return rows


def _plan(record: HouseholdRecord, today: date) -> list[Flowable]:
    plan = record.plan
    if plan is None:
        return [para(msg("Plan"), "h2"), para(msg("Er is nog geen plan."), "note")]
    status = {pm.PlanStatus.CONCEPT: msg("concept"),
              pm.PlanStatus.VASTGESTELD: msg("vastgesteld"),
              pm.PlanStatus.AFGESLOTEN: msg("afgesloten")}[plan.status]
    line = msg("Status") + f": {status}"
    if plan.agreement:
        line += " · " + msg("vastgesteld op") + f" {tx.dmy(plan.agreement.agreed_on)}"
    upcoming = pm.next_evaluation(plan)
    if upcoming:
        line += " · " + msg("volgende evaluatie") + f" {tx.dmy(upcoming)}"
    parts: list[Flowable] = []
    names = record.leefgebieden
    rows = []
    for entry in plan.domains:
        goals = [g.text for g in plan.goals if g.leefgebied_id == entry.leefgebied_id]
        if not (entry.scores or goals):
            continue
        latest = entry.scores[-1] if entry.scores else None
        rows.append([names.get(entry.leefgebied_id, "?"),
                     f"{latest.score} ({tx.dmy(latest.measured_on)})" if latest else tx.DASH,
                     str(entry.target_score or tx.DASH), "; ".join(goals)])
    loose = [g.text for g in plan.goals if g.leefgebied_id is None]
    if loose:
        rows.append([msg("(geen leefgebied)"), tx.DASH, tx.DASH, "; ".join(loose)])
    parts += _table(msg("Plan: doelen per leefgebied en laatste scores (ZRM)"),
                    [(msg("Leefgebied"), 12), (msg("Laatste score"), 9),
                     (msg("Doelscore"), 6), (msg("Doelen"), 26)], rows,
                    msg("Nog geen doelen of scores."), line)
    open_actions = [(g, a) for g, a in plan.all_actions()
                    if a.status in (pm.ActionStatus.OPEN, pm.ActionStatus.BEZIG)]
    open_actions.sort(key=lambda ga: (ga[1].deadline is None, ga[1].deadline or today))
    parts += _table(msg("Open acties"),
                    [(msg("Actie"), 20), (msg("Doel"), 14), (msg("Wie"), 9),
                     (msg("Deadline"), 9), (msg("Status"), 7)],
                    [[a.what, g.text, a.who_name or pm.WHO_NAMES[a.who],
                      tx.dmy(a.deadline) + (f" ({msg('verlopen')})"
                                            if a.deadline and a.deadline < today else ""),
                      pm.ACTION_STATUS_NAMES[a.status]] for g, a in open_actions],
                    msg("Geen open acties."))
    return parts
