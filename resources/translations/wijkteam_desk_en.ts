<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
    <context>
        <name>App</name>
        <message>
            <source>server {0}/{1}</source>
            <translation>server {0}/{1}</translation>
        </message>
        <message>
            <source>Wijkteam Desk kan niet starten</source>
            <translation>Wijkteam Desk cannot start</translation>
        </message>
        <message>
            <source>De dagelijkse back-up is niet gelukt ({0}).</source>
            <translation>The daily backup failed ({0}).</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Tijdstip</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Gebruiker</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Handeling</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>BeheerSection</name>
        <message>
            <source>&amp;Gebruikers</source>
            <translation>&amp;Users</translation>
        </message>
        <message>
            <source>&amp;Teams</source>
            <translation>&amp;Teams</translation>
        </message>
        <message>
            <source>&amp;Locaties</source>
            <translation>&amp;Locations</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Wachtwoord wijzigen</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>Kies nu een eigen wachtwoord van minstens 10 tekens. Het wachtwoord dat u van de beheerder kreeg, werkt daarna niet meer.</source>
            <translation>Now choose your own password of at least 10 characters. The password you received from the administrator will then stop working.</translation>
        </message>
        <message>
            <source>&amp;Huidig wachtwoord:</source>
            <translation>&amp;Current password:</translation>
        </message>
        <message>
            <source>&amp;Nieuw wachtwoord:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <source>&amp;Herhaal nieuw wachtwoord:</source>
            <translation>&amp;Repeat new password:</translation>
        </message>
        <message>
            <source>De twee wachtwoorden zijn niet gelijk.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Er ging iets mis</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>Er is een fout in Wijkteam Desk opgetreden. Wat u al had opgeslagen is bewaard. Kopieer het foutrapport hieronder en stuur het naar de beheerder. Het rapport bevat geen persoonsgegevens.</source>
            <translation>An error occurred in Wijkteam Desk. What you had already saved is kept. Copy the error report below and send it to the administrator. The report contains no personal data.</translation>
        </message>
        <message>
            <source>Foutrapport</source>
            <translation>Error report</translation>
        </message>
        <message>
            <source>&amp;Kopiëren</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>Gekopieerd</source>
            <translation>Copied</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>Eerste start – beheerder aanmaken</source>
            <translation>First start – create the administrator</translation>
        </message>
        <message>
            <source>Welkom bij Wijkteam Desk. Deze database is nog leeg. Maak eerst het account van de beheerder aan; de beheerder voegt daarna de andere gebruikers toe.</source>
            <translation>Welcome to Wijkteam Desk. This database is still empty. First create the administrator account; the administrator then adds the other users.</translation>
        </message>
        <message>
            <source>&amp;Naam:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Gebruikersnaam:</source>
            <translation>&amp;Username:</translation>
        </message>
        <message>
            <source>&amp;Wachtwoord:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Herhaal wachtwoord:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
        <message>
            <source>De twee wachtwoorden zijn niet gelijk.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>LocationDialog</name>
        <message>
            <source>Nieuwe locatie</source>
            <translation>New location</translation>
        </message>
        <message>
            <source>Locatie wijzigen</source>
            <translation>Edit location</translation>
        </message>
        <message>
            <source>&amp;Naam:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Soort:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>(geen team)</source>
            <translation>(no team)</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>&amp;Team:</translation>
        </message>
        <message>
            <source>&amp;Adres:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <source>Letter(s) voor de volgnummers van de inloop, bijv. B</source>
            <translation>Letter(s) for the walk-in ticket numbers, e.g. B</translation>
        </message>
        <message>
            <source>&amp;Letter volgnummers:</source>
            <translation>&amp;Ticket letter:</translation>
        </message>
    </context>
    <context>
        <name>LocationsModel</name>
        <message>
            <source>Buurtkamer</source>
            <translation>Neighbourhood room</translation>
        </message>
        <message>
            <source>Dorpskamer</source>
            <translation>Village room</translation>
        </message>
        <message>
            <source>Kantoor</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>LocationsTab</name>
        <message>
            <source>Locaties</source>
            <translation>Locations</translation>
        </message>
        <message>
            <source>&amp;Nieuwe locatie</source>
            <translation>&amp;New location</translation>
        </message>
        <message>
            <source>&amp;Wijzigen</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Deactiveren</source>
            <translation>&amp;Deactivate</translation>
        </message>
        <message>
            <source>&amp;Activeren</source>
            <translation>&amp;Activate</translation>
        </message>
    </context>
    <context>
        <name>LockWindow</name>
        <message>
            <source>Wijkteam Desk – vergrendeld</source>
            <translation>Wijkteam Desk – locked</translation>
        </message>
        <message>
            <source>Het scherm is vergrendeld</source>
            <translation>The screen is locked</translation>
        </message>
        <message>
            <source>In gebruik door {0} ({1}). Geef uw wachtwoord om verder te werken.</source>
            <translation>In use by {0} ({1}). Enter your password to continue.</translation>
        </message>
        <message>
            <source>Wachtwoord</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>&amp;Wachtwoord:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Ontgrendelen</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>&amp;Andere gebruiker</source>
            <translation>&amp;Other user</translation>
        </message>
        <message>
            <source>Log in als andere gebruiker. Het open werk van {0} wordt bewaard en niet getoond.</source>
            <translation>Log in as another user. The open work of {0} is kept and not shown.</translation>
        </message>
        <message>
            <source>Gebruikersnaam</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>&amp;Gebruikersnaam:</source>
            <translation>&amp;Username:</translation>
        </message>
        <message>
            <source>Wa&amp;chtwoord:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <source>&amp;Inloggen</source>
            <translation>&amp;Log in</translation>
        </message>
        <message>
            <source>&amp;Terug</source>
            <translation>&amp;Back</translation>
        </message>
    </context>
    <context>
        <name>LogboekSection</name>
        <message>
            <source>Logboek</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>&amp;Vernieuwen</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Controleer logboek</source>
            <translation>&amp;Verify audit log</translation>
        </message>
        <message>
            <source>Het logboek is in orde: {0} regels gecontroleerd, niets gewijzigd of verwijderd.</source>
            <translation>The audit log is in order: {0} entries checked, nothing altered or removed.</translation>
        </message>
        <message>
            <source>Het logboek klopt niet:</source>
            <translation>The audit log is not intact:</translation>
        </message>
    </context>
    <context>
        <name>LoginWindow</name>
        <message>
            <source>Wijkteam Desk – inloggen</source>
            <translation>Wijkteam Desk – log in</translation>
        </message>
        <message>
            <source>Wijkteam Desk</source>
            <translation>Wijkteam Desk</translation>
        </message>
        <message>
            <source>Log in met uw gebruikersnaam en wachtwoord.</source>
            <translation>Log in with your username and password.</translation>
        </message>
        <message>
            <source>Gebruikersnaam</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>Wachtwoord</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>&amp;Gebruikersnaam:</source>
            <translation>&amp;Username:</translation>
        </message>
        <message>
            <source>&amp;Wachtwoord:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>De database wordt geopend…</source>
            <translation>Opening the database…</translation>
        </message>
        <message>
            <source>&amp;Inloggen</source>
            <translation>&amp;Log in</translation>
        </message>
        <message>
            <source>Dit is een demodatabase met fictieve gegevens. Demo-accounts: {0}. Wachtwoord: {1}</source>
            <translation>This is a demo database with fictitious data. Demo accounts: {0}. Password: {1}</translation>
        </message>
        <message>
            <source>Vul uw gebruikersnaam in.</source>
            <translation>Enter your username.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Wijkteam Desk – {0}</source>
            <translation>Wijkteam Desk – {0}</translation>
        </message>
        <message>
            <source>Onderdelen</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Welkom, {0}. Voor uw rol zijn in deze versie nog geen onderdelen beschikbaar. Via het menu Account kunt u uw wachtwoord wijzigen of afmelden.</source>
            <translation>Welcome, {0}. No sections are available for your role in this version yet. Use the Account menu to change your password or log out.</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>&amp;Account</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>&amp;Wachtwoord wijzigen…</source>
            <translation>Change &amp;password…</translation>
        </message>
        <message>
            <source>&amp;Vergrendelen</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>&amp;Afmelden</source>
            <translation>Log &amp;out</translation>
        </message>
        <message>
            <source>Ingelogd: {0} ({1})</source>
            <translation>Logged in: {0} ({1})</translation>
        </message>
        <message>
            <source>Database: {0}</source>
            <translation>Database: {0}</translation>
        </message>
        <message>
            <source>Uw wachtwoord is gewijzigd.</source>
            <translation>Your password has been changed.</translation>
        </message>
    </context>
    <context>
        <name>Meldingen</name>
        <message>
            <source>Probeer het over 1 minuut opnieuw.</source>
            <translation>Try again in 1 minute.</translation>
        </message>
        <message>
            <source>Probeer het over {0} minuten opnieuw.</source>
            <translation>Try again in {0} minutes.</translation>
        </message>
        <message>
            <source>Wijkteam Desk</source>
            <translation>Wijkteam Desk</translation>
        </message>
        <message>
            <source>De database kan niet worden geopend: de sleutel klopt niet. Controleer de wachtzin of vraag de beheerder om hulp. Er is niets gewijzigd.</source>
            <translation>The database cannot be opened: the key is wrong. Check the passphrase or ask the administrator for help. Nothing has been changed.</translation>
        </message>
        <message>
            <source>Er is geen sleutel voor de database gevonden. Er is geen bruikbare sleutelbos (keyring) op deze computer; geef de sleutel op in de omgevingsvariabele WIJKTEAM_DESK_DB_KEY.</source>
            <translation>No key for the database was found. This computer has no usable keyring; give the key in the environment variable WIJKTEAM_DESK_DB_KEY.</translation>
        </message>
        <message>
            <source>De database is even bezet door een ander programma of venster. Probeer het over een paar seconden opnieuw.</source>
            <translation>The database is busy with another program or window. Try again in a few seconds.</translation>
        </message>
        <message>
            <source>De schijf is vol. Maak ruimte vrij en probeer het opnieuw; wat u net opsloeg is niet bewaard.</source>
            <translation>The disk is full. Free some space and try again; what you just saved has not been stored.</translation>
        </message>
        <message>
            <source>De databaseserver is niet bereikbaar. Controleer de netwerkverbinding of neem contact op met de beheerder.</source>
            <translation>The database server cannot be reached. Check the network connection or contact the administrator.</translation>
        </message>
        <message>
            <source>Deze database is gemaakt door een nieuwere versie van Wijkteam Desk. Installeer de nieuwste versie van het programma; er is niets gewijzigd.</source>
            <translation>This database was made by a newer version of Wijkteam Desk. Install the latest version of the program; nothing has been changed.</translation>
        </message>
        <message>
            <source>Dit bestand is geen database van Wijkteam Desk, of het is beschadigd.</source>
            <translation>This file is not a Wijkteam Desk database, or it is damaged.</translation>
        </message>
        <message>
            <source>U hebt geen toestemming voor deze handeling.</source>
            <translation>You are not permitted to do this.</translation>
        </message>
        <message>
            <source>Gebruikersnaam of wachtwoord onjuist.</source>
            <translation>Incorrect username or password.</translation>
        </message>
        <message>
            <source>Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen.</source>
            <translation>This account is temporarily locked after too many failed attempts.</translation>
        </message>
        <message>
            <source>Het gevraagde gegeven bestaat niet (meer).</source>
            <translation>The requested record does not exist (any more).</translation>
        </message>
        <message>
            <source>Een collega heeft dit gegeven intussen gewijzigd. Uw wijzigingen zijn niet opgeslagen maar blijven in het venster staan; vergelijk en probeer opnieuw.</source>
            <translation>A colleague has changed this record meanwhile. Your changes have not been saved but stay in the window; compare and try again.</translation>
        </message>
        <message>
            <source>Vrijwilliger</source>
            <translation>Volunteer</translation>
        </message>
        <message>
            <source>Sociaal werker</source>
            <translation>Social worker</translation>
        </message>
        <message>
            <source>Teamleider</source>
            <translation>Team leader</translation>
        </message>
        <message>
            <source>Beheerder</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Kies een wachtwoord van minstens 10 tekens.</source>
            <translation>Choose a password of at least 10 characters.</translation>
        </message>
        <message>
            <source>Een wachtwoord mag niet met een spatie beginnen of eindigen.</source>
            <translation>A password may not begin or end with a space.</translation>
        </message>
        <message>
            <source>Het nieuwe wachtwoord moet anders zijn dan het oude.</source>
            <translation>The new password must differ from the old one.</translation>
        </message>
        <message>
            <source>Een gebruikersnaam heeft 3 tot 64 tekens: letters, cijfers, punt, streepje of liggend streepje.</source>
            <translation>A username has 3 to 64 characters: letters, digits, full stop, hyphen or underscore.</translation>
        </message>
        <message>
            <source>Vul de naam in.</source>
            <translation>Enter the name.</translation>
        </message>
        <message>
            <source>De naam is te lang (hoogstens 150 tekens).</source>
            <translation>The name is too long (at most 150 characters).</translation>
        </message>
        <message>
            <source>Kies minstens één rol.</source>
            <translation>Choose at least one role.</translation>
        </message>
        <message>
            <source>De letter voor volgnummers bestaat uit 1 tot 3 hoofdletters, bijv. B.</source>
            <translation>The ticket letter consists of 1 to 3 capital letters, e.g. B.</translation>
        </message>
        <message>
            <source>Kies het soort locatie.</source>
            <translation>Choose the type of location.</translation>
        </message>
        <message>
            <source>De naam is te lang.</source>
            <translation>The name is too long.</translation>
        </message>
        <message>
            <source>Deze gebruikersnaam is al in gebruik.</source>
            <translation>This username is already taken.</translation>
        </message>
        <message>
            <source>Deze naam is al in gebruik.</source>
            <translation>This name is already taken.</translation>
        </message>
        <message>
            <source>Dit team bestaat niet (meer).</source>
            <translation>This team does not exist (any more).</translation>
        </message>
        <message>
            <source>Er moet minstens één actieve beheerder blijven.</source>
            <translation>At least one active administrator must remain.</translation>
        </message>
        <message>
            <source>Het huidige wachtwoord klopt niet.</source>
            <translation>The current password is wrong.</translation>
        </message>
        <message>
            <source>Deze database bevat al echte gegevens; demogegevens worden alleen in een lege database gezet. Kies een andere map met --data-dir.</source>
            <translation>This database already contains real data; demo data is only put into an empty database. Choose another folder with --data-dir.</translation>
        </message>
        <message>
            <source>Back-ups maken en terugzetten kan hier alleen voor de lokale database. Een PostgreSQL-database wordt op de server geback-upt (pg_dump).</source>
            <translation>Making and restoring backups is only possible here for the local database. A PostgreSQL database is backed up on the server (pg_dump).</translation>
        </message>
        <message>
            <source>Het back-upbestand bestaat niet.</source>
            <translation>The backup file does not exist.</translation>
        </message>
        <message>
            <source>Kies een jaar tussen 2000 en 2100.</source>
            <translation>Choose a year between 2000 and 2100.</translation>
        </message>
        <message>
            <source>Het kwartaal moet 1, 2, 3 of 4 zijn.</source>
            <translation>The quarter must be 1, 2, 3 or 4.</translation>
        </message>
        <message>
            <source>De einddatum ligt vóór de begindatum.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <source>Kies data tussen 2000 en 2100.</source>
            <translation>Choose dates between 2000 and 2100.</translation>
        </message>
        <message>
            <source>Cijfers tellen…</source>
            <translation>Counting the figures…</translation>
        </message>
        <message>
            <source>Rapport opbouwen…</source>
            <translation>Building the report…</translation>
        </message>
        <message>
            <source>Bestand opslaan…</source>
            <translation>Saving the file…</translation>
        </message>
        <message>
            <source>Klaar.</source>
            <translation>Done.</translation>
        </message>
        <message>
            <source>Kies een periode.</source>
            <translation>Choose a period.</translation>
        </message>
        <message>
            <source>Onbekend rapport.</source>
            <translation>Unknown report.</translation>
        </message>
        <message>
            <source>De drempel moet een geheel getal van 2 tot en met 50 zijn.</source>
            <translation>The threshold must be a whole number from 2 to 50.</translation>
        </message>
        <message>
            <source>Kies xlsx of pdf als formaat.</source>
            <translation>Choose xlsx or pdf as the format.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Wachtzin van de database</source>
            <translation>Database passphrase</translation>
        </message>
        <message>
            <source>Deze computer heeft geen veilige sleutelbos. Kies een wachtzin van minstens 12 tekens om de nieuwe database te versleutelen. Bewaar hem op een veilige plek: zonder deze wachtzin kan niemand de gegevens meer openen, ook de beheerder niet. Hij kan niet worden hersteld.</source>
            <translation>This computer has no secure keyring. Choose a passphrase of at least 12 characters to encrypt the new database. Keep it in a safe place: without this passphrase nobody can open the data any more, not even the administrator. It cannot be recovered.</translation>
        </message>
        <message>
            <source>Geef de wachtzin van de database.</source>
            <translation>Enter the database passphrase.</translation>
        </message>
        <message>
            <source>&amp;Wachtzin:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Herhaal wachtzin:</source>
            <translation>&amp;Repeat passphrase:</translation>
        </message>
        <message>
            <source>Kies een wachtzin van minstens 12 tekens.</source>
            <translation>Choose a passphrase of at least 12 characters.</translation>
        </message>
        <message>
            <source>Vul de wachtzin in.</source>
            <translation>Enter the passphrase.</translation>
        </message>
        <message>
            <source>De twee wachtzinnen zijn niet gelijk.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
    </context>
    <context>
        <name>RecordsTab</name>
        <message>
            <source>Zoeken (Ctrl+F)</source>
            <translation>Search (Ctrl+F)</translation>
        </message>
        <message>
            <source>Zoeken</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>{0} van {1}</source>
            <translation>{0} of {1}</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Wachtwoord opnieuw instellen</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <source>Nieuw startwachtwoord voor {0} ({1}). Bij de volgende keer inloggen kiest {0} zelf een nieuw wachtwoord. Een blokkade na mislukte pogingen vervalt.</source>
            <translation>New initial password for {0} ({1}). At the next login {0} chooses a new password. A lock after failed attempts is lifted.</translation>
        </message>
        <message>
            <source>&amp;Startwachtwoord:</source>
            <translation>&amp;Initial password:</translation>
        </message>
        <message>
            <source>&amp;Herhaal wachtwoord:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
        <message>
            <source>De twee wachtwoorden zijn niet gelijk.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>RowsTableModel</name>
        <message>
            <source>actief</source>
            <translation>active</translation>
        </message>
        <message>
            <source>gedeactiveerd</source>
            <translation>deactivated</translation>
        </message>
    </context>
    <context>
        <name>Secties</name>
        <message>
            <source>Beheer</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Logboek</source>
            <translation>Audit log</translation>
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <source>Bij uw vorige sessie bleef werk open dat nog niet was opgeslagen ({0}). Wilt u het nu terugzetten?</source>
            <translation>Unsaved work was left open in your previous session ({0}). Do you want to restore it now?</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Nieuw team</source>
            <translation>New team</translation>
        </message>
        <message>
            <source>Team wijzigen</source>
            <translation>Edit team</translation>
        </message>
        <message>
            <source>&amp;Naam:</source>
            <translation>&amp;Name:</translation>
        </message>
    </context>
    <context>
        <name>TeamsModel</name>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>TeamsTab</name>
        <message>
            <source>Teams</source>
            <translation>Teams</translation>
        </message>
        <message>
            <source>&amp;Nieuw team</source>
            <translation>&amp;New team</translation>
        </message>
        <message>
            <source>&amp;Wijzigen</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Deactiveren</source>
            <translation>&amp;Deactivate</translation>
        </message>
        <message>
            <source>&amp;Activeren</source>
            <translation>&amp;Activate</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Nieuwe gebruiker</source>
            <translation>New user</translation>
        </message>
        <message>
            <source>Gebruiker wijzigen</source>
            <translation>Edit user</translation>
        </message>
        <message>
            <source>&amp;Naam:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Gebruikersnaam:</source>
            <translation>&amp;Username:</translation>
        </message>
        <message>
            <source>Rollen</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Rollen:</source>
            <translation>Roles:</translation>
        </message>
        <message>
            <source>(geen team)</source>
            <translation>(no team)</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>&amp;Team:</translation>
        </message>
        <message>
            <source>&amp;Startwachtwoord:</source>
            <translation>&amp;Initial password:</translation>
        </message>
        <message>
            <source>&amp;Herhaal wachtwoord:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
        <message>
            <source>De twee wachtwoorden zijn niet gelijk.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <source>geblokkeerd</source>
            <translation>locked</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Gebruikersnaam</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>Rollen</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>UsersTab</name>
        <message>
            <source>Gebruikers</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>&amp;Nieuwe gebruiker</source>
            <translation>&amp;New user</translation>
        </message>
        <message>
            <source>&amp;Wijzigen</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Deactiveren</source>
            <translation>&amp;Deactivate</translation>
        </message>
        <message>
            <source>Wachtwoord &amp;resetten</source>
            <translation>&amp;Reset password</translation>
        </message>
        <message>
            <source>&amp;Activeren</source>
            <translation>&amp;Activate</translation>
        </message>
        <message>
            <source>Het wachtwoord van {0} is opnieuw ingesteld.</source>
            <translation>The password of {0} has been reset.</translation>
        </message>
    </context>
</TS>