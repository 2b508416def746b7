"""The ten sites of blind58 (typing aid). Labels are in ../labels.csv, written by hand."""
from __future__ import annotations

from common import AREAS, generic_page, menu

GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACw="


def base(kod, kommun, lan_kod, lan, family, label, domain, style, vaxel, tel, besok, post, orgnr, **kw):
    s = {"kod": kod, "kommun": kommun, "lan_kod": lan_kod, "lan": lan, "family": family, "family_label": label,
         "domain": domain, "url_style": style, "org": f"{kommun} kommun", "vaxel": vaxel, "tel_href": tel,
         "email": f"kommun@{domain}", "besok": besok, "postadress": post, "orgnr": orgnr, "home": "/"}
    s.update(kw)
    return s


SITES = []

# ------------------------------------------------------------------ 9657 Bäckmora, Sitevision 2024
P = "/kommun-och-politik/kontaktcenter.html"
ORG = "/kommun-och-politik/organisation/kommunledningskontoret.html"
NEWS1 = "/nyhetsarkiv/2024-05-13-kontaktcenter-svarar-nu-i-chatten.html"
SFF = "/naringsliv-och-arbete/servicecenter-for-foretag.html"
s = base("9657", "Bäckmora", "01", "Stockholms län", "sitevision", "sitevision2024", "backmora.se", "sv",
         "08-465 004 00", "+46846500400", "Kommunhuset, Storgatan 14", "999 31 Bäckmora", "212000-9657",
         links={"tillg": "/om-webbplatsen/tillganglighetsredogorelse.html", "kakor": "/om-webbplatsen/kakor.html"},
         search={"path": "/sok.html", "param": "query",
                 "hits": {"kontaktcenter": [P, NEWS1], "servicecenter": [SFF], "organisation": [ORG]}},
         redirects={"/hjalp": [P, 301]},
         robots="User-agent: *\nDisallow: /sitevision/\nDisallow: /edit/\nSitemap: __ORIGIN__/sitemap.xml\n")
s["menu"] = menu("sv", area_hrefs={"Omsorg och stöd": "/omsorg-och-stod.html", "Kommun och politik": "/kommun-och-politik.html"},
                 extra_subs={"Näringsliv och arbete": [("Servicecenter för företag", SFF)]})
s["topbar"] = [("Lättläst", "/lattlast.html", ""), ("Teckenspråk", "/teckensprak.html", ""), ("Other languages", "/other-languages.html", 'lang="en"')]
s["hero"] = f"""<div class="sv-layout sv-skip-spacer sv-decoration-content hero" id="svid12_6c1">
 <div class="sv-image-portlet sv-portlet sv-skip-spacer"><img class="sv-noborder" alt="" src="{GIF}" width="1400" height="420"></div>
 <div class="sv-layout sv-skip-spacer hero__inner"><div class="sv-text-portlet sv-portlet sv-skip-spacer"><div class="sv-text-portlet-content"><h1 class="heading">Välkommen till Bäckmora</h1><p class="normal">Sjönära boende, 18 400 invånare och en halvtimme till stan.</p></div></div>
 <div class="sv-layout sv-skip-spacer env-card env-card--inset hero__box"><div class="sv-text-portlet sv-portlet"><div class="sv-text-portlet-content"><h2 class="subheading">Har du en fråga till kommunen?</h2><p class="normal">Ring, chatta eller mejla – vi svarar på det mesta direkt.</p></div></div>
 <div class="sv-portlet sv-skip-spacer sv-html-portlet"><a class="env-button env-button--primary env-button--large" href="/hjalp">Så får du hjälp</a></div></div></div>
</div>"""
s["news"] = [("Kontaktcenter svarar nu i chatten", NEWS1, "2024-05-13", "Från och med i dag kan du chatta med kommunen på vardagar."),
             ("Ny cykelbana längs Sjövägen", "/nyhetsarkiv/2024-05-02-ny-cykelbana-langs-sjovagen.html", "2024-05-02", "Bygget börjar i juni.")]
s["footer_extra"] = f'<h2 class="subheading">Genvägar</h2><ul class="env-list"><li><a href="{P}">Kontaktcenter</a></li><li><a href="/press.html">Press</a></li><li><a href="/lediga-jobb.html">Lediga jobb</a></li></ul>'
KC = "Kontaktcenter"
s["pages"] = {
    P: {"h1": "Kontaktcenter", "crumbs": [("Startsida", "/"), ("Kommun och politik", "/kommun-och-politik.html")],
        "body": f"""<div class="sv-text-portlet sv-portlet"><p class="lead">Kontaktcenter är din väg in till Bäckmora kommun. Hos oss får du svar direkt eller blir kopplad till rätt person.</p></div>
<div class="sv-text-portlet sv-portlet"><h2 class="subheading">Det här kan vi hjälpa dig med</h2><ul class="env-list env-list--dotted">
<li>frågor om förskola, skola och skolskjuts</li><li>avfallshämtning, slamtömning och vatten och avlopp</li><li>parkeringstillstånd och felanmälan av gator och belysning</li><li>enklare frågor om bygglov och hemtjänst</li></ul></div>
<div class="sv-text-portlet sv-portlet"><h2 class="subheading">Så når du oss</h2><p class="normal">Telefon: <a href="tel:+46846500441">08-465 004 41</a><br>E-post: <a href="mailto:kontaktcenter@backmora.se">kontaktcenter@backmora.se</a></p>
<p class="normal"><button class="env-button env-button--primary js-chat-open" type="button">Chatta med oss</button></p></div>
<div class="sv-text-portlet sv-portlet"><table class="sv-table-type-1 env-table"><caption>Telefontider</caption><tbody><tr><th scope="row">Måndag–torsdag</th><td>8.00–17.00</td></tr><tr><th scope="row">Fredag</th><td>8.00–15.00</td></tr><tr><th scope="row">Lunch</th><td>Stängt 12.00–12.30</td></tr></tbody></table></div>
<div class="sv-text-portlet sv-portlet"><h2 class="subheading">Besök oss</h2><p class="normal">Kommunhuset, Storgatan 14, entréplan.</p>
<p class="normal">{KC} är en enhet inom kommunledningskontoret. <a href="{ORG}">Så är kommunledningskontoret organiserat</a></p></div>
<div class="sv-text-portlet sv-portlet page-meta"><p class="normal">Senast uppdaterad: 2024-05-13</p></div>"""},
    ORG: {"h1": "Kommunledningskontoret", "crumbs": [("Startsida", "/"), ("Kommun och politik", "/kommun-och-politik.html")],
          "body": """<p class="lead">Kommunledningskontoret stödjer kommunstyrelsen och leder arbetet med kommunens gemensamma frågor.</p>
<p class="normal">Kommundirektör: Lars Wiklund</p>
<table class="sv-table-type-1 env-table"><caption>Enheter och chefer</caption><thead><tr><th>Enhet</th><th>Chef</th><th>Telefon</th></tr></thead><tbody>
<tr><td>Ekonomienheten</td><td>Sofia Brandt, ekonomichef</td><td>08-465 004 10</td></tr>
<tr><td>HR-enheten</td><td>Omar Said, HR-chef</td><td>08-465 004 12</td></tr>
<tr><td>Kommunikationsenheten</td><td>Johan Sjöberg, kommunikationschef</td><td>08-465 004 14</td></tr>
<tr><td>Kontaktcenter</td><td>Maria Holm, enhetschef</td><td>08-465 004 40</td></tr>
<tr><td>Näringslivsenheten</td><td>Petra Ågren, näringslivschef</td><td>08-465 004 16</td></tr>
</tbody></table>"""},
    NEWS1: {"h1": "Kontaktcenter svarar nu i chatten", "crumbs": [("Startsida", "/"), ("Nyhetsarkiv", "/nyhetsarkiv.html")],
            "body": f'<p class="normal"><time datetime="2024-05-13">13 maj 2024</time></p><p class="lead">Från och med i dag kan du chatta med kommunen vardagar 8–16.</p><p class="normal">Chatten finns på sidan <a href="{P}">Kontaktcenter</a>.</p>'},
    "/nyhetsarkiv/2024-05-02-ny-cykelbana-langs-sjovagen.html": {"h1": "Ny cykelbana längs Sjövägen", "crumbs": [("Startsida", "/"), ("Nyhetsarkiv", "/nyhetsarkiv.html")],
            "body": '<p class="normal"><time datetime="2024-05-02">2 maj 2024</time></p><p class="lead">I juni börjar bygget av en ny gång- och cykelbana mellan centrum och badplatsen.</p>'},
    SFF: {"h1": "Servicecenter för företag", "crumbs": [("Startsida", "/"), ("Näringsliv och arbete", "/naringsliv-och-arbete.html")],
          "body": """<p class="lead">Servicecenter för företag hjälper dig som driver eller vill starta företag i Bäckmora.</p>
<p class="normal">Vi svarar på frågor om tillstånd, lokaler och upphandling. Telefon 08-465 004 16, foretag@backmora.se.</p>
<p class="normal">Ansvarig: Petra Ågren, näringslivschef.</p>"""},
    "/omsorg-och-stod.html": {"h1": "Omsorg och stöd", "body": '<p class="lead">Här hittar du information om äldreomsorg, stöd till personer med funktionsnedsättning och individ- och familjeomsorg.</p><ul class="env-list"><li><a href="/omsorg-och-stod/aldreomsorg.html">Äldreomsorg</a></li><li><a href="/omsorg-och-stod/ekonomiskt-bistand.html">Ekonomiskt bistånd</a></li></ul>'},
    "/kommun-och-politik.html": {"h1": "Kommun och politik", "body": f'<p class="lead">Om kommunens organisation, politik och ekonomi.</p><ul class="env-list"><li><a href="{ORG}">Kommunledningskontoret</a></li><li><a href="{P}">Kontaktcenter</a></li><li><a href="/kommun-och-politik/politik-och-beslut.html">Politik och beslut</a></li></ul>'},
    "/om-webbplatsen/tillganglighetsredogorelse.html": {"h1": "Tillgänglighetsredogörelse", "body": generic_page("tillg", "Bäckmora")},
    "/om-webbplatsen/kakor.html": {"h1": "Kakor (cookies)", "body": generic_page("kakor", "Bäckmora")},
}
SITES.append(s)

