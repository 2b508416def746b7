"""The ten sites of blind47 (content typed here; markup families in build_sites.py)."""
from __future__ import annotations

from build_sites import carousel, eservices_section, events_section, news_section

ROBOTS = "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"


def hours_table(rows: list[tuple[str, str]]) -> str:
    tr = "".join(f"<tr><th scope=\"row\">{d}</th><td>{t}</td></tr>" for d, t in rows)
    return f"<table class=\"hours\"><caption>Telefontider</caption>{tr}</table>"


def big_footer_cols(P: str, extra: list[tuple[str, list[tuple[str, str]]]] | None = None) -> list:
    cols = [
        ("Genvägar", [("Lediga jobb", f"{P}/naringsliv-och-arbete/lediga-jobb/"), ("Felanmälan", f"{P}/e-tjanster/felanmalan/"),
                      ("Sophämtning", f"{P}/bygga-bo-och-miljo/avfall-och-atervinning/"), ("Skolmat", f"{P}/barn-och-utbildning/skolmat/")]),
        ("Följ oss", [("Facebook", "#facebook"), ("Instagram", "#instagram"), ("LinkedIn", "#linkedin"), ("Nyhetsbrev", f"{P}/nyhetsbrev/")]),
        ("Press och media", [("Pressmeddelanden", f"{P}/press/"), ("Bildbank", f"{P}/press/bildbank/"), ("Kommunikationsavdelningen", f"{P}/press/kontakt/")]),
        ("Kommunen i siffror", [("Statistik", f"{P}/kommun-och-politik/statistik/"), ("Årsredovisning", f"{P}/kommun-och-politik/arsredovisning/")]),
    ]
    return cols + (extra or [])


ALL: list[dict] = []

# ------------------------------------------------------------------ 9535 Vintersund (sitevision) = 5
P = ""
s = {"code": "9535", "name": "Vintersund", "family": "sitevision", "P": P, "lan_kod": "24", "lan": "Västerbottens län",
     "phone": "0980-319 200", "dom": "vintersund.se", "addr": "Storgatan 12, 999 31 Vintersund", "orgnr": "212000-9935",
     "front": "/", "search": {"path": "/sok/", "param": "query", "hits": {"kontaktcenter": ["/kontaktcenter/"]}}}
s["banner"] = ("<div class=\"sv-portlet crisis-banner\" role=\"alert\"><strong>Viktigt meddelande:</strong> Kokningsrekommendation för dricksvattnet i Åsens by. "
               "<a href=\"/nyheter/kokningsrekommendation-asen/\">Läs mer om kokningsrekommendationen</a></div>")
s["footer_extra_cols"] = big_footer_cols(P, [("Bolag och förbund", [("Vintersunds Energi AB – kundservice och elavtal", "/kommun-och-politik/kommunala-bolag/"),
                                                                       ("Räddningstjänsten Norra Kusten", "/kommun-och-politik/kommunala-bolag/")])])
s["news"] = [
    {"href": "/nyheter/kokningsrekommendation-asen/", "title": "Kokningsrekommendation i Åsens by", "date": "2026-12-01",
     "lead": "Efter ett ledningsbrott ska dricksvattnet i Åsen kokas innan det används till mat och dryck.",
     "body": "<p>Vintersunds Energi AB:s kundservice svarar på frågor om ledningsbrottet på 0980-319 260.</p>"},
    {"href": "/nyheter/ny-forskola-norrmalm/", "title": "Ny förskola öppnar på Norrmalm", "date": "2026-11-20",
     "lead": "I januari öppnar förskolan Tallkotten med sex avdelningar."},
]
s["pages"] = {
    "/": ("Startsida - Vintersunds kommun", f"""<div class="sv-layout hero" id="hero">
{carousel([("Vinterväghållning", "Så prioriterar vi snöröjningen i vinter.", "/bygga-bo-och-miljo/"),
           ("Sök sommarjobb 2027", "Ungdomar 16–19 år kan söka feriejobb från 1 februari.", "/naringsliv-och-arbete/"),
           ("Kulturskolans vårtermin", "Anmälan till dans, musik och teater är öppen.", "/kultur-och-fritid/"),
           ("Budget 2027 antagen", "Kommunfullmäktige har beslutat om nästa års budget.", "/kommun-och-politik/")], "sv-carousel")}
<div class="sv-portlet hitta-snabbt" aria-labelledby="hs"><h2 id="hs">Hitta snabbt</h2><ul>
<li><a href="/barn-och-utbildning/forskola/">Förskola</a></li><li><a href="/bygga-bo-och-miljo/bygglov/">Bygglov</a></li>
<li><a href="/naringsliv-och-arbete/lediga-jobb/">Lediga jobb</a></li><li><a href="/kontaktcenter/">Kontaktcenter</a></li>
<li><a href="/bygga-bo-och-miljo/avfall-och-atervinning/">Sophämtning</a></li></ul></div>
</div>
<div class="sv-layout">{news_section(s)}</div>
<div class="sv-layout">{events_section(s)}{eservices_section(s)}</div>"""),
    "/kontaktcenter/": ("Kontaktcenter - Vintersunds kommun", f"""<h1>Kontaktcenter</h1>
<p class="lead">Kontaktcenter är din väg in till Vintersunds kommun. Vi svarar på frågor om förskola och skola, avfall och återvinning, bygglov, färdtjänst och parkeringstillstånd.</p>
<p>Kan vi inte svara direkt ser vi till att rätt handläggare kontaktar dig.</p>
<h2>Så når du oss</h2><ul><li>Telefon: <a href="tel:+46980319200">0980-319 200</a></li><li>E-post: <a href="mailto:kontaktcenter@vintersund.se">kontaktcenter@vintersund.se</a></li></ul>
{hours_table([("Måndag–torsdag", "8.00–16.30"), ("Fredag", "8.00–15.00"), ("Lunch", "stängt 12.00–12.30")])}
<h2>Ansvarig</h2><p>Enhetschef för kontaktcenter: Malin Öst</p>"""),
    "/kommun-och-politik/kommunala-bolag/": ("Kommunala bolag - Vintersunds kommun", """<h1>Kommunala bolag och förbund</h1>
<p>Vintersunds Energi AB levererar el, fjärrvärme och vatten. Bolagets kundservice nås på 0980-319 260, kundservice@vintersundsenergi.se. Kundservicechef: Rolf Berg.</p>
<p>Räddningstjänsten Norra Kusten är ett kommunalförbund.</p>"""),
}
s["sitemap"] = ["/", "/kontaktcenter/", "/nyheter/"]
ALL.append(s)

