<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>Plan vaststellen</source>
            <translation>Agree plan</translation>
        </message>
        <message>
            <source>bijvoorbeeld: getekend, mondeling akkoord</source>
            <translation>for example: signed, agreed verbally</translation>
        </message>
        <message>
            <source>De bewoner is het eens met dit plan.</source>
            <translation>The resident agrees with this plan.</translation>
        </message>
        <message>
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>&amp;Hoe akkoord gegeven</source>
            <translation>&amp;How agreement was given</translation>
        </message>
    </context>
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
        <message>
            <source>&amp;Instellingen</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <source>Lee&amp;fgebieden</source>
            <translation>Li&amp;fe domains</translation>
        </message>
    </context>
    <context>
        <name>BudgetDecisionDialog</name>
        <message>
            <source>Aanvraag goedkeuren</source>
            <translation>Approve request</translation>
        </message>
        <message>
            <source>Aanvraag afwijzen</source>
            <translation>Refuse request</translation>
        </message>
        <message>
            <source>{0}: {1} voor {2} ({3})</source>
            <translation>{0}: {1} for {2} ({3})</translation>
        </message>
        <message>
            <source>&amp;Toelichting:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>&amp;Reden van afwijzing:</source>
            <translation>&amp;Reason for refusal:</translation>
        </message>
        <message>
            <source>&amp;Goedkeuren</source>
            <translation>&amp;Approve</translation>
        </message>
        <message>
            <source>&amp;Afwijzen</source>
            <translation>&amp;Refuse</translation>
        </message>
    </context>
    <context>
        <name>BudgetModel</name>
        <message>
            <source>aangevraagd</source>
            <translation>requested</translation>
        </message>
        <message>
            <source>goedgekeurd</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>afgewezen</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Waarvoor</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Bedrag</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Aangevraagd door</source>
            <translation>Requested by</translation>
        </message>
        <message>
            <source>Besluit</source>
            <translation>Decision</translation>
        </message>
    </context>
    <context>
        <name>BudgetRequestDialog</name>
        <message>
            <source>Nieuwe aanvraag doorpakbudget</source>
            <translation>New request for flexible budget</translation>
        </message>
        <message>
            <source>bijv. wasmachine, borg, reiskosten</source>
            <translation>e.g. washing machine, deposit, travel costs</translation>
        </message>
        <message>
            <source>&amp;Waarvoor:</source>
            <translation>&amp;Purpose:</translation>
        </message>
        <message>
            <source>in euro's, bijv. 350 of 35,50</source>
            <translation>in euros, e.g. 350 or 35,50</translation>
        </message>
        <message>
            <source>&amp;Bedrag (€):</source>
            <translation>&amp;Amount (€):</translation>
        </message>
        <message>
            <source>&amp;Onderbouwing:</source>
            <translation>&amp;Justification:</translation>
        </message>
        <message>
            <source>(geen doel)</source>
            <translation>(no goal)</translation>
        </message>
        <message>
            <source>&amp;Doel uit het plan:</source>
            <translation>&amp;Goal from the plan:</translation>
        </message>
    </context>
    <context>
        <name>BudgetSection</name>
        <message>
            <source>Open aanvragen doorpakbudget</source>
            <translation>Open requests for flexible budget</translation>
        </message>
        <message>
            <source>&amp;Goedkeuren…</source>
            <translation>&amp;Approve…</translation>
        </message>
        <message>
            <source>&amp;Afwijzen…</source>
            <translation>&amp;Refuse…</translation>
        </message>
        <message>
            <source>Open aanvragen van het team</source>
            <translation>Open requests of the team</translation>
        </message>
        <message>
            <source>Totalen van het team</source>
            <translation>Team totals</translation>
        </message>
        <message>
            <source>Van</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Tot en met</source>
            <translation>Up to and including</translation>
        </message>
        <message>
            <source>&amp;Van:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;Tot en met:</source>
            <translation>&amp;Up to and including:</translation>
        </message>
        <message>
            <source>Aangevraagd: {0} ({1}) · goedgekeurd: {2} ({3}) · afgewezen: {4} · nog open: {5}</source>
            <translation>Requested: {0} ({1}) · approved: {2} ({3}) · refused: {4} · still open: {5}</translation>
        </message>
    </context>
    <context>
        <name>BudgetTab</name>
        <message>
            <source>Aanvragen doorpakbudget</source>
            <translation>Requests for flexible budget</translation>
        </message>
        <message>
            <source>&amp;Nieuwe aanvraag…</source>
            <translation>&amp;New request…</translation>
        </message>
        <message>
            <source>De teamleider beslist over een aanvraag.</source>
            <translation>The team leader decides on a request.</translation>
        </message>
        <message>
            <source>Alleen wie bij dit huishouden betrokken is, vraagt doorpakbudget aan.</source>
            <translation>Only those involved with this household request flexible budget.</translation>
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <source>regievoerder</source>
            <translation>case manager</translation>
        </message>
        <message>
            <source>betrokken</source>
            <translation>involved</translation>
        </message>
        <message>
            <source>Regievoerder</source>
            <translation>Case manager</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Aandacht</source>
            <translation>Attention</translation>
        </message>
        <message>
            <source>Laatste contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Mijn rol</source>
            <translation>My role</translation>
        </message>
        <message>
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Geen contact sinds {0} weken</source>
            <translation>No contact for {0} weeks</translation>
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
        <name>CloseDialog</name>
        <message>
            <source>Kies een afsluitreden…</source>
            <translation>Choose a closing reason…</translation>
        </message>
        <message>
            <source>&amp;Afsluitreden:</source>
            <translation>&amp;Reason for closing:</translation>
        </message>
        <message>
            <source>&amp;Toelichting (verplicht bij ‘Andere reden’):</source>
            <translation>&amp;Explanation (required for ‘Other reason’):</translation>
        </message>
        <message>
            <source>Afsluiten</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>ColleagueDialog</name>
        <message>
            <source>bijvoorbeeld jeugdspecialist</source>
            <translation>for example youth specialist</translation>
        </message>
        <message>
            <source>&amp;Collega:</source>
            <translation>&amp;Colleague:</translation>
        </message>
        <message>
            <source>&amp;Taak:</source>
            <translation>&amp;Task:</translation>
        </message>
    </context>
    <context>
        <name>ColleaguesModel</name>
        <message>
            <source>Collega</source>
            <translation>Colleague</translation>
        </message>
        <message>
            <source>Taak</source>
            <translation>Task</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Plan is intussen gewijzigd</source>
            <translation>Plan has been changed meanwhile</translation>
        </message>
        <message>
            <source>een collega</source>
            <translation>a colleague</translation>
        </message>
        <message>
            <source>%1 heeft dit plan opgeslagen nadat u het opende. Hieronder staat wat verschilt. Er is nog niets overschreven.</source>
            <translation>%1 saved this plan after you opened it. The differences are shown below. Nothing has been overwritten yet.</translation>
        </message>
        <message>
            <source>Onderdeel</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Versie van collega</source>
            <translation>Colleague's version</translation>
        </message>
        <message>
            <source>Uw versie</source>
            <translation>Your version</translation>
        </message>
        <message>
            <source>Verschillen</source>
            <translation>Differences</translation>
        </message>
        <message>
            <source>&amp;Mijn versie opslaan</source>
            <translation>&amp;Save my version</translation>
        </message>
        <message>
            <source>Versie van &amp;collega laden</source>
            <translation>Load &amp;colleague's version</translation>
        </message>
        <message>
            <source>&amp;Annuleren</source>
            <translation>&amp;Cancel</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>alleen bij delen en doorverwijzen</source>
            <translation>only for sharing and referring</translation>
        </message>
        <message>
            <source>&amp;gegeven</source>
            <translation>&amp;given</translation>
        </message>
        <message>
            <source>&amp;ingetrokken</source>
            <translation>&amp;withdrawn</translation>
        </message>
        <message>
            <source>Toestemming</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>&amp;Doel:</source>
            <translation>&amp;Purpose:</translation>
        </message>
        <message>
            <source>&amp;Partner:</source>
            <translation>&amp;Partner:</translation>
        </message>
        <message>
            <source>Toestemming:</source>
            <translation>Consent:</translation>
        </message>
        <message>
            <source>Door &amp;bewoner:</source>
            <translation>By &amp;resident:</translation>
        </message>
    </context>
    <context>
        <name>ConsentModel</name>
        <message>
            <source>Doel</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>State</translation>
        </message>
        <message>
            <source>gegeven</source>
            <translation>given</translation>
        </message>
        <message>
            <source>ingetrokken</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>Door bewoner</source>
            <translation>By resident</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Vastgelegd door</source>
            <translation>Recorded by</translation>
        </message>
    </context>
    <context>
        <name>ConsentTab</name>
        <message>
            <source>Toestemmingen per doel</source>
            <translation>Consent per purpose</translation>
        </message>
        <message>
            <source>Toestemming &amp;vastleggen…</source>
            <translation>&amp;Record consent…</translation>
        </message>
        <message>
            <source>&amp;Intrekken…</source>
            <translation>&amp;Withdraw…</translation>
        </message>
        <message>
            <source>Er is nog geen toestemming vastgelegd. Zonder toestemming wordt niets gedeeld of doorverwezen.</source>
            <translation>No consent has been recorded yet. Without consent nothing is shared or referred.</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>(geen sjabloon)</source>
            <translation>(no template)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>(geen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Spatie zet een leefgebied aan of uit</source>
            <translation>Space turns a life domain on or off</translation>
        </message>
        <message>
            <source>Kort verslag, geschreven alsof de bewoner over uw schouder meekijkt.</source>
            <translation>Short report, written as if the resident is reading over your shoulder.</translation>
        </message>
        <message>
            <source>S&amp;jabloon:</source>
            <translation>Te&amp;mplate:</translation>
        </message>
        <message>
            <source>&amp;Soort:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Datum en tijd:</source>
            <translation>&amp;Date and time:</translation>
        </message>
        <message>
            <source>D&amp;uur:</source>
            <translation>D&amp;uration:</translation>
        </message>
        <message>
            <source>&amp;Medewerker:</source>
            <translation>&amp;Worker:</translation>
        </message>
        <message>
            <source>&amp;Tweede medewerker:</source>
            <translation>&amp;Second worker:</translation>
        </message>
        <message>
            <source>&amp;Leefgebieden:</source>
            <translation>&amp;Life domains:</translation>
        </message>
        <message>
            <source>&amp;Verslag:</source>
            <translation>&amp;Report:</translation>
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <source>Datum en tijd</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Medewerker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>Minuten</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Leefgebieden</source>
            <translation>Life domains</translation>
        </message>
        <message>
            <source>Verslag</source>
            <translation>Report</translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <source>Tijdlijn van contactmomenten</source>
            <translation>Timeline of contacts</translation>
        </message>
        <message>
            <source>&amp;Nieuw contactmoment… (Ctrl+N)</source>
            <translation>&amp;New contact… (Ctrl+N)</translation>
        </message>
        <message>
            <source>Filter op soort</source>
            <translation>Filter by kind</translation>
        </message>
        <message>
            <source>Alle soorten</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Filter op medewerker</source>
            <translation>Filter by worker</translation>
        </message>
        <message>
            <source>Filter op leefgebied</source>
            <translation>Filter by life domain</translation>
        </message>
        <message>
            <source>Filter op periode</source>
            <translation>Filter by period</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <source>Alle medewerkers</source>
            <translation>All workers</translation>
        </message>
        <message>
            <source>Alle leefgebieden</source>
            <translation>All life domains</translation>
        </message>
        <message>
            <source>{0} van {1}</source>
            <translation>{0} of {1}</translation>
        </message>
    </context>
    <context>
        <name>CountsModel</name>
        <message>
            <source>Aantal</source>
            <translation>Count</translation>
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
        <name>DossierPrints</name>
        <message>
            <source>Huishoudoverzicht &amp;afdrukken…</source>
            <translation>&amp;Print household summary…</translation>
        </message>
        <message>
            <source>Vertrouwelijk overzicht van dit huishouden als PDF, voor uzelf of de teamleider</source>
            <translation>Confidential overview of this household as PDF, for yourself or the team leader</translation>
        </message>
        <message>
            <source>&amp;Inzage-export (Wat weten we over u)…</source>
            <translation>&amp;Access export (What do we know about you)…</translation>
        </message>
        <message>
            <source>Alles wat we over dit huishouden vastlegden, voor de bewoner: PDF en JSON in één map</source>
            <translation>Everything we recorded about this household, for the resident: PDF and JSON in one folder</translation>
        </message>
        <message>
            <source>&amp;Afdrukken en exporteren</source>
            <translation>&amp;Print and export</translation>
        </message>
        <message>
            <source>Afdrukken en exporteren</source>
            <translation>Print and export</translation>
        </message>
        <message>
            <source>Reden opgeven</source>
            <translation>Give a reason</translation>
        </message>
        <message>
            <source>U bent niet betrokken bij dit huishouden. Geef op waarom u dit afdrukt. De reden komt in het logboek en de teamleider ziet hem.</source>
            <translation>You are not involved with this household. State why you are printing this. The reason goes into the audit log and the team leader sees it.</translation>
        </message>
        <message>
            <source>Verder</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Huishoudoverzicht opslaan</source>
            <translation>Save household summary</translation>
        </message>
        <message>
            <source>PDF-document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Het huishoudoverzicht is opgeslagen als {0}.

Het is vertrouwelijk: bewaar of deel het alleen binnen het team.</source>
            <translation>The household summary was saved as {0}.

It is confidential: keep or share it only within the team.</translation>
        </message>
        <message>
            <source>Map kiezen voor de inzage-export</source>
            <translation>Choose a folder for the access export</translation>
        </message>
        <message>
            <source>De inzage is opgeslagen in {0}:
{1}
{2}

Geef de bewoner beide bestanden.</source>
            <translation>The access export was saved in {0}:
{1}
{2}

Give the resident both files.</translation>
        </message>
        <message>
            <source>Bezig…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <source>Afdrukken</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Opgeslagen</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Het bestand kon niet worden opgeslagen ({0}). Er is niets bewaard. Kies een andere map of maak ruimte vrij en probeer het opnieuw.</source>
            <translation>The file could not be saved ({0}). Nothing was saved. Choose another folder or free up space and try again.</translation>
        </message>
    </context>
    <context>
        <name>DossierWindow</name>
        <message>
            <source>Onderdelen van het dossier</source>
            <translation>Parts of the file</translation>
        </message>
        <message>
            <source>&amp;Overzicht</source>
            <translation>&amp;Overview</translation>
        </message>
        <message>
            <source>&amp;Gezinsleden</source>
            <translation>&amp;Members</translation>
        </message>
        <message>
            <source>&amp;Contactmomenten</source>
            <translation>&amp;Contacts</translation>
        </message>
        <message>
            <source>&amp;Toestemmingen</source>
            <translation>Co&amp;nsent</translation>
        </message>
        <message>
            <source>&amp;Betrokkenen</source>
            <translation>&amp;Involved</translation>
        </message>
        <message>
            <source>Ge&amp;schiedenis</source>
            <translation>&amp;History</translation>
        </message>
        <message>
            <source>&amp;Doorverwijzingen</source>
            <translation>&amp;Referrals</translation>
        </message>
        <message>
            <source>Geanonimiseerd op {0}</source>
            <translation>Anonymised on {0}</translation>
        </message>
        <message>
            <source>Dit dossier is geanonimiseerd na afloop van de bewaartermijn; het kan alleen nog worden ingezien.</source>
            <translation>This file was anonymised after the retention period ended; it can only be viewed.</translation>
        </message>
        <message>
            <source>{0} – {1} – dossier</source>
            <translation>{0} – {1} – file</translation>
        </message>
        <message>
            <source>{0}  ·  {1}  ·  {2}</source>
            <translation>{0}  ·  {1}  ·  {2}</translation>
        </message>
        <message>
            <source>&amp;Plan openen (Ctrl+P)</source>
            <translation>Open &amp;plan (Ctrl+P)</translation>
        </message>
        <message>
            <source>Doorpakbudg&amp;et</source>
            <translation>Flexible budg&amp;et</translation>
        </message>
    </context>
    <context>
        <name>DueModel</name>
        <message>
            <source>Huishouden</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Wijk of dorp</source>
            <translation>Neighbourhood or village</translation>
        </message>
        <message>
            <source>Afgesloten op</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <source>Jaren afgesloten</source>
            <translation>Years closed</translation>
        </message>
        <message>
            <source>Regievoerder</source>
            <translation>Case manager</translation>
        </message>
    </context>
    <context>
        <name>DurationsModel</name>
        <message>
            <source>Tijd</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Aantal</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Mediaan (min:sec)</source>
            <translation>Median (min:sec)</translation>
        </message>
        <message>
            <source>P90 (min:sec)</source>
            <translation>P90 (min:sec)</translation>
        </message>
    </context>
    <context>
        <name>EvaluationDialog</name>
        <message>
            <source>Evaluatie</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>niet gemeten</source>
            <translation>not measured</translation>
        </message>
        <message>
            <source>&amp;Notitie</source>
            <translation>&amp;Note</translation>
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
        <name>FollowUpPage</name>
        <message>
            <source>Aanmeldingen niet opgepakt</source>
            <translation>Registrations not picked up</translation>
        </message>
        <message>
            <source>Acties over de deadline</source>
            <translation>Actions past their deadline</translation>
        </message>
        <message>
            <source>Aanmelding niet opgepakt na (dagen)</source>
            <translation>Registration not picked up after (days)</translation>
        </message>
        <message>
            <source>Actie over de deadline na (dagen)</source>
            <translation>Action past its deadline after (days)</translation>
        </message>
        <message>
            <source>Drempels &amp;opslaan</source>
            <translation>&amp;Save thresholds</translation>
        </message>
        <message>
            <source>&amp;Vernieuwen</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Aanmelding &amp;niet opgepakt na</source>
            <translation>Registration &amp;not picked up after</translation>
        </message>
        <message>
            <source>&amp;Actie over de deadline na</source>
            <translation>&amp;Action past its deadline after</translation>
        </message>
        <message>
            <source>Signalering</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source> dagen</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Aanmeldingen die niemand heeft opgepakt: {0}</source>
            <translation>Registrations nobody picked up: {0}</translation>
        </message>
        <message>
            <source>Acties van het team over de deadline: {0}</source>
            <translation>Team actions past their deadline: {0}</translation>
        </message>
        <message>
            <source>De drempels zijn opgeslagen.</source>
            <translation>The thresholds have been saved.</translation>
        </message>
    </context>
    <context>
        <name>GapDialog</name>
        <message>
            <source>Geen passend aanbod</source>
            <translation>No fitting provision</translation>
        </message>
        <message>
            <source>Was er geen voorziening die past? Schrijf het op: zo ziet de gemeente welke hulp ontbreekt. Geen namen invullen.</source>
            <translation>Was there no service that fits? Write it down: this shows the municipality which help is missing. Do not enter names.</translation>
        </message>
        <message>
            <source>&amp;Onderwerp</source>
            <translation>&amp;Topic</translation>
        </message>
        <message>
            <source>&amp;Wijk of dorp</source>
            <translation>&amp;Neighbourhood or village</translation>
        </message>
        <message>
            <source>&amp;Wat ontbrak er?</source>
            <translation>&amp;What was missing?</translation>
        </message>
    </context>
    <context>
        <name>GapsDialog</name>
        <message>
            <source>Hiaten: geen passend aanbod</source>
            <translation>Gaps: no fitting provision</translation>
        </message>
        <message>
            <source>&amp;Wijk of dorp:</source>
            <translation>&amp;Neighbourhood or village:</translation>
        </message>
        <message>
            <source>Alle wijken en dorpen</source>
            <translation>All neighbourhoods and villages</translation>
        </message>
        <message>
            <source>Hiaten</source>
            <translation>Gaps</translation>
        </message>
    </context>
    <context>
        <name>HeldModel</name>
        <message>
            <source>Huishouden</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Wijk of dorp</source>
            <translation>Neighbourhood or village</translation>
        </message>
        <message>
            <source>Afgesloten op</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <source>Bewaren tot</source>
            <translation>Keep until</translation>
        </message>
        <message>
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Datum en tijd</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Toelichting</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <source>Door</source>
            <translation>By</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>Geschiedenis van het huishouden</source>
            <translation>History of the household</translation>
        </message>
    </context>
    <context>
        <name>HoldDialog</name>
        <message>
            <source>Langer bewaren – {0}</source>
            <translation>Keep longer – {0}</translation>
        </message>
        <message>
            <source>Huishouden {0} ({1}) blijft tot de gekozen datum bewaard en staat tot dan niet op de vernietigingslijst. Schrijf op waarom, bijvoorbeeld een lopende klacht of procedure.</source>
            <translation>Household {0} ({1}) is kept until the chosen date and is not on the destruction list until then. Write down why, for example an ongoing complaint or procedure.</translation>
        </message>
        <message>
            <source>geen wijk</source>
            <translation>no neighbourhood</translation>
        </message>
        <message>
            <source>Bewaren tot</source>
            <translation>Keep until</translation>
        </message>
        <message>
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Bewaren &amp;tot</source>
            <translation>Keep &amp;until</translation>
        </message>
        <message>
            <source>&amp;Reden</source>
            <translation>&amp;Reason</translation>
        </message>
    </context>
    <context>
        <name>HoursEditor</name>
        <message>
            <source>Openingstijd toevoegen</source>
            <translation>Add opening hours</translation>
        </message>
    </context>
    <context>
        <name>HoursLine</name>
        <message>
            <source>ma</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>di</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>wo</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>do</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>vr</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>za</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>zo</source>
            <translation>Sun</translation>
        </message>
        <message>
            <source>Open vanaf</source>
            <translation>Opens at</translation>
        </message>
        <message>
            <source>Tot</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>van</source>
            <translation>from</translation>
        </message>
        <message>
            <source>tot</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Weg</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Deze regel weghalen</source>
            <translation>Remove this line</translation>
        </message>
    </context>
    <context>
        <name>HouseholdDialog</name>
        <message>
            <source>&amp;Naam:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Straat:</source>
            <translation>&amp;Street:</translation>
        </message>
        <message>
            <source>&amp;Huisnummer:</source>
            <translation>&amp;House number:</translation>
        </message>
        <message>
            <source>&amp;Toevoeging:</source>
            <translation>&amp;Addition:</translation>
        </message>
        <message>
            <source>&amp;Postcode:</source>
            <translation>&amp;Postcode:</translation>
        </message>
        <message>
            <source>&amp;Woonplaats:</source>
            <translation>&amp;Town:</translation>
        </message>
        <message>
            <source>Wij&amp;k of dorp:</source>
            <translation>Neighbourhood or &amp;village:</translation>
        </message>
        <message>
            <source>T&amp;elefoon:</source>
            <translation>P&amp;hone:</translation>
        </message>
        <message>
            <source>E-&amp;mail:</source>
            <translation>E-&amp;mail:</translation>
        </message>
        <message>
            <source>T&amp;aal:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>T&amp;olk nodig</source>
            <translation>&amp;Interpreter needed</translation>
        </message>
    </context>
    <context>
        <name>HouseholdsPage</name>
        <message>
            <source>Zoek een huishouden</source>
            <translation>Find a household</translation>
        </message>
        <message>
            <source>Zoek op naam, adres, postcode, telefoon of huishoudnummer (Ctrl+F)</source>
            <translation>Search by name, address, postcode, phone or household number (Ctrl+F)</translation>
        </message>
        <message>
            <source>Mijn huishoudens</source>
            <translation>My households</translation>
        </message>
        <message>
            <source>Zoekresultaten</source>
            <translation>Search results</translation>
        </message>
        <message>
            <source>Welke huishoudens</source>
            <translation>Which households</translation>
        </message>
        <message>
            <source>Mijn eigen huishoudens</source>
            <translation>My own households</translation>
        </message>
        <message>
            <source>Alle huishoudens van het team</source>
            <translation>All of the team's households</translation>
        </message>
        <message>
            <source>Aantal</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>&amp;Openen</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Open het dossier (Enter)</source>
            <translation>Open the file (Enter)</translation>
        </message>
        <message>
            <source>Nieuwe &amp;aanmelding…</source>
            <translation>New &amp;signal…</translation>
        </message>
        <message>
            <source>&amp;Vernieuwen</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Huishoudens van het team</source>
            <translation>The team's households</translation>
        </message>
        <message>
            <source>Zoeken in het team</source>
            <translation>Search in the team</translation>
        </message>
        <message>
            <source>{0} gevonden</source>
            <translation>{0} found</translation>
        </message>
        <message>
            <source>50 of meer gevonden: typ verder</source>
            <translation>50 or more found: keep typing</translation>
        </message>
        <message>
            <source>{0} huishoudens</source>
            <translation>{0} households</translation>
        </message>
        <message>
            <source>U kunt dit dossier niet openen.</source>
            <translation>You cannot open this file.</translation>
        </message>
        <message>
            <source>Dossier openen met reden</source>
            <translation>Open file with a reason</translation>
        </message>
        <message>
            <source>U bent niet betrokken bij huishouden {0} ({1}); regievoerder is {2}. U kunt het dossier alleen lezen nadat u de reden opgeeft. De reden komt in het logboek en de teamleider ziet hem.</source>
            <translation>You are not involved with household {0} ({1}); the case manager is {2}. You can read the file only after stating the reason. The reason goes into the log and the team leader sees it.</translation>
        </message>
        <message>
            <source>nog niemand</source>
            <translation>nobody yet</translation>
        </message>
        <message>
            <source>Openen</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>De aanmelding is doorgegeven aan de teamleider.</source>
            <translation>The signal has been passed to the team leader.</translation>
        </message>
    </context>
    <context>
        <name>Huishoudens</name>
        <message>
            <source>Huishouden afsluiten – {0}</source>
            <translation>Close household – {0}</translation>
        </message>
        <message>
            <source>Betrokken collega toevoegen</source>
            <translation>Add involved colleague</translation>
        </message>
        <message>
            <source>Toestemming vastleggen</source>
            <translation>Record consent</translation>
        </message>
        <message>
            <source>Toestemming intrekken</source>
            <translation>Withdraw consent</translation>
        </message>
        <message>
            <source>Nieuw contactmoment – {0}</source>
            <translation>New contact – {0}</translation>
        </message>
        <message>
            <source>Wilt u de nieuwste gegevens laden? Wat u hier hebt ingevuld blijft staan; daarna kunt u opnieuw opslaan.</source>
            <translation>Do you want to load the newest data? What you entered here stays; then you can save again.</translation>
        </message>
        <message>
            <source>Gegevens huishouden wijzigen</source>
            <translation>Change household details</translation>
        </message>
        <message>
            <source>Gezinslid toevoegen</source>
            <translation>Add member</translation>
        </message>
        <message>
            <source>Gezinslid wijzigen</source>
            <translation>Change member</translation>
        </message>
        <message>
            <source>Betrokken partner toevoegen</source>
            <translation>Add involved partner</translation>
        </message>
        <message>
            <source>Regievoerder wijzigen</source>
            <translation>Change case manager</translation>
        </message>
        <message>
            <source>Nieuwe aanmelding</source>
            <translation>New signal</translation>
        </message>
        <message>
            <source>Aanmelding beoordelen</source>
            <translation>Assess signal</translation>
        </message>
        <message>
            <source>Status: {0}</source>
            <translation>Status: {0}</translation>
        </message>
        <message>
            <source>(niemand)</source>
            <translation>(nobody)</translation>
        </message>
        <message>
            <source>Regie: {0} → {1}</source>
            <translation>Case management: {0} → {1}</translation>
        </message>
        <message>
            <source>Regie: {0}</source>
            <translation>Case management: {0}</translation>
        </message>
        <message>
            <source>gegeven</source>
            <translation>given</translation>
        </message>
        <message>
            <source>ingetrokken</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>Toestemming {0}: {1}</source>
            <translation>Consent {0}: {1}</translation>
        </message>
        <message>
            <source>niet vastgelegd</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <source>U bent betrokken bij dit huishouden.</source>
            <translation>You are involved with this household.</translation>
        </message>
        <message>
            <source>U leest als teamleider van het team.</source>
            <translation>You read as team leader of the team.</translation>
        </message>
        <message>
            <source>Alleen lezen: u hebt dit dossier geopend met een reden.</source>
            <translation>Read only: you opened this file with a reason.</translation>
        </message>
    </context>
    <context>
        <name>InloopPage</name>
        <message>
            <source>Wachtrij</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>Volgende roepen</source>
            <translation>Call next</translation>
        </message>
        <message>
            <source>Geselecteerde roepen</source>
            <translation>Call selected</translation>
        </message>
        <message>
            <source>In gesprek</source>
            <translation>In conversation</translation>
        </message>
        <message>
            <source>Afronden…</source>
            <translation>Finish…</translation>
        </message>
        <message>
            <source>Vertrokken</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>Opnieuw roepen</source>
            <translation>Call again</translation>
        </message>
        <message>
            <source>Bekend?</source>
            <translation>Known?</translation>
        </message>
        <message>
            <source>Nagaan of het huishouden bekend is</source>
            <translation>Check whether the household is known</translation>
        </message>
        <message>
            <source>Wachtend: {0} · afgerond vandaag: {1} · vertrokken: {2}</source>
            <translation>Waiting: {0} · finished today: {1} · left: {2}</translation>
        </message>
        <message>
            <source>SPOED wacht: {0}</source>
            <translation>URGENT waiting: {0}</translation>
        </message>
        <message>
            <source>Aangemeld: volgnummer {0}</source>
            <translation>Registered: ticket {0}</translation>
        </message>
        <message>
            <source>Er wacht niemand.</source>
            <translation>Nobody is waiting.</translation>
        </message>
        <message>
            <source>Kies eerst een bezoeker in de wachtrij.</source>
            <translation>First choose a visitor in the queue.</translation>
        </message>
        <message>
            <source>{0} is overgedragen aan het wijkteam.</source>
            <translation>{0} has been handed over to the neighbourhood team.</translation>
        </message>
        <message>
            <source>Ja: er is een huishouden met deze naam en postcode bekend. Draag de bezoeker over aan het wijkteam.</source>
            <translation>Yes: a household with this name and postcode is known. Hand the visitor over to the neighbourhood team.</translation>
        </message>
        <message>
            <source>Nee: er is geen huishouden met deze naam en postcode bekend.</source>
            <translation>No: no household with this name and postcode is known.</translation>
        </message>
    </context>
    <context>
        <name>InloopStatsDialog</name>
        <message>
            <source>Statistieken inloop</source>
            <translation>Walk-in statistics</translation>
        </message>
        <message>
            <source>Alle locaties</source>
            <translation>All locations</translation>
        </message>
        <message>
            <source>&amp;Berekenen</source>
            <translation>&amp;Calculate</translation>
        </message>
        <message>
            <source>Locatie</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Dagdeel</source>
            <translation>Part of day</translation>
        </message>
        <message>
            <source>Onderwerp</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Uitkomst</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>&amp;Locatie</source>
            <translation>&amp;Location</translation>
        </message>
        <message>
            <source>&amp;Van</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>&amp;Tot en met</source>
            <translation>&amp;Up to and including</translation>
        </message>
        <message>
            <source>Bezoeken per locatie</source>
            <translation>Visits per location</translation>
        </message>
        <message>
            <source>Bezoeken per dagdeel</source>
            <translation>Visits per part of day</translation>
        </message>
        <message>
            <source>Bezoeken per onderwerp</source>
            <translation>Visits per topic</translation>
        </message>
        <message>
            <source>Uitkomsten</source>
            <translation>Outcomes</translation>
        </message>
        <message>
            <source>Wachttijd en gesprekstijd</source>
            <translation>Waiting time and service time</translation>
        </message>
        <message>
            <source>Bezig met tellen…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>Het tellen is mislukt.</source>
            <translation>Counting failed.</translation>
        </message>
        <message>
            <source>ochtend</source>
            <translation>morning</translation>
        </message>
        <message>
            <source>middag</source>
            <translation>afternoon</translation>
        </message>
        <message>
            <source>avond</source>
            <translation>evening</translation>
        </message>
        <message>
            <source>{0} t/m {1}, {2}: {3} bezoeken, waarvan {4} met spoed; {5} vertrokken zonder gesprek.</source>
            <translation>{0} to {1}, {2}: {3} visits, {4} of them urgent; {5} left without a conversation.</translation>
        </message>
        <message>
            <source>Vertrokken (niet verschenen)</source>
            <translation>Left (no-show)</translation>
        </message>
        <message>
            <source>Wachttijd</source>
            <translation>Waiting time</translation>
        </message>
        <message>
            <source>Gesprekstijd</source>
            <translation>Service time</translation>
        </message>
    </context>
    <context>
        <name>InvolvedTab</name>
        <message>
            <source>Betrokken collega's</source>
            <translation>Involved colleagues</translation>
        </message>
        <message>
            <source>Betrokken partners</source>
            <translation>Involved partners</translation>
        </message>
        <message>
            <source>Collega &amp;toevoegen…</source>
            <translation>&amp;Add colleague…</translation>
        </message>
        <message>
            <source>Collega &amp;verwijderen</source>
            <translation>&amp;Remove colleague</translation>
        </message>
        <message>
            <source>&amp;Partner toevoegen…</source>
            <translation>Add &amp;partner…</translation>
        </message>
        <message>
            <source>Partner v&amp;erwijderen</source>
            <translation>R&amp;emove partner</translation>
        </message>
        <message>
            <source>Collega's</source>
            <translation>Colleagues</translation>
        </message>
        <message>
            <source>Partners (buiten het wijkteam)</source>
            <translation>Partners (outside the team)</translation>
        </message>
        <message>
            <source>{0} is niet meer betrokken?</source>
            <translation>{0} is no longer involved?</translation>
        </message>
    </context>
    <context>
        <name>LeefgebiedDialog</name>
        <message>
            <source>Nieuw leefgebied</source>
            <translation>New life domain</translation>
        </message>
        <message>
            <source>Leefgebied wijzigen</source>
            <translation>Edit life domain</translation>
        </message>
        <message>
            <source>&amp;Naam:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Toelichting:</source>
            <translation>&amp;Explanation:</translation>
        </message>
        <message>
            <source>Geen</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Onder welk subdomein contacten en doelen op dit leefgebied meetellen in de kwartaalrapportage.</source>
            <translation>The subdomain under which contacts and goals in this life domain count in the quarterly report.</translation>
        </message>
        <message>
            <source>&amp;Subdomein:</source>
            <translation>&amp;Subdomain:</translation>
        </message>
    </context>
    <context>
        <name>LeefgebiedenModel</name>
        <message>
            <source>Volgorde</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Subdomein</source>
            <translation>Subdomain</translation>
        </message>
        <message>
            <source>geen</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Toelichting</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>buiten gebruik</source>
            <translation>retired</translation>
        </message>
        <message>
            <source>in gebruik</source>
            <translation>in use</translation>
        </message>
    </context>
    <context>
        <name>LeefgebiedenTab</name>
        <message>
            <source>Leefgebieden</source>
            <translation>Life domains</translation>
        </message>
        <message>
            <source>&amp;Nieuw leefgebied</source>
            <translation>&amp;New life domain</translation>
        </message>
        <message>
            <source>&amp;Wijzigen</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>Omh&amp;oog</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Om&amp;laag</source>
            <translation>Move &amp;down</translation>
        </message>
        <message>
            <source>&amp;Buiten gebruik</source>
            <translation>&amp;Retire</translation>
        </message>
        <message>
            <source>Instellingen van het plan</source>
            <translation>Plan settings</translation>
        </message>
        <message>
            <source>&amp;Participatieladder gebruiken in het plan</source>
            <translation>Use the &amp;participation ladder in the plan</translation>
        </message>
        <message>
            <source> weken</source>
            <translation> weeks</translation>
        </message>
        <message>
            <source>Instellingen op&amp;slaan</source>
            <translation>&amp;Save settings</translation>
        </message>
        <message>
            <source>Signaal na zoveel weken zonder vastgesteld pl&amp;an:</source>
            <translation>Signal after this many weeks without an agreed pl&amp;an:</translation>
        </message>
        <message>
            <source>Weer in gebr&amp;uik</source>
            <translation>Bac&amp;k in use</translation>
        </message>
        <message>
            <source>De instellingen van het plan zijn opgeslagen.</source>
            <translation>The plan settings have been saved.</translation>
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
        <message>
            <source>(geen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Straat en huisnummer</source>
            <translation>Street and house number</translation>
        </message>
        <message>
            <source>&amp;Naam</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Organisatie</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>&amp;Adres</source>
            <translation>&amp;Address</translation>
        </message>
        <message>
            <source>&amp;Postcode</source>
            <translation>&amp;Postcode</translation>
        </message>
        <message>
            <source>P&amp;laats</source>
            <translation>P&amp;lace</translation>
        </message>
        <message>
            <source>&amp;Bereikbaarheid</source>
            <translation>&amp;Getting there</translation>
        </message>
        <message>
            <source>Openingstijden</source>
            <translation>Opening hours</translation>
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
        <name>MatchDialog</name>
        <message>
            <source>Bekend huishouden? – {0}</source>
            <translation>Known household? – {0}</translation>
        </message>
        <message>
            <source>Achternaam</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>&amp;Achternaam:</source>
            <translation>&amp;Last name:</translation>
        </message>
        <message>
            <source>&amp;Postcode:</source>
            <translation>&amp;Postcode:</translation>
        </message>
        <message>
            <source>Nagaan</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>U ziet alleen óf er een huishouden met deze naam en postcode bekend is, niet wie of wat.</source>
            <translation>You only see whether a household with this name and postcode is known, not who or what.</translation>
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
            <source>Kies het huishouden waaraan u de aanmelding koppelt.</source>
            <translation>Choose the household to attach the signal to.</translation>
        </message>
        <message>
            <source>Kies wat er met de aanmelding gebeurt.</source>
            <translation>Choose what happens with the signal.</translation>
        </message>
        <message>
            <source>Geboortedatum: vul een bestaande datum in, bijvoorbeeld 31-12-1980.</source>
            <translation>Date of birth: enter an existing date, for example 31-12-1980.</translation>
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
            <source>De databaseserver weigert de verbinding: het wachtwoord ontbreekt of klopt niet. Vraag de beheerder om het wachtwoord van de database.</source>
            <translation>The database server refuses the connection: the password is missing or wrong. Ask the administrator for the database password.</translation>
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
            <source>Huishoudoverzicht</source>
            <translation>Household summary</translation>
        </message>
        <message>
            <source>Huishouden</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Gezinsleden</source>
            <translation>Household members</translation>
        </message>
        <message>
            <source>Geen gezinsleden vastgelegd.</source>
            <translation>No household members recorded.</translation>
        </message>
        <message>
            <source>Betrokken collega's en partners</source>
            <translation>Involved colleagues and partners</translation>
        </message>
        <message>
            <source>Niemand anders betrokken.</source>
            <translation>Nobody else involved.</translation>
        </message>
        <message>
            <source>Toestemmingen (geldend)</source>
            <translation>Consents (current)</translation>
        </message>
        <message>
            <source>Geen toestemmingen vastgelegd.</source>
            <translation>No consents recorded.</translation>
        </message>
        <message>
            <source>Open signalen en aandachtspunten</source>
            <translation>Open signals and points of attention</translation>
        </message>
        <message>
            <source>Geen open signalen of aandachtspunten.</source>
            <translation>No open signals or points of attention.</translation>
        </message>
        <message>
            <source>Recente contactmomenten (zonder verslag)</source>
            <translation>Recent contacts (without report)</translation>
        </message>
        <message>
            <source>Nog geen contactmomenten.</source>
            <translation>No contacts yet.</translation>
        </message>
        <message>
            <source>Doorverwijzingen</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <source>Geen doorverwijzingen.</source>
            <translation>No referrals.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Plan: doelen per leefgebied en laatste scores (ZRM)</source>
            <translation>Plan: goals per life domain and latest scores (ZRM)</translation>
        </message>
        <message>
            <source>Nog geen doelen of scores.</source>
            <translation>No goals or scores yet.</translation>
        </message>
        <message>
            <source>Open acties</source>
            <translation>Open actions</translation>
        </message>
        <message>
            <source>Geen open acties.</source>
            <translation>No open actions.</translation>
        </message>
        <message>
            <source>Vertrouwelijk: alleen voor de regievoerder, betrokken collega's en de teamleider. Het BSN is gemaskeerd; verslagen van contactmomenten staan in het dossier.</source>
            <translation>Confidential: only for the case manager, involved colleagues and the team leader. The BSN is masked; contact reports are in the dossier.</translation>
        </message>
        <message>
            <source>betrokken collega</source>
            <translation>involved colleague</translation>
        </message>
        <message>
            <source>concept</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>vastgesteld</source>
            <translation>agreed</translation>
        </message>
        <message>
            <source>afgesloten</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>Gegeven</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Waarde</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Postcode en woonplaats</source>
            <translation>Postcode and town</translation>
        </message>
        <message>
            <source>Wijk of dorp</source>
            <translation>Neighbourhood or village</translation>
        </message>
        <message>
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Gestart op</source>
            <translation>Started on</translation>
        </message>
        <message>
            <source>Afgesloten op</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <source>Afsluitreden</source>
            <translation>Closing reason</translation>
        </message>
        <message>
            <source>Regievoerder</source>
            <translation>Case manager</translation>
        </message>
        <message>
            <source>Regie bij</source>
            <translation>Coordination by</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Geboren</source>
            <translation>Born</translation>
        </message>
        <message>
            <source>BSN</source>
            <translation>BSN</translation>
        </message>
        <message>
            <source>Organisatie of functie</source>
            <translation>Organisation or function</translation>
        </message>
        <message>
            <source>Rol en telefoon</source>
            <translation>Role and phone</translation>
        </message>
        <message>
            <source>Doel</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Door</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Sinds</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Toelichting</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Medewerker(s)</source>
            <translation>Worker(s)</translation>
        </message>
        <message>
            <source>Minuten</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Leefgebieden</source>
            <translation>Life domains</translation>
        </message>
        <message>
            <source>Voorziening</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Voorgesteld</source>
            <translation>Proposed</translation>
        </message>
        <message>
            <source>Uitkomst</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Signaal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <source>Actie over de deadline</source>
            <translation>Action past its deadline</translation>
        </message>
        <message>
            <source>Nog geen vastgesteld plan</source>
            <translation>No agreed plan yet</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Er is nog geen plan.</source>
            <translation>There is no plan yet.</translation>
        </message>
        <message>
            <source>vastgesteld op</source>
            <translation>agreed on</translation>
        </message>
        <message>
            <source>volgende evaluatie</source>
            <translation>next evaluation</translation>
        </message>
        <message>
            <source>(geen leefgebied)</source>
            <translation>(no life domain)</translation>
        </message>
        <message>
            <source>Leefgebied</source>
            <translation>Life domain</translation>
        </message>
        <message>
            <source>Laatste score</source>
            <translation>Latest score</translation>
        </message>
        <message>
            <source>Doelscore</source>
            <translation>Target score</translation>
        </message>
        <message>
            <source>Doelen</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Actie</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>tolk nodig</source>
            <translation>interpreter needed</translation>
        </message>
        <message>
            <source>nog niet toegewezen</source>
            <translation>not yet assigned</translation>
        </message>
        <message>
            <source>gegeven</source>
            <translation>given</translation>
        </message>
        <message>
            <source>ingetrokken</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>Evaluatie te laat</source>
            <translation>Evaluation overdue</translation>
        </message>
        <message>
            <source>Evaluatie gepland</source>
            <translation>Evaluation planned</translation>
        </message>
        <message>
            <source>verlopen</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>voorgesteld</source>
            <translation>proposed</translation>
        </message>
        <message>
            <source>aangemeld</source>
            <translation>registered</translation>
        </message>
        <message>
            <source>gestart</source>
            <translation>started</translation>
        </message>
        <message>
            <source>afgerond</source>
            <translation>finished</translation>
        </message>
        <message>
            <source>afgewezen</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>niet gestart</source>
            <translation>not started</translation>
        </message>
        <message>
            <source>aangevraagd</source>
            <translation>requested</translation>
        </message>
        <message>
            <source>goedgekeurd</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>direct beantwoord</source>
            <translation>answered directly</translation>
        </message>
        <message>
            <source>doorverwezen</source>
            <translation>referred</translation>
        </message>
        <message>
            <source>afspraak gemaakt</source>
            <translation>appointment made</translation>
        </message>
        <message>
            <source>komt terug</source>
            <translation>will come back</translation>
        </message>
        <message>
            <source>overgedragen aan het wijkteam</source>
            <translation>handed over to the wijkteam</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nee</source>
            <translation>no</translation>
        </message>
        <message>
            <source>om</source>
            <translation>at</translation>
        </message>
        <message>
            <source>Dagoverzicht inloopspreekuur</source>
            <translation>Walk-in day overview</translation>
        </message>
        <message>
            <source>Volgnummers van de dag</source>
            <translation>Tickets of the day</translation>
        </message>
        <message>
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Binnen</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <source>Onderwerp</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Wacht</source>
            <translation>Wait</translation>
        </message>
        <message>
            <source>Gesprek</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>Wachttijd: van aanmelden tot de eerste keer geroepen. Gesprekstijd: van het begin van het gesprek tot afgerond. Mediaan: de middelste waarde. p90: 90% van de bezoekers wachtte (of sprak) niet langer dan deze tijd (nearest rank). '!' = spoed. Dit overzicht bevat geen namen.</source>
            <translation>Waiting time: from registration until first called. Conversation time: from the start of the conversation until finished. Median: the middle value. p90: 90% of visitors waited (or talked) no longer than this (nearest rank). '!' = urgent. This overview contains no names.</translation>
        </message>
        <message>
            <source>Bezoekers</source>
            <translation>Visitors</translation>
        </message>
        <message>
            <source>Spoed</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Vertrokken (niet geholpen)</source>
            <translation>Left (not helped)</translation>
        </message>
        <message>
            <source>Tijd</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Aantal</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Mediaan</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>p90</source>
            <translation>p90</translation>
        </message>
        <message>
            <source>Wachttijd</source>
            <translation>Waiting time</translation>
        </message>
        <message>
            <source>Gesprekstijd</source>
            <translation>Conversation time</translation>
        </message>
        <message>
            <source>Afgedrukt op {when}</source>
            <translation>Printed on {when}</translation>
        </message>
        <message>
            <source>Dagdeel</source>
            <translation>Part of day</translation>
        </message>
        <message>
            <source>Onderwerp (leefgebied)</source>
            <translation>Topic (life domain)</translation>
        </message>
        <message>
            <source>Tolk nodig</source>
            <translation>Interpreter needed</translation>
        </message>
        <message>
            <source>Nummer bij het wijkteam</source>
            <translation>Number at the wijkteam</translation>
        </message>
        <message>
            <source>Stand van uw dossier</source>
            <translation>State of your file</translation>
        </message>
        <message>
            <source>Begonnen op</source>
            <translation>Started on</translation>
        </message>
        <message>
            <source>Gesloten op</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <source>Reden van sluiten</source>
            <translation>Reason for closing</translation>
        </message>
        <message>
            <source> en </source>
            <translation> and </translation>
        </message>
        <message>
            <source>minuten</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>Wat gaat goed</source>
            <translation>What is going well</translation>
        </message>
        <message>
            <source>Wie helpt u al</source>
            <translation>Who already helps you</translation>
        </message>
        <message>
            <source>Wat we opschreven</source>
            <translation>What we wrote down</translation>
        </message>
        <message>
            <source>Geboren op</source>
            <translation>Born on</translation>
        </message>
        <message>
            <source>Telefoon en e-mail</source>
            <translation>Phone and e-mail</translation>
        </message>
        <message>
            <source>Van wie</source>
            <translation>From whom</translation>
        </message>
        <message>
            <source>Wat er gemeld is</source>
            <translation>What was reported</translation>
        </message>
        <message>
            <source>Wat we deden</source>
            <translation>What we did</translation>
        </message>
        <message>
            <source>Waar</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Vraag</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Waarvoor</source>
            <translation>What for</translation>
        </message>
        <message>
            <source>Met wie</source>
            <translation>With whom</translation>
        </message>
        <message>
            <source>Toestemming</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Wat ontbrak</source>
            <translation>What was missing</translation>
        </message>
        <message>
            <source>Aangevraagd op</source>
            <translation>Requested on</translation>
        </message>
        <message>
            <source>Bedrag</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Besluit</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Functie</source>
            <translation>Function</translation>
        </message>
        <message>
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>De regie ligt nu bij</source>
            <translation>Coordination is now with</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>With</translation>
        </message>
        <message>
            <source>U sprak dit plan af op</source>
            <translation>You agreed this plan on</translation>
        </message>
        <message>
            <source>Hoe het nu gaat</source>
            <translation>How it is going now</translation>
        </message>
        <message>
            <source>Cijfers</source>
            <translation>Scores</translation>
        </message>
        <message>
            <source>regievoerder werd</source>
            <translation>became case manager</translation>
        </message>
        <message>
            <source>Onderwerpen</source>
            <translation>Topics</translation>
        </message>
        <message>
            <source>Evaluatie op</source>
            <translation>Evaluation on</translation>
        </message>
        <message>
            <source>Wat weten we over u?</source>
            <translation>What do we know about you?</translation>
        </message>
        <message>
            <source>U wilt weten welke gegevens het wijkteam over u heeft. Dat mag altijd. Dit heet inzage. In dit overzicht staat alles wat wij over uw huishouden hebben opgeschreven.</source>
            <translation>You want to know what information the wijkteam has about you. You may always ask. This is called access. This overview contains everything we wrote down about your household.</translation>
        </message>
        <message>
            <source>Bij dit overzicht hoort een tweede bestand. Het heet {0}. Daarin staan dezelfde gegevens, zodat een computer ze kan lezen. U mag dat bestand bewaren of aan iemand anders geven.</source>
            <translation>This overview comes with a second file. It is called {0}. It holds the same information, so that a computer can read it. You may keep that file or give it to someone else.</translation>
        </message>
        <message>
            <source>Klopt er iets niet? Of hebt u een vraag? Neem dan contact op met uw regievoerder.</source>
            <translation>Is something wrong? Or do you have a question? Then contact your case manager.</translation>
        </message>
        <message>
            <source>Uw huishouden</source>
            <translation>Your household</translation>
        </message>
        <message>
            <source>Wie horen bij uw huishouden</source>
            <translation>Who belongs to your household</translation>
        </message>
        <message>
            <source>Dit zijn de mensen die bij uw huishouden horen. Het BSN is het burgerservicenummer.</source>
            <translation>These are the people who belong to your household. The BSN is the citizen service number.</translation>
        </message>
        <message>
            <source>Wie helpen u</source>
            <translation>Who helps you</translation>
        </message>
        <message>
            <source>Uw regievoerder is {0}. Die houdt het overzicht en is uw vaste contactpersoon.</source>
            <translation>Your case manager is {0}. They keep the overview and are your regular contact.</translation>
        </message>
        <message>
            <source>U hebt nog geen vaste regievoerder.</source>
            <translation>You do not have a regular case manager yet.</translation>
        </message>
        <message>
            <source>Deze collega's van het wijkteam werken ook mee:</source>
            <translation>These colleagues of the wijkteam also work with you:</translation>
        </message>
        <message>
            <source>Deze mensen en organisaties zijn ook betrokken:</source>
            <translation>These people and organisations are also involved:</translation>
        </message>
        <message>
            <source>Hoe u bij ons kwam</source>
            <translation>How you came to us</translation>
        </message>
        <message>
            <source>Iemand meldde zich bij ons over uw huishouden. Dat kunt u zelf zijn geweest, of iemand anders.</source>
            <translation>Someone contacted us about your household. That may have been you, or someone else.</translation>
        </message>
        <message>
            <source>Onze gesprekken en contacten</source>
            <translation>Our conversations and contacts</translation>
        </message>
        <message>
            <source>Na elk gesprek schrijven we kort op wat we bespraken. Hier staat alles wat we opschreven.</source>
            <translation>After each conversation we briefly write down what we discussed. Everything we wrote down is here.</translation>
        </message>
        <message>
            <source>Er is geen verslag geschreven.</source>
            <translation>No report was written.</translation>
        </message>
        <message>
            <source>Uw bezoeken aan de inloop</source>
            <translation>Your visits to the walk-in</translation>
        </message>
        <message>
            <source>Uw toestemming</source>
            <translation>Your consent</translation>
        </message>
        <message>
            <source>U gaf toestemming of u trok die in. Dit hebben we opgeschreven.</source>
            <translation>You gave consent or withdrew it. This is what we wrote down.</translation>
        </message>
        <message>
            <source>Uw plan</source>
            <translation>Your plan</translation>
        </message>
        <message>
            <source>In uw plan staat wat u wilt bereiken en wie wat doet.</source>
            <translation>Your plan says what you want to achieve and who does what.</translation>
        </message>
        <message>
            <source>Hoe gaat het per onderwerp</source>
            <translation>How it is going per topic</translation>
        </message>
        <message>
            <source>Per onderwerp staat hier een cijfer van 1 tot 5. Een 1 betekent grote zorgen. Een 5 betekent dat het goed gaat.</source>
            <translation>Per topic there is a score from 1 to 5. A 1 means serious worries. A 5 means it is going well.</translation>
        </message>
        <message>
            <source>Aantekeningen bij uw plan</source>
            <translation>Notes on your plan</translation>
        </message>
        <message>
            <source>Doorverwijzingen en wat we deelden</source>
            <translation>Referrals and what we shared</translation>
        </message>
        <message>
            <source>Soms helpt een andere organisatie u verder. Dan verwijzen we u door.</source>
            <translation>Sometimes another organisation can help you further. Then we refer you.</translation>
        </message>
        <message>
            <source>We gaven uw gegevens door aan {0}.</source>
            <translation>We passed your details to {0}.</translation>
        </message>
        <message>
            <source>We gaven nog geen gegevens door.</source>
            <translation>We have not passed on any details yet.</translation>
        </message>
        <message>
            <source>Hulp die er niet was</source>
            <translation>Help that was not available</translation>
        </message>
        <message>
            <source>Soms was er geen passende hulp. Dat schreven we op, zodat de gemeente het weet.</source>
            <translation>Sometimes there was no suitable help. We wrote that down, so the municipality knows.</translation>
        </message>
        <message>
            <source>Doorpakbudget</source>
            <translation>Doorpakbudget</translation>
        </message>
        <message>
            <source>Het wijkteam kan soms snel iets betalen om een probleem op te lossen. Dit vroegen we voor u aan.</source>
            <translation>The wijkteam can sometimes pay for something quickly to solve a problem. This is what we requested for you.</translation>
        </message>
        <message>
            <source>Wie heeft uw dossier bekeken</source>
            <translation>Who looked at your file</translation>
        </message>
        <message>
            <source>Elke keer dat iemand uw dossier opent of verandert, schrijven we dat op. U ziet hier wanneer dat was en welke functie die persoon had.</source>
            <translation>Every time someone opens or changes your file, we write it down. Here you see when that was and what function that person had.</translation>
        </message>
        <message>
            <source>Uw rechten</source>
            <translation>Your rights</translation>
        </message>
        <message>
            <source>Klopt er iets niet? Dan mag u vragen om het te verbeteren.</source>
            <translation>Is something wrong? Then you may ask us to correct it.</translation>
        </message>
        <message>
            <source>Wilt u dat we gegevens weggooien? Dan mag u dat vragen. Soms moeten we gegevens wel bewaren. Dan leggen we uit waarom.</source>
            <translation>Do you want us to delete information? Then you may ask. Sometimes we must keep information. Then we explain why.</translation>
        </message>
        <message>
            <source>Bent u het niet eens met wat we met uw gegevens doen? Dan mag u bezwaar maken.</source>
            <translation>Do you disagree with what we do with your information? Then you may object.</translation>
        </message>
        <message>
            <source>Krijgt u geen goed antwoord? Dan mag u een klacht indienen bij de Autoriteit Persoonsgegevens.</source>
            <translation>Do you not get a good answer? Then you may file a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).</translation>
        </message>
        <message>
            <source>Wilt u iets vragen of regelen? Vertel het uw regievoerder of schrijf ons een brief. U krijgt binnen een maand antwoord.</source>
            <translation>Do you want to ask or arrange something? Tell your case manager or write us a letter. You will get an answer within a month.</translation>
        </message>
        <message>
            <source>Hoe lang bewaren we uw gegevens</source>
            <translation>How long we keep your information</translation>
        </message>
        <message>
            <source>We bewaren uw gegevens zolang we u helpen. Daarna bewaren we ze nog {0} jaar. Dan vernietigen we ze.</source>
            <translation>We keep your information as long as we help you. After that we keep it for {0} more years. Then we destroy it.</translation>
        </message>
        <message>
            <source>Uw dossier is gesloten op {0}. We vernietigen het vanaf {1}.</source>
            <translation>Your file was closed on {0}. We destroy it from {1}.</translation>
        </message>
        <message>
            <source>Hierover hebben we niets opgeschreven.</source>
            <translation>We wrote nothing down about this.</translation>
        </message>
        <message>
            <source>Gemaakt op {0}.</source>
            <translation>Made on {0}.</translation>
        </message>
        <message>
            <source>dossier bekeken</source>
            <translation>file viewed</translation>
        </message>
        <message>
            <source>dossier bekeken met een reden</source>
            <translation>file viewed with a reason</translation>
        </message>
        <message>
            <source>BSN bekeken</source>
            <translation>BSN viewed</translation>
        </message>
        <message>
            <source>overzicht afgedrukt</source>
            <translation>summary printed</translation>
        </message>
        <message>
            <source>dit inzage-overzicht gemaakt</source>
            <translation>this access overview made</translation>
        </message>
        <message>
            <source>dossier aangemaakt</source>
            <translation>file created</translation>
        </message>
        <message>
            <source>plan bekeken</source>
            <translation>plan viewed</translation>
        </message>
        <message>
            <source>plan afgedrukt</source>
            <translation>plan printed</translation>
        </message>
        <message>
            <source>gesprek opgeschreven</source>
            <translation>conversation written down</translation>
        </message>
        <message>
            <source>toestemming opgeschreven</source>
            <translation>consent written down</translation>
        </message>
        <message>
            <source>doorverwijzing gemaakt</source>
            <translation>referral made</translation>
        </message>
        <message>
            <source>doorpakbudget aangevraagd</source>
            <translation>doorpakbudget requested</translation>
        </message>
        <message>
            <source>besluit over doorpakbudget</source>
            <translation>decision on doorpakbudget</translation>
        </message>
        <message>
            <source>gegevens vastgelegd of veranderd</source>
            <translation>information recorded or changed</translation>
        </message>
        <message>
            <source>gegevens afgedrukt</source>
            <translation>information printed</translation>
        </message>
        <message>
            <source>gegevens bekeken</source>
            <translation>information viewed</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Ons plan</source>
            <translation>Our plan</translation>
        </message>
        <message>
            <source>Dit is uw plan. U maakte het samen met uw regievoerder. In dit plan staat wat u wilt bereiken. Er staat ook in wie wat doet. En wanneer dat klaar is.</source>
            <translation>This is your plan. You made it together with your case manager. It says what you want to achieve. It also says who does what. And when it will be done.</translation>
        </message>
        <message>
            <source>Dit vullen we samen in bij het volgende gesprek.</source>
            <translation>We will fill this in together at the next meeting.</translation>
        </message>
        <message>
            <source>Deze mensen om u heen helpen al. Dat is belangrijk.</source>
            <translation>These people around you already help. That is important.</translation>
        </message>
        <message>
            <source>Wat wilt u bereiken</source>
            <translation>What do you want to achieve</translation>
        </message>
        <message>
            <source>Dit zijn uw doelen. Bij elk doel staat wat er moet gebeuren.</source>
            <translation>These are your goals. Each goal says what needs to happen.</translation>
        </message>
        <message>
            <source>Dit gaat over</source>
            <translation>This is about</translation>
        </message>
        <message>
            <source>Klaar op</source>
            <translation>Done by</translation>
        </message>
        <message>
            <source>Wat gebeurt er</source>
            <translation>What happens</translation>
        </message>
        <message>
            <source>Wie doet het</source>
            <translation>Who does it</translation>
        </message>
        <message>
            <source>We spreken nog af wat er gebeurt.</source>
            <translation>We will still agree on what happens.</translation>
        </message>
        <message>
            <source>U zelf</source>
            <translation>You</translation>
        </message>
        <message>
            <source>Iemand die u kent</source>
            <translation>Someone you know</translation>
        </message>
        <message>
            <source>uw regievoerder</source>
            <translation>your case manager</translation>
        </message>
        <message>
            <source>collega van het wijkteam</source>
            <translation>colleague from the neighbourhood team</translation>
        </message>
        <message>
            <source>Wanneer praten we weer</source>
            <translation>When do we talk again</translation>
        </message>
        <message>
            <source>We kijken samen hoe het gaat. Dat doen we op</source>
            <translation>We will look together at how things are going. We do that on</translation>
        </message>
        <message>
            <source>We spreken samen een datum af.</source>
            <translation>We will agree on a date together.</translation>
        </message>
        <message>
            <source>Uw regievoerder is</source>
            <translation>Your case manager is</translation>
        </message>
        <message>
            <source>Hebt u een vraag? Bel of mail dan gerust.</source>
            <translation>Do you have a question? Feel free to call or e-mail.</translation>
        </message>
        <message>
            <source>Deze persoon of organisatie helpt u nu verder:</source>
            <translation>This person or organisation now helps you further:</translation>
        </message>
        <message>
            <source>U hebt dit plan afgesproken op</source>
            <translation>You agreed to this plan on</translation>
        </message>
        <message>
            <source>Ik ben het eens met dit plan.</source>
            <translation>I agree with this plan.</translation>
        </message>
        <message>
            <source>Handtekening bewoner</source>
            <translation>Signature resident</translation>
        </message>
        <message>
            <source>Handtekening regievoerder</source>
            <translation>Signature case manager</translation>
        </message>
        <message>
            <source>Gemaakt op</source>
            <translation>Made on</translation>
        </message>
        <message>
            <source>Situatie</source>
            <translation>Situation</translation>
        </message>
        <message>
            <source>Plan (intern)</source>
            <translation>Plan (internal)</translation>
        </message>
        <message>
            <source>VERTROUWELIJK – intern werkdocument</source>
            <translation>CONFIDENTIAL – internal working document</translation>
        </message>
        <message>
            <source>Leefgebieden en scores (ZRM)</source>
            <translation>Life domains and scores (ZRM)</translation>
        </message>
        <message>
            <source>Doelen en acties</source>
            <translation>Goals and actions</translation>
        </message>
        <message>
            <source>Regie-afspraken</source>
            <translation>Coordination agreements</translation>
        </message>
        <message>
            <source> (vervallen)</source>
            <translation> (retired)</translation>
        </message>
        <message>
            <source>Score per leefgebied door de tijd</source>
            <translation>Score per life domain over time</translation>
        </message>
        <message>
            <source>Evaluaties</source>
            <translation>Evaluations</translation>
        </message>
        <message>
            <source>Participatieladder</source>
            <translation>Participation ladder</translation>
        </message>
        <message>
            <source>Werkaantekeningen</source>
            <translation>Working notes</translation>
        </message>
        <message>
            <source>Vastgesteld op</source>
            <translation>Agreed on</translation>
        </message>
        <message>
            <source>trede</source>
            <translation>step</translation>
        </message>
        <message>
            <source>Evaluatiemomenten</source>
            <translation>Evaluation dates</translation>
        </message>
        <message>
            <source>Regie overgedragen aan</source>
            <translation>Coordination handed to</translation>
        </message>
        <message>
            <source>Coördinatie</source>
            <translation>Coordination</translation>
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
            <source>Het bedrag ligt tussen 1 cent en 10.000 euro.</source>
            <translation>The amount lies between 1 cent and 10,000 euros.</translation>
        </message>
        <message>
            <source>Schrijf het bedrag in euro's, bijvoorbeeld 700 of 35,50.</source>
            <translation>Write the amount in euros, for example 700 or 35,50.</translation>
        </message>
        <message>
            <source>Waarvoor is het geld?</source>
            <translation>What is the money for?</translation>
        </message>
        <message>
            <source>Houd het doel van de uitgave kort (200 tekens).</source>
            <translation>Keep the purpose short (200 characters).</translation>
        </message>
        <message>
            <source>Leg kort uit waarom dit nodig is.</source>
            <translation>Briefly explain why this is needed.</translation>
        </message>
        <message>
            <source>Schrijf erbij waarom u het afwijst.</source>
            <translation>Write down why you refuse it.</translation>
        </message>
        <message>
            <source>De einddatum ligt voor de begindatum.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <source>Dit doel staat niet in het plan.</source>
            <translation>This goal is not in the plan.</translation>
        </message>
        <message>
            <source>De bewoner heeft de toestemming hiervoor ingetrokken. Er is niets gedeeld of verstuurd.</source>
            <translation>The resident has withdrawn consent for this. Nothing was shared or sent.</translation>
        </message>
        <message>
            <source>Er is geen toestemming van de bewoner vastgelegd voor dit doel. Leg eerst de toestemming vast; er is niets gedeeld of verstuurd.</source>
            <translation>No consent of the resident is recorded for this purpose. Record the consent first; nothing was shared or sent.</translation>
        </message>
        <message>
            <source>Vul in wie de toestemming geeft of intrekt.</source>
            <translation>Enter who gives or withdraws the consent.</translation>
        </message>
        <message>
            <source>Kies het doel van de toestemming.</source>
            <translation>Choose the purpose of the consent.</translation>
        </message>
        <message>
            <source>Vul de partner in met wie gedeeld wordt.</source>
            <translation>Enter the partner the data is shared with.</translation>
        </message>
        <message>
            <source>De datum ligt in de toekomst.</source>
            <translation>The date lies in the future.</translation>
        </message>
        <message>
            <source>Eerste huisbezoek (met z'n tweeën)</source>
            <translation>First home visit (two workers)</translation>
        </message>
        <message>
            <source>Kennismaking bij de bewoner thuis. Besproken: </source>
            <translation>Introduction at the resident's home. Discussed: </translation>
        </message>
        <message>
            <source>Huisbezoek</source>
            <translation>Home visit</translation>
        </message>
        <message>
            <source>Bij u thuis gesproken over: </source>
            <translation>Talked at your home about: </translation>
        </message>
        <message>
            <source>Telefonisch contact</source>
            <translation>Phone call</translation>
        </message>
        <message>
            <source>Telefonisch gesproken over: </source>
            <translation>Talked on the phone about: </translation>
        </message>
        <message>
            <source>Post en geldzaken doorgenomen</source>
            <translation>Went through post and finances</translation>
        </message>
        <message>
            <source>Samen de post en rekeningen doorgenomen. Afgesproken: </source>
            <translation>Went through the post and bills together. Agreed: </translation>
        </message>
        <message>
            <source>Overleg met partner</source>
            <translation>Consultation with partner</translation>
        </message>
        <message>
            <source>Met uw toestemming overlegd met: </source>
            <translation>With your consent consulted: </translation>
        </message>
        <message>
            <source>Gesprek in de buurtkamer</source>
            <translation>Conversation in the neighbourhood room</translation>
        </message>
        <message>
            <source>In de buurtkamer gesproken over: </source>
            <translation>Talked in the neighbourhood room about: </translation>
        </message>
        <message>
            <source>Kies de leefgebieden uit de lijst.</source>
            <translation>Choose the life domains from the list.</translation>
        </message>
        <message>
            <source>Vul een geldige datum en tijd in.</source>
            <translation>Enter a valid date and time.</translation>
        </message>
        <message>
            <source>Een contactmoment kan niet in de toekomst liggen.</source>
            <translation>A contact cannot lie in the future.</translation>
        </message>
        <message>
            <source>Kies het soort contact.</source>
            <translation>Choose the kind of contact.</translation>
        </message>
        <message>
            <source>Duur: vul het aantal minuten in (1 tot 1440).</source>
            <translation>Duration: enter the number of minutes (1 to 1440).</translation>
        </message>
        <message>
            <source>Kies als tweede medewerker iemand anders.</source>
            <translation>Choose someone else as the second worker.</translation>
        </message>
        <message>
            <source>Kies een medewerker van dit team.</source>
            <translation>Choose a worker of this team.</translation>
        </message>
        <message>
            <source>Eerste contact</source>
            <translation>First contact</translation>
        </message>
        <message>
            <source>Deze database bevat al echte gegevens; demogegevens worden alleen in een lege database gezet. Kies een andere map met --data-dir.</source>
            <translation>This database already contains real data; demo data is only put into an empty database. Choose another folder with --data-dir.</translation>
        </message>
        <message>
            <source>Het aantal dagen moet een heel getal van 1 tot en met 365 zijn.</source>
            <translation>The number of days must be a whole number from 1 to 365.</translation>
        </message>
        <message>
            <source>Dit dossier is geanonimiseerd na afloop van de bewaartermijn en kan niet meer worden gewijzigd.</source>
            <translation>This file was anonymised after the retention period ended and can no longer be changed.</translation>
        </message>
        <message>
            <source>Kies de rol in het huishouden.</source>
            <translation>Choose the role in the household.</translation>
        </message>
        <message>
            <source>Vul de achternaam in.</source>
            <translation>Enter the last name.</translation>
        </message>
        <message>
            <source>Kies een afsluitreden.</source>
            <translation>Choose a closing reason.</translation>
        </message>
        <message>
            <source>Vul bij ‘Andere reden’ een toelichting in.</source>
            <translation>For ‘Other reason’, fill in an explanation.</translation>
        </message>
        <message>
            <source>Vul een naam in voor het huishouden.</source>
            <translation>Enter a name for the household.</translation>
        </message>
        <message>
            <source>Vul een naam of organisatie in.</source>
            <translation>Enter a name or organisation.</translation>
        </message>
        <message>
            <source>U hoort niet bij een team.</source>
            <translation>You do not belong to a team.</translation>
        </message>
        <message>
            <source>Deze statuswijziging is niet mogelijk.</source>
            <translation>This status change is not possible.</translation>
        </message>
        <message>
            <source>Kies een regievoerder of vul de externe partij in.</source>
            <translation>Choose a case manager or enter the outside party.</translation>
        </message>
        <message>
            <source>Aangemeld</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Actief</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Afgesloten</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Heropend</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <source>Doelen behaald</source>
            <translation>Goals achieved</translation>
        </message>
        <message>
            <source>Verhuisd buiten de wijk</source>
            <translation>Moved out of the neighbourhood</translation>
        </message>
        <message>
            <source>Overgedragen aan maatwerk</source>
            <translation>Handed over to specialist care (maatwerk)</translation>
        </message>
        <message>
            <source>Overgedragen aan voorliggend veld</source>
            <translation>Handed over to universal services (voorliggend veld)</translation>
        </message>
        <message>
            <source>Bewoner wil geen ondersteuning meer</source>
            <translation>Resident no longer wants support</translation>
        </message>
        <message>
            <source>Geen contact mogelijk</source>
            <translation>No contact possible</translation>
        </message>
        <message>
            <source>Overleden</source>
            <translation>Deceased</translation>
        </message>
        <message>
            <source>Andere reden</source>
            <translation>Other reason</translation>
        </message>
        <message>
            <source>Hoofdbewoner</source>
            <translation>Main resident</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Overig</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Inloop</source>
            <translation>Walk-in</translation>
        </message>
        <message>
            <source>Overleg</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <source>Outreach (eropaf)</source>
            <translation>Outreach</translation>
        </message>
        <message>
            <source>Eigen waarneming</source>
            <translation>Own observation</translation>
        </message>
        <message>
            <source>Zelfmelder</source>
            <translation>Self-referral</translation>
        </message>
        <message>
            <source>Woningcorporatie</source>
            <translation>Housing corporation</translation>
        </message>
        <message>
            <source>Huisarts</source>
            <translation>GP</translation>
        </message>
        <message>
            <source>Wijkagent</source>
            <translation>Community police officer</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Gemeente</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Vroegsignalering schulden</source>
            <translation>Early warning debts</translation>
        </message>
        <message>
            <source>Laatsignalering gas/stroom</source>
            <translation>Late warning gas/electricity</translation>
        </message>
        <message>
            <source>Jeugd</source>
            <translation>Youth</translation>
        </message>
        <message>
            <source>Wmo</source>
            <translation>Wmo (social support)</translation>
        </message>
        <message>
            <source>Participatie</source>
            <translation>Participation</translation>
        </message>
        <message>
            <source>Schulden</source>
            <translation>Debts</translation>
        </message>
        <message>
            <source>Normaal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Hoog</source>
            <translation>High</translation>
        </message>
        <message>
            <source>Nieuw</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Afgehandeld / advies</source>
            <translation>Handled / advice</translation>
        </message>
        <message>
            <source>Verwezen</source>
            <translation>Referred</translation>
        </message>
        <message>
            <source>Gekoppeld aan huishouden</source>
            <translation>Linked to household</translation>
        </message>
        <message>
            <source>Gegevens vastleggen</source>
            <translation>Record data</translation>
        </message>
        <message>
            <source>Bespreken in het team</source>
            <translation>Discuss in the team</translation>
        </message>
        <message>
            <source>Delen met partner</source>
            <translation>Share with partner</translation>
        </message>
        <message>
            <source>Doorverwijzen naar</source>
            <translation>Refer to</translation>
        </message>
        <message>
            <source>Niet thuis (flyer achtergelaten)</source>
            <translation>Not at home (flyer left)</translation>
        </message>
        <message>
            <source>Geen contact gewenst</source>
            <translation>No contact wanted</translation>
        </message>
        <message>
            <source>Gegevens verzamelen…</source>
            <translation>Collecting data…</translation>
        </message>
        <message>
            <source>PDF opbouwen…</source>
            <translation>Building the PDF…</translation>
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
            <source>Bestanden opslaan…</source>
            <translation>Saving the files…</translation>
        </message>
        <message>
            <source>Kies een bestaande map voor de inzage-export.</source>
            <translation>Choose an existing folder for the access export.</translation>
        </message>
        <message>
            <source>Geef de reden waarom u dit huishouden afdrukt (minstens 10 tekens).</source>
            <translation>Give the reason why you are printing this household (at least 10 characters).</translation>
        </message>
        <message>
            <source>Geef de reden waarom u het BSN wilt zien.</source>
            <translation>Give the reason why you want to see the BSN.</translation>
        </message>
        <message>
            <source>Geef de reden waarom u dit huishouden opent (minstens 10 tekens).</source>
            <translation>Give the reason why you open this household (at least 10 characters).</translation>
        </message>
        <message>
            <source>Aangemeld: nog niet gestart</source>
            <translation>Registered: not started yet</translation>
        </message>
        <message>
            <source>Nog geen contact</source>
            <translation>No contact yet</translation>
        </message>
        <message>
            <source>Al lang geen contact</source>
            <translation>No contact for a long time</translation>
        </message>
        <message>
            <source>medewerker</source>
            <translation>worker</translation>
        </message>
        <message>
            <source>systeem</source>
            <translation>system</translation>
        </message>
        <message>
            <source>regievoerder</source>
            <translation>case manager</translation>
        </message>
        <message>
            <source>teamleider</source>
            <translation>team leader</translation>
        </message>
        <message>
            <source>sociaal werker</source>
            <translation>social worker</translation>
        </message>
        <message>
            <source>vrijwilliger</source>
            <translation>volunteer</translation>
        </message>
        <message>
            <source>beheerder</source>
            <translation>administrator</translation>
        </message>
        <message>
            <source>Het bestand bevat fouten; er is niets ingelezen. Herstel de fouten in de lijst en probeer het opnieuw.</source>
            <translation>The file contains errors; nothing was imported. Fix the errors in the list and try again.</translation>
        </message>
        <message>
            <source>Geef de balie een naam van hoogstens 40 tekens.</source>
            <translation>Give the desk a name of at most 40 characters.</translation>
        </message>
        <message>
            <source>Kies een onderwerp (leefgebied) uit de lijst.</source>
            <translation>Choose a topic (life domain) from the list.</translation>
        </message>
        <message>
            <source>Een voornaam is hoogstens 50 tekens.</source>
            <translation>A first name is at most 50 characters.</translation>
        </message>
        <message>
            <source>Houd de vraag kort: hoogstens 300 tekens.</source>
            <translation>Keep the question short: at most 300 characters.</translation>
        </message>
        <message>
            <source>Zoeken naar een bekend huishouden kan hier niet.</source>
            <translation>Looking for a known household is not possible here.</translation>
        </message>
        <message>
            <source>Kies de voorziening waarnaar u doorverwijst.</source>
            <translation>Choose the service you refer to.</translation>
        </message>
        <message>
            <source>Houd de notitie kort: hoogstens 300 tekens.</source>
            <translation>Keep the note short: at most 300 characters.</translation>
        </message>
        <message>
            <source>Deze locatie heeft al een balie met die naam.</source>
            <translation>This location already has a desk with that name.</translation>
        </message>
        <message>
            <source>Kies een balie van deze locatie.</source>
            <translation>Choose a desk of this location.</translation>
        </message>
        <message>
            <source>(geen vraag genoteerd)</source>
            <translation>(no question noted)</translation>
        </message>
        <message>
            <source>Vul een achternaam en een postcode in.</source>
            <translation>Enter a last name and a postcode.</translation>
        </message>
        <message>
            <source>Inloop {ticket} in {location}. Onderwerp: {topic}. Vraag: {question}</source>
            <translation>Walk-in {ticket} at {location}. Topic: {topic}. Question: {question}</translation>
        </message>
        <message>
            <source>(Er is een bekend huishouden met deze naam en postcode.)</source>
            <translation>(A household with this name and postcode is known.)</translation>
        </message>
        <message>
            <source>Deze locatie hoort bij geen team; overdragen kan niet. Vraag de beheerder de locatie aan een team te koppelen.</source>
            <translation>This location belongs to no team; handing over is not possible. Ask the administrator to link the location to a team.</translation>
        </message>
        <message>
            <source>Deze voorziening staat niet (meer) in de sociale kaart.</source>
            <translation>This service is not (or no longer) in the social map.</translation>
        </message>
        <message>
            <source>Notitie: {note}</source>
            <translation>Note: {note}</translation>
        </message>
        <message>
            <source>alle locaties</source>
            <translation>all locations</translation>
        </message>
        <message>
            <source>vertrokken</source>
            <translation>left</translation>
        </message>
        <message>
            <source>nog bezig</source>
            <translation>still in progress</translation>
        </message>
        <message>
            <source>wachtend</source>
            <translation>waiting</translation>
        </message>
        <message>
            <source>geroepen</source>
            <translation>called</translation>
        </message>
        <message>
            <source>in gesprek</source>
            <translation>in conversation</translation>
        </message>
        <message>
            <source>Direct beantwoord / informatie</source>
            <translation>Answered directly / information</translation>
        </message>
        <message>
            <source>Doorverwezen</source>
            <translation>Referred</translation>
        </message>
        <message>
            <source>Afspraak gemaakt</source>
            <translation>Appointment made</translation>
        </message>
        <message>
            <source>Komt terug</source>
            <translation>Will come back</translation>
        </message>
        <message>
            <source>Overgedragen aan het wijkteam</source>
            <translation>Handed over to the neighbourhood team</translation>
        </message>
        <message>
            <source>Er is geen geopend spreekuur op deze locatie. Open eerst het spreekuur.</source>
            <translation>There is no open walk-in session at this location. Open the session first.</translation>
        </message>
        <message>
            <source>Bezoeker {ticket} is al geroepen door een andere balie ({desk}, {by}). Kies een andere bezoeker.</source>
            <translation>Visitor {ticket} has already been called by another desk ({desk}, {by}). Choose another visitor.</translation>
        </message>
        <message>
            <source>Dat kan niet: bezoeker {ticket} is nu '{status}'.</source>
            <translation>Not possible: visitor {ticket} is now '{status}'.</translation>
        </message>
        <message>
            <source>Geef de ronde een naam.</source>
            <translation>Give the round a name.</translation>
        </message>
        <message>
            <source>Kies minstens één adres.</source>
            <translation>Choose at least one address.</translation>
        </message>
        <message>
            <source>Kies de uitkomst.</source>
            <translation>Choose the outcome.</translation>
        </message>
        <message>
            <source>Huisnummer: vul een getal in, bijvoorbeeld 12.</source>
            <translation>House number: enter a number, for example 12.</translation>
        </message>
        <message>
            <source>Vul de straat in.</source>
            <translation>Enter the street.</translation>
        </message>
        <message>
            <source>Kies een aantal weken van 1 tot en met 52.</source>
            <translation>Choose a number of weeks from 1 to 52.</translation>
        </message>
        <message>
            <source>Geef het leefgebied een naam.</source>
            <translation>Give the life domain a name.</translation>
        </message>
        <message>
            <source>Een naam is hooguit 100 tekens.</source>
            <translation>A name is at most 100 characters.</translation>
        </message>
        <message>
            <source>Er is al een leefgebied met deze naam.</source>
            <translation>There already is a life domain with this name.</translation>
        </message>
        <message>
            <source>De nieuwe volgorde moet alle leefgebieden precies één keer bevatten.</source>
            <translation>The new order must contain every life domain exactly once.</translation>
        </message>
        <message>
            <source>naam</source>
            <translation>name</translation>
        </message>
        <message>
            <source>relatie</source>
            <translation>relation</translation>
        </message>
        <message>
            <source>wat doet deze persoon</source>
            <translation>what this person does</translation>
        </message>
        <message>
            <source>doel</source>
            <translation>goal</translation>
        </message>
        <message>
            <source>streefdatum</source>
            <translation>target date</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>actie</source>
            <translation>action</translation>
        </message>
        <message>
            <source>wie</source>
            <translation>who</translation>
        </message>
        <message>
            <source>uiterlijk</source>
            <translation>due by</translation>
        </message>
        <message>
            <source>voorziening</source>
            <translation>service</translation>
        </message>
        <message>
            <source>Eigen kracht en netwerk</source>
            <translation>Own strength and network</translation>
        </message>
        <message>
            <source>situatie</source>
            <translation>situation</translation>
        </message>
        <message>
            <source>scores</source>
            <translation>scores</translation>
        </message>
        <message>
            <source>doelscore</source>
            <translation>target score</translation>
        </message>
        <message>
            <source>wie coördineert</source>
            <translation>who coordinates</translation>
        </message>
        <message>
            <source>evaluatiemomenten</source>
            <translation>evaluation dates</translation>
        </message>
        <message>
            <source>regie overgedragen aan</source>
            <translation>coordination handed to</translation>
        </message>
        <message>
            <source>overgedragen op</source>
            <translation>handed over on</translation>
        </message>
        <message>
            <source>leefgebied</source>
            <translation>life domain</translation>
        </message>
        <message>
            <source>Acties</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Akkoord bewoner</source>
            <translation>Resident agreement</translation>
        </message>
        <message>
            <source>acute problematiek</source>
            <translation>acute problems</translation>
        </message>
        <message>
            <source>niet zelfredzaam</source>
            <translation>not self-reliant</translation>
        </message>
        <message>
            <source>beperkt zelfredzaam</source>
            <translation>limited self-reliance</translation>
        </message>
        <message>
            <source>voldoende zelfredzaam</source>
            <translation>sufficiently self-reliant</translation>
        </message>
        <message>
            <source>volledig zelfredzaam</source>
            <translation>fully self-reliant</translation>
        </message>
        <message>
            <source>Geïsoleerd</source>
            <translation>Isolated</translation>
        </message>
        <message>
            <source>Sociale contacten buiten de deur</source>
            <translation>Social contacts outside the home</translation>
        </message>
        <message>
            <source>Deelname aan georganiseerde activiteiten</source>
            <translation>Taking part in organised activities</translation>
        </message>
        <message>
            <source>Onbetaald werk</source>
            <translation>Unpaid work</translation>
        </message>
        <message>
            <source>Betaald werk met ondersteuning</source>
            <translation>Paid work with support</translation>
        </message>
        <message>
            <source>Betaald werk</source>
            <translation>Paid work</translation>
        </message>
        <message>
            <source>loopt</source>
            <translation>running</translation>
        </message>
        <message>
            <source>behaald</source>
            <translation>achieved</translation>
        </message>
        <message>
            <source>deels behaald</source>
            <translation>partly achieved</translation>
        </message>
        <message>
            <source>niet behaald</source>
            <translation>not achieved</translation>
        </message>
        <message>
            <source>vervallen</source>
            <translation>dropped</translation>
        </message>
        <message>
            <source>nog te doen</source>
            <translation>to do</translation>
        </message>
        <message>
            <source>bezig</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>gedaan</source>
            <translation>done</translation>
        </message>
        <message>
            <source>bewoner</source>
            <translation>resident</translation>
        </message>
        <message>
            <source>netwerk</source>
            <translation>network</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>partner</translation>
        </message>
        <message>
            <source>Een plan heeft hooguit twaalf doelen. Houd het klein.</source>
            <translation>A plan has at most twelve goals. Keep it small.</translation>
        </message>
        <message>
            <source>Een score is 1, 2, 3, 4 of 5.</source>
            <translation>A score is 1, 2, 3, 4 or 5.</translation>
        </message>
        <message>
            <source>Een doelscore is 1, 2, 3, 4 of 5.</source>
            <translation>A target score is 1, 2, 3, 4 or 5.</translation>
        </message>
        <message>
            <source>De participatieladder heeft de treden 1 tot en met 6.</source>
            <translation>The participation ladder has steps 1 to 6.</translation>
        </message>
        <message>
            <source>Een afgesloten plan kan niet opnieuw worden vastgesteld.</source>
            <translation>A closed plan cannot be agreed again.</translation>
        </message>
        <message>
            <source>Een plan heeft minstens één doel nodig.</source>
            <translation>A plan needs at least one goal.</translation>
        </message>
        <message>
            <source>Schrijf op hoe de bewoner akkoord gaf.</source>
            <translation>Write down how the resident agreed.</translation>
        </message>
        <message>
            <source>Alleen een vastgesteld plan kan worden geëvalueerd.</source>
            <translation>Only an agreed plan can be evaluated.</translation>
        </message>
        <message>
            <source>Elk doel heeft een omschrijving nodig.</source>
            <translation>Every goal needs a description.</translation>
        </message>
        <message>
            <source>De evaluatie noemt een doel dat niet in het plan staat.</source>
            <translation>The evaluation names a goal that is not in the plan.</translation>
        </message>
        <message>
            <source>Kies per doel: behaald, deels, niet of vervallen.</source>
            <translation>Choose per goal: achieved, partly, not or dropped.</translation>
        </message>
        <message>
            <source>Elke actie heeft een omschrijving nodig.</source>
            <translation>Every action needs a description.</translation>
        </message>
        <message>
            <source>Kies de voorziening uit de sociale kaart voor deze actie.</source>
            <translation>Choose the service from the social map for this action.</translation>
        </message>
        <message>
            <source>Evaluatie gepland op {date}</source>
            <translation>Evaluation planned on {date}</translation>
        </message>
        <message>
            <source>Gestart op {date}</source>
            <translation>Started on {date}</translation>
        </message>
        <message>
            <source>Kies een voorziening uit de sociale kaart.</source>
            <translation>Choose a service from the social map.</translation>
        </message>
        <message>
            <source>Dit plan is afgesloten en kan niet meer worden gewijzigd.</source>
            <translation>This plan is closed and can no longer be changed.</translation>
        </message>
        <message>
            <source>Deze tekst is te lang.</source>
            <translation>This text is too long.</translation>
        </message>
        <message>
            <source>Kies een geldige status.</source>
            <translation>Choose a valid status.</translation>
        </message>
        <message>
            <source>Beschrijf kort welke hulp er niet was.</source>
            <translation>Briefly describe which help was missing.</translation>
        </message>
        <message>
            <source>De datum ligt voor de vorige stap.</source>
            <translation>The date is before the previous step.</translation>
        </message>
        <message>
            <source>Deze stap kan niet vanuit de huidige status.</source>
            <translation>This step is not possible from the current status.</translation>
        </message>
        <message>
            <source>Kies een onderwerp.</source>
            <translation>Choose a topic.</translation>
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
        <message>
            <source>De vernietigingslijst is intussen veranderd (een dossier is heropend, langer bewaard of al geanonimiseerd). Er is niets gewijzigd; bekijk de lijst opnieuw en keur hem dan goed.</source>
            <translation>The destruction list has changed meanwhile (a file was reopened, kept longer or already anonymised). Nothing was changed; look at the list again and then approve it.</translation>
        </message>
        <message>
            <source>Schrijf op waarom dit dossier langer bewaard blijft.</source>
            <translation>Write down why this file is kept longer.</translation>
        </message>
        <message>
            <source>De bewaartermijn moet een heel aantal jaren van 1 tot en met 30 zijn.</source>
            <translation>The retention period must be a whole number of years from 1 to 30.</translation>
        </message>
        <message>
            <source>Kies een datum na vandaag tot wanneer het dossier bewaard blijft.</source>
            <translation>Choose a date after today until which the file is kept.</translation>
        </message>
        <message>
            <source>Er staan geen huishoudens op de vernietigingslijst.</source>
            <translation>There are no households on the destruction list.</translation>
        </message>
        <message>
            <source>Dit dossier is al geanonimiseerd.</source>
            <translation>This file has already been anonymised.</translation>
        </message>
        <message>
            <source>Alleen een afgesloten dossier kan langer bewaard worden.</source>
            <translation>Only a closed file can be kept longer.</translation>
        </message>
        <message>
            <source>Kies een regievoerder voor het nieuwe huishouden.</source>
            <translation>Choose a case manager for the new household.</translation>
        </message>
        <message>
            <source>De aanmelding heeft geen naam; vul die eerst in.</source>
            <translation>The signal has no name; enter it first.</translation>
        </message>
        <message>
            <source>Kies de bron van de aanmelding.</source>
            <translation>Choose the source of the signal.</translation>
        </message>
        <message>
            <source>Kies de urgentie.</source>
            <translation>Choose the urgency.</translation>
        </message>
        <message>
            <source>De datum van de aanmelding ligt in de toekomst.</source>
            <translation>The date of the signal lies in the future.</translation>
        </message>
        <message>
            <source>Onbekende herkomst van de aanmelding.</source>
            <translation>Unknown origin of the signal.</translation>
        </message>
        <message>
            <source>Beschrijf kort waar de aanmelding over gaat.</source>
            <translation>Describe briefly what the signal is about.</translation>
        </message>
        <message>
            <source>Vul in waarnaar is verwezen.</source>
            <translation>Enter where the resident was referred to.</translation>
        </message>
        <message>
            <source>Schrijf kort op wat er niet meer klopt.</source>
            <translation>Briefly write down what is no longer correct.</translation>
        </message>
        <message>
            <source>Kies het formaat hsds-csv of xlsx.</source>
            <translation>Choose the format hsds-csv or xlsx.</translation>
        </message>
        <message>
            <source>Vul dit veld in.</source>
            <translation>Fill in this field.</translation>
        </message>
        <message>
            <source>Dit is geen geldig e-mailadres.</source>
            <translation>This is not a valid e-mail address.</translation>
        </message>
        <message>
            <source>Kies de organisatie.</source>
            <translation>Choose the organisation.</translation>
        </message>
        <message>
            <source>ZIN of PGB hoort alleen bij maatwerk.</source>
            <translation>In kind or personal budget only applies to tailored support.</translation>
        </message>
        <message>
            <source>De minimumleeftijd is hoger dan de maximumleeftijd.</source>
            <translation>The minimum age is higher than the maximum age.</translation>
        </message>
        <message>
            <source>Een wachttijd kan niet negatief zijn.</source>
            <translation>A waiting time cannot be negative.</translation>
        </message>
        <message>
            <source>Deze organisatie bestaat niet (meer).</source>
            <translation>This organisation does not exist (any more).</translation>
        </message>
        <message>
            <source>Een gekozen leefgebied of onderwerp bestaat niet (meer).</source>
            <translation>A chosen life domain or topic does not exist (any more).</translation>
        </message>
        <message>
            <source>Schrijf de postcode als 1234 AB.</source>
            <translation>Write the postcode as 1234 AB.</translation>
        </message>
        <message>
            <source>Kies bij elke regel met openingstijden minstens één dag.</source>
            <translation>Choose at least one day on every line of opening hours.</translation>
        </message>
        <message>
            <source>Schrijf tijden als uu:mm, bijvoorbeeld 09:00.</source>
            <translation>Write times as hh:mm, for example 09:00.</translation>
        </message>
        <message>
            <source>De sluitingstijd moet na de openingstijd liggen.</source>
            <translation>The closing time must be after the opening time.</translation>
        </message>
        <message>
            <source>Een leeftijd ligt tussen 0 en 120.</source>
            <translation>An age is between 0 and 120.</translation>
        </message>
        <message>
            <source>Een bedrag kan niet negatief zijn.</source>
            <translation>An amount cannot be negative.</translation>
        </message>
        <message>
            <source>Een gekozen locatie bestaat niet (meer).</source>
            <translation>A chosen location does not exist (any more).</translation>
        </message>
        <message>
            <source>Vul een heel aantal minuten van 1 tot en met 60 in.</source>
            <translation>Enter a whole number of minutes from 1 to 60.</translation>
        </message>
        <message>
            <source>Postcode: vul vier cijfers en twee letters in, bijvoorbeeld 8921 AB.</source>
            <translation>Postcode: enter four digits and two letters, for example 8921 AB.</translation>
        </message>
        <message>
            <source>Toevoeging: alleen letters en cijfers, bijvoorbeeld A of 2.</source>
            <translation>Addition: letters and digits only, for example A or 2.</translation>
        </message>
        <message>
            <source>BSN: vul negen cijfers in.</source>
            <translation>BSN: enter nine digits.</translation>
        </message>
        <message>
            <source>BSN: dit nummer bestaat niet (de elfproef klopt niet). Controleer de cijfers.</source>
            <translation>BSN: this number does not exist (the eleven test fails). Check the digits.</translation>
        </message>
        <message>
            <source>Telefoonnummer: dit is geen geldig nummer, bijvoorbeeld 058 123 4567 of 06 12345678.</source>
            <translation>Phone number: this is not a valid number, for example 058 123 4567 or 06 12345678.</translation>
        </message>
        <message>
            <source>E-mailadres: dit lijkt geen geldig adres, bijvoorbeeld naam@voorbeeld.nl.</source>
            <translation>E-mail address: this does not look like a valid address, for example name@example.nl.</translation>
        </message>
        <message>
            <source>Geboortedatum: deze datum ligt in de toekomst.</source>
            <translation>Date of birth: this date lies in the future.</translation>
        </message>
        <message>
            <source>Geboortedatum: iemand kan niet ouder zijn dan 120 jaar. Controleer het jaar.</source>
            <translation>Date of birth: nobody can be older than 120 years. Check the year.</translation>
        </message>
        <message>
            <source>Kies het subdomein uit de lijst: jeugd, Wmo, participatie of schulden.</source>
            <translation>Choose the subdomain from the list: youth, Wmo, participation or debts.</translation>
        </message>
        <message>
            <source>Back-ups maken en terugzetten kan hier alleen voor de lokale database. Een PostgreSQL-database wordt op de server geback-upt (pg_dump).</source>
            <translation>Making and restoring backups is only possible here for the local database. A PostgreSQL database is backed up on the server (pg_dump).</translation>
        </message>
        <message>
            <source>Het back-upbestand bestaat niet.</source>
            <translation>The backup file does not exist.</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-yyyy</translation>
        </message>
        <message>
            <source>Bewaard: {0} – leeg laten om het te houden</source>
            <translation>Stored: {0} – leave empty to keep it</translation>
        </message>
        <message>
            <source>optioneel</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>&amp;Voornaam:</source>
            <translation>&amp;First name:</translation>
        </message>
        <message>
            <source>T&amp;ussenvoegsel:</source>
            <translation>Name &amp;prefix:</translation>
        </message>
        <message>
            <source>&amp;Achternaam:</source>
            <translation>&amp;Last name:</translation>
        </message>
        <message>
            <source>&amp;Geboortedatum:</source>
            <translation>&amp;Date of birth:</translation>
        </message>
        <message>
            <source>&amp;Rol:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>&amp;BSN:</source>
            <translation>&amp;Citizen service number:</translation>
        </message>
        <message>
            <source>&amp;Telefoon:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
    </context>
    <context>
        <name>MembersModel</name>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Geboortedatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>BSN</source>
            <translation>Citizen service number</translation>
        </message>
        <message>
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
    </context>
    <context>
        <name>MembersTab</name>
        <message>
            <source>Gezinsleden</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Gezinslid &amp;toevoegen…</source>
            <translation>&amp;Add member…</translation>
        </message>
        <message>
            <source>&amp;Wijzigen…</source>
            <translation>&amp;Change…</translation>
        </message>
        <message>
            <source>&amp;Verwijderen</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Toon &amp;BSN…</source>
            <translation>Show &amp;number…</translation>
        </message>
        <message>
            <source>{0} verwijderen uit het huishouden?</source>
            <translation>Remove {0} from the household?</translation>
        </message>
        <message>
            <source>Van {0} is geen BSN vastgelegd.</source>
            <translation>No citizen service number is recorded for {0}.</translation>
        </message>
        <message>
            <source>BSN tonen</source>
            <translation>Show citizen service number</translation>
        </message>
        <message>
            <source>Het BSN van {0} wordt getoond nadat u de reden opgeeft. De reden komt in het logboek.</source>
            <translation>The citizen service number of {0} is shown after you state the reason. The reason goes into the log.</translation>
        </message>
        <message>
            <source>Tonen</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>BSN van {0}: {1}</source>
            <translation>Citizen service number of {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>NewReferralDialog</name>
        <message>
            <source>Doorverwijzen</source>
            <translation>Refer</translation>
        </message>
        <message>
            <source>Nu aanmelden bij de voorziening (de bewoner heeft toestemming gegeven)</source>
            <translation>Register with the service now (the resident has given consent)</translation>
        </message>
        <message>
            <source>Warme overdracht (samen gebeld of meegegaan)</source>
            <translation>Warm handover (called together or went along)</translation>
        </message>
        <message>
            <source>&amp;Zoeken</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>&amp;Vraag van de bewoner</source>
            <translation>&amp;Resident's question</translation>
        </message>
        <message>
            <source>&amp;Hoe overgedragen</source>
            <translation>&amp;How handed over</translation>
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <source>Organisatie wijzigen</source>
            <translation>Change organisation</translation>
        </message>
        <message>
            <source>Nieuwe organisatie</source>
            <translation>New organisation</translation>
        </message>
        <message>
            <source>&amp;Naam</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Wat doet de organisatie?</source>
            <translation>&amp;What does the organisation do?</translation>
        </message>
        <message>
            <source>&amp;Telefoon</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>&amp;Website</source>
            <translation>&amp;Website</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <source>Bezoek {0} afronden</source>
            <translation>Finish visit {0}</translation>
        </message>
        <message>
            <source>Wat is de uitkomst van het bezoek?</source>
            <translation>What is the outcome of the visit?</translation>
        </message>
        <message>
            <source>Onderwerp van het antwoord</source>
            <translation>Topic of the answer</translation>
        </message>
        <message>
            <source>Voorziening</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>De sociale kaart is niet beschikbaar.</source>
            <translation>The social map is not available.</translation>
        </message>
        <message>
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>&amp;Onderwerp:</source>
            <translation>&amp;Topic:</translation>
        </message>
        <message>
            <source>&amp;Voorziening:</source>
            <translation>&amp;Service:</translation>
        </message>
        <message>
            <source>&amp;Notitie:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Afronden</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Kies de voorziening waarnaar u doorverwijst.</source>
            <translation>Choose the service you refer to.</translation>
        </message>
    </context>
    <context>
        <name>OverdueActionsModel</name>
        <message>
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Huishouden</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Actie</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Dagen te laat</source>
            <translation>Days late</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>Huishouden</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Postcode en plaats</source>
            <translation>Postcode and town</translation>
        </message>
        <message>
            <source>Wijk of dorp</source>
            <translation>Neighbourhood or village</translation>
        </message>
        <message>
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Gestart</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Afsluitreden</source>
            <translation>Reason for closing</translation>
        </message>
        <message>
            <source>Toelichting</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <source>Regievoerder</source>
            <translation>Case manager</translation>
        </message>
        <message>
            <source>Gezinsleden</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Gegevens &amp;wijzigen…</source>
            <translation>&amp;Change details…</translation>
        </message>
        <message>
            <source>&amp;Actief maken</source>
            <translation>Make &amp;active</translation>
        </message>
        <message>
            <source>A&amp;fsluiten…</source>
            <translation>C&amp;lose…</translation>
        </message>
        <message>
            <source>&amp;Heropenen</source>
            <translation>&amp;Reopen</translation>
        </message>
        <message>
            <source>&amp;Regievoerder wijzigen…</source>
            <translation>Change &amp;case manager…</translation>
        </message>
        <message>
            <source>Recente contactmomenten</source>
            <translation>Recent contacts</translation>
        </message>
        <message>
            <source>Recente contactmomenten (alle: Ctrl+3)</source>
            <translation>Recent contacts (all: Ctrl+3)</translation>
        </message>
        <message>
            <source>(geen adres)</source>
            <translation>(no address)</translation>
        </message>
        <message>
            <source> (tolk nodig)</source>
            <translation> (interpreter needed)</translation>
        </message>
        <message>
            <source>, afgesloten {0}</source>
            <translation>, closed {0}</translation>
        </message>
        <message>
            <source>extern: {0}</source>
            <translation>outside party: {0}</translation>
        </message>
        <message>
            <source>nog niet gekozen</source>
            <translation>not chosen yet</translation>
        </message>
        <message>
            <source>(nog geen gezinsleden)</source>
            <translation>(no members yet)</translation>
        </message>
        <message>
            <source>Wilt u de nieuwste gegevens laden?</source>
            <translation>Do you want to load the newest data?</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <source>bijvoorbeeld bewindvoerder, huisarts</source>
            <translation>for example financial administrator, GP</translation>
        </message>
        <message>
            <source>&amp;Naam:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Organisatie:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>&amp;Rol:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>&amp;Telefoon:</source>
            <translation>&amp;Phone:</translation>
        </message>
    </context>
    <context>
        <name>PartnersModel</name>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Telefoon</source>
            <translation>Phone</translation>
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
        <name>PendingBudgetModel</name>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Huishouden</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Waarvoor</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Bedrag</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Aangevraagd door</source>
            <translation>Requested by</translation>
        </message>
        <message>
            <source>Onderbouwing</source>
            <translation>Justification</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Plan – %1</source>
            <translation>Plan – %1</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>&amp;1 Overzicht en netwerk</source>
            <translation>&amp;1 Overview and network</translation>
        </message>
        <message>
            <source>&amp;2 Leefgebieden</source>
            <translation>&amp;2 Life domains</translation>
        </message>
        <message>
            <source>&amp;3 Doelen en acties</source>
            <translation>&amp;3 Goals and actions</translation>
        </message>
        <message>
            <source>&amp;4 Regie en aantekeningen</source>
            <translation>&amp;4 Coordination and notes</translation>
        </message>
        <message>
            <source>Plan opslaan</source>
            <translation>Save plan</translation>
        </message>
        <message>
            <source>Plan opgeslagen.</source>
            <translation>Plan saved.</translation>
        </message>
        <message>
            <source>Afdrukken</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Het bestand kon niet worden bewaard: %1</source>
            <translation>The file could not be saved: %1</translation>
        </message>
        <message>
            <source>PDF bewaard.</source>
            <translation>PDF saved.</translation>
        </message>
        <message>
            <source>plan-intern.pdf</source>
            <translation>plan-internal.pdf</translation>
        </message>
        <message>
            <source>plan.pdf</source>
            <translation>plan.pdf</translation>
        </message>
        <message>
            <source>Plan bewaren als PDF</source>
            <translation>Save plan as PDF</translation>
        </message>
        <message>
            <source>PDF-bestanden (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Versie van collega laden</source>
            <translation>Load colleague's version</translation>
        </message>
        <message>
            <source>Niet opgeslagen plan</source>
            <translation>Unsaved plan</translation>
        </message>
        <message>
            <source>Er is een niet-opgeslagen versie van dit plan bewaard. Wilt u daarmee verder werken?</source>
            <translation>An unsaved version of this plan was kept. Do you want to continue with it?</translation>
        </message>
        <message>
            <source>Bewaarde versie terugzetten</source>
            <translation>Restore saved version</translation>
        </message>
        <message>
            <source>Plan sluiten</source>
            <translation>Close plan</translation>
        </message>
        <message>
            <source>Wilt u de wijzigingen opslaan?</source>
            <translation>Do you want to save the changes?</translation>
        </message>
        <message>
            <source>Concept automatisch bewaard.</source>
            <translation>Draft saved automatically.</translation>
        </message>
        <message>
            <source>Automatisch bewaren lukt nu niet. Sla het plan zelf op.</source>
            <translation>Saving automatically is not possible now. Please save the plan yourself.</translation>
        </message>
        <message>
            <source>Ongedaan maken</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Opnieuw</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Vaststellen…</source>
            <translation>&amp;Agree…</translation>
        </message>
        <message>
            <source>&amp;Evaluatie…</source>
            <translation>&amp;Evaluation…</translation>
        </message>
        <message>
            <source>Versies &amp;vergelijken…</source>
            <translation>&amp;Compare versions…</translation>
        </message>
        <message>
            <source>&amp;Afdrukken voor bewoner…</source>
            <translation>&amp;Print for the resident…</translation>
        </message>
        <message>
            <source>Afdrukken in &amp;grote letters…</source>
            <translation>Print in &amp;large type…</translation>
        </message>
        <message>
            <source>Afdrukken &amp;intern…</source>
            <translation>Print &amp;internal…</translation>
        </message>
        <message>
            <source>Evaluatiemomenten</source>
            <translation>Evaluation dates</translation>
        </message>
        <message>
            <source>Schrijf de data als dd-mm-jjjj, gescheiden door komma's.</source>
            <translation>Write the dates as dd-mm-yyyy, separated by commas.</translation>
        </message>
    </context>
    <context>
        <name>PlanTabs</name>
        <message>
            <source>Toevoegen (Insert)</source>
            <translation>Add (Insert)</translation>
        </message>
        <message>
            <source>Verwijderen (Delete)</source>
            <translation>Remove (Delete)</translation>
        </message>
        <message>
            <source>Wat gaat goed</source>
            <translation>What is going well</translation>
        </message>
        <message>
            <source>&amp;Wat gaat goed</source>
            <translation>&amp;What is going well</translation>
        </message>
        <message>
            <source>Eigen kracht en netwerk</source>
            <translation>Own strength and network</translation>
        </message>
        <message>
            <source>Eigen kracht en netwerk: wie helpt al?</source>
            <translation>Own strength and network: who already helps?</translation>
        </message>
        <message>
            <source>Meetmoment</source>
            <translation>Measurement date</translation>
        </message>
        <message>
            <source>&amp;Meetmoment (datum van de scores)</source>
            <translation>&amp;Measurement date (date of the scores)</translation>
        </message>
        <message>
            <source>Leefgebieden</source>
            <translation>Life domains</translation>
        </message>
        <message>
            <source>Participatieladder</source>
            <translation>Participation ladder</translation>
        </message>
        <message>
            <source>naam van de volwassene</source>
            <translation>name of the adult</translation>
        </message>
        <message>
            <source>Gezinslid voor de participatieladder</source>
            <translation>Household member for the participation ladder</translation>
        </message>
        <message>
            <source>Trede</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Trede &amp;vastleggen op het meetmoment</source>
            <translation>&amp;Record the step on the measurement date</translation>
        </message>
        <message>
            <source>Doelen</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Acties</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Voorziening uit de sociale &amp;kaart kiezen voor deze actie…</source>
            <translation>Choose a service from the social &amp;map for this action…</translation>
        </message>
        <message>
            <source>Acties bij het gekozen doel</source>
            <translation>Actions for the selected goal</translation>
        </message>
        <message>
            <source>dd-mm-jjjj, dd-mm-jjjj</source>
            <translation>dd-mm-yyyy, dd-mm-yyyy</translation>
        </message>
        <message>
            <source>Werkaantekeningen</source>
            <translation>Working notes</translation>
        </message>
        <message>
            <source>&amp;Wie coördineert</source>
            <translation>&amp;Who coordinates</translation>
        </message>
        <message>
            <source>&amp;Evaluatiemomenten</source>
            <translation>&amp;Evaluation dates</translation>
        </message>
        <message>
            <source>Regie &amp;overgedragen aan</source>
            <translation>Coordination &amp;handed over to</translation>
        </message>
        <message>
            <source>Werk&amp;aantekeningen (intern)</source>
            <translation>Work &amp;notes (internal)</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Onderwerp</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Vraag</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Wachttijd</source>
            <translation>Waiting time</translation>
        </message>
        <message>
            <source>Balie</source>
            <translation>Desk</translation>
        </message>
        <message>
            <source>Huishouden bekend</source>
            <translation>Household known</translation>
        </message>
        <message>
            <source>SPOED</source>
            <translation>URGENT</translation>
        </message>
        <message>
            <source>(anoniem)</source>
            <translation>(anonymous)</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
    </context>
    <context>
        <name>QuickRegisterForm</name>
        <message>
            <source>Bezoeker aanmelden  (Ctrl+N)</source>
            <translation>Register visitor  (Ctrl+N)</translation>
        </message>
        <message>
            <source>leeg laten = anoniem</source>
            <translation>leave empty = anonymous</translation>
        </message>
        <message>
            <source>Voornaam</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>typ de eerste letters</source>
            <translation>type the first letters</translation>
        </message>
        <message>
            <source>Onderwerp (leefgebied)</source>
            <translation>Topic (life domain)</translation>
        </message>
        <message>
            <source>korte vraag, in een paar woorden</source>
            <translation>short question, in a few words</translation>
        </message>
        <message>
            <source>Vraag</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Spoed (waarschuwt de professional)</source>
            <translation>Urgent (alerts the professional)</translation>
        </message>
        <message>
            <source>Aanmelden (Enter)</source>
            <translation>Register (Enter)</translation>
        </message>
        <message>
            <source>&amp;Voornaam:</source>
            <translation>&amp;First name:</translation>
        </message>
        <message>
            <source>&amp;Onderwerp:</source>
            <translation>&amp;Topic:</translation>
        </message>
        <message>
            <source>V&amp;raag:</source>
            <translation>&amp;Question:</translation>
        </message>
        <message>
            <source>Kies een onderwerp: typ de eerste letters, bijvoorbeeld 'fin' voor Financiën.</source>
            <translation>Choose a topic: type the first letters, for example 'fin' for Financiën.</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Bijvoorbeeld: bewoner belt, regievoerder is ziek; ik neem de vraag over.</source>
            <translation>For example: the resident calls, the case manager is ill; I take over the question.</translation>
        </message>
        <message>
            <source>&amp;Reden:</source>
            <translation>&amp;Reason:</translation>
        </message>
    </context>
    <context>
        <name>ReasonedAccessModel</name>
        <message>
            <source>Datum en tijd</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Medewerker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>Huishouden</source>
            <translation>Household</translation>
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
        <name>ReasonedAccessPage</name>
        <message>
            <source>Dossiers geopend met reden</source>
            <translation>Files opened with a reason</translation>
        </message>
        <message>
            <source>Filter op medewerker, huishouden of reden</source>
            <translation>Filter by worker, household or reason</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>&amp;Vernieuwen</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Medewerkers die niet bij een huishouden betrokken zijn, openen het dossier alleen met een reden. Hier ziet u wie dat deed en waarom.</source>
            <translation>Workers who are not involved with a household open its file only with a reason. Here you see who did so and why.</translation>
        </message>
        <message>
            <source>Geopend met reden</source>
            <translation>Opened with a reason</translation>
        </message>
        <message>
            <source>{0} keer</source>
            <translation>{0} times</translation>
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
        <name>ReferralsModel</name>
        <message>
            <source>Voorziening</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Voorgesteld</source>
            <translation>Proposed</translation>
        </message>
        <message>
            <source>Gestart</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Warme overdracht</source>
            <translation>Warm handover</translation>
        </message>
        <message>
            <source>Uitkomst</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>voorgesteld</source>
            <translation>proposed</translation>
        </message>
        <message>
            <source>aangemeld</source>
            <translation>registered</translation>
        </message>
        <message>
            <source>gestart</source>
            <translation>started</translation>
        </message>
        <message>
            <source>afgerond</source>
            <translation>completed</translation>
        </message>
        <message>
            <source>afgewezen</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>niet gestart</source>
            <translation>not started</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
    </context>
    <context>
        <name>ReferralsPanel</name>
        <message>
            <source>Doorverwijzingen</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <source>&amp;Doorverwijzen…</source>
            <translation>&amp;Refer…</translation>
        </message>
        <message>
            <source>&amp;Aangemeld</source>
            <translation>&amp;Registered</translation>
        </message>
        <message>
            <source>&amp;Gestart</source>
            <translation>&amp;Started</translation>
        </message>
        <message>
            <source>Af&amp;gerond…</source>
            <translation>Com&amp;pleted…</translation>
        </message>
        <message>
            <source>Af&amp;gewezen…</source>
            <translation>Re&amp;fused…</translation>
        </message>
        <message>
            <source>&amp;Niet gestart…</source>
            <translation>&amp;Not started…</translation>
        </message>
        <message>
            <source>Uitkomst (kort):</source>
            <translation>Outcome (short):</translation>
        </message>
    </context>
    <context>
        <name>ReferralsTab</name>
        <message>
            <source>Geen &amp;passend aanbod…</source>
            <translation>No &amp;suitable provision…</translation>
        </message>
        <message>
            <source>Leg vast dat er voor deze vraag geen passende voorziening is (hiaat).</source>
            <translation>Record that no suitable provision exists for this question (gap).</translation>
        </message>
        <message>
            <source>Doorverwijzingen ziet alleen wie bij dit huishouden betrokken is.</source>
            <translation>Only those involved with this household see referrals.</translation>
        </message>
    </context>
    <context>
        <name>RegieDialog</name>
        <message>
            <source>(geen medewerker: regie bij externe partij)</source>
            <translation>(no worker: case management by an outside party)</translation>
        </message>
        <message>
            <source>&amp;Regievoerder:</source>
            <translation>&amp;Case manager:</translation>
        </message>
        <message>
            <source>&amp;Externe partij:</source>
            <translation>&amp;Outside party:</translation>
        </message>
        <message>
            <source>&amp;Toelichting:</source>
            <translation>&amp;Explanation:</translation>
        </message>
    </context>
    <context>
        <name>ReportOutdatedDialog</name>
        <message>
            <source>Klopt niet meer</source>
            <translation>No longer correct</translation>
        </message>
        <message>
            <source>Wat klopt er niet meer aan '{0}'? Bijvoorbeeld een ander telefoonnummer, adres of andere openingstijden.</source>
            <translation>What is no longer correct about '{0}'? For example another phone number, address or opening hours.</translation>
        </message>
        <message>
            <source>Wat klopt er niet meer</source>
            <translation>What is no longer correct</translation>
        </message>
        <message>
            <source>Melden</source>
            <translation>Report</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Rapportages</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Kwartaal</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Eigen periode</source>
            <translation>Custom period</translation>
        </message>
        <message>
            <source>Kwartaal {0}</source>
            <translation>Quarter {0}</translation>
        </message>
        <message>
            <source>&amp;Soort periode:</source>
            <translation>&amp;Kind of period:</translation>
        </message>
        <message>
            <source>&amp;Jaar en kwartaal:</source>
            <translation>&amp;Year and quarter:</translation>
        </message>
        <message>
            <source>t/m</source>
            <translation>to</translation>
        </message>
        <message>
            <source>&amp;Van – tot en met:</source>
            <translation>&amp;From – to:</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>&amp;Team:</translation>
        </message>
        <message>
            <source>Jaar</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Begindatum</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>Einddatum</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>&amp;Cijfers tonen</source>
            <translation>&amp;Show figures</translation>
        </message>
        <message>
            <source>Exporteren als &amp;Excel…</source>
            <translation>Export as &amp;Excel…</translation>
        </message>
        <message>
            <source>Exporteren als &amp;PDF…</source>
            <translation>Export as &amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;Teamoverzicht (PDF)…</source>
            <translation>&amp;Team overview (PDF)…</translation>
        </message>
        <message>
            <source>Af&amp;drukken…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Kies een periode en een team en klik op 'Cijfers tonen'.</source>
            <translation>Choose a period and a team and click 'Show figures'.</translation>
        </message>
        <message>
            <source>Er is geen team om over te rapporteren.</source>
            <translation>There is no team to report on.</translation>
        </message>
        <message>
            <source>Cijfers tellen…</source>
            <translation>Counting the figures…</translation>
        </message>
        <message>
            <source>Rapport opslaan</source>
            <translation>Save report</translation>
        </message>
        <message>
            <source>Excel-werkmap (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF-document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Opgeslagen: {0}</source>
            <translation>Saved: {0}</translation>
        </message>
        <message>
            <source>Afgedrukt.</source>
            <translation>Printed.</translation>
        </message>
        <message>
            <source>Rapport maken…</source>
            <translation>Making the report…</translation>
        </message>
        <message>
            <source>Exporteren</source>
            <translation>Export</translation>
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
        <name>RetentionPage</name>
        <message>
            <source>Vernietigingslijst</source>
            <translation>Destruction list</translation>
        </message>
        <message>
            <source>Langer bewaarde dossiers</source>
            <translation>Files kept longer</translation>
        </message>
        <message>
            <source>&amp;Langer bewaren…</source>
            <translation>&amp;Keep longer…</translation>
        </message>
        <message>
            <source>Vernietigingslijst &amp;goedkeuren…</source>
            <translation>&amp;Approve destruction list…</translation>
        </message>
        <message>
            <source>Goedgekeurde lijst &amp;afdrukken (pdf)…</source>
            <translation>&amp;Print approved list (pdf)…</translation>
        </message>
        <message>
            <source>Alleen huishoudnummers, wijk en afsluitdatum: voor het archief.</source>
            <translation>Only household numbers, neighbourhood and closing date: for the archive.</translation>
        </message>
        <message>
            <source>&amp;Vernieuwen</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Bewaartermijn</source>
            <translation>Retention</translation>
        </message>
        <message>
            <source>Afgesloten dossiers worden {0} jaar na de afsluiting geanonimiseerd: namen, adressen, BSN, verslagen en andere persoonsgegevens worden verwijderd, de aantallen voor de rapportages blijven. Keurt u de lijst goed, dan gebeurt dat voor alle dossiers hieronder tegelijk. De beheerder stelt de bewaartermijn in.</source>
            <translation>Closed files are anonymised {0} years after closing: names, addresses, BSN, reports and other personal data are removed; the counts for the reports remain. If you approve the list, this happens for all files below at once. The administrator sets the retention period.</translation>
        </message>
        <message>
            <source>Op de vernietigingslijst: {0}</source>
            <translation>On the destruction list: {0}</translation>
        </message>
        <message>
            <source>Langer bewaard: {0}</source>
            <translation>Kept longer: {0}</translation>
        </message>
        <message>
            <source>Kies eerst een dossier in de lijst.</source>
            <translation>First choose a file in the list.</translation>
        </message>
        <message>
            <source>U keurt de vernietigingslijst goed: 1 dossier wordt geanonimiseerd.</source>
            <translation>You are approving the destruction list: 1 file will be anonymised.</translation>
        </message>
        <message>
            <source>U keurt de vernietigingslijst goed: {0} dossiers worden geanonimiseerd.</source>
            <translation>You are approving the destruction list: {0} files will be anonymised.</translation>
        </message>
        <message>
            <source>Namen, adressen en andere persoonsgegevens worden definitief verwijderd. Dit kan niet ongedaan worden gemaakt. Doorgaan?</source>
            <translation>Names, addresses and other personal data are removed permanently. This cannot be undone. Continue?</translation>
        </message>
        <message>
            <source>Bezig met anonimiseren van {0} dossier(s)…</source>
            <translation>Anonymising {0} file(s)…</translation>
        </message>
        <message>
            <source>1 dossier is geanonimiseerd.</source>
            <translation>1 file has been anonymised.</translation>
        </message>
        <message>
            <source>{0} dossiers zijn geanonimiseerd.</source>
            <translation>{0} files have been anonymised.</translation>
        </message>
        <message>
            <source>vernietigingslijst-{0}.pdf</source>
            <translation>destruction-list-{0}.pdf</translation>
        </message>
        <message>
            <source>Vernietigingslijst bewaren als PDF</source>
            <translation>Save destruction list as PDF</translation>
        </message>
        <message>
            <source>PDF-bestanden (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Het bestand kon niet worden bewaard: {0}</source>
            <translation>The file could not be saved: {0}</translation>
        </message>
        <message>
            <source>De vernietigingslijst is bewaard als PDF.</source>
            <translation>The destruction list was saved as PDF.</translation>
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
        <name>SearchModel</name>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>(alleen met reden)</source>
            <translation>(only with a reason)</translation>
        </message>
        <message>
            <source>Regievoerder</source>
            <translation>Case manager</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Woonplaats</source>
            <translation>Town</translation>
        </message>
        <message>
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
    </context>
    <context>
        <name>Secties</name>
        <message>
            <source>Inloop</source>
            <translation>Walk-in</translation>
        </message>
        <message>
            <source>Mijn huishoudens</source>
            <translation>My households</translation>
        </message>
        <message>
            <source>Nieuwe aanmeldingen</source>
            <translation>New signals</translation>
        </message>
        <message>
            <source>Geopend met reden</source>
            <translation>Opened with a reason</translation>
        </message>
        <message>
            <source>Signalering</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Beheer</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Logboek</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Rapportages</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Bewaartermijn</source>
            <translation>Retention</translation>
        </message>
        <message>
            <source>Sociale kaart</source>
            <translation>Social map</translation>
        </message>
        <message>
            <source>Doorpakbudget</source>
            <translation>Flexible budget</translation>
        </message>
    </context>
    <context>
        <name>ServerPasswordDialog</name>
        <message>
            <source>Wachtwoord van de databaseserver</source>
            <translation>Database server password</translation>
        </message>
        <message>
            <source>Geef het wachtwoord van de database {0}.</source>
            <translation>Enter the password of the database {0}.</translation>
        </message>
        <message>
            <source>De server heeft het wachtwoord geweigerd. </source>
            <translation>The server refused the password. </translation>
        </message>
        <message>
            <source>&amp;Wachtwoord:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Onthouden op deze computer (in de sleutelbos)</source>
            <translation>&amp;Remember on this computer (in the keyring)</translation>
        </message>
        <message>
            <source>Deze computer heeft geen veilige sleutelbos; het wachtwoord wordt niet bewaard.</source>
            <translation>This computer has no secure keyring; the password is not kept.</translation>
        </message>
        <message>
            <source>Verbinden</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>Vul het wachtwoord in.</source>
            <translation>Enter the password.</translation>
        </message>
    </context>
    <context>
        <name>ServiceDetailView</name>
        <message>
            <source>Gegevens van de voorziening</source>
            <translation>Details of the service</translation>
        </message>
        <message>
            <source>Kies een voorziening in de lijst om alles erover te zien.</source>
            <translation>Choose a service in the list to see everything about it.</translation>
        </message>
        <message>
            <source>Deze gegevens zijn langer dan zes maanden niet gecontroleerd.</source>
            <translation>These details have not been checked for more than six months.</translation>
        </message>
        <message>
            <source>Gemeld als 'klopt niet meer' door {0}: {1}</source>
            <translation>Reported as 'no longer correct' by {0}: {1}</translation>
        </message>
        <message>
            <source>ongeveer {0} dagen</source>
            <translation>about {0} days</translation>
        </message>
        <message>
            <source>Wat is het?</source>
            <translation>What is it?</translation>
        </message>
        <message>
            <source>Soort voorziening</source>
            <translation>Kind of service</translation>
        </message>
        <message>
            <source>Voor wie?</source>
            <translation>For whom?</translation>
        </message>
        <message>
            <source>Waar?</source>
            <translation>Where?</translation>
        </message>
        <message>
            <source>Wanneer open?</source>
            <translation>When open?</translation>
        </message>
        <message>
            <source>Bellen of mailen</source>
            <translation>Phone or e-mail</translation>
        </message>
        <message>
            <source>Hoe meld je je aan?</source>
            <translation>How to sign up?</translation>
        </message>
        <message>
            <source>Neem mee</source>
            <translation>Bring along</translation>
        </message>
        <message>
            <source>Wat kost het de bewoner?</source>
            <translation>What does it cost the resident?</translation>
        </message>
        <message>
            <source>Kosten voor de gemeente (indicatie)</source>
            <translation>Cost to the municipality (indication)</translation>
        </message>
        <message>
            <source>Gebruikelijke wachttijd</source>
            <translation>Usual waiting time</translation>
        </message>
        <message>
            <source>Talen</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>Wijken en dorpen</source>
            <translation>Neighbourhoods and villages</translation>
        </message>
        <message>
            <source>Leefgebieden en onderwerpen</source>
            <translation>Life domains and topics</translation>
        </message>
        <message>
            <source>Doorverwijzingen</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <source>{0} keer doorverwezen, {1} keer gestart</source>
            <translation>{0} referrals, {1} started</translation>
        </message>
        <message>
            <source>Gecontroleerd</source>
            <translation>Checked</translation>
        </message>
        <message>
            <source>nooit</source>
            <translation>never</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <source>Voorziening wijzigen</source>
            <translation>Change service</translation>
        </message>
        <message>
            <source>Nieuwe voorziening</source>
            <translation>New service</translation>
        </message>
        <message>
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Nieuwe organisatie…</source>
            <translation>New organisation…</translation>
        </message>
        <message>
            <source>ZIN</source>
            <translation>In kind (ZIN)</translation>
        </message>
        <message>
            <source>PGB</source>
            <translation>Personal budget (PGB)</translation>
        </message>
        <message>
            <source>ZIN of PGB</source>
            <translation>In kind or personal budget</translation>
        </message>
        <message>
            <source>Actief</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Tijdelijk gesloten</source>
            <translation>Temporarily closed</translation>
        </message>
        <message>
            <source>Niet actief</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>Opgeheven</source>
            <translation>Discontinued</translation>
        </message>
        <message>
            <source>gratis</source>
            <translation>free</translation>
        </message>
        <message>
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>bijv. per traject</source>
            <translation>e.g. per trajectory</translation>
        </message>
        <message>
            <source> dagen</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Eén per regel</source>
            <translation>One per line</translation>
        </message>
        <message>
            <source>Andere wijk of dorp (met komma's)</source>
            <translation>Other neighbourhood or village (comma separated)</translation>
        </message>
        <message>
            <source>Nieuwe locatie…</source>
            <translation>New location…</translation>
        </message>
        <message>
            <source>&amp;Naam</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Organisatie</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>&amp;Wat is het?</source>
            <translation>&amp;What is it?</translation>
        </message>
        <message>
            <source>&amp;Soort</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>S&amp;tatus</translation>
        </message>
        <message>
            <source>&amp;Telefoon</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>&amp;Website</source>
            <translation>&amp;Website</translation>
        </message>
        <message>
            <source>&amp;Hoe meld je je aan?</source>
            <translation>&amp;How to sign up?</translation>
        </message>
        <message>
            <source>&amp;Voor wie?</source>
            <translation>&amp;For whom?</translation>
        </message>
        <message>
            <source>Leeftijd van – tot</source>
            <translation>Age from – to</translation>
        </message>
        <message>
            <source>Eigen &amp;bijdrage</source>
            <translation>Own &amp;contribution</translation>
        </message>
        <message>
            <source>Toelichting kosten</source>
            <translation>About the cost</translation>
        </message>
        <message>
            <source>Kosten voor de &amp;gemeente</source>
            <translation>Cost to the &amp;municipality</translation>
        </message>
        <message>
            <source>Per</source>
            <translation>Per</translation>
        </message>
        <message>
            <source>&amp;Wachttijd</source>
            <translation>&amp;Waiting time</translation>
        </message>
        <message>
            <source>&amp;Zoekwoorden</source>
            <translation>&amp;Keywords</translation>
        </message>
        <message>
            <source>&amp;Meenemen</source>
            <translation>&amp;Bring along</translation>
        </message>
        <message>
            <source>T&amp;alen</source>
            <translation>L&amp;anguages</translation>
        </message>
        <message>
            <source>Wijken en dorpen</source>
            <translation>Neighbourhoods and villages</translation>
        </message>
        <message>
            <source>&amp;Leefgebieden</source>
            <translation>&amp;Life domains</translation>
        </message>
        <message>
            <source>O&amp;nderwerpen</source>
            <translation>T&amp;opics</translation>
        </message>
        <message>
            <source>Locaties</source>
            <translation>Locations</translation>
        </message>
        <message>
            <source>Openingstijden</source>
            <translation>Opening hours</translation>
        </message>
        <message>
            <source>Vanaf leeftijd</source>
            <translation>From age</translation>
        </message>
        <message>
            <source>Tot en met leeftijd</source>
            <translation>Up to age</translation>
        </message>
    </context>
    <context>
        <name>ServicePickerDialog</name>
        <message>
            <source>Voorziening kiezen</source>
            <translation>Choose a service</translation>
        </message>
        <message>
            <source>&amp;Zoeken</source>
            <translation>&amp;Search</translation>
        </message>
    </context>
    <context>
        <name>ServiceResultsModel</name>
        <message>
            <source>Voorziening</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Kosten</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Wijk of dorp</source>
            <translation>Neighbourhood or village</translation>
        </message>
        <message>
            <source>Gecontroleerd</source>
            <translation>Checked</translation>
        </message>
        <message>
            <source>Gratis</source>
            <translation>Free</translation>
        </message>
        <message>
            <source>Eigen bijdrage</source>
            <translation>Own contribution</translation>
        </message>
        <message>
            <source>verouderd</source>
            <translation>outdated</translation>
        </message>
        <message>
            <source>klopt niet meer?</source>
            <translation>no longer correct?</translation>
        </message>
        <message>
            <source>nooit</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Langer dan zes maanden niet gecontroleerd: bel even na of het nog klopt.</source>
            <translation>Not checked for more than six months: call to check it is still correct.</translation>
        </message>
    </context>
    <context>
        <name>ServiceSearch</name>
        <message>
            <source>Zoek de voorziening, bijv. schuldhulp</source>
            <translation>Search the service, e.g. debt help</translation>
        </message>
        <message>
            <source>Gevonden voorzieningen</source>
            <translation>Services found</translation>
        </message>
    </context>
    <context>
        <name>SessionBar</name>
        <message>
            <source>Locatie</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Mijn balie</source>
            <translation>My desk</translation>
        </message>
        <message>
            <source>Wachtkamerscherm</source>
            <translation>Waiting-room display</translation>
        </message>
        <message>
            <source>Dagoverzicht (PDF)</source>
            <translation>Day overview (PDF)</translation>
        </message>
        <message>
            <source>Statistieken…</source>
            <translation>Statistics…</translation>
        </message>
        <message>
            <source>&amp;Locatie:</source>
            <translation>&amp;Location:</translation>
        </message>
        <message>
            <source>&amp;Balie:</source>
            <translation>&amp;Desk:</translation>
        </message>
        <message>
            <source>Geen spreekuur geopend</source>
            <translation>No walk-in session open</translation>
        </message>
        <message>
            <source>Spreekuur openen</source>
            <translation>Open session</translation>
        </message>
        <message>
            <source>Spreekuur open sinds {0} · aanwezig: {1} · professional: {2}</source>
            <translation>Session open since {0} · present: {1} · professional: {2}</translation>
        </message>
        <message>
            <source>niemand</source>
            <translation>nobody</translation>
        </message>
        <message>
            <source>Spreekuur sluiten</source>
            <translation>Close session</translation>
        </message>
        <message>
            <source>Aansluiten bij spreekuur</source>
            <translation>Join session</translation>
        </message>
    </context>
    <context>
        <name>SettingsTab</name>
        <message>
            <source>Drempel rapportages</source>
            <translation>Report threshold</translation>
        </message>
        <message>
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Aantallen onder de drempel staan in de rapportages als “&lt;drempel”, zodat niemand herkenbaar is. De drempel is een heel getal van 2 of meer.</source>
            <translation>Counts below the threshold are shown in the reports as “&lt;threshold”, so nobody can be recognised. The threshold is a whole number of 2 or more.</translation>
        </message>
        <message>
            <source>&amp;Drempel rapportages</source>
            <translation>Report &amp;threshold</translation>
        </message>
        <message>
            <source>Bewaartermijn in jaren</source>
            <translation>Retention period in years</translation>
        </message>
        <message>
            <source>Bewaartermijn o&amp;pslaan</source>
            <translation>&amp;Save retention period</translation>
        </message>
        <message>
            <source>jaar na de afsluiting</source>
            <translation>years after closing</translation>
        </message>
        <message>
            <source>Na de bewaartermijn komt een afgesloten dossier op de vernietigingslijst van de teamleider; na diens goedkeuring wordt het geanonimiseerd. De bewaartermijn is een heel aantal jaren van 1 tot en met 30.</source>
            <translation>After the retention period a closed file goes on the team leader's destruction list; after their approval it is anonymised. The retention period is a whole number of years from 1 to 30.</translation>
        </message>
        <message>
            <source>&amp;Bewaartermijn</source>
            <translation>&amp;Retention period</translation>
        </message>
        <message>
            <source>Schermvergrendeling in minuten</source>
            <translation>Screen lock in minutes</translation>
        </message>
        <message>
            <source>Vergrendeling op&amp;slaan</source>
            <translation>&amp;Save screen lock</translation>
        </message>
        <message>
            <source>minuten zonder muis of toetsenbord</source>
            <translation>minutes without mouse or keyboard</translation>
        </message>
        <message>
            <source>Computers in de buurtkamers worden door meer mensen gebruikt. Na deze tijd zonder gebruik vergrendelt het scherm; dit geldt voor alle computers vanaf de volgende keer inloggen. Kies 1 tot en met 60 minuten.</source>
            <translation>Computers in the neighbourhood rooms are shared. After this time without use the screen locks; this applies to all computers from the next login. Choose 1 to 60 minutes.</translation>
        </message>
        <message>
            <source>Scherm &amp;vergrendelen na</source>
            <translation>&amp;Lock the screen after</translation>
        </message>
        <message>
            <source>Vul een heel aantal minuten van 1 tot en met 60 in.</source>
            <translation>Enter a whole number of minutes from 1 to 60.</translation>
        </message>
        <message>
            <source>De schermvergrendeling is opgeslagen; ze geldt vanaf de volgende keer inloggen.</source>
            <translation>The screen lock has been saved; it applies from the next login.</translation>
        </message>
        <message>
            <source>Vul als bewaartermijn een heel aantal jaren van 1 tot en met 30 in.</source>
            <translation>Enter a retention period of a whole number of years from 1 to 30.</translation>
        </message>
        <message>
            <source>De bewaartermijn is opgeslagen.</source>
            <translation>The retention period has been saved.</translation>
        </message>
        <message>
            <source>Vul als drempel een heel getal van 2 of meer in.</source>
            <translation>Enter a whole number of 2 or more as the threshold.</translation>
        </message>
        <message>
            <source>De drempel is opgeslagen.</source>
            <translation>The threshold has been saved.</translation>
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
        <name>SignalDialog</name>
        <message>
            <source>Niet vastgelegd</source>
            <translation>Not recorded</translation>
        </message>
        <message>
            <source>Waar de ondersteuningsvraag onder valt: jeugd, Wmo, participatie of schulden.</source>
            <translation>What the support question falls under: youth, Wmo, participation or debts.</translation>
        </message>
        <message>
            <source>&amp;Naam bewoner:</source>
            <translation>&amp;Name of resident:</translation>
        </message>
        <message>
            <source>&amp;Telefoon:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>&amp;Straat:</source>
            <translation>&amp;Street:</translation>
        </message>
        <message>
            <source>&amp;Huisnummer:</source>
            <translation>&amp;House number:</translation>
        </message>
        <message>
            <source>T&amp;oevoeging:</source>
            <translation>A&amp;ddition:</translation>
        </message>
        <message>
            <source>&amp;Postcode:</source>
            <translation>&amp;Postcode:</translation>
        </message>
        <message>
            <source>&amp;Woonplaats:</source>
            <translation>&amp;Town:</translation>
        </message>
        <message>
            <source>&amp;Bron:</source>
            <translation>&amp;Source:</translation>
        </message>
        <message>
            <source>Sub&amp;domein:</source>
            <translation>Sub&amp;domain:</translation>
        </message>
        <message>
            <source>&amp;Urgentie:</source>
            <translation>&amp;Urgency:</translation>
        </message>
        <message>
            <source>&amp;Ontvangen op:</source>
            <translation>&amp;Received on:</translation>
        </message>
        <message>
            <source>&amp;Omschrijving:</source>
            <translation>&amp;Description:</translation>
        </message>
    </context>
    <context>
        <name>SignalsModel</name>
        <message>
            <source>{0} d</source>
            <translation>{0} d</translation>
        </message>
        <message>
            <source> (te lang)</source>
            <translation> (too long)</translation>
        </message>
        <message>
            <source>Urgentie</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Ontvangen</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Bron</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Subdomein</source>
            <translation>Subdomain</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Omschrijving</source>
            <translation>Description</translation>
        </message>
    </context>
    <context>
        <name>SignalsPage</name>
        <message>
            <source>Nieuwe aanmeldingen</source>
            <translation>New signals</translation>
        </message>
        <message>
            <source>&amp;Beoordelen… (Enter)</source>
            <translation>&amp;Assess… (Enter)</translation>
        </message>
        <message>
            <source>&amp;Nieuwe aanmelding…</source>
            <translation>&amp;New signal…</translation>
        </message>
        <message>
            <source>&amp;Vernieuwen</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Er zijn geen nieuwe aanmeldingen.</source>
            <translation>There are no new signals.</translation>
        </message>
        <message>
            <source>{0} open, waarvan {1} te lang</source>
            <translation>{0} open, {1} of them too long</translation>
        </message>
        <message>
            <source>{0} open</source>
            <translation>{0} open</translation>
        </message>
    </context>
    <context>
        <name>SocialMap</name>
        <message>
            <source>Sociale kaart</source>
            <translation>Social map</translation>
        </message>
        <message>
            <source>Voorliggend</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Basisondersteuning</source>
            <translation>Basic support</translation>
        </message>
        <message>
            <source>Maatwerk</source>
            <translation>Tailored</translation>
        </message>
    </context>
    <context>
        <name>SocialMapPage</name>
        <message>
            <source>Zoek een voorziening, bijv. voedselbank, taal of schulden</source>
            <translation>Search a service, e.g. food bank, language or debts</translation>
        </message>
        <message>
            <source>Zoeken in de sociale kaart</source>
            <translation>Search the social map</translation>
        </message>
        <message>
            <source>&amp;Zoeken:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>alle leeftijden</source>
            <translation>all ages</translation>
        </message>
        <message>
            <source> jaar</source>
            <translation> years</translation>
        </message>
        <message>
            <source>Alle kosten</source>
            <translation>All costs</translation>
        </message>
        <message>
            <source>Gratis</source>
            <translation>Free</translation>
        </message>
        <message>
            <source>Met eigen bijdrage</source>
            <translation>With own contribution</translation>
        </message>
        <message>
            <source>Alle soorten</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Nu &amp;open</source>
            <translation>&amp;Open now</translation>
        </message>
        <message>
            <source>Alleen &amp;verouderd</source>
            <translation>Only &amp;outdated</translation>
        </message>
        <message>
            <source>Leefgebied</source>
            <translation>Life domain</translation>
        </message>
        <message>
            <source>Onderwerp</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Wijk of dorp</source>
            <translation>Neighbourhood or village</translation>
        </message>
        <message>
            <source>Kosten</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Soort voorziening</source>
            <translation>Kind of service</translation>
        </message>
        <message>
            <source>Leeftijd</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Gevonden voorzieningen</source>
            <translation>Services found</translation>
        </message>
        <message>
            <source>Wegwijzer &amp;afdrukken…</source>
            <translation>&amp;Print signpost…</translation>
        </message>
        <message>
            <source>Wegwijzer op&amp;slaan als PDF…</source>
            <translation>&amp;Save signpost as PDF…</translation>
        </message>
        <message>
            <source>&amp;Klopt niet meer…</source>
            <translation>No &amp;longer correct…</translation>
        </message>
        <message>
            <source>&amp;Nieuwe voorziening…</source>
            <translation>&amp;New service…</translation>
        </message>
        <message>
            <source>&amp;Wijzigen…</source>
            <translation>&amp;Change…</translation>
        </message>
        <message>
            <source>&amp;Te controleren…</source>
            <translation>&amp;To check…</translation>
        </message>
        <message>
            <source>&amp;Inlezen…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>Sociale kaart inlezen uit een HSDS-pakket</source>
            <translation>Import the social map from an HSDS package</translation>
        </message>
        <message>
            <source>&amp;Uitvoeren…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>Sociale kaart uitvoeren als HSDS-CSV of xlsx</source>
            <translation>Export the social map as HSDS CSV or xlsx</translation>
        </message>
        <message>
            <source>&amp;Geen passend aanbod…</source>
            <translation>No &amp;fitting provision…</translation>
        </message>
        <message>
            <source>&amp;Hiaten…</source>
            <translation>&amp;Gaps…</translation>
        </message>
        <message>
            <source>Alle leefgebieden</source>
            <translation>All life domains</translation>
        </message>
        <message>
            <source>Alle onderwerpen</source>
            <translation>All topics</translation>
        </message>
        <message>
            <source>Alle wijken en dorpen</source>
            <translation>All neighbourhoods and villages</translation>
        </message>
        <message>
            <source>Eerste {0} voorzieningen; typ meer om te verfijnen</source>
            <translation>First {0} services; type more to narrow down</translation>
        </message>
        <message numerus="yes">
            <source>%n voorziening(en)</source>
            <translation>
                <numerusform>%n service</numerusform>
                <numerusform>%n services</numerusform>
            </translation>
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
        <name>ToCheckDialog</name>
        <message>
            <source>Te controleren</source>
            <translation>To check</translation>
        </message>
        <message>
            <source>Te controleren voorzieningen</source>
            <translation>Services to check</translation>
        </message>
        <message>
            <source>&amp;Openen</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Gecontroleerd: klopt weer</source>
            <translation>&amp;Checked: correct again</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{0} gemeld als 'klopt niet meer', {1} langer dan zes maanden niet gecontroleerd.</source>
            <translation>{0} reported as 'no longer correct', {1} not checked for more than six months.</translation>
        </message>
        <message>
            <source>  Gemeld door {0}: {1}</source>
            <translation>  Reported by {0}: {1}</translation>
        </message>
        <message>
            <source>nooit</source>
            <translation>never</translation>
        </message>
        <message>
            <source>  Laatst gecontroleerd: {0}</source>
            <translation>  Last checked: {0}</translation>
        </message>
    </context>
    <context>
        <name>TriageDialog</name>
        <message>
            <source>De aanmelding</source>
            <translation>The signal</translation>
        </message>
        <message>
            <source>&amp;Nieuw huishouden met regievoerder</source>
            <translation>&amp;New household with a case manager</translation>
        </message>
        <message>
            <source>&amp;Koppelen aan bestaand huishouden</source>
            <translation>Attach to an &amp;existing household</translation>
        </message>
        <message>
            <source>&amp;Afgehandeld / advies gegeven</source>
            <translation>&amp;Handled / advice given</translation>
        </message>
        <message>
            <source>&amp;Verwezen naar een voorziening</source>
            <translation>&amp;Referred to a service</translation>
        </message>
        <message>
            <source>Besluit</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Besluit:</source>
            <translation>Decision:</translation>
        </message>
        <message>
            <source>(kies een regievoerder)</source>
            <translation>(choose a case manager)</translation>
        </message>
        <message>
            <source>bijvoorbeeld Heechterp</source>
            <translation>for example Heechterp</translation>
        </message>
        <message>
            <source>&amp;Regievoerder:</source>
            <translation>&amp;Case manager:</translation>
        </message>
        <message>
            <source>&amp;Wijk of dorp:</source>
            <translation>Neighbourhood or &amp;village:</translation>
        </message>
        <message>
            <source>Naam:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>naam, adres, postcode of nummer</source>
            <translation>name, address, postcode or number</translation>
        </message>
        <message>
            <source>Gevonden huishoudens</source>
            <translation>Households found</translation>
        </message>
        <message>
            <source>&amp;Zoek huishouden:</source>
            <translation>&amp;Find household:</translation>
        </message>
        <message>
            <source>bijvoorbeeld Schuldhulp Leeuwarden</source>
            <translation>for example Schuldhulp Leeuwarden</translation>
        </message>
        <message>
            <source>Verwezen &amp;naar:</source>
            <translation>Referred &amp;to:</translation>
        </message>
        <message>
            <source>Niet vastgelegd</source>
            <translation>Not recorded</translation>
        </message>
        <message>
            <source>Waar de ondersteuningsvraag onder valt; pas aan als de aanmelding het anders vastlegde.</source>
            <translation>What the support question falls under; change it if the signal recorded it differently.</translation>
        </message>
        <message>
            <source>&amp;Subdomein:</source>
            <translation>&amp;Subdomain:</translation>
        </message>
        <message>
            <source>&amp;Toelichting:</source>
            <translation>&amp;Explanation:</translation>
        </message>
        <message>
            <source>{0} · urgentie {1} · ontvangen {2} ({3} dagen)</source>
            <translation>{0} · urgency {1} · received {2} ({3} days)</translation>
        </message>
        <message>
            <source>Aangemeld door {0}</source>
            <translation>Registered by {0}</translation>
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
    <context>
        <name>VersionsDialog</name>
        <message>
            <source>Versies vergelijken</source>
            <translation>Compare versions</translation>
        </message>
        <message>
            <source>Versie %1 (%2, %3)</source>
            <translation>Version %1 (%2, %3)</translation>
        </message>
        <message>
            <source>Het plan zoals het nu is</source>
            <translation>The plan as it is now</translation>
        </message>
        <message>
            <source>Onderdeel</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Eerst</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>Daarna</source>
            <translation>After</translation>
        </message>
        <message>
            <source>Verschillen</source>
            <translation>Differences</translation>
        </message>
        <message>
            <source>&amp;Vergelijken</source>
            <translation>&amp;Compare</translation>
        </message>
        <message>
            <source>&amp;Oude versie</source>
            <translation>&amp;Old version</translation>
        </message>
        <message>
            <source>&amp;Nieuwe versie</source>
            <translation>&amp;New version</translation>
        </message>
    </context>
    <context>
        <name>WaitingRoomDisplay</name>
        <message>
            <source>Wachtkamerscherm – {0}</source>
            <translation>Waiting-room display – {0}</translation>
        </message>
        <message>
            <source>Aan de beurt</source>
            <translation>Now serving</translation>
        </message>
        <message>
            <source>Eerder geroepen</source>
            <translation>Called earlier</translation>
        </message>
        <message>
            <source>naar {0}</source>
            <translation>to {0}</translation>
        </message>
    </context>
</TS>