"""Markup families for tests/blind51 (typing aid for build_sites.py).

Every family renders the same parts: top bar, logo, GET search form, primary menu
(6-7 areas with sub-items), main content, footer, cookie banner. A site dict gives
the texts; `render(fam, site, title, main, front)` returns one HTML document (str).
"""
from __future__ import annotations

import html


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def a(href: str, text: str, **attrs) -> str:
    extra = "".join(f' {k.rstrip("_").replace("_", "-")}="{esc(v)}"' for k, v in attrs.items())
    return f'<a href="{esc(href)}"{extra}>{esc(text)}</a>'


COOKIE = ('<div {c}><p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för '
          'besöksstatistik.</p><button type="button">Godkänn alla</button> '
          '<button type="button">Endast nödvändiga</button> <a href="/om-webbplatsen/kakor/">Läs mer om kakor</a></div>')

SCRIPT = ("<script>document.addEventListener('DOMContentLoaded',function(){var b=document.querySelector('[data-cookie]');"
          "if(b&&localStorage.getItem('kakor')){b.style.display='none'}});</script>")


def topbar_links(site) -> list[tuple[str, str, dict]]:
    base = [("/lyssna/", "Lyssna", {}), ("/lattlast/", "Lättläst", {}), ("/in-english/", "In English", {}),
            ("/teckensprak/", "Teckenspråk", {})]
    return base + site.get("topbar", [])


def footer_html(site, wrap_h="h2") -> str:
    f = site["footer"]
    return (f'<div class="footer-kontakt"><{wrap_h}>{esc(site["kn"])}</{wrap_h}>'
            f'<p>Postadress: {esc(site["kn"])}, {esc(f["post"])}<br>'
            f'Besöksadress: {esc(f["besok"])}<br>'
            f'Växel: {esc(f["vaxel"])}<br>E-post: {a("mailto:" + f["mail"], f["mail"])}<br>'
            f'Org.nr: {esc(f["orgnr"])}</p></div>'
            f'{site.get("footer_extra", "")}'
            f'<ul class="footer-links"><li>{a("/tillganglighet/", "Tillgänglighetsredogörelse")}</li>'
            f'<li>{a("/om-webbplatsen/kakor/", "Kakor")}</li><li>{a("/om-webbplatsen/", "Om webbplatsen")}</li>'
            f'<li>{a("/press/", "Press och media")}</li></ul>'
            f'<p class="social">{a("/facebook/", "Facebook")} {a("/instagram/", "Instagram")}</p>')


def search_form(site, action=None) -> str:
    s = site["search"]
    return (f'<form method="get" action="{esc(action or s["path"])}" class="sokform">'
            f'<label for="q">Sök på webbplatsen</label> <input type="search" id="q" name="{s["param"]}">'
            f' <button type="submit">Sök</button></form>')


def head(site, title, extra_css="") -> str:
    cs = "iso-8859-1" if site.get("latin1") else "utf-8"
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="{cs}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{esc(title)}</title>\n<link rel="canonical" href="__ORIGIN__/">\n'
            f'<style>body{{font-family:Arial,sans-serif;margin:0}} .dold{{display:none}} {extra_css}</style>\n</head>\n')


# ---------------------------------------------------------------- families
def semantic(site, title, main, front):
    tb = "".join(f"<li>{a(h, t, **x)}</li>" for h, t, x in topbar_links(site))
    nav = "".join(
        f'<li class="menu-item">{a(m["href"], m["label"])}<ul class="sub-menu">'
        + "".join(f"<li>{a(h, t)}</li>" for t, h in m["subs"]) + "</ul></li>" for m in site["menu"])
    return (head(site, title, ".sub-menu{display:none} li:hover>.sub-menu{display:block}")
            + f'<body>\n<a class="skip" href="#innehall">Till innehållet</a>\n<header class="site-header">\n'
            f'<nav class="topbar" aria-label="Verktyg"><ul>{tb}</ul></nav>\n'
            f'<a href="/" class="logo"><img src="/logo.svg" alt="{esc(site["kn"])}, till startsidan"></a>\n'
            f'{search_form(site)}\n<nav class="primary" aria-label="Huvudmeny"><ul>{nav}</ul></nav>\n</header>\n'
            f'<main id="innehall">\n{main}\n</main>\n<footer class="site-footer">{footer_html(site)}</footer>\n'
            f'{COOKIE.format(c="class=cookie-banner data-cookie")}\n{SCRIPT}\n</body>\n</html>\n')