# ------------------------------------------------------------------ 9658 Granhamn, Optimizely CMS 12
P = "/sv/kundcenter/"
ENERGI = "/sv/bo-och-miljo/el-och-fjarrvarme/"
ORG = "/sv/kommun-och-politik/organisation/"
NEWS1 = "/sv/nyheter/kundcenter-har-sommaroppet/"
s = base("9658", "Granhamn", "14", "Västra Götalands län", "optimizely", "optimizely-cms12", "granhamn.se", "slash",
         "031-390 06 00", "+46313900600", "Stadshuset, Hamngatan 9", "999 42 Granhamn", "212000-9658",
         home="/sv/", prefix="/sv",
         links={"tillg": "/sv/om-webbplatsen/tillganglighetsredogorelse/", "kakor": "/sv/om-webbplatsen/kakor/"},
         search={"path": "/sv/sok/", "param": "q", "hits": {"kundcenter": [P, NEWS1, ENERGI], "kundcenterchef": [ENERGI]}},
         redirects={"/": ["/sv/", 302]},
         robots="User-agent: *\nDisallow: /episerver/\nDisallow: /util/\nSitemap: __ORIGIN__/sitemap.xml\n")
areas = [a for a in AREAS if a[0] != "Trafik och infrastruktur"]
s["org"] = "Granhamns kommun"
s["menu"] = menu("slash", "/sv", areas=areas, rename={"Bygga, bo och miljö": "Bo och miljö"},
                 area_hrefs={"Bygga, bo och miljö": "/sv/bo-och-miljo/", "Kommun och politik": "/sv/kommun-och-politik/"},
                 extra_subs={"Bygga, bo och miljö": [("El och fjärrvärme", ENERGI)], "Kommun och politik": [("Organisation", ORG)]},
                 add=[("Kundcenter", P, [("Öppettider", "/sv/kundcenter/oppettider/"), ("Felanmälan", "/sv/kundcenter/felanmalan/"), ("Synpunkter och klagomål", "/sv/kundcenter/synpunkter/")])])
s["topbar"] = [("Lättläst", "/sv/lattlast/", ""), ("Teckenspråk", "/sv/teckensprak/", ""), ("Kontakta oss", "/sv/kontakt/", "")]
s["hero"] = f"""<section class="hero-block" style="background-image:url('{GIF}')"><div class="container"><div class="hero-block__content">
<h1 class="hero-block__heading">Granhamn – staden vid fjorden</h1><p class="hero-block__text">Här hittar du kommunens service, e-tjänster och nyheter.</p>
<div class="hero-block__links"><a class="button button--primary" href="/sv/lediga-jobb/">Lediga jobb</a> <a class="button button--secondary" href="/sv/e-tjanster/">Alla e-tjänster</a></div></div></div></section>"""
s["news"] = [("Kundcenter har sommaröppet", NEWS1, "2024-05-20", "Under juli har Kundcenter kortare öppettider."),
             ("Ny gång- och cykelväg vid hamnen", "/sv/nyheter/ny-gang-och-cykelvag-vid-hamnen/", "2024-05-06", "Den öppnar i augusti.")]
s["footer_extra"] = '<p>Granhamns Energi AB: 031-390 06 50</p>'
s["pages"] = {
    P: {"h1": "Kundcenter", "crumbs": [("Startsida", "/sv/")], "title": "Kundcenter | Granhamns kommun",
        "body": f"""<p class="article-page__preamble">Kundcenter tar emot dina frågor och ärenden och hjälper dig vidare i kommunen.</p>
<div class="block-area"><div class="block textblock"><h2>Vanliga ärenden hos Kundcenter</h2><ul class="link-list">
<li>Betala eller ändra faktura för barnomsorg</li><li>Ansöka om parkeringstillstånd för rörelsehindrade</li><li>Felanmäla gatubelysning, gator och parker</li><li>Beställa extra sophämtning eller byta kärlstorlek</li><li>Frågor om bygglov och bostadsanpassning</li></ul></div>
<div class="block contactblock"><h2>Kontakta Kundcenter</h2><p>E-post: kundcenter(at)granhamn.se</p><p>Besöksadress: Stadshuset, Hamngatan 9, plan 1</p></div>
<div class="block textblock"><h2>El, fjärrvärme och bredband</h2><p>Frågor om el, fjärrvärme och bredband besvaras av Granhamns Energi AB. <a href="{ENERGI}">Läs mer om el och fjärrvärme</a></p></div>
<div class="block contactcardblock"><h3>Kontaktperson</h3><p>Lisa Berg, kommunvägledare</p></div>
<p><a href="{ORG}">Så är kommunen organiserad</a></p></div>
<div class="article-page__meta"><p>Sidansvarig: Kundcenter<br>Senast uppdaterad: 2024-04-18</p></div>"""},
    ENERGI: {"h1": "El och fjärrvärme", "crumbs": [("Startsida", "/sv/"), ("Bo och miljö", "/sv/bo-och-miljo/")], "title": "El och fjärrvärme | Granhamns kommun",
             "body": """<p class="article-page__preamble">Granhamns Energi AB är ett helägt kommunalt bolag som levererar el, fjärrvärme och bredband.</p>
<div class="block contactblock"><h2>Granhamns Energi AB:s kundcenter</h2><p>Bolagets kundcenter svarar på frågor om elavtal, fjärrvärme, avbrott och fakturor.</p>
<p>Telefon 031-390 06 50, vardagar 8–16. E-post kundcenter@granhamnsenergi.se</p><p>Kundcenterchef: Eva Sund</p></div>"""},
    ORG: {"h1": "Organisation", "crumbs": [("Startsida", "/sv/"), ("Kommun och politik", "/sv/kommun-och-politik/")], "title": "Organisation | Granhamns kommun",
          "body": """<p class="article-page__preamble">Kommunens verksamhet är indelad i fem förvaltningar under kommunstyrelsen.</p>
<p>Kommundirektör: Henrik Alm</p><ul><li>Barn- och utbildningsförvaltningen</li><li>Socialförvaltningen</li><li>Samhällsbyggnadsförvaltningen</li><li>Kultur- och fritidsförvaltningen</li><li>Kommunstyrelseförvaltningen</li></ul>"""},
    NEWS1: {"h1": "Kundcenter har sommaröppet", "crumbs": [("Startsida", "/sv/"), ("Nyheter", "/sv/nyheter/")], "title": "Kundcenter har sommaröppet | Granhamns kommun",
            "body": f'<p class="article-page__date">2024-05-20</p><p class="article-page__preamble">1–31 juli har Kundcenter öppet 9–15.</p><p><a href="{P}">Till Kundcenter</a></p>'},
    "/sv/nyheter/ny-gang-och-cykelvag-vid-hamnen/": {"h1": "Ny gång- och cykelväg vid hamnen", "crumbs": [("Startsida", "/sv/"), ("Nyheter", "/sv/nyheter/")], "title": "Ny gång- och cykelväg vid hamnen | Granhamns kommun",
            "body": '<p class="article-page__date">2024-05-06</p><p class="article-page__preamble">Den nya gång- och cykelvägen öppnar i augusti.</p>'},
    "/sv/kontakt/": {"h1": "Kontakta oss", "crumbs": [("Startsida", "/sv/")], "title": "Kontakta oss | Granhamns kommun",
                     "body": f'<p class="article-page__preamble">Här hittar du kommunens kontaktuppgifter.</p><p>Växel: 031-390 06 00</p><p>Registrator: registrator@granhamn.se</p><p>Har du frågor? Vänd dig till <a href="{P}">Kundcenter</a>.</p>'},
    "/sv/bo-och-miljo/": {"h1": "Bo och miljö", "crumbs": [("Startsida", "/sv/")], "title": "Bo och miljö | Granhamns kommun",
                          "body": f'<p class="article-page__preamble">Bygglov, avfall, vatten och energi.</p><ul><li><a href="{ENERGI}">El och fjärrvärme</a></li><li><a href="/sv/bo-och-miljo/bygglov/">Bygglov</a></li></ul>'},
    "/sv/om-webbplatsen/tillganglighetsredogorelse/": {"h1": "Tillgänglighetsredogörelse", "title": "Tillgänglighetsredogörelse | Granhamns kommun", "body": generic_page("tillg", "Granhamn")},
    "/sv/om-webbplatsen/kakor/": {"h1": "Kakor", "title": "Kakor | Granhamns kommun", "body": generic_page("kakor", "Granhamn")},
}
s["title_suffix"] = " | Granhamns kommun"
SITES.append(s)

