"""The dossier's per-household prints: "Huishoudoverzicht afdrukken…" and "Inzage-export
(Wat weten we over u)…". The file dialog suggests a name with the household number (never
the name); the work runs off the GUI thread with a busy cursor and progress; the service
checks access and writes the logboek entry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMenu,
    QProgressDialog,
    QToolButton,
)

from wijkteam_desk.errors import KnownError, ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.services.household_access import WITH_REASON
from wijkteam_desk.services.household_prints import summary_file_name
from wijkteam_desk.services.household_read import MIN_REASON
from wijkteam_desk.store.base import utcnow
from wijkteam_desk.ui.households.reason_dialog import ReasonDialog
from wijkteam_desk.ui.messages import show_error, show_message, translate
from wijkteam_desk.ui.reports.background import BackgroundTask, run_in_background

if TYPE_CHECKING:
    from wijkteam_desk.ui.households.dossier_window import DossierWindow


def _checked_reason(reason: str) -> str:
    reason = reason.strip()
    if len(reason) < MIN_REASON:
        raise ValidationError(msg("Geef de reden waarom u dit huishouden afdrukt (minstens 10 "
                                  "tekens)."), field="reason")
    return reason


class DossierPrints(QObject):
    """The two print actions of one dossier window. ``finished(result)`` after a file was
    written, ``failed()`` after a refusal or error was shown."""

    finished = Signal(object)
    failed = Signal()

    def __init__(self, window: DossierWindow) -> None:
        super().__init__(window)
        self.window = window
        self.summary_action = QAction(self.tr("Huishoudoverzicht &afdrukken…"), window)
        self.summary_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.summary_action.setToolTip(self.tr("Vertrouwelijk overzicht van dit huishouden "
                                               "als PDF, voor uzelf of de teamleider"))
        self.summary_action.triggered.connect(self.print_summary)
        self.inzage_action = QAction(self.tr("&Inzage-export (Wat weten we over u)…"), window)
        self.inzage_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.inzage_action.setToolTip(self.tr("Alles wat we over dit huishouden vastlegden, "
                                              "voor de bewoner: PDF en JSON in één map"))
        self.inzage_action.triggered.connect(self.export_inzage)
        for action in (self.summary_action, self.inzage_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
        self.menu = QMenu(window)
        self.menu.addAction(self.summary_action)
        self.menu.addAction(self.inzage_action)
        self.button = QToolButton(window)
        self.button.setText(self.tr("&Afdrukken en exporteren"))
        self.button.setAccessibleName(self.tr("Afdrukken en exporteren"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        self._task: BackgroundTask | None = None
        self._progress: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    # -- the actions ----------------------------------------------------------------
    def print_summary(self) -> None:
        self._with_reason(self._summary_to)

    def export_inzage(self) -> None:
        self._with_reason(self._inzage_to)

    def _with_reason(self, then: Callable[[str], None]) -> None:
        """Someone who opened the dossier with a reason states one for the print too."""
        if self.busy:
            return
        if self.window.dossier.access != WITH_REASON:
            then("")
            return
        dialog = ReasonDialog(
            self.tr("Reden opgeven"),
            self.tr("U bent niet betrokken bij dit huishouden. Geef op waarom u dit afdrukt. "
                    "De reden komt in het logboek en de teamleider ziet hem."),
            self.tr("Verder"), _checked_reason, self.window)
        dialog.saved.connect(then)
        dialog.open()

    def _summary_to(self, reason: str) -> None:
        h = self.window.dossier.household
        suggestion = Path.home() / summary_file_name(h.number, utcnow().astimezone())
        name, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Huishoudoverzicht opslaan"), str(suggestion),
            self.tr("PDF-document (*.pdf)"))
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        services, actor, hid = self.window.services, self.window.actor, h.id
        self._start(lambda progress: services.household_prints.print_summary(
            actor, hid, target, reason=reason, progress=progress),
            lambda result: self.tr("Het huishoudoverzicht is opgeslagen als {0}.\n\nHet is "
                                   "vertrouwelijk: bewaar of deel het alleen binnen het "
                                   "team.").format(result.path))

    def _inzage_to(self, reason: str) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Map kiezen voor de inzage-export"), str(Path.home()))
        if not folder:
            return
        services, actor = self.window.services, self.window.actor
        hid = self.window.dossier.household.id
        self._start(lambda progress: services.household_prints.export_inzage(
            actor, hid, Path(folder), reason=reason, progress=progress),
            lambda result: self.tr("De inzage is opgeslagen in {0}:\n{1}\n{2}\n\nGeef de "
                                   "bewoner beide bestanden.").format(
                result.pdf_path.parent, result.pdf_path.name, result.json_path.name))

    # -- background work --------------------------------------------------------------
    def _start(self, work: Callable[[Any], Any], success: Callable[[Any], str]) -> None:
        self._set_busy(True)
        progress = QProgressDialog(self.tr("Bezig…"), "", 0, 100, self.window)
        progress.setWindowTitle(self.tr("Afdrukken"))
        progress.setCancelButton(None)  # type: ignore[arg-type]
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        self._progress = progress

        def done(result: Any) -> None:
            self._set_busy(False)
            show_message(self.window, success(result), title=self.tr("Opgeslagen"))
            self.finished.emit(result)

        self._task = run_in_background(work, done, self._failed, self._on_progress)

    def _on_progress(self, percent: int, text: str) -> None:
        if self._progress is not None:
            self._progress.setLabelText(translate(text))
            self._progress.setValue(percent)

    def _set_busy(self, busy: bool) -> None:
        for action in (self.summary_action, self.inzage_action):
            action.setEnabled(not busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            return
        QApplication.restoreOverrideCursor()
        self._task = None
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, KnownError):
            show_error(self.window, error)
        elif isinstance(error, OSError):
            show_message(self.window, self.tr(
                "Het bestand kon niet worden opgeslagen ({0}). Er is niets bewaard. Kies een "
                "andere map of maak ruimte vrij en probeer het opnieuw.").format(
                error.strerror or type(error).__name__), warning=True)
        else:
            raise error  # a bug: the application's crash dialog takes over
        self.failed.emit()
