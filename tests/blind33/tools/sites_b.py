"""blind33 sites 9362-9366 (see README.md for what each one tests)."""
from __future__ import annotations

from typing import ClassVar

from base import Page, Site
from common import DRIFT, ESERVICES, EVENTS, esc

COOKIE = ("Vi använder kakor för att webbplatsen ska fungera och för att förbättra den. "
          "Du väljer själv om du godkänner statistikkakor.")


# ============================================================================
# 9362 Vitsanda: Joomla 4 (Cassiopeia: container-header, mod-menu, item-NNN classes).
# The unit is the last top-level menu item, written KUNDTJÄNST with CSS letter-spacing;
# its page has an English subheading "Customer service" beside the Swedish h1.
# ============================================================================
class Vitsanda(Site):
    code, kommun, gen, dom = "9362", "Vitsanda", "Vitsanda", "vitsanda.se"
    lan_kod, lan, family = "14", "Västra Götalands län", "joomla"
    vaxel, vaxel_intl = "031-390 06 40", "+46 31 390 06 40"
    street, zip, orgnr = "Sandgatan 8", "999 85", "212000-9362"
    areas: ClassVar[list] = [("barn", "Barn och utbildning"), ("omsorg", "Vård och omsorg"),
             ("bygga", "Bygga och bo"), ("trafik", "Trafik och resor"),
             ("kultur", "Uppleva och göra"), ("naring", "Näringsliv"),
             ("kommun", "Kommun och politik")]
    news_slugs: ClassVar[list] = ["budget-2026", "vagarbete", "bibliotek"]
    search_path = "/component/finder/search"
    paths: ClassVar[dict] = {"nyheter": "nyheter", "etjanster": "e-tjanster", "kontakt": "",
             "tillganglighet": "tillganglighetsredogorelse", "kakor": "kakor", "english": "in-english"}
    css = ("body{margin:0;font-family:Roboto,Helvetica,sans-serif}.container-topbar{background:#003b2f;color:#fff;font-size:.85rem;padding:.3rem 2rem}"
           ".container-topbar a,.container-topbar button{color:#fff;background:none;border:0}.topbar-links{display:flex;gap:1rem;list-style:none;margin:0;padding:0}"
           ".navbar-brand{padding:1rem 2rem}.brand-logo{font-size:1.6rem;color:#003b2f;text-decoration:none}"
           ".container-nav{display:flex;justify-content:space-between;align-items:center;padding:0 2rem;background:#e6efe9}"
           ".mod-menu{display:flex;list-style:none;margin:0;padding:0}.mod-menu>li{position:relative;padding:.8rem 1rem}"
           ".mod-menu__sub{display:none;position:absolute;background:#fff;list-style:none;padding:.5rem 1rem;min-width:14rem}"
           ".mod-menu>li:hover>.mod-menu__sub{display:block}"
           ".menu-kundtjanst{letter-spacing:.32em;font-weight:700;font-size:.85rem;color:#003b2f}"
           ".container-banner{background:#cfe3d6;padding:2.5rem 2rem}.blog-featured .items-row{display:grid;grid-template-columns:repeat(3,1fr);gap:1rem}"
           ".page-header .page-subheading{font-size:1rem;font-weight:400;text-transform:uppercase;letter-spacing:.1em;color:#555;margin-top:-.5rem}"
           ".container-footer{background:#003b2f;color:#fff;padding:2rem}.container-footer a{color:#fff}"
           "#cookiehint{position:fixed;bottom:0;left:0;right:0;background:#fff;padding:1rem;border-top:2px solid #003b2f}")

    def p(self, slug: str) -> str:
        return f"/{slug}"

    def news_p(self, slug: str) -> str:
        return f"/nyheter/{slug}"

    def header(self, active: str = "") -> str:
        items = ['<li class="nav-item item-101 default"><a href="/">Start</a></li>']
        for n, (title, href, subs) in enumerate(self.nav(), 102):
            lis = "".join(f'<li class="nav-item item-{n * 10 + i}"><a href="{h}">{esc(t)}</a></li>'
                          for i, (t, h) in enumerate(subs))
            items.append(f'<li class="nav-item item-{n} deeper parent"><a href="{href}">{esc(title)}</a>'
                         f'<ul class="mod-menu__sub list-unstyled small">{lis}</ul></li>')
        items.append('<li class="nav-item item-118"><a href="/kundtjanst" class="menu-kundtjanst">KUNDTJÄNST</a></li>')
        return (
            '<header class="header container-header full-width">\n'
            '<div class="container-topbar"><div class="mod-custom custom" id="mod-custom-90"><ul class="topbar-links">'
            '<li><button type="button" class="rs_skip">Lyssna</button></li>'
            '<li><a href="/tillganglighetsredogorelse#lattlast">Lättläst</a></li>'
            '<li><a href="/tillganglighetsredogorelse#teckensprak">Teckenspråk</a></li>'
            '<li><a href="/in-english" lang="en">In English</a></li></ul></div></div>\n'
            '<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">'
            '<span title="Vitsanda kommun">Vitsanda kommun</span></a>'
            '<div class="site-description">Havet, sanden och staden</div></div></div>\n'
            '<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Huvudmeny">'
            f'<ul class="mod-menu mod-list nav ">{"".join(items)}</ul></nav>\n'
            '<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/component/finder/search" '
            'method="get" role="search"><label for="mod-finder-searchword" class="visually-hidden finder">Sök</label>'
            '<input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" placeholder="Sök ...">'
            "</form></div></div>\n</header>\n")

    def footer(self) -> str:
        return (
            '<footer class="container-footer footer full-width"><div class="grid-child">'
            '<div class="moduletable"><h3>Vitsanda kommun</h3><p>Sandgatan 8, 999 85 Vitsanda<br>'
            'Växel 031-390 06 40<br><a href="mailto:kommun@vitsanda.se">kommun@vitsanda.se</a><br>Org.nr 212000-9362</p></div>'
            '<div class="moduletable"><h3>Genvägar</h3><ul class="mod-menu mod-list nav">'
            '<li class="nav-item"><a href="/nyheter">Nyheter</a></li><li class="nav-item"><a href="/e-tjanster">E-tjänster</a></li>'
            '<li class="nav-item"><a href="/naringsliv#lediga-jobb">Lediga jobb</a></li></ul></div>'
            '<div class="moduletable"><h3>Om webbplatsen</h3><ul class="mod-menu mod-list nav">'
            '<li class="nav-item"><a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li>'
            '<li class="nav-item"><a href="/kakor">Kakor</a></li></ul></div></div></footer>\n'
            f'<div id="cookiehint"><div class="cookiecontent"><p>{COOKIE}</p></div>'
            '<div class="cookiebuttons"><button type="button" id="cookiehintsubmit">Ok</button> '
            '<a href="/kakor">Mer information</a></div></div>\n')

    def doc(self, title: str, view: str, item: int, inner: str) -> str:
        return ('<!DOCTYPE html>\n<html lang="sv-se" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                '<meta name="generator" content="Joomla! - Open Source Content Management">\n'
                f"<title>{esc(title)}</title>\n<style>{self.css}</style>\n</head>\n"
                f'<body class="site com_content wrapper-static view-{view} no-layout no-task itemid-{item}">\n'
                + self.header() + inner + self.footer() + "</body>\n</html>\n")

    def title_of(self, pg: Page) -> str:
        return pg.title or f"{pg.h1} – Vitsanda kommun"

    def wrap(self, pg: Page) -> str:
        subheading = getattr(pg, "subheading", "")
        crumbs = "".join(f'<li class="mod-breadcrumbs__item breadcrumb-item"><a href="{h}" class="pathway">{esc(t)}</a></li>'
                         for t, h in pg.crumbs)
        inner = ('<div class="site-grid"><div class="grid-child container-component">'
                 '<nav class="mod-breadcrumbs__wrapper" aria-label="Brödsmulor"><ol class="mod-breadcrumbs breadcrumb px-3 py-2">'
                 f'{crumbs}<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(pg.h1)}</span></li></ol></nav>\n'
                 '<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">'
                 f'<div class="page-header"><h1 itemprop="headline">{esc(pg.h1)}</h1>{subheading}</div>\n'
                 f'<div itemprop="articleBody" class="com-content-article__body">\n{pg.body}\n</div></div></main>'
                 "</div></div>\n")
        return self.doc(self.title_of(pg), "article", 200, inner)

    def front(self) -> str:
        news = "".join(
            f'<div class="item column-1"><div class="item-content"><h2 class="item-title"><a href="{self.news_p(s)}">{esc(t)}</a></h2>'
            f'<dl class="article-info"><dd class="published"><time datetime="{d}">{d}</time></dd></dl><p>{esc(lead)}</p></div></div>'
            for s, d, t, lead, _ in self.news())
        eserv = "".join(f'<li><a href="/e-tjanster#{a}">{esc(t)}</a></li>' for a, t in ESERVICES)
        events = "".join(f"<li>{d} · {esc(t)}</li>" for d, t in EVENTS)
        inner = (
            '<div class="container-banner full-width"><div class="banner-overlay"><div class="overlay">'
            '<h1 class="banner-title">Välkommen till Vitsanda</h1><p>Västkustens pärla med fem mil strand.</p>'
            '<p><a class="btn btn-primary" href="/uppleva-och-gora">Upptäck Vitsanda</a> '
            '<a class="btn btn-secondary" href="/e-tjanster">E-tjänster</a></p></div></div></div>\n'
            '<div class="site-grid"><div class="grid-child container-component"><main>'
            '<div class="blog-featured" itemscope itemtype="https://schema.org/Blog"><h2>Nyheter</h2>'
            f'<div class="items-leading"></div><div class="items-row cols-3">{news}</div>'
            '<p><a href="/nyheter">Alla nyheter</a></p></div></main></div>\n'
            '<div class="grid-child container-sidebar-right">'
            f'<div class="sidebar-right card"><h3 class="card-header">E-tjänster</h3><div class="card-body"><ul>{eserv}</ul></div></div>'
            f'<div class="sidebar-right card"><h3 class="card-header">Evenemang</h3><div class="card-body"><ul>{events}</ul></div></div>'
            f'<div class="sidebar-right card"><h3 class="card-header">Driftinformation</h3><div class="card-body"><p>{esc(DRIFT)}</p></div></div>'
            "</div></div>\n")
        return self.doc("Vitsanda kommun", "featured", 101, inner)

    def special_pages(self) -> list[Page]:
        body = (
            "<p>Kundtjänst är din första kontakt med Vitsanda kommun. Vi svarar på dina frågor, hjälper dig med "
            "e-tjänsterna och tar emot felanmälningar, och när det behövs lotsar vi dig vidare till rätt handläggare.</p>\n"
            "<h2>Vanliga frågor till oss</h2>\n<ul>\n<li>Sophämtning, tömningsschema och avfallsabonnemang</li>\n"
            "<li>Vatten- och avloppsfakturor</li>\n<li>Plats i förskola och fritidshem</li>\n"
            "<li>Parkeringstillstånd och boendeparkering</li>\n<li>Bokning av idrottshallar och möteslokaler</li>\n</ul>\n"
            "<h2>Kontakta Kundtjänst</h2>\n"
            "<p>Telefon: 031-390 06 41<br>E-post: kundtjanst@vitsanda.se<br>Besöksadress: Stadshuset, Sandgatan 8</p>\n"
            "<p>Öppettider: måndag–torsdag 08.00–17.00, fredag 08.00–15.00. We also answer in English.</p>\n"
            '<div class="contact-card"><p><strong>Oskar Nyman</strong><br>Kundtjänstchef<br>031-390 06 42</p></div>\n')
        pg = Page("/kundtjanst", "Kundtjänst", body, [("Start", "/")])
        pg.subheading = '<h2 class="page-subheading" lang="en">Customer service</h2>'
        return [pg]

    def hits(self) -> dict[str, list[str]]:
        return {"kundtjänst": ["/kundtjanst"], "kund tjänst": ["/kundtjanst"],
                "customer service": ["/kundtjanst"], "sophämtning": ["/bygga-och-bo"]}


