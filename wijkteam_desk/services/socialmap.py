"""The sociale kaart (DESIGN §2.4): search, detail, editing, freshness, wegwijzer,
HSDS import and export.

Everyone may search, view and print; the beheerder and teamleider edit, import and mark
entries checked. The kaart holds no personal data, so searches and views are not logged;
edits, imports, exports, prints and reports are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wijkteam_desk.errors import NotFoundError, ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services import hsds, hsds_export
from wijkteam_desk.services import socialmap_edit as edit
from wijkteam_desk.services import socialmap_query as q
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.services.records import get_record
from wijkteam_desk.services.socialmap_format import hours_text, is_stale, money, stale_cutoff
from wijkteam_desk.services.socialmap_terms import LEEFGEBIED_TAXONOMY_ID, TOPIC_TAXONOMY_ID
from wijkteam_desk.services.socialmap_types import (
    ImportReport,
    LocationInfo,
    LocationInput,
    OrganizationInfo,
    OrganizationInput,
    SearchFilter,
    ServiceDetail,
    ServiceInput,
    ServiceRow,
    TermInfo,
    ToCheckRow,
)
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import (
    SmAddress,
    SmCostOption,
    SmLanguage,
    SmLocation,
    SmOrganization,
    SmPhone,
    SmReport,
    SmRequiredDocument,
    SmSchedule,
    SmService,
    SmServiceArea,
    SmTaxonomyTerm,
)

if TYPE_CHECKING:  # reportlab is imported on first print, not at start-up
    from wijkteam_desk.reports.wegwijzer import WegwijzerData

MAX_NOTE = 2000
ReferralCounter = Callable[[Session, str], tuple[int, int]]


@dataclass(frozen=True)
class WegwijzerPrint:
    data: WegwijzerData
    pdf: bytes


class SocialMapService:
    def __init__(self, db: Database, log: AuditLog, *,
                 clock: Callable[[], datetime] = utcnow,
                 referral_counts: ReferralCounter | None = None) -> None:
        self._db = db
        self._log = log
        self._clock = clock
        self._referral_counts = referral_counts or (lambda _s, _id: (0, 0))

    # -- looking things up (everyone) ----------------------------------------------

    @operation("socialmap.search")
    def search(self, actor: Actor, criteria: SearchFilter | None = None) -> list[ServiceRow]:
        """Services matching all criteria, best matches first; at most ``criteria.limit``.
        A read-only unit of work: type-ahead never waits for the write lock."""
        with self._db.read() as conn:
            return q.search(conn, criteria or SearchFilter(), self._clock())

    @operation("socialmap.get_service")
    def get_service(self, actor: Actor, service_id: str) -> ServiceDetail:
        """Everything about one service. Raises NotFoundError."""
        with self._db.begin() as session:
            return self._detail(session, service_id)

    @operation("socialmap.list_terms")
    def list_terms(self, actor: Actor) -> tuple[list[TermInfo], list[TermInfo]]:
        """(leefgebieden, onderwerpen), each sorted by name."""
        with self._db.begin() as session:
            result: dict[str, list[TermInfo]] = {LEEFGEBIED_TAXONOMY_ID: [],
                                                 TOPIC_TAXONOMY_ID: []}
            for term in session.scalars(select(SmTaxonomyTerm).where(
                    SmTaxonomyTerm.taxonomy_id.in_(list(result))).order_by(SmTaxonomyTerm.name)):
                result[term.taxonomy_id or ""].append(TermInfo(term.id, term.code, term.name))
            return result[LEEFGEBIED_TAXONOMY_ID], result[TOPIC_TAXONOMY_ID]

    @operation("socialmap.list_areas")
    def list_areas(self, actor: Actor) -> list[str]:
        """The wijken and dorpen that services name as their service area."""
        with self._db.begin() as session:
            return list(session.scalars(select(SmServiceArea.name).distinct()
                                        .where(SmServiceArea.name != "")
                                        .order_by(SmServiceArea.name)))

    @operation("socialmap.list_organizations")
    def list_organizations(self, actor: Actor) -> list[OrganizationInfo]:
        with self._db.begin() as session:
            phones = dict(session.execute(select(SmPhone.organization_id, SmPhone.number).where(
                SmPhone.organization_id.is_not(None), SmPhone.service_id.is_(None))).all())
            return [OrganizationInfo(o.id, o.name, o.description, o.email, o.website,
                                     phones.get(o.id, ""), o.version)
                    for o in session.scalars(select(SmOrganization).order_by(SmOrganization.name))]

    @operation("socialmap.list_locations")
    def list_locations(self, actor: Actor) -> list[LocationInfo]:
        with self._db.begin() as session:
            addresses = {a.location_id: a for a in session.scalars(
                select(SmAddress).order_by(SmAddress.id.desc()))}
            result = []
            for loc in session.scalars(select(SmLocation).order_by(SmLocation.name)):
                a = addresses.get(loc.id)
                hours = q.schedules_of(session.scalars(select(SmSchedule).where(
                    SmSchedule.location_id == loc.id, SmSchedule.service_id.is_(None),
                    SmSchedule.service_at_location_id.is_(None))))
                result.append(LocationInfo(
                    loc.id, loc.name, loc.organization_id or "", a.address_1 if a else "",
                    a.postal_code if a else "", a.city if a else "", loc.description,
                    loc.transportation, hours, loc.version))
            return result

    @operation("socialmap.print_wegwijzer")
    def print_wegwijzer(self, actor: Actor, service_id: str) -> WegwijzerPrint:
        """The one-page wegwijzer PDF for the visitor. Logged as a print."""
        with self._db.begin() as session:
            detail = self._detail(session, service_id)
            self._log.append(session, actor, "socialmap.print_wegwijzer", "service", service_id)
        from wijkteam_desk.reports.wegwijzer import build_wegwijzer

        data = wegwijzer_data(detail, q.today_of(self._clock()).strftime('%d-%m-%Y'))
        return WegwijzerPrint(data, build_wegwijzer(data))

    # -- freshness ---------------------------------------------------------------

    @operation("socialmap.report_outdated")
    def report_outdated(self, actor: Actor, service_id: str, note: str) -> None:
        """Anyone: "klopt niet meer". Lands on the to-check list of beheerder/teamleider."""
        note = (note or "").strip()
        if not note:
            raise ValidationError(msg("Schrijf kort op wat er niet meer klopt."), field="note")
        if len(note) > MAX_NOTE:
            raise ValidationError(msg("Deze tekst is te lang."), field="note")
        with self._db.begin() as session:
            if session.get(SmService, service_id) is None:
                raise NotFoundError()
            report = SmReport(service_id=service_id, note=note, reported_by_id=actor.user_id,
                              reported_by_name=actor.full_name, reported_at=self._clock())
            session.add(report)
            session.flush()
            self._log.append(session, actor, "socialmap.report_outdated", "service", service_id)

    @operation("socialmap.list_to_check")
    def list_to_check(self, actor: Actor, *, include_stale: bool = True) -> list[ToCheckRow]:
        """Services with open "klopt niet meer" reports first, then (optionally) those not
        checked for more than six months, oldest first."""
        today = q.today_of(self._clock())
        with self._db.begin() as session:
            reported = set(session.scalars(select(SmReport.service_id)
                                           .where(SmReport.resolved_at.is_(None))))
            query = select(SmService, SmOrganization.name).join(
                SmOrganization, SmOrganization.id == SmService.organization_id)
            rows = []
            for sid_part in q.chunks(sorted(reported)):
                rows += session.execute(query.where(SmService.id.in_(sid_part))).all()
            rows.sort(key=lambda r: r[0].name)
            if include_stale:
                rows += session.execute(query.where(
                    SmService.assured_date < stale_cutoff(today),
                    SmService.status.in_(q.VISIBLE_STATUSES), SmService.id.not_in(reported))
                    .order_by(SmService.assured_date, SmService.name)).all()
            return [ToCheckRow(s.id, s.name, org, s.assured_date,
                               is_stale(s.assured_date, today),
                               q.reports_of(session, s.id, open_only=True) if s.id in reported
                               else ()) for s, org in rows]

    @operation("socialmap.mark_checked")
    def mark_checked(self, actor: Actor, service_id: str) -> None:
        """Beheerder/teamleider: the entry is verified today; open reports are closed."""
        now = self._clock()
        with self._db.begin() as session:
            service = session.get(SmService, service_id)
            if service is None:
                raise NotFoundError()
            service.assured_date = q.today_of(now).isoformat()
            service.x_assurer_name = actor.full_name
            for report in session.scalars(select(SmReport).where(
                    SmReport.service_id == service_id, SmReport.resolved_at.is_(None))):
                report.resolved_at = now
                report.resolved_by_name = actor.full_name
            session.flush()
            self._log.append(session, actor, "socialmap.mark_checked", "service", service_id)

    # -- editing (beheerder, teamleider) -----------------------------------------------

    @operation("socialmap.save_organization")
    def save_organization(self, actor: Actor, data: OrganizationInput,
                          organization_id: str | None = None,
                          version: int | None = None) -> OrganizationInfo:
        """Create (no id) or update an organisation. Raises ValidationError, ConflictError."""
        with self._db.begin() as session:
            org = get_record(session, SmOrganization, organization_id, version) \
                if organization_id else SmOrganization(id=edit.new_id())
            edit.apply_organization(session, org, data)
            session.flush()
            q.refresh_derived(session, session.scalars(
                select(SmService.id).where(SmService.organization_id == org.id)))
            self._log.append(session, actor, "socialmap.save_organization", "organization",
                             org.id)
            return OrganizationInfo(org.id, org.name, org.description, org.email, org.website,
                                    data.phone.strip(), org.version)

    @operation("socialmap.save_location")
    def save_location(self, actor: Actor, data: LocationInput, location_id: str | None = None,
                      version: int | None = None) -> str:
        """Create or update a location with its address and opening hours; returns its id."""
        edit.validate_location(data)
        with self._db.begin() as session:
            loc = get_record(session, SmLocation, location_id, version) \
                if location_id else SmLocation(id=edit.new_id(), location_type="physical")
            edit.apply_location(session, loc, data)
            session.flush()
            q.refresh_derived(session, q.services_at_location(session, loc.id))
            self._log.append(session, actor, "socialmap.save_location", "location", loc.id)
            return loc.id

    @operation("socialmap.save_service")
    def save_service(self, actor: Actor, data: ServiceInput, service_id: str | None = None,
                     version: int | None = None) -> ServiceDetail:
        """Create or update a service. Saving counts as checking it (assured today)."""
        edit.validate_service(data)
        today = q.today_of(self._clock()).isoformat()
        with self._db.begin() as session:
            service = get_record(session, SmService, service_id, version) \
                if service_id else SmService(id=edit.new_id())
            edit.apply_service(session, service, data, today, actor.full_name)
            session.flush()
            q.refresh_derived(session, [service.id])
            self._log.append(session, actor, "socialmap.save_service", "service", service.id)
            return self._detail(session, service.id)

    # -- HSDS import and export ------------------------------------------------------

    @operation("socialmap.import_hsds")
    def import_hsds(self, actor: Actor, path: Path) -> ImportReport:
        """Read an HSDS 3.0 package (folder, zip or xlsx). All or nothing: raises
        hsds.ImportRejected listing every problem by file, row and column. Rows whose id
        exists are updated, others added."""
        package = hsds.read_package(Path(path))
        with self._db.begin() as session:
            report = hsds.apply_package(session, package)
            q.refresh_derived(session)
            self._log.append(session, actor, "socialmap.import_hsds", "socialmap", "",
                             f"{Path(path).name}: {sum(report.created.values())} nieuw, "
                             f"{sum(report.updated.values())} bijgewerkt")
        return report

    @operation("socialmap.export_hsds")
    def export_hsds(self, actor: Actor, out: Path, fmt: str = "hsds-csv") -> Path:
        """Write the whole kaart as HSDS 3.0 CSV (a folder, or a zip when ``out`` ends in
        .zip, with datapackage.json) or as xlsx (one sheet per table)."""
        if fmt not in ("hsds-csv", "xlsx"):
            raise ValidationError(msg("Kies het formaat hsds-csv of xlsx."), field="format")
        with self._db.begin() as session:
            tables = hsds_export.dump_tables(session)
            self._log.append(session, actor, "socialmap.export_hsds", "socialmap", "",
                             f"{fmt}: {Path(out).name}")
        return hsds_export.write_package(tables, Path(out), fmt)

    # -- helpers ------------------------------------------------------------------

    def _detail(self, session: Session, service_id: str) -> ServiceDetail:
        s = session.get(SmService, service_id)
        if s is None:
            raise NotFoundError()
        org = session.get(SmOrganization, s.organization_id)
        today = q.today_of(self._clock())
        sid = s.id
        phones = tuple(session.scalars(select(SmPhone.number).where(
            SmPhone.service_id == sid, SmPhone.service_at_location_id.is_(None))))
        if not phones and org is not None:
            phones = tuple(session.scalars(select(SmPhone.number).where(
                SmPhone.organization_id == org.id, SmPhone.service_id.is_(None))))
        amount = session.scalar(select(func.max(SmCostOption.amount))
                                .where(SmCostOption.service_id == sid))
        leefgebieden, topics = q.terms_of(session, sid)
        made, started = self._referral_counts(session, sid)
        return ServiceDetail(
            id=sid, name=s.name, alternate_name=s.alternate_name, description=s.description,
            organization_id=s.organization_id, organization=org.name if org else "",
            organization_website=org.website if org else "", status=s.status,
            kind=s.x_kind, maatwerk_form=s.x_maatwerk_form, url=s.url, email=s.email,
            phones=phones, application_process=s.application_process,
            eligibility_description=s.eligibility_description, minimum_age=s.minimum_age,
            maximum_age=s.maximum_age, fees_description=s.fees_description,
            cost_amount=amount, is_free=s.is_free, gemeente_cost=s.x_gemeente_cost,
            gemeente_cost_unit=s.x_gemeente_cost_unit, wait_days=s.x_wait_days,
            keywords=s.x_keywords,
            required_documents=tuple(session.scalars(select(SmRequiredDocument.document).where(
                SmRequiredDocument.service_id == sid).order_by(SmRequiredDocument.document))),
            languages=tuple(session.scalars(select(SmLanguage.name).where(
                SmLanguage.service_id == sid).order_by(SmLanguage.name))),
            areas=tuple(session.scalars(select(SmServiceArea.name).where(
                SmServiceArea.service_id == sid).order_by(SmServiceArea.name))),
            leefgebieden=leefgebieden, topics=topics,
            opening_hours=q.schedules_of(session.scalars(select(SmSchedule).where(
                SmSchedule.service_id == sid))),
            locations=q.location_details(session, sid), assured_date=s.assured_date,
            assurer=s.x_assurer_name or s.assurer_email,
            stale=is_stale(s.assured_date, today),
            reports=q.reports_of(session, sid, open_only=True),
            referrals_made=made, referrals_started=started, version=s.version)


def cost_text(detail: ServiceDetail) -> str:
    """What it costs the resident, in plain words."""
    if detail.is_free:
        base = "Gratis"
    elif detail.cost_amount:
        base = f"Eigen bijdrage: {money(detail.cost_amount)}"
    else:
        base = "Er is een eigen bijdrage"
    return f"{base}. {detail.fees_description}" if detail.fees_description else base


def who_text(detail: ServiceDetail) -> str:
    ages = ""
    if detail.minimum_age is not None and detail.maximum_age is not None:
        ages = f"Van {detail.minimum_age} tot en met {detail.maximum_age} jaar."
    elif detail.minimum_age is not None:
        ages = f"Vanaf {detail.minimum_age} jaar."
    elif detail.maximum_age is not None:
        ages = f"Tot en met {detail.maximum_age} jaar."
    return " ".join(p for p in (detail.eligibility_description, ages) if p)


def wegwijzer_data(detail: ServiceDetail, printed: str) -> WegwijzerData:
    from wijkteam_desk.reports.wegwijzer import WegwijzerData

    addresses = tuple(f"{loc.name}, {loc.address}" if loc.name and loc.address
                      else loc.name or loc.address for loc in detail.locations)
    hours = [hours_text(h) for h in detail.opening_hours]
    if not hours:
        for loc in detail.locations:
            prefix = f"{loc.name}: " if len(detail.locations) > 1 else ""
            hours += [prefix + hours_text(h) for h in loc.opening_hours]
    phones = detail.phones or tuple(p for loc in detail.locations for p in loc.phones)
    return WegwijzerData(
        name=detail.name, organization=detail.organization, description=detail.description,
        addresses=addresses, opening_hours=tuple(hours), phones=tuple(dict.fromkeys(phones)),
        bring=detail.required_documents, cost=cost_text(detail), who=who_text(detail),
        how=detail.application_process, website=detail.url or detail.organization_website,
        email=detail.email, footer=f"Gegevens van de sociale kaart, gecontroleerd op "
        f"{_dutch_date(detail.assured_date) or 'onbekend'}. Afgedrukt op {printed}.")


def _dutch_date(iso: str) -> str:
    return "-".join(reversed(iso.split("-"))) if iso else ""
