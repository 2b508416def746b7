"""Site data for blind70 (typing aid). People, numbers, addresses and org.nr are invented."""
from __future__ import annotations


def base(code, kommun, kname, lan_kod, lan, family, dom, tel, street, pre="", extra_top_bar=()):
    top = [("Lyssna", f"{pre}/lyssna/"), ("Lättläst", f"{pre}/lattlast/"), ("Teckenspråk", f"{pre}/teckensprak/"), ("In English", f"{pre}/in-english/"), *list(extra_top_bar)]
    return {
        "kommunkod": code, "kommun": kommun, "kname": kname, "lan_kod": lan_kod, "lan": lan, "family": family,
        "prefix": pre, "topbar": top, "street": street,
        "foot": {"post": f"{kname}, 999 {code[2:]} {kommun}", "visit": f"{street} 1, {kommun}", "tel": tel,
                 "mail": f"kommunen@{dom}", "org": f"212000-{code}"},
        "hero_h": f"Välkommen till {kname}",
        "hero_p": "Här hittar du information om kommunens service, e-tjänster och det som händer just nu.",
        "cards": [("Ansök om förskoleplats", f"{pre}/barn-och-utbildning/ansok-om-forskoleplats/"),
                  ("Lediga jobb", f"{pre}/naringsliv-och-arbete/lediga-jobb/"),
                  ("Felanmälan", f"{pre}/trafik-och-infrastruktur/felanmalan/")],
        "search": {"path": f"{pre}/sok/", "param": "q", "hits": {}},
        "pages": {},
    }


MATTERS = ("förskola och skola, avgifter för barnomsorg, sophämtning och slamtömning, vatten och avlopp, "
           "parkeringstillstånd, färdtjänst, bostadsanpassning och hur du söker bygglov")

# --------------------------------------------------------------------------------------------- 8051
s1 = base("8051", "Storvallen", "Storvallens kommun", "01", "Stockholms län", "semantic", "storvallen.se",
          "08-465 004 00", "Rådhusgatan",
          extra_top_bar=[("Kontaktcenter", "/kommun-och-politik/kontakt/kontaktcenter/")])
KC1 = "/kommun-och-politik/kontakt/kontaktcenter/"
s1["extra_top"] = [("Kontakt", "/kontakt/", [("Kontaktcenter", KC1), ("Medborgarkontor", "/kontakt/medborgarkontor/"),
                                            ("Press och media", "/kontakt/press/"),
                                            ("Synpunkter och klagomål", "/kontakt/synpunkter/"),
                                            ("Hitta tjänstepersoner", "/kontakt/personal/")])]
s1["news"] = [("Kontaktcenter har öppet längre i januari", "/nyheter/kontaktcenter-oppet-langre/",
               "<p>Under januari, när många har frågor om nya avgifter och om skolval, har kontaktcenter "
               "telefonöppet till 18.00 på tisdagar och torsdagar.</p>"
               f'<p>Läs mer om vad vi kan hjälpa dig med på sidan <a href="{KC1}">Kontaktcenter</a>.</p>', "28 november")]
