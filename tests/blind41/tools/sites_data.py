"""Content of the ten fictional sites of tests/blind41 (typed here, written out by build_sites.py)."""
from __future__ import annotations


def area(h1, intro, links=()):
    li = "".join(f'<li><a href="{p}">{t}</a></li>' for t, p in links)
    return f"<h1>{h1}</h1><p>{intro}</p>" + (f'<ul class="area-links">{li}</ul>' if li else "")


def base(code, name, lan_kod, lan, family, dom, vaxel, street, **kw):
    s = dict(code=code, name=name, lan_kod=lan_kod, lan=lan, family=family,
             postaddr=f"{name} kommun, 999 {code[2:]} {name}", visit=f"{street}, {name}",
             vaxel=vaxel, email=f"kommun@{dom}", orgnr=f"212000-{code}",
             tillg="/tillganglighet/", lattlast="/lattlast/", english="/in-english/",
             front_path="/", news_list="/nyheter/", slogan="Här bor, verkar och trivs vi.",
             search={"path": "/sok/", "param": "q", "hits": {}}, header_links=[], hero_cards=[])
    s.update(kw)
    return s


SITES = []

# --------------------------------------------------------------------------- 9387 Ulvhamra (semantic) 5
SITES.append(base(
    "9387", "Ulvhamra", "01", "Stockholms län", "semantic", "ulvhamra.se", "08-465 004 00", "Kyrkvägen 4",
    menu=[("Omsorg och hjälp", "/omsorg/", []), ("Skola och förskola", "/skola/", []),
          ("Bygga och bo", "/bygga-bo/", []), ("Kommun och politik", "/kommun-politik/", []),
          ("Kontaktcenter", "/kontaktcenter/", [])],
    hero_cards=[("Ansök om förskoleplats", "/skola/"), ("Sophämtning", "/bygga-bo/"), ("Lediga jobb", "/kommun-politik/")],
    news=[("/nyheter/nya-tider-aterbruket/", "Nya öppettider på Återbruket", "2026-11-02",
           "Återbruket vid Kvarnbacken har öppet även på lördagar.",
           "<p>Från 1 december har Återbruket öppet lördagar 10–14.</p>"),
          ("/nyheter/forsakringskassan-kundcenter/", "Försäkringskassans kundcenter flyttar från Ulvhamra", "2026-10-15",
           "Försäkringskassan stänger sitt lokala kontor vid torget.",
           "<p>Försäkringskassans kundcenter nås i stället på myndighetens eget nummer. "
           "Kommunen kan inte svara på frågor om försäkringsärenden.</p>"),
          ("/nyheter/budget-2027/", "Budget för 2027 är antagen", "2026-09-30",
           "Kommunfullmäktige har antagit budgeten.", "<p>Mer pengar går till skolan.</p>")],
    pages={
        "/omsorg/": ("omsorg.html", "Omsorg och hjälp", area("Omsorg och hjälp", "Hemtjänst, särskilt boende och stöd till anhöriga.")),
        "/skola/": ("skola.html", "Skola och förskola", area("Skola och förskola", "Ansök om plats i förskola och fritidshem i e-tjänsten.")),
        "/bygga-bo/": ("bygga-bo.html", "Bygga och bo", area("Bygga och bo", "Bygglov, avfall, vatten och avlopp.")),
        "/kommun-politik/": ("kommun-politik.html", "Kommun och politik",
                             area("Kommun och politik", "Politik, organisation och lediga jobb.",
                                  [("Organisation", "/kommun-politik/organisation/")])),
        "/kommun-politik/organisation/": ("organisation.html", "Organisation",
            "<h1>Organisation</h1><p>Kommunstyrelsens förvaltning leds av kommundirektör Tomas Vall. "
            "Förvaltningen har avdelningarna ekonomi, HR, kommunikation och kontaktcenter.</p>"),
        "/kontaktcenter/": ("kontaktcenter.html", "Kontaktcenter", """<h1>Kontaktcenter</h1>
<p class="lead">Kontaktcenter är din första kontakt med Ulvhamra kommun. Många frågor får du svar på direkt.</p>
<h2>Vanliga frågor till oss</h2>
<div class="faq">
<h3>Hur ansöker jag om plats i förskolan?</h3><p>Du ansöker i e-tjänsten senast fyra månader innan du behöver platsen.</p>
<h3>När töms mitt sopkärl?</h3><p>Hämtningsschemat för ditt område får du av oss eller i Mina sidor.</p>
<h3>Hur söker jag parkeringstillstånd för rörelsehindrade?</h3><p>Vi skickar blanketten och hjälper dig att fylla i den.</p>
<h3>Vart vänder jag mig med en felanmälan om gatubelysning?</h3><p>Ring oss, så skickar vi ärendet vidare till gatuenheten.</p>
</div>
<h2>Så når du oss</h2>
<p>Ring <a href="tel:+46846500410">08-465 004 10</a></p>
<h3>Telefontider</h3>
<dl class="hours"><dt>Måndag–torsdag</dt><dd>08.00–17.00</dd><dt>Fredag</dt><dd>08.00–15.00</dd><dt>Dag före röd dag</dt><dd>08.00–12.00</dd></dl>
<aside class="contact-card"><h2>Ansvarig</h2><p><strong>Lena Ekdahl</strong><br>Enhetschef för kontaktcenter</p></aside>"""),
    },
    search={"path": "/sok/", "param": "q", "hits": {"kontaktcenter": ["/kontaktcenter/"]}},
))

