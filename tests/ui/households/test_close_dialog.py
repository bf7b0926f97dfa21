"""The close dialog: a standard afsluitreden must be chosen (nothing is preselected), the
toelichting is required only for "Andere reden"; messages appear next to the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.ui.households.conftest import Team
from wijkteam_desk.store.models import ClosingCategory, HouseholdStatus
from wijkteam_desk.ui.households.close_dialog import CloseDialog
from wijkteam_desk.ui.households.dossier_window import DossierWindow

LABELS = ["Doelen behaald", "Verhuisd buiten de wijk", "Overgedragen aan maatwerk",
          "Overgedragen aan voorliggend veld", "Bewoner wil geen ondersteuning meer",
          "Geen contact mogelijk", "Overleden", "Andere reden"]


def _dialog(qtbot: QtBot, team: Team) -> tuple[DossierWindow, CloseDialog]:
    window = DossierWindow(team.services, team.worker,
                           team.services.households.open(team.worker, team.bakker.id))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dialog = window.overview.close_household()
    qtbot.waitExposed(dialog)
    return window, dialog


def _click_afsluiten(qtbot: QtBot, dialog: CloseDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button.text() == "Afsluiten"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_nothing_is_preselected_and_closing_needs_a_choice(qtbot: QtBot, team: Team) -> None:
    window, dialog = _dialog(qtbot, team)
    before = window.dossier.household
    combo = dialog.category
    assert combo.currentIndex() == -1 and combo.currentText() == ""
    assert combo.placeholderText() == "Kies een afsluitreden…"
    assert [combo.itemText(i) for i in range(combo.count())] == LABELS
    assert combo.itemData(7) == "anders"
    assert "verplicht bij ‘Andere reden’" in dialog.form.labelForField(
        dialog.reason.parentWidget()).text()
    dialog.reason.setPlainText("Gaat goed nu.")
    _click_afsluiten(qtbot, dialog)
    assert dialog.isVisible()  # not closed, not saved
    message = dialog.errors.text("closing_category")
    assert message == "Kies een afsluitreden."
    # the message sits under the combobox, in the same form row
    _widget, label = dialog.errors._fields["closing_category"]
    assert label.parentWidget() is combo.parentWidget() and label.isVisible()
    assert combo.accessibleDescription() == message
    assert dialog.errors.text("closing_reason") == ""
    household = team.services.households.open(team.worker, team.bakker.id).household
    assert (household.status, household.version) == (before.status, before.version)
    assert dialog.reason.toPlainText() == "Gaat goed nu."  # what was typed stays


def test_andere_reden_needs_a_toelichting_then_saves(qtbot: QtBot, team: Team) -> None:
    window, dialog = _dialog(qtbot, team)
    dialog.category.setCurrentIndex(dialog.category.findText("Andere reden"))
    _click_afsluiten(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.text("closing_category") == ""
    assert dialog.errors.text("closing_reason") == "Vul bij ‘Andere reden’ een toelichting in."
    dialog.reason.setPlainText("Opgenomen in een verpleeghuis buiten de gemeente.")
    _click_afsluiten(qtbot, dialog)
    assert not dialog.isVisible()
    household = window.dossier.household
    assert household.status is HouseholdStatus.AFGESLOTEN
    assert household.closing_category is ClosingCategory.ANDERS
    overview = window.overview
    assert overview.values["closing"].text() == "Andere reden"
    assert overview.values["closing_note"].text() == (
        "Opgenomen in een verpleeghuis buiten de gemeente.")
    details = [window.history.proxy.index(r, 2).data()
               for r in range(window.history.proxy.rowCount())]
    assert "Andere reden — Opgenomen in een verpleeghuis buiten de gemeente." in details


def test_a_chosen_reason_saves_without_toelichting(qtbot: QtBot, team: Team) -> None:
    window, dialog = _dialog(qtbot, team)
    dialog.category.setFocus()
    qtbot.keyClick(dialog.category, Qt.Key.Key_Down)  # the keyboard picks the first one
    assert dialog.category.currentText() == "Doelen behaald"
    _click_afsluiten(qtbot, dialog)
    assert not dialog.isVisible()
    assert window.dossier.household.closing_category is ClosingCategory.DOELEN_BEHAALD
    assert window.overview.values["closing"].text() == "Doelen behaald"
    assert not window.overview.values["closing_note"].isVisibleTo(window)
