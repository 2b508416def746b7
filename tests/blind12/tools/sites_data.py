"""Per-site content of the twelfth blind corpus (used by build_sites.py)."""
from __future__ import annotations

NEWS = [
    ("Ny förskola invigs i höst", "Den nya förskolan får plats för 120 barn och öppnar i oktober."),
    ("Så går budgetarbetet till", "Kommunfullmäktige beslutar om nästa års budget i november."),
    ("Badplatserna provtas varje vecka", "Miljöenheten tar vattenprover på alla kommunala badplatser under sommaren."),
    ("Vägarbete på Storgatan", "Mellan 10 juni och 30 augusti är Storgatan enkelriktad vid torget."),
    ("Fritidsgårdarna håller öppet i sommar", "Alla tre fritidsgårdar har öppet måndag till torsdag hela sommarlovet."),
    ("Nu kan du söka bidrag för kulturprojekt", "Föreningar och enskilda kan söka kulturbidrag fram till 15 september."),
    ("Matsvinnet i skolan har halverats", "Eleverna har vägt sina tallrikar i ett år och resultatet syns i statistiken."),
    ("Biblioteket förlänger öppettiderna", "Från augusti är huvudbiblioteket meröppet mellan 7 och 22 alla dagar."),
]


def base(kod, kommun, lan_kod, lan, gata, pn, tel, org, family, about):
    return {"kod": kod, "kommun": kommun, "lan_kod": lan_kod, "lan": lan, "gata": gata, "pn": pn,
            "tel": tel, "org": org, "family": family, "about": about, "news": list(NEWS),
            "heroline": "Här hittar du information och e-tjänster för dig som bor, verkar i eller besöker kommunen.",
            "pages": {}}


def generic_kontakt(s, extra=""):
    k = s["kommun"]
    return ("kontakt.html", f"Kontakt - {k}s kommun",
            f"<h1>Kontakt</h1><p>Du når kommunens växel på {s['tel']} vardagar 8–16.</p>{extra}")


ALL = []

# 9211 Aspby: sticky header with a Genvägar row
s = base("9211", "Aspby", "03", "Uppsala län", "Kyrkvägen 4", "11", "08-465 004 11", "1911", "sticky-genvagar",
         "Aspby är en landsbygdskommun med drygt 9 000 invånare, sjöar och en levande bruksort.")
s["sticky"] = True
s["header_extra"] = ('<div class="genvagar"><span class="genvagar-rubrik">Genvägar:</span> <a href="/lediga-jobb/">Lediga jobb</a> '
                     '<a href="/kontaktcenter/">Kontaktcenter</a> <a href="/matsedel/">Matsedel</a> <a href="/felanmalan/">Felanmälan</a></div>')
s["pages"]["/kontaktcenter/"] = ("kontaktcenter.html", "Kontaktcenter - Aspby kommun",
    "<h1>Kontaktcenter</h1><p>Kontaktcenter är din första väg in till kommunen. Vi tar emot frågor om barnomsorgsköer, sophämtning, "
    "bygglov och färdtjänst och löser de flesta ärenden direkt.</p><h2>Så når du oss</h2><ul><li>Telefon <a href=\"tel:0846500412\">08-465 004 12</a></li>"
    "<li>E-post: kontaktcenter@aspby.example</li><li>Telefontider måndag–fredag 8.00–16.30</li></ul>"
    "<p>Enhetschef för kontaktcenter: Gunilla Årmark.</p>")
s["pages"]["/kontakt/"] = generic_kontakt(s)
s["hits"] = {"kontaktcenter": ["/kontaktcenter/"]}
ALL.append(s)

# 9212 Brunnsta: quick-link icons under the hero
s = base("9212", "Brunnsta", "04", "Södermanlands län", "Torget 1", "12", "08-465 004 21", "1912", "quicklinks",
         "Brunnsta ligger vid kusten och har växt med tusen invånare på fem år.")
s["hero"] = ('<p>Sommar i Brunnsta – bad, båtliv och öppna gårdar.</p><ul class="ikonrad">'
             '<li><a href="/skola/"><img src="/ikon/skola.svg" alt=""><span>Skola</span></a></li>'
             '<li><a href="/avfall/"><img src="/ikon/avfall.svg" alt=""><span>Avfall</span></a></li>'
             '<li><a href="/servicecenter/"><img src="/ikon/prat.svg" alt=""><span>Servicecenter</span></a></li>'
             '<li><a href="/jobb/"><img src="/ikon/jobb.svg" alt=""><span>Jobb</span></a></li></ul>')
s["pages"]["/servicecenter/"] = ("servicecenter.html", "Servicecenter - Brunnsta kommun",
    "<h1>Servicecenter</h1><p>Hos oss får du svar på frågor om skolval, avgifter för äldreomsorg, parkeringstillstånd och "
    "renhållning.</p><p>Ring 08-465 004 22 eller skriv till servicecenter(at)brunnsta.example. Besök oss i kommunhuset, Torget 1.</p>"
    "<p>Kontaktperson för webbfrågor: Emil Sundh, handläggare.</p>")
