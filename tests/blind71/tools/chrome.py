"""Markup families for the blind71 corpus (typing aid only: the written files are the corpus).

Each family wraps a page's own content in the site-wide chrome: cookie banner, top bar, logo,
search form, primary menu with sub-menus, and footer. ``S`` is the site dict of build_sites.py.
"""
from __future__ import annotations

import html

SLUG = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", " ": "-", ",": "", "–": "", "/": "-"})


def slug(s: str) -> str:
    return "-".join(s.lower().translate(SLUG).split("-")).replace("--", "-").strip("-")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def sub_href(S, area: str, sub: str) -> str:
    if S["family"] == "sitevision":
        return f"/{slug(area)}/{slug(sub)}.html"
    if S["family"] == "table":
        return f"/{slug(area)}/{slug(sub)}.asp"
    return f"/{slug(area)}/{slug(sub)}/"


def area_href(S, area: str) -> str:
    over = S.get("area_links", {})
    if area in over:
        return over[area]
    if S["family"] == "sitevision":
        return f"/{slug(area)}.html"
    if S["family"] == "table":
        return f"/{slug(area)}.asp"
    return f"/{slug(area)}/"


def subs(S, area, items):
    out = []
    for it in items:
        if isinstance(it, tuple):
            out.append(it)
        else:
            out.append((it, sub_href(S, area, it)))
    return out


CSS = """
body{margin:0;font-family:%s;color:#1c1c1c;line-height:1.5}
a{color:%s}.skip{position:absolute;left:-9999px}
.cookie{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:1rem;z-index:99}
.cookie a{color:#fff}img{max-width:100%%}
"""

COOKIE_JS = """<script>
(function(){var b=document.getElementById('cookie-consent');if(!b)return;
if(document.cookie.indexOf('kakor=1')>=0){b.hidden=true;}
b.addEventListener('click',function(e){if(e.target.tagName==='BUTTON'){document.cookie='kakor=1;path=/;max-age=31536000';b.hidden=true;}});})();
</script>"""


def cookie(S) -> str:
    k = S["links"]["kakor"]
    return (f'<div id="cookie-consent" class="cookie" role="dialog" aria-label="Kakor på {esc(S["site_name"])}">'
            f'<p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. '
            f'<a href="{k}">Läs mer om kakor</a>.</p>'
            f'<button type="button">Godkänn alla</button> <button type="button">Endast nödvändiga</button></div>')


def topbar_items(S) -> list[tuple[str, str, dict]]:
    return S["topbar"]


def link(text, href, **attrs) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{esc(v)}"' for k, v in attrs.items())
    return f'<a href="{esc(href)}"{extra}>{text}</a>'


def footer_html(S, wrap_cls="") -> str:
    f = S["footer"]
    cols = []
    cols.append(f'<div class="{wrap_cls}fcol"><h2>{esc(S["site_name"])}</h2>'
                f'<p>Postadress: {f["post"]}<br>Besöksadress: {f["visit"]}</p>'
                f'<p>Växel: <a href="tel:{f["tel_href"]}">{f["tel"]}</a><br>'
                f'E-post: <a href="mailto:{f["mail"]}">{f["mail"]}</a><br>'
                f'Org.nr: {f["orgnr"]}</p></div>')
    for extra in f.get("extra", []):
        cols.append(f'<div class="{wrap_cls}fcol">{extra}</div>')
    L = S["links"]
    cols.append(f'<div class="{wrap_cls}fcol"><h2>Om webbplatsen</h2><ul>'
                f'<li><a href="{L["tillg"]}">Tillgänglighetsredogörelse</a></li>'
                f'<li><a href="{L["kakor"]}">Om kakor</a></li>'
                f'<li><a href="{L["pers"]}">Personuppgifter och GDPR</a></li>'
                f'<li><a href="{L["press"]}">Press och media</a></li></ul>'
                f'<p><a href="{L["social"]}">Prenumerera på nyheter</a> | <a href="{L["social2"]}">Kommunen i sociala medier</a></p></div>')
    return "\n".join(cols)


def head(S, title, extra_head="") -> str:
    font, col = S.get("css", ("Arial, sans-serif", "#00539b"))
    return (f'<head>\n<meta charset="{S.get("charset", "utf-8")}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{esc(title)}</title>\n'
            f'<meta name="description" content="{esc(S["description"])}">\n'
            f'<link rel="canonical" href="__ORIGIN__{S["_path"]}">\n'
            f'<style>{CSS % (font, col)}{S.get("extra_css", "")}</style>\n{extra_head}</head>')


