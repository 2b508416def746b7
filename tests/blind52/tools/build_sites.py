"""Typing aid that wrote tests/blind52/sites/ (the written files are the corpus; labels are not generated).

    python3 tests/blind52/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from chrome import areas, render  # noqa: E402
from common import e  # noqa: E402

SITES_DIR = HERE.parent / "sites"
ROBOTS = "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"

ICON = ('<svg aria-hidden="true" focusable="false" width="24" height="24" viewBox="0 0 24 24">'
        '<path d="M3 5h18v12H8l-5 4z"/></svg>')


def generic_contact(site, extra=""):
    k = site["kommun"]
    return (f"<h1>Kontakta oss</h1>\n<p>Du når {e(k)}s kommun via växeln, e-post eller brev.</p>\n"
            f"<h2>Växel</h2><p>Telefon {e(site['vaxel'])}, vardagar 8–16.</p>\n"
            f"<h2>E-post och post</h2><p>kommun@{e(site['dom'])}<br>{e(k)}s kommun, {e(site['postnr'])} {e(site['ort'])}</p>\n"
            f"<h2>Registrator</h2><p>Allmänna handlingar: registrator@{e(site['dom'])}</p>\n{extra}")


def area_body(label, href, subs, intro=""):
    items = "".join(f'<li><a href="{e(h)}">{e(t)}</a></li>' for t, h in subs)
    return (f"<h1>{e(label)}</h1>\n<p>{e(intro or 'Här hittar du information och e-tjänster inom ' + label.lower() + '.')}</p>\n"
            f"<ul>{items}</ul>")


def news_page(title, date, body):
    return f'<h1>{e(title)}</h1>\n<p class="date">Publicerad {e(date)}</p>\n{body}'


def news_list(site):
    return "<h1>Nyheter</h1>\n" + "".join(
        f'<div class="newsrow"><span>{e(dt)}</span> <a href="{e(h)}">{e(t)}</a><p>{e(lead)}</p></div>\n'
        for t, h, dt, lead in site["news"])


TILLG = ("<h1>Tillgänglighetsredogörelse</h1>\n<p>{k}s kommun står bakom den här webbplatsen. Vi vill att så många "
         "som möjligt ska kunna använda den. Den här redogörelsen beskriver hur webbplatsen uppfyller lagen om "
         "tillgänglighet till digital offentlig service och hur du kan rapportera brister.</p>\n"
         "<h2>Kända brister</h2><ul><li>Vissa äldre PDF-dokument är inte tillgängliga.</li>"
         "<li>Några filmer saknar syntolkning.</li></ul>\n<h2>Tillsyn</h2><p>Myndigheten för digital förvaltning har "
         "ansvar för tillsyn.</p>")
KAKOR = ("<h1>Om kakor</h1>\n<p>En kaka (cookie) är en liten textfil som webbplatsen sparar i din webbläsare. Vi "
         "använder nödvändiga kakor och, om du godkänner det, kakor för besöksstatistik.</p>")

BASE_NEWS_PAGES = {
    "budget": ("Budget för 2026 antagen", "18 sep 2025",
               "<p>Kommunfullmäktige har antagit budgeten för 2026. Satsningar görs på skola och äldreomsorg.</p>"),
    "vagarbete": ("Vägarbete på Storgatan", "10 sep 2025",
                  "<p>Storgatan stängs av mellan Kyrkvägen och torget under tre veckor. Bussarna leds om.</p>"),
}


# ---------------------------------------------------------------------------- sites

def s9585():
    s = dict(code="9585", kommun="Ullvik", lan_kod="01", lan="Stockholms län", family="episerver",
             street="Rådhusgatan 2", postnr="999 10", ort="Ullvik", vaxel="08-465 004 00", dom="ullvik.se",
             orgnr="212000-9851", search={"path": "/sok/", "param": "q"})
    s["kontakt_panel"] = (
        '<section class="eh-contactblock" aria-labelledby="kc-h"><h2 id="kc-h">Kontaktcenter</h2>'
        "<p>Vi svarar på dina frågor vardagar 8–17.</p>"
        '<p>Telefon <a href="tel:+46846500410">08-465 004 10</a></p>'
        '<p><a href="/kontaktcenter/">Mer om Kontaktcenter</a></p></section>'
        '<section class="eh-contactblock"><h2>Felanmälan</h2><p><a href="/felanmalan">Gör en felanmälan</a></p></section>')
    s["news"] = [
        ("Ullvik Energi AB:s kundtjänst får nytt telefonnummer", "/nyheter/ullvik-energi-kundtjanst/", "22 sep 2025",
         "Från 1 oktober når du energibolagets kundtjänst på ett nytt nummer."),
        ("Budget för 2026 antagen", "/nyheter/budget/", "18 sep 2025", "Satsningar på skola och äldreomsorg."),
    ]
    s["pages"] = {
        "/kontaktcenter/": ("Kontaktcenter", (
            "<h1>Kontaktcenter</h1>\n<p>Kontaktcenter är kommunens gemensamma ingång för dig som bor och verkar i "
            "Ullvik. Vi svarar på frågor om bland annat:</p>\n<ul><li>förskola och skola</li><li>bygglov och "
            "tillstånd</li><li>avfall och återvinning</li><li>vatten och avlopp</li><li>parkering</li></ul>\n"
            '<h2>Så når du oss</h2><p>Telefon <a href="tel:+46846500410">08-465 004 10</a><br>'
            "E-post: kontaktcenter@ullvik.se</p>\n<table><caption>Telefontider</caption>"
            "<tr><th>Måndag–torsdag</th><td>8.00–17.00</td></tr><tr><th>Fredag</th><td>8.00–15.00</td></tr></table>\n"
            "<h2>Om oss</h2><p>Vi är tolv kommunvägledare. Kontaktcenterchef: Sara Ek.</p>")),
        "/nyheter/ullvik-energi-kundtjanst/": ("Ullvik Energi AB:s kundtjänst får nytt telefonnummer", news_page(
            "Ullvik Energi AB:s kundtjänst får nytt telefonnummer", "22 sep 2025",
            "<p>Det kommunala energibolaget Ullvik Energi AB byter telefonnummer till sin kundtjänst. Frågor om "
            "fjärrvärme och elnät ställer du till Ullvik Energi AB:s kundtjänst, 08-465 004 90.</p>")),
    }
    return s


def s9586():
    s = dict(code="9586", kommun="Norrhamra", lan_kod="03", lan="Uppsala län", family="municipio",
             street="Stora torget 4", postnr="999 20", ort="Norrhamra", vaxel="031-390 06 00", dom="norrhamra.se",
             orgnr="212000-9869", search={"path": "/", "param": "s"})
    s["subs_post"] = {"kommun-och-politik": [("Medborgarservice", "/kommun-och-politik/medborgarservice/")]}
    s["quick"] = [("Kontakta oss", "/kontakta-oss/"), ("Felanmälan", "/felanmalan"), ("Lediga jobb", "/jobb/")]
    s["header_html"] = '<a class="c-header__icon" href="/?s=" aria-label="Sök">' + ICON + "</a>"
    s["news"] = [
        ("Bygglovsservice har drop-in på torsdagar", "/nyheter/bygglovsservice-drop-in/", "20 sep 2025",
         "Bygglovsservice tar emot utan tidsbokning torsdagar 13–16."),
        ("Budget för 2026 antagen", "/nyheter/budget/", "18 sep 2025", "Satsningar på skola och äldreomsorg."),
    ]
    s["pages"] = {
        "/kommun-och-politik/medborgarservice/": ("Medborgarservice", (
            "<h1>Medborgarservice</h1>\n<p>Hos Medborgarservice kan du få hjälp med ansökan om förskoleplats, frågor "
            "om sophämtning, bygglov och färdtjänst, och med att använda kommunens e-tjänster.</p>\n"
            "<h2>Besök oss</h2><p>Besöksadress: Stora torget 4, entréplan</p>\n<p>Öppettider: måndag–fredag 8.00–16.30</p>\n"
            '<p>Telefon: <a href="tel:+46313900660">031-390 06 60</a></p>\n'
            "<p>Våra kommunvägledare hjälper dig att hitta rätt.</p>\n"
            '<p class="page-meta">Sidansvarig: Lina Ström. Senast uppdaterad 2025-08-30.</p>')),
        "/nyheter/bygglovsservice-drop-in/": ("Bygglovsservice har drop-in på torsdagar", news_page(
            "Bygglovsservice har drop-in på torsdagar", "20 sep 2025",
            "<p>Har du frågor om bygglov? Bygglovsservice tar emot utan tidsbokning på torsdagar 13–16 i "
            "stadshuset.</p>")),
    }
    return s


def s9587():
    s = dict(code="9587", kommun="Sjöbacka", lan_kod="12", lan="Skåne län", family="drupal",
             street="Torggatan 1", postnr="999 30", ort="Sjöbacka", vaxel="040-628 04 00", dom="sjobacka.se",
             orgnr="212000-9877", search={"path": "/sok/", "param": "q"}, skip_areas=("trafik-och-gator",))
    sc = [("Om Servicecenter", "/servicecenter/"), ("Öppettider och adress", "/servicecenter/#oppettider"),
          ("Vanliga frågor", "/servicecenter/vanliga-fragor")]
    s["top_extra"] = [("Servicecenter", "/servicecenter/", sc)]
    s["mega_cols"] = {
        "/kommun-och-politik/": [
            ("Politik och demokrati", [("Kommunfullmäktige", "/kommun-och-politik/kommunfullmaktige/"),
                                       ("Budget och ekonomi", "/kommun-och-politik/budget-och-ekonomi/")]),
            ("Kontakt och insyn", [("Servicecenter", "/servicecenter/"), ("Diarium", "/kommun-och-politik/diarium/"),
                                   ("Synpunkter och klagomål", "/kommun-och-politik/synpunkter-och-klagomal/")]),
            ("Organisation", [("Förvaltningar", "/kommun-och-politik/organisation/"),
                              ("Bolag", "/kommun-och-politik/bolag/")])],
        "/naringsliv-och-arbete/": [
            ("För företagare", [("Starta företag", "/naringsliv-och-arbete/starta-foretag/"),
                                ("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag/"),
                                ("Upphandling", "/naringsliv-och-arbete/upphandling/")]),
            ("Arbete", [("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/"),
                        ("Mark och lokaler", "/naringsliv-och-arbete/mark-och-lokaler/")])],
        "/servicecenter/": [("Servicecenter", sc)],
    }
    s["news"] = [
        ("Budget för 2026 antagen", "/nyheter/budget/", "18 sep 2025", "Satsningar på skola och äldreomsorg."),
        ("Vägarbete på Storgatan", "/nyheter/vagarbete/", "10 sep 2025", "Storgatan stängs av i tre veckor."),
    ]
    s["pages"] = {
        "/servicecenter/": ("Servicecenter", (
            "<h1>Servicecenter</h1>\n<p>Välkommen till Servicecenter! Vi finns här för dig. Hör av dig om du "
            "undrar något, så hjälper vi dig vidare.</p>\n"
            '<h2>Kontakt</h2><p>Telefon <a href="tel:+46406280410">040-628 04 10</a><br>E-post: servicecenter@sjobacka.se</p>\n'
            '<h2 id="oppettider">Öppettider och adress</h2><p>Måndag–fredag 8–16. Besöksadress: Torggatan 1.</p>\n'
            "<h2>Organisation</h2><p>Servicecentret leds av enhetschef Karin Backlund.</p>")),
    }
    return s


def s9588():
    s = dict(code="9588", kommun="Bäckeby", lan_kod="05", lan="Östergötlands län", family="aria",
             street="Kungsgatan 12", postnr="999 40", ort="Bäckeby", vaxel="040-628 04 50", dom="backeby.se",
             orgnr="212000-9885", search={"path": "/sok/", "param": "q"})
    s["header_html"] = ('<div class="xicons">'
                        f'<a class="xic" href="/kundtjanst/" aria-label="Kundtjänst">{ICON}</a>'
                        f'<a class="xic" href="/mina-sidor" aria-label="Mina sidor">{ICON}</a>'
                        f'<a class="xic" href="/in-english" aria-label="In English">{ICON}</a></div>')
    s["css"] = (".xwrap>[role=banner]{order:-1;position:sticky;top:0;background:#fff;z-index:10}"
                ".xwrap>[role=main]{order:0}.xwrap>[role=contentinfo]{order:1}")
    s["foot_extra_lines"] = ["Ansvarig utgivare för webbplatsen: kommunikationschef Nils Berg"]
    s["news"] = [
        ("Budget för 2026 antagen", "/nyheter/budget/", "18 sep 2025", "Satsningar på skola och äldreomsorg."),
        ("Vägarbete på Storgatan", "/nyheter/vagarbete/", "10 sep 2025", "Storgatan stängs av i tre veckor."),
    ]
    s["pages"] = {
        "/kundtjanst/": ("Kundtjänst", (
            "<h1>Kundtjänst</h1>\n<p>Kundtjänst svarar på frågor om sophämtning, parkeringstillstånd, skolskjuts och "
            "bygglov. Kan vi inte svara direkt ser vi till att rätt handläggare kontaktar dig.</p>\n"
            '<p>Ring oss på <a href="tel:+46406280430">040-628 04 30</a>.</p>')),
    }
    return s


def s9589():
    s = dict(code="9589", kommun="Lervik", lan_kod="14", lan="Västra Götalands län", family="bootstrap",
             street="Hamngatan 5", postnr="999 50", ort="Lervik", vaxel="031-390 06 50", dom="lervik.se",
             orgnr="212000-9893", search={"path": "/sok/", "param": "q"})
    s["hero_html"] = (
        '<div id="hero" class="carousel slide" data-bs-ride="carousel">'
        '<div class="carousel-indicators"><button type="button" data-bs-target="#hero" data-bs-slide-to="0" class="active" '
        'aria-current="true" aria-label="Bild 1"></button><button type="button" data-bs-target="#hero" data-bs-slide-to="1" '
        'aria-label="Bild 2"></button><button type="button" data-bs-target="#hero" data-bs-slide-to="2" aria-label="Bild 3"></button></div>'
        '<div class="carousel-inner">'
        '<div class="carousel-item active"><img src="/bilder/hamnen.jpg" class="d-block w-100" alt="Sommarkväll vid Lerviks hamn">'
        '<div class="carousel-caption"><h1>Välkommen till Lerviks kommun</h1><p>Här finns information och e-tjänster för '
        'dig som bor och verkar i Lervik.</p><a class="btn btn-primary" href="/bygga-bo-och-miljo/">Bo och leva i Lervik</a></div></div>'
        '<div class="carousel-item"><img src="/bilder/telefon.jpg" class="d-block w-100" alt="">'
        '<div class="carousel-caption"><h2>En väg in till kommunen</h2><p>Ring, mejla eller chatta – vi hjälper dig att hitta rätt.</p>'
        '<a class="btn btn-primary" href="/kontaktcenter">Så når du Kontaktcenter</a></div></div>'
        '<div class="carousel-item"><img src="/bilder/sommarlov.jpg" class="d-block w-100" alt="">'
        '<div class="carousel-caption"><h2>Sommarlovsaktiviteter</h2><p>Gratis aktiviteter för barn och unga.</p>'
        '<a class="btn btn-primary" href="/kultur-och-fritid/">Se aktiviteterna</a></div></div>'
        '</div><button class="carousel-control-prev" type="button" data-bs-target="#hero" data-bs-slide="prev">'
        '<span class="carousel-control-prev-icon" aria-hidden="true"></span><span class="visually-hidden">Föregående</span></button>'
        '<button class="carousel-control-next" type="button" data-bs-target="#hero" data-bs-slide="next">'
        '<span class="carousel-control-next-icon" aria-hidden="true"></span><span class="visually-hidden">Nästa</span></button></div>')
    s["css"] = ".carousel-item{display:none}.carousel-item.active{display:block}"
    s["footer_links_pre"] = [("Kontaktcenter", "/kontaktcenter/")]
    s["redirects"] = {"/kontaktcenter": ["/kontaktcenter/", 301]}
    s["news"] = [
        ("Budget för 2026 antagen", "/nyheter/budget/", "18 sep 2025", "Satsningar på skola och äldreomsorg."),
        ("Vägarbete på Storgatan", "/nyheter/vagarbete/", "10 sep 2025", "Storgatan stängs av i tre veckor."),
    ]
    s["pages"] = {
        "/kontaktcenter/": ("Kontaktcenter", (
            "<h1>Kontaktcenter</h1>\n<p>Kontaktcenter tar emot dina frågor och felanmälningar. Vanliga ärenden:</p>\n"
            "<ul><li>skolskjuts och skolval</li><li>sophämtning och slamtömning</li><li>gatubelysning och "
            "snöröjning</li><li>bygglovsfrågor</li></ul>\n"
            '<h2>Kontakta oss</h2><p>Telefon <a href="tel:+46313900655">031-390 06 55</a>, vardagar 8–16.30<br>'
            'E-post: kontaktcenter@lervik.se</p><p><button type="button" class="btn btn-success">Chatta med oss</button></p>\n'
            '<div class="card"><div class="card-body"><strong>Anders Lövgren</strong><br>Enhetschef, Kontaktcenter<br>'
            "anders.lovgren@lervik.se</div></div>")),
    }
    return s


def s9590():
    s = dict(code="9590", kommun="Tallåsa", lan_kod="20", lan="Dalarnas län", family="table", charset="iso-8859-1",
             street="Kyrkogatan 3", postnr="999 60", ort="Tallåsa", vaxel="0980-319 200", dom="tallasa.se",
             orgnr="212000-9901", search={"path": "/sok.asp", "param": "sokord"}, kontakt_href="/kontakta-oss.asp")
    s["hero_h"] = "Välkommen till Tallåsa kommun"
    s["quick"] = [("Kontakta oss", "/kontakta-oss.asp"), ("Felanmälan", "/felanmalan.asp"), ("Lediga jobb", "/jobb/")]
    s["az_extra"] = [("Medborgarkontor", "/medborgarkontoret.asp")]
    s["redirects"] = {"/": ["/start.asp", 302]}
    s["news"] = [
        ("Budget för 2026 antagen", "/nyheter/budget/", "18 sep 2025", "Satsningar på skola och äldreomsorg."),
        ("Vägarbete på Storgatan", "/nyheter/vagarbete/", "10 sep 2025", "Storgatan stängs av i tre veckor."),
    ]
    s["pages"] = {
        "/medborgarkontoret.asp": ("Medborgarkontoret", (
            "<h1>Medborgarkontoret</h1>\n<p>Hos Medborgarkontoret kan du få hjälp med:</p>\n<ul><li>blanketter och "
            "ansökningar</li><li>frågor om bygglov, avfall och vatten</li><li>att använda kommunens e-tjänster</li>"
            "<li>kopiering och utskrift</li></ul>\n<p><b>Besöksadress:</b> Kyrkogatan 3, Tallåsa</p>\n"
            '<table border="1" cellpadding="3"><tr><th colspan="2">Öppettider</th></tr><tr><td>Måndag–torsdag</td>'
            "<td>9–16</td></tr><tr><td>Fredag</td><td>9–14</td></tr></table>\n<br><b>Medarbetare</b>\n"
            '<table border="1" cellpadding="3"><tr><th>Namn</th><th>Befattning</th></tr>'
            "<tr><td>Bo Lindqvist</td><td>Enhetschef, Medborgarkontoret</td></tr>"
            "<tr><td>Annika Sund</td><td>Kommunvägledare</td></tr><tr><td>Jonas Pihl</td><td>Kommunvägledare</td></tr></table>")),
    }
    return s


def s9591():
    s = dict(code="9591", kommun="Ekträsk", lan_kod="24", lan="Västerbottens län", family="custom",
             street="Storgatan 20", postnr="999 70", ort="Ekträsk", vaxel="0980-319 210", dom="ektrask.se",
             orgnr="212000-9919", search={"path": "/sok/", "param": "q"})
    s["header_html"] = (f'<x-icon-link><a href="/kontakta-oss/" title="Kontakta oss">{ICON}</a></x-icon-link>'
                        f'<x-icon-link><a href="/in-english" title="In English">{ICON}</a></x-icon-link>')
    s["news"] = [
        ("Nu kan du chatta med Kontaktcenter", "/nyheter/kontaktcenter-chatt/", "2 sep 2025",
         "Från och med i höst kan du chatta med kommunens kontaktcenter vardagar 9–15."),
        ("Budget för 2026 antagen", "/nyheter/budget/", "18 sep 2025", "Satsningar på skola och äldreomsorg."),
    ]
    s["extra_script"] = ("<script>customElements.define('x-item',class extends HTMLElement{});"
                         "customElements.define('x-sub',class extends HTMLElement{});</script>\n")
    s["pages"] = {
        "/nyheter/kontaktcenter-chatt/": ("Nu kan du chatta med Kontaktcenter", news_page(
            "Nu kan du chatta med Kontaktcenter", "2 sep 2025",
            "<p>Från och med i höst kan du chatta med kommunens kontaktcenter vardagar 9–15. Chatten finns på "
            'sidan om Kontaktcenter.</p><p><a href="/kontaktcenter/">Läs mer om Kontaktcenter</a></p>')),
        "/kontaktcenter/": ("Kontaktcenter", (
            "<h1>Kontaktcenter</h1>\n<p>Kontaktcenter svarar på frågor om skola, omsorg, avfall och gator.</p>\n"
            "<p>Ring 0980-319 220.</p>\n<p>Kontaktperson för den här sidan: Eva Ahl, kommunvägledare.</p>")),
    }
    return s


def s9592():
    s = dict(code="9592", kommun="Skogsby", lan_kod="07", lan="Kronobergs län", family="sitevision",
             street="Parkvägen 7", postnr="999 80", ort="Skogsby", vaxel="08-465 004 50", dom="skogsby.se",
             orgnr="212000-9927", search={"path": "/sok.4.6f1a2b.html", "param": "query"})
    kc = "/kundcenter.4.1a2b3c.html"
    s["cookie_html"] = ("Vi använder kakor (cookies) för att webbplatsen ska fungera. Frågor om hur vi hanterar kakor och "
                        f'personuppgifter besvaras av <a href="{kc}">Kundcenter</a>. <a href="/kakor/">Läs mer om kakor</a>.')
    s["css"] = ".sv-cookie{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:1em}"
    s["news"] = [
        ("Budget för 2026 antagen", "/nyheter/budget/", "18 sep 2025", "Satsningar på skola och äldreomsorg."),
        ("Vägarbete på Storgatan", "/nyheter/vagarbete/", "10 sep 2025", "Storgatan stängs av i tre veckor."),
    ]
    s["pages"] = {
        kc: ("Kundcenter", (
            "<h1>Kundcenter</h1>\n<p>Kundcenter är din väg in till kommunen. Vi hjälper dig med allt som rör "
            "kommunens service.</p>\n<p>Telefon: 08-465 004 60<br>E-post: kundcenter@skogsby.se</p>\n"
            '<p class="sv-font-liten">Sidansvarig: Maria Wik</p>')),
    }
    return s


def s9593():
    s = dict(code="9593", kommun="Granö", lan_kod="22", lan="Västernorrlands län", family="soup",
             street="Järnvägsgatan 9", postnr="999 90", ort="Granö", vaxel="0980-319 230", dom="grano.se",
             orgnr="212000-9935", search={"path": "/sok/", "param": "q"})
    s["aside_html"] = (
        '<div class="q7 qz"><div class="qsh">Genvägar</div><div class="q8">'
        '<a href="/felanmalan">Felanmälan</a><a href="/kultur-och-fritid/bibliotek/">Bibliotek</a>'
        '<a href="/servicecentrum/">Servicecentrum</a><a href="/bygga-bo-och-miljo/avfall-och-atervinning/">Sophämtning</a>'
        '<a href="/jobb/">Lediga jobb</a></div></div>')
    s["css"] = (".qmain{display:grid;grid-template-columns:2fr 1fr;gap:1em}.qhero{grid-column:1/3}"
                ".qz{grid-column:2;grid-row:2/5}")
    s["news"] = [
        ("Budget för 2026 antagen", "/nyheter/budget/", "18 sep 2025", "Satsningar på skola och äldreomsorg."),
        ("Vägarbete på Storgatan", "/nyheter/vagarbete/", "10 sep 2025", "Storgatan stängs av i tre veckor."),
    ]
    s["pages"] = {
        "/servicecentrum/": ("Servicecentrum", (
            "<h1>Servicecentrum</h1>\n<p>Servicecentrum hjälper dig med frågor om bygglov, avfall, skolskjuts och "
            "färdtjänst. Du kan också låna dator och få hjälp med e-legitimation.</p>\n"
            "<p>Telefon 0980-319 240</p>\n<p>Besöksadress: Järnvägsgatan 9 (ingång från torget)</p>\n"
            "<p>Öppet måndag–fredag 8–16</p>\n<p>Våra samhällsvägledare: Amir Haddad och Lena Qvist.</p>")),
    }
    return s


def s9594():
    s = dict(code="9594", kommun="Hamra", lan_kod="21", lan="Gävleborgs län", family="nextjs",
             street="Bruksgatan 1", postnr="999 95", ort="Hamra", vaxel="08-465 004 70", dom="hamra.se",
             orgnr="212000-9943", search={"path": "/sok/", "param": "q"})
    s["header_html"] = (f'<a class="styles_icon" href="/hamra-vatten/" aria-label="Kundtjänst för VA och avfall">{ICON}</a>'
                        f'<a class="styles_icon" href="/kontakta-oss/" aria-label="Kontakt">{ICON}</a>')
    s["top_extra"] = [("Kontakt", "/kontakta-oss/", [("Växel och e-post", "/kontakta-oss/"),
                                                      ("Synpunkter", "/kontakt/synpunkter")])]
    s["skip_areas"] = ("trafik-och-gator",)
    s["mega_cols"] = {
        "/naringsliv-och-arbete/": [
            ("För företagare", [("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag/"),
                                ("Starta företag", "/naringsliv-och-arbete/starta-foretag/"),
                                ("Upphandling", "/naringsliv-och-arbete/upphandling/")]),
            ("Arbete", [("Lediga jobb", "/naringsliv-och-arbete/lediga-jobb/")])],
    }
    s["hero_h"] = "Statens servicekontor öppnar i Hamra"
    s["hero_p"] = "Skatteverket, Försäkringskassan och Pensionsmyndigheten får ett gemensamt servicekontor i Bruksgatan."
    s["quick"] = [("Läs mer om Statens servicekontor", "/nyheter/statens-servicekontor/"), ("Felanmälan", "/felanmalan"),
                  ("Lediga jobb", "/jobb/")]
    s["footer_links_post"] = [("Hamrahem AB kundcenter", "/hamrahem")]
    s["extra_script"] = ('<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"contact":'
                         '{"unit":"Kontaktcenter","phone":"08-465 004 71"}}},"page":"/","buildId":"b52"}</script>\n'
                         "<!-- TODO: länka till kontaktcenter när det öppnar -->\n")
    s["news"] = [
        ("Statens servicekontor öppnar i Hamra", "/nyheter/statens-servicekontor/", "15 sep 2025",
         "Myndigheternas gemensamma servicekontor öppnar i november."),
        ("Budget för 2026 antagen", "/nyheter/budget/", "18 sep 2025", "Satsningar på skola och äldreomsorg."),
    ]
    s["contact_extra"] = ("<h2>Bostad</h2><p>Frågor om din lägenhet ställer du till Hamrahem AB:s kundcenter, "
                          "08-465 004 80.</p>")
    s["pages"] = {
        "/hamra-vatten/": ("Hamra Vatten AB – kundtjänst för VA och avfall", (
            "<h1>Hamra Vatten AB – kundtjänst för VA och avfall</h1>\n<p>Hamra Vatten AB är kommunens bolag för vatten, "
            "avlopp och renhållning. Kundtjänsten svarar på frågor om sophämtning, vattenmätare och fakturor.</p>\n"
            "<p>Telefon 08-465 004 75, e-post kundtjanst@hamravatten.se. Kundtjänstchef: Per Sjö.</p>")),
        "/naringsliv-och-arbete/servicecenter-for-foretag/": ("Servicecenter för företag", (
            "<h1>Servicecenter för företag</h1>\n<p>Servicecenter för företag hjälper dig som driver eller vill starta "
            "företag med tillstånd, lokaler och upphandling.</p>\n<p>Telefon 08-465 004 76. Enhetschef för "
            "Servicecenter för företag: Lisa Moberg.</p>")),
        "/nyheter/statens-servicekontor/": ("Statens servicekontor öppnar i Hamra", news_page(
            "Statens servicekontor öppnar i Hamra", "15 sep 2025",
            "<p>I november öppnar Statens servicekontor på Bruksgatan. Där kan du få hjälp med ärenden hos "
            "Skatteverket, Försäkringskassan och Pensionsmyndigheten. Servicekontoret drivs av Statens "
            "servicecenter, inte av kommunen.</p>")),
    }
    s["search_hits"] = {"kundtjänst": ["/hamra-vatten/"],
                        "servicecenter": ["/naringsliv-och-arbete/servicecenter-for-foretag/"]}
    return s


SITES = [s9585, s9586, s9587, s9588, s9589, s9590, s9591, s9592, s9593, s9594]

SEARCH_WORDS = ["kontaktcenter", "servicecenter", "kundtjänst", "medborgarservice", "medborgarkontor",
                "kundcenter", "servicecentrum"]


def build(site):
    code = site["code"]
    out = SITES_DIR / code
    out.mkdir(parents=True)
    table = site["family"] == "table"
    cs = site.get("charset", "utf-8")
    pages: dict[str, str] = {}   # path -> file
    bodies: list[tuple[str, str, str, bool]] = []  # path, file, title, body, front
    front_path = "/start.asp" if table else "/"
    bodies.append((front_path, "index.html", "", "", True))
    for label, href, subs in areas(site):
        if href in site["pages"] or href == site.get("kontakt_href", "/kontakta-oss/"):
            continue
        bodies.append((href, href.strip("/").replace("/", "_") + ".html", label, area_body(label, href, subs), False))
    bodies.append(("/nyheter/", "nyheter.html", "Nyheter", news_list(site), False))
    for key, (t, d, b) in BASE_NEWS_PAGES.items():
        if any(h == f"/nyheter/{key}/" for _, h, _, _ in site["news"]):
            bodies.append((f"/nyheter/{key}/", f"nyhet-{key}.html", t, news_page(t, d, b), False))
    kontakt = site.get("kontakt_href", "/kontakta-oss/")
    bodies.append((kontakt, "kontakta-oss.html", "Kontakta oss", generic_contact(site, site.get("contact_extra", "")), False))
    bodies.append(("/tillganglighet/", "tillganglighet.html", "Tillgänglighetsredogörelse",
                   TILLG.format(k=site["kommun"]), False))
    bodies.append(("/kakor/", "kakor.html", "Om kakor", KAKOR, False))
    for path, (title, body) in site["pages"].items():
        name = path.strip("/").replace("/", "_").replace(".", "-") or "x"
        bodies.append((path, name + ".html", title, body, False))
    manifest_pages: dict = {}
    for path, fname, title, body, front in bodies:
        html_text = render(site, {"path": path, "title": title, "body": body, "front": front})
        (out / fname).write_bytes(html_text.encode(cs, errors="xmlcharrefreplace"))
        manifest_pages[path] = {"file": fname, "content_type": f"text/html; charset={cs}"} if table else fname
        pages[path] = fname
    # search template
    tpl = render(site, {"path": site["search"]["path"], "title": "Sök",
                        "body": "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->", "front": False})
    (out / "sok.html").write_bytes(tpl.encode(cs, errors="xmlcharrefreplace"))
    hits = site.get("search_hits")
    if hits is None:
        hits = {}
        for w in SEARCH_WORDS:
            found = [p for p, (t, _) in site["pages"].items() if not p.startswith("/nyheter/")
                     and w.casefold() in t.casefold()]
            if found:
                hits[w] = found
    search = {"path": site["search"]["path"], "param": site["search"]["param"], "hits": hits,
              "template": {"file": "sok.html", "content_type": f"text/html; charset={cs}"} if table else "sok.html"}
    m = {"kommunkod": code, "kommun": site["kommun"], "lan_kod": site["lan_kod"], "lan": site["lan"],
         "family": site["family"], "pages": manifest_pages, "redirects": site.get("redirects", {}),
         "robots": ROBOTS, "sitemap": list(manifest_pages), "search": search, "front_status": None}
    (out / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main():
    if SITES_DIR.exists():
        shutil.rmtree(SITES_DIR)
    SITES_DIR.mkdir()
    for f in SITES:
        build(f())
    print(f"wrote {len(SITES)} sites to {SITES_DIR}")


if __name__ == "__main__":
    main()