# ------------------------------------------------------------------ 9659 Rösvalla, Drupal 10 Olivero
P = "/kommun-och-politik/medborgarservice"
s = base("9659", "Rösvalla", "12", "Skåne län", "drupal", "drupal10-olivero", "rosvalla.se", "bare",
         "040-628 04 00", "+46406280400", "Stadshuset, Rådhusgatan 2", "999 53 Rösvalla", "212000-9659",
         links={"tillg": "/tillganglighetsredogorelse", "kakor": "/kakor"},
         search={"path": "/search/node", "param": "keys", "hits": {"medborgarservice": [P, "/kontakt"]}},
         robots="User-agent: *\nDisallow: /admin/\nDisallow: /user/\nDisallow: /node/add/\nSitemap: __ORIGIN__/sitemap.xml\n")
s["menu"] = menu("bare", area_hrefs={"Kommun och politik": "/kommun-och-politik", "Näringsliv och arbete": "/naringsliv"},
                 extra_subs={"Kommun och politik": [("Medborgarservice", P)], "Näringsliv och arbete": [("Företagslots", "/naringsliv/foretagslots")]})
s["topbar"] = [("Lättläst", "/lattlast", ""), ("Kontakt", "/kontakt", "")]
s["hero"] = f"""<div class="region region--hero grid-full layout--pass--content-medium"><div id="block-rosvalla-hero" class="block block-block-content block-block-content--hero">
<div class="block__content hero"><img src="{GIF}" alt="" width="1400" height="400" loading="eager">
<div class="hero__text"><h1 class="title page-title">Välkommen till Rösvalla kommun</h1><p>Slätten, havet och 24 000 invånare.</p>
<ul class="hero__links"><li><a class="button button--primary" href="/kontakt">Kontakta kommunen</a></li><li><a class="button" href="/lediga-jobb">Lediga jobb</a></li></ul></div></div></div></div>"""
s["footer_extra"] = '<div class="block block-block-content"><h2 class="block__title">Bolag</h2><div class="block__content"><p>Rösvallahem AB, kundtjänst: 040-628 04 60</p></div></div>'
s["pages"] = {
    P: {"h1": "Medborgarservice", "crumbs": [("Hem", "/"), ("Kommun och politik", "/kommun-och-politik")], "title": "Medborgarservice | Rösvalla kommun",
        "body": """<p>Medborgarservice finns i entrén till stadshuset. Hit kan du vända dig med frågor om kommunens verksamheter.</p>
<h2>Vi hjälper dig med</h2><p>Hos Medborgarservice kan du få hjälp med ansökan om färdtjänst och parkeringstillstånd, frågor om fakturor för vatten och avfall, att hämta ut blanketter och att lämna synpunkter och klagomål.</p>
<h2>Kontakt</h2>
<div class="field field--name-field-phone field--type-telephone field--label-inline"><div class="field__label">Telefon</div><div class="field__item">040-628 04 22</div></div>
<div class="field field--name-field-opening-hours field--type-text-long field--label-above"><div class="field__label">Öppettider</div><div class="field__item">Måndag–fredag 8–17, lunchstängt 12–13</div></div>
<p>Medborgarservice leds av enhetschef Karin Ödman.</p>"""},
    "/kontakt": {"h1": "Kontakta kommunen", "crumbs": [("Hem", "/")], "title": "Kontakta kommunen | Rösvalla kommun",
                 "body": f"""<p>Växel: 040-628 04 00<br>Registrator: registrator@rosvalla.se</p>
<div class="views-element-container"><div class="view view-kontaktkort"><div class="view-content">
<div class="views-row"><article class="node node--type-card node--view-mode-teaser"><h2 class="node__title"><a href="{P}">Medborgarservice</a></h2><p>Öppettider, telefon och e-post</p></article></div>
<div class="views-row"><article class="node node--type-card node--view-mode-teaser"><h2 class="node__title"><a href="/kommun-och-politik/synpunkter-och-klagomal">Synpunkter och klagomål</a></h2></article></div>
<div class="views-row"><article class="node node--type-card node--view-mode-teaser"><h2 class="node__title"><a href="/press">Press</a></h2></article></div>
</div></div></div>"""},
    "/kommun-och-politik": {"h1": "Kommun och politik", "crumbs": [("Hem", "/")], "title": "Kommun och politik | Rösvalla kommun",
                            "body": f'<p>Organisation, politik och ekonomi.</p><ul><li><a href="/kommun-och-politik/organisation">Organisation</a></li><li><a href="{P}">Medborgarservice</a></li></ul>'},
    "/kommun-och-politik/organisation": {"h1": "Organisation", "crumbs": [("Hem", "/"), ("Kommun och politik", "/kommun-och-politik")], "title": "Organisation | Rösvalla kommun",
                                         "body": "<p>Kommundirektör: Göran Blom. Kommunen har fyra förvaltningar.</p>"},
    "/naringsliv/foretagslots": {"h1": "Företagslots", "crumbs": [("Hem", "/"), ("Näringsliv och arbete", "/naringsliv")], "title": "Företagslots | Rösvalla kommun",
                                 "body": "<p>Företagslotsen hjälper dig som vill starta eller utveckla ett företag med tillstånd och kontakter i kommunen.</p><p>Ansvarig: näringslivschef Ivar Persson, 040-628 04 30.</p>"},
    "/nyheter/simhallen-oppnar-igen": {"h1": "Simhallen öppnar igen", "crumbs": [("Hem", "/"), ("Nyheter", "/nyheter")], "title": "Simhallen öppnar igen | Rösvalla kommun",
                                       "body": "<p>Efter renoveringen öppnar simhallen den 3 juni.</p>"},
    "/tillganglighetsredogorelse": {"h1": "Tillgänglighetsredogörelse", "title": "Tillgänglighetsredogörelse | Rösvalla kommun", "body": generic_page("tillg", "Rösvalla")},
    "/kakor": {"h1": "Kakor", "title": "Kakor | Rösvalla kommun", "body": generic_page("kakor", "Rösvalla")},
}
s["news"] = [("Simhallen öppnar igen", "/nyheter/simhallen-oppnar-igen", "2024-05-21", "Efter renoveringen öppnar simhallen den 3 juni.")]
s["title_suffix"] = " | Rösvalla kommun"
SITES.append(s)

