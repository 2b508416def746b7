"""Typing aid that wrote sites/ of the twelfth blind corpus (the files are the corpus)."""
from __future__ import annotations

import json
from pathlib import Path

SITES = Path(__file__).resolve().parent.parent / "sites"

MENU = {
    "Barn och utbildning": ["Förskola", "Grundskola", "Gymnasium", "Vuxenutbildning", "Skolskjuts", "Kulturskola"],
    "Omsorg och stöd": ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Ekonomiskt bistånd", "Färdtjänst"],
    "Bygga och bo": ["Bygglov", "Detaljplaner", "Avfall och återvinning", "Vatten och avlopp", "Energirådgivning"],
    "Kultur och fritid": ["Bibliotek", "Idrottsanläggningar", "Föreningsstöd", "Friluftsliv", "Evenemang"],
    "Trafik och miljö": ["Gator och vägar", "Parkering", "Miljötillsyn", "Naturvård", "Kollektivtrafik"],
    "Kommun och politik": ["Kommunfullmäktige", "Nämnder", "Organisation", "Budget", "Allmänna handlingar",
                           "Synpunkter och klagomål", "Statistik", "Styrdokument"],
    "Näringsliv och arbete": ["Starta företag", "Upphandling", "Lediga lokaler", "Tillstånd", "Lediga jobb"],
}
EVENTS = [("14 juni", "Sommarkonsert i parken"), ("18 juni", "Loppis på torget"),
          ("21 juni", "Midsommarfirande vid hembygdsgården"), ("2 juli", "Sagostund på biblioteket")]
ESERV = ["Ansök om förskoleplats", "Anmäl fel på gata", "Sök bygglov", "Boka lokal",
         "Ansök om färdtjänst", "Beställ slamtömning", "Ansök om parkeringstillstånd"]
POLITIK = ["Kallelse till kommunfullmäktige 17 juni", "Protokoll från kommunstyrelsen 3 juni",
           "Barn- och utbildningsnämnden sammanträder", "Ny översiktsplan på samråd", "Medborgarförslag om lekplats",
           "Revisionsberättelse för förra året", "Sammanträdesplan hösten", "Motion om gatubelysning besvarad"]
TEMA = [("Klimat och energi", "Kommunen ska vara fossilfri till 2035. Läs om hur vi ställer om fordonsflottan, byter till "
         "solel på skolornas tak och hjälper hushåll att minska sin energianvändning genom kostnadsfri rådgivning."),
        ("Trygghet i centrum", "Tillsammans med polisen och fastighetsägarna arbetar vi för en tryggare stadskärna med "
         "bättre belysning, fler vuxna ute på kvällarna och snabbare klotterborttagning."),
        ("Att flytta hit", "Funderar du på att flytta hit? Här samlar vi information om lediga tomter, förskolor och "
         "skolor, pendling och fritid, så att du lättare kan planera flytten."),
        ("Krisberedskap", "Vet du hur du klarar dig en vecka utan el eller vatten? Läs våra råd om hemberedskap, "
         "trygghetspunkter och hur kommunen informerar vid en allvarlig händelse.")]
ABOUT2 = ("Kommunen är den största arbetsgivaren på orten med omkring 1 400 medarbetare inom skola, vård och omsorg, "
          "teknik och kultur. Varje år tar vi emot nya invånare från hela landet och från andra länder, och vi vill att "
          "alla ska känna sig välkomna. Det goda livet här bygger på närheten till naturen, ett rikt föreningsliv och "
          "en service som fungerar i vardagen. Har du idéer om hur kommunen kan bli bättre tar vi gärna emot "
          "dem via vår e-tjänst för synpunkter och medborgarförslag.")
ABOUT3 = ("Ute i kommundelarna finns skolor, förskolor, äldreboenden och bibliotek som är öppna för alla. Vi bygger ut "
          "gång- och cykelvägarna mellan byarna, och under de kommande åren renoveras simhallen och två av "
          "idrottshallarna. Den kommunala planeringen sker i dialog med invånarna: på samrådsmöten, i "
          "medborgardialoger på nätet och genom de lokala utvecklingsgrupperna som finns i nästan varje by. "
          "Kommunens ekonomi är stabil, och skattesatsen har legat oförändrad i sex år. Under året satsar vi extra på "
          "tidiga insatser för barn och unga, på digitalisering av äldreomsorgen och på att fler ska komma i arbete. "
          "Besöksnäringen växer, och sommartid fördubblas befolkningen i kustbyarna. Vi arbetar därför med att utveckla "
          "badplatser, vandringsleder och ställplatser för husbilar, så att fler besökare stannar längre och handlar lokalt.")
