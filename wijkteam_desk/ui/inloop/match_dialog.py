"""Asking whether the visitor's household is known: last name + postcode, answer yes/no."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class MatchDialog(QDialog):
    def __init__(self, ticket: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bekend huishouden? – {0}").format(ticket))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Achternaam"))
        self.postcode = QLineEdit()
        self.postcode.setAccessibleName(self.tr("Postcode"))
        self.postcode.setPlaceholderText("8921 AB")
        form = QFormLayout()
        form.addRow(self.tr("&Achternaam:"), self.name)
        form.addRow(self.tr("&Postcode:"), self.postcode)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Nagaan"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        explanation = QLabel(self.tr("U ziet alleen óf er een huishouden met deze naam en "
                                     "postcode bekend is, niet wie of wat."))
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(box)
