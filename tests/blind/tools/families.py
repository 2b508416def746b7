"""Markup families for the blind corpus. Each render_* returns a full HTML document.

S = site dict, P = page dict (see build_sites.py). Menus, header and footer are
repeated on every page of a site; only P["body"] (and the front page sections)
is a page's own content.
"""
from __future__ import annotations

from common import COOKIE_SCRIPT, COOKIE_TEXT, ORIGIN, STATS_SCRIPT, esc, jsonld


def page_title(S, P) -> str:
    if P.get("title_full"):
        return P["title_full"]
    if P.get("front"):
        return S.get("front_title", S["name"])
    return f"{P['title']}{S['sep']}{S['name']}"


def head(S, P, css, extra_meta="", charset="utf-8", base=None) -> str:
    desc = P.get("description") or S.get("description") or f"Officiell webbplats för {S['name']}."
    ld = jsonld(S, S.get("jsonld_extra")) if P.get("front") or S.get("jsonld_all") else None
    out = ["<!DOCTYPE html>", f"<html lang=\"sv\" class=\"no-js {S.get('html_class', '')}\">", "<head>"]
    if charset.lower() == "utf-8":
        out.append("<meta charset=\"utf-8\">")
    else:
        out.append(f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">")
    if base:
        out.append(f"<base href=\"{base}\">")
    out += [
        f"<title>{esc(page_title(S, P))}</title>",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        f"<meta name=\"description\" content=\"{esc(desc)}\">",
        f"<meta property=\"og:title\" content=\"{esc(P.get('title') or S['name'])}\">",
        f"<meta property=\"og:site_name\" content=\"{esc(S['name'])}\">",
        f"<link rel=\"canonical\" href=\"{ORIGIN}{P['path']}\">",
        "<link rel=\"icon\" href=\"/favicon.ico\">",
        extra_meta,
        f"<style>\n{css}\n</style>",
    ]
    if ld:
        out.append(f"<script type=\"application/ld+json\">\n{ld}\n</script>")
    out.append(f"<script>{STATS_SCRIPT}</script>")
    out.append(S.get("head_extra", ""))
    out.append("</head>")
    return "\n".join(x for x in out if x is not None)


def cookie_banner(S, cls="cookie-banner") -> str:
    return (f"<div id=\"cookie-banner\" class=\"{cls}\">\n<p>{esc(COOKIE_TEXT)} "
            f"<a href=\"{S['cookie_href']}\">Läs mer om kakor</a></p>\n"
            "<button type=\"button\" data-cc=\"all\">Godkänn alla</button>\n"
            "<button type=\"button\" data-cc=\"necessary\">Endast nödvändiga</button>\n</div>")


def link(text, href, attrs="") -> str:
    a = f" {attrs}" if attrs else ""
    return f"<a href=\"{esc(href)}\"{a}>{text}</a>"


def footer_contact_lines(S) -> str:
    return (f"<p><strong>{esc(S['name'])}</strong><br>\n{esc(S['postal'])}<br>\n"
            f"Besöksadress: {esc(S['visit'])}</p>\n"
            f"<p>Växel: <a href=\"tel:{S['phone_intl'].replace(' ', '')}\">{esc(S['phone'])}</a><br>\n"
            f"E-post: <a href=\"mailto:{S['email']}\">{esc(S['email'])}</a><br>\n"
            f"Organisationsnummer: {esc(S['orgnr'])}</p>")


def footer_links(S) -> list[tuple[str, str]]:
    return [("Tillgänglighetsredogörelse", S["access_href"]), ("Om kakor", S["cookie_href"]),
            ("Behandling av personuppgifter", S.get("gdpr_href", "/om-webbplatsen/personuppgifter")),
            ("Om webbplatsen", S.get("about_href", "/om-webbplatsen")),
            ("Press och media", S.get("press_href", "/press")),
            ("Lediga jobb", S.get("jobs_href", "/lediga-jobb")),
            ("Sociala medier", S.get("social_href", "/sociala-medier"))]


def event_items(S):
    return S.get("events", [])


# ---------------------------------------------------------------- (1) semantic HTML5

CSS_SEMANTIC = """
:root{--brand:#005b82;--ink:#1c1c1c;--muted:#5c5c5c;--bg:#f4f7f9;--accent:#f2b705}
*{box-sizing:border-box}
body{margin:0;font-family:"Source Sans Pro",Arial,sans-serif;color:var(--ink);line-height:1.5;background:#fff}
a{color:var(--brand)}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
.topbar{background:var(--brand);color:#fff;font-size:.875rem}
.topbar ul{display:flex;gap:1.25rem;list-style:none;margin:0 auto;padding:.35rem 1rem;max-width:1200px;justify-content:flex-end}
.topbar a{color:#fff;text-decoration:none}
.brand{display:flex;align-items:center;gap:2rem;max-width:1200px;margin:0 auto;padding:1rem}
.brand img{height:56px}
.brand form{flex:1;display:flex}
.brand input{flex:1;padding:.6rem;border:2px solid var(--brand);border-radius:4px 0 0 4px}
.brand button{background:var(--brand);color:#fff;border:0;padding:0 1rem;border-radius:0 4px 4px 0}
.header-links{display:flex;gap:1rem;list-style:none;margin:0;padding:0}
.header-links a{font-weight:600;text-decoration:none}
nav.primary{background:var(--bg);border-top:1px solid #dde4e9;border-bottom:1px solid #dde4e9}
nav.primary>ul{display:flex;flex-wrap:wrap;list-style:none;margin:0 auto;padding:0;max-width:1200px}
nav.primary>ul>li{position:relative}
nav.primary>ul>li>a{display:block;padding:.9rem 1rem;font-weight:600;color:var(--ink);text-decoration:none}
nav.primary .sub{display:none;position:absolute;z-index:20;background:#fff;min-width:260px;box-shadow:0 8px 20px rgba(0,0,0,.15);list-style:none;margin:0;padding:.5rem 0}
nav.primary li:hover>.sub,nav.primary li:focus-within>.sub{display:block}
nav.primary .sub a{display:block;padding:.4rem 1rem;text-decoration:none}
main{max-width:1200px;margin:0 auto;padding:1rem}
.hero{position:relative;background:linear-gradient(120deg,#00405c,#0a7aa8);color:#fff;border-radius:8px;padding:3rem 2rem;margin:1rem 0 2rem}
.hero h1{font-size:2.4rem;margin:0 0 .5rem}
.hero .cards{display:grid;grid-template-columns:repeat(4,1fr);gap:1rem;margin-top:2rem}
.hero .cards a{display:block;background:#fff;color:var(--brand);padding:1rem;border-radius:6px;font-weight:700;text-decoration:none}
.news{display:grid;grid-template-columns:repeat(3,1fr);gap:1.5rem}
.news article{border:1px solid #e3e3e3;border-radius:6px;padding:1rem}
.news h3{margin:.25rem 0}
.events ul,.link-list{list-style:none;padding:0}
.events li{padding:.5rem 0;border-bottom:1px solid #eee}
.breadcrumbs ol{display:flex;gap:.5rem;list-style:none;padding:0;font-size:.9rem}
.breadcrumbs li+li:before{content:"›";margin-right:.5rem;color:var(--muted)}
article.content{max-width:760px}
article.content table{border-collapse:collapse;margin:1rem 0}
article.content th,article.content td{border:1px solid #ccd;padding:.4rem .8rem;text-align:left}
aside.related{background:var(--bg);padding:1rem;border-radius:6px;margin:2rem 0}
.page-meta{color:var(--muted);font-size:.875rem;margin-top:2rem}
footer.site-footer{background:#1f2d36;color:#eef;margin-top:3rem}
footer.site-footer a{color:#fff}
footer .cols{display:grid;grid-template-columns:repeat(3,1fr);gap:2rem;max-width:1200px;margin:0 auto;padding:2rem 1rem}
footer ul{list-style:none;padding:0}
.cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:3px solid var(--accent);padding:1rem 2rem;z-index:99;box-shadow:0 -4px 16px rgba(0,0,0,.2)}
.cookie-banner button{margin-right:.5rem;padding:.5rem 1rem}
@media (max-width:800px){.hero .cards,.news,footer .cols{grid-template-columns:1fr}nav.primary>ul{flex-direction:column}}
"""