def soup(site, title, main, front):
    tb = " ".join(f'<span class="k9">{a(h, t, **x)}</span>' for h, t, x in topbar_links(site))
    nav = "".join(
        f'<div class="m2"><div class="m2t">{a(m["href"], m["label"])}</div><div class="m3 dold">'
        + "".join(f'<div class="m3i">{a(h, t)}</div>' for t, h in m["subs"]) + "</div></div>" for m in site["menu"])
    main = main.replace("<section", '<div class="sx"').replace("</section>", "</div>")
    return (head(site, title, ".q1{background:#234;color:#fff} .m2{display:inline-block} .m2:hover .m3{display:block}")
            + f'<body>\n<div class="q1">\n<div class="zz">{tb}</div>\n'
            f'<div class="q7"><a href="/"><img src="/bilder/logga.png" alt="{esc(site["kn"])}"></a></div>\n'
            f'<div class="q8">{search_form(site)}</div>\n<div class="box7">{nav}</div>\n</div>\n'
            f'<div class="q2"><div class="w3">\n{main}\n</div></div>\n<div class="q5"><div class="w5">{footer_html(site, "b")}</div></div>\n'
            f'{COOKIE.format(c="class=ck1 data-cookie")}\n{SCRIPT}\n</body>\n</html>\n')


def table(site, title, main, front):
    tb = " | ".join(a(h, t, **x) for h, t, x in topbar_links(site))
    top = "".join(f'<td bgcolor="#003366" align="center"><font face="Verdana" size="2" color="#ffffff"><b>'
                  f'{a(m["href"], m["label"])}</b></font></td>' for m in site["menu"])
    left = "".join(f'<tr><td><font face="Verdana" size="1"><b>{esc(m["label"])}</b><br>'
                   + "<br>".join(a(h, t) for t, h in m["subs"]) + "</font></td></tr>" for m in site["menu"])
    main = main.replace("<section", "<div").replace("</section>", "</div>")
    return (head(site, title)
            + f'<body bgcolor="#ffffff" topmargin="0" leftmargin="0">\n<center>\n'
            f'<table width="980" cellpadding="0" cellspacing="0" border="0">\n'
            f'<tr><td colspan="2" bgcolor="#e8eef4" align="right"><font face="Verdana" size="1">{tb}</font></td></tr>\n'
            f'<tr><td><a href="/"><img src="/gfx/logo.gif" width="220" height="60" border="0" alt="{esc(site["kn"])}"></a></td>'
            f'<td align="right">{search_form(site)}</td></tr>\n'
            f'<tr><td colspan="2"><table width="100%" cellpadding="4" cellspacing="1" border="0"><tr>{top}</tr></table></td></tr>\n'
            f'<tr><td width="200" valign="top"><table width="200" cellpadding="3" border="0">{left}</table></td>\n'
            f'<td valign="top" width="780"><font face="Verdana" size="2">\n{main}\n</font></td></tr>\n'
            f'<tr><td colspan="2" bgcolor="#e8eef4"><font face="Verdana" size="1">{footer_html(site, "b")}</font></td></tr>\n'
            f'</table>\n</center>\n{COOKIE.format(c="id=cookie data-cookie")}\n{SCRIPT}\n</body>\n</html>\n')


