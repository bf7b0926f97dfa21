"""Validating and writing edits of organisations, services and locations (used by
SocialMapService inside its unit of work)."""

from __future__ import annotations

import re
import uuid

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from wijkteam_desk.errors import NotFoundError, ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services.socialmap_format import DAY_CODES, OpeningHours, valid_time
from wijkteam_desk.services.socialmap_terms import LEEFGEBIED_TAXONOMY_ID, TOPIC_TAXONOMY_ID
from wijkteam_desk.services.socialmap_types import LocationInput, OrganizationInput, ServiceInput
from wijkteam_desk.store.models import (
    MaatwerkForm,
    ServiceKind,
    SmAddress,
    SmAttribute,
    SmCostOption,
    SmLanguage,
    SmLocation,
    SmOrganization,
    SmPhone,
    SmRequiredDocument,
    SmSchedule,
    SmService,
    SmServiceArea,
    SmServiceAtLocation,
    SmTaxonomyTerm,
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_POSTCODE = re.compile(r"^\d{4} ?[A-Za-z]{2}$")


def new_id() -> str:
    return str(uuid.uuid4())


def _required(value: str, field: str, limit: int = 255) -> str:
    value = value.strip()
    if not value:
        raise ValidationError(msg("Vul dit veld in."), field=field)
    if len(value) > limit:
        raise ValidationError(msg("Deze tekst is te lang."), field=field)
    return value


def _email(value: str, field: str = "email") -> str:
    value = value.strip()
    if value and not _EMAIL.match(value):
        raise ValidationError(msg("Dit is geen geldig e-mailadres."), field=field)
    return value


def check_hours(hours: tuple[OpeningHours, ...], field: str = "opening_hours") -> None:
    for line in hours:
        if not line.days or any(d not in DAY_CODES for d in line.days):
            raise ValidationError(msg("Kies bij elke regel met openingstijden minstens één dag."),
                                  field=field)
        if not (valid_time(line.opens) and valid_time(line.closes)):
            raise ValidationError(msg("Schrijf tijden als uu:mm, bijvoorbeeld 09:00."),
                                  field=field)
        if line.closes[:5] <= line.opens[:5]:
            raise ValidationError(msg("De sluitingstijd moet na de openingstijd liggen."),
                                  field=field)


def validate_service(data: ServiceInput) -> None:
    _required(data.name, "name")
    if not data.organization_id:
        raise ValidationError(msg("Kies de organisatie."), field="organization_id")
    if data.status not in ("active", "inactive", "defunct", "temporarily closed"):
        raise ValidationError(msg("Kies een geldige status."), field="status")
    if data.kind is not ServiceKind.MAATWERK and data.maatwerk_form is not MaatwerkForm.NONE:
        raise ValidationError(msg("ZIN of PGB hoort alleen bij maatwerk."),
                              field="maatwerk_form")
    _email(data.email)
    for value, field in ((data.minimum_age, "minimum_age"), (data.maximum_age, "maximum_age")):
        if value is not None and not 0 <= value <= 120:
            raise ValidationError(msg("Een leeftijd ligt tussen 0 en 120."), field=field)
    if (data.minimum_age is not None and data.maximum_age is not None
            and data.minimum_age > data.maximum_age):
        raise ValidationError(msg("De minimumleeftijd is hoger dan de maximumleeftijd."),
                              field="maximum_age")
    for value, field in ((data.cost_amount, "cost_amount"),
                         (data.gemeente_cost, "gemeente_cost")):
        if value is not None and value < 0:
            raise ValidationError(msg("Een bedrag kan niet negatief zijn."), field=field)
    if data.wait_days is not None and data.wait_days < 0:
        raise ValidationError(msg("Een wachttijd kan niet negatief zijn."), field="wait_days")
    check_hours(data.opening_hours)


def apply_service(session: Session, service: SmService, data: ServiceInput, today: str,
                  assurer: str) -> None:
    """Write ``data`` to ``service`` and replace its service-level children."""
    if session.get(SmOrganization, data.organization_id) is None:
        raise ValidationError(msg("Deze organisatie bestaat niet (meer)."),
                              field="organization_id")
    for attr, value in (("organization_id", data.organization_id), ("name", data.name.strip()),
                        ("description", data.description.strip()), ("status", data.status),
                        ("x_kind", data.kind), ("x_maatwerk_form", data.maatwerk_form),
                        ("url", data.url.strip()), ("email", data.email.strip()),
                        ("application_process", data.application_process.strip()),
                        ("eligibility_description", data.eligibility_description.strip()),
                        ("minimum_age", data.minimum_age), ("maximum_age", data.maximum_age),
                        ("fees_description", data.fees_description.strip()),
                        ("x_gemeente_cost", data.gemeente_cost),
                        ("x_gemeente_cost_unit", data.gemeente_cost_unit.strip()),
                        ("x_wait_days", data.wait_days), ("x_keywords", data.keywords.strip()),
                        ("assured_date", today), ("x_assurer_name", assurer)):
        setattr(service, attr, value)
    session.add(service)
    session.flush()
    sid = service.id
    for model in (SmCostOption, SmRequiredDocument, SmServiceArea):
        session.execute(delete(model).where(model.service_id == sid))
    session.execute(delete(SmLanguage).where(SmLanguage.service_id == sid,
                                             SmLanguage.phone_id.is_(None)))
    session.execute(delete(SmPhone).where(SmPhone.service_id == sid,
                                          SmPhone.service_at_location_id.is_(None)))
    session.execute(delete(SmSchedule).where(SmSchedule.service_id == sid))
    session.execute(delete(SmAttribute).where(SmAttribute.link_id == sid))
    if data.cost_amount:
        session.add(SmCostOption(id=new_id(), service_id=sid, currency="EUR",
                                 amount=data.cost_amount, option="Eigen bijdrage",
                                 amount_description=data.fees_description.strip()))
    for doc in _clean(data.required_documents):
        session.add(SmRequiredDocument(id=new_id(), service_id=sid, document=doc))
    for lang in _clean(data.languages):
        session.add(SmLanguage(id=new_id(), service_id=sid, name=lang))
    for area in _clean(data.areas):
        session.add(SmServiceArea(id=new_id(), service_id=sid, name=area))
    if data.phone.strip():
        session.add(SmPhone(id=new_id(), service_id=sid, number=data.phone.strip()))
    _add_hours(session, data.opening_hours, service_id=sid)
    _link_terms(session, sid, data.leefgebied_ids, LEEFGEBIED_TAXONOMY_ID, "leefgebied")
    _link_terms(session, sid, data.topic_ids, TOPIC_TAXONOMY_ID, "onderwerp")
    _link_locations(session, sid, data.location_ids)


def _clean(values: tuple[str, ...]) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in values if v.strip()))


