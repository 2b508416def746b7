"""9296 Stensjö: a site from the mid-2000s still in service (classic ASP paths, one
780-pixel <table> layout, <font> tags, ISO-8859-1, spacer gifs). Left menu of areas where
the current area is bold and unfolds its sub-pages; "Genvägar" box in the right column.
No heading elements: headings are <font class="rubrik">."""
from __future__ import annotations

from core import Site

CT = "text/html; charset=iso-8859-1"

CSS = """
body{font-family:Verdana,Arial,Helvetica,sans-serif;font-size:11px;color:#000}
a{color:#003366}
a.meny{color:#003366;text-decoration:none;font-size:11px}
a.meny:hover{text-decoration:underline}
.rubrik{font-size:18px;font-weight:bold;color:#003366}
.underrubrik{font-size:13px;font-weight:bold}
.ingress{font-weight:bold}
.toppmeny a{color:#fff;font-size:10px;text-decoration:none}
.sidfot{font-size:10px;color:#666}
.ruta{border:1px solid #99b3cc;background:#f0f5fa}
"""

MENU = [
    ("Barnomsorg &amp; skola", "/barnomsorg.asp", [("Förskola", "/barnomsorg/forskola.asp"), ("Grundskola", "/barnomsorg/grundskola.asp"),
                                                     ("Fritidshem", "/barnomsorg/fritids.asp"), ("Gymnasium", "/barnomsorg/gymnasium.asp"),
                                                     ("Komvux", "/barnomsorg/komvux.asp")]),
    ("Äldre- &amp; handikappomsorg", "/omsorg.asp", [("Hemtjänst", "/omsorg/hemtjanst.asp"), ("Särskilt boende", "/omsorg/boende.asp"),
                                                       ("Färdtjänst", "/omsorg/fardtjanst.asp"), ("LSS", "/omsorg/lss.asp")]),
    ("Individ &amp; familj", "/ifo.asp", [("Ekonomiskt bistånd", "/ifo/bistand.asp"), ("Missbruk", "/ifo/missbruk.asp"),
                                            ("Familjerådgivning", "/ifo/familj.asp")]),
    ("Bygga &amp; bo", "/bygga.asp", [("Bygglov", "/bygga/bygglov.asp"), ("Tomter", "/bygga/tomter.asp"), ("Kartor", "/bygga/kartor.asp"),
                                        ("Detaljplaner", "/bygga/planer.asp")]),
    ("Miljö &amp; hälsa", "/miljo.asp", [("Sophämtning", "/miljo/sophamtning.asp"), ("Vatten &amp; avlopp", "/miljo/va.asp"),
                                           ("Livsmedel", "/miljo/livsmedel.asp"), ("Naturvård", "/miljo/natur.asp")]),
    ("Gator &amp; trafik", "/trafik.asp", [("Parkering", "/trafik/parkering.asp"), ("Snöröjning", "/trafik/snorojning.asp"),
                                             ("Busstrafik", "/trafik/buss.asp")]),
    ("Kultur &amp; fritid", "/kultur.asp", [("Biblioteket", "/kultur/bibliotek.asp"), ("Simhallen", "/kultur/simhall.asp"),
                                              ("Föreningar", "/kultur/foreningar.asp"), ("Fritidsgården", "/kultur/fritidsgard.asp")]),
    ("Näringsliv &amp; arbete", "/naringsliv.asp", [("Företagsservice", "/naringsliv/foretag.asp"), ("Lediga jobb", "/naringsliv/jobb.asp"),
                                                      ("Upphandling", "/naringsliv/upphandling.asp")]),
    ("Kommun &amp; politik", "/kommunpolitik.asp", [("Kommunfullmäktige", "/kommunpolitik/kf.asp"), ("Nämnder &amp; styrelser", "/kommunpolitik/namnder.asp"),
                                                      ("Medborgarkontoret", "/kommunpolitik/medborgarkontoret.asp"), ("Protokoll", "/kommunpolitik/protokoll.asp"),
                                                      ("Budget &amp; ekonomi", "/kommunpolitik/budget.asp"), ("Kommunfakta", "/kommunpolitik/fakta.asp")]),
]