# ---------------------------------------------------------------- semantic (HTML5 landmarks)
def fam_semantic(S, title, body):
    tb = " ".join(f'<li>{link(t, h, **a)}</li>' for t, h, a in topbar_items(S))
    menu = []
    for area, items in S["menu"]:
        sub = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in subs(S, area, items))
        menu.append(f'<li class="menu-item has-children"><a href="{area_href(S, area)}">{esc(area)}</a>'
                    f'<button class="toggle" aria-expanded="false" aria-label="Visa undermeny för {esc(area)}"></button>'
                    f'<ul class="sub-menu">{sub}</ul></li>')
    return f"""<!DOCTYPE html>
<html lang="sv">
{head(S, title)}
<body>
<a class="skip" href="#main">Hoppa till innehållet</a>
{cookie(S)}
<header class="site-header">
<div class="top-bar"><ul class="top-links">{tb}</ul></div>
<div class="brand-row">
<a class="logo" href="/"><img src="/images/logo.svg" alt="{esc(S["site_name"])} - till startsidan"></a>
<form class="site-search" role="search" action="{S["search"]["path"]}" method="get">
<label for="q">Sök på webbplatsen</label><input id="q" type="search" name="{S["search"]["param"]}" placeholder="Vad letar du efter?"><button type="submit">Sök</button>
</form>
</div>
<nav class="main-nav" aria-label="Huvudmeny"><ul class="menu">
{"".join(menu)}
</ul></nav>
</header>
<main id="main">
{body}
</main>
<footer class="site-footer">
{footer_html(S)}
<p class="copy">© 2026 {esc(S["site_name"])}</p>
</footer>
{COOKIE_JS}
</body>
</html>
"""


# ---------------------------------------------------------------- soup (divs, meaningless classes)
def fam_soup(S, title, body):
    tb = " | ".join(link(t, h, **a) for t, h, a in topbar_items(S))
    menu = []
    for area, items in S["menu"]:
        sub = "".join(f'<div class="m9x"><a href="{esc(h)}">{esc(t)}</a></div>' for t, h in subs(S, area, items))
        menu.append(f'<div class="m9i"><a class="m9a" href="{area_href(S, area)}">{esc(area)}</a>'
                    f'<div class="m9s" style="display:none">{sub}</div></div>')
    return f"""<!DOCTYPE html>
<html lang="sv">
{head(S, title, '<style>.m9{{display:flex;gap:1rem;background:#0b5d3b}}.m9a{{color:#fff}}.q8{{background:#eee}}</style>')}
<body>
{cookie(S)}
<div class="w1">
<div class="t0">{tb}</div>
<div class="h2x">
<div class="lg"><a href="/"><img src="/bilder/vapen.png" alt="{esc(S["site_name"])}"></a> <span class="lgt">{esc(S["site_name"])}</span></div>
<div class="sr"><form action="{S["search"]["path"]}" method="get"><input type="text" name="{S["search"]["param"]}" title="Sök"> <input type="submit" value="Sök"></form></div>
</div>
<div class="m9">
{"".join(menu)}
</div>
<div class="box7">
{body}
</div>
<div class="q8">
{footer_html(S, "z")}
</div>
</div>
<script>
document.querySelectorAll('.m9i').forEach(function(d){{d.addEventListener('mouseenter',function(){{d.querySelector('.m9s').style.display='block';}});d.addEventListener('mouseleave',function(){{d.querySelector('.m9s').style.display='none';}});}});
</script>
{COOKIE_JS}
</body>
</html>
"""


