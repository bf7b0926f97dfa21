"""The teamleider's overview of hiaten per wijk/dorp and topic."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.ui.socialmap.common import show_error


class GapsDialog(QDialog):
    def __init__(self, services, actor: Actor,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor = services, actor
        self.setWindowTitle(self.tr("Hiaten: geen passend aanbod"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Wijk of dorp:"))
        self.area = QComboBox()
        self.area.addItem(self.tr("Alle wijken en dorpen"), "")
        label.setBuddy(self.area)
        row.addWidget(label)
        row.addWidget(self.area, 1)
        layout.addLayout(row)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Hiaten"))
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(700, 520)
        self.refresh()
        areas = sorted({c.area for c in self.counts if c.area})
        for area in areas:
            self.area.addItem(area, area)
        self.area.currentIndexChanged.connect(self.refresh)

    def refresh(self) -> None:
        try:
            self.counts, gaps = self._services.referrals.list_gaps(
                self._actor, area=self.area.currentData() or "")
        except KnownError as error:
            show_error(self, error)
            self.counts, gaps = [], []
        parts = [f"<h3>{escape(self.tr('Aantal per wijk en onderwerp'))}</h3><table "
                 "cellpadding='3'>"]
        for count in self.counts:
            parts.append(f"<tr><td>{escape(count.area or self.tr('(onbekend)'))}</td>"
                         f"<td>{escape(count.topic)}</td><td align='right'>{count.count}</td></tr>")
        parts.append("</table>")
        parts.append(f"<h3>{escape(self.tr('Vastgelegd'))}</h3>")
        for gap in gaps:
            parts.append(f"<p><b>{gap.recorded_on.strftime('%d-%m-%Y')} · {escape(gap.area)} · "
                         f"{escape(gap.topic)}</b><br>{escape(gap.description)}"
                         f"<br><small>{escape(gap.recorded_by)} {escape(gap.household_number)}"
                         "</small></p>")
        if not gaps:
            parts.append(f"<p>{escape(self.tr('Nog geen hiaten vastgelegd.'))}</p>")
        self.view.setHtml("".join(parts))
