"""Reports for the gemeente and overviews for the teamleider (DESIGN §2.5).

Teamleider only. Figures are counted from the day-to-day data by
:mod:`wijkteam_desk.services.report_queries`; nothing is typed in for a report. Every
preview, export and print is written to the logboek with who, what and when.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from wijkteam_desk.errors import NotFoundError, PermissionDenied, ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.paths import atomic_write_bytes
from wijkteam_desk.reports.figures import (
    DEFAULT_THRESHOLD,
    Period,
    QuarterlyFigures,
    ReportMeta,
    TeamOverview,
)
from wijkteam_desk.services import report_queries
from wijkteam_desk.services.audit import AuditLog
from wijkteam_desk.services.authz import Actor, operation
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import SystemSetting, Team

THRESHOLD_SETTING = "reports.suppression_threshold"
Progress = Callable[[int, str], None]


class ExportFormat(enum.StrEnum):
    XLSX = "xlsx"
    PDF = "pdf"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    format: ExportFormat
    period: Period
    team_name: str


def _no_progress(_percent: int, _text: str) -> None:
    pass


class ReportService:
    def __init__(self, db: Database, log: AuditLog, *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._log = log
        self._clock = clock

    # -- helpers ------------------------------------------------------------------
    def _team(self, session: Session, actor: Actor, team_id: int) -> Team:
        """The team to report on; a teamleider of one team sees only that team."""
        team = session.get(Team, team_id) if isinstance(team_id, int) else None
        if team is None:
            raise NotFoundError()
        if actor.team_id is not None and actor.team_id != team.id:
            raise PermissionDenied("reports.team")
        return team

    def _threshold(self, session: Session) -> int:
        row = session.get(SystemSetting, THRESHOLD_SETTING)
        try:
            value = int(row.value) if row is not None else DEFAULT_THRESHOLD
        except ValueError:
            value = DEFAULT_THRESHOLD
        return max(2, value)

    def _meta(self, session: Session, team: Team, period: Period) -> ReportMeta:
        today = self._clock().date()
        return ReportMeta(team.name, period, today, self._threshold(session))

    def _figures(self, session: Session, actor: Actor, period: Period,
                 team_id: int) -> QuarterlyFigures:
        if not isinstance(period, Period):
            raise ValidationError(msg("Kies een periode."), field="period")
        team = self._team(session, actor, team_id)
        return report_queries.quarterly(session, self._meta(session, team, period), team.id)

    def _write_audited(self, actor: Actor, action: str, team_id: int, target: Path,
                       data: bytes, what: str) -> None:
        """Write the file and its logboek entry in one unit of work: if the file cannot
        be written nothing is logged, and the write lock is held only this briefly."""
        with self._db.begin() as session:
            atomic_write_bytes(target, data)
            self._log.append(session, actor, action, "team", team_id, f"{what}; {target.name}")

    # -- operations ---------------------------------------------------------------
    @operation("reports.quarterly_figures")
    def quarterly_figures(self, actor: Actor, period: Period, team_id: int) -> QuarterlyFigures:
        """Teamleider. The figures of the kwartaalrapportage for a preview (unsuppressed:
        the layout suppresses). Logged as a read of aggregated figures."""
        with self._db.begin() as session:
            figures = self._figures(session, actor, period, team_id)
            self._log.append(session, actor, "reports.quarterly_figures", "team", team_id,
                             period.label)
        return figures

    @operation("reports.team_overview")
    def team_overview(self, actor: Actor, period: Period, team_id: int) -> TeamOverview:
        """Teamleider. Caseloads, open signals, overdue evaluations and actions. Logged."""
        with self._db.begin() as session:
            quarterly = self._figures(session, actor, period, team_id)
            overview = report_queries.team_overview(session, quarterly, team_id,
                                                    self._clock().date())
            self._log.append(session, actor, "reports.team_overview", "team", team_id,
                             period.label)
        return overview

    @operation("reports.export_quarterly")
    def export_quarterly(self, actor: Actor, period: Period, team_id: int,
                         fmt: ExportFormat, target: Path,
                         progress: Progress = _no_progress) -> ExportResult:
        """Teamleider. Writes the kwartaalrapportage as xlsx or PDF, atomically. The
        logboek records who exported which period of which team, in which format, to
        which file name. Raises ValidationError for an unknown format."""
        fmt = _format(fmt)
        progress(5, msg("Cijfers tellen…"))
        with self._db.begin() as session:
            figures = self._figures(session, actor, period, team_id)
        progress(50, msg("Rapport opbouwen…"))
        data = _quarterly_bytes(figures, fmt)
        progress(90, msg("Bestand opslaan…"))
        self._write_audited(actor, "reports.export_quarterly", team_id, Path(target), data,
                            f"{fmt.value}; {period.label}")
        progress(100, msg("Klaar."))
        return ExportResult(Path(target), len(data), fmt, period, figures.meta.team_name)

    @operation("reports.export_team_overview")
    def export_team_overview(self, actor: Actor, period: Period, team_id: int, target: Path,
                             progress: Progress = _no_progress) -> ExportResult:
        """Teamleider. Writes the vertrouwelijke teamoverzicht PDF atomically. Logged."""
        from wijkteam_desk.reports.team_overview_pdf import team_overview_pdf_bytes

        progress(5, msg("Cijfers tellen…"))
        with self._db.begin() as session:
            quarterly = self._figures(session, actor, period, team_id)
            overview = report_queries.team_overview(session, quarterly, team_id,
                                                    self._clock().date())
        progress(50, msg("Rapport opbouwen…"))
        data = team_overview_pdf_bytes(overview)
        progress(90, msg("Bestand opslaan…"))
        self._write_audited(actor, "reports.export_team_overview", team_id, Path(target), data,
                            f"pdf; {period.label}")
        progress(100, msg("Klaar."))
        return ExportResult(Path(target), len(data), ExportFormat.PDF, period,
                            quarterly.meta.team_name)

    @operation("reports.record_print")
    def record_print(self, actor: Actor, what: str, period: Period, team_id: int) -> None:
        """Teamleider. Records that a report was sent to a printer from the screen."""
        if what not in ("kwartaalrapportage", "teamoverzicht"):
            raise ValidationError(msg("Onbekend rapport."), field="what")
        with self._db.begin() as session:
            self._team(session, actor, team_id)
            self._log.append(session, actor, "reports.print", "team", team_id,
                             f"{what}; {period.label}")

    @operation("reports.set_threshold")
    def set_threshold(self, actor: Actor, threshold: int) -> None:
        """Beheerder. Counts below ``threshold`` are shown as '<threshold' (default 5)."""
        if not isinstance(threshold, int) or not 2 <= threshold <= 50:
            raise ValidationError(msg("De drempel moet een geheel getal van 2 tot en met 50 "
                                      "zijn."), field="threshold")
        with self._db.begin() as session:
            row = session.get(SystemSetting, THRESHOLD_SETTING)
            if row is None:
                session.add(SystemSetting(key=THRESHOLD_SETTING, value=str(threshold)))
            else:
                row.value = str(threshold)
            self._log.append(session, actor, "reports.set_threshold", "setting",
                             THRESHOLD_SETTING, str(threshold))

    def threshold(self) -> int:
        with self._db.begin() as session:
            return self._threshold(session)


def _format(fmt: object) -> ExportFormat:
    try:
        return ExportFormat(str(fmt).lower())
    except ValueError:
        raise ValidationError(msg("Kies xlsx of pdf als formaat."), field="format") from None


def _quarterly_bytes(figures: QuarterlyFigures, fmt: ExportFormat) -> bytes:
    if fmt is ExportFormat.XLSX:
        from wijkteam_desk.reports.quarterly_layout import quarterly_report
        from wijkteam_desk.reports.quarterly_xlsx import workbook_bytes

        return workbook_bytes(quarterly_report(figures))
    from wijkteam_desk.reports.quarterly_pdf import quarterly_pdf_bytes

    return quarterly_pdf_bytes(figures)


def default_quarter(today: date) -> tuple[int, int]:
    """The last complete quarter before ``today``: what a teamleider usually reports."""
    quarter = (today.month - 1) // 3 + 1
    return (today.year, quarter - 1) if quarter > 1 else (today.year - 1, 4)
