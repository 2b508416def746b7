"""Markup families of the third blind corpus: each renders a whole page around its main content.

A typing aid for build_sites.py; the files under sites/ are the corpus.
"""
from __future__ import annotations

import html

PIX = "data:image/gif;base64,R0lGODlhAQABAAAAACw="

TOPBAR = [("Lyssna", "/lyssna"), ("Lättläst", "/lattlast"), ("Teckenspråk", "/teckensprak"),
          ("Other languages", "/other-languages")]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def head(title: str, extra: str = "") -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{esc(title)}</title>\n"
        "<style>body{font-family:Arial,sans-serif;margin:0}a{color:#064}.hidden{display:none}"
        ".tiles{display:grid;grid-template-columns:repeat(4,1fr);gap:1rem}</style>\n"
        f"{extra}</head>\n"
    )


COOKIE = ("<div class=\"cookie-notice\" id=\"cookie\"><p>Vi använder kakor för att webbplatsen ska fungera. "
          "<a href=\"/om-webbplatsen/kakor\">Läs mer om kakor</a></p>"
          "<button type=\"button\" onclick=\"document.getElementById('cookie').remove()\">Jag förstår</button></div>\n")


def footer_inner(s: dict) -> str:
    extra = s.get("footer_extra", "")
    return (
        f"<div class=\"f-col\"><h2>{esc(s['kommun'])} kommun</h2>"
        f"<p>{esc(s['address'])}</p><p>Växel: {esc(s['vaxel'])}</p>"
        f"<p>E-post: {esc(s['email'])}</p><p>Org.nr: {esc(s['orgnr'])}</p></div>\n"
        "<div class=\"f-col\"><h2>Om webbplatsen</h2><ul>"
        "<li><a href=\"/om-webbplatsen/tillganglighetsredogorelse\">Tillgänglighetsredogörelse</a></li>"
        "<li><a href=\"/om-webbplatsen/kakor\">Kakor</a></li>"
        "<li><a href=\"/om-webbplatsen/personuppgifter\">Behandling av personuppgifter</a></li></ul></div>\n"
        f"{extra}"
    )


def search_form(s: dict) -> str:
    sp = s["search"]
    return (f"<form action=\"{sp['path']}\" method=\"get\" role=\"search\"><label for=\"q\">Sök</label>"
            f"<input id=\"q\" type=\"search\" name=\"{sp['param']}\"><button type=\"submit\">Sök</button></form>")


def script(s: dict) -> str:
    return ("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({site:'"
            + s["slug"] + "'});document.documentElement.classList.add('js');</script>\n")


def topbar_links(cls: str = "") -> str:
    return "".join(f"<a class=\"{cls}\" href=\"{h}\">{esc(t)}</a> " for t, h in TOPBAR)


# ---------------------------------------------------------------- families
def nuxt(s, title, main, front):
    v = "data-v-3f2a91c0"
    items = []
    for it in s["nav"]:
        subs = "".join(f"<li {v} class=\"nav__subitem\"><a {v} href=\"{h}\" class=\"nav__sublink\">{esc(t)}</a></li>"
                       for t, h in it.get("subs", []))
        label = it.get("html") or esc(it["label"])
        items.append(f"<li {v} class=\"nav__item\"><a {v} href=\"{it['href']}\" class=\"nav__link nuxt-link-active\">{label}</a>"
                     + (f"<ul {v} class=\"nav__sub\" style=\"display:none\">{subs}</ul>" if subs else "") + "</li>")
    return (head(title, "<link rel=\"modulepreload\" href=\"/_nuxt/entry.4f1c2b.js\">\n") + "<body>\n"
            f"<div id=\"__nuxt\"><div id=\"__layout\"><div {v} class=\"app\">\n"
            f"<div {v} class=\"topbar\">{topbar_links('topbar__link')}</div>\n"
            f"<header {v} class=\"site-header\"><a {v} href=\"/\" class=\"logo\"><img src=\"{PIX}\" alt=\"{esc(s['kommun'])} kommun, till startsidan\"></a>"
            f"{search_form(s)}\n<nav {v} class=\"nav\" aria-label=\"Huvudmeny\"><ul {v} class=\"nav__list\">{''.join(items)}</ul></nav></header>\n"
            f"<main {v} id=\"main\" class=\"page\">{main}</main>\n"
            f"<footer {v} class=\"site-footer\">{footer_inner(s)}</footer>\n{COOKIE}</div></div></div>\n"
            "<script>window.__NUXT__=(function(a,b){return {layout:\"default\",data:[{}],fetch:{},error:null,"
            "state:{menuOpen:b},serverRendered:true,routePath:a}}(\"/\",false));</script>\n"
            "<script src=\"/_nuxt/entry.4f1c2b.js\" defer></script>\n</body>\n</html>\n")


