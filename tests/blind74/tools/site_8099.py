"""8099 Lillvassa: Joomla 1.5 template (div#header, module tables, contentpaneopen tables inside tables,
<br>-separated lines). The municipality has no service function of its own: questions go to the switchboard
and, by agreement, to the NEIGHBOUR's unit 'Storbergs kontaktcenter' (excluded by owner)."""
from common import AREAS, COOKIE, ESERVICES, TOPBAR, slug, write_site

K = "Lillvassa"


def mainmenu() -> str:
    out = ['<li class="item1 active"><a href="/"><span>Startsida</span></a></li>']
    for i, (a, s, subs) in enumerate(AREAS, 2):
        sub = "".join(f'<li><a href="/index.php/{s}/{slug(x)}"><span>{x}</span></a></li>' for x in subs)
        out.append(f'<li class="parent item{i}"><a href="/index.php/{s}"><span>{a}</span></a><ul>{sub}</ul></li>')
    return '<ul class="menu">' + "\n".join(out) + "</ul>"


def page(title: str | None, content: str, front: bool = False) -> str:
    t = f"<title>{title}</title>\n" if title else ""
    top = " | ".join(f'<a href="/index.php/{slug(x)}">{x}</a>' for x in TOPBAR)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv-se" lang="sv-se" >
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="index, follow" />
  <meta name="keywords" content="Lillvassa, kommun, kontaktcenter, medborgarkontor" />
  <meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
  {t}<link href="/templates/lillvassa/css/template.css" rel="stylesheet" type="text/css" />
  <script type="text/javascript" src="/media/system/js/mootools.js"></script>
</head>
<body id="page_bg">
<div id="kakruta" style="background:#2b2b2b;color:#fff;padding:6px;font-size:11px">{COOKIE}
<a href="/index.php/om-kakor" style="color:#fc6">Läs mer</a>
<input type="button" value="Stäng" onclick="document.getElementById('kakruta').style.display='none'" /></div>
<div id="wrapper">
<div id="toppmeny">{top} | <a href="/index.php/kontakta-kommunen">Kontakta kommunen</a></div>
<div id="header">
<div id="logo"><a href="/"><img src="/templates/lillvassa/images/logo.png" alt="Lillvassa kommun" width="230" height="66" border="0" /></a></div>
<div id="search">
<form action="/index.php" method="get">
<input type="hidden" name="option" value="com_search" />
<input name="searchword" id="mod_search_searchword" maxlength="20" class="inputbox" type="text" size="20" value="sök..." onblur="if(this.value=='') this.value='sök...';" onfocus="if(this.value=='sök...') this.value='';" />
<input type="submit" value="Sök" class="button" />
</form>
</div>
</div>
<div id="mainmenu">
<table cellpadding="0" cellspacing="0" class="moduletable_menu">
<tr><td>
{mainmenu()}
</td></tr>
</table>
</div>
<div id="content_outer">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="contentpane">
<tr>
<td valign="top" id="maincolumn">
{content}
</td>
</tr>
</table>
</div>
<div id="footer">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
<td valign="top"><b>Lillvassa kommun</b><br />Box 7<br />999 09 Lillvassa<br />Besöksadress: Kyrkbacken 2</td>
<td valign="top">Växel: 0980-319 270<br />E-post: <a href="mailto:kommunen@lillvassa.se">kommunen@lillvassa.se</a><br />Org.nr: 212000-9999</td>
<td valign="top"><a href="/index.php/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a><br />
<a href="/index.php/om-kakor">Om kakor</a><br /><a href="/index.php/personuppgifter">Personuppgifter</a></td>
</tr></table>
</div>
</div>
</body>
</html>
"""


def article(head: str, body: str, date: str = "") -> str:
    d = f'<tr><td valign="top" colspan="2" class="createdate">{date}</td></tr>' if date else ""
    return f"""<table class="contentpaneopen">
