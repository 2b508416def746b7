"""blind33 sites 9357-9361 (see README.md for what each one tests)."""
from __future__ import annotations

from typing import ClassVar

from base import Page, Site
from common import DRIFT, ESERVICES, EVENTS, esc

COOKIE = ("Vi använder kakor för att webbplatsen ska fungera och för att förbättra den. "
          "Du väljer själv om du godkänner statistikkakor.")


# ============================================================================
# 9357 Hasselvik: Optimizely (Episerver) with HTML5 landmarks, BEM classes,
# dropdown sub-menus behind toggle buttons. Entrance: the SECOND box of the hero.
# ============================================================================
class Hasselvik(Site):
    code, kommun, gen, dom = "9357", "Hasselvik", "Hasselviks", "hasselvik.se"
    lan_kod, lan, family = "01", "Stockholms län", "optimizely"
    vaxel, vaxel_intl = "08-465 004 00", "+46 8 465 004 00"
    street, zip, orgnr = "Stortorget 1", "999 31", "212000-9357"
    areas: ClassVar[list] = [("barn", "Barn och utbildning"), ("omsorg", "Omsorg och stöd"),
             ("bygga", "Bygga, bo och miljö"), ("trafik", "Trafik och infrastruktur"),
             ("kultur", "Kultur och fritid"), ("naring", "Näringsliv och arbete"),
             ("kommun", "Kommun och politik"), ("trygghet", "Trygghet och säkerhet")]
    paths: ClassVar[dict] = {"nyheter": "nyheter", "etjanster": "e-tjanster", "kontakt": "kontakta-oss",
             "tillganglighet": "om-webbplatsen/tillganglighet", "kakor": "om-webbplatsen/kakor",
             "english": "in-english"}
    css = ("body{font-family:'Source Sans Pro',Arial,sans-serif;margin:0;color:#1b1b1b}"
           ".visually-hidden{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden}"
           ".site-header__tools{background:#0b3d5c;color:#fff;font-size:.9rem}"
           ".tools-list{display:flex;gap:1rem;list-style:none;margin:0;padding:.3rem 2rem}"
           ".tools-list a,.tools-list button{color:#fff;background:none;border:0}"
           ".site-header__main{display:flex;justify-content:space-between;padding:1rem 2rem}"
           ".main-nav__list{display:flex;flex-wrap:wrap;list-style:none;margin:0;padding:0 2rem;border-top:1px solid #ddd}"
           ".main-nav__item{position:relative;padding:.6rem .8rem}"
           ".main-nav__sub{position:absolute;background:#fff;box-shadow:0 2px 6px #0003;list-style:none;padding:.5rem 1rem}"
           ".hero{background:#e8f1f6;padding:2rem}.hero__boxes{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}"
           ".hero-box{background:#fff;padding:1.25rem;border-radius:4px}.hero-box--secondary{border-top:4px solid #c8102e}"
           ".block-area{padding:1.5rem 2rem}.teaser-list{display:grid;grid-template-columns:repeat(3,1fr);gap:1rem;list-style:none;padding:0}"
           ".site-footer{background:#0b3d5c;color:#fff;padding:2rem;display:grid;grid-template-columns:repeat(3,1fr)}"
           ".site-footer a{color:#fff}.cookie-consent{position:fixed;bottom:0;background:#fff;padding:1rem;border-top:2px solid #0b3d5c}"
           "table.table{border-collapse:collapse}table.table th,table.table td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}")

    def head(self, title: str) -> str:
        return (f'<!DOCTYPE html>\n<html lang="sv" class="no-js">\n<head>\n<meta charset="utf-8">\n'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                f"<title>{esc(title)}</title>\n<style>{self.css}</style>\n</head>\n")

    def header(self) -> str:
        items = []
        for i, (title, href, subs) in enumerate(self.nav(), 1):
            sub = "\n".join(f'<li class="main-nav__subitem"><a href="{h}">{esc(t)}</a></li>' for t, h in subs)
            items.append(
                f'<li class="main-nav__item"><a class="main-nav__link" href="{href}">{esc(title)}</a>'
                f'<button class="main-nav__toggle" type="button" aria-expanded="false" aria-controls="sub-{i}">'
                f'<span class="visually-hidden">Visa undersidor till {esc(title)}</span></button>\n'
                f'<ul class="main-nav__sub" id="sub-{i}" hidden>\n{sub}\n</ul></li>')
        nav = "\n".join(items)
        return (
            '<a class="skip-link visually-hidden" href="#main-content">Gå direkt till innehållet</a>\n'
            '<header class="site-header">\n<div class="site-header__tools"><ul class="tools-list">'
            '<li><button type="button" class="js-readspeaker">Lyssna</button></li>'
            '<li><a href="/om-webbplatsen/tillganglighet/#lattlast">Lättläst</a></li>'
            '<li><a href="/om-webbplatsen/tillganglighet/#teckensprak">Teckenspråk</a></li>'
            '<li><a href="/in-english/" lang="en">In English</a></li></ul></div>\n'
            '<div class="site-header__main"><a class="site-logo" href="/" rel="home">'
            '<span class="site-logo__mark" aria-hidden="true">&#9875;</span> Hasselviks kommun</a>\n'
            '<form class="site-search" action="/sok/" method="get" role="search">'
            '<label for="q" class="visually-hidden">Sök på webbplatsen</label>'
            '<input id="q" name="q" type="search" placeholder="Vad letar du efter?">'
            '<button type="submit">Sök</button></form></div>\n'
            f'<nav class="main-nav" aria-label="Huvudmeny"><ul class="main-nav__list">\n{nav}\n</ul></nav>\n'
            "</header>\n")

    def footer(self) -> str:
        return (
            '<footer class="site-footer">\n'
            '<div class="site-footer__col"><h2>Hasselviks kommun</h2><p>Kommunhuset<br>Stortorget 1<br>'
            "999 31 Hasselvik</p><p>Organisationsnummer 212000-9357</p></div>\n"
            '<div class="site-footer__col"><h2>Kontakta oss</h2><p>Växel: 08-465 004 00<br>'
            'E-post: <a href="mailto:kommun@hasselvik.se">kommun@hasselvik.se</a></p>'
            '<ul><li><a href="/kontaktcenter/">Kontaktcenter</a></li>'
            '<li><a href="/kontakta-oss/">Fler kontaktvägar</a></li></ul></div>\n'
            '<div class="site-footer__col"><h2>Om webbplatsen</h2><ul>'
            '<li><a href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a></li>'
            '<li><a href="/om-webbplatsen/kakor/">Kakor och personuppgifter</a></li></ul></div>\n'
            "</footer>\n"
            f'<div class="cookie-consent" id="cookieConsent" role="dialog" aria-label="Kakor"><p>{COOKIE} '
            '<a href="/om-webbplatsen/kakor/">Läs mer om kakor</a></p>'
            '<button type="button">Godkänn alla</button> <button type="button">Endast nödvändiga</button></div>\n'
            '<script>document.documentElement.classList.remove("no-js");'
            'document.querySelectorAll(".main-nav__toggle").forEach(function(b){b.addEventListener("click",function(){'
            'var s=document.getElementById(b.getAttribute("aria-controls"));s.hidden=!s.hidden;'
            'b.setAttribute("aria-expanded",String(!s.hidden));});});</script>\n')

    def wrap(self, pg: Page) -> str:
        crumbs = " ".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in pg.crumbs)
        return (self.head(self.title_of(pg)) + '<body class="page-standard">\n' + self.header()
                + '<main id="main-content" class="main-content">\n'
                f'<nav class="breadcrumbs" aria-label="Brödsmulor"><ol>{crumbs}<li aria-current="page">{esc(pg.h1)}</li></ol></nav>\n'
                f'<article class="page-content"><h1>{esc(pg.h1)}</h1>\n{pg.body}\n</article>\n</main>\n'
                + self.footer() + "</body>\n</html>\n")

    def front(self) -> str:
        news = "\n".join(
            f'<li class="teaser"><article><h3 class="teaser__title"><a href="{self.news_p(s)}">{esc(t)}</a></h3>'
            f'<time datetime="{d}">{d}</time><p>{esc(lead)}</p></article></li>'
            for s, d, t, lead, _ in self.news())
        eserv = "\n".join(f'<li><a href="/e-tjanster/#{a}">{esc(t)}</a></li>' for a, t in ESERVICES)
        events = "\n".join(f"<li><span class=\"event__date\">{d}</span> {esc(t)}</li>" for d, t in EVENTS)
        main = (
            '<main id="main-content" class="start-page">\n'
            '<section class="hero" aria-labelledby="hero-title">\n'
            '<h1 id="hero-title" class="hero__title">Välkommen till Hasselviks kommun</h1>\n'
            '<p class="hero__intro">Här hittar du information om kommunens service, e-tjänster och vad som händer i Hasselvik.</p>\n'
            '<div class="hero__boxes">\n'
            '<div class="hero-box hero-box--primary"><h2 class="hero-box__title">Ansök om plats i förskola</h2>'
            "<p>Ansökan till förskola och fritidshem gör du i e-tjänsten. Det tar ungefär tio minuter och du "
            "loggar in med BankID.</p>"
            '<a class="hero-box__link" href="/e-tjanster/#forskoleplats">Till e-tjänsten</a></div>\n'
            '<div class="hero-box hero-box--secondary"><h2 class="hero-box__title">Kontaktcenter</h2>'
            "<p>Har du frågor om kommunens verksamheter? Ring, mejla eller besök oss – vi hjälper dig vidare.</p>"
            '<a class="hero-box__link" href="/kontaktcenter/">Så når du oss</a></div>\n'
            "</div>\n</section>\n"
            f'<section class="block-area block-area--news"><h2>Nyheter</h2><ul class="teaser-list">\n{news}\n</ul>'
            '<p><a href="/nyheter/">Alla nyheter</a></p></section>\n'
            f'<section class="block-area block-area--services"><h2>Populära e-tjänster</h2><ul>\n{eserv}\n</ul></section>\n'
            f'<section class="block-area block-area--events"><h2>Evenemang</h2><ul>\n{events}\n</ul></section>\n'
            '<section class="block-area block-area--jobs"><h2>Jobba hos oss</h2><p>Vi söker lärare, '
            'undersköterskor och en VA-ingenjör. <a href="/naringsliv-och-arbete/#lediga-jobb">Se lediga jobb</a></p></section>\n'
            f'<section class="block-area block-area--ops"><h2>Driftinformation</h2><p>{esc(DRIFT)}</p></section>\n'
            "</main>\n")
        return (self.head("Hasselviks kommun") + '<body class="page-start">\n' + self.header() + main
                + self.footer() + "</body>\n</html>\n")

    def special_pages(self) -> list[Page]:
        body = (
            '<p class="preamble">Kontaktcenter är din väg in till Hasselviks kommun. Vi svarar på dina frågor '
            "direkt när vi kan och ser annars till att du får kontakt med rätt handläggare.</p>\n"
            "<h2>Det här kan vi hjälpa dig med</h2>\n<ul>\n"
            "<li>ansökan om plats i förskola och fritidshem</li>\n"
            "<li>skolskjuts och skolval</li>\n"
            "<li>avgifter för vatten, avlopp och sophämtning</li>\n"
            "<li>parkeringstillstånd och felanmälan av gator och gatubelysning</li>\n"
            "<li>bokning av lokaler och idrottshallar</li>\n"
            "<li>allmänna frågor om bygglov och hur du ansöker</li>\n</ul>\n"
            "<h2>Så når du oss</h2>\n"
            '<p>Telefon: <a href="tel:+46846500410">08-465 004 10</a><br>\n'
            'E-post: <a href="mailto:kontaktcenter@hasselvik.se">kontaktcenter@hasselvik.se</a></p>\n'
            '<table class="table"><caption>Telefontider</caption>\n'
            "<tr><th scope=\"row\">Måndag–torsdag</th><td>08.00–16.30</td></tr>\n"
            "<tr><th scope=\"row\">Fredag</th><td>08.00–15.00</td></tr>\n"
            "<tr><th scope=\"row\">Lunch</th><td>Stängt 12.00–12.45</td></tr>\n</table>\n"
            "<h2>Besök oss</h2>\n<p>Kontaktcenter finns i entrén till kommunhuset, Stortorget 1. Du är välkommen "
            "måndag–fredag 09.00–15.00. Vill du träffa en handläggare kan vi boka en tid åt dig.</p>\n"
            '<div class="contact-card"><h2>Ansvarig</h2><p>Enhetschef för Kontaktcenter: Helena Sjöqvist</p></div>\n')
        return [Page("/kontaktcenter/", "Kontaktcenter", body, [("Startsida", "/")])]

    def kontakt_body(self) -> str:
        return super().kontakt_body() + (
            '<h2>Frågor om kommunens verksamheter</h2><p>Har du frågor om till exempel förskola, avgifter '
            'eller felanmälan kan du vända dig till <a href="/kontaktcenter/">Kontaktcenter</a>.</p>')

    def hits(self) -> dict[str, list[str]]:
        return {"kontaktcenter": ["/kontaktcenter/"], "kontakt center": ["/kontaktcenter/"],
                "kontaktcentret": ["/kontaktcenter/"], "bygglov": ["/bygga-bo-och-miljo/"]}


