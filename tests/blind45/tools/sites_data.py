"""Content of the ten blind45 sites (used by build_sites.py)."""
from __future__ import annotations

from build_sites import area_nav


def front(hero: str, news: list[tuple[str, str, str]], extra: str = "") -> str:
    teasers = "\n".join(f'<article class="news-teaser"><h3><a href="{h}">{t}</a></h3><p>{p}</p></article>' for t, h, p in news)
    return f"""{hero}
<section class="news"><h2>Nyheter</h2>
{teasers}
</section>
<section class="events"><h2>Evenemang</h2><ul><li>12 maj: Vårkonsert i kyrkan</li><li>18 maj: Loppis på torget</li><li>2 juni: Öppet hus på återvinningscentralen</li></ul></section>
{extra}
<section class="eservices"><h2>Populära e-tjänster</h2><ul><li><a href="/barn-och-utbildning/#forskola">Ansök om förskoleplats</a></li><li><a href="/bygga-bo-och-miljo/#bygglov">Ansök om bygglov</a></li><li><a href="/bygga-bo-och-miljo/#avfall-och-atervinning">Beställ tömning av latrin</a></li><li><a href="/omsorg-och-stod/#forsorjningsstod">Ansök om försörjningsstöd</a></li></ul></section>"""


def std_topbar(icons=False):
    i = (lambda n: f'<span class="icon icon-{n}" aria-hidden="true"></span> ') if icons else (lambda n: "")
    return [("Lyssna", "#lyssna", i("ear")), ("Lättläst", "/lattlast/", i("book")),
            ("Teckenspråk", "/teckensprak/", i("hand")), ("In English", "/en/", i("globe"))]


def lattlast_landing(name, links=()):
    li = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in links)
    return ("Lättläst", f"<h1>Lättläst</h1><p>Här finns texter på lätt svenska. Texterna är korta och enkla.</p>"
            f"<ul><li><a href=\"/lattlast/om-{name.lower().replace('å', 'a').replace('ä', 'a').replace('ö', 'o')}/\">Om {name} kommun</a></li>{li}</ul>")


def lattlast_om(name):
    return (f"Om {name} kommun – lättläst", f"<h1>Om {name} kommun</h1><p>{name} är en kommun. Kommunen tar hand om skolor, "
            "äldreomsorg, gator och parker. Politiker bestämmer vad kommunen ska göra. Du kan rösta på politikerna i valet.</p>")


def en_page(name, body=""):
    return ("In English", f"<h1 lang=\"en\">Welcome to {name} Municipality</h1><div lang=\"en\"><p>{name} is a municipality with about 14,000 inhabitants. "
            f"Here you will find brief information in English about living and working in {name}.</p>{body}</div>")


def teckensprak(body=""):
    return ("Teckenspråk", "<h1>Information på teckenspråk</h1><p>Här finns filmer på svenskt teckenspråk. Filmerna är textade.</p>"
            "<ul><li>Film: Om kommunen (2 min)</li><li>Film: Så söker du förskoleplats (3 min)</li><li>Film: Sophämtning och återvinning (4 min)</li></ul>" + body)


def lattlast_path(name):
    return "/lattlast/om-" + name.lower().replace("å", "a").replace("ä", "a").replace("ö", "o") + "/"


def common_pages(name, lattlast_links=(), en_body="", teck_body=""):
    return {"/lattlast/": lattlast_landing(name, lattlast_links), lattlast_path(name): lattlast_om(name),
            "/en/": en_page(name, en_body), "/teckensprak/": teckensprak(teck_body)}


def base(code, name, lan_kod, lan, family, vaxel, domain, street, **kw):
    s = {"code": code, "name": name, "lan_kod": lan_kod, "lan": lan, "family": family, "vaxel": vaxel,
         "email": f"kommun@{domain}", "address": f"{name} kommun, {street}, 999 {code[-2:]} {name}",
         "orgnr": f"212000-{code}", "topbar": std_topbar(), "nav": area_nav()}
    s.update(kw)
    return s


SITES_DATA = []

