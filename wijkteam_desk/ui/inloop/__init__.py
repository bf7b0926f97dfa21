"""The inloopspreekuur screens: the front-desk queue page and the waiting-room display."""
