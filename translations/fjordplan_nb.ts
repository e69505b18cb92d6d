<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Merk alt</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Trinn opp</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Trinn &amp;ned</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Lukker panelet</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Løsne</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Løsner panelet og fester det igjen</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Vis </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» er skrivebeskyttet.
Vil du slette den likevel?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Er du sikker på at du vil slette «%1»?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Liste over steder og bokmerker</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Filmappe</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Min datamaskin</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Se i:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Opprett en ny mappe</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Finn mappe</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Fant ikke mappen.
Kontroller at mappenavnet er riktig.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidepanel</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Kunne ikke slette mappen.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Fremover</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Gå fremover</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gå til overordnet mappe</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nylige steder</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Bytt til detaljvisning</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Opprett ny mappe</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Snarvei</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fant ikke filen.
Kontroller at filnavnet er riktig.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Bytt til listevisning</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Min datamaskin</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Ugyldig filnavn</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Navnet «%1» kan ikke brukes.&lt;/b&gt;&lt;p&gt;Prøv et annet navn, med færre tegn eller uten skilletegn.</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Endret</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Skriv inn en verdi:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>NetBox import</source>
        <translation>NetBox-import</translation>
    </message>
    <message>
        <source>NetBox import failed</source>
        <translation>NetBox-importen mislyktes</translation>
    </message>
    <message>
        <source>Export to NetBox: choose a folder</source>
        <translation>Eksporter til NetBox: velg en mappe</translation>
    </message>
    <message>
        <source>NetBox export</source>
        <translation>NetBox-eksport</translation>
    </message>
    <message>
        <source>Wrote racks.csv, power-panels.csv and power-feeds.csv to %1.</source>
        <translation>Skrev racks.csv, power-panels.csv og power-feeds.csv til %1.</translation>
    </message>
    <message>
        <source>NetBox export failed</source>
        <translation>NetBox-eksporten mislyktes</translation>
    </message>
    <message>
        <source>Wrote the investor report (%n page).</source>
        <translation>Skrev investorrapporten (%n side).</translation>
    </message>
    <message>
        <source>Wrote the investor report (%n pages).</source>
        <translation>Skrev investorrapporten (%n sider).</translation>
    </message>
    <message>
        <source>Wrote the investor report (%n section).</source>
        <translation>Skrev investorrapporten (%n del).</translation>
    </message>
    <message>
        <source>Wrote the investor report (%n sections).</source>
        <translation>Skrev investorrapporten (%n deler).</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Rull til venstre</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Rull til høyre</translation>
    </message>
</context>
<context>
    <name>QUndoGroup</name>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Gjør om %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Angre %1</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;tom&gt;</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Gjør om %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Angre %1</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;lenkeadresse</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>fjord::Commands</name>
    <message>
        <source>Stage %1</source>
        <translation>Trinn %1</translation>
    </message>
    <message>
        <source>Add stage %1 to scenario %2</source>
        <translation>Legg til trinn %1 i scenario %2</translation>
    </message>
    <message>
        <source>cooling system</source>
        <translation>kjølesystem</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>leietaker</translation>
    </message>
    <message>
        <source>uncertain input</source>
        <translation>usikker inndata</translation>
    </message>
    <message>
        <source>heat offtake</source>
        <translation>varmeuttak</translation>
    </message>
    <message>
        <source>load profile</source>
        <translation>lastprofil</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>trinn</translation>
    </message>
    <message>
        <source>PPA</source>
        <translation>PPA</translation>
    </message>
    <message>
        <source>guarantee of origin</source>
        <translation>opprinnelsesgaranti</translation>
    </message>
    <message>
        <source>opex item</source>
        <translation>driftskostnadspost</translation>
    </message>
    <message>
        <source>rack type</source>
        <translation>racktype</translation>
    </message>
    <message>
        <source>Edit cost catalogue</source>
        <translation>Endre kostnadskatalogen</translation>
    </message>
    <message>
        <source>Edit grid supply</source>
        <translation>Endre nettforsyningen</translation>
    </message>
    <message>
        <source>Change climate</source>
        <translation>Bytt klima</translation>
    </message>
    <message>
        <source>Change the other weather years</source>
        <translation>Endre de andre værårene</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>Endre %1 %2</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>Legg til %1 %2</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>Fjern %1 %2</translation>
    </message>
    <message>
        <source>Change %1 of %2 %3</source>
        <translation>Endre %1 for %2 %3</translation>
    </message>
    <message>
        <source>Add cooling system %1</source>
        <translation>Legg til kjølesystem %1</translation>
    </message>
    <message>
        <source>Remove cooling system %1</source>
        <translation>Fjern kjølesystem %1</translation>
    </message>
    <message>
        <source>Cool %n hall with %1</source>
        <translation>Kjøl %n hall med %1</translation>
    </message>
    <message>
        <source>Cool %n halls with %1</source>
        <translation>Kjøl %n haller med %1</translation>
    </message>
    <message>
        <source>Take the cooling system off %n hall</source>
        <translation>Ta kjølesystemet av %n hall</translation>
    </message>
    <message>
        <source>Take the cooling system off %n halls</source>
        <translation>Ta kjølesystemet av %n haller</translation>
    </message>
    <message>
        <source>Align and distribute work on racks of one hall</source>
        <translation>Juster og fordel virker på racker i én hall</translation>
    </message>
    <message>
        <source>Select at least %1 racks</source>
        <translation>Velg minst %1 racker</translation>
    </message>
    <message>
        <source>Clipboard: not a Fjordplan layout (%1)</source>
        <translation>Utklippstavle: ikke en Fjordplan-planløsning (%1)</translation>
    </message>
    <message>
        <source>Clipboard: not a Fjordplan layout of version %1</source>
        <translation>Utklippstavle: ikke en Fjordplan-planløsning av versjon %1</translation>
    </message>
    <message>
        <source>Clipboard: hall %1 has a bad %2</source>
        <translation>Utklippstavle: hall %1 har ugyldig %2</translation>
    </message>
    <message>
        <source>Clipboard: row %1 has a bad %2</source>
        <translation>Utklippstavle: rad %1 har ugyldig %2</translation>
    </message>
    <message>
        <source>Clipboard: rack %1 has a bad %2</source>
        <translation>Utklippstavle: rack %1 har ugyldig %2</translation>
    </message>
    <message>
        <source>Paste: row %1 needs a hall to go into</source>
        <translation>Lim inn: rad %1 trenger en hall å stå i</translation>
    </message>
    <message>
        <source>Paste: rack %1 needs a hall to go into</source>
        <translation>Lim inn: rack %1 trenger en hall å stå i</translation>
    </message>
    <message>
        <source>Paste: rack %1 uses a rack type this project&apos;s catalogue lacks</source>
        <translation>Lim inn: rack %1 bruker en racktype som mangler i prosjektets katalog</translation>
    </message>
    <message>
        <source>Paste: rack %1 would lie outside hall %2</source>
        <translation>Lim inn: rack %1 ville ligge utenfor hall %2</translation>
    </message>
    <message>
        <source>A hall needs a positive width and depth (got %1 × %2 m)</source>
        <translation>En hall trenger positiv bredde og dybde (fikk %1 × %2 m)</translation>
    </message>
    <message>
        <source>A row needs a hall</source>
        <translation>En rad trenger en hall</translation>
    </message>
    <message>
        <source>A row needs a rack type of the catalogue</source>
        <translation>En rad trenger en racktype fra katalogen</translation>
    </message>
    <message>
        <source>A row needs at least one rack and a positive pitch</source>
        <translation>En rad trenger minst ett rack og en positiv deling</translation>
    </message>
    <message>
        <source>Row %1 does not fit in hall %2: rack %3 would lie outside</source>
        <translation>Rad %1 får ikke plass i hall %2: rack %3 ville ligge utenfor</translation>
    </message>
    <message>
        <source>A rack must be placed inside a hall</source>
        <translation>Et rack må plasseres inne i en hall</translation>
    </message>
    <message>
        <source>Unknown rack type</source>
        <translation>Ukjent racktype</translation>
    </message>
    <message>
        <source>Rack at (%1, %2) m lies outside hall %3 (%4 × %5 m)</source>
        <translation>Rack på (%1, %2) m ligger utenfor hall %3 (%4 × %5 m)</translation>
    </message>
    <message>
        <source>Rotating would put rack %1 outside hall %2</source>
        <translation>Rotering ville flytte rack %1 ut av hall %2</translation>
    </message>
    <message>
        <source>Unknown stage</source>
        <translation>Ukjent trinn</translation>
    </message>
    <message>
        <source>A name names one rack; use Renumber to name many</source>
        <translation>Et navn gjelder ett rack; bruk Omnummerer for å navngi flere</translation>
    </message>
    <message>
        <source>A rack needs a name</source>
        <translation>Et rack trenger et navn</translation>
    </message>
    <message>
        <source>A position places one rack; select one rack to type its position</source>
        <translation>En posisjon plasserer ett rack; velg ett rack for å skrive inn posisjonen</translation>
    </message>
    <message>
        <source>A position and a rotation must be numbers</source>
        <translation>Posisjon og rotasjon må være tall</translation>
    </message>
    <message>
        <source>Rack %1 would not fit in hall %2 with the new type</source>
        <translation>Rack %1 ville ikke få plass i hall %2 med den nye typen</translation>
    </message>
    <message>
        <source>Rack %1 would lie outside hall %2 (%3 × %4 m) at (%5, %6) m turned %7°</source>
        <translation>Rack %1 ville ligge utenfor hall %2 (%3 × %4 m) på (%5, %6) m dreid %7°</translation>
    </message>
    <message>
        <source>Unknown hall</source>
        <translation>Ukjent hall</translation>
    </message>
    <message>
        <source>A hall needs a name</source>
        <translation>En hall trenger et navn</translation>
    </message>
    <message>
        <source>Hall %1 needs a positive width and depth (got %2 × %3 m)</source>
        <translation>Hall %1 trenger positiv bredde og dybde (fikk %2 × %3 m)</translation>
    </message>
    <message>
        <source>Hall %1 would overlap hall %2</source>
        <translation>Hall %1 ville overlappe hall %2</translation>
    </message>
    <message>
        <source>Floor load limit of hall %1 must not be negative</source>
        <translation>Gulvbelastningsgrensen for hall %1 kan ikke være negativ</translation>
    </message>
    <message>
        <source>Unknown cooling system</source>
        <translation>Ukjent kjølesystem</translation>
    </message>
    <message>
        <source>Hall %1 would be too small for rack %2</source>
        <translation>Hall %1 ville bli for liten for rack %2</translation>
    </message>
    <message>
        <source>Unknown row</source>
        <translation>Ukjent rad</translation>
    </message>
    <message>
        <source>Row %1 lies in no hall</source>
        <translation>Rad %1 ligger ikke i noen hall</translation>
    </message>
    <message>
        <source>A row needs a name</source>
        <translation>En rad trenger et navn</translation>
    </message>
    <message>
        <source>Hall %1 already has a row %2</source>
        <translation>Hall %1 har allerede en rad %2</translation>
    </message>
    <message>
        <source>The pitch of row %1 must be positive (got %2 m)</source>
        <translation>Delingen i rad %1 må være positiv (fikk %2 m)</translation>
    </message>
    <message>
        <source>Unknown power node for the feed of row %1</source>
        <translation>Ukjent kraftnode for tilførselen til rad %1</translation>
    </message>
    <message>
        <source>Row %1 needs between 1 and %2 racks (got %3)</source>
        <translation>Rad %1 trenger mellom 1 og %2 racker (fikk %3)</translation>
    </message>
    <message>
        <source>Row %1 has no rack type to add racks of: choose a type</source>
        <translation>Rad %1 har ingen racktype å legge til racker av: velg en type</translation>
    </message>
    <message>
        <source>Row %1 would not fit in hall %2: rack %3 would lie outside</source>
        <translation>Rad %1 ville ikke få plass i hall %2: rack %3 ville ligge utenfor</translation>
    </message>
    <message>
        <source>Add power node %1</source>
        <translation>Legg til kraftnode %1</translation>
    </message>
    <message>
        <source>Remove power node %1</source>
        <translation>Fjern kraftnode %1</translation>
    </message>
    <message>
        <source>Move power node %1</source>
        <translation>Flytt kraftnode %1</translation>
    </message>
    <message>
        <source>Edit power node %1</source>
        <translation>Endre kraftnode %1</translation>
    </message>
    <message>
        <source>Add redundancy group %1</source>
        <translation>Legg til redundansgruppe %1</translation>
    </message>
    <message>
        <source>Assign feeds of rack %1</source>
        <translation>Tildel tilførsler til rack %1</translation>
    </message>
    <message>
        <source>Auto-balance phases</source>
        <translation>Autobalanser faser</translation>
    </message>
    <message>
        <source>Rename project to %1</source>
        <translation>Gi prosjektet nytt navn: %1</translation>
    </message>
    <message>
        <source>Change project description</source>
        <translation>Endre prosjektbeskrivelsen</translation>
    </message>
    <message>
        <source>Set site climate to %1</source>
        <translation>Sett klimaet for stedet til %1</translation>
    </message>
    <message>
        <source>Change site %1</source>
        <translation>Endre stedets %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>breddegrad</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>lengdegrad</translation>
    </message>
    <message>
        <source>Change project setting %1</source>
        <translation>Endre prosjektinnstillingen %1</translation>
    </message>
    <message>
        <source>design power</source>
        <translation>dimensjonerende effekt</translation>
    </message>
    <message>
        <source>GPUs per rack</source>
        <translation>GPU-er per rack</translation>
    </message>
    <message>
        <source>liquid fraction</source>
        <translation>væskeandel</translation>
    </message>
    <message>
        <source>power factor</source>
        <translation>effektfaktor</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>masse</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>enhetskostnad</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>leverandør</translation>
    </message>
    <message>
        <source>Rack type %1 is used by %2 and %3; change or remove those first</source>
        <translation>Racktype %1 brukes av %2 og %3; endre eller fjern disse først</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>rack</translation>
    </message>
    <message>
        <source>racks</source>
        <translation>racker</translation>
    </message>
    <message>
        <source>load profiles</source>
        <translation>lastprofiler</translation>
    </message>
    <message>
        <source>Remove scenario %1</source>
        <translation>Fjern scenario %1</translation>
    </message>
    <message>
        <source>Remove stage %1 from scenario %2</source>
        <translation>Fjern trinn %1 fra scenario %2</translation>
    </message>
    <message>
        <source>Rename %1 %2 to %3</source>
        <translation>Gi %1 %2 nytt navn: %3</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scenario %1</translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation>Legg til scenario %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <source>Duplicate scenario %1 as %2</source>
        <translation>Dupliser scenario %1 som %2</translation>
    </message>
    <message>
        <source>energisation date</source>
        <translation>dato for spenningssetting</translation>
    </message>
    <message>
        <source>grid capacity</source>
        <translation>nettkapasitet</translation>
    </message>
    <message>
        <source>ramp-up</source>
        <translation>opptrapping</translation>
    </message>
    <message>
        <source>Allocate %n object to %1</source>
        <translation>Tildel %n objekt til %1</translation>
    </message>
    <message>
        <source>Allocate %n objects to %1</source>
        <translation>Tildel %n objekter til %1</translation>
    </message>
    <message>
        <source>Take back the allocation of %n object</source>
        <translation>Ta tilbake tildelingen av %n objekt</translation>
    </message>
    <message>
        <source>Take back the allocation of %n objects</source>
        <translation>Ta tilbake tildelingen av %n objekter</translation>
    </message>
    <message>
        <source>Remove tenant %1</source>
        <translation>Fjern leietaker %1</translation>
    </message>
    <message>
        <source>Import %n rack from NetBox</source>
        <translation>Importer %n rack fra NetBox</translation>
    </message>
    <message>
        <source>Import %n racks from NetBox</source>
        <translation>Importer %n racker fra NetBox</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objekt</translation>
    </message>
    <message>
        <source>project</source>
        <translation>prosjekt</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <source>hall</source>
        <translation>hall</translation>
    </message>
    <message>
        <source>row</source>
        <translation>rad</translation>
    </message>
    <message>
        <source>power node</source>
        <translation>kraftnode</translation>
    </message>
    <message>
        <source>redundancy group</source>
        <translation>redundansgruppe</translation>
    </message>
</context>
<context>
    <name>fjord::Comparison</name>
    <message>
        <source>Racks</source>
        <translation>Racker</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU-er</translation>
    </message>
    <message>
        <source>IT capacity</source>
        <translation>IT-kapasitet</translation>
    </message>
    <message>
        <source>White-space density</source>
        <translation>Effekttetthet i IT-arealet</translation>
    </message>
    <message>
        <source>Facility peak</source>
        <translation>Anleggets toppeffekt</translation>
    </message>
    <message>
        <source>Design demand</source>
        <translation>Dimensjonerende effektbehov</translation>
    </message>
    <message>
        <source>Grid capacity</source>
        <translation>Nettkapasitet</translation>
    </message>
    <message>
        <source>IT energy</source>
        <translation>IT-energi</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Anleggets energi</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>WUE</source>
        <translation>WUE</translation>
    </message>
    <message>
        <source>ERF</source>
        <translation>ERF</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>CFE hourly</source>
        <translation>CFE time for time</translation>
    </message>
    <message>
        <source>CUE location-based</source>
        <translation>CUE stedsbasert</translation>
    </message>
    <message>
        <source>Energy cost</source>
        <translation>Energikostnad</translation>
    </message>
    <message>
        <source>Capex, cumulative</source>
        <translation>Investeringer (capex), akkumulert</translation>
    </message>
    <message>
        <source>Capex per MW IT</source>
        <translation>Investeringer per MW IT</translation>
    </message>
    <message>
        <source>NPV of what the stage adds</source>
        <translation>NNV av det trinnet tilfører</translation>
    </message>
    <message>
        <source>IRR of what the stage adds</source>
        <translation>IRR av det trinnet tilfører</translation>
    </message>
    <message>
        <source>Levelised cost per GPU-hour, campus</source>
        <translation>Nivåkostnad per GPU-time, campus</translation>
    </message>
    <message>
        <source>NPV, campus</source>
        <translation>NNV, campus</translation>
    </message>
    <message>
        <source>IRR, campus</source>
        <translation>IRR, campus</translation>
    </message>
    <message>
        <source>Problems, scenario</source>
        <translation>Problemer, scenario</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <source>Retyped</source>
        <translation>Ny type</translation>
    </message>
    <message>
        <source>Re-fed</source>
        <translation>Ny tilførsel</translation>
    </message>
</context>
<context>
    <name>fjord::Engine</name>
    <message>
        <source>dry bulb</source>
        <translation>tørr temperatur</translation>
    </message>
    <message>
        <source>relative humidity</source>
        <translation>relativ fuktighet</translation>
    </message>
    <message>
        <source>wind speed</source>
        <translation>vindhastighet</translation>
    </message>
    <message>
        <source>global horizontal irradiance</source>
        <translation>global horisontal innstråling</translation>
    </message>
    <message>
        <source>%1 has %2 hours</source>
        <translation>%1 har %2 timer</translation>
    </message>
    <message>
        <source>%1 has missing values</source>
        <translation>%1 mangler verdier</translation>
    </message>
    <message>
        <source>The climate &quot;%1&quot; cannot be used for the hourly figures (%2); energy, PUE, carbon and cost figures are left at zero</source>
        <translation>Klimaet «%1» kan ikke brukes til timetallene (%2); energi, PUE, karbon og kostnader står på null</translation>
    </message>
    <message>
        <source>Stage %1 asked for, but scenario %2 has %3</source>
        <translation>Trinn %1 ble etterspurt, men scenario %2 har %3</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>trinn</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>trinn</translation>
    </message>
    <message>
        <source>No stage has an energisation date; the cash flow starts in 2027</source>
        <translation>Ingen trinn har dato for spenningssetting; kontantstrømmen starter i 2027</translation>
    </message>
    <message>
        <source>%1 has no energisation date; the cash flow takes %2</source>
        <translation>%1 har ingen dato for spenningssetting; kontantstrømmen bruker %2</translation>
    </message>
    <message>
        <source>the free cash flow never changes sign</source>
        <translation>den frie kontantstrømmen skifter aldri fortegn</translation>
    </message>
    <message>
        <source>no rate between −99 % and 1000 % a year makes the NPV zero</source>
        <translation>ingen rente mellom −99 % og 1000 % i året gjør NNV lik null</translation>
    </message>
    <message>
        <source>several rates make the NPV zero (%1): the IRR is not unique</source>
        <translation>flere renter gjør NNV lik null (%1): IRR er ikke entydig</translation>
    </message>
    <message>
        <source>Default cooling (METHOD §3)</source>
        <translation>Standard kjøling (METHOD §3)</translation>
    </message>
    <message>
        <source>Training (default 0.85)</source>
        <translation>Trening (standard 0,85)</translation>
    </message>
    <message>
        <source>Hall %1 has no cooling system; the engine uses the METHOD defaults (W32, dry coolers, chiller trim) for its racks</source>
        <translation>Hall %1 har intet kjølesystem; beregningen bruker METHOD-standardene (W32, tørrkjølere, kjølemaskin som spisslast) for rackene</translation>
    </message>
    <message>
        <source>%1 left out of the energy figures (first: %2): unknown rack type or stage</source>
        <translation>%1 er utelatt fra energitallene (første: %2): ukjent racktype eller trinn</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>rack</translation>
    </message>
    <message>
        <source>racks</source>
        <translation>racker</translation>
    </message>
    <message>
        <source>Load profile %1 has %2 hourly values instead of %3; the engine uses its base utilisation %4 every hour</source>
        <translation>Lastprofil %1 har %2 timeverdier i stedet for %3; beregningen bruker grunnutnyttelsen %4 hver time</translation>
    </message>
    <message>
        <source>Load profile %1 has utilisation outside 0 … 1; the engine clamps it to that range</source>
        <translation>Lastprofil %1 har utnyttelse utenfor 0 … 1; beregningen begrenser den til dette området</translation>
    </message>
    <message>
        <source>there is no scenario with id %1</source>
        <translation>det finnes ikke noe scenario med id %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME=FROM:TO:STEP or NAME=VALUE</source>
        <translation>«%1» er ikke NAVN=FRA:TIL:STEG eller NAVN=VERDI</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the step must be &gt; 0 and TO &gt;= FROM</source>
        <translation>«%1»: steget må være &gt; 0 og TIL &gt;= FRA</translation>
    </message>
    <message>
        <source>no parameter to sweep</source>
        <translation>ingen parameter å variere</translation>
    </message>
    <message>
        <source>%1: the step must be &gt; 0 and TO &gt;= FROM</source>
        <translation>%1: steget må være &gt; 0 og TIL &gt;= FRA</translation>
    </message>
    <message>
        <source>the grid has more than %1 variants; use larger steps or several sweeps</source>
        <translation>rutenettet har mer enn %1 varianter; bruk større steg eller flere variasjonsberegninger</translation>
    </message>
    <message>
        <source>%1 through %2: the dry coolers must reject %3 MW at the design ambient %4 °C with every rack at design power, but are rated %5 MW; the loops cannot hold their supply temperatures</source>
        <translation>%1 gjennom %2: tørrkjølerne må avgi %3 MW ved dimensjonerende utetemperatur %4 °C med alle racker på dimensjonerende effekt, men er dimensjonert for %5 MW; kretsene klarer ikke å holde turtemperaturene</translation>
    </message>
    <message>
        <source>%1: its dry coolers are sized for a return of %2 °C at a design ambient of %3 °C, which cannot reject heat without a chiller; the sized fan model (METHOD v2) then runs the fans at minimum speed below the return. Raise the design return above the design ambient</source>
        <translation>%1: tørrkjølerne er dimensjonert for en returtemperatur på %2 °C ved en dimensjonerende utetemperatur på %3 °C, som ikke kan avgi varme uten kjølemaskin; den dimensjonerte viftemodellen (METHOD v2) kjører da viftene på minste turtall under returtemperaturen. Hev den dimensjonerende returtemperaturen over den dimensjonerende utetemperaturen</translation>
    </message>
    <message>
        <source>%1: the air side supplies the racks at %2 °C, outside the ASHRAE recommended inlet range 18–27 °C</source>
        <translation>%1: luftsiden leverer luft til rackene på %2 °C, utenfor ASHRAEs anbefalte innløpsområde 18–27 °C</translation>
    </message>
    <message>
        <source>%1: the design demand (every rack at peak power, cooling at the design ambient) is %2 MW but the grid connection through this stage is %3 MW (expected peak %4 MW)</source>
        <translation>%1: det dimensjonerende effektbehovet (alle racker på toppeffekt, kjøling ved dimensjonerende utetemperatur) er %2 MW, men nettilknytningen gjennom dette trinnet er %3 MW (forventet topp %4 MW)</translation>
    </message>
    <message>
        <source>Variant %1 has no scenario with id %2</source>
        <translation>Variant %1 har ikke noe scenario med id %2</translation>
    </message>
</context>
<context>
    <name>fjord::Model</name>
    <message>
        <source>Sized dry coolers (METHOD v2)</source>
        <translation>Dimensjonerte tørrkjølere (METHOD v2)</translation>
    </message>
    <message>
        <source>Fan law (METHOD v1)</source>
        <translation>Vifteloven (METHOD v1)</translation>
    </message>
    <message>
        <source>/kW-month</source>
        <translation>/kW-måned</translation>
    </message>
    <message>
        <source>/GPU-hour</source>
        <translation>/GPU-time</translation>
    </message>
    <message>
        <source>/rack-month</source>
        <translation>/rack-måned</translation>
    </message>
    <message>
        <source>Grid carbon intensity (location-based)</source>
        <translation>Nettets karbonintensitet (stedsbasert)</translation>
    </message>
    <message>
        <source>kg CO₂e/kWh</source>
        <translation>kg CO₂e/kWh</translation>
    </message>
    <message>
        <source>Grid residual mix (market-based)</source>
        <translation>Nettets restmiks (markedsbasert)</translation>
    </message>
    <message>
        <source>Clean share of the grid mix</source>
        <translation>Ren andel av nettmiksen</translation>
    </message>
    <message>
        <source>share</source>
        <translation>andel</translation>
    </message>
    <message>
        <source>Building cost</source>
        <translation>Byggkostnad</translation>
    </message>
    <message>
        <source>%1/W IT</source>
        <translation>%1/W IT</translation>
    </message>
    <message>
        <source>Electrical cost</source>
        <translation>Elektrokostnad</translation>
    </message>
    <message>
        <source>Mechanical cost</source>
        <translation>Mekanisk kostnad</translation>
    </message>
    <message>
        <source>%1/W heat</source>
        <translation>%1/W varme</translation>
    </message>
    <message>
        <source>Grid connection cost</source>
        <translation>Kostnad for nettilknytning</translation>
    </message>
    <message>
        <source>%1/VA</source>
        <translation>%1/VA</translation>
    </message>
    <message>
        <source>UPS cost</source>
        <translation>UPS-kostnad</translation>
    </message>
    <message>
        <source>%1/W UPS</source>
        <translation>%1/W UPS</translation>
    </message>
    <message>
        <source>Soft costs</source>
        <translation>Myke kostnader</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Uforutsett</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Vedlikehold</translation>
    </message>
    <message>
        <source>share of capex/yr</source>
        <translation>andel av investeringene/år</translation>
    </message>
    <message>
        <source>Staff cost</source>
        <translation>Personalkostnad</translation>
    </message>
    <message>
        <source>%1/yr</source>
        <translation>%1/år</translation>
    </message>
    <message>
        <source>Corporate tax rate</source>
        <translation>Selskapsskattesats</translation>
    </message>
    <message>
        <source>PPA</source>
        <translation>PPA</translation>
    </message>
    <message>
        <source>rack type</source>
        <translation>racktype</translation>
    </message>
    <message>
        <source>cooling system</source>
        <translation>kjølesystem</translation>
    </message>
    <message>
        <source>heat offtake</source>
        <translation>varmeuttak</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>leietaker</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>trinn</translation>
    </message>
    <message>
        <source>there is no scenario with id %1</source>
        <translation>det finnes ikke noe scenario med id %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the part after &apos;:&apos; is not an id</source>
        <translation>«%1»: delen etter &apos;:&apos; er ikke en id</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no %2 with id %3</source>
        <translation>«%1»: det finnes ikke noe %2 med id %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the site has no other weather years (add EPW files of other years in the climate panel of the Cooling &amp; Energy tab)</source>
        <translation>«%1»: stedet har ingen andre værår (legg til EPW-filer for andre år i klimapanelet på fanen Kjøling og energi)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the scenario has no load profile for every rack type</source>
        <translation>«%1»: scenarioet har ikke en lastprofil for hver racktype</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter that can be uncertain</source>
        <translation>«%1» er ikke en parameter som kan være usikker</translation>
    </message>
    <message>
        <source>Grid energy price</source>
        <translation>Energipris fra nettet</translation>
    </message>
    <message>
        <source>Tenant price: %1</source>
        <translation>Leietakerpris: %1</translation>
    </message>
    <message>
        <source>Delay of %1</source>
        <translation>Forsinkelse av %1</translation>
    </message>
    <message>
        <source>months</source>
        <translation>måneder</translation>
    </message>
    <message>
        <source>Capex overrun</source>
        <translation>Kostnadsoverskridelse</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Diskonteringsrente</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per år</translation>
    </message>
    <message>
        <source>Unit cost: %1</source>
        <translation>Enhetskostnad: %1</translation>
    </message>
    <message>
        <source> per rack</source>
        <translation> per rack</translation>
    </message>
    <message>
        <source>Utilisation (%1)</source>
        <translation>Utnyttelse (%1)</translation>
    </message>
    <message>
        <source>Supply temperature: %1</source>
        <translation>Turtemperatur: %1</translation>
    </message>
    <message>
        <source>PPA price: %1</source>
        <translation>PPA-pris: %1</translation>
    </message>
    <message>
        <source>PPA capacity: %1</source>
        <translation>PPA-kapasitet: %1</translation>
    </message>
    <message>
        <source>Design power: %1</source>
        <translation>Dimensjonerende effekt: %1</translation>
    </message>
    <message>
        <source>W per rack</source>
        <translation>W per rack</translation>
    </message>
    <message>
        <source>Peak power: %1</source>
        <translation>Toppeffekt: %1</translation>
    </message>
    <message>
        <source>W per rack (0: the design power)</source>
        <translation>W per rack (0: den dimensjonerende effekten)</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>Temperaturløft: %1</translation>
    </message>
    <message>
        <source>Dry-cooler approach: %1</source>
        <translation>Tørrkjøler-approach: %1</translation>
    </message>
    <message>
        <source>Chiller η: %1</source>
        <translation>Kjølemaskinens η: %1</translation>
    </message>
    <message>
        <source>share of Carnot</source>
        <translation>andel av Carnot</translation>
    </message>
    <message>
        <source>Heat price: %1</source>
        <translation>Varmepris: %1</translation>
    </message>
    <message>
        <source>Heat offtake capacity: %1</source>
        <translation>Kapasitet for varmeuttak: %1</translation>
    </message>
    <message>
        <source>Expected utilisation: %1</source>
        <translation>Forventet utnyttelse: %1</translation>
    </message>
    <message>
        <source>Price escalation: %1</source>
        <translation>Prisjustering: %1</translation>
    </message>
    <message>
        <source>Grid capacity added: %1</source>
        <translation>Tilført nettkapasitet: %1</translation>
    </message>
    <message>
        <source>Weather year (0: %1; 1 to %2: the other years)</source>
        <translation>Værår (0: %1; 1 til %2: de andre årene)</translation>
    </message>
    <message>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the value is not a number</source>
        <translation>«%1»: verdien er ikke et tall</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no weather year %2 (0 is the site&apos;s climate, 1 to %3 the others)</source>
        <translation>«%1»: det finnes ikke noe værår %2 (0 er stedets klima, 1 til %3 de andre)</translation>
    </message>
    <message>
        <source>%1: a bound is not a number</source>
        <translation>%1: en grense er ikke et tall</translation>
    </message>
    <message>
        <source>%1: a triangular distribution needs low &lt;= mode &lt;= high</source>
        <translation>%1: en trekantfordeling krever lav &lt;= modus &lt;= høy</translation>
    </message>
    <message>
        <source>%1: a uniform distribution needs low &lt;= high</source>
        <translation>%1: en uniform fordeling krever lav &lt;= høy</translation>
    </message>
    <message>
        <source>%1: a normal distribution needs sd &gt; 0 and low &lt; high</source>
        <translation>%1: en normalfordeling krever sd &gt; 0 og lav &lt; høy</translation>
    </message>
    <message>
        <source>%1: a discrete distribution needs at least one value</source>
        <translation>%1: en diskret fordeling trenger minst én verdi</translation>
    </message>
    <message>
        <source>%1: a value is not a number</source>
        <translation>%1: en verdi er ikke et tall</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>Trekant</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Uniform</translation>
    </message>
    <message>
        <source>Normal (truncated)</source>
        <translation>Normal (avkortet)</translation>
    </message>
    <message>
        <source>Discrete values</source>
        <translation>Diskrete verdier</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>%1 allocates %2 % of its IT capacity to start-ups and research (target %3 %): %4 MW short</source>
        <translation>%1 tildeler %2 % av IT-kapasiteten til oppstartsselskaper og forskning (mål %3 %): %4 MW for lite</translation>
    </message>
    <message>
        <source>Anchor offtaker</source>
        <translation>Ankerkunde</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Bedrift</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Oppstartsselskap</translation>
    </message>
    <message>
        <source>Research/academia</source>
        <translation>Forskning/akademia</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Capacity lease</source>
        <translation>Kapasitetsleie</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU-timer</translation>
    </message>
    <message>
        <source>Reserved racks</source>
        <translation>Reserverte racker</translation>
    </message>