s1["pages"] = {
    "/kontakt/": {"h1": "Kontakt", "body":
        "<p>Här hittar du olika sätt att komma i kontakt med Storvallens kommun.</p><ul class=\"cards\">"
        f'<li class="card"><a href="{KC1}">Kontaktcenter</a><p>Ring, mejla eller besök oss.</p></li>'
        '<li class="card"><a href="/kontakt/medborgarkontor/">Medborgarkontor i Norrvik och Sandtorp</a></li>'
        '<li class="card"><a href="/kontakt/press/">Press och media</a></li>'
        '<li class="card"><a href="/kontakt/synpunkter/">Lämna synpunkter</a></li></ul>'
        "<p>Kommunens växel: 08-465 004 00.</p>"},
    KC1: {"h1": "Kontaktcenter", "crumbs": [("Kommun och politik", "/kommun-och-politik/"), ("Kontakt", "/kontakt/")],
          "body":
        "<p>Kontaktcenter är kommunens gemensamma väg in. Vi svarar på dina frågor direkt eller hjälper dig vidare "
        "till rätt handläggare.</p><h2>Vad kan vi hjälpa dig med?</h2>"
        f"<p>Vi svarar bland annat på frågor om {MATTERS}. Du kan också få hjälp att använda kommunens e-tjänster.</p>"
        "<h2>Kontaktuppgifter</h2><table><tr><th>Telefon</th><td><a href=\"tel:+46846500410\">08-465 004 10</a></td></tr>"
        "<tr><th>E-post</th><td><a href=\"mailto:kontaktcenter@storvallen.se\">kontaktcenter@storvallen.se</a></td></tr>"
        "<tr><th>Telefontider</th><td>Måndag–torsdag 8.00–17.00, fredag 8.00–15.00</td></tr>"
        "<tr><th>Besöksadress</th><td>Stadshuset, Rådhusgatan 1, entréplan</td></tr></table>"
        "<p>I kontaktcenter arbetar fjorton kommunvägledare.</p>"
        '<p>Kontaktcenter har också <a href="/kontakt/medborgarkontor/">medborgarkontor i Norrvik och Sandtorp</a>.</p>'
        "<h2>Organisation</h2><p>Enhetschef för kontaktcenter: Malin Öhrström</p>"
        f'<p>Aktuellt: <a href="/nyheter/kontaktcenter-oppet-langre/">Kontaktcenter har öppet längre i januari</a></p>'},
    "/kontakt/medborgarkontor/": {"h1": "Medborgarkontor i Norrvik och Sandtorp", "crumbs": [("Kontakt", "/kontakt/")],
        "body": "<p>I stadsdelarna Norrvik och Sandtorp finns medborgarkontor där du kan få hjälp med kommunens "
        "e-tjänster, blanketter och frågor om bostadsanpassning och färdtjänst.</p>"
        "<h2>Medborgarkontoret i Norrvik</h2><p>Norrviks torg 4. Öppet tisdag och torsdag 10.00–16.00.</p>"
        "<h2>Medborgarkontoret i Sandtorp</h2><p>Sandtorpsvägen 12, i biblioteket. Öppet onsdag 12.00–18.00.</p>"
        f'<p>Medborgarkontoren är en del av <a href="{KC1}">kontaktcenter</a>.</p>'},
}
s1["english"] = ("<p>Storvallen municipality has a Contact Centre (<i>Kontaktcenter</i>) that answers questions in "
                 "Swedish and English. Call 08-465 004 10 on weekdays.</p>"
                 f'<p><a href="{KC1}">Kontaktcenter (in Swedish)</a></p>')
s1["search"]["hits"] = {"kontaktcenter": [KC1, "/kontakt/medborgarkontor/", "/nyheter/kontaktcenter-oppet-langre/"],
                        "medborgarkontor": ["/kontakt/medborgarkontor/"]}

# --------------------------------------------------------------------------------------------- 8052
s2 = base("8052", "Norrhamra", "Norrhamra kommun", "14", "Västra Götalands län", "sitevision", "norrhamra.se",
          "031-390 06 00", "Storgatan", extra_top_bar=[("Kontakta oss", "/kontakta-oss/")])
