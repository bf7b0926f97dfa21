"""The command line (DESIGN §2.8). Without a subcommand it starts the GUI."""

from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from wijkteam_desk import __version__
from wijkteam_desk.errors import KnownError
from wijkteam_desk.paths import Paths

if TYPE_CHECKING:
    from wijkteam_desk.services.authz import Actor

# Kept free of SQLAlchemy and keyring imports: the GUI starts through here and must be fast.
PASSWORD_ENV = "WIJKTEAM_DESK_PASSWORD"  # same as wijkteam_desk.secrets.PASSWORD_ENV

NEW_PASSWORD_ENV = "WIJKTEAM_DESK_NEW_PASSWORD"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

_ARGPARSE_DUTCH = [
    (r"unrecognized arguments: (.*)", r"onbekende argumenten: \1"),
    (r"the following arguments are required: (.*)", r"deze argumenten ontbreken: \1"),
    (r"argument (\S+): invalid int value: (.*)", r"\1: \2 is geen geheel getal"),
    (r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)",
     r"\1: \2 is geen geldige keuze (kies uit \3)"),
    (r"argument (\S+): expected one argument", r"\1: hier hoort een waarde bij"),
    (r"argument (\S+): not allowed with argument (\S+)", r"\1 en \2 gaan niet samen"),
]


class DutchArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        for pattern, replacement in _ARGPARSE_DUTCH:
            message = re.sub(pattern, replacement, message)
        self.exit(EXIT_USAGE, f"{self.prog}: fout: {message}\n"
                              f"Zie '{self.prog.split()[0]} --help'.\n")


ROLE_CHOICES = {  # command-line name -> Role value
    "vrijwilliger": "vrijwilliger",
    "sociaalwerker": "sociaal_werker",
    "sociaal_werker": "sociaal_werker",
    "teamleider": "teamleider",
    "beheerder": "beheerder",
}


def build_parser() -> DutchArgumentParser:
    parser = DutchArgumentParser(
        prog="wijkteam-desk",
        description="Wijkteam Desk: inloop, huishoudens, één plan, sociale kaart en rapportages.",
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="deze hulptekst tonen")
    parser.add_argument("--version", action="version", version=f"wijkteam-desk {__version__}",
                        help="versie tonen")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--data-dir", metavar="MAP",
                       help="map met de versleutelde database en back-ups")
    where.add_argument("--database-url", metavar="URL",
                       help="PostgreSQL-database, bijv. postgresql://gebruiker@server/wijkteam")
    parser.add_argument("--user", metavar="NAAM",
                        help="gebruikersnaam waarmee de opdracht wordt uitgevoerd")
    parser.add_argument("--lang", choices=["nl", "en"], help="taal van het venster")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT",
                                parser_class=DutchArgumentParser)

    demo = sub.add_parser("demo", help="database vullen met fictieve demogegevens",
                          add_help=False)
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="startwaarde (standaard 1)")
    demo.add_argument("--households", type=_households_count, default=200, metavar="N",
                      help="aantal huishoudens (standaard 200)")

    user = sub.add_parser("user", help="gebruikers beheren", add_help=False)
    user_sub = user.add_subparsers(dest="user_command", metavar="OPDRACHT", required=True,
                                   parser_class=DutchArgumentParser)
    add = user_sub.add_parser("add", help="gebruiker toevoegen", add_help=False)
    add.add_argument("--username", required=True, metavar="NAAM")
    add.add_argument("--role", required=True, action="append", choices=sorted(ROLE_CHOICES),
                     metavar="ROL", help="vrijwilliger, sociaalwerker, teamleider of beheerder "
                     "(mag vaker)")
    add.add_argument("--full-name", metavar="NAAM", help="volledige naam")
    add.add_argument("--team", metavar="TEAM", help="naam van het team")

    backup = sub.add_parser("backup", help="versleutelde back-up maken", add_help=False)
    backup.add_argument("--out", required=True, metavar="BESTAND")
    restore = sub.add_parser("restore", help="back-up terugzetten", add_help=False)
    restore.add_argument("file", metavar="BESTAND")
    sub.add_parser("verify", help="database en logboek controleren", add_help=False)

    export = sub.add_parser("export", help="rapportages exporteren", add_help=False)
    export_sub = export.add_subparsers(dest="export_command", metavar="RAPPORT", required=True,
                                       parser_class=DutchArgumentParser)
    quarterly = export_sub.add_parser("quarterly", help="kwartaalrapportage voor de gemeente",
                                      add_help=False)
    overview = export_sub.add_parser("team-overview", help="vertrouwelijk teamoverzicht (pdf)",
                                     add_help=False)
    for report in (quarterly, overview):
        report.add_argument("--year", type=int, required=True, metavar="JAAR")
        report.add_argument("--quarter", type=int, required=True, metavar="KWARTAAL",
                            help="1, 2, 3 of 4")
        report.add_argument("--out", required=True, metavar="BESTAND")
        report.add_argument("--team", metavar="TEAM",
                            help="naam van het team (standaard: uw eigen team)")
    quarterly.add_argument("--format", required=True, choices=["xlsx", "pdf"], metavar="FORMAAT",
                           help="xlsx of pdf")
    inzage = export_sub.add_parser(
        "inzage", help="'Wat weten we over u?' (AVG art. 15): PDF en JSON in een map",
        add_help=False)
    summary = export_sub.add_parser("household-summary",
                                    help="vertrouwelijk huishoudoverzicht (pdf)", add_help=False)
    for household in (inzage, summary):
        household.add_argument("--household", required=True, metavar="NUMMER",
                               help="huishoudnummer, bijv. H-000123")
        household.add_argument("--reason", default="", metavar="REDEN",
                               help="reden, als u niet bij het huishouden betrokken bent")
    inzage.add_argument("--out", required=True, metavar="MAP")
    summary.add_argument("--out", required=True, metavar="BESTAND")
    socialmap = sub.add_parser("socialmap", help="sociale kaart inlezen of uitvoeren (HSDS 3.0)",
                               add_help=False)
    sm_sub = socialmap.add_subparsers(dest="socialmap_command", metavar="OPDRACHT",
                                      required=True, parser_class=DutchArgumentParser)
    sm_import = sm_sub.add_parser("import", help="HSDS-map, .zip of .xlsx inlezen",
                                  add_help=False)
    sm_import.add_argument("path", metavar="PAD")
    sm_export = sm_sub.add_parser("export", help="sociale kaart uitvoeren", add_help=False)
    sm_export.add_argument("--format", choices=["hsds-csv", "xlsx"], default="hsds-csv",
                           metavar="FORMAAT", help="hsds-csv (map of .zip) of xlsx")
    sm_export.add_argument("--out", required=True, metavar="PAD")
    return parser