def wix(s, title, main, front):
    items = []
    for n, it in enumerate(s["nav"]):
        items.append(f"<li id=\"comp-kq8m2x{n}\" class=\"wixui-dropdown-menu__item\"><a data-testid=\"linkElement\" "
                     f"href=\"{it['href']}\" class=\"UiHxx\"><div class=\"_pfxlW\"><p class=\"font_8 wixui-rich-text__text\">{esc(it['label'])}</p></div></a></li>")
    return (head(title, "<meta name=\"generator\" content=\"Wix.com Website Builder\">\n") +
            "<body class=\"responsive\">\n<div id=\"SITE_CONTAINER\"><div id=\"main_MF\" class=\"main_MF\">\n"
            f"<div id=\"comp-topbar01\" class=\"wixui-box\"><div class=\"_1Z_nJ\">{topbar_links('wixui-link')}</div></div>\n"
            "<header id=\"SITE_HEADER\" class=\"xQ_iF wixui-header\" tabindex=\"-1\"><div class=\"_1U65c\">"
            f"<div id=\"comp-logo01\"><a data-testid=\"linkElement\" href=\"/\"><img src=\"{PIX}\" alt=\"{esc(s['kommun'])} kommun\"></a></div>"
            f"<div id=\"comp-search01\">{search_form(s)}</div>"
            f"<nav id=\"comp-menu01\" aria-label=\"Site\" class=\"wixui-dropdown-menu\"><ul class=\"_3Wj0H\">{''.join(items)}</ul></nav>"
            "</div></header>\n"
            f"<main id=\"PAGES_CONTAINER\" tabindex=\"-1\"><div id=\"SITE_PAGES\"><div class=\"_2Hij5\">{main}</div></div></main>\n"
            f"<footer id=\"SITE_FOOTER\" class=\"wixui-footer\"><div class=\"_3Zd1M\">{footer_inner(s)}</div></footer>\n"
            f"</div></div>\n{COOKIE}{script(s)}</body>\n</html>\n")


def tablemega(s, title, main, front):
    cells = []
    for it in s["nav"]:
        cols = it.get("cols", [])
        panel = ""
        if cols:
            ths = "".join(f"<th scope=\"col\">{esc(h)}</th>" for h, _ in cols)
            depth = max(len(links) for _, links in cols)
            rows = []
            for i in range(depth):
                tds = []
                for _, links in cols:
                    if i < len(links):
                        t, h = links[i]
                        tds.append(f"<td><a href=\"{h}\">{esc(t)}</a></td>")
                    else:
                        tds.append("<td>&nbsp;</td>")
                rows.append("<tr>" + "".join(tds) + "</tr>")
            panel = (f"<div class=\"mm-panel\" hidden><table class=\"mm-table\" summary=\"Undersidor\"><tr>{ths}</tr>"
                     + "".join(rows) + "</table></div>")
        cells.append(f"<td class=\"mm-top\"><a href=\"{it['href']}\" class=\"mm-toplink\" aria-haspopup=\"true\" aria-expanded=\"false\">"
                     f"{esc(it['label'])}</a>{panel}</td>")
    return (head(title) + "<body>\n<div id=\"wrapper\">\n"
            f"<div class=\"toolbar\">{topbar_links()}</div>\n"
            f"<div class=\"masthead\"><a href=\"/start/\"><img src=\"{PIX}\" alt=\"{esc(s['kommun'])} kommun – startsida\"></a>{search_form(s)}</div>\n"
            f"<table class=\"megameny\" role=\"presentation\"><tr>{''.join(cells)}</tr></table>\n"
            f"<div id=\"content\">{main}</div>\n"
            f"<div id=\"sidfot\">{footer_inner(s)}</div>\n</div>\n{COOKIE}"
            "<script>document.querySelectorAll('.mm-toplink').forEach(function(a){a.addEventListener('mouseenter',function(){"
            "a.nextElementSibling&&a.nextElementSibling.removeAttribute('hidden');});});</script>\n</body>\n</html>\n")