s["pages"]["/kontakt/"] = generic_kontakt(s)
s["hits"] = {"servicecenter": ["/servicecenter/"]}
ALL.append(s)

# 9213 Dalsunda: hero slider, the unit on slide 3
s = base("9213", "Dalsunda", "20", "Dalarnas län", "Stationsgatan 9", "13", "0980-319 213", "1913", "hero-slider",
         "Dalsunda är känt för sina fäbodar och sitt stora vintersportområde.")
s["hero"] = ('<div class="slider" aria-roledescription="karusell"><div class="slide" aria-label="Bild 1 av 3"><h2>Sommarjobb för unga</h2>'
             '<a href="/sommarjobb/">Sök sommarjobb</a></div><div class="slide" aria-label="Bild 2 av 3" aria-hidden="true"><h2>Ny cykelväg</h2>'
             '<a href="/cykelvag/">Läs om cykelvägen</a></div><div class="slide" aria-label="Bild 3 av 3" aria-hidden="true"><h2>Frågor till kommunen?</h2>'
             '<a href="/medborgarservice/">Medborgarservice hjälper dig</a></div><button>Föregående</button><button>Nästa</button><button>Pausa</button></div>')
s["pages"]["/medborgarservice/"] = ("medborgarservice.html", "Medborgarservice - Dalsunda kommun",
    "<h1>Medborgarservice</h1><p>Vi finns här för dig som har frågor till kommunen. Hör av dig om du undrar något!</p>"
    "<p>Telefon 0980-319 214, e-post medborgarservice@dalsunda.example. Öppet vardagar 9–15.</p>"
    "<p>Medborgarservice leds av enhetschef Jonas Rapp.</p>")
s["pages"]["/kontakt/"] = generic_kontakt(s)
ALL.append(s)

# 9214 Eksund: floating Kontakta oss button
s = base("9214", "Eksund", "06", "Jönköpings län", "Storgatan 30", "14", "031-390 06 14", "1914", "floating-button",
         "Eksund har en av landets äldsta marknader och ett rikt föreningsliv.")
s["floating"] = '<a class="float" href="/kontakta-oss/">Kontakta oss</a>'
s["pages"]["/kontakta-oss/"] = ("kontakta-oss.html", "Kundtjänst - Eksunds kommun",
    "<h1>Kundtjänst</h1><p>Kundtjänst tar emot dina frågor och synpunkter om kommunens verksamheter. Vi kan hjälpa dig med "
    "felanmälningar om gatubelysning, frågor om bygglov och barnomsorgsavgifter.</p><p>Telefon 031-390 06 15.</p>"
    "<p>Kundtjänstchef: Hanna Eld.</p>")
s["hits"] = {"kundtjänst": ["/kontakta-oss/"]}
ALL.append(s)

# 9215 Fröslöv: language switcher bar with Kundcenter
s = base("9215", "Fröslöv", "12", "Skåne län", "Rådhustorget 2", "15", "040-628 04 15", "1915", "language-bar",
         "Fröslöv är en jordbruksbygd på slätten med närhet till både hav och stad.")
s["topbar"] = ('<div class="sprak"><a href="/" lang="sv">Svenska</a> <a href="/en/" lang="en">English</a> <a href="/ar/" lang="ar">العربية</a> '
               '<a href="/fi/" lang="fi">Suomi</a> | <a href="/lyssna/">Lyssna</a> <a href="/lattlast/">Lättläst</a> '
               '<a href="/kundcenter/">Kundcenter</a></div>')
s["pages"]["/kundcenter/"] = ("kundcenter.html", "Kundcenter - Fröslövs kommun",
    "<h1>Kundcenter</h1><p>Välkommen till kommunens kundcenter. Här får du kommunens service.</p>"
    "<p>Ring 040-628 04 16 eller mejla kundcenter@froslov.example.</p><p>Sidansvarig: Lisa Malm, webbredaktör.</p>")
s["pages"]["/kontakt/"] = generic_kontakt(s)
ALL.append(s)

# 9216 Gnestad: two-column layout, menu on the right
s = base("9216", "Gnestad", "05", "Östergötlands län", "Kanalgatan 5", "16", "08-465 004 16", "1916", "right-menu",
         "Gnestad ligger vid Göta kanal och lockar många båtturister varje sommar.")
