"""Write tests/blind25/sites/ (typing aid; the files it writes are the corpus).

    python3 tests/blind25/tools/build_sites.py

Labels are NOT generated: they are hand-coded in labels.csv.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from chrome import FAMILIES  # noqa: E402
from common import E, area_page, om_webbplatsen, search_tpl, std_subs, tillganglighet  # noqa: E402

SITES_DIR = HERE.parent / "sites"
GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACw="


def ul(items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def news_index(s, items):
    lis = "\n".join(f'<li><time datetime="{d}">{d}</time> <a href="{h}">{E(t)}</a></li>' for h, d, t in items)
    return f"<h1>Nyheter</h1>\n<p>Aktuellt från {E(s['full'])}.</p>\n<ol class=\"news-archive\">\n{lis}\n</ol>"


def news_page(title, date, body, back):
    return (f'<article class="news"><h1>{E(title)}</h1>\n<p class="meta">Publicerad <time datetime="{date}">{date}</time></p>\n'
            f'{body}\n<p><a href="{back}">Fler nyheter</a></p></article>')


def english(s, extra=""):
    return (f"<h1>In English</h1>\n<p>Welcome to {E(s['name'])}, a municipality of about 14 000 inhabitants. "
            "This page gives a short summary in English; most information on the website is in Swedish.</p>\n"
            f"<h2>Moving here</h2>\n<p>Find out about schools, housing and jobs in the sections of the website.</p>\n{extra}")


def lattlast(s, extra=""):
    return (f"<h1>Lättläst</h1>\n<p>Det här är {E(s['full'])}. Kommunen ansvarar för förskola, skola, äldreomsorg, "
            "vatten, sophämtning och mycket mer.</p>\n<p>Politikerna i kommunfullmäktige bestämmer hur pengarna ska användas.</p>\n"
            f"{extra}")


# ============================================================================ sites
SITES: list[dict] = []


def site(**kw):
    SITES.append(kw)
    return kw


# ---------------------------------------------------------------- 9261 Ålstorp
A = site(code="9261", name="Ålstorp", full="Ålstorps kommun", domain="alstorp.se", lan_kod="14", lan="Västra Götalands län",
         family="semantic", search={"path": "/sok/", "param": "q"})
A["areas"] = [
    ("/barn-och-utbildning/", "Barn och utbildning", std_subs("skola")),
    ("/omsorg-och-hjalp/", "Omsorg och hjälp", std_subs("omsorg")),
    ("/bygga-bo-och-miljo/", "Bygga, bo och miljö", std_subs("bygga")),
    ("/kultur-och-fritid/", "Kultur och fritid", std_subs("kultur")),
    ("/naringsliv-och-arbete/", "Näringsliv och arbete", [*std_subs("naring"), ("/naringsliv-och-arbete/servicecenter-for-foretag/", "Servicecenter för företag")]),
    ("/trafik-och-infrastruktur/", "Trafik och infrastruktur", std_subs("trafik")),
    ("/kommun-och-politik/", "Kommun och politik", std_subs("kommun")),
]
A["header_links"] = [("/medborgarkontoret/", "Kontakta oss"), ("/kommun-och-politik/#handlingar", "Allmänna handlingar")]
A["footer"] = """<div class="footer__cols">
<section><h2>Ålstorps kommun</h2><p>Stortorget 1, 999 31 Ålstorp<br>Växel: 031-390 06 00<br>E-post: kommunen@alstorp.se<br>Org.nr: 212000-9261</p></section>
<section><h2>Genvägar</h2><ul><li><a href="/servicecenter/">Servicecenter</a></li><li><a href="/naringsliv-och-arbete/#jobb">Lediga jobb</a></li><li><a href="/nyheter/">Nyheter</a></li></ul></section>
<section><h2>Om webbplatsen</h2><ul><li><a href="/tillganglighet/">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen/#kakor">Kakor</a></li><li><a href="/om-webbplatsen/#personuppgifter">Personuppgifter</a></li></ul></section>
</div>"""
A_NEWS = [("/nyheter/drop-in-for-foretagare/", "2025-11-20", "Servicecenter för företag har drop-in varje tisdag",
           "<p>Driver du företag eller funderar på att starta? Varje tisdag 9–11 har Servicecenter för företag drop-in i Näringslivshuset, Bruksgatan 8. Du kan ställa frågor om tillstånd, lokaler och upphandling.</p>"),
          ("/nyheter/ny-forskola-kvarnby/", "2025-11-12", "Ny förskola i Kvarnby klar till hösten",
           "<p>Bygget av Kvarnby förskola går enligt plan. Förskolan får sex avdelningar och tar emot de första barnen i augusti.</p>"),
          ("/nyheter/storgatan-ledningsarbete/", "2025-11-03", "Storgatan stängs för ledningsarbete",
           "<p>Från den 17 november stängs Storgatan mellan Kyrkgatan och Torget för byte av vatten- och avloppsledningar. Arbetet beräknas pågå i sex veckor.</p>")]
SC_BODY = """<p class="lead">Servicecenter är kommunens gemensamma ingång för dig som bor, verkar eller vistas i Ålstorp. Här får du svar direkt eller hjälp att komma vidare till rätt handläggare. Servicecenter hette tidigare Medborgarkontoret.</p>
<h2>Det här kan vi hjälpa dig med</h2>
<ul>
<li>frågor om förskola, skola och skolskjuts</li>
<li>bygglov, strandskydd och anmälan om eldstad</li>
<li>sophämtning, slamtömning och återvinningscentralen</li>
<li>parkeringstillstånd och färdtjänst</li>
<li>kommunens e-tjänster och blanketter – vi hjälper dig att fylla i</li>
</ul>
<p>Du kan också lämna synpunkter och felanmälningar hos oss.</p>
<h2>Kontakta Servicecenter</h2>
<p>Telefon: <a href="tel:+46313900610">031-390 06 10</a><br>E-post: servicecenter@alstorp.se<br>Besöksadress: Kommunhuset, Stortorget 1</p>
<table class="hours"><caption>Öppettider i receptionen och telefon</caption>
<tr><th scope="row">Måndag–torsdag</th><td>8.00–17.00</td></tr>
<tr><th scope="row">Fredag</th><td>8.00–15.00</td></tr>
<tr><th scope="row">Lunch</th><td>Telefonen är öppen även under lunch</td></tr></table>
<p><a href="/servicecenter/helgdagar/">Öppettider runt helgdagar</a></p>
<h2>Om oss</h2>
<p>Servicecenter är en enhet inom kommunledningskontoret med elva medarbetare.</p>
<p>Enhetschef: Lars Holm, telefon 031-390 06 11</p>"""
A["pages"] = {
    "/servicecenter/": ("Servicecenter", '<nav class="breadcrumb" aria-label="Brödsmulor"><a href="/">Start</a> / Servicecenter</nav>\n<h1>Servicecenter</h1>\n' + SC_BODY + '\n<p class="tools"><a href="/servicecenter/utskrift/">Skriv ut sidan</a></p>'),
    "/servicecenter/helgdagar/": ("Servicecenters öppettider runt helgdagar", """<h1>Servicecenters öppettider runt helgdagar</h1>
<table><tr><th>Dag</th><th>Öppet</th></tr><tr><td>Julafton 24 december</td><td>Stängt</td></tr><tr><td>27–30 december</td><td>9.00–15.00</td></tr>
<tr><td>Nyårsafton</td><td>Stängt</td></tr><tr><td>Trettondagsafton 5 januari</td><td>8.00–12.00</td></tr></table>
<p><a href="/servicecenter/">Tillbaka till Servicecenter</a></p>"""),
    "/naringsliv-och-arbete/servicecenter-for-foretag/": ("Servicecenter för företag", """<h1>Servicecenter för företag</h1>
