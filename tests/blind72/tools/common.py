"""Typing aid for blind72: the front page and the pages every site has (news, accessibility, cookies)."""
from __future__ import annotations

from chrome import esc, render, slug

ESERVICES = ["Ansök om förskoleplats", "Anmäl byte av sopkärl", "Ansök om bygglov", "Boka lokal",
             "Ansök om parkeringstillstånd", "Felanmälan gata och park", "Ansök om ekonomiskt bistånd",
             "Anmäl frånvaro i skolan"]
EVENTS = [("12 dec", "Luciakonsert i kyrkan"), ("14 dec", "Julmarknad på torget"), ("9 jan", "Öppet hus på kulturskolan")]


def crumbs(items: list[tuple[str, str]]) -> str:
    parts = ['<a href="/">Start</a>'] + [f'<a href="{h}">{esc(t)}</a>' if h else esc(t) for t, h in items]
    return '<div class="breadcrumbs">' + " › ".join(parts) + "</div>"


def inner(h1: str, body: str, trail: list[tuple[str, str]] | None = None, updated: str = "2026-11-18",
          editor: str = "") -> str:
    ed = f"<p class=\"page-editor\">{editor}</p>" if editor else ""
    return f"""{crumbs(trail if trail is not None else [(h1, '')])}
<div class="article">
<h1>{h1}</h1>
{body}
<div class="page-meta"><p>Senast uppdaterad: {updated}</p>{ed}</div>
</div>"""


def front_main(S: dict) -> str:
    cards = "".join(f'<li class="card"><a href="{h}">{t}</a></li>' for t, h in S["hero_cards"])
    news = "".join(f'<div class="teaser"><a href="/nyheter/{n["slug"]}/"><h3>{esc(n["title"])}</h3></a>'
                   f'<p class="date">{n["date"]}</p><p>{esc(n["lead"])}</p></div>' for n in S["news"])
    es = "".join(f'<li><a href="/e-tjanster/{slug(e)}/">{esc(e)}</a></li>' for e in ESERVICES)
    ev = "".join(f'<li><a href="/evenemang/{slug(t)}/"><span class="d">{d}</span> {esc(t)}</a></li>' for d, t in EVENTS)
    letters = "".join(f'<a href="/a-o/{slug(c)}/">{c}</a> ' for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ")
    drift = S.get("drift", "Vattenavstängning på Björkvägen 3–9 onsdag kl. 9–13 på grund av ledningsarbete.")
    return f"""<div class="hero">
<h1>Välkommen till {esc(S['kommunnamn'])}</h1>
<p>{esc(S.get('hero_text', 'Här hittar du information och e-tjänster för dig som bor och verkar i kommunen.'))}</p>
<ul class="hero-cards">{cards}</ul>
</div>
<div class="block drift"><h2>Driftinformation</h2><p>{drift}</p><a href="/driftinformation/">All driftinformation</a></div>
<div class="block news"><h2>Nyheter</h2>{news}<p><a href="/nyheter/">Alla nyheter</a></p></div>
<div class="block eservices"><h2>Populära e-tjänster</h2><ul>{es}</ul><p><a href="/e-tjanster/">Alla e-tjänster</a></p></div>
<div class="block events"><h2>Evenemang</h2><ul>{ev}</ul><p><a href="/evenemang/">Fler evenemang</a></p></div>
<div class="block jobs"><h2>Jobba hos oss</h2><p>Vi är en av kommunens största arbetsgivare med över 2 000 medarbetare.</p><a href="/naringsliv-och-arbete/lediga-jobb/">Lediga jobb</a></div>
<div class="block az"><h2>A–Ö</h2><p>{letters}</p></div>"""


def news_pages(S: dict) -> dict[str, tuple[str, str]]:
    out = {}
    lst = "".join(f'<li><a href="/nyheter/{n["slug"]}/">{esc(n["title"])}</a> <span class="date">{n["date"]}</span><p>{esc(n["lead"])}</p></li>'
                  for n in S["news"])
    out["/nyheter/"] = ("Nyheter", inner("Nyheter", f"<ul class=\"news-list\">{lst}</ul>"))
    for n in S["news"]:
        body = f'<p class="date">Publicerad {n["date"]}</p><p class="lead">{esc(n["lead"])}</p>{n["body"]}'
        out[f"/nyheter/{n['slug']}/"] = (n["title"], inner(esc(n["title"]), body, [("Nyheter", "/nyheter/"), (n["title"], "")]))
    return out


def standard_pages(S: dict) -> dict[str, tuple[str, str]]:
    k = S["kommunnamn"]
    tg = f"""<p>{esc(k)} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.
Den här redogörelsen beskriver hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service,
kända tillgänglighetsproblem och hur du kan rapportera brister till oss så att vi kan åtgärda dem.</p>
<h2>Hur tillgänglig är webbplatsen?</h2><p>Vi vet att delar av webbplatsen inte är helt tillgängliga:
en del äldre PDF-dokument saknar taggar och vissa filmer saknar syntolkning.</p>
<h2>Vad kan du göra om du inte kan använda delar av webbplatsen?</h2><p>Om du behöver innehåll i ett annat format kan du kontakta oss via e-post {S['epost']}.</p>
<h2>Rapportera brister</h2><p>Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte är beskrivna
på den här sidan kan du meddela oss så att vi får veta att problemet finns.</p>
<h2>Tillsyn</h2><p>Myndigheten för digital förvaltning har ansvaret för tillsyn av lagen om tillgänglighet till digital offentlig service.</p>
<p>Redogörelsen uppdaterades senast den 1 september 2026.</p>"""
    kakor = """<p>En kaka (cookie) är en liten textfil som webbplatsen sparar på din dator. Vi använder nödvändiga kakor för att
webbplatsen ska fungera och, om du godkänner det, kakor för anonym besöksstatistik.</p>
<h2>Nödvändiga kakor</h2><p>Dessa kakor sparar ditt val i kakbannern och sessionen när du använder e-tjänster.</p>
<h2>Statistikkakor</h2><p>Vi använder ett statistikverktyg som inte lämnar ut uppgifter till tredje part.</p>
<h2>Så ändrar du ditt val</h2><p>Du kan när som helst ta bort kakor i webbläsarens inställningar.</p>"""
    return {
        "/tillganglighetsredogorelse/": ("Tillgänglighetsredogörelse", inner("Tillgänglighetsredogörelse", tg)),
        "/om-kakor/": ("Om kakor", inner("Om kakor", kakor)),
    }


def search_template(S: dict) -> str:
    return render(S, "Sök", inner("Sök på webbplatsen", "<!--SEARCH_RESULTS-->", [("Sök", "")]))