</context>
<context>
    <name>fjord::Power</name>
    <message>
        <source>%1: left as it was; a new split would load a phase over its rating</source>
        <translation>%1: uendret; en ny fordeling ville belaste en fase over merkeytelsen</translation>
    </message>
    <message>
        <source>%1: left as it was; no better split found</source>
        <translation>%1: uendret; fant ingen bedre fordeling</translation>
    </message>
    <message>
        <source>no busway or PDU to feed from</source>
        <translation>ingen skinnekanal eller PDU å mate fra</translation>
    </message>
    <message>
        <source>%1 left as they were: no busway had room within its rating</source>
        <translation>%1 uendret: ingen skinnekanal hadde plass innenfor merkeytelsen</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>rack</translation>
    </message>
    <message>
        <source>racks</source>
        <translation>racker</translation>
    </message>
    <message>
        <source>racks are fed from a busway or PDU</source>
        <translation>rackene mates fra en skinnekanal eller PDU</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>nettilknytning</translation>
    </message>
    <message>
        <source>transformer</source>
        <translation>transformator</translation>
    </message>
    <message>
        <source>ups</source>
        <translation>UPS</translation>
    </message>
    <message>
        <source>switchboard</source>
        <translation>fordelingstavle</translation>
    </message>
    <message>
        <source>busway</source>
        <translation>skinnekanal</translation>
    </message>
    <message>
        <source>pdu</source>
        <translation>PDU</translation>
    </message>
    <message>
        <source>Rack %1 has no power feed</source>
        <translation>Rack %1 har ingen strømtilførsel</translation>
    </message>
    <message>
        <source>Rack %1 is fed only from power nodes that do not exist in %2</source>
        <translation>Rack %1 mates bare fra kraftnoder som ikke finnes i %2</translation>
    </message>
    <message>
        <source>this stage</source>
        <translation>dette trinnet</translation>
    </message>
    <message>
        <source>Rack %1 is fed from one side only, but its supply %2 is redundant (2N or distributed): losing that side drops the rack</source>
        <translation>Rack %1 mates bare fra én side, men forsyningen %2 er redundant (2N eller distribuert): faller den siden ut, mister racket strømmen</translation>
    </message>
    <message>
        <source>%1 is loaded to %2 of its %3 kVA rating (limit %4, %5)</source>
        <translation>%1 er belastet til %2 av merkeytelsen på %3 kVA (grense %4, %5)</translation>
    </message>
    <message>
        <source>%1 carries %2 of its %3 kVA rating at design power but %4 with every rack at its peak power (limit %5, %6)</source>
        <translation>%1 bærer %2 av merkeytelsen på %3 kVA ved dimensjonerende effekt, men %4 med alle racker på toppeffekt (grense %5, %6)</translation>
    </message>
    <message>
        <source>%1 is loaded to %2 of its %3 kVA rating, above the %4 warning threshold</source>
        <translation>%1 er belastet til %2 av merkeytelsen på %3 kVA, over varslingsgrensen på %4</translation>
    </message>
    <message>
        <source>%1 would be loaded to %2 of its %3 kVA rating after a single failure (limit %4, %5)</source>
        <translation>%1 ville bli belastet til %2 av merkeytelsen på %3 kVA etter ett enkelt utfall (grense %4, %5)</translation>
    </message>
    <message>
        <source>%1 has a phase imbalance of %2 % (L1 %3 A, L2 %4 A, L3 %5 A; warn above %6 %, error above %7 %)</source>
        <translation>%1 har en faseubalanse på %2 % (L1 %3 A, L2 %4 A, L3 %5 A; advarsel over %6 %, feil over %7 %)</translation>
    </message>
</context>
<context>
    <name>fjord::Risks</name>
    <message>
        <source>high</source>
        <translation>høy</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderat</translation>
    </message>
    <message>
        <source>note</source>
        <translation>merknad</translation>
    </message>
    <message>
        <source>%1 has no grid capacity</source>
        <translation>%1 har ingen nettkapasitet</translation>
    </message>
    <message>
        <source>The campus through %1 has a design demand of %2 MW with no grid connection entered.</source>
        <translation>Campus gjennom %1 har et dimensjonerende effektbehov på %2 MW uten at noen nettilknytning er lagt inn.</translation>
    </message>
    <message>
        <source>%1 needs more grid capacity than it has</source>
        <translation>%1 trenger mer nettkapasitet enn det har</translation>
    </message>
    <message>
        <source>Little grid headroom in %1</source>
        <translation>Lite nettmargin i %1</translation>
    </message>
    <message>
        <source>Design demand %1 MW (every rack at peak power, cooling at the design ambient; expected peak %2 MW) against %3 MW of grid capacity: %4 % headroom (risk below %5 %).</source>
        <translation>Dimensjonerende effektbehov %1 MW (alle racker på toppeffekt, kjøling ved dimensjonerende utetemperatur; forventet topp %2 MW) mot %3 MW nettkapasitet: %4 % margin (risiko under %5 %).</translation>
    </message>
    <message>
        <source>%n power node overloads when one part fails</source>
        <translation>%n kraftnode overbelastes når én komponent svikter</translation>
    </message>
    <message>
        <source>%n power nodes overload when one part fails</source>
        <translation>%n kraftnoder overbelastes når én komponent svikter</translation>
    </message>
    <message>
        <source>Worst: %1 at %2 % of its rating after a single failure (%3).</source>
        <translation>Verst: %1 på %2 % av merkeytelsen etter ett enkelt utfall (%3).</translation>
    </message>
    <message>
        <source>%n error in the plan</source>
        <translation>%n feil i planen</translation>
    </message>
    <message>
        <source>%n errors in the plan</source>
        <translation>%n feil i planen</translation>
    </message>
    <message>
        <source>The Problems list names them; the figures of an erroneous plan are not reliable.</source>
        <translation>Problemlisten viser dem; tallene for en plan med feil er ikke pålitelige.</translation>
    </message>
    <message>
        <source>Chillers run %1 h a year</source>
        <translation>Kjølemaskinene går %1 t i året</translation>
    </message>
    <message>
        <source>Above the dry coolers&apos; reach the chillers carry the heat: PUE and peak power depend on the hot hours of the climate year.</source>
        <translation>Når tørrkjølerne ikke strekker til, tar kjølemaskinene varmen: PUE og toppeffekt avhenger av de varme timene i klimaåret.</translation>
    </message>
    <message>
        <source>The climate is a synthetic year</source>
        <translation>Klimaet er et syntetisk år</translation>
    </message>
    <message>
        <source>%1: monthly normals with a diurnal cycle and warm spells (docs/method.md). Confirm the cooling figures with a measured weather file (EPW).</source>
        <translation>%1: månedsnormaler med døgnvariasjon og varmeperioder (docs/method.md). Bekreft kjøletallene med en målt værfil (EPW).</translation>
    </message>
    <message>
        <source>%1 % of the energy is carbon-free hour by hour</source>
        <translation>%1 % av energien er karbonfri time for time</translation>
    </message>
    <message>
        <source>Grid import not matched by PPAs: %1 GWh a year at the grid&apos;s mix.</source>
        <translation>Nettimport som ikke dekkes av PPA-er: %1 GWh i året med nettets miks.</translation>
    </message>
    <message>
        <source>Energy prices are flat</source>
        <translation>Energiprisene er flate</translation>
    </message>
    <message>
        <source>Grid energy at %1 %2/MWh all year and every year: no hourly prices and no energy price escalation are modelled (tenant prices escalate per contract).</source>
        <translation>Nettenergi til %1 %2/MWh hele året og alle år: verken timepriser eller prisstigning på energi er modellert (leietakerprisene justeres etter kontrakt).</translation>
    </message>