<p class="lead">Servicecenter för företag är näringslivsenhetens samlade ingång för dig som driver eller vill starta företag i Ålstorp.</p>
<p>Vi hjälper dig med frågor om serveringstillstånd, livsmedelsregistrering, bygglov för verksamhetslokaler, lediga lokaler och mark samt hur du lämnar anbud i kommunens upphandlingar.</p>
<p>Telefon 031-390 06 30, e-post foretag@alstorp.se. Drop-in tisdagar 9–11 i Näringslivshuset, Bruksgatan 8.</p>
<p>Näringslivschef: Mirja Sand</p>"""),
    "/tillganglighet/": ("Tillgänglighetsredogörelse", tillganglighet(A)),
    "/om-webbplatsen/": ("Om webbplatsen", om_webbplatsen(A)),
    "/en/": ("In English", english(A, "<h2>Questions?</h2>\n<p>The Service Centre (Servicecenter) in the town hall answers questions from residents in Swedish and English. Phone +46 31 390 06 10.</p>")),
    "/lattlast/": ("Lättläst", lattlast(A, "<h2>Har du frågor?</h2>\n<p>Ring till kommunens Servicecenter. Telefon 031-390 06 10.</p>")),
    "/nyheter/": ("Nyheter", news_index(A, [(h, d, t) for h, d, t, _ in A_NEWS])),
}
for h, d, t, b in A_NEWS:
    A["pages"][h] = (t, news_page(t, d, b, "/nyheter/"))
A["raw"] = {"/servicecenter/utskrift/": f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Servicecenter (utskriftsversion) - Ålstorps kommun</title><meta name="robots" content="noindex">
<style>body{{font-family:Georgia,serif;max-width:40rem;margin:2rem}}</style></head>
<body onload="window.print()">
<p><img src="{GIF}" alt="Ålstorps kommun"> Utskriftsversion</p>
<h1>Servicecenter</h1>
{SC_BODY}
<p>Utskriven från alstorp.se. <a href="/servicecenter/">Tillbaka till sidan</a></p>
</body></html>
"""}
A["front"] = """<section class="hero"><h1>Välkommen till Ålstorp</h1><p>Bruksorten vid Ålsjön – 14 000 invånare och nära till allt.</p>
<ul class="cards">
<li><a href="/naringsliv-och-arbete/servicecenter-for-foretag/"><strong>Servicecenter för företag</strong><span>En väg in för dig som driver företag</span></a></li>
<li><a href="/barn-och-utbildning/#forskola"><strong>Förskola</strong><span>Ansök om plats</span></a></li>
<li><a href="/bygga-bo-och-miljo/#avfall"><strong>Sophämtning</strong><span>Hämtschema och taxor</span></a></li>
<li><a href="/naringsliv-och-arbete/#jobb"><strong>Lediga jobb</strong><span>Jobba hos oss</span></a></li>
</ul></section>
<section class="news"><h2>Nyheter</h2>
<article><h3><a href="/nyheter/drop-in-for-foretagare/">Servicecenter för företag har drop-in varje tisdag</a></h3><p>Ställ dina frågor om tillstånd och lokaler.</p></article>
<article><h3><a href="/nyheter/ny-forskola-kvarnby/">Ny förskola i Kvarnby klar till hösten</a></h3><p>Sex avdelningar och plats för 110 barn.</p></article>
<article><h3><a href="/nyheter/storgatan-ledningsarbete/">Storgatan stängs för ledningsarbete</a></h3><p>Omledning via Kyrkgatan i sex veckor.</p></article>
<p><a href="/nyheter/">Alla nyheter</a></p></section>
<section class="eservices"><h2>Populära e-tjänster</h2><ul><li><a href="/barn-och-utbildning/#forskola">Ansök om förskoleplats</a></li><li><a href="/trafik-och-infrastruktur/#felanmalan">Felanmälan</a></li><li><a href="/trafik-och-infrastruktur/#parkering">Parkeringstillstånd</a></li><li><a href="/bygga-bo-och-miljo/#bygglov">Ansök om bygglov</a></li></ul></section>
<section class="events"><h2>Evenemang</h2><ul><li>29 nov – Julmarknad på Stortorget</li><li>6 dec – Luciakonsert i Ålstorps kyrka</li></ul><p><a href="/kultur-och-fritid/#evenemang">Fler evenemang</a></p></section>
<aside class="driftinfo"><h2>Driftinformation</h2><p>Vattenavstängning på Ekvägen 2–8 den 25 november kl. 9–13.</p></aside>"""
A["redirects"] = {"/medborgarkontoret/": ["/servicecenter/", 301]}
A["hits"] = {"servicecenter": ["/servicecenter/", "/servicecenter/helgdagar/", "/naringsliv-och-arbete/servicecenter-for-foretag/"],
             "medborgarkontoret": ["/servicecenter/"], "medborgarkontor": ["/servicecenter/"]}

# ---------------------------------------------------------------- 9262 Grävlinge (Sitevision)
G = site(code="9262", name="Grävlinge", full="Grävlinge kommun", domain="gravlinge.se", lan_kod="03", lan="Uppsala län",
         family="sitevision", search={"path": "/sok/", "param": "query"})
G["areas"] = [
    ("/barn-och-skola.html", "Barn och skola", std_subs("skola")),
    ("/omsorg-och-stod.html", "Omsorg och stöd", std_subs("omsorg")),
    ("/bo-och-bygga.html", "Bo och bygga", std_subs("bygga")),
    ("/kultur-och-fritid.html", "Kultur och fritid", std_subs("kultur")),
    ("/arbete-och-foretag.html", "Arbete och företag", [*std_subs("naring")[:3], ("/lediga-jobb.html", "Lediga jobb")]),
    ("/trafik-och-gator.html", "Trafik och gator", std_subs("trafik")),
    ("/kommun-och-politik.html", "Kommun och politik", std_subs("kommun")),
]
G["nav_extra"] = [("/kundcenter.html", "Kundcenter", [])]
G["footer"] = """<div class="sv-text-portlet"><h2 class="subheading">Grävlinge kommun</h2><p class="normal">Kommunhuset, Torggatan 5, 999 12 Grävlinge</p>
<p class="normal">Växel: 08-465 004 00<br>E-post: kommun@gravlinge.se<br>Organisationsnummer: 212000-9262</p></div>
<div class="sv-text-portlet"><p class="normal"><a href="/tillganglighet.html">Tillgänglighetsredogörelse</a> · <a href="/om-webbplatsen.html#kakor">Kakor</a> · <a href="/nyheter.html">Nyheter</a></p></div>"""
G["lattlast"], G["en"] = "/lattlast.html", "/in-english.html"
G_NEWS = "/nyheter/2025-11-18-kundcenter-svarar-nu-pa-fler-fragor.html"
G_JOB = "/lediga-jobb/kundvagledare-till-kundcenter.html"
KC_G = """<div class="sv-text-portlet"><h1 class="heading">Kundcenter</h1>
<p class="lead">Kundcenter är din väg in till Grävlinge kommun. Vi finns här för dig – hör av dig när du undrar något, så hjälper vi dig vidare.</p>
<p class="normal">Ingen fråga är för liten. Ring, mejla eller kom förbi – vi tar oss tid för dig.</p></div>
<div class="sv-text-portlet"><h2 class="subheading">Kontakta Kundcenter</h2>
<p class="normal">Telefon: 08-465 004 10<br>E-post: kundcenter@gravlinge.se<br>Besöksadress: Kommunhuset, Torggatan 5</p>
<p class="normal">Telefontider: måndag–torsdag 8–17, fredag 8–15</p></div>
<div class="sv-contact-portlet"><div class="env-card"><p class="env-card__title">Per Lind</p><p class="normal">Kundcenterchef</p><p class="normal">08-465 004 11</p></div></div>"""
G["pages"] = {
    "/kundcenter.html": ("Kundcenter", KC_G),
    G_NEWS: ("Kundcenter svarar nu på fler frågor", news_page("Kundcenter svarar nu på fler frågor", "2025-11-18", """<p class="lead">Från och med den 1 december kan du vända dig till Kundcenter med fler av dina frågor.</p>
<p>Nu svarar Kundcenter också på frågor om bygglov, avfallsabonnemang, skolskjuts och färdtjänst. Tidigare kopplades de samtalen vidare till förvaltningarna.</p>
<p>– Målet är att fler ska få svar redan i första samtalet, säger kommunens digitaliseringsstrateg Elin Wall.</p>
<p>Ring 08-465 004 10 eller mejla kundcenter@gravlinge.se. Telefontiderna är desamma som tidigare: måndag–torsdag 8–17 och fredag 8–15.</p>""", "/nyheter.html")),
    G_JOB: ("Kundvägledare till Kundcenter", """<div class="sv-text-portlet"><h1 class="heading">Kundvägledare till Kundcenter</h1>
<p class="normal">Grävlinge kommun, kommunledningskontoret. Tillsvidareanställning, heltid. Sista ansökningsdag 2026-01-15.</p>
<h2 class="subheading">Om jobbet</h2><p class="normal">Som kundvägledare svarar du på frågor om allt från förskoleplats och skolskjuts till bygglov och parkeringstillstånd, i telefon, via e-post och i receptionen.</p>
<h2 class="subheading">Vi söker dig som</h2><p class="normal">har gymnasieexamen, gärna erfarenhet av kundservice, och tycker om att möta människor.</p>
<p class="normal">Upplysningar lämnas av kundcenterchef Per Lind, 08-465 004 11. Fackliga företrädare nås via växeln.</p>
<p class="normal"><a href="/lediga-jobb.html">Alla lediga jobb</a></p></div>"""),
    "/lediga-jobb.html": ("Lediga jobb", f"""<div class="sv-text-portlet"><h1 class="heading">Lediga jobb</h1><p class="normal">Här är våra lediga tjänster just nu.</p>
<ul><li><a href="{G_JOB}">Kundvägledare till Kundcenter</a> – sista dag 2026-01-15</li><li>Förskollärare till Ängens förskola – sista dag 2025-12-20</li><li>Undersköterska till hemtjänsten i Norrby – sista dag 2025-12-31</li></ul></div>"""),
    "/nyheter.html": ("Nyheter", news_index(G, [(G_NEWS, "2025-11-18", "Kundcenter svarar nu på fler frågor"),
                                              ("/nyheter/2025-11-10-vintervaghallning.html", "2025-11-10", "Så sköter vi vinterväghållningen"),
                                              ("/nyheter/2025-11-04-budget-2026.html", "2025-11-04", "Budget 2026 antagen")])),
    "/nyheter/2025-11-10-vintervaghallning.html": ("Så sköter vi vinterväghållningen", news_page("Så sköter vi vinterväghållningen", "2025-11-10", "<p>När snön kommer plogas huvudgator, gång- och cykelvägar först. Bostadsgator plogas när snödjupet är över åtta centimeter.</p>", "/nyheter.html")),
    "/nyheter/2025-11-04-budget-2026.html": ("Budget 2026 antagen", news_page("Budget 2026 antagen", "2025-11-04", "<p>Kommunfullmäktige antog budgeten för 2026 vid sammanträdet den 3 november. Skattesatsen är oförändrad.</p>", "/nyheter.html")),
    "/tillganglighet.html": ("Tillgänglighetsredogörelse", tillganglighet(G)),
    "/om-webbplatsen.html": ("Om webbplatsen", om_webbplatsen(G)),
    "/in-english.html": ("In English", english(G)),
    "/lattlast.html": ("Lättläst", lattlast(G, "<p>Har du frågor om kommunen? Ring 08-465 004 00.</p>")),
}
G["front"] = f"""<div class="sv-layout startsida-puff"><div class="sv-text-portlet"><h1 class="heading">Välkommen till Grävlinge</h1><p class="lead">Här finns plats att växa.</p></div>
<div class="sv-layout genvagar"><ul class="sv-defaultlist">
<li><a href="/barn-och-skola.html#forskola">Ansök om förskola</a></li><li><a href="/bo-och-bygga.html#bygglov">Bygglov</a></li><li><a href="/bo-och-bygga.html#avfall">Sophämtning</a></li><li><a href="/lediga-jobb.html">Lediga jobb</a></li></ul></div></div>
<div class="sv-layout nyhetsflode"><h2 class="subheading">Nyheter</h2>
<div class="sv-channel-item"><a href="{G_NEWS}"><h3>Kundcenter svarar nu på fler frågor</h3></a><p>Från den 1 december kan du få svar på fler frågor direkt.</p></div>
<div class="sv-channel-item"><a href="/nyheter/2025-11-10-vintervaghallning.html"><h3>Så sköter vi vinterväghållningen</h3></a><p>Huvudgator och cykelvägar plogas först.</p></div>
<div class="sv-channel-item"><a href="/nyheter/2025-11-04-budget-2026.html"><h3>Budget 2026 antagen</h3></a><p>Skattesatsen är oförändrad.</p></div>
<p><a href="/nyheter.html">Fler nyheter</a></p></div>
<div class="sv-layout jobb"><h2 class="subheading">Lediga jobb</h2><ul><li><a href="{G_JOB}">Kundvägledare till Kundcenter</a></li></ul></div>
<div class="sv-layout evenemang"><h2 class="subheading">Evenemang</h2><p>7 december – Julmarknad i Gamla stan. <a href="/kultur-och-fritid.html#evenemang">Alla evenemang</a></p></div>"""
G["redirects"] = {}
G["hits"] = {"kundcenter": ["/kundcenter.html", G_NEWS, G_JOB], "kundtjänst": [], "kontaktcenter": []}
G["hits"] = {k: v for k, v in G["hits"].items() if v}