def semantic_menu(S) -> str:
    out = ["<nav class=\"primary\" aria-label=\"Huvudmeny\" id=\"huvudmeny\">", "<ul>"]
    for a in S["areas"]:
        out.append(f"<li>{link(esc(a['label']), a.get('top_href', a['href']))}")
        out.append("<ul class=\"sub\">")
        for label, href in a["subs"]:
            out.append(f"<li>{link(label, href)}</li>")
        out.append("</ul></li>")
    out += ["</ul>", "</nav>"]
    return "\n".join(out)


def semantic_header(S) -> str:
    tb = "\n".join(f"<li>{link(t, h, at)}</li>" for t, h, at in S["topbar"])
    hl = "\n".join(f"<li>{link(t, h, at)}</li>" for t, h, at in S["header_links"])
    return f"""<header class="site-header">
<div class="topbar"><ul>
{tb}
</ul></div>
<div class="brand">
<a href="/" class="logo"><img src="/img/logo.svg" alt="{esc(S['name'])} – till startsidan" width="180" height="56"></a>
<form role="search" action="{S['search_path']}" method="get">
<label for="sok" class="visually-hidden">Sök på webbplatsen</label>
<input type="search" id="sok" name="{S['search_param']}" placeholder="Vad letar du efter?">
<button type="submit">Sök</button>
</form>
<ul class="header-links">
{hl}
</ul>
</div>
{semantic_menu(S)}
</header>"""


def semantic_footer(S) -> str:
    fl = "\n".join(f"<li>{link(t, h)}</li>" for t, h in footer_links(S))
    return f"""<footer class="site-footer">
<div class="cols">
<section aria-labelledby="f-kontakt"><h2 id="f-kontakt">{esc(S['name'])}</h2>
{footer_contact_lines(S)}
</section>
{S.get('footer_extra', '')}
<section aria-labelledby="f-genvagar"><h2 id="f-genvagar">Om webbplatsen</h2><ul>
{fl}
</ul></section>
</div>
</footer>"""


def semantic_front_main(S) -> str:
    h = S["hero"]
    cards = "\n".join(link(t, hr, at) for t, hr, at in h["cards"])
    news = "\n".join(f"""<article>
<time datetime="{n['date']}">{n['date']}</time>
<h3>{link(n['title'], n['href'])}</h3>
<p>{n['excerpt']}</p>
</article>""" for n in S["front_news"])
    ev = "\n".join(f"<li><time datetime=\"{e['date']}\">{e['date']}</time> {link(esc(e['title']), e['href'])} – {esc(e['place'])}</li>" for e in event_items(S))
    return f"""<section class="hero" aria-labelledby="hero-title">
<h1 id="hero-title">{h['title']}</h1>
<p>{h['text']}</p>
<div class="cards">
{cards}
</div>
</section>
<section aria-labelledby="nyheter-rubrik">
<h2 id="nyheter-rubrik">Nyheter</h2>
<div class="news">
{news}
</div>
<p><a href="{S['news_href']}">Fler nyheter</a></p>
</section>
<section class="events" aria-labelledby="evenemang-rubrik">
<h2 id="evenemang-rubrik">Evenemang</h2>
<ul>
{ev}
</ul>
<p><a href="{S['events_href']}">Alla evenemang</a></p>
</section>
{S.get('front_extra', '')}"""


def crumbs_html(S, P, wrap="nav") -> str:
    items = [("Startsida", S.get("home_href", "/")), *list(P.get("crumbs", []))]
    lis = "".join(f"<li>{link(esc(t), h)}</li>" for t, h in items)
    lis += f"<li aria-current=\"page\">{esc(P['title'])}</li>"
    if wrap == "nav":
        return f"<nav class=\"breadcrumbs\" aria-label=\"Brödsmulor\"><ol>{lis}</ol></nav>"
    return f"<div class=\"{wrap}\"><ol>{lis}</ol></div>"


def semantic_inner_main(S, P) -> str:
    aside = f"<aside class=\"related\" aria-label=\"Relaterat\">{P['aside']}</aside>" if P.get("aside") else ""
    return f"""{crumbs_html(S, P)}
<article class="content">
<h1>{P['h1']}</h1>
{P['body']}
<p class="page-meta">Senast uppdaterad: {P.get('updated', '2024-03-18')}</p>
</article>
{aside}"""


def render_semantic(S, P) -> str:
    main = semantic_front_main(S) if P.get("front") else semantic_inner_main(S, P)
    return f"""{head(S, P, CSS_SEMANTIC + S.get('css_extra', ''))}
<body class="{'home' if P.get('front') else 'page'}">
<a class="skip" href="#innehall">Hoppa till innehållet</a>
{cookie_banner(S)}
{semantic_header(S)}
<main id="innehall">
{main}
</main>
{semantic_footer(S)}
<script>{COOKIE_SCRIPT}</script>
{S.get('body_end_extra', '')}
</body>
</html>
"""


# ---------------------------------------------------------------- (2) div soup

CSS_SOUP = """
body{margin:0;font:15px/1.45 Helvetica,Arial,sans-serif;color:#222}
a{color:#7a1f3d}
.q0{background:#7a1f3d;color:#fff;font-size:13px}
.q0 a{color:#fff;margin-right:18px;text-decoration:none}
.q0 .r1{max-width:1140px;margin:0 auto;padding:6px 12px;text-align:right}
.q1{max-width:1140px;margin:0 auto;padding:14px 12px;display:flex;align-items:center;gap:24px}
.q1 .l3 img{height:60px}
.q1 .s5{flex:1}
.q1 .s5 input{width:70%;padding:9px;border:1px solid #999}
.q1 .ic a{display:inline-block;width:40px;height:40px;margin-left:8px}
.q1 .ic img{width:32px;height:32px}
.zz{background:#efe9e4;border-top:1px solid #d8cfc7;border-bottom:1px solid #d8cfc7}
.zz .w1{max-width:1140px;margin:0 auto;display:flex;flex-wrap:wrap}
.box7{position:relative}
.box7>a{display:block;padding:13px 15px;font-weight:bold;color:#222;text-decoration:none}
.box7 .k2{display:none;position:absolute;background:#fff;border:1px solid #ccc;min-width:250px;z-index:9}
.box7:hover .k2{display:block}
.box7 .k2 a{display:block;padding:6px 14px}
.c9{max-width:1140px;margin:0 auto;padding:12px}
.box3{background:#3b0f1f url(/img/hero.jpg) center/cover;color:#fff;padding:60px 40px;margin:16px 0 30px}
.box3 .t{font-size:38px;font-weight:bold;margin:0}
.box3 .g4{display:flex;gap:14px;margin-top:24px}
.box3 .g4 a{background:#fff;color:#7a1f3d;padding:14px 18px;font-weight:bold;text-decoration:none}
.x4{display:flex;gap:20px}
.x4 .y{flex:1;border-top:4px solid #7a1f3d;padding-top:8px}
.crumb{font-size:13px;margin:8px 0}.crumb ol{list-style:none;padding:0;display:flex;gap:8px}
.txt{max-width:720px}
.txt table{border-collapse:collapse}.txt td,.txt th{border:1px solid #bbb;padding:5px 9px}
.w9{background:#2a2a2a;color:#ddd;margin-top:40px}
.w9 a{color:#fff}
.w9 .f2{max-width:1140px;margin:0 auto;padding:26px 12px;display:flex;gap:40px}
.w9 .f2>div{flex:1}
.cb{position:fixed;bottom:0;left:0;right:0;background:#fffbe6;padding:14px 22px;border-top:2px solid #e0b000}
"""


def soup_menu(S) -> str:
    out = ["<div class=\"zz\"><div class=\"w1\">"]
    for a in S["areas"]:
        out.append(f"<div class=\"box7\">{link(esc(a['label']), a.get('top_href', a['href']))}<div class=\"k2\">")
        out += [link(label, h) for label, h in a["subs"]]
        out.append("</div></div>")
    out.append("</div></div>")
    return "\n".join(out)


def soup_header(S) -> str:
    tb = "\n".join(link(t, h, at) for t, h, at in S["topbar"])
    icons = "\n".join(S["header_icons"])
    return f"""<div class="q0"><div class="r1">
{tb}
</div></div>
<div class="q1">
<div class="l3"><a href="/"><img src="/img/{S['domain'].split('.')[0]}-logo.png" alt="{esc(S['name'])}"></a></div>
<div class="s5"><form action="{S['search_path']}" method="get"><input type="text" name="{S['search_param']}" placeholder="Sök på {S['domain']}" aria-label="Sök"> <input type="submit" value="Sök"></form></div>
<div class="ic">
{icons}
</div>
</div>
{soup_menu(S)}"""


