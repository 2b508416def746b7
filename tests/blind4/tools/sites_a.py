"""Sites 9601-9605 (content typed by hand; markup comes from families.py)."""
from __future__ import annotations

from urllib.parse import quote

from stdpages import std_pages

# ----------------------------------------------------------------------------- 9601 Tranvik: HTML 4 tag soup
T = {
    "code": "9601", "kommun": "Tranvik", "gen": "Tranviks", "lan_kod": "22", "lan": "Västernorrlands län",
    "family": "soup", "dom": "tranvik.example", "vx": "0980-319 200", "addr": "Storgatan 14", "post": "999 31 Tranvik",
    "orgnr": "212000-9901", "staff": "1 350", "ext": ".htm", "encoding": "cp1252", "ctype": "text/html",
    "search_ctype": "text/html; charset=windows-1252",
    "title_suffix": "", "front_title": "Tranviks kommun – Startsida",
    "area_href": lambda sl: f"/{sl}.htm", "sub_href": lambda sl, ss: f"/{sl}/{ss}.htm",
    "imagemap": [("Startsida", "/"), ("Kundtjänst", "/kundtjanst.htm"), ("Självservice", "/e-tjanster/"),
                 ("Nyheter", "/nyheter/"), ("Lediga jobb", "/kommun-och-politik/lediga-jobb/"), ("Kontakta oss", "/kontakta-oss.htm")],
    "drift": "Vattenavstängning på Bruksvägen 2–8 onsdag kl 9–13 på grund av ledningsarbete.",
    "footer_extra": ('<div class="col"><h2>Kommunens bolag</h2><p>Tranviks Energi AB:s kundtjänst: 0980-319 290 '
                     '(fjärrvärme och elnät)<br/>Tranviksbostäder, felanmälan: 0980-319 295</p></div>\n'),
    "news": [
        ("Budgeten för 2027 är klar", "/nyheter/budget-2027.htm", "Kommunfullmäktige har fastställt budgeten för nästa år.", "2026-11-24",
         "<p>Budgeten ger mer pengar till äldreomsorgen och till underhåll av skolor. Skattesatsen är oförändrad.</p>"),
        ("Nya turlistor för skolbussarna", "/nyheter/skolbussar.htm", "Från den 7 januari gäller nya tider på linjerna 12 och 14.", "2026-11-20",
         "<p>Turlistorna finns hos skolorna och på kollektivtrafikens webbplats.</p>"),
        ("Fjärrvärmen byggs ut i Norrbacka", "/nyheter/fjarrvarme.htm", "Under våren grävs nya ledningar längs Skolgatan.", "2026-11-12",
         "<p>Arbetet utförs av Tranviks Energi AB. Frågor om anslutning besvaras av bolagets kundtjänst.</p>"),
        ("Julbelysningen tänds på torget", "/nyheter/julbelysning.htm", "Första advent tänds granen med sång av kulturskolans kör.", "2026-11-05",
         "<p>Välkommen till torget klockan 16. Det bjuds på glögg och pepparkakor.</p>"),
    ],
}
T["hero"] = (
    '<table width="100%" cellpadding="6" cellspacing="0" class="puffar"><tr>'
    '<td colspan="3"><img src="/bilder/vinter_tranvik.jpg" width="720" height="240" alt="Snötäckta hustak vid älven i Tranvik">'
    '<h1>Välkommen till Tranvik</h1><p>Här hittar du information och service från kommunen.</p></td></tr>'
    '<tr><td width="33%" valign="top"><h2><a href="/trafik-och-gator/snorojning.htm">Snöröjning</a></h2><p>Så prioriterar vi gator och gång- och cykelvägar när snön kommer.</p></td>'
    '<td width="33%" valign="top"><h2><a href="/nyheter/budget-2027.htm">Budget 2027</a></h2><p>Läs om hur skattepengarna används nästa år.</p></td>'
    '<td width="33%" valign="top"><h2><a href="/kultur-och-fritid/badplatser.htm">Simhallen</a></h2><p>Nya öppettider under jul och nyår.</p></td></tr></table>\n')