# ---------------------------------------------------------------- 9263 Myrheden (Municipio drawer)
M = site(code="9263", name="Myrheden", full="Myrhedens kommun", domain="myrheden.se", lan_kod="23", lan="Jämtlands län",
         family="municipio", search={"path": "/", "param": "s"})
M["areas"] = [
    ("/skola-och-forskola/", "Skola och förskola", std_subs("skola")),
    ("/omsorg-och-stod/", "Omsorg och stöd", std_subs("omsorg")),
    ("/bygga-och-bo/", "Bygga och bo", std_subs("bygga")),
    ("/uppleva-och-gora/", "Uppleva och göra", std_subs("kultur")),
    ("/arbete-och-foretag/", "Arbete och företag", std_subs("naring")),
    ("/trafik-och-gator/", "Trafik och gator", std_subs("trafik")),
    ("/kommun-och-politik/", "Kommun och politik", [*std_subs("kommun")[:5], ("/organisation/", "Organisation")]),
]
M["nav_extra"] = [("/kontakt/", "Kontakt", [("/kontakt/#vaxel", "Växel"), ("/kontakt/#felanmalan", "Felanmälan"), ("/kontakt/#synpunkter", "Synpunkter och klagomål"), ("/kontakt/#press", "Press")])]
M["footer"] = """<div class="c-footer__widgets"><div class="widget widget_text"><h2 class="c-typography__variant--h4">Myrhedens kommun</h2><div class="textwidget"><p>Storvägen 10<br>999 42 Myrheden</p><p>Växel: 0980-319 200<br>E-post: kommunen@myrheden.se<br>Org.nr: 212000-9263</p></div></div>
<div class="widget widget_nav_menu"><ul><li><a href="/tillganglighet/">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen/#kakor">Om kakor</a></li><li><a href="/nyheter/">Nyheter</a></li></ul></div></div>"""
M_NEWS = [("/nyheter/medborgarservice-lordagsoppet/", "2025-11-21", "Medborgarservice har öppet på lördagar i december",
           '<p>Lördagarna 6, 13 och 20 december har Medborgarservice extra öppet klockan 10–14 i kommunhusets entré.</p>\n<p><a href="/medborgarservice/">Läs mer om Medborgarservice</a></p>'),
          ("/nyheter/skidsparen-ar-oppna/", "2025-11-19", "Skidspåren på Fjällbacken är öppna",
           "<p>Nu är de första fem kilometrarna preparerade. Elljusspåret är tänt 6–22.</p>"),
          ("/nyheter/detaljplan-norrgardet/", "2025-11-07", "Ny detaljplan för Norrgärdet på samråd",
           "<p>Planen möjliggör 40 nya bostäder. Lämna synpunkter senast den 15 december.</p>")]
M["pages"] = {
    "/kontakt/": ("Kontakt", """<article class="c-article"><h1>Kontakt</h1>
<p class="lead">Här hittar du olika sätt att kontakta kommunen.</p>
<div class="o-grid">
<a class="c-card c-card--link" href="/medborgarservice/"><div class="c-card__body"><h2 class="c-card__heading">Medborgarservice</h2><p>Öppettider, telefon och e-post</p></div></a>
<a class="c-card c-card--link" href="/kontakt/#felanmalan"><div class="c-card__body"><h2 class="c-card__heading">Felanmälan</h2><p>Gator, belysning och lekplatser</p></div></a>
</div>
<h2 id="vaxel">Växel</h2><p>Telefon 0980-319 200, vardagar 7.30–16.30.</p>
<h2 id="felanmalan">Felanmälan</h2><p>Anmäl fel på gator, gatubelysning och lekplatser i e-tjänsten Felanmälan.</p>
<h2 id="synpunkter">Synpunkter och klagomål</h2><p>Tyck till om kommunens verksamheter via formuläret Synpunkter.</p>
<h2 id="press">Press</h2><p>Journalister når kommunens presstjänst på press@myrheden.se.</p>
</article>"""),
    "/medborgarservice/": ("Medborgarservice", """<article class="c-article"><h1>Medborgarservice</h1>
<p class="lead">Medborgarservice är kommunens första kontakt för dig som har frågor eller vill ha hjälp med ett ärende.</p>
<p>Hos oss får du svar på frågor om bland annat bygglov, förskola och skola, avfall och återvinning, färdtjänst och parkeringstillstånd. Vi hjälper dig också att använda kommunens e-tjänster och att boka lokaler.</p>
<h2>Kontakta oss</h2>
<ul class="c-list">
<li>Telefon: 0980-319 210</li>
<li>E-post: medborgarservice@myrheden.se</li>
<li>Besöksadress: Storvägen 10, kommunhusets entré</li>
</ul>
<button class="c-button c-button--primary js-chat-open" type="button">Chatta med oss</button> <span>Chatten är öppen vardagar 9–15.</span>
<h2>Öppettider</h2>
<table class="c-table"><tr><td>Måndag–torsdag</td><td>8.00–16.30</td></tr><tr><td>Fredag</td><td>8.00–15.00</td></tr></table>
<p><a href="/organisation/">Så är kommunen organiserad</a></p>
</article>"""),
    "/organisation/": ("Organisation", """<article class="c-article"><h1>Organisation</h1>
<p class="lead">Kommunens verksamheter är organiserade i tre förvaltningar under kommunstyrelsen.</p>
<h2>Kommunledningsförvaltningen</h2>
<p>Kommundirektör: Ragnar Eld</p>
<dl class="c-dl">
<dt>Ekonomichef</dt><dd>Ulf Dahl</dd>
<dt>HR-chef</dt><dd>Sofia Brink</dd>
<dt>Enhetschef Medborgarservice</dt><dd>Kim Nyberg</dd>
</dl>
<h2>Barn- och utbildningsförvaltningen</h2><p>Förvaltningschef: Helena Ström</p>
<h2>Samhällsbyggnadsförvaltningen</h2><p>Förvaltningschef: Tomas Hjort</p>
</article>"""),
    "/tillganglighet/": ("Tillgänglighetsredogörelse", tillganglighet(M)),
    "/om-webbplatsen/": ("Om webbplatsen", om_webbplatsen(M)),
    "/en/": ("In English", english(M)),
    "/lattlast/": ("Lättläst", lattlast(M, "<p>Du kan ringa till kommunen. Telefon 0980-319 200.</p>")),
    "/nyheter/": ("Nyheter", news_index(M, [(h, d, t) for h, d, t, _ in M_NEWS])),
}
for h, d, t, b in M_NEWS:
    M["pages"][h] = (t, news_page(t, d, b, "/nyheter/"))
M["front"] = """<section class="c-hero"><div class="c-hero__content"><h1 class="c-hero__title">Välkommen till Myrheden</h1><p>Fjällnära och mitt i livet.</p>
<a class="c-button c-button--primary" href="/kontakt/">Kontakta oss</a></div></section>
<section class="s-shortcuts"><ul class="c-listing"><li><a href="/skola-och-forskola/#forskola">Förskola</a></li><li><a href="/bygga-och-bo/#avfall">Sophämtning</a></li><li><a href="/bygga-och-bo/#bygglov">Bygglov</a></li><li><a href="/arbete-och-foretag/#jobb">Lediga jobb</a></li></ul></section>
<section class="s-news"><h2>Nyheter</h2><div class="o-grid">
<div class="c-card"><a href="/nyheter/medborgarservice-lordagsoppet/"><h3 class="c-card__heading">Medborgarservice har öppet på lördagar i december</h3></a><p>Extra öppet 10–14 tre lördagar.</p></div>
<div class="c-card"><a href="/nyheter/skidsparen-ar-oppna/"><h3 class="c-card__heading">Skidspåren på Fjällbacken är öppna</h3></a><p>Fem kilometer preparerade.</p></div>
<div class="c-card"><a href="/nyheter/detaljplan-norrgardet/"><h3 class="c-card__heading">Ny detaljplan för Norrgärdet på samråd</h3></a><p>40 nya bostäder.</p></div>
</div><a href="/nyheter/">Visa alla nyheter</a></section>
<section class="s-events"><h2>Evenemang</h2><p>13 december – Luciafirande på torget. <a href="/uppleva-och-gora/#evenemang">Fler evenemang</a></p></section>"""
M["redirects"] = {}
M["hits"] = {"medborgarservice": ["/medborgarservice/", "/nyheter/medborgarservice-lordagsoppet/", "/organisation/"]}

# ---------------------------------------------------------------- 9264 Björkvallen (Drupal)
B = site(code="9264", name="Björkvallen", full="Björkvallens kommun", domain="bjorkvallen.se", lan_kod="20", lan="Dalarnas län",
         family="drupal", search={"path": "/sok/", "param": "keys"})
