"""Outreach (eropaf): looplijst rounds over chosen streets, per-address outcomes, counts,
and the printable looplijst."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkteam_desk.errors import NotFoundError, PermissionDenied, ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services import validation
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.services.household_access import format_address
from wijkteam_desk.services.household_types import OutreachAddressInfo, OutreachRoundInfo
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import OutreachAddress, OutreachOutcome, OutreachRound, Signal

AddressSpec = tuple[str, int | str, str, str]  # street, number, addition, postcode


def street_addresses(street: str, first: int, last: int, postcode: str = "", *,
                     step: int = 1) -> list[AddressSpec]:
    """The numbers ``first``..``last`` of one street (``step`` 2 for one side), ready for
    create_round; the looplijst of a flat is the same street with its house numbers."""
    return [(street, n, "", postcode) for n in range(first, last + 1, step)]


class OutreachService:
    def __init__(self, db: Database, log: AuditLog, *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._log = log
        self._clock = clock

    @operation("outreach.create_round")
    def create_round(self, actor: Actor, name: str, planned_on: date,
                     addresses: Sequence[AddressSpec]) -> OutreachRoundInfo:
        """A round for the actor's team over the given addresses (e.g. every number of
        the chosen streets or flats). Raises ValidationError naming the bad address."""
        name = validation.required(name, "name", msg("Geef de ronde een naam."), 150)
        if not addresses:
            raise ValidationError(msg("Kies minstens één adres."), field="addresses")
        rows = []
        for street, number, addition, postcode in addresses:
            rows.append(dict(
                street=validation.required(street, "street", msg("Vul de straat in."), 120),
                house_number=validation.house_number(number) or 0,
                house_number_addition=validation.addition(addition),
                postcode=validation.postcode(postcode)))
            if rows[-1]["house_number"] == 0:
                raise ValidationError(msg("Huisnummer: vul een getal in, bijvoorbeeld 12."),
                                      field="house_number")
        if actor.team_id is None:
            raise ValidationError(msg("U hoort niet bij een team."), field="team_id")
        with self._db.begin() as session:
            rnd = OutreachRound(team_id=actor.team_id, name=name, planned_on=planned_on,
                                created_by_id=actor.user_id, created_at=self._clock())
            session.add(rnd)
            session.flush()
            for row in sorted(rows, key=lambda r: (r["street"], r["house_number"],
                                                   r["house_number_addition"])):
                session.add(OutreachAddress(round_id=rnd.id, **row))
            session.flush()
            self._log.append(session, actor, "outreach.create_round", "outreach_round", rnd.id)
            return self._info(session, rnd)

    @operation("outreach.list_rounds")
    def list_rounds(self, actor: Actor) -> list[OutreachRoundInfo]:
        """Rounds of the actor's team, newest first, with counts per outcome (and
        "open" for addresses not visited yet). Sociaal werker or teamleider."""
        with self._db.begin() as session:
            rounds = session.execute(select(OutreachRound).where(
                OutreachRound.team_id == actor.team_id)
                .order_by(OutreachRound.planned_on.desc())).scalars().all()
            return [self._info(session, r) for r in rounds]

    @operation("outreach.record_outcome")
    def record_outcome(self, actor: Actor, address_id: int, outcome: OutreachOutcome,
                       note: str = "", *, signal_id: int | None = None,
                       household_id: int | None = None) -> OutreachRoundInfo:
        """Niet thuis (flyer left), geen contact gewenst, or gesprek; a gesprek may point
        to the signal (create one with origin_type "outreach") or household it led to."""
        if not isinstance(outcome, OutreachOutcome):
            raise ValidationError(msg("Kies de uitkomst."), field="outcome")
        with self._db.begin() as session:
            address = session.get(OutreachAddress, address_id)
            if address is None:
                raise NotFoundError()
            rnd = self._round(session, actor, address.round_id)
            if signal_id is not None and session.get(Signal, signal_id) is None:
                raise NotFoundError()
            address.outcome = outcome
            address.note = validation.limited(note, "note", 1000)
            address.signal_id = signal_id
            address.household_id = household_id
            address.recorded_by_id = actor.user_id
            address.recorded_at = self._clock()
            session.flush()
            self._log.append(session, actor, "outreach.record_outcome", "outreach_round",
                             rnd.id, outcome.value)
            return self._info(session, rnd)

    @operation("outreach.print_looplijst")
    def print_looplijst(self, actor: Actor, round_id: int, out: Path) -> Path:
        """The looplijst as PDF (addresses and outcome boxes, no names). Audited."""
        with self._db.begin() as session:
            info = self._info(session, self._round(session, actor, round_id))
            self._log.append(session, actor, "outreach.print_looplijst", "outreach_round",
                             round_id, out.name)
        rows = [(format_address(a.street, a.house_number, a.house_number_addition),
                 a.postcode, a.outcome or "") for a in info.addresses]
        from wijkteam_desk.reports.looplijst import write_looplijst  # reportlab: slow import

        return write_looplijst(out, info.name, info.planned_on, rows)

    @staticmethod
    def _round(session: Session, actor: Actor, round_id: int) -> OutreachRound:
        rnd = session.get(OutreachRound, round_id)
        if rnd is None:
            raise NotFoundError()
        if rnd.team_id != actor.team_id:
            raise PermissionDenied("outreach")
        return rnd

    @staticmethod
    def _info(session: Session, rnd: OutreachRound) -> OutreachRoundInfo:
        rows = session.execute(select(OutreachAddress).where(
            OutreachAddress.round_id == rnd.id).order_by(OutreachAddress.id)).scalars().all()
        counts = {o.value: 0 for o in OutreachOutcome} | {"open": 0}
        for a in rows:
            counts[a.outcome.value if a.outcome else "open"] += 1
        return OutreachRoundInfo(
            rnd.id, rnd.name, rnd.planned_on,
            tuple(OutreachAddressInfo(a.id, a.street, a.house_number, a.house_number_addition,
                                      a.postcode, a.outcome.value if a.outcome else None,
                                      a.note, a.signal_id, a.household_id) for a in rows),
            counts)