# ============================================================================
# 9358 Sjövreta: Sitevision (sv-layout/sv-portlet, "sol-" theme classes), mega-menu
# panels (hidden) whose columns have link headings. The unit is the SECOND item
# under the column heading "Service och kontakt" of the "Kommun och politik" panel.
# ============================================================================
class Sjovreta(Site):
    code, kommun, gen, dom = "9358", "Sjövreta", "Sjövreta", "sjovreta.se"
    lan_kod, lan, family = "14", "Västra Götalands län", "sitevision"
    vaxel, vaxel_intl = "031-390 06 00", "+46 31 390 06 00"
    street, zip, orgnr = "Kungsgatan 12", "999 52", "212000-9358"
    areas: ClassVar[list] = [("barn", "Förskola och skola"), ("omsorg", "Vård och omsorg"),
             ("bygga", "Bo, bygga och miljö"), ("trafik", "Trafik och gator"),
             ("kultur", "Uppleva och göra"), ("naring", "Arbete och näringsliv"),
             ("kommun", "Kommun och politik")]
    news_slugs: ClassVar[list] = ["budget-2026", "bibliotek", "kulturskolan"]
    search_path, search_param = "/sok.html", "query"
    paths: ClassVar[dict] = {"nyheter": "nyheter", "etjanster": "e-tjanster", "kontakt": "kontakta-oss",
             "tillganglighet": "om-webbplatsen/tillganglighetsredogorelse",
             "kakor": "om-webbplatsen/kakor", "english": "in-english"}
    area_extra: ClassVar[dict] = {"kommun": (
        '<div class="sv-text-portlet"><h2 class="subheading" id="service-och-kontakt">Service och kontakt</h2>'
        "<p>Lämna en synpunkt, begär ut allmänna handlingar eller vänd dig till "
        '<a href="/kommun-och-politik/servicecenter.html">Servicecenter</a> med dina frågor om kommunens '
        "verksamheter.</p></div>")}
    css = ("body{margin:0;font-family:Lato,Arial,sans-serif}.sol-top-bar{background:#2f4f2f;color:#fff;font-size:.85rem}"
           ".sol-top-bar ul{display:flex;gap:1.2rem;list-style:none;margin:0;padding:.3rem 1.5rem}.sol-top-bar a{color:#fff}"
           ".sol-header{display:flex;align-items:center;justify-content:space-between;padding:1rem 1.5rem}"
           ".sol-mega-menu__top{display:flex;list-style:none;margin:0;padding:0 1.5rem;background:#f3f6f3}"
           ".sol-mega-menu__btn{background:none;border:0;font:inherit;padding:.8rem 1rem;cursor:pointer}"
           ".sol-mega-menu__panel{position:absolute;left:0;right:0;background:#fff;display:grid;grid-template-columns:repeat(3,1fr);padding:1.5rem}"
           ".sol-mega-menu__panel[hidden]{display:none}.sol-mega-menu__heading{font-size:1.05rem;margin:0 0 .4rem}"
           ".sol-mega-menu__col ul{list-style:none;padding:0}.sol-startpage-top{background:#dfe9df;padding:2rem 1.5rem}"
           ".sol-puff{display:inline-block;width:30%;vertical-align:top;background:#fff;margin:.5rem;padding:1rem}"
           ".sol-footer{background:#2f4f2f;color:#fff;padding:2rem 1.5rem}.sol-footer a{color:#fff}"
           ".sv-cookie-consent-banner{position:fixed;bottom:0;left:0;right:0;background:#fff;padding:1rem;border-top:1px solid #999}")

    def p(self, slug: str) -> str:
        return f"/{slug}.html"

    def news_p(self, slug: str) -> str:
        return f"/nyheter/{slug}.html"

    def section(self, anchor: str, title: str, text: str) -> str:
        return (f'<div class="sv-text-portlet"><h2 class="subheading" id="{anchor}">{esc(title)}</h2>'
                f'<p class="normal">{esc(text)}</p></div>')

    def panel_cols(self, aid: str, subs):
        if aid == "kommun":
            k = "/kommun-och-politik.html"
            return [
                (("Politik och demokrati", f"{k}#politik"),
                 [("Kommunfullmäktige", f"{k}#politik"), ("Nämnder och styrelser", f"{k}#politik"),
                  ("Budget och ekonomi", f"{k}#ekonomi")]),
                (("Service och kontakt", f"{k}#service-och-kontakt"),
                 [("Synpunkter och klagomål", "/kommun-och-politik/synpunkter-och-klagomal.html"),
                  ("Servicecenter", "/kommun-och-politik/servicecenter.html"),
                  ("Allmänna handlingar", f"{k}#allmanna-handlingar"),
                  ("Fakta och statistik", f"{k}#statistik")]),
                (("Organisation", f"{k}#organisation"),
                 [("Förvaltningar", f"{k}#organisation"), ("Kommunala bolag", f"{k}#organisation")]),
            ]
        half = (len(subs) + 1) // 2
        return [(subs[0], subs[1:half]), (subs[half], subs[half + 1:])]

    def header(self) -> str:
        tops = []
        for i, ((aid, _), (title, href, subs)) in enumerate(zip(self.areas, self.nav(), strict=True), 1):
            cols = []
            for (ht, hh), items in self.panel_cols(aid, subs):
                lis = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in items)
                cols.append(f'<div class="sol-mega-menu__col"><h2 class="sol-mega-menu__heading">'
                            f'<a href="{hh}">{esc(ht)}</a></h2><ul>{lis}</ul></div>')
            tops.append(
                f'<li class="sol-mega-menu__item"><button class="sol-mega-menu__btn" type="button" '
                f'aria-expanded="false" aria-controls="sol-mm-{i}">{esc(title)}</button>\n'
                f'<div class="sol-mega-menu__panel" id="sol-mm-{i}" hidden>'
                f'<p class="sol-mega-menu__overview"><a href="{href}">Allt om {esc(title.lower())}</a></p>\n'
                + "\n".join(cols) + "</div></li>")
        return (
            '<div class="sv-layout sol-top-bar" id="svid10_4a1f0c2e18d3"><ul>'
            '<li><a href="/om-webbplatsen/tillganglighetsredogorelse.html#lyssna">Lyssna</a></li>'
            '<li><a href="/om-webbplatsen/tillganglighetsredogorelse.html#lattlast">Lättläst</a></li>'
            '<li><a href="/in-english.html" lang="en">In English</a></li>'
            '<li><a href="/kontakta-oss.html">Kontakta oss</a></li></ul></div>\n'
            '<div class="sv-layout sol-header" id="svid10_4a1f0c2e18d5">'
            '<div class="sv-image-portlet sv-portlet sol-logo"><a href="/"><img src="/images/18.3c1f2a9d17f/sjovreta-logo.svg" '
            'alt="Sjövreta kommun"></a></div>'
            '<div class="sv-portlet sv-searchform-portlet"><form method="get" action="/sok.html" role="search">'
            '<label for="search-q" class="env-assistive-text">Sök</label><input id="search-q" name="query" type="search">'
            '<button type="submit">Sök</button></form></div></div>\n'
            '<div class="sv-layout sol-nav-wrapper"><nav class="sol-mega-menu" aria-label="Huvudmeny">'
            '<ul class="sol-mega-menu__top">\n' + "\n".join(tops) + "\n</ul></nav></div>\n")

    def footer(self) -> str:
        return (
            '<div class="sv-layout sol-footer" id="svid10_4a1f0c2e1901">'
            '<div class="sv-text-portlet"><h2 class="sol-footer__heading">Sjövreta kommun</h2>'
            "<p>Besöksadress: Kungsgatan 12<br>Postadress: 999 52 Sjövreta<br>Växel: 031-390 06 00<br>"
            'E-post: <a href="mailto:kommun@sjovreta.se">kommun@sjovreta.se</a><br>Org.nr: 212000-9358</p></div>'
            '<div class="sv-text-portlet"><h2 class="sol-footer__heading">Genvägar</h2><ul>'
            '<li><a href="/arbete-och-naringsliv.html#lediga-jobb">Lediga jobb</a></li>'
            '<li><a href="/nyheter.html">Nyheter</a></li><li><a href="/e-tjanster.html">E-tjänster</a></li></ul></div>'
            '<div class="sv-text-portlet"><h2 class="sol-footer__heading">Om webbplatsen</h2><ul>'
            '<li><a href="/om-webbplatsen/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></li>'
            '<li><a href="/om-webbplatsen/kakor.html">Kakor</a></li></ul></div></div>\n'
            '<div class="sv-custom-module sv-marketplace-sitevision-cookie-consent"><div class="sv-cookie-consent-banner" '
            f'role="region" aria-label="Kakor"><p>{COOKIE} <a href="/om-webbplatsen/kakor.html">Om kakor</a></p>'
            '<button type="button">Tillåt alla</button><button type="button">Endast nödvändiga</button></div></div>\n'
            '<script>document.querySelectorAll(".sol-mega-menu__btn").forEach(function(b){b.onclick=function(){'
            'var p=document.getElementById(b.getAttribute("aria-controls"));p.hidden=!p.hidden;'
            'b.setAttribute("aria-expanded",String(!p.hidden));};});</script>\n')

    def doc(self, title: str, body: str, tpl: str) -> str:
        return (f'<!DOCTYPE html>\n<html lang="sv" class="sv-no-js sv-template-{tpl}">\n<head>\n'
                f'<meta charset="UTF-8">\n<title>{esc(title)}</title>\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                f"<style>{self.css}</style>\n</head>\n<body class=\"sv-responsive\">\n"
                '<div class="sv-layout" id="svid10_4a1f0c2e18c9">\n' + self.header() + body + self.footer()
                + "</div>\n</body>\n</html>\n")

    def wrap(self, pg: Page) -> str:
        crumbs = " &gt; ".join(f'<a href="{h}">{esc(t)}</a>' for t, h in pg.crumbs)
        body = ('<div class="sv-layout sol-content" id="svid10_4a1f0c2e18f0">'
                f'<div class="sv-portlet sol-breadcrumbs">{crumbs} &gt; <span>{esc(pg.h1)}</span></div>'
                f'<div class="sv-text-portlet sol-article-head"><h1 class="heading">{esc(pg.h1)}</h1></div>\n'
                f"{pg.body}\n</div>\n")
        return self.doc(self.title_of(pg), body, "standardsida")

    def front(self) -> str:
        news = "\n".join(
            f'<li class="sol-news-item"><a href="{self.news_p(s)}"><span class="sol-news-item__title">{esc(t)}</span></a>'
            f'<span class="sol-news-item__date">{d}</span><p>{esc(lead)}</p></li>' for s, d, t, lead, _ in self.news())
        eserv = "".join(f'<li><a href="/e-tjanster.html#{a}">{esc(t)}</a></li>' for a, t in ESERVICES)
        events = "".join(f"<li>{d} – {esc(t)}</li>" for d, t in EVENTS)
        body = (
            '<div class="sv-layout sol-startpage-top" id="svid10_4a1f0c2e18e1">'
            '<div class="sv-text-portlet"><h1 class="heading">Välkommen till Sjövreta kommun</h1>'
            "<p>Vid sjön och skogen, tjugo minuter från stan.</p></div>"
            '<div class="sv-portlet sol-puffar">'
            '<div class="sol-puff"><h2><a href="/forskola-och-skola.html#forskola">Förskola</a></h2><p>Ansök om plats och läs om våra förskolor.</p></div>'
            '<div class="sol-puff"><h2><a href="/bo-bygga-och-miljo.html#avfall">Sophämtning</a></h2><p>Tömningsschema, abonnemang och återvinningscentralen.</p></div>'
            '<div class="sol-puff"><h2><a href="/arbete-och-naringsliv.html#lediga-jobb">Lediga jobb</a></h2><p>Vi söker fler medarbetare till skola och omsorg.</p></div>'
            "</div></div>\n"
            '<div class="sv-layout sol-startpage-news"><div class="sv-portlet"><h2>Aktuellt</h2>'
            f'<ul class="sol-news-list">{news}</ul><p><a href="/nyheter.html">Fler nyheter</a></p></div></div>\n'
            f'<div class="sv-layout sol-startpage-services"><div class="sv-portlet"><h2>E-tjänster</h2><ul>{eserv}</ul></div>'
            f'<div class="sv-portlet"><h2>Evenemang</h2><ul>{events}</ul></div>'
            f'<div class="sv-portlet sol-ops"><h2>Driftstörningar</h2><p>{esc(DRIFT)}</p></div></div>\n')
        return self.doc("Startsida - Sjövreta kommun", body, "startsida")

    def special_pages(self) -> list[Page]:
        home = ("Startsida", "/")
        kp = ("Kommun och politik", "/kommun-och-politik.html")
        sc = (
            '<div class="sv-text-portlet"><p class="lead">Servicecenter är kommunens väg in för dig som har frågor. '
            "Hos oss arbetar sju kommunvägledare som svarar på det mesta direkt.</p></div>\n"
            '<div class="sv-text-portlet"><h2 class="subheading">Vi hjälper dig med</h2>'
            "<p>Vi svarar på frågor om bland annat bygglov, barnomsorg och skola, äldreomsorg, avfall och "
            "vatten. Vi tar också emot felanmälningar och hjälper dig att använda kommunens e-tjänster.</p></div>\n"
            '<div class="sv-text-portlet"><h2 class="subheading">Kontakta Servicecenter</h2>'
            "<p>Telefon 031-390 06 10<br>E-post servicecenter@sjovreta.se</p>"
            "<p>Telefontid vardagar 08.00–17.00, fredagar 08.00–15.00.</p>"
            '<p><button type="button" class="sol-chat-button">Chatta med oss</button> Chatten är öppen vardagar 09.00–15.00.</p></div>\n'
            '<div class="sv-text-portlet"><h2 class="subheading">Lämna en synpunkt</h2>'
            "<p>Vill du lämna beröm, klagomål eller ett förslag? Läs mer under "
            '<a href="/kommun-och-politik/synpunkter-och-klagomal.html">Synpunkter och klagomål</a>.</p></div>\n')
        syn = (
            '<div class="sv-text-portlet"><p class="lead">Dina synpunkter hjälper oss att bli bättre. Du kan lämna '
            "beröm, klagomål och förslag på alla kommunens verksamheter.</p></div>\n"
            '<div class="sv-text-portlet"><h2 class="subheading">Så lämnar du en synpunkt</h2>'
            "<p>Använd formuläret i e-tjänsten eller skicka ett brev till kommunen. Vill du ha svar, skriv "
            "dina kontaktuppgifter. Vi svarar inom tio arbetsdagar.</p></div>\n"
            '<div class="sv-text-portlet"><h2 class="subheading">Hur vi hanterar synpunkterna</h2>'
            "<p>Alla synpunkter registreras och går till den verksamhet som berörs. Varje år sammanställer vi "
            "synpunkterna i en rapport till kommunstyrelsen.</p>"
            "<p>Ansvarig för synpunktshanteringen: Maria Lund, kvalitetsstrateg</p></div>\n")
        return [Page("/kommun-och-politik/servicecenter.html", "Servicecenter", sc, [home, kp]),
                Page("/kommun-och-politik/synpunkter-och-klagomal.html", "Synpunkter och klagomål", syn, [home, kp])]

    assets: ClassVar[dict] = {"/images/18.3c1f2a9d17f/sjovreta-logo.svg":
              '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40"><rect width="160" height="40" fill="#2f4f2f"/>'
              '<text x="10" y="26" fill="#fff" font-size="16">Sjövreta kommun</text></svg>\n'}

    def hits(self) -> dict[str, list[str]]:
        sc = "/kommun-och-politik/servicecenter.html"
        return {"servicecenter": [sc], "service center": [sc], "kundtjänst": [],
                "synpunkter": ["/kommun-och-politik/synpunkter-och-klagomal.html"]}