# ============================================================================
# 9363 Rävhult: 2000s table layout with <font>, served as ISO-8859-1, .asp paths,
# / 302 -> /default.asp. Only front-page entrance: a news teaser. The unit's own page
# has one channel (phone); the responsible chief is in a staff table on a page the
# service page links to (Kommunledningskontoret).
# ============================================================================
class Ravhult(Site):
    code, kommun, gen, dom = "9363", "Rävhult", "Rävhults", "ravhult.se"
    lan_kod, lan, family = "12", "Skåne län", "table"
    vaxel, vaxel_intl = "040-628 04 60", "+46 40 628 04 60"
    street, zip, orgnr = "Rådhusgatan 4", "999 16", "212000-9363"
    charset = "iso-8859-1"
    front_path = "/default.asp"
    redirects: ClassVar[dict] = {"/": ["/default.asp", 302]}
    areas: ClassVar[list] = [("barn", "Skola och barnomsorg"), ("omsorg", "Äldreomsorg och stöd"),
             ("bygga", "Bygga och miljö"), ("trafik", "Gator och trafik"),
             ("kultur", "Kultur och fritid"), ("naring", "Näringsliv"),
             ("kommun", "Kommun och politik")]
    slugs: ClassVar[dict] = {"barn": "skola", "omsorg": "omsorg", "bygga": "bygga", "trafik": "trafik",
             "kultur": "kultur", "naring": "naringsliv", "kommun": "kommun"}
    news_slugs: ClassVar[list] = ["budget-2026", "foreningsbidrag"]
    extra_news: ClassVar[dict] = {"medborgarkontoret": (
        "2025-09-29", "Medborgarkontoret har öppet längre på torsdagar",
        "Från och med oktober har Medborgarkontoret i Rådhuset öppet till klockan 19 på torsdagar.",
        ["Medborgarkontoret har öppet måndag–fredag 08.00–16.00 och torsdagar 08.00–19.00. "
         "Du hittar oss i Rådhuset, Rådhusgatan 4, entréplanet.",
         "De längre öppettiderna är ett försök under hösten. Vi vill göra det lättare för dig som arbetar "
         "dagtid att besöka oss."])}
    search_path, search_param = "/sok.asp", "sokord"
    paths: ClassVar[dict] = {"nyheter": "nyheter", "etjanster": "etjanster", "kontakt": "kontakt",
             "tillganglighet": "tillganglighet", "kakor": "kakor", "english": "english"}
    area_extra: ClassVar[dict] = {"kommun": (
        '<a name="forvaltningar"></a><font size="3"><b>Förvaltningar</b></font><br>'
        '<font face="Verdana, Arial" size="2"><a href="/kommunledningskontoret.asp">Kommunledningskontoret</a> · '
        'Barn- och utbildningsförvaltningen · Omsorgsförvaltningen · Samhällsbyggnadsförvaltningen<br>'
        'Service till invånarna: <a href="/medborgarkontoret.asp">Medborgarkontoret</a></font><br><br>')}

    def p(self, slug: str) -> str:
        return f"/{slug}.asp"

    def news_p(self, slug: str) -> str:
        return f"/nyhet_{slug.replace('-', '_')}.asp"

    def area_p(self, aid: str) -> str:
        return f"/{self.slugs[aid]}.asp"

    def section(self, anchor: str, title: str, text: str) -> str:
        return (f'<a name="{anchor}"></a><font size="3"><b>{esc(title)}</b></font><br>'
                f'<font face="Verdana, Arial" size="2">{esc(text)}</font><br><br>')

    def title_of(self, pg: Page) -> str:
        return pg.title or f"Rävhults kommun - {pg.h1}"

    def table(self, title: str, left_current: str, content: str, right: str = "") -> str:
        top = " | ".join(f'<a href="{href}"><font color="#FFFFFF">{esc(t)}</font></a>' for t, href, _ in self.nav())
        left = []
        for t, href, subs in self.nav():
            left.append(f'<tr><td class="meny1"><a href="{href}"><b>{esc(t)}</b></a></td></tr>')
            if href == left_current or left_current == "*":
                for st, sh in subs:
                    left.append(f'<tr><td class="meny2">&nbsp;&nbsp;<a href="{sh}">{esc(st)}</a></td></tr>')
        return (
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
            f"<title>{esc(title)}</title>\n"
            '<style type="text/css">body{margin:0;background:#e9e4d8}td{font-family:Verdana,Arial,sans-serif;font-size:12px}'
            "a{color:#7a1d12}td.meny1{padding:4px 8px;border-bottom:1px solid #d8cfbd}td.meny2{padding:2px 8px;font-size:11px}"
            ".topp a{text-decoration:none}</style>\n</head>\n"
            '<body bgcolor="#E9E4D8" topmargin="0" leftmargin="0">\n'
            '<table width="960" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">\n'
            '<tr><td colspan="3" bgcolor="#7A1D12" height="70">'
            '<table width="100%" cellpadding="8"><tr><td><a href="/default.asp"><font face="Georgia" size="6" color="#FFFFFF">'
            "Rävhults kommun</font></a></td>"
            '<td align="right"><form method="get" action="/sok.asp"><font color="#FFFFFF" size="1">Sök:</font> '
            '<input type="text" name="sokord" size="18"> <input type="submit" value="Sök"></form>'
            '<font size="1"><a href="/tillganglighet.asp#lyssna"><font color="#FFFFFF">Lyssna</font></a> | '
            '<a href="/english.asp"><font color="#FFFFFF">English</font></a> | '
            '<a href="/kontakt.asp"><font color="#FFFFFF">Kontakt</font></a></font></td></tr></table></td></tr>\n'
            f'<tr><td colspan="3" bgcolor="#A0463A" class="topp" height="26">&nbsp;<font size="2">{top}</font></td></tr>\n'
            '<tr>\n<td width="190" valign="top" bgcolor="#F4F0E6"><table width="190" cellpadding="0" cellspacing="0">\n'
            + "\n".join(left) + "\n</table></td>\n"
            f'<td width="{560 if right else 770}" valign="top" style="padding:12px 16px">{content}</td>\n'
            + (f'<td width="210" valign="top" bgcolor="#F4F0E6" style="padding:10px">{right}</td>\n' if right else "")
            + "</tr>\n"
            '<tr><td colspan="3" bgcolor="#7A1D12" style="padding:10px"><font color="#FFFFFF" size="1">'
            "Rävhults kommun, Rådhusgatan 4, 999 16 Rävhult. Växel 040-628 04 60. "
            'E-post: <a href="mailto:kommun@ravhult.se"><font color="#FFFFFF">kommun@ravhult.se</font></a>. Org.nr 212000-9363. '
            '<a href="/tillganglighet.asp"><font color="#FFFFFF">Tillgänglighetsredogörelse</font></a> | '
            '<a href="/kakor.asp"><font color="#FFFFFF">Kakor</font></a></font></td></tr>\n'
            "</table>\n"
            f'<div id="kakruta" style="position:fixed;bottom:0;background:#fff;border:1px solid #999;padding:6px"><font size="1">{COOKIE} '
            '<a href="/kakor.asp">Läs mer</a></font> <input type="button" value="OK"></div>\n'
            "</body>\n</html>\n")

    def wrap(self, pg: Page) -> str:
        crumbs = " &raquo; ".join(f'<a href="{h}">{esc(t)}</a>' for t, h in pg.crumbs)
        content = (f'<font size="1">{crumbs}</font><br><br>'
                   f'<h1><font face="Georgia" color="#7A1D12">{esc(pg.h1)}</font></h1>\n{pg.body}')
        cur = pg.path if pg.kind == "area" else ""
        return self.table(self.title_of(pg), cur, content)

    def news_body(self, d: str, lead: str, paras: list[str]) -> str:
        ps = "".join(f'<p><font face="Verdana, Arial" size="2">{esc(x)}</font></p>' for x in paras)
        return (f'<font size="1" color="#666666">{d}</font><p><font face="Verdana, Arial" size="2"><b>{esc(lead)}</b></font></p>{ps}'
                f'<p><a href="/nyheter.asp">Till nyhetsarkivet</a></p>')

    def front(self) -> str:
        news = "".join(
            f'<tr><td valign="top" width="70"><font size="1" color="#666666">{d}</font></td>'
            f'<td><a href="{self.news_p(s)}"><b>{esc(t)}</b></a><br><font size="2">{esc(lead)}</font></td></tr>'
            for s, d, t, lead, _ in self.news())
        eserv = "<br>".join(f'&raquo; <a href="/etjanster.asp#{a}">{esc(t)}</a>' for a, t in ESERVICES)
        events = "<br>".join(f"<b>{d}</b> {esc(t)}" for d, t in EVENTS)
        content = (
            '<h1><font face="Georgia" color="#7A1D12">Välkommen till Rävhults kommun</font></h1>'
            '<table width="100%" cellpadding="6" bgcolor="#F4F0E6"><tr><td><font size="2">Rävhult ligger mellan '
            "åsen och havet. Här finns information om kommunens verksamheter, e-tjänster och aktuella händelser. "
            'Se också <a href="/kultur.asp">Kultur och fritid</a> för evenemang och föreningsliv.</font></td></tr></table><br>'
            '<font size="4" face="Georgia" color="#7A1D12"><b>Nyheter</b></font>'
            f'<table width="100%" cellpadding="4" cellspacing="0">{news}</table>'
            '<p><a href="/nyheter.asp">Fler nyheter &raquo;</a></p>'
            '<font size="3"><b>Driftinformation</b></font><br>'
            f'<font size="2">{esc(DRIFT)}</font>')
        right = (f'<font size="2"><b>E-tjänster</b><br>{eserv}<br><br><b>Evenemang</b><br>{events}<br><br>'
                 '<b>Lediga jobb</b><br><a href="/naringsliv.asp#lediga-jobb">Se lediga tjänster</a></font>')
        return self.table("Rävhults kommun - Startsida", "*", content, right)

    def special_pages(self) -> list[Page]:
        home = ("Startsida", "/default.asp")
        mk = (
            '<p><font face="Verdana, Arial" size="2">Medborgarkontoret ger dig råd och vägledning i frågor om '
            "skola och barnomsorg, äldreomsorg, bygglov, avfall och kommunens avgifter. Vi hjälper dig också att "
            "fylla i blanketter och att hitta rätt handläggare.</font></p>\n"
            '<p><font face="Verdana, Arial" size="2"><b>Telefon:</b> 040-628 04 50</font></p>\n'
            '<p><font face="Verdana, Arial" size="2">Medborgarkontoret tillhör '
            '<a href="/kommunledningskontoret.asp">Kommunledningskontoret</a>.</font></p>\n')
        klk = (
            '<p><font face="Verdana, Arial" size="2">Kommunledningskontoret stödjer kommunstyrelsen och leder '
            "kommunens gemensamma verksamheter: ekonomi, personal, kommunikation och service till invånarna.</font></p>\n"
            '<table border="1" cellpadding="4" cellspacing="0" bordercolor="#D8CFBD">\n'
            "<tr bgcolor=\"#F4F0E6\"><th>Funktion</th><th>Namn</th><th>Telefon</th></tr>\n"
            "<tr><td>Kommundirektör</td><td>Birgitta Holm</td><td>040-628 04 61</td></tr>\n"
            "<tr><td>Ekonomichef</td><td>Anders Rask</td><td>040-628 04 62</td></tr>\n"
            "<tr><td>HR-chef</td><td>Leila Haddad</td><td>040-628 04 63</td></tr>\n"
            "<tr><td>Chef för Medborgarkontoret</td><td>Gustav Ek</td><td>040-628 04 51</td></tr>\n"
            "</table>\n")
        kp = ("Kommun och politik", "/kommun.asp")
        return [Page("/medborgarkontoret.asp", "Medborgarkontoret", mk, [home, kp]),
                Page("/kommunledningskontoret.asp", "Kommunledningskontoret", klk, [home, kp])]

    def kontakt_h1(self) -> str:
        return "Kontakt"

    def hits(self) -> dict[str, list[str]]:
        return {"medborgarkontoret": ["/medborgarkontoret.asp", "/nyhet_medborgarkontoret.asp"],
                "medborgarkontor": ["/medborgarkontoret.asp", "/nyhet_medborgarkontoret.asp"],
                "öppettider": ["/nyhet_medborgarkontoret.asp"]}