def sitevision(site, title, main, front):
    tb = "".join(f'<li class="sv-tb">{a(h, t, **x)}</li>' for h, t, x in topbar_links(site))
    nav = "".join(
        f'<li class="sv-mega-item"><a href="{esc(m["href"])}" aria-expanded="false">{esc(m["label"])}</a>'
        f'<div class="sv-mega-panel" hidden><div class="sv-row"><div class="sv-column-4"><ul>'
        + "".join(f"<li>{a(h, t)}</li>" for t, h in m["subs"]) + "</ul></div></div></div></li>" for m in site["menu"])
    main = main.replace("<section", '<div class="sv-layout sv-portlet"').replace("</section>", "</div>")
    return (head(site, title)
            + f'<body>\n<div class="sv-layout sv-skip-spacer" id="svid10_head">\n'
            f'<div class="sv-portlet sv-menu-portlet"><ul class="env-list topnav">{tb}</ul></div>\n'
            f'<div class="sv-image-portlet"><a href="/"><img src="/images/18.3f1a2b/logo.svg" alt="{esc(site["kn"])}"></a></div>\n'
            f'<div class="sv-portlet sv-searchform-portlet">{search_form(site)}</div>\n'
            f'<div class="sv-portlet sv-megamenu"><ul class="sv-mega">{nav}</ul></div>\n</div>\n'
            f'<div class="sv-layout" id="svid10_content">\n{main}\n</div>\n'
            f'<div class="sv-layout sv-foot" id="svid10_foot"><div class="sv-portlet sv-text-portlet">{footer_html(site)}</div></div>\n'
            f'{COOKIE.format(c="class=sv-cookie-consent-banner data-cookie")}\n'
            f'<script src="/sitevision/system-resource/a1b2/js/envision.js"></script>\n{SCRIPT}\n</body>\n</html>\n')


def municipio(site, title, main, front):
    tb = "".join(f'<li>{a(h, t, **x)}</li>' for h, t, x in topbar_links(site))
    nav = "".join(
        f'<li class="nav-drawer__item">{a(m["href"], m["label"])}<button class="toggle" aria-expanded="false">'
        f'<span class="sr-only">Visa undermeny</span></button><ul class="sub-menu" hidden>'
        + "".join(f"<li>{a(h, t)}</li>" for t, h in m["subs"]) + "</ul></li>" for m in site["menu"])
    return (head(site, title)
            + f'<body class="wp-theme-municipio">\n<header id="site-header" class="c-header">\n'
            f'<div class="c-header__top"><ul class="c-nav c-nav--top">{tb}</ul></div>\n'
            f'<div class="c-header__main"><a href="/" class="c-brand"><img src="/wp-content/uploads/logo.svg" alt="{esc(site["kn"])}"></a>\n'
            f'{search_form(site, "/")}\n<button class="c-button js-drawer-trigger" aria-controls="drawer" aria-expanded="false">Meny</button></div>\n'
            f'</header>\n<div id="drawer" class="c-drawer" hidden><nav aria-label="Huvudmeny"><ul class="nav-drawer">{nav}</ul></nav></div>\n'
            f'<main id="main-content" class="o-container">\n{main}\n</main>\n<footer id="site-footer" class="c-footer">{footer_html(site)}</footer>\n'
            f'{COOKIE.format(c="class=c-cookie-consent data-cookie")}\n'
            f"<script>document.querySelector('.js-drawer-trigger').onclick=function(){{document.getElementById('drawer').hidden=false}};</script>\n"
            f'{SCRIPT}\n</body>\n</html>\n')