T["front_after"] = (
    '<div class="section protokoll"><h2>Från kommunstyrelsen</h2>'
    '<p>Kommunstyrelsen beslutade vid sitt senaste sammanträde att gå vidare med planeringen av en ny förskola i centrala delen '
    'av kommunen, att höja bidraget till de lokala samlingslokalerna och att ge samhällsbyggnadsförvaltningen i uppdrag att '
    'utreda en ny gång- och cykelväg längs infarten. Beslutet om förskolan ska tas av kommunfullmäktige i februari.</p>'
    '<p>Kommunstyrelsen godkände också en ny plan för krisberedskap. Planen beskriver hur kommunen ska arbeta vid allvarliga '
    'händelser som långvariga strömavbrott, översvämningar och störningar i dricksvattenförsörjningen, och hur invånarna '
    'får information.</p><p><a href="/kommun-och-politik/politik-och-beslut/">Protokoll och kallelser</a></p></div>\n'
    '<div class="section tips"><h2>Tips för vintern</h2><ul><li>Skotta fram dina sopkärl så att hämtningen fungerar.</li>'
    '<li>Håll brevlådan fri från snö.</li><li>Tänk på att parkerade bilar kan hindra plogbilen.</li>'
    '<li>Halkskydd finns att hämta gratis på biblioteket för dig som är över 65 år.</li></ul></div>\n')
T["pages"] = [*std_pages(T),
    {"href": "/kundtjanst.htm", "file": "kundtjanst.htm", "title": "Kundtjänst", "doc_title": "Tranviks kommun – Kundtjänst",
     "main": (
         '<h1><img src="/bilder/rubrik_kundtjanst.gif" width="260" height="38" border="0" alt="Kundtjänst"></h1>\n'
         '<p><b>Kundtjänst är kommunens första kontakt för dig som ringer, mejlar eller kommer till kommunhuset.</b></p>\n'
         '<p>Hos oss får du besked direkt i de flesta frågor om barnomsorgsköer och skolskjuts, sophämtning och slamtömning, '
         'parkeringstillstånd, hur det går med ditt bygglovsärende och avgifter för vatten och avlopp. Kan vi inte svara själva '
         'tar vi reda på vem som kan och ser till att du blir kontaktad.</p>\n'
         '<p>Du kan också lämna in ansökningar och handlingar hos oss, låna telefon och dator för att använda kommunens e-tjänster '
         'och köpa sopsäckar och fiskekort.</p>\n'
         '<h2>Så når du oss</h2>\n'
         '<p><b>Telefon:</b> 0980-319 210<br><b>E-post:</b> <a href="mailto:kundtjanst@tranvik.example">kundtjanst@tranvik.example</a><br>'
         '<b>Besöksadress:</b> Kommunhuset, Storgatan 14, entréplan</p>\n'
         '<table border="1" cellpadding="4" cellspacing="0" summary="Öppettider"><tr><th>Dag</th><th>Öppet</th></tr>'
         '<tr><td>Måndag–torsdag</td><td>8.00–16.30</td></tr><tr><td>Fredag</td><td>8.00–15.00</td></tr>'
         '<tr><td>Lunch</td><td>Stängt 12.00–12.45</td></tr></table>\n'
         '<h2>Medarbetare</h2>\n'
         '<table border="0" cellpadding="3" cellspacing="0" class="personal"><tr><th>Namn</th><th>Befattning</th><th>Telefon</th></tr>'
         '<tr><td>Gunnel Berggren</td><td>Enhetschef, kundtjänst</td><td>0980-319 211</td></tr>'
         '<tr><td>Mattias Öhrn</td><td>Kommunvägledare</td><td>0980-319 212</td></tr>'
         '<tr><td>Leila Haddad</td><td>Kommunvägledare</td><td>0980-319 213</td></tr></table>\n'
         '<p><font size="1">Senast ändrad: 2026-10-02</font></p>')},
    {"href": "/kontakta-oss.htm", "file": "kontakta-oss.htm", "title": "Kontakta oss", "doc_title": "Tranviks kommun – Kontakta oss",
     "main": ('<h1>Kontakta oss</h1>\n<p>Växel: 0980-319 200 (vardagar 7.30–16.30)<br>E-post: '
              '<a href="mailto:kommun@tranvik.example">kommun@tranvik.example</a><br>Postadress: Tranviks kommun, 999 31 Tranvik</p>\n'
              '<p>Frågor om kommunens verksamheter besvaras av <a href="/kundtjanst.htm">kundtjänst</a>.</p>\n'
              '<h2>Press</h2><p>Journalister kan ringa kommunens presstelefon 0980-319 205.</p>')},
]
for p in T["pages"]:
    p.setdefault("doc_title", "Tranviks kommun – " + p["title"])
T["area_intro"] = {"Barn och utbildning": "Förskola, skola och vuxenutbildning i Tranviks kommun."}
T["search"] = {"path": "/sok.asp", "param": "q", "hits": {"kundtjänst": ["/kundtjanst.htm"], "kundtjanst": ["/kundtjanst.htm"]}}

