"""Site data and page texts of the blind75 corpus (typing aid). All names, people, addresses are invented."""
from __future__ import annotations

from families import AREAS, build_menu

STD_ROBOTS = "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"


def site(code, kommun, gen, lan_kod, lan, family, color, domain, phone, tel, postal, postcode, street, visit, orgnr, style="dir", **kw):
    s = dict(code=code, kommun=kommun, gen=gen, full=f"{gen} kommun", lan_kod=lan_kod, lan=lan, family=family, color=color,
             domain=domain, phone=phone, tel=tel, postal=postal, postcode=postcode, town=kommun, street=street, visit=visit,
             orgnr=orgnr, email=f"kommun@{domain}", webmail=f"webbredaktion@{domain}", home="/",
             description=f"Officiell webbplats för {gen} kommun.", robots=STD_ROBOTS)
    if style == "html":
        s.update(news_list="/nyheter.html", tillg="/om-webbplatsen/tillganglighetsredogorelse.html", kakor="/om-webbplatsen/kakor.html",
                 gdpr="/om-webbplatsen/personuppgifter.html", press="/press.html", jobs="/lediga-jobb.html")
    elif style == "asp":
        s.update(news_list="/nyheter.asp", tillg="/tillganglighet.asp", kakor="/kakor.asp", gdpr="/personuppgifter.asp",
                 press="/press.asp", jobs="/jobb.asp")
    else:
        s.update(news_list="/nyheter/", tillg="/om-webbplatsen/tillganglighetsredogorelse/", kakor="/om-webbplatsen/kakor/")
    s.update(kw)
    return s


def contact_table(rows):
    return "<table class=\"contact\">" + "".join(f"<tr><th scope=\"row\">{k}</th><td>{v}</td></tr>" for k, v in rows) + "</table>"


SITES = []

# ---------------------------------------------------------------- 8101 Norrhammar: large, Sitevision, Kontaktcenter
s = site("8101", "Norrhammar", "Norrhammars", "01", "Stockholms län", "sitevision", "#00558c", "norrhammar.se",
         "08-465 004 00", "+46846500400", "Norrhammars kommun", "999 10", "Torggatan 3", "Medborgarhuset, Torggatan 3",
         "212999-0101", style="html")
KC = "/kommun-och-politik/kontaktcenter.html"
s.update(
    menu=build_menu(AREAS, style="html"),
    topbar=[("Lyssna", "/lyssna.html"), ("Lättläst", "/lattlast.html"), ("Teckenspråk", "/teckensprak.html"),
            ("Other languages", "/other-languages.html"), ("Kontakta oss", KC)],
    front_title="Startsida - Norrhammars kommun",
    hero_title="Hej! Vad vill du göra idag?",
    hero_text="Här hittar du information och e-tjänster för dig som bor, verkar i eller besöker Norrhammar.",
    hero_cards=[("Förskola", "/barn-och-utbildning/forskola.html"), ("Skolmat", "/barn-och-utbildning/skolmat.html"),
                ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning.html"), ("Bygglov", "/bygga-bo-och-miljo/bygglov.html"),
                ("Lediga jobb", "/lediga-jobb.html"), ("Felanmälan", "/trafik-och-infrastruktur/felanmalan.html")],
    drift="Vattenavstängning på Björkvägen 4 februari klockan 9–13 på grund av ledningsarbete.",
    events=[("12 feb", "Sportlovsaktiviteter för barn och unga"), ("23 feb", "Kommunfullmäktige sammanträder"),
            ("7 mars", "Öppet hus på kulturskolan")],
    eservices=["Ansök om förskoleplats", "Ansök om bygglov", "Felanmälan", "Beställ slamtömning", "Ansök om parkeringstillstånd",
               "Ansök om bostadsanpassningsbidrag"],
    jobs_text="Norrhammars kommun har just nu 48 lediga tjänster inom bland annat skola, vård och omsorg.",
    footer_extra=('<div class="sv-column-4 sv-portlet"><h2>Kontaktcenter</h2><p>Telefon <a href="tel:+46846500400">08-465 004 00</a><br>'
                  'Måndag–torsdag 8–17, fredag 8–16</p><p><a href="' + KC + '">Fler sätt att kontakta oss</a></p></div>'),
    news=[
        dict(path="/nyheter/2026-02-02-skolvalet-har-oppnat.html", date="2026-02-02", title="Skolvalet har öppnat – kontaktcenter svarar längre",
             lead="Nu kan du välja skola inför hösten. Under skolvalsveckorna har kontaktcenter förlängda telefontider.",
             body="<p>Skolvalet pågår till och med den 28 februari. Du gör ditt val i e-tjänsten Skolval. Har du frågor om skolvalet, "
                  "skolskjuts eller fritidshem kan du ringa kontaktcenter på 08-465 004 00, som under skolvalet svarar vardagar 8–19.</p>"
                  "<p>Läs mer om grundskolorna i Norrhammar under Barn och utbildning.</p>"),
        dict(path="/nyheter/2026-01-28-budget-2026.html", date="2026-01-28", title="Budget 2026: mer pengar till äldreomsorgen",
             lead="Kommunfullmäktige har antagit budgeten för 2026. Äldreomsorgen får 42 miljoner kronor mer än i år.",
             body="<p>Budgeten innebär också satsningar på underhåll av skolor och idrottshallar. Skattesatsen är oförändrad, 19,12 kronor.</p>"),
        dict(path="/nyheter/2026-01-20-ny-atervinningscentral.html", date="2026-01-20", title="Ny återvinningscentral i Högmossen öppnar i april",
             lead="Den nya återvinningscentralen får längre öppettider och en återbruksdel där du kan lämna saker som kan användas igen.",
             body="<p>Den gamla återvinningscentralen vid Industrivägen stänger när den nya öppnar. Du behöver inget kort för att besöka den.</p>"),
    ],
    pages=[dict(path=KC, file="kontaktcenter.html", title="Kontaktcenter - Norrhammars kommun",
                trail=[("Kommun och politik", "/kommun-och-politik.html"), ("Kontaktcenter", None)],
                main=("<h1>Kontaktcenter</h1>\n<p class=\"sv-font-ingress\">Kontaktcenter är den första kontakten med Norrhammars kommun för dig "
                      "som bor, driver företag i eller besöker kommunen. Hos oss får du svar direkt på de flesta frågor.</p>\n"
                      "<h2>Vad kan vi hjälpa dig med?</h2>\n<p>Vi svarar på frågor om allt från förskola och skola till avfall och parkering. "
                      "Vanliga frågor till oss gäller till exempel:</p>\n<ul><li>förskoleplats, skolval och avgifter för barnomsorg</li>"
                      "<li>sophämtning, slamtömning och återvinningscentraler</li><li>bygglov och anmälan – vi hjälper dig hitta rätt blankett</li>"
                      "<li>parkeringstillstånd och felparkerade fordon</li><li>felanmälan av gatubelysning, vägar och parker</li>"
                      "<li>färdtjänst och bostadsanpassning</li></ul>\n<p>Kan vi inte svara direkt kopplar vi dig vidare eller ser till att "
                      "rätt handläggare återkommer till dig.</p>\n<h2>Så når du oss</h2>\n"
                      + contact_table([("Telefon", '<a href="tel:+46846500400">08-465 004 00</a>'),
                                       ("E-post", '<a href="mailto:kontaktcenter@norrhammar.se">kontaktcenter@norrhammar.se</a>'),
                                       ("Chatt", '<button type="button" class="chat-open">Chatta med oss</button> vardagar 9–15'),
                                       ("Besöksadress", "Medborgarhuset, Torggatan 3, entréplan")])
                      + "\n<h3>Öppettider och telefontider</h3>\n"
                      + contact_table([("Måndag–torsdag", "8.00–17.00"), ("Fredag", "8.00–16.00"), ("Dag före röd dag", "8.00–13.00")])
                      + "\n<h2>Om kontaktcenter</h2>\n<p>Kontaktcenter ingår i kommunledningsförvaltningens avdelning för kommunikation "
                        "och service. Hos oss arbetar 22 kommunvägledare. Enhetschef för kontaktcenter är Malin Oskarsson.</p>\n"
                        "<p>Vi följer upp hur vi svarar: 2025 fick 78 procent av dem som ringde svar direkt i första samtalet.</p>\n"
                        "<p class=\"sv-font-liten\">Sidan uppdaterades 2026-01-12. Sidansvarig: Webbredaktionen</p>"))],
    hits={"kontaktcenter": [KC]},
    search={"path": "/sok.html", "param": "query"},
    robots="User-agent: *\nDisallow: /sitevision/\nDisallow: /edit-\nSitemap: __ORIGIN__/sitemap.xml\n",
)
SITES.append(s)