# ---------------------------------------------------------------- 9515 Stenåkra (5)
s = base("9515", "Stenåkra", "14", "Västra Götalands län", "semantic", "031-390 06 00", "stenakra.se", "Kyrkogatan 1")
s["topbar"] = std_topbar(icons=True)
s["nav"] = area_nav(extra_top=[("Kontakt&shy;center", "/kontaktcenter/", [])])
s["pages"] = {
    "/": ("Startsida", front(
        '<section class="hero"><h1>Välkommen till Stenåkra kommun</h1><p>Här bor, arbetar och trivs 11&nbsp;000 människor.</p>'
        '<ul class="shortcuts"><li><a href="/barn-och-utbildning/">Förskola och skola</a></li><li><a href="/bygga-bo-och-miljo/">Bygga och bo</a></li><li><a href="/omsorg-och-stod/">Omsorg</a></li></ul></section>',
        [("Nu finns information om KC på lättläst svenska", "/nyheter/lattlast-kc/", "Kontaktcenter har fått en ny lättläst sida."),
         ("Ny gång- och cykelbana vid Åsvägen", "/nyheter/cykelbana/", "Arbetet startar i maj och pågår till september.")])),
    "/kontaktcenter/": ("Kontaktcenter", """<h1>Kontakt&shy;center</h1>
<p class="lead">Kontaktcenter (<abbr title="Kontaktcenter">KC</abbr>) är kommunens gemensamma ingång för dig som har frågor till Stenåkra kommun.</p>
<h2>Det här kan KC hjälpa dig med</h2>
<ul><li>förskola, skola och skolskjuts</li><li>bygglov och tomter</li><li>avfall, vatten och avlopp</li><li>hemtjänst och äldreomsorg</li><li>parkeringstillstånd</li></ul>
<p>Kan vi inte svara direkt ser vi till att du får kontakt med rätt handläggare.</p>
<h2>Kontakta KC</h2>
<p><span class="icon icon-phone" aria-hidden="true"></span><span class="sr-only">Telefon:</span> <a href="tel:+46313900611">031-390&nbsp;06&nbsp;11</a></p>
<p><span class="icon icon-mail" aria-hidden="true"></span><span class="sr-only">E-post:</span> kc@stenakra.se</p>
<table class="hours"><caption>Telefontider</caption><tr><th>Måndag–torsdag</th><td>08.00–16.30</td></tr><tr><th>Fredag</th><td>08.00–15.00</td></tr></table>
<p><a href="/lattlast/kontaktcenter/">Läs om Kontaktcenter på lättläst svenska</a></p>
<h2>Vem ansvarar?</h2>
<p>Enhetschef för kontaktcenter (KC): Maria Holm</p>"""),
    "/lattlast/kontaktcenter/": ("Kontaktcenter – lättläst", "<h1>Kontakt&shy;center – lättläst</h1><p>Kontaktcenter heter också KC. Du kan ringa till KC. "
                                 "Du kan fråga om skolan, om sopor och om hjälp hemma. Numret är 031-390 06 11.</p>"),
    "/nyheter/lattlast-kc/": ("Nu finns information om KC på lättläst svenska", "<h1>Nu finns information om KC på lättläst svenska</h1><p class=\"date\">2026-04-02</p>"
                              "<p>Kontaktcenter har fått en sida på lättläst svenska. <a href=\"/lattlast/kontaktcenter/\">Läs den här</a>.</p>"),
    "/nyheter/cykelbana/": ("Ny gång- och cykelbana vid Åsvägen", "<h1>Ny gång- och cykelbana vid Åsvägen</h1><p>Arbetet startar i maj. Frågor besvaras av projektledaren på tekniska förvaltningen.</p>"),
}
s["pages"].update(common_pages("Stenåkra", [("Kontaktcenter", "/lattlast/kontaktcenter/")],
                               '<p>Questions? Our Contact Centre (Kontaktcenter) answers in Swedish and English: 031-390 06 11.</p>'))
s["hits"] = {"kontaktcenter": ["/kontaktcenter/", "/lattlast/kontaktcenter/"], "KC": ["/kontaktcenter/"]}
SITES_DATA.append(s)