# ----------------------------------------------------------------------------- 9602 Björkudden: XHTML 1.0 Strict, Latin-1 in the XML declaration
B = {
    "code": "9602", "kommun": "Björkudden", "gen": "Björkuddens", "lan_kod": "21", "lan": "Gävleborgs län",
    "family": "xhtml", "dom": "bjorkudden.example", "vx": "08-465 004 00", "addr": "Sjövägen 3", "post": "999 41 Björkudden",
    "orgnr": "212000-9902", "staff": "2 100", "encoding": "latin-1", "ctype": "application/xhtml+xml", "ext": ".xhtml",
    "search_ctype": "application/xhtml+xml; charset=iso-8859-1",
    "area_href": lambda sl: f"/sv/{sl}/", "sub_href": lambda sl, ss: f"/sv/{sl}/{ss}/", "home_href": "/",
    "nav_extra": [{"label": "Kontakta oss", "href": "/sv/kontakta-oss/", "subs": []}],
    "footer_extra": ('<div class="col"><h2>Kontakt Björkudden</h2><p>Telefon 08-465 004 50<br/>'
                     '<a href="mailto:kontakt@bjorkudden.example">kontakt@bjorkudden.example</a></p>'
                     '<p><a href="/sv/kontakt-bjorkudden/">Mer om Kontakt Björkudden</a></p></div>\n'),
    "drift": "Gatubelysningen på Ängsvägen är släckt på grund av kabelfel. Felet beräknas vara åtgärdat fredag.",
    "news": [
        ("Nu kan du söka bidrag till lokala evenemang", "/sv/nyheter/evenemangsbidrag/", "Föreningar kan söka upp till 20 000 kronor.", "2026-11-26",
         "<p>Sista ansökningsdag är den 31 januari. Ansökan görs i e-tjänsten för föreningsbidrag.</p>"),
        ("Vinterns plogningsordning", "/sv/nyheter/plogning/", "Så plogar vi i år: huvudgator först, sedan bostadsgator.", "2026-11-19",
         "<p>Plogningen startar när det fallit fem centimeter snö på gator och tre centimeter på gång- och cykelvägar.</p>"),
        ("Samråd om ny detaljplan för Hamnudden", "/sv/nyheter/hamnudden/", "Planförslaget visas i stadshuset till och med 15 december.", "2026-11-10",
         "<p>Lämna dina synpunkter skriftligt till samhällsbyggnadsnämnden.</p>"),
        ("Biblioteket får meröppet", "/sv/nyheter/meroppet/", "Från februari kan du låna böcker även när personalen inte är på plats.", "2026-11-02",
         "<p>Du behöver ett lånekort och en pinkod. Anmäl dig i informationsdisken.</p>"),
    ],
}
B["hero"] = (
    '<div id="startbild"><img src="/bilder/hamnen.jpg" alt="Båtar i gästhamnen en sommarkväll" width="960" height="320" />'
    '<h1>Välkommen till Björkudden</h1><p>Kommunen vid havet, med plats för både arbete och fritid.</p></div>\n'
    '<div id="puffar"><div class="puff"><h2><a href="/sv/bygga-bo-och-miljo/avfall-och-atervinning/">Sophämtning i jul</a></h2>'
    '<p>Hämtningen flyttas en dag under helgveckorna.</p></div>'
    '<div class="puff"><h2><a href="/sv/barn-och-utbildning/forskola/">Ansök om förskoleplats</a></h2><p>Ansök senast fyra månader innan du behöver plats.</p></div>'
    '<div class="puff"><h2><a href="/sv/kommun-och-politik/lediga-jobb/">Sommarjobb för unga</a></h2><p>Ansökan öppnar den 1 februari.</p></div></div>\n')
