""""Geopend met reden" for the teamleider: who opened which household of the team without
being involved, and why (DESIGN §2.6: logged, the teamleider reviews)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.ui.forms import title_label
from wijkteam_desk.ui.households.models import ReasonedAccessModel
from wijkteam_desk.ui.households.widgets import make_table, select_first, shortcut
from wijkteam_desk.ui.messages import show_error
from wijkteam_desk.ui.models import filter_proxy

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class ReasonedAccessPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.model = ReasonedAccessModel(self)
        self.proxy = filter_proxy(self.model)
        self.table = make_table(self.proxy, self.tr("Dossiers geopend met reden"))
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter op medewerker, huishouden of reden"))
        self.filter.setAccessibleName(self.tr("Filter"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.count = QLabel()
        refresh = QPushButton(self.tr("&Vernieuwen"))
        refresh.setToolTip("F5")
        refresh.clicked.connect(self.refresh)
        intro = QLabel(self.tr(
            "Medewerkers die niet bij een huishouden betrokken zijn, openen het dossier alleen "
            "met een reden. Hier ziet u wie dat deed en waarom."))
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(title_label(self.tr("Geopend met reden")))
        top.addStretch(1)
        top.addWidget(self.count)
        row = QHBoxLayout()
        row.addWidget(self.filter, 1)
        row.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        shortcut(self, "F5", self.refresh, Qt.ShortcutContext.WindowShortcut)
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = self.services.households.list_reasoned_access(self.actor)
        except KnownError as error:
            show_error(self, error)
            return
        self.model.set_rows(rows)
        select_first(self.table)
        self.count.setText(self.tr("{0} keer").format(len(rows)))