# ---------------------------------------------------------------- 9516 Malmsjö (4)
s = base("9516", "Malmsjö", "06", "Jönköpings län", "sitevision", "040-628 04 00", "malmsjo.se", "Storgatan 4")
s["nav"] = area_nav(extra_top=[("Kontakta oss", "/kontakta-oss.html", [])])
s["search_param"] = "query"
s["footer_extra"] = '<div class="sv-text-portlet sv-portlet"><p>Elavbrott? Ring Malmsjö Energi AB:s kundtjänst, 040-628 04 90.</p></div>'
s["pages"] = {
    "/": ("Startsida", front(
        '<div class="sv-layout sv-hero"><h1 class="sv-font-rubrik-1">Välkommen till Malmsjö</h1>'
        '<div class="sv-layout sv-cards"><a class="sv-card" href="/medborgarservice.html"><span class="sv-card-title"><span class="c1">Medborgar</span><span class="c2">service</span></span>'
        '<span class="sv-card-sub">Vi hjälper dig vidare</span></a>'
        '<a class="sv-card" href="/barn-och-utbildning/"><span class="sv-card-title">Skola och förskola</span></a>'
        '<a class="sv-card" href="/bygga-bo-och-miljo/#avfall-och-atervinning"><span class="sv-card-title">Sophämtning</span></a></div></div>',
        [("Budget för 2027 antagen", "/nyheter/budget.html", "Kommunfullmäktige antog budgeten på måndagens möte."),
         ("Skolskjutsansökan öppnar", "/nyheter/skolskjuts.html", "Ansök senast 15 juni.")])),
    "/medborgarservice.html": ("Medborgarservice", """<div class="sv-text-portlet"><h1 class="sv-font-rubrik-1">Medborgarservice</h1>
<p class="sv-font-ingress">Malmsjö&nbsp;kommuns medborgarservice (<abbr title="Medborgarservice">MBS</abbr>) är din första kontakt med kommunen.</p>
<h2 class="sv-font-rubrik-2">Vad kan MBS hjälpa till med?</h2>
<p>MBS svarar på frågor om bland annat barnomsorgsavgifter, bostadsanpassning, färdtjänst, avfallsabonnemang och felanmälan av gatubelysning.</p>
<h2 class="sv-font-rubrik-2">Så når du MBS</h2>
<p>Telefon 040-628&nbsp;04&nbsp;21</p>
<p>Besöksadress: Kommunhuset, Storgatan 4, Malmsjö</p>
<p>Kontaktperson för MBS: Lisa Nord, kommunvägledare</p>
</div>
<div class="sv-text-portlet sv-page-meta"><p>Sidansvarig: Karl Ström</p><p>Senast uppdaterad: 2026-03-12</p></div>"""),
    "/kontakta-oss.html": ("Kontakta oss", "<h1 class=\"sv-font-rubrik-1\">Kontakta oss</h1><p>Växel: 040-628 04 00</p><p>E-post till registrator: registrator@malmsjo.se</p>"
                           "<p>Har du frågor? Vänd dig till <a href=\"/medborgarservice.html\">Medborgarservice (MBS)</a>.</p>"),
    "/nyheter/budget.html": ("Budget för 2027 antagen", "<h1 class=\"sv-font-rubrik-1\">Budget för 2027 antagen</h1><p>Kommunfullmäktige antog budgeten med 27 röster mot 14.</p>"),
    "/nyheter/skolskjuts.html": ("Skolskjutsansökan öppnar", "<h1 class=\"sv-font-rubrik-1\">Skolskjutsansökan öppnar</h1><p>Ansök i e-tjänsten senast 15 juni.</p>"),
}
s["pages"].update(common_pages("Malmsjö"))
s["hits"] = {"medborgarservice": ["/medborgarservice.html"], "MBS": ["/medborgarservice.html"]}
SITES_DATA.append(s)