# ------------------------------------------------------------------ 9660 Alnäsby, WordPress block theme
P = "/kommunservice/"
s = base("9660", "Alnäsby", "03", "Uppsala län", "wpblock", "wordpress-block-theme", "alnasby.se", "slash",
         "08-465 004 50", "+46846500450", "Kommunhuset, Torggatan 1", "999 64 Alnäsby", "212000-9660",
         links={"tillg": "/tillganglighetsredogorelse/", "kakor": "/kakor/"},
         search={"path": "/", "param": "s", "hits": {"kommunservice": [P]}})
s["menu"] = menu("slash", area_hrefs={"Kommun och politik": "/kommun-och-politik/"},
                 extra_subs={"Kommun och politik": [("Kommunservice", P), ("Organisation", "/kommun-och-politik/organisation/")]})
s["topbar"] = [("Lättläst", "/lattlast/", ""), ("Kontakt", "/kontakt/", "")]
s["hero"] = f"""<div class="wp-block-cover alignfull is-light" style="min-height:480px;aspect-ratio:unset;"><span aria-hidden="true" class="wp-block-cover__background has-background-dim-40 has-background-dim"></span><img class="wp-block-cover__image-background wp-image-112" alt="" src="{GIF}" data-object-fit="cover">
<div class="wp-block-cover__inner-container is-layout-constrained wp-block-cover-is-layout-constrained"><h1 class="wp-block-heading has-text-align-center has-x-large-font-size">Välkommen till Alnäsby</h1>
<p class="has-text-align-center">Skog, sjöar och nära till Uppsala.</p>
<div class="wp-block-buttons is-content-justification-center is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/lediga-jobb/">Lediga jobb</a></div><div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button" href="/felanmalan/">Felanmälan</a></div></div></div></div>"""
s["footer_extra"] = '<p>Alnäsby Vatten och Avfall AB – kundtjänst för VA och renhållning: 08-465 004 70</p>'
s["news"] = [("Ny förskola i Norrby", "/2024/05/ny-forskola-i-norrby/", "2024-05-14", "Förskolan Tallkotten öppnar i augusti.")]
s["pages"] = {
    P: {"h1": "Kommunservice", "crumbs": [("Hem", "/"), ("Kommun och politik", "/kommun-och-politik/")], "title": "Kommunservice – Alnäsby kommun",
        "body": """<p class="has-large-font-size">Kommunservice är kommunens gemensamma ingång för dig som bor, arbetar eller driver företag i Alnäsby.</p>
<p>Vi hjälper dig med allt som rör kommunen, och vi finns här för dig när du undrar något. Våra samhällsvägledare tar emot dig i biblioteket.</p>
<h2 class="wp-block-heading">Kontakta oss</h2>
<p>Telefon: 08-465 004 55<br>E-post: kommunservice@alnasby.se<br>Öppet: vardagar 8–16.30</p>
<p>Kommunservice består av fem samhällsvägledare.</p>"""},
    "/kontakt/": {"h1": "Kontakt", "title": "Kontakt – Alnäsby kommun",
                  "body": f'<p>Växel 08-465 004 50, kommun@alnasby.se.</p><p>Postadress: 999 64 Alnäsby.</p><p>Läs mer om <a href="{P}">Kommunservice</a>.</p>'},
    "/om-webbplatsen/": {"h1": "Om webbplatsen", "title": "Om webbplatsen – Alnäsby kommun",
                         "body": "<p>Webbplatsen drivs av kommunikationsavdelningen.</p><p>Ansvarig utgivare: Sara Nord, kommunikationschef</p>"},
    "/kommun-och-politik/": {"h1": "Kommun och politik", "crumbs": [("Hem", "/")], "title": "Kommun och politik – Alnäsby kommun",
                             "body": f'<ul class="wp-block-list"><li><a href="/kommun-och-politik/organisation/">Organisation</a></li><li><a href="{P}">Kommunservice</a></li></ul>'},
    "/kommun-och-politik/organisation/": {"h1": "Organisation", "crumbs": [("Hem", "/"), ("Kommun och politik", "/kommun-och-politik/")], "title": "Organisation – Alnäsby kommun",
                                          "body": "<p>Kommundirektör: Erik Strand. Förvaltningarna leds av var sin förvaltningschef.</p>"},
    "/2024/05/ny-forskola-i-norrby/": {"h1": "Ny förskola i Norrby", "crumbs": [("Hem", "/"), ("Nyheter", "/nyheter/")], "title": "Ny förskola i Norrby – Alnäsby kommun",
                                       "body": "<p>Förskolan Tallkotten öppnar i augusti med sex avdelningar.</p>"},
    "/tillganglighetsredogorelse/": {"h1": "Tillgänglighetsredogörelse", "title": "Tillgänglighetsredogörelse – Alnäsby kommun", "body": generic_page("tillg", "Alnäsby")},
    "/kakor/": {"h1": "Kakor", "title": "Kakor – Alnäsby kommun", "body": generic_page("kakor", "Alnäsby")},
}
s["title_suffix"] = " – Alnäsby kommun"
s["front_title"] = "Alnäsby kommun – Skog, sjöar och nära till Uppsala"
SITES.append(s)

# ------------------------------------------------------------------ 9661 Sjöhamra, Umbraco 13
P = "/kontakta-oss/"
NEWS1 = "/nyheter/nu-kan-du-chatta-med-kommunen/"
s = base("9661", "Sjöhamra", "22", "Västernorrlands län", "umbraco", "umbraco13-blockgrid", "sjohamra.se", "slash",
         "0980-319 200", "+46980319200", "Kommunhuset, Strandvägen 5", "999 75 Sjöhamra", "212000-9661",
         links={"tillg": "/tillganglighetsredogorelse/", "kakor": "/kakor/"},
         search={"path": "/sok/", "param": "q", "hits": {"kontakt sjöhamra": [P, NEWS1], "kontakta oss": [P]}})
s["menu"] = menu("slash", area_hrefs={"Kommun och politik": "/kommun-och-politik/", "Omsorg och stöd": "/omsorg-och-stod/"},
                 extra_subs={"Kommun och politik": [("Organisation", "/kommun-och-politik/organisation/"), ("Kontakta oss", P)]})
s["topbar"] = [("Lättläst", "/lattlast/", ""), ("Teckenspråk", "/teckensprak/", ""), ("Kontakta oss", P, "")]
s["hero"] = f"""<div class="umb-block-grid" data-grid-columns="12" style="--umb-block-grid--grid-columns: 12;"><div class="umb-block-grid__layout-container">
<div class="umb-block-grid__layout-item" data-content-element-type-alias="heroBlock" data-content-element-type-key="3f1c" data-col-span="12" data-row-span="1" style="--umb-block-grid--item-column-span: 12; --umb-block-grid--item-row-span: 1;">
<div class="hero"><picture><img src="{GIF}" alt="Vy över Sjöhamra hamn" width="1600" height="500"></picture><div class="hero__content"><h1 class="hero__title">Välkommen till Sjöhamra</h1><p class="hero__lead">Kust, skog och 11 000 invånare.</p>
<div class="hero__shortcuts"><a href="/lediga-jobb/">Lediga jobb</a><a href="/e-tjanster/">E-tjänster</a><a href="/felanmalan/">Felanmälan</a></div></div></div></div></div></div>"""
s["news"] = [("Nu kan du chatta med kommunen", NEWS1, "2024-05-16", "Kontakt Sjöhamra svarar i chatten vardagar 9–15."),
             ("Sjöhamrabostäders kundcenter byter telefontider", "/nyheter/sjohamrabostader-kundcenter/", "2024-05-10", "Bostadsbolaget svarar 9–12 under sommaren.")]
