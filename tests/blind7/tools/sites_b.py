"""Sites 9907-9912 (typing aid)."""
from __future__ import annotations

from common import EVENTS, NEWS_POOL, SHORTCUTS
from kit import base, news, news_pages, p, std_footer, std_pages, write_site
from sites_a import shortcuts, sv_text

AO_WORDS = ["Adressändring", "Alkoholtillstånd", "Anhörigstöd", "Avfall", "Badplatser", "Bibliotek", "Bostadsanpassning",
            "Bredband", "Bygglov", "Detaljplaner", "Ekonomiskt bistånd", "Elevhälsa", "Familjerådgivning", "Fiske",
            "Fritidsgårdar", "Färdtjänst", "Förskola", "Grundskola", "Gymnasieskola", "Hemtjänst", "Idrottshallar",
            "Kollektivtrafik", "Kulturskola", "Lediga tomter", "Livsmedelskontroll", "Miljötillstånd", "Parkering",
            "Protokoll", "Skolskjuts", "Skolmat", "Snöröjning", "Sotning", "Särskilt boende", "Turistbyrå",
            "Vatten och avlopp", "Vigsel", "Vuxenutbildning", "Äldreomsorg", "Överförmyndare"]
AOTAB = "".join(("</tr><tr>" if i and i % 4 == 0 else "") + f'<td><font size="1"><a href="/ao/{w.lower().replace(" ", "_").replace("å", "a").replace("ä", "a").replace("ö", "o")}.htm">{w}</a></font></td>'
                for i, w in enumerate(AO_WORDS))
PROT = "".join(f'<li><a href="/protokoll/{n}.pdf">{t} {d}</a></li>' for n, t, d in [
    ("ks-2026-11-18", "Kommunstyrelsen", "2026-11-18"), ("kf-2026-11-04", "Kommunfullmäktige", "2026-11-04"),
    ("bun-2026-10-29", "Barn- och utbildningsnämnden", "2026-10-29"), ("mbn-2026-10-22", "Miljö- och byggnämnden", "2026-10-22"),
    ("son-2026-10-15", "Socialnämnden", "2026-10-15")])


