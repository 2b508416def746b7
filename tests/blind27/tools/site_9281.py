"""9281 Ramsvik: Sitevision-like markup; the unit is an h2 section of a multi-section Kontakta oss page."""
from __future__ import annotations

from common import SUBS, Site, esc

NEWS = [
    ("ny-forskola-i-hamnstaden", "2025-03-14", "Ny förskola i Hamnstaden öppnar i augusti",
     "Förskolan Tången får sex avdelningar och plats för 110 barn.",
     "<p>Byggnaden är nästan klar och inskolningen börjar den 11 augusti. Vårdnadshavare som har sökt plats får besked i maj.</p><p>Förskolan har en egen tillagningsköksdel och en gård som gränsar till strandskogen.</p>"),
    ("vattenledning-byts-pa-strandvagen", "2025-03-10", "Vattenledningen byts på Strandvägen",
     "Arbetet pågår i etapper fram till midsommar.",
     "<p>Under arbetet kan vattnet vara avstängt i kortare perioder. Berörda fastigheter får information i brevlådan minst två dagar innan.</p>"),
    ("budget-2026-antagen", "2025-02-27", "Budgeten för 2026 är antagen",
     "Kommunfullmäktige beslutade om budgeten på sitt sammanträde i februari.",
     "<p>Skattesatsen är oförändrad. Den största satsningen görs inom äldreomsorgen och på nya förskoleplatser.</p>"),
]

SECTION_KC = """<div class="sv-layout sv-template-layout contact-section" id="kontaktcenter">
<div class="sv-text-portlet sv-use-margins"><h2 class="subheading">Kontaktcenter</h2>
<p class="normal">Kontaktcenter är din första kontakt med Ramsviks kommun. Vi svarar på frågor om bland annat förskola och skola, bygglov, avfall och återvinning, vatten och avlopp, parkering och felanmälan av gator och belysning. Kan vi inte svara direkt ser vi till att rätt handläggare kontaktar dig.</p>
<p class="normal">Telefon: <a href="tel:+46406280410">040-628 04 10</a><br>E-post: <a href="mailto:kontaktcenter@ramsvik.se">kontaktcenter@ramsvik.se</a></p>
</div>
<div class="sv-table-portlet"><table class="sv-table">
<caption>Telefontider kontaktcenter</caption>
<thead><tr><th scope="col">Dag</th><th scope="col">Tid</th></tr></thead>
<tbody><tr><td>Måndag–torsdag</td><td>8.00–16.30</td></tr><tr><td>Fredag</td><td>8.00–15.00</td></tr><tr><td>Dag före helgdag</td><td>8.00–12.00</td></tr></tbody>
</table></div>
<div class="sv-text-portlet sv-use-margins"><p class="normal">Enhetschef för kontaktcenter: Karin Ahlberg, <a href="tel:+46406280411">040-628 04 11</a></p></div>
</div>"""