AO = "ABCDEFGHIJKLMNOPRSTUVÅÄÖ"


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), (" ", "-")):
        t = t.replace(a, b)
    return t


def menu_html(cls: str, extra_top: list[tuple[str, str]] = ()) -> str:
    out = [f'<ul class="{cls}">']
    for area, subs in MENU.items():
        out.append(f'<li class="{cls}-item"><a href="/{slug(area)}/">{area}</a>'
                   f'<button class="{cls}-toggle" aria-expanded="false">Visa undermeny</button>'
                   f'<ul class="{cls}-sub" hidden>')
        out += [f'<li><a href="/{slug(area)}/{slug(s)}/">{s}</a></li>' for s in subs]
        out.append("</ul></li>")
    for text, href in extra_top:
        out.append(f'<li class="{cls}-item"><a href="{href}">{text}</a></li>')
    out.append("</ul>")
    return "\n".join(out)


def page(s: dict, title: str, body: str, front: bool = False) -> str:
    k = s["kommun"]
    alert = s.get("alert", "")
    topbar = s.get("topbar", '<div class="tb"><a href="/lyssna/">Lyssna</a> <a href="/lattlast/">Lättläst</a> '
                              '<a href="/in-english/">In English</a> <a href="/teckensprak/">Teckenspråk</a></div>')
    header = s.get("header_extra", "")
    if "/kontakt/" in s["pages"]:
        header += '<a class="hd-kontakt" href="/kontakt/">Kontakt</a>'
    menu_extra = s.get("menu_extra", [])
    nav = f'<nav class="pm" aria-label="Huvudmeny">{menu_html("pm", menu_extra)}</nav>'
    search = ('<form class="sf" action="/sok/" method="get"><label for="q">Sök på webbplatsen</label>'
              '<input id="q" name="q" type="search"><button>Sök</button></form>')
    head_block = (f'<header class="hd{" sticky" if s.get("sticky") else ""}">{topbar}'
                  f'<a class="logo" href="/"><img src="/img/logo.svg" alt="{k}s kommun, till startsidan"></a>'
                  f'{search}{header}</header>')
    foot = s.get("footer", f'''<footer class="ft"><div class="ft-col"><h2>{k}s kommun</h2>
<p>Kommunhuset, {s["gata"]}, 999 {s["pn"]} {k}</p><p>Växel: <a href="tel:{s["tel"].replace(" ", "").replace("-", "")}">{s["tel"]}</a></p>
<p>E-post: <a href="mailto:kommunen@{slug(k)}.example">kommunen@{slug(k)}.example</a></p><p>Org.nr 212000-{s["org"]}</p></div>
<div class="ft-col"><h2>Om webbplatsen</h2><ul><li><a href="/tillganglighet/">Tillgänglighetsredogörelse</a></li>
<li><a href="/kakor/">Om kakor</a></li><li><a href="/personuppgifter/">Behandling av personuppgifter</a></li></ul></div>
<div class="ft-col"><h2>Följ oss</h2><ul><li><a href="/press/">Press</a></li><li><a href="/jobb/">Lediga jobb</a></li></ul></div></footer>''')
    cookie = ('<div class="cookie" role="dialog" aria-label="Kakor"><p>Vi använder kakor för att webbplatsen ska '
              'fungera och för att förbättra den.</p><button>Godkänn alla</button><button>Endast nödvändiga</button>'
              '<a href="/kakor/">Läs mer om kakor</a></div>')
    css = ("<style>body{font-family:sans-serif;margin:0}.sticky{position:sticky;top:0}.pm-sub[hidden]{display:none}"
           ".float{position:fixed;right:1rem;bottom:1rem}.two{display:flex;flex-direction:row-reverse}"
           ".alert{background:#fc0;padding:.5rem}</style>")
    if s.get("layout") == "right":
        bodyhtml = (f'{head_block}<div class="two"><aside class="col-r">{nav}</aside>'
                    f'<main class="col-l">{body}</main></div>')
    else:
        bodyhtml = f'{head_block}{nav}<main>{body}</main>'
    return (f'<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{css}</head>\n<body>'
            f'<a class="skip" href="#innehall">Till innehållet</a>{cookie}{alert}{bodyhtml}{foot}'
            f'{s.get("floating", "")}<script>document.documentElement.className="js";</script></body></html>\n')