def headerlast(s, title, main, front):
    items = "".join(f"<li><a href=\"{it['href']}\">{esc(it['label'])}</a>"
                    + ("<ul class=\"sub\">" + "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in it.get("subs", []))
                       + "</ul>" if it.get("subs") else "") + "</li>" for it in s["nav"])
    return (head(title, "<style>.page{display:flex;flex-direction:column}.page>main{order:2}.page>header{order:1}"
                 ".page>footer{order:3}.sub{display:none}li:hover>.sub{display:block}</style>\n") +
            "<body>\n<div class=\"page\">\n<a class=\"skip\" href=\"#innehall\">Till innehållet</a>\n"
            f"<main id=\"innehall\">{main}</main>\n"
            f"<header class=\"sidhuvud\"><div class=\"verktyg\">{topbar_links()}</div>"
            f"<a href=\"/\" class=\"logga\"><img src=\"{PIX}\" alt=\"{esc(s['kommun'])} kommun\"></a>{search_form(s)}"
            f"<nav aria-label=\"Meny\"><ul class=\"meny\">{items}</ul></nav></header>\n"
            f"<footer class=\"sidfot\">{footer_inner(s)}</footer>\n</div>\n{COOKIE}{script(s)}</body>\n</html>\n")


def squarespace(s, title, main, front):
    items = "".join(f"<div class=\"Header-nav-item\"><a href=\"{it['href']}\" class=\"Header-nav-link\">{esc(it['label'])}</a></div>"
                    for it in s["nav"])
    return (head(title, "<!-- This is Squarespace. --><meta name=\"generator\" content=\"sqs-like\">\n") +
            "<body class=\"collection-type-page\" id=\"collection-5f2a\">\n<div class=\"Site\" data-nc-base=\"header\">\n"
            f"<div class=\"Announcement-bar\">{topbar_links('Announcement-link')}</div>\n"
            f"<header class=\"Header Header--top\"><div class=\"Header-inner\"><a href=\"/\" class=\"Header-branding\"><img src=\"{PIX}\" alt=\"{esc(s['kommun'])} kommun\"></a>"
            f"<div class=\"Header-search\">{search_form(s)}</div><nav class=\"Header-nav Header-nav--primary\">{items}</nav></div></header>\n"
            f"<main class=\"Main Main--page\"><section class=\"Main-content\"><div class=\"sqs-layout sqs-grid-12 columns-12\">{main}</div></section></main>\n"
            f"<footer class=\"Footer\"><div class=\"sqs-layout\"><div class=\"sqs-block html-block\" data-block-type=\"2\">{footer_inner(s)}</div></div></footer>\n"
            f"</div>\n{COOKIE}{script(s)}</body>\n</html>\n")


def jqm(s, title, main, front):
    items = "".join(f"<li><a href=\"{it['href']}\" data-ajax=\"false\">{esc(it['label'])}</a></li>" for it in s["nav"])
    return (head(title, "<meta name=\"generator\" content=\"jQuery Mobile 1.4\">\n") +
            "<body>\n<div data-role=\"page\" id=\"sida\" class=\"ui-page\">\n"
            f"<div data-role=\"header\" class=\"ui-header\" data-position=\"fixed\"><div class=\"ui-toolbar\">{topbar_links('ui-btn')}{s.get('topbar_extra', '')}</div>"
            f"<a href=\"/\" class=\"ui-title\"><img src=\"{PIX}\" alt=\"{esc(s['kommun'])} kommun\"></a>{search_form(s)}"
            f"<div data-role=\"navbar\" class=\"ui-navbar\"><ul>{items}</ul></div></div>\n"
            f"<div role=\"main\" data-role=\"content\" class=\"ui-content\">{main}</div>\n"
            f"<div data-role=\"footer\" class=\"ui-footer\">{footer_inner(s)}</div>\n</div>\n{COOKIE}{script(s)}</body>\n</html>\n")


def webforms(s, title, main, front):
    items = "".join(f"<li class=\"level1\"><a id=\"ctl00_MainMenu_lnk{n}\" href=\"{it['href']}\">{esc(it['label'])}</a>"
                    + ("<ul class=\"level2\" style=\"display:none\">" + "".join(
                        f"<li class=\"level2\"><a href=\"{h}\">{esc(t)}</a></li>" for t, h in it.get("subs", [])) + "</ul>"
                       if it.get("subs") else "") + "</li>" for n, it in enumerate(s["nav"]))
    return (head(title) + "<body>\n<form name=\"aspnetForm\" method=\"post\" action=\"./\" id=\"aspnetForm\">\n"
            "<div><input type=\"hidden\" name=\"__VIEWSTATE\" id=\"__VIEWSTATE\" value=\"/wEPDwUKMTY1NDU2MTA1MmRk\"></div>\n"
            f"<div id=\"ctl00_TopLinks\" class=\"toplinks\">{topbar_links()}</div>\n"
            f"<div id=\"ctl00_Header\" class=\"header\"><a id=\"ctl00_Logo\" href=\"/\"><img src=\"{PIX}\" alt=\"{esc(s['kommun'])} kommun\"></a>"
            f"<div id=\"ctl00_Search\"><label for=\"q\">Sök</label><input id=\"q\" type=\"text\" name=\"q\" form=\"sok\"></div>"
            f"<ul id=\"ctl00_MainMenu\" class=\"mainmenu\">{items}</ul></div>\n"
            f"<div id=\"ctl00_ContentArea\" class=\"content\">{main}</div>\n"
            f"<div id=\"ctl00_Footer\" class=\"footer\">{footer_inner(s)}</div>\n</form>\n"
            f"<form id=\"sok\" action=\"{s['search']['path']}\" method=\"get\"><button type=\"submit\">Sök</button></form>\n"
            f"{COOKIE}{script(s)}</body>\n</html>\n")