KLF = "/kommun-och-politik/kommunledningsforvaltningen"
B["areas"] = [
    ("/utbildning", "Utbildning", std_subs("skola")),
    ("/omsorg", "Omsorg", std_subs("omsorg")),
    ("/bygga-och-bo", "Bygga och bo", std_subs("bygga")[:2] + std_subs("bygga")[3:5]),
    ("/miljo-och-natur", "Miljö och natur", [("vatten", "Vatten och avlopp"), ("miljo", "Miljö och hälsa"), ("avfall", "Avfall och återvinning")]),
    ("/kultur-och-fritid", "Kultur och fritid", std_subs("kultur")),
    ("/naringsliv", "Näringsliv", std_subs("naring")),
    ("/kommun-och-politik", "Kommun och politik", [("fullmaktige", "Kommunfullmäktige"), ("namnder", "Nämnder"), (KLF, "Kommunledningsförvaltningen"), ("budget", "Budget och ekonomi"), ("protokoll", "Protokoll")]),
]
B["nav_extra"] = [("/kontakta-oss", "Kontakta oss", [])]
B["footer"] = """<div class="block block-block-content"><h2>Björkvallens kommun</h2><p>Kyrkogatan 4, 999 51 Björkvallen</p><p>Växel: 040-628 04 00<br>E-post: kommun@bjorkvallen.se<br>Organisationsnummer 212000-9264</p></div>
<nav class="block block-menu menu--footer" aria-label="Sidfot"><ul class="menu"><li><a href="/kontakta-oss">Kontakta oss</a></li><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen#kakor">Kakor</a></li><li><a href="/nyheter">Nyheter</a></li></ul></nav>"""
B["lattlast"], B["en"] = "/lattlast", "/en"
B_NEWS = [("/nyheter/nytt-aldreboende-i-sorby", "2025-11-14", "Nytt äldreboende i Sörby tar form", "<p>Det nya äldreboendet får 48 lägenheter och beräknas stå klart våren 2027.</p>"),
          ("/nyheter/sophamtning-jul", "2025-11-10", "Ändrade tider för sophämtning under jul och nyår", "<p>Tömningar som infaller på helgdagar flyttas till närmaste vardag efter.</p>"),
          ("/nyheter/medborgardialog-centrum", "2025-10-30", "Medborgardialog om nya centrum", "<p>Vad tycker du om förslaget till nytt torg? Välkommen till öppet hus i Folkets hus den 2 december.</p>")]
B["pages"] = {
    "/kontakta-oss": ("Kontakta oss", """<article class="node node--type-page"><h1 class="page-title"><span class="field field--name-title">Kontakta oss</span></h1>
<div class="field field--name-body"><p>Växel: 040-628 04 00 (vardagar 8–16.30)<br>E-post: kommun@bjorkvallen.se<br>Postadress: Björkvallens kommun, 999 51 Björkvallen</p>
<h2>Frågor om kommunens verksamheter</h2><p>Har du frågor? Ring kontaktcenter på 040-628 04 30.</p>
<h2>Registrator</h2><p>Handlingar till kommunen skickas till registrator@bjorkvallen.se.</p>
<h2>Press</h2><p>Presstjänsten nås på 040-628 04 05.</p>
<h2>Felanmälan</h2><p>Fel på gator, belysning och lekplatser anmäler du i e-tjänsten Felanmälan.</p></div></article>"""),
    KLF: ("Kommunledningsförvaltningen", """<article class="node node--type-page"><h1 class="page-title"><span class="field field--name-title">Kommunledningsförvaltningen</span></h1>
<div class="field field--name-body"><p class="lead">Kommunledningsförvaltningen stödjer kommunstyrelsen och samordnar kommunens arbete med ekonomi, personal, kommunikation och service. Förvaltningschef är kommundirektör Annika Berg.</p>
<h2>Ekonomiavdelningen</h2><p>Budget, redovisning och upphandling. Ekonomichef: Rolf Tall.</p>
<h2>HR-avdelningen</h2><p>Lön, rekrytering och arbetsmiljö. HR-chef: Sanna Vik.</p>
<h2>Kommunikationsavdelningen</h2><p>Webb, press och kommunens grafiska profil. Kommunikationschef: Maja Ring.</p>
<h2>Kontaktcenter</h2>
<p>Kontaktcenter är kommunens gemensamma ingång för frågor från invånare, företag och besökare. Våra kommunvägledare svarar på frågor om bygglov, förskola och skola, äldreomsorg, avfall samt vatten och avlopp, och hjälper dig med kommunens e-tjänster.</p>
<p>Telefon: 040-628 04 30, vardagar 8–16.30<br>E-post: kontaktcenter@bjorkvallen.se<br>Besök: kommunhusets entré, Kyrkogatan 4</p>
<h2>Kansliet</h2><p>Kansliet ansvarar för nämndadministration, diarium och arkiv. Kanslichef: Petra Lööf.</p></div></article>"""),
    "/tillganglighet": ("Tillgänglighetsredogörelse", tillganglighet(B)),
    "/om-webbplatsen": ("Om webbplatsen", om_webbplatsen(B)),
    "/en": ("In English", english(B, "<h2>Contact</h2>\n<p>Call the switchboard on +46 40 628 04 00.</p>")),
    "/lattlast": ("Lättläst", lattlast(B)),
    "/nyheter": ("Nyheter", news_index(B, [(h, d, t) for h, d, t, _ in B_NEWS])),
}
for h, d, t, b in B_NEWS:
    B["pages"][h] = (t, news_page(t, d, b, "/nyheter"))
B["front"] = """<div class="block block-views block-hero"><div class="hero"><h1>Björkvallen – mitt i Dalarna</h1><p>Natur, kultur och närhet.</p></div>
<ul class="quicklinks"><li><a href="/utbildning#forskola">Förskola</a></li><li><a href="/bygga-och-bo#bygglov">Bygglov</a></li><li><a href="/miljo-och-natur#avfall">Sophämtning</a></li><li><a href="/naringsliv#jobb">Lediga jobb</a></li></ul></div>
<div class="block block-views view-nyheter"><h2>Nyheter</h2><div class="view-content">
<div class="views-row"><h3><a href="/nyheter/nytt-aldreboende-i-sorby">Nytt äldreboende i Sörby tar form</a></h3></div>
<div class="views-row"><h3><a href="/nyheter/sophamtning-jul">Ändrade tider för sophämtning under jul och nyår</a></h3></div>
<div class="views-row"><h3><a href="/nyheter/medborgardialog-centrum">Medborgardialog om nya centrum</a></h3></div>
</div><div class="more-link"><a href="/nyheter">Fler nyheter</a></div></div>
<div class="block block-eservices"><h2>E-tjänster</h2><ul><li><a href="/utbildning#forskola">Ansök om förskoleplats</a></li><li><a href="/omsorg#fardtjanst">Ansök om färdtjänst</a></li><li><a href="/bygga-och-bo#bygglov">Ansök om bygglov</a></li></ul></div>"""
B["redirects"] = {}
B["hits"] = {"kontaktcenter": [KLF, "/kontakta-oss"]}

# ---------------------------------------------------------------- 9265 Tjärnås (table, Latin-1)
T = site(code="9265", name="Tjärnås", full="Tjärnås kommun", domain="tjarnas.se", lan_kod="24", lan="Västerbottens län",
         family="table", search={"path": "/sok.asp", "param": "sokord"}, latin1=True)