KC2 = "/kommun-och-politik/organisation/kontaktcenter.4.3f2a1b.html"
ORG2 = "/kommun-och-politik/organisation/"
s2["menu_add"] = {"Kommun och politik": [("Kontaktcenter", KC2)]}
s2["cards"] = s2["cards"] + [("Kommunens organisation", ORG2)]
s2["pages"] = {
    "/kontakta-oss/": {"h1": "Kontakta oss", "body":
        "<p>Det finns flera sätt att kontakta Norrhamra kommun. Välj det som passar dig.</p>"
        '<div class="sv-teaser"><h2><a href="' + KC2 + '">Kontaktcenter</a></h2><p>Har du en fråga? Börja här.</p></div>'
        '<div class="sv-teaser"><h2><a href="/kontakta-oss/press/">Press</a></h2><p>För journalister.</p></div>'
        '<div class="sv-teaser"><h2><a href="/kontakta-oss/synpunkter/">Synpunkter</a></h2><p>Tyck till om vår service.</p></div>'},
    ORG2: {"h1": "Organisation", "crumbs": [("Kommun och politik", "/kommun-och-politik/")], "body":
        "<p>Kommunens verksamhet är organiserad i fem förvaltningar och kommunledningskontoret.</p>"
        "<table><tr><th>Enhet</th><th>Roll</th><th>Namn</th></tr>"
        "<tr><td>Kommunledningskontoret</td><td>Kommundirektör</td><td>Anders Holmqvist</td></tr>"
        f'<tr><td><a href="{KC2}">Kontaktcenter</a></td><td>Enhetschef</td><td>Sara Wiklund</td></tr>'
        "<tr><td>Barn- och utbildningsförvaltningen</td><td>Förvaltningschef</td><td>Per Ågren</td></tr>"
        "<tr><td>Samhällsbyggnadsförvaltningen</td><td>Förvaltningschef</td><td>Lina Hed</td></tr>"
        "<tr><td>Socialförvaltningen</td><td>Förvaltningschef</td><td>Omar Nasser</td></tr></table>"},
    KC2: {"h1": "Kontaktcenter", "crumbs": [("Kommun och politik", "/kommun-och-politik/"), ("Organisation", ORG2)],
          "body":
        "<p>Kontaktcenter tar emot dina frågor till kommunen per telefon, chatt och e-post.</p>"
        "<h2>Det här kan vi hjälpa dig med</h2><ul><li>Förskola, skola och skolskjuts</li>"
        "<li>Sophämtning och återvinning</li><li>Felanmälan av gator och belysning</li><li>Bygglov – hur du ansöker</li>"
        "<li>Parkeringstillstånd och färdtjänst</li></ul>"
        "<h2>Så når du oss</h2><p>Telefon: <a href=\"tel:+4631390610\">031-390 06 10</a></p>"
        "<table><tr><th>Dag</th><th>Telefontid</th></tr><tr><td>Måndag–torsdag</td><td>8.00–16.30</td></tr>"
        "<tr><td>Fredag</td><td>8.00–15.00</td></tr></table>"
        '<p><button type="button" class="chat-open">Chatta med oss</button></p>'
        f'<p>Kontaktcenter är en enhet på kommunledningskontoret, se <a href="{ORG2}">Organisation</a>.</p>'
        "<p class=\"sv-page-owner\">Sidansvarig: Karin Lööf</p>"},
}
s2["english"] = ("<p>Norrhamra is a municipality of 98 000 inhabitants by the coast. For general questions, call "
                 "the municipality on 031-390 06 00.</p>")
s2["search"]["hits"] = {"kontaktcenter": [KC2, ORG2]}

# --------------------------------------------------------------------------------------------- 8053
s3 = base("8053", "Ekebyholm", "Ekebyholms kommun", "12", "Skåne län", "municipio", "ekebyholm.se",
          "040-628 04 00", "Kyrkogatan", extra_top_bar=[("Kontakt", "/kontakt/")])
KC3 = "/kommun-och-politik/kontakt/kundcenter/"
MK3 = "/kontakt/medborgarkontoret-lovhaga/"
s3["search"] = {"path": "/", "param": "s", "hits": {"kundcenter": [KC3], "medborgarkontor": [MK3]}}
s3["cards"] = [("Kundcenter – ring, chatta eller besök oss", KC3)] + s3["cards"]
s3["footer_extra"] = ("<p>Ekebyholms Energi AB:s kundtjänst: 040-628 04 90, vardagar 8–16. "
                      "Frågor om el och fjärrvärme.</p>")