def build() -> Site:
    s = Site("9296", "Stensjö", "06", "Jönköpings län", "table-2000s", encoding="iso-8859-1")

    def left(active: str | None, sub: str | None) -> str:
        rows = []
        for name, url, subs in MENU:
            on = url == active
            label = f"<b>{name}</b>" if on else name
            rows.append(f'<tr><td class="menyrad" height="20">&nbsp;<img src="/bilder/pil.gif" width="7" height="7" alt="">&nbsp;<a href="{s.m(url)}" class="meny">{label}</a></td></tr>')
            if on:
                for sn, su in subs:
                    sl = f"<b>{sn}</b>" if su == sub else sn
                    rows.append(f'<tr><td class="menyrad" height="18">&nbsp;&nbsp;&nbsp;&nbsp;&raquo;&nbsp;<a href="{s.m(su)}" class="meny">{sl}</a></td></tr>')
            rows.append('<tr><td bgcolor="#99B3CC"><img src="/bilder/spacer.gif" width="1" height="1" alt=""></td></tr>')
        return '<table width="170" border="0" cellspacing="0" cellpadding="2">' + "\n".join(rows) + "</table>"

    def right() -> str:
        g = [("Lediga jobb", "/naringsliv/jobb.asp"), ("Matsedel skolan", "/barnomsorg/matsedel.asp"), ("Sophämtning", "/miljo/sophamtning.asp"),
             ("Bibliotekets katalog", "/kultur/katalog.asp"), ("Blanketter", "/blanketter.asp"), ("Kommunfullmäktige", "/kommunpolitik/kf.asp")]
        lis = "".join(f'&raquo; <a href="{s.m(u)}">{t}</a><br>' for t, u in g)
        return f"""<table width="170" border="0" cellspacing="0" cellpadding="6" class="ruta">
<tr><td bgcolor="#336699"><font color="#FFFFFF"><b>Genvägar</b></font></td></tr>
<tr><td><font face="Verdana, Arial" size="1">{lis}</font></td></tr>
</table>
<br>
<table width="170" border="0" cellspacing="0" cellpadding="6" class="ruta">
<tr><td bgcolor="#336699"><font color="#FFFFFF"><b>Evenemang</b></font></td></tr>
<tr><td><font face="Verdana, Arial" size="1"><b>7 juni</b> <a href="{s.ph('/kalender/visa.asp')}">Stensjöloppet</a><br><b>21 juni</b> <a href="{s.ph('/kalender/midsommar.asp')}">Midsommar på Hembygdsgården</a></font></td></tr>
</table>"""

    def page(title: str, content: str, active: str | None = None, sub: str | None = None, col3: bool = True) -> str:
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>Stensjö kommun - {title}</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="Stensjö, kommun, Jönköpings län">
<style type="text/css">{CSS}</style>
<script language="JavaScript" type="text/javascript">
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td colspan="3" bgcolor="#003366" height="80"><a href="/"><img src="/bilder/logo_stensjo.gif" alt="Stensjö kommun" width="320" height="80" border="0"></a></td>
</tr>
<tr>
<td colspan="3" bgcolor="#336699" height="22" class="toppmeny" align="right">
<form action="/sok.asp" method="get" style="margin:0;display:inline"><font color="#FFFFFF" size="1">Sök:</font> <input type="text" name="q" size="14"> <input type="submit" value="OK"></form>
&nbsp;|&nbsp; <a href="/">Startsidan</a> &nbsp;|&nbsp; <a href="/kontakt.asp">Kontakta kommunen</a> &nbsp;|&nbsp; <a href="{s.ph('/textversion.asp')}">Textversion</a> &nbsp;|&nbsp; <a href="{s.ph('/english.asp')}">In English</a> &nbsp;
</td>
</tr>
<tr>
<td width="170" valign="top" bgcolor="#E6EEF5">{left(active, sub)}<br></td>
<td width="{440 if col3 else 610}" valign="top" style="padding:12px">
{content}
</td>
{f'<td width="170" valign="top" style="padding-top:12px">{right()}</td>' if col3 else ''}
</tr>
<tr>
<td colspan="3" bgcolor="#E6EEF5" align="center" class="sidfot" height="40">
<font size="1" color="#666666">Stensjö kommun &nbsp;|&nbsp; 999 41 Stensjö &nbsp;|&nbsp; Besöksadress: Stadshuset, Kyrkogatan 3 &nbsp;|&nbsp; Tel 031-390 06 00 &nbsp;|&nbsp; Fax 031-390 06 99 &nbsp;|&nbsp; <a href="mailto:kommun@stensjo.se">kommun@stensjo.se</a><br>
<a href="/tillganglighet.asp">Tillgänglighetsredogörelse</a> &nbsp;|&nbsp; <a href="{s.ph('/kakor.asp')}">Om kakor</a> &nbsp;|&nbsp; Webbansvarig: informationsenheten</font>
</td>
</tr>
</table>
</body>
</html>
"""

    news = [("/nyheter/2025/sommarsimskola.asp", "2025-05-23", "Anmälan till sommarsimskolan är öppen",
             "Simskolan för barn mellan 6 och 9 år hålls vecka 26 och 27 vid Stensjöbadet."),
            ("/nyheter/2025/kyrkogatan.asp", "2025-05-12", "Kyrkogatan får ny beläggning",
             "Under vecka 24 läggs ny asfalt på Kyrkogatan. Räkna med begränsad framkomlighet.")]
    items = "".join(f'<tr><td valign="top" width="70"><font size="1" color="#666666">{d}</font></td><td><a href="{u}"><b>{t}</b></a><br><font size="1">{x}</font></td></tr>' for u, d, t, x in news)
    front = f"""<img src="/bilder/startbild_sjon.jpg" width="416" height="150" alt="Utsikt över Stensjön en sommarkväll" border="0"><br><br>
