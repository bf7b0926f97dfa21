"""Queries of the sociale kaart, run inside a service's unit of work: search, the detail
record, and keeping the derived search columns up to date."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    bindparam,
    func,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from wijkteam_desk.services.socialmap_format import (
    DAY_CODES,
    OpeningHours,
    dutch_local,
    fold,
    parse_byday,
    stale_cutoff,
    words,
)
from wijkteam_desk.services.socialmap_terms import LEEFGEBIED_TAXONOMY_ID, TOPIC_TAXONOMY_ID
from wijkteam_desk.services.socialmap_types import (
    LocationDetail,
    ReportInfo,
    SearchFilter,
    ServiceRow,
    TermInfo,
)
from wijkteam_desk.store.models import (
    MaatwerkForm,
    ServiceKind,
    SmAddress,
    SmAttribute,
    SmCostOption,
    SmLocation,
    SmOrganization,
    SmPhone,
    SmReport,
    SmSchedule,
    SmService,
    SmServiceArea,
    SmServiceAtLocation,
    SmTaxonomyTerm,
)

VISIBLE_STATUSES = ("active", "temporarily closed", "")
CHUNK = 500


def chunks(items: list[str], size: int = CHUNK) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def refresh_derived(session: Session, service_ids: Iterable[str] | None = None) -> None:
    """Recompute the derived columns (search text, free, list address and areas) of the
    given services (all if None). Call after every change that touches them."""
    if service_ids is None:
        ids = list(session.scalars(select(SmService.id)))
    else:
        ids = list(dict.fromkeys(service_ids))
    for part in chunks(ids):
        rows = session.execute(
            select(SmService.id, SmService.name, SmService.alternate_name,
                   SmService.description, SmService.x_keywords, SmOrganization.name,
                   SmService.search_text, SmService.is_free, SmService.list_address,
                   SmService.list_areas)
            .join(SmOrganization, SmOrganization.id == SmService.organization_id)
            .where(SmService.id.in_(part))).all()
        terms: dict[str, list[str]] = defaultdict(list)
        for link_id, name in session.execute(
                select(SmAttribute.link_id, SmTaxonomyTerm.name)
                .join(SmTaxonomyTerm, SmTaxonomyTerm.id == SmAttribute.taxonomy_term_id)
                .where(SmAttribute.link_id.in_(part))):
            terms[link_id].append(name)
        paid = set(session.scalars(select(SmCostOption.service_id).where(
            SmCostOption.service_id.in_(part), SmCostOption.amount > 0)))
        addresses, areas = _addresses_and_areas(session, part)
        changes = []
        for sid, name, alt, desc, keywords, org, *old in rows:
            new = (fold(" ".join([name, alt, org, keywords, " ".join(terms[sid]), desc])),
                   sid not in paid, addresses.get(sid, "")[:255], ", ".join(areas[sid]))
            if tuple(old) != new:
                changes.append({"b_id": sid, "b_text": new[0], "b_free": new[1],
                                "b_address": new[2], "b_areas": new[3]})
        if changes:
            table = SmService.__table__
            session.execute(update(table).where(table.c.id == bindparam("b_id")).values(
                search_text=bindparam("b_text"), is_free=bindparam("b_free"),
                list_address=bindparam("b_address"), list_areas=bindparam("b_areas")),
                changes)


def services_at_location(session: Session, location_id: str) -> list[str]:
    return list(session.scalars(select(SmServiceAtLocation.service_id).where(
        SmServiceAtLocation.location_id == location_id)))


def _addresses_and_areas(session: Session, ids: list[str]) -> tuple[
        dict[str, str], dict[str, list[str]]]:
    addresses: dict[str, str] = {}
    areas: dict[str, list[str]] = defaultdict(list)
    for sid, street, city in session.execute(
            select(SmServiceAtLocation.service_id, SmAddress.address_1, SmAddress.city)
            .join(SmAddress, SmAddress.location_id == SmServiceAtLocation.location_id)
            .where(SmServiceAtLocation.service_id.in_(ids))
            .order_by(SmServiceAtLocation.id, SmAddress.id)):
        addresses.setdefault(sid, ", ".join(p for p in (street, city) if p))
    for sid, name in session.execute(
            select(SmServiceArea.service_id, SmServiceArea.name)
            .where(SmServiceArea.service_id.in_(ids)).order_by(SmServiceArea.name)):
        if name not in areas[sid]:
            areas[sid].append(name)
    return addresses, areas


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _open_now(now: datetime) -> ColumnElement[bool]:
    """Services with an opening-hours rule covering ``now`` (Dutch local time), on the
    service itself or on one of its service_at_location rows."""
    local = dutch_local(now)
    day, clock, today = DAY_CODES[local.weekday()], local.strftime("%H:%M"), local.date()
    open_rule = and_(
        SmSchedule.freq.in_(("WEEKLY", "")),
        SmSchedule.byday.like(f"%{day}%"),
        func.substr(SmSchedule.opens_at, 1, 5) <= clock,
        func.substr(SmSchedule.closes_at, 1, 5) > clock,
        or_(SmSchedule.valid_from == "", SmSchedule.valid_from <= today.isoformat()),
        or_(SmSchedule.valid_to == "", SmSchedule.valid_to >= today.isoformat()),
    )
    direct = select(SmSchedule.service_id).where(open_rule,
                                                 SmSchedule.service_id.is_not(None))
    via_location = (select(SmServiceAtLocation.service_id)
                    .join(SmSchedule, SmSchedule.service_at_location_id == SmServiceAtLocation.id)
                    .where(open_rule))
    open_ids = union_all(direct, via_location)
    return SmService.id.in_(open_ids)


def search(session: Session | Connection, f: SearchFilter, now: datetime) -> list[ServiceRow]:
    """One query: the list columns are derived columns of sm_service (refresh_derived)."""
    today = dutch_local(now).date()
    query = (select(SmService.id, SmService.name, SmOrganization.name, SmService.x_kind,
                    SmService.x_maatwerk_form, SmService.is_free, SmService.list_address,
                    SmService.list_areas, SmService.assured_date)
             .join(SmOrganization, SmOrganization.id == SmService.organization_id))
    conditions: list[ColumnElement[bool]] = []
    query_words = words(f.text)
    for word in query_words:
        conditions.append(SmService.search_text.like(f"%{_escape(word)}%", escape="\\"))
    if not f.include_inactive:
        conditions.append(SmService.status.in_(VISIBLE_STATUSES))
    for term_id in (f.leefgebied_id, f.topic_id):
        if term_id:
            conditions.append(SmService.id.in_(select(SmAttribute.link_id).where(
                SmAttribute.taxonomy_term_id == term_id)))
    if f.area:
        conditions.append(SmService.id.in_(select(SmServiceArea.service_id).where(
            SmServiceArea.name == f.area)))
    if f.age is not None:
        conditions.append(or_(SmService.minimum_age.is_(None), SmService.minimum_age <= f.age))
        conditions.append(or_(SmService.maximum_age.is_(None), SmService.maximum_age >= f.age))
    if f.cost == "free":
        conditions.append(SmService.is_free.is_(True))
    elif f.cost == "paid":
        conditions.append(SmService.is_free.is_(False))
    if f.kind is not None:
        conditions.append(SmService.x_kind == f.kind)
    if f.open_now:
        conditions.append(_open_now(now))
    cutoff = stale_cutoff(today)
    if f.only_stale:
        conditions.append(SmService.assured_date < cutoff)
    if conditions:
        query = query.where(and_(*conditions))
    query = query.order_by(SmService.name)
    if query_words:
        # Names starting with the first word come first. Two queries that each walk the
        # name index and stop at the limit are much faster than sorting every match.
        starts = SmService.search_text.like(f"{_escape(query_words[0])}%", escape="\\")
        rows = session.execute(query.where(starts).limit(f.limit)).all()
        if len(rows) < f.limit:
            rows += session.execute(query.where(~starts).limit(f.limit - len(rows))).all()
    else:
        rows = session.execute(query.limit(f.limit)).all()
    # open "klopt niet meer" reports are few: fetch them all rather than per row
    reports = dict(session.execute(
        select(SmReport.service_id, func.count(SmReport.id))
        .where(SmReport.resolved_at.is_(None)).group_by(SmReport.service_id)).all())
    return [ServiceRow(sid, name, org, ServiceKind(kind), MaatwerkForm(form), bool(free),
                       address, areas, assured, not assured or assured < cutoff,
                       reports.get(sid, 0))
            for sid, name, org, kind, form, free, address, areas, assured in rows]


def schedules_of(rows: Iterable[SmSchedule]) -> tuple[OpeningHours, ...]:
    hours = [OpeningHours(parse_byday(s.byday), s.opens_at, s.closes_at,
                          s.description or s.notes)
             for s in rows if s.freq in ("WEEKLY", "") and (s.byday or s.description)]
    order = {code: i for i, code in enumerate(DAY_CODES)}
    return tuple(sorted(hours, key=lambda h: (min((order[d] for d in h.days), default=7),
                                              h.opens)))


def address_text(address: SmAddress | None) -> str:
    if address is None:
        return ""
    place = " ".join(p for p in (address.postal_code, address.city) if p)
    return ", ".join(p for p in (address.address_1, address.address_2, place) if p)


def location_details(session: Session, service_id: str) -> tuple[LocationDetail, ...]:
    result = []
    for sal, loc in session.execute(
            select(SmServiceAtLocation, SmLocation)
            .join(SmLocation, SmLocation.id == SmServiceAtLocation.location_id)
            .where(SmServiceAtLocation.service_id == service_id)
            .order_by(SmLocation.name)):
        address = session.scalars(select(SmAddress).where(SmAddress.location_id == loc.id)
                                  .order_by(SmAddress.id)).first()
        hours = schedules_of(session.scalars(select(SmSchedule).where(
            SmSchedule.service_at_location_id == sal.id)))
        if not hours:
            hours = schedules_of(session.scalars(select(SmSchedule).where(
                SmSchedule.location_id == loc.id, SmSchedule.service_id.is_(None),
                SmSchedule.service_at_location_id.is_(None))))
        phones = tuple(session.scalars(select(SmPhone.number).where(or_(
            SmPhone.service_at_location_id == sal.id,
            and_(SmPhone.location_id == loc.id, SmPhone.service_id.is_(None))))))
        result.append(LocationDetail(loc.id, loc.name, address_text(address),
                                     sal.description or loc.description, loc.transportation,
                                     hours, phones))
    return tuple(result)


def terms_of(session: Session, link_id: str) -> tuple[tuple[TermInfo, ...], tuple[TermInfo, ...]]:
    leefgebieden, topics = [], []
    for term in session.scalars(
            select(SmTaxonomyTerm).join(SmAttribute, SmAttribute.taxonomy_term_id
                                        == SmTaxonomyTerm.id)
            .where(SmAttribute.link_id == link_id).order_by(SmTaxonomyTerm.name)):
        info = TermInfo(term.id, term.code, term.name)
        if term.taxonomy_id == LEEFGEBIED_TAXONOMY_ID:
            leefgebieden.append(info)
        elif term.taxonomy_id == TOPIC_TAXONOMY_ID:
            topics.append(info)
    return tuple(leefgebieden), tuple(topics)


def reports_of(session: Session, service_id: str, *, open_only: bool) -> tuple[ReportInfo, ...]:
    query = select(SmReport).where(SmReport.service_id == service_id)
    if open_only:
        query = query.where(SmReport.resolved_at.is_(None))
    return tuple(ReportInfo(r.id, r.note, r.reported_by_name, r.reported_at,
                            r.resolved_at is not None)
                 for r in session.scalars(query.order_by(SmReport.reported_at.desc())))


def today_of(now: datetime) -> date:
    return dutch_local(now).date()
