"""PySide6 windows, dialogs and Qt item models. Only this package (and app.py) imports Qt."""