# ---------------------------------------------------------------- 9517 Lindvallen (3)
s = base("9517", "Lindvallen", "20", "Dalarnas län", "municipio", "0980-319 200", "lindvallen.se", "Torget 2")
s["nav"] = area_nav(extra_sub={"/kommun-och-politik/": [("Kundcenter", "/kommun-och-politik/kundcenter/")]})
s["search_path"] = "/"
s["search_param"] = "s"
s["footer_extra"] = '<div class="c-footer__col"><h2>Bolag</h2><p>Lindvallens Bostäder AB – kundcenter: 0980-319 290</p></div>'
s["pages"] = {
    "/": ("Startsida", front(
        '<section class="s-hero"><h1>Lindvallen – mitt i Dalarna</h1><div class="c-card-group">'
        '<a class="c-card" href="/barn-och-utbildning/"><span class="c-card__title">Förskola och skola</span></a>'
        '<a class="c-card" href="/kultur-och-fritid/"><span class="c-card__title">Uppleva och göra</span></a>'
        '<a class="c-card" href="/omsorg-och-stod/"><span class="c-card__title">Omsorg och stöd</span></a></div></section>',
        [("Ny förskola invigd i Norrby", "/nyheter/forskola/", "Förskolan har plats för 120 barn."),
         ("Vattenläcka på Strandvägen", "/nyheter/vattenlacka/", "Reparationen beräknas vara klar på torsdag.")])),
    "/kommun-och-politik/kundcenter/": ("Kundcenter", """<article class="c-article"><h1>Kundcenter</h1>
<p class="lead">Välkommen till Kundcenter! Vi finns här för dig och hjälper dig gärna. Hör av dig om du undrar något.</p>
<div class="c-card c-card--contact"><h2>Kontakta oss</h2><p><i class="material-icons" aria-hidden="true">phone</i> 0980-319 210</p><p><i class="material-icons" aria-hidden="true">email</i> kundcenter@lindvallen.se</p></div>
<p>Kundcenterchef: Johan Ek</p></article>"""),
    "/kontakt/": ("Kontakt", "<h1>Kontakt</h1><p>Växel: 0980-319 200</p><p>E-post: kommun@lindvallen.se</p><p>Postadress: Lindvallen kommun, 999 17 Lindvallen</p>"),
    "/nyheter/forskola/": ("Ny förskola invigd i Norrby", "<h1>Ny förskola invigd i Norrby</h1><p>Förskolan Lärkan invigdes i fredags.</p>"),
    "/nyheter/vattenlacka/": ("Vattenläcka på Strandvägen", "<h1>Vattenläcka på Strandvägen</h1><p>Kontakta Lindvallen Vatten AB:s kundtjänst för frågor om läckan.</p>"),
}
s["pages"].update(common_pages("Lindvallen", en_body=(
    '<h2>Contact us</h2><p>Our Customer Centre (Kundcenter) can help you with questions about schools and preschools, waste collection, '
    'building permits and elderly care. Call 0980-319 210, Monday–Friday 8 am–4 pm, or e-mail kundcenter@lindvallen.se.</p>')))
s["hits"] = {"kundcenter": ["/kommun-och-politik/kundcenter/"]}
SITES_DATA.append(s)

# ---------------------------------------------------------------- 9518 Norrfjäll (3)
s = base("9518", "Norrfjäll", "24", "Västerbottens län", "bootstrap", "0980-319 200", "norrfjall.se", "Fjällvägen 10")
s["topbar"] = [("Lyssna", "#lyssna", '<i class="bi bi-volume-up" aria-hidden="true"></i> '),
               ("Lättläst", "/lattlast/", '<i class="bi bi-book" aria-hidden="true"></i> '),
               ("Teckenspråk", "/teckensprak/", '<i class="bi bi-hand-index" aria-hidden="true"></i> '),
               ("In English", "/en/", '<i class="bi bi-globe" aria-hidden="true"></i> ')]
