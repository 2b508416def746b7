"""The ten sites of blind23 (typed here, rendered by build_sites.py). Labels are in labels.csv."""
from __future__ import annotations

from build_sites import ABOUT, areas, footer_std, front


def base(kod, kommun, lan_kod, lan, family, dom, vaxel, postadress, orgnr):
    return dict(kod=kod, kommun=kommun, lan_kod=lan_kod, lan=lan, family=family, dom=dom, vaxel=vaxel,
                postadress=postadress, orgnr=orgnr, front_path="/", redirects={}, pages=[], area_links={})


def news(prefix, ext, items):
    return [(f"{prefix}/{s}{ext}", f"nyhet-{s}.html", t, d, te, b) for s, t, d, te, b in items]


COMMON_NEWS = {
    "budget": ("budget-2026", "Fullmäktige har beslutat om budget för 2026", "2025-11-27",
               "Kommunfullmäktige antog på måndagen budgeten för nästa år. Skolan och äldreomsorgen får mer pengar.",
               "<p>Budgeten omfattar drygt 1,4 miljarder kronor. Skattesatsen är oförändrad.</p><p>Den största satsningen görs inom äldreomsorgen, där två nya avdelningar öppnar på Solgårdens äldreboende.</p><p>Handlingarna finns i diariet.</p>"),
    "forskola": ("ny-forskola-i-norra-delen", "Ny förskola byggs i norra delen", "2025-10-15",
                 "I augusti 2026 öppnar en ny förskola med sex avdelningar. Anmälan till platserna öppnar i mars.",
                 "<p>Förskolan byggs i trä och får en stor gård med odlingar. Bygget startade i september.</p><p>Ansökan om plats görs som vanligt via e-tjänsten för förskola.</p>"),
    "snoröjning": ("sa-plogar-vi-i-vinter", "Så plogar vi i vinter", "2025-12-02",
                   "När det har snöat mer än fem centimeter börjar plogningen. Huvudgator och busslinjer plogas först.",
                   "<p>Bostadsgator plogas inom 24 timmar efter att det har slutat snöa. Gång- och cykelvägar till skolor prioriteras.</p><p>Du kan se var plogbilarna är på kartan över snöröjning.</p>"),
}


# ============================================================ 9241 Tallbacka (Sitevision) -> 5
def s9241():
    S = base("9241", "Tallbacka", "22", "Västernorrlands län", "sitevision", "tallbacka.se", "0980-319 200",
             "Tallbacka kommun, 999 31 Tallbacka", "212000-9241")
    svc = "/kommun-och-politik/kontaktcenter.html"
    S["areas"] = areas("A", ".html", extra={"Kommun och politik": [("Kontaktcenter", svc)]})
    S["news_path"] = "/nyheter.html"
    S["news"] = news("/nyheter", ".html", [
        ("vattenavstangning-i-ostby", "Vattenavstängning i Östby 4 februari", "2026-01-28",
         "På grund av ledningsarbete stängs vattnet av i Östby den 4 februari klockan 9–15.",
         "<p>Berörda fastigheter har fått information i brevlådan. En tankbil med dricksvatten står vid Östby skola.</p><p>Spola kallvatten en stund när vattnet kommer tillbaka.</p>"),
        COMMON_NEWS["budget"], COMMON_NEWS["forskola"]])
    S["notice"] = ("Vattenavstängning i Östby den 4 februari kl. 9–15 på grund av ledningsarbete.", S["news"][0][0])
    S["topbar_extra"] = [("Kontaktcenter", svc)]
    S["popular"] = [("Kontaktcenter", svc), ("Lediga jobb", "/naringsliv-och-arbete.html#lediga-jobb"), ("Sophämtning", "/bygga-bo-och-miljo.html#avfall-och-atervinning"), ("Skollov", "/barn-och-utbildning.html#grundskola")]
    S["sticky"] = ("Kontakta oss", svc)
    kris = ("Krisinformation", "<p>Vid allvarliga händelser informerar kommunen här på webbplatsen och i Radio Västernorrland.</p><p>Ring 113 13 för information om olyckor och kriser. "
            "<a href=\"https://www.krisinformation.example/\">Krisinformation.se</a></p>")
    S["footer_cols"] = footer_std(S, contact_extra=f"<p><a href=\"{svc}\">Kontaktcenter</a><br>Besök: Storgatan 12</p>",
                                  extra_cols=[("Följ oss", "<p>Facebook, Instagram och LinkedIn – länkarna finns längst ned.</p>"), kris])
    body = """<p class="ingress">Kontaktcenter är din väg in till Tallbacka kommun. Hos oss får du svar direkt på de flesta frågor, och om vi inte kan svara hjälper vi dig vidare till rätt handläggare.</p>
<h2>Det här kan vi hjälpa dig med</h2>
<ul>
<li>bygglov och anmälan, till exempel vilka handlingar du behöver skicka in</li>
<li>sophämtning, slamtömning och öppettider på återvinningscentralen</li>
<li>ansökan om förskola, fritidshem och skolskjuts</li>
<li>parkeringstillstånd och felanmälan av gator, belysning och lekplatser</li>
<li>fakturor för vatten, avlopp och avfall</li>
</ul>
<h2>Så når du oss</h2>
<div class="sv-contact-portlet"><p>Telefon: <a href="tel:+46980319201">0980-319 201</a><br>E-post: <a href="mailto:kontaktcenter@tallbacka.se">kontaktcenter@tallbacka.se</a><br>Besök: Kommunhuset, Storgatan 12, entréplan</p></div>
<h3>Telefon- och öppettider</h3>
<table class="sv-table"><thead><tr><th scope="col">Dag</th><th scope="col">Tid</th></tr></thead><tbody>
<tr><td>Måndag–torsdag</td><td>8.00–16.30</td></tr><tr><td>Fredag</td><td>8.00–15.00</td></tr><tr><td>Dag före helgdag</td><td>8.00–12.00</td></tr></tbody></table>
<h2>Om kontaktcenter</h2>
<p>Kontaktcenter har nio medarbetare och är en del av kommunledningsförvaltningen. Vi tar emot omkring 60 000 samtal och e-postmeddelanden varje år.</p>
<div class="sv-contact-card"><p><strong>Maria Lindqvist</strong><br>Enhetschef för kontaktcenter<br>Telefon 0980-319 202</p></div>"""
    ext_crumb = [("Start", "/"), ("Kommun och politik", "/kommun-och-politik.html")]
    S["pages"] = [dict(path=svc, file="kontaktcenter.html", title="Kontaktcenter", h1="Kontaktcenter", body=body, crumbs=ext_crumb,
                       related=[("Synpunkter och klagomål", "/kommun-och-politik.html#synpunkter-och-klagomal"), ("Organisation", "/kommun-och-politik.html#organisation")],
                       updated="2025-11-03", editor="Johan Ek, kommunikatör")]
    S["area_links"] = {"Kommun och politik": [("Kontaktcenter", svc)]}
    S["front_body"] = front(S, "Välkommen till Tallbacka", "Kommunen vid älven – med skog, fjärd och närhet till allt.",
                            [("Lediga jobb", "/naringsliv-och-arbete.html#lediga-jobb"), ("Förskola", "/barn-och-utbildning.html#forskola"),
                             ("Bygglov", "/bygga-bo-och-miljo.html#bygglov"), ("Avfall och återvinning", "/bygga-bo-och-miljo.html#avfall-och-atervinning")], "section")
    S["hits"] = {"kontaktcenter": [svc], "kontaktcentret": [svc], "kundtjänst": [svc], "servicecenter": [svc]}
    return S