# ============================================================================
# 9359 Tjärnåsa: Drupal 10 (region-*, block-*, menu--main). Header shortcut row of
# image links whose only text is the img alt ("Medborgarservice"). The service page's
# own content gives the phone only; e-mail, address and hours sit in the site-wide footer.
# ============================================================================
class Tjarnasa(Site):
    code, kommun, gen, dom = "9359", "Tjärnåsa", "Tjärnåsa", "tjarnasa.se"
    lan_kod, lan, family = "25", "Norrbottens län", "drupal"
    vaxel, vaxel_intl = "0980-319 200", "+46 980 319 200"
    street, zip, orgnr = "Storgatan 5", "999 41", "212000-9359"
    areas: ClassVar[list] = [("barn", "Utbildning och barnomsorg"), ("omsorg", "Omsorg och hjälp"),
             ("bygga", "Bygga och bo"), ("trafik", "Trafik och gator"),
             ("kultur", "Kultur och fritid"), ("naring", "Arbete och näringsliv"),
             ("kommun", "Kommun och politik"), ("trygghet", "Trygghet och beredskap")]
    news_slugs: ClassVar[list] = ["vagarbete", "foreningsbidrag", "bibliotek"]
    search_path, search_param = "/search/node", "keys"
    paths: ClassVar[dict] = {"nyheter": "nyheter", "etjanster": "e-tjanster", "kontakt": "kontakt",
             "tillganglighet": "tillganglighetsredogorelse", "kakor": "kakor", "english": "english"}
    ICON = ('<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48">'
            '<circle cx="24" cy="24" r="22" fill="#1d5a8c"/><path d="{d}" fill="#fff"/></svg>\n')
    assets: ClassVar[dict] = {
        "/themes/custom/tjarnasa/logo.svg":
            '<svg xmlns="http://www.w3.org/2000/svg" width="180" height="48"><rect width="180" height="48" fill="#1d5a8c"/></svg>\n',
        "/sites/default/files/ikoner/medborgarservice.svg": ICON.format(d="M14 30a10 10 0 0 1 20 0v4H14z"),
        "/sites/default/files/ikoner/jobb.svg": ICON.format(d="M14 18h20v14H14z"),
        "/sites/default/files/ikoner/felanmalan.svg": ICON.format(d="M22 12h4v16h-4zM22 32h4v4h-4z"),
        "/sites/default/files/ikoner/e-tjanster.svg": ICON.format(d="M14 14h20v20H14z"),
    }
    css = ("body{margin:0;font-family:'Open Sans',sans-serif}.visually-hidden{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;width:1px}"
           ".region-header{display:flex;align-items:center;gap:2rem;padding:1rem 2rem;background:#fff}"
           ".icon-links{display:flex;gap:.75rem;list-style:none;margin:0 0 0 auto;padding:0}"
           ".region-primary-menu .menu--main{display:flex;list-style:none;margin:0;padding:0 2rem;background:#1d5a8c}"
           ".menu--main>li{position:relative;padding:.7rem 1rem}.menu--main>li>a{color:#fff}"
           ".menu--main .menu{display:none;position:absolute;background:#fff;list-style:none;padding:.5rem 1rem}"
           ".menu--main>li:hover .menu{display:block}.region-highlighted{background:#eaf2f8;padding:2rem}"
           ".views-row{border-bottom:1px solid #ddd;padding:.5rem 0}.region-footer{background:#12385a;color:#fff;padding:2rem;display:flex;gap:3rem}"
           ".region-footer a{color:#fff}#sliding-popup{position:fixed;bottom:0;width:100%;background:#12385a;color:#fff}")

    def p(self, slug: str) -> str:
        return f"/{slug}"

    def news_p(self, slug: str) -> str:
        return f"/nyheter/{slug}"

    def header(self) -> str:
        menu = []
        for title, href, subs in self.nav():
            lis = "".join(f'<li class="menu-item"><a href="{h}">{esc(t)}</a></li>' for t, h in subs)
            menu.append(f'<li class="menu-item menu-item--expanded"><a href="{href}">{esc(title)}</a>'
                        f'<ul class="menu">{lis}</ul></li>')
        icons = [("/medborgarservice", "medborgarservice", "Medborgarservice"),
                 ("/arbete-och-naringsliv#lediga-jobb", "jobb", "Lediga jobb"),
                 ("/trafik-och-gator#felanmalan", "felanmalan", "Felanmälan"),
                 ("/e-tjanster", "e-tjanster", "E-tjänster")]
        ic = "\n".join(f'<li><a href="{h}"><img src="/sites/default/files/ikoner/{f}.svg" alt="{a}" '
                       f'width="48" height="48" loading="lazy"></a></li>' for h, f, a in icons)
        return (
            '<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>\n'
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n<div class="layout-container">\n'
            '<header role="banner">\n<div class="region region-header">\n'
            '<div id="block-tjarnasa-branding" class="block block-system block-system-branding-block">'
            '<a href="/" rel="home" class="site-logo"><img src="/themes/custom/tjarnasa/logo.svg" '
            'alt="Tjärnåsa kommun, till startsidan"></a></div>\n'
            '<div class="search-block-form block block-search" id="block-tjarnasa-search" role="search">'
            '<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">'
            '<label for="edit-keys" class="visually-hidden">Sök</label>'
            '<input title="Ange de termer du vill söka efter." type="search" id="edit-keys" name="keys" size="15" maxlength="128">'
            '<input type="submit" value="Sök" class="button"></form></div>\n'
            '<div id="block-genvagar" class="block block-block-content block-block-content--genvagar">'
            f'<h2 class="visually-hidden">Genvägar</h2><ul class="icon-links">\n{ic}\n</ul></div>\n'
            '<div id="block-verktyg" class="block block-block-content"><ul class="tools">'
            '<li><a href="/tillganglighetsredogorelse#lyssna">Lyssna</a></li>'
            '<li><a href="/english" lang="en">English</a></li></ul></div>\n'
            "</div>\n"
            '<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-tjarnasa-main-menu-menu" '
            'id="block-tjarnasa-main-menu"><h2 class="visually-hidden" id="block-tjarnasa-main-menu-menu">Huvudmeny</h2>'
            f'<ul class="menu menu--main">{"".join(menu)}</ul></nav></div>\n</header>\n')

    def footer(self) -> str:
        return (
            '<footer role="contentinfo"><div class="region region-footer">\n'
            '<div id="block-kontakt-sidfot" class="block block-block-content"><h2>Kontakta oss</h2>'
            "<p>Tjärnåsa kommun<br>Medborgarservice<br>Besöksadress: Storgatan 5, Tjärnåsa<br>"
            "Postadress: 999 41 Tjärnåsa</p>"
            '<p>E-post: <a href="mailto:medborgarservice@tjarnasa.se">medborgarservice@tjarnasa.se</a><br>'
            "Växel: 0980-319 200<br>Öppettider: vardagar 08.00–16.00</p>"
            '<p><a href="/kontakt">Fler kontaktuppgifter</a></p></div>\n'
            '<div class="block block-block-content"><h2>Om webbplatsen</h2><ul>'
            '<li><a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li>'
            '<li><a href="/kakor">Kakor</a></li></ul><p>Org.nr 212000-9359</p></div>\n'
            "</div></footer>\n</div>\n</div>\n"
            f'<div id="sliding-popup" class="sliding-popup-bottom"><div class="eu-cookie-compliance-message"><p>{COOKIE}</p></div>'
            '<button type="button" class="agree-button">Jag godkänner</button> '
            '<a href="/kakor" class="find-more-button">Mer information</a></div>\n')

    def doc(self, title: str, bodyclass: str, inner: str) -> str:
        return ('<!DOCTYPE html>\n<html lang="sv" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
                '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
                f"<title>{esc(title)}</title>\n<style>{self.css}</style>\n</head>\n"
                f'<body class="{bodyclass}">\n' + self.header() + inner + self.footer() + "</body>\n</html>\n")

    def wrap(self, pg: Page) -> str:
        crumbs = "".join(f'<li class="breadcrumb__item"><a href="{h}">{esc(t)}</a></li>' for t, h in pg.crumbs)
        inner = ('<main role="main"><a id="main-content" tabindex="-1"></a>\n'
                 '<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">'
                 f'<h2 id="system-breadcrumb" class="visually-hidden">Brödsmulor</h2><ol>{crumbs}</ol></nav></div>\n'
                 '<div class="region region-content"><div id="block-tjarnasa-page-title" class="block block-core block-page-title-block">'
                 f'<h1 class="page-title"><span class="field field--name-title">{esc(pg.h1)}</span></h1></div>\n'
                 '<div id="block-tjarnasa-content" class="block block-system block-system-main-block">'
                 f'<article class="node node--type-page node--view-mode-full"><div class="node__content clearfix">'
                 f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">\n'
                 f"{pg.body}\n</div></div></article></div></div>\n</main>\n")
        return self.doc(self.title_of(pg), f"path-node page-node-type-{pg.kind}", inner)

    def title_of(self, pg: Page) -> str:
        return pg.title or f"{pg.h1} | Tjärnåsa kommun"

    def front(self) -> str:
        rows = "\n".join(
            f'<div class="views-row"><div class="views-field views-field-title"><a href="{self.news_p(s)}">{esc(t)}</a></div>'
            f'<div class="views-field views-field-created">{d}</div><div class="views-field views-field-body">{esc(lead)}</div></div>'
            for s, d, t, lead, _ in self.news())
        eserv = "".join(f'<li><a href="/e-tjanster#{a}">{esc(t)}</a></li>' for a, t in ESERVICES)
        events = "".join(f"<li>{d}: {esc(t)}</li>" for d, t in EVENTS)
        inner = (
            '<main role="main"><a id="main-content" tabindex="-1"></a>\n'
            '<div class="region region-highlighted"><div class="block block-block-content block-hero">'
            '<h1>Välkommen till Tjärnåsa</h1><p>Fjäll, älv och gemenskap – året runt.</p>'
            '<p><a class="button" href="/e-tjanster">Se alla e-tjänster</a></p></div></div>\n'
            '<div class="region region-content">'
            '<div class="block block-views block-views-blocknyheter-block-1"><h2>Nyheter</h2>'
            f'<div class="view view-nyheter view-display-id-block_1"><div class="view-content">\n{rows}\n</div>'
            '<div class="more-link"><a href="/nyheter">Fler nyheter</a></div></div></div>\n'
            f'<div class="block block-block-content"><h2>Populära e-tjänster</h2><ul>{eserv}</ul></div>\n'
            f'<div class="block block-views"><h2>Evenemang</h2><ul>{events}</ul></div>\n'
            f'<div class="block block-block-content block-drift"><h2>Driftinformation</h2><p>{esc(DRIFT)}</p></div>\n'
            "</div>\n</main>\n")
        return self.doc("Tjärnåsa kommun", "path-frontpage page-node-type-page", inner)

    def special_pages(self) -> list[Page]:
        body = (
            "<p>Medborgarservice är kommunens gemensamma kontaktpunkt för dig som bor i, driver företag i eller "
            "besöker Tjärnåsa. Vi hjälper dig med frågor om bostadsanpassning, färdtjänst, parkeringstillstånd "
            "för rörelsehindrade och fakturor från kommunen, och vi tar emot felanmälningar och synpunkter.</p>\n"
            "<h2>Ring oss</h2>\n<p>Telefon 0980-319 210. Om alla handläggare är upptagna kan du lämna ditt nummer, "
            "så ringer vi upp dig.</p>\n"
            "<p>Du hittar våra öppettider och vår e-postadress längst ned på sidan.</p>\n"
            "<h2>Vem ansvarar?</h2>\n<p>Medborgarservice leds av enhetschef Lina Forsberg och är en del av "
            "kommunledningsförvaltningen.</p>\n")
        return [Page("/medborgarservice", "Medborgarservice", body, [("Start", "/")])]

    def kontakt_body(self) -> str:
        return super().kontakt_body() + (
            '<h2>Frågor om kommunens service</h2><p>Se <a href="/medborgarservice">Medborgarservice</a>.</p>')

    def kontakt_h1(self) -> str:
        return "Kontakt"

    def hits(self) -> dict[str, list[str]]:
        return {"medborgarservice": ["/medborgarservice"], "medborgar service": ["/medborgarservice"],
                "färdtjänst": ["/omsorg-och-hjalp"]}