def bootstrap(site, title, main, front):
    tb = "".join(f'<li class="list-inline-item">{a(h, t, **x)}</li>' for h, t, x in topbar_links(site))
    nav = "".join(
        f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{esc(m["href"])}" data-bs-toggle="dropdown">'
        f'{esc(m["label"])}</a><ul class="dropdown-menu">'
        + "".join(f'<li><a class="dropdown-item" href="{esc(h)}">{esc(t)}</a></li>' for t, h in m["subs"]) + "</ul></li>"
        for m in site["menu"])
    main = main.replace("<section", '<section class="container py-4"')
    return (head(site, title)
            + f'<body>\n<div class="bg-dark text-white small"><div class="container"><ul class="list-inline mb-0">{tb}</ul></div></div>\n'
            f'<nav class="navbar navbar-expand-lg navbar-light bg-light"><div class="container">'
            f'<a class="navbar-brand" href="/"><img src="/assets/img/logo.svg" alt="{esc(site["kn"])}"></a>'
            f'<button class="navbar-toggler" data-bs-toggle="collapse" data-bs-target="#nav">Meny</button>'
            f'<div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav me-auto">{nav}</ul>'
            f'{search_form(site)}</div></div></nav>\n'
            f'<div class="container" id="content">\n{main}\n</div>\n'
            f'<div class="bg-secondary text-white py-4 mt-5" id="footer"><div class="container row">{footer_html(site)}</div></div>\n'
            f'{COOKIE.format(c="class=alert-cookie data-cookie")}\n<script src="/assets/js/bootstrap.bundle.min.js"></script>\n{SCRIPT}\n</body>\n</html>\n')


def custom(site, title, main, front):
    tb = "".join(f'<x-tool>{a(h, t, **x)}</x-tool>' for h, t, x in topbar_links(site))
    nav = "".join(
        f'<x-item>{a(m["href"], m["label"])}<x-sub hidden>'
        + "".join(f"<x-link>{a(h, t)}</x-link>" for t, h in m["subs"]) + "</x-sub></x-item>" for m in site["menu"])
    main = main.replace("<section", "<x-section").replace("</section>", "</x-section>")
    return (head(site, title, "x-header,x-main,x-footer,x-section{display:block} x-nav{display:flex}")
            + f'<body>\n<x-header>\n<x-toolbar>{tb}</x-toolbar>\n'
            f'<x-logo><a href="/"><img src="/static/logo.svg" alt="{esc(site["kn"])}"></a></x-logo>\n'
            f'<x-search>{search_form(site)}</x-search>\n<x-nav>{nav}</x-nav>\n</x-header>\n'
            f'<x-main>\n{main}\n</x-main>\n<x-footer>{footer_html(site)}</x-footer>\n'
            f'<x-cookie data-cookie>{COOKIE.format(c="class=inner")}</x-cookie>\n'
            "<script>customElements.define('x-item',class extends HTMLElement{connectedCallback(){this.addEventListener('mouseenter',()=>{const s=this.querySelector('x-sub');if(s)s.hidden=false})}});</script>\n"
            f'{SCRIPT}\n</body>\n</html>\n')


def aria(site, title, main, front):
    tb = "".join(f'<div class="t-i">{a(h, t, **x)}</div>' for h, t, x in topbar_links(site))
    nav = "".join(
        f'<div role="none" class="n-i"><a role="menuitem" href="{esc(m["href"])}" aria-haspopup="true">{esc(m["label"])}</a>'
        f'<div role="menu" class="n-s" aria-hidden="true">'
        + "".join(f'<a role="menuitem" href="{esc(h)}">{esc(t)}</a>' for t, h in m["subs"]) + "</div></div>"
        for m in site["menu"])
    main = main.replace("<section", '<div role="region"').replace("</section>", "</div>")
    return (head(site, title, ".n-s{display:none}")
            + f'<body>\n<div role="banner" class="b">\n<div role="toolbar" aria-label="Verktyg" class="t">{tb}</div>\n'
            f'<div class="lg"><a href="/"><img src="/img/logo.svg" alt="{esc(site["kn"])}"></a></div>\n'
            f'<div role="search">{search_form(site)}</div>\n'
            f'<div role="navigation" aria-label="Huvudmeny"><div role="menubar" class="n">{nav}</div></div>\n</div>\n'
            f'<div role="main" class="c">\n{main}\n</div>\n<div role="contentinfo" class="f">{footer_html(site)}</div>\n'
            f'<div role="dialog" aria-label="Kakor" data-cookie>{COOKIE.format(c="class=ck")}</div>\n{SCRIPT}\n</body>\n</html>\n')