s["nav"] = area_nav(extra_top=[("Kontakta oss", "/kontakta-oss/", [])])
s["footer_extra"] = '<div class="col"><h2 class="h6">Hitta snabbt</h2><ul class="list-unstyled"><li><a href="/servicecenter/">Servicecenter</a></li><li><a href="/kontakta-oss/">Kontakta oss</a></li></ul></div>'
s["pages"] = {
    "/": ("Startsida", front(
        '<div class="p-5 mb-4 bg-light rounded-3"><h1 class="display-5">Norrfjäll – fjällnära och nära dig</h1>'
        '<div class="row"><div class="col"><a class="btn btn-primary" href="/barn-och-utbildning/">Skola</a></div><div class="col"><a class="btn btn-primary" href="/omsorg-och-stod/">Omsorg</a></div><div class="col"><a class="btn btn-primary" href="/bygga-bo-och-miljo/">Bygga och bo</a></div></div></div>',
        [("Servicecenter förlänger telefontiderna", "/nyheter/servicecenter-telefontider/", "Från 1 maj kan du ringa till klockan 17 på torsdagar."),
         ("Försäkringskassans kundcenter stänger i Norrfjäll", "/nyheter/forsakringskassan/", "Besökare hänvisas till Umeå.")])),
    "/servicecenter/": ("Servicecenter", """<h1>Servicecenter</h1>
<p class="lead">På Servicecenter får du svar på dina frågor till kommunen.</p>
<h2>Vi svarar på frågor om</h2>
<ul><li>snöröjning och gator</li><li>skolskjuts</li><li>avgifter för vatten, avlopp och renhållning</li><li>bostadsanpassningsbidrag</li></ul>
<p><a class="btn btn-success" href="tel:+46980319220"><i class="bi bi-telephone" aria-hidden="true"></i> Ring Servicecenter</a></p>
<table class="table"><caption>Telefontider</caption><tbody><tr><th scope="row">Måndag–onsdag</th><td>8–16</td></tr><tr><th scope="row">Torsdag</th><td>8–17</td></tr><tr><th scope="row">Fredag</th><td>8–14</td></tr></tbody></table>
<p>När du ringer pratar du med någon av våra kommunvägledare.</p>
<p>Servicecenter är en del av kommunledningskontoret. <a href="/kommun-och-politik/organisation/">Kommunens organisation</a></p>"""),
    "/kommun-och-politik/organisation/": ("Kommunens organisation", "<h1>Kommunens organisation</h1><p>Kommunledningskontoret leds av kommundirektör Åsa Berg. "
                                          "Till kontoret hör ekonomi, personal, kommunikation och Servicecenter.</p><p>Kontaktperson för Servicecenter: Erik Sund, kommunvägledare</p>"),
    "/kontakta-oss/": ("Kontakta oss", "<h1>Kontakta oss</h1><p>Växel: 0980-319 200</p><p>Registrator: registrator@norrfjall.se</p>"
                       "<p>Frågor om kommunens service? <a href=\"/servicecenter/\">Servicecenter</a></p>"),
    "/nyheter/servicecenter-telefontider/": ("Servicecenter förlänger telefontiderna", "<h1>Servicecenter förlänger telefontiderna</h1><p class=\"text-muted\">2026-04-20</p>"
                                             "<p>Från 1 maj har <a href=\"/servicecenter/\">Servicecenter</a> öppet till klockan 17 på torsdagar.</p>"),
    "/nyheter/forsakringskassan/": ("Försäkringskassans kundcenter stänger i Norrfjäll", "<h1>Försäkringskassans kundcenter stänger i Norrfjäll</h1><p>Försäkringskassan meddelar att kundcentret stänger 30 juni.</p>"),
}
s["pages"].update(common_pages("Norrfjäll", teck_body='<h2>Så kontaktar du kommunen</h2><p>I filmen visar vi hur du når Servicecenter med texttelefon och bildtelefon.</p>'))
s["hits"] = {"servicecenter": ["/servicecenter/", "/nyheter/servicecenter-telefontider/"]}
SITES_DATA.append(s)

# ---------------------------------------------------------------- 9519 Ödebo (4) table, latin-1
s = base("9519", "Ödebo", "25", "Norrbottens län", "table", "0980-319 230", "odebo.se", "Storgatan 12", encoding="iso-8859-1")
s["email"] = "info@odebo.se"
s["topbar"] = [("Lättläst", "/lattlast/", ""), ("Teckenspråk", "/teckensprak/", ""), ("In English", "/en/", ""), ("Kontakt", "/kontakt.asp", "")]
s["nav"] = [(lab.upper(), h, subs) for lab, h, subs in area_nav()] + [("KONTAKT&nbsp;ÖDEBO", "/kontakt-odebo.asp", [])]
s["search_path"] = "/sok.asp"
s["search_param"] = "sokord"
s["redirects"] = {"/": ["/start.asp", 302]}
s["files"] = {"/start.asp": "start.html"}
s["pages"] = {
    "/start.asp": ("Startsida", front(
        '<table width="100%" bgcolor="#EEF3F8"><tr><td><font size="4"><b>Välkommen till Ödebo kommun</b></font><br>Snöröjningen pågår i hela kommunen.</td></tr></table>',
        [("Ny skolskjutsplanering", "/nyheter/skolskjuts.asp", "Läs om nya tider."),
         ("Statens servicecenter har flyttat", "/nyheter/statens-servicecenter.asp", "Nu på Järnvägsgatan 3.")])),
    "/kontakt-odebo.asp": ("Kontakt Ödebo", """<h1><b>Kontakt</b>&nbsp;<font color="#003366">Ödebo</font></h1>
<p>Kontakt Ödebo svarar på frågor om skolskjuts, snöröjning, avfallshämtning och bygglov.</p>
<p>Ring oss på 0980-319 231.</p>
<p>Ansvarig för Kontakt Ödebo: Per Lind, enhetschef</p>"""),
    "/kontakt.asp": ("Kontakt", "<h1>Kontakt</h1><p>Växel: 0980-319 230</p><p>E-post: info@odebo.se</p>"),
    "/nyheter/skolskjuts.asp": ("Ny skolskjutsplanering", "<h1>Ny skolskjutsplanering</h1><p>Nya tider gäller från höstterminen.</p>"),
    "/nyheter/statens-servicecenter.asp": ("Statens servicecenter har flyttat", "<h1>Statens servicecenter har flyttat</h1><p>Statens servicecenter i Ödebo finns nu på Järnvägsgatan 3.</p>"),
}
s["pages"].update(common_pages("Ödebo"))
s["hits"] = {"kontakt ödebo": ["/kontakt-odebo.asp"]}
SITES_DATA.append(s)

