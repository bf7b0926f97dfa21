"""The Bewaartermijn section of the teamleider (DESIGN §2.6 retention)."""