s3["pages"] = {
    "/kontakt/": {"h1": "Kontakta oss", "body":
        "<p>Välj hur du vill komma i kontakt med oss.</p><ul>"
        f'<li><a href="{KC3}">Kundcenter</a> – kommunens centrala kundtjänst</li>'
        f'<li><a href="{MK3}">Medborgarkontoret i Lövhaga</a></li>'
        '<li><a href="/kontakt/synpunkter/">Synpunkter och klagomål</a></li></ul>'},
    KC3: {"h1": "Kundcenter", "crumbs": [("Kommun och politik", "/kommun-och-politik/"), ("Kontakt", "/kontakt/")],
          "body":
        "<p>På kundcenter får du svar på de flesta frågor om kommunens verksamheter, direkt när du hör av dig.</p>"
        "<h2>Vi hjälper dig med</h2><p>Vanliga frågor gäller avfallshämtning och sopkärl, förskoleplats, "
        "parkeringstillstånd, bygglov och felanmälan av gatubelysning och vägar.</p>"
        "<h2>Kontakta kundcenter</h2><ul><li>Telefon: 040-628 04 20, vardagar 8.00–17.00</li>"
        "<li>Chatt: klicka på chattknappen nere till höger, vardagar 9.00–15.00</li>"
        "<li>Besök: Kommunhuset, Kyrkogatan 1</li></ul>"
        '<button type="button" class="chat-button" aria-label="Chatta med kundcenter">Chatt</button>'
        "<h2>Om kundcenter</h2><p>Kundcenter tillhör kommunledningsförvaltningen, som leds av kommundirektör "
        "Håkan Ström. Hos oss arbetar tio kommunvägledare.</p>"
        f'<p>I Lövhaga finns också <a href="{MK3}">Medborgarkontoret i Lövhaga</a>.</p>'
        "<p>Sidansvarig: Ida Lund, kommunikatör</p>"},
    MK3: {"h1": "Medborgarkontoret i Lövhaga", "crumbs": [("Kontakt", "/kontakt/")], "body":
        "<p>Medborgarkontoret i Lövhaga centrum hjälper dig med kommunens e-tjänster och blanketter, och du kan "
        "låna en dator.</p><p>Öppet måndag och onsdag 10.00–16.00. Lövhaga torg 2.</p>"
        "<p>Kontaktperson: Amir Said, kommunvägledare</p>"},
}
s3["english"] = ("<p>Do you have questions for Ekebyholm municipality? Our Customer Centre, Kundcenter, answers in "
                 f'Swedish and English: 040-628 04 20.</p><p><a href="{KC3}">Kundcenter</a></p>')

# --------------------------------------------------------------------------------------------- 8054
s4 = base("8054", "Sjötorp", "Sjötorps kommun", "25", "Norrbottens län", "bootstrap", "sjotorp.se",
          "0980-319 200", "Sjögatan")
KC4 = "/kommun-och-politik/om-kommunen/kontaktcenter/"
OM4 = "/kommun-och-politik/om-kommunen/"
s4["extra_top"] = [("Kontakt", "/kontakt/", [("Press", "/kontakt/press/"), ("Synpunkter", "/kontakt/synpunkter/")])]
s4["news"] = [("Bygglovsservice förlänger telefontiderna", "/nyheter/bygglovsservice-telefontider/",
               "<p>Från 1 mars svarar bygglovsservice i telefon även på eftermiddagar, måndag–torsdag 13.00–15.00. "
               "Bygglovsservice svarar på frågor om bygglov, anmälan och strandskydd.</p>", "1 december")]
s4["pages"] = {
    "/kontakt/": {"h1": "Kontakt", "body":
        "<p>Du når Sjötorps kommun via växeln på 0980-319 200, vardagar 7.30–16.30, eller via e-post till "
        "kommunen@sjotorp.se.</p><p>Registrator tar emot handlingar till kommunen: registrator@sjotorp.se.</p>"
        "<p>Statens servicecenter finns i Sjötorp, Sjögatan 20, för frågor till Skatteverket och Försäkringskassan.</p>"},
    OM4: {"h1": "Om kommunen", "crumbs": [("Kommun och politik", "/kommun-och-politik/")], "body":
        "<p>Sjötorp är Norrbottens kustkommun med 61 000 invånare. Kommunen är en av länets största arbetsgivare.</p>"
        "<h2>Fakta</h2><ul><li>Yta: 4 300 km²</li><li>Invånare: 61 000</li><li>Tätorter: 14</li></ul>"},
    KC4: {"h1": "Kontaktcenter", "crumbs": [("Kommun och politik", "/kommun-och-politik/"), ("Om kommunen", OM4)],
          "body":
        "<p>Kontaktcenter öppnade i höstas och svarar på frågor från invånare, företag och besökare.</p>"
        "<h2>Vanliga frågor vi svarar på</h2><ul><li>Avgifter för förskola och fritidshem</li><li>Sophämtning och "
        "tömningsschema</li><li>Snöröjning och gatubelysning</li><li>Bostadsanpassning</li></ul>"
        "<h2>Kontakt</h2><p>Telefon 0980-319 210<br>E-post: kontaktcenter@sjotorp.se<br>"
        "Telefontid: vardagar 8.00–16.00</p>"
        "<p>Kontaktcenterchef är Petra Nyman.</p>"},
}
s4["english"] = "<p>Contact Sjötorp municipality through the switchboard, 0980-319 200, weekdays 7.30–16.30.</p>"
s4["search"]["hits"] = {"kontaktcenter": [KC4]}
s4["unlinked"] = [KC4]