B["front_after"] = (
    '<div class="section protokoll"><h2>Från kommunstyrelsen</h2>'
    '<p>Kommunstyrelsen beslutade vid sitt senaste sammanträde att gå vidare med planeringen av en ny förskola i centrala delen '
    'av kommunen, att höja bidraget till de lokala samlingslokalerna och att ge samhällsbyggnadsförvaltningen i uppdrag att '
    'utreda en ny gång- och cykelväg längs infarten. Beslutet om förskolan ska tas av kommunfullmäktige i februari.</p>'
    '<p>Kommunstyrelsen godkände också en ny plan för krisberedskap. Planen beskriver hur kommunen ska arbeta vid allvarliga '
    'händelser som långvariga strömavbrott, översvämningar och störningar i dricksvattenförsörjningen, och hur invånarna '
    'får information.</p><p><a href="/kommun-och-politik/politik-och-beslut/">Protokoll och kallelser</a></p></div>\n'
    '<div class="section tips"><h2>Tips för vintern</h2><ul><li>Skotta fram dina sopkärl så att hämtningen fungerar.</li>'
    '<li>Håll brevlådan fri från snö.</li><li>Tänk på att parkerade bilar kan hindra plogbilen.</li>'
    '<li>Halkskydd finns att hämta gratis på biblioteket för dig som är över 65 år.</li></ul></div>\n')
B["pages"] = [*std_pages(B),
    {"href": "/sv/kontakt-bjorkudden/", "file": "kontakt-bjorkudden.xhtml", "title": "Kontakt Björkudden",
     "crumbs": [("Start", "/"), ("Kontakta oss", "/sv/kontakta-oss/"), ("Kontakt Björkudden", "/sv/kontakt-bjorkudden/")],
     "main": (
         '<h1>Kontakt Björkudden</h1>\n'
         '<p class="ingress">Kontakt Björkudden är kommunens gemensamma kontaktväg för invånare, företagare och besökare.</p>\n'
         '<p>Våra kommunvägledare tar emot dina frågor och hjälper dig direkt med till exempel:</p>\n'
         '<ul><li>ansökan om plats i förskola och fritidshem</li><li>felanmälan av gator, belysning och lekplatser</li>'
         '<li>frågor om sophämtning, taxor och slamtömning</li><li>bokning av kommunens lokaler och idrottshallar</li>'
         '<li>hjälp att fylla i e-tjänster och ansökningar om bostadsanpassning</li></ul>\n'
         '<h2>Så når du oss</h2>\n'
         '<p>Telefon: 08-465 004 50<br />E-post: <a href="mailto:kontakt@bjorkudden.example">kontakt@bjorkudden.example</a><br />'
         'Besöksadress: Stadshuset, Sjövägen 3</p>\n'
         '<p>Öppettider: måndag–fredag 8.00–16.00, torsdagar till 18.00.</p>\n'
         '<h2>Frågor om e-tjänsterna</h2>\n'
         '<p>Har du tekniska frågor om e-tjänsterna eller e-legitimation? Kontakta e-tjänsteansvarig Lars Nyqvist, telefon 08-465 004 58.</p>\n'
         '<p class="uppdaterad">Senast uppdaterad 2026-11-12 av kommunikationsenheten.</p>')},
    {"href": "/sv/kontakta-oss/", "file": "kontakta-oss.xhtml", "title": "Kontakta oss",
     "main": ('<h1>Kontakta oss</h1>\n<p>Här hittar du kontaktuppgifter till kommunens växel, registratorn och förvaltningarna.</p>\n'
              '<table summary="Kontaktuppgifter"><tr><th>Vem</th><th>Telefon</th><th>E-post</th></tr>'
              '<tr><td>Växel</td><td>08-465 004 00</td><td>kommun@bjorkudden.example</td></tr>'
              '<tr><td>Registrator</td><td>08-465 004 02</td><td>registrator@bjorkudden.example</td></tr>'
              '<tr><td>Barn- och utbildningsförvaltningen</td><td>08-465 004 10</td><td>bou@bjorkudden.example</td></tr>'
              '<tr><td>Socialförvaltningen</td><td>08-465 004 20</td><td>soc@bjorkudden.example</td></tr>'
              '<tr><td>Samhällsbyggnadsförvaltningen</td><td>08-465 004 30</td><td>sbf@bjorkudden.example</td></tr></table>\n'
              '<p>Vanliga frågor besvaras av <a href="/sv/kontakt-bjorkudden/">Kontakt Björkudden</a>.</p>')},
]
B["search"] = {"path": "/sok/", "param": "q", "hits": {"kontakt björkudden": ["/sv/kontakt-bjorkudden/"], "kontakt": ["/sv/kontakta-oss/", "/sv/kontakt-bjorkudden/"]}}

