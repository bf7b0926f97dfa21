"""The queries behind the reports: counting figures from the day-to-day tables.

Each section is computed by its own function. A section whose source table does not exist
in this version of the program is reported as missing, never as zeros.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from wijkteam_desk.reports.figures import SECTIONS, QuarterlyFigures, ReportMeta, TeamOverview
from wijkteam_desk.reports.team_layout import OVERVIEW_SECTIONS


def quarterly(session: Session, meta: ReportMeta, team_id: int) -> QuarterlyFigures:
    del session, team_id
    return QuarterlyFigures(meta=meta, missing=frozenset(SECTIONS))


def team_overview(session: Session, quarterly: QuarterlyFigures, team_id: int,
                  today: date) -> TeamOverview:
    del session, team_id, today
    return TeamOverview(quarterly=quarterly, missing=frozenset(OVERVIEW_SECTIONS))