def typo3(s, title, main, front):
    items = "".join(f"<li class=\"nav-item\"><a class=\"nav-link\" href=\"{it['href']}\">{esc(it['label'])}</a>"
                    + ("<ul class=\"dropdown-menu\">" + "".join(f"<li><a class=\"dropdown-item\" href=\"{h}\">{esc(t)}</a></li>"
                                                            for t, h in it.get("subs", [])) + "</ul>" if it.get("subs") else "")
                    + "</li>" for it in s["nav"])
    return (head(title, "<meta name=\"generator\" content=\"TYPO3 CMS\">\n") + "<body id=\"p1\">\n"
            f"<div id=\"c1\" class=\"frame frame-default frame-type-menu_pages\">{topbar_links()}</div>\n"
            f"<header class=\"page-header\"><a href=\"/start/\" class=\"brand\"><img src=\"{PIX}\" alt=\"{esc(s['kommun'])}s kommun\"></a>"
            f"{search_form(s)}<nav class=\"navbar\"><ul class=\"navbar-nav\">{items}</ul></nav></header>\n"
            f"<main class=\"page-main\"><!--TYPO3SEARCH_begin-->{main}<!--TYPO3SEARCH_end--></main>\n"
            f"<footer class=\"page-footer\"><div id=\"c900\" class=\"frame frame-default\">{footer_inner(s)}</div></footer>\n"
            f"{COOKIE}{script(s)}</body>\n</html>\n")


def tiles(s, title, main, front):
    return (head(title) + "<body>\n"
            f"<div class=\"lankrad\">{topbar_links()}</div>\n"
            f"<header class=\"topp\"><a href=\"/\"><img src=\"{PIX}\" alt=\"{esc(s['kommun'])} kommun, startsida\"></a>{search_form(s)}"
            "<a href=\"/\" class=\"hem\">Alla ämnen</a></header>\n"
            f"<main>{main}</main>\n<footer>{footer_inner(s)}</footer>\n{COOKIE}{script(s)}</body>\n</html>\n")


def tailwind(s, title, main, front):
    items = "".join(f"<li class=\"relative group\"><a class=\"block px-4 py-3 font-semibold hover:underline\" href=\"{it['href']}\">{esc(it['label'])}</a>"
                    + ("<ul class=\"absolute hidden group-hover:block bg-white shadow-lg\">" + "".join(
                        f"<li><a class=\"block px-4 py-2\" href=\"{h}\">{esc(t)}</a></li>" for t, h in it.get("subs", [])) + "</ul>"
                       if it.get("subs") else "") + "</li>" for it in s["nav"])
    return (head(title, "<meta name=\"generator\" content=\"Craft CMS\">\n") + "<body class=\"antialiased text-gray-900\">\n"
            f"<div class=\"bg-green-900 text-white text-sm flex gap-4 px-4\">{topbar_links('py-1')}</div>\n"
            f"<div class=\"flex items-center justify-between px-4 py-2\"><a href=\"/\"><img src=\"{PIX}\" alt=\"{esc(s['kommun'])} kommun\"></a>{search_form(s)}</div>\n"
            f"<div class=\"border-b\"><ul class=\"flex flex-wrap container mx-auto\">{items}</ul></div>\n"
            f"<div class=\"container mx-auto px-4\">{main}</div>\n"
            f"<div class=\"bg-gray-100 mt-8 grid grid-cols-3 gap-4 p-8\">{footer_inner(s)}</div>\n"
            "<input type=\"hidden\" name=\"category\" value=\"kontaktcenter\">\n"
            f"{COOKIE}{script(s)}</body>\n</html>\n")


FAMILIES = {"nuxt": nuxt, "wix": wix, "tablemega": tablemega, "headerlast": headerlast,
            "squarespace": squarespace, "jqm": jqm, "webforms": webforms, "typo3": typo3,
            "tiles": tiles, "tailwind": tailwind}