# --------------------------------------------------------------------------- 9388 Sjöbacka (sitevision) 4
SV = "/kommun-och-politik/servicecenter.4.5f3e21a18c.html"
SITES.append(base(
    "9388", "Sjöbacka", "14", "Västra Götalands län", "sitevision", "sjobacka.se", "031-390 06 00", "Hamngatan 12",
    menu=[("Barn och utbildning", "/barn-och-utbildning.4.11a.html", [("Förskola", "/barn-och-utbildning/forskola.4.12a.html")]),
          ("Omsorg och stöd", "/omsorg-och-stod.4.13a.html", []),
          ("Näringsliv", "/naringsliv.4.14a.html", [("Servicecenter för företag", "/naringsliv/servicecenter-for-foretag.4.15a.html")]),
          ("Kommun och politik", "/kommun-och-politik.4.16a.html", [("Organisation", "/kommun-och-politik/organisation.4.17a.html")])],
    hero_cards=[("Servicecenter – vi hjälper dig", SV), ("Lediga jobb", "/kommun-och-politik.4.16a.html"),
                ("Förskola", "/barn-och-utbildning/forskola.4.12a.html")],
    news_list="/nyheter.4.20a.html",
    news=[("/nyheter/2026-11-10-julmarknad.4.21a.html", "Julmarknad på Hamntorget", "2026-11-10",
           "Välkommen till julmarknaden den 13 december.", "<p>Över 40 utställare.</p>"),
          ("/nyheter/2026-10-01-energi.4.22a.html", "Sjöbacka Energi byter elmätare", "2026-10-01",
           "Under hösten byter Sjöbacka Energi AB elmätare i centrala Sjöbacka.",
           "<p>Frågor om bytet ställs till Sjöbacka Energi AB:s kundtjänst, 031-390 06 90.</p>")],
    tillg="/tillganglighet.4.30a.html", lattlast="/lattlast.4.31a.html", english="/in-english.4.32a.html",
    footer_extra='<div class="footer-col"><h2>Bolag</h2><p>Sjöbacka Energi AB kundtjänst: 031-390 06 90</p></div>',
    pages={
        "/barn-och-utbildning.4.11a.html": ("barn.html", "Barn och utbildning", area("Barn och utbildning", "Förskola, grundskola och gymnasium.",
                                            [("Förskola", "/barn-och-utbildning/forskola.4.12a.html")])),
        "/barn-och-utbildning/forskola.4.12a.html": ("forskola.html", "Förskola", area("Förskola", "Ansök om plats via e-tjänsten.")),
        "/omsorg-och-stod.4.13a.html": ("omsorg.html", "Omsorg och stöd", area("Omsorg och stöd", "Hemtjänst och boende.")),
        "/naringsliv.4.14a.html": ("naringsliv.html", "Näringsliv", area("Näringsliv", "För dig som driver företag.",
                                   [("Servicecenter för företag", "/naringsliv/servicecenter-for-foretag.4.15a.html")])),
        "/naringsliv/servicecenter-for-foretag.4.15a.html": ("foretag.html", "Servicecenter för företag",
            "<h1>Servicecenter för företag</h1><p>Vi hjälper företagare med tillstånd för serveringar, livsmedel och "
            "bygglov. Telefon 031-390 06 40, foretag@sjobacka.se.</p><p>Näringslivschef: Björn Falk</p>"),
        "/kommun-och-politik.4.16a.html": ("kommun.html", "Kommun och politik", area("Kommun och politik", "Organisation och politik.",
                                           [("Servicecenter", SV), ("Organisation", "/kommun-och-politik/organisation.4.17a.html")])),
        "/kommun-och-politik/organisation.4.17a.html": ("organisation.html", "Organisation",
            "<h1>Organisation</h1><p>Kommundirektör: Helena Strand. Servicecenter är en del av kommunledningskontoret.</p>"),
        SV: ("servicecenter.html", "Servicecenter", """<div class="sv-layout"><div class="sv-portlet sv-text-portlet"><h1 class="subheading">Servicecenter</h1>
<p class="normal">Servicecenter tar emot dina frågor och ärenden till Sjöbacka kommun.</p>
<p><a class="sv-button sv-button--primary" href="tel:+46313900610">Ring 031-390 06 10</a></p>
<p>Vi har öppet vardagar klockan 8–16.30, lunchstängt 12–13.</p></div>
<div class="sv-portlet tabs"><div role="tablist" aria-label="Servicecenter">
<button role="tab" id="t1" aria-selected="true" aria-controls="p1">Det här hjälper vi dig med</button>
<button role="tab" id="t2" aria-selected="false" aria-controls="p2">Bli uppringd</button></div>
<div role="tabpanel" id="p1" aria-labelledby="t1"><ul>
<li>Ansökan om bygglov och andra tillstånd</li><li>Avgifter för barnomsorg</li>
<li>Felanmälan av gator, parker och belysning</li><li>Avfallshämtning och slamtömning</li></ul></div>
<div role="tabpanel" id="p2" aria-labelledby="t2" hidden><p>Är det kö? Lämna ditt nummer så ringer vi upp dig
samma dag. <a href="/kommun-och-politik/servicecenter/bli-uppringd.4.18a.html">Beställ uppringning</a></p></div></div>
<div class="sv-portlet sv-contact"><h2>Kontaktperson</h2><p>Jonas Brink, kommunvägledare</p></div>
<p class="sv-page-info">Sidansvarig: Emma Lund. Senast uppdaterad 2026-10-20.</p></div>"""),
        "/kommun-och-politik/servicecenter/bli-uppringd.4.18a.html": ("bli-uppringd.html", "Bli uppringd",
            '<h1>Bli uppringd</h1><form action="#" method="post"><label>Namn <input name="namn"></label>'
            '<label>Telefonnummer <input name="tfn"></label><button type="submit">Skicka</button></form>'),
    },
    search={"path": "/sok.4.40a.html", "param": "query", "hits": {"servicecenter": [SV]}},
))