# ============================================================ 9242 Gransjö (Episerver) -> 4
def s9242():
    S = base("9242", "Gransjö", "14", "Västra Götalands län", "episerver", "gransjo.se", "031-390 06 00",
             "Gransjö kommun, Box 100, 999 42 Gransjö", "212000-9242")
    svc = "/servicecenter/"
    org = "/kommun-och-politik/organisation/"
    S["areas"] = areas("B", "/", extra={"Kommun och politik": [("Organisation och förvaltningar", org)]})
    S["news_path"] = "/nyheter/"
    S["news"] = news("/nyheter", "/", [
        ("fjarrvarme-centrum", "Avbrott i fjärrvärmen i centrum", "2026-01-30",
         "Gransjö Energi AB byter en ventil på Kyrkogatan. Fjärrvärmen i centrum är avstängd under torsdagen.",
         "<p>Arbetet beräknas vara klart till kvällen. Frågor om avbrottet besvaras av Gransjö Energi AB:s kundservice på 031-390 06 90.</p>"),
        COMMON_NEWS["snoröjning"], COMMON_NEWS["budget"]])
    S["notice"] = ("Avbrott i fjärrvärmen i centrum torsdag 30 januari. Gransjö Energi AB:s kundservice svarar på frågor.", S["news"][0][0])
    S["contact_path"] = "/kontakt/"
    S["popular"] = [("Lediga jobb", "/kommun-och-politik/#lediga-jobb"), ("Bygglov", "/bygga-och-bo/#bygglov"), ("Soptömning", "/miljo-och-avfall/#avfall-och-atervinning")]
    S["footer_cols"] = footer_std(S, contact_extra=f"<p><a href=\"{svc}\">Servicecenter</a><br>Besöksadress: Torggatan 3</p>",
                                  extra_cols=[("Jobba hos oss", "<p>Vi är länets femte största arbetsgivare. <a href=\"/kommun-och-politik/#lediga-jobb\">Lediga jobb</a></p>")])
    body = """<p class="ingress">Servicecenter är kommunens gemensamma ingång för dig som har frågor. Vi som arbetar här är kommunvägledare och svarar på det mesta direkt.</p>
<p>Hos oss kan du få hjälp med frågor om bygglov och strandskydd, avgifter för sophämtning, ansökan om förskoleplats, skolskjuts, parkeringstillstånd och bokning av kommunens lokaler. Vi tar också emot felanmälningar om gator, parker och gatubelysning.</p>
<h2>Kontakta Servicecenter</h2>
<dl class="contact-list"><dt>Telefon</dt><dd>031-390 06 10</dd><dt>E-post</dt><dd><a href="mailto:servicecenter@gransjo.se">servicecenter@gransjo.se</a></dd><dt>Besöksadress</dt><dd>Kommunhuset, Torggatan 3, Gransjö</dd></dl>
<h3>Öppettider</h3>
<ul><li>Måndag–torsdag 8–17</li><li>Fredag 8–16</li><li>Lunchstängt 12–13 under sommaren</li></ul>
<h2>Servicegaranti</h2><p>Vi besvarar e-post inom två arbetsdagar. Om vi inte kan svara direkt i telefon ringer en handläggare upp dig inom tre arbetsdagar.</p>"""
    orgbody = """<p class="ingress">Gransjö kommun har tre förvaltningar under kommunstyrelsen och nämnderna.</p>
<table class="table"><thead><tr><th>Förvaltning</th><th>Chef</th></tr></thead><tbody>
<tr><td>Kommunledningsförvaltningen</td><td>Kommundirektör Per Almgren</td></tr>
<tr><td>Barn- och utbildningsförvaltningen</td><td>Förvaltningschef Helena Rudin</td></tr>
<tr><td>Samhällsbyggnadsförvaltningen</td><td>Förvaltningschef Jonas Ekdahl</td></tr>
<tr><td>Socialförvaltningen</td><td>Förvaltningschef Lena Björck</td></tr></tbody></table>
<p>Kommundirektören är kommunens högsta tjänsteperson och leder arbetet i koncernledningsgruppen.</p>"""
    contact = f"""<p class="ingress">Du når kommunens växel på 031-390 06 00 vardagar 7.30–17.</p>
<ul class="link-list"><li><a href="{svc}">Servicecenter</a></li><li><a href="/kommun-och-politik/#politik-och-beslut">Kontakta en politiker</a></li><li><a href="/kommun-och-politik/#trygghet-och-sakerhet">Felanmälan och trygghet</a></li></ul>
<h2>Postadress</h2><p>Gransjö kommun, Box 100, 999 42 Gransjö</p><h2>Registrator</h2><p>Handlingar till kommunen skickas till registrator@gransjo.se.</p>"""
    S["pages"] = [
        dict(path=svc, file="servicecenter.html", title="Servicecenter", h1="Servicecenter", body=body,
             related=[("Kontakt", "/kontakt/"), ("Organisation och förvaltningar", org)], updated="2025-12-11", editor="Karin Holm, webbredaktör"),
        dict(path=org, file="organisation.html", title="Organisation och förvaltningar", h1="Organisation och förvaltningar", body=orgbody,
             crumbs=[("Start", "/"), ("Kommun och politik", "/kommun-och-politik/")], editor="Karin Holm, webbredaktör"),
        dict(path="/kontakt/", file="kontakt.html", title="Kontakt", h1="Kontakt", body=contact)]
    S["front_body"] = front(S, "Välkommen till Gransjö", "Här hittar du kommunens tjänster och service.",
                            [("Servicecenter – vi svarar på dina frågor", svc), ("Lediga jobb", "/kommun-och-politik/#lediga-jobb"),
                             ("Ansök om förskoleplats", "/forskola-och-skola/#forskola"), ("Felanmälan", "/trafik-och-resor/#gator-och-vagar")], "section")
    S["hits"] = {"servicecenter": [svc], "kontaktcenter": [svc], "kundtjänst": [svc], "medborgarservice": [svc]}
    return S


