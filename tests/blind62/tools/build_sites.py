"""Typing aid that wrote tests/blind62/sites/ (the files are the corpus; labels are not generated).

    python3 tests/blind62/tools/build_sites.py
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from chrome import AREAS, FAMILIES, front_blocks, slug

SITES_DIR = Path(__file__).resolve().parent.parent / "sites"
ROBOTS = "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"
LATIN1 = "text/html; charset=iso-8859-1"
SEARCH = {  # family -> (path, param)
    "semantic": ("/sok/", "q"), "soup": ("/sok/", "q"), "table": ("/sok.asp", "sokord"),
    "sitevision": ("/sok/", "query"), "municipio": ("/", "s"), "bootstrap": ("/sok/", "q"),
    "aria": ("/sok/", "q"), "episerver": ("/sok/", "q"), "drupal": ("/sok/", "keys"), "nextjs": ("/sok/", "q"),
}


def art(h1: str, body: str, crumbs: str = "") -> str:
    bc = f'<p class="breadcrumb"><a href="/">Startsida</a> › {crumbs or h1}</p>'
    return f'{bc}\n<section class="article">\n<h1>{h1}</h1>\n{body}\n</section>\n<p class="updated">Senast uppdaterad: 3 mars 2026</p>'


def hours_table(rows) -> str:
    return ("<table class=\"hours\"><tr><th>Dag</th><th>Tid</th></tr>"
            + "".join(f"<tr><td>{d}</td><td>{t}</td></tr>" for d, t in rows) + "</table>")


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF with the lines as real text (Helvetica, WinAnsiEncoding)."""
    def lit(s: str) -> str:
        out = ""
        for ch in s:
            b = ch.encode("cp1252")[0]
            if ch in "()\\":
                out += "\\" + ch
            elif b > 126:
                out += f"\\{b:03o}"
            else:
                out += ch
        return out
    stream = "BT /F1 12 Tf 50 780 Td 16 TL\n" + "".join(f"({lit(x)}) Tj T*\n" for x in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, start=1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offs).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


NEWS_FILLER = [
    ("Budgeten för 2026 är antagen", "/nyheter/budget-2026/", "2 mars 2026",
     "Kommunfullmäktige har antagit budgeten för nästa år.",
     "<p>Kommunfullmäktige antog på måndagen budgeten för 2026. Satsningar görs på skola och äldreomsorg.</p>"),
    ("Ny gång- och cykelbana längs ån", "/nyheter/cykelbana/", "24 februari 2026",
     "Arbetet börjar i april och beräknas vara klart i september.",
     "<p>Den nya gång- och cykelbanan binder ihop centrum med idrottsplatsen. Under arbetet leds trafiken om.</p>"),
]


def common_pages(s: dict) -> dict:
    """path -> (file, title, main) for the pages every site has."""
    k = s["kommun"]
    news = s["news_pages"] + [n for n in NEWS_FILLER if n[1] not in {x[1] for x in s["news_pages"]}]
    s["news"] = [(t, h, d, tx) for t, h, d, tx, _ in news][:3]
    p = {}
    lst = "".join(f'<li><a href="{h}">{t}</a> <span>{d}</span><p>{tx}</p></li>' for t, h, d, tx, _ in news)
    p["/nyheter/"] = ("nyheter.html", "Nyheter", art("Nyheter", f"<ul class=\"newslist\">{lst}</ul>"))
    for i, (t, h, d, _tx, body) in enumerate(news, start=1):
        p[h] = (f"nyhet-{i}.html", t, art(t, f'<p class="date">Publicerad {d}</p>\n{body}\n<p><a href="/nyheter/">Alla nyheter</a></p>',
                                          '<a href="/nyheter/">Nyheter</a>'))
    p["/jobb/"] = ("jobb.html", "Lediga jobb", art("Lediga jobb", (
        f"<p>Just nu söker {k}s kommun:</p><ul><li>Förskollärare till Solrosens förskola</li>"
        "<li>Undersköterska, hemtjänsten</li><li>Bygglovshandläggare</li></ul>"
        f"<p>Ansök via <a href=\"/jobb/ansok/\">kommunens rekryteringssystem</a>.</p>")))
    p["/tillganglighet/"] = ("tillganglighet.html", "Tillgänglighetsredogörelse", art("Tillgänglighetsredogörelse", (
        f"<p>{k}s kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>"
        "<p>Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service. "
        "Vissa PDF-dokument saknar taggar.</p><p>Du kan anmäla brister till "
        f"<a href=\"mailto:webb@{s['domain']}\">webb@{s['domain']}</a>. Tillsynsmyndighet är Myndigheten för digital förvaltning.</p>")))
    p["/kakor/"] = ("kakor.html", "Om kakor", art("Om kakor", (
        "<p>Webbplatsen använder nödvändiga kakor och, om du godkänner det, kakor för anonym besöksstatistik.</p>")))
    kp = "".join(f'<li><a href="/kommun-och-politik/{slug(x)}/">{x}</a></li>' for x in AREAS[6][2])
    kp += "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in s.get("kp_extra", []))
    kp += "".join(f'<li><a href="{h}">{t}</a></li>' for a_, t, h in s.get("sub_extra", []) if a_ == "Kommun och politik")
    p["/kommun-och-politik/"] = ("kommun-och-politik.html", "Kommun och politik", art("Kommun och politik", (
        f"<p>Här hittar du information om hur {k}s kommun styrs och är organiserad.</p><ul class=\"links\">{kp}</ul>")))
    bb = "".join(f'<li><a href="/bygga-bo-och-miljo/{slug(x)}/">{x}</a></li>' for x in AREAS[2][2])
    p["/bygga-bo-och-miljo/"] = ("bygga-bo-och-miljo.html", "Bygga, bo och miljö", art("Bygga, bo och miljö", (
        f"<p>Bygglov, avfall, vatten och avlopp och miljöfrågor.</p><ul class=\"links\">{bb}</ul>")))
    return p


