"""Error classes shared by all layers.

``KnownError`` is anything the user can understand and act on: bad input, a missing
permission, an environment fault such as a wrong database key or a full disk. The UI shows
its Dutch ``message`` calmly. Every other exception is a bug and goes to the crash dialog.
"""

from __future__ import annotations

from wijkteam_desk.i18n import msg


class KnownError(Exception):
    """An error with a Dutch message meant for the user."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class EnvironmentFault(KnownError):
    """Something outside the program went wrong (disk, database server, key)."""


class WrongKeyError(EnvironmentFault):
    def __init__(self) -> None:
        super().__init__(
            msg(
                "De database kan niet worden geopend: de sleutel klopt niet. "
                "Controleer de wachtzin of vraag de beheerder om hulp. Er is niets gewijzigd."
            )
        )


class MissingKeyError(EnvironmentFault):
    def __init__(self) -> None:
        super().__init__(
            msg(
                "Er is geen sleutel voor de database gevonden. Er is geen bruikbare "
                "sleutelbos (keyring) op deze computer; geef de sleutel op in de omgevings"
                "variabele WIJKTEAM_DESK_DB_KEY."
            )
        )


class DatabaseLockedError(EnvironmentFault):
    def __init__(self) -> None:
        super().__init__(
            msg(
                "De database is even bezet door een ander programma of venster. "
                "Probeer het over een paar seconden opnieuw."
            )
        )


class DiskFullError(EnvironmentFault):
    def __init__(self) -> None:
        super().__init__(
            msg(
                "De schijf is vol. Maak ruimte vrij en probeer het opnieuw; "
                "wat u net opsloeg is niet bewaard."
            )
        )


class ServerUnreachableError(EnvironmentFault):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            msg(
                "De databaseserver is niet bereikbaar. Controleer de netwerkverbinding "
                "of neem contact op met de beheerder."
            ),
            detail=detail,
        )


class ServerPasswordError(EnvironmentFault):
    """The PostgreSQL server wants a password, or refused the one given."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            msg(
                "De databaseserver weigert de verbinding: het wachtwoord ontbreekt of klopt "
                "niet. Vraag de beheerder om het wachtwoord van de database."
            ),
            detail=detail,
        )


class NewerDatabaseError(EnvironmentFault):
    def __init__(self, revision: str) -> None:
        super().__init__(
            msg(
                "Deze database is gemaakt door een nieuwere versie van Wijkteam Desk. "
                "Installeer de nieuwste versie van het programma; er is niets gewijzigd."
            ),
            detail=revision,
        )


class NotADatabaseError(EnvironmentFault):
    def __init__(self) -> None:
        super().__init__(
            msg("Dit bestand is geen database van Wijkteam Desk, of het is beschadigd.")
        )


class ValidationError(KnownError):
    """Bad input. ``field`` names the form field the message belongs next to."""

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class PermissionDenied(KnownError):
    """The acting user's role may not perform ``operation``."""

    def __init__(self, operation: str) -> None:
        super().__init__(msg("U hebt geen toestemming voor deze handeling."), detail=operation)
        self.operation = operation


class AuthenticationError(KnownError):
    def __init__(self) -> None:
        super().__init__(msg("Gebruikersnaam of wachtwoord onjuist."))


class AccountLockedError(KnownError):
    def __init__(self, minutes: int) -> None:
        super().__init__(
            msg("Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen."),
            detail=str(minutes),
        )
        self.minutes = minutes


class NotFoundError(KnownError):
    def __init__(self) -> None:
        super().__init__(msg("Het gevraagde gegeven bestaat niet (meer)."))


class ConflictError(KnownError):
    """Someone else saved the same record meanwhile (optimistic locking)."""

    def __init__(self) -> None:
        super().__init__(
            msg(
                "Een collega heeft dit gegeven intussen gewijzigd. Uw wijzigingen zijn niet "
                "opgeslagen maar blijven in het venster staan; vergelijk en probeer opnieuw."
            )
        )