# ------------------------------------------------------------------ 9536 Östermyra (semantic, language chooser) = 3
P = "/sv"
s = {"code": "9536", "name": "Östermyra", "family": "semantic", "P": P, "lan_kod": "03", "lan": "Uppsala län",
     "phone": "08-465 004 10", "dom": "ostermyra.se", "addr": "Kyrkvägen 4, 999 36 Östermyra", "orgnr": "212000-9936",
     "front": "/", "search": {"path": "/sv/sok/", "param": "q", "hits": {"medborgarkontoret": ["/sv/medborgarkontoret/"], "medborgarkontor": ["/sv/medborgarkontoret/"]}}}
s["topbar_extra"] = [("Medborgarkontoret", "/sv/medborgarkontoret/")]
s["footer_extra_cols"] = big_footer_cols(P)
s["news"] = [
    {"href": "/sv/nyheter/nytt-bibliotek/", "title": "Biblioteket flyttar in i Kulturhuset", "date": "2026-11-28", "lead": "Från mars finns biblioteket i det nya kulturhuset vid torget."},
    {"href": "/sv/nyheter/snorojning/", "title": "Så röjer vi snö i vinter", "date": "2026-11-15", "lead": "Huvudgator och gång- och cykelvägar till skolor prioriteras."},
]
CHOOSER = """<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Östermyra kommun</title>
<style>body{font-family:Georgia,serif;text-align:center;background:#f4f1ea;margin:0}.lang a{display:inline-block;margin:1em;padding:1.5em 2em;border:2px solid #2b4a6f;font-size:1.4em}</style></head>
<body>
<div class="chooser">
<img src="/img/vapen.svg" alt="Östermyra kommun" width="120">
<h1>Välkommen till Östermyra kommun</h1>
<p>Välj språk – Choose language – Valitse kieli</p>
<ul class="lang"><li><a href="/sv/" lang="sv" hreflang="sv">Svenska</a></li><li><a href="/en/" lang="en" hreflang="en">English</a></li><li><a href="/fi/" lang="fi" hreflang="fi">Suomeksi</a></li></ul>
<p class="small">Östermyra kommun · Kyrkvägen 4, 999 36 Östermyra · Växel 08-465 004 10</p>
</div>
</body>
</html>
"""
s["pages"] = {
    "/": ("Östermyra kommun", "", CHOOSER),
    "/en/": ("Östermyra municipality", "", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Östermyra municipality</title></head>
<body><header><a href="/"><img src="/img/vapen.svg" alt="Östermyra municipality"></a></header>
<main><h1>Welcome to Östermyra</h1><p>Östermyra is a municipality of 14 000 inhabitants in Uppland. Most of our information is in Swedish.</p>
<p><a href="/sv/">Svenska</a> · <a href="/fi/">Suomeksi</a></p></main>
<footer><p>Switchboard +46 8 465 004 10 · kommun@ostermyra.se</p></footer></body></html>
"""),
    "/fi/": ("Östermyran kunta", "", """<!DOCTYPE html>
<html lang="fi"><head><meta charset="utf-8"><title>Östermyran kunta</title></head>
<body><header><a href="/"><img src="/img/vapen.svg" alt="Östermyran kunta"></a></header>
<main><h1>Tervetuloa Östermyraan</h1><p>Östermyra on suomen kielen hallintoalueeseen kuuluva kunta.</p>
<p><a href="/sv/">Svenska</a> · <a href="/en/">English</a></p></main>
<footer><p>Vaihde 08-465 004 10</p></footer></body></html>
"""),
    "/sv/": ("Startsida - Östermyra kommun", f"""<section class="hero"><h1>Östermyra – mitt i Uppland</h1><p>Här finns information och service för dig som bor, verkar eller vill flytta hit.</p>
<ul class="cards"><li><a href="/sv/barn-och-utbildning/">Barn och utbildning</a></li><li><a href="/sv/omsorg-och-stod/">Omsorg och stöd</a></li><li><a href="/sv/bygga-bo-och-miljo/">Bygga, bo och miljö</a></li></ul></section>
{news_section(s)}{events_section(s)}{eservices_section(s)}"""),
    "/sv/medborgarkontoret/": ("Medborgarkontoret - Östermyra kommun", """<h1>Medborgarkontoret</h1>
<p class="lead">På Medborgarkontoret i Kulturhuset kan du få hjälp med ansökan om bostadsanpassning och färdtjänst, frågor om avgifter för barnomsorg och äldreomsorg, och att låna en dator för att använda kommunens e-tjänster.</p>
<h2>Besök oss</h2><p>Besöksadress: Kulturhuset, Torget 1, Östermyra</p>
<p>Öppettider: måndag–fredag 9–17, torsdag 9–19</p>
<p>Telefon 08-465 004 12</p>
<p>Medborgarkontoret är en del av kommunledningsförvaltningen, se <a href="/sv/kommun-och-politik/organisation/">organisation</a>.</p>"""),
    "/sv/kommun-och-politik/organisation/": ("Organisation - Östermyra kommun", """<h1>Organisation</h1>
<p>Kommunens förvaltningar leds av kommundirektören Gunilla Ahlqvist.</p>
<table class="staff"><thead><tr><th>Enhet</th><th>Funktion</th><th>Namn</th></tr></thead><tbody>
<tr><td>Kommunledningskontoret</td><td>Kommundirektör</td><td>Gunilla Ahlqvist</td></tr>
<tr><td>Medborgarkontoret</td><td>Enhetschef</td><td>Jonas Lidén</td></tr>
<tr><td>Kommunikation</td><td>Kommunikationschef</td><td>Hanna Rud</td></tr>
</tbody></table>"""),
}
s["sub_override"] = {("kommun-och-politik", "Organisation"): "/sv/kommun-och-politik/organisation/"}
s["sitemap"] = ["/", "/sv/", "/sv/medborgarkontoret/"]
ALL.append(s)

# ------------------------------------------------------------------ 9537 Kärrvalla (municipio, redirect chain) = 5
P = "/sv"
s = {"code": "9537", "name": "Kärrvalla", "family": "municipio", "P": P, "lan_kod": "14", "lan": "Västra Götalands län",
     "phone": "031-390 06 00", "dom": "karrvalla.se", "addr": "Rådhusgatan 8, 999 37 Kärrvalla", "orgnr": "212000-9937",
     "front": "/sv/start/", "search": {"path": "/sv/sok/", "param": "s", "hits": {"kundcenter": ["/sv/kundcenter/"]}}}
s["redirects"] = {"/": ["/sv/", 302], "/sv/": ["/sv/start/", 301], "/kontakta-oss/": ["/sv/kundcenter/", 301]}
s["header_links"] = [("Kontakta oss", "/kontakta-oss/"), ("Lyssna", "#lyssna"), ("Lättläst", "/sv/lattlast/"), ("Translate", "/sv/other-languages/")]
s["banner"] = "<p>Julhelgen: kommunhusets reception håller stängt 24–26 december. <a href=\"/sv/nyheter/oppettider-jul/\">Öppettider i jul</a></p>"
s["footer_extra_cols"] = big_footer_cols(P, [("Kommunala bolag", [("Kärrvalla Bostäder AB – kundcenter för hyresgäster", "/sv/kommun-och-politik/bolag/"),
                                                                     ("Kärrvalla Vatten AB", "/sv/kommun-och-politik/bolag/")])])
s["news"] = [
    {"href": "/sv/nyheter/oppettider-jul/", "title": "Öppettider i jul och nyår", "date": "2026-12-02", "lead": "Kommunhusets reception håller stängt under julhelgen."},
    {"href": "/sv/nyheter/cykelbana/", "title": "Ny cykelbana mellan Kärrvalla och Holmen", "date": "2026-11-10", "lead": "Den fyra kilometer långa cykelbanan invigs i maj."},
]
s["pages"] = {
    "/sv/start/": ("Kärrvalla kommun", f"""<section class="c-slider">{carousel([("Välkommen till Kärrvalla", "Kommunen vid älven.", "/sv/kultur-och-fritid/"),
                                                                                 ("Sök förskoleplats", "Ansök senast fyra månader innan du behöver plats.", "/sv/barn-och-utbildning/"),
                                                                                 ("Tyck till om översiktsplanen", "Samråd pågår till 31 januari.", "/sv/bygga-bo-och-miljo/")], "c-slider")}</section>
<section class="c-populara"><h2>Populära sidor</h2><ul><li><a href="/sv/barn-och-utbildning/forskola/">Förskola</a></li><li><a href="/sv/naringsliv-och-arbete/lediga-jobb/">Lediga jobb</a></li><li><a href="/sv/bygga-bo-och-miljo/avfall-och-atervinning/">Sophämtning</a></li></ul></section>
{news_section(s)}{eservices_section(s)}"""),
    "/sv/kundcenter/": ("Kundcenter – Kärrvalla kommun", """<article class="c-article"><h1>Kundcenter</h1>
<p class="lead">Kundcenter är kommunens gemensamma ingång för dig som har frågor. Vi svarar bland annat på frågor om:</p>
<ul><li>förskola, skola och skolskjuts</li><li>sophämtning och vatten</li><li>bygglov och detaljplaner</li><li>felanmälan av gator och belysning</li></ul>
<div class="c-card c-card--contact"><h2>Kontakta Kundcenter</h2><p>Telefon 031-390 06 00 (knappval 1)</p><p>E-post: kundcenter[at]karrvalla.se</p>
<p><button type="button" class="c-button chat-start">Chatta med oss</button> vardagar 9–15</p></div>
<p>Chef för kundcenter: Per Nyholm, per.nyholm[at]karrvalla.se</p></article>"""),
    "/sv/kommun-och-politik/bolag/": ("Kommunala bolag – Kärrvalla kommun", """<h1>Kommunala bolag</h1>
<p>Kärrvalla Bostäder AB äger 2 300 hyreslägenheter. Bolagets kundcenter för hyresgäster nås på 031-390 06 50. Kundcenterchef: Eva Sund.</p><p>Kärrvalla Vatten AB ansvarar för vatten och avlopp.</p>"""),
}
s["sitemap"] = ["/sv/start/", "/sv/kundcenter/"]
ALL.append(s)

# ------------------------------------------------------------------ 9538 Björkhed (optimizely, Invånare/Företagare doors) = 4
P = ""
s = {"code": "9538", "name": "Björkhed", "family": "optimizely", "P": P, "lan_kod": "07", "lan": "Kronobergs län", "doors": True,
     "phone": "040-628 04 00", "dom": "bjorkhed.se", "addr": "Box 38, 999 38 Björkhed", "orgnr": "212000-9938",
     "front": "/", "search": {"path": "/sok/", "param": "q", "hits": {"medborgarservice": ["/medborgarservice/"]}}}
s["topbar_extra"] = [("Kontakt", "/kontakt/")]
s["footer_extra_cols"] = big_footer_cols(P)
s["news"] = [
    {"href": "/nyheter/servicecenter-for-foretag-utokar/", "title": "Servicecenter för företag utökar öppettiderna", "date": "2026-11-30",
     "lead": "Från januari har Servicecenter för företag drop-in även på torsdagskvällar."},
    {"href": "/nyheter/vaxtavgift/", "title": "Nya taxor för vatten och avlopp 2027", "date": "2026-11-18", "lead": "Kommunfullmäktige har beslutat om nya VA-taxor."},
]
door_css = "<style>.Doors{display:flex;gap:2em}.Door{flex:1;padding:4em 2em;background:#1d4d3a;color:#fff;font-size:1.6em}</style>"
s["pages"] = {
    "/": ("Björkheds kommun", f"""{door_css}<section class="Doors" aria-label="Välj ingång">
<a class="Door Door--invanare" href="/invanare/"><img src="/globalassets/invanare.jpg" alt=""><span class="Door__title">Invånare</span><span class="Door__text">Skola, omsorg, bygga och bo, fritid</span></a>
<a class="Door Door--foretagare" href="/foretagare/"><img src="/globalassets/foretag.jpg" alt=""><span class="Door__title">Företagare</span><span class="Door__text">Starta och driva företag, tillstånd, upphandling</span></a>
</section>
<section class="PopularPages"><h2>Populära sidor</h2><ol>
<li><a href="/naringsliv-och-arbete/lediga-jobb/">Lediga jobb</a></li><li><a href="/barn-och-utbildning/forskola/">Förskola</a></li>
<li><a href="/medborgarservice/">Medborgarservice</a></li><li><a href="/bygga-bo-och-miljo/bygglov/">Bygglov</a></li><li><a href="/bygga-bo-och-miljo/avfall-och-atervinning/">Sophämtning</a></li></ol></section>
{news_section(s)}{events_section(s)}"""),
    "/invanare/": ("Invånare - Björkheds kommun", """<h1>Invånare</h1><ul class="Cards">
<li><a href="/barn-och-utbildning/">Barn och utbildning</a></li><li><a href="/omsorg-och-stod/">Omsorg och stöd</a></li><li><a href="/bygga-bo-och-miljo/">Bygga, bo och miljö</a></li>
<li><a href="/kultur-och-fritid/">Kultur och fritid</a></li><li><a href="/kommun-och-politik/">Kommun och politik</a></li><li><a href="/medborgarservice/">Medborgarservice – vi hjälper dig vidare</a></li></ul>"""),
    "/foretagare/": ("Företagare - Björkheds kommun", """<h1>Företagare</h1><ul class="Cards">
<li><a href="/foretagare/servicecenter-for-foretag/">Servicecenter för företag</a></li><li><a href="/naringsliv-och-arbete/">Näringsliv och arbete</a></li><li><a href="/naringsliv-och-arbete/upphandling/">Upphandling</a></li></ul>"""),
    "/foretagare/servicecenter-for-foretag/": ("Servicecenter för företag - Björkheds kommun", """<h1>Servicecenter för företag</h1>
<p>Servicecenter för företag hjälper dig som driver eller vill starta företag med tillstånd för serveringstillstånd, livsmedel och bygglov för verksamhetslokaler. Telefon 040-628 04 30, foretag@bjorkhed.se.</p>
<p>Enhetschef för Servicecenter för företag: Anders Malm</p>"""),
    "/kontakt/": ("Kontakt - Björkheds kommun", """<h1>Kontakt</h1><p>Växel: 040-628 04 00. Postadress: Box 38, 999 38 Björkhed. E-post: kommun@bjorkhed.se.</p>
<ul><li><a href="/medborgarservice/">Medborgarservice</a></li><li><a href="/foretagare/servicecenter-for-foretag/">Servicecenter för företag</a></li><li><a href="/press/">Press</a></li></ul>"""),
    "/medborgarservice/": ("Medborgarservice - Björkheds kommun", """<h1>Medborgarservice</h1>
<p class="lead">Medborgarservice hjälper dig med frågor om förskoleplats, hemtjänst, avfallsabonnemang och parkeringstillstånd för rörelsehindrade. Du kan också få hjälp att fylla i kommunens blanketter.</p>
<p>Besöksadress: Kommunhuset, Storgatan 2</p><p>Öppet vardagar 8–16.30</p><p>Telefon: 040-628 04 20</p>
<p>Medborgarservice leds av en enhetschef och har sju medarbetare.</p>"""),
}
s["sitemap"] = ["/", "/medborgarservice/"]
ALL.append(s)

# ------------------------------------------------------------------ 9539 Hälleby (drupal, cookie overlay) = 3
P = ""
s = {"code": "9539", "name": "Hälleby", "family": "drupal", "P": P, "lan_kod": "12", "lan": "Skåne län",
     "phone": "040-628 04 50", "dom": "halleby.se", "addr": "Stortorget 1, 999 39 Hälleby", "orgnr": "212000-9939",
     "front": "/", "search": {"path": "/search/", "param": "keys", "hits": {"kontakt hälleby": ["/kontakt-halleby"]}}}
s["topbar_extra"] = [("Kontakt Hälleby", "/kontakt-halleby")]
s["footer_extra_cols"] = big_footer_cols(P)
s["news"] = [
    {"href": "/nyheter/ny-simhall", "title": "Spadtag för den nya simhallen", "date": "2026-11-25", "lead": "Simhallen vid Sjöparken beräknas stå klar 2028."},
    {"href": "/nyheter/julbelysning", "title": "Julbelysningen tänds på första advent", "date": "2026-11-27", "lead": "Välkommen till torget när belysningen tänds."},
]
s["pages"] = {
    "/": ("Hälleby kommun", f"""<div class="block-hero">{carousel([("Hälleby – nära till allt", "Bo, arbeta och trivs i Hälleby.", "/kultur-och-fritid/"),
                                                                    ("Vinterns evenemang", "Konserter, marknader och skridsko.", "/kultur-och-fritid/"),
                                                                    ("Bli kontaktfamilj", "Gör skillnad för ett barn.", "/omsorg-och-stod/")], "hero-slider")}</div>
{news_section(s)}{events_section(s)}{eservices_section(s)}"""),
    "/kontakt-halleby": ("Kontakt Hälleby | Hälleby kommun", """<h1>Kontakt Hälleby</h1>
<p class="lead">Kontakt Hälleby finns här för dig. Hör av dig om du undrar något – vi hjälper dig gärna.</p>
<p>Ring 040-628 04 50 eller mejla kontakt@halleby.se.</p>
<p>Telefontid: vardagar 8–16</p>
<p class="page-meta">Sidansvarig: Lars Hed, webbredaktör. Senast uppdaterad 2026-10-02.</p>
<p>Kommunens förvaltning leds av kommundirektör Eva Hall.</p>"""),
}
s["sitemap"] = ["/", "/kontakt-halleby"]
ALL.append(s)

# ------------------------------------------------------------------ 9540 Tallbacka (bootstrap, very large footer) = 2
P = ""
s = {"code": "9540", "name": "Tallbacka", "family": "bootstrap", "P": P, "lan_kod": "20", "lan": "Dalarnas län",
     "phone": "0980-319 230", "dom": "tallbacka.se", "addr": "Bruksgatan 3, 999 40 Tallbacka", "orgnr": "212000-9940",
     "front": "/", "search": {"path": "/sok/", "param": "q", "hits": {"servicecenter": ["/servicecenter/"]}}}
s["nav_extra"] = [("Kontakt", "/kontakt/")]
s["footer_contact_extra"] = [("Servicecenter", "/servicecenter/"), ("Felanmälan", "/e-tjanster/felanmalan/"), ("Hitta personal", "/kontakt/")]
s["footer_extra_cols"] = big_footer_cols(P, [
    ("Bolag", [("Tallbacka Bostäder – kundcenter", "/kommunala-bolag/"), ("Tallbacka Energi", "/kommunala-bolag/")]),
    ("Andra myndigheter", [("Statens servicecenter", None), ("Försäkringskassan", None), ("Region Dalarna", None)]),
    ("Uppleva", [("Turistbyrån", "/kultur-och-fritid/turism/"), ("Bibliotek", "/kultur-och-fritid/bibliotek/"), ("Badhuset", "/kultur-och-fritid/badhuset/")]),
])
s["news"] = [
    {"href": "/nyheter/statens-servicecenter", "title": "Statens servicecenter får nya öppettider", "date": "2026-11-29",
     "lead": "Statens servicecenter i Tallbacka har öppet tisdagar och torsdagar från januari."},
    {"href": "/nyheter/isbanan", "title": "Isbanan på Bruksvallen spolas", "date": "2026-12-01", "lead": "Om kylan håller i sig öppnar isbanan nästa vecka."},
]
s["pages"] = {
    "/": ("Tallbacka kommun", f"""<div class="p-5 mb-4 bg-primary text-white rounded-3 hero"><h1 class="display-5">Välkommen till Tallbacka</h1>
<div class="card text-dark hitta-snabbt"><div class="card-body"><h2 class="h5">Hitta snabbt</h2><div class="d-flex flex-wrap gap-2">
<a class="btn btn-outline-primary" href="/barn-och-utbildning/forskola/">Förskola</a><a class="btn btn-outline-primary" href="/bygga-bo-och-miljo/bygglov/">Bygglov</a>
<a class="btn btn-outline-primary" href="/naringsliv-och-arbete/lediga-jobb/">Lediga jobb</a><a class="btn btn-outline-primary" href="/e-tjanster/felanmalan/">Felanmälan</a>
<a class="btn btn-outline-primary" href="/omsorg-och-stod/">Omsorg</a></div></div></div></div>
<div class="row"><div class="col-md-8">{news_section(s)}</div><div class="col-md-4">{events_section(s)}</div></div>{eservices_section(s)}"""),
    "/servicecenter/": ("Servicecenter - Tallbacka kommun", """<h1>Servicecenter</h1>
<p class="lead">Välkommen till Servicecenter! Vi hjälper dig med allt som rör kommunens service.</p>
<p>Ring oss på 0980-319 230 eller skicka e-post till servicecenter@tallbacka.se.</p>
<h2>Våra medarbetare</h2><ul><li>Anna Grip, servicehandläggare</li><li>Omar Said, servicehandläggare</li><li>Lisa Ahl, kontaktperson för synpunkter</li></ul>"""),
    "/kontakt/": ("Kontakt - Tallbacka kommun", """<h1>Kontakt</h1><p>Växel 0980-319 230, kommun@tallbacka.se, Bruksgatan 3.</p>
<p><a href="/servicecenter/">Läs om Servicecenter</a></p>"""),
    "/kommunala-bolag/": ("Kommunala bolag - Tallbacka kommun", """<h1>Kommunala bolag</h1>
<p>Tallbacka Bostäder AB:s kundcenter hjälper hyresgäster med felanmälan och bostadskö, telefon 0980-319 240. Kundcenterchef: Maja Frisk.</p>"""),
}
s["sitemap"] = ["/", "/servicecenter/", "/kontakt/"]
ALL.append(s)

# ------------------------------------------------------------------ 9541 Grönhult (optimizely, alert banner above header) = 4
P = ""
s = {"code": "9541", "name": "Grönhult", "family": "optimizely", "P": P, "lan_kod": "22", "lan": "Västernorrlands län",
     "phone": "08-465 004 40", "dom": "gronhult.se", "addr": "Nygatan 9, 999 41 Grönhult", "orgnr": "212000-9941",
     "front": "/", "search": {"path": "/sok/", "param": "q", "hits": {"kontaktcenter": ["/kontaktcenter/"]}}}
s["banner"] = ("<div class=\"AlertBanner AlertBanner--crisis\" role=\"alert\"><p><strong>Stormen Ylva:</strong> Kontaktcenter har förlängd telefontid i dag till kl. 20. "
               "<a href=\"/kontaktcenter/\">Till Kontaktcenter</a> · <a href=\"/nyheter/stormen-ylva/\">Läget just nu</a></p></div>")
s["extra_subs"] = {"kommun-och-politik": [("Kontaktcenter", "/kontaktcenter/")]}
s["footer_extra_cols"] = big_footer_cols(P)
s["news"] = [
    {"href": "/nyheter/stormen-ylva/", "title": "Stormen Ylva – läget just nu", "date": "2026-12-03",
     "lead": "Flera vägar är avstängda. Strömavbrott i norra kommundelen.", "body": "<p>Frågor om strömavbrott ställs till nätägaren.</p>"},
    {"href": "/nyheter/skolval/", "title": "Skolvalet öppnar 15 januari", "date": "2026-11-12", "lead": "Välj skola för ditt barn i e-tjänsten."},
]
s["pages"] = {
    "/": ("Grönhults kommun", f"""<section class="HeroCarousel">{carousel([("Stormen Ylva", "Följ läget och få råd inför natten.", "/nyheter/stormen-ylva/"),
                                                                          ("Skolvalet öppnar", "Ansök via e-tjänsten 15 januari – 15 februari.", "/nyheter/skolval/"),
                                                                          ("Grönhults vinterfestival", "Tre dagar med musik och is.", "/kultur-och-fritid/"),
                                                                          ("Jobba hos oss", "Vi söker sjuksköterskor och lärare.", "/naringsliv-och-arbete/")], "HeroCarousel")}</section>
{news_section(s)}{eservices_section(s)}{events_section(s)}"""),
    "/kontaktcenter/": ("Kontaktcenter - Grönhults kommun", """<h1>Kontaktcenter</h1>
<p class="lead">Kontaktcenter tar emot frågor om bland annat bygglov, avfallshämtning, skolval, färdtjänst och bostadsanpassning.</p>
<p>Telefon 08-465 004 40, vardagar 8–17</p><p><a class="Button" href="#chatt">Starta chatt</a></p>
<h2>Vi som arbetar här</h2><p>Kommunvägledare: Sara Ek, Ali Nur och Petra Lind.</p><p class="PageInfo">Sidansvarig: Kommunikationsenheten</p>"""),
}
s["sitemap"] = ["/", "/kontaktcenter/"]
ALL.append(s)

# ------------------------------------------------------------------ 9542 Sjöbotten (table, latin-1, sitemap only) = 1
P = ""
s = {"code": "9542", "name": "Sjöbotten", "family": "table", "P": P, "lan_kod": "25", "lan": "Norrbottens län", "charset": "iso-8859-1",
     "font": "Verdana, sans-serif", "phone": "0980-319 250", "dom": "sjobotten.se", "addr": "Kommunhuset, Hamngatan 1, 999 42 Sjöbotten",
     "orgnr": "212000-9942", "front": "/default.asp",
     "search": {"path": "/sok.asp", "param": "sokord", "hits": {"kommunservice": ["/kommunservice.asp"]}}}
s["redirects"] = {"/": ["/default.asp", 302]}
s["news"] = [
    {"href": "/nyheter/isvag.asp", "title": "Isvägen till Storön öppnad", "date": "2026-12-02", "lead": "Isvägen är öppen för fordon upp till 2,5 ton."},
    {"href": "/nyheter/budget.asp", "title": "Budget 2027 klar", "date": "2026-11-26", "lead": "Fullmäktige antog budgeten på måndagen."},
]
s["pages"] = {
    "/default.asp": ("Sjöbottens kommun - Startsida", f"""<table width="100%"><tr>
<td valign="top" width="25%" bgcolor="#f0f0e0"><font face="Verdana" size="2"><b>Hitta snabbt</b><br>
<a href="/barn-och-utbildning.asp">Förskola och skola</a><br><a href="/bygga-bo-och-miljo.asp">Sophämtning</a><br><a href="/naringsliv-och-arbete.asp">Lediga jobb</a><br><a href="/kommun-och-politik.asp">Protokoll</a></font></td>
<td valign="top"><font face="Verdana" size="2"><h1>Välkommen till Sjöbotten</h1>{news_section(s)}</font></td>
<td valign="top" width="25%"><font face="Verdana" size="2"><b>Populära sidor</b><br><a href="/omsorg-och-stod.asp">Hemtjänst</a><br><a href="/kultur-och-fritid.asp">Badhuset</a><br><a href="/tillganglighet.asp">Tillgänglighet</a></font></td>
</tr></table>"""),
    "/kommunservice.asp": ("Kommunservice - Sjöbottens kommun", """<h1>Kommunservice</h1>
<p>Kommunservice svarar på frågor om bygglov, avfall och skolskjuts.</p><p>Telefon 0980-319 255.</p>"""),
}
s["sitemap"] = ["/default.asp", "/kommunservice.asp", "/nyheter.asp"]
ALL.append(s)

# ------------------------------------------------------------------ 9543 Fårhamra (soup, only excluded names) = 0
P = ""
s = {"code": "9543", "name": "Fårhamra", "family": "soup", "P": P, "lan_kod": "05", "lan": "Östergötlands län",
     "phone": "031-390 06 70", "dom": "farhamra.se", "addr": "Torget 3, 999 43 Fårhamra", "orgnr": "212000-9943",
     "front": "/", "search": {"path": "/sok/", "param": "q", "hits": {"servicecenter": ["/foretagare/servicecenter-for-foretagare/"]}}}
s["banner"] = ("<div class=\"kb\" role=\"alert\"><b>Driftstörning:</b> Vattenläcka på Storgatan – Fårhamra Vatten AB:s kundtjänst svarar på frågor, 031-390 06 80. "
               "<a href=\"/nyheter/vattenlacka/\">Mer information</a></div>")
s["nav_extra"] = [("Kontakta oss", "/kontakta-oss/")]
s["footer_extra_cols"] = big_footer_cols(P, [("Bolag", [("Fårhamra Vatten AB:s kundtjänst", "/kommun-och-politik/bolag/"), ("Fårhamrahem", "/kommun-och-politik/bolag/")])])
s["news"] = [
    {"href": "/nyheter/vattenlacka/", "title": "Vattenläcka på Storgatan", "date": "2026-12-03", "lead": "Fårhamra Vatten AB arbetar med att laga läckan.",
     "body": "<p>Har du frågor? Kontakta Fårhamra Vatten AB:s kundtjänst på 031-390 06 80, kundtjanst@farhamravatten.se.</p>"},
    {"href": "/nyheter/statens-servicekontor/", "title": "Statens servicecenter öppnar servicekontor i Fårhamra", "date": "2026-11-21",
     "lead": "Försäkringskassan, Skatteverket och Pensionsmyndigheten finns på plats i det nya servicekontoret från februari."},
    {"href": "/nyheter/grannkommun/", "title": "Ljungbro kommuns kontaktcenter svarar i Fårhamras växel i jul", "date": "2026-11-19",
     "lead": "Under jul och nyår kopplas samtal till växeln vidare till Ljungbro kommuns kontaktcenter."},
]
s["pages"] = {
    "/": ("Fårhamra kommun", f"""<div class="tabs2"><div class="t3"><a href="/invanare/">Invånare</a></div><div class="t3"><a href="/foretagare/">Företagare</a></div></div>
<div class="hb1"><div class="hb2">Hitta snabbt</div><div class="hb3"><a href="/barn-och-utbildning/">Förskola</a> <a href="/bygga-bo-och-miljo/">Bygglov</a>
<a href="/foretagare/servicecenter-for-foretagare/">Servicecenter för företagare</a> <a href="/naringsliv-och-arbete/">Lediga jobb</a></div></div>
{news_section(s)}{events_section(s)}"""),
    "/invanare/": ("Invånare - Fårhamra kommun", """<h1>Invånare</h1><div class="lst"><a href="/barn-och-utbildning/">Barn och utbildning</a><br><a href="/omsorg-och-stod/">Omsorg och stöd</a><br>
<a href="/bygga-bo-och-miljo/">Bygga, bo och miljö</a><br><a href="/kultur-och-fritid/">Kultur och fritid</a></div>"""),
    "/foretagare/": ("Företagare - Fårhamra kommun", """<h1>Företagare</h1><div class="lst"><a href="/foretagare/servicecenter-for-foretagare/">Servicecenter för företagare</a><br>
<a href="/naringsliv-och-arbete/">Näringsliv och arbete</a></div>"""),
    "/foretagare/servicecenter-for-foretagare/": ("Servicecenter för företagare - Fårhamra kommun", """<h1>Servicecenter för företagare</h1>
<p>Vi hjälper företagare med tillstånd, livsmedelskontroll och lokaler. Telefon 031-390 06 75, e-post foretag@farhamra.se, öppet vardagar 8–16.</p>
<p>Enhetschef för Servicecenter för företagare: Kim Dahl</p>"""),
    "/kontakta-oss/": ("Kontakta oss - Fårhamra kommun", """<h1>Kontakta oss</h1><p>Du når kommunens växel på 031-390 06 70, vardagar 8–16.30. E-post: kommun@farhamra.se. Registrator: registrator@farhamra.se.</p>
<p>Hör av dig om du undrar något.</p>"""),
    "/kommun-och-politik/bolag/": ("Kommunala bolag - Fårhamra kommun", """<h1>Kommunala bolag</h1>
<p>Fårhamra Vatten AB:s kundtjänst svarar på frågor om vatten, avlopp och renhållning. Kundtjänstchef: Leif Ros.</p><p>Fårhamrahem AB äger kommunens hyresbostäder.</p>"""),
}
s["sitemap"] = ["/", "/kontakta-oss/"]
ALL.append(s)

# ------------------------------------------------------------------ 9544 Lerviken (semantic, redirect loop) = unreachable
P = ""
s = {"code": "9544", "name": "Lerviken", "family": "semantic", "P": P, "lan_kod": "10", "lan": "Blekinge län",
     "phone": "040-628 04 90", "dom": "lerviken.se", "addr": "Strandvägen 2, 999 44 Lerviken", "orgnr": "212000-9944",
     "front": "/sv/start.html", "search": {"path": "/sok/", "param": "q", "hits": {"kontaktcenter": ["/kontaktcenter/"]}}}
s["redirects"] = {"/": ["/sv/", 302], "/sv/": ["/start/", 302], "/start/": ["/", 302]}
s["topbar_extra"] = [("Kontaktcenter", "/kontaktcenter/")]
s["news"] = [{"href": "/nyheter/hamnen/", "title": "Gästhamnen byggs ut", "date": "2026-11-11", "lead": "Tjugo nya gästplatser till sommaren."}]
s["pages"] = {
    "/sv/start.html": ("Lerviken kommun", f"<section class=\"hero\"><h1>Välkommen till Lerviken</h1></section>{news_section(s)}"),
    "/kontaktcenter/": ("Kontaktcenter - Lerviken kommun", """<h1>Kontaktcenter</h1><p>Vi svarar på frågor om skola, omsorg och avfall. Telefon 040-628 04 90, kontaktcenter@lerviken.se.</p>
<p>Enhetschef för kontaktcenter: Ulla Sten</p>"""),
}
s["sitemap"] = ["/", "/kontaktcenter/"]
ALL.append(s)
