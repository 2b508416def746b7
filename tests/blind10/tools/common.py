"""Shared filler for the tenth blind corpus (typing aid)."""
from __future__ import annotations

from chrome import esc

LETTERS = "ABCDEFGHIJKLMNOPRSTUVÅÄÖ"

EVENTS = [
    ("Julmarknad på torget", "13 december"), ("Vinterkonsert med kulturskolan", "15 december"),
    ("Öppet hus på gymnasiet", "20 januari"), ("Kommunfullmäktige sammanträder", "27 januari"),
    ("Skridskodisco i ishallen", "1 februari"), ("Föreläsning: Släktforska på biblioteket", "4 februari"),
]

ESERV = ["Ansök om förskoleplats", "Felanmälan gata och park", "Ansök om bygglov", "Boka lokal", "Byt storlek på sopkärl",
         "Ansök om försörjningsstöd", "Anmäl frånvaro i skolan", "Sök feriearbete"]

FILLER_NEWS = [
    ("Nu öppnar anmälan till sommarlovsaktiviteter", "sommarlov",
     "Från och med i dag kan barn och unga mellan 8 och 15 år anmäla sig till sommarens aktiviteter. Det blir allt från paddling till kodstuga."),
    ("Budget för nästa år är beslutad", "budget",
     "Kommunfullmäktige har fastställt budgeten. Mest pengar går till skola och omsorg, och en ny förskola ska byggas i den norra delen av tätorten."),
    ("Vattenledningen på Skolgatan byts ut", "vattenledning",
     "Under vecka 3–9 byter vi vattenledning på Skolgatan. Gatan är avstängd för genomfart och de boende får information i brevlådan."),
]


def hero(h1: str, text: str, cards: list[tuple[str, str, str]], cls: str = "hero") -> str:
    c = "".join(f"<li class=\"{cls}__card\"><a href=\"{h}\"><span class=\"{cls}__card-title\">{esc(t)}</span></a><p>{esc(x)}</p></li>"
                for t, h, x in cards)
    return (f"<section class=\"{cls}\"><div class=\"{cls}__inner\"><h1>{esc(h1)}</h1><p>{esc(text)}</p>"
            f"<ul class=\"{cls}__cards\">{c}</ul></div></section>\n")


def news(items: list[tuple[str, str, str]], p: str = "/") -> str:
    lis = "".join(f"<article class=\"news-item\"><h3><a href=\"{h}\">{esc(t)}</a></h3><p>{esc(x)}</p></article>" for t, h, x in items)
    return f"<section class=\"news\"><h2>Aktuellt</h2>{lis}<p><a href=\"{p}nyheter/\">Alla nyheter</a></p></section>\n"


def filler_news(p: str = "/") -> list[tuple[str, str, str]]:
    return [(t, f"{p}nyheter/{sl}", x) for t, sl, x in FILLER_NEWS]


POOL = [
    ("Trygg vinter", "När snön kommer plogar vi först huvudgator, bussgator och gång- och cykelvägar till skolor. Villagator och "
     "mindre vägar kommer i andra hand. Tänk på att inte ställa bilen på gatan när det snöar, så kommer plogbilen fram."),
    ("Medborgardialog om nya centrum", "Hur vill du att torget ska se ut om tio år? Under våren bjuder vi in till öppna möten, "
     "promenader och en digital enkät. Alla synpunkter sammanställs och lämnas till samhällsbyggnadsnämnden innan planen tas fram."),
    ("Stöd till föreningar", "Föreningar med verksamhet för barn och unga kan söka aktivitetsstöd två gånger om året. Nytt för i år är "
     "ett särskilt bidrag för att ordna lovaktiviteter, och ansökan görs i föreningsportalen."),
    ("Krisberedskap i hemmet", "Har du vatten, mat och värme för en vecka om strömmen går? Kommunen följer myndigheternas råd och "
     "delar ut broschyren om hemberedskap till alla hushåll. Beredskapsveckan ordnas i samarbete med frivilligorganisationerna."),
    ("Nya cykelbanor", "Cykelbanan mellan centrum och idrottsplatsen blir klar i maj. Därefter fortsätter arbetet mot industriområdet, "
     "så att fler kan cykla till jobbet året runt."),
    ("Matsedel och skolmat", "Skolmaten lagas i skolornas egna kök och minst hälften av råvarorna är svenska. Veckans matsedel finns i "
     "appen och på varje skolas sida, och specialkost söker du med ett intyg."),
]

QUICK = ["Sophämtning", "Skollov och läsårstider", "Bygglov", "Bostadsanpassning", "Färdtjänst", "Parkering", "Badplatser",
         "Bibliotekets öppettider", "Lediga tomter", "Evenemangskalender", "Politiska sammanträden", "Lediga lokaler"]