s["footer_extra"] = '<p>Sjöhamra Hamn AB: 0980-319 260</p>'
s["pages"] = {
    P: {"h1": "Kontakta oss", "crumbs": [("Start", "/")], "title": "Kontakta oss | Sjöhamra kommun",
        "body": """<p>Här hittar du alla vägar in till kommunen.</p>
<h2>Kontakt Sjöhamra</h2>
<p>Kontakt Sjöhamra tar emot samtal, e-post och chatt till kommunen. Vi svarar direkt på de flesta frågor och hjälper dig med ärenden, bland annat:</p>
<ul><li>avgifter för förskola och fritidshem</li><li>skolskjuts</li><li>sophämtning och slamtömning</li><li>ansökan om bygglov och strandskyddsdispens</li><li>parkeringstillstånd</li></ul>
<p>Ring <a href="tel:+46980319210">0980-319 210</a> vardagar 8–16, skriv till kontaktsjohamra@sjohamra.se eller <button type="button" class="chat-button js-open-chat">Chatta med oss</button></p>
<p>Enhetschef för Kontakt Sjöhamra: Elin Vass</p>
<h2>Registrator</h2><p>Handlingar till kommunen skickar du till registrator@sjohamra.se.</p>
<h2>Press</h2><p>Journalister kontaktar kommunikationschef Ola Fors, 0980-319 205.</p>
<h2>Synpunkter</h2><p>Lämna synpunkter och klagomål via vår e-tjänst.</p>"""},
    NEWS1: {"h1": "Nu kan du chatta med kommunen", "crumbs": [("Start", "/"), ("Nyheter", "/nyheter/")],
            "body": f'<p><time datetime="2024-05-16">16 maj 2024</time></p><p>Nu kan du chatta med Kontakt Sjöhamra vardagar 9–15. Chatten hittar du på sidan <a href="{P}">Kontakta oss</a>.</p>'},
    "/nyheter/nytt-bibliotek-invigs/": {"h1": "Nytt bibliotek invigs", "crumbs": [("Start", "/"), ("Nyheter", "/nyheter/")], "body": "<p>Det nya biblioteket invigs den 1 september.</p>"},
    "/kommun-och-politik/": {"h1": "Kommun och politik", "body": '<ul><li><a href="/kommun-och-politik/organisation/">Organisation</a></li><li><a href="/nyheter/nytt-bibliotek-invigs/">Nytt bibliotek</a></li></ul>'},
    "/kommun-och-politik/organisation/": {"h1": "Organisation", "crumbs": [("Start", "/"), ("Kommun och politik", "/kommun-och-politik/")],
                                          "body": "<p>Kommundirektör: Per Ahlin. Kommunen har tre förvaltningar och ett kommunledningskontor.</p>"},
    "/omsorg-och-stod/": {"h1": "Omsorg och stöd", "body": "<p>Äldreomsorg, funktionsnedsättning och socialt stöd.</p>"},
    "/tillganglighetsredogorelse/": {"h1": "Tillgänglighetsredogörelse", "body": generic_page("tillg", "Sjöhamra")},
    "/kakor/": {"h1": "Kakor", "body": generic_page("kakor", "Sjöhamra")},
}
s["title_suffix"] = " | Sjöhamra kommun"
SITES.append(s)

# ------------------------------------------------------------------ 9662 Hedtuna, Municipio 3
P = "/kontaktcenter/"
s = base("9662", "Hedtuna", "06", "Jönköpings län", "municipio", "municipio3-drawer", "hedtuna.se", "slash",
         "040-628 04 50", "+46406280450", "Kommunhuset, Järnvägsgatan 7", "999 86 Hedtuna", "212000-9662",
         links={"tillg": "/tillganglighetsredogorelse/", "kakor": "/kakor/"},
         search={"path": "/", "param": "s", "hits": {"kontaktcenter": [P]}})
s["menu"] = menu("slash", area_hrefs={"Kommun och politik": "/kommun-och-politik/"}, drop=("Näringsliv och arbete",),
                 extra_subs={"Kommun och politik": [("Organisation", "/kommun-och-politik/organisation/")]},
                 add=[("Kontaktcenter", P, [("Lämna en synpunkt", "/kontaktcenter/synpunkter/"), ("Felanmälan", "/kontaktcenter/felanmalan/"), ("Hitta till kommunhuset", "/kontaktcenter/hitta-hit/")])])
s["topbar"] = [("Lättläst", "/lattlast/", ""), ("Kontakt", "/kontakt/", "")]
s["hero"] = f"""<section class="c-hero c-hero--full-width c-hero--overlay" style="background-image:url('{GIF}')"><div class="c-hero__content o-container">
<h1 class="c-typography c-hero__title c-typography__variant--h1">Hedtuna – mitt i Småland</h1><p class="c-typography c-hero__byline">Här finns kommunens service, e-tjänster och nyheter.</p>
<a class="c-button c-button__filled c-button__filled--primary" href="/e-tjanster/"><span class="c-button__label-text">Alla e-tjänster</span></a></div></section>"""
s["news"] = [("Ny skolskjutsplanering till hösten", "/nyheter/ny-skolskjutsplanering/", "2024-05-17", "Ansök om skolskjuts senast 15 juni.")]
s["footer_extra"] = ""
s["pages"] = {
    P: {"h1": "Kontaktcenter", "crumbs": [("Start", "/")], "title": "Kontaktcenter – Hedtuna kommun",
        "body": """<p class="lead">Kontaktcenter svarar på frågor om skola och förskola, äldreomsorg, bygglov, avfall och vatten och avlopp.</p>
<p>Våra sex kommunvägledare hjälper dig att hitta rätt och tar emot felanmälningar.</p>
<h2 class="c-typography c-typography__variant--h2">Skriv till oss</h2>
<form class="c-form" method="post" action="/kontaktcenter/"><div class="c-field"><label class="c-field__label" for="f-name">Namn</label><input class="c-field__input" id="f-name" name="name"></div>
<div class="c-field"><label class="c-field__label" for="f-mail">Din e-postadress</label><input class="c-field__input" id="f-mail" name="email" type="email"></div>
<div class="c-field"><label class="c-field__label" for="f-msg">Ditt ärende</label><textarea class="c-field__input" id="f-msg" name="message"></textarea></div>
<button class="c-button c-button__filled c-button__filled--primary" type="submit"><span class="c-button__label-text">Skicka</span></button></form>
<p>Telefonnummer och adress till kommunen hittar du längst ner på sidan.</p>
<p class="c-typography c-typography__variant--meta">Sidansvarig: Anna Kron</p>"""},
    "/kontakt/": {"h1": "Kontakt", "title": "Kontakt – Hedtuna kommun", "body": "<p>Växel: 040-628 04 50. E-post: kommun@hedtuna.se. Postadress: 999 86 Hedtuna.</p>"},
    "/kommun-och-politik/": {"h1": "Kommun och politik", "body": '<ul><li><a href="/kommun-och-politik/organisation/">Organisation</a></li></ul>'},
    "/kommun-och-politik/organisation/": {"h1": "Organisation", "crumbs": [("Start", "/"), ("Kommun och politik", "/kommun-och-politik/")],
                                          "body": "<p>Kommundirektör: Annika Hjort.</p><p>Kommunen har fyra förvaltningar: utbildning, omsorg, samhällsbyggnad och kommunledning.</p>"},
    "/nyheter/ny-skolskjutsplanering/": {"h1": "Ny skolskjutsplanering till hösten", "crumbs": [("Start", "/"), ("Nyheter", "/nyheter/")], "body": "<p>Ansök om skolskjuts senast 15 juni.</p>"},
    "/nyheter/vattenlas-i-sodra-hedtuna/": {"h1": "Vattenläcka i södra Hedtuna", "crumbs": [("Start", "/"), ("Nyheter", "/nyheter/")], "body": "<p>Läckan är lagad och vattnet är tillbaka.</p>"},
    "/tillganglighetsredogorelse/": {"h1": "Tillgänglighetsredogörelse", "body": generic_page("tillg", "Hedtuna")},
    "/kakor/": {"h1": "Kakor och personuppgifter", "body": generic_page("kakor", "Hedtuna")},
}
s["news"].append(("Vattenläcka i södra Hedtuna", "/nyheter/vattenlas-i-sodra-hedtuna/", "2024-05-12", "Läckan är lagad."))
s["title_suffix"] = " – Hedtuna kommun"
SITES.append(s)