T["areas"] = [
    ("/utbildning.asp", "Barn & utbildning", std_subs("skola")[:4]),
    ("/omsorg.asp", "Vård & omsorg", std_subs("omsorg")[:4]),
    ("/bygga-bo.asp", "Bygga & bo", std_subs("bygga")[:4]),
    ("/kultur-fritid.asp", "Kultur & fritid", std_subs("kultur")[:4]),
    ("/naringsliv.asp", "Näringsliv & arbete", std_subs("naring")),
    ("/kommun-politik.asp", "Kommun & politik", [*std_subs("kommun")[:5], ("/servicekontor.asp", "Servicekontor i byarna")]),
]
T["nav_extra"] = [("/nyheter.asp", "Nyheter", [])]
T["lattlast"], T["en"] = "/lattlast.asp", "/english.asp"
T["footer"] = """Tjärnås kommun &middot; Storgatan 2, 999 61 Tjärnås &middot; Växel 0980-319 250 &middot; kommunen@tjarnas.se &middot; Org.nr 212000-9265<br>
<a href="/tillganglighet.asp">Tillgänglighetsredogörelse</a> &middot; <a href="/om-webbplatsen.asp">Om webbplatsen och kakor</a>"""
T["pages"] = {
    "/servicekontor.asp": ("Servicekontor i byarna", """<h1><font face="Georgia" color="#2b5d2b">Servicekontor i byarna</font></h1>
<p>Kommunens servicekontor finns i Nybyn, Åsen och Västra Tjärn. Servicekontoret är din väg in till kommunen på hemorten &ndash; du behöver inte åka in till kommunhuset i Tjärnås.</p>
<h2><font face="Georgia" size="3">Det här kan vi hjälpa dig med</font></h2>
<ul>
<li>kommunens e-tjänster och blanketter &ndash; vi hjälper dig att fylla i och skicka</li>
<li>ansökan om färdtjänst och bostadsanpassning</li>
<li>sopkärl, slamtömning och avfallsabonnemang</li>
<li>lån och återlämning av biblioteksböcker</li>
<li>turistinformation och fiskekort</li>
</ul>
<p>Ladda ner broschyren: <a href="/dokument/servicekontoren.pdf">Servicekontoren i Tjärnås (pdf, 2 kB)</a></p>
<h2><font face="Georgia" size="3">Öppettider</font></h2>
<table border="1" cellpadding="4" cellspacing="0">
<tr bgcolor="#eef3ee"><th>Servicekontor</th><th>Adress</th><th>Öppet</th></tr>
<tr><td>Nybyn</td><td>Byavägen 3</td><td>måndag och onsdag 9&ndash;12</td></tr>
<tr><td>Åsen</td><td>Skolgatan 1</td><td>tisdag 13&ndash;16</td></tr>
<tr><td>Västra Tjärn</td><td>Handelsboden, Tjärnvägen 12</td><td>torsdag 10&ndash;13</td></tr>
</table>
<p>Telefon till servicekontoren: 0980-319 260 (vardagar 9&ndash;12)</p>
<p>Kontaktperson: Britt Olsson, britt.olsson@tjarnas.se</p>
<p><font size="1">Senast uppdaterad 2025-09-02</font></p>"""),
    "/nyheter.asp": ("Nyheter", news_index(T, [("/nyheter/statens-servicekontor.asp", "2025-11-17", "Statens servicekontor öppnar i Tjärnås centrum"),
                                              ("/nyheter/bredband.asp", "2025-11-05", "Bredband till ytterligare tolv byar"),
                                              ("/nyheter/fiskekort.asp", "2025-10-28", "Fiskekort för 2026 kan köpas nu")])),
    "/nyheter/statens-servicekontor.asp": ("Statens servicekontor öppnar i Tjärnås centrum", news_page("Statens servicekontor öppnar i Tjärnås centrum", "2025-11-17",
        "<p>Statens servicecenter öppnar ett servicekontor i Tjärnås centrum i februari. Där kan du få hjälp med ärenden hos Skatteverket, Försäkringskassan och Pensionsmyndigheten. Kontoret drivs av staten, och kommunen upplåter lokalen i Medborgarhuset.</p>\n<p>Kontorschef för Statens servicekontor i Tjärnås blir Eva Nord, som kommer närmast från Försäkringskassan.</p>", "/nyheter.asp")),
    "/nyheter/bredband.asp": ("Bredband till ytterligare tolv byar", news_page("Bredband till ytterligare tolv byar", "2025-11-05", "<p>Utbyggnaden av fiber fortsätter under 2026.</p>", "/nyheter.asp")),
    "/nyheter/fiskekort.asp": ("Fiskekort för 2026 kan köpas nu", news_page("Fiskekort för 2026 kan köpas nu", "2025-10-28", "<p>Fiskekort för kommunens vatten säljs i turistbyrån och i e-tjänsten.</p>", "/nyheter.asp")),
    "/tillganglighet.asp": ("Tillgänglighetsredogörelse", tillganglighet(T)),
    "/om-webbplatsen.asp": ("Om webbplatsen", om_webbplatsen(T)),
    "/english.asp": ("In English", english(T)),
    "/lattlast.asp": ("Lättläst", lattlast(T, "<p>I tre byar finns kommunens servicekontor. Där kan du få hjälp. Du kan ringa 0980-319 260.</p>")),
}
T["front"] = """<table width="100%" border="0" cellpadding="6"><tr>
<td valign="top" width="60%"><h1><font face="Georgia" color="#2b5d2b">Välkommen till Tjärnås kommun</font></h1>
<p>Skog, sjöar och framtidstro i Västerbottens inland.</p>
<h2><font face="Georgia" size="3">Nyheter</font></h2>
<p><b><a href="/nyheter/statens-servicekontor.asp">Statens servicekontor öppnar i Tjärnås centrum</a></b><br>Hjälp med ärenden hos flera myndigheter på ett ställe.</p>
<p><b><a href="/nyheter/bredband.asp">Bredband till ytterligare tolv byar</a></b><br>Fiberutbyggnaden fortsätter.</p>
<p><b><a href="/nyheter/fiskekort.asp">Fiskekort för 2026 kan köpas nu</a></b></p>
<p><a href="/nyheter.asp">Alla nyheter &raquo;</a></p></td>
<td valign="top" bgcolor="#f5f5ee"><h3><font face="Georgia">Genvägar</font></h3>
<a href="/utbildning.asp#forskola">Förskola</a><br><a href="/bygga-bo.asp#avfall">Sophämtning</a><br><a href="/naringsliv.asp#jobb">Lediga jobb</a><br><a href="/bygga-bo.asp#bygglov">Bygglov</a>
<h3><font face="Georgia">Evenemang</font></h3>Vintermarknad i Åsen 24 januari</td>
</tr></table>"""
T["redirects"] = {}
T["hits"] = {"servicekontor": ["/servicekontor.asp", "/nyheter/statens-servicekontor.asp"], "servicekontoren": ["/servicekontor.asp"]}
T["pdf"] = {"/dokument/servicekontoren.pdf": ("servicekontoren.pdf", [
    "Servicekontoren i Tjarnas kommun",
    "Det har kan vi hjalpa dig med:",
    "- kommunens e-tjanster och blanketter",
    "- ansokan om fardtjanst och bostadsanpassning",
    "- sopkarl och avfallsabonnemang",
    "- lana och lamna biblioteksbocker",
    "- turistinformation och fiskekort",
    "Telefon 0980-319 260. Kontaktperson: Britt Olsson"])}

# ---------------------------------------------------------------- 9266 Sävsta (soup)
S = site(code="9266", name="Sävsta", full="Sävsta kommun", domain="savsta.se", lan_kod="18", lan="Örebro län",
         family="soup", search={"path": "/sok/", "param": "q"})
SCF = "/foretag/servicecenter-for-foretag/"
S["areas"] = [
    ("/skola/", "Skola", std_subs("skola")),
    ("/omsorg/", "Omsorg", std_subs("omsorg")),
    ("/bo-och-miljo/", "Bo & miljö", std_subs("bygga")),
    ("/fritid/", "Fritid", std_subs("kultur")),
    ("/foretag/", "Företag", [(SCF, "Servicecenter för företag"), *std_subs("naring")]),
    ("/kommunen/", "Kommunen", std_subs("kommun")),
]
S["nav_extra"] = [("/kontakta-oss/", "Kontakta oss", [])]
S["footer"] = """<div class="f1"><b>Sävsta kommun</b><br>Kungsgatan 12, 999 71 Sävsta<br>Växel 031-390 06 50<br>kommun@savsta.se<br>Org.nr 212000-9266</div>
<div class="f2">Fel på elen eller fjärrvärmen? Ring Sävsta Energi AB:s kundtjänst, 031-390 06 70.</div>
<div class="f3"><a href="/kontakta-oss/">Kontakta oss</a> · <a href="/tillganglighet/">Tillgänglighetsredogörelse</a> · <a href="/om-webbplatsen/#kakor">Kakor</a></div>"""
S_NEWS = [("/nyheter/statens-servicekontor-oppnar/", "2025-11-19", "Statens servicekontor öppnar i Sävsta",
           "<p>Den 2 februari öppnar Statens servicecenter ett servicekontor på Järnvägsgatan 4. Där kan du få hjälp med ärenden hos Skatteverket, Försäkringskassan och Pensionsmyndigheten.</p>"),
          ("/nyheter/savstabostader-kundcenter-flyttar/", "2025-11-11", "Sävstabostäders kundcenter flyttar till Järnvägsgatan",
           "<p>Det kommunala bostadsbolaget Sävstabostäder AB samlar sin uthyrning och felanmälan i nya lokaler. Sävstabostäders kundcenter öppnar på Järnvägsgatan 6 den 1 december.</p>"),
          ("/nyheter/isen-langsjon/", "2025-11-06", "Isen på Långsjön är ännu inte säker", "<p>Räddningstjänsten avråder från att gå ut på isen.</p>")]
S["pages"] = {
    "/savsta-energi/": ("Sävsta Energi AB:s kundtjänst", """<div class="t1">Sävsta Energi AB</div><h1>Sävsta Energi AB:s kundtjänst</h1>
<div class="p9"><p>Sävsta Energi AB ägs av Sävsta kommun och levererar el, fjärrvärme och bredband till hushåll och företag i kommunen.</p>
<p>Kundtjänsten svarar på frågor om elavtal, fjärrvärme, bredband, flytt och fakturor.</p>
<p>Telefon 031-390 06 70, vardagar 8–16<br>E-post: kundtjanst@savstaenergi.se</p>
<p>Kundtjänstchef: Jan Rask</p></div>"""),
    SCF: ("Servicecenter för företag", """<h1>Servicecenter för företag</h1>
<div class="p9"><p>Servicecenter för företag är kommunens samlade ingång för dig som driver eller vill starta företag. Vi hjälper dig med tillstånd, livsmedelsregistrering, bygglov för verksamheter och kontakter med kommunens förvaltningar.</p>
<p>Telefon 031-390 06 55, foretag@savsta.se. Besök oss i Stadshuset, plan 2, vardagar 9–15.</p>
<p>Enhetschef för Servicecenter för företag: Ola Ström</p></div>"""),
    "/kontakta-oss/": ("Kontakta oss", """<h1>Kontakta oss</h1>
<div class="p9"><p>Växel: 031-390 06 50, vardagar 8–16<br>E-post: kommun@savsta.se<br>Postadress: Sävsta kommun, 999 71 Sävsta</p>
<p>Frågor om el, fjärrvärme eller bredband? Kontakta <a href="/savsta-energi/">Sävsta Energi AB:s kundtjänst</a>.</p>
<p>Företagare? Vänd dig till <a href="/foretag/servicecenter-for-foretag/">Servicecenter för företag</a>.</p>
<p>Felanmälan om gator och belysning gör du i e-tjänsten Felanmälan.</p></div>"""),
    "/tillganglighet/": ("Tillgänglighetsredogörelse", tillganglighet(S)),
    "/om-webbplatsen/": ("Om webbplatsen", om_webbplatsen(S)),
    "/en/": ("In English", english(S, "<h2>Contact</h2>\n<p>Switchboard: +46 31 390 06 50.</p>")),
    "/lattlast/": ("Lättläst", lattlast(S, "<p>Du kan ringa till kommunen. Telefon 031-390 06 50.</p>")),
    "/nyheter/": ("Nyheter", news_index(S, [(h, d, t) for h, d, t, _ in S_NEWS])),
}
for h, d, t, b in S_NEWS:
    S["pages"][h] = (t, news_page(t, d, b, "/nyheter/"))