# ------------------------------------------------------------------------------------------ 9907 Fållinge (hand-made)
def fallinge():
    s = base("9907", "Fållinge", "Fållinges", "24", "Västerbottens län", "oldsite", "0980-319 270", "fallinge.se",
             "Kommunhuset, Storvägen 1", "999 97 Fållinge", "212000-9907", landskap="Lappland", webmaster="Bengt Nordlund")
    s["topbar"] = [("Lyssna", "https://app-eu.readspeaker.example/cgi-bin/rsent?customerid=19907&amp;lang=sv_se&amp;url=fallinge", ""),
                   ("Textversion", "/textversion.htm", ""), ("In English", "/english.htm", ""), ("Webbkarta", "/webbkarta.htm", "")]
    s["leftmenu"] = [("Startsida", "/"), ("Kommunhuset", "/kommunhuset.htm"), ("Barnomsorg & skola", "/skola.htm"),
                     ("Äldreomsorg", "/omsorg.htm"), ("Bygga & bo", "/bygga.htm"), ("Fritid & kultur", "/fritid.htm"),
                     ("Turism", "/turism.htm"), ("Näringsliv", "/naringsliv.htm"), ("Politik", "/politik.htm"),
                     ("Lediga jobb", "/jobb.htm"), ("Blanketter", "/blanketter.htm"), ("Länkar", "/lankar.htm")]
    s["footer_contact"] = ("Fållinge kommun &middot; Storvägen 1 &middot; 999 97 Fållinge &middot; Växel 0980-319 270 &middot; "
                           '<a href="mailto:kommun@fallinge.se" style="color:#fff">kommun@fallinge.se</a> &middot; Org.nr 212000-9907<br>'
                           '<a href="/tillganglighet.htm" style="color:#fff">Tillgänglighetsredogörelse</a> &middot; '
                           '<a href="/kakor.htm" style="color:#fff">Om kakor</a>')
    s["cookie"] = "Vi använder kakor (cookies) för att räkna besökare. Genom att fortsätta godkänner du detta."
    sub = ('<table width="190" cellpadding="4"><tr><td><font face="Verdana" size="1"><b>Genvägar</b><br>'
           + "<br>".join(f'<a href="/{h}">&raquo; {t}</a>' for t, h in [("Sophämtning", "sophamtning.htm"), ("Skolmat", "skolmat.htm"),
                                                                      ("Bussar", "bussar.htm"), ("Bredband", "bredband.htm"),
                                                                      ("Väder", "vader.htm")])
           + "</font></td></tr></table>")
    front_news = "".join(
        f'<p><b>{t}</b><br><font size="1" color="#666666">{d}</font><br>{x} Mer information kommer att publiceras här på webbplatsen och i lokaltidningen. Har du frågor kan du ringa växeln på 0980-319 270 så kopplar vi dig till rätt person.</p><hr size="1" noshade>'
        for (t, x), d in zip(NEWS_POOL, ["2026-11-28", "2026-11-21", "2026-11-14", "2026-11-02", "2026-10-26", "2026-10-19"], strict=False))
    ev = "".join(f"<li>{d} &ndash; <b>{t}</b>. {x}</li>" for d, t, x in EVENTS)
    front_body = (
        '<table width="100%" cellpadding="6" cellspacing="0" border="0"><tr><td bgcolor="#EEF3F8" valign="top">'
        '<img src="/bilder/vinter.jpg" width="300" height="180" alt="Vinter vid Fållingesjön" align="right" hspace="8">'
        '<b>Välkommen till Fållinge kommun!</b><br>Här hittar du information om kommunens verksamheter, evenemang och '
        'nyheter. Kommunen har drygt 2 400 invånare och ligger vackert vid Fållingesjön. Saknar du något på webbplatsen? '
        'Hör gärna av dig till webbansvarig.</td></tr></table><br>'
        '<h2><font face="Georgia" color="#1F4E79">Aktuellt</font></h2>' + front_news +
        '<h2><font face="Georgia" color="#1F4E79">Evenemang</font></h2><ul>' + ev + "</ul>"
        '<h2><font face="Georgia" color="#1F4E79">Blanketter och e-tjänster</font></h2><p>Många blanketter finns att '
        '<a href="/blanketter.htm">ladda ner som PDF</a>. Ansökan om förskoleplats och bygglov gör du i '
        '<a href="https://e-tjanster.fallinge.example/">e-tjänsteportalen</a>.</p>'
        '<h2><font face="Georgia" color="#1F4E79">Driftinformation</font></h2><p>Inga störningar i vattenförsörjningen just nu.</p>'
        '<h2><font face="Georgia" color="#1F4E79">Kommunen från A till Ö</font></h2><table width="100%" cellpadding="2"><tr>' + AOTAB + '</tr></table>'
        '<h2><font face="Georgia" color="#1F4E79">Senaste protokoll</font></h2><ul>' + PROT + '</ul>'
        '<p><font size="1">Vill du ha nyheterna som e-post? <a href="/prenumerera.htm">Prenumerera här</a>.</font></p>')
    kh_body = (
        '<p>Kommunhuset ligger på Storvägen 1, mitt i centrala Fållinge. Här finns kommunens förvaltningar, '
        'sammanträdesrummen och kommunens servicekontor.</p>'
        '<h2><font face="Georgia" color="#1F4E79">Servicekontoret</font></h2>'
        '<p>Kommunens servicekontor finns direkt till vänster när du kommer in genom huvudentrén. Hos oss kan du få hjälp med '
        'blanketter och ansökningar, betala avgifter för barnomsorg och hyra, köpa sopsäckar och fiskekort, lämna in hittegods '
        'och få information om lediga lägenheter och tomter.</p>'
        '<table border="1" cellpadding="3" cellspacing="0" bordercolor="#CCCCCC"><tr><td bgcolor="#DDE7F0"><b>Telefon</b></td><td>0980-319 270</td></tr>'
        '<tr><td bgcolor="#DDE7F0"><b>Öppet</b></td><td>Måndag&ndash;torsdag 8&ndash;16, fredag 8&ndash;15</td></tr>'
        '<tr><td bgcolor="#DDE7F0"><b>Lunch</b></td><td>Stängt 12&ndash;13</td></tr></table>'
        '<h2><font face="Georgia" color="#1F4E79">Växeln</font></h2><p>Växeln nås på 0980-319 270 och är öppen vardagar 8&ndash;16.</p>'
        '<h2><font face="Georgia" color="#1F4E79">Hyra sammanträdesrum</font></h2><p>Föreningar kan låna Sjörummet kvällstid. '
        'Kontakta servicekontoret för att boka.</p>')
    pages = {
        "/": dict(front=True, h1="Fållinge kommun", title="Fållinge kommun - Startsida", body=front_body, updated="2026-11-28", submenu=sub),
        "/kommunhuset.htm": dict(h1="Kommunhuset", title="Fållinge kommun - Kommunhuset", body=kh_body, updated="2023-02-14", submenu=sub),
        "/politik.htm": dict(h1="Politik", title="Fållinge kommun - Politik", updated="2025-10-02", submenu=sub,
                             body="<p>Kommunfullmäktige har 31 ledamöter och sammanträder sex gånger om året i Folkets hus. "
                                  "Protokoll finns under respektive nämnd.</p><ul><li>Kommunfullmäktige</li><li>Kommunstyrelsen</li>"
                                  "<li>Barn- och utbildningsnämnden</li><li>Miljö- och byggnämnden</li></ul>"
                                  "<p>Kommunstyrelsens ordförande: Gunnel Åström. Kommunchef: Per-Olof Lindgren.</p>"),
        "/tillganglighet.htm": dict(h1="Tillgänglighetsredogörelse", title="Fållinge kommun - Tillgänglighet", updated="2025-09-30", submenu=sub,
                                    body="<p>Webbplatsen är byggd 2009 och uppfyller inte alla krav i lagen om tillgänglighet till digital offentlig service. "
                                         "En ny webbplats planeras till 2027. Upptäcker du brister, kontakta webbansvarig.</p>"),
        "/kakor.htm": dict(h1="Om kakor", title="Fållinge kommun - Kakor", updated="2019-05-20", submenu=sub,
                           body="<p>Vi använder en kaka för att räkna antalet besökare. Ingen information lämnas ut.</p>"),
    }
    search = {"path": "/sok.asp", "param": "sokord", "hits": {"servicekontor": ["/kommunhuset.htm"], "servicekontoret": ["/kommunhuset.htm"]}}
    write_site(s, pages, search=search, suffix="", robots="User-agent: *\nDisallow: /cgi-bin/\nDisallow: /statistik/\n", sitemap=None)


