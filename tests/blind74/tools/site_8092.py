"""8092 Hultarby: a frameset of the site's own pages (top, menu, content), windows-1252."""
from common import AREAS, COOKIE, ESERVICES, TOPBAR, slug, write_site

K = "Hultarby"
CT = "text/html; charset=windows-1252"
HEAD = """<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<link rel="stylesheet" href="/css/hultarby.css" type="text/css">"""

FRAMESET = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">
<html>
<head>
{HEAD}
<title>Hultarby kommun</title>
<meta name="description" content="Hultarby kommuns officiella webbplats">
</head>
<frameset rows="118,*" frameborder="0" border="0" framespacing="0">
  <frame name="topp" src="/top.htm" scrolling="no" noresize title="Sidhuvud">
  <frameset cols="210,*" frameborder="0" border="0">
    <frame name="meny" src="/meny.htm" scrolling="auto" title="Meny">
    <frame name="innehall" src="/start.htm" scrolling="auto" title="Innehåll">
  </frameset>
  <noframes>
  <body>
  <h1>Hultarby kommun</h1>
  <p>Din webbläsare visar inte ramar. Välj en sida:</p>
  <ul>
  <li><a href="/start.htm">Startsida</a></li>
{chr(10).join(f'  <li><a href="/{s}/index.htm">{a}</a></li>' for a, s, _ in AREAS)}
  <li><a href="/kontakt.htm">Kontakta oss</a></li>
  <li><a href="/tillganglighet.htm">Tillgänglighetsredogörelse</a></li>
  </ul>
  </body>
  </noframes>
</frameset>
</html>
"""

TOP = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
{HEAD}
<base target="innehall">
</head>
<body class="topp" bgcolor="#2e5e3a">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr>
<td width="300"><a href="/" target="_top"><img src="/bilder/hultarby_logo.gif" width="260" height="80" border="0" alt="Hultarby kommun"></a></td>
<td align="right" valign="top">
<font face="Arial" size="1" color="#ffffff">
{" | ".join(f'<a href="/{slug(x)}.htm"><font color="#ffffff">{x}</font></a>' for x in TOPBAR)} |
<a href="/kontakt.htm"><font color="#ffffff">Kontakta oss</font></a>
</font><br><br>
<form action="/sok.asp" method="get" target="innehall">
<font face="Arial" size="2" color="#ffffff">Sök:</font> <input type="text" name="sokord" size="20">
<input type="submit" value="Sök">
</form>
</td>
</tr>
</table>
</body>
</html>
"""


def meny() -> str:
    items = []
    for a, s, subs in AREAS:
        sub = "\n".join(f'      <li><a href="/{s}/{slug(x)}.htm">{x}</a>' for x in subs)
        items.append(f'  <li class="niva1"><a href="/{s}/index.htm"><b>{a}</b></a>\n    <ul class="niva2">\n{sub}\n    </ul>')
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
{HEAD}
<base target="innehall">
<style type="text/css">
ul.niva2 {{ display:none }} li.niva1:hover ul.niva2 {{ display:block }}
</style>
</head>
<body class="meny" bgcolor="#e4eee2">
<font face="Arial" size="2">
<ul class="niva1">
  <li class="niva1"><a href="/start.htm"><b>Startsida</b></a>
{chr(10).join(items)}
</ul>
</font>
</body>
</html>
"""


def content(title: str | None, body: str, cookie: bool = False) -> str:
    t = f"<title>{title}</title>\n" if title else ""
    ck = (f'<div id="kakor" style="background:#333;color:#fff;padding:6px;font-size:11px">{COOKIE} '
          '<a href="/kakor.htm" style="color:#ff9">Läs mer</a> '
          '<button onclick="this.parentNode.style.display=\'none\'">OK</button></div>\n') if cookie else ""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
{HEAD}
{t}<script type="text/javascript">
// visa sidan i ramverket om någon kommer direkt hit
if (top == self && location.pathname != "/start.htm") {{ document.write('<p class="ram"><a href="/" target="_top">Visa sidan med meny<\\/a><\\/p>'); }}
</script>
</head>
<body class="innehall" bgcolor="#ffffff">
{ck}<font face="Arial" size="2">
{body}
</font>
<hr size="1" noshade>
<font face="Arial" size="1">
Hultarby kommun, 999 52 Hultarby &middot; Besöksadress: Kyrkvägen 3 &middot; Växel 031-390 06 00 &middot;
E-post <a href="mailto:kommun@hultarby.se">kommun@hultarby.se</a> &middot; Org.nr 212000-9992<br>
<a href="/tillganglighet.htm">Tillgänglighetsredogörelse</a> &middot; <a href="/kakor.htm">Kakor</a> &middot; <a href="/personuppgifter.htm">Personuppgifter</a>
</font>
</body>
</html>
"""