<font class="rubrik">Välkommen till Stensjö kommun</font><br><br>
<font face="Verdana, Arial" size="2">Stensjö är en småländsk kommun med ca 9 200 invånare, omgiven av skog och sjöar. Här på webbplatsen hittar du information om kommunens verksamheter, blanketter och kontaktuppgifter.</font><br><br>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td colspan="2" bgcolor="#E6EEF5"><font class="underrubrik">Aktuellt</font></td></tr>
{items}
<tr><td colspan="2" align="right"><a href="/nyheter.asp">Fler nyheter &raquo;</a></td></tr>
</table><br>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#E6EEF5"><font class="underrubrik">Driftinformation</font></td></tr>
<tr><td><font size="1">Inga störningar rapporterade.</font></td></tr>
</table>"""
    s.add("/", "index.html", page("Startsida", front), CT)

    kp = "".join(f'&raquo; <a href="{s.m(u)}">{t}</a><br>' for t, u in MENU[-1][2])
    s.add("/kommunpolitik.asp", "kommunpolitik.html", page("Kommun &amp; politik", f"""<font class="rubrik">Kommun &amp; politik</font><br><br>
<font size="2"><span class="ingress">Här finns information om hur kommunen styrs, om politiska beslut och om kommunens service.</span><br><br>
Kommunfullmäktige är kommunens högsta beslutande organ och har 35 ledamöter. Sammanträdena är öppna för allmänheten.<br><br>{kp}</font>""", "/kommunpolitik.asp"), CT)
    service = """<font class="rubrik">Medborgarkontoret</font><br><br>
<font size="2"><span class="ingress">Medborgarkontoret i Stadshuset är kommunens gemensamma service för invånarna.</span><br><br>
Hos oss kan du få hjälp med frågor om bostadsanpassning, färdtjänst, parkeringstillstånd, avgifter för barnomsorg och hemtjänst samt kommunens e-tjänster. Här kan du också lämna in ansökningar, hämta blanketter och få hjälp att hitta rätt handläggare.<br><br>
<b>Besöksadress</b><br>Stadshuset, Kyrkogatan 3, entréplan<br><br>
<b>Telefon</b><br>031-390 06 40<br><br>
<b>E-post</b><br><a href="mailto:medborgarkontoret@stensjo.se">medborgarkontoret@stensjo.se</a><br><br>
<b>Öppettider</b></font>
<table border="0" cellspacing="0" cellpadding="2">
<tr><td><font size="2">Måndag &#8211; torsdag</font></td><td><font size="2">08.00 &#8211; 16.30</font></td></tr>
<tr><td><font size="2">Fredag</font></td><td><font size="2">08.00 &#8211; 15.00</font></td></tr>
<tr><td><font size="2">Juli</font></td><td><font size="2">09.00 &#8211; 15.00</font></td></tr>
</table><br>
<font size="2">Ansvarig för medborgarkontoret är Gunnel Åberg, tfn 031-390 06 41.</font><br><br>
<font size="1" color="#666666">Uppdaterad 2024-11-04</font>"""
    s.add("/kommunpolitik/medborgarkontoret.asp", "medborgarkontoret.html",
          page("Medborgarkontoret", service, "/kommunpolitik.asp", "/kommunpolitik/medborgarkontoret.asp"), CT)
    s.add("/kommunpolitik/namnder.asp", "namnder.html", page("Nämnder &amp; styrelser", """<font class="rubrik">Nämnder &amp; styrelser</font><br><br>