S["front"] = """<div class="h0"><div class="h1t">Sävsta – staden vid ån</div>
<div class="c4">
<div class="c5"><a href="/savsta-energi/"><span class="c6">Sävsta Energi AB:s kundtjänst</span><span class="c7">El, fjärrvärme och bredband</span></a></div>
<div class="c5"><a href="/foretag/servicecenter-for-foretag/"><span class="c6">Servicecenter för företag</span><span class="c7">Vi hjälper dig som företagare</span></a></div>
<div class="c5"><a href="/foretag/#jobb"><span class="c6">Lediga jobb</span></a></div>
<div class="c5"><a href="/bo-och-miljo/#avfall"><span class="c6">Sophämtning</span></a></div>
</div></div>
<div class="n0"><div class="n1">Nyheter</div>
<div class="n2"><a href="/nyheter/statens-servicekontor-oppnar/">Statens servicekontor öppnar i Sävsta</a><div class="n3">Hjälp med flera myndigheters ärenden på ett ställe.</div></div>
<div class="n2"><a href="/nyheter/savstabostader-kundcenter-flyttar/">Sävstabostäders kundcenter flyttar till Järnvägsgatan</a></div>
<div class="n2"><a href="/nyheter/isen-langsjon/">Isen på Långsjön är ännu inte säker</a></div>
<div class="n4"><a href="/nyheter/">Alla nyheter</a></div></div>
<div class="e0"><div class="n1">Evenemang</div><div>14 december – Julkonsert i Stadsparken</div></div>"""
S["redirects"] = {"/kundcenter/": ["/kontakta-oss/", 301]}
S["hits"] = {"kundtjänst": ["/savsta-energi/"], "servicecenter": [SCF], "servicekontor": ["/nyheter/statens-servicekontor-oppnar/"],
             "kundcenter": ["/nyheter/savstabostader-kundcenter-flyttar/"]}
S["extra_sitemap"] = ["/kundcenter/"]

# ---------------------------------------------------------------- 9267 Lommarp (Bootstrap)
L = site(code="9267", name="Lommarp", full="Lommarps kommun", domain="lommarp.se", lan_kod="08", lan="Kalmar län",
         family="bootstrap", search={"path": "/sok/", "param": "q"})
SCL = "/servicecenter-for-foretag/"
L["areas"] = [
    ("/barn-och-utbildning/", "Barn & utbildning", std_subs("skola")),
    ("/omsorg-och-halsa/", "Omsorg & hälsa", std_subs("omsorg")),
    ("/bygga-och-bo/", "Bygga & bo", std_subs("bygga")),
    ("/kultur-och-fritid/", "Kultur & fritid", std_subs("kultur")),
    ("/trafik/", "Trafik & gator", std_subs("trafik")),
    ("/kommun-och-politik/", "Kommun & politik", std_subs("kommun")),
]
L["nav_extra"] = [(SCL, "Servicecenter för företag", [(SCL + "#starta", "Starta företag"), (SCL + "#tillstand", "Tillstånd"), (SCL + "#upphandling", "Upphandling"), (SCL + "#lokaler", "Lokaler och mark")])]
L["footer"] = """<div class="row">
<div class="col-md-4"><h2 class="h5">Kontakt</h2><ul class="list-unstyled"><li><a class="link-light" href="/kontaktcenter/">Kontaktcenter</a></li><li>Växel 040-628 04 60</li><li>kommun@lommarp.se</li></ul></div>
<div class="col-md-4"><h2 class="h5">Besök</h2><p>Rådhuset, Strandgatan 1<br>999 81 Lommarp<br>Org.nr 212000-9267</p></div>
<div class="col-md-4"><h2 class="h5">Webbplatsen</h2><ul class="list-unstyled"><li><a class="link-light" href="/tillganglighet/">Tillgänglighetsredogörelse</a></li><li><a class="link-light" href="/om-webbplatsen/#kakor">Kakor</a></li><li><a class="link-light" href="/nyheter/">Nyheter</a></li></ul></div>
</div>"""
L_NEWS = [("/nyheter/frukostmote-foretagare/", "2025-11-20", "Servicecenter för företag bjuder in till frukostmöte",
           "<p>Välkommen till frukostmöte om nya regler för livsmedelsregistrering den 4 december kl. 7.30 i Rådhuset.</p>"),
          ("/nyheter/cykelvag-strand/", "2025-11-13", "Ny cykelväg mellan centrum och Strand", "<p>Den 2,4 kilometer långa cykelvägen invigs i maj.</p>"),
          ("/nyheter/oppet-hus-kulturskolan/", "2025-11-02", "Öppet hus på kulturskolan", "<p>Prova på instrument, dans och teater lördag den 29 november.</p>")]
L["pages"] = {
    "/kontaktcenter/": ("Kontaktcenter", """<div class="row"><div class="col-lg-8">
<h1 class="display-6">Kontaktcenter</h1>
<p class="lead">Välkommen till Kontaktcenter! Vi finns här för dig. Hör av dig om du undrar något – stort som smått – så hjälper vi dig.</p>
<p>Hos oss arbetar sex kommunvägledare.</p>
</div><div class="col-lg-4"><div class="card"><div class="card-body">
<h2 class="card-title h5">Kontakta oss</h2>
<p class="card-text">Telefon: 040-628 04 61<br>E-post: kontaktcenter@lommarp.se<br>Telefontid: vardagar 8–16</p>
</div></div></div></div>
<p class="text-muted small">Sidansvarig: Kim Ek, webbredaktör. Senast uppdaterad 2025-10-01.</p>"""),
    SCL: ("Servicecenter för företag", """<h1 class="display-6">Servicecenter för företag</h1>
<p class="lead">Servicecenter för företag är en väg in till kommunen för dig som driver eller vill starta företag i Lommarp.</p>
<h2 id="starta" class="h4">Starta företag</h2><p>Vi guidar dig genom registrering, tillstånd och kontakter med myndigheter.</p>
<h2 id="tillstand" class="h4">Tillstånd</h2><p>Serveringstillstånd, livsmedelsregistrering, torghandel och skyltlov.</p>
<h2 id="upphandling" class="h4">Upphandling</h2><p>Så lämnar du anbud i kommunens upphandlingar.</p>
<h2 id="lokaler" class="h4">Lokaler och mark</h2><p>Lediga verksamhetslokaler och industrimark.</p>
<p>Telefon 040-628 04 70 · foretag@lommarp.se · Rådhuset, vardagar 8–16</p>
<p>Enhetschef för Servicecenter för företag: Tove Lund</p>"""),
    "/lommarpshem/": ("Lommarpshems kundcenter", """<h1 class="display-6">Lommarpshems kundcenter</h1>
<p class="lead">Lommarpshem AB är kommunens bostadsbolag med 2 100 lägenheter.</p>
<p>Lommarpshems kundcenter hjälper hyresgäster och bostadssökande med felanmälan, bostadskö, parkering och hyresavtal.</p>
<p>Telefon 040-628 04 80, kundcenter@lommarpshem.se. Öppet vardagar 9–15, Storgatan 20.</p>
<p>Kundcenterchef Lommarpshem: Lotta Ahl</p>"""),
    "/tillganglighet/": ("Tillgänglighetsredogörelse", tillganglighet(L)),
    "/om-webbplatsen/": ("Om webbplatsen", om_webbplatsen(L)),
    "/en/": ("In English", english(L)),
    "/lattlast/": ("Lättläst", lattlast(L, "<p>Du kan ringa till kommunen. Telefon 040-628 04 60.</p>")),
    "/nyheter/": ("Nyheter", news_index(L, [(h, d, t) for h, d, t, _ in L_NEWS])),
}
for h, d, t, b in L_NEWS:
    L["pages"][h] = (t, news_page(t, d, b, "/nyheter/"))
L["front"] = """<div class="p-5 mb-4 bg-light rounded-3 hero"><h1 class="display-5 fw-bold">Lommarp – nära havet</h1><p class="fs-5">Kommunen med skärgården utanför knuten.</p>
<div class="row g-3">
<div class="col-md-3"><a class="card h-100 text-decoration-none" href="/lommarpshem/"><div class="card-body"><h2 class="h6 card-title">Lommarpshems kundcenter</h2><p class="card-text small">Felanmälan och bostadskö</p></div></a></div>
<div class="col-md-3"><a class="card h-100 text-decoration-none" href="/barn-och-utbildning/#forskola"><div class="card-body"><h2 class="h6 card-title">Förskola</h2></div></a></div>
<div class="col-md-3"><a class="card h-100 text-decoration-none" href="/bygga-och-bo/#bygglov"><div class="card-body"><h2 class="h6 card-title">Bygglov</h2></div></a></div>
<div class="col-md-3"><a class="card h-100 text-decoration-none" href="/kommun-och-politik/#handlingar"><div class="card-body"><h2 class="h6 card-title">Allmänna handlingar</h2></div></a></div>
</div></div>
<section class="mb-4"><h2>Nyheter</h2><div class="list-group">
<a class="list-group-item list-group-item-action" href="/nyheter/frukostmote-foretagare/">Servicecenter för företag bjuder in till frukostmöte</a>
<a class="list-group-item list-group-item-action" href="/nyheter/cykelvag-strand/">Ny cykelväg mellan centrum och Strand</a>
<a class="list-group-item list-group-item-action" href="/nyheter/oppet-hus-kulturskolan/">Öppet hus på kulturskolan</a>
</div><a href="/nyheter/" class="btn btn-link">Alla nyheter</a></section>
<section><h2>Evenemang</h2><p>30 november – Adventsmarknad i hamnen. <a href="/kultur-och-fritid/#evenemang">Alla evenemang</a></p></section>"""
L["redirects"] = {}
L["hits"] = {"kontaktcenter": ["/kontaktcenter/"], "kundcenter": ["/lommarpshem/"], "servicecenter": [SCL]}

# ---------------------------------------------------------------- 9268 Ekebrink (ARIA roles)
K = site(code="9268", name="Ekebrink", full="Ekebrinks kommun", domain="ekebrink.se", lan_kod="12", lan="Skåne län",
         family="aria", search={"path": "/sok/", "param": "q"})