# --------------------------------------------------------------------------- 9389 Tornvik (municipio drawer) 3
MS = "/kommun-och-politik/medborgarservice/"
SITES.append(base(
    "9389", "Tornvik", "12", "Skåne län", "municipio", "tornvik.se", "040-628 04 00", "Stortorget 1",
    menu=[("Barn och utbildning", "/barn-och-utbildning/", [("Grundskola", "/barn-och-utbildning/grundskola/")]),
          ("Omsorg", "/omsorg/", []), ("Bygga och bo", "/bygga-och-bo/", []),
          ("Kommun och politik", "/kommun-och-politik/", [("Medborgarservice", MS), ("Organisation", "/kommun-och-politik/organisation/")])],
    header_links=[("Kontakt", "/kontakt/")],
    hero_cards=[("Lediga jobb", "/kommun-och-politik/"), ("Skolval", "/barn-och-utbildning/grundskola/")],
    news=[("/nyheter/skatteverket-servicekontor/", "Skatteverkets servicekontor har nya öppettider", "2026-11-05",
           "Servicekontoret i Tornvik har öppet tisdagar och torsdagar.",
           "<p>Statens servicekontor hjälper till med id-kort och deklaration. Kontakta Skatteverket för frågor.</p>"),
          ("/nyheter/lekplats/", "Ny lekplats i Ekparken", "2026-10-20", "Lekplatsen invigs i november.", "<p>Välkomna!</p>")],
    pages={
        "/barn-och-utbildning/": ("barn.html", "Barn och utbildning", area("Barn och utbildning", "Förskola och skola.", [("Grundskola", "/barn-och-utbildning/grundskola/")])),
        "/barn-och-utbildning/grundskola/": ("grundskola.html", "Grundskola", area("Grundskola", "Skolval görs i januari.")),
        "/omsorg/": ("omsorg.html", "Omsorg", area("Omsorg", "Hemtjänst och särskilt boende.")),
        "/bygga-och-bo/": ("bygga.html", "Bygga och bo", area("Bygga och bo", "Bygglov och avfall.")),
        "/kommun-och-politik/": ("kommun.html", "Kommun och politik", area("Kommun och politik", "Politik och organisation.",
                                 [("Medborgarservice", MS), ("Organisation", "/kommun-och-politik/organisation/")])),
        "/kommun-och-politik/organisation/": ("organisation.html", "Organisation",
            "<h1>Organisation</h1><p>Kommunledningsförvaltningen leds av kommundirektör Sara Ahlgren.</p>"),
        "/kontakt/": ("kontakt.html", "Kontakt",
            "<h1>Kontakt</h1><p>Hör av dig om du undrar något.</p><p>Växel: 040-628 04 00<br>Registrator: registrator@tornvik.se</p>"),
        MS: ("medborgarservice.html", "Medborgarservice", """<article class="c-article"><h1>Medborgarservice</h1>
<p class="lead">Medborgarservice vägleder dig i kontakten med kommunen.</p>
<h2>Det här kan vi hjälpa dig med</h2>
<div class="o-grid">
<div class="c-card"><div class="c-card__body"><h3 class="c-card__title">Bostadsanpassning</h3><p>Ansökan och handläggningstider.</p></div></div>
<div class="c-card"><div class="c-card__body"><h3 class="c-card__title">Färdtjänst</h3><p>Tillstånd och resor.</p></div></div>
<div class="c-card"><div class="c-card__body"><h3 class="c-card__title">Skolskjuts</h3><p>Regler och ansökan.</p></div></div>
<div class="c-card"><div class="c-card__body"><h3 class="c-card__title">Synpunkter och klagomål</h3><p>Vi tar emot och skickar vidare.</p></div></div>
</div>
<h2>Kontakta Medborgarservice</h2>
<p><button type="button" class="c-button chat-launcher" data-chat="tornvik">Chatta med oss</button></p>
<p>E-post: medborgarservice [at] tornvik.se</p>
<div class="c-contact"><p>Kontaktperson: Amir Haddad, kommunvägledare</p></div>
<p><a href="/kommun-och-politik/organisation/">Så är kommunen organiserad</a></p>
</article>"""),
    },
    search={"path": "/", "param": "s", "hits": {"medborgarservice": [MS]}},
))

