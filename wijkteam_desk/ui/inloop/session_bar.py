"""The top bar of the queue page: location, my desk, the spreekuur and its buttons."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.services.inloop_types import LOCAL, SessionInfo


class SessionBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location = QComboBox()
        self.location.setAccessibleName(self.tr("Locatie"))
        self.desk = QComboBox()
        self.desk.setAccessibleName(self.tr("Mijn balie"))
        self.session_label = QLabel()
        self.session_button = QPushButton()
        self.display_button = QPushButton(self.tr("Wachtkamerscherm"))
        self.day_button = QPushButton(self.tr("Dagoverzicht (PDF)"))
        self.stats_button = QPushButton(self.tr("Statistieken…"))
        self.session_label.setWordWrap(True)
        row = QHBoxLayout()
        for label, widget in ((self.tr("&Locatie:"), self.location),
                              (self.tr("&Balie:"), self.desk)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
        row.addStretch(1)
        for button in (self.session_button, self.display_button, self.day_button,
                       self.stats_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.session_label)

    def show_session(self, session: SessionInfo | None, my_name: str) -> None:
        if session is None:
            self.session_label.setText(self.tr("Geen spreekuur geopend"))
            self.session_button.setText(self.tr("Spreekuur openen"))
            return
        self.session_label.setText(
            self.tr("Spreekuur open sinds {0} · aanwezig: {1} · professional: {2}")
            .format(session.opened_at.astimezone(LOCAL).strftime("%H:%M"),
                    ", ".join(session.staff),
                    ", ".join(session.professionals_on_duty) or self.tr("niemand")))
        self.session_button.setText(self.tr("Spreekuur sluiten") if my_name in session.staff
                                    else self.tr("Aansluiten bij spreekuur"))