# ------------------------------------------------------------------------------------------ 9908 Skärvsjö (Sitevision mega-menu)
def skarvsjo():
    x = ".html"
    svc = "/kommun-och-politik/kontakt-och-service/kontaktcenter.html"
    org = "/kommun-och-politik/organisation/kommunledningsforvaltningen.html"
    s = base("9908", "Skärvsjö", "Skärvsjös", "18", "Örebro län", "sitevision", "031-390 06 50", "skarvsjo.se",
             "Järnvägsgatan 8", "999 18 Skärvsjö", "212000-9908", ext=x, mega=True)
    s["topbar"] = [("Lättläst", "/lattlast.html", ""), ("Teckenspråk", "/teckensprak.html", ""), ("Kontakta oss", "/kontakta-oss.html", ""),
                   ("Självservice", "https://e-tjanster.skarvsjo.example/", "")]
    s["mega_cols"] = {"Kommun och politik": [
        ("Kontakt och service", [("Kontaktcenter", svc), ("Synpunkter och klagomål", "/kommun-och-politik/synpunkter-och-klagomal.html"),
                                 ("Felanmälan", "/trafik-och-gator/felanmalan.html"), ("Press och media", "/press.html")]),
        ("Politik och demokrati", [("Kommunfullmäktige", "/kommun-och-politik/kommunfullmaktige.html"),
                                   ("Nämnder och styrelser", "/kommun-och-politik/namnder-och-styrelser.html"),
                                   ("Sammanträden och protokoll", "/kommun-och-politik/protokoll.html"), ("Val", "/kommun-och-politik/val.html")]),
        ("Organisation och ekonomi", [("Organisation", "/kommun-och-politik/organisation.html"), ("Budget och ekonomi", "/kommun-och-politik/budget.html"),
                                      ("Allmänna handlingar", "/kommun-och-politik/allmanna-handlingar.html"),
                                      ("Krisberedskap", "/kommun-och-politik/krisberedskap.html")])]}
    std_footer(s)
    items = news(s, [4, 1, 5, 0], ["2026-11-30", "2026-11-26", "2026-11-19", "2026-11-08"])
    s["front"] = dict(hero_h="Skärvsjö – bruksorten vid sjön", hero_p="Allt om kommunens service, från förskola till omsorg.",
                      shortcuts=[("Bygglovsservice", "/bygga-bo-och-miljo/bygglovsservice.html"), *shortcuts(x, ["Lediga jobb", "Skolmat", "Sophämtning", "Förskoleplats", "Felanmälan"])],
                      news=items, drift="Halkbekämpning pågår på gång- och cykelvägar i centrum.")
    svc_body = (sv_text('<p class="preamble">Kontaktcenter svarar när du ringer, mejlar eller chattar med Skärvsjö kommun.</p>', "Ingress")
                + sv_text('<h2 class="subheading">Kontaktcenter kan hjälpa dig med</h2><ul class="normal">'
                          '<li>frågor om förskola och skola, till exempel köplats och skolskjuts</li>'
                          '<li>avfall: tömningsdagar, byte av kärl och extra hämtning</li><li>felanmälan av gator, parker och belysning</li>'
                          '<li>bostadsanpassning och färdtjänst</li><li>enklare frågor om bygglov och vilka handlingar som behövs</li></ul>'
                          '<h2 class="subheading">Kontakta oss</h2><p class="normal">Telefon: <a href="tel:+46313900650">031-390 06 50</a>, vardagar 7.30–17.00</p>'
                          '<p class="normal"><button type="button" class="env-button env-button--primary sk-chat-open" data-chat="kontaktcenter">Chatta med oss</button></p>'
                          f'<p class="normal">Kontaktcenter är en del av <a href="{org}">Kommunledningsförvaltningen</a>.</p>'))
    org_rows = "".join(f"<tr><td>{u}</td><td>{t}</td><td>{n}</td><td>{ph}</td></tr>" for u, t, n, ph in [
        ("Kansli", "Kanslichef", "Olle Bergman", "031-390 06 60"), ("Ekonomi", "Ekonomichef", "Jasmine Karlsson", "031-390 06 61"),
        ("Kontaktcenter", "Enhetschef", "Maria Lindqvist", "031-390 06 62"), ("HR", "HR-chef", "Tobias Ek", "031-390 06 63"),
        ("Kommunikation", "Kommunikationschef", "Lina Sjöberg", "031-390 06 64")])
    org_body = sv_text('<p class="preamble">Kommunledningsförvaltningen stödjer kommunstyrelsen och leder arbetet med kommunens gemensamma frågor.</p>'
                       '<p class="normal">Förvaltningen leds av kommundirektör Anders Wallin.</p>'
                       '<h2 class="subheading">Enheter</h2><table class="sv-table"><thead><tr><th>Enhet</th><th>Chef</th><th>Namn</th><th>Telefon</th></tr></thead>'
                       f'<tbody>{org_rows}</tbody></table>')
    kontakt_body = sv_text('<p class="preamble">Välj hur du vill komma i kontakt med kommunen.</p><ul class="env-list">'
                           f'<li><a href="{svc}">Kontaktcenter</a></li><li><a href="/press.html">Press och media</a></li>'
                           '<li><a href="/kommun-och-politik/synpunkter-och-klagomal.html">Synpunkter och klagomål</a></li>'
                           '<li><a href="/kommun-och-politik/allmanna-handlingar.html">Begära ut allmänna handlingar</a></li></ul>'
                           '<p class="normal">Postadress: Skärvsjö kommun, 999 18 Skärvsjö</p>')
    byggs = sv_text('<p class="preamble">Bygglovsservice hjälper dig som ska bygga nytt, bygga till eller riva.</p>'
                    '<p class="normal">Ring bygglovsservice på 031-390 06 70 måndag–torsdag 9–11. Enhetschef för bygglov: Kristoffer Ahl.</p>')
    pages = {
        "/": dict(front=True, title="Startsida - Skärvsjö kommun"),
        svc: dict(h1="Kontaktcenter", crumbs=[("Kommun och politik", "/kommun-och-politik.html"), ("Kontakt och service", "/kommun-och-politik/kontakt-och-service.html")],
                  body=svc_body, updated="2026-10-28"),
        org: dict(h1="Kommunledningsförvaltningen", crumbs=[("Kommun och politik", "/kommun-och-politik.html"), ("Organisation", "/kommun-och-politik/organisation.html")],
                  body=org_body, updated="2026-06-17"),
        "/kontakta-oss.html": dict(h1="Kontakta oss", body=kontakt_body, updated="2026-03-20"),
        "/bygga-bo-och-miljo/bygglovsservice.html": dict(h1="Bygglovsservice", crumbs=[("Bygga, bo och miljö", "/bygga-bo-och-miljo.html")], body=byggs),
        **news_pages(s, items), **std_pages(s)}
    search = {"path": "/sok.html", "param": "query", "hits": {"kontaktcenter": [svc]}}
    write_site(s, pages, search=search, robots="User-agent: *\nDisallow: /sitevision/\nDisallow: /sok.html\nSitemap: __ORIGIN__/sitemap.xml\n",
               sitemap=sorted(pages))