s["layout"] = "right"
s["menu_extra"] = [("Kontakt", "/kontakt/")]
s["redirects"] = {"/kontakt/": ["/invanarservice/", 301]}
s["pages"]["/invanarservice/"] = ("invanarservice.html", "Invånarservice - Gnestads kommun",
    "<h1>Invånarservice</h1><p>Invånarservice svarar på frågor om bland annat skolskjuts, hemtjänst, avfallstaxor och "
    "tillstånd för eldning.</p><table><tr><th>Telefon</th><td>08-465 004 17</td></tr><tr><th>Telefontid</th><td>mån–tors 8–17, fre 8–15</td></tr>"
    "<tr><th>Besöksadress</th><td>Kanalgatan 5</td></tr></table>"
    "<div class=\"kort\"><p>Pia Ljung</p><p>Enhetschef, Invånarservice</p></div>")
ALL.append(s)

# 9217 Hovsta: I fokus section right after the hero
s = base("9217", "Hovsta", "07", "Kronobergs län", "Skolgatan 12", "17", "031-390 06 17", "1917", "i-fokus",
         "Hovsta är en skogskommun med starka traditioner inom trä och glas.")
s["after_hero"] = ('<section class="fokus"><h2>I fokus</h2><div class="fokus-kort"><a href="/kontaktcentret/">Kontaktcentret har '
                   'nya telefontider i sommar</a></div><div class="fokus-kort"><a href="/simskola/">Anmäl till simskolan</a></div>'
                   '<div class="fokus-kort"><a href="/valet/">Så röstar du</a></div></section>')
s["pages"]["/kontaktcentret/"] = ("kontaktcentret.html", "Kontaktcentret - Hovsta kommun",
    "<h1>Kontaktcentret</h1><p>Under juni–augusti har kontaktcentret kortare telefontider: vardagar 9–12.</p>"
    "<p>Telefon 031-390 06 18.</p>")
s["pages"]["/kontakt/"] = generic_kontakt(s)
ALL.append(s)

# 9218 Istorp: Populära sidor halfway down, breadcrumb on front page, excluded alert
s = base("9218", "Istorp", "14", "Västra Götalands län", "Ågatan 3", "18", "031-390 06 19", "1918", "popular-list",
         "Istorp har ett av regionens största handelsområden och en gammal stadskärna.")
s["breadcrumb"] = '<nav class="bc" aria-label="Du är här"><ol><li><a href="/">Startsida</a></li></ol></nav>'
s["alert"] = ('<div class="alert" role="alert">Istorps Energi AB:s kundtjänst har tekniska problem idag. '
              '<a href="/driftinformation/">Läs mer</a></div>')
s["middle"] = ('<section class="populart"><h2>Populära sidor</h2><ul><li><a href="/matsedel/">Matsedel</a></li>'
               '<li><a href="/medborgarcenter/">Medborgarcenter</a></li><li><a href="/badplatser/">Badplatser</a></li>'
               '<li><a href="/sophamtning/">Sophämtning</a></li></ul></section>')
s["pages"]["/medborgarcenter/"] = ("medborgarcenter.html", "Medborgarcenter - Istorps kommun",
    "<h1>Medborgarcenter</h1><p>Medborgarcenter svarar på frågor om kommunens verksamheter, till exempel förskoleköer och bygglov.</p>"
    "<p>Du når oss på e-post medborgarcenter@istorp.example.</p><p>Handläggare: Olle Ruda.</p>")
s["pages"]["/kontakt/"] = generic_kontakt(s)
ALL.append(s)

# 9219 Jällby: footer first column with Kontakta oss -> generic page; only excluded names
s = base("9219", "Jällby", "22", "Västernorrlands län", "Hamngatan 8", "19", "0980-319 219", "1919", "footer-first-col",
         "Jällby är en kustkommun med höga berg och djupa vikar.")
s["footer"] = ('<footer class="ft"><div class="ft-col"><h2>Kontakta oss</h2><p><a href="/kontakta-oss/">Kontakta oss</a></p>'
               '<p>Växel 0980-319 219</p><p>Kommunhuset, Hamngatan 8, 999 19 Jällby</p></div><div class="ft-col"><h2>Om webbplatsen</h2>'
               '<ul><li><a href="/tillganglighet/">Tillgänglighetsredogörelse</a></li><li><a href="/kakor/">Om kakor</a></li></ul>'
               '<p>Org.nr 212000-1919</p><p>E-post: info@jallby.example</p></div></footer>')
s["pages"]["/kontakta-oss/"] = ("kontakta-oss.html", "Kontakta oss - Jällby kommun",
    "<h1>Kontakta oss</h1><p>Ring växeln 0980-319 219 så kopplar vi dig rätt. Du kan också skriva till info@jallby.example.</p>"
    "<p>Frågor om skatt och folkbokföring besvaras av Statens servicecenter i Härnöviken.</p>"
    "<p>Frågor om fjärrvärme: Jällby Energi AB:s kundtjänst, 0980-319 220.</p>")
ALL.append(s)

# 9220 Kåsjö: 403 everywhere
s = base("9220", "Kåsjö", "25", "Norrbottens län", "Storgatan 1", "20", "0980-319 221", "1920", "forbidden",
         "Kåsjö.")
s["front_status"] = 403
ALL.append(s)