# ------------------------------------------------------------------ 9663 Ormvik, Next.js static export
P = "/kommun-och-politik/kundtjanst"
ND = ('{"props":{"pageProps":{"page":{"id":"%s","seo":{"title":"%s","keywords":"kundtjänst, kontakt, ormviks kundtjänst, e-tjänster"},'
      '"globalSettings":{"serviceUnit":"Ormviks kundtjänst","servicePhone":"0980-319 235"}},"__N_SSG":true},"page":"/[[...slug]]",'
      '"query":{"slug":[]},"buildId":"bQ7nR2xK9sLd","nextExport":true,"isFallback":false,"gsp":true,"scriptLoader":[]}')
s = base("9663", "Ormvik", "25", "Norrbottens län", "nextjs", "nextjs-static-export", "ormvik.se", "bare",
         "0980-319 230", "+46980319230", "Kommunhuset, Storgatan 30", "999 97 Ormvik", "212000-9663",
         links={"tillg": "/tillganglighet", "kakor": "/kakor"},
         search={"path": "/sok", "param": "q", "hits": {"kundtjänst": [P], "kundtjanst": [P]}},
         robots="User-agent: *\nDisallow: /_next/data/\nSitemap: __ORIGIN__/sitemap.xml\n")
s["org"] = "Ormviks kommun"
s["menu"] = menu("bare", area_hrefs={"Kommun och politik": "/kommun-och-politik", "Bygga, bo och miljö": "/bygga-bo-och-miljo", "Kultur och fritid": "/kultur-och-fritid"})
s["topbar"] = [("Lättläst", "/lattlast", ""), ("Kontakt", "/kontakt", "")]
s["front_next_data"] = ND % ("start", "Startsida")
s["hero"] = f"""<section class="Hero_root__Bq5Zt"><div class="Hero_media__Kx2pD"><img alt="" fetchpriority="high" width="1600" height="520" decoding="async" data-nimg="1" class="Hero_image__e0Rw1" style="color:transparent" src="{GIF}"/></div><div class="Layout_container__Vx0wL Hero_content__Ls8nV"><h1 class="Hero_title__wQ3xF">Ormvik – där älven möter havet</h1><p class="Hero_lead__c9YpU">Kommunens service, nyheter och e-tjänster.</p><div class="Hero_links__Hd4vA"><a class="Button_primary__Ak2d8" href="/e-tjanster">E-tjänster</a><a class="Button_secondary__pQ7tT" href="/lediga-jobb">Lediga jobb</a></div></div></section>"""
s["news"] = [("Försäkringskassans kundcenter flyttar", "/nyheter/forsakringskassans-kundcenter-flyttar", "2024-05-15", "Försäkringskassans kundcenter i Ormvik flyttar till Köpmangatan."),
             ("Isbanan är spolad", "/nyheter/isbanan-ar-spolad", "2024-01-12", "Nu kan du åka skridskor på Storviken.")]
s["footer_extra"] = '<p>Ormvik Energi AB kundtjänst: 0980-319 240</p>'
s["pages"] = {
    P: {"h1": "Kundtjänst", "crumbs": [("Start", "/"), ("Kommun och politik", "/kommun-och-politik")], "title": "Kundtjänst | Ormviks kommun", "next_data": ND % ("kundtjanst", "Kundtjänst"),
        "body": """<p class="RichText_lead__aP0fT">Kundtjänst är kommunens gemensamma ingång. Vi svarar på frågor om förskoleplatser, bygglov, renhållning, vatten och avlopp och parkering, och tar emot felanmälningar.</p>
<h2>Kontakta Kundtjänst</h2><p>Telefon <a href="tel:+46980319235">0980-319 235</a></p><p>E-post <a href="mailto:kundtjanst@ormvik.se">kundtjanst@ormvik.se</a></p>
<h2>Ansvarig</h2><p>Kundtjänstchef: Hanna Pettersson</p>"""},
    "/kommun-och-politik": {"h1": "Kommun och politik", "crumbs": [("Start", "/")], "title": "Kommun och politik | Ormviks kommun",
                            "body": f'<h2>Kontakt och service</h2><ul><li><a href="{P}">Kundtjänst – frågor och ärenden</a></li><li><a href="/kommun-och-politik/synpunkter-och-klagomal">Synpunkter och klagomål</a></li></ul><h2>Politik</h2><ul><li><a href="/kommun-och-politik/politik-och-beslut">Politik och beslut</a></li></ul>'},
    "/kontakt": {"h1": "Kontakt", "crumbs": [("Start", "/")], "title": "Kontakt | Ormviks kommun",
                 "body": "<p>Växel: 0980-319 230</p><p>Registrator: registrator@ormvik.se</p><p>Press: kommunikationsenheten, 0980-319 232</p>"},
    "/bygga-bo-och-miljo": {"h1": "Bygga, bo och miljö", "crumbs": [("Start", "/")], "title": "Bygga, bo och miljö | Ormviks kommun", "body": "<p>Bygglov, avfall, vatten och avlopp.</p>"},
    "/kultur-och-fritid": {"h1": "Kultur och fritid", "crumbs": [("Start", "/")], "title": "Kultur och fritid | Ormviks kommun", "body": "<p>Bibliotek, idrott och föreningsliv.</p>"},
    "/nyheter/forsakringskassans-kundcenter-flyttar": {"h1": "Försäkringskassans kundcenter flyttar", "crumbs": [("Start", "/"), ("Nyheter", "/nyheter")], "title": "Försäkringskassans kundcenter flyttar | Ormviks kommun",
                                                       "body": "<p>Försäkringskassans kundcenter i Ormvik flyttar den 1 juni till Köpmangatan 4. Frågor om föräldrapenning och sjukpenning besvaras av Försäkringskassan.</p>"},
    "/nyheter/isbanan-ar-spolad": {"h1": "Isbanan är spolad", "crumbs": [("Start", "/"), ("Nyheter", "/nyheter")], "title": "Isbanan är spolad | Ormviks kommun", "body": "<p>Nu kan du åka skridskor på Storviken.</p>"},
    "/tillganglighet": {"h1": "Tillgänglighetsredogörelse", "title": "Tillgänglighetsredogörelse | Ormviks kommun", "body": generic_page("tillg", "Ormvik")},
    "/kakor": {"h1": "Kakor", "title": "Kakor | Ormviks kommun", "body": generic_page("kakor", "Ormvik")},
}
s["title_suffix"] = " | Ormviks kommun"
SITES.append(s)

# ------------------------------------------------------------------ 9664 Tjärnby, Nuxt 3
P = "/invanarservice"
NUXT = ('[{"state":1,"once":3,"_errors":4,"serverRendered":5,"path":6,"pinia":7},["Reactive",2],{},["Set"],["ShallowReactive",8],true,"%s",'
        '{"page":9},{},{"seo":10},{"description":"Tjärnby kommun","keywords":"invånarservice, kontakt, e-tjänster"}]')
s = base("9664", "Tjärnby", "20", "Dalarnas län", "nuxt", "nuxt3-ssr", "tjarnby.se", "bare",
         "031-390 06 70", "+46313900670", "Kommunhuset, Dalvägen 12", "999 08 Tjärnby", "212000-9664",
         links={"tillg": "/tillganglighet", "kakor": "/kakor"},
         search={"path": "/sok", "param": "q", "hits": {"invånarservice": [P], "invanarservice": [P]}})