KONTAKTA = """<div class="sv-text-portlet sv-use-margins"><h1 class="heading">Kontakta oss</h1>
<p class="preamble">Här hittar du kommunens kontaktvägar: växeln, kontaktcenter, presstjänsten, de förtroendevalda och besökscentret i hamnen.</p></div>
<div class="sv-portlet toc-portlet"><p class="normal"><strong>På den här sidan</strong></p>
<ul><li><a href="#vaxel">Växel</a></li><li><a href="#kontaktcenter">Kontaktcenter</a></li><li><a href="#press">Press och media</a></li><li><a href="#fortroendevalda">Förtroendevalda</a></li><li><a href="#besokscenter">Besökscentret i hamnen</a></li><li><a href="#synpunkter-kontakt">Synpunkter och klagomål</a></li><li><a href="#post">Post och fakturor</a></li></ul></div>
<div class="sv-layout sv-template-layout contact-section" id="vaxel">
<div class="sv-text-portlet sv-use-margins"><h2 class="subheading">Växel</h2>
<p class="normal">Vill du nå en viss medarbetare eller verksamhet? Ring växeln på <a href="tel:+46406280400">040-628 04 00</a>. Växeln är öppen vardagar 7.30–16.30 och kopplar dig vidare.</p></div></div>
""" + SECTION_KC + """
<div class="sv-layout sv-template-layout contact-section" id="press">
<div class="sv-text-portlet sv-use-margins"><h2 class="subheading">Press och media</h2>
<p class="normal">Är du journalist? Ring kommunens presstelefon <a href="tel:+46406280420">040-628 04 20</a>, vardagar 8–17. Kommunikationschef Lars Gerdin ansvarar för kommunens kontakter med media och nås på samma nummer.</p></div></div>
<div class="sv-layout sv-template-layout contact-section" id="fortroendevalda">
<div class="sv-text-portlet sv-use-margins"><h2 class="subheading">Förtroendevalda</h2>
<p class="normal">Kommunstyrelsens ordförande Birgitta Nyman (S) och oppositionsrådet Henrik Sjöö (M) nås via växeln. Kontaktuppgifter till alla ledamöter finns under <a href="/kommun-och-politik.html#kommunfullmaktige">Kommunfullmäktige</a>.</p></div></div>
<div class="sv-layout sv-template-layout contact-section" id="besokscenter">
<div class="sv-text-portlet sv-use-margins"><h2 class="subheading">Besökscentret i hamnen</h2>
<p class="normal">Ramsviks besökscenter i hamnmagasinet hjälper dig med boende, guidade turer, fiskekort och biljetter till sommarens evenemang. Öppet juni–augusti alla dagar 10–18, övriga året tisdag–lördag 11–15. Besökscentret leds av besöksnäringschef Ola Fors.</p></div></div>
<div class="sv-layout sv-template-layout contact-section" id="synpunkter-kontakt">
<div class="sv-text-portlet sv-use-margins"><h2 class="subheading">Synpunkter och klagomål</h2>
<p class="normal">Vill du tycka till om kommunens verksamheter? Använd e-tjänsten <a href="/e-tjanster.html#synpunkter">Synpunkter och klagomål</a>.</p></div></div>
<div class="sv-layout sv-template-layout contact-section" id="post">
<div class="sv-text-portlet sv-use-margins"><h2 class="subheading">Post och fakturor</h2>
<p class="normal">Postadress: Ramsviks kommun, 999 31 Ramsvik<br>Fakturaadress: Ramsviks kommun, FE 418, 999 39 Ramsvik<br>Organisationsnummer: 212000-9281</p></div></div>
<div class="sv-text-portlet sv-use-margins page-info"><p class="normal">Senast uppdaterad: 2025-02-18</p></div>"""