# ============================================================ 9243 Rävholma (Municipio) -> 4
def s9243():
    S = base("9243", "Rävholma", "12", "Skåne län", "municipio", "ravholma.se", "040-628 04 00",
             "Rävholma kommun, 999 43 Rävholma", "212000-9243")
    svc = "/kommun-och-politik/medborgarservice/"
    S["areas"] = areas("A", "/", extra={"Kommun och politik": [("Medborgarservice", svc)]})
    S["news_path"] = "/nyheter/"
    S["news"] = news("/nyheter", "/", [
        ("nytt-kundsystem-ravholma-energi", "Rävholma Energi byter kundsystem", "2026-01-27",
         "Under vecka 6 byter Rävholma Energi AB kundsystem. Rävholma Energi AB:s kundtjänst har kortare telefontider den veckan.",
         "<p>Rävholma Energi AB:s kundtjänst har öppet 9–12 under vecka 6. Fakturorna för februari skickas en vecka senare än vanligt.</p>"),
        COMMON_NEWS["forskola"], COMMON_NEWS["snoröjning"]])
    S["notice"] = ("Rävholma Energi AB:s kundtjänst har begränsade telefontider vecka 6.", S["news"][0][0])
    S["sticky"] = ("Kontakta oss", "/kontakta-oss/")
    k, t, lattl = ABOUT["municipio"][:3]
    S["footer_cols"] = [
        ("Medborgarservice", f"<p>Telefon 040-628 04 10<br>medborgarservice(at)ravholma.se</p><p><a href=\"{svc}\">Mer om Medborgarservice</a></p>"),
        ("Rävholma kommun", f"<p>Stortorget 1<br>999 43 Rävholma<br>Växel {S['vaxel']}<br>Org.nr {S['orgnr']}</p>"),
        ("Genvägar", f"<ul><li><a href=\"/naringsliv-och-arbete/#lediga-jobb\">Lediga jobb</a></li><li><a href=\"{k}\">Kakor</a></li><li><a href=\"{t}\">Tillgänglighetsredogörelse</a></li><li><a href=\"{lattl}\">Lättläst</a></li></ul>"),
        ("Följ oss", "<p>Vi finns på Facebook, Instagram, LinkedIn och YouTube.</p>")]
    body = """<p class="ingress">Medborgarservice svarar på frågor om allt från bygglov och avfallshämtning till förskoleplats och färdtjänst. Vi hjälper dig också att fylla i blanketter och e-tjänster.</p>
<h2>Vanliga ärenden</h2>
<ul><li>Sophämtning, kärlbyte och slamtömning</li><li>Ansökan om plats i förskola och fritidshem</li><li>Färdtjänst och parkeringstillstånd</li><li>Frågor om ditt bygglovsärende</li><li>Lån av nycklar till föreningslokaler</li></ul>
<h2>Kontakta oss</h2>
<p>Telefon: 040-628 04 10<br>E-post: medborgarservice(at)ravholma.se</p>
<p><strong>Telefontider:</strong> måndag–fredag 8.00–16.30, lunchstängt 12.00–13.00.</p>
<div class="c-card c-card--contact"><div class="c-card__body"><h3 class="c-card__heading">Sara Nyström</h3><p>Enhetschef Medborgarservice<br>040-628 04 11</p></div></div>"""
    contact = f"""<p class="ingress">Här hittar du kontaktuppgifter till kommunen.</p>
<h2>Växel</h2><p>040-628 04 00, vardagar 7.30–16.30</p>
<h2>E-post och post</h2><p>info@ravholma.se<br>Rävholma kommun, 999 43 Rävholma</p>
<div class="c-card"><a class="c-card__link" href="{svc}">Medborgarservice – få hjälp med dina frågor</a></div>
<h2>Fakturor för el och fjärrvärme</h2><p>Frågor om fakturor för el och fjärrvärme besvaras av Rävholma Energi AB:s kundtjänst, 040-628 04 90.</p>"""
    S["pages"] = [
        dict(path=svc, file="medborgarservice.html", title="Medborgarservice", h1="Medborgarservice", body=body,
             crumbs=[("Start", "/"), ("Kommun och politik", "/kommun-och-politik/")], related=[("Kontakta oss", "/kontakta-oss/"), ("Synpunkter och klagomål", "/kommun-och-politik/#synpunkter-och-klagomal")],
             updated="3 december 2025"),
        dict(path="/kontakta-oss/", file="kontakta-oss.html", title="Kontakta oss", h1="Kontakta oss", body=contact)]
    S["front_body"] = front(S, "Rävholma – mitt i Skåne", "Nyheter, service och e-tjänster för dig som bor och verkar i Rävholma.",
                            [("Lediga jobb", "/naringsliv-och-arbete/#lediga-jobb"), ("Bygglov", "/bygga-bo-och-miljo/#bygglov"),
                             ("Förskola", "/barn-och-utbildning/#forskola"), ("Sophämtning", "/bygga-bo-och-miljo/#avfall-och-atervinning")], "section")
    S["hits"] = {"medborgarservice": [svc], "kontaktcenter": [svc], "kundtjänst": [svc], "servicecenter": [svc]}
    return S


