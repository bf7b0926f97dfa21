"""Wijkteam Desk: the desktop program of a Dutch sociaal wijkteam office."""

__version__ = "0.1.0"
APP_NAME = "wijkteam-desk"
