"""Base of the dossier's edit dialogs. On a ConflictError the Dutch message is shown with
the offer to load the newest data; what the user typed stays in the form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from wijkteam_desk.errors import ConflictError, KnownError, ValidationError
from wijkteam_desk.services.household_types import Dossier
from wijkteam_desk.ui.form_dialog import FormDialog
from wijkteam_desk.ui.messages import ask, error_text, show_error

if TYPE_CHECKING:
    from wijkteam_desk.ui.households.dossier_window import DossierWindow


class DossierFormDialog(FormDialog):
    def __init__(self, title: str, window: DossierWindow) -> None:
        super().__init__(title, window)
        self.window_ = window
        self.services = window.services
        self.actor = window.actor

    def try_save(self) -> bool:
        self.errors.clear()
        try:
            result = self.save()
        except ValidationError as error:
            self.errors.show(error)
            return False
        except ConflictError as error:
            ask(self, error_text(error) + " " + QCoreApplication.translate(
                "Huishoudens", "Wilt u de nieuwste gegevens laden? Wat u hier hebt ingevuld "
                "blijft staan; daarna kunt u opnieuw opslaan."), self.load_newest)
            return False
        except KnownError as error:
            show_error(self, error)
            return False
        self.saved.emit(result)
        self.accept()
        self.window_.saved()
        return True

    def load_newest(self) -> None:
        if self.window_.reload():
            self.reloaded(self.window_.dossier)

    def reloaded(self, dossier: Dossier) -> None:
        """Subclasses take the new version number (and nothing else) from ``dossier``."""
