"""Long page texts for blind64 (typing aid). Each is the page's own content (main part)."""

# 9031 Harvsund: Kontaktcenter. what + 3 channels + "Verksamheten leds av enhetschef" in the middle. d1 e1.
HARVSUND_KC = """
<h1>Kontaktcenter</h1>
<p class="ingress">Kontaktcenter är kommunens gemensamma väg in för dig som bor, arbetar, studerar eller driver företag i Harvsund. Vi finns här för dig, och vi vill att du ska få ett bra bemötande oavsett hur du väljer att kontakta kommunen.</p>
<p>Kommunen har ett stort antal verksamheter, och det är inte alltid lätt att veta vem man ska vända sig till. Därför samlade kommunen 2019 flera olika telefonnummer, receptionen i kommunhuset och en del av den tidigare växeln till ett och samma ställe. Tanken är enkel: du ska inte behöva bli kopplad runt i organisationen för att få ett svar som vi kan ge direkt.</p>
<h2>Vad kan vi hjälpa dig med?</h2>
<p>De allra flesta som kontaktar oss får svar redan i första samtalet. Det gäller framför allt frågor där svaret är detsamma för alla, eller där vi kan se hur ditt ärende ligger till i kommunens system. Vi svarar bland annat på frågor om förskola och skola, avgifter för barnomsorg, sophämtning och slamtömning, vatten och avlopp, parkeringstillstånd, färdtjänst och hur du söker bygglov. Vi tar också emot felanmälningar om gatubelysning, trasiga lekplatser och klotter, och vi kan hjälpa dig att komma igång med kommunens e-tjänster.</p>
<p>Om din fråga behöver utredas av en handläggare skriver vi ner ärendet och skickar det vidare till rätt verksamhet. Du får då ett ärendenummer, så att du kan följa upp det senare. Vi berättar också ungefär när du kan räkna med att bli kontaktad.</p>
<h3>Det här kan vi inte hjälpa dig med</h3>
<p>Vi fattar inga beslut i enskilda ärenden och vi kan inte ge besked om till exempel beviljat bistånd. Frågor som rör ekonomiskt bistånd, försörjningsstöd och stöd enligt LSS tas emot av socialtjänstens mottagning, eftersom de ofta innehåller känsliga uppgifter. Vi kan heller inte lämna ut uppgifter om andra personer.</p>
<h2>Så når du oss</h2>
<p>Du väljer själv hur du vill kontakta oss. Många tycker att det går snabbast att ringa, men du kan lika gärna skicka e-post eller komma förbi kommunhuset.</p>
<table class="contact-table">
<caption>Kontaktuppgifter till kontaktcenter</caption>
<tr><th scope="row">Telefon</th><td><a href="tel:+46846500410">08-465 004 10</a></td></tr>
<tr><th scope="row">Telefontid</th><td>Måndag–torsdag 8.00–16.30<br>Fredag 8.00–15.00</td></tr>
<tr><th scope="row">E-post</th><td><a href="mailto:kontaktcenter@harvsund.se">kontaktcenter@harvsund.se</a></td></tr>
<tr><th scope="row">Besöksadress</th><td>Kommunhuset, Torggatan 12, entréplan</td></tr>
</table>
<p>Vi svarar på e-post inom två arbetsdagar. Skicka inte känsliga personuppgifter, till exempel uppgifter om hälsa, med vanlig e-post.</p>
<h3>Lunchstängt och helgdagar</h3>
<p>Under sommaren, från midsommar till och med vecka 32, har vi stängt mellan 12.00 och 13.00. Dag före röd dag stänger vi klockan 13.00. Information om ändrade tider läggs ut på startsidan under Driftinformation.</p>
<h2>Vårt löfte till dig</h2>
<ul>
<li>Vi svarar i telefon inom i genomsnitt tre minuter.</li>
<li>Vi besvarar e-post inom två arbetsdagar.</li>
<li>Du ska alltid få veta vem som tar hand om ditt ärende om vi inte kan svara direkt.</li>
<li>Vi talar svenska och engelska, och vi bokar tolk när det behövs.</li>
</ul>
<p>Vi mäter varje månad hur väl vi håller löftet. Resultatet redovisas i kommunstyrelsens uppföljning, som du hittar bland kommunens allmänna handlingar.</p>
<h2>Om kontaktcenter</h2>
<p>Kontaktcenter är en enhet inom kommunledningskontoret. Här arbetar tolv kommunvägledare med olika bakgrund, bland annat från skola, socialtjänst och samhällsbyggnad, vilket gör att vi tillsammans har bred kunskap om kommunens verksamheter. Verksamheten leds av enhetschef Maria Sjöholm, som också ansvarar för kommunens reception och växel.</p>
<p>Förra året tog kontaktcenter emot drygt 48 000 samtal och omkring 9 000 e-postmeddelanden. Ungefär sju av tio frågor fick svar direkt, utan att ärendet behövde lämnas vidare.</p>
<h2>Synpunkter på vårt bemötande</h2>
<p>Vi vill gärna veta vad du tycker. Om du är missnöjd med hur vi har hanterat din fråga kan du lämna en synpunkt via kommunens e-tjänst för synpunkter och klagomål. Beröm tar vi förstås också gärna emot.</p>
<h2>Så behandlar vi dina personuppgifter</h2>
<p>När du kontaktar oss kan vi behöva registrera ditt namn och dina kontaktuppgifter för att kunna hjälpa dig. Uppgifterna behandlas enligt dataskyddsförordningen och sparas inte längre än nödvändigt. Läs mer under Personuppgifter längst ner på sidan.</p>
<p class="meta">Sidansvarig: Karin Berg, webbredaktör. Senast uppdaterad 12 mars 2025.</p>
"""