def build() -> Site:
    S = Site("9281", "Ramsvik", "Ramsviks kommun", "12", "Skåne län", "sitevision", "ramsvik.se",
             "040-628 04 00", "+46406280400", "999 31", "Rådhusgatan 2")
    S.set_areas([
        ("barn", "Förskola och skola", [], []),
        ("omsorg", "Omsorg och hjälp", [], []),
        ("bygga", "Bygga och bo", [], []),
        ("trafik", None, [], []),
        ("kultur", None, [], []),
        ("naring", "Näringsliv", [], []),
        ("trygg", None, [], []),
        ("kommun", None, [(-1, ("Kontakta oss", "/kommun-och-politik/kontakta-oss.html"))], []),
    ], lambda slug: f"/{slug}.html")
    kontakt = "/kommun-och-politik/kontakta-oss.html"
    S.redirects["/kontakta-oss"] = [kontakt, 301]

    def nav() -> str:
        out = ['<nav class="sv-layout main-menu" aria-label="Huvudmeny"><ul class="sv-menu-list">']
        for i, a in enumerate(S.areas, 1):
            cols = [a["items"][:3], a["items"][3:]]
            panel = "".join(
                '<div class="mega-col"><ul>' + "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for _, t, h in col) + "</ul></div>"
                for col in cols if col)
            out.append(f'<li class="sv-menu-item has-mega"><a class="menu-link" href="{a["path"]}">{esc(a["title"])}</a>'
                       f'<button class="mega-toggle" aria-expanded="false" aria-controls="mega-{i}"><span class="sr-only">Visa undersidor till {esc(a["title"])}</span></button>'
                       f'<div class="mega-panel" id="mega-{i}" hidden><div class="mega-inner">{panel}</div></div></li>')
        out.append("</ul></nav>")
        return "\n".join(out)

    def chrome(title: str, main: str, front: bool = False, crumbs: list[tuple[str, str]] | None = None) -> str:
        crumb = ""
        if crumbs:
            crumb = ('<div class="sv-layout breadcrumbs"><nav aria-label="Du är här"><ol><li><a href="/">Startsida</a></li>'
                     + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in crumbs) + "</ol></nav></div>")
        full_title = "Startsida - Ramsviks kommun" if front else f"{title} - Ramsviks kommun"
        return f"""<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-sida">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(full_title)}</title>
<meta name="description" content="Ramsviks kommuns webbplats för invånare, företagare och besökare.">
<style>.sv-layout{{box-sizing:border-box}}.mega-panel[hidden]{{display:none}}.sr-only{{position:absolute;left:-9999px}}.top-bar{{background:#0b3d5c;color:#fff}}.top-bar a{{color:#fff}}.sv-table td,.sv-table th{{padding:.3em .8em;border-bottom:1px solid #ccc}}</style>
<script>document.documentElement.className=document.documentElement.className.replace('sv-no-js','sv-js');</script>
</head>
<body>
<div class="sv-layout" id="svid10_4f1a2e">
<a class="skip-link" href="#innehall">Hoppa till innehållet</a>
<div class="sv-layout top-bar" id="svid94_4f1a31">
<ul class="env-list env-list--horizontal">
<li><button type="button" class="rs-listen" data-readspeaker="1">Lyssna</button></li>
<li><a href="/om-webbplatsen.html#lattlast">Lättläst</a></li>
<li><a href="/om-webbplatsen.html#teckensprak">Teckenspråk</a></li>
<li><a href="/om-webbplatsen.html#other-languages" lang="en">Other languages</a></li>
<li><a href="/kontakta-oss">Kontakta oss</a></li>
</ul>
</div>
<div class="sv-layout header" id="svid94_4f1a35">
<div class="sv-image-portlet logo"><a href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Ramsviks kommun, till startsidan" width="180" height="60"></a></div>
<div class="sv-searchform-portlet"><form action="/sok.html" method="get" role="search"><label for="q" class="sr-only">Sök på webbplatsen</label><input id="q" type="search" name="query" placeholder="Vad letar du efter?"><button type="submit">Sök</button></form></div>
</div>
{nav()}
{crumb}
<div class="sv-layout content" id="innehall">
{main}
</div>
<div class="sv-layout page-footer" id="svid94_4f1a99">
<div class="sv-layout footer-columns">
<div class="sv-text-portlet footer-col"><h2 class="footer-heading">Ramsviks kommun</h2>
<p>Rådhusgatan 2, 999 31 Ramsvik<br>Växel: 040-628 04 00<br>E-post: kommun@ramsvik.se<br>Org.nr: 212000-9281</p></div>
<div class="sv-text-portlet footer-col"><h2 class="footer-heading">Genvägar</h2>
<ul><li><a href="/naringsliv-och-arbete.html#lediga-jobb">Lediga jobb</a></li><li><a href="/e-tjanster.html">E-tjänster och blanketter</a></li><li><a href="/nyheter.html">Nyheter</a></li><li><a href="/kommun-och-politik.html#diarium">Diarium</a></li></ul></div>
<div class="sv-text-portlet footer-col"><h2 class="footer-heading">Om webbplatsen</h2>
<ul><li><a href="/om-webbplatsen.html#tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen.html#kakor">Kakor</a></li><li><a href="/om-webbplatsen.html#personuppgifter">Personuppgifter</a></li></ul></div>
</div>
<div class="sv-text-portlet copyright"><p>© Ramsviks kommun 2025</p></div>
</div>
<div class="sv-layout cookie-banner" role="dialog" aria-label="Kakor"><p>Vi använder kakor för att webbplatsen ska fungera.</p><button type="button">Jag förstår</button></div>
</div>
</body>
</html>
"""

    # front page
    teasers = "\n".join(
        f'<li class="news-item"><a href="/nyheter/{s}.html"><h3>{esc(t)}</h3></a><p class="date">{d}</p><p>{esc(i)}</p></li>'
        for s, d, t, i, _ in NEWS)
    front = f"""<div class="sv-layout hero" id="svid12_hero">
<div class="sv-text-portlet hero-text"><h1 class="heading">Välkommen till Ramsvik</h1><p class="preamble">Kuststaden med närhet till både hav och skog.</p></div>
<div class="sv-layout shortcuts"><ul class="shortcut-list">
<li><a href="/barn-och-utbildning.html#forskola">Ansök om förskoleplats</a></li>
<li><a href="/naringsliv-och-arbete.html#lediga-jobb">Lediga jobb</a></li>
<li><a href="/bygga-bo-och-miljo.html#avfall">Sophämtning</a></li>
<li><a href="/e-tjanster.html">Alla e-tjänster</a></li>
</ul></div>
</div>
<div class="sv-layout driftinfo"><div class="sv-text-portlet"><h2 class="subheading">Driftinformation</h2><p><a href="/nyheter/vattenledning-byts-pa-strandvagen.html">Vattenavstängning på Strandvägen</a></p></div></div>
<div class="sv-layout news-list"><div class="sv-portlet"><h2 class="subheading">Nyheter</h2><ul class="sv-news">{teasers}</ul>
<p><a href="/nyheter.html">Fler nyheter</a></p></div></div>
<div class="sv-layout events"><div class="sv-portlet"><h2 class="subheading">Evenemang</h2>
<ul><li><a href="/kultur-och-fritid.html#evenemang">Vårmarknad på torget, 12 april</a></li><li><a href="/kultur-och-fritid.html#evenemang">Konsert i Sankt Olofs kyrka, 20 april</a></li><li><a href="/kultur-och-fritid.html#bibliotek">Sagostund på biblioteket, varje onsdag</a></li></ul></div></div>
<div class="sv-layout facts"><div class="sv-text-portlet"><h2 class="subheading">Ramsvik i siffror</h2><p>18 400 invånare, 42 kilometer kust och 14 naturreservat.</p></div></div>"""
    S.add("/", "index.html", chrome("", front, front=True))
    for a in S.areas:
        body = [f'<div class="sv-text-portlet sv-use-margins"><h1 class="heading">{esc(a["title"])}</h1>'
                f'<p class="preamble">Här hittar du information och e-tjänster inom {esc(a["title"].lower())}.</p></div>']
        for sid in a["subs"]:
            t, txt = SUBS[sid]
            body.append(f'<div class="sv-text-portlet sv-use-margins" id="{sid}"><h2 class="subheading">{esc(t)}</h2><p class="normal">{esc(S.fill(txt))}</p></div>')
        extras = [(t, h) for sid, t, h in a["items"] if sid is None]
        if extras:
            body.append('<div class="sv-text-portlet sv-use-margins"><h2 class="subheading">Se även</h2><ul>'
                        + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in extras) + "</ul></div>")
        S.add(a["path"], a["slug"] + ".html", chrome(a["title"], "\n".join(body), crumbs=[(a["title"], a["path"])]))
    S.add(kontakt, "kontakta-oss.html", chrome("Kontakta oss", KONTAKTA, crumbs=[("Kommun och politik", "/kommun-och-politik.html"), ("Kontakta oss", kontakt)]))
    items = "".join(f'<li><a href="/nyheter/{s}.html">{esc(t)}</a> <span class="date">{d}</span><p>{esc(i)}</p></li>' for s, d, t, i, _ in NEWS)
    S.add("/nyheter.html", "nyheter.html", chrome("Nyheter", f'<div class="sv-text-portlet"><h1 class="heading">Nyheter</h1></div><ul class="sv-news">{items}</ul>', crumbs=[("Nyheter", "/nyheter.html")]))
    for s, d, t, i, b in NEWS:
        S.add(f"/nyheter/{s}.html", f"nyhet-{s}.html", chrome(t, f'<div class="sv-text-portlet"><h1 class="heading">{esc(t)}</h1><p class="date">Publicerad {d}</p><p class="preamble">{esc(i)}</p>{b}</div>', crumbs=[("Nyheter", "/nyheter.html"), (t, f"/nyheter/{s}.html")]))
    S.add("/e-tjanster.html", "e-tjanster.html", chrome("E-tjänster och blanketter", """<div class="sv-text-portlet"><h1 class="heading">E-tjänster och blanketter</h1>
<p class="preamble">Logga in med e-legitimation för att söka, anmäla och följa dina ärenden.</p></div>
<div class="sv-text-portlet" id="forskoleplats"><h2 class="subheading">Ansök om förskoleplats</h2><p>Ansök, säg upp eller byt förskola.</p></div>
<div class="sv-text-portlet" id="bygglov"><h2 class="subheading">Ansök om bygglov</h2><p>Ansökan, anmälan och komplettering.</p></div>
<div class="sv-text-portlet" id="synpunkter"><h2 class="subheading">Synpunkter och klagomål</h2><p>Lämna synpunkter på kommunens verksamheter.</p></div>
<div class="sv-text-portlet" id="felanmalan"><h2 class="subheading">Felanmälan</h2><p>Anmäl fel på gator, belysning och lekplatser.</p></div>""", crumbs=[("E-tjänster", "/e-tjanster.html")]))
    S.add("/om-webbplatsen.html", "om-webbplatsen.html", chrome("Om webbplatsen", """<div class="sv-text-portlet"><h1 class="heading">Om webbplatsen</h1></div>
<div class="sv-text-portlet" id="tillganglighet"><h2 class="subheading">Tillgänglighetsredogörelse</h2><p>Ramsviks kommun står bakom denna webbplats. Vi vill att så många som möjligt ska kunna använda den. Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service.</p></div>
<div class="sv-text-portlet" id="lattlast"><h2 class="subheading">Lättläst</h2><p>Här berättar vi kort om kommunen och vad kommunen gör.</p></div>
<div class="sv-text-portlet" id="teckensprak"><h2 class="subheading">Teckenspråk</h2><p>Information om kommunen på svenskt teckenspråk.</p></div>
<div class="sv-text-portlet" id="other-languages" lang="en"><h2 class="subheading">Other languages</h2><p>Use the translation service of your browser to read this website in other languages.</p></div>
<div class="sv-text-portlet" id="kakor"><h2 class="subheading">Kakor</h2><p>Vi använder nödvändiga kakor och, om du godkänner det, kakor för besöksstatistik.</p></div>
<div class="sv-text-portlet" id="personuppgifter"><h2 class="subheading">Personuppgifter</h2><p>Så behandlar vi dina personuppgifter enligt dataskyddsförordningen.</p></div>""", crumbs=[("Om webbplatsen", "/om-webbplatsen.html")]))
    S.files["sok.html"] = chrome("Sök", '<div class="sv-text-portlet"><h1 class="heading">Sökresultat</h1></div><div class="sv-searchresult"><!--SEARCH_RESULTS--></div>')
    S.search = {"path": "/sok.html", "param": "query", "template": "sok.html",
                "hits": {"kontaktcenter": [kontakt], "kontakta oss": [kontakt], "växel": [kontakt],
                         "kundtjänst": [], "medborgarservice": [], "servicecenter": []}}
    return S
