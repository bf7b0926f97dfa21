"""Shows a report chart: the same reportlab drawing as in the PDF, rendered as SVG."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from wijkteam_desk.reports.charts import chart_svg
from wijkteam_desk.reports.tables import Chart

WIDTH, HEIGHT = 520, 230


class ChartView(QWidget):
    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self._renderer = QSvgRenderer(QByteArray(chart_svg(chart, WIDTH, HEIGHT)), self)
        self.setAccessibleName(chart.title)
        self.setToolTip(chart.note or chart.title)
        self.setMinimumSize(QSize(WIDTH * 3 // 4, HEIGHT * 3 // 4))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, HEIGHT)

    def is_valid(self) -> bool:
        return self._renderer.isValid()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        size = self._renderer.defaultSize().scaled(self.size(),
                                                   Qt.AspectRatioMode.KeepAspectRatio)
        self._renderer.render(painter, self.rect().adjusted(
            0, 0, size.width() - self.width(), size.height() - self.height()))
        painter.end()