# ============================================================================
# 9360 Kvarnmora: Municipio (WordPress) with the menu in a drawer (aria-hidden) behind
# "Meny". The only entrance is a header icon link whose only name is aria-label
# "Kundcenter". A matter is named only in an h2 of the service page; the unit head is
# named on an organisation page that the service page does not link to.
# ============================================================================
class Kvarnmora(Site):
    code, kommun, gen, dom = "9360", "Kvarnmora", "Kvarnmora", "kvarnmora.se"
    lan_kod, lan, family = "12", "Skåne län", "municipio"
    vaxel, vaxel_intl = "040-628 04 00", "+46 40 628 04 00"
    street, zip, orgnr = "Torget 2", "999 63", "212000-9360"
    areas: ClassVar[list] = [("barn", "Förskola och skola"), ("omsorg", "Omsorg och stöd"),
             ("bygga", "Bygga, bo och miljö"), ("trafik", "Trafik och infrastruktur"),
             ("kultur", "Uppleva och göra"), ("naring", "Näringsliv och arbete"),
             ("kommun", "Kommun och politik")]
    news_slugs: ClassVar[list] = ["budget-2026", "vagarbete", "kulturskolan"]
    search_path, search_param = "/", "s"
    redirects: ClassVar[dict] = {"/kontakt": ["/kontakt/", 301]}
    area_extra: ClassVar[dict] = {"kommun": (
        '<h2 id="forvaltningar">Förvaltningar och bolag</h2><p>Läs mer om '
        '<a href="/kommun-och-politik/organisation/">kommunens organisation och förvaltningar</a>, '
        "vilka chefer som leder dem och hur kommunens bolag styrs.</p>")}
    css = ("body{margin:0;font-family:Roboto,sans-serif}.c-header__top{display:flex;align-items:center;gap:1rem;padding:1rem 2rem;border-bottom:1px solid #e5e5e5}"
           ".c-header__actions{margin-left:auto;display:flex;gap:.5rem;align-items:center}"
           ".c-button{border:0;background:#f2f2f2;padding:.5rem .8rem;border-radius:4px;display:inline-flex;align-items:center}"
           ".c-button--icon{width:2.5rem;height:2.5rem;justify-content:center}.c-icon{width:1.4rem;height:1.4rem}"
           ".c-drawer{position:fixed;top:0;right:0;bottom:0;width:360px;background:#fff;transform:translateX(100%)}"
           ".c-drawer.is-open{transform:none}.c-nav__sub{list-style:none;padding-left:1rem}"
           ".c-hero{background:#5b2a86;color:#fff;padding:3rem 2rem}.c-hero a{color:#fff}"
           ".c-card{border:1px solid #ddd;border-radius:6px;padding:1rem;margin:.5rem}"
           ".o-grid{display:grid;grid-template-columns:repeat(4,1fr);padding:1rem 2rem}"
           ".c-footer{background:#2b1540;color:#fff;padding:2rem}.c-footer a{color:#fff}"
           ".cookie-consent{position:fixed;bottom:0;left:0;right:0;background:#fff;padding:1rem;box-shadow:0 -2px 6px #0002}")

    def header(self) -> str:
        items = []
        for title, href, subs in self.nav():
            lis = "".join(f'<li class="c-nav__item"><a class="c-nav__link" href="{h}">{esc(t)}</a></li>' for t, h in subs)
            items.append(f'<li class="c-nav__item has-children"><a class="c-nav__link" href="{href}">{esc(title)}</a>'
                         f'<ul class="c-nav__sub">{lis}</ul></li>')
        headset = ('<svg class="c-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M12 1a9 9 0 0 0-9 9v7a3 3 0 0 0 3 3h3v-8H5v-2'
                   'a7 7 0 0 1 14 0v2h-4v8h3a3 3 0 0 0 3-3v-7a9 9 0 0 0-9-9z"/></svg>')
        return (
            '<a class="u-visually-hidden" href="#main-content">Hoppa till huvudinnehåll</a>\n'
            '<header id="site-header" class="c-header c-header--business">\n<div class="c-header__top">'
            '<a class="c-brand" href="/"><span class="c-brand__text">Kvarnmora kommun</span></a>\n'
            '<form class="c-form c-search" method="get" action="/" role="search"><label for="s-header" class="u-visually-hidden">Sök</label>'
            '<input id="s-header" type="search" name="s" placeholder="Sök på kvarnmora.se"><button class="c-button" type="submit">Sök</button></form>\n'
            '<div class="c-header__actions">'
            '<button class="c-button" type="button" data-readspeaker>Lyssna</button>'
            '<a class="c-button" href="/kontakt">Kontakt</a>'
            f'<a class="c-button c-button--icon c-header__icon-link" href="/kundcenter/" aria-label="Kundcenter">{headset}</a>'
            '<button class="c-button c-button--menu js-trigger-drawer" type="button" aria-controls="drawer" aria-expanded="false">'
            '<span class="c-icon" aria-hidden="true">&#9776;</span> Meny</button></div></div>\n'
            '<div id="drawer" class="c-drawer" aria-hidden="true"><button class="c-button js-close-drawer" type="button">Stäng</button>'
            f'<nav aria-label="Huvudmeny"><ul class="c-nav c-nav--drawer">{"".join(items)}</ul></nav>'
            '<ul class="c-nav c-nav--drawer-secondary"><li><a href="/in-english/" lang="en">In English</a></li>'
            '<li><a href="/om-webbplatsen/tillganglighet/#lattlast">Lättläst</a></li></ul></div>\n</header>\n')

    def footer(self) -> str:
        return (
            '<footer class="c-footer site-footer"><div class="o-container o-grid">'
            '<div class="c-footer__col"><h2 class="c-footer__heading">Kvarnmora kommun</h2>'
            "<p>Torget 2<br>999 63 Kvarnmora</p><p>Växel: 040-628 04 00<br>"
            'E-post: <a href="mailto:kommun@kvarnmora.se">kommun@kvarnmora.se</a></p></div>'
            '<div class="c-footer__col"><h2 class="c-footer__heading">Genvägar</h2><ul>'
            '<li><a href="/naringsliv-och-arbete/#lediga-jobb">Lediga jobb</a></li>'
            '<li><a href="/nyheter/">Nyheter</a></li><li><a href="/e-tjanster/">E-tjänster</a></li></ul></div>'
            '<div class="c-footer__col"><h2 class="c-footer__heading">Om webbplatsen</h2><ul>'
            '<li><a href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a></li>'
            '<li><a href="/om-webbplatsen/kakor/">Kakor och personuppgifter</a></li></ul><p>Org.nr 212000-9360</p></div>'
            "</div></footer>\n"
            f'<div class="cookie-consent" role="dialog" aria-label="Kakor"><p>{COOKIE}</p>'
            '<button class="c-button" type="button">Acceptera</button> <a href="/om-webbplatsen/kakor/">Läs mer</a></div>\n'
            '<script>document.querySelector(".js-trigger-drawer").addEventListener("click",function(){'
            'var d=document.getElementById("drawer");d.classList.add("is-open");d.setAttribute("aria-hidden","false");});</script>\n')

    def doc(self, title: str, bodyclass: str, inner: str) -> str:
        return ('<!DOCTYPE html>\n<html lang="sv-SE">\n<head>\n<meta charset="UTF-8">\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                '<meta name="generator" content="WordPress 6.6.2">\n'
                f"<title>{esc(title)}</title>\n<style>{self.css}</style>\n</head>\n"
                f'<body class="{bodyclass} wp-theme-municipio">\n<div class="site-wrapper">\n'
                + self.header() + inner + self.footer() + "</div>\n</body>\n</html>\n")

    def title_of(self, pg: Page) -> str:
        return pg.title or f"{pg.h1} – Kvarnmora kommun"

    def wrap(self, pg: Page) -> str:
        crumbs = "".join(f'<li class="c-breadcrumb__item"><a href="{h}">{esc(t)}</a></li>' for t, h in pg.crumbs)
        inner = ('<main id="main-content" class="o-container">\n'
                 f'<nav class="c-breadcrumb" aria-label="Brödsmulor"><ol>{crumbs}</ol></nav>\n'
                 f'<article class="c-article" id="article"><h1 class="c-typography c-typography__variant--h1">{esc(pg.h1)}</h1>\n'
                 f"{pg.body}\n</article>\n</main>\n")
        return self.doc(self.title_of(pg), "page-template-default page", inner)

    def front(self) -> str:
        news = "\n".join(
            f'<a class="c-card c-card--news" href="{self.news_p(s)}"><div class="c-card__body"><h3 class="c-card__heading">{esc(t)}</h3>'
            f'<p class="c-card__meta">{d}</p><p>{esc(lead)}</p></div></a>' for s, d, t, lead, _ in self.news())
        cards = [("/forskola-och-skola/#forskola", "Förskola", "Ansök om plats, avgifter och förskolor."),
                 ("/bygga-bo-och-miljo/#avfall", "Avfall och återvinning", "Tömning, abonnemang och ÅVC."),
                 ("/bygga-bo-och-miljo/#bygglov", "Bygglov", "När behöver du lov och hur ansöker du?"),
                 ("/naringsliv-och-arbete/#lediga-jobb", "Lediga jobb", "Jobba hos oss i Kvarnmora.")]
        cards_h = "\n".join(f'<a class="c-card c-card--shortcut" href="{h}"><h3>{esc(t)}</h3><p>{esc(x)}</p></a>' for h, t, x in cards)
        eserv = "".join(f'<li><a href="/e-tjanster/#{a}">{esc(t)}</a></li>' for a, t in ESERVICES)
        events = "".join(f"<li><strong>{d}</strong> {esc(t)}</li>" for d, t in EVENTS)
        inner = (
            '<main id="main-content">\n'
            '<section class="c-hero c-hero--large"><div class="c-hero__content"><h1 class="c-hero__title">Välkommen till Kvarnmora</h1>'
            '<p class="c-hero__text">Här möts slätten och havet. Hitta det du behöver på kvarnmora.se.</p></div></section>\n'
            f'<section class="s-shortcuts"><h2 class="u-visually-hidden">Genvägar</h2><div class="o-grid">\n{cards_h}\n</div></section>\n'
            f'<section class="s-news"><h2>Nyheter</h2><div class="o-grid">\n{news}\n</div><p><a href="/nyheter/">Fler nyheter</a></p></section>\n'
            f'<section class="s-eservices"><h2>E-tjänster</h2><ul>{eserv}</ul></section>\n'
            f'<section class="s-events"><h2>Evenemang</h2><ul>{events}</ul></section>\n'
            f'<section class="s-notice"><h2>Driftinformation</h2><p>{esc(DRIFT)}</p></section>\n'
            "</main>\n")
        return self.doc("Kvarnmora kommun", "home page-template-default page", inner)

    def kontakt_h1(self) -> str:
        return "Kontakt"

    def kontakt_body(self) -> str:
        return super().kontakt_body() + (
            "<h2>Vem ska jag kontakta?</h2><p>Vill du komma i kontakt med en viss verksamhet? Använd "
            "sökfunktionen eller ring växeln, så kopplar vi dig rätt.</p>")

    def special_pages(self) -> list[Page]:
        home = ("Start", "/")
        kc = (
            '<p class="lead">Vi finns här för dig. Hör av dig, så hjälper vi dig vidare.</p>\n'
            "<h2>Frågor om avfall, vatten och parkering</h2>\n"
            "<p>Ring, mejla eller kom förbi. Vi svarar direkt när vi kan, annars ser vi till att rätt person "
            "återkommer till dig inom två arbetsdagar.</p>\n"
            "<h2>Så når du oss</h2>\n"
            '<ul class="c-list"><li>Telefon: <a href="tel:+46406280410">040-628 04 10</a></li>\n'
            '<li>E-post: <a href="mailto:kundcenter@kvarnmora.se">kundcenter@kvarnmora.se</a></li>\n'
            "<li>Öppettider: måndag–fredag 08.00–16.00</li>\n"
            "<li>Besök: Kommunhuset, Torget 2</li></ul>\n")
        org = (
            '<p class="lead">Kvarnmora kommun har tre förvaltningar. Kommundirektören Per Malm leder '
            "förvaltningsorganisationen och är kommunstyrelsens närmaste tjänsteperson.</p>\n"
            "<h2>Kommunledningskontoret</h2>\n<p>Kommunledningskontoret har avdelningarna ekonomi, HR, "
            "kommunikation och Kundcenter. Kundcenter leds av enhetschef Annika Holm.</p>\n"
            "<h2>Barn- och utbildningsförvaltningen</h2>\n<p>Förvaltningschef: Sara Nyberg.</p>\n"
            "<h2>Samhällsbyggnadsförvaltningen</h2>\n<p>Förvaltningschef: Jonas Åberg.</p>\n"
            "<h2>Bolag</h2>\n<p>Kvarnmorahem AB och Kvarnmora Energi AB ägs av kommunen.</p>\n")
        return [Page("/kundcenter/", "Kundcenter", kc, [home]),
                Page("/kommun-och-politik/organisation/", "Kommunens organisation", org,
                     [home, ("Kommun och politik", "/kommun-och-politik/")])]

    def hits(self) -> dict[str, list[str]]:
        return {"kundcenter": ["/kundcenter/", "/kommun-och-politik/organisation/"],
                "kund center": ["/kundcenter/"], "organisation": ["/kommun-och-politik/organisation/"]}


