"""Typing aid that writes tests/blind36/sites/ (the HTML files are the corpus; labels.csv is hand-written).

    python3 tests/blind36/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from chrome import FAMILIES, ICON, slug  # noqa: E402

SITES_DIR = HERE.parent / "sites"

BASE_AREAS = [
    ("Barn och utbildning", "/barn-och-utbildning/", ["Förskola", "Grundskola", "Gymnasium", "Skolskjuts"]),
    ("Omsorg och stöd", "/omsorg-och-stod/", ["Hemtjänst", "Äldreboende", "Ekonomiskt bistånd", "Funktionsnedsättning"]),
    ("Bygga, bo och miljö", "/bygga-bo-och-miljo/", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Gator och parker"]),
    ("Kultur och fritid", "/kultur-och-fritid/", ["Bibliotek", "Idrottsanläggningar", "Föreningsliv", "Evenemang"]),
    ("Näringsliv och arbete", "/naringsliv-och-arbete/", ["Starta företag", "Upphandling", "Lediga jobb", "Tillstånd"]),
    ("Kommun och politik", "/kommun-och-politik/", ["Kommunfullmäktige", "Nämnder", "Organisation", "Diarium"]),
]

FILLER = {
    "Förskola": "Ansök om plats i förskola eller pedagogisk omsorg via e-tjänsten. Kötiden är högst fyra månader.",
    "Grundskola": "Kommunen har nio grundskolor. Skolvalet görs i januari varje år.",
    "Gymnasium": "Gymnasieskolan erbjuder tolv nationella program och introduktionsprogram.",
    "Skolskjuts": "Elever som har långt till skolan kan ha rätt till skolskjuts. Ansökan görs inför varje läsår.",
    "Hemtjänst": "Hemtjänst är stöd i hemmet för dig som behöver hjälp i vardagen. Du ansöker hos biståndshandläggaren.",
    "Bygglov": "Du behöver bygglov för att bygga nytt, bygga till eller ändra användning av en byggnad.",
    "Avfall och återvinning": "Hushållsavfallet hämtas varannan vecka. Återvinningscentralen har öppet alla dagar utom måndag.",
    "Bibliotek": "Huvudbiblioteket har meröppet från 7 till 22 alla dagar.",
}


def areas_for(overrides=None, path_fn=None):
    out = []
    for title, path, subs in BASE_AREAS:
        p = path_fn(path) if path_fn else path
        sub = [(t, None) for t in subs]
        a = {"title": title, "path": p, "sub": sub}
        if overrides and title in overrides:
            a.update(overrides[title])
        out.append(a)
    return out


def area_body(a):
    parts = [f'<h1>{a["title"]}</h1>', f'<p class="lead">Här hittar du information om {a["title"].lower()}.</p>']
    for t, h in a["sub"]:
        if h is None:
            parts.append(f'<h2 id="{slug(t)}">{t}</h2><p>{FILLER.get(t, "Information om " + t.lower() + " kommer snart.")}</p>')
    extra = a.get("body_extra", "")
    return "\n".join(parts) + extra


def news_list(items):
    lis = "".join(f'<li><a href="{p}">{h}</a><p>{ex}</p></li>' for h, p, ex in items)
    return f'<section class="news"><h2>Nyheter</h2><ul>{lis}</ul><p><a href="/nyheter/">Alla nyheter</a></p></section>'


def events():
    return ('<section class="events"><h2>Evenemang</h2><ul><li>12 juni – Nationaldagsfirande i parken</li>'
            '<li>20 juni – Midsommar vid badplatsen</li></ul></section>')


def eservices(area_paths):
    return ('<section class="eservices"><h2>E-tjänster</h2><ul>'
            f'<li><a href="{area_paths[0]}#forskola">Ansök om förskoleplats</a></li>'
            f'<li><a href="{area_paths[2]}#bygglov">Ansök om bygglov</a></li>'
            f'<li><a href="{area_paths[2]}#avfall-och-atervinning">Ändra ditt sophämtningsabonnemang</a></li></ul></section>')


def std_pages(s):
    """Pages every site has (besides the front page and site-specific pages)."""
    k = s["kommun"]
    pages = {}
    for a in s["areas"]:
        pages[a["path"]] = (a["title"], area_body(a))
    news = s["news"]
    lis = "".join(f'<li><a href="{p}">{h}</a> <span class="date">{d}</span></li>' for h, p, _, d, _ in news)
    pages[s.get("news_path", "/nyheter/")] = ("Nyheter", f"<h1>Nyheter</h1><ul class=\"news-list\">{lis}</ul>")
    for h, p, ex, d, body in news:
        pages[p] = (h, f'<article><h1>{h}</h1><p class="date">Publicerad {d}</p><p class="ingress">{ex}</p>{body}</article>')
    pages[s.get("tg_path", "/tillganglighet/")] = (
        "Tillgänglighetsredogörelse",
        f"<h1>Tillgänglighetsredogörelse</h1><p>{k} kommun står bakom den här webbplatsen. Vi vill att så många "
        "som möjligt ska kunna använda den. Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital "
        "offentlig service.</p>")
    pages[s.get("kakor_path", "/om-kakor/")] = ("Om kakor", "<h1>Om kakor</h1><p>Vi använder nödvändiga kakor och, "
                                                "om du godkänner det, kakor för besöksstatistik.</p>")
    pages[s.get("en_path", "/in-english/")] = ("In English", f"<h1>In English</h1><p>Welcome to {k} municipality. "
                                               f"Call the switchboard at {s['phone']}.</p>")
    if "kontakt" in s:
        pages[s.get("kontakt_path", "/kontakt/")] = s["kontakt"]
    pages.update(s["extra_pages"])
    return pages


def generic_kontakt(s, title="Kontakt", more=""):
    return (title, f'<h1>{title}</h1><p>Du når kommunens växel på {s["phone"]} vardagar 8–16. '
            f'Skicka e-post till kommun@{s["domain"]}.</p><h2>Postadress</h2><p>{s["kommun"]} kommun<br>{s["post"]}</p>'
            f'<h2>Registrator</h2><p>Handlingar till kommunen skickas till registrator@{s["domain"]}.</p>{more}')


# ============================================================ site definitions
SITES = []


def site(**kw):
    kw.setdefault("lan_kod", "01")
    kw.setdefault("lan", "Stockholms län")
    kw.setdefault("robots", "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n")
    SITES.append(kw)
    return kw


def stdnews(extra=()):
    return [
        *extra,
        ("Nytt konstgräs på Idrottsplatsen", "/nyheter/nytt-konstgras/", "Arbetet med den nya planen börjar i augusti.",
         "2026-05-04", "<p>Planen beräknas vara klar till hösten.</p>"),
        ("Sommarjobb för unga – ansök nu", "/nyheter/sommarjobb/", "Ungdomar födda 2009 och 2010 kan söka sommarjobb.",
         "2026-04-10", "<p>Ansökan görs via e-tjänsten senast 30 april.</p>"),
    ]


def teasers(news, n=3):
    return [(h, p, ex) for h, p, ex, _, _ in news[:n]]


# ---------------------------------------------------------------- 9415 Hagaström: hero button, trailing slash
s = site(kommunkod="9415", kommun="Hagaström", family="semantic", domain="hagastrom.se",
         phone="08-465 004 00", phone_tel="+46846500400", post="999 10 Hagaström", visit="Stortorget 1",
         orgnr="212000-9415", header_links=[("Kontakt", "/kontakt/")])
s["areas"] = areas_for()
s["news"] = stdnews([("Försäkringskassans kundcenter får nya öppettider", "/nyheter/forsakringskassan-oppettider/",
                      "Försäkringskassans kundcenter i Hagaström har öppet tisdagar och torsdagar.", "2026-05-12",
                      "<p>Frågor om dina ärenden ställer du direkt till Försäkringskassan.</p>")])
s["kontakt"] = generic_kontakt(s, more='<p>Har du frågor om kommunens verksamheter? <a href="/kontaktcenter/">Kontaktcenter</a> hjälper dig.</p>')
s["front"] = (
    '<section class="hero"><h1>Välkommen till Hagaström</h1><p>Staden vid sjön – med nära till allt.</p>'
    '<a class="button button--large" href="/kontaktcenter">Kontaktcenter – vi hjälper dig</a></section>\n'
    + news_list(teasers(s["news"])) + eservices([a["path"] for a in s["areas"]]) + events())
s["redirects"] = {"/kontaktcenter": ["/kontaktcenter/", 301]}
s["extra_pages"] = {"/kontaktcenter/": ("Kontaktcenter", (
    '<h1>Kontaktcenter</h1><p class="ingress">Kontaktcenter är din väg in till kommunen.</p>'
    '<p>Vi svarar på frågor om allt från förskoleplats och skolskjuts till bygglov, avfallshämtning och '
    'parkeringstillstånd. Kan vi inte svara direkt ser vi till att rätt handläggare kontaktar dig.</p>'
    '<h2>Så når du oss</h2><ul><li>Telefon: <a href="tel:+46846500410">08-465 004 10</a></li>'
    '<li>E-post: <a href="mailto:kontaktcenter@hagastrom.se">kontaktcenter@hagastrom.se</a></li></ul>'
    '<h2>Telefontider</h2><table class="hours"><tr><th>Måndag–torsdag</th><td>8.00–17.00</td></tr>'
    '<tr><th>Fredag</th><td>8.00–15.00</td></tr></table>'
    '<p>Enhetschef för kontaktcenter: Lena Vikström</p>'))}
s["hits"] = {"kontaktcenter": ["/kontaktcenter/"]}

# ---------------------------------------------------------------- 9416 Videberga: aria-label tiles, div soup
s = site(kommunkod="9416", kommun="Videberga", family="soup", domain="videberga.se", lan_kod="05",
         lan="Östergötlands län", phone="031-390 06 00", phone_tel="+46313900600", post="999 20 Videberga",
         visit="Kyrkogatan 4", orgnr="212000-9416", header_links=[("Kontakta oss", "/kontakt/")])
s["areas"] = areas_for()
s["news"] = stdnews()
s["kontakt"] = generic_kontakt(s, "Kontakta oss")


def tile(href, label):
    return (f'<a href="{href}" class="t1" aria-label="{label}"><svg width="48" height="48" viewBox="0 0 48 48" '
            f'aria-hidden="true"><rect width="48" height="48" rx="8" fill="#2a6"/></svg></a>')


ap = [a["path"] for a in s["areas"]]
s["front"] = (
    '<div class="t0">'
    + tile(ap[0] + "#forskola", "Förskola") + tile(ap[2] + "#bygglov", "Bygglov")
    + tile("/medborgarservice/", "Medborgarservice") + tile(ap[4] + "#lediga-jobb", "Lediga jobb")
    + tile(ap[2] + "#avfall-och-atervinning", "Sophämtning") + '</div>\n'
    '<div class="b2"><div class="b3">Videberga – mitt i Östergötland</div></div>\n'
    + news_list(teasers(s["news"])).replace("<section", "<div").replace("</section>", "</div>")
    + eservices(ap).replace("<section", "<div").replace("</section>", "</div>"))
s["extra_pages"] = {"/medborgarservice/": ("Medborgarservice", (
    '<h1>Medborgarservice</h1><p>Hos Medborgarservice kan du få hjälp med ansökningar om bostadsanpassning, '
    'färdtjänst och skolskjuts, och med frågor om avgifter för förskola och äldreomsorg.</p>'
    '<div class="k1"><b>Telefon</b> 031-390 06 10</div><div class="k1"><b>E-post</b> medborgarservice(at)videberga.se</div>'
    '<div class="k2">Kommunvägledare: Omar Said och Elin Strand</div><div class="k3">Sidansvarig: Karin Dahl</div>'))}
s["hits"] = {"medborgarservice": ["/medborgarservice/"]}

# ---------------------------------------------------------------- 9417 Norrlida: drawer sub-item
s = site(kommunkod="9417", kommun="Norrlida", family="municipio", domain="norrlida.se", lan_kod="22",
         lan="Västernorrlands län", phone="0980-319 200", phone_tel="+46980319200", post="999 30 Norrlida",
         visit="Rådhusgatan 9", orgnr="212000-9417", header_links=[("Kontakt", "/kontakt/")])
s["areas"] = areas_for({"Kommun och politik": {"sub": [("Kommunfullmäktige", None), ("Nämnder", None),
                                                         ("Servicecenter", "/kommun-och-politik/servicecenter/"),
                                                         ("Diarium", None)]}})
s["news"] = stdnews([("Statens servicecenter har nya öppettider", "/nyheter/statens-servicecenter/",
                      "Statens servicecenter i Norrlida har öppet måndag till torsdag från 1 juni.", "2026-05-20",
                      "<p>Statens servicecenter hjälper dig med ärenden hos Skatteverket, Försäkringskassan och Pensionsmyndigheten.</p>")])
s["kontakt"] = generic_kontakt(s)
ap = [a["path"] for a in s["areas"]]
s["front"] = (
    '<section class="c-hero"><div class="c-hero__content"><h1 class="c-hero__title">Norrlida – på riktigt</h1>'
    '<p>Här finns plats att växa.</p></div></section>\n'
    '<section class="c-cards"><div class="c-card"><a href="' + ap[0] + '#forskola">Förskola</a></div>'
    '<div class="c-card"><a href="' + ap[2] + '#bygglov">Bygglov</a></div>'
    '<div class="c-card"><a href="' + ap[4] + '#lediga-jobb">Lediga jobb</a></div></section>\n'
    + news_list(teasers(s["news"])) + events())
s["extra_pages"] = {"/kommun-och-politik/servicecenter/": ("Servicecenter", (
    '<h1>Servicecenter</h1><p>Servicecenter tar emot frågor om bland annat bygglov, förskola, avfallshämtning och '
    'hemtjänst. Du kan också lämna synpunkter och felanmälningar hos oss.</p>'
    '<h2>Öppettider</h2><table><tr><td>Vardagar</td><td>8–16.30</td></tr><tr><td>Lunch</td><td>stängt 12–13</td></tr></table>'
    '<p>Telefon: 0980-319 210</p><p><button class="c-button chat-button" type="button">Chatta med oss</button></p>'
    '<p>Servicecentret leds av enhetschef Maria Holm.</p>'))}
s["hits"] = {"servicecenter": ["/kommun-och-politik/servicecenter/"]}

# ---------------------------------------------------------------- 9418 Klintsjö: mega-menu column item
s = site(kommunkod="9418", kommun="Klintsjö", family="sitevision", domain="klintsjo.se", lan_kod="07",
         lan="Kronobergs län", phone="040-628 04 00", phone_tel="+46406280400", post="999 40 Klintsjö",
         visit="Torggatan 2", orgnr="212000-9418", header_links=[("Kontakta oss", "/kontakt/")],
         footer_note='<div class="sv-portlet sv-text-portlet"><p>Frågor om vatten och sophämtning: '
                     'Klintsjö Vatten AB:s kundtjänst, 040-628 04 50.</p></div>')
s["areas"] = areas_for({"Kommun och politik": {"columns": [
    ("Politik", [("Kommunfullmäktige", "/kommun-och-politik/#kommunfullmaktige"), ("Nämnder", "/kommun-och-politik/#namnder")]),
    ("Kontakt och service", [("Kundcenter", "/kommun-och-politik/kundcenter/"),
                             ("Synpunkter och felanmälan", "/kommun-och-politik/#diarium")])]}})
s["news"] = stdnews()
s["kontakt"] = generic_kontakt(s, "Kontakta oss")
ap = [a["path"] for a in s["areas"]]
s["front"] = (
    '<div class="sv-layout hero"><div class="sv-portlet sv-text-portlet"><h1>Välkommen till Klintsjö</h1>'
    '<p>Skog, sjöar och småstadsliv.</p></div><div class="sv-portlet shortcuts"><ul>'
    f'<li><a href="{ap[0]}#forskola">Förskola</a></li><li><a href="{ap[1]}#hemtjanst">Hemtjänst</a></li>'
    f'<li><a href="{ap[4]}#lediga-jobb">Lediga jobb</a></li></ul></div></div>\n'
    '<div class="sv-layout">' + news_list(teasers(s["news"])) + '</div>' + eservices(ap))
s["extra_pages"] = {"/kommun-och-politik/kundcenter/": ("Kundcenter", (
    '<h1>Kundcenter</h1><p>Välkommen till Kundcenter! Vi finns här för dig. Hör av dig om du undrar något, '
    'så hjälper vi dig vidare.</p><p>Telefon 040-628 04 10<br>E-post kundcenter@klintsjo.se<br>'
    'Öppet vardagar 8–16</p><p>Kundcenterchef: Jonas Berg</p>'))}
s["hits"] = {"kundcenter": ["/kommun-och-politik/kundcenter/"]}

# ---------------------------------------------------------------- 9419 Ödeby: footer only, table layout, Latin-1
s = site(kommunkod="9419", kommun="Ödeby", family="table", domain="odeby.se", lan_kod="18", lan="Örebro län",
         charset="iso-8859-1", phone="0980-319 220", phone_tel="+46980319220", post="Box 12, 999 50 Ödeby",
         visit="Storgatan 1", orgnr="212000-9419", header_links=[("Kontakt", "/kontakt.asp")],
         kontakt_path="/kontakt.asp", news_path="/nyheter.asp", tg_path="/tillganglighet.asp",
         kakor_path="/kakor.asp", en_path="/english.asp")
s["areas"] = areas_for(path_fn=lambda p: "/" + p.strip("/").split("-")[0] + ".asp")
s["news"] = [
    ("Ny gång- och cykelväg vid Kvarnbacken", "/nyhet_cykelvag.asp", "Den nya cykelvägen invigs den 1 juni.",
     "2026-05-02", "<p>Sträckan är 1,2 kilometer lång.</p>"),
    ("Bibliotekets sommaröppettider", "/nyhet_bibliotek.asp", "Biblioteket har sommaröppet från midsommar.",
     "2026-05-15", "<p>Öppet tisdag och torsdag 10–18.</p>")]
s["table_footer"] = ('<a href="/medborgarkontoret.asp">Medborgarkontoret</a> | <a href="/kontakt.asp">Kontakt</a> | '
                     '<a href="/nyheter.asp">Nyheter</a> | <a href="/tillganglighet.asp">Tillgänglighetsredogörelse</a> | '
                     '<a href="/kakor.asp">Om kakor</a><br>Elavbrott och fjärrvärme: Ödeby Energi AB:s kundtjänst 0980-319 230')
s["kontakt"] = generic_kontakt(s)
ap = [a["path"] for a in s["areas"]]
s["front"] = (
    '<table width="100%" cellpadding="6"><tr><td bgcolor="#f0f4f8"><h1><font size="4">Välkommen till Ödeby kommun</font></h1>'
    '<font size="2">Här finns information om kommunens verksamheter.</font></td></tr>'
    '<tr><td><b>Aktuellt</b><ul>'
    + "".join(f'<li><a href="{p}">{h}</a> - {ex}</li>' for h, p, ex, _, _ in s["news"])
    + f'</ul><a href="/nyheter.asp">Fler nyheter</a></td></tr>'
    f'<tr><td><b>Snabblänkar</b><br><a href="{ap[0]}#forskola">Förskola</a> | <a href="{ap[2]}#bygglov">Bygglov</a> | '
    f'<a href="{ap[4]}#lediga-jobb">Lediga jobb</a></td></tr></table>')
s["extra_pages"] = {"/medborgarkontoret.asp": ("Medborgarkontoret", (
    '<h1>Medborgarkontoret</h1><p>Medborgarkontoret hjälper dig med bland annat ansökan om färdtjänst och '
    'parkeringstillstånd för rörelsehindrade, bokning av kommunens lokaler och frågor om fakturor.</p>'
    '<p><b>Besöksadress:</b> Storgatan 1, entréplan<br><b>Öppettider:</b> måndag–fredag 9–16</p>'
    '<p>Kontaktperson: Berit Ås</p><p>Kommunchef: Hans Ek</p>'))}
s["hits"] = {"medborgarkontoret": ["/medborgarkontoret.asp"], "medborgarkontor": ["/medborgarkontoret.asp"]}
s["redirects"] = {"/": ["/start.asp", 302]}

# ---------------------------------------------------------------- 9420 Bäckafors: news teaser only; landing page
s = site(kommunkod="9420", kommun="Bäckafors", family="bootstrap", domain="backafors.se", lan_kod="14",
         lan="Västra Götalands län", phone="031-390 06 20", phone_tel="+46313900620", post="999 60 Bäckafors",
         visit="Järnvägsgatan 3", orgnr="212000-9420", header_links=[("Kontakta oss", "/kontakta-oss/")])
s["areas"] = areas_for()
s["news"] = stdnews([("Kontaktcenter har öppet längre på torsdagar", "/nyheter/kontaktcenter-oppet-langre/",
                      "Från 1 juni svarar Kontaktcenter i telefon till klockan 19 på torsdagar.", "2026-05-25",
                      '<p>Läs mer om vad <a href="/kontaktcenter/">Kontaktcenter</a> kan hjälpa dig med.</p>')])
s["kontakt_path"] = "/kontakta-oss/"
s["kontakt"] = generic_kontakt(s, "Kontakta oss", more=(
    '<div class="row"><div class="col-md-4"><a class="card" href="/kontaktcenter/"><span class="card-title">Kontaktcenter</span>'
    '<span class="card-text">Läs mer</span></a></div><div class="col-md-4"><a class="card" href="/nyheter/">'
    '<span class="card-title">Press och media</span></a></div></div>'))
ap = [a["path"] for a in s["areas"]]
s["front"] = (
    '<section class="p-5 bg-light rounded hero"><h1>Välkommen till Bäckafors</h1><p>Livet mellan skog och älv.</p>'
    '<h2 class="h5">Genvägar</h2><ul class="list-inline">'
    f'<li class="list-inline-item"><a class="btn btn-outline-primary" href="{ap[0]}#forskola">Förskola</a></li>'
    f'<li class="list-inline-item"><a class="btn btn-outline-primary" href="{ap[2]}#bygglov">Bygglov</a></li>'
    f'<li class="list-inline-item"><a class="btn btn-outline-primary" href="{ap[4]}#lediga-jobb">Lediga jobb</a></li></ul></section>\n'
    + news_list(teasers(s["news"])).replace('<section class="news">', '<section class="news row mt-4">') + events())
s["extra_pages"] = {"/kontaktcenter/": ("Kontaktcenter", (
    '<h1>Kontaktcenter</h1><p>Kontaktcenter svarar på frågor om skola, förskola, äldreomsorg, bygglov och avfall. '
    'Du kan också göra felanmälan på gator och belysning.</p><p>Ring <a href="tel:+46313900630">031-390 06 30</a> '
    'eller mejla <a href="mailto:kontaktcenter@backafors.se">kontaktcenter@backafors.se</a>.</p>'
    '<p>Telefontid: måndag–fredag 8–17, torsdag till 19.</p><p>Enhetschef: Sofia Lind</p>'))}
s["hits"] = {"kontaktcenter": ["/kontaktcenter/"]}

# ---------------------------------------------------------------- 9421 Sjöhamra: only via search
s = site(kommunkod="9421", kommun="Sjöhamra", family="classic", domain="sjohamra.se", lan_kod="04",
         lan="Södermanlands län", phone="08-465 004 20", phone_tel="+46846500420", post="999 70 Sjöhamra",
         visit="Hamngatan 8", orgnr="212000-9421", header_links=[("Kontakt", "/kontakt/")])
s["areas"] = areas_for()
s["news"] = stdnews()
s["kontakt"] = generic_kontakt(s)
ap = [a["path"] for a in s["areas"]]
s["front"] = (
    '<div id="welcome"><h1>Välkommen till Sjöhamra kommun</h1><p>Sjöhamra ligger vackert vid kusten.</p></div>\n'
    '<div id="puffar"><div class="puff"><a href="' + ap[0] + '#forskola">Ansök om förskola</a></div>'
    '<div class="puff"><a href="' + ap[3] + '#bibliotek">Biblioteket</a></div></div>\n'
    + news_list(teasers(s["news"])).replace("<section", "<div").replace("</section>", "</div>"))
s["extra_pages"] = {"/kommunservice/": ("Kommunservice", (
    '<h1>Kommunservice</h1><p>Välkommen till Kommunservice! Vi finns här för dig. Hör av dig om du undrar något.</p>'
    '<p>Telefon: 08-465 004 30<br>E-post: kommunservice@sjohamra.se</p><p class="sidansvarig">Sidansvarig: webbredaktionen</p>'))}
s["hits"] = {n: ["/kommunservice/"] for n in (
    "kommunservice", "kontaktcenter", "servicecenter", "kundtjänst", "kundcenter", "medborgarservice",
    "medborgarkontor", "servicekontor", "invånarservice", "kundservice", "servicecentrum", "medborgarcenter")}
s["unlinked"] = ["/kommunservice/"]

# ---------------------------------------------------------------- 9422 Lövmark: "Populärt" link that redirects
s = site(kommunkod="9422", kommun="Lövmark", family="wpblock", domain="lovmark.se", lan_kod="24",
         lan="Västerbottens län", phone="0980-319 240", phone_tel="+46980319240", post="999 80 Lövmark",
         visit="Skolgatan 5", orgnr="212000-9422", header_links=[],
         footer_note='<p class="company">Lövmarks Bostäder AB kundcenter: 0980-319 245</p>')
s["areas"] = areas_for({"Kommun och politik": {"sub": [("Kommunfullmäktige", None), ("Nämnder", None),
                                                         ("Organisation", "/kommun-och-politik/organisation/"),
                                                         ("Diarium", None)]}})
s["news"] = stdnews()
s["kontakt"] = generic_kontakt(s)
ap = [a["path"] for a in s["areas"]]
s["front"] = (
    '<div class="wp-block-cover hero"><div class="wp-block-cover__inner-container"><h1 class="wp-block-heading">'
    'Välkommen till Lövmark</h1><div class="wp-block-group popular"><h2 class="wp-block-heading">Populärt</h2><ul>'
    f'<li><a href="{ap[0]}#forskola">Förskola</a></li><li><a href="{ap[2]}#bygglov">Bygglov</a></li>'
    '<li><a href="/kontakta-kommunen">Kontakta kommunen</a></li>'
    f'<li><a href="{ap[4]}#lediga-jobb">Lediga jobb</a></li></ul></div></div></div>\n'
    + news_list(teasers(s["news"])) + eservices(ap))
s["redirects"] = {"/kontakta-kommunen": ["/servicecenter/", 301]}
s["extra_pages"] = {
    "/servicecenter/": ("Servicecenter", (
        '<h1 class="wp-block-heading">Servicecenter</h1><p>Vi hjälper dig med frågor om bland annat bygglov, skola, '
        'äldreomsorg och avfall.</p><p>Ring 0980-319 250 eller skriv till servicecenter@lovmark.se.</p>'
        '<p><a class="wp-block-button__link chat" href="#chatt">Starta chatt</a></p>'
        '<p>Servicecenter tillhör kommunledningskontoret. <a href="/kommun-och-politik/organisation/">Så är kommunen organiserad</a></p>')),
    "/kommun-och-politik/organisation/": ("Organisation", (
        '<h1>Organisation</h1><p>Kommunledningskontoret leds av kommundirektören.</p><table class="wp-block-table">'
        '<tr><th>Enhet</th><th>Funktion</th><th>Namn</th></tr><tr><td>Kommunledningskontoret</td><td>Kommundirektör</td>'
        '<td>Anita Fors</td></tr><tr><td>Servicecenter</td><td>Enhetschef</td><td>Erik Sand</td></tr>'
        '<tr><td>Kommunikation</td><td>Kommunikationschef</td><td>Lisa Berg</td></tr></table>'))}
s["hits"] = {"servicecenter": ["/servicecenter/"]}

# ---------------------------------------------------------------- 9423 Granvik: carousel slide, query string
s = site(kommunkod="9423", kommun="Granvik", family="carousel", domain="granvik.se", lan_kod="12",
         lan="Skåne län", phone="040-628 04 20", phone_tel="+46406280420", post="999 90 Granvik",
         visit="Stationsgatan 12", orgnr="212000-9423", header_links=[("Kontakt", "/kontakt/")],
         footer_note='<div><p>Granviks Energi kundservice: 040-628 04 60</p></div>')
s["areas"] = areas_for()
s["news"] = stdnews()
s["kontakt"] = generic_kontakt(s)
ap = [a["path"] for a in s["areas"]]
s["front"] = (
    '<section class="carousel" aria-roledescription="karusell" aria-label="Aktuellt i Granvik">'
    '<div class="slide is-active" aria-roledescription="bild"><img src="' + ICON + '" alt="">'
    '<h2>Sommarlov i Granvik</h2><p>Hundratals gratis aktiviteter för barn och unga.</p>'
    f'<a href="{ap[3]}#evenemang">Se alla aktiviteter</a></div>'
    '<div class="slide" aria-roledescription="bild" aria-hidden="true"><img src="' + ICON + '" alt="">'
    '<h2>Kundtjänst</h2><p>Vi svarar på dina frågor om kommunens service.</p>'
    '<a href="/kundtjanst/?utm_source=startsida&amp;utm_campaign=karusell">Kontakta Kundtjänst</a></div>'
    '<div class="slide" aria-roledescription="bild" aria-hidden="true"><img src="' + ICON + '" alt="">'
    f'<h2>Bygga nytt?</h2><p>Så ansöker du om bygglov.</p><a href="{ap[2]}#bygglov">Läs mer</a></div>'
    '<button class="carousel__prev" aria-label="Föregående">‹</button><button class="carousel__next" aria-label="Nästa">›</button>'
    '</section>\n' + news_list(teasers(s["news"])) + events())
s["extra_pages"] = {"/kundtjanst/": ("Kundtjänst", (
    '<h1>Kundtjänst</h1><p>Kundtjänst svarar på frågor om avfall, parkering och förskola.</p>'
    '<p>Ring oss på 040-628 04 30.</p><p class="meta">Sidansvarig: Anders Holm</p>'))}
s["hits"] = {"kundtjänst": ["/kundtjanst/"]}

# ---------------------------------------------------------------- 9424 Mossaberga: only excluded names
s = site(kommunkod="9424", kommun="Mossaberga", family="drupal", domain="mossaberga.se", lan_kod="20",
         lan="Dalarnas län", phone="08-465 004 40", phone_tel="+46846500440", post="999 95 Mossaberga",
         visit="Bruksgatan 2", orgnr="212000-9424",
         header_links=[("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag/"),
                       ("Kontakt", "/kontakt/")],
         footer_note='<div class="block"><p>Hyresgäst? Kontakta Mossabergahem AB:s kundcenter, 08-465 004 45.</p></div>')
s["areas"] = areas_for({"Näringsliv och arbete": {"sub": [
    ("Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag/"), ("Upphandling", None),
    ("Lediga jobb", None), ("Tillstånd", None)]}})
s["news"] = stdnews([("Statens servicekontor öppnar i Mossaberga", "/nyheter/statens-servicekontor/",
                      "I höst öppnar Statens servicekontor i stadshusets entré.", "2026-05-18",
                      "<p>Där kan du få hjälp med ärenden hos Skatteverket och Försäkringskassan.</p>")])
s["kontakt"] = generic_kontakt(s)
ap = [a["path"] for a in s["areas"]]
s["front"] = (
    '<div class="block hero"><h1>Mossaberga – bruksorten i skogen</h1><p>Välkommen hem.</p>'
    f'<ul class="quick"><li><a href="{ap[0]}#forskola">Förskola</a></li><li><a href="{ap[2]}#bygglov">Bygglov</a></li>'
    '<li><a href="/kontakt/">Kontakta kommunen</a></li></ul></div>\n'
    + news_list(teasers(s["news"])) + eservices(ap))
s["extra_pages"] = {"/naringsliv-och-arbete/servicecenter-for-foretag/": ("Servicecenter för företag", (
    '<h1>Servicecenter för företag</h1><p>Servicecenter för företag hjälper dig som driver eller vill starta företag '
    'med frågor om tillstånd, livsmedel och serveringstillstånd.</p><p>Telefon 08-465 004 41, '
    'foretag@mossaberga.se</p><p>Näringslivschef: Peter Malm</p>'))}
s["hits"] = {}


# ============================================================ writer
def write_site(s):
    d = SITES_DIR / s["kommunkod"]
    d.mkdir(parents=True)
    fam = FAMILIES[s["family"]]
    cs = s.get("charset", "utf-8")
    pages = {"/": ("Startsida", s["front"])}
    pages.update(std_pages(s))
    redirects = dict(s.get("redirects", {}))
    front_path = "/"
    if "/" in redirects:
        front_path = redirects["/"][0]
        pages = {front_path if p == "/" else p: v for p, v in pages.items()}
    manifest_pages = {}
    for i, (path, (title, body)) in enumerate(pages.items()):
        s["_path"] = path
        name = "index.html" if path == front_path else f"p{i:02d}_{slug(path) or 'x'}.html"
        html = fam(s, s["kommun"] if path == front_path else title, body, path == front_path)
        (d / name).write_bytes(html.encode(cs, errors="xmlcharrefreplace"))
        manifest_pages[path] = name if cs == "utf-8" else {"file": name, "content_type": f"text/html; charset={cs}"}
    s["_path"] = "/sok/"
    (d / "sok.html").write_bytes(fam(s, "Sök", "<h1>Sökresultat</h1>\n<!--SEARCH_RESULTS-->", False).encode(cs))
    tpl = "sok.html" if cs == "utf-8" else {"file": "sok.html", "content_type": f"text/html; charset={cs}"}
    m = {"kommunkod": s["kommunkod"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"],
         "family": s["family"], "pages": manifest_pages, "redirects": redirects, "robots": s["robots"],
         "sitemap": list(manifest_pages),
         "search": {"path": "/sok/", "param": "q", "hits": s["hits"], "template": tpl},
         "front_status": None}
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main():
    if SITES_DIR.exists():
        shutil.rmtree(SITES_DIR)
    SITES_DIR.mkdir()
    for s in SITES:
        write_site(s)
        print(s["kommunkod"], s["kommun"], s["family"])


if __name__ == "__main__":
    main()