# --------------------------------------------------------------------------- 9390 Algrena (bootstrap) 4
SITES.append(base(
    "9390", "Algrena", "25", "Norrbottens län", "bootstrap", "algrena.se", "0980-319 200", "Gruvvägen 2",
    menu=[("Utbildning", "/utbildning/", [("Förskola", "/utbildning/forskola/")]), ("Omsorg", "/omsorg/", []),
          ("Bo och miljö", "/bo-miljo/", []), ("Kundcenter", "/kundcenter/", [])],
    hero_cards=[("Lediga jobb", "/omsorg/"), ("Snöröjning", "/bo-miljo/")],
    news=[("/nyheter/snorojning/", "Så prioriteras snöröjningen", "2026-11-20", "Huvudgator plogas först.", "<p>Villagator sist.</p>"),
          ("/nyheter/algrenahem/", "Algrenahem bygger nytt i centrum", "2026-10-02",
           "Det kommunala bostadsbolaget bygger 40 lägenheter.", "<p>Intresseanmälan görs hos Algrenahem AB:s kundcenter.</p>")],
    footer_extra='<div class="footer-col"><h2>Bolag</h2><p>Algrenahem AB kundcenter 0980-319 280</p></div>',
    pages={
        "/utbildning/": ("utbildning.html", "Utbildning", area("Utbildning", "Förskola och skola.", [("Förskola", "/utbildning/forskola/")])),
        "/utbildning/forskola/": ("forskola.html", "Förskola", area("Förskola", "Ansökan görs i e-tjänsten.")),
        "/omsorg/": ("omsorg.html", "Omsorg", area("Omsorg", "Äldreomsorg och stöd.")),
        "/bo-miljo/": ("bomiljo.html", "Bo och miljö", area("Bo och miljö", "Snöröjning, avfall och vatten.")),
        "/kundcenter/": ("kundcenter.html", "Kundcenter", """<div class="row"><div class="col-lg-8">
<h1 class="display-5">Kundcenter</h1>
<p class="lead">Välkommen till Kundcenter! Vi finns här för dig. Hör av dig om du undrar något, så hjälper vi dig vidare.</p>
<p>Telefon: <a href="tel:+460980319210">0980-319 210</a><br>E-post: <a href="mailto:kundcenter@algrena.se">kundcenter@algrena.se</a></p>
<table class="table table-sm w-auto"><caption>Öppettider</caption><tbody>
<tr><th scope="row">Måndag–torsdag</th><td>8–16</td></tr><tr><th scope="row">Fredag</th><td>8–15</td></tr></tbody></table>
</div><div class="col-lg-4"><div class="card"><div class="card-body"><h2 class="h5 card-title">Kundcenterchef</h2>
<p class="card-text">Maria Holm</p></div></div></div></div>"""),
    },
    search={"path": "/sok/", "param": "q", "hits": {"kundcenter": ["/kundcenter/"]}},
))