def soup_footer(S) -> str:
    fl = "<br>\n".join(link(t, h) for t, h in footer_links(S))
    return f"""<div class="w9"><div class="f2">
<div>{footer_contact_lines(S)}</div>
{S.get('footer_extra', '')}
<div>{fl}</div>
</div></div>"""


def soup_front_main(S) -> str:
    h = S["hero"]
    cards = "\n".join(link(t, hr, at) for t, hr, at in h["cards"])
    news = "\n".join(f"""<div class="y"><div class="d">{n['date']}</div>
<div class="h"><b>{link(n['title'], n['href'])}</b></div>
<div class="p">{n['excerpt']}</div></div>""" for n in S["front_news"])
    ev = "<br>\n".join(f"{e['date']} {link(esc(e['title']), e['href'])}, {esc(e['place'])}" for e in event_items(S))
    return f"""<div class="box3">
<div class="t">{h['title']}</div>
<div class="u">{h['text']}</div>
<div class="g4">
{cards}
</div>
</div>
<div class="m2"><div class="hh"><b>Aktuellt</b></div>
<div class="x4">
{news}
</div>
<div><a href="{S['news_href']}">Alla nyheter</a></div>
</div>
<div class="m3"><div class="hh"><b>Det händer i {esc(S['town'])}</b></div>
<div class="ev">{ev}</div>
<div><a href="{S['events_href']}">Fler evenemang</a></div>
</div>
{S.get('front_extra', '')}"""


def soup_inner_main(S, P) -> str:
    items = [("Start", "/"), *list(P.get("crumbs", []))]
    cr = " / ".join(link(esc(t), h) for t, h in items) + f" / <span>{esc(P['title'])}</span>"
    side = f"<div class=\"sd\">{P['aside']}</div>" if P.get("aside") else ""
    return f"""<div class="crumb">{cr}</div>
<div class="txt">
<h1>{P['h1']}</h1>
{P['body']}
<div class="upd">Uppdaterad {P.get('updated', '2024-02-27')}</div>
</div>
{side}"""


def render_soup(S, P) -> str:
    main = soup_front_main(S) if P.get("front") else soup_inner_main(S, P)
    return f"""{head(S, P, CSS_SOUP + S.get('css_extra', ''))}
<body>
<div class="cb" id="cookie-banner"><span>{esc(COOKIE_TEXT)}</span> <a href="{S['cookie_href']}">Mer om kakor</a> <button data-cc="all">OK</button> <button data-cc="necessary">Bara nödvändiga</button></div>
<div class="o1">
{soup_header(S)}
<div class="c9">
{main}
</div>
{soup_footer(S)}
</div>
<script>{COOKIE_SCRIPT}</script>
{S.get('body_end_extra', '')}
</body>
</html>
"""


# ---------------------------------------------------------------- (3) table layout

def table_top_nav(S) -> str:
    return " | ".join(link(f"<font color=\"#ffffff\"><b>{a['label']}</b></font>", a.get('top_href', a['href']))
                      for a in S["top_items"])


def table_left(S) -> str:
    out = ["<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\" border=\"0\">"]
    for a in S["areas"]:
        out.append(f"<tr><td bgcolor=\"#d6e3cf\"><font face=\"Verdana\" size=\"2\"><b>{link(a['label'], a['href'])}</b></font></td></tr>")
        for label, h in a["subs"]:
            out.append(f"<tr><td><font face=\"Verdana\" size=\"1\">&nbsp;&nbsp;&raquo; {link(label, h)}</font></td></tr>")
    out.append("</table>")
    return "\n".join(out)


def render_table(S, P) -> str:
    tb = " &nbsp;|&nbsp; ".join(link(f"<font color=\"#333333\">{t}</font>", h, at) for t, h, at in S["topbar"])
    if P.get("front"):
        h = S["hero"]
        cards = "\n".join(f"<td width=\"25%\" bgcolor=\"#f2f6ef\" align=\"center\"><font face=\"Verdana\" size=\"2\"><b>{link(t, hr, at)}</b></font></td>" for t, hr, at in h["cards"])
        news = "\n".join(f"<tr><td><font face=\"Verdana\" size=\"1\" color=\"#777777\">{n['date']}</font><br><font face=\"Verdana\" size=\"2\"><b>{link(n['title'], n['href'])}</b><br>{n['excerpt']}</font><hr size=\"1\" noshade></td></tr>" for n in S["front_news"])
        ev = "\n".join(f"<tr><td><font face=\"Verdana\" size=\"1\">{e['date']}<br>{link(esc(e['title']), e['href'])}<br>{esc(e['place'])}</font></td></tr>" for e in event_items(S))
        center = f"""<table width="100%" cellpadding="12" cellspacing="0" border="0" bgcolor="#33691e"><tr><td>
<font face="Georgia" size="5" color="#ffffff"><b>{h['title']}</b></font><br>
<font face="Verdana" size="2" color="#ffffff">{h['text']}</font>
</td></tr></table>
<table width="100%" cellpadding="8" cellspacing="4" border="0"><tr>
{cards}
</tr></table>
<br>
<font face="Verdana" size="3"><b>Nyheter</b></font>
<table width="100%" cellpadding="4" cellspacing="0" border="0">
{news}
</table>
<a href="{S['news_href']}"><font face="Verdana" size="2">Nyhetsarkiv</font></a>"""
        right = f"""<table width="100%" cellpadding="4" cellspacing="0" border="0" bgcolor="#f7f7f7">
<tr><td bgcolor="#33691e"><font face="Verdana" size="2" color="#ffffff"><b>Evenemang</b></font></td></tr>
{ev}
<tr><td><a href="{S['events_href']}"><font face="Verdana" size="1">Fler evenemang</font></a></td></tr>
</table>"""
    else:
        items = [("Startsida", S.get("home_href", "/")), *list(P.get("crumbs", []))]
        cr = " &gt; ".join(link(esc(t), hh) for t, hh in items) + f" &gt; {esc(P['title'])}"
        center = f"""<font face="Verdana" size="1">Du är här: {cr}</font><br><br>
<h1 style="font-size:24px;margin:0"><font face="Georgia" color="#33691e">{P['h1']}</font></h1>
<div class="txt" style="font-family:Verdana;font-size:13px">
{P['body']}
</div>
<br><font face="Verdana" size="1" color="#777777">Senast ändrad: {P.get('updated', '2011-09-14')}</font>"""
        right = P.get("aside") or "&nbsp;"
    return f"""{head(S, P, CSS_TABLE + S.get('css_extra', ''), charset=S.get('charset', 'utf-8'))}
<body bgcolor="#ffffff" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<div id="cookie-banner" style="background:#ffffcc;padding:6px;font-family:Verdana;font-size:11px">{esc(COOKIE_TEXT)} <a href="{S['cookie_href']}">Mer information</a> <button data-cc="all">OK</button></div>
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="3" align="right" bgcolor="#eeeeee"><font face="Verdana" size="1">{tb}</font></td></tr>
<tr>
<td width="200" height="90" valign="middle"><a href="{S.get('home_href', '/')}"><img src="/bilder/logo.gif" width="180" height="70" border="0" alt="{esc(S['name'])}"></a></td>
<td valign="middle" align="center"><font face="Georgia" size="4" color="#33691e">{esc(S['name'])}</font><br><font face="Verdana" size="1">{esc(S.get('slogan', ''))}</font></td>
<td width="260" valign="middle"><form action="{S['search_path']}" method="get"><font face="Verdana" size="1">Sök:</font> <input type="text" name="{S['search_param']}" size="18"> <input type="submit" value="Sök"></form></td>
</tr>
<tr><td colspan="3" bgcolor="#33691e" height="28"><font face="Verdana" size="2">&nbsp;{table_top_nav(S)}</font></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#fafafa">
<font face="Verdana" size="2"><b>Genvägar</b></font>
{table_left(S)}
</td>
<td valign="top" style="padding:12px">
{center}
</td>
<td width="200" valign="top" style="padding:8px">
{right}
</td>
</tr>
<tr><td colspan="3" bgcolor="#dddddd" style="padding:10px">
<table width="100%" cellpadding="4" cellspacing="0" border="0"><tr>
<td valign="top" width="40%"><font face="Verdana" size="1">{footer_contact_lines(S)}</font></td>
<td valign="top" width="30%"><font face="Verdana" size="1">{S.get('footer_extra', '&nbsp;')}</font></td>
<td valign="top" width="30%"><font face="Verdana" size="1">{'<br>'.join(link(t, h) for t, h in footer_links(S))}</font></td>
</tr></table>
</td></tr>
</table>
<script type="text/javascript">{COOKIE_SCRIPT}</script>
{S.get('body_end_extra', '')}
</body>
</html>
"""