START = f"""<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td bgcolor="#dfe9dc">
<img src="/bilder/sjon_host.jpg" width="640" height="200" alt="Hultasjön en höstdag">
<h2><font color="#2e5e3a">Välkommen till Hultarby – ”mitt i Småland”!</font></h2>
<p>Hultarby är en levande landsbygdskommun med 6 800 invånare, skog, sjöar och ett rikt föreningsliv.</p>
</td></tr>
</table>
<p style="background:#fff3c4;padding:4px"><b>Driftinformation:</b> Gatubelysningen på Åsvägen är släckt på grund av kabelfel. Felet åtgärdas under veckan.</p>
<table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr valign="top">
<td width="60%">
<h3>Aktuellt</h3>
<p><font size="1">2025-01-16</font><br><a href="/nyheter/bibliotek.htm"><b>Bibliotekets kundtjänst får nytt nummer</b></a><br>
Du når nu biblioteket på ett eget nummer för lån, reservationer och omlån.</p>
<p><font size="1">2025-01-10</font><br><a href="/nyheter/vinterkort.htm"><b>Nytt busskort för skolelever</b></a><br>
Elever som har rätt till skolskjuts får sina nya kort i skolan.</p>
<p><font size="1">2024-12-20</font><br><a href="/nyheter/julstangt.htm"><b>Öppettider i kommunhuset i jul</b></a><br>
Kommunhuset har kortare öppettider under helgerna.</p>
<p><a href="/nyheter/index.htm">Alla nyheter</a></p>
</td>
<td width="40%" bgcolor="#f2f2ea">
<h3>E-tjänster</h3>
<ul>
{chr(10).join(f'<li><a href="/e-tjanster/{slug(x)}.htm">{x}</a>' for x in ESERVICES)}
</ul>
<h3>Evenemang</h3>
<p>1 feb &ndash; Pimpeltävling på Hultasjön<br>13 feb &ndash; Kommunfullmäktige sammanträder<br>22 feb &ndash; Vinterbio i Bygdegården</p>
<p><a href="/lediga-jobb.htm">Lediga jobb</a> &middot; <a href="/a-o.htm">A&ndash;Ö</a></p>
</td>
</tr>
</table>"""

KOMMUN = """<p><font size="1"><a href="/start.htm">Start</a> &gt; Kommun och politik</font></p>
<h1>Kommun och politik</h1>
<p>Här hittar du information om hur kommunen styrs och hur du kan påverka.</p>
<ul>
<li><a href="/kommun-och-politik/kommunfullmaktige.htm">Kommunfullmäktige</a>
<li><a href="/kommun-och-politik/namnder.htm">Nämnder</a>
<li><a href="/kommun-och-politik/budget-och-ekonomi.htm">Budget och ekonomi</a>
<li><a href="/kommun-och-politik/diarium.htm">Diarium</a>
<li><a href="/kommun-och-politik/kommunservice.htm">Kommunservice</a>
<li><a href="/kommun-och-politik/synpunkter-och-klagomal.htm">Synpunkter och klagomål</a>
</ul>"""

SERVICE = """<p><font size="1"><a href="/start.htm">Start</a> &gt; <a href="/kommun-och-politik/index.htm">Kommun och politik</a> &gt; Kommunservice</font></p>
<h1>Kommunservice</h1>
<p>Kommunservice finns i kommunhusets entré och tar emot dina frågor till kommunen per telefon, e-post och vid besök.
Kommunservice svarar på frågor om till exempel förskoleplats, skolskjuts, avfallshämtning, bostadsanpassning och bygglov.
Vi hjälper dig också att fylla i blanketter och att använda kommunens e-tjänster.</p>
<p><b>Så når du Kommunservice</b><br>
Telefon: 031-390 06 10<br>
E-post: kommunservice(at)hultarby.se<br>
Telefontid: vardagar 8.00–16.00, lunchstängt 12–13</p>
<p><b>Kontaktperson:</b> Berit Nyqvist, kommunvägledare</p>
<p><font size="1">Sidansvarig: Erik Holm | Uppdaterad 2024-09-30</font></p>"""

KONTAKT = """<p><font size="1"><a href="/start.htm">Start</a> &gt; Kontakta oss</font></p>
<h1>Kontakta oss</h1>
<p><b>Hultarby kommun</b><br>999 52 Hultarby</p>
<p><b>Växel:</b> 031-390 06 00<br>Växeln är öppen vardagar 7.30&ndash;16.30.</p>
<p><b>E-post:</b> <a href="mailto:kommun@hultarby.se">kommun@hultarby.se</a></p>
<p><b>Besöksadress:</b> Kommunhuset, Kyrkvägen 3</p>"""