def episerver(site, title, main, front):
    tb = "".join(f'<li class="ServiceMenu__item">{a(h, t, **x)}</li>' for h, t, x in topbar_links(site))
    nav = "".join(
        f'<li class="MainMenu__item"><a class="MainMenu__link" href="{esc(m["href"])}">{esc(m["label"])}</a>'
        f'<div class="MainMenu__flyout is-collapsed"><ul>'
        + "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in m["subs"]) + "</ul></div></li>"
        for m in site["menu"])
    main = main.replace("<section", '<div class="block ContentArea__block"').replace("</section>", "</div>")
    return (head(site, title, ".is-collapsed{display:none}")
            + f'<body class="StartPage">\n<div class="Page">\n<div class="PageHeader">\n<ul class="ServiceMenu">{tb}</ul>\n'
            f'<div class="PageHeader__logo"><a href="/"><img src="/globalassets/logo.svg" alt="{esc(site["kn"])}"></a></div>\n'
            f'<div class="PageHeader__search">{search_form(site)}</div>\n'
            f'<nav class="MainMenu"><ul class="MainMenu__list">{nav}</ul></nav>\n</div>\n'
            f'<div class="PageContent" id="MainContent">\n{main}\n</div>\n'
            f'<div class="PageFooter">{footer_html(site)}</div>\n</div>\n'
            f'{COOKIE.format(c="class=CookieBar data-cookie")}\n<script src="/Scripts/dist/main.js"></script>\n{SCRIPT}\n</body>\n</html>\n')


def drupal(site, title, main, front):
    tb = "".join(f'<li class="menu-item">{a(h, t, **x)}</li>' for h, t, x in topbar_links(site))
    nav = "".join(
        f'<li class="menu-item menu-item--expanded">{a(m["href"], m["label"])}<ul class="menu menu--level-2">'
        + "".join(f'<li class="menu-item">{a(h, t)}</li>' for t, h in m["subs"]) + "</ul></li>" for m in site["menu"])
    main = main.replace("<section", '<div class="block block-views"').replace("</section>", "</div>")
    return (head(site, title, ".menu--level-2{display:none}")
            + f'<body class="path-frontpage">\n<div class="dialog-off-canvas-main-canvas">\n'
            f'<div class="region region-top-bar"><nav role="navigation" aria-labelledby="block-verktyg-menu" id="block-verktyg">'
            f'<h2 class="visually-hidden" id="block-verktyg-menu">Verktyg</h2><ul class="menu">{tb}</ul></nav></div>\n'
            f'<header role="banner" class="region region-header"><div id="block-sitebranding" class="block block-system-branding-block">'
            f'<a href="/" rel="home"><img src="/sites/default/files/logo.svg" alt="{esc(site["kn"])}"></a></div>\n'
            f'<div class="block block-search">{search_form(site)}</div></header>\n'
            f'<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-huvudmeny-menu" id="block-huvudmeny">'
            f'<h2 class="visually-hidden" id="block-huvudmeny-menu">Huvudmeny</h2><ul class="menu menu--level-1">{nav}</ul></nav></div>\n'
            f'<main role="main"><div class="region region-content">\n{main}\n</div></main>\n'
            f'<footer role="contentinfo" class="site-footer"><div class="region region-footer">{footer_html(site)}</div></footer>\n</div>\n'
            f'{COOKIE.format(c="class=eu-cookie-compliance-banner data-cookie")}\n{SCRIPT}\n</body>\n</html>\n')


FAMILIES = {"semantic": semantic, "soup": soup, "table": table, "sitevision": sitevision, "municipio": municipio,
            "bootstrap": bootstrap, "custom": custom, "aria": aria, "episerver": episerver, "drupal": drupal}


def render(fam: str, site: dict, title: str, main: str, front: bool = False) -> str:
    return FAMILIES[fam](site, title, main, front)
