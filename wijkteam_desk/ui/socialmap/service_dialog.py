"""New or changed service (voorziening), for the beheerder and teamleider."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError, ValidationError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.socialmap import SocialMapService
from wijkteam_desk.services.socialmap_types import ServiceDetail, ServiceInput
from wijkteam_desk.store.models import MaatwerkForm, ServiceKind
from wijkteam_desk.ui.socialmap.common import kind_text, show_error
from wijkteam_desk.ui.socialmap.hours_editor import HoursEditor
from wijkteam_desk.ui.socialmap.location_dialog import LocationDialog
from wijkteam_desk.ui.socialmap.organization_dialog import OrganizationDialog


def _checklist(items: list[tuple[str, str]], checked: set[str]) -> QListWidget:
    widget = QListWidget()
    for key, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(120)
    return widget


def _checked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                 if widget.item(i).checkState() == Qt.CheckState.Checked)


def _optional_spin(value: int | None, maximum: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(-1, maximum)
    spin.setSpecialValueText("—")
    spin.setValue(-1 if value is None else value)
    return spin


class ServiceDialog(QDialog):
    def __init__(self, kaart: SocialMapService, actor: Actor,
                 detail: ServiceDetail | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kaart, self._actor, self._detail = kaart, actor, detail
        self.saved: ServiceDetail | None = None
        self.setWindowTitle(self.tr("Voorziening wijzigen") if detail
                            else self.tr("Nieuwe voorziening"))
        d = detail
        self.name = QLineEdit(d.name if d else "")
        self.organization = QComboBox()
        self.organization.setAccessibleName(self.tr("Organisatie"))
        new_org = QPushButton(self.tr("Nieuwe organisatie…"))
        new_org.clicked.connect(self._new_organization)
        self.description = QPlainTextEdit(d.description if d else "")
        self.description.setTabChangesFocus(True)
        self.kind = QComboBox()
        for kind in ServiceKind:
            self.kind.addItem(kind_text(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(d.kind if d else ServiceKind.VOORLIGGEND))
        self.form = QComboBox()
        for form, label in ((MaatwerkForm.NONE, "—"), (MaatwerkForm.ZIN, self.tr("ZIN")),
                            (MaatwerkForm.PGB, self.tr("PGB")),
                            (MaatwerkForm.ZIN_OF_PGB, self.tr("ZIN of PGB"))):
            self.form.addItem(label, form)
        self.form.setCurrentIndex(self.form.findData(d.maatwerk_form if d else MaatwerkForm.NONE))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.status = QComboBox()
        for value, label in (("active", self.tr("Actief")),
                             ("temporarily closed", self.tr("Tijdelijk gesloten")),
                             ("inactive", self.tr("Niet actief")),
                             ("defunct", self.tr("Opgeheven"))):
            self.status.addItem(label, value)
        self.status.setCurrentIndex(max(0, self.status.findData(d.status if d else "active")))
        self.phone = QLineEdit(d.phones[0] if d and d.phones else "")
        self.email = QLineEdit(d.email if d else "")
        self.url = QLineEdit(d.url if d else "")
        self.how = QLineEdit(d.application_process if d else "")
        self.who = QLineEdit(d.eligibility_description if d else "")
        self.min_age = _optional_spin(d.minimum_age if d else None, 120)
        self.max_age = _optional_spin(d.maximum_age if d else None, 120)
        self.cost = QDoubleSpinBox()
        self.cost.setRange(0, 100000)
        self.cost.setPrefix("€ ")
        self.cost.setSpecialValueText(self.tr("gratis"))
        self.cost.setValue(d.cost_amount or 0 if d else 0)
        self.fees = QLineEdit(d.fees_description if d else "")
        self.gemeente_cost = QDoubleSpinBox()
        self.gemeente_cost.setRange(0, 1000000)
        self.gemeente_cost.setPrefix("€ ")
        self.gemeente_cost.setSpecialValueText(self.tr("onbekend"))
        self.gemeente_cost.setValue(d.gemeente_cost or 0 if d else 0)
        self.gemeente_unit = QLineEdit(d.gemeente_cost_unit if d else "")
        self.gemeente_unit.setPlaceholderText(self.tr("bijv. per traject"))
        self.wait = _optional_spin(d.wait_days if d else None, 3650)
        self.wait.setSuffix(self.tr(" dagen"))
        self.keywords = QLineEdit(d.keywords if d else "")
        self.documents = QPlainTextEdit("\n".join(d.required_documents) if d else "")
        self.documents.setTabChangesFocus(True)
        self.documents.setPlaceholderText(self.tr("Eén per regel"))
        self.languages = QLineEdit(", ".join(d.languages) if d else "Nederlands")
        leefgebieden, topics = kaart.list_terms(actor)
        areas = sorted(set(kaart.list_areas(actor)) | set(d.areas if d else ()))
        self.areas = _checklist([(a, a) for a in areas], set(d.areas) if d else set())
        self.extra_areas = QLineEdit()
        self.extra_areas.setPlaceholderText(self.tr("Andere wijk of dorp (met komma's)"))
        self.leefgebieden = _checklist([(t.id, t.name) for t in leefgebieden],
                                       {t.id for t in d.leefgebieden} if d else set())
        self.topics = _checklist([(t.id, t.name) for t in topics],
                                 {t.id for t in d.topics} if d else set())
        self.locations = QListWidget()
        new_location = QPushButton(self.tr("Nieuwe locatie…"))
        new_location.clicked.connect(self._new_location)
        self.hours = HoursEditor()
        self.hours.set_value(d.opening_hours if d else ())
        self._fill_organizations(d.organization_id if d else "")
        self._fill_locations({loc.id for loc in d.locations} if d else set())
        self._kind_changed()

        body = QWidget()
        form = QFormLayout(body)
        org_row = QWidget()
        org_layout = QHBoxLayout(org_row)
        org_layout.setContentsMargins(0, 0, 0, 0)
        org_layout.addWidget(self.organization, 1)
        org_layout.addWidget(new_org)
        org_row.setFocusProxy(self.organization)
        loc_box = QVBoxLayout()
        loc_box.addWidget(self.locations)
        loc_box.addWidget(new_location)
        ages = QHBoxLayout()
        ages.addWidget(self.min_age)
        ages.addWidget(self.max_age)
        for label, field in (
                (self.tr("&Naam"), self.name), (self.tr("&Organisatie"), org_row),
                (self.tr("&Wat is het?"), self.description), (self.tr("&Soort"), self.kind),
                (self.tr("ZIN of PGB"), self.form), (self.tr("S&tatus"), self.status),
                (self.tr("&Telefoon"), self.phone), (self.tr("&E-mail"), self.email),
                (self.tr("&Website"), self.url), (self.tr("&Hoe meld je je aan?"), self.how),
                (self.tr("&Voor wie?"), self.who),
                (self.tr("Leeftijd van – tot"), ages),
                (self.tr("Eigen &bijdrage"), self.cost), (self.tr("Toelichting kosten"), self.fees),
                (self.tr("Kosten voor de &gemeente"), self.gemeente_cost),
                (self.tr("Per"), self.gemeente_unit), (self.tr("&Wachttijd"), self.wait),
                (self.tr("&Zoekwoorden"), self.keywords),
                (self.tr("&Meenemen"), self.documents), (self.tr("T&alen"), self.languages),
                (self.tr("Wijken en dorpen"), self.areas), ("", self.extra_areas),
                (self.tr("&Leefgebieden"), self.leefgebieden),
                (self.tr("O&nderwerpen"), self.topics), (self.tr("Locaties"), loc_box),
                (self.tr("Openingstijden"), self.hours)):
            form.addRow(label, field)
        self.min_age.setAccessibleName(self.tr("Vanaf leeftijd"))
        self.max_age.setAccessibleName(self.tr("Tot en met leeftijd"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 720)

    def _kind_changed(self) -> None:
        maatwerk = self.kind.currentData() == ServiceKind.MAATWERK
        self.form.setEnabled(maatwerk)
        if not maatwerk:
            self.form.setCurrentIndex(0)

    def _fill_organizations(self, selected: str) -> None:
        self.organization.clear()
        for org in self._kaart.list_organizations(self._actor):
            self.organization.addItem(org.name, org.id)
        self.organization.setCurrentIndex(max(0, self.organization.findData(selected)))

    def _fill_locations(self, checked: set[str]) -> None:
        self.locations.clear()
        for loc in self._kaart.list_locations(self._actor):
            item = QListWidgetItem(", ".join(p for p in (loc.name, loc.address_1, loc.city) if p))
            item.setData(Qt.ItemDataRole.UserRole, loc.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if loc.id in checked
                               else Qt.CheckState.Unchecked)
            self.locations.addItem(item)
        self.locations.setMaximumHeight(140)

    def _new_organization(self) -> None:
        dialog = OrganizationDialog(self._kaart, self._actor, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self._fill_organizations(dialog.saved.id)

    def _new_location(self) -> None:
        dialog = LocationDialog(self._kaart, self._actor,
                                organization_id=self.organization.currentData() or "",
                                parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._fill_locations(set(_checked(self.locations)) | {dialog.saved_id})

    def value(self) -> ServiceInput:
        areas = list(_checked(self.areas))
        areas += [a.strip() for a in self.extra_areas.text().split(",") if a.strip()]
        return ServiceInput(
            organization_id=self.organization.currentData() or "", name=self.name.text(),
            description=self.description.toPlainText(), kind=ServiceKind(self.kind.currentData()),
            maatwerk_form=MaatwerkForm(self.form.currentData()), status=self.status.currentData(),
            url=self.url.text(), email=self.email.text(), phone=self.phone.text(),
            application_process=self.how.text(), eligibility_description=self.who.text(),
            minimum_age=None if self.min_age.value() < 0 else self.min_age.value(),
            maximum_age=None if self.max_age.value() < 0 else self.max_age.value(),
            fees_description=self.fees.text(), cost_amount=self.cost.value() or None,
            gemeente_cost=self.gemeente_cost.value() or None,
            gemeente_cost_unit=self.gemeente_unit.text(),
            wait_days=None if self.wait.value() < 0 else self.wait.value(),
            keywords=self.keywords.text(),
            required_documents=tuple(self.documents.toPlainText().splitlines()),
            languages=tuple(x.strip() for x in self.languages.text().split(",")),
            areas=tuple(areas), leefgebied_ids=_checked(self.leefgebieden),
            topic_ids=_checked(self.topics), location_ids=_checked(self.locations),
            opening_hours=self.hours.value())

    def accept(self) -> None:
        try:
            self.saved = self._kaart.save_service(
                self._actor, self.value(), self._detail.id if self._detail else None,
                self._detail.version if self._detail else None)
        except KnownError as error:
            show_error(self, error)
            if isinstance(error, ValidationError):
                target = getattr(self, {"minimum_age": "min_age", "maximum_age": "max_age",
                                        "maatwerk_form": "form", "opening_hours": "hours",
                                        "wait_days": "wait", "cost_amount": "cost",
                                        "organization_id": "organization"}.get(
                                            error.field, error.field), None)
                if isinstance(target, QWidget):
                    target.setFocus()
            return
        super().accept()
