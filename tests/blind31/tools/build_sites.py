#!/usr/bin/env python3
"""Typing aid that wrote tests/blind31/sites/ (the HTML files are the corpus).

    python3 tests/blind31/tools/build_sites.py

Ten small, old municipal sites, each in its own markup (see ../README.md). labels.csv is
hand-written and not generated.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Out, e, latin1_safe, topic


# --------------------------------------------------------------------------------------
# 9337 Tjärnvik: XHTML 1.0 Transitional, inline styles, front page = one big image map
# --------------------------------------------------------------------------------------
def s9337() -> Out:
    o = Out("9337", "Tjärnvik", "22", "Västernorrlands län", "xhtml-imagemap")
    ctx = {"kk": "Tjärnviks kommun", "k": "Tjärnvik"}
    areas = [
        ("/barn-och-utbildning/", "barn.html", "Barn och utbildning", ["forskola", "fritidshem", "grundskola", "gymnasium", "komvux", "skolskjuts"],
         "Här hittar du information om förskola, skola och vuxenutbildning i Tjärnviks kommun."),
        ("/omsorg-och-hjalp/", "omsorg.html", "Omsorg och hjälp", ["hemtjanst", "sarskilt-boende", "lss", "fardtjanst", "ekonomiskt-bistand"],
         "Stöd och omsorg för äldre, för personer med funktionsnedsättning och för dig som behöver ekonomisk hjälp."),
        ("/bygga-bo-och-miljo/", "bygga.html", "Bygga, bo och miljö", ["bygglov", "detaljplaner", "avfall", "vatten", "gator", "miljo"],
         "Bygglov, planer, avfall, vatten och avlopp och gator."),
        ("/kultur-och-fritid/", "kultur.html", "Kultur och fritid", ["bibliotek", "idrott", "foreningar", "turism", "fiske"],
         "Bibliotek, idrott, föreningsliv och friluftsliv i Tjärnvik."),
        ("/naringsliv-och-arbete/", "naringsliv.html", "Näringsliv och arbete", ["foretagsstod", "upphandling", "lediga-jobb", "tillstand"],
         "För dig som driver företag eller söker jobb i kommunen."),
        ("/kommun-och-politik/", "kommun.html", "Kommun och politik", ["fullmaktige", "namnder", "budget", "allmanna-handlingar", "synpunkter", "kris"],
         "Så styrs Tjärnviks kommun. Här finns protokoll, budget och information om hur du kan påverka."),
    ]

    def left(cur: str | None) -> str:
        rows = []
        for path, _f, name, tids, _i in areas:
            sub = ""
            if path == cur:
                sub = '<ul style="margin:2px 0 6px 0;padding-left:14px;list-style:square">' + "".join(
                    f'<li style="margin:2px 0"><a href="{path}#{t}" style="color:#1d4f73">{e(topic(t, ctx)[0])}</a></li>' for t in tids) + "</ul>"
            rows.append(f'<li style="margin:0 0 5px 0"><a href="{path}" style="color:#1d4f73;font-weight:bold;text-decoration:none">{e(name)}</a>{sub}</li>')
        return '<ul style="list-style:none;margin:0;padding:0">\n' + "\n".join(rows) + "\n</ul>"

    def page(title: str, body: str, cur: str | None = None, crumbs: str = "", front: bool = False) -> str:
        t = "Tjärnviks kommun" if front else f"Tjärnviks kommun - {title}"
        if front:
            mid = body
        else:
            mid = f"""<div id="vanster" style="float:left;width:176px;padding:12px 8px 12px 12px;background:#eef3f6;min-height:420px">
{left(cur)}
</div>
<div id="innehall" style="margin-left:200px;padding:10px 18px 20px 10px;line-height:1.5em">
<p style="font-size:10px;color:#667">Du är här: <a href="/" style="color:#667">Startsida</a> &gt; {crumbs}</p>
{body}
</div>"""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv" lang="sv">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{e(t)}</title>
<meta name="description" content="Tjärnviks kommuns officiella webbplats" />
<style type="text/css">
h1 {{ font-family: Georgia, serif; font-size: 22px; color: #1d4f73; font-weight: normal }}
h2 {{ font-size: 14px; color: #1d4f73; margin: 16px 0 2px 0 }}
a img {{ border: 0 }}
</style>
<script type="text/javascript">
function oppnaFonster(url) {{ window.open(url, 'popup', 'width=600,height=500,scrollbars=yes'); return false; }}
</script>
</head>
<body style="margin:0;background:#dfe6ea;font-family:Verdana,Arial,sans-serif;font-size:12px;color:#222">
<div id="wrapper" style="width:780px;margin:0 auto;background:#ffffff">
<div id="sidhuvud" style="height:96px;background:#1d4f73;position:relative">
<a href="/index.html"><img src="/bilder/tjarnvik_logo.gif" alt="Tjärnviks kommun" width="230" height="60" style="position:absolute;left:16px;top:18px" /></a>
<div id="topplankar" style="position:absolute;right:12px;top:10px;font-size:11px;color:#fff">
<a href="/kontakt/" style="color:#fff">Kontakta oss</a> &nbsp;|&nbsp; <a href="/nyheter/" style="color:#fff">Nyheter</a> &nbsp;|&nbsp; <a href="/tillganglighet/" style="color:#fff">Om webbplatsen</a>
</div>
<form action="/sok/" method="get" style="position:absolute;right:12px;top:54px;margin:0"><div><label for="q" style="color:#fff;font-size:11px">Sök:</label> <input type="text" name="q" id="q" size="18" /> <input type="submit" value="Sök" /></div></form>
</div>
{mid}
<div id="sidfot" style="clear:both;background:#e4ecf1;border-top:3px solid #1d4f73;padding:8px 12px;font-size:11px;color:#333">
Tjärnviks kommun, Storgatan 12, 999 21 Tjärnvik &nbsp;|&nbsp; Växel och Kundtjänst: 0980-319 200 &nbsp;|&nbsp; E-post: kommun@tjarnvik.se &nbsp;|&nbsp; Org.nr 212000-9337<br />
Sidan uppdaterad 2013-02-11 &nbsp;|&nbsp; <a href="/tillganglighet/" style="color:#333">Tillgänglighet och kakor</a>
</div>
</div>
</body>
</html>
"""

    news = [
        ("isbana", "2013-02-08", "Isbanan på Tjärnen är spolad", "Nu är isbanan på Tjärnen spolad och klar för skridskoåkning. Banan plogas och spolas varje vecka så länge kylan håller i sig. Tänk på att all åkning sker på egen risk."),
        ("norra-hamnen", "2013-01-29", "Ny detaljplan för Norra hamnen på samråd", "Ett förslag till detaljplan för bostäder och småbåtshamn vid Norra hamnen är ute på samråd till och med den 1 mars. Planhandlingarna finns i kommunhusets entré och på biblioteket. Lämna dina synpunkter skriftligt till bygg- och miljönämnden."),
        ("sommarjobb", "2013-01-21", "Sommarjobb för ungdomar – sök senast 15 april", "Är du född 1996 eller 1997 och folkbokförd i kommunen? Då kan du söka feriearbete i tre veckor under sommaren. Ansökningsblanketten finns på skolornas expeditioner."),
    ]
    coords = [("20,30,250,130", 0), ("270,30,500,130", 1), ("520,30,760,130", 2), ("20,150,250,250", 3), ("270,150,500,250", 4), ("520,150,760,250", 5)]
    areas_map = "\n".join(f'<area shape="rect" coords="{c}" href="{areas[i][0]}" alt="{e(areas[i][2])}" title="{e(areas[i][2])}" />' for c, i in coords)
    textmenu = "\n".join(
        f'<li style="margin-bottom:6px"><a href="{p}" style="font-weight:bold;color:#1d4f73">{e(n)}</a>: '
        + " &middot; ".join(f'<a href="{p}#{t}" style="color:#1d4f73">{e(topic(t, ctx)[0])}</a>' for t in tids) + "</li>"
        for p, _f, n, tids, _i in areas)
    front = f"""<div id="startbild" style="position:relative">
<img src="/bilder/startbild_2011.jpg" width="780" height="400" alt="Välkommen till Tjärnviks kommun - välj ett område i bilden" usemap="#startkarta" style="display:block;background:#9bb7c9" />
<map name="startkarta" id="startkarta">
{areas_map}
<area shape="rect" coords="520,280,760,380" href="/kundtjanst/" alt="Kundtjanst" title="Kundtjanst" />
<area shape="default" nohref="nohref" alt="" />
</map>
</div>
<div style="padding:10px 14px;overflow:hidden">
<div id="textlankar" style="float:left;width:470px">
<h2 style="font-size:13px;color:#1d4f73">Textlänkar till områdena</h2>
<ul style="margin:0;padding-left:16px;font-size:11px;line-height:1.6em">
{textmenu}
</ul>
</div>
<div id="nyheter" style="float:right;width:260px;background:#f4f7f9;border:1px solid #c9d6de;padding:6px 10px">
<h2 style="font-size:13px;color:#1d4f73;margin-top:0">Nyheter</h2>
""" + "\n".join(f'<p style="margin:0 0 8px 0"><span style="font-size:10px;color:#667">{d}</span><br /><a href="/nyheter/#{i}" style="color:#1d4f73">{e(h)}</a></p>' for i, d, h, _t in news) + """
<p style="margin:0"><a href="/nyheter/" style="color:#1d4f73;font-size:11px">Fler nyheter &raquo;</a></p>
</div>
</div>"""
    o.page("/", "index.html", page("Startsida", front, front=True))
    o.page("/index.html", "index.html")
    for path, fname, name, tids, intro in areas:
        secs = "\n".join(f'<h2 id="{t}">{e(topic(t, ctx)[0])}</h2>\n<p>{e(topic(t, ctx)[1])}</p>' for t in tids)
        o.page(path, fname, page(name, f"<h1>{e(name)}</h1>\n<p><strong>{e(intro)}</strong></p>\n{secs}", cur=path, crumbs=e(name)))

    kt = """<h1>Kundtjänst</h1>
<p><strong>Kundtjänst (KT) är Tjärnviks kommuns gemensamma ingång för dig som bor, arbetar eller driver företag i kommunen. Vi svarar på det mesta direkt, så att du slipper leta rätt på rätt förvaltning.</strong></p>
<h2>Det här kan vi hjälpa dig med</h2>
<ul>
<li>plats i förskola och fritidshem och frågor om din barnomsorgsfaktura</li>
<li>sophämtning, slamtömning och vatten och avlopp</li>
<li>enklare frågor om bygglov och hur långt ditt ärende har kommit</li>
<li>färdtjänst och parkeringstillstånd</li>
<li>felanmälan av gatubelysning, vägar och lekplatser</li>
<li>blanketter och e-tjänster</li>
</ul>
<p>Kan vi inte svara direkt tar vi emot ditt ärende och ser till att rätt handläggare hör av sig till dig, oftast inom två arbetsdagar.</p>
<h2>Så når du oss</h2>
<table cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:12px" summary="Kontaktuppgifter till Kundtjänst">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding-right:14px">Telefon</th><td>0980-319 200</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding-right:14px">E-post</th><td><a href="mailto:kundtjanst@tjarnvik.se">kundtjanst@tjarnvik.se</a></td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding-right:14px">Besöksadress</th><td>Kommunhuset, Storgatan 12, entréplan</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding-right:14px">Öppetider</th><td>Måndag–torsdag 8.00–16.30<br />Fredag 8.00–15.00<br />Lunchstängt 12.00–12.45</td></tr>
</table>
<div class="ansvarig" style="margin-top:16px;padding:6px 8px;border:1px solid #c9d6de;background:#f4f7f9;width:300px">
<strong>Ansvarig</strong><br />Birgitta Sjölund, enhetschef Kundtjänst<br />Tel 0980-319 205
</div>"""
    o.page("/kundtjanst/", "kundtjanst.html", page("Kundtjänst", kt, crumbs="Kundtjänst"))
    kontakt = """<h1>Kontakta oss</h1>
<p>Du når Tjärnviks kommun på telefon 0980-319 200 vardagar 8.00–16.30. Har du en fråga är det enklast att vända dig till <a href="/kundtjanst/">Kundtjänst</a>, som svarar på det mesta direkt.</p>
<h2>Postadress</h2>
<p>Tjärnviks kommun<br />999 21 Tjärnvik</p>
<h2>E-post till registrator</h2>
<p>kommun@tjarnvik.se</p>
<h2>Förtroendevalda</h2>
<p>Kontaktuppgifter till politikerna finns under <a href="/kommun-och-politik/#fullmaktige">Kommunfullmäktige</a>.</p>"""
    o.page("/kontakt/", "kontakt.html", page("Kontakta oss", kontakt, crumbs="Kontakta oss"))
    nb = "<h1>Nyheter</h1>\n" + "\n".join(f'<h2 id="{i}">{e(h)}</h2>\n<p style="font-size:10px;color:#667;margin:0">{d}</p>\n<p>{e(t)}</p>' for i, d, h, t in news)
    o.page("/nyheter/", "nyheter.html", page("Nyheter", nb, crumbs="Nyheter"))
    om = """<h1>Om webbplatsen</h1>
<h2 id="tillganglighet">Tillgänglighet</h2>
<p>Vi arbetar för att webbplatsen ska gå att använda för alla. Startsidan är en bild med klickbara områden; under bilden finns samma länkar som text. Hittar du något som inte fungerar vill vi gärna veta det.</p>
<h2 id="kakor">Kakor</h2>
<p>Webbplatsen använder en sessionskaka för sökfunktionen. Den försvinner när du stänger webbläsaren.</p>
<p>Webbredaktör: Tomas Vik, kommunikationsenheten.</p>"""
    o.page("/tillganglighet/", "tillganglighet.html", page("Om webbplatsen", om, crumbs="Om webbplatsen"))
    o.files["sok.html"] = page("Sök", "<h1>Sök på webbplatsen</h1>\n<!--SEARCH_RESULTS-->", crumbs="Sök")
    o.m["search"] = {"path": "/sok/", "param": "q", "template": "sok.html",
                     "hits": {"kundtjänst": ["/kundtjanst/"], "kundtjanst": ["/kundtjanst/"]}}
    o.m["robots"] = "User-agent: *\nDisallow: /admin/\n"
    return o