</context>
<context>
    <name>fjord::Server</name>
    <message>
        <source>unknown error</source>
        <translation>ukjent feil</translation>
    </message>
    <message>
        <source>not a PostgreSQL URL (expected postgresql://host/database?project=KEY)</source>
        <translation>ikke en PostgreSQL-URL (forventet postgresql://vert/database?project=NØKKEL)</translation>
    </message>
    <message>
        <source>malformed URL (%1)</source>
        <translation>ugyldig URL (%1)</translation>
    </message>
    <message>
        <source>the path must be just the database name</source>
        <translation>stien må bare være databasenavnet</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a port number</source>
        <translation>port «%1» er ikke et portnummer</translation>
    </message>
    <message>
        <source>the value of %1 may not contain &apos;;&apos; or spaces</source>
        <translation>verdien av %1 kan ikke inneholde «;» eller mellomrom</translation>
    </message>
    <message>
        <source>no project named (add ?project=KEY)</source>
        <translation>ingen prosjekt oppgitt (legg til ?project=NØKKEL)</translation>
    </message>
    <message>
        <source>project key &apos;%1&apos; must be 1-40 characters of a-z, 0-9 and _</source>
        <translation>prosjektnøkkelen «%1» må være 1–40 tegn av a–z, 0–9 og _</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; on %2</source>
        <translation>prosjektet «%1» på %2</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>kan ikke opprette en midlertidig mappe</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>ikke lagret</translation>
    </message>
    <message>
        <source>after you opened revision %1</source>
        <translation>etter at du åpnet revisjon %1</translation>
    </message>
    <message>
        <source>save your work as a new scenario or reload (nothing is lost)</source>
        <translation>lagre arbeidet som et nytt scenario eller last inn på nytt (ingenting går tapt)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>invalid project key</source>
        <translation>ugyldig prosjektnøkkel</translation>
    </message>
    <message>
        <source>%1: %2: cannot connect (%3)</source>
        <translation>%1: %2: kan ikke koble til (%3)</translation>
    </message>
    <message>
        <source>%1: %2: %3 saved revision %4 at %5 UTC %6; %7</source>
        <translation>%1: %2: %3 lagret revisjon %4 kl. %5 UTC %6; %7</translation>
    </message>
    <message>
        <source>the project was saved by a newer Fjordplan (schema %1, this program writes %2)</source>
        <translation>prosjektet ble lagret av en nyere Fjordplan (skjema %1, dette programmet skriver %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no such project on the server</source>
        <translation>prosjektet finnes ikke på serveren</translation>
    </message>
    <message>
        <source>there is no revision %1 (the revisions are 1 to %2)</source>
        <translation>det finnes ingen revisjon %1 (revisjonene er 1 til %2)</translation>
    </message>
    <message>
        <source>revision %1 is damaged (its snapshot does not unpack)</source>
        <translation>revisjon %1 er skadet (øyeblikksbildet kan ikke pakkes ut)</translation>
    </message>
    <message>
        <source>cannot write a temporary file (%1)</source>
        <translation>kan ikke skrive en midlertidig fil (%1)</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, revisjon %2</translation>
    </message>
    <message>
        <source>cannot connect (%1)</source>
        <translation>kan ikke koble til (%1)</translation>
    </message>
    <message>
        <source>there are no Fjordplan projects in database &apos;%1&apos;</source>
        <translation>det finnes ingen Fjordplan-prosjekter i databasen «%1»</translation>
    </message>
    <message>
        <source>the rows do not fit together (%1)</source>
        <translation>radene henger ikke sammen (%1)</translation>
    </message>
    <message>
        <source>%1: cannot connect (%2)</source>
        <translation>%1: kan ikke koble til (%2)</translation>
    </message>
    <message>
        <source>no such project</source>
        <translation>prosjektet finnes ikke</translation>
    </message>
    <message>
        <source>%1: no such project on the server</source>
        <translation>%1: prosjektet finnes ikke på serveren</translation>
    </message>
    <message>
        <source>revision %1 not restored</source>
        <translation>revisjon %1 ble ikke gjenopprettet</translation>
    </message>
    <message>
        <source>after you listed the history (up to revision %1)</source>
        <translation>etter at du viste historikken (til og med revisjon %1)</translation>
    </message>
    <message>
        <source>nothing was changed; look at the history again and restore from there</source>
        <translation>ingenting ble endret; se på historikken igjen og gjenopprett derfra</translation>
    </message>
    <message>
        <source>restored revision %1</source>
        <translation>gjenopprettet revisjon %1</translation>
    </message>
</context>
<context>
    <name>fjord::Storage</name>
    <message>
        <source>%1 is not a number: &apos;%2&apos;</source>
        <translation>%1 er ikke et tall: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is not a whole number: &apos;%2&apos;</source>
        <translation>%1 er ikke et heltall: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 %2 is outside %3..%4</source>
        <translation>%1 %2 er utenfor %3..%4</translation>
    </message>
    <message>
        <source>%1: every %2 value is missing</source>
        <translation>%1: alle %2-verdier mangler</translation>
    </message>
    <message>
        <source>%1:%2: %3 filled by linear interpolation (first here)</source>
        <translation>%1:%2: %3 fylt ut med lineær interpolasjon (første her)</translation>
    </message>
    <message>
        <source>missing %1 value</source>
        <translation>manglende %1-verdi</translation>
    </message>
    <message>
        <source>missing %1 values</source>
        <translation>manglende %1-verdier</translation>
    </message>
    <message>
        <source>: no such file</source>
        <translation>: filen finnes ikke</translation>
    </message>
    <message>
        <source>: not a regular file</source>
        <translation>: ikke en vanlig fil</translation>
    </message>
    <message>
        <source>: cannot read: </source>
        <translation>: kan ikke leses: </translation>
    </message>
    <message>
        <source>: too large for an hourly weather file (%1 bytes)</source>
        <translation>: for stor for en værfil med timeverdier (%1 byte)</translation>
    </message>
    <message>
        <source>: empty file, not an EPW weather file</source>
        <translation>: tom fil, ikke en EPW-værfil</translation>
    </message>
    <message>
        <source>not an EPW weather file (the first line must start with LOCATION)</source>
        <translation>ikke en EPW-værfil (første linje må begynne med LOCATION)</translation>
    </message>
    <message>
        <source>the file ends inside the 8 header lines</source>
        <translation>filen slutter inne i de 8 topplinjene</translation>
    </message>
    <message>
        <source>expected the DATA PERIODS header line</source>
        <translation>forventet topplinjen DATA PERIODS</translation>
    </message>
    <message>
        <source>%1 records per hour; only hourly files (1 per hour) are supported</source>
        <translation>%1 registreringer per time; bare timefiler (1 per time) støttes</translation>
    </message>
    <message>
        <source>extra data row after 31 December hour 24</source>
        <translation>ekstra datarad etter 31. desember time 24</translation>
    </message>
    <message>
        <source>%1 fields; an EPW data row has %2</source>
        <translation>%1 felt; en EPW-datarad har %2</translation>
    </message>
    <message>
        <source>expected %1/%2 hour %3, found %4/%5 hour %6 (rows out of order, missing or repeated)</source>
        <translation>forventet %1/%2 time %3, fant %4/%5 time %6 (rader i feil rekkefølge, manglende eller gjentatt)</translation>
    </message>
    <message>
        <source>the file ends after %1 data rows, at %2/%3 hour %4; a year needs 8760 rows (8784 in a leap year)</source>
        <translation>filen slutter etter %1 datarader, ved %2/%3 time %4; et år trenger 8760 rader (8784 i et skuddår)</translation>
    </message>
    <message>
        <source>%1: leap year: the 24 hours of 29 February were dropped</source>
        <translation>%1: skuddår: de 24 timene 29. februar ble utelatt</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kan ikke leses (%1)</translation>
    </message>
    <message>
        <source>is larger than 64 MB; a load profile has 8760 lines</source>
        <translation>er større enn 64 MB; en lastprofil har 8760 linjer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» er ikke et tall</translation>
    </message>
    <message>
        <source>utilisation %1 is negative or not finite</source>
        <translation>utnyttelsen %1 er negativ eller ikke endelig</translation>
    </message>
    <message>
        <source>more than 8784 values; a year has 8760 hours</source>
        <translation>mer enn 8784 verdier; et år har 8760 timer</translation>
    </message>
    <message>
        <source>has %1 values; a year needs %2 (one per hour)</source>
        <translation>har %1 verdier; et år trenger %2 (én per time)</translation>
    </message>
    <message>
        <source>utilisation %1 % is above 100 %</source>
        <translation>utnyttelsen %1 % er over 100 %</translation>
    </message>
    <message>
        <source>written by a newer Fjordplan (schema %1, this program reads up to %2)</source>
        <translation>skrevet av en nyere Fjordplan (skjema %1, dette programmet leser opptil %2)</translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation>kan ikke lese migrering %1</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>migrering til skjema %1 mislyktes: %2</translation>
    </message>
    <message>
        <source>%1:1: unknown column &apos;%2&apos; (not a NetBox import column)</source>
        <translation>%1:1: ukjent kolonne &apos;%2&apos; (ikke en NetBox-importkolonne)</translation>
    </message>
    <message>
        <source>%1:1: missing column &apos;%2&apos;</source>
        <translation>%1:1: kolonnen &apos;%2&apos; mangler</translation>
    </message>
    <message>
        <source>%1:1: column &apos;%2&apos; has no place in the model (not imported)</source>
        <translation>%1:1: kolonnen &apos;%2&apos; har ingen plass i modellen (ikke importert)</translation>
    </message>
    <message>
        <source>NetBox import: NetBox records no rack power; set the design power</source>
        <translation>NetBox-import: NetBox registrerer ikke rackeffekt; angi den dimensjonerende effekten</translation>
    </message>
    <message>
        <source>%1: a rack needs a site and a name</source>
        <translation>%1: et rack trenger et sted og et navn</translation>
    </message>
    <message>
        <source>%1: rack &apos;%2&apos; appears twice in site &apos;%3&apos;</source>
        <translation>%1: racket &apos;%2&apos; forekommer to ganger på stedet &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: rack &apos;%2&apos; already exists in scenario &apos;%3&apos;</source>
        <translation>%1: racket &apos;%2&apos; finnes allerede i scenarioet &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%n rack has no matching rack type and uses the generic &apos;%1&apos; type with 0 W: NetBox records no rack power, set its design power</source>
        <translation>%n rack har ingen passende racktype og bruker den generiske typen &apos;%1&apos; med 0 W: NetBox registrerer ikke rackeffekt, angi den dimensjonerende effekten</translation>
    </message>
    <message>
        <source>%n racks have no matching rack type and use the generic &apos;%1&apos; type with 0 W: NetBox records no rack power, set its design power</source>
        <translation>%n racker har ingen passende racktype og bruker den generiske typen &apos;%1&apos; med 0 W: NetBox registrerer ikke rackeffekt, angi den dimensjonerende effekten</translation>
    </message>
    <message>
        <source>%1: a power panel needs a name</source>
        <translation>%1: en strømtavle trenger et navn</translation>
    </message>
    <message>
        <source>%1: power panel &apos;%2&apos; appears twice</source>
        <translation>%1: strømtavlen &apos;%2&apos; forekommer to ganger</translation>
    </message>
    <message>
        <source>NetBox power panels have no capacity: the %1 imported switchboards have no rating; set one</source>
        <translation>NetBox-strømtavler har ingen kapasitet: de %1 importerte fordelingstavlene har ingen merkeytelse; angi en</translation>
    </message>
    <message>
        <source>%1: a power feed needs a name</source>
        <translation>%1: en strømtilførsel trenger et navn</translation>
    </message>
    <message>
        <source>%1: power feed &apos;%2&apos; appears twice on panel &apos;%3&apos;</source>
        <translation>%1: strømtilførselen &apos;%2&apos; forekommer to ganger på tavlen &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: feed &apos;%2&apos; names unknown power panel &apos;%3&apos;</source>
        <translation>%1: tilførselen &apos;%2&apos; viser til ukjent strømtavle &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: type &apos;%2&apos; is neither &apos;primary&apos; nor &apos;redundant&apos;</source>
        <translation>%1: typen &apos;%2&apos; er verken &apos;primary&apos; eller &apos;redundant&apos;</translation>
    </message>
    <message>
        <source>%1: feed &apos;%2&apos; is a DC feed; only AC feeds can be imported</source>
        <translation>%1: tilførselen &apos;%2&apos; er en DC-tilførsel; bare AC-tilførsler kan importeres</translation>
    </message>
    <message>
        <source>%1: supply &apos;%2&apos; is neither &apos;ac&apos; nor &apos;dc&apos;</source>
        <translation>%1: forsyningen &apos;%2&apos; er verken &apos;ac&apos; eller &apos;dc&apos;</translation>
    </message>
    <message>
        <source>%1: phase &apos;%2&apos; is neither &apos;single-phase&apos; nor &apos;three-phase&apos;</source>
        <translation>%1: fasen &apos;%2&apos; er verken &apos;single-phase&apos; eller &apos;three-phase&apos;</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not a number</source>
        <translation>%1: %2 &apos;%3&apos; er ikke et tall</translation>
    </message>
    <message>
        <source>%1: %2 %3 is outside %4…%5</source>
        <translation>%1: %2 %3 er utenfor %4…%5</translation>
    </message>
    <message>
        <source>%1: feed &apos;%2&apos; names unknown rack &apos;%3&apos;</source>
        <translation>%1: tilførselen &apos;%2&apos; viser til ukjent rack &apos;%3&apos;</translation>
    </message>
    <message>
        <source>NetBox voltages: three-phase feeds are read as line-to-line, single-phase feeds as line-to-neutral</source>
        <translation>NetBox-spenninger: trefasetilførsler leses som linjespenning, enfasetilførsler som fasespenning</translation>
    </message>
    <message>
        <source>max_utilization %1 % on %2 feeds: NetBox&apos;s per-feed draw limit is not stored; Fjordplan checks every node against the project&apos;s continuous-load rule (IEC 100 % or NEC 80 %)</source>
        <translation>max_utilization %1 % på %2 tilførsler: NetBox&apos; grense for uttak per tilførsel lagres ikke; Fjordplan kontrollerer hver node mot prosjektets regel for kontinuerlig last (IEC 100 % eller NEC 80 %)</translation>
    </message>
    <message>
        <source>%1 single-phase feeds were spread over L1, L2, L3 in turn per panel: NetBox records the leg on outlets, not feeds; check them against the wiring or use Auto-balance</source>
        <translation>%1 enfasetilførsler ble fordelt på L1, L2, L3 etter tur per tavle: NetBox registrerer fasen på uttak, ikke tilførsler; kontroller dem mot kablingen eller bruk Autobalanser</translation>
    </message>
    <message>
        <source>%1 feeds name no rack and feed nothing</source>
        <translation>%1 tilførsler viser ikke til noe rack og mater ingenting</translation>
    </message>
    <message>
        <source>%1 feeds name a power panel that was not imported; switchboards were created for them</source>
        <translation>%1 tilførsler viser til en strømtavle som ikke ble importert; det ble opprettet fordelingstavler for dem</translation>
    </message>
    <message>
        <source>NetBox import: no scenario with id %1</source>
        <translation>NetBox-import: det finnes ikke noe scenario med id %1</translation>
    </message>
    <message>
        <source>%1:%2: text after a closing quote</source>
        <translation>%1:%2: tekst etter et avsluttende anførselstegn</translation>
    </message>
    <message>
        <source>%1:%2: a quoted field is never closed</source>
        <translation>%1:%2: et felt i anførselstegn avsluttes aldri</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kan ikke åpnes: %2</translation>
    </message>
    <message>
        <source>%1:1: the file is empty (expected a NetBox CSV header)</source>
        <translation>%1:1: filen er tom (forventet en NetBox-CSV-overskrift)</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields, but the header has %4</source>
        <translation>%1:%2: %3 felt, men overskriften har %4</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kan ikke skrive: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation>%1: kan ikke opprette mappen</translation>
    </message>
    <message>
        <source>damaged file (%1)</source>
        <translation>skadet fil (%1)</translation>
    </message>
    <message>
        <source>not a Fjordplan project (an SQLite database with application_id %1)</source>
        <translation>ikke et Fjordplan-prosjekt (en SQLite-database med application_id %1)</translation>
    </message>
    <message>
        <source>damaged file (integrity check: %1)</source>
        <translation>skadet fil (integritetskontroll: %1)</translation>
    </message>
    <message>
        <source>damaged file: a row refers to a missing parent in table %1</source>
        <translation>skadet fil: en rad viser til en overordnet rad som mangler i tabellen %1</translation>
    </message>
    <message>
        <source>could not create the schema</source>
        <translation>kunne ikke opprette skjemaet</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen finnes ikke</translation>
    </message>
    <message>
        <source>is a directory, not a project file</source>
        <translation>er en mappe, ikke en prosjektfil</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>er ikke en vanlig fil</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kan ikke leses: %1</translation>
    </message>
    <message>
        <source>empty file, not a Fjordplan project</source>
        <translation>tom fil, ikke et Fjordplan-prosjekt</translation>
    </message>
    <message>
        <source>%1 MB, larger than the %2 MB a project may have</source>
        <translation>%1 MB, større enn de %2 MB et prosjekt kan ha</translation>
    </message>
    <message>
        <source>not a Fjordplan project (not an SQLite database)</source>
        <translation>ikke et Fjordplan-prosjekt (ikke en SQLite-database)</translation>
    </message>
    <message>
        <source>damaged file (truncated: %1 bytes)</source>
        <translation>skadet fil (avkortet: %1 byte)</translation>
    </message>
    <message>
        <source>cannot copy the file for migration</source>
        <translation>kan ikke kopiere filen for migrering</translation>
    </message>
    <message>
        <source>: cannot save: </source>
        <translation>: kan ikke lagre: </translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>mappen %1 finnes ikke</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1 (%2)</source>
        <translation>kan ikke opprette en midlertidig fil i %1 (%2)</translation>
    </message>
    <message>
        <source>cannot flush the temporary file to disk (%1)</source>
        <translation>kan ikke skrive den midlertidige filen til disk (%1)</translation>
    </message>
    <message>
        <source>cannot replace the file (%1)</source>
        <translation>kan ikke erstatte filen (%1)</translation>
    </message>
    <message>
        <source>: cannot save: cannot create the folder %1</source>
        <translation>: kan ikke lagre: kan ikke opprette mappen %1</translation>
    </message>
    <message>
        <source>the temporary file keeps disappearing</source>
        <translation>den midlertidige filen forsvinner stadig</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>tabell %1: %2</translation>
    </message>
    <message>
        <source>table %1, column %2, %3: %4</source>
        <translation>tabell %1, kolonne %2, %3: %4</translation>
    </message>
    <message>
        <source>text &apos;%1&apos;</source>
        <translation>teksten «%1»</translation>
    </message>
    <message>
        <source>the real number %1</source>
        <translation>desimaltallet %1</translation>
    </message>
    <message>
        <source>the integer %1</source>
        <translation>heltallet %1</translation>
    </message>
    <message>
        <source>expected %1, found NULL</source>
        <translation>forventet %1, fant NULL</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>forventet et tall, fant %1</translation>
    </message>
    <message>
        <source>expected a finite number, found %1</source>
        <translation>forventet et endelig tall, fant %1</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>forventet et heltall, fant %1</translation>
    </message>
    <message>
        <source>integer %1 is out of range</source>
        <translation>heltallet %1 er utenfor gyldig område</translation>
    </message>
    <message>
        <source>expected 0 or 1, found %1</source>
        <translation>forventet 0 eller 1, fant %1</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>forventet tekst, fant %1</translation>
    </message>
    <message>
        <source>a text of %1 characters, longer than the %2 allowed</source>
        <translation>en tekst på %1 tegn, lengre enn de %2 som er tillatt</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, found &apos;%1&apos;</source>
        <translation>forventet en dato ÅÅÅÅ-MM-DD, fant «%1»</translation>
    </message>
    <message>
        <source>table %1: the row is missing</source>
        <translation>tabell %1: raden mangler</translation>
    </message>
    <message>
        <source>table %1: more than one row</source>
        <translation>tabell %1: mer enn én rad</translation>
    </message>
    <message>
        <source>hours must run 0, 1, 2, ... without gaps; expected %1</source>
        <translation>timene må gå 0, 1, 2, ... uten hull; forventet %1</translation>
    </message>
    <message>
        <source>a value follows a NULL (a series may only end with NULLs)</source>
        <translation>en verdi følger etter en NULL (en serie kan bare slutte med NULL)</translation>
    </message>
    <message>
        <source>positions must run 0, 1, 2, ... without gaps; expected %1</source>
        <translation>posisjonene må gå 0, 1, 2, ... uten hull; forventet %1</translation>
    </message>
    <message>
        <source>there is no weather year %1</source>
        <translation>det finnes ikke noe værår %1</translation>
    </message>
    <message>
        <source>there is no scenario at pos %1</source>
        <translation>det finnes ikke noe scenario på posisjon %1</translation>
    </message>
    <message>
        <source>there is no such uncertain input</source>
        <translation>det finnes ingen slik usikker inndata</translation>
    </message>
    <message>
        <source>there is no such rack</source>
        <translation>det finnes ikke noe slikt rack</translation>
    </message>
    <message>
        <source>there is no such load profile</source>
        <translation>det finnes ingen slik lastprofil</translation>
    </message>
    <message>
        <source>there is no such scenario</source>
        <translation>det finnes ikke noe slikt scenario</translation>
    </message>
    <message>
        <source>table %1, column %2, %3: the value is not a number (NaN)</source>
        <translation>tabell %1, kolonne %2, %3: verdien er ikke et tall (NaN)</translation>
    </message>
    <message>
        <source>table %1, column %2, %3: the value is infinite</source>
        <translation>tabell %1, kolonne %2, %3: verdien er uendelig</translation>
    </message>
    <message>
        <source>table %1, %2: %3</source>
        <translation>tabell %1, %2: %3</translation>
    </message>
    <message>
        <source>a %1 &apos;%2&apos;</source>
        <translation>en %1 «%2»</translation>
    </message>
    <message>
        <source>not a Fjordplan project as written by Fjordplan: it contains %1 (project files hold tables only)</source>
        <translation>ikke et Fjordplan-prosjekt slik Fjordplan skriver det: det inneholder %1 (prosjektfiler har bare tabeller)</translation>
    </message>
    <message>
        <source>table %1 has more than %2 rows, more than any project needs</source>
        <translation>tabell %1 har mer enn %2 rader, flere enn noe prosjekt trenger</translation>
    </message>
    <message>
        <source>table %1, column id: id %2 is outside 1 … %3 (project.next_id %4)</source>
        <translation>tabell %1, kolonne id: id %2 er utenfor 1 … %3 (project.next_id %4)</translation>
    </message>
    <message>
        <source>id %1 belongs to more than one object (ids are unique)</source>
        <translation>id %1 tilhører mer enn ett objekt (id-er er unike)</translation>
    </message>
    <message>
        <source>a blob</source>
        <translation>en blob</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>et heltall</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
</context>
<context>
    <name>fjord::Validation</name>
    <message>
        <source>Stage %1: %2 MW of grid capacity contracted through this stage, but its grid connections carry only %3 MW (rating × power factor); raise the grid connections&apos; rating or lower the stage&apos;s grid capacity added</source>
        <translation>Trinn %1: %2 MW nettkapasitet er avtalt gjennom dette trinnet, men nettilknytningene bærer bare %3 MW (merkeytelse × effektfaktor); øk merkeytelsen til nettilknytningene eller reduser nettkapasiteten trinnet tilfører</translation>
    </message>
    <message>
        <source>Rack %1 at (%2, %3) m lies outside hall %4 (%5 × %6 m)</source>
        <translation>Rack %1 på (%2, %3) m ligger utenfor hall %4 (%5 × %6 m)</translation>
    </message>
    <message>
        <source>Rack %1 loads the floor with %2 kg/m², over the %3 kg/m² limit of hall %4</source>
        <translation>Rack %1 belaster gulvet med %2 kg/m², over grensen på %3 kg/m² i hall %4</translation>
    </message>
    <message>
        <source>Racks %1 and %2 overlap in hall %3</source>
        <translation>Rackene %1 og %2 overlapper i hall %3</translation>
    </message>
    <message>
        <source>The aisle between rows %1 and %2 of hall %3 is %4 m wide, under the %5 m minimum</source>
        <translation>Gangen mellom radene %1 og %2 i hall %3 er %4 m bred, under minstemålet på %5 m</translation>
    </message>
    <message>
        <source>%1 is %2%3, outside %4 … %5%3</source>
        <translation>%1 er %2%3, utenfor %4 … %5%3</translation>
    </message>
    <message>
        <source>%1 is %2%3; it must be greater than zero</source>
        <translation>%1 er %2%3; den må være større enn null</translation>
    </message>
    <message>
        <source>%1 is %2%3; it must not be negative</source>
        <translation>%1 er %2%3; den kan ikke være negativ</translation>
    </message>
    <message>
        <source>%1 refers to object #%2, which does not exist</source>
        <translation>%1 viser til objekt #%2, som ikke finnes</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Scenario %1 has no expansion stage</source>
        <translation>Scenario %1 har ikke noe utbyggingstrinn</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>grid capacity added</source>
        <translation>tilført nettkapasitet</translation>
    </message>
    <message>
        <source>ramp-up</source>
        <translation>opptrapping</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>has no valid energisation date</source>
        <translation>har ingen gyldig dato for spenningssetting</translation>
    </message>
    <message>
        <source>is energised before the stage before it</source>
        <translation>spenningssettes før trinnet foran</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>width</source>
        <translation>bredde</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>dybde</translation>
    </message>
    <message>
        <source>floor load limit</source>
        <translation>grense for gulvbelastning</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>trinn</translation>
    </message>
    <message>
        <source>cooling system</source>
        <translation>kjølesystem</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>hall</source>
        <translation>hall</translation>
    </message>
    <message>
        <source>pitch</source>
        <translation>deling</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>rack type</source>
        <translation>racktype</translation>
    </message>
    <message>
        <source>row</source>
        <translation>rad</translation>
    </message>
    <message>
        <source>is installed in a stage before its hall %1 is built</source>
        <translation>installeres i et trinn før hallen %1 er bygd</translation>
    </message>
    <message>
        <source>power feed</source>
        <translation>strømtilførsel</translation>
    </message>
    <message>
        <source>Power node</source>
        <translation>Kraftnode</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>merkeytelse</translation>
    </message>
    <message>
        <source>voltage</source>
        <translation>spenning</translation>
    </message>
    <message>
        <source>power factor</source>
        <translation>effektfaktor</translation>
    </message>
    <message>
        <source>has %1 phases; use 1 or 3</source>
        <translation>har %1 faser; bruk 1 eller 3</translation>
    </message>
    <message>
        <source>no-load loss</source>
        <translation>tomgangstap</translation>
    </message>
    <message>
        <source>linear loss</source>
        <translation>lineært tap</translation>
    </message>
    <message>
        <source>quadratic loss</source>
        <translation>kvadratisk tap</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>overordnet node</translation>
    </message>
    <message>
        <source>redundancy group</source>
        <translation>redundansgruppe</translation>
    </message>
    <message>
        <source>is its own upstream (a loop in the chain)</source>
        <translation>ligger oppstrøms for seg selv (en sløyfe i kjeden)</translation>
    </message>
    <message>
        <source>Redundancy group</source>
        <translation>Redundansgruppe</translation>
    </message>
    <message>
        <source>needs %1 of %2 blocks; use 1 ≤ needed ≤ blocks</source>
        <translation>trenger %1 av %2 blokker; bruk 1 ≤ nødvendige ≤ blokker</translation>
    </message>
    <message>
        <source>Cooling system</source>
        <translation>Kjølesystem</translation>
    </message>
    <message>
        <source>supply temperature</source>
        <translation>turtemperatur</translation>
    </message>
    <message>
        <source>range</source>
        <translation>temperaturløft</translation>
    </message>
    <message>
        <source>dry-cooler approach</source>
        <translation>tørrkjøler-approach</translation>
    </message>
    <message>
        <source>chiller efficiency</source>
        <translation>kjølemaskinvirkningsgrad</translation>
    </message>
    <message>
        <source>COP cap</source>
        <translation>COP-tak</translation>
    </message>
    <message>
        <source>minimum fan speed</source>
        <translation>minste viftehastighet</translation>
    </message>
    <message>
        <source>adiabatic effectiveness</source>
        <translation>adiabatisk virkningsgrad</translation>
    </message>
    <message>
        <source>auxiliary power fraction</source>
        <translation>andel hjelpeeffekt</translation>
    </message>
    <message>
        <source>design ambient</source>
        <translation>dimensjonerende utetemperatur</translation>
    </message>
    <message>
        <source>dry-cooler design return</source>
        <translation>dimensjonerende returtemperatur for tørrkjølerne</translation>
    </message>
    <message>
        <source>dry-cooler capacity</source>
        <translation>tørrkjølerkapasitet</translation>
    </message>
    <message>
        <source>Load profile</source>
        <translation>Lastprofil</translation>
    </message>
    <message>
        <source>base utilisation</source>
        <translation>grunnutnyttelse</translation>
    </message>
    <message>
        <source>amplitude</source>
        <translation>amplitude</translation>
    </message>
    <message>
        <source>has %1 hourly values; it needs %2</source>
        <translation>har %1 timeverdier; den trenger %2</translation>
    </message>
    <message>
        <source>hour %1 is %2, outside 0 … 1</source>
        <translation>time %1 er %2, utenfor 0 … 1</translation>
    </message>
    <message>
        <source>Heat offtake</source>
        <translation>Varmeuttak</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>kapasitet</translation>
    </message>
    <message>
        <source>minimum demand</source>
        <translation>minste etterspørsel</translation>
    </message>
    <message>
        <source>heating base temperature must exceed the design low</source>
        <translation>basistemperaturen for oppvarming må være høyere enn den dimensjonerende laveste temperaturen</translation>
    </message>
    <message>
        <source>Grid supply</source>
        <translation>Nettforsyning</translation>
    </message>
    <message>
        <source>renewable share</source>
        <translation>fornybar andel</translation>
    </message>
    <message>
        <source>carbon intensity</source>
        <translation>karbonintensitet</translation>
    </message>
    <message>
        <source>residual mix</source>
        <translation>restmiks</translation>
    </message>
    <message>
        <source>PPA</source>
        <translation>PPA</translation>
    </message>
    <message>
        <source>solar area</source>
        <translation>solcelleareal</translation>
    </message>
    <message>
        <source>Guarantees of origin</source>
        <translation>Opprinnelsesgarantier</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volum</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Leietaker</translation>
    </message>
    <message>
        <source>price</source>
        <translation>pris</translation>
    </message>
    <message>
        <source>expected utilisation</source>
        <translation>forventet utnyttelse</translation>
    </message>
    <message>
        <source>term</source>
        <translation>løpetid</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>prisjustering</translation>
    </message>
    <message>
        <source>re-letting price</source>
        <translation>pris ved ny utleie</translation>
    </message>
    <message>
        <source>vacancy</source>
        <translation>ledighet</translation>
    </message>
    <message>
        <source>%1 %2 is allocated to tenant id %3, which does not exist</source>
        <translation>%1 %2 er tildelt leietaker-id %3, som ikke finnes</translation>
    </message>
    <message>
        <source>Rack type</source>
        <translation>Racktype</translation>
    </message>
    <message>
        <source>design power</source>
        <translation>dimensjonerende effekt</translation>
    </message>
    <message>
        <source>liquid fraction</source>
        <translation>væskeandel</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>masse</translation>
    </message>
    <message>
        <source>feeds per side</source>
        <translation>tilførsler per side</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU-er</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>enhetskostnad</translation>
    </message>
    <message>
        <source>service life</source>
        <translation>levetid</translation>
    </message>
    <message>
        <source>price change</source>
        <translation>prisendring</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>ytelse</translation>
    </message>
    <message>
        <source>peak power</source>
        <translation>toppeffekt</translation>
    </message>
    <message>
        <source>peak power %1 kW is below the design power %2 kW; the design demand uses the peak</source>
        <translation>toppeffekten %1 kW er under den dimensjonerende effekten %2 kW; det dimensjonerende effektbehovet bruker toppeffekten</translation>
    </message>
    <message>
        <source>Cost catalogue</source>
        <translation>Kostnadskatalog</translation>
    </message>
    <message>
        <source>soft-cost share</source>
        <translation>andel myke kostnader</translation>
    </message>
    <message>
        <source>contingency share</source>
        <translation>andel uforutsett</translation>
    </message>
    <message>
        <source>discount rate</source>
        <translation>diskonteringsrente</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>horisont</translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation>valutakurs</translation>
    </message>
    <message>
        <source>tax rate</source>
        <translation>skattesats</translation>
    </message>
    <message>
        <source>building life</source>
        <translation>levetid for bygg</translation>
    </message>
    <message>
        <source>building price change</source>
        <translation>prisendring for bygg</translation>
    </message>
    <message>
        <source>electrical life</source>
        <translation>levetid for elektro</translation>
    </message>
    <message>
        <source>electrical price change</source>
        <translation>prisendring for elektro</translation>
    </message>
    <message>
        <source>mechanical life</source>
        <translation>levetid for mekanisk</translation>
    </message>
    <message>
        <source>mechanical price change</source>
        <translation>prisendring for mekanisk</translation>
    </message>
    <message>
        <source>grid life</source>
        <translation>levetid for nettilknytning</translation>
    </message>
    <message>
        <source>grid price change</source>
        <translation>prisendring for nettilknytning</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Prosjektinnstillinger</translation>
    </message>
    <message>
        <source>start-up and research target</source>
        <translation>mål for oppstartsselskaper og forskning</translation>
    </message>
    <message>
        <source>no unit costs are set (building, electrical, mechanical per W): capex is 0 until they are (Finance tab, cost catalogue)</source>
        <translation>ingen enhetskostnader er satt (bygg, elektro, mekanisk per W): investeringene er 0 til de er satt (fanen Økonomi, kostnadskatalog)</translation>
    </message>
    <message>
        <source>The site has no name or location: set them in Cooling &amp; Energy, Site (the NetBox export names the site)</source>
        <translation>Stedet har verken navn eller plassering: angi dem under Kjøling og energi, Sted (NetBox-eksporten navngir stedet)</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Klima</translation>
    </message>
    <message>
        <source>has %1 hours of dry bulb; a year needs %2</source>
        <translation>har %1 timer med tørr temperatur; et år trenger %2</translation>
    </message>
    <message>
        <source>dry bulb at hour %1 is %2 °C, outside −90 … 70 °C</source>
        <translation>tørr temperatur i time %1 er %2 °C, utenfor −90 … 70 °C</translation>
    </message>
    <message>
        <source>Opex item %1 starts with a stage that scenario %2 does not have, so its opex leaves it out (Finance tab: pick one of its stages, or none for &quot;from the first stage&quot;)</source>
        <translation>Driftskostnadsposten %1 starter med et trinn som scenario %2 ikke har, så driftskostnadene utelater den (fanen Økonomi: velg ett av trinnene, eller ingen for «fra første trinn»)</translation>
    </message>
    <message>
        <source>Scenario %1: the grid&apos;s energy price and carbon intensity are not set: energy cost and CUE read 0 until they are (Renewables tab, Grid)</source>
        <translation>Scenario %1: nettets energipris og karbonintensitet er ikke satt: energikostnad og CUE viser 0 til de er satt (fanen Fornybar, Nett)</translation>
    </message>
</context>
<context>
    <name>fjord::ui::AllocationView</name>
    <message>
        <source>Tenant / class</source>
        <translation>Leietaker / klasse</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racker</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU-er</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Andel (%)</translation>
    </message>
    <message>
        <source>No allocation yet: the scenario needs stages and racks.</source>
        <translation>Ingen tildeling ennå: scenarioet trenger trinn og racker.</translation>
    </message>
    <message>
        <source>Allocation of the campus as built through %1</source>
        <translation>Tildeling av campus slik den er bygd gjennom %1</translation>
    </message>
    <message>
        <source>By tenant</source>
        <translation>Per leietaker</translation>
    </message>
    <message>
        <source>By class</source>
        <translation>Per klasse</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Total installed</source>
        <translation>Totalt installert</translation>
    </message>
    <message>
        <source>Start-up/research target</source>
        <translation>Mål for oppstart/forskning</translation>
    </message>
    <message>
        <source>Allocation by tenant class per stage</source>
        <translation>Tildeling per leietakerklasse per trinn</translation>
    </message>
    <message>
        <source>IT capacity (%1)</source>
        <translation>IT-kapasitet (%1)</translation>
    </message>
    <message>
        <source>%1: start-up/research %2 % of %3 (target %4 %)</source>
        <translation>%1: oppstart/forskning %2 % av %3 (mål %4 %)</translation>
    </message>
    <message>
        <source>short by %1 %2</source>
        <translation>%1 %2 for lite</translation>
    </message>
</context>
<context>
    <name>fjord::ui::ChartView</name>
    <message>
        <source>Cannot write the PNG file %1.</source>
        <translation>Kan ikke skrive PNG-filen %1.</translation>
    </message>
    <message>
        <source>Chart exported by Fjordplan</source>
        <translation>Diagram eksportert av Fjordplan</translation>
    </message>
    <message>
        <source>Cannot write the SVG file %1.</source>
        <translation>Kan ikke skrive SVG-filen %1.</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Eksporter diagram som PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Eksporter PNG</translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation>Eksporter diagram som SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-bilder (*.svg)</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>Eksporter SVG</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Eksporter PNG …</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Eksporter SVG …</translation>
    </message>
</context>
<context>
    <name>fjord::ui::Charts</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Opex</source>
        <translation>Driftskostnader</translation>
    </message>
    <message>
        <source>Capex incl. replacements</source>
        <translation>Investeringer inkl. utskiftninger</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Inntekter</translation>
    </message>
    <message>
        <source>Revenue, opex and capex per year</source>
        <translation>Inntekter, driftskostnader og investeringer per år</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 i året</translation>
    </message>
    <message>
        <source>Cumulative free cash flow</source>
        <translation>Akkumulert fri kontantstrøm</translation>
    </message>
    <message>
        <source>Free cash flow in the year</source>
        <translation>Fri kontantstrøm i året</translation>
    </message>
    <message>
        <source>Payback year %1</source>
        <translation>Tilbakebetalingsår %1</translation>
    </message>
    <message>
        <source>Payback %1</source>
        <translation>Tilbakebetaling %1</translation>
    </message>
    <message>
        <source>Revenue per tenant class per year (no tenants)</source>
        <translation>Inntekter per leietakerklasse per år (ingen leietakere)</translation>
    </message>
    <message>
        <source>Revenue per tenant class per year</source>
        <translation>Inntekter per leietakerklasse per år</translation>
    </message>
</context>
<context>
    <name>fjord::ui::ClimatePanel</name>
    <message>
        <source>Mean dry bulb (°C)</source>
        <translation>Gjennomsnittlig tørr temperatur (°C)</translation>
    </message>
    <message>
        <source>Import EPW…</source>
        <translation>Importer EPW …</translation>
    </message>
    <message>
        <source>Use built-in Narvik</source>
        <translation>Bruk innebygd Narvik</translation>
    </message>
    <message>
        <source>Import weather file</source>
        <translation>Importer værfil</translation>
    </message>
    <message>
        <source>EnergyPlus weather (*.epw);;All files (*)</source>
        <translation>EnergyPlus-værfiler (*.epw);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1: cannot be read.</source>
        <translation>%1: kan ikke leses.</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Importen mislyktes: %1</translation>
    </message>
    <message>
        <source>Import EPW</source>
        <translation>Importer EPW</translation>
    </message>
    <message>
        <source>The weather file could not be used.

%1</source>
        <translation>Værfilen kunne ikke brukes.

%1</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importerte %1.</translation>
    </message>
    <message>
        <source>Imported %1 with %n repair: %2</source>
        <translation>Importerte %1 med %n reparasjon: %2</translation>
    </message>
    <message>
        <source>Imported %1 with %n repairs: %2</source>
        <translation>Importerte %1 med %n reparasjoner: %2</translation>
    </message>
    <message>
        <source>Using the built-in Narvik climate.</source>
        <translation>Bruker det innebygde Narvik-klimaet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No climate</source>
        <translation>Ingen klimadata</translation>
    </message>
    <message>
        <source>The site has no weather year: import an EPW file or use the built-in Narvik year.</source>
        <translation>Stedet har ikke noe værår: importer en EPW-fil eller bruk det innebygde Narvik-året.</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Hours&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mean dry bulb&lt;/td&gt;&lt;td align=right&gt;%2 °C&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Minimum&lt;/td&gt;&lt;td align=right&gt;%3 °C&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Maximum&lt;/td&gt;&lt;td align=right&gt;%4 °C&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Hours above 20 °C&lt;/td&gt;&lt;td align=right&gt;%5 h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Hours above 25 °C&lt;/td&gt;&lt;td align=right&gt;%6 h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Hours above 30 °C&lt;/td&gt;&lt;td align=right&gt;%7 h&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Timer&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Gjennomsnittlig tørr temperatur&lt;/td&gt;&lt;td align=right&gt;%2 °C&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Laveste&lt;/td&gt;&lt;td align=right&gt;%3 °C&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Høyeste&lt;/td&gt;&lt;td align=right&gt;%4 °C&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Timer over 20 °C&lt;/td&gt;&lt;td align=right&gt;%5 t&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Timer over 25 °C&lt;/td&gt;&lt;td align=right&gt;%6 t&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Timer over 30 °C&lt;/td&gt;&lt;td align=right&gt;%7 t&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>fjord::ui::CompareTab</name>
    <message>
        <source> pp</source>
        <translation> pp</translation>
    </message>
    <message>
        <source> M </source>
        <translation> mill. </translation>
    </message>
    <message>
        <source>%1 (%2/yr)</source>
        <translation>%1 (%2/år)</translation>
    </message>
    <message>
        <source>%1 (%2/MW)</source>
        <translation>%1 (%2/MW)</translation>
    </message>
    <message>
        <source>%1 (%2/GPU-h)</source>
        <translation>%1 (%2/GPU-t)</translation>
    </message>
    <message>
        <source>/yr</source>
        <translation>/år</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Compare A</source>
        <translation>Sammenlign A</translation>
    </message>
    <message>
        <source>with B</source>
        <translation>med B</translation>
    </message>
    <message>
        <source>through</source>
        <translation>gjennom</translation>
    </message>
    <message>
        <source>Colour racks by difference</source>
        <translation>Fargelegg racker etter forskjell</translation>
    </message>
    <message>
        <source>Racks matched by id, then by name. Click a rack to select it in both plans.</source>
        <translation>Racker matches på id, deretter på navn. Klikk på et rack for å velge det i begge planene.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Nøkkeltall</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>B − A, %</source>
        <translation>B − A, %</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Trinn %1</translation>
    </message>
    <message>
        <source>A and B are the same scenario: Project &gt; Duplicate Scenario makes a variant to compare.</source>
        <translation>A og B er samme scenario: Prosjekt &gt; Dupliser scenario lager en variant å sammenligne med.</translation>
    </message>
    <message>
        <source>Only %1 has a stage %2</source>
        <translation>Bare %1 har et trinn %2</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B er bedre</translation>
    </message>
    <message>
        <source>B is worse</source>
        <translation>B er dårligere</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Racks in B against A:</source>
        <translation>Racker i B mot A:</translation>
    </message>
</context>
<context>
    <name>fjord::ui::CoolingEditor</name>
    <message>
        <source>Cooling system</source>
        <translation>Kjølesystem</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>A new cooling system with the METHOD defaults (W32, dry coolers, chiller trim); it serves every hall that has none yet</source>
        <translation>Et nytt kjølesystem med METHOD-standardene (W32, tørrkjølere, kjølemaskin som spisslast); det betjener alle haller som ikke har noe ennå</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Tick the halls this system cools (a hall has one cooling system)</source>
        <translation>Kryss av hallene dette systemet kjøler (en hall har ett kjølesystem)</translation>
    </message>
    <message>
        <source>Cools halls</source>
        <translation>Kjøler haller</translation>
    </message>
    <message>
        <source>Facility water supply temperature Tfws</source>
        <translation>Turtemperatur for anleggsvannet Tfws</translation>
    </message>
    <message>
        <source>ASHRAE liquid-cooling class of the supply temperature</source>
        <translation>ASHRAE-klasse for væskekjøling ved denne turtemperaturen</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Tur</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Temperaturløft</translation>
    </message>
    <message>
        <source>Dry-cooler approach</source>
        <translation>Tørrkjøler-approach</translation>
    </message>
    <message>
        <source>CDU approach</source>
        <translation>CDU-approach</translation>
    </message>
    <message>
        <source>Second-law efficiency of the trim chiller</source>
        <translation>Andre lovs virkningsgrad for spisslastkjølemaskinen</translation>
    </message>
    <message>
        <source>Chiller η</source>
        <translation>Kjølemaskinens η</translation>
    </message>
    <message>
        <source>Chiller COP cap</source>
        <translation>COP-tak, kjølemaskin</translation>
    </message>
    <message>
        <source>Adiabatic assist</source>
        <translation>Adiabatisk forsterkning</translation>
    </message>
    <message>
        <source>Ambient above which the evaporative assist runs</source>
        <translation>Utetemperatur over hvilken den evaporative forsterkningen går</translation>
    </message>
    <message>
        <source>above</source>
        <translation>over</translation>
    </message>
    <message>
        <source>Sized dry coolers: sized once for the peak heat at the design ambient and design return; a colder supply needs more air. Fan law: full speed at 25 °C whatever the loop (older projects)</source>
        <translation>Dimensjonerte tørrkjølere: dimensjonert én gang for toppvarmen ved dimensjonerende utetemperatur og returtemperatur; en kaldere tur krever mer luft. Vifteloven: fullt turtall ved 25 °C uansett krets (eldre prosjekter)</translation>
    </message>
    <message>
        <source>Dry-cooler fans</source>
        <translation>Tørrkjølervifter</translation>
    </message>
    <message>
        <source>Dry bulb the plant must still cool at full load: sizes the dry coolers and sets the design demand</source>
        <translation>Tørr temperatur anlegget fortsatt må kjøle ved full last: dimensjonerer tørrkjølerne og bestemmer det dimensjonerende effektbehovet</translation>
    </message>
    <message>
        <source>Use the site climate&apos;s 0.4 % annual dry bulb (the 35th-hottest hour) as the design ambient</source>
        <translation>Bruk stedsklimaets årlige 0,4 %-tørrtemperatur (den 35. varmeste timen) som dimensjonerende utetemperatur</translation>
    </message>
    <message>
        <source>Design ambient</source>
        <translation>Dim. utetemperatur</translation>
    </message>
    <message>
        <source>The design ambient the engine uses for this system</source>
        <translation>Den dimensjonerende utetemperaturen beregningen bruker for dette systemet</translation>
    </message>
    <message>
        <source>Return temperature the dry coolers were sized for (Tfwr,d); changing the supply keeps the same coolers</source>
        <translation>Returtemperaturen tørrkjølerne ble dimensjonert for (Tfwr,d); endres turtemperaturen, beholdes de samme kjølerne</translation>
    </message>
    <message>
        <source>Coolers sized for return</source>
        <translation>Kjølere dim. for retur</translation>
    </message>
    <message>
        <source>Heat reuse offtake</source>
        <translation>Varmeuttak for gjenvinning</translation>
    </message>
    <message>
        <source>Offtake</source>
        <translation>Uttak</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitet</translation>
    </message>
    <message>
        <source>Water temperature the offtake needs (0: own heat pump)</source>
        <translation>Vanntemperaturen uttaket trenger (0: egen varmepumpe)</translation>
    </message>
    <message>
        <source>Needs water at</source>
        <translation>Trenger vann på</translation>
    </message>
    <message>
        <source>/MWh</source>
        <translation>/MWh</translation>
    </message>
    <message>
        <source>Heat price</source>
        <translation>Varmepris</translation>
    </message>
    <message>
        <source>Add offtake</source>
        <translation>Legg til uttak</translation>
    </message>
    <message>
        <source>return %1 °C</source>
        <translation>retur %1 °C</translation>
    </message>
    <message>
        <source>%1 (now: %2)</source>
        <translation>%1 (nå: %2)</translation>
    </message>
    <message>
        <source>%1 (no cooling system)</source>
        <translation>%1 (intet kjølesystem)</translation>
    </message>
    <message>
        <source>from climate (0.4 %: %1 °C)</source>
        <translation>fra klima (0,4 %: %1 °C)</translation>
    </message>
    <message>
        <source>from climate (no climate: uses the value here)</source>
        <translation>fra klima (ingen klimadata: bruker verdien her)</translation>
    </message>
    <message>
        <source>Uses %1 °C (climate&apos;s 0.4 %)</source>
        <translation>Bruker %1 °C (klimaets 0,4 %)</translation>
    </message>
    <message>
        <source>Uses %1 °C (set here)</source>
        <translation>Bruker %1 °C (satt her)</translation>
    </message>
    <message>
        <source>Cooling system %1</source>
        <translation>Kjølesystem %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <source>District heating %1</source>
        <translation>Fjernvarme %1</translation>
    </message>
</context>
<context>
    <name>fjord::ui::CoolingTab</name>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>UPS losses</source>
        <translation>UPS-tap</translation>
    </message>
    <message>
        <source>Transformer losses</source>
        <translation>Transformatortap</translation>
    </message>
    <message>
        <source>Distribution losses</source>
        <translation>Distribusjonstap</translation>
    </message>
    <message>
        <source>Chillers</source>
        <translation>Kjølemaskiner</translation>
    </message>
    <message>
        <source>Dry-cooler fans</source>
        <translation>Tørrkjølervifter</translation>
    </message>
    <message>
        <source>Pumps</source>
        <translation>Pumper</translation>
    </message>
    <message>
        <source>CRAH fans</source>
        <translation>CRAH-vifter</translation>
    </message>
    <message>
        <source>Aux (lighting, offices)</source>
        <translation>Hjelpesystemer (lys, kontorer)</translation>
    </message>
    <message>
        <source>Site and climate</source>
        <translation>Sted og klima</translation>
    </message>
    <message>
        <source>Load profiles</source>
        <translation>Lastprofiler</translation>
    </message>
    <message>
        <source>Ambient and free-cooling limits</source>
        <translation>Utetemperatur og grenser for frikjøling</translation>
    </message>
    <message>
        <source>Monthly PUE</source>
        <translation>PUE per måned</translation>
    </message>
    <message>
        <source>Week </source>
        <translation>Uke </translation>
    </message>
    <message>
        <source>Annual energy by end use</source>
        <translation>Årlig energi etter bruk</translation>
    </message>
    <message>
        <source>Heat reused by month</source>
        <translation>Gjenvunnet varme per måned</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <source>Dry bulb</source>
        <translation>Tørr temperatur</translation>
    </message>
    <message>
        <source>Full free cooling ≤ %1 °C</source>
        <translation>Full frikjøling ≤ %1 °C</translation>
    </message>
    <message>
        <source>Partial free cooling &lt; %1 °C</source>
        <translation>Delvis frikjøling &lt; %1 °C</translation>
    </message>
    <message>
        <source>Day of year</source>
        <translation>Dag i året</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>Temperatur (°C)</translation>
    </message>
    <message>
        <source> (no results)</source>
        <translation> (ingen resultater)</translation>
    </message>
    <message>
        <source>Annual PUE %1</source>
        <translation>Årlig PUE %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>PUE (–)</source>
        <translation>PUE (–)</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>Heat reused</source>
        <translation>Gjenvunnet varme</translation>
    </message>
    <message>
        <source>Heat (MWh)</source>
        <translation>Varme (MWh)</translation>
    </message>
    <message>
        <source>Power by end use, week %1</source>
        <translation>Effekt etter bruk, uke %1</translation>
    </message>
    <message>
        <source>The week of the year (1–52) the hourly facility power chart shows</source>
        <translation>Uken i året (1–52) som diagrammet over anleggets effekt per time viser</translation>
    </message>
    <message>
        <source>Power (%1)</source>
        <translation>Effekt (%1)</translation>
    </message>
</context>
<context>
    <name>fjord::ui::CostCatalogueEditor</name>
    <message>
        <source>Currency of every amount in the project. Changing it converts every amount at the typical rate (1 EUR = 11.5 NOK = 1.087 USD); adjust the rate below.</source>
        <translation>Valutaen for alle beløp i prosjektet. Endres den, regnes alle beløp om med typisk kurs (1 EUR = 11,5 NOK = 1,087 USD); juster kursen nedenfor.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>per EUR</source>
        <translation>per EUR</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Omregningskurs</translation>
    </message>
    <message>
        <source>/W IT</source>
        <translation>/W IT</translation>
    </message>
    <message>
        <source>Building (shell, core)</source>
        <translation>Bygg (skall, kjerne)</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Elektro</translation>
    </message>
    <message>
        <source>/W heat</source>
        <translation>/W varme</translation>
    </message>
    <message>
        <source>Mechanical</source>
        <translation>Mekanisk</translation>
    </message>
    <message>
        <source>/VA</source>
        <translation>/VA</translation>
    </message>
    <message>
        <source>Grid connection</source>
        <translation>Nettilknytning</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke satt</translation>
    </message>
    <message>
        <source>/W UPS</source>
        <translation>/W UPS</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <source>Soft costs</source>
        <translation>Myke kostnader</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Uforutsett</translation>
    </message>
    <message>
        <source>% of capex/yr</source>
        <translation>% av investeringene/år</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Vedlikehold</translation>
    </message>
    <message>
        <source>/yr</source>
        <translation>/år</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>%/yr</source>
        <translation>%/år</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Diskonteringsrente</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horisont</translation>
    </message>
    <message>
        <source>Where the unit costs come from</source>
        <translation>Hvor enhetskostnadene kommer fra</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Convert amounts from %1 to %2</source>
        <translation>Regn om beløp fra %1 til %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assets over the horizon&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eiendeler over horisonten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Each class is bought when its stage is energised and bought again at the end of its life, at its price then (METHOD §8.1). IT lives are per rack type.</source>
        <translation>Hver klasse kjøpes når trinnet spenningssettes og kjøpes på nytt når levetiden er ute, til datidens pris (METHOD §8.1). IT-levetider angis per racktype.</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Levetid</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Prisendring</translation>
    </message>
    <message>
        <source>Change of the unit cost per year, compounded from the first purchase: the price of a replacement</source>
        <translation>Endring i enhetskostnaden per år, rentes rente fra første kjøp: prisen på en utskiftning</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bygg</translation>
    </message>
    <message>
        <source>Count the residual value at the end</source>
        <translation>Regn med restverdien til slutt</translation>
    </message>
    <message>
        <source>The remaining straight-line book value of every asset still in service at the end of the horizon, as an inflow in the last year</source>
        <translation>Den gjenværende lineære bokførte verdien av alle eiendeler som fortsatt er i drift ved horisontens slutt, som innbetaling det siste året</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>Restverdi</translation>
    </message>
    <message>
        <source>Corporate income tax on profit after depreciation, losses carried forward (Norway 22 %)</source>
        <translation>Selskapsskatt på overskudd etter avskrivninger, med fremførbart underskudd (Norge 22 %)</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Skattesats</translation>
    </message>
    <message>
        <source>%1: years until it is bought again (METHOD §8.1)</source>
        <translation>%1: år til den kjøpes på nytt (METHOD §8.1)</translation>
    </message>
</context>
<context>
    <name>fjord::ui::Dialogs</name>
    <message>
        <source>&lt;h3&gt;Fjordplan %1&lt;/h3&gt;&lt;p&gt;Capacity planning for AI data-centre campuses: halls, racks, power chain, cooling, energy, cost, tenants and expansion stages.&lt;/p&gt;&lt;p&gt;Calculation method: docs/method.md, shipped with the program.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0), The Qt Company and contributors&lt;/li&gt;&lt;li&gt;Eigen %3 (MPL-2.0)&lt;/li&gt;&lt;li&gt;SQLite %4 (public domain)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Fjordplan %1&lt;/h3&gt;&lt;p&gt;Kapasitetsplanlegging for KI-datasentercampuser: haller, racker, kraftkjede, kjøling, energi, kostnader, leietakere og utbyggingstrinn.&lt;/p&gt;&lt;p&gt;Beregningsmetode: docs/method.md, levert med programmet.&lt;/p&gt;&lt;p&gt;Bygd med:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0), The Qt Company og bidragsytere&lt;/li&gt;&lt;li&gt;Eigen %3 (MPL-2.0)&lt;/li&gt;&lt;li&gt;SQLite %4 (allemannseie)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>About Fjordplan</source>
        <translation>Om Fjordplan</translation>
    </message>
    <message>
        <source>Imported %1, %2 and %3.</source>
        <translation>Importerte %1, %2 og %3.</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>rack</translation>
    </message>
    <message>
        <source>racks</source>
        <translation>racker</translation>
    </message>
    <message>
        <source>power panel</source>
        <translation>strømtavle</translation>
    </message>
    <message>
        <source>power panels</source>
        <translation>strømtavler</translation>
    </message>
    <message>
        <source>power feed</source>
        <translation>strømtilførsel</translation>
    </message>
    <message>
        <source>power feeds</source>
        <translation>strømtilførsler</translation>
    </message>
    <message>
        <source>Not mapped (kept out of the model, listed here):</source>
        <translation>Ikke tilordnet (holdt utenfor modellen, listet her):</translation>
    </message>
</context>
<context>
    <name>fjord::ui::DrawHallTool</name>
    <message>
        <source>Hall %1 × %2 m (%3 m²)</source>
        <translation>Hall %1 × %2 m (%3 m²)</translation>
    </message>
    <message>
        <source>A hall is at least %1 × %1 m: drag a larger rectangle</source>
        <translation>En hall er minst %1 × %1 m: dra et større rektangel</translation>
    </message>
    <message>
        <source>Add hall</source>
        <translation>Legg til hall</translation>
    </message>
    <message>
        <source>Added hall %1, %2 × %3 m</source>
        <translation>La til hall %1, %2 × %3 m</translation>
    </message>
    <message>
        <source>Draw hall</source>
        <translation>Tegn hall</translation>
    </message>
    <message>
        <source>Drag a rectangle to draw a hall</source>
        <translation>Dra et rektangel for å tegne en hall</translation>
    </message>
</context>
<context>
    <name>fjord::ui::DrawRowTool</name>
    <message>
        <source>Rows are drawn inside a hall: start the line on a hall&apos;s floor</source>
        <translation>Rader tegnes inne i en hall: start linjen på et hallgulv</translation>
    </message>
    <message>
        <source>Choose a rack type in the catalogue first</source>
        <translation>Velg først en racktype i katalogen</translation>
    </message>
    <message>
        <source>Row of %1 × %2, %3 m at %4°</source>
        <translation>Rad på %1 × %2, %3 m ved %4°</translation>
    </message>
    <message>
        <source>Add row %1</source>
        <translation>Legg til rad %1</translation>
    </message>
    <message>
        <source>Added row %1 with %n rack</source>
        <translation>La til rad %1 med %n rack</translation>
    </message>
    <message>
        <source>Added row %1 with %n racks</source>
        <translation>La til rad %1 med %n racker</translation>
    </message>
    <message>
        <source>Draw row</source>
        <translation>Tegn rad</translation>
    </message>
    <message>
        <source>Drag a line inside a hall to lay out a row of racks</source>
        <translation>Dra en linje inne i en hall for å legge ut en rad med racker</translation>
    </message>
</context>
<context>
    <name>fjord::ui::ExpansionTab</name>
    <message>
        <source>Stage</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Energisation</source>
        <translation>Spenningssatt</translation>
    </message>
    <message>
        <source>Grid added (MW)</source>
        <translation>Tilført nett (MW)</translation>
    </message>
    <message>
        <source>Ramp-up (months)</source>
        <translation>Opptrapping (mnd.)</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racker</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU-er</translation>
    </message>
    <message>
        <source>Expansion timeline (drag a stage to move it)</source>
        <translation>Utbyggingstidslinje (dra et trinn for å flytte det)</translation>
    </message>
    <message>
        <source>Capacity per stage (campus as built through the stage)</source>
        <translation>Kapasitet per trinn (campus slik den er bygd gjennom trinnet)</translation>
    </message>
    <message>
        <source>Capacity over time</source>
        <translation>Kapasitet over tid</translation>
    </message>
    <message>
        <source>Racks and GPUs over time</source>
        <translation>Racker og GPU-er over tid</translation>
    </message>
    <message>
        <source>Energy per year through the horizon (ramp-up included)</source>
        <translation>Energi per år gjennom horisonten (med opptrapping)</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Legg til trinn</translation>
    </message>
    <message>
        <source>A new stage 12 months after the last one</source>
        <translation>Et nytt trinn 12 måneder etter det siste</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Fjern trinn</translation>
    </message>
    <message>
        <source>Remove the selected stage; what it builds moves to the previous stage</source>
        <translation>Fjern det valgte trinnet; det som bygges i det, flyttes til trinnet før</translation>
    </message>
    <message>
        <source>The last stage of a scenario cannot be removed.</source>
        <translation>Det siste trinnet i et scenario kan ikke fjernes.</translation>
    </message>
    <message>
        <source>Contracted grid capacity this stage adds; 0: the rating × power factor of the grid connections the stage builds (Power tab)</source>
        <translation>Avtalt nettkapasitet dette trinnet tilfører; 0: merkeytelse × effektfaktor for nettilknytningene trinnet bygger (fanen Strøm)</translation>
    </message>
    <message>
        <source>IT capacity</source>
        <translation>IT-kapasitet</translation>
    </message>
    <message>
        <source>Expected peak</source>
        <translation>Forventet topp</translation>
    </message>
    <message>
        <source>Design demand</source>
        <translation>Dimensjonerende effektbehov</translation>
    </message>
    <message>
        <source>Grid capacity</source>
        <translation>Nettkapasitet</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>GPUs (thousands)</source>
        <translation>GPU-er (tusen)</translation>
    </message>
    <message>
        <source>Count (racks; thousand GPUs)</source>
        <translation>Antall (racker; tusen GPU-er)</translation>
    </message>
    <message>
        <source>IT energy</source>
        <translation>IT-energi</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Anleggets energi</translation>
    </message>
    <message>
        <source>Energy (GWh per year)</source>
        <translation>Energi (GWh per år)</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Et trinn trenger et navn.</translation>
    </message>
    <message>
        <source>“%1” is not a date (use YYYY-MM-DD).</source>
        <translation>«%1» er ikke en dato (bruk ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>Grid capacity must be a number ≥ 0 MW, not “%1”.</source>
        <translation>Nettkapasiteten må være et tall ≥ 0 MW, ikke «%1».</translation>
    </message>
    <message>
        <source>Ramp-up must be 0–120 months, not “%1”.</source>
        <translation>Opptrappingen må være 0–120 måneder, ikke «%1».</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>IT capacity (%1)</source>
        <translation>IT-kapasitet (%1)</translation>
    </message>
    <message>
        <source>Expected peak (%1)</source>
        <translation>Forv. topp (%1)</translation>
    </message>
    <message>
        <source>Design demand (%1)</source>
        <translation>Dim. behov (%1)</translation>
    </message>
    <message>
        <source>Grid capacity (%1)</source>
        <translation>Nettkapasitet (%1)</translation>
    </message>
    <message>
        <source>Power (%1)</source>
        <translation>Effekt (%1)</translation>
    </message>
</context>
<context>
    <name>fjord::ui::FinanceTab</name>
    <message>
        <source>Cost catalogue</source>
        <translation>Kostnadskatalog</translation>
    </message>
    <message>
        <source>Opex items</source>
        <translation>Driftskostnadsposter</translation>
    </message>
    <message>
        <source>Investor figures</source>
        <translation>Investornøkkeltall</translation>
    </message>
    <message>
        <source>Cost figures</source>
        <translation>Kostnadstall</translation>
    </message>
    <message>
        <source>No investor figures yet: the project needs stages with energisation dates and racks.</source>
        <translation>Ingen investornøkkeltall ennå: prosjektet trenger trinn med dato for spenningssetting og racker.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No tenants: the campus earns no revenue. Add tenants and allocate halls, rows or racks to them.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Ingen leietakere: campus har ingen inntekter. Legg til leietakere og tildel dem haller, rader eller racker.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No finance results yet: the project needs stages with energisation dates and racks.</source>
        <translation>Ingen økonomiresultater ennå: prosjektet trenger trinn med dato for spenningssetting og racker.</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;Total capex (first purchases)&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Capex per MW IT&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Opex in %3, built out&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Present value of cash-out (%5 years from %6)&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%7&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;Samlede investeringer (første kjøp)&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Investeringer per MW IT&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Driftskostnader i %3, fullt utbygd&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nåverdi av utbetalinger (%5 år fra %6)&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%7&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Capex added per stage by category</source>
        <translation>Investeringer tilført per trinn etter kategori</translation>
    </message>
    <message>
        <source>IT equipment</source>
        <translation>IT-utstyr</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Elektro</translation>
    </message>
    <message>
        <source>Mechanical</source>
        <translation>Mekanisk</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bygg</translation>
    </message>
    <message>
        <source>Grid connection</source>
        <translation>Nettilknytning</translation>
    </message>
    <message>
        <source>Soft costs</source>
        <translation>Myke kostnader</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Uforutsett</translation>
    </message>
    <message>
        <source>Capex (%1 m)</source>
        <translation>Investeringer (%1 mill.)</translation>
    </message>
    <message>
        <source>Opex per year by kind (steady state per stage)</source>
        <translation>Driftskostnader per år etter type (stabil drift per trinn)</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Guarantees of origin</source>
        <translation>Opprinnelsesgarantier</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Vedlikehold</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Heat sales (revenue)</source>
        <translation>Varmesalg (inntekt)</translation>
    </message>
    <message>
        <source>Opex (%1 m a year)</source>
        <translation>Driftskostnader (%1 mill. i året)</translation>
    </message>
</context>
<context>
    <name>fjord::ui::FloorPlan</name>
    <message>
        <source>Rack:</source>
        <translation>Rack:</translation>
    </message>
    <message>
        <source>Hall floor:</source>
        <translation>Hallgulv:</translation>
    </message>
    <message>
        <source>liquid</source>
        <translation>væske</translation>
    </message>
    <message>
        <source>air</source>
        <translation>luft</translation>
    </message>
    <message>
        <source>3-phase</source>
        <translation>trefase</translation>
    </message>
    <message>
        <source>A only</source>
        <translation>bare A</translation>
    </message>
    <message>
        <source>B only</source>
        <translation>bare B</translation>
    </message>
    <message>
        <source>%1 × %2 m · north up</source>
        <translation>%1 × %2 m · nord opp</translation>
    </message>
    <message>
        <source>%1: the drawing is too large to render</source>
        <translation>%1: tegningen er for stor til å gjengis</translation>
    </message>
    <message>
        <source>%1: cannot write the PNG file</source>
        <translation>%1: kan ikke skrive PNG-filen</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG file</source>
        <translation>%1: kan ikke skrive SVG-filen</translation>
    </message>
    <message>
        <source>(no racks yet)</source>
        <translation>(ingen racker ennå)</translation>
    </message>
    <message>
        <source>≤ %1 kW per rack</source>
        <translation>≤ %1 kW per rack</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>≥ %1 kW</source>
        <translation>≥ %1 kW</translation>
    </message>
    <message>
        <source>hall floor tinted %1–%2 kW/m²</source>
        <translation>hallgulv farget %1–%2 kW/m²</translation>
    </message>
    <message>
        <source>air-cooled (0 % to liquid)</source>
        <translation>luftkjølt (0 % til væske)</translation>
    </message>
    <message>
        <source>50 % to liquid</source>
        <translation>50 % til væske</translation>
    </message>
    <message>
        <source>100 % to liquid</source>
        <translation>100 % til væske</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>L3</source>
        <translation>L3</translation>
    </message>
    <message>
        <source>three-phase</source>
        <translation>trefase</translation>
    </message>
    <message>
        <source>no feed</source>
        <translation>ingen tilførsel</translation>
    </message>
    <message>
        <source>A+B</source>
        <translation>A+B</translation>
    </message>
    <message>
        <source>error</source>
        <translation>feil</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
    <message>
        <source>later stage</source>
        <translation>senere trinn</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>(missing node)</source>
        <translation>(manglende node)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ukjent)</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>%1 kW design · %2 kW peak</source>
        <translation>%1 kW dimensjonerende · %2 kW topp</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Tilførsler</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Leietaker</translation>
    </message>
    <message>
        <source>unallocated</source>
        <translation>ikke tildelt</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racker</translation>
    </message>
    <message>
        <source>1 rack · %1 MW IT</source>
        <translation>1 rack · %1 MW IT</translation>
    </message>
    <message>
        <source>%1 racks · %2 MW IT</source>
        <translation>%1 racker · %2 MW IT</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>%1 × %2 m · %3 m²</source>
        <translation>%1 × %2 m · %3 m²</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Kjøling</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Ikke tildelt</translation>
    </message>
</context>
<context>
    <name>fjord::ui::HistogramChart</name>
    <message>
        <source>Share of runs, %</source>
        <translation>Andel av kjøringene, %</translation>
    </message>
    <message>
        <source>Share of runs per bin</source>
        <translation>Andel av kjøringene per intervall</translation>
    </message>
</context>
<context>
    <name>fjord::ui::InputToolTips</name>
    <message>
        <source>in %1</source>
        <translation>i %1</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Verdi %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>fjord::ui::Inspector</name>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Et navn kan ikke være tomt.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>Et prosjekt trenger et navn.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Klima</translation>
    </message>
    <message>
        <source>IEC: 100 % of rating</source>
        <translation>IEC: 100 % av merkeytelsen</translation>
    </message>
    <message>
        <source>NEC: 80 % of rating</source>
        <translation>NEC: 80 % av merkeytelsen</translation>
    </message>
    <message>
        <source>Continuous load</source>
        <translation>Kontinuerlig last</translation>
    </message>
    <message>
        <source>continuous-load rule</source>
        <translation>regel for kontinuerlig last</translation>
    </message>
    <message>
        <source>Minimum aisle width</source>
        <translation>Minste gangbredde</translation>
    </message>
    <message>
        <source>minimum aisle width</source>
        <translation>minste gangbredde</translation>
    </message>
    <message>
        <source>Phase imbalance warning</source>
        <translation>Advarsel ved faseubalanse</translation>
    </message>
    <message>
        <source>imbalance warning</source>
        <translation>advarsel ved ubalanse</translation>
    </message>
    <message>
        <source>Phase imbalance error</source>
        <translation>Feil ved faseubalanse</translation>
    </message>
    <message>
        <source>imbalance error</source>
        <translation>feil ved ubalanse</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ikke satt)</translation>
    </message>
    <message>
        <source>mean %1 °C, max %2 °C</source>
        <translation>snitt %1 °C, maks %2 °C</translation>
    </message>
    <message>
        <source>none: use File &gt; Import weather (EPW)</source>
        <translation>ingen: bruk Fil &gt; Importer værdata (EPW)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <source>Show this scenario</source>
        <translation>Vis dette scenarioet</translation>
    </message>
    <message>
        <source>hall</source>
        <translation>hall</translation>
    </message>
    <message>
        <source>halls</source>
        <translation>haller</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>rack</translation>
    </message>
    <message>
        <source>racks</source>
        <translation>racker</translation>
    </message>
    <message>
        <source>power node</source>
        <translation>kraftnode</translation>
    </message>
    <message>
        <source>power nodes</source>
        <translation>kraftnoder</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Energisation</source>
        <translation>Spenningssetting</translation>
    </message>
    <message>
        <source>Grid connection capacity this stage adds</source>
        <translation>Nettilknytningskapasitet dette trinnet tilfører</translation>
    </message>
    <message>
        <source>Grid capacity added</source>
        <translation>Tilført nettkapasitet</translation>
    </message>
    <message>
        <source>The grid capacity must be zero or more.</source>
        <translation>Nettkapasiteten må være null eller mer.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Ramp-up</source>
        <translation>Opptrapping</translation>
    </message>
    <message>
        <source>Through this stage</source>
        <translation>Gjennom dette trinnet</translation>
    </message>
    <message>
        <source>%1, IT %2 MW, facility peak %3 MW, grid %4 MW</source>
        <translation>%1, IT %2 MW, anleggets topp %3 MW, nett %4 MW</translation>
    </message>
    <message>
        <source>(not in the current scenario&apos;s results)</source>
        <translation>(ikke i resultatene for gjeldende scenario)</translation>
    </message>
    <message>
        <source>Rack type</source>
        <translation>Racktype</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <source>Design power</source>
        <translation>Dimensjonerende effekt</translation>
    </message>
    <message>
        <source>The design power must be more than 0 kW.</source>
        <translation>Den dimensjonerende effekten må være over 0 kW.</translation>
    </message>
    <message>
        <source>GPUs per rack</source>
        <translation>GPU-er per rack</translation>
    </message>
    <message>
        <source>Heat to liquid</source>
        <translation>Varme til væske</translation>
    </message>
    <message>
        <source>The liquid share must lie within 0–100 %.</source>
        <translation>Væskeandelen må ligge mellom 0 og 100 %.</translation>
    </message>
    <message>
        <source>Power factor</source>
        <translation>Effektfaktor</translation>
    </message>
    <message>
        <source>The power factor must lie within 0–1.</source>
        <translation>Effektfaktoren må ligge mellom 0 og 1.</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Masse</translation>
    </message>
    <message>
        <source>The mass cannot be negative.</source>
        <translation>Massen kan ikke være negativ.</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Enhetskostnad</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>Kostnaden kan ikke være negativ.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Leietaker</translation>
    </message>
    <message>
        <source>Edited in full on the %1 tab.</source>
        <translation>Redigeres fullt ut på fanen %1.</translation>
    </message>
    <message>
        <source>Cooling &amp; Energy</source>
        <translation>Kjøling og energi</translation>
    </message>
    <message>
        <source>Renewables</source>
        <translation>Fornybar</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Strøm</translation>
    </message>
    <message>
        <source>object selected</source>
        <translation>valgt objekt</translation>
    </message>
    <message>
        <source>objects selected</source>
        <translation>valgte objekter</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Typer</translation>
    </message>
    <message>
        <source>Select one of them to edit it.</source>
        <translation>Velg ett av dem for å redigere det.</translation>
    </message>