# ============================================================ 9244 Ekeryd (Drupal) -> 3
def s9244():
    S = base("9244", "Ekeryd", "08", "Kalmar län", "drupal", "ekeryd.se", "08-465 004 00",
             "Ekeryds kommun, 999 44 Ekeryd", "212000-9244")
    svc = "/kontaktcenter"
    S["areas"] = [*areas("A", ""), ("Kontaktcenter", svc, [("Vanliga frågor", f"{svc}#vanliga-fragor"), ("Om kontaktcenter", f"{svc}#om-kontaktcenter")])]
    S["news_path"] = "/nyheter"
    S["news"] = news("/nyheter", "", [
        ("atervinningscentralen-stangd", "Återvinningscentralen på Verkstadsvägen stänger 3–7 mars", "2026-02-02",
         "Återvinningscentralen byggs om och håller stängt en vecka. Närmaste öppna central är i Bruksby.",
         "<p>Under ombyggnaden görs nya ramper och en plats för återbruk. Grovavfall kan lämnas i Bruksby under veckan.</p>"),
        COMMON_NEWS["budget"], COMMON_NEWS["snoröjning"]])
    S["notice"] = ("Återvinningscentralen på Verkstadsvägen håller stängt 3–7 mars.", S["news"][0][0])
    S["footer_cols"] = footer_std(S, extra_cols=[
        ("Kontaktcenter", "<p>Telefon 08-465 004 10<br>E-post <a href=\"mailto:kontaktcenter@ekeryd.se\">kontaktcenter@ekeryd.se</a><br>Öppet vardagar 8–17<br>Besök: Torget 1, Ekeryd</p>"),
        ("Följ oss", "<p>Facebook och Instagram</p>")])
    body = """<p class="ingress">Kontaktcenter tar emot frågor om parkering, avfallshämtning, skolskjuts och bygglov, och hjälper dig att komma rätt om ditt ärende gäller något annat.</p>
<p>Ring oss på 08-465 004 10 så hjälper vi dig.</p>
<h2 id="vanliga-fragor">Vanliga frågor</h2>
<h3>När töms min soptunna?</h3><p>Kärlen för mat- och restavfall töms varannan vecka. Tömningsdagen står på fakturan.</p>
<h3>Hur ansöker jag om skolskjuts?</h3><p>Ansökan görs inför varje läsår senast den 1 maj. Elever i förskoleklass till årskurs 3 som bor mer än två kilometer från skolan har rätt till skolskjuts.</p>
<h3>Behöver jag bygglov för ett växthus?</h3><p>Ett växthus på högst 15 kvadratmeter nära bostadshuset kräver oftast inte bygglov, men du måste följa detaljplanens bestämmelser.</p>
<h2 id="om-kontaktcenter">Om kontaktcenter</h2>
<p>Kontaktcentret består av åtta kommunvägledare. Kontaktcenter startade 2019 och tar i dag emot mer än hälften av alla samtal till kommunen.</p>"""
    S["pages"] = [dict(path=svc, file="kontaktcenter.html", title="Kontaktcenter", h1="Kontaktcenter", body=body, updated="2025-02-03", editor="Lisa Wahl")]
    S["front_body"] = front(S, "Välkommen till Ekeryd", "Skärgård, skog och ett levande näringsliv.",
                            [("Förskola och skola", "/barn-och-utbildning"), ("Bygglov", "/bygga-bo-och-miljo#bygglov"),
                             ("Lediga jobb", "/naringsliv-och-arbete#lediga-jobb"), ("Felanmälan", "/trafik-och-infrastruktur#gator-och-vagar")], "section")
    S["hits"] = {"kontaktcenter": [svc], "kontaktcentret": [svc], "kundtjänst": [svc], "servicecenter": [svc]}
    return S