def build() -> None:
    files = {
        "index.htm": FRAMESET, "top.htm": TOP, "meny.htm": meny(),
        "start.htm": content("Startsida - Hultarby kommun", START, cookie=True),
        "kommun.htm": content("Kommun och politik - Hultarby kommun", KOMMUN),
        "kommunservice.htm": content("Kommunservice - Hultarby kommun", SERVICE),
        "kontakt.htm": content("Kontakta oss - Hultarby kommun", KONTAKT),
        "nyheter.htm": content("Nyheter - Hultarby kommun", """<h1>Nyheter</h1>
<p><a href="/nyheter/bibliotek.htm">Bibliotekets kundtjänst får nytt nummer</a><br>
<a href="/nyheter/vinterkort.htm">Nytt busskort för skolelever</a><br>
<a href="/nyheter/julstangt.htm">Öppettider i kommunhuset i jul</a></p>"""),
        "bibliotek.htm": content(None, """<h1>Bibliotekets kundtjänst får nytt nummer</h1>
<p>Från och med måndag når du bibliotekets kundtjänst på 031-390 06 40.
Där får du hjälp med lån, reservationer, omlån och ditt lånekort.<br>
Bibliotekets kundtjänst har öppet måndag&ndash;fredag 10&ndash;18.</p>"""),
        "vinterkort.htm": content(None, """<h1>Nytt busskort för skolelever</h1>
<p>Alla elever som har rätt till skolskjuts får ett nytt busskort.<br>Korten delas ut i skolan vecka 4.<br>
Har du frågor, kontakta skolskjutssamordnaren via växeln.</p>"""),
        "julstangt.htm": content(None, """<h1>Öppettider i kommunhuset i jul</h1>
<p>Julafton, juldagen, annandagen, nyårsafton och nyårsdagen: stängt.<br>
Övriga vardagar: 9&ndash;15.</p>"""),
        "tillganglighet.htm": content("Tillgänglighetsredogörelse - Hultarby kommun", """<h1>Tillgänglighetsredogörelse</h1>
<p>Hultarby kommun står bakom den här webbplatsen. Webbplatsen är byggd med ramar (frames) och är därför
inte förenlig med lagen om tillgänglighet till digital offentlig service. Vi arbetar med en ny webbplats som ska vara klar 2025.</p>
<p>Kontakta oss på kommun@hultarby.se om du behöver information i ett annat format.
Du kan anmäla till Myndigheten för digital förvaltning (Digg) om du inte är nöjd.</p>"""),
        "kakor.htm": content("Kakor - Hultarby kommun", """<h1>Kakor</h1>
<p>Webbplatsen använder en kaka för att komma ihåg att du har stängt rutan om kakor.</p>"""),
        "sok.htm": content("Sök - Hultarby kommun", "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->"),
    }
    P = lambda f: {"file": f, "content_type": CT}  # noqa: E731
    pages = {"/": P("index.htm"), "/top.htm": P("top.htm"), "/meny.htm": P("meny.htm"), "/start.htm": P("start.htm"),
             "/kommun-och-politik/index.htm": P("kommun.htm"),
             "/kommun-och-politik/kommunservice.htm": P("kommunservice.htm"),
             "/kontakt.htm": P("kontakt.htm"), "/nyheter/index.htm": P("nyheter.htm"),
             "/nyheter/bibliotek.htm": P("bibliotek.htm"), "/nyheter/vinterkort.htm": P("vinterkort.htm"),
             "/nyheter/julstangt.htm": P("julstangt.htm"), "/tillganglighet.htm": P("tillganglighet.htm"),
             "/kakor.htm": P("kakor.htm")}
    manifest = {
        "kommunkod": "8092", "kommun": K, "lan_kod": "06", "lan": "Jönköpings län", "family": "frameset",
        "pages": pages, "redirects": {},
        "robots": "User-agent: *\nDisallow: /cgi-bin/\nSitemap: __ORIGIN__/sitemap.xml\n",
        "sitemap": list(pages),
        "search": {"path": "/sok.asp", "param": "sokord", "template": P("sok.htm"),
                   "hits": {"kommunservice": ["/kommun-och-politik/kommunservice.htm"],
                            "kundtjänst": ["/nyheter/bibliotek.htm"]}},
        "front_status": None,
    }
    write_site("8092", manifest, files, "windows-1252")


if __name__ == "__main__":
    build()
