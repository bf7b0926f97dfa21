"""Referring a household to a service from the dossier screens, and moving it along."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import ActorFactory
from wijkteam_desk.services.household_types import HouseholdInput, MemberInput
from wijkteam_desk.store.models import ConsentPurpose, MemberRole, ReferralStatus, Role
from wijkteam_desk.ui.socialmap.referral_dialog import NewReferralDialog
from wijkteam_desk.ui.socialmap.referrals_panel import ReferralsPanel
from wijkteam_desk.wiring import Services

SAMPLE = Path(__file__).parent.parent / "fixtures" / "hsds-sample"


@pytest.fixture
def world(sqlite_services: Services):  # type: ignore[no-untyped-def]
    actors = ActorFactory(sqlite_services)
    sqlite_services.socialmap.import_hsds(actors.admin, SAMPLE)
    lead = actors(Role.TEAMLEIDER)
    worker = actors(Role.SOCIAAL_WERKER)
    household = sqlite_services.households.create(
        lead, HouseholdInput(street="Tuinstraat", house_number="3", postcode="8921ab",
                             city="Leeuwarden", area="Vrijheidswijk"),
        [MemberInput(first_name="Ans", last_name="Bos", role=MemberRole.HOOFDBEWONER)],
        regievoerder_id=worker.user_id)
    return sqlite_services, worker, household


def test_refer_without_consent_keeps_a_proposal_then_register_after_consent(
        qtbot: QtBot, world, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    services, worker, household = world
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    dialog = NewReferralDialog(services, worker, household.id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.query, "schuldhulp")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    dialog.question.setPlainText("Overzicht in de rekeningen")
    dialog.register_now.setChecked(True)
    dialog.accept()
    assert "toestemming" in warnings[-1]
    assert dialog.created is not None and dialog.created.status is ReferralStatus.VOORGESTELD

    services.consent.record(worker, household.id, ConsentPurpose.DOORVERWIJZEN, True,
                            "Ans Bos", partner="Stichting Geldzorgen Oost")
    panel = ReferralsPanel(services, worker, household.id)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 1
    assert not panel.step_buttons[ReferralStatus.GESTART].isEnabled()
    panel.step_buttons[ReferralStatus.AANGEMELD].click()
    panel.step_buttons[ReferralStatus.GESTART].click()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Rust in de financiën", True))
    panel.step_buttons[ReferralStatus.AFGEROND].click()
    assert panel.current().status is ReferralStatus.AFGEROND
    assert panel.model.data(panel.model.index(0, 5)) == "Rust in de financiën"
    assert not any(b.isEnabled() for b in panel.step_buttons.values())
    detail = services.socialmap.get_service(worker, panel.current().service_id)
    assert (detail.referrals_made, detail.referrals_started) == (1, 1)
