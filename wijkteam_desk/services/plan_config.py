"""Configuration of the one plan by the beheerder: leefgebieden and plan settings."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from wijkteam_desk.errors import ConflictError, NotFoundError, ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services import validation
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.services.household_types import UNSET, Unset
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import Contact, Leefgebied, Subdomain, SystemSetting

LADDER_SETTING = "plan.participatieladder"
NO_PLAN_WEEKS_SETTING = "plan.weken_zonder_plan"
DEFAULT_NO_PLAN_WEEKS = 6


@dataclass(frozen=True)
class LeefgebiedInfo:
    id: int
    code: str
    name: str
    explanation: str
    position: int
    retired: bool
    version: int
    subdomain: Subdomain | None = None  # where it counts in the kwartaalrapportage


@dataclass(frozen=True)
class PlanSettings:
    participatieladder: bool = False
    weeks_without_plan: int = DEFAULT_NO_PLAN_WEEKS


def _info(row: Leefgebied) -> LeefgebiedInfo:
    return LeefgebiedInfo(row.id, row.code, row.name, row.explanation, row.position,
                          row.retired, row.version, row.subdomain)


def subdomain_by_leefgebied_name(session: Session) -> dict[str, Subdomain]:
    """Leefgebied name -> the subdomain the beheerder set for it, for every leefgebied
    that has one (retired ones too: old contacts and visits still name them). Names are
    unique (case-insensitively), so a name maps to one subdomain."""
    return {name: subdomain for name, subdomain in session.execute(
        select(Leefgebied.name, Leefgebied.subdomain).where(
            Leefgebied.subdomain.is_not(None)))}


def _code(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:40] or "leefgebied"


def read_settings(session: Session) -> PlanSettings:
    rows = dict(session.execute(select(SystemSetting.key, SystemSetting.value).where(
        SystemSetting.key.in_([LADDER_SETTING, NO_PLAN_WEEKS_SETTING]))).all())
    weeks = rows.get(NO_PLAN_WEEKS_SETTING)
    return PlanSettings(rows.get(LADDER_SETTING) == "1",
                        int(weeks) if weeks else DEFAULT_NO_PLAN_WEEKS)


class PlanConfigService:
    def __init__(self, db: Database, log: AuditLog) -> None:
        self._db = db
        self._log = log

    @operation("plan_config.list_leefgebieden")
    def list_leefgebieden(self, actor: Actor, *, include_retired: bool = False
                          ) -> list[LeefgebiedInfo]:
        """Everyone. In the beheerder's order; retired ones only when asked (old plans
        and the beheer screen need them)."""
        with self._db.begin() as session:
            query = select(Leefgebied).order_by(Leefgebied.position, Leefgebied.id)
            if not include_retired:
                query = query.where(Leefgebied.retired.is_(False))
            return [_info(r) for r in session.scalars(query)]

    @operation("plan_config.create_leefgebied")
    def create_leefgebied(self, actor: Actor, name: str, explanation: str = "", *,
                          subdomain: Subdomain | str | None = None) -> LeefgebiedInfo:
        """Beheerder. Adds a leefgebied at the end, counting under ``subdomain`` (None:
        none). ValidationError on an empty or duplicate name or an unknown subdomain.
        Audited."""
        name = self._check_name(name)
        chosen = validation.subdomain(subdomain)
        with self._db.begin() as session:
            self._unique(session, name)
            code = _code(name)
            while session.scalar(select(Leefgebied.id).where(Leefgebied.code == code)):
                code = f"{code[:36]}_{session.scalar(select(func.count(Leefgebied.id)))}"
            last = session.scalar(select(func.max(Leefgebied.position))) or 0
            row = Leefgebied(code=code, name=name, explanation=explanation.strip(),
                             position=last + 1, retired=False, subdomain=chosen)
            session.add(row)
            session.flush()
            self._log.append(session, actor, "plan_config.create_leefgebied", "leefgebied",
                             row.id, f"subdomain:{chosen or 'none'}")
            return _info(row)

    @operation("plan_config.update_leefgebied")
    def update_leefgebied(self, actor: Actor, leefgebied_id: int, name: str,
                          explanation: str, version: int, *,
                          subdomain: Subdomain | str | None | Unset = UNSET
                          ) -> LeefgebiedInfo:
        """Beheerder. Rename, re-explain or set the subdomain (None: none; not given: it
        stays); old plans show the new name, the reports count by the new subdomain.
        ValidationError, ConflictError. Audited, with the subdomain when it changes."""
        name = self._check_name(name)
        chosen = None if subdomain is UNSET else validation.subdomain(subdomain)
        with self._db.begin() as session:
            row = self._get(session, leefgebied_id, version)
            self._unique(session, name, leefgebied_id)
            old_name = row.name
            row.name, row.explanation = name, explanation.strip()
            reasons = []
            if subdomain is not UNSET and chosen != row.subdomain:
                reasons.append(f"subdomain:{row.subdomain or 'none'}->{chosen or 'none'}")
                row.subdomain = chosen
            if name != old_name:
                # contacts keep leefgebieden by name: they follow the rename, so their
                # hours still count under this leefgebied's subdomain
                renamed = session.execute(
                    update(Contact)
                    .where(Contact.leefgebieden.contains(f"|{old_name}|", autoescape=True))
                    .values(leefgebieden=func.replace(Contact.leefgebieden, f"|{old_name}|",
                                                      f"|{name}|"))
                    .execution_options(synchronize_session=False)).rowcount
                reasons.append(f"contacts:{renamed}")
            reason = "; ".join(reasons)
            session.flush()
            self._log.append(session, actor, "plan_config.update_leefgebied",
                             "leefgebied", row.id, reason)
            return _info(row)

    @operation("plan_config.set_leefgebied_retired")
    def set_leefgebied_retired(self, actor: Actor, leefgebied_id: int, retired: bool,
                               version: int) -> LeefgebiedInfo:
        """Beheerder. A retired leefgebied is not offered for new plans; plans that use
        it keep showing it."""
        with self._db.begin() as session:
            row = self._get(session, leefgebied_id, version)
            row.retired = retired
            session.flush()
            self._log.append(session, actor, "plan_config.set_leefgebied_retired",
                             "leefgebied", row.id, "retired" if retired else "active")
            return _info(row)

    @operation("plan_config.reorder_leefgebieden")
    def reorder_leefgebieden(self, actor: Actor, ordered_ids: list[int]
                             ) -> list[LeefgebiedInfo]:
        """Beheerder. ``ordered_ids`` lists every leefgebied (retired ones too) once."""
        with self._db.begin() as session:
            rows = {r.id: r for r in session.scalars(select(Leefgebied))}
            if sorted(ordered_ids) != sorted(rows):
                raise ValidationError(msg("De nieuwe volgorde moet alle leefgebieden precies "
                                          "één keer bevatten."), field="order")
            for position, lid in enumerate(ordered_ids, start=1):
                rows[lid].position = position
            self._log.append(session, actor, "plan_config.reorder_leefgebieden", "leefgebied")
            return [_info(rows[i]) for i in ordered_ids]

    @operation("plan_config.get_settings")
    def get_settings(self, actor: Actor) -> PlanSettings:
        """Everyone: whether the participatieladder is on, the signal period."""
        with self._db.begin() as session:
            return read_settings(session)

    @operation("plan_config.update_settings")
    def update_settings(self, actor: Actor, settings: PlanSettings) -> PlanSettings:
        """Beheerder. ``weeks_without_plan`` is 1-52."""
        if not 1 <= settings.weeks_without_plan <= 52:
            raise ValidationError(msg("Kies een aantal weken van 1 tot en met 52."),
                                  field="weeks_without_plan")
        with self._db.begin() as session:
            for key, value in ((LADDER_SETTING, "1" if settings.participatieladder else "0"),
                               (NO_PLAN_WEEKS_SETTING, str(settings.weeks_without_plan))):
                row = session.get(SystemSetting, key)
                if row is None:
                    session.add(SystemSetting(key=key, value=value))
                else:
                    row.value = value
            self._log.append(session, actor, "plan_config.update_settings", "system_setting",
                             "plan", f"ladder={int(settings.participatieladder)} "
                             f"weken={settings.weeks_without_plan}")
        return settings

    # -- helpers ----------------------------------------------------------------------

    @staticmethod
    def _check_name(name: str) -> str:
        name = " ".join(name.split())
        if not name:
            raise ValidationError(msg("Geef het leefgebied een naam."), field="name")
        if len(name) > 100:
            raise ValidationError(msg("Een naam is hooguit 100 tekens."), field="name")
        return name

    @staticmethod
    def _unique(session: Session, name: str, own_id: int | None = None) -> None:
        other = session.scalar(select(Leefgebied.id).where(
            func.lower(Leefgebied.name) == name.lower()))
        if other is not None and other != own_id:
            raise ValidationError(msg("Er is al een leefgebied met deze naam."), field="name")

    @staticmethod
    def _get(session: Session, leefgebied_id: int, version: int) -> Leefgebied:
        row = session.get(Leefgebied, leefgebied_id)
        if row is None:
            raise NotFoundError()
        if row.version != version:
            raise ConflictError()
        return row
