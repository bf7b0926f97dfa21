"""Importing and exporting the sociale kaart from the page, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.hsds import ImportRejected
from wijkteam_desk.services.socialmap import SocialMapService
from wijkteam_desk.ui.socialmap.common import show_error, translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("SocialMapTransfer", text)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """One piece of slow work on the thread pool; results come back as signals, which
    Qt delivers in the GUI thread. The work never touches widgets."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


class Transfer(QObject):
    """Owns the running task and reports its outcome to the user."""

    finished = Signal()

    def __init__(self, kaart: SocialMapService, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self._kaart, self._actor, self._parent = kaart, actor, parent
        self.task: Task | None = None
        self.last_message = ""

    def busy(self) -> bool:
        return self.task is not None

    def start_import(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self._parent, _tr("Sociale kaart inlezen (HSDS 3.0)"), str(Path.home()),
            _tr("HSDS-pakket (*.zip *.xlsx datapackage.json *.csv)"))
        if path:
            source = Path(path)
            if source.suffix.lower() in (".json", ".csv"):
                source = source.parent  # a folder of CSV tables
            self._run(lambda: self._kaart.import_hsds(self._actor, source))

    def start_export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self._parent, _tr("Sociale kaart uitvoeren"), str(Path.home() / "sociale-kaart.zip"),
            _tr("HSDS-CSV in zip (*.zip);;Excel (*.xlsx)"))
        if path:
            fmt = "xlsx" if path.lower().endswith(".xlsx") or "xlsx" in chosen else "hsds-csv"
            self._run(lambda: self._kaart.export_hsds(self._actor, Path(path), fmt))

    def _run(self, work: Callable[[], Any]) -> None:
        self.task = Task(work)
        self.task.signals.done.connect(self._done)
        self.task.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(self.task)

    def _done(self, result: object) -> None:
        self.task = None
        if isinstance(result, Path):
            self.last_message = _tr("De sociale kaart is uitgevoerd naar {0}.").format(result)
        else:
            self.last_message = str(result)
        QMessageBox.information(self._parent, _tr("Sociale kaart"), self.last_message)
        self.finished.emit()

    def _failed(self, error: object) -> None:
        self.task = None
        if isinstance(error, ImportRejected):
            self.last_message = translate(error.message)
            box = QMessageBox(QMessageBox.Icon.Warning, _tr("Sociale kaart"),
                              self.last_message, QMessageBox.StandardButton.Ok, self._parent)
            box.setInformativeText(_tr("{0} fout(en); zie de details.").format(
                len(error.problems)))
            box.setDetailedText("\n".join(str(p) for p in error.problems))
            box.exec()
        elif isinstance(error, KnownError):
            self.last_message = translate(error.message)
            show_error(self._parent, error)
        else:
            self.finished.emit()
            raise error  # a bug: let the crash dialog show it
        self.finished.emit()
