"""The waiting-room display: a separate window for a second screen showing the ticket
numbers being called and their desk, large enough to read across the room. Numbers,
never names: it is given CalledTicket rows, which carry no name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QVBoxLayout, QWidget

from wijkteam_desk.services.inloop_types import CalledTicket

HISTORY = 5


class WaitingRoomDisplay(QWidget):
    def __init__(self, location_name: str, *, chime: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Wachtkamerscherm – {0}").format(location_name))
        self.setObjectName("waitingRoomDisplay")
        self.setStyleSheet("#waitingRoomDisplay { background: #10213a; } "
                           "QLabel { color: white; }")
        self.chime = chime
        self._last: tuple[str, int] | None = None
        self.heading = QLabel(self.tr("Aan de beurt"))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.current_ticket = QLabel("–")
        self.current_ticket.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.current_ticket.setStyleSheet("color: #ffd54a;")
        self.current_desk = QLabel("")
        self.current_desk.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.earlier_heading = QLabel(self.tr("Eerder geroepen"))
        self.earlier: list[tuple[QLabel, QLabel]] = []
        grid = QGridLayout()
        for i in range(HISTORY - 1):
            ticket, desk = QLabel(""), QLabel("")
            grid.addWidget(ticket, i, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(desk, i, 1, Qt.AlignmentFlag.AlignLeft)
            self.earlier.append((ticket, desk))
        grid.setHorizontalSpacing(48)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.current_ticket, 3)
        layout.addWidget(self.current_desk, 1)
        layout.addSpacing(24)
        layout.addWidget(self.earlier_heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(grid, 2)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self._toggle_full_screen)
        self.resize(1024, 640)
        self._fit_fonts()

    def show_on_second_screen(self) -> None:
        """Full screen on the second screen if there is one; a window otherwise."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            target = next((s for s in screens if s != QGuiApplication.primaryScreen()),
                          screens[1])
            self.setGeometry(target.geometry())
            self.show()
            self.windowHandle().setScreen(target)
            self.showFullScreen()
        else:
            self.show()

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def set_tickets(self, called: list[CalledTicket]) -> None:
        """Newest first. Chimes when the top ticket is new or called again."""
        top = called[0] if called else None
        self.current_ticket.setText(top.ticket if top else "–")
        self.current_desk.setText(self.tr("naar {0}").format(top.desk_name) if top else "")
        rest = called[1:HISTORY]
        self.earlier_heading.setVisible(bool(rest))
        for i, (ticket, desk) in enumerate(self.earlier):
            ticket.setText(rest[i].ticket if i < len(rest) else "")
            desk.setText(rest[i].desk_name if i < len(rest) else "")
        key = (top.ticket, top.call_count) if top else None
        if key is not None and key != self._last and self._last is not None and self.chime:
            QApplication.beep()
        self._last = key

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_fonts()

    def _fit_fonts(self) -> None:
        h = max(self.height(), 300)

        def font(fraction: float, bold: bool = True) -> QFont:
            f = QFont()
            f.setPixelSize(max(12, int(h * fraction)))
            f.setBold(bold)
            return f

        self.heading.setFont(font(0.06, False))
        self.current_ticket.setFont(font(0.26))
        self.current_desk.setFont(font(0.09))
        self.earlier_heading.setFont(font(0.04, False))
        for ticket, desk in self.earlier:
            ticket.setFont(font(0.055))
            desk.setFont(font(0.055, False))
