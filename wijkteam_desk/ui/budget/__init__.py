"""Screens for the doorpakbudget: the dossier tab and the teamleider's section."""