# --------------------------------------------------------------------------- 9391 Bergsmora (table, Latin-1) 2
SITES.append(base(
    "9391", "Bergsmora", "14", "Västra Götalands län", "table", "bergsmora.se", "031-390 06 00", "Storgatan 5",
    encoding="latin-1", front_path="/start.asp", news_list="/nyheter.asp",
    tillg="/tillganglighet.asp", lattlast="/lattlast.asp", english="/in-english.asp",
    redirects={"/": ["/start.asp", 302]},
    menu=[("Skola", "/skola.asp", []), ("Omsorg", "/omsorg.asp", []), ("Bygga och bo", "/bygga.asp", []),
          ("Kommunen", "/kommunen.asp", [])],
    hero_cards=[("E-tjänster", "/kommunen.asp"), ("Lediga jobb", "/kommunen.asp")],
    news=[("/nyhet.asp", "Servicekontoret har flyttat till biblioteket", "2026-11-12",
           "Servicekontoret finns nu i biblioteket vid Storgatan.",
           '<p>Läs mer om <a href="/servicekontoret.asp">Servicekontoret</a>.</p>'),
          ("/nyhet2.asp", "Vattenläcka på Ängsvägen", "2026-11-01", "Läckan är lagad.", "<p>Tack för ert tålamod.</p>")],
    pages={
        "/skola.asp": ("skola.html", "Skola", area("Skola", "Grundskola och gymnasium.")),
        "/omsorg.asp": ("omsorg.html", "Omsorg", area("Omsorg", "Hemtjänst och boende.")),
        "/bygga.asp": ("bygga.html", "Bygga och bo", area("Bygga och bo", "Bygglov och detaljplaner.")),
        "/kommunen.asp": ("kommunen.html", "Kommunen", area("Kommunen", "Politik, organisation och e-tjänster.",
                          [("Servicekontoret", "/servicekontoret.asp")])),
        "/servicekontoret.asp": ("servicekontoret.html", "Servicekontoret", """<h1>Servicekontoret</h1>
<p>På Servicekontoret hjälper vi dig med frågor om hemtjänst, bygglov, avgifter för barnomsorg och sophämtning.</p>
<p>Ring kommunens växel 031-390 06 00 och fråga efter Servicekontoret.</p>
<p><i>Handläggare: Gun Persson</i></p>"""),
    },
    sitemap=["/start.asp", "/servicekontoret.asp", "/kommunen.asp"],
    search={"path": "/sok.asp", "param": "sokord", "hits": {"servicekontoret": ["/servicekontoret.asp"]}},
))

# --------------------------------------------------------------------------- 9392 Klövsta (soup) 3
SITES.append(base(
    "9392", "Klövsta", "03", "Uppsala län", "soup", "klovsta.se", "08-465 004 00", "Torggatan 8",
    menu=[("Förskola och skola", "/skola/", []), ("Omsorg", "/omsorg/", []), ("Bygga och bo", "/bygga/", []),
          ("Uppleva och göra", "/uppleva/", [])],
    header_links=[("Kontakta oss", "/kontakta-oss/")],
    footer_links='<li><a href="/kontaktcenter/">Kontaktcenter</a></li>',
    hero_cards=[("Felanmälan", "/bygga/"), ("Bibliotek", "/uppleva/")],
    news=[("/nyheter/isbana/", "Isbanan på torget öppnar", "2026-12-01", "Skridskor kan lånas gratis.", "<p>Öppet varje dag.</p>"),
          ("/nyheter/grannkommun/", "Samarbete om räddningstjänst", "2026-10-11", "Klövsta och grannkommunen samarbetar.",
           "<p>Avtalet gäller från 2027.</p>")],
    pages={
        "/skola/": ("skola.html", "Förskola och skola", area("Förskola och skola", "Plats i förskola och skolskjuts.")),
        "/omsorg/": ("omsorg.html", "Omsorg", area("Omsorg", "Stöd och omsorg.")),
        "/bygga/": ("bygga.html", "Bygga och bo", area("Bygga och bo", "Bygglov och felanmälan.")),
        "/uppleva/": ("uppleva.html", "Uppleva och göra", area("Uppleva och göra", "Bibliotek och idrott.")),
        "/kontakta-oss/": ("kontakta-oss.html", "Kontakta oss",
            "<div class='h1x'><h1>Kontakta oss</h1></div><div class='t4'><p>Växel: 08-465 004 00</p>"
            "<p>Postadress: Klövsta kommun, 999 92 Klövsta</p><p>Politiker når du via kommunens växel.</p></div>"),
        "/kontaktcenter/": ("kontaktcenter.html", "Kontaktcenter", """<div class="h1x"><h1>Kontaktcenter</h1></div>
<div class="t4"><p>Hos Kontaktcenter kan du få hjälp med frågor om bygglov, parkeringstillstånd, skolskjuts och
felanmälan av gatubelysning. Ofta kan vi lösa ärendet direkt.</p>
<div class="b7"><span class="lbl">Telefon:</span> 08-465 004 22</div>
<div class="b7"><a class="btn2" href="/kontaktcenter/boka-besok/">Boka besök</a> Träffa oss i kommunhuset på en tid som passar dig.</div>
<div class="b7"><a class="btn2" href="/kontaktcenter/bli-uppringd/">Ring mig</a> Vi ringer upp inom en arbetsdag.</div></div>"""),
        "/kontaktcenter/boka-besok/": ("boka-besok.html", "Boka besök",
            "<h1>Boka besök hos Kontaktcenter</h1><form action='#'><label>Välj dag <input type='date' name='dag'></label>"
            "<button>Boka</button></form>"),
        "/kontaktcenter/bli-uppringd/": ("bli-uppringd.html", "Ring mig",
            "<h1>Ring mig</h1><form action='#'><label>Telefon <input name='tfn'></label><button>Skicka</button></form>"),
    },
    search={"path": "/sok/", "param": "q", "hits": {"kontaktcenter": ["/kontaktcenter/"]}},
))

