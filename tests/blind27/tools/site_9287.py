"""9287 Vallåker: 2000s table layout served as ISO-8859-1; Kundtjänst has its own page, not linked from the front page."""
from __future__ import annotations

from common import SUBS, Site, esc

KT = "/kommun/kundtjanst.asp"
CT = "text/html; charset=iso-8859-1"
F = '<font face="Verdana, Arial, Helvetica, sans-serif" size="2">'

NEWS = [
    ("isbanan-oppen", "2025-01-20", "Isbanan på Kyrksjön är öppen",
     "Banan är plogad och isen är 20 centimeter tjock.",
     "<p>Åk alltid två och två och ta med isdubbar. Banan sköts av fritidsenheten.</p>"),
    ("nytt-reningsverk", "2025-01-09", "Bygget av nytt reningsverk startar",
     "Det nya reningsverket i Vallåker ska vara i drift 2027.",
     "<p>Under byggtiden leds trafiken om via Bruksvägen.</p>"),
    ("valkommen-till-vallaker-2025", "2024-12-30", "Nyinflyttad? Välkommen till mottagning i kommunhuset",
     "Kommunen bjuder in alla som flyttat hit under året.",
     "<p>Träffa politiker, föreningar och företag den 8 februari klockan 13–15 i kommunhusets matsal.</p>"),
]

KUNDTJANST = f"""<h1>{F.replace('size="2"', 'size="4"')}Kundtjänst</font></h1>
<p>{F}<b>Vallåkers kommuns kundtjänst hjälper dig med frågor om vatten och avlopp, sophämtning och slamtömning, bygglov, skolskjuts och avgifter för barnomsorg och äldreomsorg.</b> Vi tar också emot felanmälningar om gatubelysning och vägar.</font></p>
<p>{F}Kan vi inte svara på din fråga direkt tar vi reda på svaret eller kopplar dig till rätt handläggare.</font></p>
<table border="0" cellpadding="4" cellspacing="0" width="100%">
<tr><td valign="top" width="50%">{F}<b>Telefon:</b> 0980-319 251<br><b>E-post:</b> <a href="mailto:kundtjanst@vallaker.se">kundtjanst@vallaker.se</a><br><b>Besöksadress:</b> Kommunhuset, Storgatan 20</font></td>
<td valign="top" width="50%">
<table border="1" cellpadding="3" cellspacing="0" bordercolor="#999999">
<tr bgcolor="#DDE5EE"><td colspan="2">{F}<b>Telefontider</b></font></td></tr>
<tr><td>{F}Måndag - torsdag</font></td><td>{F}08.00 - 16.30</font></td></tr>
<tr><td>{F}Fredag</font></td><td>{F}08.00 - 15.00</font></td></tr>
<tr><td>{F}Lunch</font></td><td>{F}12.00 - 13.00 stängt</font></td></tr>
</table></td></tr></table>
<p>{F}Kontaktperson: Berit Ek, kundtjänsthandläggare</font></p>
<hr size="1" noshade>
<p><font face="Verdana, Arial, Helvetica, sans-serif" size="1">Ansvarig för sidan: Per Holm, webbredaktör. Uppdaterad 2024-11-12</font></p>"""

KONTAKTA = f"""<h1>{F.replace('size="2"', 'size="4"')}Kontakta oss</font></h1>
<p>{F}Här hittar du telefonnummer och adresser till Vallåkers kommun.</font></p>
<h2>{F.replace('size="2"', 'size="3"')}Växel</font></h2>
<table border="1" cellpadding="3" cellspacing="0" bordercolor="#999999">
<tr><td>{F}Telefon</font></td><td>{F}0980-319 250</font></td></tr>
<tr><td>{F}Öppet</font></td><td>{F}Vardagar 07.30 - 16.30</font></td></tr></table>
<h2>{F.replace('size="2"', 'size="3"')}E-post och post</font></h2>
<p>{F}<a href="mailto:kommunen@vallaker.se">kommunen@vallaker.se</a><br>Vallåkers kommun, 999 91 Vallåker</font></p>
<h2>{F.replace('size="2"', 'size="3"')}Press</font></h2>
<p>{F}Journalister når informationsenheten på 0980-319 255.</font></p>
<h2>{F.replace('size="2"', 'size="3"')}Politiker</font></h2>
<p>{F}Kommunalråd Lennart Öberg (S), 0980-319 252.<br>Oppositionsråd Inga Marklund (KD), 0980-319 253.</font></p>
<h2>{F.replace('size="2"', 'size="3"')}Felanmälan efter kontorstid</font></h2>
<p>{F}Vattenläcka, stopp i avloppet eller trasig gatubelysning på kvällar och helger: ring beredskapen på 0980-319 270.</font></p>
<p>{F}<b>Se även:</b> <a href="{KT}">Kundtjänst</a></font></p>"""