# ============================================================ 9245 Björkvalla (aria roles, / -> /sv/) -> 5
def s9245():
    S = base("9245", "Björkvalla", "03", "Uppsala län", "aria", "bjorkvalla.se", "0980-319 240",
             "Björkvalla kommun, 999 45 Björkvalla", "212000-9245")
    S["front_path"] = "/sv/"
    S["redirects"] = {"/": ["/sv/", 301]}
    svc = "/sv/kundcenter"
    org = "/sv/kommun-och-politik/organisation/kommunledningskontoret"
    S["areas"] = [*areas("A", "", prefix="/sv"), ("Kundcenter", svc, [("Öppettider", f"{svc}#oppettider"), ("Chatta med oss", f"{svc}#chatt")])]
    S["news_path"] = "/sv/nyheter"
    S["news"] = news("/sv/nyheter", "", [
        ("bredband-norrvalla", "Störningar i bredbandsnätet i Norrvalla", "2026-01-29",
         "Björkvalla Stadsnät AB felsöker ett avbrott som påverkar hushåll i Norrvalla.",
         "<p>Felet beror på en skadad kabel vid Norrvalla skola. Stadsnätet räknar med att felet är åtgärdat under fredagen.</p>"),
        COMMON_NEWS["forskola"], COMMON_NEWS["budget"]])
    S["notice"] = ("Störningar i bredbandsnätet i Norrvalla. Björkvalla Stadsnät AB arbetar med felet.", S["news"][0][0])
    S["popular"] = [("Bygglov", "/sv/bygga-bo-och-miljo#bygglov"), ("Kundcenter", svc), ("Lediga jobb", "/sv/naringsliv-och-arbete#lediga-jobb")]
    S["footer_cols"] = footer_std(S, first_extra="<p>Besök: Kundcenter, Rådhusgatan 2</p>", extra_cols=[
        ("Krisinformation", "<p>Ring 113 13 vid frågor om olyckor och kriser.</p>"), ("Följ oss", "<p>Facebook, Instagram, LinkedIn, YouTube</p>")])
    body = """<p class="ingress">Kundcenter är kommunens första kontakt för invånare, företag och besökare.</p>
<p>Kundcenter hjälper dig med frågor om bland annat avgifter för förskola och fritids, sophämtning, vatten och avlopp, bygglov och bostadsanpassning. Vi kan också boka en tid åt dig hos en handläggare.</p>
<h2>Kontakta Kundcenter</h2>
<p>Telefon: <a href="tel:+46980319241">0980-319 241</a><br>E-post: kundcenter[at]bjorkvalla.se</p>
<p id="chatt"><span role="button" tabindex="0" class="lp-chat-button">Chatta med oss</span> Chatten är öppen vardagar 9–15.</p>
<h2 id="oppettider">Öppettider</h2>
<p>Måndag–fredag 8.00–17.00<br>Besök oss i stadshuset, Rådhusgatan 2.</p>"""
    orgbody = """<p class="ingress">Kommunledningskontoret stödjer kommunstyrelsen och samordnar kommunens verksamheter.</p>
<table class="lp-table"><caption>Enheter och chefer</caption><thead><tr><th scope="col">Enhet</th><th scope="col">Titel</th><th scope="col">Namn</th></tr></thead><tbody>
<tr><td>Kommunledningskontoret</td><td>Kommundirektör</td><td>Olle Sandberg</td></tr>
<tr><td>Ekonomi</td><td>Ekonomichef</td><td>Birgitta Hed</td></tr>
<tr><td>HR</td><td>HR-chef</td><td>Mikael Ros</td></tr>
<tr><td>Kommunikation</td><td>Kommunikationschef</td><td>Sanna Falk</td></tr>
<tr><td>Kundcenter</td><td>Kundcenterchef</td><td>Eva Strand</td></tr></tbody></table>"""
    S["pages"] = [
        dict(path=svc, file="kundcenter.html", title="Kundcenter", h1="Kundcenter", body=body,
             related=[("Kommunledningskontoret", org), ("Synpunkter och klagomål", "/sv/kommun-och-politik#synpunkter-och-klagomal")], updated="2025-10-21", editor="webbredaktionen"),
        dict(path=org, file="kommunledningskontoret.html", title="Kommunledningskontoret", h1="Kommunledningskontoret", body=orgbody,
             crumbs=[("Start", "/sv/"), ("Kommun och politik", "/sv/kommun-och-politik")])]
    S["front_body"] = front(S, "Välkommen till Björkvalla", "En kommun att växa i – nära Uppsala och naturen.",
                            [("Förskola", "/sv/barn-och-utbildning#forskola"), ("Bygglov", "/sv/bygga-bo-och-miljo#bygglov"),
                             ("Lediga jobb", "/sv/naringsliv-och-arbete#lediga-jobb"), ("Evenemang", "/sv/kultur-och-fritid#evenemang")], "div", kris=True)
    S["hits"] = {"kundcenter": [svc], "kontaktcenter": [svc], "kundtjänst": [svc], "servicecenter": [svc]}
    return S


# ============================================================ 9246 Sjöbacka (Bootstrap) -> 3
def s9246():
    S = base("9246", "Sjöbacka", "13", "Hallands län", "bootstrap", "sjobacka.se", "031-390 06 40",
             "Sjöbacka kommun, 999 46 Sjöbacka", "212000-9246")
    svc = "/kommun-och-politik/kontaktcenter/"
    form = "/kommun-och-politik/kontaktcenter/kontaktformular/"
    S["areas"] = areas("B", "/", extra={"Kommun och politik": [("Kontaktcenter", svc)]})
    S["news_path"] = "/nyheter/"
    S["news"] = news("/nyheter", "/", [COMMON_NEWS["snoröjning"], COMMON_NEWS["forskola"], COMMON_NEWS["budget"]])
    S["notice"] = ("Halkrisk: sandning pågår på gång- och cykelvägar i hela kommunen.", S["news"][0][0])
    S["contact_path"] = "/kontakta-oss/"
    S["redirects"] = {"/kontakt": ["/kontakta-oss/", 301]}
    S["sticky"] = ("Kontakta oss", "/kontakt")
    S["popular"] = [("Lediga jobb", "/kommun-och-politik/#lediga-jobb"), ("Bygglov", "/bygga-och-bo/#bygglov"), ("Skollov", "/forskola-och-skola/#grundskola"), ("Sophämtning", "/miljo-och-avfall/#avfall-och-atervinning")]
    S["footer_cols"] = footer_std(S, extra_cols=[("Genvägar", "<ul><li><a href=\"/kommun-och-politik/#lediga-jobb\">Lediga jobb</a></li><li><a href=\"/nyheter/\">Nyheter</a></li></ul>")])
    body = f"""<p class="lead">Kontaktcenter hjälper dig med frågor om skola och förskola, bygglov, avfall, vatten och avlopp. Många ärenden kan vi lösa direkt när du ringer.</p>
<h2>Ring oss</h2>
<p>031-390 06 41<br>Telefontid: vardagar 8.00–16.00</p>
<h2>Skriv till oss</h2>
<p>Använd vårt <a href="{form}">kontaktformulär</a>. Vi svarar inom två arbetsdagar.</p>
<h2>Vem svarar?</h2>
<p>I kontaktcentret arbetar sju handläggare med bred kunskap om kommunens verksamheter.</p>"""
    formbody = """<p>Fyll i formuläret så återkommer kontaktcenter till dig. Skriv inte känsliga personuppgifter.</p>
<form action="/kommun-och-politik/kontaktcenter/kontaktformular/skicka" method="post" class="needs-validation">
<div class="mb-3"><label class="form-label" for="namn">Namn</label><input class="form-control" id="namn" name="namn"></div>
<div class="mb-3"><label class="form-label" for="epost">E-post</label><input class="form-control" id="epost" name="epost" type="email"></div>
<div class="mb-3"><label class="form-label" for="arende">Ditt ärende</label><textarea class="form-control" id="arende" name="arende" rows="5"></textarea></div>
<button class="btn btn-primary" type="submit">Skicka</button></form>"""
    contact = f"""<p class="lead">Växel 031-390 06 40, vardagar 7.30–16.30.</p>
<ul class="list-group mb-4"><li class="list-group-item"><a href="{svc}">Kontaktcenter</a> – svar på vanliga frågor</li>
<li class="list-group-item"><a href="/kommun-och-politik/#politik-och-beslut">Politiker och nämnder</a></li>
<li class="list-group-item"><a href="/kommun-och-politik/#trygghet-och-sakerhet">Trygghet och säkerhet</a></li></ul>
<h2 class="h4">Post och registrator</h2><p>Sjöbacka kommun, 999 46 Sjöbacka<br>registrator@sjobacka.se</p>"""
    crumb = [("Start", "/"), ("Kommun och politik", "/kommun-och-politik/")]
    S["pages"] = [
        dict(path=svc, file="kontaktcenter.html", title="Kontaktcenter", h1="Kontaktcenter", body=body, crumbs=crumb,
             related=[("Kontakta oss", "/kontakta-oss/"), ("Kontaktformulär", form)], updated="2025-09-30", editor="Maria Holm"),
        dict(path=form, file="kontaktformular.html", title="Kontaktformulär", h1="Kontaktformulär", body=formbody, crumbs=[*crumb, ("Kontaktcenter", svc)]),
        dict(path="/kontakta-oss/", file="kontakta-oss.html", title="Kontakta oss", h1="Kontakta oss", body=contact)]
    S["front_body"] = front(S, "Sjöbacka – havet, skogen och staden", "Service och information från Sjöbacka kommun.",
                            [("Förskola", "/forskola-och-skola/#forskola"), ("Bygglov", "/bygga-och-bo/#bygglov"),
                             ("Lediga jobb", "/kommun-och-politik/#lediga-jobb"), ("Badplatser", "/uppleva-och-gora/#uteliv-och-natur")], "section", kris=True)
    S["hits"] = {"kontaktcenter": [svc], "kontaktcentret": [svc], "kundtjänst": [svc], "servicecenter": [svc]}
    return S