<font size="2">Kommunstyrelsen leder och samordnar kommunens arbete. Under fullmäktige finns också barn- och utbildningsnämnden, socialnämnden, byggnadsnämnden och kultur- och fritidsnämnden.<br><br>
Kommunstyrelsens ordförande är Lars-Erik Fors (S).</font>""", "/kommunpolitik.asp", "/kommunpolitik/namnder.asp"), CT)
    s.add("/kontakt.asp", "kontakt.html", page("Kontakta kommunen", """<font class="rubrik">Kontakta kommunen</font><br><br>
<font size="2"><b>Växel</b><br>031-390 06 00 (vardagar 8.00 &#8211; 16.30)<br><br>
<b>E-post</b><br>kommun@stensjo.se<br><br>
<b>Postadress</b><br>Stensjö kommun<br>999 41 Stensjö<br><br>
<b>Besök</b><br>Besökare tas emot på <a href="/kommunpolitik/medborgarkontoret.asp">Medborgarkontoret</a> i Stadshuset.</font>"""), CT)
    s.add("/barnomsorg.asp", "barnomsorg.html", page("Barnomsorg &amp; skola", """<font class="rubrik">Barnomsorg &amp; skola</font><br><br>
<font size="2">I Stensjö finns sju förskolor, fyra grundskolor och Stensjö gymnasium. Ansökan om plats i förskola och fritidshem görs på blankett eller via e-tjänst.</font>""", "/barnomsorg.asp"), CT)
    nl = "".join(f'<a href="{u}"><b>{t}</b></a> ({d})<br>' for u, d, t, _ in news)
    s.add("/nyheter.asp", "nyheter.html", page("Nyheter", f'<font class="rubrik">Nyheter</font><br><br><font size="2">{nl}</font>'), CT)
    bodies = ["Simskolan är gratis. Anmälan görs till fritidskontoret på 031-390 06 70 senast 13 juni.",
              "Arbetet utförs dagtid. Busshållplatsen Kyrkan flyttas tillfälligt till Torggatan."]
    for i, ((u, d, t, x), b) in enumerate(zip(news, bodies, strict=False)):
        s.add(u, f"nyhet-{i + 1}.html", page(t, f'<font class="rubrik">{t}</font><br><font size="1" color="#666666">{d}</font><br><br><font size="2"><span class="ingress">{x}</span><br><br>{b}</font>'), CT)
    s.add("/tillganglighet.asp", "tillganglighet.html", page("Tillgänglighetsredogörelse", """<font class="rubrik">Tillgänglighetsredogörelse</font><br><br>
<font size="2">Stensjö kommun står bakom den här webbplatsen. Webbplatsen är byggd 2006 och uppfyller inte alla krav i lagen om tillgänglighet till digital offentlig service. Menyer och tabeller är inte märkta för skärmläsare. En ny webbplats planeras.</font>""", col3=False), CT)
    s.template("sok.html", page("Sök", '<font class="rubrik">Sökresultat</font><br><br><!--SEARCH_RESULTS-->', col3=False))
    s.has_sitemap = False
    s.search = {"path": "/sok.asp", "param": "q", "template": {"file": "sok.html", "content_type": CT},
                "hits": {"medborgarkontoret": ["/kommunpolitik/medborgarkontoret.asp"],
                         "medborgarkontor": ["/kommunpolitik/medborgarkontoret.asp"]}}
    s.robots = "User-agent: *\nDisallow: /admin/\n"
    return s