K["areas"] = [
    ("/forskola-och-skola/", "Förskola och skola", std_subs("skola")),
    ("/stod-och-omsorg/", "Stöd och omsorg", std_subs("omsorg")),
    ("/bygga-bo-miljo/", "Bygga, bo och miljö", std_subs("bygga")),
    ("/kultur-fritid/", "Kultur och fritid", std_subs("kultur")),
    ("/naringsliv/", "Näringsliv", std_subs("naring")),
    ("/trafik/", "Trafik", std_subs("trafik")),
    ("/kommun-politik/", "Kommun och politik", std_subs("kommun")),
]
K["header_links"] = [("/kontakta-oss/", "Kontakta oss")]
KC_K = """<h2>Kontaktcenter</h2>
<p>Vi svarar på frågor om skola, omsorg, bygglov, avfall och parkering.</p>
<p>Telefon 040-628 04 45<br>kontaktcenter@ekebrink.se<br>Vardagar 8–17</p>"""
K["footer"] = f"""<div class="ft-grid">
<div class="ft-kc">
{KC_K}
</div>
<div class="ft-adr"><p><strong>Ekebrinks kommun</strong><br>Rådhusgatan 3, 999 91 Ekebrink<br>Växel 040-628 04 40<br>Org.nr 212000-9268</p></div>
<div class="ft-links"><a href="/tillganglighet/">Tillgänglighetsredogörelse</a><br><a href="/om-webbplatsen/#kakor">Kakor</a><br><a href="/nyheter/">Nyheter</a></div>
</div>"""
K_NEWS = [("/nyheter/badplats-ekesjon/", "2025-11-18", "Ny badplats vid Ekesjön", "<p>Badplatsen får brygga, sandstrand och tillgänglig ramp till sommaren.</p>"),
          ("/nyheter/detaljplan-brinkhagen/", "2025-11-09", "Detaljplan för Brinkhagen på samråd", "<p>Lämna synpunkter på planförslaget senast den 12 december.</p>"),
          ("/nyheter/kulturnatten/", "2025-10-31", "Kulturnatten 2026 söker medverkande", "<p>Föreningar och kulturutövare kan anmäla programpunkter till den 31 januari.</p>")]
K["pages"] = {
    "/kontakta-oss/": ("Kontakta oss", f"""<h1>Kontakta oss</h1>
<p class="ingress">Här hittar du kommunens kontaktvägar.</p>
<div class="sec">
{KC_K}
</div>
<div class="sec"><h2>Växel</h2><p>040-628 04 40, vardagar 7.30–17</p></div>
<div class="sec"><h2>Registrator</h2><p>Post och handlingar till kommunen: registrator@ekebrink.se</p></div>
<div class="sec"><h2>Press</h2><p>Kommunens presstelefon: 040-628 04 41</p></div>
<div class="sec"><h2>Felanmälan</h2><p>Fel på gator och belysning anmäler du i e-tjänsten Felanmälan.</p></div>"""),
    "/tillganglighet/": ("Tillgänglighetsredogörelse", tillganglighet(K)),
    "/om-webbplatsen/": ("Om webbplatsen", om_webbplatsen(K)),
    "/en/": ("In English", english(K, "<h2>Contact us</h2>\n<p>The contact centre answers questions in Swedish and English: +46 40 628 04 45.</p>")),
    "/lattlast/": ("Lättläst", lattlast(K)),
    "/nyheter/": ("Nyheter", news_index(K, [(h, d, t) for h, d, t, _ in K_NEWS])),
}
for h, d, t, b in K_NEWS:
    K["pages"][h] = (t, news_page(t, d, b, "/nyheter/"))
K["front"] = """<div class="hero" role="region" aria-label="Välkommen"><h1>Välkommen till Ekebrink</h1><p>Slättens och åsens kommun.</p>
<div class="tiles"><a href="/forskola-och-skola/#forskola">Förskola</a><a href="/bygga-bo-miljo/#avfall">Sophämtning</a><a href="/bygga-bo-miljo/#bygglov">Bygglov</a><a href="/naringsliv/#jobb">Lediga jobb</a></div></div>
<div class="newsblock" role="region" aria-label="Nyheter"><h2>Nyheter</h2>
<div class="ni"><a href="/nyheter/badplats-ekesjon/">Ny badplats vid Ekesjön</a></div>
<div class="ni"><a href="/nyheter/detaljplan-brinkhagen/">Detaljplan för Brinkhagen på samråd</a></div>
<div class="ni"><a href="/nyheter/kulturnatten/">Kulturnatten 2026 söker medverkande</a></div>
<a href="/nyheter/">Alla nyheter</a></div>
<div class="events" role="region" aria-label="Evenemang"><h2>Evenemang</h2><p>6 december – Julmarknad på Brinktorget.</p></div>"""
K["redirects"] = {}
K["hits"] = {"kontaktcenter": ["/kontakta-oss/"]}

# ---------------------------------------------------------------- 9269 Rävsnäs (Joomla)
R = site(code="9269", name="Rävsnäs", full="Rävsnäs kommun", domain="ravsnas.se", lan_kod="21", lan="Gävleborgs län",
         family="joomla", search={"path": "/index.php/sok", "param": "q"})
RK = "/index.php/kontakt/kundcenter"
R["areas"] = [
    ("/index.php/barn-och-utbildning", "Barn och utbildning", std_subs("skola")),
    ("/index.php/omsorg", "Omsorg", std_subs("omsorg")),
    ("/index.php/bo-och-miljo", "Bo och miljö", std_subs("bygga")),
    ("/index.php/kultur-och-fritid", "Kultur och fritid", std_subs("kultur")),
    ("/index.php/naringsliv", "Näringsliv", std_subs("naring")),
    ("/index.php/trafik", "Trafik", std_subs("trafik")),
    ("/index.php/kommun-och-politik", "Kommun och politik", std_subs("kommun")),
]
R["lattlast"], R["en"] = "/index.php/lattlast", "/index.php/en"
R["footer"] = """<div class="mod-custom custom"><p><strong>Rävsnäs kommun</strong> · Hamngatan 7, 999 21 Rävsnäs · Växel 08-465 004 50 · kommun@ravsnas.se · Org.nr 212000-9269</p>
<p><a href="/index.php/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/index.php/om-webbplatsen#kakor">Kakor</a> · <a href="/index.php/nyheter">Nyheter</a></p></div>"""
R_NEWS = [("/index.php/nyheter/konstgras-vallen", "2025-11-19", "Nytt konstgräs på Vallen", "<p>Fotbollsplanen på Vallen får nytt konstgräs under våren.</p>", True),
          ("/index.php/nyheter/oversiktsplan-remiss", "2025-11-12", "Översiktsplanen ute på remiss", "<p>Lämna synpunkter på förslaget till ny översiktsplan senast den 31 januari.</p>", True),
          ("/index.php/nyheter/julmarknad-hamnen", "2025-11-05", "Julmarknad i hamnen", "<p>Söndag den 7 december fylls hamnen av stånd med hantverk och mat.</p>", True),
          ("/index.php/nyheter/kundcenter-sommaroppet", "2025-06-10", "Kundcenter har sommaröppet",
           "<p>Under juni–augusti svarar Kundcenter på frågor om bygglov, förskola, avfall och vatten och avlopp vardagar 9–15.</p>\n<p>Ring 08-465 004 60 eller mejla kundcenter@ravsnas.se.</p>", False)]
R["pages"] = {
    "/index.php/kontakt": ("Kontakt", """<div class="com-content-category-blog blog"><h1>Kontakt</h1>
<div class="com-content-category-blog__items blog-items">
<div class="blog-item"><div class="item-content"><h2 class="item-title"><a href="/index.php/kontakt/kundcenter">Kundcenter</a></h2><p>Kommunens väg in – ring oss med dina frågor</p></div></div>
<div class="blog-item"><div class="item-content"><h2 class="item-title">Växel</h2><p>08-465 004 50, vardagar 8–16</p></div></div>
<div class="blog-item"><div class="item-content"><h2 class="item-title"><a href="/index.php/trafik#felanmalan">Felanmälan</a></h2><p>Gator, belysning och parker</p></div></div>
<div class="blog-item"><div class="item-content"><h2 class="item-title">Synpunkter</h2><p>Lämna synpunkter via e-tjänsten.</p></div></div>
</div></div>"""),
    RK: ("Kundcenter", """<div class="com-content-article item-page"><div class="page-header"><h1>Kundcenter</h1></div>
<div class="com-content-article__body"><p>Kundcenter är kommunens väg in för dig som bor i Rävsnäs. Vi hjälper dig gärna – välkommen att höra av dig!</p>
<p>Ring oss på 08-465 004 60.</p></div></div>"""),
    "/index.php/ravsnas-vatten": ("Rävsnäs Vatten AB", """<div class="com-content-article item-page"><h1>Rävsnäs Vatten AB</h1>
<p>Rävsnäs Vatten AB är kommunens bolag för vatten, avlopp och avfall.</p>
<h2>Kundtjänst för VA och avfall</h2><p>Frågor om vattenmätare, avfallsabonnemang och fakturor: 08-465 004 70, kundtjanst@ravsnasvatten.se, vardagar 8–15.</p></div>"""),
    "/index.php/tillganglighet": ("Tillgänglighetsredogörelse", tillganglighet(R)),
    "/index.php/om-webbplatsen": ("Om webbplatsen", om_webbplatsen(R)),
    "/index.php/en": ("In English", english(R)),
    "/index.php/lattlast": ("Lättläst", lattlast(R, "<p>Du kan ringa till kommunen. Telefon 08-465 004 50.</p>")),
    "/index.php/nyheter": ("Nyheter", news_index(R, [(h, d, t) for h, d, t, _, _ in R_NEWS])),
}
for h, d, t, b, _ in R_NEWS:
    R["pages"][h] = (t, news_page(t, d, b, "/index.php/nyheter"))
