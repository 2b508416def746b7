"""Typing aid that wrote tests/blind15/sites/ (the written files are the corpus; labels are not generated).

    python3 tests/blind15/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from chrome import FAMILIES  # noqa: E402

SITES = HERE.parent / "sites"

STD_NEWS = [
    ("Nu kan du söka sommarjobb för unga", "/nyheter/sommarjobb-for-unga/", "2026-10-12",
     "Är du född 2009 eller 2010? Sök feriejobb hos kommunen senast den 15 november."),
    ("Ny cykelväg mellan centrum och stationen", "/nyheter/ny-cykelvag/", "2026-10-08",
     "Under hösten bygger vi en ny gång- och cykelväg längs Järnvägsgatan."),
]


KFULL = {'9122': 'Bergsjöholms kommun', '9123': 'Dalkärrs kommun', '9124': 'Ekträsks kommun', '9125': 'Frösviks kommun', '9126': 'Granhammars kommun', '9128': 'Ljungåsens kommun'}


def site(code, kommun, lan_kod, lan, family, **kw):
    ort = kw.pop("ort", kommun)
    d = dict(kommunkod=code, kommun=kommun, kfull=KFULL.get(code, kommun + " kommun"), lan_kod=lan_kod, lan=lan, family=family, ort=ort,
             gata=kw.pop("gata", "Kommunhuset, Storgatan 1"), postnr=kw.pop("postnr", "999 10"),
             hero_title=kw.pop("hero_title", f"Välkommen till {kommun}"),
             hero_text=kw.pop("hero_text", "Här hittar du information och e-tjänster för dig som bor och verkar i kommunen."),
             news=kw.pop("news", STD_NEWS), pages={}, redirects={}, search_hits={})
    d.update(kw)
    return d


def page(S, path, file, title, h1, body, front=False):
    S["pages"][path] = dict(path=path, file=file, title=title, h1=h1, body=body, front=front)


def std_pages(S, kontakt_body=None):
    page(S, "/sok/", "sok.html", "Sök", "Sök", "<div class=\"search-results\"><!--SEARCH_RESULTS--></div>")
    if kontakt_body is not None:
        page(S, "/kontakt/", "kontakt.html", "Kontakt", "Kontakt", kontakt_body)


def generic_kontakt(S, extra=""):
    return (f"<p>Här hittar du kommunens kontaktuppgifter. Du kan också lämna en synpunkt eller felanmälan via våra "
            f"<a href=\"/e-tjanster/\">e-tjänster</a>.</p><h2>Växel</h2><p>Telefon {S['vaxel']}</p>"
            f"<h2>E-post</h2><p>{S['epost']}</p><h2>Postadress</h2><p>{S['kfull']}<br>{S['postnr']} {S['ort']}</p>" + extra)


ALL = []

# ------------------------------------------------------------------ 9121 Alnåsa (semantic) = 5
S = site("9121", "Alnåsa", "01", "Stockholms län", "semantic", vaxel="08-465 004 00", epost="kommun@alnasa.se",
         orgnr="212000-9121", gata="Kommunhuset, Torggatan 4", postnr="999 21",
         topbar=[("För medarbetare", "/for-medarbetare/")],
         header_links=[("Kontakt", "/kontakt/")],
         hero_cards=[("Lediga jobb", "/jobb/"), ("Förskola och skola", "/barn-och-utbildning/"),
                     ("Kontaktcentret – vi svarar på dina frågor", "/kontaktcenter/"), ("Felanmälan", "/e-tjanster/felanmalan/")],
         news=[("Turistbyrån öppnar sommarkontor i hamnen", "/nyheter/turistbyran-sommarkontor/", "2026-10-10", "Visit Alnåsa flyttar turistinformationen till hamnmagasinet under sommaren."), ("Alnåsa Energi byter elmätare i centrum", "/nyheter/alnasa-energi-elmatare/", "2026-10-06", "Har du frågor om bytet kontaktar du Alnåsa Energi AB:s kundservice."), *STD_NEWS],
         footer_extra="<div><h2>Bolag</h2><p>Alnåsa Energi AB – kundservice 08-465 004 80<br>"
                      "<a href=\"https://alnasaenergi.example/\">alnasaenergi.example</a></p></div>")
page(S, "/", "index.html", "Alnåsa kommun", "", "", front=True)
page(S, "/kontaktcenter/", "kontaktcenter.html", "Kontaktcenter", "Kontaktcenter",
     "<p class=\"ingress\">Kontaktcentret är kommunens gemensamma ingång för invånare, företag och besökare. "
     "Vi svarar direkt på de flesta frågor och hjälper dig vidare när ditt ärende kräver en handläggare.</p>"
     "<h2>Det här kan vi hjälpa dig med</h2><ul><li>förskola, skola och skolskjuts</li><li>bygglov och tomtkö</li>"
     "<li>avfall, återvinning och vatten och avlopp</li><li>hemtjänst och färdtjänst</li><li>parkeringstillstånd</li></ul>"
     "<h2>Så når du oss</h2><p>Telefon: <a href=\"tel:+46846500410\">08-465 004 10</a><br>"
     "E-post: <a href=\"mailto:kontaktcenter@alnasa.se\">kontaktcenter@alnasa.se</a><br>"
     "Besöksadress: Kommunhuset, Torggatan 4</p>"
     "<table class=\"hours\"><caption>Öppettider</caption><tr><th>Måndag–torsdag</th><td>8.00–17.00</td></tr>"
     "<tr><th>Fredag</th><td>8.00–15.00</td></tr></table>"
     "<h2>Ansvarig</h2><p>Enhetschef för kontaktcentret är Maria Holm, telefon 08-465 004 11.</p>")
page(S, "/kontakt/", "kontakt.html", "Kontakt", "Kontakta kommunen",
     generic_kontakt(S, "<h2>Frågor till kommunen</h2><p>De flesta frågor besvaras av <a href=\"/kontaktcenter/\">Kontaktcenter</a>.</p>"))
page(S, "/for-medarbetare/", "for-medarbetare.html", "För medarbetare", "För medarbetare",
     "<p>Inloggning till intranätet, lönesystemet och e-post för dig som arbetar i Alnåsa kommun.</p>"
     "<h2>IT-servicedesk för medarbetare</h2><p>IT-servicedesken hjälper anställda med lösenord, datorer, "
     "mobiltelefoner och behörigheter. Telefon 08-465 004 99, vardagar 7.30–16.30. "
     "Ansvarig: IT-chef Tomas Wiik.</p>")
page(S, "/nyheter/turistbyran-sommarkontor/", "nyhet-turistbyran.html", "Turistbyrån öppnar sommarkontor i hamnen",
     "Turistbyrån öppnar sommarkontor i hamnen",
     "<p><time>2026-10-10</time></p><p>Visit Alnåsa flyttar turistinformationen till hamnmagasinet från midsommar till "
     "mitten av augusti. Där kan besökare få tips om boende, cykelleder och evenemang. Turistbyrån nås på "
     "telefon 08-465 004 70.</p>")
page(S, "/nyheter/alnasa-energi-elmatare/", "nyhet-energi.html", "Alnåsa Energi byter elmätare i centrum",
     "Alnåsa Energi byter elmätare i centrum",
     "<p><time>2026-10-06</time></p><p>Under november byter Alnåsa Energi AB elmätare i centrum. Frågor om bytet "
     "besvaras av Alnåsa Energi AB:s kundservice på 08-465 004 80.</p>")
S["redirects"] = {"/kontaktcenter": ["/kontaktcenter/", 301], "/kontakt": ["/kontakt/", 301]}
S["search_hits"] = {"kontaktcenter": ["/kontaktcenter/"], "kontaktcentret": ["/kontaktcenter/"]}
std_pages(S)
ALL.append(S)

# ------------------------------------------------------------------ 9122 Bergsjöholm (soup) = 0, look-alikes only
S = site("9122", "Bergsjöholm", "03", "Uppsala län", "soup", vaxel="031-390 06 00", epost="info@bergsjoholm.se",
         orgnr="212000-9122", gata="Rådhuset, Kyrkogatan 2", postnr="999 22",
         topbar=[("Bergsjöholms Energi – kundservice och elavtal", "https://bergsjoholmsenergi.example/kundservice")],
         header_links=[("Kontakta oss", "/kontakta-oss/")],
         hero_cards=[("Sök förskoleplats", "/e-tjanster/forskoleplats/"), ("Servicecenter för lokalbokning", "/lokalbokning/"),
                     ("Lediga jobb", "/jobb/"), ("Felanmälan", "/e-tjanster/felanmalan/")],
         sub_href={"Bibliotek": "/kultur-och-fritid/bibliotek/"},
         news=[("Statens servicekontor flyttar till Torget", "/nyheter/statens-servicekontor/", "2026-10-11", "Statens servicecenter öppnar nytt servicekontor i Bergsjöholm där du kan få hjälp med Skatteverkets och Försäkringskassans ärenden."), ("Kommunstyrelsen på studiebesök i Grannvik", "/nyheter/studiebesok-grannvik/", "2026-10-03", "Politikerna besökte Grannviks kommuns kontaktcenter för att lära sig mer om hur grannkommunen tar emot frågor."), *STD_NEWS],
         footer_extra="<div class=\"f3\"><b>Kommunala bolag</b><br>Bergsjöholms Energi AB:s kundtjänst: 031-390 06 80<br>"
                      "Bergsjöholmshem AB – felanmälan lägenhet 031-390 06 81</div>",
         head_extra="\n<!-- TODO webbredaktionen: lägg in länk till kontaktcenter om det införs -->")
page(S, "/", "index.html", "Bergsjöholms kommun – startsida", "", "", front=True)
page(S, "/kontakta-oss/", "kontakta-oss.html", "Kontakta oss", "Kontakta oss",
     generic_kontakt(S, "<h2>Frågor om el och fjärrvärme</h2><p>Frågor om din elräkning besvaras av Bergsjöholms Energi AB:s "
                        "kundtjänst, telefon 031-390 06 80.</p>"))
page(S, "/lokalbokning/", "lokalbokning.html", "Servicecenter för lokalbokning", "Servicecenter för lokalbokning",
     "<p>Servicecenter för lokalbokning hyr ut kommunens idrottshallar, föreningslokaler och samlingssalar till "
     "föreningar och privatpersoner. Vi svarar på frågor om bokning, priser och nycklar.</p>"
     "<p>Telefon 031-390 06 21, vardagar 9–12<br>E-post lokalbokning@bergsjoholm.se</p>"
     "<p>Enhetschef för fritid och lokalbokning: Peter Sandén</p>")
page(S, "/kultur-och-fritid/bibliotek/", "bibliotek.html", "Bibliotek", "Biblioteket",
     "<p>Stadsbiblioteket ligger vid Kyrkogatan 6. Här kan du låna böcker, e-böcker och ljudböcker, använda datorer "
     "och få hjälp med släktforskning.</p><h2>Bibliotekets kundtjänst</h2><p>Bibliotekets kundtjänst svarar på frågor om "
     "lån, lånekort och e-böcker. Telefon 031-390 06 40, e-post bibliotek@bergsjoholm.se.</p>"
     "<p>Öppettider: mån–tors 10–19, fre 10–17, lör 11–14</p>")
page(S, "/nyheter/statens-servicekontor/", "nyhet-statens.html", "Statens servicekontor flyttar till Torget",
     "Statens servicekontor flyttar till Torget",
     "<p><time>2026-10-11</time></p><p>Statens servicecenter öppnar den 1 december ett nytt servicekontor på Torget 5. "
     "Där kan du få hjälp med ärenden hos Skatteverket, Försäkringskassan och Pensionsmyndigheten, "
     "till exempel flyttanmälan och id-kort. Statens servicekontor har öppet måndag–fredag 9–16.</p>"
     "<p>Kommunen ansvarar inte för verksamheten. Frågor till kommunen ställer du som vanligt till växeln, "
     "031-390 06 00.</p>")
page(S, "/nyheter/studiebesok-grannvik/", "nyhet-grannvik.html", "Kommunstyrelsen på studiebesök i Grannvik",
     "Kommunstyrelsen på studiebesök i Grannvik",
     "<p><time>2026-10-03</time></p><p>Kommunstyrelsens arbetsutskott besökte i förra veckan Grannviks kommuns "
     "kontaktcenter, som svarar på invånarnas frågor om bland annat skola, omsorg och bygglov. "
     "– Det var intressant att se hur grannkommunen har organiserat sig, säger kommunstyrelsens ordförande Lena Brodd.</p>"
     "<p>Bergsjöholm har i dag ingen motsvarande funktion. Frågor till kommunen tas emot av växeln.</p>")
page(S, "/jobb/", "jobb.html", "Lediga jobb", "Lediga jobb",
     "<ul><li><a href=\"/jobb/forskollarare-solstralen/\">Förskollärare till Solstrålens förskola</a></li>"
     "<li><a href=\"/jobb/underskoterska-hemtjansten/\">Undersköterska till hemtjänsten</a></li>"
     "<li><a href=\"https://bergsjoholmsenergi.example/jobb\">Kundtjänstmedarbetare till Bergsjöholms Energi AB</a></li></ul>")
S["search_hits"] = {"kontaktcenter": ["/nyheter/studiebesok-grannvik/"], "kundtjänst": ["/kontakta-oss/", "/kultur-och-fritid/bibliotek/"],
                    "servicecenter": ["/lokalbokning/", "/nyheter/statens-servicekontor/"]}
std_pages(S)
ALL.append(S)

# ------------------------------------------------------------------ 9123 Dalkärr (sitevision) = 4, mega-menu sub-item
MS = "/kommun-och-politik/medborgarservice.4.3f1c9a2e18b.html"
S = site("9123", "Dalkärr", "05", "Östergötlands län", "sitevision", vaxel="040-628 04 00", epost="dalkarrs.kommun@dalkarr.se",
         orgnr="212000-9123", gata="Stadshuset, Ågatan 12", postnr="999 23",
         topbar=[("Dalkärrs Bostäder kundcenter", "https://dalkarrsbostader.example/kundcenter")],
         header_links=[("Kontakt", "/kontakt.4.1a2b3c.html")],
         extra_sub={"Kommun och politik": [("Medborgarservice", MS)]},
         hero_cards=[("Företagsservice", "/naringsliv-och-arbete/foretagsservice/"), ("Skolval 2027", "/barn-och-utbildning/skolval/"),
                     ("Lediga jobb", "/jobb/"), ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning/")],
         news=[("Försäkringskassans servicekontor stänger i Dalkärr", "/nyheter/forsakringskassan-stanger.4.77aa.html", "2026-10-09", "Från årsskiftet hänvisas besökare till Statens servicecenter i grannkommunen."), *STD_NEWS])
page(S, "/", "index.html", "Startsida - Dalkärrs kommun", "", "", front=True)
page(S, MS, "medborgarservice.html", "Medborgarservice", "Medborgarservice",
     "<p class=\"sv-font-ingress\">Medborgarservice är kommunens första kontakt för dig som har frågor. Våra "
     "medborgarvärdar hjälper dig med frågor om avgifter för barnomsorg, skolval, bostadsanpassning, färdtjänst och "
     "sophämtning, och tar emot synpunkter och felanmälningar.</p>"
     "<h2 class=\"sv-heading\">Besök och telefon</h2><p>Besöksadress: Stadshuset, Ågatan 12 (entréplan)<br>"
     "Telefon: 040-628 04 10</p><p>Öppettider: måndag–fredag 8–16.30, lunchstängt 12–13</p>"
     "<h2 class=\"sv-heading\">Organisation</h2><p>Medborgarservice hör till kommunledningskontoret. "
     "Chef för medborgarservice: Lars Dahl.</p>")
page(S, "/kontakt.4.1a2b3c.html", "kontakt.html", "Kontakt", "Kontakt",
     generic_kontakt(S, "<h2>Hitta rätt</h2><ul><li><a href=\"/e-tjanster/felanmalan/\">Felanmälan</a></li>"
                        f"<li><a href=\"{MS}\">Medborgarservice</a></li><li><a href=\"/press/\">Press</a></li></ul>"))
page(S, "/naringsliv-och-arbete/foretagsservice/", "foretagsservice.html", "Företagsservice", "Företagsservice",
     "<p>Företagsservice hjälper dig som driver eller vill starta företag i Dalkärr med tillstånd, lokaler och kontakter. "
     "Näringslivschef Annika Lööf, telefon 040-628 04 60, foretag@dalkarr.se.</p>")
page(S, "/nyheter/forsakringskassan-stanger.4.77aa.html", "nyhet-fk.html", "Försäkringskassans servicekontor stänger i Dalkärr",
     "Försäkringskassans servicekontor stänger i Dalkärr",
     "<p><time>2026-10-09</time></p><p>Statens servicecenter stänger sitt kontor på Ågatan vid årsskiftet. Besökare "
     "hänvisas till Statens servicekontor i grannkommunen eller till myndigheternas telefon och webb. Kommunens egen "
     f"<a href=\"{MS}\">Medborgarservice</a> påverkas inte.</p>")
S["search_hits"] = {"medborgarservice": [MS]}
std_pages(S)
ALL.append(S)

# ------------------------------------------------------------------ 9124 Ekträsk (municipio) = 3, h2 section, bare offer
S = site("9124", "Ekträsk", "24", "Västerbottens län", "municipio", vaxel="0980-319 200", epost="kommunen@ektrask.se",
         orgnr="212000-9124", gata="Kommunhuset, Skolgatan 3", postnr="999 24",
         topbar=[("För anställda", "/for-anstallda/")],
         extra_top=[("Kontakta oss", "/kontakta-oss/")],
         hero_cards=[("Turistbyrån – upptäck Ekträsk", "/kultur-och-fritid/turistbyran/"), ("Lediga jobb", "/jobb/"),
                     ("Bygglov", "/bygga-bo-och-miljo/bygglov/"), ("Snöröjning", "/bygga-bo-och-miljo/gator-och-trafik/")],
         footer_extra="<div class=\"widget\"><h2>Ekträsk Vatten AB</h2><p>Kundtjänst för VA och renhållning: 0980-319 280</p></div>")
page(S, "/", "index.html", "Ekträsks kommun", "", "", front=True)
page(S, "/kontakta-oss/", "kontakta-oss.html", "Kontakta oss", "Kontakta oss",
     "<h2>Växel</h2><p>Telefon 0980-319 200</p>"
     "<h2>Ekträsks servicecenter</h2><p>Servicecentret är din väg in till kommunen. Vi finns här för dig och tar oss tid "
     "att lyssna – hör av dig om du undrar något.</p><p>Telefon 0980-319 210<br>E-post servicecenter@ektrask.se</p>"
     "<p>Kommunvägledare: Sara Nyström, Jonas Pekkari</p>"
     "<h2>Postadress</h2><p>Ekträsks kommun, 999 24 Ekträsk</p><p class=\"page-owner\">Sidansvarig: Kommunikationsenheten</p>")
page(S, "/for-anstallda/", "for-anstallda.html", "För anställda", "För anställda",
     "<p>Genvägar till intranätet, Självservice och webbmejl.</p><h2>IT-kundtjänsten</h2>"
     "<p>IT-kundtjänsten för kommunens anställda hjälper till med inloggning, lösenord och utrustning. "
     "Ring 0980-319 299 vardagar 7–17. IT-kundtjänstens chef: Henrik Alm.</p>")
page(S, "/kultur-och-fritid/turistbyran/", "turistbyran.html", "Turistbyrån", "Turistbyrån",
     "<p>Turistbyrån vid Storgatan 8 hjälper besökare med boende, fiskekort, skoterleder och guidade turer. "
     "Telefon 0980-319 270. Öppet juni–augusti alla dagar 10–18.</p>")
S["search_hits"] = {"servicecenter": ["/kontakta-oss/"], "servicecentret": ["/kontakta-oss/"]}
page(S, "/sok/", "sok.html", "Sök", "Sök", "<div class=\"search-results\"><!--SEARCH_RESULTS--></div>")
S["search_path"], S["search_param"] = "/", "s"
ALL.append(S)

# ------------------------------------------------------------------ 9125 Frösvik (bootstrap) = 0, look-alikes only
S = site("9125", "Frösvik", "14", "Västra Götalands län", "bootstrap", vaxel="08-465 004 50", epost="kommun@frosvik.se",
         orgnr="212000-9125", gata="Kommunhuset, Hamngatan 9", postnr="999 25",
         header_links=[("Frösvik Energi kundservice", "https://frosvikenergi.example/kundservice"), ("Kontakt", "/kontakt/")],
         sub_href={"Skolskjuts": "/barn-och-utbildning/skolskjuts/"},
         hero_cards=[("Frösviksbostäders kundcenter – felanmälan lägenhet", "https://frosviksbostader.example/kundcenter"),
                     ("Ansök om skolskjuts", "/barn-och-utbildning/skolskjuts/"), ("Lediga jobb", "/jobb/"),
                     ("Evenemang", "/evenemang/")],
         news=[("Gästhamnens servicecenter öppnar för säsongen", "/nyheter/gasthamnens-servicecenter/", "2026-04-28", "Nu kan båtgäster åter få hjälp med el, septitömning och hamnavgifter."), ("Skatteverkets servicekontor får nya öppettider", "/nyheter/skatteverket-oppettider/", "2026-10-02", "Statens servicecenter i Frösvik har öppet på tisdagar och torsdagar från december."), *STD_NEWS],
         footer_extra="<div class=\"col-md-4\"><h2 class=\"h6\">Turistinformation</h2><p>Turistbyrån i Frösvik, Hamngatan 2<br>08-465 004 55</p></div>")
page(S, "/", "index.html", "Frösviks kommun", "", "", front=True)
page(S, "/kontakt/", "kontakt.html", "Kontakt", "Kontakt",
     generic_kontakt(S, "<p>Växeln är öppen vardagar 8–16 och kopplar dig vidare till rätt handläggare.</p>"
                        "<h2>El, fjärrvärme och bredband</h2><p>Kontaktuppgifter till Frösvik Energis kundservice finns på "
                        "<a href=\"https://frosvikenergi.example/\">frosvikenergi.example</a>.</p>"))
page(S, "/barn-och-utbildning/skolskjuts/", "skolskjuts.html", "Skolskjuts", "Skolskjuts",
     "<p>Elever i grundskolan kan ha rätt till skolskjuts om avståndet mellan hemmet och skolan är långt.</p>"
     "<h2>Kundtjänst för skolskjuts</h2><p>Kundtjänst för skolskjuts svarar på frågor om busskort, hållplatser och "
     "förseningar. Telefon 08-465 004 57, vardagar 7–9 och 13–15. E-post skolskjuts@frosvik.se.</p>"
     "<p>Ansvarig för skolskjutsplanering: Birgitta Holm, skolskjutssamordnare.</p>")
page(S, "/nyheter/gasthamnens-servicecenter/", "nyhet-gasthamn.html", "Gästhamnens servicecenter öppnar för säsongen",
     "Gästhamnens servicecenter öppnar för säsongen",
     "<p><time>2026-04-28</time></p><p>Den 1 maj öppnar gästhamnens servicecenter vid Norra kajen. Där får båtgäster "
     "hjälp med el, septitömning, dusch och hamnavgifter. Telefon 08-465 004 58, öppet alla dagar 8–20.</p>"
     "<p>Hamnchef Olle Ström ansvarar för gästhamnens servicecenter.</p>")
page(S, "/nyheter/skatteverket-oppettider/", "nyhet-skatteverket.html", "Skatteverkets servicekontor får nya öppettider",
     "Skatteverkets servicekontor får nya öppettider",
     "<p><time>2026-10-02</time></p><p>Statens servicecenter, där du kan få hjälp med ärenden hos Skatteverket och "
     "Försäkringskassan, ändrar sina öppettider från den 1 december. Statens servicekontor på Hamngatan 11 har då öppet "
     "tisdagar och torsdagar 10–16.</p>")
page(S, "/jobb/", "jobb.html", "Lediga jobb", "Lediga jobb",
     "<ul><li><a href=\"/jobb/larare-ma-no/\">Lärare i matematik och NO</a></li>"
     "<li><a href=\"https://frosvikenergi.example/jobb\">Kundservicemedarbetare till Frösvik Energi AB</a></li>"
     "<li><a href=\"/jobb/hamnvard/\">Säsongsanställd hamnvärd till gästhamnen</a></li></ul>")
S["search_hits"] = {"kundtjänst": ["/barn-och-utbildning/skolskjuts/"], "servicecenter": ["/nyheter/gasthamnens-servicecenter/", "/nyheter/skatteverket-oppettider/"]}
std_pages(S)
ALL.append(S)

# ------------------------------------------------------------------ 9126 Granhammar (table, latin-1) = 4
S = site("9126", "Granhammar", "20", "Dalarnas län", "table", vaxel="031-390 06 50", epost="kommun@granhammar.se",
         orgnr="212000-9126", gata="Kommunhuset, Bergsgatan 7", postnr="999 26", caps=True,
         extra_top=[("Medborgarkontoret", "/medborgarkontoret.asp")],
         area_href={"Omsorg och stöd": "/omsorg.asp", "Barn och utbildning": "/utbildning.asp", "Bygga, bo och miljö": "/bygga.asp",
                    "Kultur och fritid": "/kultur.asp", "Näringsliv och arbete": "/naringsliv.asp", "Kommun och politik": "/kommun.asp"},
         header_links=[("Kontakta oss", "/kontakta.asp")],
         hero_cards=[("Lediga jobb", "/jobb.asp"), ("Sophämtning", "/sophamtning.asp"), ("Bygglov", "/bygglov.asp"),
                     ("Vinterväghållning", "/vinter.asp")],
         news=[("Statens servicecenter öppnar servicekontor i Granhammar", "/nyhet.asp?id=311", "2026-09-30", "I januari öppnar Statens servicecenter ett servicekontor i biblioteket."), *STD_NEWS],
         left_extra="<table width=\"100%\" cellpadding=\"4\"><tr><td bgcolor=\"#fff3c4\"><font face=\"Verdana\" size=\"1\">"
                    "<b>Granhammars Energi AB:s kundtjänst</b><br>Frågor om el och fjärrvärme: 031-390 06 80</font></td></tr></table>")
page(S, "/default.asp", "index.html", "Granhammars kommun - Startsida", "", "", front=True)
page(S, "/medborgarkontoret.asp", "medborgarkontoret.html", "Medborgarkontoret", "Medborgarkontoret",
     "<p>Välkommen till Medborgarkontoret! Vi finns här för dig som bor i Granhammar. Hör av dig om du undrar något, "
     "så hjälper vi dig.</p><p><b>Telefon:</b> 031-390 06 55<br><b>Öppettider:</b> måndag&#150;fredag 8.00&#150;16.00</p>"
     "<p>Chef för medborgarkontoret: Ingrid Sahlin</p>".replace("&#150;", "-"))
page(S, "/kontakta.asp", "kontakta.html", "Kontakta oss", "Kontakta oss", generic_kontakt(S))
page(S, "/nyhet.asp", "nyhet-statens.html", "Statens servicecenter öppnar servicekontor i Granhammar",
     "Statens servicecenter öppnar servicekontor i Granhammar",
     "<p>2026-09-30</p><p>Statens servicecenter öppnar i januari ett servicekontor i biblioteket på Bergsgatan 3. Där "
     "får du hjälp med ärenden hos Skatteverket, Försäkringskassan och Pensionsmyndigheten. "
     "Mats Olin, chef för Statens servicecenter i Dalarna, hälsar alla välkomna.</p>")
S["redirects"] = {"/": ["/default.asp", 302]}
S["search_hits"] = {"medborgarkontor": ["/medborgarkontoret.asp"], "medborgarkontoret": ["/medborgarkontoret.asp"]}
S["search_path"], S["search_param"] = "/sok.asp", "q"
page(S, "/sok.asp", "sok.html", "Sök", "Sök", "<div class=\"search-results\"><!--SEARCH_RESULTS--></div>")
ALL.append(S)

# ------------------------------------------------------------------ 9127 Hultaby (aria) = 3, "Kontakt Hultaby" in footer only
S = site("9127", "Hultaby", "07", "Kronobergs län", "aria", vaxel="040-628 04 50", epost="hultaby.kommun@hultaby.se",
         orgnr="212000-9127", gata="Kommunhuset, Allégatan 5", postnr="999 27",
         header_links=[("Kontakt", "/kontakt/")],
         hero_cards=[("Hultaby Hamn AB kundcenter", "https://hultabyhamn.example/kundcenter"), ("Förskola", "/barn-och-utbildning/forskola/"),
                     ("Turistinformation", "/kultur-och-fritid/turistinformation/"), ("Lediga jobb", "/jobb/")],
         footer_extra="<div><div role=\"heading\" aria-level=\"2\">Har du frågor?</div><p><a href=\"/kontakt-hultaby/\">Kontakt Hultaby – "
                      "vi svarar på dina frågor</a></p></div>")
page(S, "/", "index.html", "Hultaby kommun", "", "", front=True)
page(S, "/kontakt-hultaby/", "kontakt-hultaby.html", "Kontakt Hultaby", "Kontakt Hultaby",
     "<p>Kontakt Hultaby är kommunens servicefunktion för invånare. Vi svarar på frågor om förskola och skola, "
     "hemtjänst, bygglov, avfallshämtning och vatten och avlopp.</p><p>Ring 040-628 04 55 vardagar 8–17 eller "
     "mejla kontakt@hultaby.se. Du kan också <button type=\"button\" class=\"chat\">Chatta med oss</button>.</p>"
     "<p>Kontaktperson för frågor om den här sidan: Elin Strand, kommunikatör</p>")
page(S, "/kontakt/", "kontakt.html", "Kontakt", "Kontakt", generic_kontakt(S))
page(S, "/kultur-och-fritid/turistinformation/", "turist.html", "Turistinformation", "Turistinformation",
     "<p>Turistinformationen finns i Stationshuset och hjälper besökare med boende, kanotleder och evenemang. "
     "Telefon 040-628 04 70.</p>")
S["search_hits"] = {"kontakt hultaby": ["/kontakt-hultaby/"]}
std_pages(S)
ALL.append(S)

# ------------------------------------------------------------------ 9128 Ljungåsen (drupal) = 2, news-only unit
NEWS_KC = "/nyheter/kundcentret-far-nya-telefontider"
S = site("9128", "Ljungåsen", "12", "Skåne län", "drupal", vaxel="0980-319 250", epost="kommunen@ljungasen.se",
         orgnr="212000-9128", gata="Kommunhuset, Lindvägen 2", postnr="999 28",
         topbar=[("Ljungåsenhem AB kundcenter", "https://ljungasenhem.example/kundcenter")],
         header_links=[("Kontakta oss", "/kontakta-oss")],
         extra_sub={"Näringsliv och arbete": [("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag")]},
         hero_cards=[("Lediga jobb", "/jobb/"), ("Felanmälan", "/e-tjanster/felanmalan/"),
                     ("Ljungåsens Energi – kundservice", "https://ljungasensenergi.example/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/")],
         news=[("Kundcentret får nya telefontider", NEWS_KC, "2026-10-13", "Från den 1 november svarar kundcentret i telefon på nya tider."), *STD_NEWS])
page(S, "/", "index.html", "Startsida | Ljungåsens kommun", "", "", front=True)
page(S, NEWS_KC, "nyhet-kundcentret.html", "Kundcentret får nya telefontider", "Kundcentret får nya telefontider",
     "<p><time>2026-10-13</time></p><p>Från den 1 november ändras telefontiderna för kommunens kundcenter. "
     "Kundcentret hjälper dig med dina frågor och finns här för alla som bor och verkar i Ljungåsen.</p>"
     "<p>Nya telefontider: måndag–torsdag 9–15, fredag 9–12. Telefon 0980-319 255.</p>")
page(S, "/kontakta-oss", "kontakta-oss.html", "Kontakta oss", "Kontakta oss", generic_kontakt(S))
page(S, "/naringsliv-och-arbete/servicecenter-for-foretag", "foretag.html", "Servicecenter för företag", "Servicecenter för företag",
     "<p>Servicecenter för företag hjälper dig med tillstånd för serveringar, livsmedel och bygglov för verksamhetslokaler. "
     "Telefon 0980-319 260, foretag@ljungasen.se. Enhetschef för Servicecenter för företag: Kristina Moberg.</p>")
S["search_hits"] = {"kundcenter": [NEWS_KC], "kundcentret": [NEWS_KC]}
std_pages(S)
ALL.append(S)

# ------------------------------------------------------------------ 9129 Myrbacka (vue) = 3, unit two clicks deep
SK = "/kommun-och-politik/servicekontoret/"
ORG = "/kommun-och-politik/organisation/kommunledningskontoret/"
S = site("9129", "Myrbacka", "22", "Västernorrlands län", "vue", vaxel="08-465 004 30", epost="kommun@myrbacka.se",
         orgnr="212000-9129", gata="Kommunhuset, Kyrkvägen 10", postnr="999 29",
         header_links=[("Kontakta oss", "/kontakta-oss/")],
         hero_cards=[("Lediga jobb", "/jobb/"), ("Förskola och skola", "/barn-och-utbildning/"), ("Kommun och politik", "/kommun-och-politik/"),
                     ("Driftinformation", "/driftinformation/")],
         sub_href={"Organisation": ORG},
         news=[("Statens servicekontor i Myrbacka byter lokal", "/nyheter/statens-servicekontor-byter-lokal/", "2026-10-07", "Skatteverkets och Försäkringskassans gemensamma servicekontor flyttar till Stationsgatan."), *STD_NEWS],
         footer_extra="<div><h2>Bolag</h2><p>Myrbacka Energi kundservice: 08-465 004 80</p></div>")
page(S, "/", "index.html", "Myrbacka kommun", "", "", front=True)
page(S, "/kommun-och-politik/", "kommun-och-politik.html", "Kommun och politik", "Kommun och politik",
     "<p>Här hittar du information om hur kommunen styrs och är organiserad.</p><ul class=\"link-list\">"
     f"<li><a href=\"{ORG}\">Organisation</a></li><li><a href=\"/kommun-och-politik/politik-och-namnder/\">Politik och nämnder</a></li>"
     f"<li><a href=\"{SK}\">Servicekontoret – hjälp med dina ärenden</a></li>"
     "<li><a href=\"/kommun-och-politik/allmanna-handlingar/\">Allmänna handlingar</a></li></ul>")
page(S, SK, "servicekontoret.html", "Servicekontoret", "Servicekontoret",
     "<p>Servicekontoret i Myrbacka hjälper dig med frågor om bostadsanpassning, färdtjänst, skolval och bygglov, "
     "och med att använda kommunens e-tjänster.</p><p>Besöksadress: Kommunhuset, Kyrkvägen 10</p>"
     "<table><caption>Öppettider</caption><tr><th>Måndag–onsdag</th><td>9–16</td></tr><tr><th>Torsdag</th><td>9–18</td></tr>"
     "<tr><th>Fredag</th><td>9–14</td></tr></table>"
     f"<p>Servicekontoret är en del av <a href=\"{ORG}\">kommunledningskontoret</a>.</p>")
page(S, ORG, "kommunledningskontoret.html", "Kommunledningskontoret", "Kommunledningskontoret",
     "<p>Kommunledningskontoret stödjer kommunstyrelsen och leder kommunens gemensamma verksamheter.</p>"
     "<ul><li>Kommundirektör: Åsa Lindqvist</li><li>Ekonomichef: Mikael Berg</li>"
     "<li>Servicekontoret leds av enhetschef Jonas Berg.</li><li>Kommunikationschef: Frida Nylund</li></ul>")
page(S, "/kontakta-oss/", "kontakta-oss.html", "Kontakta oss", "Kontakta oss", generic_kontakt(S))
page(S, "/nyheter/statens-servicekontor-byter-lokal/", "nyhet-statens.html", "Statens servicekontor i Myrbacka byter lokal",
     "Statens servicekontor i Myrbacka byter lokal",
     "<p><time>2026-10-07</time></p><p>Statens servicecenter flyttar sitt kontor i Myrbacka till Stationsgatan 4 den "
     "15 november. Där får du hjälp med ärenden hos Skatteverket, Försäkringskassan och Pensionsmyndigheten.</p>")
S["search_hits"] = {"servicekontor": [SK], "servicekontoret": [SK]}
std_pages(S)
ALL.append(S)

# ------------------------------------------------------------------ 9130 Sjövalla (sitevision) = 5
S = site("9130", "Sjövalla", "13", "Hallands län", "sitevision", vaxel="031-390 06 30", epost="sjovalla.kommun@sjovalla.se",
         orgnr="212000-9130", gata="Kommunhuset, Strandvägen 1", postnr="999 30",
         topbar=[("Sjövalla Energi kundservice", "https://sjovallaenergi.example/kundservice")],
         header_links=[("Kontakt", "/kontakt/")],
         hero_cards=[("Invånarservice – vi hjälper dig", "/invanarservice/"), ("Lediga jobb", "/jobb/"),
                     ("Bygg- och miljöservice", "/bygga-bo-och-miljo/bygg-och-miljoservice/"), ("Evenemang", "/evenemang/")],
         news=[("Efter kl. 16 svarar Grannbro kommuns kontaktcenter", "/nyheter/kvallsjour-grannbro/", "2026-10-05", "Från november tar grannkommunens kontaktcenter emot samtal till växeln på kvällstid."), *STD_NEWS])
page(S, "/", "index.html", "Startsida | Sjövalla kommun", "", "", front=True)
page(S, "/invanarservice/", "invanarservice.html", "Invånarservice", "Invånarservice",
     "<p>Invånarservice tar emot dina frågor om kommunens verksamheter. Vi kan hjälpa dig med bland annat "
     "barnomsorgsavgifter, skolskjuts, bygglovsfrågor, avfallsabonnemang och ansökan om färdtjänst.</p>"
     "<h2>Kontakta Invånarservice</h2><p>Telefon 031-390 06 33 (vardagar 8–16)<br>E-post: invanarservice(at)sjovalla.se<br>"
     "<a href=\"/e-tjanster/kontaktformular/\">Kontaktformulär</a></p>"
     "<div class=\"contact-card\"><p><strong>Karin Ek</strong><br>Enhetschef, Invånarservice<br>031-390 06 34</p></div>")
page(S, "/kontakt/", "kontakt.html", "Kontakt", "Kontakt",
     generic_kontakt(S, "<p>Har du frågor om kommunens verksamheter? Vänd dig till <a href=\"/invanarservice/\">Invånarservice</a>.</p>"))
page(S, "/bygga-bo-och-miljo/bygg-och-miljoservice/", "bygg-och-miljoservice.html", "Bygg- och miljöservice", "Bygg- och miljöservice",
     "<p>Bygg- och miljöservice ger råd inför bygglov, anmälan om eldstäder och enskilda avlopp. Telefontid tisdag och "
     "torsdag 9–11 på 031-390 06 40. Bygglovschef: Per Sjöberg.</p>")
page(S, "/nyheter/kvallsjour-grannbro/", "nyhet-grannbro.html", "Efter kl. 16 svarar Grannbro kommuns kontaktcenter",
     "Efter kl. 16 svarar Grannbro kommuns kontaktcenter",
     "<p><time>2026-10-05</time></p><p>Från den 1 november kopplas samtal till Sjövalla kommuns växel efter klockan 16 till "
     "Grannbro kommuns kontaktcenter, som kan ta emot felanmälningar och lämna besked om akuta ärenden. "
     "Under dagtid svarar <a href=\"/invanarservice/\">Invånarservice</a> som vanligt.</p>")
S["search_hits"] = {"invånarservice": ["/invanarservice/"]}
std_pages(S)
ALL.append(S)


def build():
    if SITES.exists():
        shutil.rmtree(SITES)
    for S in ALL:
        d = SITES / S["kommunkod"]
        d.mkdir(parents=True)
        render = FAMILIES[S["family"]]
        latin = S["family"] == "table"
        manifest_pages = {}
        for path, P in S["pages"].items():
            text = render(S, P)
            if latin:
                (d / P["file"]).write_bytes(text.encode("iso-8859-1", errors="xmlcharrefreplace"))
                manifest_pages[path] = {"file": P["file"], "content_type": "text/html; charset=iso-8859-1"}
            else:
                (d / P["file"]).write_text(text, encoding="utf-8")
                manifest_pages[path] = P["file"]
        sp = S.get("search_path", "/sok/")
        manifest_pages.pop(sp if sp != "/" else "/sok/", None)  # search results come from the search handler
        sitemap = [p for p in S["pages"] if p not in ("/sok/", "/sok.asp")]
        m = {"kommunkod": S["kommunkod"], "kommun": S["kommun"], "lan_kod": S["lan_kod"], "lan": S["lan"],
             "family": S["family"], "pages": manifest_pages, "redirects": S["redirects"],
             "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
             "sitemap": sitemap,
             "search": {"path": sp, "param": S.get("search_param", "q"), "hits": S["search_hits"],
                        "template": {"file": "sok.html", "content_type": "text/html; charset=iso-8859-1"} if latin else "sok.html"},
             "front_status": None}
        (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(S["kommunkod"], S["kommun"], len(S["pages"]), "pages")


if __name__ == "__main__":
    build()
