"""Markup families of the blind61 corpus (typing aid for build_sites.py)."""
from __future__ import annotations

import html
import json

esc = html.escape

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning",
     ["Förskola", "Grundskola", "Gymnasium", "Skolskjuts", "Vuxenutbildning"]),
    ("Omsorg och stöd", "omsorg-och-stod",
     ["Äldreomsorg", "Hemtjänst", "Stöd vid funktionsnedsättning", "Ekonomiskt bistånd", "Färdtjänst"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo",
     ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Detaljplaner", "Miljö och hälsoskydd"]),
    ("Trafik och infrastruktur", "trafik-och-infrastruktur",
     ["Parkering", "Gator och vägar", "Snöröjning", "Kollektivtrafik", "Cykel"]),
    ("Kultur och fritid", "kultur-och-fritid",
     ["Bibliotek", "Idrott och motion", "Föreningar", "Badplatser", "Kulturskola"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete",
     ["Starta företag", "Upphandling", "Mark och lokaler", "Arbetsmarknad", "Tillstånd"]),
    ("Kommun och politik", "kommun-och-politik",
     ["Organisation", "Politik och demokrati", "Ekonomi", "Lediga jobb", "Allmänna handlingar"]),
]

_S = {"å": "a", "ä": "a", "ö": "o", " ": "-", ",": ""}


def slug(t: str) -> str:
    return "".join(_S.get(c, c) for c in t.lower())


def menu(site: dict) -> list[dict]:
    """[{label, href, subs: [(text, href)]}] with the site's URL style and extra sub-items."""
    style = site["url_style"]
    extra = site.get("menu_extra", {})
    out = []
    for label, sl, subs in AREAS:
        href = area_href(style, sl)
        items = [(t, sub_href(style, sl, slug(t))) for t in subs] + extra.get(sl, [])
        out.append({"label": label, "href": href, "subs": items, "slug": sl})
    return out


def area_href(style: str, sl: str) -> str:
    return {"slash": f"/{sl}/", "html": f"/{sl}.html", "bare": f"/{sl}", "asp": f"/{sl}.asp"}[style]


def sub_href(style: str, sl: str, sub: str) -> str:
    return {"slash": f"/{sl}/{sub}/", "html": f"/{sl}/{sub}.html", "bare": f"/{sl}/{sub}",
            "asp": f"/{sl}/{sub}.asp"}[style]


def footer_lines(site: dict) -> list[str]:
    return [f"{site['kommun']} kommun", site["address"], f"{site['postcode']} {site['kommun'].upper()}",
            f"Växel: {site['vaxel']}", f"E-post: {site['email']}", f"Org.nr: {site['orgnr']}"]


def jsonld(site: dict) -> str:
    d = {"@context": "https://schema.org", "@type": "GovernmentOrganization",
         "name": footer_lines(site)[0], "url": "__ORIGIN__/", "telephone": site["vaxel"],
         "email": site["email"], "address": {"@type": "PostalAddress", "streetAddress": site["address"],
                                             "postalCode": site["postcode"], "addressLocality": site["kommun"]}}
    return f"<script type=\"application/ld+json\">{json.dumps(d, ensure_ascii=False)}</script>"


CSS = ("body{margin:0;font-family:Arial,Helvetica,sans-serif;color:#222}a{color:#0b5394}"
       ".hidden,[hidden]{display:none}.cookie{position:fixed;bottom:0;left:0;right:0;background:#fff;"
       "border-top:2px solid #333;padding:1em}.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:1em}")

COOKIE_JS = ("<script>document.addEventListener('DOMContentLoaded',function(){var c=document.getElementById('"
             "cookie');if(c&&localStorage.getItem('kakor')){c.hidden=true}document.querySelectorAll('[data-kakor]')"
             ".forEach(function(b){b.addEventListener('click',function(){localStorage.setItem('kakor',b.dataset.kakor);"
             "c.hidden=true})})});</script>")


def cookie(site: dict, tag: str = "div", cls: str = "cookie") -> str:
    return (f"<{tag} class=\"{cls}\" id=\"cookie\" role=\"region\" aria-label=\"Kakor\"><p>{esc(site['kommun'])} kommun "
            "använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. "
            "<a href=\"/om-webbplatsen/kakor/\">Läs mer om kakor</a></p><button type=\"button\" data-kakor=\"alla\">"
            "Godkänn alla</button> <button type=\"button\" data-kakor=\"nodvandiga\">Endast nödvändiga</button></"
            f"{tag}>")


def front_blocks(site: dict) -> dict:
    """Plain HTML snippets for the front-page blocks; families wrap them."""
    news = "".join(
        f"<li><a href=\"{h}\"><span class=\"date\">{d}</span> {esc(t)}</a><p>{esc(lead)}</p></li>"
        for d, t, h, lead, _b in site["news"])
    eserv = "".join(f"<li><a href=\"/e-tjanster/{slug(t)}/\">{esc(t)}</a></li>" for t in [
        "Ansök om förskoleplats", "Felanmälan gata och park", "Ansök om bygglov",
        "Ansök om ekonomiskt bistånd", "Boka lokal", "Anmäl frånvaro i skolan"])
    events = "".join(f"<li><a href=\"/evenemang/{slug(t).replace(':', '')}/\">{d} {esc(t)}</a></li>" for d, t in site["events"])
    jobs = "".join(f"<li><a href=\"/lediga-jobb/{slug(t)}/\">{esc(t)}</a> <span>Sista ansökningsdag {d}</span></li>"
                   for t, d in site["jobs"])
    letters = "ABCDEFGHIJKLMNOPRSTUVÅÄÖ"
    ao = "".join(f"<a href=\"/a-o/{slug(x)}/\">{x}</a> " for x in letters)
    drift = f"<p>{esc(site['drift'])}</p>"
    return {"news": news, "eserv": eserv, "events": events, "jobs": jobs, "ao": ao, "drift": drift}


def topbar_items(site: dict) -> list[tuple[str, str]]:
    return [("Lyssna", "#lyssna"), ("Lättläst", "/lattlast/"), ("Teckenspråk", "/teckensprak/"),
            ("Other languages", "/other-languages/"), *site.get("topbar_extra", [])]


def links(items, sep: str = "") -> str:
    return sep.join(f"<a href=\"{esc(h)}\"{a}>{esc(t)}</a>" for t, h, *rest in items for a in [rest[0] if rest else ""])