# ---------------------------------------------------------------- 9520 Grävsta (5) soup
s = base("9520", "Grävsta", "04", "Södermanlands län", "soup", "08-465 004 00", "gravsta.se", "Rådhusgatan 5")
s["iconbar"] = ('<a class="k3" href="#lyssna"><i class="gi gi-ear"></i><span class="vh">Lyssna</span></a>'
                '<a class="k3" href="/lattlast/"><i class="gi gi-book"></i><span class="vh">Lättläst</span></a>'
                '<a class="k3" href="/en/"><i class="gi gi-globe"></i><span class="vh">In English</span></a>'
                '<a class="k3" href="/teckensprak/">Teckenspråk</a>'
                '<a class="k3" href="/kontaktcenter/"><i class="gi gi-headset"></i><span class="vh">Kontaktcenter</span></a>')
s["nav"] = area_nav(extra_top=[("Kontakt", "/kontakt", [])])
s["redirects"] = {"/kontakt": ["/kontaktcenter/", 301]}
s["pages"] = {
    "/": ("Startsida", front(
        '<div class="b1"><div class="b2">Grävsta – staden vid ån</div><div class="b3"><a href="/barn-och-utbildning/">Skola</a> <a href="/omsorg-och-stod/">Omsorg</a> <a href="/kultur-och-fritid/">Fritid</a></div></div>',
        [("Grävstadagen 2026", "/nyheter/gravstadagen/", "Välkommen till årets stadsfest."),
         ("Nytt bibliotek i Åby", "/nyheter/bibliotek/", "Invigning 3 juni.")])),
    "/kontaktcenter/": ("Kontaktcenter", """<div class="h1x"><h1>Kontaktcenter</h1></div>
<div class="t4">Hos oss kan du få hjälp med bland annat:</div>
<div class="t5"><div>- ansökan om förskoleplats</div><div>- frågor om bygglov</div><div>- felanmälan av gator och belysning</div><div>- avgifter för vatten och avfall</div></div>
<div class="t6"><button class="b7" onclick="openChat()"><i class="gi gi-chat"></i> Chatta med oss</button></div>
<div class="t6"><a href="/kontaktcenter/formular/">Skriv till oss i kontaktformuläret</a></div>
<div class="t6">Telefon 08-465 004 10</div>
<div class="c9"><b>Johanna Berg</b><br>Chef, Kontaktcenter<br>08-465 004 11</div>"""),
    "/kontaktcenter/formular/": ("Kontaktformulär", '<h1>Kontaktformulär</h1><form action="/kontaktcenter/formular/" method="post"><label>Namn <input name="n"></label><label>Ditt ärende <textarea name="t"></textarea></label><button>Skicka</button></form>'),
    "/nyheter/gravstadagen/": ("Grävstadagen 2026", "<h1>Grävstadagen 2026</h1><p>Program på torget hela dagen.</p>"),
    "/nyheter/bibliotek/": ("Nytt bibliotek i Åby", "<h1>Nytt bibliotek i Åby</h1><p>Biblioteket öppnar 3 juni.</p>"),
}
s["pages"].update(common_pages("Grävsta"))
s["hits"] = {"kontaktcenter": ["/kontaktcenter/"]}
SITES_DATA.append(s)