def build() -> Site:
    S = Site("9287", "Vallåker", "Vallåkers kommun", "25", "Norrbottens län", "table", "vallaker.se",
             "0980-319 250", "+46980319250", "999 91", "Storgatan 20")
    S.encoding = "iso-8859-1"
    S.set_areas([
        ("barn", "Barn och skola", [], []),
        ("omsorg", "Vård och omsorg", [], []),
        ("bygga", "Bygga och bo", [], []),
        ("trafik", None, [], []),
        ("kultur", None, [], []),
        ("naring", "Arbete och näringsliv", [], []),
        ("kommun", "Kommun och politik", [(-1, ("Kontakta oss", "/kontakta-oss.asp"))], []),
    ], lambda slug: f"/{slug}.asp")

    def menu() -> str:
        rows = []
        for a in S.areas:
            rows.append(f'<tr><td class="m1" bgcolor="#C9D6E3">{F}<b><a href="{a["path"]}">{esc(a["title"])}</a></b></font></td></tr>')
            for _, t, h in a["items"]:
                rows.append(f'<tr><td class="m2">&nbsp;&nbsp;<font face="Verdana, Arial, Helvetica, sans-serif" size="1"><a href="{esc(h)}">{esc(t)}</a></font></td></tr>')
        return '<table width="200" border="0" cellpadding="3" cellspacing="0">' + "".join(rows) + "</table>"

    def chrome(title: str, main: str, front: bool = False) -> str:
        t = "Vallåkers kommun" if front else f"Vallåkers kommun :: {title}"
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{esc(t)}</title>
<script language="JavaScript" type="text/javascript">function MM_swapImgRestore(){{}}</script>
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<table width="960" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#1F4E79">
<table width="100%" border="0" cellpadding="6" cellspacing="0"><tr>
<td width="300"><a href="/default.asp"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="260" height="70" border="0" alt="Vallåkers kommun - startsida"></a></td>
<td align="right" valign="top"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">
<a href="/kontakta-oss.asp"><font color="#FFFFFF">Kontakta oss</font></a> | <a href="/om-webbplatsen.asp#lattlast"><font color="#FFFFFF">Lättläst</font></a> | <a href="/om-webbplatsen.asp#english"><font color="#FFFFFF">In English</font></a> | <a href="/om-webbplatsen.asp#suomeksi"><font color="#FFFFFF">Suomeksi</font></a></font><br><br>
<form action="/sok.asp" method="get" name="sok"><input type="text" name="sokord" size="20"> <input type="submit" value="Sök"></form></td>
</tr></table></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#E8EEF4">
{menu()}
</td>
<td width="760" valign="top">
<table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
{main}
</td></tr></table>
</td></tr>
<tr><td colspan="2" bgcolor="#DDE5EE" align="center">
<font face="Verdana, Arial, Helvetica, sans-serif" size="1">Vallåkers kommun | Storgatan 20 | 999 91 Vallåker | Växel 0980-319 250 | <a href="mailto:kommunen@vallaker.se">kommunen@vallaker.se</a> | Org.nr 212000-9287<br>
Fjärrvärme och elnät: Vallåker Energi AB:s kundtjänst, 0980-319 260<br>
<a href="/om-webbplatsen.asp#tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/om-webbplatsen.asp#kakor">Om kakor</a> | <a href="/nyheter.asp">Nyhetsarkiv</a></font>
</td></tr>
</table>
</body>
</html>
"""

    news_rows = "".join(f'<tr><td valign="top">{F}{d}</font></td><td>{F}<a href="/nyheter/{s}.asp"><b>{esc(t)}</b></a><br>{esc(i)}</font></td></tr>' for s, d, t, i, _ in NEWS)
    front = f"""<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
