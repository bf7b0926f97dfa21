"""The report service: who may report on which team, audited exports, the threshold."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from tests.conftest import ActorFactory
from wijkteam_desk.errors import NotFoundError, PermissionDenied, ValidationError
from wijkteam_desk.reports.figures import Period
from wijkteam_desk.services.reports import ExportFormat, default_quarter
from wijkteam_desk.store.models import AuditEntry, Role
from wijkteam_desk.wiring import Services

Q3 = Period.quarter(2026, 3)


def _log(services: Services) -> list[tuple[str, str, str, str]]:
    with services.db.begin() as session:
        return [(e.username, e.action, e.record_id, e.reason) for e in session.execute(
            select(AuditEntry).where(AuditEntry.action.startswith("reports."))
            .order_by(AuditEntry.seq)).scalars()]


def test_export_quarterly_writes_the_file_and_logs_who_what_when(
        services: Services, make_actor: ActorFactory, tmp_path: Path) -> None:
    leader = make_actor(Role.TEAMLEIDER, name="tineke")
    team = make_actor.team.id
    xlsx = services.reports.export_quarterly(leader, Q3, team, ExportFormat.XLSX,
                                             tmp_path / "k.xlsx")
    pdf = services.reports.export_quarterly(leader, Q3, team, "pdf", tmp_path / "k.pdf")
    assert load_workbook(xlsx.path)["Toelichting"]["A1"].value == "Toelichting"
    assert "Kwartaalrapportage Wijkteam Test" in PdfReader(pdf.path).pages[0].extract_text()
    assert _log(services) == [
        ("tineke", "reports.export_quarterly", str(team), "xlsx; 2026 kwartaal 3; k.xlsx"),
        ("tineke", "reports.export_quarterly", str(team), "pdf; 2026 kwartaal 3; k.pdf")]
    with services.db.begin() as session:
        at = session.scalars(select(AuditEntry.at).where(
            AuditEntry.action == "reports.export_quarterly")).first()
    assert at and at.startswith("20")  # when


def test_unknown_format_changes_nothing(services: Services, make_actor: ActorFactory,
                                        tmp_path: Path) -> None:
    leader = make_actor(Role.TEAMLEIDER)
    with pytest.raises(ValidationError, match="xlsx of pdf"):
        services.reports.export_quarterly(leader, Q3, make_actor.team.id, "docx",
                                          tmp_path / "uit" / "k.docx")
    assert not (tmp_path / "uit").exists() and _log(services) == []


def test_a_teamleider_reports_only_on_their_own_team(services: Services,
                                                     make_actor: ActorFactory) -> None:
    other = services.accounts.create_team(make_actor.admin, "Dorpenteam Noord")
    leader = make_actor(Role.TEAMLEIDER)
    with pytest.raises(PermissionDenied):
        services.reports.quarterly_figures(leader, Q3, other.id)
    with pytest.raises(NotFoundError):
        services.reports.quarterly_figures(leader, Q3, 9999)
    city_leader = make_actor(Role.TEAMLEIDER, team_id=None)
    assert services.reports.quarterly_figures(city_leader, Q3, other.id).meta.team_name == \
        "Dorpenteam Noord"


def test_workers_and_volunteers_get_no_reports(services: Services,
                                               make_actor: ActorFactory, tmp_path: Path) -> None:
    for role in (Role.SOCIAAL_WERKER, Role.VRIJWILLIGER, Role.BEHEERDER):
        actor = make_actor(role)
        with pytest.raises(PermissionDenied):
            services.reports.export_quarterly(actor, Q3, make_actor.team.id, "xlsx",
                                              tmp_path / "k.xlsx")
    assert not (tmp_path / "k.xlsx").exists()


def test_team_overview_export_is_logged(services: Services, make_actor: ActorFactory,
                                        tmp_path: Path) -> None:
    leader = make_actor(Role.TEAMLEIDER, name="tineke")
    result = services.reports.export_team_overview(leader, Q3, make_actor.team.id,
                                                   tmp_path / "t.pdf")
    assert "VERTROUWELIJK" in PdfReader(result.path).pages[0].extract_text()
    assert _log(services)[-1][:2] == ("tineke", "reports.export_team_overview")


def test_the_beheerder_sets_the_suppression_threshold(services: Services,
                                                      make_actor: ActorFactory) -> None:
    leader = make_actor(Role.TEAMLEIDER)
    assert services.reports.quarterly_figures(leader, Q3, make_actor.team.id).meta.threshold == 5
    services.reports.set_threshold(make_actor.admin, 10)
    assert services.reports.quarterly_figures(leader, Q3, make_actor.team.id).meta.threshold == 10
    with pytest.raises(ValidationError, match="2 tot en met 50"):
        services.reports.set_threshold(make_actor.admin, 1)
    assert services.reports.threshold() == 10


def test_default_quarter_is_the_last_complete_one() -> None:
    from datetime import date

    assert default_quarter(date(2026, 11, 22)) == (2026, 3)
    assert default_quarter(date(2026, 2, 1)) == (2025, 4)