def front_body(s: dict) -> str:
    k = s["kommun"]
    parts = [s.get("breadcrumb", ""), f'<section class="hero" id="innehall"><h1>Välkommen till {k}s kommun</h1>'
             f'{s.get("hero", "<p>" + s["heroline"] + "</p>")}</section>']
    parts.append(s.get("after_hero", ""))
    news = "".join(f'<article class="nt"><h3><a href="/nyheter/{slug(t)[:30]}/">{t}</a></h3><p>{p}</p></article>'
                   for t, p in s["news"])
    parts.append(f'<section class="news"><h2>Nyheter</h2>{news}<a href="/nyheter/">Fler nyheter</a></section>')
    parts.append(s.get("middle", ""))
    ev = "".join(f'<li><time>{d}</time> <a href="/evenemang/{slug(t)[:20]}/">{t}</a></li>' for d, t in EVENTS)
    parts.append(f'<section class="ev"><h2>Evenemang</h2><ul>{ev}</ul><a href="/evenemang/">Alla evenemang</a></section>')
    es = "".join(f'<li><a href="/e-tjanster/{slug(t)}/">{t}</a></li>' for t in ESERV)
    parts.append(f'<section class="es"><h2>E-tjänster</h2><ul>{es}</ul></section>')
    parts.append('<section class="drift"><h2>Driftinformation</h2><p>Inga kända störningar i vatten och avlopp just nu.'
                 ' <a href="/driftinformation/">Se all driftinformation</a></p></section>')
    parts.append('<section class="jobs"><h2>Jobba hos oss</h2><p>Vi söker undersköterskor, lärare och en '
                 'VA-ingenjör. <a href="/jobb/">Lediga jobb</a></p></section>')
    parts.append('<section class="siffror"><h2>Kommunen i siffror</h2><dl><dt>Skattesats</dt><dd>22,15 kronor</dd>'
                 '<dt>Förskolor</dt><dd>14 kommunala och 3 fristående</dd><dt>Grundskolor</dt><dd>9</dd>'
                 '<dt>Mil kommunal gata</dt><dd>31</dd><dt>Badplatser</dt><dd>12, varav 5 med handikappramp</dd>'
                 '<dt>Bibliotek</dt><dd>Huvudbibliotek och fyra filialer</dd><dt>Medarbetare</dt><dd>Cirka 1 400</dd>'
                 '<dt>Föreningar med bidrag</dt><dd>118</dd></dl><p>Siffrorna avser förra årets bokslut och uppdateras '
                 'varje vår när årsredovisningen har fastställts av kommunfullmäktige. Mer statistik om befolkning, '
                 'bostadsbyggande och arbetsmarknad hittar du under <a href="/kommun-och-politik/statistik/">Statistik</a>.</p></section>')
    ao = " ".join(f'<a href="/a-o/#{c}">{c}</a>' for c in AO)
    parts.append(f'<section class="ao"><h2>A–Ö</h2><p>{ao}</p></section>')
    pol = "".join(f'<li><a href="/kommun-och-politik/protokoll/{n}/">{t}</a></li>' for n, t in enumerate(POLITIK))
    parts.append(f'<section class="pol"><h2>Aktuellt från politiken</h2><ul>{pol}</ul></section>')
    tema = "".join(f'<div class="tema"><h3><a href="/tema/{slug(h)}/">{h}</a></h3><p>{b}</p></div>' for h, b in TEMA)
    parts.append(f'<section class="teman"><h2>Teman</h2>{tema}</section>')
    parts.append(f'<section class="about"><h2>Om {k}</h2><p>{s["about"]}</p><p>{ABOUT2}</p><p>{ABOUT3}</p></section>')
    parts.append(f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"GovernmentOrganization",'
                 f'"name":"{k}s kommun","telephone":"{s["tel"]}"}}</script>')
    return "\n".join(parts)


def write(s: dict) -> None:
    d = SITES / s["kod"]
    d.mkdir(parents=True, exist_ok=True)
    (d / "index.html").write_text(page(s, f'Startsida - {s["kommun"]}s kommun', front_body(s), True), encoding="utf-8")
    pages = {"/": "index.html"}
    for path, (fname, title, body) in s["pages"].items():
        (d / fname).write_text(page(s, title, body), encoding="utf-8")
        pages[path] = fname
    (d / "sok.html").write_text(page(s, f'Sök - {s["kommun"]}s kommun', "<h1>Sök</h1><!--SEARCH_RESULTS-->"),
                                encoding="utf-8")
    m = {"kommunkod": s["kod"], "kommun": s["kommun"], "lan_kod": s["lan_kod"], "lan": s["lan"],
         "family": s["family"], "pages": pages, "redirects": s.get("redirects", {}),
         "robots": "User-agent: *\nDisallow: /sok/admin\nSitemap: __ORIGIN__/sitemap.xml\n",
         "sitemap": ["/", *s["pages"]],
         "search": {"path": "/sok/", "param": "q", "hits": s.get("hits", {}), "template": "sok.html"},
         "front_status": s.get("front_status")}
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    from sites_data import ALL

    for site in ALL:
        write(site)