<td valign="top" width="62%">
<h1>{F.replace('size="2"', 'size="4"')}Välkommen till Vallåker</font></h1>
<p>{F}Bruksorten vid Vallälven med 7 200 invånare.</font></p>
<table width="100%" border="0" cellpadding="4" cellspacing="0" bgcolor="#F3F6F9"><tr>
<td>{F}<a href="/barn-och-utbildning.asp#forskola">Förskola</a></font></td><td>{F}<a href="/bygga-bo-och-miljo.asp#avfall">Sophämtning</a></font></td><td>{F}<a href="/naringsliv-och-arbete.asp#lediga-jobb">Lediga jobb</a></font></td><td>{F}<a href="/e-tjanster.asp">E-tjänster</a></font></td></tr></table>
<h2>{F.replace('size="2"', 'size="3"')}Nyheter</font></h2>
<table width="100%" border="0" cellpadding="4" cellspacing="0">{news_rows}</table>
<p>{F}<a href="/nyheter.asp">Fler nyheter</a></font></p>
</td>
<td valign="top" width="38%" bgcolor="#F3F6F9">
<h2>{F.replace('size="2"', 'size="3"')}Evenemang</font></h2>
<p>{F}<a href="/kultur-och-fritid.asp#evenemang">Vintermarknad 15 februari</a><br><a href="/kultur-och-fritid.asp#bibliotek">Bokprat på biblioteket</a></font></p>
<h2>{F.replace('size="2"', 'size="3"')}Genvägar</font></h2>
<p>{F}<a href="/e-tjanster.asp#synpunkter">Lämna synpunkt</a><br><a href="/kommun-och-politik.asp#diarium">Diariet</a><br><a href="/kommun-och-politik.asp#kommunfullmaktige">Kommunfullmäktige</a></font></p>
</td></tr></table>"""
    S.add("/", "default.html", chrome("", front, front=True), CT)
    S.add("/default.asp", "default.html", chrome("", front, front=True), CT)
    for a in S.areas:
        secs = "".join(f'<a name="{sid}"></a><h2>{F.replace(chr(34) + "2" + chr(34), chr(34) + "3" + chr(34))}{esc(SUBS[sid][0])}</font></h2><p>{F}{esc(S.fill(SUBS[sid][1]))}</font></p>' for sid in a["subs"])
        if a["slug"] == "kommun-och-politik":
            secs += f'<p>{F}<b>Se även:</b> <a href="/kontakta-oss.asp">Kontakta oss</a> | <a href="{KT}">Kundtjänst</a></font></p>'
        S.add(a["path"], a["slug"] + ".html", chrome(a["title"], f'<h1>{F.replace(chr(34) + "2" + chr(34), chr(34) + "4" + chr(34))}{esc(a["title"])}</font></h1>{secs}'), CT)
    S.add(KT, "kundtjanst.html", chrome("Kundtjänst", KUNDTJANST), CT)
    S.add("/kontakta-oss.asp", "kontakta-oss.html", chrome("Kontakta oss", KONTAKTA), CT)
    S.add("/nyheter.asp", "nyheter.html", chrome("Nyheter", f'<h1>{F}Nyheter</font></h1><table width="100%" border="0" cellpadding="4">{news_rows}</table>'), CT)
    for s, d, t, i, b in NEWS:
        S.add(f"/nyheter/{s}.asp", f"nyhet-{s}.html", chrome(t, f'<h1>{F.replace(chr(34) + "2" + chr(34), chr(34) + "4" + chr(34))}{esc(t)}</font></h1><p>{F}<i>{d}</i></font></p><p>{F}<b>{esc(i)}</b></font></p>{F}{b}</font>'), CT)
    S.add("/e-tjanster.asp", "e-tjanster.html", chrome("E-tjänster", f"""<h1>{F}E-tjänster och blanketter</font></h1>
<a name="forskola"></a><p>{F}<b>Ansökan om förskoleplats</b> (blankett, pdf)</font></p>
<a name="bygglov"></a><p>{F}<b>Ansökan om bygglov</b></font></p>
<a name="synpunkter"></a><p>{F}<b>Synpunkter och klagomål</b></font></p>"""), CT)
    S.add("/om-webbplatsen.asp", "om-webbplatsen.html", chrome("Om webbplatsen", f"""<h1>{F}Om webbplatsen</font></h1>
<a name="tillganglighet"></a><h2>{F}Tillgänglighetsredogörelse</font></h2><p>{F}Vallåkers kommun står bakom den här webbplatsen. Vi vet att delar av webbplatsen inte är helt tillgängliga.</font></p>
<a name="lattlast"></a><h2>{F}Lättläst</font></h2><p>{F}Vallåker är en kommun i Norrbotten.</font></p>
<a name="english"></a><h2>{F}In English</font></h2><p lang="en">{F}Vallåker is a municipality in northern Sweden. Call the switchboard on +46 980 319 250.</font></p>
<a name="suomeksi"></a><h2>{F}Suomeksi</font></h2><p lang="fi">{F}Vallåker on kunta Pohjois-Ruotsissa. Vaihde 0980-319 250.</font></p>
<a name="kakor"></a><h2>{F}Om kakor</font></h2><p>{F}Webbplatsen använder en kaka för besöksstatistik.</font></p>"""), CT)
    S.files["sok.html"] = chrome("Sök", f"<h1>{F}Sökresultat</font></h1>{F}<!--SEARCH_RESULTS--></font>")
    S.search = {"path": "/sok.asp", "param": "sokord", "template": {"file": "sok.html", "content_type": CT},
                "hits": {"kundtjänst": [KT], "kundtjanst": [KT], "kontaktcenter": [], "servicecenter": [],
                         "medborgarservice": []}}
    return S
