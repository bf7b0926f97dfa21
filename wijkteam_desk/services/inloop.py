"""The inloopspreekuur queue (DESIGN §2.2): sessions, registering visitors, calling them
to a desk, and finishing a visit with an outcome.

Vrijwilliger, sociaal werker and teamleider may do every queue operation; the beheerder
sees no visitor data. Nothing returned here is dossier data: see inloop_types.
Every change is audited and bumps the location's change feed (inloop_feed).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from wijkteam_desk.errors import ConflictError, KnownError, NotFoundError, ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services import inloop_feed
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.services.inloop_outcomes import OutcomeHandlers
from wijkteam_desk.services.inloop_rows import (
    board_order,
    called_tickets,
    close_stale_sessions,
    get_location,
    make_row,
    open_session_of,
    session_info,
    session_of,
    visit_row,
)
from wijkteam_desk.services.inloop_types import (
    ACTIVE,
    LEEFGEBIEDEN,
    CalledTicket,
    DeskInfo,
    FinishResult,
    NoSessionError,
    Outcome,
    QueueBoard,
    QueueRow,
    SessionInfo,
    VisitInput,
    VisitorTakenError,
    VisitStateError,
    local_day,
)
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import (
    InloopDesk,
    InloopSession,
    InloopStaff,
    InloopVisit,
    User,
    VisitOutcome,
    VisitStatus,
)

DEFAULT_DESK = "Balie 1"
CALL_NEXT_ATTEMPTS = 5


class InloopService:
    def __init__(self, db: Database, log: AuditLog, *,
                 clock: Callable[[], datetime] = utcnow,
                 outcomes: OutcomeHandlers | None = None) -> None:
        self._db = db
        self._log = log
        self._clock = clock
        self.outcomes = outcomes or OutcomeHandlers()

    def change_feed(self) -> inloop_feed.ChangeFeed:
        """A feed telling which locations' queues changed (for the live board)."""
        return inloop_feed.ChangeFeed(self._db)

    # -- sessions and desks ---------------------------------------------------------

    @operation("inloop.open_session")
    def open_session(self, actor: Actor, location_id: int) -> SessionInfo:
        """Open today's spreekuur at the location, or join the one already open (a second
        PC or a colleague arriving). The actor is recorded as present."""
        now = self._clock()
        with self._db.begin() as session:
            location = get_location(session, location_id)
            close_stale_sessions(session, location_id, local_day(now), now)
            current = open_session_of(session, location_id, local_day(now))
            if current is None:
                current = InloopSession(location_id=location_id, day=local_day(now),
                                        opened_at=now, opened_by=actor.user_id)
                session.add(current)
                session.flush()
                if not session.scalar(select(func.count(InloopDesk.id))
                                      .where(InloopDesk.location_id == location_id)):
                    session.add(InloopDesk(location_id=location_id, name=DEFAULT_DESK))
                self._log.append(session, actor, "inloop.open_session", "inloop_session",
                                 current.id)
            if not session.scalar(select(InloopStaff.id).where(
                    InloopStaff.session_id == current.id,
                    InloopStaff.user_id == actor.user_id)):
                session.add(InloopStaff(session_id=current.id, user_id=actor.user_id))
            inloop_feed.bump(session, location_id, now)
            session.flush()
            return session_info(session, current, location)

    @operation("inloop.close_session")
    def close_session(self, actor: Actor, session_id: int) -> None:
        """Close the spreekuur. Visitors still waiting or called are marked vertrokken."""
        now = self._clock()
        with self._db.begin() as session:
            current = session.get(InloopSession, session_id)
            if current is None:
                raise NotFoundError()
            if current.closed_at is None:
                current.closed_at = now
                current.closed_by = actor.user_id
                for visit in session.scalars(select(InloopVisit).where(
                        InloopVisit.session_id == session_id,
                        InloopVisit.status.in_((VisitStatus.WACHTEND, VisitStatus.GEROEPEN)))):
                    visit.status = VisitStatus.VERTROKKEN
                    visit.finished_at = now
                inloop_feed.bump(session, current.location_id, now)
                self._log.append(session, actor, "inloop.close_session", "inloop_session",
                                 session_id)

    @operation("inloop.current_session")
    def current_session(self, actor: Actor, location_id: int) -> SessionInfo | None:
        with self._db.begin() as session:
            location = get_location(session, location_id)
            current = open_session_of(session, location_id, local_day(self._clock()))
            return None if current is None else session_info(session, current, location)

    @operation("inloop.list_desks")
    def list_desks(self, actor: Actor, location_id: int) -> list[DeskInfo]:
        with self._db.begin() as session:
            return [DeskInfo(d.id, d.location_id, d.name) for d in session.scalars(
                select(InloopDesk).where(InloopDesk.location_id == location_id,
                                         InloopDesk.active.is_(True))
                .order_by(InloopDesk.name))]

    @operation("inloop.add_desk")
    def add_desk(self, actor: Actor, location_id: int, name: str) -> DeskInfo:
        """Teamleider or beheerder: a balie or spreekkamer of the location."""
        name = (name or "").strip()
        if not name or len(name) > 40:
            raise ValidationError(msg("Geef de balie een naam van hoogstens 40 tekens."),
                                  field="name")
        with self._db.begin() as session:
            get_location(session, location_id)
            if session.scalar(select(InloopDesk.id).where(
                    InloopDesk.location_id == location_id, InloopDesk.name == name)):
                raise ValidationError(msg("Deze locatie heeft al een balie met die naam."),
                                      field="name")
            desk = InloopDesk(location_id=location_id, name=name)
            session.add(desk)
            session.flush()
            self._log.append(session, actor, "inloop.add_desk", "inloop_desk", desk.id)
            return DeskInfo(desk.id, location_id, name)

    # -- the queue --------------------------------------------------------------------

    @operation("inloop.register")
    def register(self, actor: Actor, location_id: int, data: VisitInput) -> QueueRow:
        """Register a walk-in at the open spreekuur; gives the next ticket of the day
        (``B-014``). Raises ValidationError for an unknown topic or too long text,
        NoSessionError when no spreekuur is open."""
        first_name = " ".join((data.first_name or "").split())
        question = " ".join((data.question or "").split())
        if data.topic not in LEEFGEBIEDEN:
            raise ValidationError(msg("Kies een onderwerp (leefgebied) uit de lijst."),
                                  field="topic")
        if len(first_name) > 50:
            raise ValidationError(msg("Een voornaam is hoogstens 50 tekens."),
                                  field="first_name")
        if len(question) > 300:
            raise ValidationError(msg("Houd de vraag kort: hoogstens 300 tekens."),
                                  field="question")
        now = self._clock()
        with self._db.begin() as session:
            location = get_location(session, location_id)
            current = open_session_of(session, location_id, local_day(now))
            if current is None:
                raise NoSessionError()
            # Bumping the feed first locks the location's feed row on PostgreSQL, so two
            # desks registering at the same moment get consecutive numbers.
            inloop_feed.bump(session, location_id, now)
            day = local_day(now)
            number = (session.scalar(select(func.max(InloopVisit.number)).where(
                InloopVisit.location_id == location_id, InloopVisit.day == day)) or 0) + 1
            prefix = location.ticket_prefix or "A"
            visit = InloopVisit(
                session_id=current.id, location_id=location_id, day=day, number=number,
                ticket=f"{prefix}-{number:03d}", first_name=first_name, topic=data.topic,
                question=question, spoed=bool(data.spoed), arrived_at=now,
                registered_by=actor.user_id)
            session.add(visit)
            session.flush()
            self._log.append(session, actor, "inloop.register", "inloop_visit", visit.id,
                             "spoed" if visit.spoed else "")
            return visit_row(session, visit)

    @operation("inloop.board")
    def board(self, actor: Actor, location_id: int) -> QueueBoard:
        """Today's visitors that are waiting, called or in gesprek, plus day counts."""
        now = self._clock()
        day = local_day(now)
        with self._db.begin() as session:
            location = get_location(session, location_id)
            current = open_session_of(session, location_id, day)
            caller = aliased(User)
            rows = session.execute(
                select(InloopVisit, InloopDesk.name, caller.full_name)
                .outerjoin(InloopDesk, InloopDesk.id == InloopVisit.desk_id)
                .outerjoin(caller, caller.id == InloopVisit.called_by)
                .where(InloopVisit.location_id == location_id, InloopVisit.day == day,
                       InloopVisit.status.in_(ACTIVE))
            ).all()
            counts = dict(session.execute(
                select(InloopVisit.status, func.count()).where(
                    InloopVisit.location_id == location_id, InloopVisit.day == day,
                    InloopVisit.status.in_((VisitStatus.AFGEROND, VisitStatus.VERTROKKEN)))
                .group_by(InloopVisit.status)).all())
            seq = inloop_feed.sequences(session).get(location_id, 0)
            info = None if current is None else session_info(session, current, location)
        queue = sorted((make_row(v, desk or "", by or "") for v, desk, by in rows),
                       key=board_order)
        return QueueBoard(location_id, info, tuple(queue),
                          counts.get(VisitStatus.AFGEROND, 0),
                          counts.get(VisitStatus.VERTROKKEN, 0), seq, now)

    @operation("inloop.display")
    def display(self, actor: Actor, location_id: int, limit: int = 6) -> list[CalledTicket]:
        """The waiting-room screen: most recently called tickets and desks, no names."""
        with self._db.begin() as session:
            return called_tickets(session, location_id, local_day(self._clock()), limit)

    @operation("inloop.call_next")
    def call_next(self, actor: Actor, location_id: int, desk_id: int) -> QueueRow | None:
        """Call the next visitor to ``desk_id``: spoed first, then the longest waiting.
        None when nobody waits. A visitor taken by another desk meanwhile is skipped."""
        for _attempt in range(CALL_NEXT_ATTEMPTS):
            with self._db.begin() as session:
                candidate = session.scalar(
                    select(InloopVisit.id).where(
                        InloopVisit.location_id == location_id,
                        InloopVisit.day == local_day(self._clock()),
                        InloopVisit.status == VisitStatus.WACHTEND)
                    .order_by(InloopVisit.spoed.desc(), InloopVisit.arrived_at,
                              InloopVisit.id).limit(1))
            if candidate is None:
                return None
            try:
                return self._call(actor, candidate, desk_id, "inloop.call_next")
            except VisitorTakenError:
                continue
        return None

    @operation("inloop.call")
    def call(self, actor: Actor, visit_id: int, desk_id: int) -> QueueRow:
        """Call this visitor out of order. Raises VisitorTakenError when another desk
        called them first (the second of two simultaneous calls always gets it)."""
        return self._call(actor, visit_id, desk_id, "inloop.call")

    @operation("inloop.recall")
    def recall(self, actor: Actor, visit_id: int, desk_id: int | None = None) -> QueueRow:
        """Call a called visitor again (shown again on the display), or bring back a
        visitor marked vertrokken who turns up after all."""
        def change(visit: InloopVisit, now: datetime) -> None:
            if visit.status not in (VisitStatus.GEROEPEN, VisitStatus.VERTROKKEN):
                raise VisitStateError(visit.ticket, visit.status)
            if visit.status is VisitStatus.VERTROKKEN and visit.outcome is not None:
                raise VisitStateError(visit.ticket, visit.status)
            visit.status = VisitStatus.GEROEPEN
            visit.finished_at = None
            visit.called_at = now
            visit.called_by = actor.user_id
            visit.call_count += 1
            if desk_id is not None:
                visit.desk_id = desk_id
            if visit.first_called_at is None:
                visit.first_called_at = now
        return self._change(actor, visit_id, "inloop.recall", change, desk_id=desk_id)

    @operation("inloop.start")
    def start(self, actor: Actor, visit_id: int) -> QueueRow:
        """The called visitor is at the desk: in gesprek."""
        def change(visit: InloopVisit, now: datetime) -> None:
            if visit.status is not VisitStatus.GEROEPEN:
                raise VisitStateError(visit.ticket, visit.status)
            visit.status = VisitStatus.IN_GESPREK
            visit.started_at = now
        return self._change(actor, visit_id, "inloop.start", change)

    @operation("inloop.no_show")
    def no_show(self, actor: Actor, visit_id: int) -> QueueRow:
        """The visitor did not come when called, or left: vertrokken."""
        def change(visit: InloopVisit, now: datetime) -> None:
            if visit.status not in (VisitStatus.WACHTEND, VisitStatus.GEROEPEN):
                raise VisitStateError(visit.ticket, visit.status)
            visit.status = VisitStatus.VERTROKKEN
            visit.finished_at = now
            visit.finished_by = actor.user_id
        return self._change(actor, visit_id, "inloop.no_show", change)

    @operation("inloop.match_household")
    def match_household(self, actor: Actor, visit_id: int, name: str, postcode: str) -> bool:
        """Whether a household of the team has this (last) name at this postcode: yes or
        no, nothing more, also for a vrijwilliger. On yes the visit is linked to it for
        the handover; the link itself is never returned. Audited."""
        if self.outcomes.match is None:
            raise KnownError(msg("Zoeken naar een bekend huishouden kan hier niet."))
        match = self.outcomes.match
        found: list[bool] = []

        def change(visit: InloopVisit, now: datetime) -> None:
            household_id = match(session_of(visit), actor, visit, name, postcode)
            visit.household_id = household_id
            found.append(household_id is not None)

        self._change(actor, visit_id, "inloop.match_household", change)
        return found[0]

    @operation("inloop.finish")
    def finish(self, actor: Actor, visit_id: int, outcome: Outcome) -> FinishResult:
        """Finish a called or in-gesprek visit with its outcome. Doorverwezen needs a
        service (creates the referral and the wegwijzer where the sociale kaart is wired);
        overgedragen creates a signal with the visit's data (warm handover)."""
        if outcome.topic and outcome.topic not in LEEFGEBIEDEN:
            raise ValidationError(msg("Kies een onderwerp (leefgebied) uit de lijst."),
                                  field="topic")
        if outcome.kind is VisitOutcome.DOORVERWEZEN and outcome.service_id is None:
            raise ValidationError(msg("Kies de voorziening waarnaar u doorverwijst."),
                                  field="service")
        if len(outcome.note) > 300:
            raise ValidationError(msg("Houd de notitie kort: hoogstens 300 tekens."),
                                  field="note")

        def change(visit: InloopVisit, now: datetime) -> None:
            if visit.status not in (VisitStatus.GEROEPEN, VisitStatus.IN_GESPREK):
                raise VisitStateError(visit.ticket, visit.status)
            if visit.started_at is None:
                visit.started_at = visit.called_at or now
            visit.status = VisitStatus.AFGEROND
            visit.finished_at = now
            visit.finished_by = actor.user_id
            visit.outcome = outcome.kind
            visit.outcome_topic = outcome.topic or (
                visit.topic if outcome.kind is VisitOutcome.DIRECT_BEANTWOORD else "")
            visit.outcome_note = " ".join(outcome.note.split())
            visit.service_id = outcome.service_id
            self.outcomes.apply(session_of(visit), actor, visit, outcome)
            ids.update(referral=visit.referral_id, signal=visit.signal_id)

        ids: dict[str, int | None] = {}
        row = self._change(actor, visit_id, "inloop.finish", change, reason=outcome.kind.value)
        return FinishResult(row.visit_id, row.ticket, outcome.kind, ids.get("referral"),
                            ids.get("signal"), self.outcomes.print_wegwijzer(actor, outcome))

    # -- helpers ----------------------------------------------------------------------

    def _call(self, actor: Actor, visit_id: int, desk_id: int, action: str) -> QueueRow:
        def change(visit: InloopVisit, now: datetime) -> None:
            if visit.status is not VisitStatus.WACHTEND:
                desk = session_of(visit).get(InloopDesk, visit.desk_id) \
                    if visit.desk_id else None
                by = session_of(visit).get(User, visit.called_by) \
                    if visit.called_by else None
                if visit.status in (VisitStatus.GEROEPEN, VisitStatus.IN_GESPREK):
                    raise VisitorTakenError(visit.ticket, desk.name if desk else "",
                                            by.full_name if by else "")
                raise VisitStateError(visit.ticket, visit.status)
            visit.status = VisitStatus.GEROEPEN
            visit.called_at = now
            visit.first_called_at = now
            visit.called_by = actor.user_id
            visit.desk_id = desk_id
            visit.call_count += 1
        return self._change(actor, visit_id, action, change, desk_id=desk_id)

    def _change(self, actor: Actor, visit_id: int, action: str,
                change: Callable[[InloopVisit, datetime], None], *,
                desk_id: int | None = None, reason: str = "") -> QueueRow:
        """Lock the visit, apply ``change``, audit, bump the feed: one unit of work."""
        now = self._clock()
        ticket = ""
        try:
            with self._db.begin() as session:
                visit = session.scalar(select(InloopVisit).where(InloopVisit.id == visit_id)
                                       .with_for_update())
                if visit is None:
                    raise NotFoundError()
                ticket = visit.ticket
                if desk_id is not None:
                    desk = session.get(InloopDesk, desk_id)
                    if desk is None or desk.location_id != visit.location_id:
                        raise ValidationError(msg("Kies een balie van deze locatie."),
                                              field="desk")
                change(visit, now)
                inloop_feed.bump(session, visit.location_id, now)
                session.flush()
                self._log.append(session, actor, action, "inloop_visit", visit.id, reason)
                return visit_row(session, visit)
        except VisitorTakenError:
            raise
        except ConflictError:  # Database.begin: another desk saved this visit first
            raise VisitorTakenError(ticket) from None