# ---------------------------------------------------------------- 8102 Vallbyholm: small, div soup, no unit
s = site("8102", "Vallbyholm", "Vallbyholms", "14", "Västra Götalands län", "soup", "#5b7f1e", "vallbyholm.se",
         "031-390 06 10", "+46313900610", "Box 44", "999 20", "Storgatan 12", "Kommunhuset, Storgatan 12", "212999-0202",
         sec="div", px="b")
s.update(
    menu=build_menu([a for a in AREAS if a[0] != "Trafik och infrastruktur"]),
    topbar=[("Lyssna", "/lyssna/"), ("Textstorlek", "/textstorlek/"), ("In English", "/in-english/"), ("Kontakta oss", "/kontakta-oss/")],
    front_title="Vallbyholms kommun",
    hero_title="Vallbyholm – nära till allt",
    hero_text="Välkommen till Vallbyholms kommun, med sjöar, skog och ett levande centrum.",
    hero_cards=[("Lediga jobb", "/lediga-jobb/"), ("Skolmat", "/barn-och-utbildning/skolmat/"), ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning/"),
                ("Bygglov", "/bygga-bo-och-miljo/bygglov/")],
    drift="Inga driftstörningar just nu.",
    events=[("15 feb", "Pimpeltävling på Vallsjön"), ("2 mars", "Kommunfullmäktige"), ("21 mars", "Vårmarknad i centrum")],
    eservices=["Ansök om barnomsorg", "Felanmälan gata och park", "Ansök om bygglov", "Hyr lokal"],
    jobs_text="Vi har 9 lediga jobb just nu.",
    news=[
        dict(path="/nyheter/statens-servicecenter-oppnar/", date="2026-01-30", title="Statens servicecenter öppnar i Vallbyholm",
             lead="I mars öppnar Statens servicecenter ett servicekontor i biblioteket. Där kan du få hjälp med ärenden hos flera myndigheter.",
             body="<p>På servicekontoret kan du få hjälp med ärenden hos Försäkringskassan, Pensionsmyndigheten och Skatteverket, till exempel "
                  "att ansöka om bostadsbidrag eller beställa ett personbevis. Servicekontoret har öppet tisdagar och torsdagar 10–15.</p>"
                  "<p>– Det är glädjande att de statliga myndigheterna kommer tillbaka till Vallbyholm, säger kommunstyrelsens ordförande "
                  "Anders Nyqvist.</p><p>Frågor om servicekontoret besvaras av Statens servicecenter.</p>"),
        dict(path="/nyheter/sommarjobb-2026/", date="2026-01-22", title="Sommarjobb för ungdomar – sök senast 15 mars",
             lead="Är du född 2009 eller 2010 och folkbokförd i Vallbyholm? Då kan du söka sommarjobb hos kommunen.",
             body="<p>Sommarjobben finns inom bland annat äldreomsorg, parkskötsel och fritidsgårdar. Du söker via vår rekryteringssida.</p>"),
        dict(path="/nyheter/plogning-och-sandning/", date="2026-01-09", title="Plogning och sandning – så prioriterar vi",
             lead="När det snöar plogar vi först huvudgator, busshållplatser och gång- och cykelvägar till skolor.",
             body="<p>Privata vägar och samfälligheter ansvarar själva för sin snöröjning. Fel på den kommunala vägen anmäler du i e-tjänsten.</p>"),
    ],
    pages=[dict(path="/kontakta-oss/", file="kontakta-oss.html", title="Kontakta oss - Vallbyholms kommun", trail=[("Kontakta oss", None)],
                main=("<h1>Kontakta oss</h1>\n<p>Du når kommunens växel på telefon 031-390 06 10. Växeln kopplar dig vidare till rätt "
                      "handläggare eller verksamhet.</p>\n"
                      + contact_table([("Växel", '<a href="tel:+46313900610">031-390 06 10</a>'), ("Telefontid", "Måndag–fredag 8.00–16.30, lunchstängt 12–13"),
                                       ("E-post", '<a href="mailto:kommunen@vallbyholm.se">kommunen@vallbyholm.se</a>'),
                                       ("Postadress", "Vallbyholms kommun, Box 44, 999 20 Vallbyholm"),
                                       ("Besöksadress", "Kommunhuset, Storgatan 12")])
                      + "\n<h2>Receptionen</h2>\n<p>Receptionen i kommunhuset har öppet måndag–fredag 8.00–16.00. Där kan du lämna handlingar och "
                        "hämta blanketter.</p>\n<h2>Förvaltningar</h2>\n<ul><li>Kommunchef: Bengt Ahl</li><li>Barn- och utbildningschef: Karin Strid</li>"
                        "<li>Socialchef: Erik Holmgren</li><li>Samhällsbyggnadschef: Sara Vik</li></ul>\n<h2>Synpunkter</h2>\n"
                        "<p>Vill du lämna en synpunkt eller ett klagomål? Använd e-tjänsten <a href=\"/e-tjanster/synpunkter/\">Synpunkter och klagomål</a>.</p>"))],
    email="kommunen@vallbyholm.se",
    hits={},
    search={"path": "/sok/", "param": "q"},
)
SITES.append(s)

