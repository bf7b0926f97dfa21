"""Dossier tab "Overzicht": address and contact details, status with the lifecycle
buttons (aangemeld -> actief -> afgesloten -> heropend) and the regievoerder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import ConflictError, KnownError
from wijkteam_desk.services.household_types import Dossier
from wijkteam_desk.store.models import HouseholdStatus, Role
from wijkteam_desk.ui.households import texts
from wijkteam_desk.ui.households.close_dialog import CloseDialog
from wijkteam_desk.ui.households.household_dialog import HouseholdDialog
from wijkteam_desk.ui.households.models import ContactsModel
from wijkteam_desk.ui.households.regie_dialog import RegieDialog
from wijkteam_desk.ui.households.widgets import make_table
from wijkteam_desk.ui.messages import ask, error_text, show_error
from wijkteam_desk.ui.models import filter_proxy

if TYPE_CHECKING:
    from wijkteam_desk.ui.households.dossier_window import DossierWindow

S = HouseholdStatus


class OverviewTab(QWidget):
    def __init__(self, window: DossierWindow) -> None:
        super().__init__()
        self.window_ = window
        self.values: dict[str, QLabel] = {}
        details = QGroupBox(self.tr("Huishouden"))
        columns = QHBoxLayout(details)
        left, right = QFormLayout(), QFormLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.forms: dict[str, QFormLayout] = {}
        for key, text in (("address", self.tr("Adres")), ("place", self.tr("Postcode en plaats")),
                          ("area", self.tr("Wijk of dorp")), ("phone", self.tr("Telefoon")),
                          ("email", self.tr("E-mail")), ("language", self.tr("Taal")),
                          ("start", self.tr("Gestart")), ("status", self.tr("Status")),
                          ("closing", self.tr("Afsluitreden")),
                          ("closing_note", self.tr("Toelichting")),
                          ("regie", self.tr("Regievoerder")),
                          ("members", self.tr("Gezinsleden"))):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel(text + ":")
            label.setAccessibleName(text)
            form = left if len(self.values) < 6 else right
            form.addRow(caption, label)
            self.values[key] = label
            self.forms[key] = form
        self.edit_button = QPushButton(self.tr("Gegevens &wijzigen…"))
        self.edit_button.clicked.connect(self.edit)
        self.activate_button = QPushButton(self.tr("&Actief maken"))
        self.activate_button.clicked.connect(lambda: self.set_status(S.ACTIEF))
        self.close_button = QPushButton(self.tr("A&fsluiten…"))
        self.close_button.clicked.connect(self.close_household)
        self.reopen_button = QPushButton(self.tr("&Heropenen"))
        self.reopen_button.clicked.connect(lambda: self.set_status(S.HEROPEND))
        self.regie_button = QPushButton(self.tr("&Regievoerder wijzigen…"))
        self.regie_button.clicked.connect(self.change_regie)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.activate_button, self.close_button,
                       self.reopen_button, self.regie_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(details)
        self.recent_model = ContactsModel(self)
        self.recent = make_table(filter_proxy(self.recent_model),
                                 self.tr("Recente contactmomenten"))
        self.recent.setSortingEnabled(False)
        recent_box = QGroupBox(self.tr("Recente contactmomenten (alle: Ctrl+3)"))
        QVBoxLayout(recent_box).addWidget(self.recent)
        layout.addWidget(recent_box, 1)

    def set_dossier(self, dossier: Dossier) -> None:
        h = dossier.household
        v = self.values
        v["address"].setText(h.address or self.tr("(geen adres)"))
        v["place"].setText(" ".join(x for x in (h.postcode, h.city) if x))
        v["area"].setText(h.area)
        v["phone"].setText(h.phone)
        v["email"].setText(h.email)
        language = h.language + (self.tr(" (tolk nodig)") if h.interpreter_needed else "")
        v["language"].setText(language.strip())
        v["start"].setText(texts.day(h.start_date) + (
            self.tr(", afgesloten {0}").format(texts.day(h.end_date)) if h.end_date else ""))
        v["status"].setText(texts.status_names()[h.status])
        v["closing"].setText(texts.closing_category_names()[h.closing_category]
                             if h.closing_category else "")
        v["closing_note"].setText(h.closing_reason)
        v["regie"].setText(h.regievoerder_name or (
            self.tr("extern: {0}").format(h.regie_external) if h.regie_external
            else self.tr("nog niet gekozen")))
        v["members"].setText(", ".join(m.full_name for m in dossier.members)
                             or self.tr("(nog geen gezinsleden)"))
        self.recent_model.set_rows(dossier.contacts[:5])
        for key, label in v.items():
            self.forms[key].setRowVisible(label, bool(label.text()))
        edit = dossier.can_edit
        self.edit_button.setEnabled(edit)
        self.activate_button.setVisible(edit and h.status in (S.AANGEMELD, S.HEROPEND))
        self.close_button.setVisible(edit and h.status is not S.AFGESLOTEN)
        self.reopen_button.setVisible(edit and h.status is S.AFGESLOTEN)
        self.regie_button.setVisible(edit and self.window_.actor.has(Role.TEAMLEIDER))

    def edit(self) -> HouseholdDialog:
        dialog = HouseholdDialog(self.window_)
        dialog.open()
        return dialog

    def set_status(self, status: HouseholdStatus, reason: str = "") -> bool:
        w = self.window_
        try:
            w.services.households.set_status(w.actor, w.household_id, status,
                                             w.dossier.household.version, reason)
        except ConflictError as error:
            ask(self, error_text(error) + " " + self.tr("Wilt u de nieuwste gegevens laden?"),
                w.reload)
            return False
        except KnownError as error:
            show_error(self, error)
            return False
        w.saved()
        return True

    def close_household(self) -> CloseDialog:
        dialog = CloseDialog(self.window_)
        dialog.open()
        return dialog

    def change_regie(self) -> RegieDialog:
        dialog = RegieDialog(self.window_)
        dialog.open()
        return dialog