</context>
<context>
    <name>fjord::ui::KpiStatus</name>
    <message>
        <source>Design IT power of the racks built through the stage (nameplate)</source>
        <translation>Dimensjonerende IT-effekt for rackene bygd gjennom trinnet (merkeeffekt)</translation>
    </message>
    <message>
        <source>Highest hourly facility draw of the year: IT at its load profile plus cooling and losses</source>
        <translation>Anleggets høyeste timeforbruk i året: IT etter lastprofilen pluss kjøling og tap</translation>
    </message>
    <message>
        <source>Through %1</source>
        <translation>Gjennom %1</translation>
    </message>
    <message>
        <source>PUE %1</source>
        <translation>PUE %1</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>rack</translation>
    </message>
    <message>
        <source>racks</source>
        <translation>racker</translation>
    </message>
    <message>
        <source>%1 racks</source>
        <translation>%1 racker</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU-er</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPU-er</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problemer</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <source>IT capacity %1</source>
        <translation>IT-kapasitet %1</translation>
    </message>
    <message>
        <source>Design demand %1 (expected peak %2)</source>
        <translation>Dimensjonerende effektbehov %1 (forventet topp %2)</translation>
    </message>
</context>
<context>
    <name>fjord::ui::LayoutActions</name>
    <message>
        <source>Rotate</source>
        <translation>Roter</translation>
    </message>
    <message>
        <source>Turn the selection by 90°</source>
        <translation>Drei utvalget 90°</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <source>Duplicate the selection</source>
        <translation>Dupliser utvalget</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Copy the selection</source>
        <translation>Kopier utvalget</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Lim inn</translation>
    </message>
    <message>
        <source>Paste at the cursor</source>
        <translation>Lim inn ved markøren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Slett utvalget</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Merk alt</translation>
    </message>
    <message>
        <source>Select every rack</source>
        <translation>Merk alle racker</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>Omnummerer</translation>
    </message>
    <message>
        <source>Rename rows and racks by position (H1-R03-12)</source>
        <translation>Gi rader og racker nye navn etter posisjon (H1-R03-12)</translation>
    </message>
    <message>
        <source>Delete %n object</source>
        <translation>Slett %n objekt</translation>
    </message>
    <message>
        <source>Delete %n objects</source>
        <translation>Slett %n objekter</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Ingenting er valgt</translation>
    </message>
    <message>
        <source>%n rack selected</source>
        <translation>%n rack valgt</translation>
    </message>
    <message>
        <source>%n racks selected</source>
        <translation>%n racker valgt</translation>
    </message>
    <message>
        <source>Names already follow the positions</source>
        <translation>Navnene følger allerede posisjonene</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>Juster til venstre</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>Juster til høyre</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>Juster til toppen</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>Juster til bunnen</translation>
    </message>
    <message>
        <source>Centre horizontally</source>
        <translation>Midtstill vannrett</translation>
    </message>
    <message>
        <source>Centre vertically</source>
        <translation>Midtstill loddrett</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Fordel vannrett</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Fordel loddrett</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Ingenting å gjøre</translation>
    </message>
    <message>
        <source>Nothing selected to copy</source>
        <translation>Ingenting er valgt å kopiere</translation>
    </message>
    <message>
        <source>%n rack from Fjordplan</source>
        <translation>%n rack fra Fjordplan</translation>
    </message>
    <message>
        <source>%n racks from Fjordplan</source>
        <translation>%n racker fra Fjordplan</translation>
    </message>
    <message>
        <source>Copied %n rack</source>
        <translation>Kopierte %n rack</translation>
    </message>
    <message>
        <source>Copied %n racks</source>
        <translation>Kopierte %n racker</translation>
    </message>
    <message>
        <source>The clipboard holds no Fjordplan layout</source>
        <translation>Utklippstavlen inneholder ingen Fjordplan-planløsning</translation>
    </message>