# ---------------------------------------------------------------- 8103 Ålstorp: medium, Municipio drawer, Servicecenter as sub-item
SC = "/kommun-och-politik/servicecenter/"
s = site("8103", "Ålstorp", "Ålstorps", "12", "Skåne län", "municipio", "#0b6e4f", "alstorp.se",
         "040-628 04 00", "+46406280400", "Ålstorps kommun", "999 30", "Storgatan 22", "Stadshuset, Storgatan 22", "212999-0303",
         kontakt="/kontakt/")
s.update(
    menu=build_menu(AREAS, extra={}, first=None),
    topbar=[("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("Teckenspråk", "/teckensprak/"), ("Languages", "/languages/")],
    front_title="Ålstorps kommun",
    hero_title="Välkommen till Ålstorp",
    hero_text="Skånes gröna hjärta – här finns plats att bo, arbeta och växa.",
    hero_cards=[("Lediga jobb", "/lediga-jobb/"), ("Skolmat", "/barn-och-utbildning/skolmat/"), ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning/"),
                ("Bygglov", "/bygga-bo-och-miljo/bygglov/"), ("Evenemang", "/kultur-och-fritid/evenemang/")],
    drift="Gatuarbete på Järnvägsgatan vecka 6–8. Framkomligheten är begränsad.",
    events=[("14 feb", "Alla hjärtans dag-konsert i kyrkan"), ("26 feb", "Kommunfullmäktige"), ("8 mars", "Internationella kvinnodagen på biblioteket")],
    eservices=["Ansök om förskoleplats", "Anmäl frånvaro i skolan", "Ansök om bygglov", "Felanmälan", "Boka lokal"],
    jobs_text="Just nu finns 21 lediga jobb i Ålstorps kommun.",
    news=[
        dict(path="/nyheter/ny-detaljplan-for-hamnen/", date="2026-02-03", title="Ny detaljplan för Hamnen på samråd",
             lead="Nu kan du tycka till om planerna för 300 nya bostäder och en park i hamnområdet.",
             body="<p>Samrådet pågår till den 10 mars. Planhandlingarna finns i stadshusets entré och på webbplatsen under Detaljplaner.</p>"),
        dict(path="/nyheter/fler-laddplatser/", date="2026-01-26", title="Fler laddplatser för elbilar i centrum",
             lead="Kommunen bygger 24 nya laddplatser på parkeringen vid Stortorget.",
             body="<p>Laddplatserna ska vara klara under våren. Under byggtiden är ett 40-tal parkeringsplatser avstängda.</p>"),
        dict(path="/nyheter/simhallen-stanger-for-renovering/", date="2026-01-15", title="Simhallen stänger för renovering i sommar",
             lead="Ålstorpsbadet stänger den 15 juni och öppnar igen i oktober efter en renovering av bassängen.",
             body="<p>Under tiden hänvisar vi till utomhusbadet och till grannkommunernas simhallar. Simskolan flyttas till hösten.</p>"),
    ],
    hits={"servicecenter": [SC]},
    search={"path": "/", "param": "s"},
)
km = s["menu"]
for i, (t, h, subs) in enumerate(km):
    if t == "Kommun och politik":
        km[i] = (t, h, [("Servicecenter", SC), *subs])
s["pages"] = [
    dict(path=SC, file="servicecenter.html", title="Servicecenter - Ålstorps kommun",
         trail=[("Kommun och politik", "/kommun-och-politik/"), ("Servicecenter", None)],
         main=("<h1>Servicecenter</h1>\n<p class=\"lead\">Servicecenter är din väg in till kommunen. Hos oss kan du ställa frågor, lämna "
               "handlingar och få hjälp att hitta rätt.</p>\n<h2>Det här kan vi hjälpa dig med</h2>\n<p>Vi svarar på frågor om bland annat "
               "bygglov, avfall och återvinning, förskola och skola, parkeringstillstånd samt vatten och avlopp. Du kan också lämna "
               "synpunkter och göra felanmälningar hos oss, och få hjälp att använda kommunens e-tjänster.</p>\n"
               "<h2>Kontakta servicecenter</h2>\n"
               + contact_table([("Telefon", '<a href="tel:+46406280400">040-628 04 00</a>'),
                                ("E-post", '<a href="mailto:servicecenter@alstorp.se">servicecenter@alstorp.se</a>'),
                                ("Besöksadress", "Stadshuset, Storgatan 22, entréplan"),
                                ("Öppettider", "Måndag–torsdag 8.00–16.30, fredag 8.00–15.00")])
               + "\n<h2>Om oss</h2>\n<p>Hos servicecenter arbetar åtta kommunvägledare som har bred kunskap om kommunens verksamheter.</p>\n"
                 "<p class=\"c-article__updated\">Senast uppdaterad: 4 november 2025</p>")),
    dict(path="/kontakt/", file="kontakt.html", title="Kontakt - Ålstorps kommun", trail=[("Kontakt", None)],
         main=("<h1>Kontakt</h1>\n<p>Här hittar du kommunens kontaktuppgifter.</p>\n"
               + contact_table([("Växel", '<a href="tel:+46406280400">040-628 04 00</a>'), ("E-post", '<a href="mailto:kommun@alstorp.se">kommun@alstorp.se</a>'),
                                ("Postadress", "Ålstorps kommun, 999 30 Ålstorp")])
               + "\n<p>Har du frågor om kommunens verksamheter? Vänd dig till <a href=\"" + SC + "\">Servicecenter</a>.</p>\n"
                 "<h2>Registrator</h2>\n<p>Handlingar till kommunen skickar du till registrator@alstorp.se.</p>\n"
                 "<h2>Press</h2>\n<p>Journalister når kommunens presstjänst på 040-628 04 09.</p>")),
]
SITES.append(s)

# ---------------------------------------------------------------- 8104 Hedmyra: tiny, table layout, Latin-1, no unit
s = site("8104", "Hedmyra", "Hedmyra", "23", "Jämtlands län", "table", "#7a1f1f", "hedmyra.se",
         "0980-319 200", "+46980319200", "Box 14", "999 40", "Järnvägsgatan 5", "Kommunhuset, Järnvägsgatan 5", "212999-0404",
         style="asp", sec="div", home="/index.asp")
s.update(
    menu=build_menu([a for a in AREAS if a[0] not in ("Trafik och infrastruktur",)], style="asp"),
    topbar=[("Talande webb", "/talande.asp"), ("Textversion", "/text.asp"), ("Kontakta oss", "/kontakt.asp")],
    front_title="Hedmyra kommun - Välkommen",
    hero_title="Välkommen till Hedmyra kommun",
    hero_text="Fjällnära, lugnt och nära till naturen.",
    hero_cards=[("Lediga jobb", "/jobb.asp"), ("Matsedel skolan", "/barn-och-utbildning/matsedel.asp"), ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning.asp")],
    drift="Inga kända störningar.",
    events=[("22 feb", "Skoterrally Hedmyra runt"), ("9 mars", "Kommunfullmäktige i Folkets hus")],
    eservices=["Ansök om bygglov", "Felanmälan", "Ansök om skolskjuts"],
    jobs_text="Vi söker undersköterskor till Solgården.",
    footer_extra=('<td valign="top"><font face="Verdana" size="1"><b>Hedmyra Energi AB</b><br>Kundtjänst för el, fjärrvärme och VA:<br>'
                  '0980-319 250, kundtjanst@hedmyraenergi.se</font></td>'),
    news=[
        dict(path="/nyheter/bredband.asp", date="2026-01-29", title="Nytt bredband i Sörbyn och Lillhed",
             lead="Fiberutbyggnaden fortsätter. Under våren ansluts ytterligare 60 hushåll.",
             body="<p>Anmälan görs till Hedmyra Energi AB, som bygger ut nätet.</p>"),
        dict(path="/nyheter/simhallen.asp", date="2026-01-12", title="Sportlovsöppet i simhallen",
             lead="Simhallen har extra öppet under sportlovet, vecka 10.", body="<p>Barn under 7 år badar gratis i vuxens sällskap.</p>"),
        dict(path="/nyheter/oversiktsplan.asp", date="2025-12-18", title="Samråd om ny översiktsplan",
             lead="Förslaget till ny översiktsplan finns att läsa i kommunhuset och på biblioteket.",
             body="<p>Lämna dina synpunkter skriftligt senast den 28 februari.</p>"),
    ],
    pages=[dict(path="/kontakt.asp", file="kontakt.html", title="Kontakta oss - Hedmyra kommun", trail=[("Kontakta oss", None)],
                main=("<h1>Kontakta oss</h1>\n<p>Ring kommunens växel 0980-319 200, vardagar 8.00-16.00. Du kan också skicka e-post till "
                      "kommun@hedmyra.se.</p>\n<p>Besöksadress: Kommunhuset, Järnvägsgatan 5. Postadress: Box 14, 999 40 Hedmyra.</p>\n"
                      "<h2>Tjänstepersoner</h2>\n<table border=\"1\" cellpadding=\"4\"><tr><td>Kommunchef</td><td>Gunnel Ek</td><td>0980-319 201</td></tr>"
                      "<tr><td>Ekonomichef</td><td>Per Sundin</td><td>0980-319 205</td></tr><tr><td>Skolchef</td><td>Lena Olsson</td><td>0980-319 210</td></tr>"
                      "<tr><td>Socialchef</td><td>Mats Berg</td><td>0980-319 215</td></tr><tr><td>Byggnadsinspektör</td><td>Olle Jonsson</td><td>0980-319 220</td></tr></table>\n"
                      "<p>Frågor om el, fjärrvärme, vatten och avlopp besvaras av Hedmyra Energi AB.</p>"))],
    redirects={"/": ["/index.asp", 302]},
    hits={},
    search={"path": "/sok.asp", "param": "q"},
    robots=None, has_sitemap=False,
)
SITES.append(s)

# ---------------------------------------------------------------- 8105 Sandvreta: medium, Bootstrap, Medborgarservice in hero
MS = "/medborgarservice/"
ORG = "/kommun-och-politik/kommunens-organisation/"
s = site("8105", "Sandvreta", "Sandvreta", "05", "Östergötlands län", "bootstrap", "#1d3f72", "sandvreta.se",
         "08-465 004 50", "+46846500450", "Sandvreta kommun", "999 50", "Drottninggatan 8", "Stadshuset, Drottninggatan 8", "212999-0505")
s.update(
    topbar=[("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("Teckenspråk", "/teckensprak/"), ("In English", "/in-english/")],
    front_title="Sandvreta kommun",
    hero_title="Välkommen till Sandvreta",
    hero_text="Vad behöver du hjälp med idag?",
    hero_cards=[("Medborgarservice", MS), ("Lediga jobb", "/lediga-jobb/"), ("Skolmat", "/barn-och-utbildning/skolmat/"),
                ("Felanmälan", "/trafik-och-infrastruktur/felanmalan/"), ("E-tjänster", "/e-tjanster/")],
    drift="Störningar i vattenförsörjningen i Östra Sandvreta tisdag 10 februari.",
    events=[("13 feb", "Filmvisning för barn på biblioteket"), ("24 feb", "Kommunfullmäktige"), ("14 mars", "Sandvretaloppet")],
    eservices=["Ansök om förskoleplats", "Felanmälan", "Ansök om bygglov", "Ansök om färdtjänst", "Boka tid för vigsel"],
    jobs_text="Vi har 33 lediga tjänster just nu.",
    news=[
        dict(path="/nyheter/nytt-aldreboende/", date="2026-02-04", title="Byggstart för nytt äldreboende på Kvarnbacken",
             lead="Det nya boendet får 80 platser och ska stå klart 2028.", body="<p>Byggnaden blir kommunens första i massivträ.</p>"),
        dict(path="/nyheter/gratis-busskort-sommar/", date="2026-01-27", title="Gratis busskort för skolungdomar i sommar",
             lead="Alla elever i årskurs 6–9 får ett gratis sommarlovskort.", body="<p>Korten delas ut på skolorna i början av juni.</p>"),
        dict(path="/nyheter/nya-tider-atervinning/", date="2026-01-19", title="Nya öppettider på återvinningscentralen",
             lead="Från den 1 mars har Sandvreta återvinningscentral öppet till 19 på tisdagar och torsdagar.",
             body="<p>Lördagsöppet 9–14 som tidigare.</p>"),
    ],
    pages=[
        dict(path=MS, file="medborgarservice.html", title="Medborgarservice - Sandvreta kommun", trail=[("Medborgarservice", None)],
             main=("<h1>Medborgarservice</h1>\n<p class=\"lead\">Medborgarservice finns i Stadshusets entré. Vi svarar på frågor om "
                   "kommunens verksamheter och hjälper dig vidare när ärendet behöver en handläggare.</p>\n<h2>Vi kan hjälpa dig med</h2>\n"
                   "<ul><li>frågor om förskola, skola och fritidshem</li><li>bygglov och blanketter</li><li>avfall och sophämtning</li>"
                   "<li>parkeringstillstånd och färdtjänst</li><li>att använda kommunens e-tjänster</li><li>utskrifter och kopior av allmänna handlingar</li></ul>\n"
                   "<h2>Kontakt och öppettider</h2>\n"
                   + contact_table([("Telefon", '<a href="tel:+46846500450">08-465 004 50</a>'),
                                    ("E-post", '<a href="mailto:medborgarservice@sandvreta.se">medborgarservice@sandvreta.se</a>'),
                                    ("Besöksadress", "Stadshuset, Drottninggatan 8")])
                   + "\n<table class=\"table\"><caption>Öppettider</caption><tr><td>Måndag–torsdag</td><td>8.00–17.00</td></tr>"
                     "<tr><td>Fredag</td><td>8.00–15.00</td></tr></table>\n"
                     "<p>Medborgarservice är en del av kommunstyrelseförvaltningen. <a href=\"" + ORG + "\">Läs mer om kommunens organisation</a>.</p>")),
        dict(path=ORG, file="organisation.html", title="Kommunens organisation - Sandvreta kommun",
             trail=[("Kommun och politik", "/kommun-och-politik/"), ("Kommunens organisation", None)],
             main=("<h1>Kommunens organisation</h1>\n<p>Sandvreta kommun har cirka 2 100 anställda i fyra förvaltningar. Förvaltningarna "
                   "arbetar på uppdrag av nämnderna.</p>\n<h2>Kommunstyrelseförvaltningen</h2>\n<p>Kommunstyrelseförvaltningen leds av "
                   "kommundirektör Eva Lundh och samordnar kommunens arbete. Här finns bland annat ekonomi, HR, kansli, kommunikation och "
                   "näringsliv.</p>\n<table class=\"table\"><tr><th>Funktion</th><th>Namn</th></tr><tr><td>Kommundirektör</td><td>Eva Lundh</td></tr>"
                   "<tr><td>Ekonomichef</td><td>Tobias Ring</td></tr><tr><td>HR-chef</td><td>Nadia Karimi</td></tr>"
                   "<tr><td>Kommunikationschef</td><td>Henrik Sjö</td></tr><tr><td>Kanslichef</td><td>Ulla Berg</td></tr></table>\n"
                   "<h2>Utbildningsförvaltningen</h2>\n<p>Förvaltningschef: Jonas Lind.</p>\n<h2>Socialförvaltningen</h2>\n<p>Förvaltningschef: Maria Öst.</p>\n"
                   "<h2>Samhällsbyggnadsförvaltningen</h2>\n<p>Förvaltningschef: Ali Demir.</p>")),
    ],
    hits={"medborgarservice": [MS]},
    search={"path": "/sok/", "param": "q"},
)
SITES.append(s)

# ---------------------------------------------------------------- 8106 Bergsjöholm: semantic, Kundcenter in footer, thin page
KU = "/kundcenter/"
s = site("8106", "Bergsjöholm", "Bergsjöholms", "20", "Dalarnas län", "semantic", "#8a4b08", "bergsjoholm.se",
         "031-390 06 40", "+46313900640", "Bergsjöholms kommun", "999 60", "Rådhusgatan 1", "Rådhuset, Rådhusgatan 1", "212999-0606")
s.update(
    topbar=[("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("Teckenspråk", "/teckensprak/"), ("Languages", "/languages/"), ("Kontakt", "/kontakt/")],
    front_title="Bergsjöholms kommun",
    hero_title="Bergsjöholm – mitt i Dalarna",
    hero_text="Upptäck kommunens service, natur och kultur.",
    hero_cards=[("Lediga jobb", "/lediga-jobb/"), ("Förskola", "/barn-och-utbildning/forskola/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/"),
                ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning/")],
    drift="Elljusspåret vid Björkbacken är avstängt på grund av avverkning.",
    events=[("11 feb", "Vinterfest på torget"), ("25 feb", "Kommunfullmäktige"), ("15 mars", "Vasaloppsvisning på biblioteket")],
    eservices=["Ansök om förskoleplats", "Felanmälan", "Ansök om bygglov", "Ansök om ekonomiskt bistånd"],
    jobs_text="Just nu har vi 17 lediga tjänster.",
    footer_extra=('<div class="col"><h2>Kundcenter</h2><p>Telefon <a href="tel:+46313900640">031-390 06 40</a><br>'
                  'E-post <a href="mailto:kundcenter@bergsjoholm.se">kundcenter@bergsjoholm.se</a><br>Vardagar 8.00–16.00</p>'
                  '<p><a href="' + KU + '">Mer om Kundcenter</a></p></div>'),
    news=[
        dict(path="/nyheter/skidspar-preparerade/", date="2026-02-05", title="Skidspåren är preparerade",
             lead="Nu är alla kommunens skidspår preparerade inför helgen.", body="<p>Spårstatus uppdateras varje morgon.</p>"),
        dict(path="/nyheter/ny-skola-i-norrby/", date="2026-01-28", title="Beslut om ny skola i Norrby",
             lead="Barn- och utbildningsnämnden har beslutat att bygga en ny F–6-skola i Norrby.", body="<p>Skolan ska vara klar hösten 2028.</p>"),
        dict(path="/nyheter/hogre-taxa-va/", date="2026-01-10", title="Ny VA-taxa från 1 januari",
             lead="Avgiften för vatten och avlopp höjs med sex procent.", body="<p>Höjningen behövs för att förnya ledningsnätet.</p>"),
    ],
    pages=[
        dict(path=KU, file="kundcenter.html", title="Kundcenter - Bergsjöholms kommun", trail=[("Kundcenter", None)],
             main=("<h1>Kundcenter</h1>\n<p class=\"ingress\">Välkommen till Kundcenter! Vi finns här för dig som har frågor till kommunen.</p>\n"
                   "<p>Hör av dig om du undrar något, så hjälper vi dig vidare. Kundcenter svarar på frågor om kommunens service och ser till att "
                   "du får kontakt med rätt person.</p>\n<h2>Kontakta Kundcenter</h2>\n"
                   + contact_table([("Telefon", '<a href="tel:+46313900640">031-390 06 40</a>'),
                                    ("E-post", '<a href="mailto:kundcenter@bergsjoholm.se">kundcenter@bergsjoholm.se</a>'),
                                    ("Telefontider", "Vardagar 8.00–16.00")])
                   + "\n<p>Välkommen att höra av dig!</p>")),
        dict(path="/kontakt/", file="kontakt.html", title="Kontakt - Bergsjöholms kommun", trail=[("Kontakt", None)],
             main=("<h1>Kontakta kommunen</h1>\n<p>Du når kommunen på telefon 031-390 06 40 och e-post kommun@bergsjoholm.se.</p>\n"
                   "<h2>Post och besök</h2>\n<p>Bergsjöholms kommun, 999 60 Bergsjöholm. Besöksadress: Rådhuset, Rådhusgatan 1.</p>\n"
                   "<h2>Registrator</h2>\n<p>Allmänna handlingar och ansökningar skickas till registrator@bergsjoholm.se.</p>\n"
                   "<h2>Press</h2>\n<p>Kommunikationsavdelningen, telefon 031-390 06 49.</p>")),
    ],
    hits={"kundcenter": [KU]},
    search={"path": "/sok/", "param": "q"},
)
SITES.append(s)

# ---------------------------------------------------------------- 8107 Rävlunda: ARIA roles, Kontakt Rävlunda
KR = "/kontakt-ravlunda/"
s = site("8107", "Rävlunda", "Rävlunda", "24", "Västerbottens län", "aria", "#5a2a82", "ravlunda.se",
         "040-628 04 60", "+46406280460", "Rävlunda kommun", "999 70", "Storgatan 40", "Rådhuset, Storgatan 40", "212999-0707",
         sec="div", px="r-")
s.update(
    email="kontakt@ravlunda.se",
    topbar=[("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("Teckenspråk", "/teckensprak/"), ("Languages", "/languages/"), ("Kontakt Rävlunda", KR)],
    front_title="Rävlunda kommun",
    hero_title="Välkommen till Rävlunda",
    hero_text="Här finns information och e-tjänster för dig som bor och verkar i Rävlunda.",
    hero_cards=[("Lediga jobb", "/lediga-jobb/"), ("Skolmat", "/barn-och-utbildning/skolmat/"), ("Felanmälan", "/trafik-och-infrastruktur/felanmalan/"),
                ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning/")],
    hero_box=('<div class="r-hero-box" aria-labelledby="hb1"><h2 id="hb1">Kontakt Rävlunda</h2><p>Frågor till kommunen? Ring '
              '<a href="tel:+46406280460">040-628 04 60</a>, vardagar 7.30–17.00.</p><p><a href="' + KR + '">Fler sätt att kontakta oss</a></p></div>'),
    drift="Fjärrvärmen i kvarteret Tallen är avstängd onsdag 11 februari 8–12.",
    events=[("10 feb", "Norrskensvandring i Stadsparken"), ("19 feb", "Kommunfullmäktige"), ("28 feb", "Rävlunda vintermarknad")],
    eservices=["Ansök om förskoleplats", "Ansök om bygglov", "Felanmälan", "Ansök om parkeringstillstånd", "Anmäl värmepump"],
    jobs_text="Just nu har vi 41 lediga jobb.",
    footer_extra=('<div class="fc"><h2>Kontakt Rävlunda</h2><p><a href="tel:+46406280460">040-628 04 60</a><br>'
                  '<a href="mailto:kontakt@ravlunda.se">kontakt@ravlunda.se</a></p></div>'),
    news=[
        dict(path="/nyheter/nytt-resecentrum/", date="2026-02-03", title="Nytt resecentrum invigs i maj",
             lead="Buss och tåg samlas på ett ställe när det nya resecentrumet öppnar.", body="<p>Invigningen sker den 16 maj med ett öppet hus.</p>"),
        dict(path="/nyheter/snoupplag/", date="2026-01-25", title="Rekordmycket snö – därför tar snöröjningen längre tid",
             lead="Januari har gett mer snö än på 30 år. Vi prioriterar huvudvägar och gång- och cykelvägar.", body="<p>Bostadsgator plogas inom tre dygn efter snöfall.</p>"),
        dict(path="/nyheter/ungdomsstipendium/", date="2026-01-14", title="Sök kommunens ungdomsstipendium",
             lead="Unga mellan 13 och 25 år kan söka stipendium för idrott, kultur och föreningsliv.", body="<p>Sista ansökningsdag är 31 mars.</p>"),
    ],
    pages=[dict(path=KR, file="kontakt-ravlunda.html", title="Kontakt Rävlunda - Rävlunda kommun", trail=[("Kontakt Rävlunda", None)],
                main=("<h1>Kontakt Rävlunda</h1>\n<p class=\"ingress\">Kontakt Rävlunda är kommunens gemensamma ingång för dig som har frågor. "
                      "Vi svarar direkt på de flesta frågor och tar emot dina ärenden.</p>\n<h2>Det här kan du få hjälp med</h2>\n"
                      "<p>Kontakt Rävlunda svarar på frågor om förskola och skola, äldreomsorg och hemtjänst, avfall, vatten och avlopp, gator "
                      "och parkering, bygglov och miljötillstånd. Vi tar också emot felanmälningar, synpunkter och klagomål.</p>\n"
                      "<h2>Så når du oss</h2>\n<ul><li>Telefon: <a href=\"tel:+46406280460\">040-628 04 60</a></li>"
                      "<li>E-post: <a href=\"mailto:kontakt@ravlunda.se\">kontakt@ravlunda.se</a></li>"
                      "<li><button type=\"button\" class=\"chat\">Chatta med oss</button></li>"
                      "<li>Besök oss i Rådhusets entré, Storgatan 40</li></ul>\n<h3>Öppettider</h3>\n<p>Telefon och chatt: vardagar 7.30–17.00. "
                      "Besök: vardagar 9.00–16.00.</p>\n<h2>Ansvarig</h2>\n<div class=\"contact-card\"><p><strong>Johanna Wiklund</strong><br>"
                      "Enhetschef Kontakt Rävlunda<br>040-628 04 61</p></div>"))],
    hits={"kontakt rävlunda": [KR]},
    search={"path": "/sok/", "param": "q"},
)
SITES.append(s)

# ---------------------------------------------------------------- 8108 Ekhamra: bot wall, every path 403
s = site("8108", "Ekhamra", "Ekhamra", "08", "Kalmar län", "semantic", "#23527c", "ekhamra.se",
         "0980-319 240", "+46980319240", "Ekhamra kommun", "999 85", "Hamngatan 2", "Kommunhuset, Hamngatan 2", "212999-0808")
s.update(
    topbar=[("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("In English", "/in-english/"), ("Kontaktcenter", "/kontaktcenter/")],
    front_title="Ekhamra kommun", hero_title="Välkommen till Ekhamra", hero_text="Kust, skärgård och småstad.",
    hero_cards=[("Lediga jobb", "/lediga-jobb/"), ("Skolmat", "/barn-och-utbildning/skolmat/"), ("Båtplatser", "/kultur-och-fritid/batplatser/")],
    drift="Inga störningar.", events=[("21 feb", "Kommunfullmäktige")], eservices=["Ansök om båtplats", "Felanmälan"],
    jobs_text="Vi har 12 lediga jobb.",
    news=[dict(path="/nyheter/farjelaget/", date="2026-01-30", title="Färjeläget byggs om",
               lead="Färjan till Ekö går från en tillfällig brygga under våren.", body="<p>Turlistan är oförändrad.</p>")],
    pages=[dict(path="/kontaktcenter/", file="kontaktcenter.html", title="Kontaktcenter - Ekhamra kommun", trail=[("Kontaktcenter", None)],
                main=("<h1>Kontaktcenter</h1>\n<p>Kontaktcenter svarar på frågor om skola, omsorg, avfall och bygglov.</p>\n"
                      "<p>Telefon 0980-319 240, vardagar 8–16. E-post kontaktcenter@ekhamra.se.</p>\n<p>Enhetschef för kontaktcenter: Lotta Rehn.</p>"))],
    hits={}, search={"path": "/sok/", "param": "q"},
    front_status=403,
)
SITES.append(s)

# ---------------------------------------------------------------- 8109 Rosslunda: custom elements, Servicecenter one level deep
SR = "/kommun-och-politik/servicecenter/"
s = site("8109", "Rosslunda", "Rosslunda", "03", "Uppsala län", "custom", "#00706b", "rosslunda.se",
         "08-465 004 80", "+46846500480", "Rosslunda kommun", "999 90", "Kungsgatan 15", "Kommunhuset, Kungsgatan 15", "212999-0909",
         sec="rl-card", px="rl-")
s.update(
    topbar=[("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("Teckenspråk", "/teckensprak/"), ("Languages", "/languages/"), ("Kontakt", "/kontakt/")],
    front_title="Rosslunda kommun",
    hero_title="Välkommen till Rosslunda",
    hero_text="Nära Uppsala, nära naturen.",
    hero_cards=[("Lediga jobb", "/lediga-jobb/"), ("Förskola", "/barn-och-utbildning/forskola/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/"),
                ("Felanmälan", "/trafik-och-infrastruktur/felanmalan/")],
    drift="Pendelparkeringen vid stationen är delvis avstängd för asfaltering 9–13 februari.",
    events=[("14 feb", "Skridskodisco på isbanan"), ("25 feb", "Kommunfullmäktige"), ("12 mars", "Föreläsning om släktforskning")],
    eservices=["Ansök om förskoleplats", "Ansök om bygglov", "Felanmälan", "Ansök om skolskjuts", "Boka lokal"],
    jobs_text="Just nu finns 19 lediga jobb.",
    news=[
        dict(path="/nyheter/ny-forskola-i-ekbacken/", date="2026-02-02", title="Ny förskola öppnar i Ekbacken",
             lead="I augusti öppnar en ny förskola med åtta avdelningar.", body="<p>Ansök om plats i e-tjänsten senast fyra månader innan.</p>"),
        dict(path="/nyheter/cykelvag-till-stationen/", date="2026-01-21", title="Ny cykelväg till stationen",
             lead="Den nya gång- och cykelvägen längs Kungsgatan är klar.", body="<p>Belysningen sätts upp under februari.</p>"),
        dict(path="/nyheter/budget-2026/", date="2026-01-08", title="Budget för 2026 klar",
             lead="Skatten sänks med 10 öre och skolan får mer resurser.", body="<p>Läs hela budgeten under Ekonomi och budget.</p>"),
    ],
    pages=[
        dict(path="/kommun-och-politik/", file="kommun-och-politik.html", title="Kommun och politik - Rosslunda kommun", trail=[("Kommun och politik", None)],
             main=("<h1>Kommun och politik</h1>\n<p>Här hittar du information om hur kommunen styrs och är organiserad.</p>\n"
                   "<ul class=\"rl-linklist\"><li><a href=\"/kommun-och-politik/kommunens-organisation/\">Kommunens organisation</a></li>"
                   "<li><a href=\"/kommun-och-politik/politik-och-demokrati/\">Politik och demokrati</a></li>"
                   "<li><a href=\"/kommun-och-politik/sammantraden-och-protokoll/\">Sammanträden och protokoll</a></li>"
                   "<li><a href=\"" + SR + "\">Servicecenter</a></li>"
                   "<li><a href=\"/kommun-och-politik/ekonomi-och-budget/\">Ekonomi och budget</a></li>"
                   "<li><a href=\"/kommun-och-politik/synpunkter-och-klagomal/\">Synpunkter och klagomål</a></li>"
                   "<li><a href=\"/kommun-och-politik/allmanna-handlingar/\">Allmänna handlingar</a></li>"
                   "<li><a href=\"/kommun-och-politik/vanorter/\">Vänorter</a></li></ul>")),
        dict(path=SR, file="servicecenter.html", title="Servicecenter - Rosslunda kommun",
             trail=[("Kommun och politik", "/kommun-och-politik/"), ("Servicecenter", None)],
             main=("<h1>Servicecenter</h1>\n<p class=\"rl-ingress\">I kommunhusets entré finns Servicecenter, dit du kan vända dig med frågor "
                   "till kommunen.</p>\n<h2>Vad kan servicecenter hjälpa till med?</h2>\n<p>Servicecenter hjälper dig med frågor om bland annat "
                   "avfall och återvinning, vatten och avlopp, bygglov, förskola och skola. Här kan du också hämta och lämna blanketter, "
                   "låna en dator för att använda e-tjänster och få hjälp med kopior av allmänna handlingar.</p>\n<h2>Kontakt</h2>\n"
                   + contact_table([("Telefon", '<a href="tel:+46846500480">08-465 004 80</a>'),
                                    ("E-post", '<a href="mailto:servicecenter@rosslunda.se">servicecenter@rosslunda.se</a>'),
                                    ("Besöksadress", "Kommunhuset, Kungsgatan 15"),
                                    ("Öppettider", "Måndag–fredag 8.00–16.00, torsdagar till 18.00")])
                   + "\n<h2>Om oss</h2>\n<p>Servicecenter ingår i kommunledningskontoret. Servicecenter leds av enhetschef Patrik Nordin.</p>")),
        dict(path="/kontakt/", file="kontakt.html", title="Kontakt - Rosslunda kommun", trail=[("Kontakt", None)],
             main=("<h1>Kontakt</h1>\n<p>Växel: 08-465 004 80. E-post: kommun@rosslunda.se.</p>\n<h2>Andra kontaktvägar</h2>\n"
                   "<ul class=\"rl-linklist\"><li><a href=\"" + SR + "\">Servicecenter</a></li>"
                   "<li><a href=\"/kommun-och-politik/synpunkter-och-klagomal/\">Synpunkter och klagomål</a></li>"
                   "<li><a href=\"/press/\">Press och media</a></li></ul>")),
    ],
    hits={"servicecenter": [SR]},
    search={"path": "/sok/", "param": "q"},
)
s["menu"] = build_menu(AREAS)
SITES.append(s)

# ---------------------------------------------------------------- 8110 Nyfjärda: Drupal, kontaktcenter only in an older news item
s = site("8110", "Nyfjärda", "Nyfjärda", "25", "Norrbottens län", "drupal", "#2c5f2d", "nyfjarda.se",
         "031-390 06 70", "+46313900670", "Box 200", "999 80", "Skolgatan 7", "Kommunhuset, Skolgatan 7", "212999-1010")
s.update(
    topbar=[("Lyssna", "/lyssna/"), ("Lättläst", "/lattlast/"), ("Meänkieli", "/meankieli/"), ("Kontakta oss", "/kontakta-oss/")],
    front_title="Startsida | Nyfjärda kommun",
    hero_title="Välkommen till Nyfjärda",
    hero_text="Älvdal, fjäll och småskalig service i vardagen.",
    hero_cards=[("Lediga jobb", "/lediga-jobb/"), ("Skolmat", "/barn-och-utbildning/skolmat/"), ("Sophämtning", "/bygga-bo-och-miljo/avfall-och-atervinning/"),
                ("Felanmälan", "/trafik-och-infrastruktur/felanmalan/")],
    drift="Inga driftstörningar.",
    events=[("7 feb", "Isfiske på Storfjärden"), ("18 feb", "Kommunfullmäktige"), ("1 mars", "Marknadsdag")],
    eservices=["Ansök om förskoleplats", "Felanmälan", "Ansök om bygglov", "Ansök om skoterled-tillstånd"],
    jobs_text="Vi söker lärare, sjuksköterskor och undersköterskor.",
    news=[
        dict(path="/nyheter/vinterdack-pa-bussarna/", date="2026-01-29", title="Ny turlista för skolbussarna",
             lead="Från vecka 7 gäller en ny turlista för skolskjutsarna i Övre Nyfjärda.", body="<p>Turlistan finns under Skolskjuts.</p>"),
        dict(path="/nyheter/fiber-till-byarna/", date="2026-01-15", title="Fiber till ytterligare fem byar",
             lead="Kommunen har fått stöd för att bygga fiber till Kallbyn, Mellanfors, Nattavaara-Lid, Sörbacka och Åsen.", body="<p>Bygget startar i maj.</p>"),
        dict(path="/nyheter/bibliotekets-oppettider/", date="2025-12-19", title="Bibliotekets öppettider i jul",
             lead="Biblioteket har begränsade öppettider under jul och nyår.", body="<p>Meröppet gäller som vanligt för dig med lånekort.</p>"),
        dict(path="/nyheter/hemtjanst-nya-lokaler/", date="2025-11-04", title="Hemtjänsten flyttar till nya lokaler",
             lead="Hemtjänsten i centrala Nyfjärda flyttar till Skolgatan 9.", body="<p>Telefonnumren är desamma som tidigare.</p>"),
        dict(path="/nyheter/nu-har-kontaktcenter-oppnat/", date="2025-10-01", title="Nu har kommunens kontaktcenter öppnat",
             lead="Sedan i dag svarar kommunens nya kontaktcenter när du ringer kommunen.",
             body=("<p>Kommunens nya kontaktcenter svarar från och med i dag när du ringer 031-390 06 70. Målet är att fler ska få svar "
                   "direkt i stället för att kopplas vidare.</p><p>– Vi vill göra det enklare att komma i kontakt med kommunen, säger "
                   "kommundirektör Karin Sundqvist.</p>")),
        dict(path="/nyheter/valkommen-till-nya-webbplatsen/", date="2025-09-10", title="Välkommen till vår nya webbplats",
             lead="Nu har kommunen en ny webbplats som fungerar bättre i mobilen.", body="<p>Tyck till om webbplatsen via formuläret Synpunkter.</p>"),
    ],
    pages=[dict(path="/kontakta-oss/", file="kontakta-oss.html", title="Kontakta oss | Nyfjärda kommun", trail=[("Kontakta oss", None)],
                main=("<h1>Kontakta oss</h1>\n<p>Telefon: 031-390 06 70, vardagar 8.00–16.00.<br>E-post: kommun@nyfjarda.se</p>\n"
                      "<p>Postadress: Nyfjärda kommun, Box 200, 999 80 Nyfjärda. Besöksadress: Kommunhuset, Skolgatan 7.</p>\n"
                      "<h2>Kommunledning</h2>\n<p>Kommundirektör: Karin Sundqvist<br>Kommunstyrelsens ordförande: Tomas Berglund</p>\n"
                      "<h2>Synpunkter och felanmälan</h2>\n<p>Använd e-tjänsten <a href=\"/e-tjanster/felanmalan/\">Felanmälan</a>.</p>"))],
    hits={"kontaktcenter": ["/nyheter/nu-har-kontaktcenter-oppnat/"]},
    search={"path": "/sok/", "param": "q"},
)
SITES.append(s)