# --------------------------------------------------------------------------------------
# 9338 Ulvsjö: HTML 4.01 frameset (banner frame, menu frame, content frame)
# --------------------------------------------------------------------------------------
def s9338() -> Out:
    o = Out("9338", "Ulvsjö", "23", "Jämtlands län", "frameset")
    ctx = {"kk": "Ulvsjö kommun", "k": "Ulvsjö"}
    areas = [
        ("barn.html", "BARN OCH SKOLA", "Barn och skola", ["forskola", "pedagogisk-omsorg", "grundskola", "skolskjuts", "skolmat"]),
        ("omsorg.html", "OMSORG OCH STÖD", "Omsorg och stöd", ["hemtjanst", "sarskilt-boende", "fardtjanst", "anhorig", "ekonomiskt-bistand"]),
        ("bygga.html", "BYGGA OCH BO", "Bygga och bo", ["bygglov", "tomter", "avfall", "vatten", "gator"]),
        ("kultur.html", "KULTUR OCH FRITID", "Kultur och fritid", ["bibliotek", "idrott", "fiske", "turism"]),
        ("naringsliv.html", "NÄRINGSLIV OCH ARBETE", "Näringsliv och arbete", ["foretagsstod", "lediga-jobb", "feriearbete"]),
        ("kommun.html", "KOMMUN OCH POLITIK", "Kommun och politik", ["fullmaktige", "namnder", "budget", "allmanna-handlingar"]),
    ]
    head = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title>