s["menu"] = menu("bare", area_hrefs={"Kommun och politik": "/kommun-och-politik", "Bygga, bo och miljö": "/bygga-bo-och-miljo"})
s["topbar"] = [("Lättläst", "/lattlast", ""), ("Kontakt", "/kontakt", "")]
s["front_nuxt_data"] = NUXT % "/"
s["front_head"] = '<meta name="keywords" content="Tjärnby, kommun, invånarservice, e-tjänster">'
s["hero"] = f"""<section class="hero" data-v-6e2a4c1b><img src="{GIF}" alt="" class="hero__img" data-v-6e2a4c1b><div class="hero__body" data-v-6e2a4c1b><h1 data-v-6e2a4c1b>Välkommen till Tjärnby</h1><p data-v-6e2a4c1b>Fäbodar, fjäll och 9 000 invånare.</p><!--[--><a href="/e-tjanster" class="btn btn--primary" data-v-6e2a4c1b>E-tjänster</a><a href="/lediga-jobb" class="btn" data-v-6e2a4c1b>Lediga jobb</a><!--]--></div></section>"""
s["news"] = [("Nya papperskorgar i centrum", "/nyheter/nya-papperskorgar", "2024-05-18", "Nu sorterar vi skräpet även på stan.")]
s["footer_extra"] = '<p data-v-8a0c2e4f>Tjärnby Vatten AB – kundtjänst för VA och renhållning: 031-390 06 80</p>'
s["pages"] = {
    P: {"h1": "Invånarservice", "crumbs": [("Start", "/")], "title": "Invånarservice - Tjärnby kommun", "nuxt_data": NUXT % P,
        "body": """<p>Invånarservice hjälper dig med frågor om bostadsanpassning, färdtjänst, avgifter för hemtjänst och skolval.</p>
<p>Ring oss på <a href="tel:+46313900675">031-390 06 75</a>. Vi svarar så snart vi kan.</p>
<p>Vill du boka ett besök? Ring 031-390 06 75 så bokar vi en tid.</p>"""},
    "/kommun-och-politik": {"h1": "Kommun och politik", "body": '<ul><li><a href="/kommun-och-politik/organisation">Organisation</a></li><li><a href="/kommun-och-politik/politik-och-beslut">Politik och beslut</a></li></ul>'},
    "/bygga-bo-och-miljo": {"h1": "Bygga, bo och miljö", "body": "<p>Bygglov, avfall och vatten.</p>"},
    "/kontakt": {"h1": "Kontakt", "title": "Kontakt - Tjärnby kommun", "body": "<p>Växel: 031-390 06 70. E-post: kommun@tjarnby.se.</p><p>Besöksadress: Kommunhuset, Dalvägen 12.</p>"},
    "/nyheter/nya-papperskorgar": {"h1": "Nya papperskorgar i centrum", "crumbs": [("Start", "/"), ("Nyheter", "/nyheter")], "body": "<p>Nu sorterar vi skräpet även på stan.</p>"},
    "/nyheter/sommarlovsaktiviteter": {"h1": "Sommarlovsaktiviteter för barn och unga", "crumbs": [("Start", "/"), ("Nyheter", "/nyheter")], "body": "<p>Gratis aktiviteter hela sommaren.</p>"},
    "/tillganglighet": {"h1": "Tillgänglighetsredogörelse", "body": generic_page("tillg", "Tjärnby")},
    "/kakor": {"h1": "Kakor", "body": generic_page("kakor", "Tjärnby")},
}
s["news"].append(("Sommarlovsaktiviteter för barn och unga", "/nyheter/sommarlovsaktiviteter", "2024-05-11", "Gratis aktiviteter hela sommaren."))
s["title_suffix"] = " - Tjärnby kommun"
SITES.append(s)

# ------------------------------------------------------------------ 9665 Ulvsala, Webflow
P = "/servicecentrum"
BESOK = "/om-kommunen/besok-stadshuset"
s = base("9665", "Ulvsala", "21", "Gävleborgs län", "webflow", "webflow", "ulvsala.se", "bare",
         "08-465 004 60", "+46846500460", "Stadshuset, Kungsgatan 3", "999 19 Ulvsala", "212000-9665",
         links={"tillg": "/tillganglighet", "kakor": "/kakor"},
         search={"path": "/search", "param": "query", "hits": {"servicecentrum": [P, BESOK]}},
         redirects={"/besok": [BESOK, 302]})
s["menu"] = menu("bare", area_hrefs={"Kommun och politik": "/om-kommunen"}, rename={"Kommun och politik": "Om kommunen"},
                 extra_subs={"Kommun och politik": [("Besök stadshuset", "/besok")]})
s["topbar"] = [("Lättläst", "/lattlast", ""), ("Kontakt", "/kontakt", "")]
s["hero"] = f"""<section class="section_hero"><div class="padding-global"><div class="container-large"><div class="hero_component"><div class="hero_content"><h1 class="heading-style-h1">Ulvsala – lagom stort</h1><p class="text-size-medium">Allt om kommunens service på ett ställe.</p></div>
<div class="w-layout-grid hero_cards"><a href="/besok" class="hero_card w-inline-block"><img src="{GIF}" loading="lazy" alt="" class="hero_card-image"/><div class="hero_card-title">Besök stadshuset</div><div class="hero_card-text">Öppettider, parkering och hitta hit</div></a>
<a href="/lediga-jobb" class="hero_card w-inline-block"><img src="{GIF}" loading="lazy" alt="" class="hero_card-image"/><div class="hero_card-title">Lediga jobb</div><div class="hero_card-text">Jobba i Ulvsala kommun</div></a>
<a href="/e-tjanster" class="hero_card w-inline-block"><img src="{GIF}" loading="lazy" alt="" class="hero_card-image"/><div class="hero_card-title">E-tjänster</div><div class="hero_card-text">Ansök och anmäl digitalt</div></a></div></div></div></div></section>"""
s["news"] = [("Stadshuset får ny entré", "/nyheter/stadshuset-far-ny-entre", "2024-05-19", "Entrén byggs om i sommar, ingången flyttas till Kyrkgatan.")]
s["footer_extra"] = ""
s["pages"] = {
    BESOK: {"h1": "Besök stadshuset", "crumbs": [("Start", "/"), ("Om kommunen", "/om-kommunen")], "title": "Besök stadshuset | Ulvsala kommun",
            "body": f"""<p>Stadshuset ligger på Kungsgatan 3, mitt emot busstationen. Det finns tio besöksparkeringar på baksidan.</p>
<p>I entréplan finns kommunens servicecentrum. <a href="{P}">Läs mer om servicecentrum</a></p>
<h2>Öppettider</h2><p>Stadshuset är öppet vardagar 8–17.</p>"""},
    P: {"h1": "Servicecentrum", "crumbs": [("Start", "/"), ("Om kommunen", "/om-kommunen")], "title": "Servicecentrum | Ulvsala kommun",
        "body": """<p>Servicecentrum i stadshusets entré hjälper dig med ansökningar om parkeringstillstånd, färdtjänst och bostadsanpassning, frågor om ditt avfallsabonnemang och att skriva ut och lämna in blanketter.</p>
<h2>Öppettider</h2><table><tbody><tr><td>Måndag–torsdag</td><td>8–17</td></tr><tr><td>Fredag</td><td>8–15</td></tr></tbody></table>
<h2>Hitta hit</h2><p>Besöksadress: Stadshuset, Kungsgatan 3, entréplan</p>
<p>Kontaktperson: Mira Lindqvist, kommunvägledare</p>
<p>Stadshusets fastighetsförvaltare Björn Hed ansvarar för lokalerna.</p>"""},
    "/om-kommunen": {"h1": "Om kommunen", "crumbs": [("Start", "/")], "title": "Om kommunen | Ulvsala kommun",
                     "body": f'<ul><li><a href="{BESOK}">Besök stadshuset</a></li><li><a href="/om-kommunen/organisation">Organisation</a></li></ul>'},
    "/kontakt": {"h1": "Kontakt", "crumbs": [("Start", "/")], "title": "Kontakt | Ulvsala kommun", "body": "<p>Växel 08-465 004 60, kommun@ulvsala.se.</p>"},
    "/nyheter/stadshuset-far-ny-entre": {"h1": "Stadshuset får ny entré", "crumbs": [("Start", "/"), ("Nyheter", "/nyheter")], "title": "Stadshuset får ny entré | Ulvsala kommun",
                                         "body": "<p>Entrén byggs om i sommar. Under tiden går du in från Kyrkgatan.</p>"},
    "/nyheter/loppis-pa-torget": {"h1": "Loppis på torget", "crumbs": [("Start", "/"), ("Nyheter", "/nyheter")], "title": "Loppis på torget | Ulvsala kommun", "body": "<p>Loppis varje lördag i juni.</p>"},
    "/tillganglighet": {"h1": "Tillgänglighetsredogörelse", "title": "Tillgänglighetsredogörelse | Ulvsala kommun", "body": generic_page("tillg", "Ulvsala")},
    "/kakor": {"h1": "Kakor", "title": "Kakor | Ulvsala kommun", "body": generic_page("kakor", "Ulvsala")},
}
s["news"].append(("Loppis på torget", "/nyheter/loppis-pa-torget", "2024-05-09", "Loppis varje lördag i juni."))
s["title_suffix"] = " | Ulvsala kommun"
SITES.append(s)