def rest(s: dict) -> str:
    p = s["prefix"]
    k = int(s["code"]) % len(POOL)
    pool = POOL[k:] + POOL[:k]
    info = "".join(f"<article class=\"info\"><h3>{esc(h)}</h3><p>{esc(x)}</p><p><a href=\"{p}aktuellt/{i}\">Läs mer<span class=\"sr-only\"> om {esc(h.lower())}</span></a></p></article>"
                   for i, (h, x) in enumerate(pool[:6], 1))
    quick = "".join(f"<li><a href=\"{p}genvag/{i}\">{esc(t)}</a></li>" for i, t in enumerate(QUICK, 1))
    ev = "".join(f"<li><a href=\"{p}evenemang/{i}\"><time>{d}</time> {esc(t)}</a></li>" for i, (t, d) in enumerate(EVENTS, 1))
    es = "".join(f"<li><a href=\"{p}e-tjanster/{i}\">{esc(t)}</a></li>" for i, t in enumerate(ESERV, 1))
    ao = "".join(f"<li><a href=\"{p}a-o/{L.lower()}\">{L}</a></li>" for L in LETTERS)
    return (
        f"<section class=\"quick\"><h2>Genvägar</h2><ul>{quick}</ul></section>\n"
        f"<section class=\"informerar\"><h2>Kommunen informerar</h2>{info}</section>\n"
        f"<section class=\"eservices\"><h2>Populära e-tjänster</h2><ul>{es}</ul><p><a href=\"{p}e-tjanster/\">Alla e-tjänster</a></p></section>\n"
        f"<section class=\"events\"><h2>Evenemang</h2><ul>{ev}</ul><p><a href=\"{p}evenemang/\">Fler evenemang</a></p></section>\n"
        f"<section class=\"drift\"><h2>Driftinformation</h2><p>{esc(s.get('drift', 'Just nu finns inga kända störningar i vatten, avlopp eller fjärrvärme.'))}</p>"
        f"<p><a href=\"{p}driftinformation/\">All driftinformation</a></p></section>\n"
        f"<section class=\"jobs\"><h2>Jobba hos oss</h2><p>{esc(s['kname'])} är en av de största arbetsgivarna i området, med närmare "
        f"{s.get('staff', '1 800')} medarbetare inom ett sextiotal yrken. Vi söker ständigt lärare, undersköterskor och ingenjörer.</p>"
        f"<p><a href=\"{s.get('jobs_href', p + 'jobb/')}\">Se alla lediga jobb</a></p></section>\n"
        f"<section class=\"about\"><h2>Om {esc(s['kommun'])}</h2><p>{esc(s['about'])}</p>"
        "<p>Kommunen driver förskolor, skolor, äldreomsorg, räddningstjänst tillsammans med grannkommunerna, bibliotek, "
        "fritidsgårdar och en stor del av gatorna. Kommunfullmäktige sammanträder en gång i månaden och mötena sänds på webben.</p>"
        f"<p><a href=\"{p}uppleva/\">Upplev {esc(s['kommun'])}</a> · <a href=\"{p}flytta-hit/\">Flytta hit</a> · "
        f"<a href=\"{p}statistik/\">Fakta och statistik</a></p></section>\n"
        f"<nav class=\"a-o\" aria-label=\"A till Ö\"><h2>A–Ö</h2><ul>{ao}</ul></nav>\n"
    )


def area_page(a: dict) -> str:
    lis = "".join(f"<li><a href=\"{h}\"><strong>{esc(t)}</strong></a></li>" for t, h in a["subs"])
    return (f"<h1>{esc(a['label'])}</h1><p class=\"ingress\">Här hittar du information och e-tjänster inom området "
            f"{esc(a['label'].lower())}. Välj ett ämne nedan.</p><ul class=\"area-list\">{lis}</ul>\n")


def crumbs(p: str, items: list[tuple[str, str]]) -> str:
    x = "".join(f"<li><a href=\"{h}\">{esc(t)}</a></li>" for t, h in items)
    return f"<nav class=\"breadcrumb\" aria-label=\"Du är här\"><ol><li><a href=\"{p}\">Startsida</a></li>{x}</ol></nav>\n"


def news_list(items: list[tuple[str, str, str]]) -> str:
    lis = "".join(f"<li><a href=\"{h}\">{esc(t)}</a><p>{esc(x)}</p></li>" for t, h, x in items)
    return f"<h1>Nyheter</h1><ul class=\"news-list\">{lis}</ul>\n"


def news_item(t: str, x: str, more: str = "") -> str:
    return (f"<article><h1>{esc(t)}</h1><p class=\"date\">Publicerad 2026-11-{len(t) % 27 + 1:02d}</p><p class=\"ingress\">{esc(x)}</p>"
            "<p>Har du frågor om det här är du välkommen att höra av dig till kommunen.</p>" + more + "</article>\n")


STD = {
    "tillganglighet": ("Tillgänglighetsredogörelse", "<h1>Tillgänglighetsredogörelse</h1><p>Kommunen står bakom den här webbplatsen. "
                       "Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om "
                       "tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan rapportera brister.</p>"
                       "<h2>Kända brister</h2><p>Vissa äldre PDF-dokument är inte tillgängliga för skärmläsare.</p>"
                       "<h2>Tillsyn</h2><p>Myndigheten för digital förvaltning har ansvaret för tillsyn över lagen.</p>\n"),
    "kakor": ("Kakor", "<h1>Kakor (cookies)</h1><p>En kaka är en liten textfil som lagras i din webbläsare. Vi använder nödvändiga kakor "
              "och, om du godkänner det, kakor för besöksstatistik.</p>\n"),
}