# --------------------------------------------------------------------------- 9393 Hedemyra (drupal) 2
SITES.append(base(
    "9393", "Hedemyra", "21", "Gävleborgs län", "drupal", "hedemyra.se", "031-390 06 00", "Torget 1",
    tillg="/tillganglighet", lattlast="/lattlast", english="/in-english", news_list="/nyheter",
    menu=[("Barn och skola", "/barn-och-skola", []), ("Omsorg", "/omsorg", []), ("Bo och bygga", "/bo-och-bygga", []),
          ("Kommun och politik", "/kommun-och-politik", [])],
    hero_cards=[("Skolmat", "/barn-och-skola"), ("Sophämtning", "/bo-och-bygga")],
    news=[("/nyheter/vinterdack", "Kommunens bilar byter till vinterdäck", "2026-10-28", "Det gäller hela bilparken.", "<p>Klart i november.</p>"),
          ("/nyheter/medborgardialog", "Medborgardialog om nya torget", "2026-10-10", "Tyck till om torgets utformning.", "<p>Möte i biblioteket.</p>")],
    pages={
        "/barn-och-skola": ("barn.html", "Barn och skola", area("Barn och skola", "Förskola och grundskola.")),
        "/omsorg": ("omsorg.html", "Omsorg", area("Omsorg", "Stöd och omsorg.")),
        "/bo-och-bygga": ("bo.html", "Bo och bygga", area("Bo och bygga", "Bygglov och avfall.")),
        "/kommun-och-politik": ("kommun.html", "Kommun och politik",
            area("Kommun och politik", "Här hittar du politik, organisation och Medborgarkontoret i kommunhuset.",
                 [("Medborgarkontoret", "/kommun-och-politik/medborgarkontoret"), ("Organisation", "/kommun-och-politik/organisation")])),
        "/kommun-och-politik/organisation": ("organisation.html", "Organisation",
            "<h1>Organisation</h1><p>Kommundirektör: Ulf Bergqvist.</p>"),
        "/kommun-och-politik/medborgarkontoret": ("medborgarkontoret.html", "Medborgarkontoret", """<article class="node node--type-page">
<h1 class="page-title"><span class="field--name-title">Medborgarkontoret</span></h1>
<div class="field field--name-body"><p>På Medborgarkontoret får du vägledning i ärenden som rör kommunen.</p>
<h2>Ärenden vi hjälper till med</h2>
<dl class="arenden"><dt>Bostadsanpassning</dt><dd>Vi hjälper dig att fylla i ansökan.</dd>
<dt>Färdtjänst</dt><dd>Vi lämnar ut blanketter och svarar på frågor om tillstånd.</dd>
<dt>Budget- och skuldrådgivning</dt><dd>Vi bokar tid hos kommunens rådgivare.</dd></dl>
<h2>Besök oss</h2><p>Besöksadress: Kommunhuset, Torget 1, Hedemyra</p>
<table class="oppettider"><caption>Öppettider</caption><tr><th>Måndag–torsdag</th><td>9–16</td></tr><tr><th>Fredag</th><td>9–13</td></tr></table>
<p>Samhällsvägledare: Per Nyström</p></div></article>"""),
    },
    search={"path": "/sok", "param": "keys", "hits": {"medborgarkontoret": ["/kommun-och-politik/medborgarkontoret"],
                                                     "medborgarkontor": ["/kommun-och-politik/medborgarkontoret"]}},
))

