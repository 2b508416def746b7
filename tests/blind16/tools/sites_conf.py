"""Site configurations for blind16 (typing aid). Labels live in labels.csv, not here."""
from common import para


def news(gen, name, first=(), street="Storgatan"):
    base = [
        ("budget-2027", "28 november 2026", "Kommunfullmäktige har antagit budgeten för 2027",
         "Satsningar på skola och äldreomsorg när fullmäktige klubbade budgeten.",
         "<p>Budgeten innebär oförändrad skattesats och ökade ramar för barn- och utbildningsnämnden.</p>" + para(2)),
        ("nytt-bibliotek", "20 november 2026", f"Nu börjar bygget av nya biblioteket i {name}",
         "Det nya biblioteket ska stå klart hösten 2028.", "<p>Biblioteket byggs i trä och får plats för lärcentrum och kulturskola.</p>" + para(2)),
        ("skolval-2027", "14 november 2026", "Dags för skolval inför hösten 2027",
         "Vårdnadshavare till barn som börjar förskoleklass ska göra skolval senast 31 januari.",
         '<p>Skolvalet görs i <a href="/e-tjanster/">e-tjänsten</a>.</p>' + para(1)),
        ("vagarbete", "3 november 2026", f"Vägarbete på {street} under vintern",
         "Framkomligheten begränsas i centrum när ledningar byts ut.", "<p>Arbetet pågår till och med mars.</p>" + para(1)),
    ]
    return list(first) + base


def common(code, name, gen, fam, color, dom, tel, tel2, tel3, lan_kod, lan, village, kd, visit, post, orgnr):
    return dict(code=code, name=name, gen=gen, family=fam, color=color, dom=dom, tel=tel, tel2=tel2, tel3=tel3,
                lan_kod=lan_kod, lan=lan, village=village, kd=kd, visit=visit, post=post, orgnr=orgnr,
                org="Kommunstyrelsen", street=visit.split(" ")[0],
                header_links=[("Kontakt", "/kontakt/"), ("E-tjänster", "/e-tjanster/")],
                hero=dict(title=f"Välkommen till {name}", text="Här finns plats att leva, växa och verka – nära natur och vatten.",
                          alt=f"Vy över {name} en vinterdag",
                          cards=[("Lediga jobb", "/lediga-jobb/", ""), ("Bygglov", "/bygga-bo-och-miljo/bygglov/", ""),
                                 ("Äldre", "/omsorg-och-stod/aldre/", ""), ("E-tjänster", "/e-tjanster/", "")]))


SITES = []

# ------------------------------------------------------------------ 9131 Tjärnvik (Sitevision) 5
s = common("9131", "Tjärnvik", "Tjärnviks", "sitevision", "#00576b", "tjarnvik.se", "08-465 004 00", "08-465 004 05", "08-465 004 07",
           "03", "Uppsala län", "Norrbyn", "Gunnar Ekelund", "Storgatan 12", "Tjärnviks kommun, 999 31 Tjärnvik", "212000-9131")
KC = "/kommun-och-politik/kontakt-och-service/kontaktcenter/"
s["topbar_extra"] = [('<span class="icon icon-phone" aria-hidden="true"></span>Kontaktcenter', KC, ' class="topbar__kc"')]
s["pages"] = {KC: ("Kontaktcenter",
    '<div class="sv-layout sv-column-8"><h1>Kontaktcenter</h1><p class="lead">Kontaktcenter är din första kontakt med Tjärnviks kommun. '
    'Vi svarar på frågor om bland annat:</p><ul><li>förskola och skola</li><li>bygglov och tillstånd</li><li>avfall och återvinning</li>'
    '<li>vatten och avlopp</li><li>hemtjänst och äldreomsorg</li><li>parkeringstillstånd</li></ul>'
    '<p>Kan vi inte svara direkt ser vi till att du får kontakt med rätt handläggare.</p>'
    '<h2>Så når du oss</h2><p>Telefon: <a href="tel:+46846500410">08-465 004 10</a><br>E-post: <a href="mailto:kontaktcenter@tjarnvik.se">kontaktcenter@tjarnvik.se</a><br>'
    'Besöksadress: Storgatan 12, entréplan</p><table class="tbl"><caption>Öppettider</caption><tr><th>Dag</th><th>Tid</th></tr>'
    '<tr><td>Måndag–torsdag</td><td>8.00–17.00</td></tr><tr><td>Fredag</td><td>8.00–16.00</td></tr></table></div>'
    '<div class="sv-layout sv-column-4 sidebar"><div class="sv-portlet contact-card"><h2>Ansvarig</h2><p>Enhetschef för kontaktcenter: Helena Strand<br>'
    '<a href="mailto:helena.strand@tjarnvik.se">helena.strand@tjarnvik.se</a></p></div></div>' + para(1),
    [("Kommun och politik", "/kommun-och-politik/"), ("Kontakt och service", None), ("Kontaktcenter", None)])}
