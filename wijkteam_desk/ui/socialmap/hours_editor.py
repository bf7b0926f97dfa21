"""Editing opening hours: one line per time range, with the days it applies to."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from wijkteam_desk.services.socialmap_format import DAY_CODES, OpeningHours


class HoursLine(QWidget):
    def __init__(self, hours: OpeningHours | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        short = [self.tr("ma"), self.tr("di"), self.tr("wo"), self.tr("do"), self.tr("vr"),
                 self.tr("za"), self.tr("zo")]
        self.days: dict[str, QCheckBox] = {}
        for code, label in zip(DAY_CODES, short, strict=True):
            box = QCheckBox(label)
            box.setChecked(bool(hours and code in hours.days))
            self.days[code] = box
            layout.addWidget(box)
        self.opens = QTimeEdit(QTime.fromString((hours.opens if hours else "09:00")[:5], "HH:mm"))
        self.closes = QTimeEdit(QTime.fromString((hours.closes if hours else "12:00")[:5],
                                                 "HH:mm"))
        for edit, name in ((self.opens, self.tr("Open vanaf")), (self.closes, self.tr("Tot"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        layout.addWidget(QLabel(self.tr("van")))
        layout.addWidget(self.opens)
        layout.addWidget(QLabel(self.tr("tot")))
        layout.addWidget(self.closes)
        self.remove = QPushButton(self.tr("Weg"))
        self.remove.setAccessibleName(self.tr("Deze regel weghalen"))
        layout.addWidget(self.remove)
        self.note = hours.note if hours else ""

    def value(self) -> OpeningHours:
        return OpeningHours(tuple(c for c, box in self.days.items() if box.isChecked()),
                            self.opens.time().toString("HH:mm"),
                            self.closes.time().toString("HH:mm"), self.note)


class HoursEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._lines_box = QGridLayout()
        outer.addLayout(self._lines_box)
        self.add_button = QPushButton(self.tr("Openingstijd toevoegen"))
        self.add_button.clicked.connect(lambda: self.add_line(None))
        outer.addWidget(self.add_button)
        self.lines: list[HoursLine] = []

    def add_line(self, hours: OpeningHours | None) -> HoursLine:
        line = HoursLine(hours, self)
        line.remove.clicked.connect(lambda: self._remove(line))
        self._lines_box.addWidget(line, len(self.lines), 0)
        self.lines.append(line)
        return line

    def _remove(self, line: HoursLine) -> None:
        self.lines.remove(line)
        line.setParent(None)
        line.deleteLater()

    def set_value(self, hours: tuple[OpeningHours, ...]) -> None:
        for line in list(self.lines):
            self._remove(line)
        for item in hours:
            self.add_line(item)

    def value(self) -> tuple[OpeningHours, ...]:
        return tuple(line.value() for line in self.lines)