CSS_TABLE = """
body{font-family:Verdana,Geneva,sans-serif}
a:link{color:#1b4d0f}a:visited{color:#4a6d3f}a:hover{color:#c00}
.txt table{border-collapse:collapse}.txt td,.txt th{border:1px solid #999;padding:3px 6px;font-size:12px}
"""


# ---------------------------------------------------------------- (4) Sitevision-like

CSS_SV = """
body{margin:0;font-family:"Open Sans",Arial,sans-serif;color:#222}
.sv-layout{box-sizing:border-box}
.sv-grid-main{max-width:1240px;margin:0 auto;padding:0 16px}
.sv-row{display:flex;flex-wrap:wrap}
.sv-column-12{width:100%}.sv-column-8{width:66.66%}.sv-column-4{width:33.33%}.sv-column-3{width:25%}
.ro-topbar{background:#12355b;color:#fff;font-size:14px}
.ro-topbar a{color:#fff;margin-left:20px;text-decoration:none}
.ro-topbar .sv-text-portlet-content{text-align:right;padding:6px 0}
.ro-header{padding:18px 0;display:flex;align-items:center;gap:30px}
.ro-header img{height:58px}
.ro-search input{padding:10px;width:340px;border:1px solid #12355b}
.mega-menu{background:#e7eef5}
.mega-menu>ul{list-style:none;margin:0 auto;padding:0;max-width:1240px;display:flex;flex-wrap:wrap}
.mega-menu__item>a{display:inline-block;padding:14px 12px;font-weight:700;color:#12355b;text-decoration:none}
.mega-menu__toggle{background:none;border:0;cursor:pointer}
.mega-menu__panel{position:absolute;left:0;right:0;background:#fff;box-shadow:0 10px 20px rgba(0,0,0,.15);padding:20px 40px;z-index:30}
.mega-menu__panel[hidden]{display:none}
.mega-menu__panel ul{columns:3;list-style:none;padding:0}
.ro-hero{background:#12355b url(/images/18.3a1b2c3d4e5f/hero.jpg) center/cover;color:#fff;padding:48px 32px;margin:20px 0}
.ro-hero .heading{font-size:36px;margin:0 0 8px}
.ro-shortcuts{display:flex;gap:14px;margin-top:22px;flex-wrap:wrap}
.ro-shortcuts a{background:#fff;color:#12355b;padding:16px 20px;border-radius:4px;font-weight:700;text-decoration:none;min-width:200px}
.ro-news{display:flex;gap:20px}
.ro-news .sv-portlet{flex:1;border-bottom:3px solid #12355b;padding-bottom:10px}
.sv-text-portlet-content h1.heading{font-size:32px;color:#12355b}
.sv-text-portlet-content table{border-collapse:collapse}
.sv-text-portlet-content td,.sv-text-portlet-content th{border:1px solid #c9d3dd;padding:6px 10px}
.ro-footer{background:#0b2540;color:#dfe8f1;margin-top:40px;padding:30px 0}
.ro-footer a{color:#fff}
.ro-cookie{position:fixed;bottom:0;left:0;right:0;background:#fff;padding:16px 30px;border-top:4px solid #12355b;z-index:100}
.env-button{display:inline-block;background:#12355b;color:#fff;border:0;border-radius:3px;padding:10px 18px;font-weight:700;cursor:pointer}
"""


def sv_id(n) -> str:
    return f"svid12_{n:x}a1b2c{n % 97}"


def sv_text(inner, n, extra_cls="") -> str:
    return (f"<div class=\"sv-text-portlet sv-use-margins {extra_cls}\" id=\"{sv_id(n)}\">"
            f"<div id=\"Text{n}\" class=\"sv-text-portlet-content\">\n{inner}\n</div></div>")


def sv_mega(S) -> str:
    out = ["<nav class=\"mega-menu sv-script-portlet\" aria-label=\"Huvudmeny\" id=\"svid12_megamenu\">", "<ul>"]
    for i, a in enumerate(S["areas"]):
        out.append(f"<li class=\"mega-menu__item\">{link(esc(a['label']), a.get('top_href', a['href']))}"
                   f"<button class=\"mega-menu__toggle\" aria-expanded=\"false\" aria-controls=\"mm-{i}\" aria-label=\"Visa undermeny för {esc(a['label'])}\">&#9662;</button>")
        out.append(f"<div class=\"mega-menu__panel\" id=\"mm-{i}\" hidden><div class=\"mega-menu__column\"><ul>")
        out += [f"<li>{link(label, h)}</li>" for label, h in a["subs"]]
        out.append("</ul></div></div></li>")
    out += ["</ul>", "</nav>"]
    return "\n".join(out)


SV_MENU_SCRIPT = """
document.querySelectorAll('.mega-menu__toggle').forEach(function(b){
  b.addEventListener('click',function(){
    var p=document.getElementById(b.getAttribute('aria-controls'));
    var open=b.getAttribute('aria-expanded')==='true';
    b.setAttribute('aria-expanded',open?'false':'true');
    if(open){p.setAttribute('hidden','');}else{p.removeAttribute('hidden');}
  });
});
"""


def render_sitevision(S, P) -> str:
    header_tag = S.get("sv_header_tag", "header")
    tb = "\n".join(link(t, h, at) for t, h, at in S["topbar"])
    hl = "\n".join(link(t, h, at) for t, h, at in S["header_links"])
    if header_tag == "header":
        h_open, h_close = "<header class=\"sv-layout ro-header-wrap\" id=\"svid10_header\">", "</header>"
    else:
        h_open, h_close = "<div class=\"sv-layout ro-header-wrap\" id=\"svid10_header\">", "</div>"
    if P.get("front"):
        h = S["hero"]
        cards = "\n".join(link(t, hr, at) for t, hr, at in h["cards"])
        news = "\n".join(f"""<div class="sv-portlet sv-news-item" id="{sv_id(200 + i)}">
<p class="ro-date">{n['date']}</p>
<h3 class="subheading">{link(n['title'], n['href'])}</h3>
<p class="normal">{n['excerpt']}</p>
</div>""" for i, n in enumerate(S["front_news"]))
        ev = "\n".join(f"<li>{e['date']} – {link(esc(e['title']), e['href'])}, {esc(e['place'])}</li>" for e in event_items(S))
        content = f"""<div class="sv-layout ro-hero sv-template-layout" id="svid10_hero">
{sv_text(f'<h1 class="heading">{h["title"]}</h1><p class="normal">{h["text"]}</p>', 101)}
<div class="sv-layout ro-shortcuts" id="svid10_shortcuts">
{cards}
</div>
</div>
<div class="sv-layout sv-template-layout" id="svid10_news">
{sv_text('<h2 class="subheading">Nyheter</h2>', 102)}
<div class="ro-news">
{news}
</div>
<p><a href="{S['news_href']}">Fler nyheter</a></p>
</div>
<div class="sv-layout sv-template-layout" id="svid10_events">
{sv_text(f'<h2 class="subheading">Evenemang</h2><ul>{ev}</ul><p><a href="{S["events_href"]}">Evenemangskalender</a></p>', 103)}
</div>
{S.get('front_extra', '')}"""
    else:
        items = [("Startsida", "/"), *list(P.get("crumbs", []))]
        cr = "".join(f"<li>{link(esc(t), hh)}</li>" for t, hh in items) + f"<li>{esc(P['title'])}</li>"
        aside = f"<div class=\"sv-column-4 sv-layout\">{sv_text(P['aside'], 120)}</div>" if P.get("aside") else ""
        content = f"""<div class="sv-layout ro-breadcrumbs" id="svid10_bc"><ol class="env-list">{cr}</ol></div>
<div class="sv-row sv-layout">
<div class="sv-column-8 sv-layout" id="svid10_content">
{sv_text(f'<h1 class="heading">{P["h1"]}</h1>', 110)}
{sv_text(P['body'], 111)}
{sv_text(f'<p class="ro-updated">Senast uppdaterad {P.get("updated", "2024-01-30")}</p>', 112)}
</div>
{aside}
</div>"""
    fl = "\n".join(f"<li>{link(t, h)}</li>" for t, h in footer_links(S))
    return f"""{head(S, P, CSS_SV + S.get('css_extra', ''))}
<body class="sv-responsive env-m-around--0">
<div class="ro-cookie" id="cookie-banner"><p>{esc(COOKIE_TEXT)} <a href="{S['cookie_href']}">Om kakor</a></p><button class="env-button" data-cc="all">Acceptera alla</button> <button class="env-button" data-cc="necessary">Endast nödvändiga</button></div>
<div class="sv-layout" id="svid10_page">
{h_open}
<div class="sv-layout ro-topbar" id="svid10_topbar"><div class="sv-grid-main">
{sv_text(tb, 90)}
</div></div>
<div class="sv-grid-main"><div class="sv-layout ro-header" id="svid10_headerrow">
<div class="sv-image-portlet sv-portlet" id="svid12_logo"><a href="/"><img src="/images/18.5f6e7d8c9b/logo.svg" alt="{esc(S['name'])} logotyp, gå till startsidan"></a></div>
<div class="sv-searchform-portlet sv-portlet ro-search" id="svid12_search"><form action="{S['search_path']}" method="get"><label for="search-q">Sök</label> <input id="search-q" type="text" name="{S['search_param']}" placeholder="Sök på webbplatsen"> <button class="env-button" type="submit">Sök</button></form></div>
<div class="sv-portlet ro-header-links" id="svid12_hlinks">{hl}</div>
</div></div>
{sv_mega(S)}
{h_close}
<div class="sv-layout sv-grid-main" id="svid10_main">
{S.get('main_open', '')}
{content}
{S.get('main_close', '')}
</div>
<div class="sv-layout ro-footer" id="svid10_footer"><div class="sv-grid-main sv-row">
<div class="sv-column-4">{sv_text(footer_contact_lines(S), 130)}</div>
<div class="sv-column-4">{S.get('footer_extra', '')}</div>
<div class="sv-column-4">{sv_text('<ul>' + fl + '</ul>', 131)}</div>
</div></div>
</div>
<script>{SV_MENU_SCRIPT}{COOKIE_SCRIPT}</script>
{S.get('body_end_extra', '')}
</body>
</html>
"""