# ---------------------------------------------------------------- 9521 Hedeby (2) aria
s = base("9521", "Hedeby", "08", "Kalmar län", "aria", "040-628 04 00", "hedeby.se", "Stora torget 3")
s["nav"] = area_nav(extra_top=[("Kontakt", "/kontakt/", [])])
s["pages"] = {
    "/": ("Startsida", front(
        '<div class="hero" role="region" aria-label="Välkommen"><h1>Hedeby kommun</h1><p>Vid kusten, nära naturen.</p><a href="/bygga-bo-och-miljo/">Bygga och bo</a> <a href="/barn-och-utbildning/">Skola</a></div>',
        [("Hedeby Energi kundtjänst byter telefonnummer", "/nyheter/energi/", "Det nya numret gäller från 1 juni."),
         ("Sommarjobb för ungdomar", "/nyheter/sommarjobb/", "Sök senast 30 april.")])),
    "/lattlast/kontakta-kommunen/": ("Så kontaktar du kommunen – lättläst", """<h1>Så kontaktar du kommunen</h1>
<p>Har du en fråga till kommunen? Då kan du vända dig till Medborgarkontoret.</p>
<p>På Medborgarkontoret kan du få hjälp. Du kan fråga om skolan, om hjälp i hemmet och om sophämtning.</p>
<p>Du kan ringa till oss. Numret är 040-628 04 50.</p>
<p>Du kan också komma till oss. Vi finns på Stora torget 3 i Hedeby.</p>"""),
    "/kontakt/": ("Kontakt", "<h1>Kontakt</h1><p>Växel: 040-628 04 00</p><p>E-post: kommun@hedeby.se</p><p>Postadress: 999 21 Hedeby</p>"),
    "/nyheter/energi/": ("Hedeby Energi kundtjänst byter telefonnummer", "<h1>Hedeby Energi kundtjänst byter telefonnummer</h1><p>Hedeby Energi AB:s kundtjänst nås från 1 juni på 040-628 04 95.</p>"),
    "/nyheter/sommarjobb/": ("Sommarjobb för ungdomar", "<h1>Sommarjobb för ungdomar</h1><p>Ungdomar födda 2009 och 2010 kan söka.</p>"),
}
s["pages"].update(common_pages("Hedeby", [("Så kontaktar du kommunen", "/lattlast/kontakta-kommunen/")]))
s["hits"] = {"medborgarkontoret": ["/lattlast/kontakta-kommunen/"], "medborgarkontor": ["/lattlast/kontakta-kommunen/"]}
SITES_DATA.append(s)

# ---------------------------------------------------------------- 9522 Västrum (1) drupal
s = base("9522", "Västrum", "03", "Uppsala län", "drupal", "08-465 004 50", "vastrum.se", "Kungsgatan 8")
s["topbar"] = [("Lyssna", "#lyssna", '<i class="fa fa-volume-up" aria-hidden="true"></i> '),
               ("Lättläst", "/lattlast/", '<i class="fa fa-book" aria-hidden="true"></i> '),
               ("Teckenspråk", "/teckensprak/", '<i class="fa fa-sign-language" aria-hidden="true"></i> '),
               ("In English", "/en/", '<i class="fa fa-globe" aria-hidden="true"></i> ')]
s["nav"] = area_nav(extra_top=[("Kontakta oss", "/kontakta-oss/", [])])
s["search_param"] = "keys"
s["footer_extra"] = '<div class="block"><h2 class="block-title">Västrum Vatten AB</h2><p>Kundtjänst för VA och renhållning: 08-465 004 90</p></div>'
s["pages"] = {
    "/": ("Startsida", front(
        '<div class="block block-hero"><h1>Välkommen till Västrum</h1><ul class="quick"><li><a href="/barn-och-utbildning/"><i class="fa fa-child" aria-hidden="true"></i> Skola</a></li><li><a href="/omsorg-och-stod/"><i class="fa fa-heart" aria-hidden="true"></i> Omsorg</a></li></ul></div>',
        [("Skatteverkets servicekontor har nya öppettider", "/nyheter/skatteverket/", "Skatteverkets servicekontor i Västrum har öppet tisdagar och torsdagar."),
         ("Ny detaljplan för Ängen", "/nyheter/detaljplan/", "Samråd till 15 maj.")])),
    "/en/contact/": ("Contact us", '<h1 lang="en">Contact us</h1><div lang="en"><p>For general questions, call Kundtjänst, the municipality\'s customer service, on 08-465 004 60.</p></div>'),
    "/kontakta-oss/": ("Kontakta oss", "<h1>Kontakta oss</h1><p>Växel: 08-465 004 50</p><p>E-post: kommun@vastrum.se</p><p>Besöksadress: Kungsgatan 8</p>"),
    "/nyheter/skatteverket/": ("Skatteverkets servicekontor har nya öppettider", "<h1>Skatteverkets servicekontor har nya öppettider</h1><p>Statens servicekontor i Västrum har öppet tisdagar och torsdagar 10–16.</p>"),
    "/nyheter/detaljplan/": ("Ny detaljplan för Ängen", "<h1>Ny detaljplan för Ängen</h1><p>Lämna synpunkter till samhällsbyggnadsförvaltningen.</p>"),
}
s["pages"].update(common_pages("Västrum", en_body='<ul><li><a href="/en/contact/">Contact us</a></li></ul>'))
s["hits"] = {"kundtjänst": ["/en/contact/"]}
SITES_DATA.append(s)