s["kontakt_page"] = ('<h1>Kontakt</h1><p>Har du frågor om kommunens verksamheter? Börja med att kontakta '
    f'<a href="{KC}">Kontaktcenter</a>.</p><h2>Växel</h2><p>Telefon 08-465 004 00.</p><h2>Postadress</h2><p>Tjärnviks kommun, 999 31 Tjärnvik</p>'
    '<ul><li><a href="/kommun-och-politik/synpunkter-och-klagomal/">Synpunkter och klagomål</a></li><li><a href="/press/">Press och media</a></li></ul>')
s["news"] = [*news("Tjärnviks", "Tjärnvik"), ("julhelgen", "1 december 2026", "Kontaktcentret har kortare öppettider under julhelgen", "Kontaktcentret stänger klockan 12 på julafton och nyårsafton.", f'<p>Läs mer om <a href="{KC}">Kontaktcenter</a>.</p>')]
s["hits"] = {"kontaktcenter": [KC, "/nyheter/julhelgen/"]}
SITES.append(s)

# ------------------------------------------------------------------ 9132 Hällekärr (Optimizely) 4
s = common("9132", "Hällekärr", "Hällekärrs", "optimizely", "#7a1f3d", "hallekarr.se", "031-390 06 00", "031-390 06 05", "031-390 06 07",
           "14", "Västra Götalands län", "Kärrby", "Annika Sjögren", "Torget 1", "Hällekärrs kommun, 999 32 Hällekärr", "212000-9132")
KS = "/kommun-och-politik/kontakt-och-service/"
SC = KS + "servicecenter/"
s["mega_extra_cols"] = {6: [("Kontakt och service", KS, [("Servicecenter", SC), ("Synpunkter och klagomål", "/kommun-och-politik/synpunkter-och-klagomal/"),
                                                         ("Felanmälan", "/kommun-och-politik/felanmalan/"), ("Hitta kontaktuppgifter", "/kontakt/")])]}
s["pages"] = {
    KS: ("Kontakt och service", '<h1>Kontakt och service</h1><p class="lead">Här hittar du vägarna in till kommunen.</p><div class="cards">'
         f'<div class="card"><h2><a href="{SC}">Servicecenter</a></h2><p>Vi svarar på dina frågor.</p></div>'
         '<div class="card"><h2><a href="/kommun-och-politik/synpunkter-och-klagomal/">Synpunkter och klagomål</a></h2></div>'
         '<div class="card"><h2><a href="/kontakt/">Hitta kontaktuppgifter</a></h2></div></div>', [("Kommun och politik", "/kommun-och-politik/"), ("Kontakt och service", None)]),
    SC: ("Servicecenter", '<h1>Servicecenter</h1><p class="lead">Servicecenter hjälper dig med frågor om kommunens verksamheter, till exempel:</p>'
         '<ul><li>ansökan om förskoleplats och skolskjuts</li><li>sophämtning och slamtömning</li><li>felanmälan av gator och gatubelysning</li>'
         '<li>bygglov och strandskydd</li><li>e-tjänster och inloggning</li></ul>'
         '<h2>Kontakta Servicecenter</h2><p>Telefon 031-390 06 10, telefontid vardagar 8–16.30<br>E-post servicecenter@hallekarr.se<br>'
         'Besöksadress: Kommunhuset, Torget 1</p>'
         '<p>Servicecenter är en enhet inom kommunledningskontoret. Se <a href="/kommun-och-politik/organisation/">Organisation</a>.</p>' + para(1),
         [("Kommun och politik", "/kommun-och-politik/"), ("Kontakt och service", KS), ("Servicecenter", None)]),
}
s["org_page"] = ('<h1>Organisation</h1><p>Hällekärrs kommun har fyra förvaltningar och ett kommunledningskontor.</p>'
    '<table class="tbl"><caption>Kommunledningskontoret</caption><tr><th>Enhet</th><th>Roll</th><th>Namn</th></tr>'
    '<tr><td>Kommunledningskontoret</td><td>Kommundirektör</td><td>Annika Sjögren</td></tr>'
    '<tr><td>Ekonomienheten</td><td>Ekonomichef</td><td>Johan Palm</td></tr>'
    '<tr><td>Servicecenter</td><td>Enhetschef</td><td>Malin Åberg</td></tr>'
    '<tr><td>Kommunikationsenheten</td><td>Kommunikationschef</td><td>Ida Borg</td></tr></table>' + para(1))
