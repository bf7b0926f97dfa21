"""PySide6 user interface: windows, dialogs, widgets and Qt item models."""