# ----------------------------------------------------------------------------- 9603 Rävsala: Drupal 10 Olivero
R = {
    "code": "9603", "kommun": "Rävsala", "gen": "Rävsala", "lan_kod": "14", "lan": "Västra Götalands län",
    "family": "olivero", "dom": "ravsala.example", "vx": "031-390 06 00", "addr": "Torget 1", "post": "999 51 Rävsala",
    "orgnr": "212000-9903", "staff": "3 400", "title_suffix": " | Rävsala kommun",
    "area_href": lambda sl: f"/{sl}", "sub_href": lambda sl, ss: f"/{sl}/{ss}",
    "inject": {"Kommun och politik": [("Kontaktcenter", "/kommun-och-politik/kontaktcenter")],
               "Bygga, bo och miljö": [("Bygglovsservice", "/bygga-bo-och-miljo/bygglovsservice")]},
    "nav_extra": [{"label": "Kontakt", "href": "/kontakt", "subs": []}],
    "footer_extra": ('<div class="footer-col"><h2>Bolag</h2><p>Rävsala Bostäder AB – kundcenter för hyresgäster: 031-390 06 90</p></div>\n'),
    "news": [
        ("Ny förskola i Västra Rävsala", "/nyheter/ny-forskola", "Förskolan Tallkotten öppnar i augusti med sex avdelningar.", "2026-11-27",
         "<p>Ansökan till den nya förskolan görs som vanligt i e-tjänsten.</p>"),
        ("Granskning av översiktsplanen", "/nyheter/oversiktsplan", "Nu kan du tycka till om hur Rävsala ska växa fram till 2050.", "2026-11-18",
         "<p>Materialet finns i stadshuset och på biblioteket.</p>"),
        ("Rekordmånga lånade böcker", "/nyheter/biblioteket", "Biblioteket lånade ut 12 procent fler böcker i år.", "2026-11-08",
         "<p>Mest lånade var barnböcker och ljudböcker.</p>"),
        ("Så sorterar du julklappspappret", "/nyheter/julklappspapper", "Papper och kartong lämnas på återvinningsstationen.", "2026-11-01",
         "<p>Glansigt papper och band sorteras som restavfall.</p>"),
    ],
}
R["hero"] = (
    '<div class="block block-layout-builder"><div class="hero"><img src="/sites/default/files/hero/ravsala-torg.jpg" alt="" />'
    '<h1 class="title page-title">Välkommen till Rävsala kommun</h1><p class="hero__lead">Service, information och e-tjänster för dig som bor, verkar eller besöker Rävsala.</p>'
    '<ul class="hero__shortcuts"><li><a href="/barn-och-utbildning/forskola">Förskola</a></li><li><a href="/omsorg-och-stod/hemtjanst">Hemtjänst</a></li>'
    '<li><a href="/bygga-bo-och-miljo/bygglov">Bygglov</a></li><li><a href="/trafik-och-gator/felanmalan">Felanmälan</a></li></ul></div></div>\n')
R["pages"] = [*std_pages(R),
    {"href": "/kommun-och-politik/kontaktcenter", "file": "kontaktcenter.html", "title": "Kontaktcenter",
     "crumbs": [("Hem", "/"), ("Kommun och politik", "/kommun-och-politik"), ("Kontaktcenter", "/kommun-och-politik/kontaktcenter")],
     "main": (
         '<article data-history-node-id="214" class="node node--type-page node--promoted node--view-mode-full">\n'
         '<header><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">Kontaktcenter</span></h1></header>\n'
         '<div class="node__content">\n<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">\n'
         '<p>Kontaktcentret är Rävsala kommuns väg in för dig som har frågor. Vi svarar i telefon, i chatten och via e-post, och vi '
         'löser de flesta ärenden direkt.</p>\n'
         '<h2>Det här kan vi hjälpa dig med</h2>\n'
         '<ul><li>Ritningar, bygglovsfrågor och var ditt ärende befinner sig</li><li>Köplats i förskolan och byte av skola</li>'
         '<li>Avfallstaxor, tömningsschema och kärlbyte</li><li>Felanmälan av gatubelysning, vägskador och klotter</li>'
         '<li>Färdtjänst och parkeringstillstånd</li></ul>\n'
         '<h2>Kontakta kontaktcentret</h2>\n'
         '<p>Telefon: <a href="tel:+46313900620">031-390 06 20</a><br />Telefontider: måndag–torsdag 8–17, fredag 8–15<br />'
         'E-post: <a href="mailto:kontaktcenter@ravsala.example">kontaktcenter@ravsala.example</a></p>\n'
         '<p><button type="button" class="button button--primary chat-open" data-chat="kontaktcenter">Chatta med oss</button></p>\n'
         '</div>\n'
         '<div class="field field--name-field-verksamhetschef field--type-entity-reference field--label-above">'
         '<div class="field__label">Verksamhetschef</div><div class="field__item">Jonas Ekdahl</div></div>\n'
         '<div class="field field--name-field-changed field--label-inline"><div class="field__label">Senast ändrad</div><div class="field__item">2026-09-30</div></div>\n'
         '</div></article>')},
    {"href": "/kontakt", "file": "kontakt.html", "title": "Kontakt",
     "main": ('<h1 class="title page-title">Kontakt</h1>\n<p>Välj vad du vill ha kontakt med.</p>\n'
              '<div class="views-view-grid"><div class="card"><h2><a href="/kommun-och-politik/kontaktcenter">Kontaktcenter</a></h2>'
              '<p>Frågor om kommunens verksamheter.</p></div><div class="card"><h2><a href="/press">Press</a></h2><p>För journalister.</p></div>'
              '<div class="card"><h2><a href="/kommun-och-politik/synpunkter">Synpunkter och klagomål</a></h2><p>Tyck till om kommunen.</p></div></div>\n'
              '<p>Växel: 031-390 06 00</p>')},
    {"href": "/bygga-bo-och-miljo/bygglovsservice", "file": "bygglovsservice.html", "title": "Bygglovsservice",
     "main": ('<h1 class="title page-title">Bygglovsservice</h1>\n<p>Bygglovsservice hjälper dig som ska bygga nytt, bygga till eller '
              'ändra en byggnad. Ring 031-390 06 40 tisdagar och torsdagar 9–11. Enhetschef för bygglov: Maria Grund.</p>')},
]
R["search"] = {"path": "/search/node", "param": "keys", "hits": {"kontaktcenter": ["/kommun-och-politik/kontaktcenter"],
                                                                 "kontaktcentret": ["/kommun-och-politik/kontaktcenter"]}}