# --------------------------------------------------------------------------------------------- 8055
s5 = base("8055", "Björkmora", "Björkmora kommun", "20", "Dalarnas län", "table", "bjorkmora.se",
          "08-465 004 50", "Torggatan", extra_top_bar=[("Kontakt", "/kontakt.asp")])
SC5 = "/om-kommunen/servicecenter.asp"
s5["href_over"] = {("Kommun och politik", "Om kommunen"): "/om-kommunen.asp"}
s5["menu_add"] = {"Näringsliv och arbete": [("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag/")]}
s5["n_news"] = 2
s5["footer_extra"] = "<p>Björkmora Energi AB:s kundtjänst: 08-465 004 90 (el, fjärrvärme och bredband)</p>"
s5["pages"] = {
    "/om-kommunen.asp": {"h1": "Om kommunen", "body":
        "<p>Björkmora är en kommun i södra Dalarna med 73 000 invånare och tre större tätorter.</p>"
        '<table cellpadding="6"><tr><td bgcolor="#f0f0f0"><b><a href="' + SC5 + '">Servicecenter</a></b><br>'
        "Hit kan du vända dig</td><td bgcolor=\"#f0f0f0\"><b><a href=\"/om-kommunen/historia.asp\">Historia</a></b><br>"
        "Från bruksort till kommun</td><td bgcolor=\"#f0f0f0\"><b><a href=\"/om-kommunen/statistik.asp\">Statistik</a></b>"
        "<br>Befolkning och ekonomi</td></tr></table>"},
    "/kontakt.asp": {"h1": "Kontakt", "body":
        "<p>Växel: 08-465 004 50, vardagar 8.00–16.30. E-post: kommunen@bjorkmora.se</p>"
        '<p>Se även <a href="' + SC5 + '">Servicecenter</a>.</p>'},
    SC5: {"h1": "Servicecenter", "crumbs": [("Om kommunen", "/om-kommunen.asp")], "body":
        "<p>Servicecenter är kommunens väg in. Vi hjälper dig med allt som rör kommunen, och hör gärna av dig "
        "om du undrar något. Vi finns här för dig.</p>"
        "<p>Telefon: 08-465 004 60<br>E-post: servicecenter@bjorkmora.se<br>Telefontider: måndag–fredag "
        "8.00–16.00, lunchstängt 12.00–12.30</p>"
        "<p>Ansvarig för servicecenter är Johanna Berglund.</p>"},
}
s5["english"] = "<p>Björkmora municipality, Dalarna. Switchboard: 08-465 004 50.</p>"
s5["search"]["hits"] = {"servicecenter": [SC5]}

# --------------------------------------------------------------------------------------------- 8056
s6 = base("8056", "Vallinge", "Vallinge kommun", "03", "Uppsala län", "custom", "vallinge.se",
          "031-390 06 50", "Slottsgatan")
MS6 = "/kommun-och-politik/organisation/medborgarservice/"
ORG6 = "/kommun-och-politik/organisation/"
s6["extra_top"] = [("Medborgarservice", "/medborgarservice", [("Öppettider", "/medborgarservice/oppettider/"),
                                                                ("Boka tid", "/medborgarservice/boka-tid/")])]