def _password(prompt: str, env: str) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise KnownError(f"Geen wachtwoord: geef het op in de omgevingsvariabele {env}.")
    return getpass.getpass(prompt)


def _login(services, username: str | None) -> Actor:  # type: ignore[no-untyped-def]
    if not username:
        raise KnownError("Deze opdracht vraagt om een gebruiker: geef --user NAAM op.")
    return services.accounts.authenticate(username, _password("Wachtwoord: ", PASSWORD_ENV))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from wijkteam_desk.app import run_gui

        return run_gui(args)
    try:
        return COMMANDS[args.command](args)
    except KnownError as error:
        print(f"wijkteam-desk: {error.message}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("wijkteam-desk: afgebroken.", file=sys.stderr)
        return EXIT_USAGE


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from wijkteam_desk.wiring import build_services, open_database

    paths = Paths.default(args.data_dir)
    return paths, build_services(open_database(paths, args.database_url,
                                               ask_password=_server_password))


def _server_password(server: str, refused: bool) -> tuple[str, bool] | None:
    """On a terminal, ask the PostgreSQL password (not kept); elsewhere libpq's PGPASSWORD
    or the keyring must have it."""
    if not sys.stdin or not sys.stdin.isatty():
        return None
    if refused:
        print("wijkteam-desk: de server heeft het wachtwoord geweigerd.", file=sys.stderr)
    return getpass.getpass(f"Wachtwoord van de databaseserver {server}: "), False


def _households_count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if not 0 <= number <= 1_000_000:
        raise argparse.ArgumentTypeError("geef een aantal tussen 0 en 1000000")
    return number


def cmd_demo(args: argparse.Namespace) -> int:
    from wijkteam_desk.services.demo import fill_demo

    _paths, services = _open(args)
    try:
        report = fill_demo(services, seed=args.seed, households=args.households,
                           progress=lambda text: print(text, flush=True))
    finally:
        services.close()
    print(report)
    return EXIT_OK


def cmd_user(args: argparse.Namespace) -> int:
    from wijkteam_desk.services.accounts import UserInput

    _paths, services = _open(args)
    try:
        from wijkteam_desk.store.models import Role

        roles = frozenset(Role(ROLE_CHOICES[r]) for r in args.role)
        full_name = args.full_name or args.username
        password = _password("Wachtwoord voor de nieuwe gebruiker: ", NEW_PASSWORD_ENV)
        if services.accounts.needs_first_admin():
            if roles != {Role.BEHEERDER}:
                raise KnownError("De eerste gebruiker moet een beheerder zijn (--role beheerder).")
            services.accounts.create_first_admin(args.username, full_name, password)
        else:
            actor = _login(services, args.user)
            team_id = None
            if args.team:
                teams = {t.name: t.id for t in services.accounts.list_teams(actor)}
                if args.team not in teams:
                    raise KnownError(f"Team '{args.team}' bestaat niet.")
                team_id = teams[args.team]
            services.accounts.create_user(
                actor, UserInput(args.username, full_name, roles, team_id), password)
    finally:
        services.close()
    print(f"Gebruiker {args.username} is toegevoegd.")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    _paths, services = _open(args)
    try:
        actor = _login(services, args.user)
        out = services.system.backup(actor, Path(args.out))
    finally:
        services.close()
    print(f"Back-up gemaakt: {out}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    paths, services = _open(args)
    try:
        actor = _login(services, args.user)
        safety = services.system.restore(actor, Path(args.file), paths.backups)
    finally:
        services.close()
    print(f"Back-up teruggezet. De vorige gegevens staan in {safety}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from wijkteam_desk.services.audit import verify_database

    _paths, services = _open(args)
    try:
        report = verify_database(services.db)
    finally:
        services.close()
    if report.ok:
        print(f"In orde: database intact, logboek met {report.entries} regels klopt.")
        return EXIT_OK
    print("FOUT: de controle vond problemen:", file=sys.stderr)
    for problem in report.problems:
        print(f"  - {problem}", file=sys.stderr)
    return EXIT_FAILED


def _report_team(services, actor: Actor, name: str | None) -> int:  # type: ignore[no-untyped-def]
    if name:
        teams = {t.name: t.id for t in services.accounts.list_teams(actor)}
        if name not in teams:
            raise KnownError(f"Team '{name}' bestaat niet.")
        return teams[name]
    if actor.team_id is None:
        raise KnownError("Geef met --team NAAM aan over welk team het rapport gaat.")
    return actor.team_id


def _household_id(services, actor: Actor, number: str) -> int:  # type: ignore[no-untyped-def]
    wanted = number.strip().upper()
    for row in services.households.search(actor, wanted):
        if row.number == wanted:
            return int(row.household_id)
    raise KnownError(f"Huishouden {wanted} is niet gevonden in uw team.")


def cmd_export_household(args: argparse.Namespace) -> int:
    _paths, services = _open(args)
    try:
        actor = _login(services, args.user)
        hid = _household_id(services, actor, args.household)
        prints = services.household_prints
        if args.export_command == "inzage":
            result = prints.export_inzage(actor, hid, Path(args.out), reason=args.reason)
            print(f"Inzage opgeslagen: {result.pdf_path} en {result.json_path}")
        else:
            summary = prints.print_summary(actor, hid, Path(args.out), reason=args.reason)
            print(f"Huishoudoverzicht opgeslagen: {summary.path}")
    finally:
        services.close()
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from wijkteam_desk.reports.figures import Period

    if args.export_command in ("inzage", "household-summary"):
        return cmd_export_household(args)
    from wijkteam_desk.services.reports import ExportFormat

    period = Period.quarter(args.year, args.quarter)  # Dutch error before anything opens
    _paths, services = _open(args)
    try:
        actor = _login(services, args.user)
        team_id = _report_team(services, actor, args.team)
        out = Path(args.out)
        if args.export_command == "quarterly":
            result = services.reports.export_quarterly(actor, period, team_id,
                                                       ExportFormat(args.format), out)
        else:
            result = services.reports.export_team_overview(actor, period, team_id, out)
    finally:
        services.close()
    print(f"Rapport opgeslagen: {result.path} ({result.team_name}, {period.label})")
    return EXIT_OK


def cmd_socialmap(args: argparse.Namespace) -> int:
    from wijkteam_desk.services.hsds import ImportRejected

    _paths, services = _open(args)
    try:
        actor = _login(services, args.user)
        if args.socialmap_command == "import":
            try:
                report = services.socialmap.import_hsds(actor, Path(args.path))
            except ImportRejected as rejected:
                print(f"wijkteam-desk: {rejected.message}", file=sys.stderr)
                for problem in rejected.problems:
                    print(f"  - {problem}", file=sys.stderr)
                return EXIT_FAILED
            print(report)
        else:
            out = services.socialmap.export_hsds(actor, Path(args.out), args.format)
            print(f"Sociale kaart uitgevoerd naar {out}")
    finally:
        services.close()
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "user": cmd_user,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "verify": cmd_verify,
    "export": cmd_export,
    "socialmap": cmd_socialmap,
}

if __name__ == "__main__":
    sys.exit(main())