# ---------------------------------------------------------------- sitevision
def fam_sitevision(S, title, body):
    tb = "".join(f'<li class="sv-nav-item">{link(t, h, **a)}</li>' for t, h, a in topbar_items(S))
    menu, _panels = [], []
    for i, (area, items) in enumerate(S["menu"]):
        pid = f"mega-{i}"
        menu.append(f'<li class="env-list__item"><a class="lp-mainmenu__link" href="{area_href(S, area)}">{esc(area)}</a>'
                    f'<button class="lp-mainmenu__toggle" aria-controls="{pid}" aria-expanded="false">'
                    f'<span class="env-assistive-text">Visa mer inom {esc(area)}</span></button>'
                    f'<div class="lp-megamenu" id="{pid}" hidden><div class="sv-row">'
                    f'<div class="sv-column-6"><h3 class="lp-megamenu__title"><a href="{area_href(S, area)}">{esc(area)}</a></h3><ul>'
                    + "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in subs(S, area, items))
                    + '</ul></div></div></div></li>')
    return f"""<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-sida">
{head(S, title, '<link rel="stylesheet" href="/sitevision/system-resource/c4d8a3b0/css/portlets.css">')}
<body class="sv-responsive env-m-around--0">
{cookie(S)}
<div class="sv-layout" id="svid10_1a2b3c4d1">
<div class="sv-layout sv-template-portlet lp-header" id="svid10_head">
<div class="sv-vertical sv-layout lp-topbar"><ul class="env-list env-list--horizontal">{tb}</ul></div>
<div class="sv-horizontal sv-layout">
<div class="sv-image-portlet sv-portlet lp-logo"><a href="/"><img src="/images/18.4a1e2f3b18c0/logotyp.svg" alt="{esc(S["site_name"])}, startsida"></a></div>
<div class="sv-searchform-portlet sv-portlet"><form method="get" action="{S["search"]["path"]}" class="env-form"><label class="env-assistive-text" for="search-q">Sök</label><input id="search-q" class="env-form-input" type="search" name="{S["search"]["param"]}" placeholder="Sök på {esc(S["kommun"])}.se"><button class="env-button" type="submit">Sök</button></form></div>
</div>
<div class="sv-script-portlet sv-portlet lp-mainmenu"><ul class="env-list lp-mainmenu__list">
{"".join(menu)}
</ul></div>
</div>
<div class="sv-layout" id="svid10_content">
{body}
</div>
<div class="sv-layout lp-footer" id="svid10_foot">
<div class="sv-row">{footer_html(S, "sv-column-3 ")}</div>
</div>
</div>
<script src="/sitevision/system-resource/c4d8a3b0/js/jquery.js"></script>
<script>document.querySelectorAll('.lp-mainmenu__toggle').forEach(function(b){{b.addEventListener('click',function(){{var p=document.getElementById(b.getAttribute('aria-controls'));p.hidden=!p.hidden;b.setAttribute('aria-expanded',String(!p.hidden));}});}});</script>
{COOKIE_JS}
</body>
</html>
"""