# ---------------------------------------------------------------- (5) Municipio-like drawer

CSS_MUNI = """
body{margin:0;font-family:Roboto,Arial,sans-serif;color:#202020;background:#fafafa}
.o-container{max-width:1180px;margin:0 auto;padding:0 18px}
.c-header__top{background:#4a2c6b;color:#fff;font-size:14px}
.c-header__top ul{list-style:none;margin:0;padding:6px 0;display:flex;gap:20px;justify-content:flex-end}
.c-header__top a{color:#fff;text-decoration:none}
.c-header__main{display:flex;align-items:center;gap:22px;padding:16px 0;background:#fff}
.c-header__logo img{height:54px}
.c-search{flex:1}.c-search input{width:80%;padding:10px;border:1px solid #bbb;border-radius:22px}
.c-header__quicklinks a{margin-right:14px;font-weight:600;color:#4a2c6b}
.c-button__toggle{background:#4a2c6b;color:#fff;border:0;border-radius:22px;padding:10px 20px;font-weight:700;cursor:pointer}
.c-drawer{position:fixed;top:0;right:0;bottom:0;width:380px;background:#fff;overflow:auto;box-shadow:-6px 0 20px rgba(0,0,0,.25);z-index:200;padding:20px}
.c-drawer[hidden]{display:none}
.c-drawer[aria-hidden=true]{transform:translateX(110%);visibility:hidden}
.c-drawer.is-open{transform:none;visibility:visible}
.c-nav__list{list-style:none;padding:0}.c-nav__item{border-bottom:1px solid #eee}
.c-nav__item>a{display:inline-block;padding:12px 0;font-weight:700;color:#202020;text-decoration:none}
.c-nav__toggle{float:right;background:none;border:0;font-size:20px;cursor:pointer}
.c-nav__sub{list-style:none;padding:0 0 10px 14px}.c-nav__sub[hidden]{display:none}
.c-nav__sub a{display:block;padding:5px 0;color:#4a2c6b}
.c-segment--hero{background:#2b173f url(/wp-content/uploads/2024/05/hero.jpg) center/cover;color:#fff;padding:56px 36px;border-radius:0 0 24px 24px}
.c-segment--hero h1{font-size:40px;margin:0 0 10px}
.c-card-grid{display:grid;grid-template-columns:repeat(4,1fr);gap:16px;margin-top:26px}
.c-card{background:#fff;border-radius:12px;padding:18px;box-shadow:0 2px 6px rgba(0,0,0,.1)}
.c-card a{color:#4a2c6b;font-weight:700;text-decoration:none}
.c-collection{display:grid;grid-template-columns:repeat(3,1fr);gap:20px}
.c-article{background:#fff;padding:24px;border-radius:12px}
.c-article table{border-collapse:collapse}.c-article td,.c-article th{border:1px solid #ddd;padding:6px 10px}
.c-breadcrumb ol{list-style:none;display:flex;gap:8px;padding:0;font-size:14px}
.c-footer{background:#2b173f;color:#eee;margin-top:48px;padding:36px 0}
.c-footer a{color:#fff}
.c-footer__cols{display:grid;grid-template-columns:repeat(3,1fr);gap:30px}
.c-cookie{position:fixed;left:20px;bottom:20px;max-width:420px;background:#fff;border-radius:12px;padding:18px;box-shadow:0 4px 24px rgba(0,0,0,.3);z-index:300}
"""

MUNI_DRAWER_SCRIPT_HIDDEN = """
(function(){
  var btn=document.querySelector('[aria-controls="drawer"]');
  var d=document.getElementById('drawer');
  if(!btn||!d){return;}
  function set(open){ btn.setAttribute('aria-expanded', open?'true':'false'); if(open){d.removeAttribute('hidden');}else{d.setAttribute('hidden','');} }
  btn.addEventListener('click',function(){ set(d.hasAttribute('hidden')); });
  d.querySelectorAll('.js-close').forEach(function(c){ c.addEventListener('click',function(){ set(false); }); });
  d.querySelectorAll('.c-nav__toggle').forEach(function(t){ t.addEventListener('click',function(){
    var s=t.nextElementSibling; var o=t.getAttribute('aria-expanded')==='true';
    t.setAttribute('aria-expanded', o?'false':'true'); if(o){s.setAttribute('hidden','');}else{s.removeAttribute('hidden');} }); });
})();
"""

MUNI_DRAWER_SCRIPT_ARIA = """
(function(){
  var btn=document.querySelector('[aria-controls="drawer"]');
  var d=document.getElementById('drawer');
  if(!btn||!d){return;}
  function set(open){ btn.setAttribute('aria-expanded', open?'true':'false'); d.setAttribute('aria-hidden', open?'false':'true'); d.classList.toggle('is-open', open); }
  btn.addEventListener('click',function(){ set(d.getAttribute('aria-hidden')==='true'); });
  d.querySelectorAll('.js-close').forEach(function(c){ c.addEventListener('click',function(){ set(false); }); });
})();
"""


def muni_drawer(S) -> str:
    closed = "hidden" if S.get("drawer_mode", "hidden") == "hidden" else "aria-hidden=\"true\""
    sub_closed = "hidden" if S.get("drawer_mode", "hidden") == "hidden" else ""
    out = [f"<div id=\"drawer\" class=\"c-drawer c-drawer--right\" {closed}>",
           "<div class=\"c-drawer__header\"><button type=\"button\" class=\"c-button js-close\">Stäng</button></div>",
           "<nav class=\"c-nav c-nav--drawer\" aria-label=\"Meny\"><ul class=\"c-nav__list\">"]
    for _i, a in enumerate(S["areas"]):
        out.append(f"<li class=\"c-nav__item has-children\">{link(esc(a['label']), a.get('top_href', a['href']))}"
                   f"<button type=\"button\" class=\"c-nav__toggle\" aria-expanded=\"false\" aria-label=\"Visa undersidor till {esc(a['label'])}\">+</button>")
        out.append(f"<ul class=\"c-nav__sub\" {sub_closed}>")
        out += [f"<li>{link(label, h)}</li>" for label, h in a["subs"]]
        out.append("</ul></li>")
    out.append("</ul></nav>")
    out.append(S.get("drawer_extra", ""))
    out.append("</div>")
    return "\n".join(out)