s6["redirects"] = {"/medborgarservice": [MS6, 301]}
s6["cards"] = s6["cards"] + [("Vallinge Bostäder AB:s kundcenter – lediga lägenheter", "/bostader/lediga/")]
s6["pages"] = {
    ORG6: {"h1": "Organisation", "crumbs": [("Kommun och politik", "/kommun-och-politik/")], "body":
        "<p>Vallinge kommun har sex förvaltningar. Kommunstyrelsens förvaltning ansvarar för bland annat "
        f'ekonomi, personal, kommunikation och <a href="{MS6}">Medborgarservice</a>.</p>'},
    MS6: {"h1": "Medborgarservice", "crumbs": [("Kommun och politik", "/kommun-och-politik/"), ("Organisation", ORG6)],
          "body":
        "<p>Medborgarservice är din första kontakt med kommunen. Vi svarar på frågor om skola och förskola, "
        "avfall, vatten och avlopp, gator och parker, bygglov och om kommunens e-tjänster.</p>"
        "<h2>Här finns vi</h2><ul><li>Stadshuset, Slottsgatan 1 – måndag–fredag 8.00–17.00</li>"
        "<li>Östertulls bibliotek, Östertullsgatan 5 – tisdag och torsdag 12.00–18.00</li></ul>"
        "<h2>Ring eller skriv</h2><p>Telefon 031-390 06 60, vardagar 8.00–17.00. E-post: medborgarservice[at]vallinge.se</p>"
        "<h2>Om oss</h2><p>Medborgarservice är en enhet inom kommunstyrelsens förvaltning. Verksamheten leds av "
        "en enhetschef och har sexton medarbetare.</p>"},
}
s6["english"] = ("<p>Citizen Service (Medborgarservice) in Vallinge helps you in Swedish and English: call "
                 f'031-390 06 60.</p><p><a href="{MS6}">Medborgarservice</a></p>')
s6["search"]["hits"] = {"medborgarservice": [MS6]}

# --------------------------------------------------------------------------------------------- 8057
s7 = base("8057", "Hammarvik", "Hammarviks kommun", "21", "Gävleborgs län", "aria", "hammarvik.se",
          "040-628 04 50", "Hamngatan", extra_top_bar=[("Kontakt", "/kontakt/")])
KH7 = "/kommun-och-politik/organisation/kontakt-hammarvik/"
ORG7 = "/kommun-och-politik/organisation/"
KP7 = "/kommun-och-politik/"
s7["href_over"] = {("Kommun och politik", "Organisation"): ORG7}
s7["news"] = [("Kontakt Hammarvik svarar nu även på lördagar", "/nyheter/kontakt-hammarvik-lordagar/",
               "<p>Från och med februari har Kontakt Hammarvik telefonöppet även på lördagar 10.00–14.00. Du kan "
               "ringa om skola, avfall, bygglov, snöröjning och parkeringstillstånd på 040-628 04 60 eller "
               "mejla kontakt@hammarvik.se.</p><p>– Många vill ringa på helgen när de har tid, säger Lena Vik, "
               "enhetschef för Kontakt Hammarvik.</p>", "25 november")]
