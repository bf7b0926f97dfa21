"""Loading translations and the style sheet. Dutch is the source language; Qt's own Dutch
strings (qtbase_nl) make standard buttons say "Annuleren"."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from wijkteam_desk.paths import resources_dir

LANGUAGES = ("nl", "en")


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install Qt's and our translators for ``language``; returns them (keep them alive)."""
    language = language if language in LANGUAGES else "nl"
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl"
                               else QLocale.Language.English, QLocale.Country.Netherlands))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    if language != "nl":
        ours = QTranslator(app)
        if ours.load(f"wijkteam_desk_{language}", str(resources_dir() / "translations")):
            app.installTranslator(ours)
            installed.append(ours)
    return installed


def remove_translators(app: QApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def apply_style(app: QApplication) -> None:
    """Large, readable targets; sizes in em so they follow the system font size."""
    path = resources_dir() / "styles" / "app.qss"
    if path.is_file():
        app.setStyleSheet(path.read_text(encoding="utf-8"))