def render_municipio(S, P) -> str:
    tb = "\n".join(f"<li>{link(t, h, at)}</li>" for t, h, at in S["topbar"])
    hl = "\n".join(link(t, h, at) for t, h, at in S["header_links"])
    if P.get("front"):
        h = S["hero"]
        cards = "\n".join(f"<div class=\"c-card\">{link(t, hr, at)}</div>" for t, hr, at in h["cards"])
        news = "\n".join(f"""<article class="c-card c-card--news">
<span class="c-card__date">{n['date']}</span>
<h3 class="c-card__title">{link(n['title'], n['href'])}</h3>
<p>{n['excerpt']}</p>
</article>""" for n in S["front_news"])
        ev = "\n".join(f"<li>{e['date']} {link(esc(e['title']), e['href'])} – {esc(e['place'])}</li>" for e in event_items(S))
        content = f"""<section class="c-segment c-segment--hero">
<h1>{h['title']}</h1>
<p>{h['text']}</p>
<div class="c-card-grid">
{cards}
</div>
</section>
<section class="c-segment">
<h2>Nyheter</h2>
<div class="c-collection">
{news}
</div>
<p><a href="{S['news_href']}">Visa alla nyheter</a></p>
</section>
<section class="c-segment">
<h2>På gång</h2>
<ul>{ev}</ul>
<p><a href="{S['events_href']}">Se fler evenemang</a></p>
</section>
{S.get('front_extra', '')}"""
    else:
        items = [("Hem", "/"), *list(P.get("crumbs", []))]
        cr = "".join(f"<li>{link(esc(t), hh)}</li>" for t, hh in items) + f"<li>{esc(P['title'])}</li>"
        aside = f"<aside class=\"c-sidebar\">{P['aside']}</aside>" if P.get("aside") else ""
        content = f"""<nav class="c-breadcrumb" aria-label="Brödsmulor"><ol>{cr}</ol></nav>
<article class="c-article" id="article">
<h1>{P['h1']}</h1>
{P['body']}
<p class="c-article__updated">Publicerad {P.get('published', '2023-10-02')}, senast ändrad {P.get('updated', '2024-04-11')}</p>
</article>
{aside}"""
    fl = "\n".join(f"<li>{link(t, h)}</li>" for t, h in footer_links(S))
    script = MUNI_DRAWER_SCRIPT_HIDDEN if S.get("drawer_mode", "hidden") == "hidden" else MUNI_DRAWER_SCRIPT_ARIA
    return f"""{head(S, P, CSS_MUNI + S.get('css_extra', ''))}
<body class="wp-theme-municipio {'home' if P.get('front') else 'page-template-default'}">
<div class="c-cookie" id="cookie-banner"><p>{esc(COOKIE_TEXT)}</p><p><a href="{S['cookie_href']}">Läs om kakor</a></p><button data-cc="all">Jag godkänner</button> <button data-cc="necessary">Neka statistik</button></div>
<header class="c-header" id="site-header">
<div class="c-header__top"><div class="o-container"><ul>
{tb}
</ul></div></div>
<div class="o-container"><div class="c-header__main">
<a class="c-header__logo" href="/"><img src="/wp-content/uploads/logo.svg" alt="{esc(S['name'])}"></a>
<form class="c-search" action="{S['search_path']}" method="get" role="search"><input type="search" name="{S['search_param']}" placeholder="Vad letar du efter?" aria-label="Sök"><button type="submit">Sök</button></form>
<nav class="c-header__quicklinks" aria-label="Snabblänkar">{hl}</nav>
<button type="button" class="c-button c-button__toggle" aria-controls="drawer" aria-expanded="false"><span class="c-icon" aria-hidden="true">&#9776;</span> Meny</button>
</div></div>
</header>
{muni_drawer(S)}
<main id="main-content" class="o-container">
{content}
</main>
<footer class="c-footer"><div class="o-container c-footer__cols">
<div>{footer_contact_lines(S)}</div>
<div>{S.get('footer_extra', '')}</div>
<div><ul>{fl}</ul></div>
</div></footer>
<script>{script}{COOKIE_SCRIPT}</script>
{S.get('body_end_extra', '')}
</body>
</html>
"""


# ---------------------------------------------------------------- (6) Bootstrap

CSS_BS = """
/* subset of bootstrap 5 utilities, inlined */
*,:after,:before{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#212529}
.container{max-width:1140px;margin:0 auto;padding:0 12px}
.row{display:flex;flex-wrap:wrap;margin:0 -12px}.row>*{padding:0 12px}
.col{flex:1 0 0%}.col-md-3{width:25%}.col-md-4{width:33.333%}.col-md-8{width:66.666%}.col-md-6{width:50%}
.navbar{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;padding:.5rem 1rem}
.navbar-light{background:#f8f9fa}.bg-dark{background:#212529}.text-white{color:#fff}.small{font-size:.875em}
.navbar-brand img{height:50px}
.navbar-nav{display:flex;list-style:none;margin:0;padding:0}
.nav-link{display:block;padding:.5rem .8rem;color:rgba(0,0,0,.75);text-decoration:none;font-weight:600}
.dropdown{position:relative}
.dropdown-menu{display:none;position:absolute;z-index:1000;min-width:16rem;padding:.5rem 0;background:#fff;border:1px solid rgba(0,0,0,.15);border-radius:.375rem;list-style:none}
.dropdown:hover .dropdown-menu,.dropdown-menu.show{display:block}
.dropdown-item{display:block;padding:.3rem 1rem;color:#212529;text-decoration:none}
.dropdown-divider{height:0;margin:.5rem 0;border-top:1px solid rgba(0,0,0,.15)}
.btn{display:inline-block;padding:.375rem .75rem;border:1px solid transparent;border-radius:.375rem}
.btn-primary{background:#0d6efd;color:#fff}.btn-outline-light{border-color:#f8f9fa;color:#f8f9fa}
.form-control{padding:.375rem .75rem;border:1px solid #ced4da;border-radius:.375rem}
.p-5{padding:3rem}.mb-4{margin-bottom:1.5rem}.my-5{margin:3rem 0}.rounded-3{border-radius:.5rem}
.hero{background:#0f5132;color:#fff}
.card{border:1px solid rgba(0,0,0,.125);border-radius:.375rem;background:#fff;height:100%}
.card-body{padding:1rem}.card-title a{text-decoration:none}
.list-group{list-style:none;padding:0}.list-group-item{padding:.5rem 1rem;border:1px solid rgba(0,0,0,.125)}
.table{border-collapse:collapse;width:100%}.table td,.table th{border-bottom:1px solid #dee2e6;padding:.5rem}
.breadcrumb{display:flex;list-style:none;padding:0;gap:.5rem}
.footer{background:#0f2e22;color:#e9ecef;margin-top:3rem;padding:2rem 0}.footer a{color:#fff}
.cookie-consent{position:fixed;bottom:0;width:100%;background:#fff3cd;padding:1rem;z-index:1050}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;overflow:hidden!important;clip:rect(0,0,0,0)!important}
"""

BS_SCRIPT = """
document.querySelectorAll('[data-bs-toggle="dropdown"]').forEach(function(t){
  t.addEventListener('click',function(e){ e.preventDefault(); var m=t.nextElementSibling; var o=m.classList.toggle('show'); t.setAttribute('aria-expanded', o?'true':'false'); });
});
"""


def bs_nav(S) -> str:
    out = ["<ul class=\"navbar-nav me-auto\">"]
    for i, a in enumerate(S["areas"]):
        out.append(f"<li class=\"nav-item dropdown\"><a class=\"nav-link dropdown-toggle\" href=\"{esc(a.get('top_href', a['href']))}\" id=\"dd{i}\" role=\"button\" data-bs-toggle=\"dropdown\" aria-expanded=\"false\">{esc(a['label'])}</a>")
        out.append(f"<ul class=\"dropdown-menu\" aria-labelledby=\"dd{i}\">")
        out.append(f"<li><a class=\"dropdown-item\" href=\"{esc(a['href'])}\">Allt om {esc(a['label'].lower())}</a></li><li><hr class=\"dropdown-divider\"></li>")
        out += [f"<li><a class=\"dropdown-item\" href=\"{esc(h)}\">{label}</a></li>" for label, h in a["subs"]]
        out.append("</ul></li>")
    out.append("</ul>")
    return "\n".join(out)