# 9032 Ormbacka: Medborgarservice. what yes; own channels: phone only (bygglov's telefontid is another unit's). d0. e1.
ORMBACKA_MS = """
<h1>Medborgarservice</h1>
<p class="ingress">Medborgarservice är kommunens första kontakt för dig som har frågor om kommunens verksamheter. Vi ger vägledning, svarar på allmänna frågor och ser till att ditt ärende hamnar hos rätt handläggare.</p>
<p>I Ormbacka ska det vara enkelt att komma i kontakt med kommunen. Sedan hösten 2022 är det därför medborgarservice som tar emot de flesta samtal som tidigare gick direkt till förvaltningarna. Det innebär att fler får svar på en gång, och att handläggarna får mer tid för de ärenden som kräver utredning.</p>
<h2>Vad kan medborgarservice hjälpa till med?</h2>
<p>Vi har samlat kunskap om många av kommunens vanligaste ärenden. Hos oss kan du till exempel få hjälp med:</p>
<ul>
<li>frågor om plats i förskola och fritidshem, och om avgifter för barnomsorg</li>
<li>sophämtning, tömningsschema och byte av sopkärl</li>
<li>ansökan om parkeringstillstånd för rörelsehindrade</li>
<li>felanmälan av gatubelysning, vägar och parker</li>
<li>bokning av kommunens lokaler och idrottshallar</li>
<li>hur du använder kommunens e-tjänster och loggar in med e-legitimation</li>
</ul>
<p>Vi kan också berätta hur en ansökan går till, vilka handlingar som behövs och hur lång handläggningstiden brukar vara.</p>
<h2>Ärenden som vi lämnar vidare</h2>
<p>En del frågor kräver att en handläggare med särskild kunskap tittar på just ditt ärende. Då antecknar vi din fråga och lämnar den vidare, och handläggaren kontaktar dig. Det gäller bland annat:</p>
<ul>
<li>Bygglov och bygganmälan. Bygglovsenhetens telefontid är tisdagar och torsdagar 9.00–11.00. Under övrig tid tar vi emot din fråga och skickar den vidare.</li>
<li>Ekonomiskt bistånd och andra ärenden inom socialtjänsten, där du som regel får tala direkt med mottagningsgruppen.</li>
<li>Frågor om enskilda elever, som hanteras av respektive skola.</li>
</ul>
<h2>Så når du medborgarservice</h2>
<p>Ring medborgarservice direkt på 040-628 04 12. Vi svarar så fort vi kan, och under de mest intensiva perioderna, som i början av terminerna, kan du bli uppringd av oss i stället för att vänta i kö.</p>
<p>Vi tar inte emot spontana besök. Behöver du träffa oss, till exempel för att få hjälp med en blankett, bokar vi en tid när du ringer. Kommunens övriga kontaktuppgifter, som växelns nummer och e-postadressen till registrator, hittar du längst ner på varje sida.</p>
<h2>Tolk och tillgänglighet</h2>
<p>Om du behöver tolk kan du säga det när du ringer, så bokar vi ett nytt samtal med tolk. Vi kan också ta emot samtal via Texttelefoni och Bildtelefoni.net. Har du svårt att läsa blanketter eller fylla i e-tjänster hjälper vi dig steg för steg.</p>
<h2>Organisation</h2>
<p>Medborgarservice tillhör kommunledningsförvaltningens avdelning för kommunikation och service. Enhetschef för medborgarservice är Lars Nyberg. På enheten arbetar nio servicehandläggare, varav flera talar fler språk än svenska, bland annat arabiska, somaliska och finska.</p>
<h2>Statistik och uppföljning</h2>
<p>Under 2024 tog medborgarservice emot omkring 31 000 samtal. Drygt 60 procent av frågorna besvarades direkt. Den genomsnittliga väntetiden i telefon var fyra minuter. Vi följer upp resultaten varje kvartal och redovisar dem för kommunstyrelsens arbetsutskott.</p>
<h2>Frågor och svar</h2>
<h3>Kan jag få hjälp även om jag inte bor i kommunen?</h3>
<p>Ja. Vi svarar på frågor från alla som har ett ärende hos Ormbacka kommun, oavsett var du bor.</p>
<h3>Sparar ni mina uppgifter?</h3>
<p>Om ditt ärende lämnas vidare registrerar vi ditt namn, telefonnummer och din fråga. Uppgifterna behandlas enligt dataskyddsförordningen.</p>
"""

# 9033 Tallberga: Kundcenter. Bare offers only; 4 channels. e: only the kommunikationschef of the parent department. d0 e0.
TALLBERGA_KC = """
<h1>Kundcenter</h1>
<p class="ingress">Kundcenter är kommunens gemensamma ingång för alla som vill komma i kontakt med Tallberga kommun. Vi finns här för dig, vilken fråga du än har.</p>
<p>Det ska vara lätt att vända sig till kommunen. Du ska inte behöva veta hur kommunen är organiserad eller vilken förvaltning som ansvarar för vad. Ring, mejla eller kom förbi, så tar vi hand om resten. Ingen fråga är för liten och ingen fråga är för stor.</p>
<h2>Vi svarar på dina frågor</h2>
<p>Hos kundcenter möter du kunniga medarbetare som svarar på frågor om kommunen och kommunens service. Kan vi inte svara direkt ser vi till att du kommer vidare till rätt person, och vi följer upp att du har fått hjälp. Du ska aldrig behöva berätta samma sak flera gånger.</p>
<p>Vi vet att det ibland kan kännas krångligt att ha kontakt med en myndighet. Därför tar vi oss tid att lyssna, och vi förklarar på ett enkelt sätt. Hör av dig om du undrar något, så hjälper vi dig så gott vi kan.</p>
<h2>Kontakta kundcenter</h2>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td><b>Telefon</b></td><td>031-390 06 20</td></tr>
<tr><td><b>Öppettider</b></td><td>Måndag–fredag 8.00–17.00<br>Lunchstängt 12.00–12.45</td></tr>
<tr><td><b>E-post</b></td><td>kundcenter@tallberga.se</td></tr>
<tr><td><b>Besöksadress</b></td><td>Stora torget 3, Tallberga</td></tr>
</table>
<p>Samma öppettider gäller för telefon och besök. Under sommaren kan öppettiderna vara kortare. Ändrade öppettider meddelas på startsidan.</p>
<h2>Vårt löfte till dig</h2>
<p>Alla som kontaktar kundcenter ska mötas med respekt och få ett vänligt bemötande. Vi har formulerat fyra löften som vi arbetar efter varje dag:</p>
<ul>
<li>Vi är tillgängliga och svarar snabbt.</li>
<li>Vi är tydliga och talar ett språk som alla förstår.</li>
<li>Vi tar ansvar för att du kommer rätt.</li>
<li>Vi lär oss av dina synpunkter och blir bättre.</li>
</ul>
<p>Löftena togs fram tillsammans med medarbetarna när kundcenter startade, och vi följer upp dem i en enkät två gånger om året. Resultaten visar att nio av tio är nöjda med bemötandet.</p>
<h2>Språk och tolk</h2>
<p>Du kan tala med oss på svenska eller engelska. Om du behöver tolk ordnar vi det. Berätta gärna redan i första kontakten vilket språk du vill använda, så bokar vi en tid.</p>
<h2>Tillgänglighet</h2>
<p>Kundcenters lokal i stadshuset är anpassad för dig som använder rullstol eller rollator. Det finns hörslinga vid disken och en lugn plats för samtal där du kan sitta ner. Ledarhundar är välkomna.</p>
<h2>Om kundcenter</h2>
<p>Kundcenter startade i januari 2021 och har i dag sju medarbetare. Kundcenter är en del av kommunikationsavdelningen, som tillhör kommunstyrelsens förvaltning. Kommunikationschef är Per Holm.</p>
<p>Varje år tar kundcenter emot tiotusentals kontakter från invånare, företagare och besökare. Vi arbetar hela tiden med att utveckla vårt arbetssätt, bland annat genom att samla de vanligaste frågorna och svaren så att fler kan få svar direkt.</p>
<p><font size="1">Frågor om webbplatsen: webbredaktionen. Sidan uppdaterades 2025-02-03.</font></p>
"""