# --------------------------------------------------------------------------- 9394 Östlinge (episerver) 1
SITES.append(base(
    "9394", "Östlinge", "08", "Kalmar län", "episerver", "ostlinge.se", "040-628 04 00", "Rådhusgatan 3",
    menu=[("Förskola och skola", "/forskola-och-skola/", []), ("Omsorg", "/omsorg/", []), ("Trafik och gator", "/trafik/", []),
          ("Kommun och politik", "/kommun-och-politik/", [])],
    header_links=[("Kontakta oss", "/kontakta-oss/")],
    hero_cards=[("Ansök om bygglov", "/trafik/"), ("Lediga jobb", "/kommun-och-politik/")],
    news=[("/nyheter/ny-cykelvag/", "Ny cykelväg till Strandbadet", "2026-09-15", "Cykelvägen är klar.", "<p>1,2 km ny asfalt.</p>"),
          ("/nyheter/region-kalmar/", "Regionens kundtjänst för färdtjänst byter nummer", "2026-08-20",
           "Region Kalmar läns kundtjänst för sjukresor och färdtjänst har nytt nummer.", "<p>Se regionens webbplats.</p>")],
    pages={
        "/forskola-och-skola/": ("skola.html", "Förskola och skola", area("Förskola och skola", "Plats i förskola.")),
        "/omsorg/": ("omsorg.html", "Omsorg", area("Omsorg", "Hemtjänst.")),
        "/trafik/": ("trafik.html", "Trafik och gator", area("Trafik och gator", "Gator, parkering och cykel.")),
        "/kommun-och-politik/": ("kommun.html", "Kommun och politik", area("Kommun och politik", "Politik och organisation.")),
        "/kontakta-oss/": ("kontakta-oss.html", "Kontakta oss",
            "<h1>Kontakta oss</h1><p>Ring växeln på 040-628 04 00 eller skicka e-post till kommun@ostlinge.se.</p>"),
        "/kontaktcenter/": ("kontaktcenter.html", "Kontaktcenter", """<div class="article"><h1>Kontaktcenter</h1>
<p class="preamble">Kontaktcenter svarar på frågor om förskola, hemtjänst, vatten och avlopp och mycket mer.</p>
<p>Du hittar våra kontaktuppgifter längst ner på sidan.</p>
<p class="page-owner">Sidansvarig: Karin Olsson</p></div>"""),
    },
    sitemap=["/", "/kontakta-oss/", "/kontaktcenter/", "/nyheter/"],
    unlinked=["/kontaktcenter/"],
    search={"path": "/sok/", "param": "q", "hits": {"kontaktcenter": ["/kontaktcenter/"]}},
))