# ------------------------------------------------------------------------------------------ 9909 Mossberga (Optimizely)
def mossberga():
    svc = "/kommun-och-politik/organisation/kommunledningskontoret/medborgarkontoret/"
    orgp = "/kommun-och-politik/organisation/"
    s = base("9909", "Mossberga", "Mossbergas", "20", "Dalarnas län", "optimizely", "08-465 004 40", "mossberga.se",
             "Bruksgatan 10", "999 29 Mossberga", "212000-9909",
             menu_drop=("Organisation",), menu_add={"Kommun och politik": [("Organisation", orgp)]})
    s["topbar"] = [("Lättläst", "/lattlast/", ""), ("Teckenspråk", "/teckensprak/", ""), ("Kontakta oss", "/kontakta-oss/", "")]
    std_footer(s)
    s["contact_block"] = ('<div class="block-area block-area--contact container"><div class="block contactblock"><section class="contact-block">'
                          '<h2 class="contact-block__heading">Kontakta oss</h2><p>Kommunens växel: <a href="tel:+46846500440">08-465 004 40</a>, vardagar 8–16.</p>'
                          '<p><a href="/kontakta-oss/">Fler kontaktuppgifter</a></p></section></div></div>')
    items = news(s, [0, 4, 2], ["2026-11-25", "2026-11-18", "2026-11-09"])
    s["front"] = dict(hero_h="Mossberga – där bruket möter skogen", hero_p="Service och information för dig som bor och verkar i Mossberga.",
                      shortcuts=shortcuts("/", SHORTCUTS[:6]), news=items, drift="Fjärrvärmen i Bruksvik är avstängd onsdag 9–12.")
    units = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in [
        ("Kansliavdelningen", "/kommun-och-politik/organisation/kommunledningskontoret/kansli/"),
        ("Ekonomiavdelningen", "/kommun-och-politik/organisation/kommunledningskontoret/ekonomi/"),
        ("HR-avdelningen", "/kommun-och-politik/organisation/kommunledningskontoret/hr/"),
        ("Medborgarkontoret", svc),
        ("Kommunikationsenheten", "/kommun-och-politik/organisation/kommunledningskontoret/kommunikation/")])
    org_body = ('<p class="preamble">Kommunen styrs av kommunfullmäktige. Verksamheterna är organiserade i fyra förvaltningar.</p>'
                f'<h2>Kommunledningskontoret</h2><ul>{units}</ul>'
                '<h2>Barn- och utbildningsförvaltningen</h2><p>Förskola, grundskola, gymnasium och vuxenutbildning.</p>'
                '<h2>Socialförvaltningen</h2><p>Äldreomsorg, individ- och familjeomsorg och LSS.</p>'
                '<h2>Samhällsbyggnadsförvaltningen</h2><p>Bygglov, miljö, gator, vatten och avfall.</p>')
    svc_body = ('<p class="preamble">Välkommen till Medborgarkontoret i Bruksvik! Hit kan du komma med stort och smått som gäller kommunen. '
                'Är det något vi inte kan svara på tar vi reda på det åt dig.</p>'
                '<h2>Här finns vi</h2><p>Folkets hus, Bruksviksvägen 2, Bruksvik</p>'
                '<h2>Öppettider</h2><table class="opening-hours"><tr><th>Tisdag</th><td>10.00–16.00</td></tr>'
                '<tr><th>Torsdag</th><td>12.00–18.00</td></tr></table>'
                '<p>Telefon: <a href="tel:+46846500445">08-465 004 45</a></p>')
    aside = ('<div class="block contactpersonblock"><h2>Kontaktperson</h2><p><strong>Åsa Nordin</strong><br>Kommunvägledare</p>'
             '<p><a href="mailto:asa.nordin@mossberga.se">asa.nordin@mossberga.se</a></p></div>')
    pages = {
        "/": dict(front=True, title="Mossberga kommun"),
        orgp: dict(h1="Organisation", crumbs=[("Kommun och politik", "/kommun-och-politik/")], body=org_body, updated="2026-02-03"),
        svc: dict(h1="Medborgarkontoret", crumbs=[("Kommun och politik", "/kommun-och-politik/"), ("Organisation", orgp),
                                                   ("Kommunledningskontoret", "/kommun-och-politik/organisation/kommunledningskontoret/")],
                  body=svc_body, aside=aside, updated="2026-08-19"),
        "/kontakta-oss/": dict(h1="Kontakta oss", updated="2026-01-15",
                               body='<p class="preamble">Ring växeln eller skicka e-post så hjälper vi dig vidare.</p>'
                                    '<p>Växel: <a href="tel:+46846500440">08-465 004 40</a><br>E-post: <a href="mailto:kommun@mossberga.se">kommun@mossberga.se</a></p>'
                                    '<h2>Felanmälan</h2><p>Felanmälan av gator och belysning gör du i <a href="https://etjanster.mossberga.example/felanmalan">e-tjänsten</a>.</p>'),
        **news_pages(s, items), **std_pages(s)}
    search = {"path": "/sok/", "param": "q", "hits": {"medborgarkontor": [svc], "medborgarkontoret": [svc]}}
    write_site(s, pages, search=search, robots="User-agent: *\nDisallow: /episerver/\nSitemap: __ORIGIN__/sitemap.xml\n", sitemap=sorted(pages))