s7["pages"] = {
    "/kontakt/": {"h1": "Kontakt", "title": "Kontakt - Hammarviks kommun", "body":
        "<p>Kommunens växel: 040-628 04 50. E-post: kommunen@hammarvik.se</p>"
        "<p>Postadress och fakturaadress hittar du längst ner på sidan.</p>"},
    KP7: {"h1": "Kommun och politik", "body":
        "<p>Här hittar du information om hur kommunen styrs och är organiserad.</p><ul>"
        '<li><a href="/kommun-och-politik/kommunfullmaktige/">Kommunfullmäktige</a></li>'
        f'<li><a href="{ORG7}">Organisation</a></li>'
        '<li><a href="/kommun-och-politik/budget-och-ekonomi/">Budget och ekonomi</a></li></ul>'},
    ORG7: {"h1": "Organisation", "crumbs": [("Kommun och politik", KP7)], "body":
        "<p>Kommunens förvaltningar och enheter:</p><ul><li>Kommunledningskontoret</li>"
        f'<li><a href="{KH7}">Kontakt Hammarvik</a></li><li>Barn och utbildning</li><li>Vård och omsorg</li>'
        "<li>Samhällsbyggnad</li></ul>"},
    KH7: {"h1": "Kontakt Hammarvik", "crumbs": [("Kommun och politik", KP7), ("Organisation", ORG7)], "body":
        "<p>Kontakt Hammarvik är din väg in till kommunen. Hör av dig om du undrar något, så hjälper vi dig "
        "så gott vi kan.</p><p>Ring oss på 040-628 04 60. Övriga kontaktuppgifter hittar du längst ner på sidan.</p>"},
}
s7["english"] = "<p>Welcome to Hammarvik. The switchboard answers on weekdays: 040-628 04 50.</p>"
s7["search"]["hits"] = {"kontakt hammarvik": [KH7, "/nyheter/kontakt-hammarvik-lordagar/"]}

# --------------------------------------------------------------------------------------------- 8058
s8 = base("8058", "Lindåsa", "Lindåsa kommun", "08", "Kalmar län", "soup", "lindasa.se", "0980-319 250",
          "Strandvägen", extra_top_bar=[("Kontakta oss", "/kontakta-oss/")])
SF8 = "/naringsliv-och-arbete/servicecenter-for-foretag/"
s8["cards"] = [("Servicecenter för företag", SF8)] + s8["cards"]
s8["menu_add"] = {"Näringsliv och arbete": [("Servicecenter för företag", SF8)]}
s8["footer_extra"] = "<p>Lindåsa Bostäder AB:s kundcenter: 0980-319 290</p>"
s8["jsonld"] = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization",'
                '"name":"Lindåsa kommun","contactPoint":{"@type":"ContactPoint","contactType":"Kontaktcenter",'
                '"telephone":"+46980319250"}}</script>\n<!-- Kontaktcenter: länk läggs in när enheten startar -->\n')
s8["news"] = [("Statens servicekontor flyttar till Torget", "/nyheter/statens-servicekontor/",
               "<p>Statens servicekontor, där du får hjälp med frågor till Skatteverket, Försäkringskassan och "
               "Pensionsmyndigheten, flyttar i mars till Torget 3.</p>", "30 november")]
s8["pages"] = {
    "/kontakta-oss/": {"h1": "Kontakta oss", "title": "Kontakta oss - Lindåsa kommun", "body":
        "<p>Ring kommunens växel på 0980-319 250, vardagar 8.00–16.00, eller mejla kommunen@lindasa.se.</p>"
        "<p>Kundtjänst för VA och renhållning sköts av Lindåsa Vatten AB, telefon 0980-319 280.</p>"
        "<p>Frågor om din lägenhet: Lindåsa Bostäder AB:s kundcenter.</p>"},
    SF8: {"h1": "Servicecenter för företag", "crumbs": [("Näringsliv och arbete", "/naringsliv-och-arbete/")], "body":
        "<p>Servicecenter för företag hjälper dig som driver eller vill starta företag med tillstånd, "
        "serveringstillstånd, livsmedelsregistrering och bygglov för verksamheten.</p>"
        "<p>Telefon 0980-319 270, e-post foretag@lindasa.se, vardagar 9.00–15.00.</p>"
        "<p>Enhetschef för Servicecenter för företag: Nils Rydén</p>"},
}
s8["english"] = ("<p>Customer service: please call the switchboard of Lindåsa municipality, 0980-319 250.</p>")
s8["search"]["hits"] = {"servicecenter": [SF8]}

# --------------------------------------------------------------------------------------------- 8059
s9 = base("8059", "Tornby", "Tornby kommun", "06", "Jönköpings län", "episerver", "tornby.se", "08-465 004 60",
          "Järnvägsgatan", pre="/sv", extra_top_bar=[("Kontakt", "/sv/kontakt/")])