# 9034 Sörviken: Kontaktcenter (Sitevision). what as a table in the middle; chat + phone + phone hours. e via linked organisation page.
SORVIKEN_KC = """
<div class="sv-portlet sv-text-portlet"><h1 class="heading">Kontaktcenter</h1>
<p class="lead">Har du en fråga till kommunen? Börja med att kontakta oss på kontaktcenter. Vi tar emot samtal, chattar och meddelanden från invånare, företagare och besökare.</p></div>
<div class="sv-portlet sv-text-portlet">
<p>Sörvikens kommun har över hundra olika verksamheter, från förskolor och äldreboenden till vattenverk och bibliotek. Det är naturligt att inte veta vart man ska vända sig. På kontaktcenter arbetar kommunvägledare som har bred kunskap om hela kommunen och som kan ge svar direkt på många frågor.</p>
<p>Kontaktcenter öppnade i maj 2023 och ersatte då flera av förvaltningarnas egna telefonnummer. Syftet är att du ska få ett snabbt och korrekt svar, och att handläggarna ska få mer tid för de ärenden som kräver deras kunskap.</p>
<h2 class="subheading">Exempel på frågor vi kan svara på</h2>
<p>Tabellen visar några av de områden där vi oftast kan hjälpa dig direkt. Listan är inte fullständig, så hör gärna av dig även om din fråga inte finns med.</p>
<table class="sv-table">
<thead><tr><th>Område</th><th>Det här kan vi hjälpa dig med</th></tr></thead>
<tbody>
<tr><td>Förskola och skola</td><td>Ansökan om plats, köplats, avgifter, skolskjuts</td></tr>
<tr><td>Avfall, vatten och avlopp</td><td>Hämtningsdagar, abonnemang, slamtömning, vattenavstängningar</td></tr>
<tr><td>Gator och trafik</td><td>Felanmälan, parkeringstillstånd, snöröjning</td></tr>
<tr><td>Bygga och bo</td><td>Hur du söker bygglov, vilka ritningar som behövs, handläggningstider</td></tr>
<tr><td>Kultur och fritid</td><td>Bokning av lokaler och idrottshallar, föreningsbidrag</td></tr>
</tbody>
</table>
<p>Om vi inte kan svara direkt skickar vi ditt ärende vidare till den som är ansvarig handläggare. Du får ett ärendenummer och besked om när du kan förvänta dig svar.</p>
<h2 class="subheading">Kontakta oss</h2>
<p>Du kan ringa till kontaktcenter på <a href="tel:+46980319210">0980-319 210</a>. Vill du hellre skriva kan du chatta med en kommunvägledare under telefontiderna.</p>
<p><button type="button" class="sv-chat-button" onclick="void(0)">Chatta med oss</button></p>
<table class="sv-table">
<caption>Telefon- och chattider</caption>
<tr><th scope="row">Måndag–torsdag</th><td>8.00–16.00</td></tr>
<tr><th scope="row">Fredag</th><td>8.00–15.00</td></tr>
<tr><th scope="row">Lunch</th><td>Öppet hela dagen</td></tr>
</table>
<p>Under storhelger och i juli kan tiderna vara kortare. Aktuella avvikelser visas som driftinformation på startsidan.</p>
<h2 class="subheading">Bra att veta innan du kontaktar oss</h2>
<ul>
<li>Ha gärna ditt ärendenummer till hands om du har ett ärende sedan tidigare.</li>
<li>Vi kan inte lämna ut sekretessbelagda uppgifter per telefon eller i chatten.</li>
<li>Tänk på att inte skriva personnummer eller uppgifter om hälsa i chatten.</li>
<li>Behöver du tolk ordnar vi det. Berätta vilket språk du talar, så ringer vi upp med tolk.</li>
</ul>
<h2 class="subheading">Kontaktcenters plats i organisationen</h2>
<p>Kontaktcenter är en enhet inom avdelningen Service och digitalisering på kommunledningskontoret. På enheten arbetar elva kommunvägledare och en samordnare för kunskapsdatabasen. <a href="/kommun-och-politik/organisation/kommunledningskontoret.4.2c9e31.html">Läs mer om hur kommunledningskontoret är organiserat</a>.</p>
<h2 class="subheading">Vi vill bli bättre</h2>
<p>Efter samtalet kan du bli ombedd att svara på en kort fråga om hur nöjd du var. Svaren hjälper oss att förbättra vårt arbete. Under 2024 svarade drygt 3 000 personer, och 87 procent var nöjda eller mycket nöjda med kontakten.</p>
<p class="sv-font-liten">Senast uppdaterad: 2025-01-20 | Sidansvarig: Webbredaktionen</p>
</div>
"""

SORVIKEN_ORG = """
<div class="sv-portlet sv-text-portlet"><h1 class="heading">Kommunledningskontoret</h1>
<p class="lead">Kommunledningskontoret är kommunstyrelsens förvaltning. Kontoret leder, samordnar och följer upp kommunens verksamheter och har ansvar för de gemensamma funktionerna.</p>
<p>Kommunledningskontoret består av fyra avdelningar: Ekonomi, HR, Kansli samt Service och digitalisering. Kommundirektören är kontorets chef.</p>
<h2 class="subheading">Chefer på kommunledningskontoret</h2>
<table class="sv-table">
<thead><tr><th>Avdelning eller enhet</th><th>Roll</th><th>Namn</th></tr></thead>
<tbody>
<tr><td>Kommunledningskontoret</td><td>Kommundirektör</td><td>Göran Fält</td></tr>
<tr><td>Ekonomiavdelningen</td><td>Ekonomichef</td><td>Lena Rask</td></tr>
<tr><td>HR-avdelningen</td><td>HR-chef</td><td>Omar Said</td></tr>
<tr><td>Service och digitalisering</td><td>Avdelningschef</td><td>Birgitta Holm</td></tr>
<tr><td>Kontaktcenter</td><td>Enhetschef</td><td>Sara Lindqvist</td></tr>
<tr><td>IT-enheten</td><td>Enhetschef</td><td>Jukka Lehto</td></tr>
</tbody>
</table>
<p>Du når alla chefer via kommunens växel.</p>
</div>
"""