# ------------------------------------------------------------------------------------------ 9910 Alnäsvik (no service function)
def alnasvik():
    s = base("9910", "Alnäsvik", "Alnäsviks", "25", "Norrbottens län", "municipio", "0980-319 290", "alnasvik.se",
             "Strandvägen 3", "999 10 Alnäsvik", "212000-9910")
    s["topbar"] = [("Lättläst", "/lattlast/", ""), ("Teckenspråk", "/teckensprak/", ""), ("Kontakta oss", "/kontakta-oss/", ""),
                   ("Mina sidor", "https://minasidor.alnasvik.example/", "")]
    std_footer(s)
    s["footer_cols"][1][1].extend([("Alnäsvik Energi AB – kundtjänst", "https://www.alnasvikenergi.example/kundtjanst"),
                                   ("Alnäsviksbostäder", "https://www.alnasviksbostader.example/")])
    byg = "/bygga-bo-och-miljo/bygglovsservice/"
    statp = "/nyheter/2026-11-26-statens-servicecenter-med-mobil-servicebuss/"
    items = news(s, [1, 3], ["2026-11-20", "2026-11-13"], override=[
        ("Statens servicecenter kommer med mobil servicebuss", statp, "2026-11-26",
         "Varannan torsdag står servicebussen vid Konsum. Där kan du få hjälp med ärenden till Försäkringskassan och Skatteverket."),
        ("Alnäsviksbostäders kundcenter byggs om", "https://www.alnasviksbostader.example/nyheter/kundcenter", "2026-11-24",
         "Under december tar bostadsbolagets kundcenter emot hyresgäster i tillfälliga lokaler på Storgatan 7.")])
    s["front"] = dict(hero_h="Välkommen till Alnäsvik", hero_p="Här börjar havet – och skärgården.",
                      shortcuts=[("Bygglovsservice", byg), *shortcuts("/", ["Lediga jobb", "Skolmat", "Sophämtning", "Förskoleplats"])],
                      news=items, drift="Inga kända störningar.")
    pages = {
        "/": dict(front=True, title="Alnäsvik kommun – Startsida"),
        "/kontakta-oss/": dict(h1="Kontakta oss", updated="2026-06-01",
                               body='<p class="c-typography c-typography__variant--lead">Kommunens växel svarar på dina frågor och kopplar dig vidare till rätt handläggare.</p>'
                                    '<ul class="c-list"><li>Telefon: <a href="tel:+46980319290">0980-319 290</a></li><li>Öppet vardagar 8.00–16.00</li>'
                                    '<li>E-post: <a href="mailto:kommun@alnasvik.se">kommun@alnasvik.se</a></li></ul>'
                                    '<h2 class="c-typography">Andra vägar in</h2><ul class="c-list">'
                                    f'<li><a href="{byg}">Bygglovsservice</a> – för frågor om bygglov och anmälan</li>'
                                    '<li><a href="/naringsliv-och-arbete/foretagslots/">Företagslotsen</a> – för dig som driver företag</li></ul>'),
        byg: dict(h1="Bygglovsservice", crumbs=[("Bygga, bo och miljö", "/bygga-bo-och-miljo/")], updated="2026-09-09",
                  body='<p class="c-typography">Bygglovsservice hjälper dig med frågor om bygglov, bygganmälan, strandskydd och attefallsåtgärder.</p>'
                       '<p class="c-typography">Telefon 0980-319 295, måndag–torsdag 9–11. E-post bygglov@alnasvik.se</p>'
                       '<p class="c-typography">Enhetschef bygglov: Per Strömberg</p>'),
        statp: dict(h1="Statens servicecenter kommer med mobil servicebuss", crumbs=[("Nyheter", "/nyheter/")], updated="2026-11-26",
                    body='<p class="c-typography">Statens servicecenter besöker Alnäsvik med sin mobila servicebuss varannan torsdag klockan 10–14. '
                         'På servicebussen kan du få hjälp med frågor om föräldrapenning, id-kort och folkbokföring.</p>'
                         '<p class="c-typography">Servicebussen drivs av staten. Frågor om kommunens verksamheter besvaras av växeln.</p>'),
        **news_pages(s, items), **std_pages(s)}
    search = {"path": "/", "param": "s", "hits": {"bygglovsservice": [byg]}}
    write_site(s, pages, search=search, suffix=" – Alnäsvik kommun",
               robots="User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: __ORIGIN__/sitemap.xml\n", sitemap=sorted(pages))