def render_bootstrap(S, P) -> str:
    tb = "\n".join(link(t, h, (at + " " if at else "") + "class=\"text-white me-3\"") for t, h, at in S["topbar"])
    hl = "\n".join(link(t, h, (at + " " if at else "") + "class=\"btn btn-primary ms-2\"") for t, h, at in S["header_links"])
    wrap_open, wrap_close = ("<header>", "</header>") if S.get("bs_header", True) else ("", "")
    if P.get("front"):
        h = S["hero"]
        sl = 'class="stretched-link"'
        cards = "\n".join(f"<div class=\"col-md-3\"><div class=\"card\"><div class=\"card-body\">{link(t, hr, (at + ' ' if at else '') + sl)}</div></div></div>" for t, hr, at in h["cards"])
        news = "\n".join(f"""<div class="col-md-4"><div class="card"><div class="card-body">
<p class="small text-muted">{n['date']}</p>
<h3 class="card-title h5">{link(n['title'], n['href'])}</h3>
<p class="card-text">{n['excerpt']}</p>
</div></div></div>""" for n in S["front_news"])
        ev = "\n".join(f"<li class=\"list-group-item\">{e['date']} {link(esc(e['title']), e['href'])} <span class=\"small\">{esc(e['place'])}</span></li>" for e in event_items(S))
        content = f"""<div class="p-5 mb-4 hero rounded-3">
<div class="container">
<h1 class="display-5 fw-bold">{h['title']}</h1>
<p class="col-md-8 fs-4">{h['text']}</p>
<div class="row g-3">
{cards}
</div>
</div>
</div>
<section class="container my-5">
<h2>Nyheter</h2>
<div class="row g-4">
{news}
</div>
<p class="mt-3"><a href="{S['news_href']}">Alla nyheter</a></p>
</section>
<section class="container my-5">
<h2>Evenemang</h2>
<ul class="list-group">{ev}</ul>
<p><a href="{S['events_href']}">Evenemangskalendern</a></p>
</section>
{S.get('front_extra', '')}"""
    else:
        items = [("Start", "/"), *list(P.get("crumbs", []))]
        cr = "".join(f"<li class=\"breadcrumb-item\">{link(esc(t), hh)}</li>" for t, hh in items) + f"<li class=\"breadcrumb-item active\" aria-current=\"page\">{esc(P['title'])}</li>"
        aside = f"<div class=\"col-md-4\"><div class=\"card\"><div class=\"card-body\">{P['aside']}</div></div></div>" if P.get("aside") else ""
        content = f"""<div class="container">
<nav aria-label="breadcrumb"><ol class="breadcrumb">{cr}</ol></nav>
<div class="row">
<div class="col-md-8">
<h1>{P['h1']}</h1>
{P['body']}
<p class="small text-muted">Uppdaterad {P.get('updated', '2024-05-06')}</p>
</div>
{aside}
</div>
</div>"""
    fl = "\n".join(f"<li>{link(t, h)}</li>" for t, h in footer_links(S))
    return f"""{head(S, P, CSS_BS + S.get('css_extra', ''))}
<body>
<div class="cookie-consent" id="cookie-banner"><div class="container">{esc(COOKIE_TEXT)} <a href="{S['cookie_href']}">Läs mer</a> <button class="btn btn-primary" data-cc="all">Godkänn</button> <button class="btn" data-cc="necessary">Neka</button></div></div>
{wrap_open}
<div class="bg-dark text-white small"><div class="container py-1 text-end">
{tb}
</div></div>
<nav class="navbar navbar-expand-lg navbar-light">
<div class="container">
<a class="navbar-brand" href="/"><img src="/assets/img/logo.png" alt="{esc(S['name'])}"></a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainnav" aria-controls="mainnav" aria-expanded="false" aria-label="Visa meny"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainnav">
{bs_nav(S)}
<form class="d-flex" role="search" action="{S['search_path']}" method="get"><input class="form-control me-2" type="search" name="{S['search_param']}" placeholder="Sök" aria-label="Sök"><button class="btn btn-outline-success" type="submit">Sök</button></form>
{hl}
</div>
</div>
</nav>
{wrap_close}
<main>
{content}
</main>
<footer class="footer"><div class="container"><div class="row">
<div class="col-md-4">{footer_contact_lines(S)}</div>
<div class="col-md-4">{S.get('footer_extra', '')}</div>
<div class="col-md-4"><ul class="list-unstyled">{fl}</ul></div>
</div></div></footer>
<script>{BS_SCRIPT}{COOKIE_SCRIPT}</script>
{S.get('body_end_extra', '')}
</body>
</html>
"""


# ---------------------------------------------------------------- (7a) custom elements + <base href>

CSS_X = """
x-topbar,x-header,x-nav,x-hero,x-news,x-footer,x-crumbs,x-article{display:block}
body{margin:0;font-family:"Noto Sans",Arial,sans-serif;color:#1a1a1a}
x-topbar{background:#0b3d2e;color:#fff;font-size:14px;padding:6px 20px;text-align:right}
x-topbar a{color:#fff;margin-left:16px}
x-header{display:flex;align-items:center;gap:24px;padding:16px 20px;border-bottom:1px solid #ddd}
x-header .logo img{height:60px}
x-search{flex:1;display:block}x-search input{width:60%;padding:9px}
.icon-link{display:inline-flex;width:44px;height:44px;align-items:center;justify-content:center;border-radius:50%;background:#e4f1ec}
.icon-link svg{width:24px;height:24px;fill:#0b3d2e}
x-nav{background:#f1f6f4}
x-menu{display:flex;flex-wrap:wrap;max-width:1200px;margin:0 auto}
x-item{display:block;position:relative}
x-item>a{display:block;padding:14px 14px;font-weight:700;color:#0b3d2e;text-decoration:none}
x-sub{display:none;position:absolute;background:#fff;min-width:240px;box-shadow:0 6px 14px rgba(0,0,0,.2);z-index:20}
x-item:hover x-sub{display:block}
x-sub a{display:block;padding:6px 14px}
x-page{display:block;max-width:1200px;margin:0 auto;padding:16px 20px}
x-hero{background:#0b3d2e;color:#fff;padding:54px 36px;margin-bottom:30px}
x-hero h1{font-size:38px;margin:0}
x-cards{display:flex;gap:14px;margin-top:22px}
x-cards a{background:#fff;color:#0b3d2e;padding:14px 18px;font-weight:700}
x-news{display:grid;grid-template-columns:repeat(3,1fr);gap:18px}
x-article table{border-collapse:collapse}x-article td,x-article th{border:1px solid #bbb;padding:5px 10px}
x-footer{background:#102a22;color:#e7efe9;padding:30px 20px;margin-top:40px}
x-footer a{color:#fff}
x-cookie{display:block;position:fixed;bottom:0;left:0;right:0;background:#fff;padding:14px 24px;border-top:3px solid #0b3d2e}
"""

X_SCRIPT = """
customElements.define('x-item', class extends HTMLElement {
  connectedCallback(){ this.addEventListener('focusin', () => this.classList.add('open')); this.addEventListener('focusout', () => this.classList.remove('open')); }
});
customElements.define('x-cookie', class extends HTMLElement {});
"""

SVG_PHONE = "<svg viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1L6.6 10.8z\"/></svg>"
SVG_USER = "<svg viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M12 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10zm0 2c-4.4 0-8 2.2-8 5v3h16v-3c0-2.8-3.6-5-8-5z\"/></svg>"
SVG_GRID = "<svg viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M3 3h8v8H3zM13 3h8v8h-8zM3 13h8v8H3zM13 13h8v8h-8z\"/></svg>"