</context>
<context>
    <name>fjord::ui::LayoutInspector</name>
    <message>
        <source>(mixed)</source>
        <translation>(blandet)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Leietaker</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Centre of the rack, metres from its hall&apos;s left wall</source>
        <translation>Rackets midtpunkt, meter fra hallens venstre vegg</translation>
    </message>
    <message>
        <source>Centre of the rack, metres from its hall&apos;s top wall</source>
        <translation>Rackets midtpunkt, meter fra hallens øvre vegg</translation>
    </message>
    <message>
        <source>Clockwise; 0° faces the hall&apos;s bottom wall</source>
        <translation>Med klokka; 0° vender mot hallens nedre vegg</translation>
    </message>
    <message>
        <source>Position x</source>
        <translation>Posisjon x</translation>
    </message>
    <message>
        <source>Position y</source>
        <translation>Posisjon y</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotasjon</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Tilførsler</translation>
    </message>
    <message>
        <source>The hall&apos;s top-left corner on the site, metres</source>
        <translation>Hallens øvre venstre hjørne på tomten, meter</translation>
    </message>
    <message>
        <source>Clockwise about the top-left corner; rows and racks turn with the hall</source>
        <translation>Med klokka om øvre venstre hjørne; rader og racker dreies med hallen</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen grense</translation>
    </message>
    <message>
        <source>Corner x</source>
        <translation>Hjørne x</translation>
    </message>
    <message>
        <source>Corner y</source>
        <translation>Hjørne y</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Dybde</translation>
    </message>
    <message>
        <source>Floor load limit</source>
        <translation>Grense for gulvbelastning</translation>
    </message>
    <message>
        <source>Cooling system</source>
        <translation>Kjølesystem</translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation>Rack %1</translation>
    </message>
    <message>
        <source>%n rack</source>
        <translation>%n rack</translation>
    </message>
    <message>
        <source>%n racks</source>
        <translation>%n racker</translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation>%1 (av %2)</translation>
    </message>
    <message>
        <source>selected object</source>
        <translation>valgt objekt</translation>
    </message>
    <message>
        <source>selected objects</source>
        <translation>valgte objekter</translation>
    </message>
    <message numerus="yes">
        <source>(%n racks: use Renumber)</source>
        <translation>
            <numerusform>(%n rack: bruk Omnummerer)</numerusform>
            <numerusform>(%n racker: bruk Omnummerer)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 totalt</translation>
    </message>
    <message>
        <source>(one rack at a time)</source>
        <translation>(ett rack om gangen)</translation>
    </message>
    <message>
        <source>Design IT power %1 kW · mass %2 t</source>
        <translation>Dimensjonerende IT-effekt %1 kW · masse %2 t</translation>
    </message>
    <message>
        <source>Hall %1</source>
        <translation>Hall %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>rack</translation>
    </message>
    <message>
        <source>racks</source>
        <translation>racker</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Ingenting er valgt</translation>
    </message>
    <message>
        <source>%n object selected</source>
        <translation>%n objekt valgt</translation>
    </message>
    <message>
        <source>%n objects selected</source>
        <translation>%n objekter valgt</translation>
    </message>
    <message>
        <source>Select a hall, a row or racks on the plan.</source>
        <translation>Velg en hall, en rad eller racker i planen.</translation>
    </message>
    <message>
        <source>Select one hall or one row to edit it, or racks to edit them together. A tenant chosen below applies to all of them.</source>
        <translation>Velg én hall eller én rad for å redigere den, eller racker for å redigere dem samlet. En leietaker valgt nedenfor gjelder for alle.</translation>
    </message>
    <message>
        <source>Set rack properties</source>
        <translation>Angi rackegenskaper</translation>
    </message>
    <message>
        <source>Place rack %1</source>
        <translation>Plasser rack %1</translation>
    </message>
    <message>
        <source>Set hall properties</source>
        <translation>Angi hallegenskaper</translation>
    </message>
    <message>
        <source>Direction of the row&apos;s line, clockwise from the hall&apos;s x axis; the racks turn about the start</source>
        <translation>Retningen på radens linje, med klokka fra hallens x-akse; rackene dreies om startpunktet</translation>
    </message>
    <message>
        <source>behind the racks (back)</source>
        <translation>bak rackene (bakside)</translation>
    </message>
    <message>
        <source>in front of the racks (front)</source>
        <translation>foran rackene (forside)</translation>
    </message>
    <message>
        <source>Start of the row&apos;s line, metres from the hall&apos;s left wall</source>
        <translation>Starten på radens linje, meter fra hallens venstre vegg</translation>
    </message>
    <message>
        <source>Start of the row&apos;s line, metres from the hall&apos;s top wall</source>
        <translation>Starten på radens linje, meter fra hallens øvre vegg</translation>
    </message>
    <message>
        <source>Racks are added at the end of the row like its last rack, or removed from the end</source>
        <translation>Racker legges til i enden av raden som det siste racket, eller fjernes fra enden</translation>
    </message>
    <message>
        <source>Centre-to-centre distance of the racks; changing it lays the racks again along the line</source>
        <translation>Senteravstanden mellom rackene; endres den, legges rackene ut på nytt langs linjen</translation>
    </message>
    <message>
        <source>Start x</source>
        <translation>Start x</translation>
    </message>
    <message>
        <source>Start y</source>
        <translation>Start y</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racker</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Deling</translation>
    </message>
    <message>
        <source>Hot aisle</source>
        <translation>Varmgang</translation>
    </message>
    <message>
        <source>Rack type</source>
        <translation>Racktype</translation>
    </message>
    <message>
        <source>A-side feed of racks added to this row (extending it, placing a rack in it)</source>
        <translation>A-tilførsel for racker som legges til i denne raden (forlenger den, plasserer et rack i den)</translation>
    </message>
    <message>
        <source>B-side feed of racks added to this row (extending it, placing a rack in it)</source>
        <translation>B-tilførsel for racker som legges til i denne raden (forlenger den, plasserer et rack i den)</translation>
    </message>
    <message>
        <source>Apply row feeds to its racks</source>
        <translation>Bruk radens tilførsler på rackene</translation>
    </message>
    <message>
        <source>Feed every rack of the row from the row&apos;s A and B feeds (one undo step)</source>
        <translation>Mat alle racker i raden fra radens A- og B-tilførsel (ett angresteg)</translation>
    </message>
    <message>
        <source>Feed A</source>
        <translation>Tilførsel A</translation>
    </message>
    <message>
        <source>Feed B</source>
        <translation>Tilførsel B</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Rad %1</translation>
    </message>
    <message>
        <source>%n rack · %1 m long · design IT power %2 kW</source>
        <translation>%n rack · %1 m lang · dimensjonerende IT-effekt %2 kW</translation>
    </message>
    <message>
        <source>%n racks · %1 m long · design IT power %2 kW</source>
        <translation>%n racker · %1 m lang · dimensjonerende IT-effekt %2 kW</translation>
    </message>
    <message>
        <source>Feed %n rack of row %1 from its row feeds</source>
        <translation>Mat %n rack i rad %1 fra radens tilførsler</translation>
    </message>
    <message>
        <source>Feed %n racks of row %1 from its row feeds</source>
        <translation>Mat %n racker i rad %1 fra radens tilførsler</translation>
    </message>
    <message>
        <source>%n rack of row %1 now has the row&apos;s feeds</source>
        <translation>%n rack i rad %1 har nå radens tilførsler</translation>
    </message>
    <message>
        <source>%n racks of row %1 now have the row&apos;s feeds</source>
        <translation>%n racker i rad %1 har nå radens tilførsler</translation>
    </message>
    <message>
        <source>Edit row %1</source>
        <translation>Endre rad %1</translation>
    </message>
    <message>
        <source>%1 m² · %2 · %3 MW IT · %4 kW/m² (through %5)</source>
        <translation>%1 m² · %2 · %3 MW IT · %4 kW/m² (gjennom %5)</translation>
    </message>
    <message>
        <source>every stage</source>
        <translation>alle trinn</translation>
    </message>
</context>
<context>
    <name>fjord::ui::LayoutTab</name>
    <message>
        <source>Allocate to tenant</source>
        <translation>Tildel til leietaker</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Juster</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Tilpass</translation>
    </message>
    <message>
        <source>Zoom to the whole campus (Home)</source>
        <translation>Zoom til hele campus (Home)</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Zoom til utvalget</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksporter …</translation>
    </message>
    <message>
        <source>Colour racks by:</source>
        <translation>Fargelegg racker etter:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Power density</source>
        <translation>Effekttetthet</translation>
    </message>
    <message>
        <source>Liquid/air</source>
        <translation>Væske/luft</translation>
    </message>
    <message>
        <source>Phase/feed</source>
        <translation>Fase/tilførsel</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Leietaker</translation>
    </message>
    <message>
        <source>Colour racks by the tenant they are allocated to, with a legend</source>
        <translation>Fargelegg racker etter leietakeren de er tildelt, med forklaring</translation>
    </message>
    <message>
        <source>Grey later stages</source>
        <translation>Grå senere trinn</translation>
    </message>
    <message>
        <source>Hide later stages</source>
        <translation>Skjul senere trinn</translation>
    </message>
    <message>
        <source>Outline problems</source>
        <translation>Marker problemer</translation>
    </message>
    <message>
        <source>Rack catalogue</source>
        <translation>Rackkatalog</translation>
    </message>
    <message>
        <source>Edit catalogue…</source>
        <translation>Rediger katalog …</translation>
    </message>
    <message>
        <source>Add, duplicate, remove and edit rack types</source>
        <translation>Legg til, dupliser, fjern og rediger racktyper</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Row pitch</source>
        <translation>Raddeling</translation>
    </message>
    <message>
        <source>Right of the drawn line</source>
        <translation>Til høyre for den tegnede linjen</translation>
    </message>
    <message>
        <source>Left of the drawn line</source>
        <translation>Til venstre for den tegnede linjen</translation>
    </message>
    <message>
        <source>Hot aisle</source>
        <translation>Varmgang</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Rutenett</translation>
    </message>
    <message>
        <source>Snap to grid and racks</source>
        <translation>Fest til rutenett og racker</translation>
    </message>
    <message>
        <source>Rack types:</source>
        <translation>Racktyper:</translation>
    </message>
    <message>
        <source>Power density:</source>
        <translation>Effekttetthet:</translation>
    </message>
    <message>
        <source>Heat to liquid:</source>
        <translation>Varme til væske:</translation>
    </message>
    <message>
        <source>Phase (fill), feeds (outline):</source>
        <translation>Fase (fyll), tilførsler (kant):</translation>
    </message>
    <message>
        <source>Tenants:</source>
        <translation>Leietakere:</translation>
    </message>
    <message>
        <source>Differences:</source>
        <translation>Forskjeller:</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plantegning</translation>
    </message>
    <message>
        <source>Scenario %1 · built through %2</source>
        <translation>Scenario %1 · bygd gjennom %2</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>trinn %1</translation>
    </message>
    <message>
        <source>Export floor plan</source>
        <translation>Eksporter plantegning</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-bilde (*.png);;SVG-tegning (*.svg)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Eksporterte %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Angret: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Gjort om: %1</translation>
    </message>
</context>
<context>
    <name>fjord::ui::LoadProfileEditor</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>A new flat training profile at 85 % utilisation</source>
        <translation>En ny flat treningsprofil med 85 % utnyttelse</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer CSV …</translation>
    </message>
    <message>
        <source>A custom hourly profile: 8760 utilisation values (0…1 or %), one per line</source>
        <translation>En egen timeprofil: 8760 utnyttelsesverdier (0…1 eller %), én per linje</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Training (flat)</source>
        <translation>Trening (flat)</translation>
    </message>
    <message>
        <source>Inference (daily cycle)</source>
        <translation>Inferens (døgnvariasjon)</translation>
    </message>
    <message>
        <source>Custom (hourly, imported)</source>
        <translation>Egen (per time, importert)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gjelder for</translation>
    </message>
    <message>
        <source>Base utilisation</source>
        <translation>Grunnutnyttelse</translation>
    </message>
    <message>
        <source>Inference: u = base + amplitude·sin(2π(hour − 9)/24)</source>
        <translation>Inferens: u = grunn + amplitude·sin(2π(time − 9)/24)</translation>
    </message>
    <message>
        <source>Daily amplitude</source>
        <translation>Døgnamplitude</translation>
    </message>
    <message>
        <source>every rack type without its own</source>
        <translation>alle racktyper uten egen profil</translation>
    </message>
    <message>
        <source>Custom: %1 hourly values, mean utilisation %2 %</source>
        <translation>Egen: %1 timeverdier, gjennomsnittlig utnyttelse %2 %</translation>
    </message>
    <message>
        <source>A custom profile needs hourly values: use Import CSV…</source>
        <translation>En egen profil trenger timeverdier: bruk Importer CSV …</translation>
    </message>
    <message>
        <source>Load profile %1</source>
        <translation>Lastprofil %1</translation>
    </message>
    <message>
        <source>Import hourly load profile</source>
        <translation>Importer lastprofil per time</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Ikke importert: %1</translation>
    </message>
</context>
<context>
    <name>fjord::ui::MainWindow</name>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nytt prosjekt</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne …</translation>
    </message>
    <message>
        <source>Open Narvik &amp;Sample</source>
        <translation>Åpne Narvik-eksempele&amp;t</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som …</translation>
    </message>
    <message>
        <source>Import &amp;Weather (EPW)…</source>
        <translation>Importer vær&amp;data (EPW) …</translation>
    </message>
    <message>
        <source>Import from &amp;NetBox…</source>
        <translation>Importer fra Net&amp;Box …</translation>
    </message>
    <message>
        <source>&amp;Export to NetBox…</source>
        <translation>&amp;Eksporter til NetBox …</translation>
    </message>
    <message>
        <source>Export Investor &amp;Report…</source>
        <translation>Eksporter investor&amp;rapport …</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Lu&amp;kk prosjekt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>New &amp;Scenario</source>
        <translation>Nytt &amp;scenario</translation>
    </message>
    <message>
        <source>&amp;Duplicate Scenario</source>
        <translation>&amp;Dupliser scenario</translation>
    </message>
    <message>
        <source>&amp;Remove Scenario</source>
        <translation>&amp;Fjern scenario</translation>
    </message>
    <message>
        <source>Add S&amp;tage</source>
        <translation>Legg til &amp;trinn</translation>
    </message>
    <message>
        <source>Remove Last Stage</source>
        <translation>Fjern siste trinn</translation>
    </message>
    <message>
        <source>&amp;About Fjordplan</source>
        <translation>&amp;Om Fjordplan</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åpne n&amp;ylige</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Prosjekt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoved</translation>
    </message>
    <message>
        <source> Scenario </source>
        <translation> Scenario </translation>
    </message>
    <message>
        <source>  Campus </source>
        <translation>  Campus </translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Angrehistorikk</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;åpnet&gt;</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>gjennom %1</translation>
    </message>
    <message>
        <source>Fjordplan</source>
        <translation>Fjordplan</translation>
    </message>
    <message>
        <source>%1[*] — Fjordplan</source>
        <translation>%1[*] — Fjordplan</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Fjordplan</source>
        <translation>%1[*] — %2 — Fjordplan</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Åpne prosjekt</translation>
    </message>
    <message>
        <source>Fjordplan projects (*.fjordplan)</source>
        <translation>Fjordplan-prosjekter (*.fjordplan)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Kan ikke åpne prosjektet</translation>
    </message>
    <message>
        <source>%1: the file could not be read.</source>
        <translation>%1: filen kunne ikke leses.</translation>
    </message>
    <message>
        <source>%1 was written by an older version; it is upgraded when you save.</source>
        <translation>%1 ble skrevet av en eldre versjon; den oppgraderes når du lagrer.</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Gjenopprette ulagrede endringer?</translation>
    </message>
    <message>
        <source>An autosaved copy of %1 from %2 is newer than the file. Recover the unsaved changes?</source>
        <translation>En autolagret kopi av %1 fra %2 er nyere enn filen. Gjenopprette de ulagrede endringene?</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Kan ikke gjenopprette</translation>
    </message>
    <message>
        <source>New campus</source>
        <translation>Ny campus</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Lagre prosjekt som</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Kan ikke lagre prosjektet</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Autolagret</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autolagring mislyktes: %1</translation>
    </message>
    <message>
        <source>Import Weather</source>
        <translation>Importer værdata</translation>
    </message>
    <message>
        <source>EnergyPlus weather (*.epw)</source>
        <translation>EnergyPlus-værfiler (*.epw)</translation>
    </message>
    <message>
        <source>Cannot import weather</source>
        <translation>Kan ikke importere værdata</translation>
    </message>
    <message>
        <source>Imported %1: %2 hours.</source>
        <translation>Importerte %1: %2 timer.</translation>
    </message>
    <message>
        <source>Weather imported with repairs</source>
        <translation>Værdata importert med reparasjoner</translation>
    </message>
    <message>
        <source>%n value or line needed attention.</source>
        <translation>%n verdi eller linje måtte rettes.</translation>
    </message>
    <message>
        <source>%n values or lines needed attention.</source>
        <translation>%n verdier eller linjer måtte rettes.</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Lagre endringene?</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing it?</source>
        <translation>%1 har ulagrede endringer. Lagre dem før prosjektet lukkes?</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Tøm listen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <source>Fjordplan &amp;User Guide</source>
        <translation>&amp;Brukerveiledning for Fjordplan</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
</context>
<context>
    <name>fjord::ui::NetboxImportDialog</name>
    <message>
        <source>Import from NetBox</source>
        <translation>Importer fra NetBox</translation>
    </message>
    <message>
        <source>Choose CSV exports from NetBox (its bulk-import columns). Racks are placed in halls named after their NetBox location; power panels become switchboards and power feeds become PDUs feeding their racks. Three-phase feed voltages are read as line-to-line, as NetBox defines them.</source>
        <translation>Velg CSV-eksporter fra NetBox (kolonnene for masseimport). Racker plasseres i haller oppkalt etter NetBox-lokasjonen; strømtavler blir fordelingstavler og strømtilførsler blir PDU-er som mater rackene sine. Spenninger for trefasetilførsler leses som linjespenning, slik NetBox definerer dem.</translation>
    </message>
    <message>
        <source>&amp;Racks CSV:</source>
        <translation>&amp;Racker (CSV):</translation>
    </message>
    <message>
        <source>required</source>
        <translation>påkrevd</translation>
    </message>
    <message>
        <source>Power &amp;feeds CSV:</source>
        <translation>Strøm&amp;tilførsler (CSV):</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfritt</translation>
    </message>
    <message>
        <source>Power &amp;panels CSV:</source>
        <translation>Strøm&amp;tavler (CSV):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bla gjennom …</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>fjord::ui::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Nytt prosjekt</translation>
    </message>
    <message>
        <source>Where is the campus? The template sets the site, climate, grid mix and price and the unit costs; every figure stays editable.</source>
        <translation>Hvor ligger campus? Malen setter sted, klima, nettmiks og -pris og enhetskostnadene; alle tall kan fortsatt endres.</translation>
    </message>
    <message>
        <source>Nordic (NO4, Nord-Norge): built-in Narvik climate year, hydro grid 15 g/kWh, 31 EUR/MWh</source>
        <translation>Norden (NO4, Nord-Norge): innebygd klimaår for Narvik, vannkraftnett 15 g/kWh, 31 EUR/MWh</translation>
    </message>
    <message>
        <source>Central Europe (DE): German grid 380 g/kWh, 150 EUR/MWh; import a weather file (EPW) for the climate</source>
        <translation>Sentral-Europa (DE): tysk nett 380 g/kWh, 150 EUR/MWh; importer en værfil (EPW) for klimaet</translation>
    </message>
    <message>
        <source>Blank: no site, climate, grid or cost figures; each shows as &quot;not set&quot; and is listed under Problems until you set it</source>
        <translation>Tomt: ingen tall for sted, klima, nett eller kostnader; hvert av dem vises som «ikke satt» og står under Problemer til du setter det</translation>
    </message>
</context>
<context>
    <name>fjord::ui::OpexItemsEditor</name>
    <message>
        <source>Add opex item</source>
        <translation>Legg til driftskostnadspost</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Opex item</source>
        <translation>Driftskostnadspost</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>Fra trinn</translation>
    </message>
    <message>
        <source>Per year (%1)</source>
        <translation>Per år (%1)</translation>
    </message>
    <message>
        <source>(from the first stage)</source>
        <translation>(fra første trinn)</translation>
    </message>
    <message>
        <source>(another scenario&apos;s stage: not counted here)</source>
        <translation>(trinn i et annet scenario: telles ikke her)</translation>
    </message>
    <message>
        <source>%1: the amount per year must be a number ≥ 0, not “%2”.</source>
        <translation>%1: beløpet per år må være et tall ≥ 0, ikke «%2».</translation>
    </message>
    <message>
        <source>Opex item %1</source>
        <translation>Driftskostnadspost %1</translation>
    </message>
</context>
<context>
    <name>fjord::ui::OverviewStageTable</name>
    <message>
        <source>Stage</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Energised</source>
        <translation>Spenningssatt</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racker</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU-er</translation>
    </message>
    <message>
        <source>Grid
headroom</source>
        <translation>Nett-
margin</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Capex
(M)</source>
        <translation>Capex
(mill.)</translation>
    </message>
    <message>
        <source>The highest hourly facility power of the year at the load profiles (what the campus is expected to draw). Never compared with a rating.</source>
        <translation>Anleggets høyeste timeeffekt i året etter lastprofilene (det campus forventes å trekke). Sammenlignes aldri med en merkeytelse.</translation>
    </message>
    <message>
        <source>Every rack at its peak power and the cooling at each system&apos;s design ambient: what the grid connection, transformers and UPS are sized for (METHOD v2 §4).</source>
        <translation>Alle racker på toppeffekt og kjølingen ved hvert systems dimensjonerende utetemperatur: det nettilknytning, transformatorer og UPS dimensjoneres for (METHOD v2 §4).</translation>
    </message>
    <message>
        <source>1 − design demand / grid capacity</source>
        <translation>1 − dimensjonerende effektbehov / nettkapasitet</translation>
    </message>
    <message>
        <source>Capex
(M %1)</source>
        <translation>Capex
(mill. %1)</translation>
    </message>
    <message>
        <source>The design demand exceeds the grid capacity.</source>
        <translation>Det dimensjonerende effektbehovet overstiger nettkapasiteten.</translation>
    </message>
    <message>
        <source>IT
capacity
(%1)</source>
        <translation>IT-
kapasitet
(%1)</translation>
    </message>
    <message>
        <source>Expected
peak
(%1)</source>
        <translation>Forventet
topp
(%1)</translation>
    </message>
    <message>
        <source>Design
demand
(%1)</source>
        <translation>Dim.
effektbehov
(%1)</translation>
    </message>
    <message>
        <source>Grid
capacity
(%1)</source>
        <translation>Nett-
kapasitet
(%1)</translation>
    </message>
</context>
<context>
    <name>fjord::ui::OverviewTab</name>
    <message>
        <source>Capacity by stage</source>
        <translation>Kapasitet per trinn</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Største risikoer</translation>
    </message>
    <message>
        <source>Each stage shows the campus as built through that stage, running a full year at steady state. NPV, IRR and cost per GPU-hour are the whole scenario&apos;s, over the horizon.</source>
        <translation>Hvert trinn viser campus slik den er bygd gjennom trinnet, i stabil drift et helt år. NNV, IRR og kostnad per GPU-time gjelder hele scenarioet over horisonten.</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Sted: %1</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <source>Climate: %1 (mean %2 °C, max %3 °C)</source>
        <translation>Klima: %1 (snitt %2 °C, maks %3 °C)</translation>
    </message>
    <message>
        <source>Campus through %1</source>
        <translation>Campus gjennom %1</translation>
    </message>
    <message>
        <source>Campus (no stage yet)</source>
        <translation>Campus (ingen trinn ennå)</translation>
    </message>
    <message>
        <source>IT capacity</source>
        <translation>IT-kapasitet</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU-er</translation>
    </message>
    <message>
        <source>%1 % grid headroom</source>
        <translation>%1 % nettmargin</translation>
    </message>
    <message>
        <source>no grid capacity</source>
        <translation>ingen nettkapasitet</translation>
    </message>
    <message>
        <source>Design demand, %1</source>
        <translation>Dimensjonerende effektbehov, %1</translation>
    </message>
    <message>
        <source>Every rack at its peak power and the cooling at the design ambient, against the grid capacity of the stage (METHOD v2 §4).</source>
        <translation>Alle racker på toppeffekt og kjølingen ved dimensjonerende utetemperatur, mot trinnets nettkapasitet (METHOD v2 §4).</translation>
    </message>
    <message>
        <source>PUE, annual</source>
        <translation>PUE, årlig</translation>
    </message>
    <message>
        <source>Renewable energy factor</source>
        <translation>Fornybar energifaktor</translation>
    </message>
    <message>
        <source>%1 GWh</source>
        <translation>%1 GWh</translation>
    </message>
    <message>
        <source>Electricity a year</source>
        <translation>Strøm i året</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Investeringer (capex)</translation>
    </message>
    <message>
        <source>NPV at %1 (scenario)</source>
        <translation>NNV ved %1 (scenario)</translation>
    </message>
    <message>
        <source>Free cash flow after tax over the horizon, discounted (METHOD §8.3).</source>
        <translation>Fri kontantstrøm etter skatt over horisonten, neddiskontert (METHOD §8.3).</translation>
    </message>
    <message>
        <source>IRR after tax (scenario)</source>
        <translation>IRR etter skatt (scenario)</translation>
    </message>
    <message>
        <source>IRR: none</source>
        <translation>IRR: ingen</translation>
    </message>
    <message>
        <source>Levelised cost per GPU-hour</source>
        <translation>Nivåkostnad per GPU-time</translation>
    </message>
    <message>
        <source>Design demand</source>
        <translation>Dimensjonerende effektbehov</translation>
    </message>
    <message>
        <source>Grid capacity</source>
        <translation>Nettkapasitet</translation>
    </message>
    <message>
        <source>Stage (cumulative)</source>
        <translation>Trinn (akkumulert)</translation>
    </message>
    <message>
        <source>Power (%1)</source>
        <translation>Effekt (%1)</translation>
    </message>
</context>
<context>
    <name>fjord::ui::OverviewWidget</name>
    <message>
        <source>Overview: click to move the view</source>
        <translation>Oversikt: klikk for å flytte visningen</translation>
    </message>
</context>
<context>
    <name>fjord::ui::PhaseCurrentChart</name>
    <message>
        <source> A</source>
        <translation> A</translation>
    </message>
</context>
<context>
    <name>fjord::ui::PlaceRackTool</name>
    <message>
        <source>A rack must be placed inside a hall</source>
        <translation>Et rack må plasseres inne i en hall</translation>
    </message>
    <message>
        <source>Place rack %1</source>
        <translation>Plasser rack %1</translation>
    </message>
    <message>
        <source>Placed rack %1</source>
        <translation>Plasserte rack %1</translation>
    </message>
    <message>
        <source>Placed rack %1: it overlaps another rack (see Problems)</source>
        <translation>Plasserte rack %1: det overlapper et annet rack (se Problemer)</translation>
    </message>
    <message>
        <source>Place rack</source>
        <translation>Plasser rack</translation>
    </message>
    <message>
        <source>Click inside a hall to place a rack of the chosen type</source>
        <translation>Klikk inne i en hall for å plassere et rack av valgt type</translation>
    </message>
</context>
<context>
    <name>fjord::ui::PowerFeedActions</name>
    <message>
        <source>Feed selected racks</source>
        <translation>Mat valgte racker</translation>
    </message>
    <message>
        <source>Feed the racks selected on the floor plan from the selected busway or PDU (on its side; the other side stays)</source>
        <translation>Mat rackene som er valgt i plantegningen fra valgt skinnekanal eller PDU (på dens side; den andre siden beholdes)</translation>
    </message>
    <message>
        <source>Auto-feed hall…</source>
        <translation>Automatisk tilførsel for hall …</translation>
    </message>
    <message>
        <source>Feed every rack of a hall A and B, round-robin over the busways/PDUs below the selected node (all when none is selected), within their ratings</source>
        <translation>Mat alle racker i en hall fra A og B, på rundgang over skinnekanalene/PDU-ene under valgt node (alle når ingen er valgt), innenfor merkeytelsene</translation>
    </message>
    <message>
        <source>Select racks on the floor plan and a busway or PDU here first.</source>
        <translation>Velg først racker i plantegningen og en skinnekanal eller PDU her.</translation>
    </message>
    <message>
        <source>Feed %n rack from %1</source>
        <translation>Mat %n rack fra %1</translation>
    </message>
    <message>
        <source>Feed %n racks from %1</source>
        <translation>Mat %n racker fra %1</translation>
    </message>
    <message>
        <source>The selected racks are already fed from %1.</source>
        <translation>De valgte rackene mates allerede fra %1.</translation>
    </message>
    <message>
        <source>Auto-feed hall</source>
        <translation>Automatisk tilførsel for hall</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>Auto-feed %n rack of hall %1</source>
        <translation>Automatisk tilførsel for %n rack i hall %1</translation>
    </message>
    <message>
        <source>Auto-feed %n racks of hall %1</source>
        <translation>Automatisk tilførsel for %n racker i hall %1</translation>
    </message>
    <message>
        <source>Hall %1: no rack changed.</source>
        <translation>Hall %1: ingen racker ble endret.</translation>
    </message>
</context>
<context>
    <name>fjord::ui::PowerInspector</name>
    <message>
        <source>Grid connection</source>
        <translation>Nettilknytning</translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation>Transformator</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Fordelingstavle</translation>
    </message>
    <message>
        <source>Busway</source>
        <translation>Skinnekanal</translation>
    </message>
    <message>
        <source>PDU</source>
        <translation>PDU</translation>
    </message>
    <message>
        <source>Shared (above the A/B split)</source>
        <translation>Felles (over A/B-delingen)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>kVA</source>
        <translation>kVA</translation>
    </message>
    <message>
        <source>A per phase</source>
        <translation>A per fase</translation>
    </message>
    <message>
        <source> V</source>
        <translation> V</translation>
    </message>
    <message>
        <source>V_LL (line to line)</source>
        <translation>V_LL (linjespenning)</translation>
    </message>
    <message>
        <source>V_LN (line to neutral)</source>
        <translation>V_LN (fasespenning)</translation>
    </message>
    <message>
        <source>1 phase</source>
        <translation>1 fase</translation>
    </message>
    <message>
        <source>3 phases</source>
        <translation>3 faser</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Merkeytelse</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Spenning</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Power factor</source>
        <translation>Effektfaktor</translation>
    </message>
    <message>
        <source>No-load loss (× rating)</source>
        <translation>Tomgangstap (× merkeytelse)</translation>
    </message>
    <message>
        <source>Linear loss (× load)</source>
        <translation>Lineært tap (× last)</translation>
    </message>
    <message>
        <source>Quadratic loss (× load²/rating)</source>
        <translation>Kvadratisk tap (× last²/merkeytelse)</translation>
    </message>
    <message>
        <source>Redundancy group</source>
        <translation>Redundansgruppe</translation>
    </message>
    <message>
        <source>No power node selected: pick one in the Power tab&apos;s tree.</source>
        <translation>Ingen kraftnode er valgt: velg en i treet på fanen Strøm.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>merkeytelse</translation>
    </message>
    <message>
        <source>voltage</source>
        <translation>spenning</translation>
    </message>
    <message>
        <source>no-load loss</source>
        <translation>tomgangstap</translation>
    </message>
    <message>
        <source>linear loss</source>
        <translation>lineært tap</translation>
    </message>
    <message>
        <source>quadratic loss</source>
        <translation>kvadratisk tap</translation>
    </message>
    <message>
        <source>The %1 of %2 cannot be negative (%3 typed); it stays as it was.</source>
        <translation>%1 for %2 kan ikke være negativ (%3 skrevet inn); den beholdes som før.</translation>
    </message>
</context>
<context>
    <name>fjord::ui::PowerTab</name>
    <message>
        <source>Add node</source>
        <translation>Legg til node</translation>
    </message>
    <message>
        <source>Remove node</source>
        <translation>Fjern node</translation>
    </message>
    <message>
        <source>Auto-balance</source>
        <translation>Autobalanser</translation>
    </message>
    <message>
        <source>Spread the single-phase feeds below the selected node over L1/L2/L3</source>
        <translation>Fordel enfasetilførslene under valgt node over L1/L2/L3</translation>
    </message>
    <message>
        <source>Grid connection</source>
        <translation>Nettilknytning</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Fordelingstavle</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Felles</translation>
    </message>
    <message>
        <source>Phase currents: top-level nodes</source>
        <translation>Fasestrømmer: noder på øverste nivå</translation>
    </message>
    <message>
        <source>Phase currents: %1 and below</source>
        <translation>Fasestrømmer: %1 og nedover</translation>
    </message>
    <message>
        <source>Phase currents: %1</source>
        <translation>Fasestrømmer: %1</translation>
    </message>
    <message>
        <source>Nothing to balance below %1: no single-phase feeds on three-phase nodes.</source>
        <translation>Ingenting å balansere under %1: ingen enfasetilførsler på trefasenoder.</translation>
    </message>
    <message>
        <source>Below %1: no better split; worst imbalance stays %2 %.</source>
        <translation>Under %1: ingen bedre fordeling; største ubalanse forblir %2 %.</translation>
    </message>
    <message>
        <source>Auto-balance below %1: worst imbalance %2 % → %3 %, %n feed moved.</source>
        <translation>Autobalansering under %1: største ubalanse %2 % → %3 %, %n tilførsel flyttet.</translation>
    </message>
    <message>
        <source>Auto-balance below %1: worst imbalance %2 % → %3 %, %n feeds moved.</source>
        <translation>Autobalansering under %1: største ubalanse %2 % → %3 %, %n tilførsler flyttet.</translation>
    </message>
    <message>
        <source>Move to top level</source>
        <translation>Flytt til øverste nivå</translation>
    </message>