# ---------------------------------------------------------------- 9523 Ekträsk (0) episerver
s = base("9523", "Ekträsk", "21", "Gävleborgs län", "episerver", "0980-319 240", "ektrask.se", "Bruksgatan 2")
s["nav"] = area_nav(extra_top=[("Kontakta oss", "/kontakta-oss/", [])],
                    extra_sub={"/bygga-bo-och-miljo/": [("Bygglovsservice", "/bygga-bo-och-miljo/bygglovsservice/")]})
s["footer_extra"] = '<div class="Footer__col"><h2>Kommunala bolag</h2><p>Ekträsk Bostäder AB kundcenter: 0980-319 250</p></div>'
s["pages"] = {
    "/": ("Startsida", front(
        '<section class="Hero"><h1>Ekträsk – en bruksort med framtid</h1><div class="Puffs">'
        '<a class="Puff" href="/naringsliv-och-arbete/scf/"><strong><abbr title="Servicecenter för företag">SCF</abbr> – Servicecenter för företag</strong><span>En väg in för dig som driver företag</span></a>'
        '<a class="Puff" href="/barn-och-utbildning/"><strong>Förskola och skola</strong></a></div></section>',
        [("Statens servicekontor öppnar i Ekträsk", "/nyheter/statens-servicekontor/", "Här kan du få hjälp med Skatteverkets och Försäkringskassans tjänster."),
         ("Grannviks kommuns kontaktcenter tar över kvällsjouren", "/nyheter/grannvik/", "Gäller felanmälan av vatten efter klockan 17.")])),
    "/naringsliv-och-arbete/scf/": ("Servicecenter för företag", """<h1>Servicecenter för företag</h1>
<p><abbr title="Servicecenter för företag">SCF</abbr> hjälper dig som driver eller vill starta företag med tillstånd, livsmedelskontroll och upphandling.</p>
<p>Telefon 0980-319 245, e-post scf@ektrask.se</p><p>Enhetschef för Servicecenter för företag: Linnea Öst</p>"""),
    "/bygga-bo-och-miljo/bygglovsservice/": ("Bygglovsservice", "<h1>Bygglovsservice</h1><p>Bygglovsservice svarar på frågor om bygglov måndag–torsdag 9–11. Telefon 0980-319 246.</p>"),
    "/kontakta-oss/": ("Kontakta oss", "<h1>Kontakta oss</h1><p>Ring växeln på 0980-319 240 så kopplar vi dig rätt.</p><p>E-post: kommun@ektrask.se</p><p>Hör av dig om du undrar något!</p>"),
    "/nyheter/statens-servicekontor/": ("Statens servicekontor öppnar i Ekträsk", "<h1>Statens servicekontor öppnar i Ekträsk</h1><p>Statens servicecenter öppnar ett servicekontor i kommunhuset.</p>"),
    "/nyheter/grannvik/": ("Grannviks kommuns kontaktcenter tar över kvällsjouren", "<h1>Grannviks kommuns kontaktcenter tar över kvällsjouren</h1><p>Efter klockan 17 svarar Grannviks kommuns kontaktcenter på felanmälan av vatten och avlopp.</p>"),
}
s["pages"].update(common_pages("Ekträsk"))
s["hits"] = {"kontaktcenter": ["/nyheter/grannvik/"], "servicecenter": ["/naringsliv-och-arbete/scf/"]}
SITES_DATA.append(s)

# ---------------------------------------------------------------- 9524 Sjöhamra (unreachable)
s = base("9524", "Sjöhamra", "05", "Östergötlands län", "semantic", "031-390 06 50", "sjohamra.se", "Hamngatan 1")
s["nav"] = area_nav(extra_top=[("Kontaktcenter", "/kontaktcenter/", [])])
s["front_status"] = 503
s["pages"] = {
    "/": ("Startsida", front('<section class="hero"><h1>Sjöhamra kommun</h1></section>', [])),
    "/kontaktcenter/": ("Kontaktcenter", "<h1>Kontaktcenter</h1><p>Vi svarar på frågor om skola och omsorg. Telefon 031-390 06 51, e-post kc@sjohamra.se.</p><p>Enhetschef: Sara Ny</p>"),
}
s["hits"] = {"kontaktcenter": ["/kontaktcenter/"]}
SITES_DATA.append(s)