# --------------------------------------------------------------------------- 9395 Vassmark (wordpress) 0
SITES.append(base(
    "9395", "Vassmark", "17", "Värmlands län", "wordpress", "vassmark.se", "0980-319 200", "Kyrkogatan 2",
    menu=[("Skola", "/skola/", []), ("Omsorg", "/omsorg/", []), ("Bygga och bo", "/bygga-och-bo/", []),
          ("Kontakta oss", "/kontakta-oss/", [])],
    hero_cards=[("Vassmark Energi", "/vassmark-energi/"), ("Bygglovsservice", "/bygga-och-bo/bygglovsservice/")],
    news=[("/2026/11/servicekontor/", "Skatteverket och Försäkringskassan öppnar servicekontor i Vassmark", "2026-11-03",
           "Statens servicecenter öppnar ett servicekontor på Kyrkogatan.",
           "<p>Servicekontoret hjälper till med id-kort, deklaration och föräldrapenning. Öppet tisdag–torsdag 9–16.</p>"),
          ("/2026/10/fiber/", "Fiberutbyggnaden fortsätter", "2026-10-01", "Fler byar får fiber.", "<p>Arbetet pågår till 2027.</p>")],
    news_list="/nyheter/",
    footer_extra='<div class="footer-col"><h2>Vassmark Energi AB</h2><p>Kundtjänst: 0980-319 290</p></div>',
    pages={
        "/skola/": ("skola.html", "Skola", area("Skola", "Förskola och grundskola.")),
        "/omsorg/": ("omsorg.html", "Omsorg", area("Omsorg", "Hemtjänst och boende.")),
        "/bygga-och-bo/": ("bygga.html", "Bygga och bo", area("Bygga och bo", "Bygglov och avfall.",
                           [("Bygglovsservice", "/bygga-och-bo/bygglovsservice/")])),
        "/bygga-och-bo/bygglovsservice/": ("bygglovsservice.html", "Bygglovsservice",
            "<h1>Bygglovsservice</h1><p>Vi svarar på frågor om bygglov och anmälan. Telefon 0980-319 240, "
            "bygglov@vassmark.se, telefontid vardagar 9–11.</p><p>Enhetschef för bygglovsservice: Ola Nord</p>"),
        "/vassmark-energi/": ("energi.html", "Vassmark Energi AB",
            "<h1>Vassmark Energi AB</h1><p>Vassmark Energi AB:s kundtjänst hjälper dig med fjärrvärme och elnät. "
            "Kundtjänst: 0980-319 290, öppet 8–16.</p><p>Kundtjänstchef: Lars Berg</p>"),
        "/kontakta-oss/": ("kontakta-oss.html", "Kontakta oss", """<article class="page"><h1 class="entry-title">Kontakta oss</h1>
<div class="entry-content"><p>Kommunens växel hjälper dig med frågor om skola, omsorg, avfall och bygglov och kopplar dig vidare.</p>
<p>Telefon: <a href="tel:+460980319200">0980-319 200</a>, vardagar 8–16.</p>
<p>E-post: kommun(at)vassmark.se</p><p>Besöksadress: Kommunhuset, Kyrkogatan 2</p></div></article>"""),
    },
    search={"path": "/", "param": "s", "hits": {"växel": ["/kontakta-oss/"]}},
))

# --------------------------------------------------------------------------- 9396 Rimmesta (aria) 5
SITES.append(base(
    "9396", "Rimmesta", "19", "Västmanlands län", "aria", "rimmesta.se", "08-465 004 00", "Bruksgatan 1",
    menu=[("Förskola och skola", "/forskola-och-skola/", []), ("Omsorg", "/omsorg/", []),
          ("Miljö och avfall", "/miljo-och-avfall/", []), ("Kommun och politik", "/kommun-och-politik/", [])],
    header_links=[("Kontakt", "/kontakt")],
    redirects={"/kontakt": ["/kommunservice/", 301]},
    hero_cards=[("Sophämtning", "/miljo-och-avfall/"), ("Ansök om förskola", "/forskola-och-skola/")],
    news=[("/nyheter/kommunservice-kvallsoppet/", "Kommunservice har kvällsöppet i december", "2026-11-25",
           "Torsdagar har vi öppet till 19.", '<p>Välkommen till <a href="/kommunservice/">Kommunservice</a>.</p>'),
          ("/nyheter/bruksdag/", "Bruksdagen lockade 3 000 besökare", "2026-09-01", "Rekordmånga besökare.", "<p>Tack alla!</p>")],
    pages={
        "/forskola-och-skola/": ("skola.html", "Förskola och skola", area("Förskola och skola", "Förskola och skola.")),
        "/omsorg/": ("omsorg.html", "Omsorg", area("Omsorg", "Hemtjänst.")),
        "/miljo-och-avfall/": ("miljo.html", "Miljö och avfall", area("Miljö och avfall", "Sophämtning och återvinning.")),
        "/kommun-och-politik/": ("kommun.html", "Kommun och politik", area("Kommun och politik", "Politik och organisation.")),
        "/kommunservice/": ("kommunservice.html", "Kommunservice", """<div class="art"><h1>Kommunservice</h1>
<p>Kommunservice tar emot dina frågor till Rimmesta kommun.</p>
<div class="acc">
<details><summary>Frågor om avfall och sophämtning</summary><p>Hämtningsdagar, kärlbyte och latrin.</p></details>
<details><summary>Frågor om bygglov och tomter</summary><p>Vi berättar hur du ansöker och hur lång tid det tar.</p></details>
<details><summary>Frågor om förskola och skola</summary><p>Köer, placering och avgifter.</p></details>
</div>
<div class="cbtn"><a class="btn" href="tel:+46846500430">Ring oss</a></div>
<p>E-post: kommunservice(at)rimmesta.se</p>
<div class="frm"><h2>Skriv till oss</h2><form action="#" method="post">
<label>Ditt ärende <textarea name="arende"></textarea></label><label>Din e-post <input name="epost"></label>
<button type="submit">Skicka</button></form></div>
<p>Ansvarig för kommunservice är Karin Ström.</p></div>"""),
    },
    search={"path": "/sok/", "param": "q", "hits": {"kommunservice": ["/kommunservice/"]}},
))
