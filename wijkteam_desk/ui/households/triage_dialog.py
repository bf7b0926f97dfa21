"""Triage of one signal by the teamleider: afgehandeld/advies, verwezen, attach to an
existing household, or a new household with a regievoerder. The new household is made
from the signal's own name, address, phone and description: nothing is typed twice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError, ValidationError
from wijkteam_desk.i18n import QT_TRANSLATE_NOOP
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.household_types import SignalInfo
from wijkteam_desk.store.models import SignalStatus, Subdomain
from wijkteam_desk.ui.form_dialog import FormDialog
from wijkteam_desk.ui.households import texts
from wijkteam_desk.ui.households.models import SearchModel
from wijkteam_desk.ui.households.widgets import (
    current_row,
    enum_of,
    fill_optional_enum,
    make_table,
    select_first,
    select_optional_enum,
)
from wijkteam_desk.ui.messages import show_error
from wijkteam_desk.ui.models import filter_proxy

NEW, EXISTING = "new", "existing"


class TriageDialog(FormDialog):
    def __init__(
        self, services: Any, actor: Actor, signal: SignalInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("Huishoudens", "Aanmelding beoordelen"), parent)
        self.setMinimumWidth(640)
        self.services = services
        self.actor = actor
        self.signal = signal
        self.summary = QLabel(self.summary_text(signal))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("De aanmelding"))
        self.form.addRow(self.summary)

        self.choices: dict[object, QRadioButton] = {
            NEW: QRadioButton(self.tr("&Nieuw huishouden met regievoerder")),
            EXISTING: QRadioButton(self.tr("&Koppelen aan bestaand huishouden")),
            SignalStatus.AFGEHANDELD: QRadioButton(self.tr("&Afgehandeld / advies gegeven")),
            SignalStatus.VERWEZEN: QRadioButton(self.tr("&Verwezen naar een voorziening")),
        }
        self.group = QButtonGroup(self)
        choice_box = QWidget()
        choice_box.setAccessibleName(self.tr("Besluit"))
        column = QVBoxLayout(choice_box)
        column.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        for number, button in enumerate(self.choices.values()):
            self.group.addButton(button, number)
            column.addWidget(button)
            page = QWidget()
            QFormLayout(page).setContentsMargins(0, 0, 0, 0)
            self.pages.addWidget(page)
        self.form.addRow(self.tr("Besluit:"), choice_box)
        self.form.addRow(self.pages)
        self.group.idToggled.connect(lambda n, on: on and self.show_page(n))

        new_form: QFormLayout = self.pages.widget(0).layout()  # type: ignore[assignment]
        self.regievoerder = QComboBox()
        self.regievoerder.addItem(self.tr("(kies een regievoerder)"), None)
        try:
            for w in services.households.list_workers(actor):
                self.regievoerder.addItem(w.name, w.user_id)
        except KnownError as error:
            show_error(parent, error)
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("bijvoorbeeld Heechterp"))
        self.errors.add_row(
            new_form, self.tr("&Regievoerder:"), "regievoerder_id", self.regievoerder
        )
        self.errors.add_row(new_form, self.tr("&Wijk of dorp:"), "area", self.area)
        self.errors.add_row(new_form, self.tr("Naam:"), "name", QLabel(signal.name or "–"))

        existing_form: QFormLayout = self.pages.widget(1).layout()  # type: ignore[assignment]
        self.search = QLineEdit(signal.name.split()[-1] if signal.name.strip() else "")
        self.search.setPlaceholderText(self.tr("naam, adres, postcode of nummer"))
        self.results_model = SearchModel(self)
        self.results = make_table(filter_proxy(self.results_model), self.tr("Gevonden huishoudens"))
        self.results.setMinimumHeight(self.results.fontMetrics().lineSpacing() * 6)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.errors.add_row(
            existing_form, self.tr("&Zoek huishouden:"), "household_id", self.search
        )
        existing_form.addRow(self.results)

        referral_form: QFormLayout = self.pages.widget(3).layout()  # type: ignore[assignment]
        self.referred_to = QLineEdit()
        self.referred_to.setPlaceholderText(self.tr("bijvoorbeeld Schuldhulp Leeuwarden"))
        self.errors.add_row(
            referral_form, self.tr("Verwezen &naar:"), "referred_to", self.referred_to
        )
        self.subdomain = QComboBox()
        fill_optional_enum(self.subdomain, self.tr("Niet vastgelegd"), texts.subdomain_names())
        select_optional_enum(self.subdomain, signal.subdomain)
        self.subdomain.setToolTip(self.tr("Waar de ondersteuningsvraag onder valt; pas aan "
                                          "als de aanmelding het anders vastlegde."))
        self.add_row(self.tr("&Subdomein:"), "subdomain", self.subdomain)
        self.note = QLineEdit()
        self.add_row(self.tr("&Toelichting:"), "note", self.note)
        first = NEW if signal.name.strip() else SignalStatus.AFGEHANDELD
        self.choices[first].setChecked(True)
        self.choices[first].setFocus()
        if self.search.text():
            self.run_search()

    def show_page(self, number: int) -> None:
        """Only the chosen page takes room; the dialog does not keep empty space."""
        for n in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if n == number else QSizePolicy.Policy.Ignored
            self.pages.widget(n).setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(number)
        self.pages.adjustSize()
        self.adjustSize()

    def summary_text(self, s: SignalInfo) -> str:
        lines = [
            self.tr("{0} · urgentie {1} · ontvangen {2} ({3} dagen)").format(
                texts.source_names()[s.source],
                texts.urgency_names()[s.urgency],
                texts.day(s.received_on),
                s.days_open,
            )
        ]
        who = ", ".join(
            x
            for x in (
                s.name,
                " ".join(y for y in (s.address, s.postcode, s.city) if y),
                s.phone,
                s.email,
            )
            if x
        )
        if who:
            lines.append(who)
        lines.append(s.description)
        if s.created_by_name:
            lines.append(self.tr("Aangemeld door {0}").format(s.created_by_name))
        return "\n".join(lines)

    def run_search(self) -> None:
        self.timer.stop()
        try:
            rows = self.services.households.search(self.actor, self.search.text())
        except KnownError as error:
            show_error(self, error)
            return
        self.results_model.set_rows(rows)
        select_first(self.results)

    def choice(self) -> object:
        for key, button in self.choices.items():
            if button.isChecked():
                return key
        return None

    def save(self) -> Any:
        choice = self.choice()
        s = self.signal
        if choice == EXISTING:
            household = current_row(self.results)
            if household is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Meldingen", "Kies het huishouden waaraan u de aanmelding koppelt."
                    ),
                    field="household_id",
                )
            return self.services.signals.triage(
                self.actor,
                s.id,
                SignalStatus.GEKOPPELD,
                s.version,
                note=self.note.text(),
                household_id=household.household_id,
                subdomain=enum_of(self.subdomain, Subdomain),
            )
        if choice == NEW:
            return self.services.signals.triage(
                self.actor,
                s.id,
                SignalStatus.GEKOPPELD,
                s.version,
                note=self.note.text(),
                regievoerder_id=self.regievoerder.currentData(),
                area=self.area.text(),
                subdomain=enum_of(self.subdomain, Subdomain),
            )
        if choice is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Meldingen", "Kies wat er met de aanmelding gebeurt."),
                field="outcome",
            )
        return self.services.signals.triage(
            self.actor,
            s.id,
            choice,
            s.version,
            note=self.note.text(),
            referred_to=self.referred_to.text(),
            subdomain=enum_of(self.subdomain, Subdomain),
        )