# ----------------------------------------------------------------------------- 9604 Mörtnäs: Plone, absolute links, title-only icon link
M = {
    "code": "9604", "kommun": "Mörtnäs", "gen": "Mörtnäs", "lan_kod": "12", "lan": "Skåne län",
    "family": "plone", "dom": "mortnas.example", "vx": "040-628 04 00", "addr": "Rådhusgatan 5", "post": "999 61 Mörtnäs",
    "orgnr": "212000-9904", "staff": "900", "title_suffix": " — Mörtnäs kommun",
    "area_href": lambda sl: f"/{sl}", "sub_href": lambda sl, ss: f"/{sl}/{ss}",
    "sub_override": {"Organisation": "/kommun-och-politik/organisation"},
    "plone_icons": [
        '<a href="/kommun-och-politik/medborgarservice" title="Medborgarservice" class="iconlink pat-tooltip"><span class="glyphicon glyphicon-comment" aria-hidden="true"></span></a> ',
        '<a href="/e-tjanster" title="E-tjänster" class="iconlink pat-tooltip"><span class="glyphicon glyphicon-list-alt" aria-hidden="true"></span></a> ',
        '<a href="/kontakt" title="Kontakt" class="iconlink pat-tooltip"><span class="glyphicon glyphicon-envelope" aria-hidden="true"></span></a>',
    ],
    "news": [
        ("Pensionsmyndighetens kundtjänst på biblioteket", "/nyheter/pensionsmyndigheten", "Varannan tisdag finns Pensionsmyndigheten på plats i Mörtnäs bibliotek.", "2026-11-25",
         "<p>Pensionsmyndighetens handläggare svarar på frågor om din pension. Ingen tidsbokning behövs.</p>"),
        ("Mörtnäs firar 50 år som kommun", "/nyheter/50-ar", "Under 2027 firar vi med aktiviteter i hela kommunen.", "2026-11-16",
         "<p>Föreningar som vill arrangera något kan söka jubileumsbidrag.</p>"),
        ("Nya cykelbanan mot Skogsby klar", "/nyheter/cykelbana", "Den fyra kilometer långa cykelbanan invigs på lördag.", "2026-11-09",
         "<p>Banan är belyst hela vägen.</p>"),
        ("Vattenmätare byts i centrum", "/nyheter/vattenmatare", "Under december byter vi vattenmätare i centrala Mörtnäs.", "2026-11-03",
         "<p>Du får en avisering i brevlådan en vecka innan.</p>"),
    ],
}
M["hero"] = (
    '<div class="portlet-hero"><img src="/++resource++mortnas/hero.jpg" alt="Utsikt över Mörtnäs strand" />'
    '<h1 class="documentFirstHeading">Välkommen till Mörtnäs kommun</h1>'
    '<div class="documentDescription">Allt om att bo, leva och verka i Mörtnäs.</div>'
    '<ul class="hero-links"><li><a href="/barn-och-utbildning/skolskjuts">Skolskjuts</a></li><li><a href="/bygga-bo-och-miljo/avfall-och-atervinning">Sophämtning</a></li>'
    '<li><a href="/omsorg-och-stod/fardtjanst">Färdtjänst</a></li></ul></div>\n')
