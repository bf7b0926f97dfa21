"""Item models checked with qtmodeltester on real rows; the timeline filters, consent and
betrokkenen tabs; the screens at 150% font size."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.households.conftest import Team, make_signal
from wijkteam_desk.services.household_types import ContactInput
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.store.models import ConsentPurpose, ContactKind
from wijkteam_desk.ui.households import models
from wijkteam_desk.ui.households.dossier_window import DossierWindow
from wijkteam_desk.ui.households.households_page import HouseholdsPage
from wijkteam_desk.ui.households.signals_page import SignalsPage
from wijkteam_desk.ui.households.widgets import current_row
from wijkteam_desk.ui.models import filter_proxy


def _window(qtbot: QtBot, team: Team, household_id: int) -> DossierWindow:
    window = DossierWindow(team.services, team.worker,
                           team.services.households.open(team.worker, household_id))
    qtbot.addWidget(window)
    window.show()
    return window


def _opened_with_reason(team: Team):  # type: ignore[no-untyped-def]
    team.services.households.open_with_reason(team.other, team.hoekstra.id,
                                              "Bewoner belt; regievoerder is vrij.")
    return team.services.households.list_reasoned_access(team.leader)[0]


def test_models_pass_the_model_tester(qtmodeltester, team: Team) -> None:  # type: ignore[no-untyped-def]
    s = team.services
    s.consent.record(team.worker, team.bakker.id, ConsentPurpose.VASTLEGGEN, True, "Jelle Bakker")
    s.households.add_colleague(team.worker, team.bakker.id, team.other.user_id, "jeugd")
    make_signal(team)
    dossier = s.households.open(team.worker, team.bakker.id)
    cases = [
        (models.CaseloadModel(), s.households.my_caseload(team.worker)),
        (models.SearchModel(), s.households.search(team.other, "b")),
        (models.ContactsModel(), dossier.contacts),
        (models.MembersModel(), dossier.members),
        (models.ConsentModel(), dossier.consents),
        (models.ColleaguesModel(), dossier.colleagues),
        (models.PartnersModel(), dossier.partners),
        (models.HistoryModel(), models.history_rows(dossier)),
        (models.SignalsModel(), s.signals.list_new(team.leader)),
        (models.ReasonedAccessModel(), [_opened_with_reason(team)]),
    ]
    for model, rows in cases:
        model.set_rows(rows)
        assert model.rowCount() == len(rows) > 0 or isinstance(model, models.PartnersModel)
        qtmodeltester.check(model, force_py=True)
        qtmodeltester.check(filter_proxy(model), force_py=True)


def test_timeline_filters_by_kind_worker_and_leefgebied(qtbot: QtBot, team: Team) -> None:
    s = team.services
    s.households.add_colleague(team.worker, team.bakker.id, team.other.user_id)
    s.contacts.add(team.other, team.bakker.id, ContactInput(
        kind=ContactKind.HUISBEZOEK, at=utcnow() - timedelta(days=200),
        leefgebieden=("Huisvesting",), report="Samen naar de woningcorporatie."))
    window = _window(qtbot, team, team.bakker.id)
    tab = window.contacts
    assert tab.proxy.rowCount() == 2
    tab.kind.setCurrentIndex(tab.kind.findText("Telefoon"))
    assert [tab.proxy.index(r, 5).data() for r in range(tab.proxy.rowCount())] == [
        "Gebeld over de post."]
    tab.kind.setCurrentIndex(0)
    tab.worker.setCurrentIndex(tab.worker.findText("Pieter de Jong"))
    assert tab.proxy.rowCount() == 1
    tab.worker.setCurrentIndex(0)
    tab.leefgebied.setCurrentIndex(tab.leefgebied.findText("Financiën"))
    assert tab.proxy.rowCount() == 1
    tab.leefgebied.setCurrentIndex(0)
    tab.period.setCurrentIndex(tab.period.findData(90))
    assert tab.proxy.rowCount() == 1
    assert tab.count.text() == "1 van 2"


def test_consent_give_and_withdraw(qtbot: QtBot, team: Team) -> None:
    window = _window(qtbot, team, team.hoekstra.id)
    tab = window.consent
    assert not tab.empty.isHidden()
    dialog = tab.record(None, True)
    assert dialog is not None
    assert dialog.given_by.text() == "Wiebe Hoekstra"  # the hoofdbewoner, prefilled
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(ConsentPurpose.DELEN_MET_PARTNER.value))
    assert not dialog.try_save()
    assert dialog.errors.text("partner") == "Vul de partner in met wie gedeeld wordt."
    dialog.partner.setText("Woningcorporatie Elkien")
    assert dialog.try_save()
    assert tab.proxy.index(0, 2).data() == "gegeven"
    tab.table.selectRow(0)
    withdraw = tab.record(current_row(tab.table), False)
    assert withdraw is not None
    assert withdraw.withdrawn.isChecked()
    assert withdraw.partner.text() == "Woningcorporatie Elkien"
    assert withdraw.try_save()
    assert tab.model.rowCount() == 1
    assert tab.proxy.index(0, 2).data() == "ingetrokken"
    history = [window.history.proxy.index(r, 1).data()
               for r in range(window.history.proxy.rowCount())]
    assert "Toestemming ingetrokken: Delen met partner" in history
    assert "Toestemming gegeven: Delen met partner" in history


def test_betrokkenen_colleague_and_partner(qtbot: QtBot, team: Team) -> None:
    window = _window(qtbot, team, team.hoekstra.id)
    tab = window.involved
    dialog = tab.add_colleague()
    assert dialog.colleague.findText("Sietske Hoekstra") < 0  # the regievoerder herself
    dialog.colleague.setCurrentIndex(dialog.colleague.findText("Pieter de Jong"))
    dialog.role_note.setText("jeugdspecialist")
    assert dialog.try_save()
    assert tab.colleagues_model.rows()[0].name == "Pieter de Jong"
    partner = tab.add_partner()
    partner.organisation.setText("Bewindvoering Noord")
    partner.phone.setText("12")
    assert not partner.try_save()
    assert partner.errors.text("phone").startswith("Telefoonnummer")
    partner.phone.setText("058 123 4567")
    assert partner.try_save()
    assert [p.organisation for p in tab.partners_model.rows()] == ["Bewindvoering Noord"]
    # Pieter now opens the dossier without a reason
    assert team.services.households.open(team.other, team.hoekstra.id).access == "betrokken"


@pytest.fixture
def large_font() -> Iterator[float]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old = app.font()
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    app.setFont(font)
    yield font.pointSizeF()
    app.setFont(old)


def _clipped_buttons(widget) -> list[str]:  # type: ignore[no-untyped-def]
    """Buttons whose text does not fit, or a window that needs more than a laptop screen."""
    needed = widget.minimumSizeHint()
    assert needed.width() <= 1366 and needed.height() <= 768, (type(widget).__name__, needed)
    return [b.text() for b in widget.findChildren(QPushButton)
            if b.isVisibleTo(widget) and b.width() < b.sizeHint().width()]


def test_readable_at_150_percent_font(qtbot: QtBot, team: Team, large_font: float,
                                      tmp_path) -> None:  # type: ignore[no-untyped-def]
    make_signal(team)
    page = HouseholdsPage(team.services, team.worker)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    qtbot.waitExposed(page)
    assert page.search.font().pointSizeF() == pytest.approx(large_font)
    assert _clipped_buttons(page) == []
    assert not page.grab().isNull()
    page.grab().save(str(tmp_path / "huishoudens-150.png"))
    window = page.show_dossier(team.services.households.open(team.worker, team.bakker.id))
    qtbot.waitExposed(window)
    for number in range(window.tabs.count()):
        window.tabs.setCurrentIndex(number)
        assert _clipped_buttons(window) == [], window.tabs.tabText(number)
    # the timeline rows are tall enough for the larger text
    table = window.contacts.table
    assert table.rowHeight(0) >= table.fontMetrics().height()
    signals = SignalsPage(team.services, team.leader)
    qtbot.addWidget(signals)
    signals.resize(1100, 650)
    signals.show()
    assert _clipped_buttons(signals) == []
    dialog = signals.triage()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert _clipped_buttons(dialog) == []
    assert dialog.summary.height() >= dialog.summary.heightForWidth(dialog.summary.width())


def _unnamed_inputs(root) -> list[str]:  # type: ignore[no-untyped-def]
    """Inputs a screen reader would announce without a name."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

    kinds = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView, QAbstractSpinBox)

    def inner(widget: QWidget) -> bool:  # the parts of a combo box or spin box
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, (QComboBox, QAbstractSpinBox)):
                return True
            parent = parent.parentWidget()
        return False

    return [f"{type(w).__name__} {w.objectName()}" for w in root.findChildren(QWidget)
            if isinstance(w, kinds) and not w.accessibleName() and not inner(w)
            and w.focusPolicy() != Qt.FocusPolicy.NoFocus]


def test_every_input_has_an_accessible_name(qtbot: QtBot, team: Team) -> None:
    make_signal(team)
    page = HouseholdsPage(team.services, team.worker)
    qtbot.addWidget(page)
    assert _unnamed_inputs(page) == []
    window = page.show_dossier(team.services.households.open(team.worker, team.bakker.id))
    assert _unnamed_inputs(window) == []
    dialogs = [window.contacts.new_contact(), window.members.add(), window.overview.edit(),
               window.overview.close_household(), window.consent.record(None, True),
               window.involved.add_partner(), window.involved.add_colleague(), page.new_signal()]
    signals = SignalsPage(team.services, team.leader)
    qtbot.addWidget(signals)
    dialogs.append(signals.triage())
    for dialog in dialogs:
        assert _unnamed_inputs(dialog) == [], type(dialog).__name__
