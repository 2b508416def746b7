"""Write tests/blind55/sites/ (a typing aid; the written files are the corpus, labels are by hand).

    python3 tests/blind55/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chrome import FAMILIES

ROOT = Path(__file__).resolve().parent.parent / "sites"
SHY = "&shy;"

EVENTS = ('<section class="evenemang"><h2>Evenemang</h2><ul>'
          '<li><time datetime="2026-12-12">12 dec</time> <a href="/evenemang/luciakonsert/">Luciakonsert i kyrkan</a></li>'
          '<li><time datetime="2026-12-19">19 dec</time> <a href="/evenemang/julmarknad/">Julmarknad på torget</a></li>'
          '<li><time datetime="2027-01-10">10 jan</time> <a href="/evenemang/skridsko/">Skridskodisco på isbanan</a></li>'
          '</ul><p><a href="/evenemang/">Alla evenemang</a></p></section>\n')
ESERV = ('<section class="e-tjanster"><h2>Populära e-tjänster</h2><ul>'
         '<li><a href="/e-tjanster/forskoleplats/">Ansök om förskoleplats</a></li>'
         '<li><a href="/e-tjanster/felanmalan/">Felanmälan gata och park</a></li>'
         '<li><a href="/e-tjanster/bygglov/">Ansök om bygglov</a></li>'
         '<li><a href="/e-tjanster/parkeringstillstand/">Parkeringstillstånd</a></li>'
         '<li><a href="/e-tjanster/">Alla e-tjänster</a></li></ul></section>\n')
AO = ('<section class="a-o"><h2>A–Ö</h2><p>' + " ".join(
    f'<a href="/a-o/{c.lower()}/">{c}</a>' for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ".replace("Å", "").replace("Ä", "").replace("Ö", ""))
    + ' <a href="/a-o/aa/">Å</a> <a href="/a-o/ae/">Ä</a> <a href="/a-o/oe/">Ö</a></p></section>\n')


def jobs(k: dict) -> str:
    return ('<section class="jobb"><h2>Lediga jobb</h2><ul>'
            '<li><a href="/jobb/underskoterska/">Undersköterska till hemtjänsten</a></li>'
            '<li><a href="/jobb/larare-ma-no/">Lärare i matematik och NO, 7–9</a></li>'
            '<li><a href="/jobb/va-tekniker/">VA-tekniker</a></li></ul>'
            '<p><a href="/jobb/">Se alla lediga jobb</a></p></section>\n')


def front_main(k: dict) -> str:
    h1, lead, cards = k["hero"]
    cl = "".join(f'<li class="hero-card"><a href="{h}">{t}</a></li>' for t, h in cards)
    news = "".join(f'<li class="teaser"><a href="{h}"><h3>{t}</h3></a><p>{x}</p></li>' for t, h, x in k["news"])
    main = (f'<section class="hero"><h1>{h1}</h1><p>{lead}</p><ul class="hero-cards">{cl}</ul></section>\n'
            f'<section class="driftinfo"><h2>Driftinformation</h2><p>{k["drift"]}</p></section>\n'
            f'<section class="nyheter"><h2>Nyheter</h2><ul>{news}</ul><p><a href="/nyheter/">Fler nyheter</a></p></section>\n'
            + ESERV + EVENTS + jobs(k) + AO)
    if k["family"] == "soup":
        main = main.replace("<section", "<div").replace("</section>", "</div>").replace("<h2>", '<div class="h7">').replace("</h2>", "</div>")
    return main


def std_pages(k: dict) -> dict:
    """Pages every site has; a site may override any of them."""
    n, g = k["kommun"], k["gen"]
    news_list = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h, _ in k["news"])
    return {
        "/lattlast/": ("lattlast.html", f"Lättläst - {g} kommun", "Lättläst",
                       f"<p>Här kan du läsa om {n} kommun på lätt svenska.</p><p>Kommunen bestämmer om skolor, "
                       "äldreomsorg, vatten och sopor.</p><p>Vill du fråga något? Ring kommunens växel "
                       f"{k['tel']}.</p>"),
        "/en/": ("en.html", f"In English - {g} kommun", f"Welcome to {n} Municipality",
                 f"<p lang=\"en\">{n} is a municipality with about 14,000 inhabitants. Here is some basic "
                 "information in English.</p><p lang=\"en\">Switchboard: " + k["tel"] + "</p>"),
        "/tillganglighetsredogorelse/": ("tillganglighet.html", f"Tillgänglighetsredogörelse - {g} kommun",
                                         "Tillgänglighetsredogörelse",
                                         f"<p>{n} kommun står bakom den här webbplatsen. Vi vill att så många som "
                                         "möjligt ska kunna använda den.</p><h2>Kända brister</h2><ul><li>Vissa "
                                         "PDF-dokument är inte tillgängliga.</li><li>Några filmer saknar "
                                         "syntolkning.</li></ul><p>Tillsyn: Myndigheten för digital förvaltning "
                                         "(Digg).</p><p>Redogörelsen uppdaterades den 1 oktober 2026.</p>"),
        "/om-webbplatsen/kakor/": ("kakor.html", f"Kakor - {g} kommun", "Kakor på webbplatsen",
                                   "<p>Vi använder nödvändiga kakor för att webbplatsen ska fungera och, om du "
                                   "godkänner det, kakor för besöksstatistik.</p><table><tr><th>Kaka</th><th>Syfte"
                                   "</th></tr><tr><td>consent</td><td>Sparar ditt val</td></tr><tr><td>_stat"
                                   "</td><td>Besöksstatistik</td></tr></table>"),
        "/nyheter/": ("nyheter.html", f"Nyheter - {g} kommun", "Nyheter", f"<ul class=\"newslist\">{news_list}</ul>"),
        "/jobb/": ("jobb.html", f"Lediga jobb - {g} kommun", "Lediga jobb",
                   f"<p>Vill du arbeta i {g} kommun? Här är våra lediga tjänster.</p><ul>"
                   "<li><a href=\"/jobb/underskoterska/\">Undersköterska till hemtjänsten</a></li>"
                   "<li><a href=\"/jobb/larare-ma-no/\">Lärare i matematik och NO, 7–9</a></li>"
                   "<li><a href=\"/jobb/va-tekniker/\">VA-tekniker</a></li></ul>"),
        "/kommun-och-politik/": ("kommun-och-politik.html", f"Kommun och politik - {g} kommun", "Kommun och politik",
                                 "<ul class=\"area-links\"><li><a href=\"/kommun-och-politik/organisation/\">"
                                 "Organisation</a> – förvaltningar, bolag och chefer</li>"
                                 "<li><a href=\"/kommun-och-politik/politik-och-beslut/\">Politik och beslut</a></li>"
                                 "<li><a href=\"/kommun-och-politik/ekonomi/\">Ekonomi</a></li></ul>"),
        "/kommun-och-politik/organisation/": ("organisation.html", f"Organisation - {g} kommun", "Organisation",
                                              f"<p>{g} kommun har fyra förvaltningar och två helägda bolag.</p>"
                                              "<table class=\"org\"><tr><th>Verksamhet</th><th>Chef</th></tr>"
                                              f"<tr><td>Kommunledningsförvaltningen</td><td>Kommundirektör "
                                              f"{k['kd']}</td></tr><tr><td>Barn- och utbildningsförvaltningen</td>"
                                              "<td>Förvaltningschef Sara Holmqvist</td></tr><tr><td>Omsorgsförvaltningen"
                                              "</td><td>Förvaltningschef Jamal Karimi</td></tr><tr><td>Samhällsbyggnads"
                                              "förvaltningen</td><td>Förvaltningschef Tove Lindahl</td></tr></table>"),
    }


def sok_main() -> str:
    return "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->\n"


# =============================================================== the ten sites
SITES: list[dict] = []

# ---- 9627 Bredåker: semantic, "Kontakt Bredåker", tabs, hours table with exceptions -------------
SITES.append(dict(
    kod="9627", kommun="Bredåker", gen="Bredåkers", lan_kod="01", lan="Stockholms län", family="semantic",
    tel="08-465 004 00", mail="kommunen@bredaker.se", addr="Storgatan 12", post="999 31 Bredåker",
    orgnr="212000-9627", kd="Henrik Alm",
    top_extra=[("Kontakt&nbsp;Bredåker", "/kontakt-bredaker")],
    header_links=[("Kontakta oss", "/kontakt/")],
    hero=("Välkommen till Bredåkers kommun", "Här hittar du service och information för dig som bor, "
          "arbetar eller driver företag i Bredåker.",
          [("Förskola och skola", "/barn-och-utbildning/"), ("Lediga tomter", "/bygga-bo-och-miljo/tomter/"),
           ("Trafikstörningar", "/trafik-och-resor/trafikstorningar/")]),
    news=[("Statens servicecenter öppnar kontor i Bredåker", "/nyheter/statens-servicecenter/",
           "Från februari kan du få hjälp med Försäkringskassans och Skatteverkets ärenden på Storgatan."),
          ("Nya tider för återvinningscentralen", "/nyheter/atervinningscentralen/",
           "Vintertider gäller från 1 december.")],
    drift="Vattenavstängning på Björkvägen 8 december kl. 9–12.",
    footer_extra='<p class="bolag">Elfrågor: Bredåkers Energi AB – kundservice, 08-465 004 90</p>\n',
    redirects={"/kontakt-bredaker": ["/kontakt-bredaker/", 301]},
    search={"path": "/sok/", "param": "q",
            "hits": {"kontakt bredåker": ["/kontakt-bredaker/"], "kontaktcenter": ["/kontakt-bredaker/"],
                     "kontakt": ["/kontakt-bredaker/", "/kontakt/"]}},
    pages={
        "/kontakt-bredaker/": ("kontakt-bredaker.html", "Kontakt Bredåker - Bredåkers kommun", "Kontakt Bredåker",
            "<p class=\"lead\">Kontakt Bredåker är kommunens kontaktcenter och din väg in till kommunen.</p>\n"
            "<h2>Det här kan vi hjälpa dig med</h2>\n<ul><li>ansökan om förskoleplats, skolskjuts och fritids</li>"
            "<li>sophämtning, slamtömning och sorteringsfrågor</li><li>bygglov – vi svarar på enkla frågor och bokar tid "
            "hos en handläggare</li><li>felanmälan av gator, parker och belysning</li></ul>\n"
            "<div class=\"tabs\"><div role=\"tablist\" aria-label=\"Kontaktvägar\">"
            "<button role=\"tab\" id=\"t1\" aria-selected=\"true\" aria-controls=\"p1\">Ring oss</button>"
            "<button role=\"tab\" id=\"t2\" aria-selected=\"false\" aria-controls=\"p2\" tabindex=\"-1\">Öppettider</button>"
            "<button role=\"tab\" id=\"t3\" aria-selected=\"false\" aria-controls=\"p3\" tabindex=\"-1\">Besök oss</button>"
            "</div>\n<div role=\"tabpanel\" id=\"p1\" aria-labelledby=\"t1\"><p>Ring 08-465&nbsp;004&nbsp;10. "
            "Vi pratar svenska och engelska.</p></div>\n"
            "<div role=\"tabpanel\" id=\"p2\" aria-labelledby=\"t2\" hidden><table class=\"oppettider\">"
            "<caption>Öppettider telefon och besök</caption><tr><th>Dag</th><th>Tid</th></tr>"
            "<tr><td>Måndag–torsdag</td><td>8.00–17.00</td></tr><tr><td>Fredag</td><td>8.00–15.00</td></tr>"
            "<tr><th colspan=\"2\">Avvikande öppettider</th></tr><tr><td>24 december</td><td>Stängt</td></tr>"
            "<tr><td>31 december</td><td>8.00–12.00</td></tr><tr><td>5 januari</td><td>8.00–13.00</td></tr></table></div>\n"
            "<div role=\"tabpanel\" id=\"p3\" aria-labelledby=\"t3\" hidden><p>Besöksadress: Kommunhuset, "
            "Storgatan 12, entréplan.</p></div></div>\n"
            "<p><a href=\"/kontakt-bredaker/lattlast/\">Kontakt Bredåker på lättläst svenska</a> · "
            "<a href=\"/en/contact-bredaker/\" lang=\"en\">Contact Bredåker in English</a></p>\n"
            "<p>Läs mer: <a href=\"/kommun-och-politik/organisation/\">Så är kommunen organiserad</a></p>\n"
            "<script>document.querySelectorAll('[role=tab]').forEach(function(t){t.addEventListener('click',function(){"
            "document.querySelectorAll('[role=tabpanel]').forEach(function(p){p.hidden=p.id!==t.getAttribute('aria-controls');});"
            "});});</script>\n"),
        "/kontakt-bredaker/lattlast/": ("kontakt-lattlast.html", "Kontakt Bredåker – lättläst - Bredåkers kommun",
            "Kontakt Bredåker – lättläst",
            "<p>Kontakt Bredåker svarar på frågor.</p><p>Du kan ringa oss.</p><p>Du kan komma till oss i kommunhuset.</p>"),
        "/en/contact-bredaker/": ("en-contact.html", "Contact Bredåker - Bredåkers kommun", "Contact Bredåker",
            "<p lang=\"en\">Contact Bredåker is the municipality's contact centre. We answer questions about "
            "schools, waste collection and building permits. Phone +46 8 465 004 10.</p>"),
        "/kontakt/": ("kontakt.html", "Kontakta oss - Bredåkers kommun", "Kontakta oss",
            "<p>Växel: 08-465 004 00</p><p>E-post: kommunen@bredaker.se</p><p>Postadress: Bredåkers kommun, "
            "999 31 Bredåker</p><p>Har du frågor om kommunens verksamheter? Vänd dig till "
            "<a href=\"/kontakt-bredaker/\">Kontakt Bredåker</a>.</p>"),
        "/kommun-och-politik/organisation/": ("organisation.html", "Organisation - Bredåkers kommun", "Organisation",
            "<p>Bredåkers kommun har fyra förvaltningar.</p><table class=\"org\"><caption>Chefer</caption>"
            "<tr><th>Verksamhet</th><th>Roll</th><th>Namn</th></tr>"
            "<tr><td>Kommunledningsförvaltningen</td><td>Kommundirektör</td><td>Henrik Alm</td></tr>"
            "<tr><td>Kommunikationsavdelningen</td><td>Kommunikationschef</td><td>Petra Nord</td></tr>"
            "<tr><td>Kontakt Bredåker</td><td>Enhetschef</td><td>Linnea Sjögren</td></tr>"
            "<tr><td>Barn- och utbildningsförvaltningen</td><td>Förvaltningschef</td><td>Sara Holmqvist</td></tr>"
            "</table>"),
        "/nyheter/statens-servicecenter/": ("nyhet-statens.html", "Statens servicecenter öppnar kontor i Bredåker - Bredåkers kommun",
            "Statens servicecenter öppnar kontor i Bredåker",
            "<p class=\"date\">2026-11-20</p><p>Statens servicecenter öppnar ett servicekontor på Storgatan 3. "
            "Där får du hjälp med ärenden hos Försäkringskassan, Pensionsmyndigheten och Skatteverket.</p>"),
        "/nyheter/atervinningscentralen/": ("nyhet-avc.html", "Nya tider för återvinningscentralen - Bredåkers kommun",
            "Nya tider för återvinningscentralen", "<p class=\"date\">2026-11-28</p><p>Från 1 december har "
            "återvinningscentralen öppet tisdag och torsdag 12–19 samt lördag 9–14.</p>"),
    },
))

# ---- 9628 Lillsund: 2000s tables, Windows-1252 bytes served as iso-8859-1, entities ---------------
SITES.append(dict(
    kod="9628", kommun="Lillsund", gen="Lillsunds", lan_kod="14", lan="Västra Götalands län", family="table",
    enc="cp1252", ctype="text/html; charset=iso-8859-1",
    tel="031-390 06 00", mail="info@lillsund.se", addr="Torget 1", post="999 42 Lillsund",
    orgnr="212000-9628", kd="Birgitta Sand",
    top_extra=[("MEDBORGARSERVICE", "/medborgarservice.asp")],
    inject={"bygga-bo-och-miljo": [("Bygglovsservice", "/bygglovsservice.asp")]},
    header_links=[("Kontakt", "/kontakt.asp")],
    hero=("V&auml;lkommen till Lillsunds kommun", "Lillsund – kustkommunen med närhet till allt.",
          [("Badtemperaturer", "/kultur-och-fritid/bad/"), ("Sophämtning", "/bygga-bo-och-miljo/sophamtning/"),
           ("Skolmat", "/barn-och-utbildning/skolmat/")]),
    news=[("Ny gång- och cykelväg längs Strandvägen", "/nyheter/cykelvag.asp",
           "Arbetet startar i mars och beräknas vara klart till sommaren."),
          ("Lillsunds Energi byter elmätare", "/nyheter/elmatare.asp",
           "Under våren byts alla elmätare i tätorten.")],
    drift="Inga kända störningar just nu.",
    footer_extra=('<p>Elfrågor: Lillsunds Energi AB – kundtjänst 031-390 06 90</p>\n'),
    search={"path": "/sok.asp", "param": "q",
            "hits": {"medborgarservice": ["/medborgarservice.asp"], "kundtjänst": ["/nyheter/elmatare.asp"]}},
    pages={
        "/medborgarservice.asp": ("medborgarservice.html", "Medborgarservice - Lillsunds kommun", "Medborgar&shy;service",
            "<p><b>Hos Medborgarservice f&aring;r du hj&auml;lp med fr&aring;gor om</b></p>\n<ul>"
            "<li>bygglov och strandskydd</li><li>f&ouml;rskola och fritids</li><li>parkeringstillst&aring;nd</li>"
            "<li>avfall och &aring;tervinning</li><li>b&aring;tplatser i kommunens hamnar</li></ul>\n"
            "<p>Ring oss p&aring; <b>031-390&nbsp;06&nbsp;20</b> eller bes&ouml;k oss i kommunhuset, Torget 1.</p>\n"
            "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\"><tr><th colspan=\"2\">&Ouml;ppettider</th></tr>"
            "<tr><td>M&aring;ndag–torsdag</td><td>08.00–16.30</td></tr><tr><td>Fredag</td><td>08.00–15.00</td></tr>"
            "<tr><td>Lunchst&auml;ngt</td><td>12.00–12.45</td></tr>"
            "<tr><td colspan=\"2\"><i>Avvikande: Trettondagsafton 08.00–12.00 • Sk&auml;rtorsdag 08.00–12.00 • "
            "Midsommarafton st&auml;ngt</i></td></tr></table>\n"
            "<p>”Vi finns h&auml;r f&ouml;r dig…”</p>\n"
            "<p><font size=\"1\">Kommunv&auml;gledare: Hanna Berg, Omar Said, Lisa Kron<br>"
            "Sidansvarig: Per Holm, webbredakt&ouml;r</font></p>\n"
            "<p><a href=\"/medborgarservice-en.asp\">In English</a></p>\n"),
        "/medborgarservice-en.asp": ("medborgarservice-en.html", "Citizen Service - Lillsunds kommun", "Citizen Service",
            "<p lang=\"en\">Medborgarservice (Citizen Service) helps you with questions about building permits, "
            "preschool and parking. Call 031-390 06 20.</p>"),
        "/bygglovsservice.asp": ("bygglovsservice.html", "Bygglovsservice - Lillsunds kommun", "Bygglovsservice",
            "<p>Bygglovsservice svarar p&aring; fr&aring;gor om bygglov, rivningslov och marklov, telefon "
            "031-390 06 40 tisdag och torsdag 9–11.</p><p>Enhetschef f&ouml;r bygglov: Mats Ek.</p>"),
        "/kontakt.asp": ("kontakt.html", "Kontakt - Lillsunds kommun", "Kontakt",
            "<p>V&auml;xel 031-390 06 00<br>E-post info@lillsund.se<br>Postadress: Lillsunds kommun, 999 42 Lillsund</p>"),
        "/nyheter/cykelvag.asp": ("nyhet-cykel.html", "Ny gång- och cykelväg - Lillsunds kommun",
            "Ny gång- och cykelväg längs Strandvägen", "<p>2026-11-02</p><p>Arbetet startar i mars.</p>"),
        "/nyheter/elmatare.asp": ("nyhet-el.html", "Lillsunds Energi byter elmätare - Lillsunds kommun",
            "Lillsunds Energi byter elmätare", "<p>2026-10-15</p><p>Frågor om bytet besvaras av Lillsunds Energi "
            "AB:s kundtjänst, 031-390 06 90, vardagar 8–16. Kundtjänstchef: Roger Wall.</p>"),
    },
))

# ---- 9629 Norrhamra: Sitevision, "Kommunens växel och kontaktcenter" in a closed mega-menu -------
SITES.append(dict(
    kod="9629", kommun="Norrhamra", gen="Norrhamra", lan_kod="12", lan="Skåne län", family="sitevision",
    n_areas=7, tel="040-628 04 00", mail="kommun@norrhamra.se", addr="Rådhusgatan 4", post="999 53 Norrhamra",
    orgnr="212000-9629", kd="Karl-Johan Fors",
    inject={"kommun-och-politik": [("Kommunens växel och kontaktcenter", "/kommun-och-politik/vaxel-och-kontaktcenter.html")],
            "naringsliv-och-arbete": [("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag.html")]},
    header_links=[("Kontakta oss", "/kontakta-oss.html")],
    hero=("Norrhamra kommun", "Vad vill du göra idag?",
          [("Felanmälan", "/e-tjanster/felanmalan/"), ("Lediga jobb", "/jobb/"), ("Skolmat", "/barn-och-utbildning/skolmat/")]),
    news=[("Kommunfullmäktige sammanträder 14 december", "/nyheter/kf-december.html", "Sammanträdet sänds på webben."),
          ("Nu kan du ansöka om föreningsbidrag", "/nyheter/foreningsbidrag.html", "Sista ansökningsdag är 31 januari.")],
    drift="Snöröjning pågår i hela tätorten.",
    search={"path": "/sok.html", "param": "query",
            "hits": {"kontaktcenter": ["/kommun-och-politik/vaxel-och-kontaktcenter.html"],
                     "växel": ["/kommun-och-politik/vaxel-och-kontaktcenter.html", "/kontakta-oss.html"],
                     "servicecenter": ["/naringsliv-och-arbete/servicecenter-for-foretag.html"]}},
    pages={
        "/kommun-och-politik/vaxel-och-kontaktcenter.html": ("vaxel-kontaktcenter.html",
            "Kommunens växel och kontaktcenter - Norrhamra kommun", "Kommunens växel och kontaktcenter",
            "<div class=\"sv-text-portlet\"><p class=\"normal\">Ring, mejla eller chatta med oss. "
            "Vi hjälper dig med bland annat:</p></div>\n"
            "<div class=\"sv-linklist-portlet sv-portlet\"><ul class=\"sv-linklist\">"
            "<li><a href=\"/barn-och-utbildning/forskola/\">Förskola och skola</a></li>"
            "<li><a href=\"/bygga-bo-och-miljo/bygglov/\">Bygglov</a></li>"
            "<li><a href=\"/bygga-bo-och-miljo/avfall-och-atervinning/\">Avfall och återvinning</a></li>"
            "<li><a href=\"/trafik-och-resor/parkering/\">Parkeringstillstånd</a></li>"
            "<li><a href=\"/omsorg-och-hjalp/fardtjanst/\">Färdtjänst</a></li>"
            "<li><a href=\"/e-tjanster/felanmalan/\">Felanmälan</a></li>"
            "<li><a href=\"/kultur-och-fritid/bibliotek/\">Bibliotek</a></li>"
            "<li><a href=\"/omsorg-och-hjalp/hemtjanst/\">Hemtjänst</a></li></ul></div>\n"
            "<div class=\"sv-text-portlet\"><h2 class=\"subheading\">Kontaktuppgifter</h2>"
            "<p>Telefon: 040-628&nbsp;04&nbsp;00<br>E-post: kontaktcenter&#64;norrhamra.se</p>"
            "<button class=\"sv-chat-button\" type=\"button\">Chatta med oss</button></div>\n"
            "<div class=\"sv-linklist-portlet sv-portlet\"><h2 class=\"subheading\">Relaterade sidor</h2>"
            "<ul class=\"sv-linklist\"><li><a href=\"/kommun-och-politik/organisation/\">Organisation</a></li>"
            "<li><a href=\"/kommun-och-politik/synpunkter/\">Synpunkter och klagomål</a></li>"
            "<li><a href=\"/en/\">Information in English</a></li></ul></div>\n"),
        "/kommun-och-politik/organisation/": ("organisation.html", "Organisation - Norrhamra kommun", "Organisation",
            "<p>Kommunstyrelsens förvaltning leds av kommundirektör Karl-Johan Fors.</p>"
            "<h2>Kommunledningskontoret</h2><ul><li>Ekonomichef: Anneli Wahl</li><li>HR-chef: Olle Strid</li>"
            "<li>Enhetschef för växel och kontaktcenter: Jonas Lund</li></ul>"),
        "/kontakta-oss.html": ("kontakta-oss.html", "Kontakta oss - Norrhamra kommun", "Kontakta oss",
            "<p>Växel: 040-628 04 00</p><p>Postadress: Norrhamra kommun, 999 53 Norrhamra</p>"
            "<p>E-post till registrator: registrator@norrhamra.se</p>"
            "<div class=\"sv-teaser\"><a href=\"/kommun-och-politik/vaxel-och-kontaktcenter.html\">"
            "Kommunens växel och kontaktcenter</a></div><div class=\"sv-teaser\"><a href=\"/press/\">Press</a></div>"),
        "/naringsliv-och-arbete/servicecenter-for-foretag.html": ("servicecenter-foretag.html",
            "Servicecenter för företag - Norrhamra kommun", "Servicecenter för företag",
            "<p>Servicecenter för företag hjälper dig som vill starta eller driva företag med tillstånd, "
            "lokaler och upphandling. Telefon 040-628 04 30, foretag@norrhamra.se.</p>"
            "<p>Enhetschef för Servicecenter för företag: Malin Rydh</p>"),
        "/nyheter/kf-december.html": ("nyhet-kf.html", "Kommunfullmäktige 14 december - Norrhamra kommun",
            "Kommunfullmäktige sammanträder 14 december", "<p>Sammanträdet börjar kl. 18.</p>"),
        "/nyheter/foreningsbidrag.html": ("nyhet-bidrag.html", "Föreningsbidrag - Norrhamra kommun",
            "Nu kan du ansöka om föreningsbidrag", "<p>Sista ansökningsdag är 31 januari.</p>"),
    },
))

# ---- 9630 Västrarp: Municipio drawer, Invånarservice, big FAQ, lättläst version -----------------
FAQ30 = [
    ("Hur ansöker jag om plats i förskolan?", "Du ansöker i e-tjänsten. Invånarservice hjälper dig gärna om du inte har e-legitimation."),
    ("När töms mina sopkärl?", "Hämtschemat finns i e-tjänsten Min sophämtning. Vi kan också slå upp din hämtdag."),
    ("Behöver jag bygglov för ett attefallshus?", "Oftast räcker en anmälan. Vi förklarar vad som gäller och kopplar dig vidare."),
    ("Hur får jag parkeringstillstånd för rörelsehindrade?", "Vi skickar blanketten och hjälper dig fylla i den."),
    ("Var felanmäler jag en trasig gatlampa?", "Använd e-tjänsten Felanmälan eller ring oss."),
    ("Kan jag få hjälp att söka färdtjänst?", "Ja, vi hjälper dig med ansökan och svarar på frågor om reglerna."),
    ("Hur bokar jag en lokal eller idrottshall?", "Bokning görs i bokningssystemet. Vi hjälper dig som är ny."),
    ("Var hittar jag protokoll från nämnderna?", "Protokoll publiceras på sidan Politik och beslut."),
    ("Hur betalar jag min faktura för vatten och avlopp?", "Vi svarar på frågor om fakturan och kan ordna autogiro."),
    ("Hur anmäler jag en flytt av mitt barn till en annan skola?", "Skolbyte anmäls i e-tjänsten Skolval."),
    ("Kan jag lämna synpunkter på kommunens verksamhet?", "Ja, via e-tjänsten Synpunkter eller hos oss."),
    ("Hur får jag ett intyg om betald barnomsorgsavgift?", "Beställ intyget hos oss, så skickas det hem."),
]
SITES.append(dict(
    kod="9630", kommun="Västrarp", gen="Västrarps", lan_kod="22", lan="Västernorrlands län", family="municipio",
    tel="0980-319 200", mail="kommun@vastrarp.se", addr="Kyrkallén 2", post="999 64 Västrarp",
    orgnr="212000-9630", kd="Ingrid Moberg",
    inject={"kommun-och-politik": [("Invånarservice", "/kommun-och-politik/invanarservice/")],
            "barn-och-utbildning": [("Skolservice", "/barn-och-utbildning/skolservice/")]},
    header_links=[("Kontakt", "/kontakt/")],
    hero=("Västrarp – nära till allt", "Nyheter, e-tjänster och information från Västrarps kommun.",
          [("Bo och bygga", "/bygga-bo-och-miljo/"), ("Jobba hos oss", "/jobb/"), ("Uppleva", "/kultur-och-fritid/")]),
    news=[("Västrarps Bostäder öppnar nytt kundcenter", "/nyheter/bostader-kundcenter/",
           "Bostadsbolagets kundcenter flyttar till Stationshuset."),
          ("Julbord för seniorer", "/nyheter/julbord/", "Anmäl dig senast 10 december.")],
    drift="Fiberarbeten på Skolgatan vecka 50.",
    search={"path": "/", "param": "s",
            "hits": {"invånarservice": ["/kommun-och-politik/invanarservice/", "/lattlast/invanarservice/"],
                     "kundcenter": ["/nyheter/bostader-kundcenter/"]}},
    pages={
        "/kommun-och-politik/invanarservice/": ("invanarservice.html", "Invånarservice – Västrarps kommun",
            "Invånar" + SHY + "service",
            "<p class=\"c-lead\">Invånarservice svarar på de vanligaste frågorna om kommunens verksamheter. "
            "Här är några av dem.</p>\n<div class=\"c-accordion\">\n"
            + "".join(f"<details class=\"c-accordion__section\"><summary>{q}</summary><p>{a}</p></details>\n"
                      for q, a in FAQ30)
            + "</div>\n<div class=\"c-card\"><h2>Kontakta Invånarservice</h2><p>Ring <a href=\"tel:0980319200\">"
            "0980-319 200</a>, vardagar 8–16.</p><button class=\"c-button chat-launch\" type=\"button\">"
            "Chatta med oss</button></div>\n"
            "<p><a href=\"/lattlast/invanarservice/\">Invånarservice på lättläst svenska</a></p>\n"
            "<p class=\"c-meta\">Invånarservice består av sju kommunvägledare.<br>Sidansvarig: Klara Öst, "
            "webbredaktör. Senast uppdaterad 2026-11-30.</p>\n"),
        "/lattlast/invanarservice/": ("invanarservice-lattlast.html", "Invånarservice – lättläst – Västrarps kommun",
            "Invånarservice – lättläst",
            "<p>Invånarservice hjälper dig.</p><p>Du kan fråga om skola, sopor och bygglov.</p>"
            "<p>Du kan ringa oss. Telefon: 0980-319 200.</p>"),
        "/kontakt/": ("kontakt.html", "Kontakt – Västrarps kommun", "Kontakt",
            "<p>Växel: 0980-319 200</p><p>E-post: kommun@vastrarp.se</p><p>Besöksadress: Kyrkallén 2</p>"),
        "/barn-och-utbildning/skolservice/": ("skolservice.html", "Skolservice – Västrarps kommun", "Skolservice",
            "<p>Skolservice hjälper vårdnadshavare med skolval, skolskjuts och modersmål. Telefon 0980-319 240, "
            "skolservice@vastrarp.se. Enhetschef för Skolservice: Erik Hed.</p>"),
        "/nyheter/bostader-kundcenter/": ("nyhet-kundcenter.html", "Västrarps Bostäder öppnar nytt kundcenter – Västrarps kommun",
            "Västrarps Bostäder öppnar nytt kundcenter",
            "<p>Västrarps Bostäder AB:s kundcenter öppnar i Stationshuset den 1 februari. Där kan hyresgäster "
            "felanmäla och teckna kontrakt. Telefon 0980-319 290.</p>"),
        "/nyheter/julbord/": ("nyhet-julbord.html", "Julbord för seniorer – Västrarps kommun", "Julbord för seniorer",
            "<p>Anmäl dig senast 10 december.</p>"),
    },
))

# ---- 9631 Kåsjö: Bootstrap, top-level "Kundtjänst" with a bare offer; energy company's full page --
SITES.append(dict(
    kod="9631", kommun="Kåsjö", gen="Kåsjö", lan_kod="06", lan="Jönköpings län", family="bootstrap",
    tel="08-465 004 50", mail="kommunen@kasjo.se", addr="Järnvägsgatan 9", post="999 75 Kåsjö",
    orgnr="212000-9631", kd="Lars Eng",
    top_extra=[("Kundtjänst", "/kundtjanst/")],
    inject={"bygga-bo-och-miljo": [("Kåsjö Energi – kundtjänst för el, fjärrvärme och fiber", "/kasjo-energi-kundtjanst/")]},
    header_links=[("Press", "/press/")],
    hero=("Välkommen till Kåsjö", "Sjönära boende och ett rikt föreningsliv.",
          [("Ansök om förskola", "/e-tjanster/forskoleplats/"), ("Hitta badplats", "/kultur-och-fritid/badplatser/"),
           ("Kåsjö Energi", "/kasjo-energi-kundtjanst/")]),
    news=[("Fibernätet byggs ut till Norra Kåsjö", "/nyheter/fiber/", "Kåsjö Energi bygger under våren."),
          ("Simskola i sommar", "/nyheter/simskola/", "Anmälan öppnar 1 april.")],
    drift="Strömavbrott i Östra Kåsjö åtgärdat.",
    search={"path": "/sok/", "param": "q",
            "hits": {"kundtjänst": ["/kundtjanst/", "/kasjo-energi-kundtjanst/"],
                     "kundtjanst": ["/kundtjanst/", "/kasjo-energi-kundtjanst/"]}},
    pages={
        "/kundtjanst/": ("kundtjanst.html", "Kundtjänst | Kåsjö kommun", "Kund" + SHY + "tjänst",
            "<p class=\"lead\">Välkommen till Kundtjänst! Vi finns här för dig.</p>\n"
            "<p>Hör av dig om du undrar något om kommunen och kommunens service – vi hjälper dig vidare.</p>\n"
            "<div class=\"row\"><div class=\"col-md-6\"><div class=\"card\"><div class=\"card-body\">"
            "<h2 class=\"h5\">Ring</h2><p><a href=\"tel:+46846500451\">08-465 004 51</a></p><p>Vardagar 7.30–16.30</p>"
            "</div></div></div><div class=\"col-md-6\"><div class=\"card\"><div class=\"card-body\"><h2 class=\"h5\">"
            "Mejla</h2><p><a href=\"mailto:kundtjanst@kasjo.se\">kundtjanst@kasjo.se</a></p></div></div></div></div>\n"
            "<h2 class=\"h5 mt-4\">Mer på webbplatsen</h2><ul><li><a href=\"/om-webbplatsen/kakor/\">Om kakor</a></li>"
            "<li><a href=\"/press/\">Press och media</a></li><li><a href=\"/en/\">In English</a></li></ul>\n"
            "<p class=\"small text-muted\">Sidansvarig: Maja Frost, kommunikationsavdelningen</p>\n"),
        "/kasjo-energi-kundtjanst/": ("energi.html", "Kåsjö Energi AB:s kundtjänst | Kåsjö kommun",
            "Kåsjö Energi AB:s kundtjänst",
            "<p>Kåsjö Energi AB ägs av kommunen. Bolagets kundtjänst hjälper dig med elavtal, fjärrvärme, "
            "fiberanslutning och fakturor.</p><ul><li>Telefon 08-465 004 80, vardagar 8–16</li>"
            "<li>E-post kundtjanst@kasjoenergi.se</li><li>Besök: Industrivägen 4</li></ul>"
            "<p>Kundtjänstchef: Stig Ahl</p>"),
        "/en/": ("en.html", "In English | Kåsjö kommun", "Welcome to Kåsjö Municipality",
            "<p lang=\"en\">Kåsjö is a lakeside municipality. For questions, call our customer service "
            "(Kundtjänst) on +46 8 465 004 51 or send an e-mail.</p>"),
        "/press/": ("press.html", "Press | Kåsjö kommun", "Press och media",
            "<p>Pressjour: 08-465 004 55. Kommunikationschef: Jonna Lilja.</p>"),
        "/nyheter/fiber/": ("nyhet-fiber.html", "Fibernätet byggs ut | Kåsjö kommun", "Fibernätet byggs ut till Norra Kåsjö",
            "<p>Frågor? Kontakta <a href=\"/kasjo-energi-kundtjanst/\">Kåsjö Energis kundtjänst</a>.</p>"),
        "/nyheter/simskola/": ("nyhet-sim.html", "Simskola i sommar | Kåsjö kommun", "Simskola i sommar",
            "<p>Anmälan öppnar 1 april.</p>"),
    },
))

# ---- 9632 Ödeby: div soup, "Direkten", hero card, FAQ, entity-encoded Ö ---------------------------
SITES.append(dict(
    kod="9632", kommun="&Ouml;deby", kommun_plain="Ödeby", gen="&Ouml;deby", lan_kod="20", lan="Dalarnas län",
    family="soup", tel="040-628 04 60", mail="kommunen@odeby.se", addr="Bergslagsvägen 1", post="999 86 &Ouml;deby",
    orgnr="212000-9632", kd="Göran Hjort",
    inject={"naringsliv-och-arbete": [("Företagslotsen", "/naringsliv-och-arbete/foretagslotsen/")]},
    n_areas=7,
    hero=("V&auml;lkommen till &Ouml;deby", "Vad beh&ouml;ver du hj&auml;lp med?",
          [("DIREKTEN – ring eller mejla oss", "/direkten"), ("Felanm&auml;lan", "/e-tjanster/felanmalan/"),
           ("Lediga jobb", "/jobb/"), ("Skolmat", "/barn-och-utbildning/skolmat/")]),
    news=[("Isbanan på Stortorget öppnar", "/nyheter/isbanan/", "Fri entré alla dagar."),
          ("&Ouml;deby Vatten spolar ledningar", "/nyheter/spolning/", "Missfärgat vatten kan förekomma.")],
    drift="Spolning av vattenledningar i Norrby vecka 50.",
    footer_extra='<div class="ft3">VA-frågor: &Ouml;deby Vatten AB kundtjänst, 040-628 04 90</div>\n',
    redirects={"/direkten": ["/direkten/", 301]},
    search={"path": "/sok/", "param": "q",
            "hits": {"direkten": ["/direkten/"], "kontaktcenter": ["/direkten/"]}},
    pages={
        "/direkten/": ("direkten.html", "Direkten – kommunens kontaktcenter | &Ouml;deby kommun", "Direkten",
            "<div class=\"p3\">Direkten &auml;r &Ouml;deby kommuns kontaktcenter. Hit kan du v&auml;nda dig med det "
            "mesta – vi svarar direkt eller ser till att r&auml;tt person ringer upp.</div>\n"
            "<div class=\"p4\"><div class=\"h7\">Vanliga fr&aring;gor till Direkten</div>\n"
            "<div class=\"x1\"><div class=\"x2\">Kan ni hj&auml;lpa mig med min bygglovsans&ouml;kan?</div>"
            "<div class=\"x3\">Ja, vi g&aring;r igenom vad som beh&ouml;vs och tar emot din ans&ouml;kan.</div></div>\n"
            "<div class=\"x1\"><div class=\"x2\">Jag vill s&ouml;ka plats i f&ouml;rskolan – hur g&ouml;r jag?</div>"
            "<div class=\"x3\">Vi hj&auml;lper dig med ans&ouml;kan och svarar p&aring; fr&aring;gor om k&ouml;tider.</div></div>\n"
            "<div class=\"x1\"><div class=\"x2\">Min soptunna t&ouml;mdes inte. Vad g&ouml;r jag?</div>"
            "<div class=\"x3\">Ring oss, s&aring; registrerar vi en reklamation.</div></div>\n"
            "<div class=\"x1\"><div class=\"x2\">Kan jag f&aring; hj&auml;lp att s&ouml;ka bostadsanpassning?</div>"
            "<div class=\"x3\">Ja, vi skickar blanketter och f&ouml;rklarar reglerna.</div></div></div>\n"
            "<div class=\"p5\"><div class=\"h7\">S&aring; n&aring;r du oss</div>"
            "<div>Ring <span class=\"b2\">040-628&nbsp;04&nbsp;60</span></div>"
            "<div>E-post: direkten(at)odeby.se</div>"
            "<div class=\"acc\"><span class=\"acc-btn\" tabindex=\"0\">&Ouml;ppettider och bes&ouml;ksadress +</span>"
            "<div class=\"acc-body\" style=\"display:none\">M&aring;ndag–fredag 8–16.30. Bes&ouml;k oss i "
            "kommunhusets entr&eacute;, Bergslagsv&auml;gen 1.</div></div></div>\n"
            "<div class=\"p6\"><div class=\"h7\">Ansvarig f&ouml;r Direkten</div><div>Anders Nyqvist, enhetschef</div>"
            "<div>040-628 04 61</div></div>\n"
            "<div class=\"p7\"><a href=\"/lattlast/direkten/\">L&auml;ttl&auml;st</a> · "
            "<a href=\"/en/direkten/\">In English</a></div>\n"),
        "/lattlast/direkten/": ("direkten-lattlast.html", "Direkten – lättläst | &Ouml;deby kommun", "Direkten – l&auml;ttl&auml;st",
            "<div>Direkten svarar p&aring; fr&aring;gor om kommunen.</div><div>Ring 040-628 04 60.</div>"),
        "/en/direkten/": ("direkten-en.html", "Direkten – contact centre | &Ouml;deby kommun", "Direkten – contact centre",
            "<div lang=\"en\">Direkten is the municipality's contact centre. Call +46 40 628 04 60.</div>"),
        "/naringsliv-och-arbete/foretagslotsen/": ("foretagslotsen.html", "Företagslotsen | &Ouml;deby kommun",
            "F&ouml;retagslotsen", "<div>F&ouml;retagslotsen hj&auml;lper f&ouml;retagare med tillst&aring;nd. "
            "Telefon 040-628 04 70.</div>"),
        "/nyheter/isbanan/": ("nyhet-is.html", "Isbanan öppnar | &Ouml;deby kommun", "Isbanan p&aring; Stortorget &ouml;ppnar",
            "<div>Fri entr&eacute; alla dagar 10–20.</div>"),
        "/nyheter/spolning/": ("nyhet-spol.html", "Spolning av ledningar | &Ouml;deby kommun",
            "&Ouml;deby Vatten spolar ledningar", "<div>Fr&aring;gor besvaras av &Ouml;deby Vatten AB:s kundtj&auml;nst.</div>"),
    },
))

# ---- 9633 Sjöbacka: Next.js static export, landing page only, ligatures --------------------------
SITES.append(dict(
    kod="9633", kommun="Sjöbacka", gen="Sjöbacka", lan_kod="03", lan="Uppsala län", family="nextjs",
    tel="08-465 004 70", mail="kommun@sjobacka.se", addr="Sjövägen 20", post="999 97 Sjöbacka",
    orgnr="212000-9633", kd="Åsa Lönn",
    header_links=[("Kontakt", "/kontakt/")],
    hero=("Sjöbacka kommun", "Här börjar din kontakt med kommunen.",
          [("Ansök om förskoleplats", "/e-tjanster/forskoleplats/"), ("Hitta badplats", "/kultur-och-fritid/badplatser/"),
           ("Trafikinformation", "/trafik-och-resor/")]),
    news=[("Nytt äldreboende invigs", "/nyheter/aldreboende/", "Sjöbacka gård tar emot de första boende i januari."),
          ("Budget 2027 antagen", "/nyheter/budget/", "Fullmäktige har beslutat om nästa års budget.")],
    drift="Inga driftstörningar.",
    search={"path": "/sok/", "param": "q",
            "hits": {"servicecenter": ["/servicecenter/"], "kontakt": ["/kontakt/", "/servicecenter/"]}},
    pages={
        "/kontakt/": ("kontakt.html", "Kontakt - Sjöbacka kommun", "Kontakt",
            "<p>Välj vad du vill ha hjälp med.</p><ul class=\"Cards_grid__m3N\">"
            "<li class=\"Cards_card__j2K\"><a href=\"/servicecenter/\"><span class=\"Cards_title__z8\">Servicecenter</span>"
            "<span class=\"Cards_text__q1\">Svarar på dina frågor</span></a></li>"
            "<li class=\"Cards_card__j2K\"><a href=\"/kontakt/vaxel/\"><span class=\"Cards_title__z8\">Växel</span></a></li>"
            "<li class=\"Cards_card__j2K\"><a href=\"/press/\"><span class=\"Cards_title__z8\">Press</span></a></li>"
            "<li class=\"Cards_card__j2K\"><a href=\"/e-tjanster/felanmalan/\"><span class=\"Cards_title__z8\">"
            "Felanmälan</span></a></li></ul>"),
        "/servicecenter/": ("servicecenter.html", "Servicecenter - Sjöbacka kommun", "Servicecenter",
            "<p>Sjöbacka kommuns servicecenter är din första kontakt med kommunen.</p>"
            "<h2>Vi hjälper dig med</h2><p>ﬂyttanmälan till skola och förskola, ﬁberutbyggnad och grävtillstånd, "
            "avfallsabonnemang och tömningsscheman, samt felanmälan av gator och belysning.</p>"
            "<h2>Kontakt</h2><p>Telefon 08-465&nbsp;004&nbsp;71<br>E-post servicecenter@sjobacka.se<br>"
            "Besöksadress Sjövägen 20, plan 1</p>"
            "<p>Kontaktperson för Servicecenter: Elin Björk</p>"),
        "/en/": ("en.html", "In English - Sjöbacka kommun", "Sjöbacka Municipality",
            "<p lang=\"en\">Questions? Our <a href=\"/servicecenter/\">Service Centre</a> (Servicecenter) "
            "answers in Swedish and English.</p>"),
        "/nyheter/aldreboende/": ("nyhet-aldre.html", "Nytt äldreboende - Sjöbacka kommun", "Nytt äldreboende invigs",
            "<p>Sjöbacka gård har 40 platser.</p>"),
        "/nyheter/budget/": ("nyhet-budget.html", "Budget 2027 - Sjöbacka kommun", "Budget 2027 antagen",
            "<p>Skattesatsen är oförändrad.</p>"),
    },
))

# ---- 9634 Grönvalla: ARIA roles only, / 301 /start/, news teaser only, hours only in the news ------
SITES.append(dict(
    kod="9634", kommun="Grönvalla", gen="Grönvalla", lan_kod="17", lan="Värmlands län", family="aria",
    tel="031-390 06 50", mail="kommun@gronvalla.se", addr="Älvgatan 7", post="999 18 Grönvalla",
    orgnr="212000-9634", kd="Per-Erik Dahl", front_path="/start/",
    header_links=[("Kontakta kommunen", "/kontakta-kommunen/")],
    hero=("Välkommen till Grönvalla", "Skog, älv och framtidstro.",
          [("Förskola", "/barn-och-utbildning/forskola/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/"),
           ("Evenemang", "/evenemang/")]),
    news=[("Kommunservice har sommaröppet – se de nya tiderna", "/nyheter/kommunservice-sommar/",
           "Under sommaren ändras öppettiderna i receptionen och på telefon."),
          ("Region Värmskogs kundtjänst för sjukresor byter nummer", "/nyheter/sjukresor/", "Nytt nummer från 1 januari.")],
    drift="Grusning av gång- och cykelvägar pågår.",
    redirects={"/": ["/start/", 301]},
    search={"path": "/sok/", "param": "q",
            "hits": {"kommunservice": ["/kommunservice/", "/nyheter/kommunservice-sommar/"]}},
    pages={
        "/kommunservice/": ("kommunservice.html", "Kommunservice | Grönvalla kommun", "Kommun" + SHY + "service",
            "<p>Kommunservice är kommunens gemensamma ingång för invånare och företag.</p>\n"
            "<div class=\"acc\"><h2><button aria-expanded=\"false\" aria-controls=\"acc1\">Vad kan Kommunservice "
            "hjälpa till med?</button></h2><div id=\"acc1\" role=\"region\" hidden><p>Vi svarar på frågor om "
            "barnomsorg, skolskjuts, avfall, vatten och avlopp och bostadsanpassning.</p></div></div>\n"
            "<div class=\"acc\"><h2><button aria-expanded=\"false\" aria-controls=\"acc2\">Hur når jag "
            "Kommunservice?</button></h2><div id=\"acc2\" role=\"region\" hidden><p>Ring 031-390&nbsp;06&nbsp;51.</p>"
            "</div></div>\n<p>Kommunservice ingår i kommunledningskontoret. Kommundirektör: Per-Erik Dahl.</p>\n"),
        "/nyheter/kommunservice-sommar/": ("nyhet-sommar.html", "Kommunservice har sommaröppet | Grönvalla kommun",
            "Kommunservice har sommaröppet – se de nya tiderna",
            "<p>2026-05-28</p><p>Under sommaren har <a href=\"/kommunservice/\">Kommunservice</a> ändrade tider.</p>"
            "<table><caption>Öppettider sommar</caption><tr><th>Period</th><th>Telefon</th><th>Reception</th></tr>"
            "<tr><td>15 juni–14 augusti</td><td>8–15</td><td>9–12</td></tr><tr><td>19 juni (midsommarafton)</td>"
            "<td>Stängt</td><td>Stängt</td></tr><tr><td>Från 17 augusti</td><td>8–16.30</td><td>8–16</td></tr></table>"
            "<p>Du kan också mejla kommunservice@gronvalla.se.</p>"),
        "/nyheter/sjukresor/": ("nyhet-sjukresor.html", "Sjukresor | Grönvalla kommun",
            "Region Värmskogs kundtjänst för sjukresor byter nummer",
            "<p>Region Värmskogs kundtjänst för sjukresor nås från 1 januari på 031-390 06 99.</p>"),
        "/kontakta-kommunen/": ("kontakta-kommunen.html", "Kontakta kommunen | Grönvalla kommun", "Kontakta kommunen",
            "<p>Växel: 031-390 06 50</p><p>E-post: kommun@gronvalla.se</p><p>Postadress: Grönvalla kommun, "
            "999 18 Grönvalla</p>"),
    },
))

# ---- 9635 Ulvsta: Episerver, unit only in running text two clicks deep -----------------------------
SITES.append(dict(
    kod="9635", kommun="Ulvsta", gen="Ulvsta", lan_kod="25", lan="Norrbottens län", family="episerver",
    tel="0980-319 230", mail="ulvsta.kommun@ulvsta.se", addr="Gruvvägen 5", post="999 29 Ulvsta",
    orgnr="212000-9635", kd="Maria Vik",
    header_links=[("Kontakt", "/kontakt/")],
    hero=("Ulvsta kommun", "Midnattssol, fjäll och framtid.",
          [("Förskola och skola", "/barn-och-utbildning/"), ("Snöskoterleder", "/kultur-och-fritid/skoter/"),
           ("Lediga jobb", "/jobb/")]),
    news=[("Statens servicecenter i Ulvsta får utökade öppettider", "/nyheter/statens-servicecenter/",
           "Servicekontoret har öppet även på torsdagskvällar."),
          ("Ny förskola i Malmberg", "/nyheter/forskola/", "Bygget startar i vår.")],
    drift="Fjärrvärmen avstängd på Skolgatan 9 december.",
    footer_extra='<p>Frågor om el och fjärrvärme: Ulvsta Energi kundservice 0980-319 290</p>\n',
    search={"path": "/sok/", "param": "q",
            "hits": {"kontaktcenter": ["/kommun-och-politik/organisation/kommunledningskontoret/"],
                     "servicecenter": ["/nyheter/statens-servicecenter/"]}},
    pages={
        "/kommun-och-politik/organisation/": ("organisation.html", "Organisation - Ulvsta kommun", "Organisation",
            "<p>Ulvsta kommun har tre förvaltningar.</p><ul class=\"LinkList\">"
            "<li><a href=\"/kommun-och-politik/organisation/kommunledningskontoret/\">Kommunledningskontoret</a></li>"
            "<li><a href=\"/kommun-och-politik/organisation/socialforvaltningen/\">Socialförvaltningen</a></li>"
            "<li><a href=\"/kommun-och-politik/organisation/samhallsbyggnad/\">Samhällsbyggnadsförvaltningen</a></li></ul>"),
        "/kommun-och-politik/organisation/kommunledningskontoret/": ("klk.html", "Kommunledningskontoret - Ulvsta kommun",
            "Kommunledningskontoret",
            "<p>Kommunledningskontoret stödjer kommunstyrelsen och samordnar ekonomi, personal, kommunikation och "
            "IT. Hit hör också kommunens KONTAKT" + SHY + "CENTER, som tar emot samtalen till växeln.</p>"
            "<p>Kommunledningskontoret leds av kommundirektör Maria Vik.</p>"),
        "/kontakt/": ("kontakt.html", "Kontakt - Ulvsta kommun", "Kontakt",
            "<p>Ring växeln 0980-319 230, vardagar 8–16.</p><p>E-post: ulvsta.kommun@ulvsta.se</p>"),
        "/lattlast/": ("lattlast.html", "Lättläst - Ulvsta kommun", "Lättläst",
            "<p>Ulvsta kommun bestämmer om skola, omsorg och vägar.</p><p>Vill du fråga något? Ring kommunen: "
            "0980-319 230.</p>"),
        "/nyheter/statens-servicecenter/": ("nyhet-statens.html", "Statens servicecenter - Ulvsta kommun",
            "Statens servicecenter i Ulvsta får utökade öppettider",
            "<p>Statens servicecenter har från januari öppet torsdagar till kl. 19. Servicekontoret hjälper till "
            "med ärenden hos Försäkringskassan och Skatteverket.</p>"),
        "/nyheter/forskola/": ("nyhet-forskola.html", "Ny förskola - Ulvsta kommun", "Ny förskola i Malmberg",
            "<p>Förskolan får sex avdelningar.</p>"),
    },
))

# ---- 9636 Tornby: Drupal, only excluded names and hidden metadata ----------------------------------
SITES.append(dict(
    kod="9636", kommun="Tornby", gen="Tornby", lan_kod="08", lan="Kalmar län", family="drupal",
    tel="040-628 04 80", mail="tornby.kommun@tornby.se", addr="Hamngatan 3", post="999 30 Tornby",
    orgnr="212000-9636", kd="Lena Rask",
    top_extra=[("Servicecenter för företag", "/servicecenter-for-foretag")],
    header_links=[("Kontakta oss", "/kontakta-oss")],
    front_head=('<meta name="description" content="Tornby kommun – kontaktcenter, e-tjänster och nyheter">\n'
                '<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization",'
                '"name":"Tornby kommun","contactPoint":{"@type":"ContactPoint","contactType":"Kontaktcenter",'
                '"telephone":"+46-40-628-04-80"}}</script>\n'),
    hero=("Välkommen till Tornby", "<!-- TODO: länk till kontaktcenter när det öppnar -->Hamnstaden i söder.",
          [("Tornbyhem – lediga lägenheter", "/tornbyhem"), ("Ansök om bygglov", "/e-tjanster/bygglov/"),
           ("Hamnens evenemang", "/evenemang/")]),
    news=[("Tornbyhems kundcenter flyttar till hamnen", "/nyheter/tornbyhem-kundcenter",
           "Bostadsbolagets kundcenter öppnar i nya lokaler."),
          ("Skatteverkets servicekontor stänger i Tornby", "/nyheter/skatteverket",
           "Närmaste servicekontor finns i Grannås.")],
    drift="Grävarbete på Hamngatan.",
    footer_extra=('<p>Tornby Vatten &amp; Avfall AB – Kundtjänst för VA och renhållning: 040-628 04 85</p>\n'),
    search={"path": "/search/node", "param": "keys",
            "hits": {"servicecenter": ["/servicecenter-for-foretag"], "kundcenter": ["/nyheter/tornbyhem-kundcenter"]}},
    pages={
        "/servicecenter-for-foretag": ("servicecenter-foretag.html", "Servicecenter för företag | Tornby kommun",
            "Servicecenter för företag",
            "<p>Servicecenter för företag är en väg in för dig som driver eller vill starta företag. Vi hjälper dig "
            "med serveringstillstånd, livsmedelsregistrering, bygglov för verksamhetslokaler och upphandling.</p>"
            "<ul><li>Telefon 040-628 04 88, vardagar 8–16</li><li>E-post foretag@tornby.se</li>"
            "<li>Besök Hamngatan 3</li></ul><p>Enhetschef för Servicecenter för företag: Viktor Strand</p>"),
        "/kontakta-oss": ("kontakta-oss.html", "Kontakta oss | Tornby kommun", "Kontakta oss",
            "<p>Växel: 040-628 04 80, vardagar 8–16.30. Efter kl. 16.30 kopplas samtalen till Grannås kommuns "
            "kontaktcenter, som tar emot felanmälningar.</p><p>E-post: tornby.kommun@tornby.se</p>"
            "<!-- Kontaktcenter Tornby: sida under uppbyggnad -->"),
        "/tornbyhem": ("tornbyhem.html", "Tornbyhem AB | Tornby kommun", "Tornbyhem AB",
            "<p>Tornbyhem AB är kommunens bostadsbolag. Tornbyhems kundcenter hjälper hyresgäster med "
            "felanmälan och kontrakt, telefon 040-628 04 89. Kundcenterchef: Elsa Berg.</p>"),
        "/nyheter/tornbyhem-kundcenter": ("nyhet-tornbyhem.html", "Tornbyhems kundcenter flyttar | Tornby kommun",
            "Tornbyhems kundcenter flyttar till hamnen",
            "<p>Tornbyhem AB:s kundcenter öppnar på Kajen 2 den 7 januari.</p>"),
        "/nyheter/skatteverket": ("nyhet-skv.html", "Skatteverkets servicekontor stänger | Tornby kommun",
            "Skatteverkets servicekontor stänger i Tornby",
            "<p>Statens servicecenter stänger kontoret i Tornby. Närmaste servicekontor finns i Grannås.</p>"),
        "/en/": ("en.html", "In English | Tornby kommun", "Tornby Municipality",
            "<p lang=\"en\">Tenants: contact Tornbyhem customer service (Tornbyhems kundcenter). Other questions: "
            "switchboard +46 40 628 04 80.</p>"),
    },
))


# =============================================================== writer

def build_site(k: dict) -> None:
    fam = FAMILIES[k["family"]]
    d = ROOT / k["kod"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    enc = k.get("enc", "utf-8")
    ctype = k.get("ctype")
    front = k.get("front_path", "/")
    name = k.get("kommun_plain", k["kommun"])
    all_pages = std_pages(k)
    all_pages.update(k["pages"])
    manifest_pages: dict = {}

    def put(path: str, fname: str, page: dict) -> None:
        text = fam(k, page)
        if enc != "utf-8":
            text = text.replace('<meta charset="utf-8">', f'<meta charset="{k.get("charset_meta", "windows-1252")}">')
        (d / fname).write_bytes(text.encode(enc))
        manifest_pages[path] = {"file": fname, "content_type": ctype} if ctype else fname

    put(front, "index.html", {"path": front, "title": f'{k["gen"]} kommun', "head": k.get("front_head", ""),
                              "main": front_main(k)})
    for path, (fname, title, h1, body) in all_pages.items():
        put(path, fname, {"path": path, "title": title, "main": f"<h1>{h1}</h1>\n{body}"})
    sok = {"path": k["search"]["path"], "title": f'Sök - {k["gen"]} kommun', "main": sok_main()}
    (d / "sok.html").write_bytes(fam(k, sok).encode(enc))
    search = dict(k["search"])
    search["template"] = {"file": "sok.html", "content_type": ctype} if ctype else "sok.html"
    m = {"kommunkod": k["kod"], "kommun": name, "lan_kod": k["lan_kod"], "lan": k["lan"], "family": k["family"],
         "pages": manifest_pages, "redirects": k.get("redirects", {}),
         "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
         "sitemap": list(manifest_pages), "search": search, "front_status": None}
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    for k in SITES:
        build_site(k)
        print(k["kod"], k["family"], len(list((ROOT / k["kod"]).glob("*.html"))), "html files")


if __name__ == "__main__":
    main()