# 9035 Björkhamn: Servicecenter (Municipio). what in prose mid-page; tel: link + e-mail [at] + hours. e: "leds av verksamhetsansvarig".
BJORKHAMN_SC = """
<article class="c-article">
<h1>Servicecenter</h1>
<p class="lead">Servicecenter är Björkhamns kommuns gemensamma kontaktpunkt. Hit kan du vända dig när du har en fråga, vill lämna en synpunkt eller inte vet vem i kommunen du ska prata med.</p>
<p>Kommunen vill att det ska vara enkelt att få kontakt och att du ska få hjälp så snabbt som möjligt. Därför har vi samlat många av de frågor som tidigare besvarades av olika förvaltningar hos servicecenter. Våra medarbetare har god kunskap om kommunens verksamheter och har tillgång till samma information som handläggarna.</p>
<h2>Vanliga frågor till servicecenter</h2>
<p>Vi kan svara direkt på ungefär åtta av tio frågor. De flesta som hör av sig till oss har frågor om barnomsorgsavgifter och ansökan om förskoleplats, om sophämtning och tömning av latrin och slam, om parkeringstillstånd, om vatten och avlopp eller om var man hittar rätt blankett för bygglov. Vi hjälper också till när någon vill anmäla fel på en gatlykta, en gungställning eller en vattenledning.</p>
<p>Men du är välkommen med alla slags frågor. Kan vi inte svara direkt tar vi reda på vem som kan, och vi lovar att någon återkommer till dig.</p>
<h2>Kontakta servicecenter</h2>
<div class="c-card c-card--contact">
<p><strong>Telefon:</strong> <a href="tel:+46313900630">031-390 06 30</a><br>
<strong>E-post:</strong> servicecenter[at]bjorkhamn.se<br>
<strong>Telefontider:</strong> vardagar 7.30–17.00, fredagar 7.30–16.00</p>
</div>
<p>Servicecenter tar inte emot besök, men vi kan boka ett möte åt dig med den handläggare som ansvarar för ditt ärende.</p>
<h2>Så arbetar vi</h2>
<p>När du ringer till oss svarar en servicehandläggare. Om ditt ärende behöver lämnas vidare registrerar vi det i kommunens ärendesystem och du får ett ärendenummer. Vi ser alltid till att rätt person får ditt ärende samma dag.</p>
<p>Vi arbetar med en gemensam kunskapsbank som verksamheterna uppdaterar. Det gör att du får samma svar oavsett vem du pratar med. Ibland upptäcker vi att många frågar om samma sak, till exempel när en ny avgift införs. Då lägger vi ut informationen på webbplatsen så att fler kan hitta svaret själva.</p>
<h2>Vilka arbetar på servicecenter?</h2>
<p>På servicecenter arbetar tio servicehandläggare. Flera av oss har arbetat i kommunens verksamheter tidigare, bland annat inom hemtjänsten, på bibliotek och i bygglovsenheten. Tillsammans talar vi svenska, engelska, arabiska, bosniska, finska och tigrinja.</p>
<p>Servicecenter är en del av kommunstyrelseförvaltningen och leds av verksamhetsansvarig Amira Haddad.</p>
<h2>Om du inte är nöjd</h2>
<p>Vi vill gärna veta om något inte har fungerat. Lämna dina synpunkter i kommunens e-tjänst för synpunkter och klagomål, så återkommer vi till dig inom tio arbetsdagar.</p>
<h2>Sommartider</h2>
<p>Under veckorna 28–31 har servicecenter öppet vardagar 8.00–15.00. Under den tiden kan det vara längre svarstider, eftersom många verksamheter har semesterstängt. Akuta fel på vatten och avlopp kan alltid anmälas dygnet runt via kommunens journummer.</p>
<p class="c-article__updated">Senast uppdaterad 4 april 2025</p>
</article>
"""

# 9036 Lindesnäs: "Kontakta oss" page with an h2 Medborgarkontoret section in the middle. d1 (matters + visiting address + hours). e0.
LINDESNAS_KONTAKT = """
<h1>Kontakta oss</h1>
<p class="lead">Här hittar du de vanligaste vägarna in till Lindesnäs kommun. Välj det sätt som passar dig bäst. Om du vet vilken verksamhet du söker hittar du kontaktuppgifter på respektive sida.</p>
<h2>Kommunens växel</h2>
<p>Växeln kopplar ditt samtal till den du söker. Om du inte vet vem du ska prata med kan växeln hänvisa dig till medborgarkontoret. Växeln har öppet vardagar 7.30–16.30 och nås på 040-628 04 00.</p>
<h2>Medborgarkontoret</h2>
<p>Medborgarkontoret finns i kommunhusets entré och är öppet för alla som vill ha hjälp att komma i kontakt med kommunen. Hit kan du komma utan att boka tid.</p>
<p>Hos medborgarkontoret får du vägledning och hjälp med frågor som rör flera av kommunens verksamheter. Vi hjälper dig med ansökan om bostadsanpassningsbidrag, färdtjänst och parkeringstillstånd, vi tar emot blanketter och handlingar till bygglovsenheten och vi kan förklara hur avgifterna för äldreomsorg och barnomsorg räknas ut. Vi har också datorer som du kan låna för att använda kommunens e-tjänster, och vi hjälper dig gärna att komma igång.</p>
<p>Medborgarkontoret kan också hjälpa dig med bevittning av namnteckning, utskrifter och kopior av kommunens allmänna handlingar.</p>
<p><strong>Besöksadress:</strong> Kommunhuset, Storgatan 4, Lindesnäs</p>
<table class="table table-sm w-auto">
<caption>Öppettider för medborgarkontoret</caption>
<tbody>
<tr><th scope="row">Måndag</th><td>9.00–16.00</td></tr>
<tr><th scope="row">Tisdag</th><td>9.00–16.00</td></tr>
<tr><th scope="row">Onsdag</th><td>9.00–18.00</td></tr>
<tr><th scope="row">Torsdag</th><td>9.00–16.00</td></tr>
<tr><th scope="row">Fredag</th><td>9.00–14.00</td></tr>
</tbody>
</table>
<p>Kontaktperson för medborgarkontoret: Eva Strand, kommunvägledare.</p>
<h2>Registrator och post</h2>
<p>Brev och handlingar till kommunen skickar du till Lindesnäs kommun, Box 99, 999 61 Lindesnäs. E-post till kommunen skickar du till kommun@lindesnas.se. Allt som kommer in till kommunen registreras av registrator och blir som regel en allmän handling.</p>
<h2>Synpunkter och klagomål</h2>
<p>Du kan lämna synpunkter, klagomål och beröm på kommunens verksamheter i vår e-tjänst. Synpunkterna hjälper oss att bli bättre. Ansvarig för kommunens synpunktshantering är kvalitetsstrateg Olle Ahl.</p>
<h2>Press och media</h2>
<p>Journalister som söker en talesperson för kommunen kan kontakta kommunikationsavdelningens pressjour på 040-628 04 99, vardagar 8.00–17.00. Kommundirektör är Britt Ek.</p>
<h2>Kontakt med förtroendevalda</h2>
<p>Du hittar kontaktuppgifter till kommunstyrelsens ordförande och andra förtroendevalda under Kommun och politik. Politikerna har inte fasta telefontider, men du kan alltid skicka e-post.</p>
<h2>Felanmälan</h2>
<p>Fel på gator, belysning och parker anmäler du enklast via kommunens e-tjänst för felanmälan. Akuta fel på vatten och avlopp efter kontorstid anmäler du till jourtelefonen 040-628 04 98.</p>
<h2>Kommunens sociala medier</h2>
<p>Vi finns på Facebook och Instagram. Där svarar vi på enklare frågor vardagar under kontorstid, men vi kan inte hantera ärenden som innehåller personuppgifter.</p>
"""