</context>
<context>
    <name>fjord::ui::PowerTreeModel</name>
    <message>
        <source>Grid connection</source>
        <translation>Nettilknytning</translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation>Transformator</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Fordelingstavle</translation>
    </message>
    <message>
        <source>Busway</source>
        <translation>Skinnekanal</translation>
    </message>
    <message>
        <source>PDU</source>
        <translation>PDU</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Felles</translation>
    </message>
    <message>
        <source>not built</source>
        <translation>ikke bygd</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Kind&lt;/td&gt;&lt;td&gt;%1, side %2&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Type&lt;/td&gt;&lt;td&gt;%1, side %2&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Rating&lt;/td&gt;&lt;td&gt;%1 kVA&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Merkeytelse&lt;/td&gt;&lt;td&gt;%1 kVA&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Load&lt;/td&gt;&lt;td&gt;%1 kW · %2 kVA&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Last&lt;/td&gt;&lt;td&gt;%1 kW · %2 kVA&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Utilisation&lt;/td&gt;&lt;td&gt;%1 (after a failure %2)&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Belastning&lt;/td&gt;&lt;td&gt;%1 (etter et utfall %2)&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Load&lt;/td&gt;&lt;td&gt;not built in this stage&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Last&lt;/td&gt;&lt;td&gt;ikke bygd i dette trinnet&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Feeds&lt;/td&gt;&lt;td&gt;%n rack&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Mater&lt;/td&gt;&lt;td&gt;%n rack&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Feeds&lt;/td&gt;&lt;td&gt;%n racks&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Mater&lt;/td&gt;&lt;td&gt;%n racker&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Rating (kVA)</source>
        <translation>Merkeytelse (kVA)</translation>
    </message>
    <message>
        <source>Load (kW)</source>
        <translation>Last (kW)</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Belastning</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Ved utfall</translation>
    </message>
    <message>
        <source>At peak</source>
        <translation>Ved topp</translation>
    </message>
    <message>
        <source>Imbalance</source>
        <translation>Ubalanse</translation>
    </message>
    <message>
        <source>Neutral (A)</source>
        <translation>Nøytral (A)</translation>
    </message>
</context>
<context>
    <name>fjord::ui::ProblemTitles</name>
    <message>
        <source>Rack has no feed</source>
        <translation>Rack uten tilførsel</translation>
    </message>
    <message>
        <source>Rack fed from one side only</source>
        <translation>Rack matet fra bare én side</translation>
    </message>
    <message>
        <source>Power node overloaded</source>
        <translation>Kraftnode overbelastet</translation>
    </message>
    <message>
        <source>Power node overloaded at peak power</source>
        <translation>Kraftnode overbelastet ved toppeffekt</translation>
    </message>
    <message>
        <source>Power node overloaded after a failure</source>
        <translation>Kraftnode overbelastet etter et utfall</translation>
    </message>
    <message>
        <source>Power node above the utilisation warning threshold</source>
        <translation>Kraftnode over varslingsgrensen for belastning</translation>
    </message>
    <message>
        <source>Phase imbalance</source>
        <translation>Faseubalanse</translation>
    </message>
    <message>
        <source>Racks overlap</source>
        <translation>Racker overlapper</translation>
    </message>
    <message>
        <source>Rack outside its hall</source>
        <translation>Rack utenfor hallen</translation>
    </message>
    <message>
        <source>Floor load above the hall&apos;s limit</source>
        <translation>Gulvbelastning over hallens grense</translation>
    </message>
    <message>
        <source>Aisle too narrow</source>
        <translation>For smal gang</translation>
    </message>
    <message>
        <source>Hall has no cooling system</source>
        <translation>Hall uten kjølesystem</translation>
    </message>
    <message>
        <source>Rack left out of the results</source>
        <translation>Rack utelatt fra resultatene</translation>
    </message>
    <message>
        <source>Value out of range</source>
        <translation>Verdi utenfor gyldig område</translation>
    </message>
    <message>
        <source>Negative value</source>
        <translation>Negativ verdi</translation>
    </message>
    <message>
        <source>Value must be positive</source>
        <translation>Verdien må være positiv</translation>
    </message>
    <message>
        <source>Dry coolers too small</source>
        <translation>For små tørrkjølere</translation>
    </message>
    <message>
        <source>Dry-cooler design return too low</source>
        <translation>For lav dimensjonerende returtemperatur for tørrkjølerne</translation>
    </message>
    <message>
        <source>Air supply outside the ASHRAE range</source>
        <translation>Lufttilførsel utenfor ASHRAE-området</translation>
    </message>
    <message>
        <source>Design demand above the grid connection</source>
        <translation>Dimensjonerende effektbehov over nettilknytningen</translation>
    </message>
    <message>
        <source>Loop in the power chain</source>
        <translation>Sløyfe i kraftkjeden</translation>
    </message>
    <message>
        <source>Climate unusable</source>
        <translation>Klimaet kan ikke brukes</translation>
    </message>
    <message>
        <source>Climate incomplete</source>
        <translation>Ufullstendig klima</translation>
    </message>
    <message>
        <source>Stage missing</source>
        <translation>Trinn mangler</translation>
    </message>
    <message>
        <source>Scenario missing</source>
        <translation>Scenario mangler</translation>
    </message>
    <message>
        <source>Stage without a date</source>
        <translation>Trinn uten dato</translation>
    </message>
    <message>
        <source>Grid connections below the contracted capacity</source>
        <translation>Nettilknytninger under avtalt kapasitet</translation>
    </message>
    <message>
        <source>Start-up and research target missed</source>
        <translation>Målet for oppstart og forskning er ikke nådd</translation>
    </message>
    <message>
        <source>Scenario without stages</source>
        <translation>Scenario uten trinn</translation>
    </message>
    <message>
        <source>Stage without an energisation date</source>
        <translation>Trinn uten dato for spenningssetting</translation>
    </message>
    <message>
        <source>Stages out of order</source>
        <translation>Trinn i feil rekkefølge</translation>
    </message>
    <message>
        <source>Rack installed before its hall</source>
        <translation>Rack installert før hallen</translation>
    </message>
    <message>
        <source>Wrong number of phases</source>
        <translation>Feil antall faser</translation>
    </message>
    <message>
        <source>Redundancy group inconsistent</source>
        <translation>Inkonsistent redundansgruppe</translation>
    </message>
    <message>
        <source>Load profile of the wrong length</source>
        <translation>Lastprofil med feil lengde</translation>
    </message>
    <message>
        <source>Reference to a missing object</source>
        <translation>Henvisning til et objekt som mangler</translation>
    </message>
    <message>
        <source>Allocated to a missing tenant</source>
        <translation>Tildelt en leietaker som mangler</translation>
    </message>
    <message>
        <source>Peak power below design power</source>
        <translation>Toppeffekt under dimensjonerende effekt</translation>
    </message>
    <message>
        <source>Unit costs not set</source>
        <translation>Enhetskostnader ikke satt</translation>
    </message>
    <message>
        <source>Site not set</source>
        <translation>Sted ikke satt</translation>
    </message>
    <message>
        <source>Opex item with a missing stage</source>
        <translation>Driftskostnadspost med manglende trinn</translation>
    </message>
    <message>
        <source>Grid price and carbon not set</source>
        <translation>Nettpris og karbon ikke satt</translation>
    </message>
</context>
<context>
    <name>fjord::ui::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 object</source>
        <translation>1 objekt</translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation>%1 objekter</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighet</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
</context>
<context>
    <name>fjord::ui::ProblemsPanel</name>
    <message>
        <source>Select Objects</source>
        <translation>Velg objekter</translation>
    </message>
    <message>
        <source>Select every object of the chosen problem or group of problems</source>
        <translation>Velg alle objektene for valgt problem eller gruppe av problemer</translation>
    </message>
    <message>
        <source>No errors or warnings</source>
        <translation>Ingen feil eller advarsler</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 feil</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 feil</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advarsel</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 advarsler</translation>
    </message>
    <message>
        <source>Select %1 Objects</source>
        <translation>Velg %1 objekter</translation>
    </message>
    <message>
        <source>Select Object</source>
        <translation>Velg objekt</translation>
    </message>
</context>
<context>
    <name>fjord::ui::ProjectTree</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarioer</translation>
    </message>
    <message>
        <source>current</source>
        <translation>gjeldende</translation>
    </message>
    <message>
        <source>Halls</source>
        <translation>Haller</translation>
    </message>
    <message>
        <source>%1 × %2 m</source>
        <translation>%1 × %2 m</translation>
    </message>
    <message>
        <source>Power chain</source>
        <translation>Kraftkjede</translation>
    </message>
    <message>
        <source>%1 kVA</source>
        <translation>%1 kVA</translation>
    </message>
    <message>
        <source>Cooling systems</source>
        <translation>Kjølesystemer</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Leietakere</translation>
    </message>
    <message>
        <source>Rack types</source>
        <translation>Racktyper</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
</context>
<context>
    <name>fjord::ui::QuantityEdit</name>
    <message>
        <source>%1 is below the lowest allowed value, %2</source>
        <translation>%1 er under laveste tillatte verdi, %2</translation>
    </message>
    <message>
        <source>%1 is above the highest allowed value, %2</source>
        <translation>%1 er over høyeste tillatte verdi, %2</translation>
    </message>
</context>
<context>
    <name>fjord::ui::RackCatalogueList</name>
    <message>
        <source>Drag onto a hall to place one rack; used by Draw row and Place rack</source>
        <translation>Dra til en hall for å plassere ett rack; brukes av Tegn rad og Plasser rack</translation>
    </message>
</context>
<context>
    <name>fjord::ui::RackFeedAssigner</name>
    <message>
        <source>Three-phase (L1+L2+L3)</source>
        <translation>Trefase (L1+L2+L3)</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>L3</source>
        <translation>L3</translation>
    </message>
    <message>
        <source>Assign to selected racks</source>
        <translation>Tildel til valgte racker</translation>
    </message>
    <message>
        <source>A feed</source>
        <translation>A-tilførsel</translation>
    </message>
    <message>
        <source>B feed</source>
        <translation>B-tilførsel</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Assign %n rack to %1</source>
        <translation>Tildel %n rack til %1</translation>
    </message>
    <message>
        <source>Assign %n racks to %1</source>
        <translation>Tildel %n racker til %1</translation>
    </message>
    <message>
        <source>%n rack now fed from %1</source>
        <translation>%n rack mates nå fra %1</translation>
    </message>
    <message>
        <source>%n racks now fed from %1</source>
        <translation>%n racker mates nå fra %1</translation>
    </message>
</context>
<context>
    <name>fjord::ui::RackTypeEditor</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Kjøling</translation>
    </message>
    <message>
        <source>Design (kW)</source>
        <translation>Dim. (kW)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU-er</translation>
    </message>
    <message>
        <source>Liquid (%)</source>
        <translation>Væske (%)</translation>
    </message>
    <message>
        <source>PF</source>
        <translation>PF</translation>
    </message>
    <message>
        <source>3-phase</source>
        <translation>Trefase</translation>
    </message>
    <message>
        <source>Feeds/side</source>
        <translation>Tilførsler/side</translation>
    </message>
    <message>
        <source>Mass (kg)</source>
        <translation>Masse (kg)</translation>
    </message>
    <message>
        <source>Width (m)</source>
        <translation>Bredde (m)</translation>
    </message>
    <message>
        <source>Depth (m)</source>
        <translation>Dybde (m)</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Enhetskostnad</translation>
    </message>
    <message>
        <source>Life (years)</source>
        <translation>Levetid (år)</translation>
    </message>
    <message>
        <source>Price change (%/yr)</source>
        <translation>Prisendring (%/år)</translation>
    </message>
    <message>
        <source>Tokens/s per GPU</source>
        <translation>Tokens/s per GPU</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeidslast</translation>
    </message>
    <message>
        <source>Optional: throughput of one GPU on the reference workload (0: not stated)</source>
        <translation>Valgfritt: ytelsen til én GPU på referansearbeidslasten (0: ikke oppgitt)</translation>
    </message>
    <message>
        <source>The named reference workload the throughput is stated for (e.g. a model and precision)</source>
        <translation>Den navngitte referansearbeidslasten ytelsen er oppgitt for (f.eks. en modell og presisjon)</translation>
    </message>
    <message>
        <source>Change of the unit cost per year for replacements, e.g. -10 %/yr</source>
        <translation>Endring i enhetskostnaden per år for utskiftninger, f.eks. -10 %/år</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Rack catalogue</source>
        <translation>Rackkatalog</translation>
    </message>
    <message>
        <source>liquid</source>
        <translation>væske</translation>
    </message>
    <message>
        <source>air</source>
        <translation>luft</translation>
    </message>
    <message>
        <source>Follows the liquid share: above 0 % the rack is liquid-cooled</source>
        <translation>Følger væskeandelen: over 0 % er racket væskekjølt</translation>
    </message>
    <message>
        <source>%1 of %2: %3 refused (%4)</source>
        <translation>%1 for %2: %3 avvist (%4)</translation>
    </message>
    <message>
        <source>A rack type needs a name</source>
        <translation>En racktype trenger et navn</translation>
    </message>
    <message>
        <source>must be above 0 kW</source>
        <translation>må være over 0 kW</translation>
    </message>
    <message>
        <source>a whole number, 0 or more</source>
        <translation>et heltall, 0 eller mer</translation>
    </message>
    <message>
        <source>0 … 100 %</source>
        <translation>0 … 100 %</translation>
    </message>
    <message>
        <source>above 0, at most 1</source>
        <translation>over 0, høyst 1</translation>
    </message>
    <message>
        <source>1 … 8</source>
        <translation>1 … 8</translation>
    </message>
    <message>
        <source>0 kg or more</source>
        <translation>0 kg eller mer</translation>
    </message>
    <message>
        <source>above 0, at most 5 m</source>
        <translation>over 0, høyst 5 m</translation>
    </message>
    <message>
        <source>0 or more</source>
        <translation>0 eller mer</translation>
    </message>
    <message>
        <source>1 … 50 years</source>
        <translation>1 … 50 år</translation>
    </message>
    <message>
        <source>-50 … 50 %/yr</source>
        <translation>-50 … 50 %/år</translation>
    </message>
    <message>
        <source>0 or more; 0: not stated</source>
        <translation>0 eller mer; 0: ikke oppgitt</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <source>New rack type %1</source>
        <translation>Ny racktype %1</translation>
    </message>
    <message>
        <source>entered by the planner</source>
        <translation>lagt inn av planleggeren</translation>
    </message>
    <message>
        <source>Select a rack type to remove.</source>
        <translation>Velg en racktype å fjerne.</translation>
    </message>
</context>
<context>
    <name>fjord::ui::RegulatoryView</name>
    <message>
        <source>Stage</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Energisation</source>
        <translation>Spenningssetting</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>WUE
(L/kWh)</source>
        <translation>WUE
(L/kWh)</translation>
    </message>
    <message>
        <source>ERF
(%)</source>
        <translation>ERF
(%)</translation>
    </message>
    <message>
        <source>REF
(%)</source>
        <translation>REF
(%)</translation>
    </message>
    <message>
        <source>EnEfG
PUE</source>
        <translation>EnEfG
PUE</translation>
    </message>
    <message>
        <source>EnEfG
ERF</source>
        <translation>EnEfG
ERF</translation>
    </message>
    <message>
        <source>EnEfG
renewable</source>
        <translation>EnEfG
fornybar</translation>
    </message>
    <message>
        <source>EU EED (Directive 2023/1791 Art. 12, Delegated Regulation 2024/1364) KPIs per stage at steady state. The EnEfG columns apply Germany&apos;s thresholds for new data centres (PUE ≤ 1.2 from 1 Jul 2026; ERF ≥ 10/15/20 % for a start from 1 Jul 2026/2027/2028; renewable electricity 100 % from 2027) as a &lt;b&gt;benchmark&lt;/b&gt;: the German law does not apply to a campus in Norway.</source>
        <translation>EU EED-nøkkeltall (direktiv 2023/1791 art. 12, delegert forordning 2024/1364) per trinn i stabil drift. EnEfG-kolonnene bruker Tysklands grenser for nye datasentre (PUE ≤ 1,2 fra 1. juli 2026; ERF ≥ 10/15/20 % ved oppstart fra 1. juli 2026/2027/2028; 100 % fornybar strøm fra 2027) som &lt;b&gt;referanse&lt;/b&gt;: den tyske loven gjelder ikke for en campus i Norge.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>i.a.</translation>
    </message>
    <message>
        <source>pass (%1)</source>
        <translation>oppfylt (%1)</translation>
    </message>
    <message>
        <source>fail (%1)</source>
        <translation>ikke oppfylt (%1)</translation>
    </message>
</context>
<context>
    <name>fjord::ui::RenewablesTab</name>
    <message>
        <source>Stage</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>REF
(%)</source>
        <translation>REF
(%)</translation>
    </message>
    <message>
        <source>Hourly
CFE (%)</source>
        <translation>CFE per
time (%)</translation>
    </message>
    <message>
        <source>CUE location
(g/kWh)</source>
        <translation>CUE sted
(g/kWh)</translation>
    </message>
    <message>
        <source>CUE market
(g/kWh)</source>
        <translation>CUE marked
(g/kWh)</translation>
    </message>
    <message>
        <source>Grid
(MWh)</source>
        <translation>Nett
(MWh)</translation>
    </message>
    <message>
        <source>PPA used
(MWh)</source>
        <translation>PPA brukt
(MWh)</translation>
    </message>
    <message>
        <source>GoO
(MWh)</source>
        <translation>OG
(MWh)</translation>
    </message>
    <message>
        <source>CO₂e
(t/yr)</source>
        <translation>CO₂e
(t/år)</translation>
    </message>
    <message>
        <source>Renewable and carbon KPIs per stage</source>
        <translation>Nøkkeltall for fornybarhet og karbon per trinn</translation>
    </message>
    <message>
        <source>Regulatory view: EU EED KPIs and EnEfG benchmark</source>
        <translation>Regulatorisk visning: EU EED-nøkkeltall og EnEfG-referanse</translation>
    </message>
    <message>
        <source>Week </source>
        <translation>Uke </translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <source>REF and hourly CFE per stage</source>
        <translation>REF og CFE per time per trinn</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Hourly CFE</source>
        <translation>CFE per time</translation>
    </message>
    <message>
        <source>Share of facility energy (%)</source>
        <translation>Andel av anleggets energi (%)</translation>
    </message>
    <message>
        <source>CUE per stage</source>
        <translation>CUE per trinn</translation>
    </message>
    <message>
        <source>Location-based</source>
        <translation>Stedsbasert</translation>
    </message>
    <message>
        <source>Market-based (residual mix)</source>
        <translation>Markedsbasert (restmiks)</translation>
    </message>
    <message>
        <source>CUE (g CO₂e per IT kWh)</source>
        <translation>CUE (g CO₂e per IT-kWh)</translation>
    </message>
    <message>
        <source> (no results)</source>
        <translation> (ingen resultater)</translation>
    </message>
    <message>
        <source>Energy (MWh)</source>
        <translation>Energi (MWh)</translation>
    </message>
    <message>
        <source>Energy (GWh)</source>
        <translation>Energi (GWh)</translation>
    </message>
    <message>
        <source>Monthly energy by source against the load</source>
        <translation>Månedlig energi etter kilde mot lasten</translation>
    </message>
    <message>
        <source>PPA used</source>
        <translation>PPA brukt</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>Nettimport</translation>
    </message>
    <message>
        <source>Facility load</source>
        <translation>Anleggets last</translation>
    </message>
    <message>
        <source>Supply by source, week %1</source>
        <translation>Forsyning etter kilde, uke %1</translation>
    </message>
    <message>
        <source>Day of year</source>
        <translation>Dag i året</translation>
    </message>
    <message>
        <source>Hourly carbon-free energy, week %1</source>
        <translation>Karbonfri energi per time, uke %1</translation>
    </message>
    <message>
        <source>CFE (% of load)</source>
        <translation>CFE (% av lasten)</translation>
    </message>
    <message>
        <source>The week of the year (1–52) the hourly supply chart shows</source>
        <translation>Uken i året (1–52) som diagrammet over forsyning per time viser</translation>
    </message>
    <message>
        <source>Power (%1)</source>
        <translation>Effekt (%1)</translation>
    </message>