s["news"] = news("Hällekärrs", "Hällekärr", street="Torggatan")
s["hits"] = {"servicecenter": [SC]}
SITES.append(s)

# ------------------------------------------------------------------ 9133 Storåsen (Municipio) 2
s = common("9133", "Storåsen", "Storåsens", "municipio", "#2e5b2a", "storasen.se", "040-628 04 00", "040-628 04 05", "040-628 04 07",
           "22", "Västernorrlands län", "Åsby", "Peter Lundmark", "Kyrkogatan 3", "Storåsens kommun, 999 33 Storåsen", "212000-9133")
MS = "/kontakt/medborgarservice/"
s["kontakt_page"] = ('<h1>Kontakt</h1><p class="lead">Välj vad du vill ha hjälp med.</p><div class="cards">'
    f'<div class="card c-card"><a href="{MS}"><h2>Medborgarservice</h2><p>Frågor om kommunens verksamheter</p></a></div>'
    '<div class="card c-card"><a href="/kommun-och-politik/synpunkter-och-klagomal/"><h2>Synpunkter och klagomål</h2></a></div>'
    '<div class="card c-card"><a href="/press/"><h2>Press och media</h2></a></div>'
    '<div class="card c-card"><a href="/kommun-och-politik/organisation/"><h2>Organisation</h2></a></div></div>'
    '<p>Växel: 040-628 04 00</p>')
s["pages"] = {MS: ("Medborgarservice", '<h1>Medborgarservice</h1><p class="lead">Hos Medborgarservice får du hjälp med frågor om bygglov, skola, '
    'äldreomsorg, avfall och parkering.</p><p>Hos oss arbetar sex kommunvägledare som tar emot dina frågor och hjälper dig att fylla i ansökningar.</p>'
    '<h2>Kontakt</h2><p>Telefon: 040-628 04 10<br>Besöksadress: Stadshuset, Kyrkogatan 3</p>'
    '<p class="page-meta">Sidansvarig: Anton Berg, kommunikationsavdelningen. Senast uppdaterad 12 oktober 2026.</p>',
    [("Kontakt", "/kontakt/"), ("Medborgarservice", None)])}
s["news"] = news("Storåsens", "Storåsen", first=[("energi-nytt-nummer", "30 november 2026", "Storåsens Energi AB:s kundtjänst byter telefonnummer",
    "Från 1 januari når du Storåsens Energi AB:s kundtjänst på ett nytt nummer.", "<p>Storåsens Energi AB:s kundtjänst nås på 040-628 04 98 från 1 januari.</p>")])
s["hits"] = {"medborgarservice": [MS]}
SITES.append(s)

# ------------------------------------------------------------------ 9134 Lindeby (Drupal) 1
s = common("9134", "Lindeby", "Lindeby", "drupal", "#1d3f73", "lindeby.se", "0980-319 200", "0980-319 205", "0980-319 207",
           "25", "Norrbottens län", "Övre Lind", "Sara Holmström", "Järnvägsgatan 8", "Lindeby kommun, 999 34 Lindeby", "212000-9134")