def _add_hours(session: Session, hours: tuple[OpeningHours, ...], **owner: str) -> None:
    for line in hours:
        session.add(SmSchedule(id=new_id(), freq="WEEKLY", wkst="MO",
                               byday=",".join(d for d in DAY_CODES if d in line.days),
                               opens_at=line.opens[:5], closes_at=line.closes[:5],
                               description=line.note, **owner))


def _link_terms(session: Session, sid: str, ids: tuple[str, ...], taxonomy: str,
                link_type: str) -> None:
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return
    found = set(session.scalars(select(SmTaxonomyTerm.id).where(
        SmTaxonomyTerm.id.in_(wanted), SmTaxonomyTerm.taxonomy_id == taxonomy)))
    if set(wanted) - found:
        raise ValidationError(msg("Een gekozen leefgebied of onderwerp bestaat niet (meer)."),
                              field=link_type)
    for term in wanted:
        session.add(SmAttribute(id=new_id(), link_id=sid, taxonomy_term_id=term,
                                link_type=link_type, link_entity="service"))


def _link_locations(session: Session, sid: str, location_ids: tuple[str, ...]) -> None:
    wanted = list(dict.fromkeys(location_ids))
    current = {sal.location_id: sal for sal in session.scalars(
        select(SmServiceAtLocation).where(SmServiceAtLocation.service_id == sid))}
    for loc_id, sal in current.items():
        if loc_id not in wanted:
            session.delete(sal)
    for loc_id in wanted:
        if loc_id in current:
            continue
        if session.get(SmLocation, loc_id) is None:
            raise ValidationError(msg("Een gekozen locatie bestaat niet (meer)."),
                                  field="location_ids")
        session.add(SmServiceAtLocation(id=new_id(), service_id=sid, location_id=loc_id))


def apply_organization(session: Session, org: SmOrganization, data: OrganizationInput) -> None:
    org.name = _required(data.name, "name")
    org.description = data.description.strip()
    org.email = _email(data.email)
    org.website = data.website.strip()
    session.add(org)
    session.flush()
    phone = session.scalars(select(SmPhone).where(
        SmPhone.organization_id == org.id, SmPhone.service_id.is_(None))).first()
    if data.phone.strip():
        if phone is None:
            session.add(SmPhone(id=new_id(), organization_id=org.id, number=data.phone.strip()))
        else:
            phone.number = data.phone.strip()
    elif phone is not None:
        session.delete(phone)


def validate_location(data: LocationInput) -> None:
    _required(data.name, "name")
    _required(data.address_1, "address_1")
    _required(data.city, "city", 100)
    if not _POSTCODE.match(data.postal_code.strip()):
        raise ValidationError(msg("Schrijf de postcode als 1234 AB."), field="postal_code")
    check_hours(data.opening_hours)


def apply_location(session: Session, loc: SmLocation, data: LocationInput) -> None:
    if data.organization_id and session.get(SmOrganization, data.organization_id) is None:
        raise NotFoundError()
    loc.name = data.name.strip()
    loc.organization_id = data.organization_id or None
    loc.description = data.description.strip()
    loc.transportation = data.transportation.strip()
    loc.location_type = loc.location_type or "physical"
    session.add(loc)
    session.flush()
    address = session.scalars(select(SmAddress).where(SmAddress.location_id == loc.id)
                              .order_by(SmAddress.id)).first()
    if address is None:
        address = SmAddress(id=new_id(), location_id=loc.id, country="NL",
                            state_province="Fryslân", address_type="physical")
        session.add(address)
    postcode = data.postal_code.strip().upper().replace(" ", "")
    address.address_1 = data.address_1.strip()
    address.postal_code = f"{postcode[:4]} {postcode[4:]}"
    address.city = data.city.strip()
    session.execute(delete(SmSchedule).where(SmSchedule.location_id == loc.id,
                                             SmSchedule.service_id.is_(None),
                                             SmSchedule.service_at_location_id.is_(None)))
    _add_hours(session, data.opening_hours, location_id=loc.id)