# ============================================================ 9247 Lönnhammar (soup, Cookiebot) -> 2
def s9247():
    S = base("9247", "Lönnhammar", "20", "Dalarnas län", "soup", "lonnhammar.se", "040-628 04 50",
             "Lönnhammars kommun, 999 47 Lönnhammar", "212000-9247")
    svc = "/kommun-och-politik/servicecenter.html"
    S["areas"] = areas("A", ".html")
    S["news_path"] = "/nyheter.html"
    S["news"] = news("/nyheter", ".html", [
        ("servicecenter-oppnar-i-biblioteket", "Servicecenter öppnar i biblioteket", "2026-01-20",
         "Den 3 mars öppnar kommunens servicecenter i stadsbiblioteket, med längre öppettider än i dag.",
         f"<p>Från den 3 mars kan du få hjälp med bygglovsfrågor, färdtjänst, parkeringstillstånd och bokning av lokaler i stadsbiblioteket vid Kyrkogatan.</p><p>Servicecenter har då öppet även på tisdagskvällar till klockan 19.</p><p><a href=\"{svc}\">Läs mer om Servicecenter</a></p>"),
        COMMON_NEWS["budget"], COMMON_NEWS["snoröjning"]])
    S["notice"] = ("Driftstörning i telefonin – kommunens växel kan vara svår att nå under förmiddagen.", "/nyheter.html")
    S["contact_path"] = "/kontakt.html"
    S["footer_cols"] = footer_std(S, extra_cols=[("Krisinformation", "<p>Ring 113 13 vid frågor om olyckor och kriser, 112 vid nödläge.</p>")])
    body = """<p class="ingr">Välkommen till Servicecenter! Vi finns här för dig som bor, arbetar eller besöker Lönnhammar. Hör av dig om du undrar något, så hjälper vi dig gärna.</p>
<div class="kb"><b>Telefon:</b> 040-628 04 51<br><b>E-post:</b> <a href="mailto:servicecenter@lonnhammar.se">servicecenter@lonnhammar.se</a><br><b>Öppet:</b> vardagar 8.00–16.30</div>
<p>Kontaktperson: Anders Lund, kommunvägledare</p>"""
    contact = f"""<p>Kommunens växel: 040-628 04 50<br>E-post: kommun@lonnhammar.se</p>
<div class="ll"><div><a href="{svc}">Servicecenter</a></div><div><a href="/trafik-och-infrastruktur.html#gator-och-vagar">Felanmälan</a></div><div><a href="/kommun-och-politik.html#synpunkter-och-klagomal">Synpunkter och klagomål</a></div><div><a href="/nyheter.html">Press och nyheter</a></div></div>"""
    S["pages"] = [
        dict(path=svc, file="servicecenter.html", title="Servicecenter", h1="Servicecenter", body=body,
             crumbs=[("Start", "/"), ("Kommun och politik", "/kommun-och-politik.html")], updated="2025-06-12"),
        dict(path="/kontakt.html", file="kontakt.html", title="Kontakt", h1="Kontakt", body=contact)]
    S["front_body"] = front(S, "Välkommen till Lönnhammar", "Bruksorten vid sjön Lönnen.",
                            [("Lediga jobb", "/naringsliv-och-arbete.html#lediga-jobb"), ("Skolval 2026", "/barn-och-utbildning.html#grundskola"),
                             ("Bygglov", "/bygga-bo-och-miljo.html#bygglov"), ("Felanmälan", "/trafik-och-infrastruktur.html#gator-och-vagar")], "div")
    S["hits"] = {"servicecenter": [svc, S["news"][0][0]], "kontaktcenter": [], "kundtjänst": []}
    return S