s["footer_extra"] = '<p class="partner">Lindeby Energi AB – kundcenter för el och fjärrvärme: 0980-319 299</p>'
s["pages"] = {"/kundcenter/": ("Kundcenter", '<h1>Kundcenter</h1><p>Välkommen till Lindeby kommuns kundcenter. Vi finns här för dig och hjälper dig gärna. '
    'Hör av dig om du undrar något.</p><p>Telefon: 0980-319 210</p>', [("Kundcenter", None)])}
s["unlinked"] = ["/kundcenter/"]
s["news"] = news("Lindeby", "Lindeby", first=[("statens-servicecenter", "25 november 2026", "Statens servicecenter öppnar kontor i Lindeby",
    "Statens servicecenter öppnar kontor i Järnvägsstationen i februari.",
    "<p>På Statens servicecenter får du hjälp med ärenden hos Skatteverket, Försäkringskassan och Pensionsmyndigheten.</p>")])
s["hits"] = {"kundcenter": ["/kundcenter/"]}
SITES.append(s)

# ------------------------------------------------------------------ 9135 Rådaholm (Umbraco) 4
s = common("9135", "Rådaholm", "Rådaholms", "umbraco", "#5c3b8a", "radaholm.se", "08-465 004 50", "08-465 004 55", "08-465 004 57",
           "04", "Södermanlands län", "Holmsund", "Kristina Alm", "Rådhusgatan 2", "Rådaholms kommun, 999 35 Rådaholm", "212000-9135")
MK = "/kommun-och-politik/kontakt/medborgarkontoret/"
s["hero"]["cards"] = [("Medborgarkontoret", MK, ""), *s["hero"]["cards"][:3]]
s["pages"] = {MK: ("Medborgarkontoret", '<h1>Medborgarkontoret</h1><p class="lead">Välkommen till Medborgarkontoret i Rådaholm! Vi finns här för dig som bor, '
    'arbetar eller besöker kommunen. Hör av dig om du undrar något – stort som smått.</p>'
    '<h2>Kontakta oss</h2><p>Telefon 08-465 004 60<br>E-post medborgarkontoret@radaholm.se<br>Öppet måndag–fredag 8.00–16.30</p>'
    '<div class="contact-card"><img src="/media/jonas-friberg.jpg" alt=""><p><strong>Jonas Friberg</strong><br>Enhetschef, Medborgarkontoret<br>08-465 004 61</p></div>',
    [("Kommun och politik", "/kommun-och-politik/"), ("Kontakt", None), ("Medborgarkontoret", None)])}
s["news"] = news("Rådaholms", "Rådaholm", street="Rådhusgatan")
s["hits"] = {"medborgarkontoret": [MK], "medborgarkontor": [MK]}
SITES.append(s)

# ------------------------------------------------------------------ 9136 Sjöbacka (Next.js) 4
s = common("9136", "Sjöbacka", "Sjöbacka", "nextjs", "#0b5394", "sjobacka.se", "08-465 004 30", "08-465 004 35", "08-465 004 37",
           "13", "Hallands län", "Backa strand", "Ulf Hammar", "Strandvägen 5", "Sjöbacka kommun, 999 36 Sjöbacka", "212000-9136")
KSJ = "/kontakt-sjobacka/"
s["header_links"] = [("E-tjänster", "/e-tjanster/"), ("Lediga jobb", "/lediga-jobb/")]
s["nav_top_extra"] = [("Kontakta oss", "/kontakta-oss")]
s["redirects"] = {"/kontakta-oss": [KSJ, 301]}
s["drop"] = ["/kontakt/"]
s["pages"] = {KSJ: ("Kontakt Sjöbacka", '<h1>Kontakt Sjöbacka</h1><p class="lead">Kontakt Sjöbacka är kommunens väg in för invånare och företag. '
    'Vi svarar på frågor om förskola och skola, hemtjänst, bygglov, sophämtning och vatten och avlopp.</p>'
    '<h2>Ring eller chatta</h2><p>Telefon 08-465 004 40, vardagar 8–17.</p><button class="Chat_button__w2Lq" type="button">Chatta med oss</button>'
    '<p>Kontakt Sjöbacka är en del av kommunledningsförvaltningen, som leds av kommundirektör Ulf Hammar. Hos oss arbetar åtta kommunvägledare.</p>'
    '<p class="PageMeta_meta__q1">Sidansvarig: Lisa Wang</p>', [("Kontakt Sjöbacka", None)])}