<style type="text/css">
body {{ font-family: Arial, Helvetica, sans-serif; font-size: 13px; color: #222 }}
h1 {{ font-size: 20px; color: #2b5329 }}
h2 {{ font-size: 15px; color: #2b5329; margin: 18px 0 2px 0 }}
a {{ color: #2b5329 }}
</style>
</head>
"""

    def content(title: str, body: str, updated: str, editor: str = "Lena Hed") -> str:
        return head.format(title=e(title)) + f"""<body bgcolor="#ffffff" style="margin:14px 22px">
{body}
<hr size="1" noshade>
<p style="font-size:11px;color:#666">Sidansvarig: {editor} &nbsp;&nbsp; Senast uppdaterad: {updated}</p>
</body>
</html>
"""

    frameset = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Ulvsjö kommun</title>
<meta name="description" content="Ulvsjö kommun - mitt i fjällvärlden">
</head>
<frameset rows="112,*" frameborder="0" border="0" framespacing="0">
<frame src="topp.html" name="topp" title="Sidhuvud" scrolling="no" noresize>
<frameset cols="205,*" frameborder="0" border="0" framespacing="0">
<frame src="meny.html" name="meny" title="Meny" scrolling="auto">
<frame src="start.html" name="huvud" title="Innehåll" scrolling="auto">
</frameset>
<noframes>
<body>
<p>Den här webbplatsen använder ramar. Gå till <a href="start.html">startsidan</a> eller till <a href="meny.html">menyn</a>.</p>
</body>
</noframes>
</frameset>
</html>
"""
    o.page("/", "index.html", frameset)
    o.page("/index.html", "index.html")
    topp = head.format(title="Ulvsjö kommun") + """<body bgcolor="#2b5329" style="margin:0">
<table width="100%" height="112" border="0" cellpadding="0" cellspacing="0">
<tr>
<td width="330" valign="middle" style="padding-left:18px"><a href="index.html" target="_top"><img src="bilder/ulvsjo_logga.gif" alt="Ulvsjö kommun" width="300" height="70" border="0"></a></td>
<td valign="bottom" align="right" style="padding:0 18px 12px 0;font-size:12px;color:#fff">
<a href="start.html" target="huvud" style="color:#fff">Startsida</a> &nbsp;|&nbsp;
<a href="nyheter.html" target="huvud" style="color:#fff">Nyheter</a> &nbsp;|&nbsp;
<a href="kontakt.html" target="huvud" style="color:#fff">Kontakta oss</a>
</td>
</tr>
</table>
</body>
</html>
"""
    o.page("/topp.html", "topp.html", topp)
    rows = ['<p class="m1"><a href="medborgarkontoret.html" target="huvud">MEDBORGARKONTORET</a></p>', '<p class="sep">&nbsp;</p>']
    for f, upper, _n, tids in areas:
        rows.append(f'<p class="m1"><a href="{f}" target="huvud">{e(upper)}</a></p>')
        rows += [f'<p class="m2"><a href="{f}#{t}" target="huvud">{e(topic(t, ctx)[0])}</a></p>' for t in tids]
    meny = head.format(title="Meny") + """<body bgcolor="#e9efe4" style="margin:10px 8px">
<style type="text/css">
p.m1 { margin: 10px 0 2px 0; font-weight: bold; font-size: 12px }
p.m2 { margin: 1px 0 1px 10px; font-size: 11px }
p.m1 a, p.m2 a { text-decoration: none }
p.sep { margin: 0; font-size: 4px; border-bottom: 1px dotted #2b5329 }
</style>
""" + "\n".join(rows) + """
<hr size="1" noshade>
<p style="font-size:10px;color:#333">Ulvsjö kommun<br>Torget 1<br>999 11 Ulvsjö<br>Växel 08-465 004 00<br>kommun@ulvsjo.se</p>
</body>
</html>
"""
    o.page("/meny.html", "meny.html", meny)
    news = [
        ("vagar", "2012-11-20", "Vägarna in till byarna plogas i tur och ordning", "Efter det kraftiga snöfallet plogas först huvudvägarna och skolvägarna och sedan byvägarna. Vi ber om förståelse för att det kan dröja något dygn innan alla vägar är klara."),
        ("budget", "2012-11-14", "Budget 2013 antagen", "Kommunfullmäktige antog på måndagen budgeten för 2013. Skatten är oförändrad. Protokollet justeras nästa vecka."),
        ("bibliotek", "2012-10-30", "Biblioteket har nya öppettider", "Från och med november har biblioteket öppet även tisdagskvällar till kl 19. Lördagsöppet som vanligt 10-13."),
    ]
    start = content("Ulvsjö kommun - Startsida", """<h1>Välkommen till Ulvsjö kommun</h1>
<p><img src="bilder/fjallen.jpg" alt="Utsikt över Ulvsjön en vinterdag" width="420" height="180" align="right" hspace="10">Ulvsjö kommun ligger mitt i fjällvärlden med drygt 3 000 invånare i centralorten och byarna runt sjön. Här hittar du information om kommunens verksamheter, om politiken och om vad som händer i kommunen. Använd menyn till vänster för att hitta rätt.</p>
<h2>AKTUELLT</h2>
""" + "\n".join(f'<p><b>{d}</b> <a href="nyheter.html#{i}">{e(h)}</a></p>' for i, d, h, _t in news) + """
<p><a href="nyheter.html">Fler nyheter</a></p>""", "2012-11-20")
    o.page("/start.html", "start.html", start)
    for f, _u, name, tids in areas:
        secs = "\n".join(f'<h2><a name="{t}"></a>{e(topic(t, ctx)[0])}</h2>\n<p>{e(topic(t, ctx)[1])}</p>' for t in tids)
        extra = ""
        if f == "kommun.html":
            extra = """
<h2><a name="organisation"></a>Kommunens organisation</h2>
<p>Kommunens förvaltning leds av kommunchef Anders Bråth. Under kommunchefen finns kommunledningskontoret med kansli, ekonomi, personal och Medborgarkontoret, samt förvaltningarna för barn och utbildning, omsorg och samhällsbyggnad.</p>"""
        o.page(f"/{f}", f, content(name, f"<p style=\"font-size:11px;color:#666\">Ulvsjö kommun &gt; {e(name)}</p>\n<h1>{e(name)}</h1>\n{secs}{extra}", "2012-09-03"))
    mk = """<p style="font-size:11px;color:#666">Ulvsjö kommun &gt; Medborgarkontoret</p>
<h1>Medborgarkontoret</h1>
<p>Medborgarkontoret i kommunhuset är kommunens informations- och servicedisk. Hit kan du komma med dina frågor, lämna in ansökningar och få hjälp att fylla i blanketter.</p>
<p>Hos Medborgarkontoret kan du bland annat få hjälp med:</p>
<ul>
<li>ansökan om färdtjänst och parkeringstillstånd för rörelsehindrade</li>
<li>blanketter och information om bygglov och tomtkö</li>
<li>frågor om avgifter för barnomsorg och äldreomsorg</li>
<li>köp av sopsäckar och fiskekort</li>
<li>att lämna synpunkter och klagomål</li>
</ul>
<h2>Kontakt</h2>
<p>Tfn 08-465 004 10<br>
E-post: medborgarkontoret@ulvsjo.se<br>
Öppet måndag-fredag 9.00-16.00, lunchstängt 12-13</p>
<p>Kontaktperson: Gun Persson, kommunvägledare</p>
<p>Medborgarkontoret hör till kommunledningskontoret, se <a href="kommun.html#organisation">Kommunens organisation</a>.</p>"""
    o.page("/medborgarkontoret.html", "medborgarkontoret.html", content("Medborgarkontoret", mk, "2012-11-05"))
    kon = """<p style="font-size:11px;color:#666">Ulvsjö kommun &gt; Kontakta oss</p>
<h1>Kontakta oss</h1>
<p>Kommunens växel har telefon 08-465 004 00 och är öppen vardagar 8.00-16.30.</p>
<p>Postadress: Ulvsjö kommun, Torget 1, 999 11 Ulvsjö<br>
E-post: kommun@ulvsjo.se</p>
<p>Vill du besöka oss? I kommunhuset finns <a href="medborgarkontoret.html">Medborgarkontoret</a>.</p>"""
    o.page("/kontakt.html", "kontakt.html", content("Kontakta oss", kon, "2011-05-17"))
    nb = '<p style="font-size:11px;color:#666">Ulvsjö kommun &gt; Nyheter</p>\n<h1>Nyheter</h1>\n' + "\n".join(
        f'<h2><a name="{i}"></a>{e(h)}</h2>\n<p><i>{d}</i></p>\n<p>{e(t)}</p>' for i, d, h, t in news)
    o.page("/nyheter.html", "nyheter.html", content("Nyheter", nb, "2012-11-20"))
    return o


# --------------------------------------------------------------------------------------
# 9339 Kråkeryd: Dreamweaver table template, ISO-8859-1, navigation = a row of images
# --------------------------------------------------------------------------------------
def s9339() -> Out:
    o = Out("9339", "Kråkeryd", "06", "Jönköpings län", "dreamweaver-table", encoding="iso-8859-1")
    ctx = {"kk": "Kråkeryds kommun", "k": "Kråkeryd"}
    areas = [
        ("barn.htm", "barn", "Barn &amp; utbildning", "Barn och utbildning", ["forskola", "fritidshem", "grundskola", "gymnasium", "skolskjuts", "skolmat"]),
        ("omsorg.htm", "omsorg", "Vård &amp; omsorg", "Vård och omsorg", ["hemtjanst", "sarskilt-boende", "lss", "ifo", "bostadsanpassning"]),
        ("bygga.htm", "bygga", "Bygga &amp; bo", "Bygga och bo", ["bygglov", "detaljplaner", "avfall", "vatten", "gator"]),
        ("fritid.htm", "fritid", "Kultur &amp; fritid", "Kultur och fritid", ["bibliotek", "idrott", "foreningar", "kulturskola"]),
        ("naringsliv.htm", "naring", "Näringsliv", "Näringsliv och arbete", ["foretagsstod", "upphandling", "lediga-jobb"]),
        ("kommun.htm", "kommun", "Kommun &amp; politik", "Kommun och politik", ["fullmaktige", "namnder", "budget", "overklaga", "val"]),
    ]
    buttons = [*list(areas), ("kontakt.htm", "kontakt", "Kontakt", "Kontakt", [])]
    imgrow = "".join(
        f'<a href="{f}" onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage(\'knapp{i}\',\'\',\'bilder/knapp_{s}_f2.gif\',1)">'
        f'<img src="bilder/knapp_{s}.gif" alt="{alt}" name="knapp{i}" width="108" height="28" border="0"></a>'
        for i, (f, s, alt, _n, _t) in enumerate(buttons, 1))

    def leftmenu(cur: str | None) -> str:
        out = []
        for f, _s, alt, _n, tids in areas:
            out.append(f'<p style="margin:8px 0 2px 0"><b><a href="{f}" class="meny">{alt}</a></b></p>')
            if cur is None or cur == f:
                out.append("<br>".join(f'&nbsp;&middot;&nbsp;<a href="{f}#{t}" class="undermeny">{e(topic(t, ctx)[0])}</a>' for t in tids))
        return "\n".join(out)

    def page(title: str, body: str, cur: str | None = None, front: bool = False) -> str:
        t = "Kråkeryds kommun" if front else f"Kråkeryds kommun - {title}"
        return latin1_safe(f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><!-- InstanceBegin template="/Templates/huvudmall.dwt" codeOutsideHTMLIsLocked="false" -->
<head>
<!-- InstanceBeginEditable name="doctitle" -->
<title>{e(t)}</title>
<!-- InstanceEndEditable -->
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="Kråkeryd, kommun, Jönköpings län">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() {{ //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}}
function MM_preloadImages() {{ //v3.0
  var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array();
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
    if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}}
}}
function MM_findObj(n, d) {{ //v4.01
  var p,i,x;  if(!d) d=document; if((p=n.indexOf("?"))>0&&parent.frames.length) {{
    d=parent.frames[n.substring(p+1)].document; n=n.substring(0,p);}}
  if(!(x=d[n])&&d.all) x=d.all[n]; for (i=0;!x&&i<d.forms.length;i++) x=d.forms[i][n];
  for(i=0;!x&&d.layers&&i<d.layers.length;i++) x=MM_findObj(n,d.layers[i].document);
  if(!x && d.getElementById) x=d.getElementById(n); return x;
}}
function MM_swapImage() {{ //v3.0
  var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; for(i=0;i<(a.length-2);i+=3)
   if ((x=MM_findObj(a[i]))!=null){{document.MM_sr[j++]=x; if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];}}
}}
//-->
</script>
<style type="text/css">
<!--
body {{ margin: 0px; background-color: #EEEEE6 }}
.text {{ font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 11px; color: #333333; line-height: 15px }}
.rubrik {{ font-family: Georgia, "Times New Roman", serif; font-size: 19px; color: #6B2C1E }}
.mellanrubrik {{ font-family: Verdana, Arial, sans-serif; font-size: 12px; font-weight: bold; color: #6B2C1E }}
a.meny {{ color: #6B2C1E; text-decoration: none }}
a.undermeny {{ color: #333333; text-decoration: none }}
-->
</style>
</head>
<body onLoad="MM_preloadImages('bilder/knapp_barn_f2.gif','bilder/knapp_omsorg_f2.gif','bilder/knapp_bygga_f2.gif','bilder/knapp_fritid_f2.gif','bilder/knapp_naring_f2.gif','bilder/knapp_kommun_f2.gif','bilder/knapp_kontakt_f2.gif')">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr>
<td colspan="3"><a href="index.htm"><img src="bilder/topp_logga.jpg" alt="Kråkeryds kommun" width="760" height="90" border="0"></a></td>
</tr>
<tr>
<td colspan="3" bgcolor="#6B2C1E" height="28">{imgrow}</td>
</tr>
<tr>
<td width="170" valign="top" bgcolor="#F3EFE6" class="text" style="padding:10px">
{leftmenu(cur)}
</td>
<td width="420" valign="top" class="text" style="padding:12px 14px">
<!-- InstanceBeginEditable name="innehall" -->
{body}
<!-- InstanceEndEditable -->
</td>
<td width="170" valign="top" class="text" bgcolor="#FAF8F2" style="padding:10px">
<p class="mellanrubrik">Genvägar</p>
<p><a href="naringsliv.htm#lediga-jobb">Lediga jobb</a><br>
<a href="barn.htm#skolmat">Skolmat</a><br>
<a href="bygga.htm#avfall">Sophämtning</a><br>
<a href="fritid.htm#bibliotek">Biblioteket</a><br>
<a href="kommun.htm#fullmaktige">Protokoll</a></p>
<form name="sok" method="get" action="http://www.google.se/search"><input type="hidden" name="sitesearch" value="krakeryd.se"><input type="text" name="q" size="14"><input type="submit" value="Sök"></form>
</td>
</tr>
<tr>
<td colspan="3" class="text" bgcolor="#E6DFCF" align="center" style="padding:8px">
Kråkeryds kommun &middot; Storgatan 1 &middot; 999 31 Kråkeryd &middot; Växel 031-390 06 00 &middot; <a href="kontaktcenter.htm">KONTAKTCENTER</a> 031-390 06 10 &middot; info@krakeryd.se<br>
&copy; Kråkeryds kommun 2004-2013 &middot; Webbansvarig: Jonas Ek
</td>
</tr>
</table>
</body>
<!-- InstanceEnd --></html>
""")

    news = [
        ("Ny förskola i Hultsbo klar till hösten", "Bygget av den nya förskolan i Hultsbo går enligt plan. Förskolan får fyra avdelningar och öppnar i augusti. Ansök om plats som vanligt."),
        ("Vattnet i Ängaby kokas inte längre", "Provsvaren är nu bra och kokningsrådet för Ängaby är upphävt. Tack för ert tålamod!"),
        ("Kommunfullmäktige sammanträder 25 mars", "Fullmäktige sammanträder i Folkets hus kl 18.30. Bland ärendena finns den nya avfallsplanen. Sammanträdet är öppet för alla."),
    ]
    front = """<p class="rubrik">Välkommen till Kråkeryd!</p>
<p>Kråkeryd är en levande småkommun med närhet till både natur och stad. Här finns bra skolor, ett rikt föreningsliv och ett näringsliv med många små och medelstora företag. På den här webbplatsen hittar du information om kommunens service och verksamheter.</p>
<p class="mellanrubrik">Nyheter</p>
""" + "\n".join(f'<p><b><a href="nyheter.htm#n{i}" class="meny">{e(h)}</a></b><br>{e(t[:90])}...</p>' for i, (h, t) in enumerate(news, 1))
    o.page("/", "index.htm", page("Startsida", front, front=True))
    o.page("/index.htm", "index.htm")
    for f, _s, _alt, name, tids in areas:
        secs = "\n".join(f'<p class="mellanrubrik"><a name="{t}"></a>{e(topic(t, ctx)[0])}</p>\n<p>{e(topic(t, ctx)[1])}</p>' for t in tids)
        o.page(f"/{f}", f, page(name, f'<p class="rubrik">{e(name)}</p>\n{secs}', cur=f))
    kc = """<h1 class="rubrik">Kontaktcenter</h1>
<p>Kontaktcenter (KC) är kommunens första linje när du har frågor. Hos KC får du svar direkt på de vanligaste frågorna, och annars ser vi till att ditt ärende kommer rätt.</p>
<p class="mellanrubrik">Vi svarar på frågor om till exempel</p>
<ul>
<li>ansökan om plats i förskola och fritidshem</li>
<li>tömningsschema för sopor och slam</li>
<li>bygglov - var i handläggningen ditt ärende är</li>
<li>färdtjänst och riksfärdtjänst</li>
<li>felanmälan av gatlampor och vägar</li>
</ul>
<p class="mellanrubrik">Kontakta oss</p>
<p>Ring 031-390 06 10<br>
Telefontid: måndag - fredag 7.30 - 17.00<br>
E-post: kontaktcenter@krakeryd.se</p>
<p>Kontaktcenter är en del av kommunledningskontoret, som leds av kommundirektör Karin Malm.</p>"""
    o.page("/kontaktcenter.htm", "kontaktcenter.htm", page("Kontaktcenter", kc))
    kon = """<p class="rubrik">Kontakt</p>
<p><b>Växel:</b> 031-390 06 00, vardagar 7.30 - 16.00<br>
<b>E-post:</b> info@krakeryd.se<br>
<b>Postadress:</b> Kråkeryds kommun, 999 31 Kråkeryd</p>
<p>Har du frågor om kommunens verksamheter? Ring vårt <a href="kontaktcenter.htm">Kontaktcenter</a>.</p>
<p><b>Politiker:</b> kontaktuppgifter finns under <a href="kommun.htm#fullmaktige">Kommunfullmäktige</a>.</p>"""
    o.page("/kontakt.htm", "kontakt.htm", page("Kontakt", kon))
    nb = '<p class="rubrik">Nyheter</p>\n' + "\n".join(f'<p class="mellanrubrik"><a name="n{i}"></a>{e(h)}</p>\n<p>{e(t)}</p>' for i, (h, t) in enumerate(news, 1))
    o.page("/nyheter.htm", "nyheter.htm", page("Nyheter", nb))
    return o


# --------------------------------------------------------------------------------------
# 9340 Mossala: Joomla 1.5 (SEF URLs under /index.php/), jump-menu <select> in the header
# --------------------------------------------------------------------------------------
def s9340() -> Out:
    o = Out("9340", "Mossala", "20", "Dalarnas län", "joomla15-select")
    ctx = {"kk": "Mossala kommun", "k": "Mossala"}
    base = "/index.php/"
    areas = [
        ("barn-och-utbildning", "Barn och utbildning", ["forskola", "grundskola", "gymnasium", "skolmat", "komvux"]),
        ("omsorg-och-socialtjanst", "Omsorg och socialtjänst", ["hemtjanst", "sarskilt-boende", "lss", "ifo", "ekonomiskt-bistand"]),
        ("bygga-bo-och-miljo", "Bygga, bo och miljö", ["bygglov", "avfall", "vatten", "gator", "miljo"]),
        ("kultur-och-fritid", "Kultur och fritid", ["bibliotek", "idrott", "foreningar", "evenemang"]),
        ("naringsliv-och-arbete", "Näringsliv och arbete", ["foretagsstod", "lediga-jobb", "tillstand"]),
        ("kommun-och-politik", "Kommun och politik", ["fullmaktige", "namnder", "budget", "allmanna-handlingar", "kontakt"]),
    ]

    def tname(t: str) -> str:
        return "Kontakta kommunen" if t == "kontakt" else topic(t, ctx)[0]

    menu = []
    for i, (slug, name, tids) in enumerate(areas, 2):
        sub = "".join(f'<li class="item{i}{j}"><a href="{base}{slug}#{t}"><span>{e(tname(t))}</span></a></li>' for j, t in enumerate(tids, 1))
        menu.append(f'<li class="parent item{i}"><a href="{base}{slug}"><span>{e(name)}</span></a><ul>{sub}</ul></li>')
    menu_html = '<ul class="menu">\n' + "\n".join(menu) + "\n</ul>"
    jump = [("", "Välj sida ..."), (base + "medborgarservice", "Medborgarservice"), (base + "barn-och-utbildning#skolmat", "Skolmat"),
            (base + "bygga-bo-och-miljo#avfall", "Sophämtning"), (base + "naringsliv-och-arbete#lediga-jobb", "Lediga jobb"),
            (base + "kultur-och-fritid#bibliotek", "Biblioteket"), (base + "kommun-och-politik#fullmaktige", "Kommunfullmäktige")]
    jump_html = "\n".join(f'<option value="{v}">{e(t)}</option>' for v, t in jump)

    def page(title: str, main: str, crumbs: str = "") -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv-se" lang="sv-se">
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="index, follow" />
  <meta name="keywords" content="Mossala, kommun, Dalarna" />
  <meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
  <title>{e(title)}</title>
  <script type="text/javascript" src="/media/system/js/mootools.js"></script>
  <script type="text/javascript" src="/media/system/js/caption.js"></script>
  <style type="text/css">
  #page_bg {{ background: #e7ebe3; font: 12px Tahoma, Arial, sans-serif }}
  #wrapper {{ width: 900px; margin: 0 auto; background: #fff }}
  td.contentheading {{ font-size: 18px; font-weight: bold; color: #35602c; padding: 6px 0 }}
  ul.menu li ul {{ margin: 0 0 4px 10px; padding: 0 }}
  </style>
</head>
<body id="page_bg" class="color_green bg_green width_fmax">
<a name="up" id="up"></a>
<div id="wrapper">
  <div id="header"><div id="header_l"><div id="header_r">
    <div id="logo" style="float:left;padding:14px"><a href="/index.php"><img src="/templates/mossala/images/logo.png" alt="Mossala kommun" width="260" height="64" /></a></div>
    <div id="snabbval" style="float:right;padding:22px 16px 0 0">
      <form action="#" name="jumpmenu" id="jumpmenu"><label for="jm_select">Snabbval:</label>
      <select id="jm_select" name="jm" onchange="if (this.options[this.selectedIndex].value != '') window.location.href = this.options[this.selectedIndex].value;">
{jump_html}
      </select></form>
    </div>
    <div style="clear:both"></div>
  </div></div></div>
  <div id="tabarea"><div id="pillmenu">
    <ul id="mainlevel-nav"><li><a href="/" class="mainlevel-nav">Startsida</a></li><li><a href="{base}nyheter" class="mainlevel-nav">Nyheter</a></li><li><a href="{base}kommun-och-politik#kontakt" class="mainlevel-nav">Kontakta kommunen</a></li></ul>
  </div></div>
  <div id="search" style="padding:4px 16px">
    <form action="/index.php" method="get"><div class="search"><input name="searchword" id="mod_search_searchword" maxlength="20" class="inputbox" type="text" size="20" value="sök..." onblur="if(this.value=='') this.value='sök...';" onfocus="if(this.value=='sök...') this.value='';" /></div><input type="hidden" name="option" value="com_search" /></form>
  </div>
  <div id="pathway" style="padding:2px 16px;font-size:11px"><span class="breadcrumbs pathway">{crumbs or "Startsida"}</span></div>
  <div id="whitebox">
    <div id="leftcolumn" style="float:left;width:210px;padding:8px">
      <div class="moduletable_menu"><h3>Huvudmeny</h3>
{menu_html}
      </div>
    </div>
    <div id="maincolumn" style="margin-left:230px;padding:8px 16px">
{main}
    </div>
    <div style="clear:both"></div>
  </div>
  <div id="footer" style="border-top:2px solid #35602c;padding:8px;text-align:center;font-size:11px">
    <p>Mossala kommun &middot; Kyrkvägen 4 &middot; 999 40 Mossala &middot; Tfn 040-628 04 00 (växel) &middot; E-post: kommun@mossala.se</p>
  </div>
</div>
</body>
</html>
"""

    def article(heading: str, body: str, date: str, print_url: str | None = None) -> str:
        btn = ""
        if print_url:
            btn = (f'<td align="right" width="100%" class="buttonheading"><a href="{print_url}?tmpl=component&amp;print=1&amp;page=" title="Skriv ut" '
                   f'onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no\'); return false;" rel="nofollow">'
                   '<img src="/images/M_images/printButton.png" alt="Skriv ut" /></a></td>')
        return f"""<table class="contentpaneopen">
<tr><td class="contentheading" width="100%">{heading}</td>{btn}</tr>
</table>
<table class="contentpaneopen">
<tr><td valign="top">
{body}
</td></tr>
<tr><td class="modifydate">Senast uppdaterad ( {date} )</td></tr>
</table>
<span class="article_separator">&nbsp;</span>"""

    news = [
        ("14-medborgarservice-har-sommaroppet", "Medborgarservice har sommaröppet", "måndag, 10 juni 2013 08:40",
         "<p>Under veckorna 27–32 har Medborgarservice i kommunhuset öppet kl 9.00–15.00. Telefonen är öppen som vanligt, vardagar 8.00–16.30.</p><p>Trevlig sommar!</p>"),
        ("13-ny-forskola-i-backby", "Ny förskola i Bäckby invigs", "fredag, 31 maj 2013 13:05",
         "<p>Den nya förskolan Myrstacken i Bäckby invigs den 15 augusti. Förskolan har fyra avdelningar och ett eget tillagningskök. Alla är välkomna på invigningen kl 14.</p>"),
        ("12-budget-2014", "Budget 2014 antagen", "tisdag, 28 maj 2013 16:20",
         "<p>Kommunfullmäktige antog budgeten för 2014 med oförändrad skattesats. Mest pengar går till skola och äldreomsorg.</p>"),
    ]
    teasers = "\n".join(article(f'<a href="{base}nyheter/{slug}" class="contentpagetitle">{e(h)}</a>', b.split("</p>")[0] + "</p>"
                                + f'\n<p><a href="{base}nyheter/{slug}" class="readon">Läs mer...</a></p>', d) for slug, h, d, b in news)
    front = article("Välkommen till Mossala kommun", "<p>Mossala är en kommun i södra Dalarna med skog, sjöar och ett aktivt föreningsliv. På webbplatsen hittar du information om kommunens verksamheter och e-tjänster. Använd menyn till vänster eller snabbvalet uppe till höger.</p>",
                    "onsdag, 02 januari 2013 10:00") + '\n<div class="blog"><h2 class="contentheading">Senaste nytt</h2>\n' + teasers + "\n</div>"
    o.page("/", "index.html", page("Mossala kommun - Startsida", front))
    o.page("/index.php", "index.html")
    for slug, name, tids in areas:
        secs = []
        for t in tids:
            if t == "kontakt":
                secs.append('<h3 id="kontakt">Kontakta kommunen</h3>\n<p>Mossala kommun, Kyrkvägen 4, 999 40 Mossala. Växel: 040-628 04 00. E-post: kommun@mossala.se. Registrator tar emot post och e-post till kommunen och nämnderna.</p>')
            else:
                secs.append(f'<h3 id="{t}">{e(topic(t, ctx)[0])}</h3>\n<p>{e(topic(t, ctx)[1])}</p>')
        o.page(base + slug, f"{slug}.html", page(f"{name} - Mossala kommun", article(e(name), "\n".join(secs), "torsdag, 14 februari 2013 11:02", base + slug),
                                               crumbs=f'<a href="/" class="pathway">Startsida</a> <img src="/templates/mossala/images/arrow.png" alt="" /> {e(name)}'))
    mbs = """<p>Medborgarservice (MBS) finns i kommunhusets entre och är till för dig som bor, arbetar eller besöker Mossala kommun. Vi finns här för dig och hjälper dig gärna. Hör av dig om du undrar över något – ingen fråga är för liten!</p>
<p><strong>Kontakta oss</strong><br />
Tfn: 040-628 04 10<br />
E-post: <a href="mailto:medborgarservice@mossala.se">medborgarservice@mossala.se</a><br />
Besöksadress: Kyrkvägen 4, Mossala<br />
Öppettider: måndag–fredag 8.00–16.30</p>
<p>Enhetschef för Medborgarservice är Lars Nordin, tfn 040-628 04 11.</p>"""
    o.page(base + "medborgarservice", "medborgarservice.html",
           page("Medborgarservice - Mossala kommun", article("Medborgarservice (MBS)", mbs, "måndag, 04 mars 2013 09:12", base + "medborgarservice"),
                crumbs='<a href="/" class="pathway">Startsida</a> <img src="/templates/mossala/images/arrow.png" alt="" /> Medborgarservice'))
    listing = '<div class="blog"><h2 class="contentheading">Nyheter</h2>\n' + "\n".join(
        article(f'<a href="{base}nyheter/{slug}" class="contentpagetitle">{e(h)}</a>', b, d) for slug, h, d, b in news) + "\n</div>"
    o.page(base + "nyheter", "nyheter.html", page("Nyheter - Mossala kommun", listing, crumbs='<a href="/" class="pathway">Startsida</a> <img src="/templates/mossala/images/arrow.png" alt="" /> Nyheter'))
    for slug, h, d, b in news[:1]:
        o.page(f"{base}nyheter/{slug}", "nyhet-sommaroppet.html",
               page(f"{h} - Mossala kommun", article(e(h), b, d, f"{base}nyheter/{slug}"),
                    crumbs=f'<a href="/" class="pathway">Startsida</a> <img src="/templates/mossala/images/arrow.png" alt="" /> <a href="{base}nyheter" class="pathway">Nyheter</a> <img src="/templates/mossala/images/arrow.png" alt="" /> {e(h)}'))
    for slug, h, d, b in news[1:]:
        o.page(f"{base}nyheter/{slug}", f"nyhet-{slug.split('-', 1)[1]}.html",
               page(f"{h} - Mossala kommun", article(e(h), b, d, f"{base}nyheter/{slug}"),
                    crumbs=f'<a href="/" class="pathway">Startsida</a> <img src="/templates/mossala/images/arrow.png" alt="" /> <a href="{base}nyheter" class="pathway">Nyheter</a> <img src="/templates/mossala/images/arrow.png" alt="" /> {e(h)}'))
    o.files["sok.html"] = page("Sök - Mossala kommun", '<table class="contentpaneopen"><tr><td class="contentheading" width="100%">Sök</td></tr></table>\n<!--SEARCH_RESULTS-->',
                               crumbs='<a href="/" class="pathway">Startsida</a> <img src="/templates/mossala/images/arrow.png" alt="" /> Sök')
    o.m["search"] = {"path": "/index.php", "param": "searchword", "template": "sok.html",
                     "hits": {"medborgarservice": [base + "medborgarservice", f"{base}nyheter/{news[0][0]}"]}}
    o.m["robots"] = ("User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\nDisallow: /components/\nDisallow: /images/\n"
                     "Disallow: /includes/\nDisallow: /installation/\nDisallow: /language/\nDisallow: /libraries/\nDisallow: /media/\n"
                     "Disallow: /modules/\nDisallow: /plugins/\nDisallow: /templates/\nDisallow: /tmp/\nDisallow: /xmlrpc/\n")
    return o


# --------------------------------------------------------------------------------------
# 9341 Lillkärr: hand-written HTML 3.2, upper-case tags, <FONT>, one table
# --------------------------------------------------------------------------------------
def s9341() -> Out:
    o = Out("9341", "Lillkärr", "14", "Västra Götalands län", "html32")
    ctx = {"kk": "Lillkärrs kommun", "k": "Lillkärr"}
    # the editor typed some menu words without å/ä/ö
    areas = [
        ("skola.html", "SKOLA &amp; BARNOMSORG", "Skola och barnomsorg", [("forskola", "Forskola"), ("fritidshem", "Fritidshem"), ("grundskola", "Grundskola"), ("skolskjuts", "Skolskjuts")]),
        ("omsorg.html", "OMSORG", "Omsorg", [("hemtjanst", "Hemtjanst"), ("sarskilt-boende", "Sarskilt boende"), ("fardtjanst", "Fardtjanst"), ("ekonomiskt-bistand", "Ekonomiskt bistand")]),
        ("bygga.html", "BYGGA &amp; BO", "Bygga och bo", [("bygglov", "Bygglov"), ("tomter", "Lediga tomter"), ("avfall", "Sophamtning"), ("vatten", "Vatten &amp; avlopp")]),
        ("fritid.html", "FRITID &amp; KULTUR", "Fritid och kultur", [("bibliotek", "Biblioteket"), ("idrott", "Idrott"), ("fiske", "Fiske"), ("foreningar", "Foreningar")]),
        ("foretag.html", "FÖRETAG &amp; ARBETE", "Företag och arbete", [("foretagsstod", "Starta foretag"), ("lediga-jobb", "Lediga jobb"), ("tillstand", "Tillstand")]),
        ("kommunen.html", "KOMMUNEN", "Kommunen", [("fullmaktige", "Kommunfullmaktige"), ("namnder", "Namnder"), ("kommunkontoret", "Kommunkontoret"), ("allmanna-handlingar", "Allmanna handlingar")]),
    ]

    def menu() -> str:
        out = []
        for f, upper, _n, subs in areas:
            out.append(f'<P><FONT FACE="Arial" SIZE=2><B><A HREF="{f}">{upper}</A></B><BR>')
            out.append("<BR>\n".join(f'&nbsp;&nbsp;<A HREF="{f}#{t}"><FONT SIZE=1>{label}</FONT></A>' for t, label in subs) + "</FONT></P>")
        return "\n".join(out)

    def page(title: str, body: str) -> str:
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
<HTML>
<HEAD>
<TITLE>{title}</TITLE>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<META NAME="author" CONTENT="Kent Olsson">
</HEAD>
<BODY BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#003399" VLINK="#663399">
<CENTER>
<A HREF="index.html"><IMG SRC="bilder/vapen.gif" ALT="Lillkärrs kommunvapen" WIDTH=60 HEIGHT=72 BORDER=0></A><BR>
<FONT FACE="Arial" SIZE=5 COLOR="#003399"><B>LILLKÄRRS KOMMUN</B></FONT>
</CENTER>
<HR NOSHADE SIZE=2>
<TABLE WIDTH="100%" BORDER=0 CELLPADDING=6 CELLSPACING=0>
<TR>
<TD VALIGN=TOP WIDTH=170 BGCOLOR="#E6ECF5">
<P><FONT FACE="Arial" SIZE=2><B><A HREF="index.html">STARTSIDAN</A></B></FONT></P>
{menu()}
<P><FONT FACE="Arial" SIZE=2><B><A HREF="nyheter.html">NYTT I KOMMUNEN</A></B></FONT></P>
<P><FONT FACE="Arial" SIZE=2><B><A HREF="kontakt.html">KONTAKT</A></B></FONT></P>
</TD>
<TD VALIGN=TOP>
<FONT FACE="Arial" SIZE=2>
{body}
</FONT>
</TD>
</TR>
</TABLE>
<HR NOSHADE SIZE=1>
<CENTER><FONT FACE="Arial" SIZE=1>
Lillkärrs kommun &nbsp; Storgatan 3 &nbsp; 999 81 Lillkärr &nbsp; Tel vxl 0980-319 230 &nbsp; Fax 0980-319 239 &nbsp; E-post: kommunen@lillkarr.se<BR>
Webbansvarig: Kent Olsson &nbsp; Senast uppdaterad 2012-04-02
</FONT></CENTER>
</BODY>
</HTML>
"""

    news = [
        ("n1", "2012-03-28", "VALBORGSMÄSSOAFTON VID BADPLATSEN", "Traditionellt valborgsfirande vid badplatsen med vårtal och kör. Brasan tänds kl 20.00. Korv säljs av idrottsföreningen."),
        ("n2", "2012-03-15", "SOPHÄMTNINGEN FLYTTAS I PÅSK", "Sophämtningen på långfredagen och annandag påsk flyttas till lördagen och tisdagen efter."),
        ("n3", "2012-02-20", "NYA TOMTER I BJÖRKDALEN", "Nu kan du anmäla intresse för de åtta nya villatomterna i Björkdalen. Ring bygg och miljö så skickar vi information."),
    ]
    front = """<P><FONT SIZE=4 COLOR="#003399"><B>VÄLKOMMEN TILL LILLKÄRR!</B></FONT></P>
<P>Lillkärr är en liten kommun med stora möjligheter. Här bor drygt 2 500 personer i tätorten och i byarna runt Kärrsjön. På vår hemsida kan du läsa om kommunens verksamheter och vad som händer i kommunen. Välkommen att kontakta oss om du har frågor om hemsidan!</P>
<P><IMG SRC="bilder/karrsjon.jpg" ALT="Kärrsjön i juni" WIDTH=400 HEIGHT=200></P>
<P><FONT SIZE=3 COLOR="#003399"><B>NYTT I KOMMUNEN</B></FONT></P>
""" + "\n".join(f'<P><B>{d}</B><BR><A HREF="nyheter.html#{i}">{h}</A></P>' for i, d, h, _t in news)
    o.page("/", "index.html", page("LILLKÄRRS KOMMUN", front))
    o.page("/index.html", "index.html")
    for f, upper, _name, subs in areas:
        secs = []
        for t, _label in subs:
            if t == "kommunkontoret":
                secs.append('<P><A NAME="kommunkontoret"></A><B>Kommunkontoret</B><BR>Kommunkontoret finns i kommunhuset på Storgatan 3. Här arbetar kommunchef Britt Lund, kansliet och ekonomienheten. I entrén finns MEDBORGARKONTORET, <A HREF="medborgarkontoret.html">läs mer här</A>.</P>')
            else:
                h, txt = topic(t, ctx)
                secs.append(f'<P><A NAME="{t}"></A><B>{e(h)}</B><BR>{e(txt)}</P>')
        o.page(f"/{f}", f, page(f"{upper} - Lillkärrs kommun", f'<P><FONT SIZE=4 COLOR="#003399"><B>{upper}</B></FONT></P>\n' + "\n".join(secs)))
    mk = """<H2>MEDBORGARKONTORET</H2>
<P>Välkommen till MEDBORGARKONTORET! Vi hjälper dig gärna om du undrar något.</P>
<P>Ring oss på tel 0980-319 231.</P>"""
    o.page("/medborgarkontoret.html", "medborgarkontoret.html", page("MEDBORGARKONTORET - Lillkärrs kommun", mk))
    nb = '<P><FONT SIZE=4 COLOR="#003399"><B>NYTT I KOMMUNEN</B></FONT></P>\n' + "\n".join(f'<P><A NAME="{i}"></A><B>{h}</B> ({d})<BR>{e(t)}</P>' for i, d, h, t in news)
    o.page("/nyheter.html", "nyheter.html", page("NYTT I KOMMUNEN - Lillkärrs kommun", nb))
    kon = """<P><FONT SIZE=4 COLOR="#003399"><B>KONTAKT</B></FONT></P>
<P>Lillkärrs kommun<BR>Storgatan 3<BR>999 81 LILLKÄRR</P>
<P>Växel: 0980-319 230 (vardagar 8-16)<BR>Fax: 0980-319 239<BR>E-post: kommunen@lillkarr.se</P>
<P>Frågor om hemsidan: Kent Olsson, webbansvarig.</P>"""
    o.page("/kontakt.html", "kontakt.html", page("KONTAKT - Lillkärrs kommun", kon))
    return o


# --------------------------------------------------------------------------------------
# 9342 Gräsmora: Microsoft FrontPage 2003 (shared borders, webbot navigation), windows-1252
# --------------------------------------------------------------------------------------
def s9342() -> Out:
    o = Out("9342", "Gräsmora", "17", "Värmlands län", "frontpage", encoding="windows-1252")
    ctx = {"kk": "Gräsmora kommun", "k": "Gräsmora"}
    areas = [
        ("barn.htm", "Barn och utbildning", ["forskola", "grundskola", "gymnasium", "komvux", "skolskjuts"]),
        ("omsorg.htm", "Vård och omsorg", ["hemtjanst", "sarskilt-boende", "lss", "fardtjanst", "anhorig"]),
        ("bygga.htm", "Bygga och bo", ["bygglov", "bygglovsservice", "detaljplaner", "avfall", "gator"]),
        ("fritid.htm", "Fritid och kultur", ["bibliotek", "idrott", "foreningar", "turism"]),
        ("naringsliv.htm", "Näringsliv", ["foretagsstod", "upphandling", "lediga-jobb"]),
        ("kommun.htm", "Kommun och politik", ["fullmaktige", "namnder", "bolag", "allmanna-handlingar", "synpunkter"]),
    ]
    special = {
        "bygglovsservice": ("Bygglovsservice", "Funderar du på att bygga? Bygglovsservice hjälper dig innan du skickar in din ansökan, med frågor om vad som kräver lov, vilka ritningar som behövs och vad det kostar. Ring bygglovsservice på 040-628 04 30, tisdagar och torsdagar kl 9-11."),
        "fardtjanst": ("Färdtjänst", "Färdtjänst är för dig som har svårt att resa med vanliga bussar och tåg på grund av en funktionsnedsättning. Ansökan om tillstånd görs hos kommunen. Resorna beställer du hos Region Värmlands kundtjänst för färdtjänst, tfn 040-628 04 70."),
        "bolag": ("Kommunala bolag", "Gräsmora kommun äger två bolag. Gräsmora Energi AB levererar el, fjärrvärme och vatten och avlopp. Gräsmora Energi AB:s kundtjänst når du på 040-628 04 50, vardagar 8-16; kundtjänstchef är Per Ås. Gräsmorahem AB hyr ut lägenheter i centralorten och i byarna. Gräsmorahems kundcenter på Bruksgatan 6 har öppet vardagar 9-15."),
    }

    def t(tid: str) -> tuple[str, str]:
        return special.get(tid) or topic(tid, ctx)

    nav = " | ".join(['<a href="index.htm">Startsida</a>'] + [f'<a href="{f}">{e(n)}</a>' for f, n, _ in areas] + ['<a href="nyheter.htm">Nyheter</a>', '<a href="kontakt.htm">Kontakta oss</a>'])

    def left(cur: str | None) -> str:
        out = []
        for f, n, tids in areas:
            out.append(f'<p style="margin-top: 8px; margin-bottom: 2px"><b><a href="{f}">{e(n)}</a></b></p>')
            if cur in (None, f):
                out.append('<p style="margin-top: 0; margin-bottom: 0; margin-left: 8px"><font size="1">' + "<br>\n".join(
                    f'<a href="{f}#{x}">{e(t(x)[0])}</a>' for x in tids) + "</font></p>")
        return "\n".join(out)

    def page(title: str, body: str, cur: str | None = None, extra_head: str = "") -> str:
        return f"""<html>

<head>
<meta http-equiv="Content-Language" content="sv">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
{extra_head}<title>{e(title)}</title>
<meta name="Microsoft Theme" content="none">
<meta name="Microsoft Border" content="tlb, default">
</head>

<body link="#006633" vlink="#666666" alink="#FF0000" style="font-family: Tahoma; font-size: 10pt" bgcolor="#FFFFF4">

<table border="0" width="100%" cellspacing="0" cellpadding="0" id="table_top">
	<tr>
		<td bgcolor="#006633" height="80">
		<a href="index.htm"><img border="0" src="images/grasmora_logo.gif" width="280" height="64" alt="Gräsmora kommun"></a></td>
	</tr>
	<tr>
		<td bgcolor="#DDEEDD" style="font-family: Tahoma; font-size: 9pt; padding: 4px">
		<!--webbot bot="Navigation" S-Type="top" S-Orientation="horizontal" S-Rendering="text" B-Include-Home="TRUE" B-Include-Up="FALSE" U-Page S-Target startspan -->{nav}<!--webbot bot="Navigation" i-checksum="41876" endspan -->
		</td>
	</tr>
</table>
<table border="0" width="100%" cellspacing="0" cellpadding="0" id="table_main">
	<tr>
		<td valign="top" width="180" bgcolor="#F0F5EC" style="font-family: Tahoma; font-size: 9pt; padding: 8px">
		<!--webbot bot="Navigation" S-Type="children" S-Orientation="vertical" S-Rendering="text" startspan -->
{left(cur)}
		<!--webbot bot="Navigation" i-checksum="10533" endspan -->
		</td>
		<td valign="top" style="padding: 10px 16px">
<!--msnavigation-->
{body}
<!--msnavigation-->
		</td>
	</tr>
</table>
<hr color="#006633" size="1">
<p align="center" style="font-size: 8pt">Gräsmora kommun · Bruksgatan 1 · 999 51 Gräsmora · Växel 040-628 04 00 · <a href="mailto:kommun@grasmora.se">kommun@grasmora.se</a><br>
Gräsmora Energi AB – kundtjänst 040-628 04 50 (el, fjärrvärme, vatten och avlopp)<br>
Senast ändrad: 2012-10-09</p>

</body>

</html>
"""

    news = [
        ("servicekontor", "2012-09-24", "Försäkringskassan och Skatteverket öppnar servicekontor i Gräsmora",
         "Från den 1 november finns ett gemensamt servicekontor för Försäkringskassan, Skatteverket och Pensionsmyndigheten på Bruksgatan 4. Kontoret drivs av Statens servicecenter. Där kan du få hjälp med föräldrapenning, flyttanmälan, id-kort och pension. Öppet tisdag och torsdag 10-16. Gräsmora kommun har upplåtit lokalen."),
        ("vattenledning", "2012-09-10", "Ny vattenledning till Norrbyn",
         "Under hösten lägger Gräsmora Energi AB en ny vattenledning mellan centralorten och Norrbyn. Det kan bli kortare avbrott i vattenleveransen; de som berörs får ett meddelande i brevlådan."),
        ("fullmaktige", "2012-08-30", "Kommunfullmäktige 17 september",
         "Kommunfullmäktige sammanträder i Folkets hus kl 18.00. Kallelse och handlingar finns i kommunhusets reception."),
    ]
    front = """<h1 style="font-family: Georgia; font-size: 18pt; color: #006633; font-weight: normal">Välkommen till Gräsmora kommun</h1>
<p><img border="0" src="images/bruket.jpg" width="380" height="190" align="right" hspace="8" alt="Det gamla bruket vid Gräsälven">Gräsmora är en brukskommun i norra Värmland med omkring 6 000 invånare. Här finns skog, älv och fjäll nära, och ett starkt föreningsliv. På webbplatsen hittar du information om kommunens verksamheter.</p>
<h2 style="font-size: 12pt; color: #006633">Nyheter</h2>
""" + "\n".join(f'<p><b><a href="nyheter.htm#{i}">{e(h)}</a></b><br><font size="1">{d}</font></p>' for i, d, h, _t in news)
    kw = '<meta name="keywords" content="Gräsmora, kommun, Värmland, kundtjänst, kontaktcenter, medborgarservice, skola, omsorg">\n'
    o.page("/", "index.htm", page("Gräsmora kommun", front, extra_head=kw))
    o.page("/index.htm", "index.htm")
    for f, n, tids in areas:
        secs = "\n".join(f'<h3 style="font-size: 11pt; color: #006633; margin-bottom: 2px"><a name="{x}">{e(t(x)[0])}</a></h3>\n<p style="margin-top: 0">{e(t(x)[1])}</p>' for x in tids)
        o.page(f"/{f}", f, page(f"{n} - Gräsmora kommun", f'<h1 style="font-family: Georgia; font-size: 18pt; color: #006633; font-weight: normal">{e(n)}</h1>\n{secs}', cur=f))
    kon = """<h1 style="font-family: Georgia; font-size: 18pt; color: #006633; font-weight: normal">Kontakta oss</h1>
<!-- Kontaktcenter planeras till 2014 - lägg in länk och öppettider här då -->
<p>Kommunens växel hjälper dig att komma rätt: <b>040-628 04 00</b>, vardagar 8.00-16.30.</p>
<p><b>Postadress</b><br>Gräsmora kommun<br>999 51 Gräsmora</p>
<p><b>Besöksadress</b><br>Kommunhuset, Bruksgatan 1</p>
<p><b>E-post</b><br><a href="mailto:kommun@grasmora.se">kommun@grasmora.se</a> (registrator)</p>
<p><b>Felanmälan el, vatten och fjärrvärme</b><br>Gräsmora Energi AB, kundtjänst 040-628 04 50. Efter kontorstid: jour 040-628 04 59.</p>
<p><b>Bostäder</b><br>Gräsmorahem AB:s kundcenter, Bruksgatan 6, tfn 040-628 04 60.</p>
<p>Kommunchef: Maria Lindqvist, tfn 040-628 04 01</p>"""
    o.page("/kontakt.htm", "kontakt.htm", page("Kontakta oss - Gräsmora kommun", kon))
    nb = '<h1 style="font-family: Georgia; font-size: 18pt; color: #006633; font-weight: normal">Nyheter</h1>\n' + "\n".join(
        f'<h3 style="font-size: 11pt; color: #006633; margin-bottom: 2px"><a name="{i}">{e(h)}</a></h3>\n<p style="margin-top: 0"><font size="1">{d}</font><br>{e(tx)}</p>' for i, d, h, tx in news)
    o.page("/nyheter.htm", "nyheter.htm", page("Nyheter - Gräsmora kommun", nb))
    return o


# --------------------------------------------------------------------------------------
# 9343 Hjortnäs: SiteVision 2-era XHTML 1.0 Strict, /4.<id>.html URLs, old .asp URL 301,
# the service page served under two URLs (short and long SiteVision form)
# --------------------------------------------------------------------------------------
def s9343() -> Out:
    o = Out("9343", "Hjortnäs", "21", "Gävleborgs län", "sitevision2-xhtml")
    ctx = {"kk": "Hjortnäs kommun", "k": "Hjortnäs"}
    sid = "4.2c81f0a412d6e0b3c5a8000"
    areas = [
        ("barnochutbildning", "Barn och utbildning", ["forskola", "fritidshem", "grundskola", "gymnasium", "skolskjuts"]),
        ("omsorgochstod", "Omsorg och stöd", ["hemtjanst", "sarskilt-boende", "lss", "ifo", "anhorig"]),
        ("byggaboochmiljo", "Bygga, bo och miljö", ["bygglov", "detaljplaner", "avfall", "vatten", "miljo"]),
        ("trafikochgator", "Trafik och gator", ["gator", "parkering", "kollektivtrafik"]),
        ("kulturochfritid", "Kultur och fritid", ["bibliotek", "idrott", "foreningar", "kulturskola"]),
        ("naringslivocharbete", "Näringsliv och arbete", ["foretagsstod", "upphandling", "lediga-jobb"]),
        ("kommunochpolitik", "Kommun och politik", ["fullmaktige", "namnder", "budget", "allmanna-handlingar", "kris"]),
    ]
    url = {slug: f"/{slug}.{sid}{n:03d}.html" for n, (slug, _n, _t) in enumerate(areas, 101)}
    kc_short = f"/{sid}211.html"
    kc_long = f"/kommunochpolitik/kontaktcenter.{sid}211.html"
    org = f"/kommunochpolitik/organisation.{sid}212.html"
    news_list = f"/nyheter.{sid}301.html"
    news_kc = "/nyheter/kontaktcenterfyllerett.5.2c81f0a412d6e0b3c5a80003112.html"
    sok = f"/sok.{sid}401.html"

    nav = []
    for slug, name, tids in areas:
        sub = "".join(f'<li><a href="{url[slug]}#{t}">{e(topic(t, ctx)[0])}</a></li>' for t in tids)
        nav.append(f'<li class="sv-meny-niva1"><a href="{url[slug]}">{e(name)}</a>\n<ul class="sv-meny-niva2" style="display:none">{sub}</ul></li>')
    nav_html = "\n".join(nav)

    def page(title: str, main: str, cur: str | None = None) -> str:
        leftnav = ""
        if cur:
            slug, name, tids = next(a for a in areas if a[0] == cur)
            leftnav = (f'<div class="sv-vertical sv-layout" id="svid10_vanster" style="float:left;width:190px;padding:10px">'
                       f'<ul class="sv-defaultlist"><li><strong>{e(name)}</strong><ul>'
                       + "".join(f'<li><a href="{url[slug]}#{t}">{e(topic(t, ctx)[0])}</a></li>' for t in tids) + "</ul></li></ul></div>")
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv" lang="sv">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{e(title)} - Hjortnäs kommun</title>
<meta name="generator" content="SiteVision" />
<link rel="stylesheet" type="text/css" href="/sitevision/system-resource/8d1c/sitevision-responsive-grids.css" />
<style type="text/css">
body {{ margin: 0; font: 0.8em/1.5em Arial, sans-serif; background: #f2efe9 }}
.sv-meny-niva1 {{ display: inline; position: relative; margin-right: 14px }}
h1.heading {{ font-size: 1.7em; color: #7a2e1c; font-weight: normal }}
h2.subheading {{ font-size: 1.2em; color: #7a2e1c }}
</style>
<script type="text/javascript" src="/sitevision/util/prototype.js"></script>
</head>
<body>
<div class="sv-layout" id="svid10_sida" style="width:940px;margin:0 auto;background:#fff">
<div class="sv-layout" id="svid10_sidhuvud" style="background:#7a2e1c;color:#fff;padding:10px 16px;height:80px">
<div class="sv-image-portlet" id="svid12_logo" style="float:left"><a href="/"><img src="/images/18.2c81f0a412d6e0b3c5a80001/hjortnas_logo.png" alt="Hjortnäs kommun, till startsidan" width="250" height="62" /></a></div>
<div class="sv-html-portlet" id="svid12_topplankar" style="float:right;font-size:0.9em">
<a href="javascript:void(0);" onclick="readpage(document.location.href); return false;" style="color:#fff">Lyssna</a> &nbsp;|&nbsp;
<a href="/kontakt.asp" style="color:#fff">Kontakta kommunen</a>
<form action="{sok}" method="get" style="margin-top:10px"><div><label for="sokfalt" style="color:#fff">Sök</label> <input type="text" id="sokfalt" name="query" size="20" /> <input type="submit" value="Sök" /></div></form>
</div>
</div>
<div class="sv-layout" id="svid10_meny" style="background:#e6dccb;padding:6px 16px">
<ul class="sv-meny" id="huvudmeny" style="margin:0;padding:0">
{nav_html}
</ul>
</div>
{leftnav}
<div class="sv-layout" id="svid10_innehall" style="{'margin-left:220px;' if cur else ''}padding:10px 20px 24px 16px">
{main}
</div>
<div class="sv-layout" id="svid10_sidfot" style="clear:both;background:#e6dccb;padding:10px 16px;font-size:0.9em">
<div class="sv-text-portlet"><p class="normal">Hjortnäs kommun &middot; Rådhusgatan 5 &middot; 999 41 Hjortnäs &middot; Växel 0980-319 240 &middot; kommun@hjortnas.se<br />
Kontaktcenter 0980-319 250 &middot; Org.nr 212000-9343</p></div>
</div>
</div>
</body>
</html>
"""

    news = [
        ("Kontaktcenter fyller ett år – 38 000 samtal", "2013-03-01", kc_long,
         "Den 1 mars är det ett år sedan kommunens kontaktcenter öppnade. Under året har medarbetarna tagit emot 38 000 samtal och besök, och sju av tio frågor har fått svar direkt."),
        ("Skolvalet 2013 är öppet", "2013-02-11", f"{news_list}#skolval", "Nu kan du välja skola för ditt barn inför hösten. Valet är öppet till och med den 28 februari."),
        ("Sophämtningen i påsk", "2013-02-04", f"{news_list}#pask", "Sophämtningen under påskveckan flyttas en dag. Kärl som ska tömmas på långfredagen töms på lördagen."),
    ]
    puffar = "".join(f'<li><a href="{h}">{e(x)}</a></li>' for x, h in (("Lediga jobb", url["naringslivocharbete"] + "#lediga-jobb"), ("Förskola och skola", url["barnochutbildning"]), ("Bygglov", url["byggaboochmiljo"] + "#bygglov")))
    front = f"""<div class="sv-image-portlet" id="svid12_startbild"><img src="/images/18.2c81f0a412d6e0b3c5a80002/startbild.jpg" alt="Vy över Hjortnässjön i vårsol" width="900" height="260" /></div>
<div class="sv-text-portlet" id="svid12_valkommen"><h1 class="heading">Välkommen till Hjortnäs kommun</h1>
<p class="normal">Hjortnäs ligger mellan skogen och kusten i Gävleborg. Här finns information om kommunens service, om politiken och om vad som händer i kommunen.</p></div>
<div class="sv-layout" style="overflow:hidden">
<div class="sv-text-portlet" id="svid12_genvagar" style="float:left;width:280px"><h2 class="subheading">Genvägar</h2><ul>{puffar}</ul></div>
<div class="sv-text-portlet" id="svid12_nyheter" style="float:left;width:560px;margin-left:20px"><h2 class="subheading">Nyheter</h2>
""" + "\n".join(f'<p class="normal"><span class="datum">{d}</span><br /><a href="{h}">{e(x)}</a></p>' for x, d, h, _t in news) + f"""
<p class="normal"><a href="{news_list}">Alla nyheter</a></p></div>
</div>"""
    o.page("/", "index.html", page("Startsida", front))
    for slug, name, tids in areas:
        secs = "\n".join(f'<h2 class="subheading" id="{t}">{e(topic(t, ctx)[0])}</h2>\n<p class="normal">{e(topic(t, ctx)[1])}</p>' for t in tids)
        extra = ""
        if slug == "kommunochpolitik":
            extra = f'\n<h2 class="subheading">Kommunens organisation</h2>\n<p class="normal">Läs om <a href="{org}">hur kommunen är organiserad</a>.</p>'
        o.page(url[slug], f"{slug}.html", page(name, f'<div class="sv-text-portlet"><h1 class="heading">{e(name)}</h1>\n{secs}{extra}</div>', cur=slug))
    kc = f"""<div class="sv-text-portlet" id="svid12_kc">
<h1 class="heading">Kontaktcenter</h1>
<p class="normal"><strong>Kontaktcenter är din väg in till Hjortnäs kommun. Vi svarar på frågor om bland annat förskola och skola, bygglov, avfall, vatten och avlopp, äldreomsorg och gator och vägar.</strong></p>
<p class="normal">Kan vi inte svara på din fråga direkt skickar vi den vidare till rätt handläggare, som återkommer till dig. Du kan också lämna synpunkter och felanmälningar hos oss.</p>
<h2 class="subheading">Kontakta Kontaktcenter</h2>
<p class="normal">Telefon: <a href="tel:+46980319250">0980-319 250</a><br />
E-post: <a href="mailto:kontaktcenter@hjortnas.se">kontaktcenter@hjortnas.se</a><br />
Besöksadress: Rådhusgatan 5, entréplan</p>
<table class="sv-table" summary="Telefontider">
<caption>Telefontider</caption>
<tr><th scope="row">Måndag–torsdag</th><td>08.00–17.00</td></tr>
<tr><th scope="row">Fredag</th><td>08.00–16.00</td></tr>
<tr><th scope="row">Lunch</th><td>Öppet hela dagen</td></tr>
</table>
<p class="normal">Kontaktcenter hör till kommunledningsförvaltningen. <a href="{org}">Så är kommunen organiserad</a></p>
</div>"""
    kc_html = page("Kontaktcenter", kc)
    o.page(kc_short, "kontaktcenter.html", kc_html)
    o.page(kc_long, "kontaktcenter.html")
    o.redirect("/kontakt.asp", kc_short, 301)
    orgp = """<div class="sv-text-portlet">
<h1 class="heading">Organisation</h1>
<p class="normal">Kommunens verksamhet är organiserad i tre förvaltningar: kommunledningsförvaltningen, barn- och utbildningsförvaltningen och samhällsbyggnadsförvaltningen. Förvaltningarna leds av förvaltningschefer och arbetar på uppdrag av nämnderna.</p>
<h2 class="subheading">Kommunledningsförvaltningen</h2>
<table class="sv-table" summary="Chefer i kommunledningsförvaltningen">
<tr><th scope="col">Enhet</th><th scope="col">Befattning</th><th scope="col">Namn</th><th scope="col">Telefon</th></tr>
<tr><td>Kommunledning</td><td>Kommundirektör</td><td>Helena Öst</td><td>0980-319 241</td></tr>
<tr><td>Kansli</td><td>Kanslichef</td><td>Ulla Berg</td><td>0980-319 242</td></tr>
<tr><td>Ekonomi</td><td>Ekonomichef</td><td>Rolf Sand</td><td>0980-319 243</td></tr>
<tr><td>Kontaktcenter</td><td>Enhetschef</td><td>Mats Ek</td><td>0980-319 251</td></tr>
<tr><td>Kommunikation</td><td>Kommunikationschef</td><td>Jenny Al</td><td>0980-319 244</td></tr>
</table>
</div>"""
    o.page(org, "organisation.html", page("Organisation", orgp))
    nb = '<div class="sv-text-portlet"><h1 class="heading">Nyheter</h1>\n' + "\n".join(
        f'<h2 class="subheading" id="{a}">{e(x)}</h2><p class="normal"><span class="datum">{d}</span><br />{e(t)}</p>'
        for a, (x, d, _h, t) in zip(("kc", "skolval", "pask"), news, strict=False)) + f'\n<p class="normal"><a href="{news_kc}">Läs hela nyheten om Kontaktcenters första år</a></p></div>'
    o.page(news_list, "nyheter.html", page("Nyheter", nb))
    nk = f"""<div class="sv-text-portlet">
<h1 class="heading">Kontaktcenter fyller ett år – 38 000 samtal</h1>
<p class="normal"><span class="datum">2013-03-01</span></p>
<p class="normal">Den 1 mars är det ett år sedan kommunens kontaktcenter öppnade i Rådhuset. Under året har medarbetarna tagit emot 38 000 samtal och besök, och sju av tio frågor har fått svar direkt utan att kunden behövt kopplas vidare.</p>
<p class="normal">– Vi har fått mycket positiv respons, särskilt på att det går att ringa under lunchen, säger Mats Ek.</p>
<p class="normal">Läs mer om <a href="{kc_short}">Kontaktcenter</a>.</p>
</div>"""
    o.page(news_kc, "nyhet-kontaktcenter.html", page("Kontaktcenter fyller ett år", nk))
    o.files["sok.html"] = page("Sök", '<div class="sv-searchform-portlet"><h1 class="heading">Sökresultat</h1>\n<!--SEARCH_RESULTS-->\n</div>')
    o.m["search"] = {"path": sok, "param": "query", "template": "sok.html",
                     "hits": {"kontaktcenter": [kc_short, news_kc]}}
    o.m["robots"] = "User-agent: *\nDisallow: /edit/\nDisallow: /sitevision/\nSitemap: __ORIGIN__/sitemap.xml\n"
    o.m["sitemap"] = ["/"] + [url[a[0]] for a in areas] + [kc_long, org, news_list, news_kc]
    return o


# --------------------------------------------------------------------------------------
# 9344 Sörvallby: WordPress 2.8 with the Kubrick default theme (pages widget = the menu),
# English page that names "Customer service"
# --------------------------------------------------------------------------------------
def s9344() -> Out:
    o = Out("9344", "Sörvallby", "08", "Kalmar län", "wordpress-kubrick")
    ctx = {"kk": "Sörvallby kommun", "k": "Sörvallby"}
    areas = [
        ("barn-och-utbildning", "Barn och utbildning", ["forskola", "grundskola", "gymnasium", "skolskjuts", "skolmat"]),
        ("vard-och-omsorg", "Vård och omsorg", ["hemtjanst", "sarskilt-boende", "fardtjanst", "ekonomiskt-bistand"]),
        ("bygga-och-bo", "Bygga och bo", ["bygglov", "avfall", "vatten", "gator", "tomter"]),
        ("fritid-och-turism", "Fritid och turism", ["bibliotek", "idrott", "turism", "fiske"]),
        ("foretag-och-arbete", "Företag och arbete", ["foretagsstod", "lediga-jobb", "feriearbete"]),
        ("kommun-och-politik", "Kommun och politik", ["fullmaktige", "namnder", "budget", "kundservice", "allmanna-handlingar"]),
    ]
    ks = "/kommun-och-politik/kundservice/"
    pid = {a[0]: n for n, a in enumerate(areas, 2)}

    def children(slug: str, tids: list[str]) -> str:
        items = []
        for t in tids:
            if t == "kundservice":
                items.append(f'<li class="page_item page-item-31"><a href="{ks}" title="Kundservice">Kundservice</a></li>')
            else:
                h = topic(t, ctx)[0]
                items.append(f'<li class="page_item"><a href="/{slug}/#{t}" title="{e(h)}">{e(h)}</a></li>')
        return "<ul class='children'>\n\t" + "\n\t".join(items) + "\n</ul>"

    pages_widget = "\n".join(f'<li class="page_item page-item-{pid[s]}"><a href="/{s}/" title="{e(n)}">{e(n)}</a>\n{children(s, t)}\n</li>' for s, n, t in areas)
    posts = [
        ("/2013/03/ny-detaljplan-for-hamnen/", "Ny detaljplan för hamnen", "14 mars 2013", "hamnen",
         "Ett förslag till ny detaljplan för gästhamnen och området runt den gamla fiskehamnen är ute på samråd. Förslaget ger plats för ett nytt servicehus för båtgäster, fler båtplatser och en gångstråk längs vattnet. Synpunkter lämnas senast den 15 april."),
        ("/2013/02/sportlovet-2013/", "Sportlovet 2013", "20 februari 2013", "sportlov",
         "Under sportlovet, vecka 10, är simhallen öppen varje dag och biblioteket har sagostund på onsdag och fredag. Fritidsgården har extra öppet på kvällarna. Alla aktiviteter är gratis."),
    ]

    def page(title: str, content: str) -> str:
        t = "Sörvallby kommun" if title == "" else f"Sörvallby kommun  &raquo; {e(title)}"
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="sv-SE">

<head profile="http://gmpg.org/xfn/11">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />

<title>{t}</title>

<link rel="stylesheet" href="/wp-content/themes/default/style.css" type="text/css" media="screen" />
<link rel="alternate" type="application/rss+xml" title="Sörvallby kommun RSS-flöde" href="/feed/" />
<link rel="pingback" href="/xmlrpc.php" />

<style type="text/css" media="screen">
	#page {{ background: url("/wp-content/themes/default/images/kubrickbg-ltr.jpg") repeat-y top; border: none; }}
	#header {{ background: url("/wp-content/themes/default/images/kubrickheader.jpg") no-repeat bottom center; }}
	#headerimg h1 a {{ color: #fff; text-decoration: none }}
	#toplinks {{ position: absolute; top: 14px; right: 40px; list-style: none; font-size: 0.9em }}
	#toplinks li {{ display: inline; margin-left: 10px }}
	#toplinks a {{ color: #fff }}
</style>

<meta name="generator" content="WordPress 2.8.4" />
</head>
<body>
<div id="page">


<div id="header" role="banner" style="position:relative">
	<div id="headerimg">
		<h1><a href="/">Sörvallby kommun</a></h1>
		<div class="description">Kommunen vid Kalmarsund</div>
	</div>
	<ul id="toplinks"><li><a href="/in-english/" hreflang="en">In English</a></li><li><a href="/kontakt/">Kontakt</a></li></ul>
</div>
<hr />

	<div id="content" class="narrowcolumn">
{content}
	</div>

	<div id="sidebar" role="complementary">
		<ul>
			<li>
				<form method="get" id="searchform" action="/">
<label class="hidden" for="s">Sök efter:</label>
<div><input type="text" value="" name="s" id="s" />
<input type="submit" id="searchsubmit" value="Sök" />
</div>
</form>
			</li>
<li class="pagenav"><h2>Sidor</h2><ul>
{pages_widget}
</ul></li>
			<li><h2>Senaste inläggen</h2>
				<ul>
""" + "\n".join(f'\t\t\t\t<li><a href="{u}" title="{e(h)}">{e(h)}</a></li>' for u, h, _d, _a, _t in posts) + """
				</ul>
			</li>
		</ul>
	</div>

<hr />
<div id="footer" role="contentinfo">
	<p>
		Sörvallby kommun &middot; Hamngatan 2 &middot; 999 61 Sörvallby<br />
		Kundservice 08-465 004 00 &middot; <a href="mailto:kundservice@sorvallby.se">kundservice@sorvallby.se</a> &middot; Besök: Hamngatan 2, mån–fre 8–16
	</p>
</div>
</div>

</body>
</html>
"""

    def post(u: str, h: str, d: str, a: str, t: str, full: bool = True) -> str:
        body = t if full else t.split(". ")[0] + "."
        more = "" if full else f' <a href="{u}" class="more-link">Läs resten av inlägget &raquo;</a>'
        return f"""		<div class="post" id="post-{a}">
			<h2><a href="{u}" rel="bookmark" title="Permanent länk till {e(h)}">{e(h)}</a></h2>
			<small>{d}</small>
			<div class="entry">
				<p>{e(body)}{more}</p>
			</div>
			<p class="postmetadata">Publicerat i Nyheter</p>
		</div>"""

    welcome = """		<div class="post" id="post-2">
			<h2>Välkommen till Sörvallby kommun</h2>
			<div class="entry">
				<p>Sörvallby ligger vid Kalmarsund med skärgård, åkerlandskap och ett tiotal byar. Här hittar du information om kommunens verksamheter och om vad som händer i kommunen. Menyn finns till höger.</p>
			</div>
		</div>"""
    o.page("/", "index.html", page("", welcome + "\n" + "\n".join(post(*p, full=False) for p in posts)))
    for u, h, d, a, t in posts:
        o.page(u, f"post-{a}.html", page(h, post(u, h, d, a, t)))

    def wp_page(num: int, h: str, inner: str) -> str:
        return f"""		<div class="post" id="post-{num}">
		<h2>{e(h)}</h2>
			<div class="entry">
{inner}
			</div>
		</div>"""

    for slug, name, tids in areas:
        secs = []
        for t in tids:
            if t == "kundservice":
                secs.append(f'<h3 id="kundservice">Kundservice</h3>\n<p>Har du frågor till kommunen? <a href="{ks}">Kundservice</a> hjälper dig.</p>')
            else:
                secs.append(f'<h3 id="{t}">{e(topic(t, ctx)[0])}</h3>\n<p>{e(topic(t, ctx)[1])}</p>')
        o.page(f"/{slug}/", f"{slug}.html", page(name, wp_page(pid[slug], name, "\n".join(secs))))
    kinner = """<p>Kundservice är kommunens gemensamma kontaktpunkt. Vi hjälper dig med frågor om skola och barnomsorg, avfall och återvinning, vatten och avlopp, bygglov och äldreomsorg, och kan vi inte svara direkt kopplar vi dig till rätt handläggare.</p>
<p>Ring oss på 08-465 004 00.</p>
<p>Våra övriga kontaktuppgifter hittar du längst ned på sidan.</p>
<p>Ansvarig för Kundservice är Eva Strand, kommunikationschef.</p>"""
    o.page(ks, "kundservice.html", page("Kundservice", wp_page(31, "Kundservice", kinner)))
    eng = """<p>Welcome to Sörvallby, a municipality on the Kalmar Strait with around 9,000 inhabitants.</p>
<h3>Customer service</h3>
<p>Our customer service answers questions about schools and childcare, waste collection, water and sewage and building permits, in Swedish and English. Phone +46 8 465 004 00, e-mail kundservice@sorvallby.se. Open Monday to Friday 8 am to 4 pm at Hamngatan 2.</p>
<h3>Tourist information</h3>
<p>The tourist office at the harbour is open from midsummer to mid-August.</p>"""
    o.page("/in-english/", "in-english.html", page("In English", wp_page(40, "In English", eng)).replace('lang="sv-SE"', 'lang="en"', 1))
    kon = f"""<p>Sörvallby kommun<br />Hamngatan 2<br />999 61 Sörvallby</p>
<p>Växel: 08-465 004 00<br />E-post till registrator: registrator@sorvallby.se</p>
<p>Frågor om kommunens verksamheter besvaras av <a href="{ks}">Kundservice</a>.</p>"""
    o.page("/kontakt/", "kontakt.html", page("Kontakt", wp_page(41, "Kontakt", kon)))
    o.files["sok.html"] = page("Sökresultat", '		<h2 class="pagetitle">Sökresultat</h2>\n<!--SEARCH_RESULTS-->')
    o.m["search"] = {"path": "/", "param": "s", "template": "sok.html", "hits": {"kundservice": [ks]}}
    o.m["robots"] = "User-agent: *\nDisallow: /wp-admin/\nDisallow: /wp-includes/\n"
    return o


# --------------------------------------------------------------------------------------
# 9345 Ormsjö: hand-coded PHP site, XHTML 1.0 Strict, menu as a <dl>; unit named only in the
# <title> of the page the header link "Kontakta oss" leads to
# --------------------------------------------------------------------------------------
def s9345() -> Out:
    o = Out("9345", "Ormsjö", "24", "Västerbottens län", "xhtml-dl-php")
    ctx = {"kk": "Ormsjö kommun", "k": "Ormsjö"}
    areas = [
        ("/barn-skola.php", "Barn och skola", ["forskola", "grundskola", "skolskjuts", "kulturskola"]),
        ("/omsorg.php", "Omsorg", ["hemtjanst", "sarskilt-boende", "lss", "bostadsanpassning"]),
        ("/bygga-bo.php", "Bygga och bo", ["bygglov", "avfall", "vatten", "gator"]),
        ("/kultur-fritid.php", "Kultur och fritid", ["bibliotek", "idrott", "evenemang", "fiske"]),
        ("/naringsliv.php", "Näringsliv och arbete", ["foretagsstod", "lediga-jobb", "upphandling"]),
        ("/kommun-politik.php", "Kommun och politik", ["fullmaktige", "namnder", "budget", "overklaga"]),
    ]
    dl = "\n".join(f'<dt><a href="{p}">{e(n)}</a></dt>\n' + "\n".join(f'<dd><a href="{p}#{t}">{e(topic(t, ctx)[0])}</a></dd>' for t in tids) for p, n, tids in areas)

    def page(title: str, body: str, here: str = "") -> str:
        return f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv" lang="sv">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{e(title)}</title>
<style type="text/css">
body {{ margin: 0; font-family: "Trebuchet MS", Verdana, sans-serif; font-size: 80%; background: #fff }}
#sidhuvud {{ background: #23415c; color: #fff; padding: 12px 20px; height: 70px }}
#toppmeny {{ list-style: none; margin: 0; padding: 0; float: right }}
#toppmeny li {{ display: inline; margin-left: 14px }}
#toppmeny a {{ color: #fff }}
#meny {{ float: left; width: 190px; margin: 16px 0 0 16px }}
#meny dt {{ font-weight: bold; margin-top: 10px }}
#meny dd {{ margin-left: 10px; font-size: 0.92em }}
#innehall {{ margin: 0 220px 0 230px; padding: 6px 0 30px 0 }}
#hoger {{ float: right; width: 190px; margin: 16px 16px 0 0 }}
#sidfot {{ clear: both; border-top: 1px solid #23415c; padding: 8px 20px; font-size: 0.9em; color: #444 }}
</style>
</head>
<body>
<div id="sidhuvud">
<ul id="toppmeny">
<li><a href="/index.php">Startsida</a></li>
<li><a href="/kontakta-oss.php">Kontakta oss</a></li>
<li><a href="/naringsliv.php#lediga-jobb">Lediga jobb</a></li>
<li><form action="/sok.php" method="get" style="display:inline"><input type="text" name="q" size="14" title="Sök på webbplatsen" /> <input type="submit" value="Sök" /></form></li>
</ul>
<a href="/"><img src="/img/ormsjo-logo.png" alt="Ormsjö kommun" width="220" height="56" /></a>
</div>
<dl id="meny">
{dl}
</dl>
{'' if here != 'front' else RIGHT_9345}
<div id="innehall">
{body}
</div>
<div id="sidfot">
Ormsjö kommun, Skolgatan 8, 999 71 Ormsjö. Telefon (växel) 040-628 04 60. E-post: info@ormsjo.se<br />
Ansvarig utgivare: Per Olofsson, kommunchef
</div>
</body>
</html>
"""

    news = [
        ("fjallvandring", "2013-05-16", "Nya vandringsleder vid Ormfjället", "Två nya vandringsleder är klara vid Ormfjället. Lederna är 6 och 11 kilometer långa och har rastplatser med vindskydd."),
        ("vatten", "2013-05-02", "Spolning av vattenledningar i maj", "Under maj spolas vattenledningarna i centralorten. Vattnet kan bli missfärgat en kort tid; låt kranen stå på en stund så blir det bra igen."),
        ("valkomen", "2013-04-22", "Välkomen på öppet hus på kulturskolan", "Kulturskolan har öppet hus lördag den 4 maj kl 11-14. Prova instrument, se dansuppvisning och träffa lärarna."),
    ]
    front = """<h1>Välkommen till Ormsjö kommun</h1>
<p>Ormsjö ligger i Västerbottens inland, vid Ormsjön och Ormfjället. Kommunen har omkring 2 800 invånare. Här hittar du information om kommunens verksamheter och om vad som händer.</p>
<h2>Aktuellt</h2>
<ul class="nyheter">
""" + "\n".join(f'<li><span class="datum">{d}</span> <a href="/nyheter.php#{i}">{e(h)}</a></li>' for i, d, h, _t in news) + """
</ul>
<p><a href="/nyheter.php">Alla nyheter</a></p>"""
    o.page("/", "index.html", page("Ormsjö kommun", front, here="front"))
    o.page("/index.php", "index.html")
    for p, n, tids in areas:
        secs = "\n".join(f'<h2 id="{t}">{e(topic(t, ctx)[0])}</h2>\n<p>{e(topic(t, ctx)[1])}</p>' for t in tids)
        o.page(p, p.strip("/").replace(".php", ".html"), page(f"{n} - Ormsjö kommun", f"<h1>{e(n)}</h1>\n{secs}"))
    ko = """<h1>Kontakta oss</h1>
<p>Har du frågor om kommunen och kommunens service? Ring eller mejla oss, eller kom in till oss i kommunhuset, så hjälper vi dig.</p>
<table summary="Kontaktuppgifter">
<tr><th scope="row">Telefon</th><td>040-628 04 60</td></tr>
<tr><th scope="row">E-post</th><td><a href="mailto:info@ormsjo.se">info@ormsjo.se</a></td></tr>
<tr><th scope="row">Öppettider</th><td>måndag–fredag 8.00–16.00</td></tr>
<tr><th scope="row">Besöksadress</th><td>Skolgatan 8</td></tr>
</table>
<p>Handläggare: Stina Berg och Sanna Olsson</p>
<p>Brev skickar du till Ormsjö kommun, 999 71 Ormsjö.</p>"""
    o.page("/kontakta-oss.php", "kontakta-oss.html", page("Servicecenter - Ormsjö kommun", ko))
    nb = "<h1>Nyheter</h1>\n" + "\n".join(f'<h2 id="{i}">{e(h)}</h2>\n<p class="datum">{d}</p>\n<p>{e(t)}</p>' for i, d, h, t in news)
    o.page("/nyheter.php", "nyheter.html", page("Nyheter - Ormsjö kommun", nb))
    o.files["sok.html"] = page("Sök - Ormsjö kommun", "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->")
    o.m["search"] = {"path": "/sok.php", "param": "q", "template": "sok.html", "hits": {"servicecenter": ["/kontakta-oss.php"]}}
    o.m["robots"] = "User-agent: *\nDisallow: /admin/\n"
    return o


RIGHT_9345 = """<div id="hoger">
<h2>Genvägar</h2>
<ul>
<li><a href="/barn-skola.php#forskola">Ansök om förskoleplats</a></li>
<li><a href="/bygga-bo.php#avfall">Sophämtning</a></li>
<li><a href="/kommun-politik.php#fullmaktige">Protokoll</a></li>
<li><a href="/kultur-fritid.php#bibliotek">Biblioteket</a></li>
</ul>
</div>"""


# --------------------------------------------------------------------------------------
# 9346 Björkhamn: Lotus Domino (?OpenDocument URLs, whole page in a <FORM>, upper-case tags),
# / 302 -> /hem.nsf/start?OpenDocument
# --------------------------------------------------------------------------------------
def s9346() -> Out:
    o = Out("9346", "Björkhamn", "12", "Skåne län", "domino")
    ctx = {"kk": "Björkhamns kommun", "k": "Björkhamn"}
    areas = [
        ("barn", "BARN &amp; UTBILDNING", "Barn och utbildning", ["forskola", "fritidshem", "grundskola", "gymnasium", "skolmat"]),
        ("omsorg", "OMSORG &amp; STÖD", "Omsorg och stöd", ["hemtjanst", "sarskilt-boende", "lss", "ekonomiskt-bistand"]),
        ("bygga", "BYGGA &amp; BO", "Bygga och bo", ["bygglov", "detaljplaner", "avfall", "vatten", "gator"]),
        ("fritid", "KULTUR &amp; FRITID", "Kultur och fritid", ["bibliotek", "idrott", "foreningar", "turism"]),
        ("naringsliv", "NÄRINGSLIV", "Näringsliv och arbete", ["foretagsstod", "lediga-jobb", "tillstand"]),
        ("kommun", "KOMMUN &amp; POLITIK", "Kommun och politik", ["fullmaktige", "namnder", "budget", "val"]),
    ]
    od = "?OpenDocument"
    u = {a[0]: f"/hem.nsf/pages/{a[0]}" for a in areas}
    kc = "/hem.nsf/pages/kontaktcenter"
    kontakt = "/hem.nsf/pages/kontakt"
    nyhet = "/hem.nsf/nyheter/kc-nytt-nummer"
    sok = "/hem.nsf/sok"
    topnav = ' <FONT COLOR="#FFFFFF">|</FONT> '.join(f'<A HREF="{u[s]}{od}"><FONT COLOR="#FFFFFF" SIZE=1 FACE="Verdana"><B>{up}</B></FONT></A>' for s, up, _n, _t in areas)

    def outline(cur: str | None) -> str:
        rows = []
        for s, _up, n, tids in areas:
            openn = cur in (None, s)
            tw = "twisty_open.gif" if openn else "twisty_closed.gif"
            rows.append(f'<TR><TD VALIGN=top><IMG SRC="/icons/{tw}" WIDTH=9 HEIGHT=9 ALT=""></TD><TD><FONT SIZE=2 FACE="Verdana"><A HREF="{u[s]}{od}"><B>{e(n)}</B></A></FONT></TD></TR>')
            if openn:
                rows += [f'<TR><TD></TD><TD><FONT SIZE=1 FACE="Verdana">&nbsp;&nbsp;<A HREF="{u[s]}{od}#{t}">{e(topic(t, ctx)[0])}</A></FONT></TD></TR>' for t in tids]
        return '<TABLE BORDER=0 CELLSPACING=0 CELLPADDING=2>\n' + "\n".join(rows) + "\n</TABLE>"

    def page(title: str, body: str, form: str, cur: str | None = None) -> str:
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<!-- Lotus-Domino (Release 7.0.2 - September 26, 2006 on Windows NT/Intel) -->
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<TITLE>{title}</TITLE><SCRIPT LANGUAGE="JavaScript">
<!--
document._domino_target = "_self";
function _doClick(v, o, t) {{
  var url="/hem.nsf/{form}?OpenForm&Click=" + v;
  if (o.href != null) o.href = url; else {{ if (t == null) t = document._domino_target; window.open(url, t); }}
  return false;
}}
// -->
</SCRIPT>
</HEAD>
<BODY TEXT="000000" BGCOLOR="FFFFFF" TOPMARGIN=0 LEFTMARGIN=0 MARGINHEIGHT=0 MARGINWIDTH=0>

<FORM METHOD=post ACTION="/hem.nsf/{form}?OpenForm&amp;Seq=1" NAME="_{form}">
<INPUT TYPE=hidden NAME="__Click" VALUE="0">
<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=0>
<TR VALIGN=top><TD WIDTH="100%" BGCOLOR="#0B3D5C"><A HREF="/hem.nsf/start{od}"><IMG SRC="/hem.nsf/bilder/$file/logga.gif" WIDTH=310 HEIGHT=70 BORDER=0 ALT="Björkhamns kommun"></A></TD></TR>
<TR VALIGN=top><TD BGCOLOR="#14587F" HEIGHT=22>&nbsp;{topnav}</TD></TR>
</TABLE>
<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=6>
<TR VALIGN=top>
<TD WIDTH=190 BGCOLOR="#EAF1F5">
{outline(cur)}
<BR><FONT SIZE=2 FACE="Verdana"><A HREF="{kontakt}{od}"><B>Kontakt</B></A></FONT>
</TD>
<TD>
{body}
</TD>
</TR>
</TABLE>
<HR SIZE=1 WIDTH="100%" ALIGN=left NOSHADE>
<CENTER><FONT SIZE=1 FACE="Verdana">Björkhamns kommun, Rådhustorget 1, 999 81 Björkhamn &nbsp; Växel 040-628 04 00 &nbsp; E-post: kommunen@bjorkhamn.se</FONT></CENTER>
</FORM>
</BODY>
</HTML>
"""

    news = [
        ("KONTAKTCENTER HAR FÅTT NYTT TELEFONNUMMER", "2013-02-25", f"{nyhet}{od}"),
        ("Vägarbete på Hamnvägen i mars", "2013-02-18", f"{u['bygga']}{od}#gator"),
        ("Politiska sammanträden under våren", "2013-02-04", f"{u['kommun']}{od}#fullmaktige"),
    ]
    start = """<FONT SIZE=4 FACE="Georgia" COLOR="#0B3D5C"><B>VÄLKOMMEN TILL BJÖRKHAMNS KOMMUN</B></FONT><BR><BR>
<FONT SIZE=2 FACE="Verdana">Björkhamn är en kustkommun i nordvästra Skåne med fiskehamn, badstränder och ett levande centrum. Här finns information om kommunens verksamheter och service.</FONT><BR><BR>
<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=4>
<TR VALIGN=top><TD WIDTH="60%"><IMG SRC="/hem.nsf/bilder/$file/hamnen.jpg" WIDTH=360 HEIGHT=180 ALT="Hamnen i Björkhamn en sommarkväll"></TD>
<TD BGCOLOR="#F3F6F8"><FONT SIZE=2 FACE="Verdana" COLOR="#0B3D5C"><B>AKTUELLT</B></FONT><BR>
""" + "\n".join(f'<FONT SIZE=1 FACE="Verdana">{d}</FONT><BR><FONT SIZE=2 FACE="Verdana"><A HREF="{h}">{x}</A></FONT><BR><BR>' for x, d, h in news) + f"""
<FONT SIZE=1 FACE="Verdana"><A HREF="{kontakt}{od}">Kontakta kommunen</A></FONT>
</TD></TR>
</TABLE>
<BR><FONT SIZE=2 FACE="Verdana"><B>Sök på webbplatsen:</B></FONT> <INPUT NAME="Query" VALUE="" SIZE=20> <A HREF="javascript:void(0)" onClick="location.href='{sok}?SearchSite&amp;Query='+document.forms[0].Query.value; return false;">Sök</A>"""
    o.page("/hem.nsf/start", "start.html", page("Björkhamns kommun", start, "Start"))
    o.redirect("/", "/hem.nsf/start?OpenDocument", 302)
    for s, up, n, tids in areas:
        secs = "\n".join(f'<A NAME="{t}"></A><FONT SIZE=2 FACE="Verdana" COLOR="#0B3D5C"><B>{e(topic(t, ctx)[0])}</B></FONT><BR><FONT SIZE=2 FACE="Verdana">{e(topic(t, ctx)[1])}</FONT><BR><BR>' for t in tids)
        o.page(u[s], f"{s}.html", page(f"Björkhamns kommun - {n}", f'<FONT SIZE=4 FACE="Georgia" COLOR="#0B3D5C"><B>{up}</B></FONT><BR><BR>\n{secs}', "Sida", cur=s))
    kcb = """<FONT SIZE=4 FACE="Georgia" COLOR="#0B3D5C"><B>KONTAKTCENTER</B></FONT><BR><BR>
<FONT SIZE=2 FACE="Verdana">KONTAKTCENTER (KC) är din väg in till kommunen. Vi kan svara på frågor om allt som har med kommunen att göra, och om vi inte kan svara själva hjälper vi dig vidare till rätt person.<BR><BR>
<B>Telefon</B> 040-628 04 80<BR>
<B>E-post</B> <A HREF="mailto:kc@bjorkhamn.se">kc@bjorkhamn.se</A><BR>
<B>Telefontid</B> vardagar 8-17<BR><BR>
Ansvarig för sidan: Anna Persson, webbredaktör</FONT>"""
    o.page(kc, "kontaktcenter.html", page("Björkhamns kommun - KONTAKTCENTER", kcb, "Sida"))
    nyb = f"""<FONT SIZE=1 FACE="Verdana">2013-02-25</FONT><BR>
<FONT SIZE=4 FACE="Georgia" COLOR="#0B3D5C"><B>KONTAKTCENTER HAR FÅTT NYTT TELEFONNUMMER</B></FONT><BR><BR>
<FONT SIZE=2 FACE="Verdana">Från den 1 mars nås KONTAKTCENTER på 040-628 04 80. Det gamla numret fungerar till och med den 30 april.<BR><BR>
<A HREF="{kc}{od}">Läs mer om Kontaktcenter</A></FONT>"""
    o.page(nyhet, "nyhet-kc.html", page("Björkhamns kommun - KONTAKTCENTER HAR FÅTT NYTT TELEFONNUMMER", nyb, "Nyhet"))
    konb = f"""<FONT SIZE=4 FACE="Georgia" COLOR="#0B3D5C"><B>KONTAKT</B></FONT><BR><BR>
<FONT SIZE=2 FACE="Verdana">Björkhamns kommun<BR>Rådhustorget 1<BR>999 81 Björkhamn<BR><BR>
Växel: 040-628 04 00<BR>E-post: kommunen@bjorkhamn.se<BR><BR>
Har du frågor om kommunens service? Kontakta <A HREF="{kc}{od}">KONTAKTCENTER</A>.<BR><BR>
Kommunchef: Sven Möller</FONT>"""
    o.page(kontakt, "kontakt.html", page("Björkhamns kommun - Kontakt", konb, "Sida"))
    o.files["sok.html"] = page("Björkhamns kommun - Sök", '<FONT SIZE=4 FACE="Georgia" COLOR="#0B3D5C"><B>SÖKRESULTAT</B></FONT><BR><BR>\n<!--SEARCH_RESULTS-->', "Sok")
    o.m["search"] = {"path": sok, "param": "Query", "template": "sok.html", "hits": {"kontaktcenter": [kc, nyhet]}}
    o.m["robots"] = "User-agent: *\nDisallow: /names.nsf\nDisallow: /log.nsf\n"
    return o


BUILDERS = [s9337, s9338, s9339, s9340, s9341, s9342, s9343, s9344, s9345, s9346]


def main() -> int:
    for b in BUILDERS:
        site = b()
        site.write()
        print(site.code, site.m["kommun"], len(site.m["pages"]), "paths,", len(site.files), "files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