SC9 = "/sv/kommun-och-politik/om-kommunen/servicecentrum/"
OM9 = "/sv/kommun-och-politik/om-kommunen/"
s9["front_path"] = "/sv/"
s9["redirects"] = {"/": ["/sv/", 302]}
s9["n_news"] = 2
s9["footer_extra"] = "<p>Tornby Energi AB:s kundtjänst: 08-465 004 95</p>"
s9["pages"] = {
    "/sv/kontakt/": {"h1": "Kontakt", "body":
        "<p>Du når kommunen via växeln 08-465 004 60 eller e-post kommunen@tornby.se.</p>"},
    OM9: {"h1": "Om kommunen", "crumbs": [("Kommun och politik", "/sv/kommun-och-politik/")], "body":
        "<p>Tornby kommun har 84 000 invånare. Här hittar du fakta, historia och kommunens vision.</p>"},
    SC9: {"h1": "Servicecentrum", "crumbs": [("Kommun och politik", "/sv/kommun-och-politik/"), ("Om kommunen", OM9)],
          "body":
        "<p>Servicecentrum hjälper dig med frågor om förskoleplats, avfallshämtning, parkeringstillstånd, "
        "färdtjänst och felanmälan.</p><p>Ring oss på 08-465 004 70. Övriga kontaktvägar hittar du längst ner "
        "på sidan.</p><p>Hos oss arbetar kommunvägledare som kan svara på det mesta.</p>"
        "<p>Sidansvarig: Erik Sand</p>"},
}
s9["english"] = ("<p>Questions about Tornby municipality? Our service centre answers in Swedish and English.</p>"
                 f'<p><a href="{SC9}">Servicecentrum (in Swedish)</a></p>')
s9["search"] = {"path": "/sv/sok/", "param": "q", "hits": {"servicecentrum": [SC9]}}

# --------------------------------------------------------------------------------------------- 8060
s10 = base("8060", "Frösvik", "Frösviks kommun", "22", "Västernorrlands län", "drupal", "frosvik.se",
           "031-390 06 80", "Nygatan")
K10 = "/kontakt/"
s10["extra_top"] = [("Kontakt", "/kontakt-oss", [("Press", "/kontakt/press/"), ("Synpunkter", "/kontakt/synpunkter/")])]
s10["redirects"] = {"/kontakt-oss": [K10, 301]}
s10["news"] = [("Kontaktcenter flyttar in i stadshuset", "/nyheter/kontaktcenter-flyttar/",
                "<p>I januari flyttar kontaktcenter till nya lokaler på entréplan i stadshuset, Nygatan 1. Under "
                "flyttdagarna 8–9 januari är det stängt för besök.</p>", "29 november")]
s10["pages"] = {
    K10: {"h1": "Kontakta oss", "body":
        "<p>Här hittar du kommunens kontaktvägar.</p>"
        "<h2>Kontaktcenter</h2><p>Kontaktcenter svarar på frågor om bland annat förskola, skola, avfall, vatten "
        "och avlopp, bygglov, hemtjänst och parkering. Vi hjälper dig också att fylla i e-tjänster.</p>"
        "<p>Telefon: <a href=\"tel:+4631390690\">031-390 06 90</a><br>Telefontider: vardagar 8.00–16.30<br>"
        "E-post: kontaktcenter@frosvik.se<br>Besök: Stadshuset, Nygatan 1</p>"
        "<p>Kontaktcenterchef: Ulrika Dahl</p>"
        "<h2>Medborgarkontor i Ånäset och Bredsand</h2><p>I biblioteken i Ånäset och Bredsand finns "
        "medborgarkontor som är öppna tisdagar 10.00–15.00.</p>"
        "<h2>Växel</h2><p>031-390 06 80</p><h2>Press</h2><p>Presstjänst: 031-390 06 99</p>"
        "<p>Sidansvarig: Maja Öberg</p>"},
}
s10["english"] = ("<p>Frösvik municipality's contact centre answers questions on 031-390 06 90.</p>"
                  '<p><a href="/kontakt/">Kontakta oss (in Swedish)</a></p>')
s10["search"]["hits"] = {"kontaktcenter": [K10, "/nyheter/kontaktcenter-flyttar/"]}

SITES = [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10]
