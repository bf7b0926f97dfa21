"""Quick entry of a contactmoment. Defaults: now, huisbezoek, 30 minutes, the acting
worker; a template fills kind, duration, leefgebieden and the start of the report.
Everything works from the keyboard: type the report, Ctrl+Enter saves."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.household_types import ContactInput, ContactTemplate
from wijkteam_desk.store.models import ContactKind
from wijkteam_desk.ui.households import texts
from wijkteam_desk.ui.households.dossier_form import DossierFormDialog
from wijkteam_desk.ui.households.widgets import enum_of, fill_enum, select_enum, shortcut
from wijkteam_desk.ui.messages import show_error, translate

if TYPE_CHECKING:
    from wijkteam_desk.ui.households.dossier_window import DossierWindow


class ContactDialog(DossierFormDialog):
    def __init__(self, window: DossierWindow) -> None:
        super().__init__(
            QCoreApplication.translate("Huishoudens", "Nieuw contactmoment – {0}").format(
                window.dossier.household.name
            ),
            window,
        )
        self.setMinimumWidth(560)
        try:
            self.templates: list[ContactTemplate] = self.services.contacts.templates(self.actor)
            workers = self.services.households.list_workers(self.actor)
        except KnownError as error:
            show_error(window, error)
            self.templates, workers = [], []
        self.template = QComboBox()
        self.template.addItem(self.tr("(geen sjabloon)"), -1)
        for number, template in enumerate(self.templates):
            self.template.addItem(translate(template.name), number)
        self.template.currentIndexChanged.connect(self.apply_template)
        self.kind = QComboBox()
        fill_enum(self.kind, texts.kind_names())
        self.at = QDateTimeEdit(QDateTime.currentDateTime())
        self.at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.at.setCalendarPopup(True)
        self.duration = QSpinBox()
        self.duration.setRange(1, 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setValue(30)
        self.duration.setSuffix(self.tr(" min"))
        self.worker = QComboBox()
        self.second = QComboBox()
        self.second.addItem(self.tr("(geen)"), None)
        for w in workers:
            self.worker.addItem(w.name, w.user_id)
            if w.user_id != self.actor.user_id:
                self.second.addItem(w.name, w.user_id)
        if self.worker.findData(self.actor.user_id) < 0:
            self.worker.insertItem(0, self.actor.full_name, self.actor.user_id)
        self.worker.setCurrentIndex(self.worker.findData(self.actor.user_id))
        self.leefgebieden = QListWidget()
        self.leefgebieden.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        names = texts.leefgebied_names(self.services, self.actor)
        names += sorted({n for c in window.dossier.contacts for n in c.leefgebieden} - set(names))
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.leefgebieden.addItem(item)
        self.leefgebieden.setFixedHeight(self.leefgebieden.sizeHintForRow(0) * 5 + 8)
        self.leefgebieden.setToolTip(self.tr("Spatie zet een leefgebied aan of uit"))
        self.report = QPlainTextEdit()
        self.report.setTabChangesFocus(True)
        self.report.setPlaceholderText(
            self.tr("Kort verslag, geschreven alsof de bewoner over uw schouder meekijkt.")
        )
        self.report.setMinimumHeight(self.report.fontMetrics().lineSpacing() * 5 + 12)
        self.add_row(self.tr("S&jabloon:"), "template", self.template)
        self.add_row(self.tr("&Soort:"), "kind", self.kind)
        self.add_row(self.tr("&Datum en tijd:"), "at", self.at)
        self.add_row(self.tr("D&uur:"), "duration_minutes", self.duration)
        self.add_row(self.tr("&Medewerker:"), "worker_id", self.worker)
        self.add_row(self.tr("&Tweede medewerker:"), "second_worker_id", self.second)
        self.add_row(self.tr("&Leefgebieden:"), "leefgebieden", self.leefgebieden)
        self.add_row(self.tr("&Verslag:"), "report", self.report)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut(self, key, self.try_save, Qt.ShortcutContext.WindowShortcut)
        self.buttons.button(self.buttons.StandardButton.Save).setToolTip("Ctrl+Enter")
        self._template_text = ""
        self.report.setFocus()

    def apply_template(self) -> None:
        number = self.template.currentData()
        if number is None or number < 0:
            return
        t = self.templates[number]
        select_enum(self.kind, t.kind)
        self.duration.setValue(t.duration_minutes)
        for row in range(self.leefgebieden.count()):
            item = self.leefgebieden.item(row)
            item.setCheckState(
                Qt.CheckState.Checked if item.text() in t.leefgebieden else Qt.CheckState.Unchecked
            )
        current = self.report.toPlainText()
        if not current.strip() or current == self._template_text:
            self._template_text = translate(t.report)
            self.report.setPlainText(self._template_text)
            self.report.moveCursor(self.report.textCursor().MoveOperation.End)
        if t.two_workers and self.second.currentData() is None and self.second.count() > 1:
            self.second.setFocus()

    def checked_leefgebieden(self) -> tuple[str, ...]:
        return tuple(
            self.leefgebieden.item(r).text()
            for r in range(self.leefgebieden.count())
            if self.leefgebieden.item(r).checkState() == Qt.CheckState.Checked
        )

    def data(self) -> ContactInput:
        at: datetime = self.at.dateTime().toPython().astimezone()  # type: ignore[union-attr]
        return ContactInput(
            kind=enum_of(self.kind, ContactKind),
            at=at,
            duration_minutes=self.duration.value(),
            leefgebieden=self.checked_leefgebieden(),
            report=self.report.toPlainText(),
            worker_id=self.worker.currentData(),
            second_worker_id=self.second.currentData(),
        )

    def save(self) -> Any:
        return self.services.contacts.add(self.actor, self.window_.household_id, self.data())

    # -- drafts (kept when another user logs in on the locked screen) ------------------

    def draft_key(self) -> str:
        return f"huishoudens.contact:{self.window_.household_id}"

    def draft_data(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "at": self.data().at.isoformat(),
            "duration": self.duration.value(),
            "leefgebieden": self.checked_leefgebieden(),
            "report": self.report.toPlainText(),
            "second": self.second.currentData(),
        }

    def restore_draft(self, data: dict[str, Any]) -> None:
        if data.get("kind") in {k.value for k in ContactKind}:
            select_enum(self.kind, ContactKind(data["kind"]))
        if data.get("at"):
            self.at.setDateTime(
                QDateTime(datetime.fromisoformat(data["at"]).astimezone().replace(tzinfo=None))
            )
        self.duration.setValue(int(data.get("duration", 30)))
        chosen = set(data.get("leefgebieden", ()))
        for row in range(self.leefgebieden.count()):
            item = self.leefgebieden.item(row)
            item.setCheckState(
                Qt.CheckState.Checked if item.text() in chosen else Qt.CheckState.Unchecked
            )
        if data.get("second") is not None:
            self.second.setCurrentIndex(max(0, self.second.findData(data["second"])))
        self.report.setPlainText(data.get("report", ""))