def render_site(s: dict) -> None:
    d = SITES_DIR / s["code"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    fam = FAMILIES[s["family"]]
    latin = s["family"] == "table"
    pages = common_pages(s)
    pages.update(s["own_pages"])
    front_path = s.get("front_path", "/")
    manifest_pages: dict = {}

    def write(name: str, text: str) -> None:
        if latin:
            (d / name).write_bytes(text.encode("iso-8859-1", errors="xmlcharrefreplace"))
        else:
            (d / name).write_text(text, encoding="utf-8")

    def spec(name: str):
        return {"file": name, "content_type": LATIN1} if latin else name

    s["_path"] = front_path
    write("index.html", fam(s, "Startsida", front_blocks(s), True))
    manifest_pages[front_path] = spec("index.html")
    for path, (name, title, main) in pages.items():
        s["_path"] = path
        write(name, fam(s, title, main, False))
        manifest_pages[path] = spec(name)
    s["_path"] = SEARCH[s["family"]][0]
    write("sok.html", fam(s, "Sök", art("Sökresultat", "<!--SEARCH_RESULTS-->"), False))
    for path, (name, data) in s.get("binary", {}).items():
        (d / name).write_bytes(data)
        manifest_pages[path] = name
    spath, param = SEARCH[s["family"]]
    redirects = s.get("redirects", {})
    m = {
        "kommunkod": s["code"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"],
        "family": s["family"], "pages": manifest_pages, "redirects": redirects, "robots": ROBOTS,
        "sitemap": [p for p in manifest_pages if p not in redirects],
        "search": {"path": spath, "param": param, "hits": s["hits"], "template": spec("sok.html")},
        "front_status": None,
    }
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def base(code, kommun, lan_kod, lan, family, domain, phone, tel, address, town, **kw):
    s = {"code": code, "kommun": kommun, "lan_kod": lan_kod, "lan": lan, "family": family, "domain": domain,
         "phone": phone, "tel": tel, "address": address, "postcode": kw.pop("postcode"), "town": town,
         "orgnr": kw.pop("orgnr"),
         "hero_cards": [("Förskola", "/barn-och-utbildning/forskola/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/"),
                        ("Lediga jobb", "/jobb/"), ("Felanmälan", "/trafik-och-gator/felanmalan/")],
         "news_pages": [], "own_pages": {}, "hits": {}}
    s.update(kw)
    return s


SITES: list[dict] = []

# ---------------------------------------------------------------- 9011 Kvarnsta: own page + sub-pages
_sub = ('<nav class="subnav" aria-label="Kontaktcenter"><h2>Mer om Kontaktcenter</h2><ul>'
        '<li><a href="/kontaktcenter/oppettider/">Öppettider</a></li><li><a href="/kontaktcenter/om-oss/">Om oss</a></li>'
        '<li><a href="/kontaktcenter/vanliga-fragor/">Vanliga frågor</a></li></ul></nav>')
_kc = '<a href="/kontaktcenter/">Kontaktcenter</a> › '
SITES.append(base(
    "9011", "Kvarnsta", "03", "Uppsala län", "semantic", "kvarnsta.se", "08-465 004 00", "+46846500400",
    "Kvarngatan 1", "Kvarnsta", postcode="999 11", orgnr="212999-0111",
    top_extra=[("Kontaktcenter", "/kontaktcenter/")],
    news_pages=[("Kontaktcenter öppnar chatt på kvällarna", "/nyheter/kontaktcenter-chatt/", "5 mars 2026",
                 "Från 1 april kan du chatta med oss vardagar till klockan 19.",
                 "<p>Från 1 april kan du chatta med Kontaktcenter vardagar 16–19. – Många vill ha kontakt efter "
                 "arbetstid, säger Karl Öhman, kommunvägledare.</p><p><a href=\"/kontaktcenter/\">Till Kontaktcenter</a></p>")],
    own_pages={
        "/kontaktcenter/": ("kontaktcenter.html", "Kontaktcenter", art("Kontaktcenter", (
            "<p class=\"lead\">Kontaktcenter är kommunens gemensamma ingång för dig som har frågor.</p>"
            "<p>Hos oss får du svar på frågor om förskola och skola, skolskjuts, avfall och återvinning, bygglov, "
            "parkeringstillstånd och färdtjänst. Kan vi inte svara direkt ser vi till att rätt handläggare kontaktar dig.</p>"
            "<h2>Så når du oss</h2><p>Telefon: <a href=\"tel:+46846500410\">08-465 004 10</a><br>"
            "E-post: <a href=\"mailto:kontaktcenter@kvarnsta.se\">kontaktcenter@kvarnsta.se</a></p>" + _sub))),
        "/kontaktcenter/oppettider/": ("kc-oppettider.html", "Öppettider för Kontaktcenter", art("Öppettider för Kontaktcenter", (
            hours_table([("Måndag–torsdag", "8.00–17.00"), ("Fredag", "8.00–15.00"), ("Lunch", "stängt 12–13")])
            + "<p>Besöksadress: Kommunhuset, Kvarngatan 1.</p>" + _sub), _kc + "Öppettider")),
        "/kontaktcenter/om-oss/": ("kc-om-oss.html", "Om oss", art("Om oss", (
            "<p>Kontaktcenter startade 2019 och är en enhet inom kommunledningsförvaltningen. Vi är tolv "
            "kommunvägledare som tar emot runt 80 000 samtal om året.</p><p>Verksamheten leds av enhetschef "
            "Annika Strand.</p>" + _sub), _kc + "Om oss")),
        "/kontaktcenter/vanliga-fragor/": ("kc-fragor.html", "Vanliga frågor", art("Vanliga frågor", (
            "<h2>Hur lång tid tar det att få svar på e-post?</h2><p>Vi svarar inom två arbetsdagar.</p>"
            "<h2>Kan jag få hjälp på andra språk?</h2><p>Ja, vi kan boka tolk.</p>" + _sub), _kc + "Vanliga frågor")),
    },
    hits={"kontaktcenter": ["/kontaktcenter/", "/kontaktcenter/oppettider/", "/nyheter/kontaktcenter-chatt/"]},
))

# ---------------------------------------------------------------- 9012 Vinterö: matters only on the FAQ sub-page
_ms = ('<div class="p5"><b>Mer om Medborgarservice</b><br><a href="/medborgarservice/fragor-och-svar/">Frågor och svar</a><br>'
       '<a href="/medborgarservice/oppettider/">Öppettider och besöksadress</a></div>')
_msc = '<a href="/medborgarservice/">Medborgarservice</a> › '
SITES.append(base(
    "9012", "Vinterö", "10", "Blekinge län", "soup", "vintero.se", "040-628 04 00", "+46406280400",
    "Strandvägen 4", "Vinterö", postcode="999 12", orgnr="212999-0129",
    hero_cards=[("Medborgarservice", "/medborgarservice/"), ("Förskola", "/barn-och-utbildning/forskola/"),
                ("Lediga jobb", "/jobb/"), ("Felanmälan", "/trafik-och-gator/felanmalan/")],
    card_cls="k8",
    own_pages={
        "/medborgarservice/": ("medborgarservice.html", "Medborgarservice", art("Medborgarservice", (
            "<p>Välkommen till Medborgarservice! Har du frågor? Vi finns här för dig. Hör av dig om du undrar "
            "något, så hjälper vi dig vidare.</p><p>Telefon: 040-628 04 10<br>E-post: medborgarservice@vintero.se</p>"
            + _ms + "<p class=\"x2\">Sidansvarig: Lisa Holm, kommunvägledare</p>"))),
        "/medborgarservice/fragor-och-svar/": ("ms-fragor.html", "Frågor och svar om Medborgarservice", art(
            "Frågor och svar om Medborgarservice", (
                "<p>Vi får ofta frågor om bygglov, skolskjuts, sophämtning, parkeringstillstånd och bostadsanpassning. "
                "Här är några av svaren.</p><p><b>När töms mitt sopkärl?</b><br>Tömningsschemat finns under Avfall.</p>"
                "<p><b>Vem svarar när jag ringer?</b><br>En av våra kommunvägledare.</p>" + _ms), _msc + "Frågor och svar")),
        "/medborgarservice/oppettider/": ("ms-oppettider.html", "Öppettider och besöksadress", art("Öppettider och besöksadress", (
            hours_table([("Måndag–fredag", "8.00–16.30"), ("Dag före helgdag", "8.00–13.00")])
            + "<p>Besöksadress: Stadshuset, Strandvägen 4</p>" + _ms), _msc + "Öppettider")),
    },
    hits={"medborgarservice": ["/medborgarservice/", "/medborgarservice/fragor-och-svar/"]},
))

# ---------------------------------------------------------------- 9013 Norrgärde: lättläst + English versions
SITES.append(base(
    "9013", "Norrgärde", "22", "Västernorrlands län", "table", "norrgarde.se", "0980-319 200", "+46980319200",
    "Rådhusgatan 7", "Norrgärde", postcode="999 13", orgnr="212999-0137",
    front_path="/start.asp", redirects={"/": ["/start.asp", 302]},
    footer_links=[("Servicecenter", "/servicecenter.asp")],
    own_pages={
        "/servicecenter.asp": ("servicecenter.html", "Servicecenter", art("Servicecenter", (
            "<p>Servicecenter svarar på frågor om bland annat barnomsorgsavgifter, skolskjuts, bygglov, "
            "avfallshämtning och färdtjänst.</p><p>Telefon: 0980-319 210<br>Telefontid: vardagar 8.00–16.00</p>"
            "<p><a href=\"/lattlast/servicecenter.asp\">Läs om Servicecenter på lättläst svenska</a><br>"
            "<a href=\"/english/service-centre.asp\">Read about the Service Centre in English</a></p>"))),
        "/lattlast/": ("lattlast.html", "Lättläst", art("Lättläst", (
            "<p>Här finns texter på lättläst svenska.</p><ul><li><a href=\"/lattlast/om-kommunen.asp\">Om kommunen</a></li>"
            "<li><a href=\"/lattlast/servicecenter.asp\">Servicecenter</a></li></ul>"))),
        "/lattlast/servicecenter.asp": ("lattlast-servicecenter.html", "Servicecenter – lättläst", art("Servicecenter – lättläst", (
            "<p>Servicecenter hjälper dig när du har frågor till kommunen.</p><p>Du kan ringa till oss. "
            "Du kan också komma till oss i Rådhuset.</p><p>Chefen för Servicecenter heter Göran Ljung.</p>"
            "<p><a href=\"/servicecenter.asp\">Tillbaka till Servicecenter</a></p>"), '<a href="/lattlast/">Lättläst</a> › Servicecenter')),
        "/english/": ("english.html", "In English", art("Welcome to Norrgärde", (
            "<p>Norrgärde is a municipality on the coast of Västernorrland.</p>"
            "<ul><li><a href=\"/english/service-centre.asp\">Service Centre</a></li></ul>"))),
        "/english/service-centre.asp": ("english-service-centre.html", "Service Centre", art("Service Centre", (
            "<p>The Service Centre (Servicecenter) answers questions from residents and visitors. You are welcome "
            "to call us on +46 980 319 210 or e-mail servicecenter@norrgarde.se.</p>"), '<a href="/english/">In English</a> › Service Centre')),
    },
    hits={"servicecenter": ["/servicecenter.asp", "/lattlast/servicecenter.asp", "/english/service-centre.asp"]},
))

# ---------------------------------------------------------------- 9014 Björkhamn: "what" only in a PDF
SITES.append(base(
    "9014", "Björkhamn", "08", "Kalmar län", "sitevision", "bjorkhamn.se", "031-390 06 00", "+46313900600",
    "Hamngatan 4", "Björkhamn", postcode="999 14", orgnr="212999-0145",
    sub_extra=[("Kommun och politik", "Kundcenter", "/kommun-och-politik/kundcenter/")],
    news_pages=[("Björkhamns Energi AB:s kundcenter byter telefonnummer", "/nyheter/energi-kundcenter/", "1 mars 2026",
                 "Det kommunala energibolaget får ett nytt nummer.",
                 "<p>Björkhamns Energi AB:s kundcenter nås från och med april på 031-390 06 09. Frågor om elnät "
                 "och fjärrvärme ställs dit.</p>")],
    own_pages={
        "/kommun-och-politik/kundcenter/": ("kundcenter.html", "Kundcenter", art("Kundcenter", (
            "<p>Kundcenter är din väg in till kommunen. Vi finns här för dig.</p>"
            "<p>Ring oss på 031-390 06 20.</p>"
            "<h2>Vad kan Kundcenter hjälpa dig med?</h2><p>Det kan du läsa i vår folder: "
            "<a href=\"/download/18.4f2a1b/kundcenter-folder.pdf\">Kundcenter – så kan vi hjälpa dig (pdf, 2 kB)</a></p>"
            "<p>Kundcenter leds av kundcenterchef Eva Sund.</p>"), '<a href="/kommun-och-politik/">Kommun och politik</a> › Kundcenter')),
    },
    binary={"/download/18.4f2a1b/kundcenter-folder.pdf": ("kundcenter-folder.pdf", pdf_bytes([
        "Kundcenter i Björkhamns kommun", "",
        "Vi hjälper dig med frågor om:", "- bygglov och tillstånd", "- förskola och skola",
        "- avfall och återvinning", "- parkeringstillstånd", "",
        "Telefon 031-390 06 20, e-post kundcenter@bjorkhamn.se",
        "Öppet vardagar 8-17, besöksadress Hamngatan 4"]))},
    hits={"kundcenter": ["/kommun-och-politik/kundcenter/", "/nyheter/energi-kundcenter/"]},
))

# ---------------------------------------------------------------- 9015 Ådala: the town hall page
SITES.append(base(
    "9015", "Ådala", "21", "Gävleborgs län", "municipio", "adala.se", "0980-319 240", "+46980319240",
    "Storgatan 12", "Ådala", postcode="999 15", orgnr="212999-0152",
    sub_extra=[("Kommun och politik", "Kommunhuset", "/kommun-och-politik/kommunhuset/")],
    news_pages=[("Nya öppettider i kommunhuset i sommar", "/nyheter/sommaroppettider/", "4 mars 2026",
                 "Receptionen har kortare öppettider under juli.",
                 "<p>Under juli är receptionen i kommunhuset öppen 9–14. Servicecenter har telefontid 9–15.</p>")],
    own_pages={
        "/kommun-och-politik/kommunhuset/": ("kommunhuset.html", "Kommunhuset", art("Kommunhuset", (
            "<p class=\"lead\">I kommunhuset på Storgatan 12 finns receptionen, Servicecenter och kommunens förvaltningar.</p>"
            "<h2>Reception</h2><p>Receptionen tar emot besökare och post. Öppet vardagar 8.00–16.00.</p>"
            "<h2>Servicecenter</h2><p>Servicecenter hjälper dig med frågor om bygglov, färdtjänst, parkeringstillstånd, "
            "avgifter för förskola och sophämtning.</p><p>Telefon 0980-319 245, vardagar 8.00–16.30<br>"
            "E-post servicecenter@adala.se</p>"
            "<h2>Parkering</h2><p>Besöksparkering finns på baksidan, två timmar med p-skiva.</p>"
            "<h2>Organisation</h2><p><a href=\"/kommun-och-politik/organisation/\">Så är kommunen organiserad</a></p>"),
            '<a href="/kommun-och-politik/">Kommun och politik</a> › Kommunhuset')),
        "/kommun-och-politik/organisation/": ("organisation.html", "Organisation", art("Organisation", (
            "<p>Kommunens verksamhet är organiserad i fyra förvaltningar.</p><table class=\"org\">"
            "<tr><th>Verksamhet</th><th>Chef</th></tr>"
            "<tr><td>Kommundirektör</td><td>Henrik Dahl</td></tr>"
            "<tr><td>Kommunledningsförvaltningen</td><td>Förvaltningschef Sara Bäck</td></tr>"
            "<tr><td>Servicecenter</td><td>Enhetschef Nora Falk</td></tr>"
            "<tr><td>Barn- och utbildningsförvaltningen</td><td>Förvaltningschef Ola Nyberg</td></tr>"
            "<tr><td>Samhällsbyggnadsförvaltningen</td><td>Förvaltningschef Maja Sten</td></tr></table>"),
            '<a href="/kommun-och-politik/">Kommun och politik</a> › Organisation')),
    },
    hits={"servicecenter": ["/kommun-och-politik/kommunhuset/", "/kommun-och-politik/organisation/", "/nyheter/sommaroppettider/"]},
))

# ---------------------------------------------------------------- 9016 Lindvreten: landing page card
SITES.append(base(
    "9016", "Lindvreten", "12", "Skåne län", "bootstrap", "lindvreten.se", "040-628 04 50", "+46406280450",
    "Torget 1", "Lindvreten", postcode="999 16", orgnr="212999-0160",
    top_extra=[("Kontakt", "/kontakt/")],
    sub_extra=[("Bygga, bo och miljö", "Bygglovsservice", "/bygga-bo-och-miljo/bygglovsservice/")],
    hero_cards=[("Förskola", "/barn-och-utbildning/forskola/"), ("Bygglov", "/bygga-bo-och-miljo/bygglov/"),
                ("Lediga jobb", "/jobb/"), ("Kontakta kommunen", "/kontakt/")],
    news_pages=[("Lindvretenbostäders kundtjänst flyttar", "/nyheter/bostader-kundtjanst/", "3 mars 2026",
                 "Bostadsbolagets kundtjänst får nya lokaler vid stationen.",
                 "<p>Lindvretenbostäder AB:s kundtjänst öppnar i nya lokaler vid stationen. Felanmälan i lägenheter "
                 "görs som vanligt till bostadsbolaget.</p>")],
    own_pages={
        "/kontakt/": ("kontakt.html", "Kontakt", art("Kontakt", (
            "<p>Välj vad du vill ha kontakt med.</p><div class=\"row\">"
            "<div class=\"col card\"><h2 class=\"card-title\"><a href=\"/kontakt/kundtjanst/\">Kund&shy;tjänst</a></h2>"
            "<p>Läs mer</p></div>"
            "<div class=\"col card\"><h2 class=\"card-title\">Växel</h2><p>040-628 04 50</p></div>"
            "<div class=\"col card\"><h2 class=\"card-title\"><a href=\"/kommun-och-politik/synpunkter-och-klagomal/\">Synpunkter</a></h2></div>"
            "<div class=\"col card\"><h2 class=\"card-title\"><a href=\"/press/\">Press</a></h2></div></div>"))),
        "/kontakt/kundtjanst/": ("kundtjanst.html", "Kundtjänst", art("Kund&shy;tjänst", (
            "<p>Kundtjänst svarar på dina frågor om skola och förskola, avfall, vatten och avlopp, bygglov och gator.</p>"
            "<p>Ring 040-628 04 55 vardagar 8–16.</p><p><button class=\"btn btn-success\" type=\"button\">Chatta med oss</button></p>"
            "<p class=\"small\">Kundtjänst är en del av kommunikationsavdelningen.</p>"
            "<p class=\"small text-muted\">Sidansvarig: Malin Ek, webbredaktör</p>"), '<a href="/kontakt/">Kontakt</a> › Kundtjänst')),
    },
    hits={"kundtjänst": ["/kontakt/kundtjanst/", "/nyheter/bostader-kundtjanst/"]},
))

# ---------------------------------------------------------------- 9017 Sörmyra: contact page with sections
SITES.append(base(
    "9017", "Sörmyra", "04", "Södermanlands län", "aria", "sormyra.se", "08-465 004 60", "+46846500460",
    "Kyrkogatan 3", "Sörmyra", postcode="999 17", orgnr="212999-0178",
    top_extra=[("Kontakta oss", "/kontakta-oss/")],
    own_pages={
        "/kontakta-oss/": ("kontakta-oss.html", "Kontakta oss", art("Kontakta oss", (
            "<h2>Växeln</h2><p>Telefon 08-465 004 60. Växeln är öppen vardagar 7.30–17.00.</p>"
            "<p>Teamledare för växeln: Kim Berg</p>"
            "<h2>Medborgar&shy;kontoret</h2><p>På Medborgarkontoret i Stadshuset kan du få hjälp med ansökningar om "
            "färdtjänst, bostadsanpassning och parkeringstillstånd, och med att använda kommunens e-tjänster.</p>"
            "<p>Besöksadress: Stadshuset, Kyrkogatan 3</p>"
            + hours_table([("Måndag–torsdag", "9.00–16.00"), ("Fredag", "9.00–13.00")])
            + "<h2>Synpunkter och klagomål</h2><p><a href=\"/kommun-och-politik/synpunkter-och-klagomal/\">Lämna en synpunkt</a></p>"
            "<h2>Press och media</h2><p>Presstelefon 08-465 004 69</p>"
            "<h2>Post</h2><p>Sörmyra kommun, 999 17 Sörmyra</p>"))),
    },
    hits={"medborgarkontor": ["/kontakta-oss/"], "medborgarkontoret": ["/kontakta-oss/"]},
))

# ---------------------------------------------------------------- 9018 Ekesund: own page vs. news item
_mc = ('<a href="/kommun-och-politik/">Kommun och politik</a> › <a href="/kommun-och-politik/medborgarcenter/">'
       'Medborgarcenter</a> › ')
SITES.append(base(
    "9018", "Ekesund", "14", "Västra Götalands län", "episerver", "ekesund.se", "031-390 06 70", "+46313900670",
    "Torget 2", "Ekesund", postcode="999 18", orgnr="212999-0186",
    kp_extra=[("Medborgarcenter", "/kommun-och-politik/medborgarcenter/")],
    news_pages=[("Medborgarcenter har flyttat till Torgets hus", "/nyheter/medborgarcenter-flyttat/", "6 mars 2026",
                 "Nu finns vi mitt i centrum.",
                 "<p>Medborgarcenter hjälper dig med frågor om försörjningsstöd och bostadsanpassning. Nu finns vi i "
                 "Torgets hus, Torget 2. Öppet vardagar 9–16. Ring 031-390 06 75.</p>"
                 "<p><a href=\"/kommun-och-politik/medborgarcenter/\">Läs mer om Medborgarcenter</a></p>")],
    own_pages={
        "/kommun-och-politik/medborgarcenter/": ("medborgarcenter.html", "Medborgarcenter", art("Medborgarcenter", (
            "<p>Medborgarcenter ger dig vägledning i frågor om försörjningsstöd, bostadsanpassning, färdtjänst och bygglov.</p>"
            "<p>Telefon 031-390 06 75</p>"
            "<p><a href=\"/kommun-och-politik/medborgarcenter/oppettider/\">Öppettider och adress</a></p>"
            "<p>Ansvarig för Medborgarcenter: Amir Haddad, enhetschef</p>"),
            '<a href="/kommun-och-politik/">Kommun och politik</a> › Medborgarcenter')),
        "/kommun-och-politik/medborgarcenter/oppettider/": ("mc-oppettider.html", "Öppettider och adress", art("Öppettider och adress", (
            hours_table([("Måndag–fredag", "9.00–16.00")]) + "<p>Besöksadress: Torgets hus, Torget 2</p>"),
            _mc + "Öppettider")),
    },
    hits={"medborgarcenter": ["/kommun-och-politik/medborgarcenter/", "/nyheter/medborgarcenter-flyttat/"]},
))

# ---------------------------------------------------------------- 9019 Tjärnby: only excluded units
SITES.append(base(
    "9019", "Tjärnby", "20", "Dalarnas län", "drupal", "tjarnby.se", "0980-319 260", "+46980319260",
    "Stadshusgatan 1", "Tjärnby", postcode="999 19", orgnr="212999-0194",
    top_extra=[("Kontakt", "/kontakt/")],
    sub_extra=[("Näringsliv och arbete", "Servicecenter för företag", "/naringsliv-och-arbete/servicecenter-for-foretag/")],
    hero_cards=[("Besök stadshuset", "/stadshuset/"), ("Förskola", "/barn-och-utbildning/forskola/"),
                ("Lediga jobb", "/jobb/"), ("Felanmälan", "/trafik-och-gator/felanmalan/")],
    news_pages=[("Region Dalarnas kundtjänst för sjukresor byter nummer", "/nyheter/region-sjukresor/", "2 mars 2026",
                 "Nytt nummer från 1 april.",
                 "<p>Region Dalarnas kundtjänst för sjukresor nås från 1 april på ett nytt nummer. Kommunen svarar "
                 "inte på frågor om sjukresor.</p>")],
    own_pages={
        "/kontakt/": ("kontakt.html", "Kontakt", art("Kontakt", (
            "<p>Ring kommunens växel 0980-319 260, vardagar 8–16, eller skicka e-post till kommun@tjarnby.se.</p>"
            "<p>Vill du besöka oss? Se <a href=\"/stadshuset/\">Stadshuset</a>.</p>"))),
        "/stadshuset/": ("stadshuset.html", "Stadshuset", art("Stadshuset", (
            "<p class=\"lead\">I stadshuset på Stadshusgatan 1 finns kommunens reception och flera andra myndigheter.</p>"
            "<h2>Receptionen</h2><p>I receptionen hjälper vi dig att hitta rätt. Öppet vardagar 8–16.</p>"
            "<h2>Statens servicecenter</h2><p>Skatteverket, Försäkringskassan och Pensionsmyndigheten har ett "
            "gemensamt servicekontor på plan 1. Här får du hjälp med id-kort, flyttanmälan och föräldrapenning. "
            "Telefon 0980-319 268, öppet tisdag och torsdag 10–15.</p><p>Kontorschef: Lars Rud (Statens servicecenter)</p>"
            "<h2>Tjärnby Energi AB – kundtjänst</h2><p>Det kommunägda energibolagets kundtjänst svarar på frågor om "
            "elavtal och fjärrvärme. Telefon 0980-319 269, öppet vardagar 8–16.</p><p>Kundtjänstchef: Eva Lund, Tjärnby Energi AB</p>"))),
        "/naringsliv-och-arbete/servicecenter-for-foretag/": ("servicecenter-for-foretag.html", "Servicecenter för företag", art(
            "Servicecenter för företag", (
                "<p>Servicecenter för företag hjälper dig som driver eller vill starta företag med tillstånd, "
                "lokaler och kontakter. Ring 0980-319 265 eller mejla foretag@tjarnby.se.</p><p>Näringslivschef: Oskar Berg</p>"),
            '<a href="/naringsliv-och-arbete/">Näringsliv och arbete</a> › Servicecenter för företag')),
    },
    hits={"servicecenter": ["/stadshuset/", "/naringsliv-och-arbete/servicecenter-for-foretag/"],
          "kundtjänst": ["/stadshuset/", "/nyheter/region-sjukresor/"]},
))

# ---------------------------------------------------------------- 9020 Rävlunda: phone on a sub-page, English manager
SITES.append(base(
    "9020", "Rävlunda", "25", "Norrbottens län", "nextjs", "ravlunda.se", "040-628 04 80", "+46406280480",
    "Älvgatan 9", "Rävlunda", postcode="999 20", orgnr="212999-0202",
    kp_extra=[("Kontaktcenter", "/kommun-och-politik/kontaktcenter/")],
    next_data=('{"props":{"pageProps":{"menu":[{"title":"Kommun och politik"}],"contact":{"name":"Kontaktcenter",'
               '"phone":"040-628 04 85"}}},"page":"/[[...slug]]","buildId":"r4vLu"}'),
    own_pages={
        "/kommun-och-politik/kontaktcenter/": ("kontaktcenter.html", "Kontaktcenter", art("Kontaktcenter", (
            "<p>Kontaktcenter svarar på frågor om skolskjuts, avfall, parkeringstillstånd och bygglov.</p>"
            "<p>E-post: kontaktcenter@ravlunda.se</p>"
            "<p><a href=\"/kommun-och-politik/kontaktcenter/telefontider/\">Telefontider</a></p>"),
            '<a href="/kommun-och-politik/">Kommun och politik</a> › Kontaktcenter')),
        "/kommun-och-politik/kontaktcenter/telefontider/": ("kc-telefontider.html", "Telefontider för Kontaktcenter", art(
            "Telefontider för Kontaktcenter", (
                "<p>Ring 040-628 04 85, vardagar 8–16.</p><p>Kontaktperson: Johan Lilja</p>"),
            '<a href="/kommun-och-politik/kontaktcenter/">Kontaktcenter</a> › Telefontider')),
        "/english/": ("english.html", "In English", art("Welcome to Rävlunda", (
            "<p>Information in English about living in Rävlunda.</p>"
            "<ul><li><a href=\"/english/contact-centre/\">Contact Centre</a></li></ul>"))),
        "/english/contact-centre/": ("english-contact-centre.html", "Contact Centre", art("Contact Centre", (
            "<p>Our Contact Centre answers your questions in Swedish and English. Call +46 40 628 04 85 or e-mail "
            "kontaktcenter@ravlunda.se.</p><p>Manager of the Contact Centre: Lena Vik</p>"),
            '<a href="/english/">In English</a> › Contact Centre')),
    },
    hits={"kontaktcenter": ["/kommun-och-politik/kontaktcenter/", "/kommun-och-politik/kontaktcenter/telefontider/"]},
))


def main() -> None:
    SITES_DIR.mkdir(exist_ok=True)
    for s in SITES:
        render_site(s)
        print(s["code"], s["kommun"], len(list((SITES_DIR / s["code"]).glob("*.html"))), "html files")


if __name__ == "__main__":
    main()