s["next_extra"] = {"contactUnit": {"name": "Kontakt Sjöbacka", "manager": "Enhetschef Sara Nyqvist", "phone": "08-465 004 40"}}
s["news"] = news("Sjöbacka", "Sjöbacka", street="Strandvägen")
s["hits"] = {"kontakt sjöbacka": [KSJ]}
SITES.append(s)

# ------------------------------------------------------------------ 9137 Gräsvik (Sitevision) 3
s = common("9137", "Gräsvik", "Gräsviks", "sitevision", "#a14a00", "grasvik.se", "031-390 06 20", "031-390 06 25", "031-390 06 27",
           "08", "Kalmar län", "Gräsö", "Bengt Wall", "Hamngatan 4", "Gräsviks kommun, 999 37 Gräsvik", "212000-9137")
KT = "/kommun-och-politik/kontakt/kundtjanst/"
s["kontakt_page"] = ('<h1>Kontakt</h1><p>Här hittar du kontaktuppgifter till Gräsviks kommun.</p><div class="cards">'
    f'<div class="card"><h2><a href="{KT}">Kundtjänst</a></h2></div><div class="card"><h2><a href="/press/">Press och media</a></h2></div>'
    '<div class="card"><h2><a href="/kommun-och-politik/synpunkter-och-klagomal/">Synpunkter och klagomål</a></h2></div></div><p>Växel 031-390 06 20</p>')
s["pages"] = {KT: ("Kundtjänst", '<h1>Kundtjänst</h1><p class="lead">Kundtjänst svarar på frågor om skola, omsorg, avfall, gator och parkering.</p>'
    '<p>Telefon 031-390 06 30</p><div class="sv-portlet contact-card"><p>Kundtjänstchef: Amanda Rask</p></div>' + para(1),
    [("Kommun och politik", "/kommun-och-politik/"), ("Kontakt", "/kontakt/"), ("Kundtjänst", None)])}
s["news"] = news("Gräsviks", "Gräsvik", street="Hamngatan", first=[("kundtjanst-oppettider", "1 december 2026", "Kundtjänst får längre öppettider i vinter",
    "Från 1 december har Kundtjänst öppet till 18 på torsdagar.",
    '<p>Kundtjänst har nu öppet måndag–onsdag 8–16.30, torsdag 8–18 och fredag 8–15. Du når oss på 031-390 06 30 eller kundtjanst@grasvik.se '
    f'och i receptionen på Hamngatan 4.</p><p><a href="{KT}">Mer om Kundtjänst</a></p>')])
s["hits"] = {"kundtjänst": [KT, "/nyheter/kundtjanst-oppettider/"]}
SITES.append(s)

# ------------------------------------------------------------------ 9138 Brattvik (Optimizely) 0
s = common("9138", "Brattvik", "Brattviks", "optimizely", "#3d4f5c", "brattvik.se", "040-628 04 20", "040-628 04 25", "040-628 04 27",
           "10", "Blekinge län", "Brattby", "Monica Frisk", "Järnvägsgatan 4", "Brattviks kommun, 999 38 Brattvik", "212000-9138")
SF = "/naringsliv-och-arbete/servicecenter-for-foretag/"
s["mega_extra"] = {(5, 0): [("Servicecenter för företag", SF)]}
s["pages"] = {SF: ("Servicecenter för företag", '<h1>Servicecenter för företag</h1><p>Servicecenter för företag hjälper dig med tillstånd, '
    'serveringstillstånd, etablering och upphandling. Telefon 040-628 04 30, e-post foretag@brattvik.se.</p>'
    '<p>Enhetschef för Servicecenter för företag: Pontus Ek</p>', [("Näringsliv och arbete", "/naringsliv-och-arbete/"), ("Servicecenter för företag", None)])}