# ============================================================================
# 9364 Granåker: divs only, no landmarks or roles, short class names. Header icon link
# aria-label "Kontakta oss" -> generic page. Unit page "Kundtjänst" is linked only from the
# running text of the area page Kommun & politik. Footer: the energy company's kundservice.
# ============================================================================
class Granaker(Site):
    code, kommun, gen, dom = "9364", "Granåker", "Granåkers", "granaker.se"
    lan_kod, lan, family = "25", "Norrbottens län", "soup"
    vaxel, vaxel_intl = "0980-319 250", "+46 980 319 250"
    street, zip, orgnr = "Skolgatan 2", "999 27", "212000-9364"
    areas: ClassVar[list] = [("barn", "Förskola & skola"), ("omsorg", "Omsorg & hjälp"),
             ("bygga", "Bygga, bo & miljö"), ("trafik", "Trafik"),
             ("kultur", "Fritid & kultur"), ("naring", "Företag & arbete"),
             ("kommun", "Kommun & politik"), ("trygghet", "Trygghet")]
    news_slugs: ClassVar[list] = ["budget-2026", "vagarbete", "kulturskolan"]
    paths: ClassVar[dict] = {"nyheter": "nyheter", "etjanster": "e-tjanster", "kontakt": "kontakt",
             "tillganglighet": "om-webbplatsen", "kakor": "kakor", "english": "english"}
    area_extra: ClassVar[dict] = {"kommun": (
        '<div class="tx"><h2 id="service">Service och bemötande</h2><p>Har du frågor om kommunens verksamheter, '
        'avgifter eller e-tjänster kan du vända dig till <a href="/kommun-och-politik/kundtjanst/">kommunens kundtjänst</a>. '
        "Vi arbetar efter våra servicelöften: du ska få svar inom två arbetsdagar.</p></div>")}
    css = ("body{margin:0;font-family:Arial,sans-serif}.w0{max-width:1100px;margin:0 auto}.hd{display:flex;align-items:center;padding:12px 20px;gap:16px}"
           ".hd .lg{font-size:26px;font-weight:bold;color:#6b2d0f;text-decoration:none}.hd .ic{margin-left:auto;display:flex;gap:8px}"
           ".hd .ic a{display:inline-block;width:36px;height:36px;border-radius:50%;background:#f0e6dc;text-align:center}"
           ".tb{background:#6b2d0f;color:#fff;font-size:13px;padding:4px 20px}.tb a{color:#fff;margin-right:14px}"
           ".nv{background:#8c3d14}.nv>.q1{display:flex;flex-wrap:wrap}.nv .q2{position:relative;padding:10px 14px}"
           ".nv .q2>a{color:#fff}.nv .q3{display:none;position:absolute;background:#fff;padding:8px 12px;min-width:220px;box-shadow:0 3px 8px #0003}"
           ".nv .q2:hover .q3{display:block}.hr0{background:#f6eee6;padding:30px 20px}.zz{display:flex;gap:20px;padding:20px}"
           ".box7{flex:1;border:1px solid #e2d3c4;padding:12px}.ft{background:#3d1a08;color:#fff;padding:24px 20px;font-size:14px}"
           ".ft a{color:#fff}.ck{position:fixed;bottom:0;left:0;right:0;background:#fff;padding:10px;border-top:2px solid #6b2d0f}")

    def section(self, anchor: str, title: str, text: str) -> str:
        return f'<div class="tx"><h2 id="{anchor}">{esc(title)}</h2><p>{esc(text)}</p></div>'

    def header(self) -> str:
        items = []
        for title, href, subs in self.nav():
            lis = "".join(f'<div class="q4"><a href="{h}">{esc(t)}</a></div>' for t, h in subs)
            items.append(f'<div class="q2"><a href="{href}">{esc(title)}</a><div class="q3">{lis}</div></div>')
        mail_icon = ('<svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true"><path d="M2 5h20v14H2z M2 5l10 8 10-8" '
                     'fill="none" stroke="#6b2d0f" stroke-width="2"/></svg>')
        return (
            '<div class="tb"><a href="/om-webbplatsen/#lyssna">Lyssna</a><a href="/om-webbplatsen/#lattlast">Lättläst</a>'
            '<a href="/english/">English</a></div>\n'
            '<div class="hd"><a class="lg" href="/">Granåkers kommun</a>'
            '<div class="s1"><form action="/sok/" method="get"><input type="text" name="q" placeholder="Sök på webbplatsen" '
            'aria-label="Sök på webbplatsen"><input type="submit" value="Sök"></form></div>'
            f'<div class="ic"><a href="/kontakt/" aria-label="Kontakta oss">{mail_icon}</a></div></div>\n'
            f'<div class="nv"><div class="q1">{"".join(items)}</div></div>\n')

    def footer(self) -> str:
        return (
            '<div class="ft"><div class="zz">'
            '<div class="f1"><b>Granåkers kommun</b><br>Skolgatan 2<br>999 27 Granåker<br>Växel 0980-319 250<br>'
            '<a href="mailto:kommun@granaker.se">kommun@granaker.se</a><br>Org.nr 212000-9364</div>'
            '<div class="f1"><b>Strömavbrott eller frågor om elräkningen?</b><br>Granåker Energi AB – kundservice<br>'
            "0980-319 260, vardagar 08–16</div>"
            '<div class="f1"><b>Om webbplatsen</b><br><a href="/om-webbplatsen/">Tillgänglighetsredogörelse</a><br>'
            '<a href="/kakor/">Kakor</a><br><a href="/nyheter/">Nyhetsarkiv</a></div></div></div>\n'
            f'<div class="ck"><span>{COOKIE}</span> <a href="/kakor/">Mer om kakor</a> <span class="b9" role="button" tabindex="0">OK</span></div>\n')

    def doc(self, title: str, inner: str) -> str:
        return ('<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
                '<meta name="viewport" content="width=device-width">\n'
                f"<title>{esc(title)}</title>\n<style>{self.css}</style>\n</head>\n<body>\n<div class=\"w0\">\n"
                + self.header() + inner + self.footer() + "</div>\n</body>\n</html>\n")

    def wrap(self, pg: Page) -> str:
        crumbs = " / ".join(f'<a href="{h}">{esc(t)}</a>' for t, h in pg.crumbs)
        inner = (f'<div class="c0"><div class="bc">{crumbs}</div><div class="c1"><h1>{esc(pg.h1)}</h1>\n'
                 f"{pg.body}\n</div></div>\n")
        return self.doc(self.title_of(pg), inner)

    def front(self) -> str:
        news = "".join(f'<div class="box7"><a href="{self.news_p(s)}"><b>{esc(t)}</b></a><div class="dt">{d}</div>'
                       f"<div>{esc(lead)}</div></div>" for s, d, t, lead, _ in self.news())
        eserv = "".join(f'<div><a href="/e-tjanster/#{a}">{esc(t)}</a></div>' for a, t in ESERVICES)
        events = "".join(f"<div>{d} – {esc(t)}</div>" for d, t in EVENTS)
        inner = (
            '<div class="hr0"><h1>Välkommen till Granåker</h1><p>Skogen, älven och norrskenet – och service nära dig.</p>'
            '<div class="zz"><div class="box7"><a href="/forskola-och-skola/#forskola"><b>Förskola</b></a></div>'
            '<div class="box7"><a href="/bygga-bo-och-miljo/#avfall"><b>Sophämtning</b></a></div>'
            '<div class="box7"><a href="/foretag-och-arbete/#lediga-jobb"><b>Lediga jobb</b></a></div></div></div>\n'
            f'<div class="n0"><h2>Nyheter</h2><div class="zz">{news}</div><a href="/nyheter/">Alla nyheter</a></div>\n'
            f'<div class="zz"><div class="box7"><h2>E-tjänster</h2>{eserv}</div><div class="box7"><h2>Evenemang</h2>{events}</div>'
            f'<div class="box7"><h2>Driftinformation</h2><div>{esc(DRIFT)}</div></div></div>\n')
        return self.doc("Granåkers kommun", inner)

    def special_pages(self) -> list[Page]:
        body = (
            '<p class="ing">Kundtjänst är kommunens väg in. Vi finns här för dig, och du är alltid välkommen att höra av '
            "dig om du undrar något.</p>\n"
            "<p>Ring oss på 0980-319 210.</p>\n"
            "<p>Vi som arbetar i kundtjänst har lång erfarenhet av kommunens verksamheter och gör vårt bästa för att "
            "du ska få ett bra bemötande.</p>\n")
        return [Page("/kommun-och-politik/kundtjanst/", "Kundtjänst", body,
                     [("Start", "/"), ("Kommun & politik", "/kommun-och-politik/")])]

    def kontakt_h1(self) -> str:
        return "Kontakt"

    def hits(self) -> dict[str, list[str]]:
        return {"kundtjänst": ["/kommun-och-politik/kundtjanst/"], "kund tjänst": ["/kommun-och-politik/kundtjanst/"]}


