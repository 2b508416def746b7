"""The hand-written part of blind18: each site's unit page (and the few extra pages).

These bodies decide aspects d and e; see labels.csv and README.md for the reading.
"""

SITE_DATA = [
    # ------------------------------------------------------------------ 9151 d1 e1
    dict(code="9151", kommun="Hjortsala", lan_kod="01", lan="Stockholms län", family="semantic",
         dom="hjortsala.se", tel="08-465 004 ", unit="Kontaktcenter", unit_path="/kontaktcenter/",
         search_words=["kontaktcenter", "kontaktcentret"],
         unit_body="""<article class="page">
<nav class="breadcrumbs" aria-label="Du är här"><a href="/">Start</a> / Kontaktcenter</nav>
<h1>Kontaktcenter</h1>
<p class="ingress">Kontaktcenter är kommunens första kontakt för dig som bor i, verkar i eller besöker Hjortsala.</p>
<p>Hos oss kan du få svar på frågor om förskoleplats, avfallshämtning, parkeringstillstånd och bygglov. Många ärenden kan vi lösa direkt medan du är kvar i telefon; andra lämnar vi vidare till rätt förvaltning och ser till att du får besked.</p>
<h2>Så når du oss</h2>
<p>Ring oss på <a href="tel:+46846500410">08-465 004 10</a> eller mejla till <a href="mailto:kontaktcenter@hjortsala.se">kontaktcenter@hjortsala.se</a>. Vi svarar på e-post inom två arbetsdagar.</p>
<h2>Vilka är vi?</h2>
<p>Vi är nio kommunvägledare med kontor i kommunhuset. Enhetschef för kontaktcenter är Maria Holm.</p>
<p class="updated">Senast uppdaterad: 12 oktober 2026</p>
</article>"""),

    # ------------------------------------------------------------------ 9152 d0 (one channel) e1
    dict(code="9152", kommun="Brynäsby", lan_kod="03", lan="Uppsala län", family="sitevision",
         dom="brynasby.se", tel="031-390 06 ", unit="Servicecenter", unit_path="/servicecenter.4.71c3a9e1.html",
         search_words=["servicecenter", "servicecentret"],
         footer_extra='<p class="sv-font-liten">Servicecenter: <a href="mailto:servicecenter@brynasby.se">servicecenter@brynasby.se</a></p>',
         unit_body="""<div class="sv-layout sv-column-8">
<div class="sv-portlet sv-text-portlet"><h1 class="subheading">Servicecenter</h1>
<p class="sv-font-ingress">Brynäsby kommuns servicecenter tar emot dina frågor om:</p>
<ul class="sv-list">
<li>skolskjuts och skolval</li>
<li>avgifter för förskola och fritidshem</li>
<li>sophämtning och slamtömning</li>
<li>bostadsanpassning</li>
<li>felanmälan av gatubelysning</li>
</ul></div>
<div class="sv-portlet sv-text-portlet"><h2 class="subheading">Ring oss</h2>
<p>Telefon: 031-390 06 20</p>
<p>Du kan också mejla oss. Adressen hittar du längst ner på sidan.</p></div>
</div>
<div class="sv-layout sv-column-4">
<div class="sv-portlet sv-contact-portlet"><div class="sv-contact-card">
<img src="/images/18.3b2c/jonas-ek.jpg" alt="Porträtt av Jonas Ek">
<p class="sv-contact-name">Jonas Ek</p>
<p class="sv-contact-title">Verksamhetsansvarig, Servicecenter</p>
</div></div></div>"""),

    # ------------------------------------------------------------------ 9153 d1 e0 (kontaktperson, sidansvarig)
    dict(code="9153", kommun="Vallmora", lan_kod="05", lan="Östergötlands län", family="table",
         charset="iso-8859-1", dom="vallmora.se", tel="0980-319 2", unit="Medborgarkontoret",
         unit_path="/medborgarkontoret/", search_words=["medborgarkontoret", "medborgarkontor"],
         unit_body="""<h1><font face="Verdana" color="#003366">Medborgarkontoret</font></h1>
<p><font face="Verdana" size="2">På Medborgarkontoret i kommunhusets entré får du hjälp med många av dina ärenden hos kommunen. Här är några exempel:</font></p>
<table border="1" cellpadding="4" cellspacing="0" width="100%" summary="Ärenden som Medborgarkontoret hjälper till med">
<tr bgcolor="#e8eef5"><th align="left"><font size="2">Ärende</font></th><th align="left"><font size="2">Så hjälper vi dig</font></th></tr>
<tr><td><font size="2">Bygglov och bygganmälan</font></td><td><font size="2">Vi lämnar ut blanketter och tar emot din ansökan</font></td></tr>
<tr><td><font size="2">Färdtjänst</font></td><td><font size="2">Vi hjälper dig att fylla i ansökan</font></td></tr>
<tr><td><font size="2">Förskola och fritidshem</font></td><td><font size="2">Vi visar hur du ställer ditt barn i kö</font></td></tr>
<tr><td><font size="2">Hittegods</font></td><td><font size="2">Vi tar emot och lämnar ut upphittade saker</font></td></tr>
</table>
<h2><font face="Verdana" size="3">Öppettider</font></h2>
<table border="0" cellpadding="2" summary="Öppettider">
<tr><td><font size="2">Måndag–torsdag</font></td><td><font size="2">8.00–16.30</font></td></tr>
<tr><td><font size="2">Fredag</font></td><td><font size="2">8.00–15.00</font></td></tr>
<tr><td><font size="2">Lunch</font></td><td><font size="2">stängt 12.00–13.00</font></td></tr>
</table>
<p><font size="2"><b>Besöksadress:</b> Kommunhuset, Storgatan 1, entréplan</font></p>
<p><font size="2">Kontaktperson: Lisa Berg, kommunvägledare</font></p>
<hr>
<p><font size="1">Sidansvarig: Anna Ek, webbredaktör. Senast uppdaterad 2026-10-02.</font></p>"""),

    # ------------------------------------------------------------------ 9154 d0 (bare offer) e1 (staff table)
    dict(code="9154", kommun="Kärrholma", lan_kod="07", lan="Kronobergs län", family="municipio",
         dom="karrholma.se", tel="040-628 04 ", unit="Kundcenter", unit_path="/kundcenter/",
         search_words=["kundcenter", "kundcentret"],
         unit_body="""<article class="c-article">
<h1 class="c-typography c-typography__variant--h1">Kundcenter</h1>
<p class="lead">Vi finns här för dig!</p>
<p>Hör av dig till oss om du undrar något – vi gör vårt bästa för att hjälpa dig vidare, och vill du träffas går det bra att boka en tid.</p>
<div class="c-card c-card--panel"><div class="c-card__header"><h2>Kontakta Kundcenter</h2></div>
<div class="c-card__body"><ul class="c-list">
<li>Telefon: 040-628 04 30</li>
<li>E-post: <a href="mailto:kundcenter@karrholma.se">kundcenter@karrholma.se</a></li>
<li>Telefontider: måndag–fredag 8–17, lunchstängt 12–13</li>
</ul></div></div>
<h2>Medarbetare</h2>
<table class="c-table"><thead><tr><th>Namn</th><th>Befattning</th></tr></thead>
<tbody><tr><td>Peter Nord</td><td>Kundcenterchef</td></tr>
<tr><td>Amira Haddad</td><td>Kundvägledare</td></tr>
<tr><td>Johan Berggren</td><td>Kundvägledare</td></tr>
<tr><td>Linnea Sjö</td><td>Kundvägledare</td></tr></tbody></table>
</article>"""),

    # ------------------------------------------------------------------ 9155 d1 (FAQ, chat, form) e0 (kommundirektör)
    dict(code="9155", kommun="Ramsåker", lan_kod="10", lan="Blekinge län", family="bootstrap",
         dom="ramsaker.se", tel="08-465 004 ", unit="Kommunservice", unit_path="/kommunservice/",
         search_words=["kommunservice"],
         unit_body="""<div class="row"><div class="col-lg-8">
<h1 class="display-6">Kommunservice</h1>
<p class="lead">Kommunservice är Ramsåkers gemensamma ingång för invånare och företag.</p>
<h2 class="h4 mt-4">Vanliga frågor till Kommunservice</h2>
<div class="faq">
<h3 class="h6">Kan ni hjälpa mig med min ansökan om bygglov?</h3>
<p>Ja. Vi går igenom vilka handlingar som behövs och hjälper dig att skicka in ansökan.</p>
<h3 class="h6">Jag har fått en faktura för vatten och avlopp som jag inte förstår.</h3>
<p>Chatta med oss eller skriv i formuläret nedan, så går vi igenom fakturan tillsammans.</p>
<h3 class="h6">Hur byter jag skola för mitt barn?</h3>
<p>Vi berättar hur skolvalet går till och vilka datum som gäller.</p>
</div>
</div>
<div class="col-lg-4"><div class="card"><div class="card-body">
<h2 class="h5 card-title">Chatta med oss</h2>
<p>Chatten är öppen vardagar 9–15.</p>
<button type="button" class="btn btn-primary" id="chat-start">Starta chatten</button>
</div></div></div></div>
<h2 class="h4 mt-4">Skriv till Kommunservice</h2>
<form method="post" action="/kommunservice/skicka/" class="row g-3">
<div class="col-md-6"><label class="form-label" for="namn">Namn</label><input class="form-control" id="namn" name="namn"></div>
<div class="col-md-6"><label class="form-label" for="epost">Din e-postadress</label><input class="form-control" id="epost" name="epost" type="email"></div>
<div class="col-12"><label class="form-label" for="arende">Ditt ärende</label><textarea class="form-control" id="arende" name="arende" rows="4"></textarea></div>
<div class="col-12"><button class="btn btn-success" type="submit">Skicka</button></div>
</form>
<p class="small text-muted mt-4">Kommunservice är en del av kommunledningskontoret, som leds av kommundirektör Erik Sand.</p>
<script>document.getElementById("chat-start").addEventListener("click",function(){alert("Chatten startar")})</script>"""),

    # ------------------------------------------------------------------ 9156 d0 (footer-only channels) e1 (org page)
    dict(code="9156", kommun="Lindesås", lan_kod="12", lan="Skåne län", family="soup",
         dom="lindesas.se", tel="040-628 04 ", unit="Servicecentrum", unit_path="/servicecentrum/",
         search_words=["servicecentrum"],
         footer_extra='<div class="box8"><b>Servicecentrum</b><br>Tel 040-628 04 60<br><a href="mailto:servicecentrum@lindesas.se">servicecentrum@lindesas.se</a><br>Vardagar 8–17</div>',
         unit_body="""<div class="c12">
<h1 class="t0">Servicecentrum</h1>
<div class="p4">Det här kan vi på Servicecentrum hjälpa dig med:</div>
<h2 class="t2">Bygga och bo</h2>
<div class="p4">Frågor om bygglov, tomtkö och sophämtning.</div>
<h2 class="t2">Skola och förskola</h2>
<div class="p4">Ansökan om förskoleplats, skolskjuts och fritidshem.</div>
<h2 class="t2">Stöd och omsorg</h2>
<div class="p4">Färdtjänst, bostadsanpassning och ansökan om hemtjänst.</div>
<h2 class="t2">Kontakt</h2>
<div class="p4">Kontaktuppgifter till Servicecentrum hittar du längst ner på varje sida.</div>
<div class="p4">Läs om hur <a href="/organisation/">kommunens förvaltning är organiserad</a>.</div>
</div>""",
         extra_pages={"/organisation/": ("organisation.html", "Organisation", """<div class="c12">
<h1 class="t0">Organisation</h1>
<div class="p4">Lindesås kommuns förvaltning är indelad i fyra förvaltningar och ett antal gemensamma enheter.</div>
<div class="g2"><div class="r1"><span class="k">Kommunledningsförvaltningen</span> <span class="v">förvaltningschef Mats Ohlin</span></div>
<div class="r1"><span class="k">Servicecentrum</span> <span class="v">enhetschef Karin Alm</span></div>
<div class="r1"><span class="k">Ekonomiavdelningen</span> <span class="v">ekonomichef Hans Tell</span></div>
<div class="r1"><span class="k">Barn- och utbildningsförvaltningen</span> <span class="v">förvaltningschef Ida Rosén</span></div>
<div class="r1"><span class="k">Socialförvaltningen</span> <span class="v">förvaltningschef Omar Khalil</span></div>
<div class="r1"><span class="k">Samhällsbyggnadsförvaltningen</span> <span class="v">förvaltningschef Britt Lager</span></div></div>
</div>""")}),

    # ------------------------------------------------------------------ 9157 d1 (examples sentence) e0 (politician)
    dict(code="9157", kommun="Grävlinge", lan_kod="14", lan="Västra Götalands län", family="custom",
         dom="gravlinge.se", tel="031-390 06 ", unit="Kontakt Grävlinge", unit_path="/kontakt-gravlinge/",
         search_words=["kontakt grävlinge"],
         unit_body="""<x-article>
<h1>Kontakt Grävlinge</h1>
<p>Kontakt Grävlinge är kommunens samlade service för invånare, företagare och besökare. Du kan till exempel vända dig till oss om du vill ansöka om bostadsanpassning, anmäla fel på gatubelysning eller boka en lokal i kommunhuset.</p>
<x-box class="contact">
<h2>Ring eller besök oss</h2>
<p>Tel. 031 - 390 06 30</p>
<p>Besök oss: Kommunhuset, Storgatan 1, plan 1</p>
<p>Vi har öppet vardagar kl. 8–16.30.</p>
</x-box>
<h2>Vi som arbetar här</h2>
<p>Hos oss arbetar sex servicespecialister och två samhällsvägledare.</p>
<h2>Politisk styrning</h2>
<p>Kontakt Grävlinge hör till kommunstyrelsen. Kommunstyrelsens ordförande är Lars Ström (C).</p>
</x-article>"""),

    # ------------------------------------------------------------------ 9158 d1 ((at), form) e1 (leds av en enhetschef)
    dict(code="9158", kommun="Tjärnvik", lan_kod="22", lan="Västernorrlands län", family="aria",
         dom="tjarnvik.se", tel="0980-319 2", unit="Medborgarservice", unit_path="/medborgarservice/",
         search_words=["medborgarservice"],
         unit_body="""<div class="art">
<h1>Medborgarservice</h1>
<p>Medborgarservice hjälper dig med bland annat:</p>
<ul>
<li>ansökan om parkeringstillstånd för rörelsehindrade</li>
<li>frågor om din avgift för äldreomsorg</li>
<li>lån av lokaler och idrottshallar</li>
<li>att hitta rätt blankett eller e-tjänst</li>
</ul>
<h2>Kontakta Medborgarservice</h2>
<p>E-post: medborgarservice(at)tjarnvik.se</p>
<p><a href="/e-tjanster/kontaktformular/">Skriv till oss i kontaktformuläret</a></p>
<h2>Om oss</h2>
<p>Medborgarservice leds av en enhetschef och har åtta medarbetare.</p>
</div>""",
         extra_pages={"/e-tjanster/kontaktformular/": ("kontaktformular.html", "Kontaktformulär", """<div class="art">
<h1>Kontaktformulär</h1>
<p>Fyll i formuläret så återkommer vi inom tre arbetsdagar.</p>
<form method="post" action="/e-tjanster/kontaktformular/skicka/">
<p><label>Namn <input name="namn"></label></p>
<p><label>E-post <input name="epost" type="email"></label></p>
<p><label>Meddelande <textarea name="text" rows="5"></textarea></label></p>
<p><button type="submit">Skicka</button></p>
</form></div>""")}),

    # ------------------------------------------------------------------ 9159 d0 ("kommunen och kommunens service") e0 (ansvarig för växeln)
    dict(code="9159", kommun="Sjöhamra", lan_kod="24", lan="Västerbottens län", family="drupal",
         dom="sjohamra.se", tel="08-465 004 ", unit="Kundtjänst", unit_path="/kundtjanst/",
         search_words=["kundtjänst", "kundtjanst"],
         unit_body="""<article class="node node--type-page">
<h1 class="page-title"><span class="field field--name-title">Kundtjänst</span></h1>
<div class="field field--name-body">
<p>Kundtjänst svarar på dina frågor om kommunen och kommunens service – stort som smått.</p>
<p>Hittar du inte det du söker på webbplatsen? Hör av dig, så hjälper vi dig vidare.</p>
<table><caption>Telefontider</caption><thead><tr><th>Dag</th><th>Tid</th></tr></thead>
<tbody><tr><td>Måndag–torsdag</td><td>08.00–16.30</td></tr><tr><td>Fredag</td><td>08.00–15.00</td></tr></tbody></table>
<p>Telefon <a href="tel:+46846500460">08-465 004 60</a><br>E-post <a href="mailto:kundtjanst@sjohamra.se">kundtjanst@sjohamra.se</a></p>
<h2>Växeln</h2>
<p>Kundtjänst delar lokal med kommunens växel, som kopplar dina samtal till rätt person. Växeln är en egen enhet inom ekonomiavdelningen. Ansvarig för växeln är Elin Dahl.</p>
</div></article>"""),

    # ------------------------------------------------------------------ 9160 d0 ("allt") e0 (staff roles only)
    dict(code="9160", kommun="Ulvbacka", lan_kod="25", lan="Norrbottens län", family="episerver",
         dom="ulvbacka.se", tel="0980-319 2", unit="Servicekontoret", unit_path="/servicekontoret/",
         search_words=["servicekontoret", "servicekontor"],
         unit_body="""<div id="maincontent">
<h1>Servicekontoret</h1>
<p class="introduction">Välkommen till Servicekontoret! Här får du hjälp med allt. Ingen fråga är för liten.</p>
<div class="contactbox"><h2>Besök och kontakt</h2>
<p>Besöksadress: Järnvägsgatan 5, Ulvbacka</p>
<p>Telefon: 0980-319 250</p>
<p>E-post: servicekontoret@ulvbacka.se</p></div>
<h2>Medarbetare</h2>
<table class="stafftable"><tr><th>Namn</th><th>Roll</th></tr>
<tr><td>Sara Niemi</td><td>Kommunvägledare</td></tr>
<tr><td>Tomas Lantto</td><td>Kommunvägledare</td></tr>
<tr><td>Aino Kuoppa</td><td>Handläggare, bostadsanpassning</td></tr>
<tr><td>Viktor Pekkari</td><td>Kontaktperson för webbfrågor</td></tr></table>
<p><a href="/organisation/">Så är kommunen organiserad</a></p>
</div>""",
         extra_pages={"/organisation/": ("organisation.html", "Organisation", """<div id="maincontent">
<h1>Organisation</h1>
<p>Kommunens verksamhet leds av kommunstyrelsen och fyra nämnder. Tjänstepersonsorganisationen ser ut så här:</p>
<ul>
<li>Kommundirektör: Ulla Rova</li>
<li>Ekonomichef: Per Alatalo</li>
<li>HR-chef: Maja Hietala</li>
<li>Chef för socialförvaltningen: Kent Öhman</li>
<li>Chef för bildningsförvaltningen: Lena Koivisto</li>
<li>Chef för samhällsbyggnadsförvaltningen: Jörgen Sundqvist</li>
</ul></div>""")}),
]