s["footer_extra"] = '<p class="partner">Brattvik Energi AB – Kundtjänst för el, VA och renhållning: 040-628 04 99</p>'
s["om_extra"] = '<h2>Statlig service</h2><p>Statens servicekontor i Brattvik (Skatteverket, Försäkringskassan och Pensionsmyndigheten) finns på Järnvägsgatan 4.</p>'
s["jsonld_extra"] = {"contactPoint": {"@type": "ContactPoint", "name": "Kontaktcenter", "telephone": "040-628 04 20"}}
s["news"] = news("Brattviks", "Brattvik", first=[("bostader-kundcenter", "27 november 2026", "Brattviks Bostäder AB:s kundcenter flyttar till Resecentrum",
    "Brattviks Bostäder AB:s kundcenter får nya lokaler från 15 januari.", "<p>Brattviks Bostäder AB:s kundcenter får nya lokaler i Resecentrum.</p>")])
s["hits"] = {"servicecenter": [SF]}
SITES.append(s)

# ------------------------------------------------------------------ 9139 Mörkvallen (Drupal) 3
s = common("9139", "Mörkvallen", "Mörkvallens", "drupal", "#14532d", "morkvallen.se", "0980-319 220", "0980-319 225", "0980-319 227",
           "20", "Dalarnas län", "Vallby", "Erik Sandell", "Stadshusgatan 1", "Mörkvallens kommun, 999 39 Mörkvallen", "212000-9139")
SK = "/kontakt/servicekontoret/"
s["footer_extra"] = f'<p><a href="{SK}">Servicekontoret</a> – besök oss i Stadshuset</p>'
s["pages"] = {SK: ("Servicekontoret", '<h1>Servicekontoret</h1><p class="lead">På Servicekontoret får du hjälp med frågor om bostadsanpassning, '
    'färdtjänst, bygglov, avgifter och e-tjänster.</p><h2>Kontakt</h2><p>Telefon 0980-319 230<br>E-post servicekontoret@morkvallen.se<br>'
    'Öppettider: måndag–fredag 8–16</p><p>Servicekontoret tillhör kommunledningsförvaltningen. Kommundirektör: Erik Sandell. '
    'Här arbetar fem kommunvägledare.</p><p class="meta">Sidansvarig: Maja Lund</p>', [("Kontakt", "/kontakt/"), ("Servicekontoret", None)])}
s["news"] = news("Mörkvallens", "Mörkvallen", street="Stadshusgatan")
s["hits"] = {"servicekontoret": [SK], "servicekontor": [SK]}
SITES.append(s)

# ------------------------------------------------------------------ 9140 Kallbäcken (Municipio) 5
s = common("9140", "Kallbäcken", "Kallbäckens", "municipio", "#006e7f", "kallbacken.se", "0980-319 240", "0980-319 245", "0980-319 247",
           "24", "Västerbottens län", "Bäckby", "Hanna Lidén", "Bäckvägen 10", "Kallbäckens kommun, 999 40 Kallbäcken", "212000-9140")
KO = "/kontakta-oss/"
s["header_links"] = [("Kontakta oss", KO), ("E-tjänster", "/e-tjanster/")]
s["drop"] = ["/kontakt/"]
s["pages"] = {KO: ("Kontakta oss", '<h1>Kontakta oss</h1><p class="lead">Här hittar du vägarna in till Kallbäckens kommun.</p>'
    '<h2>Invånarservice</h2><p>Invånarservice svarar på frågor om förskola, skola, äldreomsorg, bygglov, avfall och gator.</p>'
    '<p>Telefon 0980-319 250, vardagar 8–17<br>E-post invanarservice@kallbacken.se</p><p><a class="c-button" href="/chatt/">Chatta med Invånarservice</a></p>'
    '<p>Ansvarig för invånarservice är enhetschef Petra Holm.</p>'
    '<h2>Registrator</h2><p>Handlingar till kommunen skickas till registrator@kallbacken.se.</p>'
    '<h2>Press</h2><p><a href="/press/">Press och media</a></p>', [("Kontakta oss", None)])}
s["news"] = news("Kallbäckens", "Kallbäcken", street="Bäckvägen")
s["hits"] = {"invånarservice": [KO]}
SITES.append(s)