# 9037 Granvik: "Kontakt Granvik". d1 (matters + phone + hours + form). e0: Sidansvarig with a chef title of another unit; kommundirektör leads the förvaltning.
GRANVIK_KG = """
<h1>Kontakt Granvik</h1>
<p class="ingress">Kontakt Granvik är kommunens service för invånare, företag och besökare. Vi svarar på frågor om kommunens verksamheter och hjälper dig vidare när du behöver prata med en handläggare.</p>
<p>Tidigare hade nästan varje verksamhet i kommunen sitt eget telefonnummer. Det var inte alltid lätt att veta vilket nummer man skulle ringa, och många blev kopplade flera gånger innan de fick tala med rätt person. Sedan 2021 samlar Kontakt Granvik de vanligaste frågorna på ett ställe.</p>
<h2>Hit kan du vända dig</h2>
<p>Vi har lång erfarenhet av de frågor som invånarna oftast har. Det kan handla om att du vill veta när soporna hämtas, hur du ansöker om plats i förskolan eller vad det kostar, om du behöver ett nytt parkeringstillstånd eller om du vill anmäla att en gatlampa har slocknat. Vi svarar också på frågor om bygglov, skolskjuts, bostadsanpassning och bokning av kommunens lokaler, och vi hjälper dig att använda kommunens e-tjänster.</p>
<p>Om vi inte kan svara direkt tar vi emot din fråga och ser till att den som ansvarar för ärendet kontaktar dig. Du ska inte behöva ringa runt.</p>
<h2>Ring eller skriv till oss</h2>
<p>Telefon: 08-465 004 40</p>
<p>Vi svarar vardagar 8.00–16.30. På fredagar och dag före helgdag stänger vi 15.00.</p>
<p>Vill du hellre skriva? <a href="/e-tjanster/kontakt-granvik-formular/">Skicka ett meddelande till Kontakt Granvik</a> via vårt kontaktformulär, så svarar vi inom två arbetsdagar. Formuläret är krypterat, så du kan använda det även när du behöver lämna personuppgifter.</p>
<h2>Längre öppet på torsdagar</h2>
<p>Från och med mars har vi öppet till 18.00 på torsdagar. Det gör det lättare för dig som arbetar dagtid att nå oss. Under sommaren gäller ordinarie tider.</p>
<h2>Så hanterar vi ditt ärende</h2>
<ol>
<li>Du kontaktar oss och berättar vad det gäller.</li>
<li>Vi svarar direkt om vi kan. Det gäller de flesta frågor.</li>
<li>Om ärendet behöver utredas registrerar vi det och skickar det vidare till rätt verksamhet.</li>
<li>Du får ett ärendenummer och besked om när du kan räkna med svar.</li>
</ol>
<h2>Om Kontakt Granvik</h2>
<p>Kontakt Granvik är en del av kommunstyrelseförvaltningen, som leds av kommundirektör Ingrid Backe. Hos oss arbetar åtta servicehandläggare. Vi samarbetar nära med kommunens växel och med biblioteket, där du också kan få hjälp med e-tjänster.</p>
<p>Under 2024 besvarade vi cirka 26 000 samtal och 4 500 meddelanden. Ungefär tre av fyra frågor fick svar redan i första kontakten.</p>
<h2>Tolk och andra språk</h2>
<p>Vi kan ta emot samtal på svenska, engelska och finska. Behöver du tolk på ett annat språk bokar vi det åt dig. Granvik ingår i förvaltningsområdet för finska språket, och du har rätt att använda finska i kontakt med kommunen.</p>
<p class="sidinfo">Sidansvarig: Jonas Ek, enhetschef kommunikation. Senast granskad 2025-03-01.</p>
"""

# 9038 Rödmyra: Kundtjänst (ARIA). Only linked from the area page. d1 e1 (Kundtjänstchef in the middle).
RODMYRA_KT = """
<h1>Kundtjänst</h1>
<p class="ingress">Kommunens kundtjänst tar emot dina frågor och ärenden, oavsett vilken av kommunens verksamheter de gäller. Här får du veta mer om vad vi gör och hur du når oss.</p>
<p>Rödmyra kommun införde kundtjänst 2020 efter en försöksperiod inom samhällsbyggnadsförvaltningen. Försöket visade att många frågor kunde besvaras direkt, och att invånarna uppskattade att slippa leta efter rätt telefonnummer. Nu omfattar kundtjänst i stort sett hela kommunen.</p>
<h2>Vi är till för dig</h2>
<p>Kundtjänst ska göra det enklare för dig att ha kontakt med kommunen. Vi lyssnar, ger råd och hjälper dig vidare. Vi följer upp att ditt ärende har kommit fram och att du får besked.</p>
<h2>Exempel på frågor vi får</h2>
<h3>”När töms mitt sopkärl?”</h3>
<p>Vi ser ditt tömningsschema och kan ändra storlek på kärlet eller lägga till hämtning av trädgårdsavfall.</p>
<h3>”Hur ansöker jag om förskoleplats?”</h3>
<p>Vi berättar hur ansökan går till, hur lång kötiden är och vad avgiften blir för din familj.</p>
<h3>”Det är ett hål i vägen utanför mitt hus.”</h3>
<p>Vi registrerar felanmälan och skickar den till gatuenheten, som åtgärdar felet.</p>
<h3>”Behöver jag bygglov för en altan?”</h3>
<p>Vi kan ge allmän vägledning om bygglov och bygganmälan och boka tid med en bygglovshandläggare.</p>
<h2>Kundtjänstens ledning</h2>
<p>Kundtjänstchef Helena Borg ansvarar för verksamheten. Kundtjänst är en del av kommunledningsförvaltningen och har tio medarbetare.</p>
<h2>Så når du kundtjänst</h2>
<p>Telefon: 031-390 06 50<br>Telefontider: måndag–fredag 8.00–16.00</p>
<p>Du kan också <a href="/kommun-och-politik/kundtjanst/kontaktformular/">skriva till oss i kontaktformuläret</a>. Vi svarar inom tre arbetsdagar.</p>
<h2>När kundtjänst har stängt</h2>
<p>Akuta fel på vatten, avlopp och gator utanför kontorstid anmäler du till kommunens jour via växeln. Vid akuta sociala situationer kontaktar du socialjouren. Vid fara för liv ringer du alltid 112.</p>
<h2>Uppföljning</h2>
<p>Vi mäter hur många som får svar direkt och hur länge du får vänta. Under 2024 fick 72 procent svar i första kontakten och medelväntetiden var två minuter och tjugo sekunder. Resultaten redovisas i kommunens årsredovisning.</p>
<h2>Dina personuppgifter</h2>
<p>För att kunna hjälpa dig kan vi behöva registrera ditt namn och dina kontaktuppgifter. Vi behandlar dem enligt dataskyddsförordningen och gallrar dem när ärendet är avslutat.</p>
"""

