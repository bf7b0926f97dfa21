"""Opening the database and building the services. Used by app.py (GUI) and cli.py;
kept free of Qt so the command line starts fast."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import make_url

from wijkteam_desk import secrets
from wijkteam_desk.errors import MissingKeyError, ServerPasswordError
from wijkteam_desk.paths import Paths
from wijkteam_desk.services import inloop_links
from wijkteam_desk.services.accounts import AccountService
from wijkteam_desk.services.audit import AuditLog, AuditService
from wijkteam_desk.services.budget import BudgetService
from wijkteam_desk.services.consent import ConsentService
from wijkteam_desk.services.contacts import ContactService
from wijkteam_desk.services.drafts import DraftService
from wijkteam_desk.services.follow_up import FollowUpService
from wijkteam_desk.services.household_prints import HouseholdPrintService
from wijkteam_desk.services.households import HouseholdService
from wijkteam_desk.services.inloop import InloopService
from wijkteam_desk.services.inloop_outcomes import OutcomeHandlers
from wijkteam_desk.services.inloop_stats import InloopStatsService
from wijkteam_desk.services.outreach import OutreachService
from wijkteam_desk.services.plan_config import PlanConfigService
from wijkteam_desk.services.plans import PlanService
from wijkteam_desk.services.referrals import ReferralService, referral_counts
from wijkteam_desk.services.reports import ReportService
from wijkteam_desk.services.retention import RetentionService
from wijkteam_desk.services.signals import SignalService
from wijkteam_desk.services.socialmap import SocialMapService
from wijkteam_desk.services.system import SystemService
from wijkteam_desk.store import migrations
from wijkteam_desk.store.engine import Database


@dataclass
class Services:
    db: Database
    log: AuditLog
    accounts: AccountService
    audit: AuditService
    drafts: DraftService
    plan_config: PlanConfigService
    plans: PlanService
    budget: BudgetService
    system: SystemService
    reports: ReportService
    inloop: InloopService
    inloop_stats: InloopStatsService
    socialmap: SocialMapService
    referrals: ReferralService
    households: HouseholdService
    household_prints: HouseholdPrintService
    contacts: ContactService
    consent: ConsentService
    signals: SignalService
    follow_up: FollowUpService
    outreach: OutreachService
    retention: RetentionService

    def close(self) -> None:
        self.db.dispose()


def build_services(db: Database) -> Services:
    log = AuditLog()
    socialmap = SocialMapService(db, log, referral_counts=referral_counts)
    return Services(
        db=db,
        log=log,
        accounts=AccountService(db, log),
        audit=AuditService(db, log),
        drafts=DraftService(db, log),
        plan_config=PlanConfigService(db, log),
        plans=PlanService(db, log),
        budget=BudgetService(db, log),
        system=SystemService(db, log),
        reports=ReportService(db, log),
        inloop=InloopService(db, log, outcomes=OutcomeHandlers(
            refer=inloop_links.VisitReferral(log), handover=inloop_links.SignalHandover(log),
            match=inloop_links.match_household, wegwijzer=inloop_links.wegwijzer(socialmap),
            service_choices=inloop_links.service_choices(socialmap))),
        inloop_stats=InloopStatsService(db, log),
        socialmap=socialmap,
        referrals=ReferralService(db, log),
        households=HouseholdService(db, log),
        household_prints=HouseholdPrintService(db, log),
        contacts=ContactService(db, log),
        consent=ConsentService(db, log),
        signals=SignalService(db, log),
        follow_up=FollowUpService(db, log),
        outreach=OutreachService(db, log),
        retention=RetentionService(db, log),
    )


# ask_password(server, refused) -> (password, remember) or None when the user cancels
AskPassword = Callable[[str, bool], "tuple[str, bool] | None"]
PASSWORD_ATTEMPTS = 3


def open_server(database_url: str, ask_password: AskPassword | None = None) -> Database:
    """Connect to PostgreSQL with the password in the URL, else the one in the keyring,
    else (GUI) the one the user types; a typed password is kept in the keyring only when
    the user asks and the server accepted it. Raises ServerPasswordError after the user
    cancels or after three refusals."""
    url = make_url(database_url)
    entry = f"{url.username}@{url.host}/{url.database}"
    password = None if url.password else secrets.server_password(entry)
    typed = remember = False
    attempts = 0
    while True:
        try:
            db = Database.open_url(url, password=password)
        except ServerPasswordError:
            if ask_password is None or url.password or attempts == PASSWORD_ATTEMPTS:
                raise
            # refused: a password (stored or typed) was tried and the server said no
            answer = ask_password(entry, password is not None)
            if answer is None:
                raise
            (password, remember), typed = answer, True
            attempts += 1
            continue
        if typed and remember and password:
            secrets.store_server_password(entry, password)
        return db


def open_database(
    paths: Paths,
    database_url: str | None = None,
    ask_key: Callable[[bool], str | None] | None = None,
    *,
    migrate: bool = True,
    ask_password: AskPassword | None = None,
) -> Database:
    """Open the configured database, creating an encrypted one on first start.

    ``ask_key(new)`` is the GUI's passphrase dialog, used only when neither
    WIJKTEAM_DESK_DB_KEY nor a usable keyring gives a key; ``ask_password`` the GUI's
    server password dialog (see open_server). Raises MissingKeyError, WrongKeyError,
    NewerDatabaseError, ServerPasswordError or ServerUnreachableError with nothing
    changed.
    """
    if database_url:
        db = open_server(database_url, ask_password)
    else:
        paths.ensure()
        store = secrets.KeyStore(str(paths.database), ask=ask_key)
        exists = paths.database.exists() and paths.database.stat().st_size > 0
        key = store.existing_key() if exists else store.new_key()
        if not key:
            raise MissingKeyError()
        db = Database.open_sqlite(paths.database, key, create=not exists)
    if migrate:
        try:
            migrations.upgrade(db, paths.backups if db.is_sqlite else None)
        except BaseException:
            db.dispose()
            raise
    return db