<tr><td class="contentheading" width="100%">{head}</td>
<td align="right" width="100%" class="buttonheading"><a href="javascript:window.print()" title="Skriv ut"><img src="/images/M_images/printButton.png" alt="Skriv ut" /></a></td></tr>
</table>
<table class="contentpaneopen">
{d}<tr><td valign="top">
{body}
</td></tr>
</table>"""


FRONT = f"""<div class="startbild"><img src="/images/stories/startsida/alven-vinter.jpg" alt="Vassaälven i januari" width="640" height="230" />
<h1 class="componentheading">Välkommen till Lillvassa</h1>
<p>Lillvassa &ndash; 3 900 invånare, älv och fjäll.</p></div>
<table width="100%" cellpadding="6" cellspacing="0" border="0"><tr>
<td valign="top" width="62%">
<table class="moduletable"><tr><th>Driftinformation</th></tr>
<tr><td>Vattnet i Övre Byn kan vara missfärgat efter spolning av ledningarna.</td></tr></table>
<table class="blog" cellpadding="0" cellspacing="0">
<tr><td valign="top"><div class="contentpaneopen">
<h2 class="contentheading"><a href="/index.php/nyheter/42-storbergs-kontaktcenter" class="contentpagetitle">Nu svarar Storbergs kontaktcenter på dina frågor</a></h2>
<p>Från 1 februari svarar Storbergs kommun på frågor från Lillvassabor, enligt avtalet om samverkan.</p></div></td></tr>
<tr><td valign="top"><div class="contentpaneopen">
<h2 class="contentheading"><a href="/index.php/nyheter/41-trygghetslarm" class="contentpagetitle">Ny kundtjänst för trygghetslarm</a></h2>
<p>Hemtjänsten har fått ett eget nummer för frågor om trygghetslarm.</p></div></td></tr>
<tr><td valign="top"><div class="contentpaneopen">
<h2 class="contentheading"><a href="/index.php/nyheter/40-isfiske" class="contentpagetitle">Isfisketävling på Storsjön</a></h2>
<p>Anmäl dig senast 10 februari.</p></div></td></tr>
<tr><td><a href="/index.php/nyheter">Fler nyheter</a></td></tr>
</table>
</td>
<td valign="top" width="38%">
<table class="moduletable"><tr><th>E-tjänster</th></tr><tr><td><ul>
{"".join(f'<li><a href="/index.php/e-tjanster/{slug(x)}">{x}</a></li>' for x in ESERVICES)}
</ul></td></tr></table>
<table class="moduletable"><tr><th>Evenemang</th></tr><tr><td>
3 feb &ndash; Skoterkortege till Fjällstugan<br />
14 feb &ndash; Alla hjärtans bio<br />
22 feb &ndash; Vasaloppsfika i bygdegården
</td></tr></table>
<p><a href="/index.php/lediga-jobb">Lediga jobb</a> | <a href="/index.php/a-o">A&ndash;Ö</a></p>
</td>
</tr></table>"""

KONTAKTA = article("Kontakta kommunen", """<img src="/images/stories/kontaktcenter-skylt.jpg" alt="" width="180" height="120" align="right" />
Lillvassa kommun<br />
Box 7<br />
999 09 Lillvassa<br />
<br />
<b>Växel och reception</b><br />
Telefon: 0980-319 270<br />
Växeln är öppen vardagar 8.00&ndash;16.00. Receptionen i kommunhuset, Kyrkbacken 2, har samma öppettider.<br />
Växeln kopplar dig vidare till rätt handläggare. Växeln och receptionen svarar inte på frågor i sak.<br />
Chef för växel och reception: Anneli Rask<br />
<br />
<b>Samverkan med Storbergs kommun</b><br />
Sedan 2025 har Lillvassa och Storberg avtal om gemensam service. Storbergs kontaktcenter svarar på frågor om
bland annat förskola, sophämtning, bygglov och färdtjänst, även för dig som bor i Lillvassa.<br />
Storbergs kontaktcenter: 0980-319 280, kontaktcenter@storberg.se, vardagar 8.00&ndash;17.00.<br />
Enhetschef för Storbergs kontaktcenter är Tomas Widén.<br />
<br />
<b>Kundtjänst för trygghetslarm</b><br />
Frågor om trygghetslarm och larmknappar: 0980-319 275, vardagar 9.00&ndash;11.00.<br />
<br />
<b>Bibliotekets kundtjänst</b><br />
Lån, omlån och lånekort: 0980-319 277.<br />
<br />
E-post till kommunen: <a href="mailto:kommunen@lillvassa.se">kommunen@lillvassa.se</a><br />
Sidansvarig: Kanslienheten""")

N42 = article("Nu svarar Storbergs kontaktcenter på dina frågor", """Från 1 februari kan du som bor i Lillvassa ringa Storbergs kontaktcenter med frågor om kommunens verksamheter.<br />
Kontaktcentret finns i Storbergs kommunhus och drivs av Storbergs kommun enligt avtalet om samverkan mellan kommunerna.<br />
Telefon: 0980-319 280<br />
Lillvassas växel finns kvar som vanligt.""", "Onsdag, 22 januari 2025")

N41 = article("Ny kundtjänst för trygghetslarm", """Hemtjänsten i Lillvassa har fått en egen kundtjänst för trygghetslarm.<br />
Ring 0980-319 275 om ditt larm inte fungerar eller om du vill beställa ett nytt.<br />
Vid akut larm: ring alltid 112.""", "Torsdag, 16 januari 2025")

N40 = article("Isfisketävling på Storsjön", """Lördag 15 februari är det dags för den årliga isfisketävlingen.<br />
Anmälan till Lillvassa Fiskevårdsförening senast 10 februari.""", "Fredag, 10 januari 2025")


def build() -> None:
    files = {
        "index.html": page("Lillvassa kommun - Välkommen", FRONT, front=True),
        "kontakta.html": page("Kontakta kommunen", KONTAKTA),
        "nyheter.html": page("Nyheter", article("Nyheter", """<a href="/index.php/nyheter/42-storbergs-kontaktcenter">Nu svarar Storbergs kontaktcenter på dina frågor</a><br />