# ------------------------------------------------------------------------------------------ 9911 Sandvreta (unreachable)
def sandvreta():
    s = base("9911", "Sandvreta", "Sandvretas", "03", "Uppsala län", "sitevision", "031-390 06 80", "sandvreta.se",
             "Kungsgatan 1", "999 11 Sandvreta", "212000-9911")
    hops = ["/"] + ["/" + "sv/" * i for i in range(1, 41)]
    redirects = {hops[i]: [hops[i + 1], 301] for i in range(40)}
    redirects[hops[40]] = ["/", 301]
    write_site(s, {}, redirects=redirects, robots="User-agent: *\nDisallow: /sitevision/\n")


# ------------------------------------------------------------------------------------------ 9912 Lilltjärn (blocked)
def lilltjarn():
    svc = "/kontaktcenter/"
    s = base("9912", "Lilltjärn", "Lilltjärns", "22", "Västernorrlands län", "municipio", "0980-319 260", "lilltjarn.se",
             "Tjärnvägen 4", "999 12 Lilltjärn", "212000-9912")
    s["topbar"] = [("Kontaktcenter", svc, ""), ("Lättläst", "/lattlast/", ""), ("Teckenspråk", "/teckensprak/", "")]
    std_footer(s)
    items = news(s, [0, 1, 2], ["2026-11-28", "2026-11-21", "2026-11-14"])
    s["front"] = dict(hero_h="Lilltjärn – nära till allt", hero_p="Nya webbplatsen är under uppbyggnad.", shortcuts=shortcuts("/"), news=items,
                      drift="Inga kända störningar.")
    pages = {
        "/": dict(front=True, title="Lilltjärn kommun"),
        svc: dict(h1="Kontaktcenter", updated="2026-11-02",
                  body='<p class="c-typography">Kontaktcenter svarar på frågor om skola, omsorg, avfall och bygglov. Ring 0980-319 260 '
                       '(vardagar 8–16) eller mejla kontaktcenter@lilltjarn.se.</p><p class="c-typography">Enhetschef för kontaktcenter: Rut Hägg.</p>'),
        **news_pages(s, items)}
    write_site(s, pages, robots="User-agent: *\nDisallow: /\n", search={"path": "/", "param": "s", "hits": {"kontaktcenter": [svc]}})


def build():
    for f in (fallinge, skarvsjo, mossberga, alnasvik, sandvreta, lilltjarn):
        f()


_ = p  # re-exported helper