# ---------------------------------------------------------------- municipio (WordPress, drawer)
def fam_municipio(S, title, body):
    tb = "".join(f'<li class="c-nav__item">{link(t, h, **a)}</li>' for t, h, a in topbar_items(S))
    menu = []
    for area, items in S["menu"]:
        sub = "".join(f'<li class="c-nav__item c-nav__item--depth-1"><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in subs(S, area, items))
        menu.append(f'<li class="c-nav__item c-nav__item--depth-0 has-children"><a href="{area_href(S, area)}">{esc(area)}</a>'
                    f'<button class="c-nav__toggle" aria-label="Öppna undermeny"></button><ul class="c-nav__sub" aria-hidden="true">{sub}</ul></li>')
    return f"""<!DOCTYPE html>
<html lang="sv-SE">
{head(S, title, '<link rel="stylesheet" href="/wp-content/themes/municipio/assets/dist/css/app.css">')}
<body class="wp-theme-municipio page-template-default">
{cookie(S)}
<header id="site-header" class="c-header c-header--business">
<div class="c-header__top"><nav aria-label="Snabblänkar"><ul class="c-nav c-nav--horizontal">{tb}</ul></nav></div>
<div class="c-header__main">
<a href="/" class="c-header__logo"><img src="/wp-content/uploads/2024/03/logotyp.svg" alt="{esc(S["site_name"])}"></a>
<form class="c-search" action="{S["search"]["path"]}" method="get" role="search"><label for="s" class="u-sr__only">Sök</label><input id="s" type="search" name="{S["search"]["param"]}" placeholder="Sök på webbplatsen"><button type="submit">Sök</button></form>
<button class="c-button c-header__menu-trigger" aria-controls="drawer" aria-expanded="false">Meny</button>
</div>
</header>
<div id="drawer" class="c-drawer" hidden>
<button class="c-drawer__close" aria-label="Stäng menyn">Stäng</button>
<nav class="c-nav c-nav--drawer" aria-label="Huvudmeny"><ul>
{"".join(menu)}
</ul></nav>
</div>
<main id="main-content" class="o-container">
{body}
</main>
<footer class="c-footer">
<div class="o-grid">{footer_html(S, "o-grid-4 ")}</div>
</footer>
<script>document.querySelector('.c-header__menu-trigger').addEventListener('click',function(){{var d=document.getElementById('drawer');d.hidden=!d.hidden;}});</script>
{COOKIE_JS}
</body>
</html>
"""


# ---------------------------------------------------------------- bootstrap
def fam_bootstrap(S, title, body):
    tb = "".join(f'<li class="list-inline-item">{link(t, h, **a)}</li>' for t, h, a in topbar_items(S))
    menu = []
    for i, (area, items) in enumerate(S["menu"]):
        sub = "".join(f'<li><a class="dropdown-item" href="{esc(h)}">{esc(t)}</a></li>' for t, h in subs(S, area, items))
        menu.append(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{area_href(S, area)}" id="dd{i}" data-bs-toggle="dropdown" aria-expanded="false">{esc(area)}</a>'
                    f'<ul class="dropdown-menu" aria-labelledby="dd{i}">{sub}</ul></li>')
    return f"""<!DOCTYPE html>
<html lang="sv">
{head(S, title, '<link rel="stylesheet" href="/assets/css/bootstrap.min.css">')}
<body>
{cookie(S)}
<div class="bg-light border-bottom small"><div class="container"><ul class="list-inline mb-0 py-1 text-end">{tb}</ul></div></div>
<div class="container py-3 d-flex justify-content-between align-items-center">
<a class="navbar-brand" href="/"><img src="/assets/img/logo.png" alt="{esc(S["site_name"])}" height="60"></a>
<form class="d-flex" action="{S["search"]["path"]}" method="get"><input class="form-control me-2" type="search" name="{S["search"]["param"]}" placeholder="Sök" aria-label="Sök"><button class="btn btn-primary" type="submit">Sök</button></form>
</div>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainnav" aria-controls="mainnav" aria-expanded="false" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainnav"><ul class="navbar-nav">
{"".join(menu)}
</ul></div></div></nav>
<main class="container my-4" id="innehall">
{body}
</main>
<footer class="bg-dark text-white py-4"><div class="container"><div class="row">
{footer_html(S, "col-md-3 ")}
</div></div></footer>
<script src="/assets/js/bootstrap.bundle.min.js"></script>
{COOKIE_JS}
</body>
</html>
"""


# ---------------------------------------------------------------- table (2000s, ISO-8859-1)
def fam_table(S, title, body):
    tb = " &nbsp;|&nbsp; ".join(link(t, h, **a) for t, h, a in topbar_items(S))
    menu = []
    for area, items in S["menu"]:
        sub = "".join(f'<tr><td>&nbsp;&nbsp;<font size="1"><a href="{esc(h)}">{esc(t)}</a></font></td></tr>' for t, h in subs(S, area, items))
        menu.append(f'<tr><td bgcolor="#d9e4f0"><font face="Verdana" size="2"><b><a href="{area_href(S, area)}">{esc(area)}</a></b></font></td></tr>{sub}')
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="sv">
{head(S, title)}
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
{cookie(S)}
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2" bgcolor="#1f4e79" align="right"><font face="Verdana" size="1" color="#ffffff">{tb}</font></td></tr>
<tr><td bgcolor="#1f4e79" height="80"><a href="/"><img src="/bilder/logo.gif" alt="{esc(S["site_name"])}" border="0"></a></td>
<td bgcolor="#1f4e79" align="right"><form action="{S["search"]["path"]}" method="get"><font face="Verdana" size="2" color="#ffffff">Sök:</font> <input type="text" name="{S["search"]["param"]}" size="18"> <input type="submit" value="Sök"></form></td></tr>
<tr><td width="200" valign="top" bgcolor="#f2f2f2"><table width="100%" cellpadding="3" cellspacing="0" border="0">
{"".join(menu)}
</table></td>
<td valign="top"><font face="Verdana" size="2">
{body}
</font></td></tr>
<tr><td colspan="2" bgcolor="#e6e6e6"><table width="100%" cellpadding="8"><tr>
{"".join('<td valign="top"><font face="Verdana" size="1">' + c + '</font></td>' for c in footer_html(S).split(chr(10)))}
</tr></table></td></tr>
</table>
{COOKIE_JS}
</body>
</html>
"""


FAMILIES = {"semantic": fam_semantic, "soup": fam_soup, "sitevision": fam_sitevision,
            "municipio": fam_municipio, "bootstrap": fam_bootstrap, "table": fam_table}


def render(S, path: str, title: str, body: str) -> str:
    S["_path"] = path
    return FAMILIES[S["family"]](S, title, body)