M["pages"] = [*std_pages(M),
    {"href": "/kommun-och-politik/medborgarservice", "file": "medborgarservice.html", "title": "Medborgarservice",
     "crumbs": [("Start", "/"), ("Kommun och politik", "/kommun-och-politik"), ("Medborgarservice", "/kommun-och-politik/medborgarservice")],
     "main": (
         '<header><h1 class="documentFirstHeading">Medborgarservice</h1>\n'
         '<div class="documentDescription description">Medborgarservice i Mörtnäs ger råd och hjälp i kommunhuset, i telefon och via e-post.</div></header>\n'
         '<div id="content-core">\n'
         '<p>Hos oss kan du bland annat ansöka om parkeringstillstånd för rörelsehindrade, lämna in handlingar till socialtjänsten, '
         'få hjälp med bostadsanpassningsbidrag, hämta ut kärlbeställningar och få vägledning om vilka e-tjänster du behöver. '
         'Vi hjälper också till med e-legitimation och utskrifter.</p>\n'
         '<h2>Öppettider och kontakt</h2>\n'
         '<table class="listing"><thead><tr><th>Dag</th><th>Tid</th></tr></thead><tbody>'
         '<tr><td>Måndag–torsdag</td><td>8.00–16.00</td></tr><tr><td>Fredag</td><td>8.00–14.00</td></tr></tbody></table>\n'
         '<p>Besöksadress: Kommunhuset, Rådhusgatan 5<br />Telefon: 040-628 04 30</p>\n'
         '<p>Medborgarservice är en enhet inom <a href="/kommun-och-politik/organisation/kommunledningsforvaltningen">Kommunledningsförvaltningen</a>.</p>\n'
         '</div>\n<div class="documentByLine">Senast ändrad 2026-10-14</div>')},
    {"href": "/kommun-och-politik/organisation", "file": "organisation.html", "title": "Organisation",
     "main": ('<h1 class="documentFirstHeading">Organisation</h1>\n<p>Kommunen har fyra förvaltningar under kommunstyrelsen och nämnderna.</p>\n'
              '<ul><li><a href="/kommun-och-politik/organisation/kommunledningsforvaltningen">Kommunledningsförvaltningen</a></li>'
              '<li><a href="/kommun-och-politik/organisation/utbildningsforvaltningen">Utbildningsförvaltningen</a></li>'
              '<li><a href="/kommun-och-politik/organisation/socialforvaltningen">Socialförvaltningen</a></li>'
              '<li><a href="/kommun-och-politik/organisation/samhallsbyggnad">Samhällsbyggnadsförvaltningen</a></li></ul>')},
    {"href": "/kommun-och-politik/organisation/kommunledningsforvaltningen", "file": "kommunledningsforvaltningen.html", "title": "Kommunledningsförvaltningen",
     "main": ('<h1 class="documentFirstHeading">Kommunledningsförvaltningen</h1>\n'
              '<div class="documentDescription">Kommunledningsförvaltningen stödjer kommunstyrelsen och samordnar kommunens verksamheter.</div>\n'
              '<p>Kommundirektör: Henrik Åslund</p>\n<h2>Enheter</h2>\n<ul>'
              '<li>Ekonomienheten – ekonomichef Linda Borg, 040-628 04 40</li>'
              '<li>HR-enheten – HR-chef Tomas Ring, 040-628 04 41</li>'
              '<li>Kommunikationsenheten – kommunikationschef Ida Falk, 040-628 04 42</li>'
              '<li><a href="/kommun-och-politik/medborgarservice">Medborgarservice</a> – enhetschef Sanna Hedlund, 040-628 04 35</li></ul>')},
    {"href": "/kontakt", "file": "kontakt.html", "title": "Kontakt",
     "main": ('<h1 class="documentFirstHeading">Kontakt</h1>\n<p>Växel 040-628 04 00, vardagar 8–16. E-post kommun@mortnas.example.</p>\n'
              '<p>Postadress: Mörtnäs kommun, 999 61 Mörtnäs.</p>')},
]
M["search"] = {"path": "/@@search", "param": "SearchableText", "hits": {"medborgarservice": ["/kommun-och-politik/medborgarservice"]}}