# 9039 Ekarö: Servicecentrum, only in the sitemap. what yes; one channel (phone); hours and e-mail promised but missing. e0.
EKARO_SC = """
<h1>Servicecentrum</h1>
<p class="preamble">Servicecentrum är kommunens gemensamma service för frågor om kommunens verksamheter. Just nu pågår en ombyggnad av kommunhuset, vilket påverkar hur du når oss.</p>
<p>Servicecentrum öppnade 2018 i kommunhusets entré. Sedan januari 2025 pågår en omfattande renovering av kommunhuset, och servicecentrum har därför tillfälligt flyttat ut ur huset. Under ombyggnaden tar vi inte emot besök, men du når oss som vanligt på telefon.</p>
<h2>Det här kan vi hjälpa dig med</h2>
<p>Servicecentrum svarar på frågor inom de flesta av kommunens områden. Vi hjälper dig till exempel med frågor om förskoleplats och barnomsorgsavgifter, avfallshämtning och slamtömning, parkeringstillstånd, färdtjänst och bostadsanpassning. Vi tar emot felanmälningar om gator, parker och belysning, och vi hjälper dig att hitta rätt blankett eller e-tjänst.</p>
<p>Frågor som gäller myndighetsutövning, till exempel beslut om bygglov eller bistånd, besvaras av respektive handläggare. Vi ser till att din fråga kommer rätt.</p>
<h2>Så når du oss under ombyggnaden</h2>
<p>Ring servicecentrum på 0980-319 230.</p>
<p>Våra telefontider har ändrats under ombyggnaden och uppdateras löpande. Vi ber om överseende med att det kan bli längre väntetider under perioden.</p>
<p>Servicecentrums nya e-postadress publiceras här så snart den är klar. Fram till dess kan du ringa oss.</p>
<h2>Varför byggs kommunhuset om?</h2>
<p>Kommunhuset byggdes 1974 och har inte renoverats i större omfattning sedan dess. Ventilationen behöver bytas, fönstren är dåligt isolerade och huset uppfyller inte dagens krav på tillgänglighet. Kommunfullmäktige beslutade i juni 2023 att renovera huset i stället för att bygga nytt. Ombyggnaden beräknas vara klar under hösten 2026.</p>
<p>När huset står klart får servicecentrum en ny och större lokal i entréplanet, med rum för enskilda samtal och en plats där du kan använda kommunens e-tjänster med stöd av personalen.</p>
<h2>Vilka möter du på servicecentrum?</h2>
<p>Dina frågor besvaras av våra kommunvägledare. De har god kännedom om kommunens verksamheter och kan ge vägledning i de flesta frågor. Har du frågor om ombyggnaden av kommunhuset kan du vända dig till projektets kontaktperson Nils Ahl, samordnare på fastighetsavdelningen.</p>
<h2>Vanliga frågor under ombyggnaden</h2>
<h3>Kan jag lämna in handlingar?</h3>
<p>Handlingar skickar du med post till kommunens adress, som du hittar längst ner på sidan. Brevlådan vid kommunhusets entré är tillfälligt borttagen.</p>
<h3>Var finns politikerna och tjänstepersonerna?</h3>
<p>Förvaltningarna sitter under ombyggnaden i tillfälliga lokaler på olika platser i centrala Ekarö. Möten bokas som vanligt via respektive handläggare.</p>
<h3>Hur påverkas kommunfullmäktiges sammanträden?</h3>
<p>Sammanträdena hålls i Folkets hus stora sal och sänds som vanligt på webben.</p>
"""

# 9040 Hällesta: "Kontakta kommunen" naming only excluded units and the switchboard. a0.
HALLESTA_KONTAKT = """
<h1>Kontakta kommunen</h1>
<p class="lead">Här har vi samlat de vanligaste sätten att komma i kontakt med Hällesta kommun och med de organisationer som finns i kommunhuset. Välj det alternativ som passar din fråga.</p>
<h2>Kommunens växel</h2>
<p>Växeln är kommunens gemensamma telefonnummer. Växelns telefonister kopplar dig vidare till rätt person eller verksamhet och kan svara på enklare frågor, till exempel om öppettider och adresser. Växeln leds av telefonichef Anders Wall och är bemannad av fem telefonister.</p>
<p>Telefon: 040-628 04 70<br>Öppet: vardagar 7.30–17.00</p>
<h2>Statens servicecenter i Hällesta</h2>
<p>I kommunhusets entré finns Statens servicecenter. Där kan du få hjälp med ärenden som rör Skatteverket, Försäkringskassan och Pensionsmyndigheten, till exempel folkbokföring, id-kort, föräldrapenning och bostadsbidrag. Statens servicecenter är inte en del av kommunen, och personalen kan inte svara på frågor om kommunens verksamheter.</p>
<p>Öppettider: måndag–torsdag 10.00–16.00. Telefon till Statens servicecenter: 0771-00 00 00 (nationellt nummer, se statens webbplats).</p>
<h2>Hällesta Energi AB:s kundtjänst</h2>
<p>Frågor om fjärrvärme, elnät, fiber, vatten, avlopp och renhållning besvaras av Hällesta Energi AB, som är kommunens helägda bolag. Bolagets kundtjänst svarar vardagar 8.00–16.00 på 040-628 04 80 och nås via e-post på kundtjanst@hallestaenergi.se. Kundtjänstchef på Hällesta Energi AB är Camilla Ström.</p>
<h2>Bygglovsservice</h2>
<p>Bygglovsservice är samhällsbyggnadsförvaltningens rådgivning för dig som planerar att bygga, riva eller ändra. Bygglovsservice har telefontid måndag, onsdag och fredag 9.00–11.00 på 040-628 04 75. Utanför telefontiden kan du boka ett möte med en bygglovshandläggare.</p>
<h2>Företagslotsen</h2>
<p>Företagslotsen hjälper dig som driver eller vill starta företag i Hällesta att få kontakt med rätt handläggare för tillstånd, livsmedelsregistrering och serveringstillstånd. Kontakta näringslivsenheten via växeln.</p>
<h2>Skolservice</h2>
<p>Frågor om skolskjuts, skolval och måltider i skolan besvaras av barn- och utbildningsförvaltningens skolservice. Skolservice nås via växeln vardagar 8.00–12.00.</p>
<h2>Skriv till kommunen</h2>
<p>E-post till kommunen skickar du till kommun@hallesta.se. Brev skickar du till Hällesta kommun, 999 81 Hällesta. Allt som kommer in registreras av registrator. Tänk på att e-post som skickas till kommunen blir en allmän handling.</p>
<h2>Synpunkter</h2>
<p>Har du synpunkter på kommunens verksamheter kan du använda e-tjänsten Synpunkter och klagomål. Vi besvarar synpunkter inom tio arbetsdagar.</p>
<h2>Kontakta förtroendevalda</h2>
<p>Kommunstyrelsens ordförande och oppositionsråd har kontaktuppgifter under Kommun och politik. Kommundirektör är Maja Lund.</p>
<!-- TODO 2025: ersätt växeln med ett kontaktcenter när beslut finns -->
"""


# ---- extra sections (spliced in so that the deciding lines sit in the middle of long pages)
def _ins(text: str, before: str, extra: str) -> str:
    assert before in text, before
    return text.replace(before, extra + before, 1)