# ------------------------------------------------------------------ 9666 Mjöviken, Sitevision 2024
SFF = "/naringsliv-och-arbete/servicecenter-for-foretagare.html"
BYGG = "/bygga-bo-och-miljo/bygglovsservice.html"
STAT = "/nyhetsarkiv/2024-04-22-statens-servicekontor-oppnar-i-mjoviken.html"
BOST = "/bygga-bo-och-miljo/lediga-lagenheter.html"
s = base("9666", "Mjöviken", "17", "Värmlands län", "sitevision", "sitevision2024", "mjoviken.se", "sv",
         "031-390 06 90", "+46313900690", "Kommunhuset, Älvgatan 1", "999 20 Mjöviken", "212000-9666",
         links={"tillg": "/om-webbplatsen/tillganglighetsredogorelse.html", "kakor": "/om-webbplatsen/kakor.html"},
         search={"path": "/sok.html", "param": "query", "hits": {"servicecenter": [SFF], "servicekontor": [STAT], "kundcenter": [BOST], "bygglovsservice": [BYGG]}},
         robots="User-agent: *\nDisallow: /sitevision/\nSitemap: __ORIGIN__/sitemap.xml\n")
s["org"] = "Mjövikens kommun"
s["menu"] = menu("sv", area_hrefs={"Bygga, bo och miljö": "/bygga-bo-och-miljo.html"},
                 extra_subs={"Näringsliv och arbete": [("Servicecenter för företagare", SFF)], "Bygga, bo och miljö": [("Bygglovsservice", BYGG), ("Lediga lägenheter", BOST)]})
s["topbar"] = [("Lättläst", "/lattlast.html", ""), ("Kontakt", "/kontakt.html", 'data-track="kontaktcenter-link"')]
s["front_head"] = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"Mjövikens kommun",'
                   '"url":"__ORIGIN__/","contactPoint":{"@type":"ContactPoint","contactType":"Kontaktcenter","telephone":"+46-31-390 06 90"}}</script>\n'
                   '<meta name="description" content="Mjövikens kommun – kontaktcenter, e-tjänster och nyheter.">\n'
                   '<script>window.chatConfig = {queue: "kontaktcenter", title: "Kontaktcenter Mjöviken", enabled: false};</script>')
s["hero"] = f"""<div class="sv-layout sv-skip-spacer sv-decoration-content hero kontaktcenter-banner" id="svid12_7d2">
 <!-- Kontaktcenter-knapp borttagen tills kontaktcenter öppnar 2025 -->
 <div class="sv-image-portlet sv-portlet sv-skip-spacer"><img class="sv-noborder" alt="" src="{GIF}" width="1400" height="420"></div>
 <div class="sv-text-portlet sv-portlet sv-skip-spacer"><div class="sv-text-portlet-content"><h1 class="heading">Mjöviken – mellan älven och skogen</h1><p class="normal">Här hittar du kommunens service och e-tjänster.</p>
 <p class="normal"><a class="env-button env-button--primary" href="/kontakt.html">Kontakta kommunen</a></p></div></div>
</div>"""
s["news"] = [("Statens servicekontor öppnar i Mjöviken", STAT, "2024-04-22", "Skatteverket och Försäkringskassan öppnar ett gemensamt servicekontor i centrum."),
             ("Mjövikens Bostäders kundcenter har ny adress", BOST, "2024-04-10", "Bostadsbolagets kundcenter finns nu på Torget 2.")]
s["footer_extra"] = '<h2 class="subheading">Bolag</h2><p class="normal">Mjöviken Energi AB kundtjänst: 031-390 06 95</p>'
s["pages"] = {
    "/kontakt.html": {"h1": "Kontakt", "crumbs": [("Startsida", "/")], "title": "Kontakt - Mjövikens kommun",
                      "body": f"""<div class="sv-text-portlet sv-portlet"><p class="lead">Så kontaktar du Mjövikens kommun.</p>
<p class="normal">Växel: 031-390 06 90, vardagar 8–16.30<br>E-post: kommun@mjoviken.se<br>Besöksadress: Kommunhuset, Älvgatan 1</p>
<p class="normal">Frågor om bygglov: <a href="{BYGG}">Bygglovsservice</a>. Företagare: <a href="{SFF}">Servicecenter för företagare</a>.</p></div>"""},
    SFF: {"h1": "Servicecenter för företagare", "crumbs": [("Startsida", "/"), ("Näringsliv och arbete", "/naringsliv-och-arbete.html")],
          "body": """<p class="lead">Servicecenter för företagare är din väg in till kommunen när du driver företag.</p>
<p class="normal">Vi svarar på frågor om tillstånd, serveringstillstånd, upphandling och lokaler. Telefon 031-390 06 92, foretag@mjoviken.se, vardagar 8–16.</p>
<p class="normal">Enhetschef för Servicecenter för företagare: Linnea Wall</p>"""},
    BYGG: {"h1": "Bygglovsservice", "crumbs": [("Startsida", "/"), ("Bygga, bo och miljö", "/bygga-bo-och-miljo.html")],
           "body": "<p class=\"lead\">Bygglovsservice svarar på frågor om bygglov, anmälan och strandskydd.</p><p class=\"normal\">Telefontid tisdag–torsdag 9–11, 031-390 06 93. Ansvarig: bygglovschef Tor Lund.</p>"},
    STAT: {"h1": "Statens servicekontor öppnar i Mjöviken", "crumbs": [("Startsida", "/"), ("Nyhetsarkiv", "/nyhetsarkiv.html")],
           "body": "<p class=\"normal\"><time datetime=\"2024-04-22\">22 april 2024</time></p><p class=\"lead\">Skatteverket, Försäkringskassan och Pensionsmyndigheten öppnar ett gemensamt servicekontor (Statens servicecenter) på Storgatan 8.</p><p class=\"normal\">Där får du hjälp med frågor om skatt, folkbokföring och föräldrapenning.</p>"},
    BOST: {"h1": "Lediga lägenheter", "crumbs": [("Startsida", "/"), ("Bygga, bo och miljö", "/bygga-bo-och-miljo.html")],
           "body": "<p class=\"lead\">Kommunens bostadsbolag Mjövikens Bostäder AB hyr ut 1 400 lägenheter.</p><p class=\"normal\">Mjövikens Bostäders kundcenter finns på Torget 2 och svarar på frågor om bostadskö och felanmälan, telefon 031-390 06 97. Kundcenterchef: Sanna Ek.</p>"},
    "/bygga-bo-och-miljo.html": {"h1": "Bygga, bo och miljö", "body": f'<ul class="env-list"><li><a href="{BYGG}">Bygglovsservice</a></li><li><a href="{BOST}">Lediga lägenheter</a></li></ul>'},
    "/om-webbplatsen/tillganglighetsredogorelse.html": {"h1": "Tillgänglighetsredogörelse", "body": generic_page("tillg", "Mjöviken")},
    "/om-webbplatsen/kakor.html": {"h1": "Kakor (cookies)", "body": generic_page("kakor", "Mjöviken")},
}
s["title_suffix"] = " - Mjövikens kommun"
SITES.append(s)