# ============================================================================
# 9361 Lommarsund: Next.js SSR (div#__next, CSS-module class names, __NEXT_DATA__).
# The last top-level nav item is <span>Kontakt</span><span>center</span>.
# ============================================================================
class Lommarsund(Site):
    code, kommun, gen, dom = "9361", "Lommarsund", "Lommarsunds", "lommarsund.se"
    lan_kod, lan, family = "01", "Stockholms län", "nextjs"
    vaxel, vaxel_intl = "08-465 004 50", "+46 8 465 004 50"
    street, zip, orgnr = "Sundsvägen 3", "999 74", "212000-9361"
    areas: ClassVar[list] = [("barn", "Förskola och skola"), ("omsorg", "Stöd och omsorg"),
             ("bygga", "Bo och bygga"), ("trafik", "Gator och trafik"),
             ("kultur", "Kultur och fritid"), ("naring", "Arbete och företagande"),
             ("kommun", "Kommun och politik")]
    news_slugs: ClassVar[list] = ["foreningsbidrag", "bibliotek", "kulturskolan"]
    search_path = "/sok"
    paths: ClassVar[dict] = {"nyheter": "aktuellt", "etjanster": "e-tjanster", "kontakt": "",
             "tillganglighet": "om-webbplatsen/tillganglighet", "kakor": "om-webbplatsen/kakor",
             "english": "in-english"}
    redirects: ClassVar[dict] = {"/kontaktcenter/": ["/kontaktcenter", 308]}
    css = ("html{font-family:Inter,system-ui,sans-serif}body{margin:0}.Header_utility__Xy7pL{display:flex;gap:1rem;justify-content:flex-end;padding:.3rem 2rem;font-size:.8rem;background:#f4f1ea}"
           ".Header_bar__p0Qz3{display:flex;justify-content:space-between;align-items:center;padding:1rem 2rem}"
           ".MainNav_list__u7Hc1{display:flex;gap:.25rem;list-style:none;margin:0;padding:0 2rem;border-bottom:3px solid #00546b}"
           ".MainNav_item__Zk2p5{position:relative}.MainNav_link__Pq9sT{display:block;padding:.75rem 1rem;color:#00546b;text-decoration:none}"
           ".MainNav_panel__h6Rt2{display:none;position:absolute;background:#fff;padding:1rem;min-width:16rem;box-shadow:0 4px 12px #0002}"
           ".MainNav_item__Zk2p5:hover .MainNav_panel__h6Rt2{display:block}"
           ".Brand_second__c7Vx1{font-weight:700}.MainNav_itemContact__R4v8n{margin-left:auto;background:#00546b}"
           ".MainNav_itemContact__R4v8n .MainNav_link__Pq9sT{color:#fff}"
           ".Hero_hero__m2Pq1{background:#00546b;color:#fff;padding:3rem 2rem}.Grid_grid__z8Lk2{display:grid;grid-template-columns:repeat(3,1fr);gap:1rem;padding:1rem 2rem}"
           ".Footer_footer__e3Rm0{background:#1f2d33;color:#fff;padding:2rem}.Footer_footer__e3Rm0 a{color:#fff}"
           ".Cookie_banner__r1Tt8{position:fixed;bottom:1rem;left:1rem;max-width:28rem;background:#fff;padding:1rem;box-shadow:0 2px 10px #0004}")

    def p(self, slug: str) -> str:
        return f"/{slug}"

    def news_p(self, slug: str) -> str:
        return f"/aktuellt/{slug}"

    def header(self) -> str:
        items = []
        for title, href, subs in self.nav():
            lis = "".join(f'<li><a class="MainNav_sublink__b1Ws4" href="{h}">{esc(t)}</a></li>' for t, h in subs)
            items.append(f'<li class="MainNav_item__Zk2p5"><a class="MainNav_link__Pq9sT" href="{href}">{esc(title)}</a>'
                         f'<div class="MainNav_panel__h6Rt2"><ul class="MainNav_sublist__k0Pa3">{lis}</ul></div></li>')
        items.append('<li class="MainNav_item__Zk2p5 MainNav_itemContact__R4v8n"><a class="MainNav_link__Pq9sT" href="/kontaktcenter">'
                     '<span class="Brand_first__y2Kd8">Kontakt</span><span class="Brand_second__c7Vx1">center</span></a></li>')
        return (
            '<a class="SkipLink_link__b8Zr1" href="#innehall">Till innehållet</a>'
            '<header class="Header_header__w1T9o"><div class="Header_utility__Xy7pL">'
            '<button class="Utility_btn__a1Qz0" type="button">Lyssna</button>'
            '<a class="Utility_link__n3Ty5" href="/om-webbplatsen/tillganglighet#lattlast">Lättläst</a>'
            '<a class="Utility_link__n3Ty5" href="/in-english" lang="en">In English</a></div>'
            '<div class="Header_bar__p0Qz3"><a class="Header_logo__nN2e8" href="/">'
            '<span class="Header_logoText__s7Tf2">Lommarsunds kommun</span></a>'
            '<form class="Search_form__Lk3s0" action="/sok" method="get" role="search"><label class="sr-only" for="sok-q">Sök</label>'
            '<input class="Search_input__P2mv7" id="sok-q" name="q" type="search" placeholder="Sök"/><button class="Search_btn__Aa81k" type="submit">Sök</button></form></div>'
            f'<nav class="MainNav_nav__3hQ0x" aria-label="Huvudmeny"><ul class="MainNav_list__u7Hc1">{"".join(items)}</ul></nav></header>')

    def footer(self) -> str:
        return (
            '<footer class="Footer_footer__e3Rm0"><div class="Footer_cols__u1Xv6">'
            '<div class="Footer_col__y9Ws2"><p class="Footer_heading__r5Nq3">Lommarsunds kommun</p>'
            "<p>Sundsvägen 3, 999 74 Lommarsund</p><p>Växel 08-465 004 50<br>"
            '<a href="mailto:kommun@lommarsund.se">kommun@lommarsund.se</a></p></div>'
            '<div class="Footer_col__y9Ws2"><p class="Footer_heading__r5Nq3">Hitta snabbt</p><ul>'
            '<li><a href="/kontaktcenter/">Kontaktcenter</a></li><li><a href="/aktuellt">Aktuellt</a></li>'
            '<li><a href="/e-tjanster">E-tjänster</a></li></ul></div>'
            '<div class="Footer_col__y9Ws2"><p class="Footer_heading__r5Nq3">Om webbplatsen</p><ul>'
            '<li><a href="/om-webbplatsen/tillganglighet">Tillgänglighetsredogörelse</a></li>'
            '<li><a href="/om-webbplatsen/kakor">Kakor</a></li></ul><p>Org.nr 212000-9361</p></div></div></footer>'
            f'<div class="Cookie_banner__r1Tt8" role="dialog" aria-label="Kakor"><p>{COOKIE}</p>'
            '<button type="button">Godkänn</button><button type="button">Neka</button> <a href="/om-webbplatsen/kakor">Läs mer</a></div>')

    def doc(self, title: str, page: str, inner: str) -> str:
        data = ('{"props":{"pageProps":{"locale":"sv","menuVersion":"2025-09-30"},"__N_SSP":true},'
                f'"page":"{page}","query":{{}},"buildId":"q7Yx2Lm0s9PzKa4","isFallback":false,"gssp":true,"scriptLoader":[]}}')
        return ('<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/>'
                '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
                f"<title>{esc(title)}</title><meta name=\"next-head-count\" content=\"3\"/>"
                f'<style data-n-css="">{self.css}</style></head><body>'
                '<div id="__next"><div class="Layout_root__Qm3xT">' + self.header() + inner + self.footer()
                + "</div></div>"
                f'<script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>\n')

    def title_of(self, pg: Page) -> str:
        return pg.title or f"{pg.h1} | Lommarsunds kommun"

    def section(self, anchor: str, title: str, text: str) -> str:
        return (f'<section class="Content_block__f2Hh7" id="{anchor}"><h2 class="Content_h2__Ew4d1">{esc(title)}</h2>'
                f'<p class="Content_p__Kk0q2">{esc(text)}</p></section>')

    def wrap(self, pg: Page) -> str:
        crumbs = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in pg.crumbs)
        inner = ('<main id="innehall" class="Page_main__V4hq8">'
                 f'<nav class="Breadcrumbs_nav__c0Kq2" aria-label="Du är här"><ol>{crumbs}</ol></nav>'
                 f'<h1 class="Page_title__Zp3r1">{esc(pg.h1)}</h1><div class="Page_body__hM7x0">{pg.body}</div></main>')
        return self.doc(self.title_of(pg), "/[...slug]", inner)

    def front(self) -> str:
        news = "".join(
            f'<article class="NewsCard_card__p9Ls1"><a class="NewsCard_link__x1Qa8" href="{self.news_p(s)}"><h3>{esc(t)}</h3></a>'
            f'<p class="NewsCard_date__Gg2n7">{d}</p><p>{esc(lead)}</p></article>' for s, d, t, lead, _ in self.news())
        eserv = "".join(f'<li><a href="/e-tjanster#{a}">{esc(t)}</a></li>' for a, t in ESERVICES)
        events = "".join(f"<li>{d} {esc(t)}</li>" for d, t in EVENTS)
        inner = (
            '<main id="innehall" class="Start_main__T5y1b">'
            '<section class="Hero_hero__m2Pq1"><h1 class="Hero_title__d5Fs3">Välkommen till Lommarsund</h1>'
            '<p>Skärgårdsnära och mitt i livet.</p><ul class="Hero_links__Tq8b2">'
            '<li><a href="/forskola-och-skola#forskola">Förskola</a></li><li><a href="/bo-och-bygga#avfall">Sophämtning</a></li>'
            '<li><a href="/bo-och-bygga#bygglov">Bygglov</a></li><li><a href="/arbete-och-foretagande#lediga-jobb">Lediga jobb</a></li></ul></section>'
            f'<section class="Start_news__L7d0q"><h2>Aktuellt</h2><div class="Grid_grid__z8Lk2">{news}</div>'
            '<p><a href="/aktuellt">Fler nyheter</a></p></section>'
            f'<section class="Start_services__b4Ss1"><h2>E-tjänster</h2><ul>{eserv}</ul></section>'
            f'<section class="Start_events__Rr6m3"><h2>På gång</h2><ul>{events}</ul></section>'
            f'<section class="Start_ops__q2Nn4"><h2>Driftinformation</h2><p>{esc(DRIFT)}</p></section></main>')
        return self.doc("Startsida | Lommarsunds kommun", "/", inner)

    def special_pages(self) -> list[Page]:
        body = (
            '<p class="Page_lead__Ra1x4">Kontaktcenter är kommunens gemensamma ingång. Vi hjälper dig med det mesta som '
            "rör kommunen – stort som smått – och om vi inte kan svara direkt ser vi till att du kommer rätt.</p>"
            '<h2 class="Content_h2__Ew4d1">Kontakta oss</h2>'
            '<p>Telefon <a href="tel:+46846500451">08-465 004 51</a>, vardagar 08.00–17.00<br>'
            'E-post <a href="mailto:kontaktcenter@lommarsund.se">kontaktcenter@lommarsund.se</a></p>'
            '<p><button class="Chat_button__Vv2k9" type="button">Chatta med oss</button></p>'
            '<h2 class="Content_h2__Ew4d1">Om Kontaktcenter</h2>'
            "<p>Hos oss arbetar kommunvägledare som har bred kunskap om kommunens verksamheter. Vi har funnits "
            "sedan 2019 och tar emot omkring 60 000 samtal om året.</p>"
            '<p class="Page_meta__e8Ww1">Sidansvarig: Elin Ström, kommunikatör. Senast uppdaterad 2025-09-12.</p>')
        return [Page("/kontaktcenter", "Kontaktcenter", body, [("Start", "/")])]

    def hits(self) -> dict[str, list[str]]:
        return {"kontaktcenter": ["/kontaktcenter"], "kontakt center": ["/kontaktcenter"],
                "förskola": ["/forskola-och-skola"]}