HARVSUND_KC = _ins(HARVSUND_KC, "<h2>Synpunkter på vårt bemötande</h2>", """
<h2>Kontaktcenter i siffror</h2>
<p>Under de senaste åren har antalet kontakter via e-post och e-tjänster ökat, medan antalet besök i kommunhuset har minskat något. Telefonen är fortfarande det vanligaste sättet att kontakta oss. De mest intensiva veckorna är i augusti, när skolor och förskolor startar, och i januari, när nya avgifter börjar gälla.</p>
""")

ORMBACKA_MS = ORMBACKA_MS.replace("<li>hur du använder kommunens e-tjänster och loggar in med e-legitimation</li>\n", "")
ORMBACKA_MS = ORMBACKA_MS.replace("Vi kan också ta emot samtal via Texttelefoni och Bildtelefoni.net.", "Vi tar också emot samtal via texttelefon.")
ORMBACKA_MS = _ins(ORMBACKA_MS, "<h2>Organisation</h2>", """
<h2>Varför har kommunen en medborgarservice?</h2>
<p>Kommunfullmäktige beslutade 2021 att kommunen skulle samla sin service till invånarna. Bakgrunden var en undersökning som visade att många upplevde det som svårt att komma fram till rätt person, och att samma fråga ofta besvarades på olika sätt beroende på vem man pratade med. Med en gemensam medborgarservice får alla samma svar, och kommunen får en bättre bild av vilka frågor invånarna har.</p>
<p>Vi använder den kunskapen i vårt förbättringsarbete. När vi märker att många undrar över samma sak, till exempel ett nytt tömningsschema eller en ändrad taxa, meddelar vi den ansvariga verksamheten så att informationen kan bli tydligare.</p>
""")

TALLBERGA_KC = _ins(TALLBERGA_KC, "<h2>Om kundcenter</h2>", """
<h2>Så tar vi hand om din kontakt</h2>
<p>När du hör av dig till kundcenter lyssnar vi först på vad du behöver. Vi ställer frågor för att förstå ditt ärende, och vi berättar vad som händer härnäst. Ibland kan vi ge svar direkt, ibland behöver någon annan i kommunen ta över. Då ser vi till att informationen följer med, så att du inte behöver börja om från början.</p>
<p>Vi dokumenterar det som behövs för att ärendet ska kunna hanteras, och vi sparar inga uppgifter i onödan. Du har alltid rätt att få veta vilka uppgifter vi har registrerat om dig.</p>
<h2>Vi utvecklar vår service</h2>
<p>Kundcenter är fortfarande en ung verksamhet, och vi lär oss hela tiden. Varje vecka går vi igenom de kontakter vi har haft för att se vad vi kan göra bättre. Dina synpunkter är en viktig del av det arbetet. Berätta gärna vad du tyckte om kontakten med oss, både när det fungerade bra och när det inte gjorde det.</p>
<p>Under de kommande åren vill vi göra det ännu enklare att nå kommunen, bland annat genom att fler ska kunna få svar på kvällstid och genom att informationen på webbplatsen blir tydligare.</p>
""")

SORVIKEN_KC = _ins(SORVIKEN_KC, "<h2 class=\"subheading\">Kontaktcenters plats i organisationen</h2>", """
<h2 class="subheading">Så behandlar vi dina uppgifter</h2>
<p>Samtal till kontaktcenter spelas inte in. Chattkonversationer sparas i 30 dagar för att vi ska kunna följa upp ärenden och förbättra våra svar, därefter raderas de. Om ditt ärende lämnas vidare registreras det i kommunens diarium eller verksamhetssystem och hanteras enligt de regler som gäller för allmänna handlingar.</p>
<h2 class="subheading">Kunskapsdatabasen</h2>
<p>Kommunvägledarna använder en gemensam kunskapsdatabas med svar på över tusen vanliga frågor. Verksamheterna ansvarar för att svaren är korrekta och uppdaterade. När en ny regel eller taxa börjar gälla uppdateras databasen samma dag, så att du får rätt besked oavsett vem du pratar med.</p>
""")

BJORKHAMN_SC = _ins(BJORKHAMN_SC, "<h2>Om du inte är nöjd</h2>", """
<h2>Servicecenter och e-tjänsterna</h2>
<p>Allt fler ärenden kan skötas helt digitalt. Vi ser det som en del av vårt uppdrag att hjälpa den som inte är van vid e-tjänster. Vi kan guida dig steg för steg på telefon, och vi kan berätta vilka handlingar du behöver ha framme innan du börjar.</p>
<p>Om du saknar e-legitimation kan du fortfarande göra de flesta ansökningar på papper. Vi skickar gärna blanketter hem till dig.</p>
""")

LINDESNAS_KONTAKT = _ins(LINDESNAS_KONTAKT, "<h2>Kommunens sociala medier</h2>", """
<h2>Tolk och tillgänglighet</h2>
<p>Du har rätt till tolk i kontakt med kommunen om du inte talar svenska eller om du har en hörselnedsättning. Berätta det när du kontaktar oss, så bokar vi tolk. Kommunhuset har ramper, hiss och handikapptoalett, och det finns hörslinga i receptionen och i sammanträdesrummen.</p>
<h2>Allmänna handlingar</h2>
<p>Du har rätt att ta del av kommunens allmänna handlingar. Beställ kopior via registrator eller fråga på plats. De första nio sidorna är avgiftsfria, därefter tar kommunen ut en avgift enligt taxan för kopior.</p>
""")

GRANVIK_KG = _ins(GRANVIK_KG, "<h2>Om Kontakt Granvik</h2>", """
<h2>Vad händer med dina uppgifter?</h2>
<p>När du kontaktar oss antecknar vi det som behövs för att kunna hjälpa dig. Om ärendet lämnas vidare registreras det i kommunens ärendesystem. Uppgifterna behandlas enligt dataskyddsförordningen och gallras enligt kommunens dokumenthanteringsplan. Du kan när som helst begära att få veta vilka uppgifter kommunen har om dig.</p>
""")

RODMYRA_KT = _ins(RODMYRA_KT, "<h2>Kundtjänstens ledning</h2>", """
<h3>”Jag vill boka en idrottshall till vår förening.”</h3>
<p>Vi ser vilka tider som är lediga och gör bokningen åt dig, eller hjälper dig att använda bokningssystemet.</p>
<h3>”Min mamma behöver hemtjänst. Hur gör vi?”</h3>
<p>Vi förklarar hur en ansökan går till och kopplar dig till en biståndshandläggare.</p>
<p>Ungefär sju av tio frågor kan vi svara på direkt. Resten skickar vi vidare till rätt verksamhet, och då får du ett ärendenummer och besked om när du kan räkna med svar.</p>
""")
RODMYRA_KT = _ins(RODMYRA_KT, "<h2>Dina personuppgifter</h2>", """
<h2>Vi utvecklar kundtjänst</h2>
<p>Under 2025 utökar vi kundtjänst med frågor om vuxenutbildning och arbetsmarknadsinsatser. Vi arbetar också med att fler frågor ska kunna besvaras direkt på webbplatsen, så att du hittar svaret själv när det passar dig. De frågor som kommer till oss oftast blir underlag för nya texter på webben.</p>
<h2>Tolk</h2>
<p>Behöver du tolk kan du be om det när du kontaktar oss. Vi bokar då en telefontolk och ringer upp dig. Tolken har tystnadsplikt.</p>
""")