<a href="/index.php/nyheter/41-trygghetslarm">Ny kundtjänst för trygghetslarm</a><br />
<a href="/index.php/nyheter/40-isfiske">Isfisketävling på Storsjön</a>""")),
        "n42.html": page(None, N42),
        "n41.html": page("Ny kundtjänst för trygghetslarm", N41),
        "n40.html": page("Isfisketävling på Storsjön", N40),
        "tillganglighet.html": page("Tillgänglighetsredogörelse", article("Tillgänglighetsredogörelse",
            "Lillvassa kommun står bakom den här webbplatsen.<br />Webbplatsen är delvis förenlig med lagen om tillgänglighet "
            "till digital offentlig service. Sidorna är byggda med tabeller och vissa sidor saknar sidtitel.<br />"
            "Kontakta oss på kommunen@lillvassa.se. Du kan anmäla till Myndigheten för digital förvaltning.")),
        "kakor.html": page("Om kakor", article("Om kakor", "Webbplatsen använder en sessionskaka.")),
        "sok.html": page("Sök", article("Sök", "<!--SEARCH_RESULTS-->")),
    }
    pages = {"/": "index.html", "/index.php/kontakta-kommunen": "kontakta.html", "/index.php/nyheter": "nyheter.html",
             "/index.php/nyheter/42-storbergs-kontaktcenter": "n42.html",
             "/index.php/nyheter/41-trygghetslarm": "n41.html", "/index.php/nyheter/40-isfiske": "n40.html",
             "/index.php/tillganglighetsredogorelse": "tillganglighet.html", "/index.php/om-kakor": "kakor.html"}
    manifest = {
        "kommunkod": "8099", "kommun": K, "lan_kod": "23", "lan": "Jämtlands län", "family": "joomla15",
        "pages": pages, "redirects": {"/index.php/kontakt": ["/index.php/kontakta-kommunen", 301]},
        "robots": ("User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\nDisallow: /includes/\n"
                   "Disallow: /installation/\nDisallow: /tmp/\n"),
        "search": {"path": "/index.php", "param": "searchword", "template": "sok.html",
                   "hits": {"kontaktcenter": ["/index.php/nyheter/42-storbergs-kontaktcenter", "/index.php/kontakta-kommunen"],
                            "kundtjänst": ["/index.php/nyheter/41-trygghetslarm", "/index.php/kontakta-kommunen"],
                            "växel": ["/index.php/kontakta-kommunen"]}},
        "front_status": None,
    }
    write_site("8099", manifest, files)


if __name__ == "__main__":
    build()