# ----------------------------------------------------------------------------- 9605 Älvängsby: Hugo, desktop + mobile menu, percent-encoded and ../ links
SC = "/kontakt/servicecenter-i-älvängsby/"
A = {
    "code": "9605", "kommun": "Älvängsby", "gen": "Älvängsby", "lan_kod": "24", "lan": "Västerbottens län",
    "family": "hugo", "dom": "alvangsby.example", "vx": "0980-319 230", "addr": "Kyrkogatan 9", "post": "999 71 Älvängsby",
    "orgnr": "212000-9905", "staff": "1 100", "title_suffix": " | Älvängsby kommun",
    "area_slug": lambda t: t.lower().replace(",", "").replace(" ", "-"),
    "nav_extra": [{"label": "Servicecenter", "href": SC, "subs": []}, {"label": "Kontakt", "href": "/kontakt/", "subs": []}],
    "news": [
        ("Älvängsby växer – 200 nya invånare i år", "/nyheter/2026/befolkning/", "Befolkningen ökar för tredje året i rad.", "2026-11-28",
         "<p>Ökningen beror främst på inflyttning från andra län.</p>"),
        ("Skidspåren prepareras", "/nyheter/2026/skidspar/", "Elljusspåret vid Björkbacken öppnar så snart snön räcker.", "2026-11-21",
         "<p>Spårinformation uppdateras varje morgon.</p>"),
        ("Föreningsgala i Folkets hus", "/nyheter/2026/foreningsgala/", "Nominera årets eldsjäl senast den 15 december.", "2026-11-14",
         "<p>Galan hålls den 1 februari.</p>"),
        ("Ändrade tider för återvinningscentralen", "/nyheter/2026/atervinning/", "Vintertider gäller från den 1 december.", "2026-11-06",
         "<p>Öppet tisdag och torsdag 14–19 samt lördag 10–14.</p>"),
    ],
}
A["hero"] = (
    '<section class="hero"><picture><img src="/images/hero-alv.jpg" alt="Älven i vinterljus" width="1200" height="400"></picture>'
    '<div class="hero__box"><h1>Välkommen till Älvängsby</h1><p>Det nära samhället vid älven.</p>'
    '<a class="hero__cta" href="/e-tjanster/">Till e-tjänsterna</a></div></section>\n')
A["pages"] = [*std_pages(A),
    {"href": quote(SC), "file": "servicecenter.html", "title": "Servicecenter i Älvängsby",
     "crumbs": [("Start", "/"), ("Kontakt", "/kontakt/"), ("Servicecenter", SC)],
     "main": (
         '<article class="page"><h1>Servicecenter</h1>\n'
         '<p class="ingress">Servicecenter är kommunens gemensamma ingång. Du når oss på telefon, via e-post eller på plats i Medborgarhuset.</p>\n'
         '<p>Vi ger svar och vägledning i frågor om barnomsorg och skola, bygglov och tomter, avfall och vatten, '
         'äldreomsorg och hemtjänst samt kommunens lediga lokaler. Vi tar också emot felanmälningar och synpunkter.</p>\n'
         '<h2>Kontakt</h2>\n<ul class="contact"><li>Telefon: <a href="tel:+46980319240">0980-319 240</a></li>'
         '<li>E-post: servicecenter@alvangsby.example</li><li>Telefontid: vardagar 8–16</li></ul>\n'
         '<p>Frågor om lokalerna i Medborgarhuset besvaras av fastighetsförvaltare Kent Ström.</p>\n'
         f'<p><a href="{quote("/kontakt/")}">Tillbaka till Kontakt</a></p>\n'
         '<footer class="meta">Publicerad av: Webbredaktionen · Uppdaterad 2026-09-18</footer></article>')},
    {"href": "/kontakt/", "file": "kontakt.html", "title": "Kontakt",
     "main": ('<h1>Kontakt</h1>\n<p>Kommunens växel: 0980-319 230. Postadress: Älvängsby kommun, 999 71 Älvängsby.</p>\n'
              f'<p>De flesta frågor kan du ställa direkt till <a href="{quote(SC)}">Servicecenter</a>.</p>\n'
              '<h2>Förtroendevalda</h2><p>Kommunstyrelsens ordförande nås via växeln.</p>')},
]
A["search"] = {"path": "/sok/", "param": "q", "hits": {"servicecenter": [SC]}}

SITES_A = [T, B, R, M, A]