</context>
<context>
    <name>fjord::ui::Report</name>
    <message>
        <source>IT capacity, MW</source>
        <translation>IT-kapasitet, MW</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU-er</translation>
    </message>
    <message>
        <source>White-space density, kW/m²</source>
        <translation>Effekttetthet i IT-arealet, kW/m²</translation>
    </message>
    <message>
        <source>Design demand, MW</source>
        <translation>Dimensjonerende effektbehov, MW</translation>
    </message>
    <message>
        <source>Facility energy, GWh/yr</source>
        <translation>Anleggets energi, GWh/år</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Capex, cumulative, M %1</source>
        <translation>Investeringer, akkumulert, mill. %1</translation>
    </message>
    <message>
        <source>Capex per MW IT, M %1</source>
        <translation>Investeringer per MW IT, mill. %1</translation>
    </message>
    <message>
        <source>Cost per GPU-hour (campus), %1</source>
        <translation>Kostnad per GPU-time (campus), %1</translation>
    </message>
    <message>
        <source>NPV of what the stage adds, M %1</source>
        <translation>NNV av det trinnet tilfører, mill. %1</translation>
    </message>
    <message>
        <source>IRR of what the stage adds</source>
        <translation>IRR av det trinnet tilfører</translation>
    </message>
    <message>
        <source>NPV (campus), M %1</source>
        <translation>NNV (campus), mill. %1</translation>
    </message>
    <message>
        <source>IRR (campus)</source>
        <translation>IRR (campus)</translation>
    </message>
    <message>
        <source>Problems (scenario)</source>
        <translation>Problemer (scenario)</translation>
    </message>
    <message>
        <source>Scenario %1 (B) against scenario %2 (A), stage by stage: stage 1 of B against stage 1 of A, each as built through that stage. Green: the better of the two values; sizes (capacity, GPUs) are not judged. The difference is B − A; shares differ in percentage points.</source>
        <translation>Scenario %1 (B) mot scenario %2 (A), trinn for trinn: trinn 1 i B mot trinn 1 i A, hvert slik det er bygd gjennom trinnet. Grønt: den beste av de to verdiene; størrelser (kapasitet, GPU-er) vurderes ikke. Forskjellen er B − A; andeler skiller seg i prosentpoeng.</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> pp</translation>
    </message>
    <message>
        <source>Stage %1 (%2) exists only in B.</source>
        <translation>Trinn %1 (%2) finnes bare i B.</translation>
    </message>
    <message>
        <source>Stage %1 (%2) exists only in A.</source>
        <translation>Trinn %1 (%2) finnes bare i A.</translation>
    </message>
    <message>
        <source>Stage %1: %2 (A), %3 (B)</source>
        <translation>Trinn %1: %2 (A), %3 (B)</translation>
    </message>
    <message>
        <source>Through this stage</source>
        <translation>Gjennom dette trinnet</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>Layout diff</source>
        <translation>Forskjeller i planløsningen</translation>
    </message>
    <message>
        <source>Racks of B against A</source>
        <translation>Racker i B mot A</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racker</translation>
    </message>
    <message>
        <source>Racks are matched by id, then by name. A rack that changed in several ways counts once: retyped before moved before re-fed. Removed racks are drawn on A&apos;s plan, the others on B&apos;s; each plan shows the halls with changes.</source>
        <translation>Racker matches på id, deretter på navn. Et rack som er endret på flere måter, telles én gang: ny type før flyttet før ny tilførsel. Fjernede racker tegnes på As plan, de andre på Bs; hver plan viser hallene med endringer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Layout diff, built through %1</source>
        <translation>Forskjeller i planløsningen, bygd gjennom %1</translation>
    </message>
    <message>
        <source>Scenario %1 (A): removed racks in red.</source>
        <translation>Scenario %1 (A): fjernede racker i rødt.</translation>
    </message>
    <message>
        <source>Scenario %1 (B): added, moved, retyped and re-fed racks in their colours.</source>
        <translation>Scenario %1 (B): tilføyde, flyttede, omtypede og omkoblede racker i sine farger.</translation>
    </message>
    <message>
        <source>Comparison: %1 against %2</source>
        <translation>Sammenligning: %1 mot %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF file</source>
        <translation>%1: kan ikke skrive PDF-filen</translation>
    </message>
    <message>
        <source>%1: writing the PDF failed</source>
        <translation>%1: skriving av PDF-filen mislyktes</translation>
    </message>
    <message>
        <source>%1: cannot write the HTML file</source>
        <translation>%1: kan ikke skrive HTML-filen</translation>
    </message>
    <message>
        <source>%1: writing the HTML file failed</source>
        <translation>%1: skriving av HTML-filen mislyktes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>The report needs a scenario</source>
        <translation>Rapporten trenger et scenario</translation>
    </message>
    <message>
        <source>The project has no scenario with id %1</source>
        <translation>Prosjektet har ikke noe scenario med id %1</translation>
    </message>
    <message>
        <source>%1 — investor report</source>
        <translation>%1 — investorrapport</translation>
    </message>
    <message>
        <source>%1 · scenario %2 · investor report</source>
        <translation>%1 · scenario %2 · investorrapport</translation>
    </message>
    <message>
        <source>%1 · scenarios %2 · investor report</source>
        <translation>%1 · scenarioer %2 · investorrapport</translation>
    </message>
    <message>
        <source>The scenario has no tenants: the campus earns no revenue, so its free cash flow is the cost of building and running it.</source>
        <translation>Scenarioet har ingen leietakere: campus har ingen inntekter, så den frie kontantstrømmen er kostnaden ved å bygge og drive den.</translation>
    </message>
    <message>
        <source>%1 yr</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Leietaker</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>Price, %1</source>
        <translation>Pris, %1</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Løpetid</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>%1 bn</source>
        <translation>%1 mrd.</translation>
    </message>
    <message>
        <source>MW: IT design capacity allocated to the tenant in the campus as built through %1. %2 bn: revenue over the horizon, undiscounted, with escalation, re-letting and vacancy after the term and each stage&apos;s ramp-up (METHOD §8.2). Term from the contract&apos;s start or, without one, from the energisation of its first capacity.</source>
        <translation>MW: dimensjonerende IT-kapasitet tildelt leietakeren i campus slik den er bygd gjennom %1. %2 mrd.: inntekter over horisonten, ikke neddiskontert, med prisjustering, ny utleie og ledighet etter løpetiden og hvert trinns opptrapping (METHOD §8.2). Løpetiden regnes fra kontraktens start eller, uten en slik, fra spenningssettingen av den første kapasiteten.</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>Campus</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Per stage: what the stage adds as a stand-alone investment (its capex and replacements, its racks&apos; revenue, its opex). Free cash flow = EBITDA - tax - capex + residual value; unlevered, after %1 corporate tax with losses carried forward (METHOD §8.3).</source>
        <translation>Per trinn: det trinnet tilfører som en frittstående investering (investeringer og utskiftninger, rackenes inntekter, driftskostnader). Fri kontantstrøm = EBITDA - skatt - investeringer + restverdi; ugiret, etter %1 selskapsskatt med fremførbart underskudd (METHOD §8.3).</translation>
    </message>
    <message>
        <source>Year, %1 m</source>
        <translation>År, %1 mill.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Inntekter</translation>
    </message>
    <message>
        <source>Opex</source>
        <translation>Driftskostnader</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Investeringer</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Skatt</translation>
    </message>
    <message>
        <source>Free cash flow</source>
        <translation>Fri kontantstrøm</translation>
    </message>
    <message>
        <source>Cumulative FCF</source>
        <translation>Akkumulert FKS</translation>
    </message>
    <message>
        <source>Capex includes replacements at the end of each asset&apos;s life; the last year&apos;s free cash flow includes the residual value of %1 m.</source>
        <translation>Investeringene omfatter utskiftninger ved slutten av hver eiendels levetid; det siste årets frie kontantstrøm omfatter restverdien på %1 mill.</translation>
    </message>
    <message>
        <source>Cumulative free cash flow, %1 m; it turns positive in %2 (payback).</source>
        <translation>Akkumulert fri kontantstrøm, %1 mill.; den blir positiv i %2 (tilbakebetaling).</translation>
    </message>
    <message>
        <source>Cumulative free cash flow, %1 m; it does not turn positive within the horizon.</source>
        <translation>Akkumulert fri kontantstrøm, %1 mill.; den blir ikke positiv innenfor horisonten.</translation>
    </message>
    <message>
        <source>Revenue against opex and capex (first purchases and replacements) per year, %1 m.</source>
        <translation>Inntekter mot driftskostnader og investeringer (første kjøp og utskiftninger) per år, %1 mill.</translation>
    </message>
    <message>
        <source>Revenue per tenant class per year, %1 m.</source>
        <translation>Inntekter per leietakerklasse per år, %1 mill.</translation>
    </message>
    <message>
        <source>NPV at %1, %2 bn</source>
        <translation>NNV ved %1, %2 mrd.</translation>
    </message>
    <message>
        <source>IRR, after tax</source>
        <translation>IRR, etter skatt</translation>
    </message>
    <message>
        <source>IRR: none (see Tenants and returns)</source>
        <translation>IRR: ingen (se Leietakere og avkastning)</translation>
    </message>
    <message>
        <source>Payback year</source>
        <translation>Tilbakebetalingsår</translation>
    </message>
    <message>
        <source>beyond</source>
        <translation>senere</translation>
    </message>
    <message>
        <source>Discounted payback year</source>
        <translation>Diskontert tilbakebetalingsår</translation>
    </message>
    <message>
        <source>No investor figures: the scenario needs stages with energisation dates.</source>
        <translation>Ingen investornøkkeltall: scenarioet trenger trinn med dato for spenningssetting.</translation>
    </message>
    <message>
        <source>an IRR of %1</source>
        <translation>en IRR på %1</translation>
    </message>
    <message>
        <source>no IRR (%1)</source>
        <translation>ingen IRR (%1)</translation>
    </message>
    <message>
        <source>pays back in %1</source>
        <translation>er tilbakebetalt i %1</translation>
    </message>
    <message>
        <source>does not pay back within the horizon</source>
        <translation>blir ikke tilbakebetalt innenfor horisonten</translation>
    </message>
    <message>
        <source>Over %1 years from %2 the tenants&apos; contracts bring %3 of revenue. At a discount rate of %4 a year the free cash flow after tax has an NPV of %5 and %6; the campus %7.</source>
        <translation>Over %1 år fra %2 gir leietakernes kontrakter %3 i inntekter. Med en diskonteringsrente på %4 i året har den frie kontantstrømmen etter skatt en NNV på %5 og %6; campus %7.</translation>
    </message>
    <message>
        <source>No returns to report: the scenario needs stages with energisation dates.</source>
        <translation>Ingen avkastning å rapportere: scenarioet trenger trinn med dato for spenningssetting.</translation>
    </message>
    <message>
        <source>%1 inputs of the scenario are uncertain (listed below with their ranges). The Monte Carlo draws each from its distribution in %2 runs with seed %3 and evaluates the whole scenario for every run. P10, P50 and P90 are the values that 10 %, 50 % and 90 % of the runs stay at or below; &quot;Plan&quot; is the scenario as entered, every input at its own value.</source>
        <translation>%1 inndata i scenarioet er usikre (listet nedenfor med sine områder). Monte Carlo-simuleringen trekker hver av dem fra sin fordeling i %2 kjøringer med frø %3 og beregner hele scenarioet for hver kjøring. P10, P50 og P90 er verdiene som 10 %, 50 % og 90 % av kjøringene ligger på eller under; «Plan» er scenarioet slik det er lagt inn, med hver inndata på sin egen verdi.</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>Monte Carlo</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gjennomsnitt</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>%1 of the runs have no IRR (their cash flow never turns positive) and are left out of the IRR&apos;s bands.</source>
        <translation>%1 av kjøringene har ingen IRR (kontantstrømmen blir aldri positiv) og holdes utenfor IRR-båndene.</translation>
    </message>
    <message>
        <source>The plan&apos;s own NPV of %1 lies near the middle of the runs (%2 of them below it).</source>
        <translation>Planens egen NNV på %1 ligger nær midten av kjøringene (%2 av dem under den).</translation>
    </message>
    <message>
        <source>%1 of the runs fall below the plan&apos;s own NPV of %2: the ranges of the uncertain inputs are not centred on the plan&apos;s values (see their modes below), so the median outcome (P50) is %3 rather than the plan&apos;s figure.</source>
        <translation>%1 av kjøringene havner under planens egen NNV på %2: områdene for de usikre inndataene er ikke sentrert om planens verdier (se modusene nedenfor), så medianutfallet (P50) er %3 og ikke planens tall.</translation>
    </message>
    <message>
        <source>The NPV is negative in %1 of the runs. %2</source>
        <translation>NNV er negativ i %1 av kjøringene. %2</translation>
    </message>
    <message>
        <source>Convergence: the P50 of the NPV has a standard error of %1 after %2 runs. Reproduce the bands with: fjordplan-cli risk FILE --scenario &quot;%3&quot; --runs %4 --seed %5 --out risk.json.</source>
        <translation>Konvergens: P50 for NNV har et standardavvik på %1 etter %2 kjøringer. Gjenskap båndene med: fjordplan-cli risk FILE --scenario &quot;%3&quot; --runs %4 --seed %5 --out risk.json.</translation>
    </message>
    <message>
        <source>%1 (sd %2)</source>
        <translation>%1 (sd %2)</translation>
    </message>
    <message>
        <source>Uncertain input</source>
        <translation>Usikker inndata</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Fordeling</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <source>Mode/mean</source>
        <translation>Modus/snitt</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <source>Share of the %1 runs with an NPV at or below each value; dashed: the plan&apos;s own NPV.</source>
        <translation>Andel av de %1 kjøringene med en NNV på eller under hver verdi; stiplet: planens egen NNV.</translation>
    </message>
    <message>
        <source>Base %1: every input at its central value; the largest swing on top.</source>
        <translation>Basis %1: alle inndata på sin sentrale verdi; det største utslaget øverst.</translation>
    </message>
    <message>
        <source>The Monte Carlo bands (%1 runs) are being computed: the preview shows them in a moment. Export waits for them.</source>
        <translation>Monte Carlo-båndene (%1 kjøringer) beregnes: forhåndsvisningen viser dem om et øyeblikk. Eksporten venter på dem.</translation>
    </message>
    <message>
        <source>The scenario has no uncertain inputs, so this report gives no Monte Carlo bands: the figures above are the plan&apos;s single values. Mark inputs uncertain on the Risk tab (METHOD §9) to add the bands.</source>
        <translation>Scenarioet har ingen usikre inndata, så denne rapporten gir ingen Monte Carlo-bånd: tallene ovenfor er planens enkeltverdier. Merk inndata som usikre på fanen Risiko (METHOD §9) for å legge til båndene.</translation>
    </message>
    <message>
        <source>The Monte Carlo could not run, so this report gives no bands: %1.</source>
        <translation>Monte Carlo-simuleringen kunne ikke kjøres, så denne rapporten gir ingen bånd: %1.</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Capital expenditure</source>
        <translation>Investeringer</translation>
    </message>
    <message>
        <source>Energy and efficiency</source>
        <translation>Energi og effektivitet</translation>
    </message>
    <message>
        <source>Renewables and carbon</source>
        <translation>Fornybar energi og karbon</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Tenants and returns</source>
        <translation>Leietakere og avkastning</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plantegning</translation>
    </message>
    <message>
        <source>Risks and assumptions</source>
        <translation>Risikoer og forutsetninger</translation>
    </message>
    <message>
        <source>Risk bands (Monte Carlo)</source>
        <translation>Risikobånd (Monte Carlo)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Investor report · scenario %1</source>
        <translation>Investorrapport · scenario %1</translation>
    </message>
    <message>
        <source>Investor report · scenario %1, compared with %2</source>
        <translation>Investorrapport · scenario %1, sammenlignet med %2</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Sted: %1</translation>
    </message>
    <message>
        <source>Climate: %1</source>
        <translation>Klima: %1</translation>
    </message>
    <message>
        <source>Prepared with %1 on %2</source>
        <translation>Utarbeidet med %1 den %2</translation>
    </message>
    <message>
        <source>The scenario has no stages: there is nothing to report yet.</source>
        <translation>Scenarioet har ingen trinn: det er ingenting å rapportere ennå.</translation>
    </message>
    <message>
        <source>PUE (annual)</source>
        <translation>PUE (årlig)</translation>
    </message>
    <message>
        <source>Renewable energy factor</source>
        <translation>Fornybar energifaktor</translation>
    </message>
    <message>
        <source>Energy a year, GWh</source>
        <translation>Energi per år, GWh</translation>
    </message>
    <message>
        <source>Capex, M %1</source>
        <translation>Investeringer, mill. %1</translation>
    </message>
    <message>
        <source>Cost per GPU-hour, %1</source>
        <translation>Kostnad per GPU-time, %1</translation>
    </message>
    <message>
        <source>The campus grows in %1 from %2 MW of IT capacity (%3, energised %4) to %5 MW (%6). Built out it houses %7 GPUs in %8 racks, is sized for a design demand of %9 MW (every rack at peak power, cooling at the design ambient) and uses %10 GWh of electricity a year at an annual PUE of %11; %12 of that energy is renewable and %13 is carbon-free hour by hour.</source>
        <translation>Campus vokser over %1 fra %2 MW IT-kapasitet (%3, spenningssatt %4) til %5 MW (%6). Fullt utbygd huser den %7 GPU-er i %8 racker, er dimensjonert for et effektbehov på %9 MW (alle racker på toppeffekt, kjøling ved dimensjonerende utetemperatur) og bruker %10 GWh strøm i året med en årlig PUE på %11; %12 av energien er fornybar og %13 er karbonfri time for time.</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>trinn</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>trinn</translation>
    </message>
    <message>
        <source>Stages are cumulative: each describes the campus as built through that stage, running a full year at steady state. Amounts in %1.</source>
        <translation>Trinnene er kumulative: hvert beskriver campus slik den er bygd gjennom trinnet, i stabil drift et helt år. Beløp i %1.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Energised</source>
        <translation>Spenningssatt</translation>
    </message>
    <message>
        <source>IT MW</source>
        <translation>IT MW</translation>
    </message>
    <message>
        <source>Peak MW</source>
        <translation>Topp MW</translation>
    </message>
    <message>
        <source>Design MW</source>
        <translation>Dim. MW</translation>
    </message>
    <message>
        <source>Grid MW</source>
        <translation>Nett MW</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>IT MW: design power of the racks built through the stage. Peak MW: the highest hourly facility draw of the climate year at the load profiles (expected). Design MW: every rack at its peak power and the cooling at the design ambient, what grid, transformers and UPS are sized for. Headroom: grid capacity not used at the design demand.</source>
        <translation>IT MW: dimensjonerende effekt for rackene bygd gjennom trinnet. Topp MW: anleggets høyeste timeforbruk i klimaåret etter lastprofilene (forventet). Dim. MW: alle racker på toppeffekt og kjølingen ved dimensjonerende utetemperatur, det nett, transformatorer og UPS dimensjoneres for. Margin: nettkapasitet som ikke brukes ved det dimensjonerende effektbehovet.</translation>
    </message>
    <message>
        <source>IT equipment</source>
        <translation>IT-utstyr</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Elektro</translation>
    </message>
    <message>
        <source>Mechanical</source>
        <translation>Mekanisk</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bygg</translation>
    </message>
    <message>
        <source>Grid connection</source>
        <translation>Nettilknytning</translation>
    </message>
    <message>
        <source>Soft costs</source>
        <translation>Myke kostnader</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Uforutsett</translation>
    </message>
    <message>
        <source>M %1 added by</source>
        <translation>Mill. %1 tilført av</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Capex added per stage</source>
        <translation>Investeringer tilført per trinn</translation>
    </message>
    <message>
        <source>M %1</source>
        <translation>Mill. %1</translation>
    </message>
    <message>
        <source>Capex per stage by category, millions of %1.</source>
        <translation>Investeringer per trinn etter kategori, millioner %1.</translation>
    </message>
    <message>
        <source>Capex per MW of IT capacity, built out: %1 M %2.</source>
        <translation>Investeringer per MW IT-kapasitet, fullt utbygd: %1 mill. %2.</translation>
    </message>
    <message>
        <source>IT GWh</source>
        <translation>IT GWh</translation>
    </message>
    <message>
        <source>Facility GWh</source>
        <translation>Anlegg GWh</translation>
    </message>
    <message>
        <source>WUE L/kWh</source>
        <translation>WUE L/kWh</translation>
    </message>
    <message>
        <source>Free cooling h</source>
        <translation>Frikjøling t</translation>
    </message>
    <message>
        <source>Chiller h</source>
        <translation>Kjølemaskin t</translation>
    </message>
    <message>
        <source>Reused GWh</source>
        <translation>Gjenvunnet GWh</translation>
    </message>
    <message>
        <source>Free cooling h: hours with the liquid loop fully free-cooled. Chiller h: hours with a chiller running on any loop (the air-cooled share included).</source>
        <translation>Frikjøling t: timer der væskekretsen er fullt frikjølt. Kjølemaskin t: timer der en kjølemaskin går på en av kretsene (den luftkjølte andelen medregnet).</translation>
    </message>
    <message>
        <source>Monthly PUE</source>
        <translation>PUE per måned</translation>
    </message>
    <message>
        <source>month</source>
        <translation>måned</translation>
    </message>
    <message>
        <source>Energy-weighted PUE per month of the climate year, by stage.</source>
        <translation>Energivektet PUE per måned i klimaåret, per trinn.</translation>
    </message>
    <message>
        <source>CFE hourly</source>
        <translation>CFE per time</translation>
    </message>
    <message>
        <source>CUE loc.</source>
        <translation>CUE sted</translation>
    </message>
    <message>
        <source>CUE market</source>
        <translation>CUE marked</translation>
    </message>
    <message>
        <source>PPA GWh</source>
        <translation>PPA GWh</translation>
    </message>
    <message>
        <source>Grid GWh</source>
        <translation>Nett GWh</translation>
    </message>
    <message>
        <source>GoO GWh</source>
        <translation>OG GWh</translation>
    </message>
    <message>
        <source>t CO2e</source>
        <translation>t CO2e</translation>
    </message>
    <message>
        <source>REF: renewable energy factor (EN 50600-4-3). CFE hourly: the share of each hour&apos;s load met by carbon-free supply, averaged over the year. CUE in kg CO2e per kWh of IT energy, location-based (grid intensity, GHG Protocol) and market-based (residual mix after PPAs and guarantees of origin).</source>
        <translation>REF: fornybar energifaktor (EN 50600-4-3). CFE per time: andelen av hver times last som dekkes av karbonfri forsyning, i snitt over året. CUE i kg CO2e per kWh IT-energi, stedsbasert (nettets intensitet, GHG-protokollen) og markedsbasert (restmiks etter PPA-er og opprinnelsesgarantier).</translation>
    </message>
    <message>
        <source>Total capex, M %1</source>
        <translation>Samlede investeringer, mill. %1</translation>
    </message>
    <message>
        <source>Present value of cash-out, M %1</source>
        <translation>Nåverdi av utbetalinger, mill. %1</translation>
    </message>
    <message>
        <source>Levelised, %1 per IT MWh</source>
        <translation>Nivåkostnad, %1 per IT-MWh</translation>
    </message>
    <message>
        <source>Levelised, %1 per GPU-hour</source>
        <translation>Nivåkostnad, %1 per GPU-time</translation>
    </message>
    <message>
        <source>Opex a year, M %1</source>
        <translation>Driftskostnader i året, mill. %1</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikater</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Vedlikehold</translation>
    </message>
    <message>
        <source>Staff, other</source>
        <translation>Personale, annet</translation>
    </message>
    <message>
        <source>Heat sales</source>
        <translation>Varmesalg</translation>
    </message>
    <message>
        <source>Cash-out per year</source>
        <translation>Utbetalinger per år</translation>
    </message>
    <message>
        <source>Capex in the year of each energisation, opex of the campus in service, millions of %1.</source>
        <translation>Investeringer i året for hver spenningssetting, driftskostnader for campus i drift, millioner %1.</translation>
    </message>
    <message>
        <source>Present value at the project&apos;s discount rate over %1 years from the first energisation. Levelised costs divide it by the discounted IT energy and GPU-hours.</source>
        <translation>Nåverdi ved prosjektets diskonteringsrente over %1 år fra første spenningssetting. Nivåkostnadene deler den på neddiskontert IT-energi og GPU-timer.</translation>
    </message>
    <message>
        <source>Built through %1</source>
        <translation>Bygd gjennom %1</translation>
    </message>
    <message>
        <source>The campus as built through %1: halls, rows and racks at scale.</source>
        <translation>Campus slik den er bygd gjennom %1: haller, rader og racker i målestokk.</translation>
    </message>
    <message>
        <source>%1; %2 of which %3 built in the first stage.</source>
        <translation>%1; %2 av dem %3 bygd i første trinn.</translation>
    </message>
    <message>
        <source>hall</source>
        <translation>hall</translation>
    </message>
    <message>
        <source>halls</source>
        <translation>haller</translation>
    </message>
    <message>
        <source>%n rack</source>
        <translation>%n rack</translation>
    </message>
    <message>
        <source>%n racks</source>
        <translation>%n racker</translation>
    </message>
    <message>
        <source>%n is</source>
        <translation>%n er</translation>
    </message>
    <message>
        <source>%n are</source>
        <translation>%n er</translation>
    </message>
    <message>
        <source>Risk or assumption</source>
        <translation>Risiko eller forutsetning</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>The rules behind this list are fixed (docs/method.md). The plan&apos;s checks report %1 besides.</source>
        <translation>Reglene bak denne listen er faste (docs/method.md). Planens kontroller rapporterer i tillegg %1.</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>advarsler</translation>
    </message>
    <message>
        <source>Fjordplan evaluates the scenario hour by hour over the climate year (%1 h): rack load from its profile, the power chain&apos;s losses at each hour&apos;s load, the liquid and air cooling loops against the outdoor temperature (dry coolers, adiabatic assist, chillers), then energy, PUE, water, renewables matched hour by hour, capex from the cost catalogue and cash-out over the horizon.</source>
        <translation>Fjordplan beregner scenarioet time for time over klimaåret (%1 t): rackenes last fra profilen, kraftkjedens tap ved hver times last, væske- og luftkjølekretsene mot utetemperaturen (tørrkjølere, adiabatisk forsterkning, kjølemaskiner), deretter energi, PUE, vann, fornybar energi matchet time for time, investeringer fra kostnadskatalogen og utbetalinger over horisonten.</translation>
    </message>
    <message>
        <source>The equations, defaults and sources are in docs/method.md and docs/power.md of Fjordplan. Every figure of this report can be reproduced with: fjordplan-cli evaluate %1 --scenario &quot;%2&quot;.</source>
        <translation>Ligningene, standardverdiene og kildene står i docs/method.md og docs/power.md i Fjordplan. Alle tall i denne rapporten kan gjenskapes med: fjordplan-cli evaluate %1 --scenario &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: kan ikke opprette mappen</translation>
    </message>
    <message>
        <source>%1: cannot write the CSV file</source>
        <translation>%1: kan ikke skrive CSV-filen</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>fjord::ui::ReportExportDialog</name>
    <message>
        <source>Export investor report</source>
        <translation>Eksporter investorrapport</translation>
    </message>
    <message>
        <source>The first checked scenario is reported in full; each other checked one is compared with it (KPI deltas per stage and the layout diff).</source>
        <translation>Det første avkryssede scenarioet rapporteres i sin helhet; hvert av de andre avkryssede sammenlignes med det (endringer i nøkkeltall per trinn og forskjeller i planløsningen).</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <source>HTML page (one file)</source>
        <translation>HTML-side (én fil)</translation>
    </message>
    <message>
        <source>CSV tables (a folder)</source>
        <translation>CSV-tabeller (en mappe)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>%1 - %2 - investor report.pdf</source>
        <translation>%1 - %2 - investorrapport.pdf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bla gjennom …</translation>
    </message>
    <message>
        <source>The first checked scenario is reported in full; each other checked one gets a comparison with it (KPI deltas per stage and the layout diff).</source>
        <translation>Det første avkryssede scenarioet rapporteres i sin helhet; hvert av de andre avkryssede får en sammenligning med det (endringer i nøkkeltall per trinn og forskjeller i planløsningen).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarioer</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Sidestørrelse</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Lagre til</translation>
    </message>
    <message>
        <source>Folder for the report&apos;s tables</source>
        <translation>Mappe for rapportens tabeller</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML-sider (*.html)</translation>
    </message>
    <message>
        <source>Writing the report with %n comparison…</source>
        <translation>Skriver rapporten med %n sammenligning …</translation>
    </message>
    <message>
        <source>Writing the report with %n comparisons…</source>
        <translation>Skriver rapporten med %n sammenligninger …</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Avbrutt: ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
    </message>
</context>
<context>
    <name>fjord::ui::ReportTab</name>
    <message>
        <source>Export…</source>
        <translation>Eksporter …</translation>
    </message>
    <message>
        <source>Write the report as a PDF or HTML page, or its tables as CSV, with comparisons of other scenarios (also File &gt; Export Investor Report)</source>
        <translation>Skriv rapporten som PDF eller HTML-side, eller tabellene som CSV, med sammenligninger med andre scenarioer (også Fil &gt; Eksporter investorrapport)</translation>
    </message>
    <message>
        <source>The investor report of the current scenario, as it will print.</source>
        <translation>Investorrapporten for gjeldende scenario, slik den blir skrevet ut.</translation>
    </message>
    <message>
        <source>Investor report of scenario %1: %n page, drawn in %2 s. Export writes exactly this page (PDF, A4).</source>
        <translation>Investorrapport for scenario %1: %n side, tegnet på %2 s. Eksporten skriver nøyaktig denne siden (PDF, A4).</translation>
    </message>
    <message>
        <source>Investor report of scenario %1: %n pages, drawn in %2 s. Export writes exactly these pages (PDF, A4).</source>
        <translation>Investorrapport for scenario %1: %n sider, tegnet på %2 s. Eksporten skriver nøyaktig disse sidene (PDF, A4).</translation>
    </message>
</context>
<context>
    <name>fjord::ui::Risk</name>
    <message>
        <source>1 run</source>
        <translation>1 kjøring</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 kjøringer</translation>
    </message>
    <message>
        <source>Distribution of the %1 (%2)</source>
        <translation>Fordeling av %1 (%2)</translation>
    </message>
    <message>
        <source>P10 and P90</source>
        <translation>P10 og P90</translation>
    </message>
    <message>
        <source>P50 (median)</source>
        <translation>P50 (median)</translation>
    </message>
    <message>
        <source>NPV S-curve: probability of a value at or below x (%1)</source>
        <translation>S-kurve for NNV: sannsynlighet for en verdi på eller under x (%1)</translation>
    </message>
    <message>
        <source>Runs ≤ x</source>
        <translation>Kjøringer ≤ x</translation>
    </message>
    <message>
        <source>Probability, %</source>
        <translation>Sannsynlighet, %</translation>
    </message>
    <message>
        <source>Deterministic plan: %1</source>
        <translation>Deterministisk plan: %1</translation>
    </message>
    <message>
        <source>P(NPV &amp;lt; 0) = %1</source>
        <translation>P(NNV &amp;lt; 0) = %1</translation>
    </message>
    <message>
        <source>NPV tornado: one input at its P10 or P90, the others central</source>
        <translation>Tornadodiagram for NNV: én inndata på P10 eller P90, de andre sentrale</translation>
    </message>
    <message>
        <source>Base, every input central: %1</source>
        <translation>Basis, alle inndata sentrale: %1</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NNV</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>IRR</translation>
    </message>
    <message>
        <source>Levelised cost</source>
        <translation>Nivåkostnad</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>/GPU-h</source>
        <translation>/GPU-t</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>forhold</translation>
    </message>
    <message>
        <source>%1 %2/GPU-h</source>
        <translation>%1 %2/GPU-t</translation>
    </message>
    <message>
        <source>NPV, %1 bn</source>
        <translation>NNV, %1 mrd.</translation>
    </message>
    <message>
        <source>NPV, %1 m</source>
        <translation>NNV, %1 mill.</translation>
    </message>
    <message>
        <source>IRR, %</source>
        <translation>IRR, %</translation>
    </message>
    <message>
        <source>Levelised cost, %1/GPU-h</source>
        <translation>Nivåkostnad, %1/GPU-t</translation>
    </message>
    <message>
        <source>Annual PUE (ratio)</source>
        <translation>Årlig PUE (forhold)</translation>
    </message>
    <message>
        <source>Annual REF, %</source>
        <translation>Årlig REF, %</translation>
    </message>
    <message>
        <source>No runs yet: set the runs and the seed above, then Run</source>
        <translation>Ingen kjøringer ennå: velg kjøringer og frø ovenfor, og trykk Kjør</translation>
    </message>
</context>
<context>
    <name>fjord::ui::RiskSummaryTable</name>
    <message>
        <source>Output</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gjennomsnitt</translation>
    </message>
    <message>
        <source>SE of P50</source>
        <translation>SF for P50</translation>
    </message>
    <message>
        <source>Standard error of the P50 from the runs: how far the median may still move</source>
        <translation>Standardfeilen til P50 fra kjøringene: hvor langt medianen fortsatt kan flytte seg</translation>
    </message>
    <message>
        <source>P(NPV &lt; 0)</source>
        <translation>P(NNV &lt; 0)</translation>
    </message>
    <message>
        <source>Runs done</source>
        <translation>Kjøringer utført</translation>
    </message>
    <message>
        <source>, %n run without</source>
        <translation>, %n kjøring uten</translation>
    </message>
    <message>
        <source>, %n runs without</source>
        <translation>, %n kjøringer uten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>fjord::ui::RiskTab</name>
    <message>
        <source> runs</source>
        <translation> kjøringer</translation>
    </message>
    <message>
        <source>The same seed gives the same runs on every machine (the CLI&apos;s risk --seed)</source>
        <translation>Samme frø gir de samme kjøringene på alle maskiner (CLI-ens risk --seed)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Kjør</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The project changed after this run: the results below are stale. Run again to update them.</source>
        <translation>Prosjektet er endret etter denne kjøringen: resultatene nedenfor er utdaterte. Kjør på nytt for å oppdatere dem.</translation>
    </message>
    <message>
        <source>Monte Carlo (METHOD §9)</source>
        <translation>Monte Carlo (METHOD §9)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Kjøringer</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Frø</translation>
    </message>
    <message>
        <source>Uncertain inputs of the scenario</source>
        <translation>Usikre inndata i scenarioet</translation>
    </message>
    <message>
        <source>Histogram of</source>
        <translation>Histogram for</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>Monte Carlo</translation>
    </message>
    <message>
        <source>Parameter sweep</source>
        <translation>Parametervariasjon</translation>
    </message>
    <message>
        <source>Cancelling after the current batch of runs…</source>
        <translation>Avbryter etter gjeldende omgang med kjøringer …</translation>
    </message>
    <message>
        <source>Not run yet. Set the runs and the seed, then Run: the table and charts fill in as the runs converge.</source>
        <translation>Ikke kjørt ennå. Angi kjøringer og frø, og velg Kjør: tabellen og diagrammene fylles ut etter hvert som kjøringene konvergerer.</translation>
    </message>
    <message>
        <source>%1 of %2 runs</source>
        <translation>%1 av %2 kjøringer</translation>
    </message>
    <message>
        <source>The scenario has no uncertain inputs: add some below (or use the Narvik presets), then Run.</source>
        <translation>Scenarioet har ingen usikre inndata: legg til noen nedenfor (eller bruk Narvik-forhåndsvalgene), og velg så Kjør.</translation>
    </message>
    <message>
        <source>Running %1 runs with seed %2 over the %3 uncertain inputs of %4…</source>
        <translation>Kjører %1 kjøringer med frø %2 over de %3 usikre inndataene i %4 …</translation>
    </message>
    <message>
        <source>Could not run: %1</source>
        <translation>Kunne ikke kjøre: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 runs (seed %3, %4 s): the table and charts show the runs done.</source>
        <translation>Avbrutt etter %1 av %2 kjøringer (frø %3, %4 s): tabellen og diagrammene viser kjøringene som er utført.</translation>
    </message>
    <message>
        <source>%1 runs with seed %2 in %3 s.</source>
        <translation>%1 kjøringer med frø %2 på %3 s.</translation>
    </message>
    <message>
        <source>How many evaluations the Monte Carlo study draws (more runs: narrower confidence in its percentiles, longer to run)</source>
        <translation>Hvor mange beregninger Monte Carlo-studien trekker (flere kjøringer: smalere usikkerhet i persentilene, lengre kjøretid)</translation>
    </message>
</context>
<context>
    <name>fjord::ui::SelectTool</name>
    <message>
        <source>Click to select (Shift adds, Ctrl toggles; double click: the rack&apos;s row); drag to move; drag on empty floor to select an area; arrows nudge</source>
        <translation>Klikk for å velge (Shift legger til, Ctrl veksler; dobbeltklikk: rackets rad); dra for å flytte; dra på tomt gulv for å velge et område; piltastene flytter litt</translation>
    </message>
    <message>
        <source>Racks stay inside their hall</source>
        <translation>Rackene blir i hallen sin</translation>
    </message>
    <message>
        <source>Move %n object</source>
        <translation>Flytt %n objekt</translation>
    </message>
    <message>
        <source>Move %n objects</source>
        <translation>Flytt %n objekter</translation>
    </message>
    <message>
        <source>Moved by %1, %2 m</source>
        <translation>Flyttet %1, %2 m</translation>
    </message>
    <message>
        <source>%n object selected</source>
        <translation>%n objekt valgt</translation>
    </message>
    <message>
        <source>%n objects selected</source>
        <translation>%n objekter valgt</translation>
    </message>
    <message>
        <source>Row %1 selected: edit it in the inspector</source>
        <translation>Rad %1 valgt: rediger den i egenskapspanelet</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Velg</translation>
    </message>
</context>
<context>
    <name>fjord::ui::ServerActions</name>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>Åpne &amp;fra server …</translation>
    </message>
    <message>
        <source>Save to Serv&amp;er…</source>
        <translation>Lagre til ser&amp;ver …</translation>
    </message>
    <message>
        <source>Revision %1 of %2</source>
        <translation>Revisjon %1 av %2</translation>
    </message>
    <message>
        <source>Cannot open from the server</source>
        <translation>Kan ikke åpne fra serveren</translation>
    </message>
    <message>
        <source>Save to Server</source>
        <translation>Lagre til server</translation>
    </message>
    <message>
        <source>Comment for revision %1 of %2:</source>
        <translation>Kommentar til revisjon %1 av %2:</translation>
    </message>
    <message>
        <source>Not saved to the server</source>
        <translation>Ikke lagret til serveren</translation>
    </message>
    <message>
        <source>This project was not opened from a server; use Save to Server… to choose one.</source>
        <translation>Dette prosjektet ble ikke åpnet fra en server; bruk Lagre til server … for å velge en.</translation>
    </message>
    <message>
        <source>Someone else saved first</source>
        <translation>Noen andre lagret først</translation>
    </message>
    <message>
        <source>Save your version as a new scenario of their revision, or reload theirs. Either way your version is also kept in a local file.</source>
        <translation>Lagre din versjon som et nytt scenario i deres revisjon, eller last inn deres på nytt. Uansett beholdes din versjon også i en lokal fil.</translation>
    </message>
    <message>
        <source>Save as New Scenario</source>
        <translation>Lagre som nytt scenario</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Last inn på nytt</translation>
    </message>
    <message>
        <source>Your version could not be kept locally, so nothing was changed: %1</source>
        <translation>Din versjon kunne ikke beholdes lokalt, så ingenting ble endret: %1</translation>
    </message>
    <message>
        <source>%1
Your version is kept in %2.</source>
        <translation>%1