# ============================================================ 9248 Hagavik (XHTML 1.0, left nav) -> 3
def s9248():
    S = base("9248", "Hagavik", "25", "Norrbottens län", "xhtml", "hagavik.se", "08-465 004 40",
             "Hagaviks kommun, 999 48 Hagavik", "212000-9248")
    svc = "/kommun-och-politik/kundtjanst.html"
    S["areas"] = areas("A", ".html")
    S["area_links"] = {"Kommun och politik": [("Kundtjänst", svc), ("Kontakta oss", "/kontakta-oss.html")]}
    S["news_path"] = "/nyheter.html"
    S["news"] = news("/nyheter", ".html", [
        ("vattenlacka-sjogatan", "Vattenläcka på Sjögatan", "2026-01-31",
         "Hagavik Vatten & Värme AB lagar en läcka på Sjögatan. Vattnet är avstängt för ett tjugotal fastigheter.",
         "<p>Reparationen beräknas vara klar under eftermiddagen. Frågor om avstängningen besvaras av Hagavik Vatten &amp; Värme AB.</p>"),
        COMMON_NEWS["budget"], COMMON_NEWS["forskola"]])
    S["notice"] = ("Vattenläcka på Sjögatan – Hagavik Vatten &amp; Värme AB arbetar med att laga ledningen.", S["news"][0][0])
    S["sticky"] = ("Kontakta oss", "/kontakta-oss.html")
    S["footer_cols"] = footer_std(S, first_extra="<p>Besöksadress: Stadshuset, Storgatan 5</p>",
                                  extra_cols=[("Bolag", "<p>Hagavik Vatten &amp; Värme AB<br>Hagaviks Bostäder AB</p>")])
    kp = [("Politik och beslut", "/kommun-och-politik.html#politik-och-beslut"), ("Organisation", "/kommun-och-politik.html#organisation"),
          ("Kundtjänst", svc), ("Kontakta oss", "/kontakta-oss.html")]
    body = """<p class="ingress">Kundtjänst är kommunens gemensamma ingång. Vi svarar på frågor om:</p>
<ul><li>barnomsorg, skolval och skolskjuts</li><li>sophämtning och återvinning</li><li>bygglov, strandskydd och kartor</li><li>hemtjänst och färdtjänst</li><li>parkeringstillstånd och felanmälan</li></ul>
<h2>Kontakta kundtjänst</h2>
<p>Telefon: 08-465 004 41<br />E-post: <a href="mailto:kundtjanst@hagavik.se">kundtjanst@hagavik.se</a><br />Besöksadress: Stadshuset, Storgatan 5</p>
<p><strong>Öppettider:</strong> måndag–fredag 8.00–16.00. Sommartid (juni–augusti) 8.00–15.00.</p>
<h2>Ansvarig</h2>
<p>Kundtjänstchef: Tomas Berg, telefon 08-465 004 42</p>"""
    contact = f"""<p>Du når kommunens växel på 08-465 004 40, vardagar 7.30–16.30.</p>
<p>E-post: kommun@hagavik.se<br />Postadress: Hagaviks kommun, 999 48 Hagavik</p>
<h2>Fler kontaktvägar</h2><ul><li><a href="{svc}">Kundtjänst</a></li><li><a href="/kommun-och-politik.html#politik-och-beslut">Politiker</a></li></ul>
<h2>Frågor om vatten, avlopp och fjärrvärme</h2><p>Kontakta Hagavik Vatten &amp; Värme AB:s kundtjänst, 08-465 004 49.</p>"""
    S["pages"] = [
        dict(path=svc, file="kundtjanst.html", title="Kundtjänst", h1="Kundtjänst", body=body, leftnav=kp,
             crumbs=[("Start", "/"), ("Kommun och politik", "/kommun-och-politik.html")], updated="2025-08-19", editor="Eva Nord, kommunikationsenheten"),
        dict(path="/kontakta-oss.html", file="kontakta-oss.html", title="Kontakta oss", h1="Kontakta oss", body=contact, leftnav=kp,
             crumbs=[("Start", "/"), ("Kommun och politik", "/kommun-och-politik.html")])]
    S["front_body"] = front(S, "Välkommen till Hagavik", "Kommunen vid Bottenviken.",
                            [("Lediga jobb", "/naringsliv-och-arbete.html#lediga-jobb"), ("Förskola", "/barn-och-utbildning.html#forskola"),
                             ("Snöröjning", "/trafik-och-infrastruktur.html#snorojning"), ("Bibliotek", "/kultur-och-fritid.html#bibliotek")], "div")
    S["hits"] = {"kundtjänst": [svc], "kundtjanst": [svc], "kontaktcenter": [], "servicecenter": []}
    return S