def render_custom(S, P) -> str:
    tb = "\n".join(link(t, h, at) for t, h, at in S["topbar"])
    icons = "\n".join(S["header_icons"])
    menu = []
    for a in S["areas"]:
        menu.append(f"<x-item>{link(esc(a['label']), a.get('top_href', a['href']))}<x-sub>")
        menu += [link(label, h) for label, h in a["subs"]]
        menu.append("</x-sub></x-item>")
    menu = "\n".join(menu)
    if P.get("front"):
        h = S["hero"]
        cards = "\n".join(link(t, hr, at) for t, hr, at in h["cards"])
        news = "\n".join(f"<x-teaser><small>{n['date']}</small><h3>{link(n['title'], n['href'])}</h3><p>{n['excerpt']}</p></x-teaser>" for n in S["front_news"])
        ev = "\n".join(f"<li>{e['date']} {link(esc(e['title']), e['href'])}, {esc(e['place'])}</li>" for e in event_items(S))
        content = f"""<x-hero>
<h1>{h['title']}</h1>
<p>{h['text']}</p>
<x-cards>
{cards}
</x-cards>
</x-hero>
<h2>Nyheter</h2>
<x-news>
{news}
</x-news>
<p><a href="{S['news_href']}">Fler nyheter</a></p>
<h2>Evenemang</h2>
<ul>{ev}</ul>
<p><a href="{S['events_href']}">Evenemangskalender</a></p>
{S.get('front_extra', '')}"""
    else:
        items = [("Start", S.get("home_href", "../")), *list(P.get("crumbs", []))]
        cr = " › ".join(link(esc(t), hh) for t, hh in items) + f" › {esc(P['title'])}"
        content = f"""<x-crumbs>{cr}</x-crumbs>
<x-article>
<h1>{P['h1']}</h1>
{P['body']}
<p><small>Senast uppdaterad {P.get('updated', '2024-04-22')}</small></p>
</x-article>"""
    fl = " · ".join(link(t, h) for t, h in S["footer_links_rel"])
    return f"""{head(S, P, CSS_X + S.get('css_extra', ''), base=S.get('base'))}
<body>
<x-cookie id="cookie-banner">{esc(COOKIE_TEXT)} <a href="{S['cookie_href']}">Om kakor</a> <button data-cc="all">Godkänn</button> <button data-cc="necessary">Bara nödvändiga</button></x-cookie>
<x-topbar>
{tb}
</x-topbar>
<x-header>
<a class="logo" href="{S.get('home_href', '../')}"><img src="../img/logo.svg" alt="{esc(S['name'])}, startsida"></a>
<x-search><form action="{S['search_rel']}" method="get"><input type="search" name="{S['search_param']}" placeholder="Sök på webbplatsen" aria-label="Sökord"> <button type="submit">Sök</button></form></x-search>
{icons}
</x-header>
<x-nav>
<x-menu>
{menu}
</x-menu>
</x-nav>
<x-page>
{content}
</x-page>
<x-footer>
{footer_contact_lines(S)}
{S.get('footer_extra', '')}
<p>{fl}</p>
</x-footer>
<script>{X_SCRIPT}{COOKIE_SCRIPT}</script>
{S.get('body_end_extra', '')}
</body>
</html>
"""


# ---------------------------------------------------------------- (7b) ARIA roles only, header after main in source

CSS_ARIA = """
body{margin:0;font-family:Lato,Arial,sans-serif;color:#222}
.pg{display:flex;flex-direction:column;min-height:100vh}
.pg>.r-main{order:3}
.pg>.r-banner{order:1}
.pg>.r-nav{order:2}
.pg>.r-info{order:4}
.r-banner{background:#fff;border-bottom:1px solid #ddd}
.r-banner .tb{background:#8a3b12;color:#fff;text-align:right;padding:5px 20px;font-size:14px}
.r-banner .tb a{color:#fff;margin-left:16px;vertical-align:middle}
.r-banner .tb .ico{display:inline-block;width:20px;height:20px;background:#fff;border-radius:50%}
.r-banner .hd{display:flex;align-items:center;gap:26px;padding:14px 20px;max-width:1200px;margin:0 auto}
.r-banner img{height:58px}
.r-nav{background:#fbeee6}
.r-nav .mn{display:flex;flex-wrap:wrap;max-width:1200px;margin:0 auto}
.r-nav .it{position:relative}
.r-nav .it>a{display:block;padding:13px 14px;font-weight:700;color:#5c260b;text-decoration:none}
.r-nav .dd{display:none;position:absolute;background:#fff;min-width:240px;z-index:30;box-shadow:0 8px 18px rgba(0,0,0,.2)}
.r-nav .it:hover .dd{display:block}
.r-nav .dd a{display:block;padding:6px 14px}
.r-main{max-width:1200px;margin:0 auto;padding:16px 20px;width:100%;box-sizing:border-box}
.hero{background:#5c260b;color:#fff;padding:50px 34px;margin-bottom:28px}
.hero .ttl{font-size:36px;font-weight:700;margin:0}
.hero .sc{display:flex;gap:12px;margin-top:20px}
.hero .sc a{background:#fff;color:#5c260b;padding:14px;font-weight:700}
.nw{display:flex;gap:18px}.nw>div{flex:1}
.txt table{border-collapse:collapse}.txt td,.txt th{border:1px solid #ccc;padding:5px 9px}
.r-info{background:#3b1806;color:#f3e6dc;padding:30px 20px;margin-top:40px}
.r-info a{color:#fff}
.ck{position:fixed;bottom:0;left:0;right:0;background:#fff;padding:14px 22px;border-top:3px solid #8a3b12;z-index:90}
"""


def render_aria(S, P) -> str:
    tb = "\n".join(link(t, h, at) for t, h, at in S["topbar"])
    menu = []
    for a in S["areas"]:
        menu.append(f"<div class=\"it\">{link(esc(a['label']), a.get('top_href', a['href']))}<div class=\"dd\">")
        menu += [link(label, h) for label, h in a["subs"]]
        menu.append("</div></div>")
    menu = "\n".join(menu)
    if P.get("front"):
        h = S["hero"]
        cards = "\n".join(link(t, hr, at) for t, hr, at in h["cards"])
        news = "\n".join(f"<div><span class=\"dt\">{n['date']}</span><h3>{link(n['title'], n['href'])}</h3><p>{n['excerpt']}</p></div>" for n in S["front_news"])
        ev = "\n".join(f"<li>{e['date']} {link(esc(e['title']), e['href'])}, {esc(e['place'])}</li>" for e in event_items(S))
        content = f"""<div class="hero">
<h1 class="ttl">{h['title']}</h1>
<p>{h['text']}</p>
<div class="sc">
{cards}
</div>
</div>
<div class="blk"><h2>Nyheter</h2>
<div class="nw">
{news}
</div>
<p><a href="{S['news_href']}">Nyhetsarkiv</a></p></div>
<div class="blk"><h2>Kalender</h2><ul>{ev}</ul><p><a href="{S['events_href']}">Hela kalendern</a></p></div>
{S.get('front_extra', '')}"""
    else:
        items = [("Hem", "/"), *list(P.get("crumbs", []))]
        cr = " » ".join(link(esc(t), hh) for t, hh in items) + f" » {esc(P['title'])}"
        content = f"""<div class="bc">{cr}</div>
<div class="txt">
<h1>{P['h1']}</h1>
{P['body']}
<p class="up">Uppdaterad {P.get('updated', '2024-02-09')}</p>
</div>"""
    fl = "<br>\n".join(link(t, h) for t, h in footer_links(S))
    return f"""{head(S, P, CSS_ARIA + S.get('css_extra', ''))}
<body>
<div class="ck" id="cookie-banner">{esc(COOKIE_TEXT)} <a href="{S['cookie_href']}">Kakor</a> <button data-cc="all">Ok</button> <button data-cc="necessary">Nej tack</button></div>
<div class="pg">
<div class="r-main" role="main" id="main">
{content}
</div>
<div class="r-banner" role="banner">
<div class="tb">
{tb}
</div>
<div class="hd">
<a href="/"><img src="/static/logo.svg" alt="{esc(S['name'])}"></a>
<div role="search"><form action="{S['search_path']}" method="get"><input type="text" name="{S['search_param']}" aria-label="Sök på webbplatsen" placeholder="Sök"> <button>Sök</button></form></div>
</div>
</div>
<div class="r-nav" role="navigation" aria-label="Huvudmeny">
<div class="mn">
{menu}
</div>
</div>
<div class="r-info" role="contentinfo">
{footer_contact_lines(S)}
{S.get('footer_extra', '')}
<p>{fl}</p>
</div>
</div>
<script>{COOKIE_SCRIPT}</script>
{S.get('body_end_extra', '')}
</body>
</html>
"""


RENDERERS = {
    "semantic": render_semantic,
    "soup": render_soup,
    "table": render_table,
    "sitevision": render_sitevision,
    "municipio": render_municipio,
    "bootstrap": render_bootstrap,
    "custom": render_custom,
    "aria": render_aria,
}