Din versjon er beholdt i %2.</translation>
    </message>
    <message>
        <source>Reloaded revision %1; your version is kept in %2</source>
        <translation>Lastet inn revisjon %1 på nytt; din versjon er beholdt i %2</translation>
    </message>
    <message>
        <source>my</source>
        <translation>min</translation>
    </message>
    <message>
        <source>%1 (%2 version)</source>
        <translation>%1 (%2 versjon)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>new scenario %1</source>
        <translation>nytt scenario %1</translation>
    </message>
    <message>
        <source>Saved revision %1 with your scenario as &quot;%2&quot;; your version is also kept in %3</source>
        <translation>Lagret revisjon %1 med ditt scenario som «%2»; din versjon er også beholdt i %3</translation>
    </message>
    <message>
        <source>Server &amp;History…</source>
        <translation>Server&amp;historikk …</translation>
    </message>
    <message>
        <source>Every revision of this team project: open one read-only, or restore it</source>
        <translation>Alle revisjoner av dette teamprosjektet: åpne én skrivebeskyttet, eller gjenopprett den</translation>
    </message>
    <message>
        <source>%1 revision %2 (read-only)</source>
        <translation>%1 revisjon %2 (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>%1 (server, revision %2)</source>
        <translation>%1 (server, revisjon %2)</translation>
    </message>
    <message>
        <source>Read-only revision</source>
        <translation>Skrivebeskyttet revisjon</translation>
    </message>
    <message>
        <source>Revision %1 of %2 is open read-only: it is not saved over the latest revision. To make it the latest again, use File &gt; Server History… and Restore as Latest; to keep it (with any changes), use File &gt; Save As… to save it as a file.</source>
        <translation>Revisjon %1 av %2 er åpnet skrivebeskyttet: den lagres ikke over den nyeste revisjonen. For å gjøre den til den nyeste igjen, bruk Fil &gt; Serverhistorikk … og Gjenopprett som nyeste; for å beholde den (med eventuelle endringer), bruk Fil &gt; Lagre som … for å lagre den som en fil.</translation>
    </message>
    <message>
        <source>Nothing was opened: your unsaved changes are still open.</source>
        <translation>Ingenting ble åpnet: de ulagrede endringene dine er fortsatt åpne.</translation>
    </message>
    <message>
        <source>Revision %1 of %2 (saved by %3), read-only: Restore as Latest in Server History makes it the latest again; Save As… keeps it as a file.</source>
        <translation>Revisjon %1 av %2 (lagret av %3), skrivebeskyttet: Gjenopprett som nyeste i Serverhistorikk gjør den til den nyeste igjen; Lagre som … beholder den som en fil.</translation>
    </message>
    <message>
        <source>Nothing was restored: your unsaved changes are still open.</source>
        <translation>Ingenting ble gjenopprettet: de ulagrede endringene dine er fortsatt åpne.</translation>
    </message>
    <message>
        <source>Revision %1 was restored as revision %2, but it could not be opened: %3</source>
        <translation>Revisjon %1 ble gjenopprettet som revisjon %2, men kunne ikke åpnes: %3</translation>
    </message>
    <message>
        <source>Restored revision %1 as revision %2 of %3</source>
        <translation>Gjenopprettet revisjon %1 som revisjon %2 av %3</translation>
    </message>
</context>
<context>
    <name>fjord::ui::ServerConnectionDialog</name>
    <message>
        <source>Open from Server</source>
        <translation>Åpne fra server</translation>
    </message>
    <message>
        <source>Save to Server</source>
        <translation>Lagre til server</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or the service file</source>
        <translation>tomt: fra ~/.pgpass eller tjenestefilen</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List opp</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passord:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>Prosjektnøkkel:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>%n project on the server.</source>
        <translation>%n prosjekt på serveren.</translation>
    </message>
    <message>
        <source>%n projects on the server.</source>
        <translation>%n prosjekter på serveren.</translation>
    </message>
</context>
<context>
    <name>fjord::ui::ServerHistoryDialog</name>
    <message>
        <source>Server History — %1</source>
        <translation>Serverhistorikk — %1</translation>
    </message>
    <message>
        <source>Revisions of &lt;b&gt;%1&lt;/b&gt; on %2, newest first.</source>
        <translation>Revisjoner av &lt;b&gt;%1&lt;/b&gt; på %2, nyeste først.</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisjon</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Lagret av</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Åpne skrivebeskyttet</translation>
    </message>
    <message>
        <source>Show this revision in the window; it is not saved over the latest one.</source>
        <translation>Vis denne revisjonen i vinduet; den lagres ikke over den nyeste.</translation>
    </message>
    <message>
        <source>Restore as Latest</source>
        <translation>Gjenopprett som nyeste</translation>
    </message>
    <message>
        <source>Save this revision again as the newest one; every revision stays in the history.</source>
        <translation>Lagre denne revisjonen på nytt som den nyeste; alle revisjoner blir værende i historikken.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Comment when restoring:</source>
        <translation>Kommentar ved gjenoppretting:</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (nyeste)</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (åpen)</translation>
    </message>
    <message>
        <source>restored revision %1</source>
        <translation>gjenopprettet revisjon %1</translation>
    </message>
</context>
<context>
    <name>fjord::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>New projects</source>
        <translation>Nye prosjekter</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>A new language shows after Fjordplan is restarted.</source>
        <translation>Et nytt språk vises etter at Fjordplan er startet på nytt.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <source>MW (megawatts)</source>
        <translation>MW (megawatt)</translation>
    </message>
    <message>
        <source>kW (kilowatts)</source>
        <translation>kW (kilowatt)</translation>
    </message>
    <message>
        <source>Code (EUR 1.42 bn)</source>
        <translation>Kode (EUR 1,42 mrd.)</translation>
    </message>
    <message>
        <source>Symbol (€ 1.42 bn)</source>
        <translation>Symbol (€ 1,42 mrd.)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>How often an open project&apos;s recovery copy is written, in minutes (0: never). The project file itself changes only when you save.</source>
        <translation>Hvor ofte gjenopprettingskopien av et åpent prosjekt skrives, i minutter (0: aldri). Selve prosjektfilen endres bare når du lagrer.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Power shown in:</source>
        <translation>&amp;Effekt vist i:</translation>
    </message>
    <message>
        <source>&amp;Currency shown as:</source>
        <translation>&amp;Valuta vist som:</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Autolagre hvert:</translation>
    </message>
    <message>
        <source>What a new project starts with; each project keeps its own values.</source>
        <translation>Det et nytt prosjekt starter med; hvert prosjekt beholder sine egne verdier.</translation>
    </message>
    <message>
        <source>IEC: 100 % of the rating</source>
        <translation>IEC: 100 % av merkeytelsen</translation>
    </message>
    <message>
        <source>NEC: 80 % of the rating</source>
        <translation>NEC: 80 % av merkeytelsen</translation>
    </message>
    <message>
        <source>The continuous load a breaker, busway or PDU may carry.</source>
        <translation>Den kontinuerlige lasten en effektbryter, skinnekanal eller PDU kan bære.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Phase imbalance above which a node gets a warning, % of its mean phase current.</source>
        <translation>Faseubalanse over denne gir en node en advarsel, % av nodens gjennomsnittlige fasestrøm.</translation>
    </message>
    <message>
        <source>Phase imbalance above which a node gets an error, % of its mean phase current; not below the warning threshold.</source>
        <translation>Faseubalanse over denne gir en node en feil, % av nodens gjennomsnittlige fasestrøm; ikke under varslingsgrensen.</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>The narrowest aisle between rows before the plan marks it, in metres.</source>
        <translation>Den smaleste gangen mellom rader før planen markerer den, i meter.</translation>
    </message>
    <message>
        <source>Share of each stage&apos;s IT capacity promised to start-ups and research institutions, %.</source>
        <translation>Andel av hvert trinns IT-kapasitet som er lovet oppstartsselskaper og forskningsinstitusjoner, %.</translation>
    </message>
    <message>
        <source>Continuous-load &amp;rule:</source>
        <translation>&amp;Regel for kontinuerlig last:</translation>
    </message>
    <message>
        <source>Phase imbalance &amp;warning above:</source>
        <translation>Faseubalanse, a&amp;dvarsel over:</translation>
    </message>
    <message>
        <source>Phase imbalance &amp;error above:</source>
        <translation>Faseubalanse, &amp;feil over:</translation>
    </message>
    <message>
        <source>&amp;Minimum aisle width:</source>
        <translation>&amp;Minste gangbredde:</translation>
    </message>
    <message>
        <source>&amp;Priority capacity target:</source>
        <translation>Mål for &amp;prioritert kapasitet:</translation>
    </message>
    <message>
        <source>The unit of the campus power figures: the status bar, the Overview, the project tree, the Expansion table and the power charts of the Cooling, Renewables, Expansion and Tenants tabs. Input fields keep their own unit.</source>
        <translation>Enheten for campusens effekttall: statuslinjen, Oversikt, prosjekttreet, tabellen i Utbygging og effektdiagrammene i fanene Kjøling, Fornybar, Utbygging og Leietakere. Inndatafeltene beholder sin egen enhet.</translation>
    </message>
</context>
<context>
    <name>fjord::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Floor plan: pan (nothing selected) or move the selection</source>
        <translation>Plantegning: panorer (ingenting valgt) eller flytt utvalget</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Piltaster</translation>
    </message>
    <message>
        <source>Floor plan: zoom in / out</source>
        <translation>Plantegning: zoom inn / ut</translation>
    </message>
    <message>
        <source>+ / −</source>
        <translation>+ / −</translation>
    </message>
    <message>
        <source>Floor plan: fit the campus</source>
        <translation>Plantegning: tilpass til campus</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Floor plan: cancel drawing, clear the selection</source>
        <translation>Plantegning: avbryt tegning, fjern utvalget</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Floor plan: pan</source>
        <translation>Plantegning: panorer</translation>
    </message>
    <message>
        <source>Middle mouse button drag</source>
        <translation>Dra med midtre museknapp</translation>
    </message>
    <message>
        <source>Floor plan: zoom at the pointer</source>
        <translation>Plantegning: zoom ved pekeren</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Musehjul</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
</context>
<context>
    <name>fjord::ui::SiteEditor</name>
    <message>
        <source>not set</source>
        <translation>ikke satt</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>not set (ISO code, e.g. NO)</source>
        <translation>ikke satt (ISO-kode, f.eks. NO)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breddegrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengdegrad</translation>
    </message>
</context>
<context>
    <name>fjord::ui::StageTimelineChart</name>
    <message>
        <source>Drag a stage along the time axis to move its energisation date</source>
        <translation>Dra et trinn langs tidsaksen for å flytte datoen for spenningssetting</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>%1: %2 MW, ramp-up %3 months</source>
        <translation>%1: %2 MW, opptrapping %3 måneder</translation>
    </message>
</context>
<context>
    <name>fjord::ui::StartPage</name>
    <message>
        <source>Fjordplan</source>
        <translation>Fjordplan</translation>
    </message>
    <message>
        <source>Capacity planning for AI data-centre campuses: layout, power chain, cooling, energy and cost, stage by stage.</source>
        <translation>Kapasitetsplanlegging for KI-datasentercampuser: planløsning, kraftkjede, kjøling, energi og kostnader, trinn for trinn.</translation>
    </message>
    <message>
        <source>Open the Narvik sample</source>
        <translation>Åpne Narvik-eksempelet</translation>
    </message>
    <message>
        <source>A 230 MW campus of GB300 NVL72 racks, expanding to 520 MW</source>
        <translation>En campus på 230 MW med GB300 NVL72-racker, som utvides til 520 MW</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nytt prosjekt</translation>
    </message>
    <message>
        <source>An empty campus with the built-in rack catalogue</source>
        <translation>En tom campus med den innebygde rackkatalogen</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Åpne …</translation>
    </message>
    <message>
        <source>A Fjordplan project file (*.fjordplan)</source>
        <translation>En Fjordplan-prosjektfil (*.fjordplan)</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Nylige prosjekter</translation>
    </message>
    <message>
        <source>No recent projects yet. Open the Narvik sample to look around.</source>
        <translation>Ingen nylige prosjekter ennå. Åpne Narvik-eksempelet for å se deg rundt.</translation>
    </message>
</context>
<context>
    <name>fjord::ui::SupplyEditor</name>
    <message>
        <source>Hydro</source>
        <translation>Vannkraft</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>Vind</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>Sol</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(ingen trinn)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Nett</translation>
    </message>
    <message>
        <source>Supplier / area</source>
        <translation>Leverandør / område</translation>
    </message>
    <message>
        <source>Clean share of the mix</source>
        <translation>Ren andel av miksen</translation>
    </message>
    <message>
        <source>g CO₂e/kWh</source>
        <translation>g CO₂e/kWh</translation>
    </message>
    <message>
        <source>Carbon (location-based)</source>
        <translation>Karbon (stedsbasert)</translation>
    </message>
    <message>
        <source>Residual mix (market-based)</source>
        <translation>Restmiks (markedsbasert)</translation>
    </message>
    <message>
        <source>/MWh</source>
        <translation>/MWh</translation>
    </message>
    <message>
        <source>Energy price</source>
        <translation>Energipris</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke satt</translation>
    </message>
    <message>
        <source>Power purchase agreements</source>
        <translation>Kraftkjøpsavtaler (PPA)</translation>
    </message>
    <message>
        <source>Add PPA</source>
        <translation>Legg til PPA</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Guarantees of origin</source>
        <translation>Opprinnelsesgarantier</translation>
    </message>
    <message>
        <source>Add guarantees</source>
        <translation>Legg til garantier</translation>
    </message>
    <message>
        <source>PPA</source>
        <translation>PPA</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Teknologi</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>Fra trinn</translation>
    </message>
    <message>
        <source>Capacity
(MW)</source>
        <translation>Kapasitet
(MW)</translation>
    </message>
    <message>
        <source>Solar area
(m²)</source>
        <translation>Solcelleareal
(m²)</translation>
    </message>
    <message>
        <source>Price
(%1/MWh)</source>
        <translation>Pris
(%1/MWh)</translation>
    </message>
    <message>
        <source>Guarantees
of origin</source>
        <translation>Opprinnelses-
garantier</translation>
    </message>
    <message>
        <source>MWh
per year</source>
        <translation>MWh
per år</translation>
    </message>
    <message>
        <source>PPA %1, %2: “%3” is not a number ≥ 0.</source>
        <translation>PPA %1, %2: «%3» er ikke et tall ≥ 0.</translation>
    </message>
    <message>
        <source>Guarantees %1, %2: “%3” is not a number ≥ 0.</source>
        <translation>Garantier %1, %2: «%3» er ikke et tall ≥ 0.</translation>
    </message>
    <message>
        <source>PPA %1</source>
        <translation>PPA %1</translation>
    </message>
    <message>
        <source>Guarantees %1</source>
        <translation>Garantier %1</translation>
    </message>
</context>
<context>
    <name>fjord::ui::SweepPanel</name>
    <message>
        <source>Run sweep</source>
        <translation>Kjør variasjon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%v of %m variants</source>
        <translation>%v av %m varianter</translation>
    </message>
    <message>
        <source>Choose one parameter (a line chart) or two (a heat map), their ranges and the output, then Run sweep. Every variant is a full evaluation of the scenario.</source>
        <translation>Velg én parameter (et linjediagram) eller to (et varmekart), områdene og resultatet, og velg så Kjør variasjon. Hver variant er en full beregning av scenarioet.</translation>
    </message>
    <message>
        <source>The project changed after this sweep: the chart is stale. Run it again to update it.</source>
        <translation>Prosjektet er endret etter denne variasjonen: diagrammet er utdatert. Kjør den på nytt for å oppdatere det.</translation>
    </message>
    <message>
        <source>Parameter sweep (METHOD §9)</source>
        <translation>Parametervariasjon (METHOD §9)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>Varier</translation>
    </message>
    <message>
        <source>and</source>
        <translation>og</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>(none: one parameter, a line chart)</source>
        <translation>(ingen: én parameter, et linjediagram)</translation>
    </message>
    <message>
        <source>Choose two different parameters, or none as the second.</source>
        <translation>Velg to forskjellige parametere, eller ingen som den andre.</translation>
    </message>
    <message>
        <source>The grid has %1 variants; the window runs up to %2. Use larger steps, or fjordplan-cli sweep for a larger study.</source>
        <translation>Rutenettet har %1 varianter; vinduet kjører opptil %2. Bruk større steg, eller fjordplan-cli sweep for en større studie.</translation>
    </message>
    <message>
        <source>Cannot sweep: %1</source>
        <translation>Kan ikke variere: %1</translation>
    </message>
    <message>
        <source>Evaluating %1 variants of %2…</source>
        <translation>Beregner %1 varianter av %2 …</translation>
    </message>
    <message>
        <source>Parameter sweep: not run yet</source>
        <translation>Parametervariasjon: ikke kjørt ennå</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 over %2</translation>
    </message>
    <message>
        <source>The plan: %1</source>
        <translation>Planen: %1</translation>
    </message>
    <message>
        <source>%1 over %2 and %3</source>
        <translation>%1 over %2 og %3</translation>
    </message>
    <message>
        <source>Outlined: the variant has errors (see the status above)</source>
        <translation>Markert: varianten har feil (se statusen ovenfor)</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 variants (%3 s).</source>
        <translation>Avbrutt etter %1 av %2 varianter (%3 s).</translation>
    </message>
    <message>
        <source>%1 variants in %2 s.</source>
        <translation>%1 varianter på %2 s.</translation>
    </message>
    <message>
        <source>Variants with errors: %1 of %2, e.g.: %3</source>
        <translation>Varianter med feil: %1 av %2, f.eks.: %3</translation>
    </message>
</context>
<context>
    <name>fjord::ui::TableExport</name>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV …</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Eksporter tabell som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksporter CSV</translation>
    </message>
</context>
<context>
    <name>fjord::ui::Tabs</name>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Planløsning</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Strøm</translation>
    </message>
    <message>
        <source>Cooling &amp;&amp; Energy</source>
        <translation>Kjøling og energi</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Utbygging</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Leietakere</translation>
    </message>
    <message>
        <source>Renewables</source>
        <translation>Fornybar</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Sammenlign</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>PUE ≤ 1.2 (new from 1 Jul 2026)</source>
        <translation>PUE ≤ 1,2 (nye fra 1. juli 2026)</translation>
    </message>
    <message>
        <source>PUE ≤ 1.5 from 1 Jul 2027, ≤ 1.3 from 2030</source>
        <translation>PUE ≤ 1,5 fra 1. juli 2027, ≤ 1,3 fra 2030</translation>
    </message>
    <message>
        <source>ERF ≥ 20 % (start from 1 Jul 2028)</source>
        <translation>ERF ≥ 20 % (oppstart fra 1. juli 2028)</translation>
    </message>
    <message>
        <source>ERF ≥ 15 % (start from 1 Jul 2027)</source>
        <translation>ERF ≥ 15 % (oppstart fra 1. juli 2027)</translation>
    </message>
    <message>
        <source>ERF ≥ 10 % (start from 1 Jul 2026)</source>
        <translation>ERF ≥ 10 % (oppstart fra 1. juli 2026)</translation>
    </message>
    <message>
        <source>No ERF threshold (start before 1 Jul 2026)</source>
        <translation>Ingen ERF-grense (oppstart før 1. juli 2026)</translation>
    </message>
    <message>
        <source>Renewable electricity 100 % from 1 Jan 2027</source>
        <translation>100 % fornybar strøm fra 1. januar 2027</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nøkkeltall</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>Campus</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>ikke innenfor horisonten</translation>
    </message>
    <message>
        <source>NPV at %1</source>
        <translation>NNV ved %1</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>IRR</translation>
    </message>
    <message>
        <source>Payback year</source>
        <translation>Tilbakebetalingsår</translation>
    </message>
    <message>
        <source>Discounted payback (%1)</source>
        <translation>Diskontert tilbakebetaling (%1)</translation>
    </message>
    <message>
        <source>Revenue, %1 years</source>
        <translation>Inntekter, %1 år</translation>
    </message>
    <message>
        <source>Free cash flow, %1 years</source>
        <translation>Fri kontantstrøm, %1 år</translation>
    </message>
    <message>
        <source>no IRR: %1</source>
        <translation>ingen IRR: %1</translation>
    </message>
    <message>
        <source>no IRR</source>
        <translation>ingen IRR</translation>
    </message>
    <message>
        <source>%1: no IRR: %2</source>
        <translation>%1: ingen IRR: %2</translation>
    </message>
    <message>
        <source>Replacement capex inside the horizon</source>
        <translation>Utskiftningsinvesteringer innenfor horisonten</translation>
    </message>
    <message>
        <source>Residual value at the end of %1</source>
        <translation>Restverdi ved slutten av %1</translation>
    </message>
    <message>
        <source>not counted (setting off)</source>
        <translation>ikke medregnet (innstillingen er av)</translation>
    </message>
    <message>
        <source>Levelised cost per GPU-hour (incl. replacements and residual)</source>
        <translation>Nivåkostnad per GPU-time (inkl. utskiftninger og restverdi)</translation>
    </message>
    <message>
        <source>Levelised cost per IT MWh</source>
        <translation>Nivåkostnad per IT-MWh</translation>
    </message>
    <message>
        <source>Energy per million tokens (%1)</source>
        <translation>Energi per million tokens (%1)</translation>
    </message>
    <message>
        <source> kWh</source>
        <translation> kWh</translation>
    </message>
    <message>
        <source>Cost per million tokens (%1)</source>
        <translation>Kostnad per million tokens (%1)</translation>
    </message>
    <message>
        <source>%1 %2 bn</source>
        <comment>currency, amount in billions</comment>
        <translation>%1 %2 mrd.</translation>
    </message>
    <message>
        <source>%1 %2 m</source>
        <comment>currency, amount in millions</comment>
        <translation>%1 %2 mill.</translation>
    </message>
</context>
<context>
    <name>fjord::ui::TenantAllocator</name>
    <message>
        <source>Allocates the selected halls, rows and racks to a tenant (racks follow their row and hall unless they have a tenant of their own)</source>
        <translation>Tildeler valgte haller, rader og racker til en leietaker (racker følger raden og hallen sin med mindre de har en egen leietaker)</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(blandet)</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>(from row %1)</source>
        <translation>(fra rad %1)</translation>
    </message>
    <message>
        <source>(from hall %1)</source>
        <translation>(fra hall %1)</translation>
    </message>
    <message>
        <source>follows its hall or row: unallocate that</source>
        <translation>følger hallen eller raden sin: fjern tildelingen der</translation>
    </message>
</context>
<context>
    <name>fjord::ui::TenantEditor</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Term (yr)</source>
        <translation>Løpetid (år)</translation>
    </message>
    <message>
        <source>Add tenant</source>
        <translation>Legg til leietaker</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Removes the tenant; its halls, rows and racks become unallocated</source>
        <translation>Fjerner leietakeren; hallene, radene og rackene blir ikke tildelt</translation>
    </message>
    <message>
        <source>Share of each stage&apos;s IT capacity promised to start-up and research tenants</source>
        <translation>Andel av hvert trinns IT-kapasitet som er lovet leietakere innen oppstart og forskning</translation>
    </message>
    <message>
        <source>Start-up/research target</source>
        <translation>Mål for oppstart/forskning</translation>
    </message>
    <message>
        <source>Selected tenant</source>
        <translation>Valgt leietaker</translation>
    </message>
    <message>
        <source>Share of the allocated GPU-hours the tenant is billed for</source>
        <translation>Andelen av de tildelte GPU-timene leietakeren faktureres for</translation>
    </message>
    <message>
        <source>Expected utilisation</source>
        <translation>Forventet utnyttelse</translation>
    </message>
    <message>
        <source>from energisation</source>
        <translation>fra spenningssetting</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Kontraktstart</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Løpetid</translation>
    </message>
    <message>
        <source>%/yr</source>
        <translation>%/år</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Prisjustering</translation>
    </message>
    <message>
        <source>Price after the term (0: the capacity is not re-let)</source>
        <translation>Pris etter løpetiden (0: kapasiteten leies ikke ut på nytt)</translation>
    </message>
    <message>
        <source>Re-letting price</source>
        <translation>Pris ved ny utleie</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Months without revenue between the term and re-letting</source>
        <translation>Måneder uten inntekter mellom løpetidens slutt og ny utleie</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Ledighet</translation>
    </message>
    <message>
        <source>sources, assumptions</source>
        <translation>kilder, forutsetninger</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>start-up/research target</source>
        <translation>mål for oppstart/forskning</translation>
    </message>
    <message>
        <source>energisation</source>
        <translation>spenningssetting</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>Leietaker %1</translation>
    </message>
    <message>
        <source>Allocated (%1)</source>
        <translation>Tildelt (%1)</translation>
    </message>
</context>
<context>
    <name>fjord::ui::TenantsTab</name>
    <message>
        <source>Tenants of the scenario</source>
        <translation>Leietakere i scenarioet</translation>
    </message>
    <message>
        <source>Allocate halls, rows or racks in the Layout tab: select them and pick a tenant in the inspector, or colour the plan by tenant.</source>
        <translation>Tildel haller, rader eller racker på fanen Planløsning: velg dem og velg en leietaker i egenskapspanelet, eller fargelegg planen etter leietaker.</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Tildeling</translation>
    </message>
</context>
<context>
    <name>fjord::ui::TopRisksList</name>
    <message>
        <source>No risk flagged by the report&apos;s rules.</source>
        <translation>Ingen risiko er flagget av rapportens regler.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the report&apos;s risk section.</source>
        <translation>
            <numerusform>… og %n til i rapportens risikodel.</numerusform>
            <numerusform>… og %n til i rapportens risikodel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fjord::ui::TornadoChart</name>
    <message>
        <source>Input at its P10</source>
        <translation>Inndata på P10</translation>
    </message>
    <message>
        <source>Input at its P90</source>
        <translation>Inndata på P90</translation>
    </message>
</context>
<context>
    <name>fjord::ui::UncertainInputsEditor</name>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Fordeling</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <source>Mode / mean</source>
        <translation>Modus / snitt</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SA</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Verdier</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Lowest value (a normal distribution is cut here)</source>
        <translation>Laveste verdi (en normalfordeling kuttes her)</translation>
    </message>
    <message>
        <source>Triangular: the most likely value; normal: the mean</source>
        <translation>Trekant: den mest sannsynlige verdien; normal: gjennomsnittet</translation>
    </message>
    <message>
        <source>Highest value (a normal distribution is cut here)</source>
        <translation>Høyeste verdi (en normalfordeling kuttes her)</translation>
    </message>
    <message>
        <source>Standard deviation of a normal distribution</source>
        <translation>Standardavviket til en normalfordeling</translation>
    </message>
    <message>
        <source>Discrete: equally likely values, separated by ;</source>
        <translation>Diskret: like sannsynlige verdier, skilt med ;</translation>
    </message>
    <message>
        <source>An input of the scenario that is not uncertain yet</source>
        <translation>En inndata i scenarioet som ikke er usikker ennå</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Use Narvik presets</source>
        <translation>Bruk Narvik-forhåndsvalg</translation>
    </message>
    <message>
        <source>Replace the scenario&apos;s uncertain inputs with the ranges preset for the Narvik sample, each with its reasoning (one undo step)</source>
        <translation>Erstatt scenarioets usikre inndata med områdene som er forhåndsvalgt for Narvik-eksempelet, hver med begrunnelse (ett angresteg)</translation>
    </message>
    <message>
        <source>Select an input to read the reasoning behind its range.</source>
        <translation>Velg en inndata for å lese begrunnelsen for området.</translation>
    </message>
    <message>
        <source>%1: no reasoning yet. Say where the range comes from in the Reasoning cell.</source>
        <translation>%1: ingen begrunnelse ennå. Skriv hvor området kommer fra i Begrunnelse-cellen.</translation>
    </message>
    <message>
        <source>%1 (not in this scenario)</source>
        <translation>%1 (ikke i dette scenarioet)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refused: %1: %2. The input keeps its previous values.</source>
        <translation>Avvist: %1: %2. Inndataene beholder sine tidligere verdier.</translation>
    </message>
    <message>
        <source>Refused: &quot;%1&quot; is not a number. The input keeps its previous values.</source>
        <translation>Avvist: «%1» er ikke et tall. Inndataene beholder sine tidligere verdier.</translation>
    </message>
    <message>
        <source>Refused: &quot;%1&quot; is not a number (separate values with ;). The input keeps its previous values.</source>
        <translation>Avvist: «%1» er ikke et tall (skill verdier med ;). Inndataene beholder sine tidligere verdier.</translation>
    </message>
    <message>
        <source>Mark %1 uncertain</source>
        <translation>Merk %1 som usikker</translation>
    </message>
    <message>
        <source>Remove the uncertain input %1</source>
        <translation>Fjern den usikre inndataen %1</translation>
    </message>
    <message>
        <source>The Narvik presets do not apply to this scenario.</source>
        <translation>Narvik-forhåndsvalgene gjelder ikke for dette scenarioet.</translation>
    </message>
    <message>
        <source>Use the Narvik presets for the uncertain inputs</source>
        <translation>Bruk Narvik-forhåndsvalgene for de usikre inndataene</translation>
    </message>
</context>
<context>
    <name>fjord::ui::UserGuide</name>
    <message>
        <source>Fjordplan User Guide</source>
        <translation>Brukerveiledning for Fjordplan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
</context>
<context>
    <name>fjord::ui::WeatherYearsPanel</name>
    <message>
        <source>Add EPW year…</source>
        <translation>Legg til EPW-år …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Another year of weather for the site (an EPW file), for the risk study&apos;s uncertain input &quot;Weather year&quot;</source>
        <translation>Et annet værår for stedet (en EPW-fil), for risikostudiens usikre inndata «Værår»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Other weather years&lt;/b&gt; (the risk study draws among them and the site climate, year 0)</source>
        <translation>&lt;b&gt;Andre værår&lt;/b&gt; (risikostudien trekker blant dem og stedets klima, år 0)</translation>
    </message>
    <message>
        <source>Add a weather year</source>
        <translation>Legg til et værår</translation>
    </message>
    <message>
        <source>EnergyPlus weather (*.epw);;All files (*)</source>
        <translation>EnergyPlus-værfiler (*.epw);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Ikke lagt til: %1</translation>
    </message>
    <message>
        <source>%1: cannot be read.</source>
        <translation>%1: kan ikke leses.</translation>
    </message>
    <message>
        <source>Add weather year %1</source>
        <translation>Legg til værår %1</translation>
    </message>
    <message>
        <source>Added %1 as year %2.</source>
        <translation>La til %1 som år %2.</translation>
    </message>
    <message>
        <source>Remove weather year %1</source>
        <translation>Fjern værår %1</translation>
    </message>
    <message>
        <source>Removed %1; the years after it move up by one.</source>
        <translation>Fjernet %1; årene etter flyttes opp ett hakk.</translation>
    </message>
    <message>
        <source>%1: %2 (mean %3 °C, max %4 °C)</source>
        <translation>%1: %2 (snitt %3 °C, maks %4 °C)</translation>
    </message>
</context>
</TS>