# ============================================================================
# 9365 Ödevall: Bootstrap 5 navbar + dropdown-menu. Every service-function word is an
# excluded one: Servicecenter för företag (+ its enhetschef), the housing company's
# kundcenter, the water company's kundtjänst, Statens servicecenter in a news item.
# ============================================================================
class Odevall(Site):
    code, kommun, gen, dom = "9365", "Ödevall", "Ödevalls", "odevall.se"
    lan_kod, lan, family = "13", "Hallands län", "bootstrap"
    vaxel, vaxel_intl = "031-390 06 80", "+46 31 390 06 80"
    street, zip, orgnr = "Kyrkogatan 10", "999 38", "212000-9365"
    areas: ClassVar[list] = [("barn", "Barn och utbildning"), ("omsorg", "Omsorg och hälsa"),
             ("bygga", "Bygga, bo och miljö"), ("trafik", "Trafik och infrastruktur"),
             ("kultur", "Kultur och fritid"), ("naring", "Näringsliv och arbete"),
             ("kommun", "Kommun och politik")]
    news_slugs: ClassVar[list] = ["budget-2026", "bibliotek"]
    extra_news: ClassVar[dict] = {"statligt-servicekontor": (
        "2025-09-30", "Statens servicecenter öppnar servicekontor i Ödevall",
        "I februari öppnar Statens servicecenter ett servicekontor i Ödevalls bibliotekshus.",
        ["På servicekontoret får du hjälp med ärenden hos Försäkringskassan, Skatteverket och "
         "Pensionsmyndigheten, till exempel flyttanmälan, id-kort och föräldrapenning.",
         "Kommunen har länge arbetat för att statlig service ska finnas i Ödevall. Servicekontoret "
         "kommer att ha öppet tre dagar i veckan."])}
    paths: ClassVar[dict] = {"nyheter": "nyheter", "etjanster": "e-tjanster", "kontakt": "kontakt",
             "tillganglighet": "tillganglighet", "kakor": "kakor", "english": "in-english"}
    SFF = "/naringsliv-och-arbete/servicecenter-for-foretag/"
    area_extra: ClassVar[dict] = {"naring": (
        '<h2 id="foretagare">För dig som företagare</h2><p>Tillstånd, rådgivning och etablering samlas hos '
        f'<a href="{SFF}">Servicecenter för företag</a>.</p>')}
    css = ("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif}.navbar{background:#0d3b66}.navbar a{color:#fff}"
           ".dropdown-menu{display:none}.dropdown:hover .dropdown-menu{display:block}"
           ".dropdown-menu a{color:#0d3b66}.top-links{font-size:.85rem;background:#f1f4f8}"
           ".bg-hero{background:#faf0ca;padding:3rem 0}.card{border:1px solid #dee2e6;border-radius:.375rem;padding:1rem}"
           "footer.bg-dark{background:#212529;color:#fff;padding:2rem 0}footer a{color:#fff}"
           ".cookie-bar{position:fixed;bottom:0;left:0;right:0;background:#fff;padding:1rem;border-top:1px solid #ccc}")

    def header(self) -> str:
        items = []
        for i, (title, href, subs) in enumerate(self.nav(), 1):
            sub = list(subs)
            if href == "/naringsliv-och-arbete/":
                sub.insert(1, ("Servicecenter för företag", self.SFF))
            lis = "".join(f'<li><a class="dropdown-item" href="{h}">{esc(t)}</a></li>' for t, h in sub)
            items.append(
                f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{href}" id="dd{i}" role="button" '
                f'data-bs-toggle="dropdown" aria-expanded="false">{esc(title)}</a>'
                f'<ul class="dropdown-menu" aria-labelledby="dd{i}">{lis}</ul></li>')
        phone_icon = '<svg width="18" height="18" viewBox="0 0 16 16" aria-hidden="true"><path d="M3 1h3l1 4-2 1a9 9 0 0 0 5 5l1-2 4 1v3a2 2 0 0 1-2 2A13 13 0 0 1 1 3a2 2 0 0 1 2-2z"/></svg>'
        return (
            '<div class="top-links"><div class="container d-flex justify-content-end gap-3 py-1">'
            '<button class="btn btn-link btn-sm" type="button">Lyssna</button>'
            '<a href="/tillganglighet/#lattlast">Lättläst</a><a href="/in-english/" lang="en">In English</a>'
            f'<a href="/kontakt/" aria-label="Kontakta kommunen">{phone_icon}</a></div></div>\n'
            '<header class="container py-3 d-flex align-items-center justify-content-between">'
            '<a class="navbar-brand fs-3" href="/"><img src="/static/img/odevall-vapen.svg" alt="Ödevalls kommunvapen" width="40" height="48"> '
            "Ödevalls kommun</a>"
            '<form class="d-flex" role="search" action="/sok/" method="get"><input class="form-control me-2" type="search" name="q" '
            'placeholder="Sök" aria-label="Sök"><button class="btn btn-outline-primary" type="submit">Sök</button></form></header>\n'
            '<nav class="navbar navbar-expand-lg" aria-label="Huvudmeny"><div class="container">'
            '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#huvudmeny" '
            'aria-controls="huvudmeny" aria-expanded="false" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>'
            f'<div class="collapse navbar-collapse" id="huvudmeny"><ul class="navbar-nav me-auto">{"".join(items)}'
            '<li class="nav-item"><a class="nav-link" href="/kontakt/">Kontakt</a></li></ul></div></div></nav>\n')

    assets: ClassVar[dict] = {"/static/img/odevall-vapen.svg":
              '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="48"><path d="M0 0h40v30a20 18 0 0 1-40 0z" fill="#0d3b66"/></svg>\n',
              "/static/img/kommunhuset.svg":
              '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="320"><rect width="480" height="320" fill="#e9dcc0"/>'
              '<rect x="140" y="90" width="200" height="170" fill="#b08d57"/></svg>\n'}

    def footer(self) -> str:
        return (
            '<footer class="bg-dark mt-5"><div class="container"><div class="row">'
            '<div class="col-md-4"><h2 class="h5">Ödevalls kommun</h2><p>Kyrkogatan 10<br>999 38 Ödevall<br>Växel 031-390 06 80<br>'
            '<a href="mailto:kommun@odevall.se">kommun@odevall.se</a><br>Org.nr 212000-9365</p></div>'
            '<div class="col-md-4"><h2 class="h5">Kommunens bolag</h2><p>Ödevallsbostäder AB – kundcenter 031-390 06 70<br>'
            "Ödevall Vatten AB:s kundtjänst 031-390 06 75 (vatten, avlopp och renhållning)</p></div>"
            '<div class="col-md-4"><h2 class="h5">Om webbplatsen</h2><ul class="list-unstyled">'
            '<li><a href="/tillganglighet/">Tillgänglighetsredogörelse</a></li><li><a href="/kakor/">Kakor</a></li>'
            '<li><a href="/nyheter/">Nyheter</a></li></ul></div></div></div></footer>\n'
            f'<div class="cookie-bar" role="dialog" aria-label="Kakor"><div class="container">{COOKIE} '
            '<a href="/kakor/">Läs mer</a> <button class="btn btn-primary btn-sm" type="button">Jag förstår</button></div></div>\n')

    def doc(self, title: str, inner: str) -> str:
        return ('<!doctype html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                f"<title>{esc(title)}</title>\n<style>{self.css}</style>\n</head>\n<body>\n"
                + self.header() + inner + self.footer() + "</body>\n</html>\n")

    def wrap(self, pg: Page) -> str:
        crumbs = "".join(f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>' for t, h in pg.crumbs)
        inner = ('<main class="container my-4">'
                 f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{crumbs}'
                 f'<li class="breadcrumb-item active" aria-current="page">{esc(pg.h1)}</li></ol></nav>'
                 f'<div class="row"><div class="col-lg-8"><h1>{esc(pg.h1)}</h1>\n{pg.body}\n</div></div></main>\n')
        return self.doc(self.title_of(pg), inner)

    def front(self) -> str:
        news = "".join(f'<div class="col-md-4"><div class="card h-100"><div class="card-body"><h3 class="card-title h5">'
                       f'<a href="{self.news_p(s)}" class="stretched-link">{esc(t)}</a></h3><p class="text-muted small">{d}</p>'
                       f'<p class="card-text">{esc(lead)}</p></div></div></div>' for s, d, t, lead, _ in self.news())
        eserv = "".join(f'<li class="list-group-item"><a href="/e-tjanster/#{a}">{esc(t)}</a></li>' for a, t in ESERVICES)
        events = "".join(f'<li class="list-group-item">{d} {esc(t)}</li>' for d, t in EVENTS)
        inner = (
            '<main>\n<section class="bg-hero"><div class="container"><div class="row align-items-center">'
            '<div class="col-md-7"><h1 class="display-5">Välkommen till Ödevall</h1><p class="lead">Kust, kultur och '
            'närhet. Här hittar du kommunens service och e-tjänster.</p>'
            '<a class="btn btn-primary btn-lg" href="/e-tjanster/">Till e-tjänsterna</a></div>'
            '<div class="col-md-5"><img class="img-fluid rounded" src="/static/img/kommunhuset.svg" alt="Receptionen i Ödevalls kommunhus"></div>'
            "</div></div></section>\n"
            f'<section class="container my-4"><h2>Nyheter</h2><div class="row g-3">{news}</div>'
            '<p class="mt-2"><a href="/nyheter/">Fler nyheter</a></p></section>\n'
            '<section class="container my-4"><div class="row g-3">'
            f'<div class="col-md-4"><h2 class="h4">E-tjänster</h2><ul class="list-group">{eserv}</ul></div>'
            f'<div class="col-md-4"><h2 class="h4">Evenemang</h2><ul class="list-group">{events}</ul></div>'
            f'<div class="col-md-4"><h2 class="h4">Driftinformation</h2><p>{esc(DRIFT)}</p></div></div></section>\n</main>\n')
        return self.doc("Ödevalls kommun", inner)

    def kontakt_body(self) -> str:
        return super().kontakt_body() + (
            "<h2>Växelns öppettider</h2><p>Växeln har öppet vardagar 08.00–16.30 och kopplar dig vidare till rätt "
            "verksamhet. Lunchstängt 12.00–12.45.</p>")

    def kontakt_h1(self) -> str:
        return "Kontakt"

    def special_pages(self) -> list[Page]:
        body = (
            '<p class="lead">Servicecenter för företag är en väg in för dig som driver eller vill starta företag i Ödevall.</p>\n'
            "<p>Vi hjälper dig med tillstånd för servering och livsmedel, bygglov för verksamhetslokaler, "
            "tomter i industriområdena och kontakter med andra myndigheter.</p>\n"
            "<h2>Kontakt</h2>\n<p>Telefon 031-390 06 85<br>E-post foretag@odevall.se<br>Vardagar 08.00–16.00</p>\n"
            "<p>Enhetschef för Servicecenter för företag: Jon Fält</p>\n")
        return [Page(self.SFF, "Servicecenter för företag", body,
                     [("Start", "/"), ("Näringsliv och arbete", "/naringsliv-och-arbete/")])]

    def hits(self) -> dict[str, list[str]]:
        return {"servicecenter": [self.SFF], "servicekontor": ["/nyheter/statligt-servicekontor/"],
                "företag": [self.SFF]}


# ============================================================================
# 9366 Myrhälla: Liferay DXP (portlet-boundary, /web/guest/ paths, lfr-nav), / 302 ->
# /web/guest/start. Top-level "Kontakt" is a landing page with cards; the unit page
# Invånarservice is one click behind it, so no front-page entrance.
# ============================================================================
class Myrhalla(Site):
    code, kommun, gen, dom = "9366", "Myrhälla", "Myrhälla", "myrhalla.se"
    lan_kod, lan, family = "25", "Norrbottens län", "liferay"
    vaxel, vaxel_intl = "0980-319 280", "+46 980 319 280"
    street, zip, orgnr = "Myrvägen 1", "999 49", "212000-9366"
    front_path = "/web/guest/start"
    redirects: ClassVar[dict] = {"/": ["/web/guest/start", 302]}
    areas: ClassVar[list] = [("barn", "Utbildning"), ("omsorg", "Omsorg och stöd"),
             ("bygga", "Bygga och bo"), ("trafik", "Trafik och gator"),
             ("kultur", "Kultur och fritid"), ("naring", "Näringsliv och arbete"),
             ("kommun", "Kommun och politik")]
    news_slugs: ClassVar[list] = ["vagarbete", "foreningsbidrag", "kulturskolan"]
    search_path = "/web/guest/sok"
    paths: ClassVar[dict] = {"nyheter": "nyheter", "etjanster": "e-tjanster", "kontakt": "kontakt",
             "tillganglighet": "tillganglighet", "kakor": "kakor", "english": "in-english"}
    css = ("body{margin:0;font-family:'Source Sans 3',sans-serif}#banner{display:flex;align-items:center;justify-content:space-between;padding:1rem 2rem}"
           ".portlet-boundary{margin-bottom:1rem}#navigation>ul{display:flex;list-style:none;margin:0;padding:0 2rem;background:#3c2a4d}"
           ".lfr-nav-item{position:relative;padding:.7rem 1rem}.lfr-nav-item>a{color:#fff}"
           ".child-menu{display:none;position:absolute;background:#fff;list-style:none;padding:.5rem 1rem;min-width:14rem}"
           ".lfr-nav-item:hover .child-menu{display:block}.top-utility{background:#ece6f2;font-size:.85rem;padding:.3rem 2rem}"
           ".hero-banner{background:#d7cce3;padding:2.5rem 2rem}.card-row{display:flex;gap:1rem}.card-row .card{flex:1;border:1px solid #ccc;padding:1rem}"
           "#footer{background:#2a1d36;color:#fff;padding:2rem}#footer a{color:#fff}"
           ".cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#fff;padding:1rem;border-top:2px solid #3c2a4d}")

    def p(self, slug: str) -> str:
        return f"/web/guest/{slug}"

    def news_p(self, slug: str) -> str:
        return f"/web/guest/nyheter/{slug}"

    def header(self) -> str:
        items = []
        for title, href, subs in self.nav():
            lis = "".join(f'<li class="lfr-nav-item" role="presentation"><a href="{h}" role="menuitem">{esc(t)}</a></li>'
                          for t, h in subs)
            items.append(f'<li class="lfr-nav-item" role="presentation"><a aria-haspopup="true" href="{href}" role="menuitem">'
                         f'<span>{esc(title)}</span></a><ul class="child-menu" role="menu">{lis}</ul></li>')
        items.append('<li class="lfr-nav-item" role="presentation"><a href="/web/guest/kontakt" role="menuitem"><span>Kontakt</span></a></li>')
        return (
            '<div class="top-utility"><a href="/web/guest/tillganglighet#lyssna">Lyssna</a> · '
            '<a href="/web/guest/tillganglighet#lattlast">Lättläst</a> · <a href="/web/guest/in-english" lang="en">In English</a></div>\n'
            '<header id="banner" role="banner"><div id="heading"><div class="site-title"><a class="logo custom-logo" href="/web/guest/start" '
            'title="Gå till Myrhälla kommun"><span class="site-name">Myrhälla kommun</span></a></div></div>'
            '<div class="portlet-boundary portlet-boundary_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_">'
            '<form action="/web/guest/sok" method="get"><label for="kw" class="sr-only">Sök</label>'
            '<input id="kw" name="q" type="text" placeholder="Sök"><button type="submit">Sök</button></form></div></header>\n'
            '<nav class="sort-pages modify-pages" id="navigation" role="navigation">'
            f'<ul aria-label="Webbplatssidor" role="menubar">{"".join(items)}</ul></nav>\n')

    def footer(self) -> str:
        return (
            '<footer id="footer" role="contentinfo"><div class="row">'
            '<div class="col"><p><strong>Myrhälla kommun</strong><br>Myrvägen 1, 999 49 Myrhälla<br>Växel 0980-319 280<br>'
            '<a href="mailto:kommun@myrhalla.se">kommun@myrhalla.se</a><br>Org.nr 212000-9366</p></div>'
            '<div class="col"><ul><li><a href="/web/guest/nyheter">Nyheter</a></li><li><a href="/web/guest/e-tjanster">E-tjänster</a></li>'
            '<li><a href="/web/guest/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/web/guest/kakor">Kakor</a></li></ul></div>'
            '<div class="col"><p class="powered-by">Webbplatsen drivs med Liferay</p></div></div></footer>\n'
            f'<div class="cookie-banner"><p>{COOKIE}</p><button type="button">Acceptera alla</button> '
            '<a href="/web/guest/kakor">Inställningar</a></div>\n')

    def doc(self, title: str, inner: str) -> str:
        return ('<!DOCTYPE html>\n<html class="ltr" dir="ltr" lang="sv-SE">\n<head>\n'
                '<meta content="text/html; charset=UTF-8" http-equiv="content-type">\n'
                f"<title>{esc(title)}</title>\n<style>{self.css}</style>\n</head>\n"
                '<body class="controls-visible yui3-skin-sam signed-out public-page site">\n'
                '<div class="container-fluid" id="wrapper">\n' + self.header()
                + '<section id="content"><h2 class="hide-accessible sr-only" role="heading" aria-level="1">Innehåll</h2>\n'
                + inner + "</section>\n" + self.footer() + "</div>\n</body>\n</html>\n")

    def title_of(self, pg: Page) -> str:
        return pg.title or f"{pg.h1} - Myrhälla kommun"

    def portlet(self, inner: str, kind: str = "com_liferay_journal_content_web_portlet_JournalContentPortlet") -> str:
        return (f'<div class="portlet-boundary portlet-boundary_{kind}_ portlet-static portlet-borderless">'
                f'<div class="portlet-content"><div class="journal-content-article">{inner}</div></div></div>\n')

    def wrap(self, pg: Page) -> str:
        crumbs = "".join(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{h}">{esc(t)}</a></li>' for t, h in pg.crumbs)
        inner = (self.portlet(f'<ol class="breadcrumb">{crumbs}</ol>', "com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet")
                 + self.portlet(f"<h1>{esc(pg.h1)}</h1>\n{pg.body}"))
        return self.doc(self.title_of(pg), inner)

    def front(self) -> str:
        news = "".join(f'<div class="card"><h3><a href="{self.news_p(s)}">{esc(t)}</a></h3><p class="date">{d}</p><p>{esc(lead)}</p></div>'
                       for s, d, t, lead, _ in self.news())
        eserv = "".join(f'<li><a href="/web/guest/e-tjanster#{a}">{esc(t)}</a></li>' for a, t in ESERVICES)
        events = "".join(f"<li>{d} – {esc(t)}</li>" for d, t in EVENTS)
        inner = (
            self.portlet('<div class="hero-banner"><h1>Välkommen till Myrhälla</h1><p>Myrar, fjäll och midnattssol.</p>'
                         '<div class="card-row"><div class="card"><a href="/web/guest/utbildning#forskola">Förskola</a></div>'
                         '<div class="card"><a href="/web/guest/bygga-och-bo#avfall">Sophämtning</a></div>'
                         '<div class="card"><a href="/web/guest/trafik-och-gator#snorojning">Snöröjning</a></div></div></div>')
            + self.portlet(f'<h2>Nyheter</h2><div class="card-row">{news}</div><p><a href="/web/guest/nyheter">Fler nyheter</a></p>',
                           "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_nyheter")
            + self.portlet(f"<h2>E-tjänster</h2><ul>{eserv}</ul><h2>Evenemang</h2><ul>{events}</ul>"
                           f"<h2>Driftinformation</h2><p>{esc(DRIFT)}</p>"))
        return self.doc("Start - Myrhälla kommun", inner)

    def kontakt_h1(self) -> str:
        return "Kontakt"

    def kontakt_body(self) -> str:
        cards = [("/web/guest/invanarservice", "Invånarservice", "Frågor om kommunens verksamheter"),
                 ("/web/guest/trafik-och-gator#felanmalan", "Felanmälan", "Gator, belysning och parker"),
                 ("/web/guest/kommun-och-politik#synpunkter", "Synpunkter", "Beröm, klagomål och förslag"),
                 ("/web/guest/kommun-och-politik#allmanna-handlingar", "Registrator", "Allmänna handlingar")]
        c = "".join(f'<div class="card"><a href="{h}"><strong>{esc(t)}</strong></a><p>{esc(x)}</p></div>' for h, t, x in cards)
        return f'<p>Välj vad du vill ha hjälp med.</p><div class="card-row">{c}</div>' + super().kontakt_body()

    def special_pages(self) -> list[Page]:
        body = (
            "<p>Invånarservice hjälper dig med frågor om förskola och skola, äldreomsorg, bygglov, avfall och "
            "vatten, och vi tar emot felanmälningar och synpunkter. Det mesta kan vi lösa direkt.</p>\n"
            "<h2>Så når du oss</h2>\n<ul><li>Telefon 0980-319 230 (vardagar 08.00–16.30)</li>\n"
            "<li>E-post invanarservice@myrhalla.se</li>\n"
            '<li><button type="button" class="btn btn-chat">Starta chatt</button></li></ul>\n'
            "<h2>Samhällsvägledare</h2>\n<p>Hos Invånarservice arbetar fem samhällsvägledare. De kan svara på "
            "frågor på svenska, finska, meänkieli och engelska.</p>\n")
        return [Page("/web/guest/invanarservice", "Invånarservice", body,
                     [("Start", "/web/guest/start"), ("Kontakt", "/web/guest/kontakt")])]

    def hits(self) -> dict[str, list[str]]:
        return {"invånarservice": ["/web/guest/invanarservice"], "invanarservice": ["/web/guest/invanarservice"],
                "kontakt": ["/web/guest/kontakt"]}