EKARO_SC = _ins(EKARO_SC, "<h2>Vilka möter du på servicecentrum?</h2>", """
<h2>Det här gäller under ombyggnaden</h2>
<ul>
<li>Servicecentrum tar inte emot besök förrän kommunhuset öppnar igen.</li>
<li>Kommunens datorer för allmänheten har flyttats till biblioteket, där bibliotekets personal kan hjälpa dig.</li>
<li>Uthämtning av blanketter sker tills vidare på biblioteket.</li>
<li>Parkeringen framför kommunhuset är avstängd under hela byggtiden.</li>
</ul>
""")

HALLESTA_KONTAKT = _ins(HALLESTA_KONTAKT, "<h2>Synpunkter</h2>", """
<h2>Besök kommunhuset</h2>
<p>Kommunhuset ligger vid Järnvägsgatan 1, nära resecentrum. Receptionen i entrén tar emot besökare, delar ut besöksbrickor och tar emot post och handlingar. Receptionen svarar inte på frågor i sak, men kan hjälpa dig att få kontakt med den du söker. Det finns besöksparkering på baksidan av huset och laddplatser för elbil.</p>
<h2>Tolk och tillgänglighet</h2>
<p>Om du behöver tolk i ditt möte med kommunen, säg till när du bokar tid med handläggaren. Kommunhuset är tillgängligt för dig som använder rullstol, och det finns hörslinga i receptionen.</p>
""")

_HIST = ("<p>Arbetet med att samla kommunens service till en gemensam ingång har pågått i flera steg. Först samordnades "
         "telefonnumren, sedan flyttade receptionen och till sist fick verksamheterna en gemensam kunskapsbank. Varje steg har "
         "utvärderats tillsammans med medarbetare och invånare, och utvärderingarna har visat att de flesta upplever det som "
         "enklare att komma i kontakt med kommunen i dag än för fem år sedan. Samtidigt finns det mer att göra, inte minst när "
         "det gäller att nå dem som sällan har kontakt med kommunen, och att göra informationen på webbplatsen tydligare och "
         "lättare att förstå för alla, även för den som har ett annat modersmål än svenska.</p>")

SORVIKEN_KC = _ins(SORVIKEN_KC, "<h2 class=\"subheading\">Vi vill bli bättre</h2>", "<h2 class=\"subheading\">Bakgrund</h2>" + _HIST)
BJORKHAMN_SC = _ins(BJORKHAMN_SC, "<h2>Sommartider</h2>", "<h2>Bakgrund</h2>" + _HIST)
GRANVIK_KG = _ins(GRANVIK_KG, "<h2>Tolk och andra språk</h2>", "<h2>Bakgrund</h2>" + _HIST)
RODMYRA_KT = _ins(RODMYRA_KT, "<h2>Uppföljning</h2>", "<h2>Bakgrund</h2>" + _HIST)
LINDESNAS_KONTAKT = _ins(LINDESNAS_KONTAKT, "<h2>Felanmälan</h2>", """
<h2>Kommunens vision för service</h2>
<p>Lindesnäs kommun arbetar efter visionen att alla ska mötas av god service, oavsett hur de väljer att kontakta kommunen. Det betyder att vi ska vara lätta att nå, att vi ska ge tydliga besked och att vi ska hålla det vi lovar. Visionen antogs av kommunfullmäktige 2022 och följs upp i kommunens årliga medborgarundersökning. Undersökningen visar att de flesta är nöjda med bemötandet, men att det ibland är svårt att veta vart man ska vända sig. Därför arbetar vi med att göra webbplatsen tydligare och att samla information om kontaktvägarna på ett ställe, som på den här sidan.</p>
""")
EKARO_SC = _ins(EKARO_SC, "<h2>Vanliga frågor under ombyggnaden</h2>", """
<h2>Tidsplan för ombyggnaden</h2>
<table class="Table">
<thead><tr><th>Etapp</th><th>Vad som görs</th><th>Beräknad tid</th></tr></thead>
<tbody>
<tr><td>1</td><td>Rivning av inredning, ny ventilation i norra flygeln</td><td>Våren 2025</td></tr>
<tr><td>2</td><td>Nya fönster och fasadarbeten</td><td>Hösten 2025</td></tr>
<tr><td>3</td><td>Entréplan med nya lokaler för servicecentrum och reception</td><td>Våren 2026</td></tr>
<tr><td>4</td><td>Inflyttning och invigning</td><td>Hösten 2026</td></tr>
</tbody>
</table>
<p>Tidsplanen kan komma att ändras. Vi informerar om förändringar här och i kommunens nyhetsbrev.</p>
""" + "<h2>Bakgrund</h2>" + _HIST)
HALLESTA_KONTAKT = _ins(HALLESTA_KONTAKT, "<h2>Kontakta förtroendevalda</h2>", """
<h2>Vanliga frågor</h2>
<h3>Vart vänder jag mig om jag inte vet vem som ansvarar för min fråga?</h3>
<p>Ring växeln. Telefonisterna hjälper dig att hitta rätt verksamhet och kopplar dig vidare.</p>
<h3>Kan jag lämna handlingar i receptionen?</h3>
<p>Ja. Receptionen tar emot handlingar och ser till att de registreras samma dag.</p>
<h3>Varför svarar inte kommunen på frågor om elräkningen?</h3>
<p>El, fjärrvärme och renhållning sköts av det kommunala bolaget, som har sin egen kundtjänst. Kommunen har inte tillgång till bolagets kundregister.</p>
""")

HALLESTA_KONTAKT = _ins(HALLESTA_KONTAKT, "<h2>Kontakta förtroendevalda</h2>", """
<h2>Helgdagar och sommar</h2>
<p>Dag före helgdag stänger växeln och receptionen klockan 13.00. Under juli har receptionen kortare öppettider, och många verksamheter har semesterstängt. Handläggningen av ärenden kan då ta längre tid än vanligt. Akuta ärenden hanteras alltid, och information om ändrade tider finns på startsidan under Driftinformation. Kommunens bolag och de statliga myndigheterna har egna öppettider under sommaren, som du hittar på deras egna webbplatser.</p>
""")

_OM_SIDAN = ("<h2>Om informationen på den här sidan</h2><p>Vi försöker hålla informationen på den här sidan aktuell. "
             "Om något är fel eller saknas får du gärna berätta det, så rättar vi det så snart vi kan. Uppgifterna på sidan "
             "gäller från och med den 1 april 2025 och ses över minst två gånger om året, i samband med att kommunens "
             "verksamhetsplan och taxor revideras.</p>")
LINDESNAS_KONTAKT += _OM_SIDAN
GRANVIK_KG = _ins(GRANVIK_KG, '<p class="sidinfo">', _OM_SIDAN)
RODMYRA_KT += _OM_SIDAN
EKARO_SC += _OM_SIDAN
HALLESTA_KONTAKT += _OM_SIDAN