# ============================================================ 9249 Stenmora (Joomla) -> 1
def s9249():
    S = base("9249", "Stenmora", "06", "Jönköpings län", "joomla", "stenmora.se", "0980-319 260",
             "Stenmora kommun, 999 49 Stenmora", "212000-9249")
    hyra = "/kultur-och-fritid/hyra-lokal"
    S["areas"] = areas("A", "")
    S["area_links"] = {"Kultur och fritid": [("Hyra lokal", hyra)]}
    S["news_path"] = "/nyheter"
    S["news"] = news("/nyheter", "", [
        ("statens-servicecenter-stangt", "Statens servicecenter i Stenmora håller stängt 14–18 april", "2026-01-26",
         "Statens servicecenter på Järnvägsgatan stänger under en vecka för ombyggnad.",
         "<p>Statens servicecenter hjälper till med ärenden hos Skatteverket, Försäkringskassan och Pensionsmyndigheten. Under stängningen hänvisas besökare till Statens servicecenter i Jönköping.</p>"),
        COMMON_NEWS["snoröjning"], COMMON_NEWS["budget"]])
    S["notice"] = ("Statens servicecenter i Stenmora håller stängt 14–18 april.", S["news"][0][0])
    S["sticky"] = ("Kontakta oss", "/kontakt")
    S["footer_cols"] = footer_std(S, first_extra="<p>Besöksadress: Kommunhuset, Järnvägsgatan 4</p>",
                                  extra_cols=[("Följ oss", "<p>Facebook och Instagram</p>")])
    hbody = """<p>Föreningar och privatpersoner kan hyra Folkets hus och Stenmora bygdegård för möten, fester och kurser.</p>
<table class="table table-striped"><thead><tr><th>Lokal</th><th>Antal personer</th><th>Pris per dygn</th></tr></thead><tbody>
<tr><td>Folkets hus, stora salen</td><td>150</td><td>2 400 kr</td></tr><tr><td>Folkets hus, mötesrum</td><td>20</td><td>600 kr</td></tr><tr><td>Stenmora bygdegård</td><td>80</td><td>1 500 kr</td></tr></tbody></table>
<p>Föreningar som är registrerade i kommunens föreningsregister betalar halva priset.</p>
<h2>Nycklar</h2><p>Nycklar kvitteras ut hos medborgarkontoret dagen före uthyrningen och lämnas tillbaka första vardagen efter.</p>
<h2>Städning</h2><p>Du städar själv efter dig enligt städlistan som sitter i köket. Om lokalen inte är städad debiteras en avgift.</p>"""
    contact = """<p>Kommunens växel: 0980-319 260<br>E-post: kommun@stenmora.se<br>Besöksadress: Kommunhuset, Järnvägsgatan 4</p>
<h2>Synpunkter</h2><p>Lämna synpunkter på kommunens verksamhet via e-post eller brev.</p>"""
    S["pages"] = [
        dict(path=hyra, file="hyra-lokal.html", title="Hyra lokal", h1="Hyra lokal", body=hbody,
             crumbs=[("Start", "/"), ("Kultur och fritid", "/kultur-och-fritid")], related=[("Föreningsliv", "/kultur-och-fritid#foreningsliv")], updated="2025-04-02"),
        dict(path="/kontakt", file="kontakt.html", title="Kontakta oss", h1="Kontakta oss", body=contact)]
    S["front_body"] = front(S, "Välkommen till Stenmora", "Småländsk bygd med framtidstro.",
                            [("Lediga jobb", "/naringsliv-och-arbete#lediga-jobb"), ("Förskola", "/barn-och-utbildning#forskola"),
                             ("Avfall", "/bygga-bo-och-miljo#avfall-och-atervinning"), ("Evenemang", "/kultur-och-fritid#evenemang")], "section")
    S["hits"] = {"medborgarkontor": [hyra], "medborgarkontoret": [hyra], "kontaktcenter": [], "servicecenter": [S["news"][0][0]], "kundtjänst": []}
    return S


# ============================================================ 9250 Ormeby (Next.js) -> 0
def s9250():
    S = base("9250", "Ormeby", "05", "Östergötlands län", "nextjs", "ormeby.se", "031-390 06 70",
             "Ormeby kommun, 999 50 Ormeby", "212000-9250")
    bls = "/bygga-och-bo/bygglovsservice"
    S["areas"] = areas("B", "", extra={"Bygga och bo": [("Bygglovsservice", bls)], "Näringsliv": ["Företagslots"]})
    S["news_path"] = "/nyheter"
    S["news"] = news("/nyheter", "", [
        ("statens-servicecenter-nya-oppettider", "Statens servicecenter i Ormeby får nya öppettider", "2026-01-22",
         "Från 1 mars har Statens servicecenter i Ormeby öppet tisdag–torsdag.",
         "<p>Statens servicecenter hjälper dig med ärenden hos Skatteverket, Försäkringskassan och Pensionsmyndigheten. Kontoret finns i Ormeby centrum.</p>"),
        COMMON_NEWS["forskola"], COMMON_NEWS["budget"]])
    S["notice"] = ("Statens servicecenter i Ormeby har nya öppettider från 1 mars.", S["news"][0][0])
    S["contact_path"] = "/kontakt"
    S["next_data"] = {"contactCenterEnabled": False, "labels": {"contactCenter": "Kontaktcenter", "customerService": "Kundtjänst", "contactUs": "Kontakt"}}
    S["footer_cols"] = footer_std(S, extra_cols=[
        ("Ormeby Bostäder", "<p>Ormeby Bostäder AB:s kundcenter<br>031-390 06 79</p>"),
        ("Krisinformation", "<p>Ring 113 13 vid frågor om olyckor och kriser.</p><!-- Kontaktcenter: lägg in länk här när enheten startar -->")])
    bbody = """<p class="ingress">Bygglovsservice hjälper dig som ska bygga, riva eller ändra en byggnad.</p>
<p>Vi svarar på frågor om bygglov, marklov, rivningslov och anmälan, och hjälper dig att se vad som gäller för din fastighet.</p>
<h2>Kontakta Bygglovsservice</h2><p>Telefon 031-390 06 75, tisdag och torsdag 9–12<br>E-post bygglov@ormeby.se</p>
<p>Bygglovsenheten leds av bygglovschef Karl Sjöholm.</p>"""
    contact = """<p>Växel: 031-390 06 70 (vardagar 8–16)<br>E-post: kommun@ormeby.se<br>Postadress: Ormeby kommun, 999 50 Ormeby</p>
<h2>Frågor om ditt hyreskontrakt?</h2><p>Kontakta Ormeby Bostäder AB:s kundcenter på 031-390 06 79.</p>"""
    S["pages"] = [
        dict(path=bls, file="bygglovsservice.html", title="Bygglovsservice", h1="Bygglovsservice", body=bbody,
             crumbs=[("Start", "/"), ("Bygga och bo", "/bygga-och-bo")], updated="2025-05-14"),
        dict(path="/kontakt", file="kontakt.html", title="Kontakt", h1="Kontakt", body=contact)]
    S["front_body"] = front(S, "Välkommen till Ormeby", "Här finns kommunens service, nyheter och e-tjänster.",
                            [("Förskola", "/forskola-och-skola#forskola"), ("Bygglovsservice", bls), ("Lediga jobb", "/kommun-och-politik#lediga-jobb"),
                             ("Kontakt", "/kontakt")], "section")
    S["hits"] = {"bygglovsservice": [bls], "kontaktcenter": [], "kundtjänst": [], "servicecenter": [S["news"][0][0]], "medborgarservice": []}
    return S


SITES = [s9241(), s9242(), s9243(), s9244(), s9245(), s9246(), s9247(), s9248(), s9249(), s9250()]
