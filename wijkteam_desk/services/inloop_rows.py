"""Reading the queue's records into plain rows; shared by the inloop services."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkteam_desk.errors import NotFoundError
from wijkteam_desk.services.inloop_types import CalledTicket, QueueRow, SessionInfo
from wijkteam_desk.store.models import (
    InloopDesk,
    InloopSession,
    InloopStaff,
    InloopVisit,
    Location,
    Role,
    User,
    UserRole,
    VisitStatus,
)


def get_location(session: Session, location_id: int) -> Location:
    location = session.get(Location, location_id)
    if location is None:
        raise NotFoundError()
    return location


def open_session_of(session: Session, location_id: int, day: date) -> InloopSession | None:
    """Today's open spreekuur; one left open on an earlier day does not count."""
    return session.scalar(select(InloopSession).where(
        InloopSession.location_id == location_id, InloopSession.closed_at.is_(None),
        InloopSession.day == day)
        .order_by(InloopSession.opened_at.desc()).limit(1))


def close_stale_sessions(session: Session, location_id: int, day: date,
                         now: datetime) -> None:
    """Close spreekuren someone forgot to close on an earlier day; their visitors still
    waiting are marked vertrokken."""
    for stale in session.scalars(select(InloopSession).where(
            InloopSession.location_id == location_id, InloopSession.closed_at.is_(None),
            InloopSession.day < day)):
        stale.closed_at = now
        for visit in session.scalars(select(InloopVisit).where(
                InloopVisit.session_id == stale.id,
                InloopVisit.status.in_((VisitStatus.WACHTEND, VisitStatus.GEROEPEN,
                                        VisitStatus.IN_GESPREK)))):
            visit.status = VisitStatus.VERTROKKEN
            visit.finished_at = now


def session_info(session: Session, current: InloopSession, location: Location) -> SessionInfo:
    staff = session.execute(
        select(User.full_name, UserRole.role)
        .join(InloopStaff, InloopStaff.user_id == User.id)
        .join(UserRole, UserRole.user_id == User.id)
        .where(InloopStaff.session_id == current.id).order_by(User.full_name)).all()
    names = tuple(dict.fromkeys(name for name, _ in staff))
    pros = tuple(dict.fromkeys(name for name, role in staff
                               if role in (Role.SOCIAAL_WERKER, Role.TEAMLEIDER)))
    return SessionInfo(current.id, location.id, location.name,
                       location.ticket_prefix or "A", current.day, current.opened_at,
                       current.closed_at, names, pros)


def visit_row(session: Session, visit: InloopVisit) -> QueueRow:
    desk = session.get(InloopDesk, visit.desk_id) if visit.desk_id else None
    by = session.get(User, visit.called_by) if visit.called_by else None
    return make_row(visit, desk.name if desk else "", by.full_name if by else "")


def make_row(visit: InloopVisit, desk_name: str, called_by_name: str) -> QueueRow:
    """Only what the front desk typed, plus *whether* a household matched."""
    return QueueRow(visit.id, visit.ticket, visit.first_name, visit.topic, visit.question,
                    visit.spoed, visit.status, visit.arrived_at, visit.first_called_at,
                    desk_name, called_by_name, visit.call_count,
                    visit.household_id is not None, visit.version)


def board_order(row: QueueRow) -> tuple[int, int, datetime, int]:
    """Called and in-gesprek rows on top; then the waiting line in calling order."""
    waiting = row.status is VisitStatus.WACHTEND
    return (1 if waiting else 0, 0 if row.spoed or not waiting else 1,
            row.arrived_at, row.visit_id)


def session_of(visit: InloopVisit) -> Session:
    """The unit of work a loaded visit belongs to."""
    session = Session.object_session(visit)
    assert session is not None
    return session


def called_tickets(session: Session, location_id: int, day: date,
                   limit: int) -> list[CalledTicket]:
    """Most recently called first; ticket and desk only."""
    return [CalledTicket(ticket, desk or "", called_at, count)
            for ticket, desk, called_at, count in session.execute(
                select(InloopVisit.ticket, InloopDesk.name, InloopVisit.called_at,
                       InloopVisit.call_count)
                .outerjoin(InloopDesk, InloopDesk.id == InloopVisit.desk_id)
                .where(InloopVisit.location_id == location_id, InloopVisit.day == day,
                       InloopVisit.status.in_((VisitStatus.GEROEPEN, VisitStatus.IN_GESPREK)))
                .order_by(InloopVisit.called_at.desc()).limit(limit))]