R["front"] = """<div class="moduletable genvagar"><h2>Genvägar</h2><div class="mod-custom">
<a class="genvag" href="/index.php/kontakt"><span class="icon-phone" aria-hidden="true"></span> Kontakt</a>
<a class="genvag" href="/index.php/naringsliv#jobb">Lediga jobb</a>
<a class="genvag" href="/index.php/trafik#felanmalan">Felanmälan</a>
<a class="genvag" href="/index.php/bo-och-miljo#avfall">Sophämtning</a>
<a class="genvag" href="/index.php/ravsnas-vatten">Rävsnäs Vatten AB – Kundtjänst för VA och avfall</a>
</div></div>
<div class="com-content-featured blog-featured"><h1>Välkommen till Rävsnäs</h1>
<div class="blog-items"><div class="blog-item"><h2><a href="/index.php/nyheter/konstgras-vallen">Nytt konstgräs på Vallen</a></h2><p>Klart till säsongsstarten.</p></div>
<div class="blog-item"><h2><a href="/index.php/nyheter/oversiktsplan-remiss">Översiktsplanen ute på remiss</a></h2><p>Tyck till senast 31 januari.</p></div>
<div class="blog-item"><h2><a href="/index.php/nyheter/julmarknad-hamnen">Julmarknad i hamnen</a></h2><p>Söndag 7 december.</p></div></div>
<p><a href="/index.php/nyheter">Fler nyheter</a></p></div>"""
R["redirects"] = {}
R["hits"] = {"kundcenter": [RK, "/index.php/nyheter/kundcenter-sommaroppet"], "kundtjänst": ["/index.php/ravsnas-vatten"]}

# ---------------------------------------------------------------- 9270 Hultaby (Optimizely BEM)
H = site(code="9270", name="Hultaby", full="Hultaby kommun", domain="hultaby.se", lan_kod="19", lan="Västmanlands län",
         family="optimizely", search={"path": "/sok/", "param": "q"})
HK = "/kommun-och-politik/kontakt-hultaby/"
H["areas"] = [
    ("/utbildning-och-barnomsorg/", "Utbildning och barnomsorg", std_subs("skola")),
    ("/omsorg-och-socialt-stod/", "Omsorg och socialt stöd", std_subs("omsorg")),
    ("/bygga-bo-och-miljo/", "Bygga, bo och miljö", std_subs("bygga")),
    ("/kultur-och-fritid/", "Kultur och fritid", std_subs("kultur")),
    ("/naringsliv-och-arbete/", "Näringsliv och arbete", std_subs("naring")),
    ("/trafik-och-resor/", "Trafik och resor", std_subs("trafik")),
    ("/kommun-och-politik/", "Kommun och politik", std_subs("kommun")),
]
H["header_links"] = [("/kontakt/", "Kontakt")]
H["footer"] = """<div class="c-footer__inner"><div class="c-footer__col"><h2 class="c-footer__heading">Hultaby kommun</h2><p>Stora torget 2, 999 35 Hultaby<br>Växel: 031-390 06 80<br>E-post: hultaby.kommun@hultaby.se<br>Org.nr 212000-9270</p></div>
<div class="c-footer__col"><ul class="c-footer__links"><li><a href="/kontakt/">Kontakt</a></li><li><a href="/tillganglighet/">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen/#kakor">Kakor</a></li><li><a href="/nyheter/">Nyheter</a></li></ul></div></div>"""
H_NEWS = [("/nyheter/300-nya-bostader/", "2025-11-20", "Hultaby växer – 300 nya bostäder i Södra hagen", "<p>Kommunstyrelsen har gett klartecken till detaljplanen för Södra hagen.</p>"),
          ("/nyheter/cykelbro/", "2025-11-12", "Ny gång- och cykelbro över Hultaån", "<p>Bron öppnar för trafik i december.</p>"),
          ("/nyheter/sommarjobb-2026/", "2025-11-04", "Sök sommarjobb för unga 2026", "<p>Ungdomar födda 2008–2009 kan söka sommarjobb från den 1 februari.</p>")]
H["pages"] = {
    "/kontakt/": ("Kontakt", """<div class="l-content"><h1 class="c-heading">Kontakt</h1>
<p class="c-preamble">Så kontaktar du Hultaby kommun.</p>
<div class="c-linkcards">
<a class="c-linkcard" href="/kommun-och-politik/kontakt-hultaby/"><span class="c-linkcard__title">Kontakt Hultaby</span><span class="c-linkcard__text">Så når du oss – telefon, chatt och besök</span></a>
</div>
<div class="c-textblock"><h2>Växel</h2><p>031-390 06 80, vardagar 8–16</p>
<h2>Postadress</h2><p>Hultaby kommun, 999 35 Hultaby</p>
<h2>Registrator</h2><p>registrator@hultaby.se</p>
<h2>Press</h2><p>Presstjänsten: 031-390 06 81</p></div></div>"""),
    HK: ("Kontakt Hultaby", """<div class="l-content"><nav class="c-breadcrumb" aria-label="Du är här"><a href="/">Start</a> › <a href="/kommun-och-politik/">Kommun och politik</a> › Kontakt Hultaby</nav>
<h1 class="c-heading">Kontakt Hultaby</h1>
<p class="c-preamble">Kontakt Hultaby är kommunens kontaktcenter för invånare, företagare och besökare.</p>
<div class="c-textblock"><h2>Vi svarar på frågor om</h2>
<ul><li>förskola och skola</li><li>bygglov och tomter</li><li>avfall, vatten och avlopp</li><li>äldreomsorg och hemtjänst</li><li>gator, parker och snöröjning</li></ul>
<h2>Så når du oss</h2>
<p>Ring 031-390 06 88</p>
<p><button class="c-button c-chat-launcher" type="button">Chatta med oss</button> Chatten är öppen vardagar 9–15.</p>
<p>Besöksadress: Stora torget 2 (Stadshusets entré)</p></div>
<p class="c-pagemeta">Sidansvarig: Jonas Ek, kommunikatör</p></div>"""),
    "/tillganglighet/": ("Tillgänglighetsredogörelse", tillganglighet(H)),
    "/om-webbplatsen/": ("Om webbplatsen", om_webbplatsen(H)),
    "/en/": ("In English", english(H, "<h2>Questions?</h2>\n<p>Contact Hultaby, the municipality's contact centre, answers questions on weekdays: +46 31 390 06 88.</p>")),
    "/lattlast/": ("Lättläst", lattlast(H, "<p>Har du frågor? Ring till kommunen. Telefon 031-390 06 80.</p>")),
    "/nyheter/": ("Nyheter", news_index(H, [(h, d, t) for h, d, t, _ in H_NEWS])),
}
for h, d, t, b in H_NEWS:
    H["pages"][h] = (t, news_page(t, d, b, "/nyheter/"))
H["front"] = """<section class="c-hero"><h1 class="c-hero__title">Välkommen till Hultaby</h1><p>Staden vid Hultaån.</p>
<ul class="c-shortcuts"><li><a href="/utbildning-och-barnomsorg/#forskola">Förskola</a></li><li><a href="/bygga-bo-och-miljo/#bygglov">Bygglov</a></li><li><a href="/bygga-bo-och-miljo/#avfall">Sophämtning</a></li><li><a href="/naringsliv-och-arbete/#jobb">Lediga jobb</a></li></ul></section>
<section class="c-newslist"><h2>Nyheter</h2>
<article class="c-newslist__item"><a href="/nyheter/300-nya-bostader/">Hultaby växer – 300 nya bostäder i Södra hagen</a></article>
<article class="c-newslist__item"><a href="/nyheter/cykelbro/">Ny gång- och cykelbro över Hultaån</a></article>
<article class="c-newslist__item"><a href="/nyheter/sommarjobb-2026/">Sök sommarjobb för unga 2026</a></article>
<a class="c-link--more" href="/nyheter/">Alla nyheter</a></section>
<section class="c-events"><h2>Evenemang</h2><p>13 december – Lucia på Stora torget.</p></section>"""
H["redirects"] = {}
H["hits"] = {"kontakt hultaby": [HK], "kontaktcenter": [HK]}


# ============================================================================ writer
def fname(path):
    if path == "/":
        return "index.html"
    return path.strip("/").replace("/", "_").replace(".html", "").replace(".asp", "") + ".html"


def make_pdf(lines):
    content = "BT /F1 12 Tf 50 800 Td 16 TL " + " ".join(f"({ln}) Tj T*" for ln in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            f"<< /Length {len(content)} >>\nstream\n{content}\nendstream"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offs).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def build(s):
    d = SITES_DIR / s["code"]
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    chrome = FAMILIES[s["family"]]
    latin = s.get("latin1", False)
    ctype = "text/html; charset=iso-8859-1" if latin else None

    def write(name, text):
        data = text.encode("iso-8859-1", errors="xmlcharrefreplace") if latin else text.encode("utf-8")
        (d / name).write_bytes(data)

    pages = {}

    def add(path, text):
        name = fname(path)
        write(name, text)
        pages[path] = {"file": name, "content_type": ctype} if latin else name

    add("/", chrome(s, "/", "", s["front"], True))
    for href, label, subs in s["areas"]:
        local = [(a, t) for a, t in subs if not a.startswith("/")]
        links = [(a, t) for a, t in subs if a.startswith("/")]
        extra = ("<h2>Se även</h2>\n" + ul([f'<a href="{a}">{E(t)}</a>' for a, t in links])) if links else ""
        add(href, chrome(s, href, label, area_page(s, href, label, local, extra), False))
    for path, (title, main) in s["pages"].items():
        add(path, chrome(s, path, title, main, False))
    for path, text in s.get("raw", {}).items():
        add(path, text)
    for path, (name, lines) in s.get("pdf", {}).items():
        (d / name).write_bytes(make_pdf(lines))
        pages[path] = name
    write("sok.html", chrome(s, s["search"]["path"], "Sök", search_tpl(s), False))
    sitemap = [p for p in pages if not p.endswith(".pdf") and "utskrift" not in p] + s.get("extra_sitemap", [])
    search = {"path": s["search"]["path"], "param": s["search"]["param"], "hits": s["hits"],
              "template": {"file": "sok.html", "content_type": ctype} if latin else "sok.html"}
    m = {"kommunkod": s["code"], "kommun": s["name"], "lan_kod": s["lan_kod"], "lan": s["lan"], "family": s["family"],
         "pages": pages, "redirects": s["redirects"],
         "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
         "sitemap": sitemap, "search": search, "front_status": None}
    (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(pages)


def main():
    SITES_DIR.mkdir(exist_ok=True)
    for s in SITES:
        n = build(s)
        print(s["code"], s["name"], s["family"], n, "paths")


if __name__ == "__main__":
    main()
