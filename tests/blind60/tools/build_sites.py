"""Write tests/blind60/sites/ (a typing aid; the written files are the corpus, labels are by hand).

    python3 tests/blind60/tools/build_sites.py

Ten old, small and imperfect municipal sites (kommunkod 9677-9686): framesets, iframes, table
layouts with <font>, Latin-1 / Windows-1252, image maps, jump menus, image menus, unclosed and
upper-case tags, a missing <body>, a splash front page, pages served without a charset.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "sites"
GIF = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")

AREAS = [
    ("Barn och utbildning", "barn-utbildning", ["Förskola", "Grundskola", "Gymnasium", "Vuxenutbildning", "Skolskjuts"]),
    ("Omsorg och socialtjänst", "omsorg", ["Äldreomsorg", "Hemtjänst", "Funktionshinder", "Ekonomiskt bistånd", "Färdtjänst"]),
    ("Bygga, bo och miljö", "bygga-bo", ["Bygglov", "Sophämtning", "Vatten och avlopp", "Detaljplaner", "Miljö och hälsa"]),
    ("Kultur och fritid", "kultur-fritid", ["Bibliotek", "Idrottshallar", "Föreningar", "Badplatser", "Musikskolan"]),
    ("Näringsliv och arbete", "naringsliv", ["Starta företag", "Upphandling", "Lediga jobb", "Tillstånd", "Turism"]),
    ("Trafik och gator", "trafik", ["Gator och vägar", "Parkering", "Snöröjning", "Busstrafik", "Bredband"]),
    ("Kommun och politik", "kommun-politik", ["Organisation", "Kommunfullmäktige", "Protokoll", "Budget", "Val"]),
]
AREAS6 = [a for a in AREAS if a[1] != "trafik"]
TR = str.maketrans({"å": "a", "ä": "a", "ö": "o", " ": "-", ",": ""})


def slug(t: str) -> str:
    return t.lower().translate(TR)


NEWS = [
    ("Budgeten för 2027 är antagen", "budget-2027", "Kommunfullmäktige antog i måndags budgeten för nästa år."),
    ("Vägarbete på Kyrkogatan i vår", "vagarbete", "Från den 3 april är Kyrkogatan avstängd mellan torget och skolan."),
]
EVENTS = ["12 maj: Vårkonsert i kyrkan", "18 maj: Loppis på torget", "6 juni: Nationaldagsfirande i parken"]
JOBS = ["Undersköterska till hemtjänsten", "Förskollärare, Solrosens förskola", "Fritidsledare, 75 %"]
ESERV = ["Ansök om förskoleplats", "Felanmälan gata och park", "Ansök om bygglov", "Beställ slamtömning"]


class Site:
    def __init__(self, kod, kommun, gen, lan_kod, lan, family, enc, ctype, ext):
        self.kod, self.kommun, self.gen, self.lan_kod, self.lan = kod, kommun, gen, lan_kod, lan
        self.family, self.enc, self.ctype, self.ext = family, enc, ctype, ext
        self.pages: dict = {}
        self.files: dict[str, bytes] = {}
        self.redirects: dict = {}
        self.robots: str | None = None
        self.sitemap: list[str] | None = None
        self.search: dict | None = None

    def page(self, path, fname, text, enc=None, ctype=None):
        enc = enc or self.enc
        ctype = self.ctype if ctype is None else ctype
        self.files[fname] = text.encode(enc, errors="xmlcharrefreplace")
        self.pages[path] = fname if ctype == "text/html; charset=utf-8" and fname.endswith(".html") else {
            "file": fname, "content_type": ctype}

    def img(self, path, alt, extra=""):
        fname = "img_" + path.strip("/").replace("/", "_")
        self.files[fname] = GIF
        self.pages[path] = {"file": fname, "content_type": "image/gif"}
        return f'<img src="{path}" alt="{alt}" border="0"{extra}>'

    def write(self):
        d = ROOT / self.kod
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        for name, data in self.files.items():
            (d / name).write_bytes(data)
        m = {"kommunkod": self.kod, "kommun": self.kommun, "lan_kod": self.lan_kod, "lan": self.lan,
             "family": self.family, "pages": self.pages, "redirects": self.redirects}
        if self.robots is not None:
            m["robots"] = self.robots
        if self.sitemap is not None:
            m["sitemap"] = self.sitemap
        m["search"] = self.search
        m["front_status"] = None
        (d / "site.json").write_text(json.dumps(m, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def cookie(s: Site) -> str:
    return ('<div id="kakor" style="position:fixed;bottom:0;left:0;right:0;background:#ffc;border-top:1px solid #999;'
            'padding:6px;font:12px Verdana">Vi använder kakor (cookies) för att webbplatsen ska fungera. '
            f'<a href="/kakor{s.ext}">Läs mer om kakor</a> <button onclick="document.getElementById(\'kakor\').style.display=\'none\'">'
            'OK, jag förstår</button></div>')


def area_pages(s: Site, wrap, prefix="/", extra: dict | None = None, areas=AREAS):
    """One index page per area; sub-items stay 404 (filler)."""
    extra = extra or {}
    for name, sl, subs in areas:
        items = "".join(f'<li><a href="{prefix}{sl}/{slug(x)}{s.ext}">{x}</a>' for x in subs)
        body = (f"<h1>{name}</h1><p>Här hittar du information om {name.lower()} i {s.kommun}.</p>"
                f"<ul>{items}</ul>{extra.get(sl, '')}")
        s.page(f"{prefix}{sl}/index{s.ext}" if s.ext != "/" else f"{prefix}{sl}/", f"{sl}.html", wrap(name, body))


def news_pages(s: Site, wrap, prefix="/nyheter/", extra_items=(), base=tuple(NEWS)):
    items = list(base) + list(extra_items)
    lst = "".join(f'<li><a href="{prefix}{sl}{s.ext}">{h}</a> <small>2027-03-0{i + 1}</small>'
                  for i, (h, sl, _t) in enumerate(items))
    s.page(f"{prefix}index{s.ext}", "nyheter.html", wrap("Nyheter", f"<h1>Nyheter</h1><ul>{lst}</ul>"))
    for h, sl, t in items:
        s.page(f"{prefix}{sl}{s.ext}", f"nyhet-{sl}.html",
               wrap(h, f'<h1>{h}</h1><p><i>Publicerad 2027-03-02</i></p><p>{t}</p><p><a href="{prefix}index{s.ext}">Fler nyheter</a></p>'))


def footer_text(s, addr, vx, mail, org):
    return (f"{s.gen} kommun, {addr} &middot; Växel {vx} &middot; "
            f'<a href="mailto:{mail}">{mail}</a> &middot; Org.nr {org}')


# ---------------------------------------------------------------- 9677 Fröskog: frameset
def fro() -> Site:
    s = Site("9677", "Fröskog", "Fröskogs", "24", "Västerbottens län", "frameset", "iso-8859-1",
             "text/html; charset=iso-8859-1", ".html")
    dt = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n'
    head = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
            '<title>{t}</title><base target="innehall"><link rel="stylesheet" href="stil.css"></head>\n'
            '<body bgcolor="#ffffff" text="#000000" link="#003366" vlink="#003366">\n')
    s.page("/", "index.html", dt.replace("Transitional", "Frameset") +
           '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
           "<title>Fröskogs kommun</title></head>\n"
           '<frameset rows="118,*" border="0" frameborder="0" framespacing="0">\n'
           '  <frame src="banner.html" name="banner" scrolling="no" noresize>\n'
           '  <frameset cols="200,*" border="0" frameborder="0">\n'
           '    <frame src="meny.html" name="meny" scrolling="auto">\n'
           '    <frame src="start.html" name="innehall" scrolling="auto">\n'
           "  </frameset>\n"
           "  <noframes><body><p>Den här webbplatsen använder ramar (frames) och din webbläsare visar inte ramar.</p>"
           '<p><a href="start.html">Gå till startsidan utan ramar</a></p></body></noframes>\n'
           "</frameset></html>\n")
    logo = s.img("/bilder/logo.gif", "Fröskogs kommun", ' width="210" height="70"')
    s.page("/banner.html", "banner.html", dt + head.format(t="Fröskogs kommun - banner") +
           '<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#1f4e79"><tr>'
           '<td colspan="2" align="right" bgcolor="#163a5c"><font face="Verdana" size="1" color="#ffffff">'
           '<a href="lyssna.html"><font color="#ffffff">Lyssna</font></a> | <a href="lattlast.html"><font color="#ffffff">Lättläst</font></a> | '
           '<a href="english.html"><font color="#ffffff">In English</font></a> | <a href="teckensprak.html"><font color="#ffffff">Teckenspråk</font></a>'
           "</font></td></tr><tr>"
           f'<td width="240"><a href="index.html" target="_top">{logo}</a></td>'
           '<td align="right" valign="middle"><form action="/cgi-bin/sok.cgi" method="get" target="innehall">'
           '<font face="Verdana" size="2" color="#ffffff">Sök på webbplatsen: </font>'
           '<input type="text" name="q" size="18"> <input type="submit" value="Sök"></form></td></tr></table>\n'
           "</body></html>\n")
    rows = ['<tr><td><a href="start.html"><font face="Verdana" size="2"><b>Startsida</b></font></a></td></tr>']
    for name, sl, subs in AREAS[:6]:
        rows.append(f'<tr><td bgcolor="#dde7f0"><a href="{sl}/index.html"><font face="Verdana" size="2"><b>{name}</b></font></a></td></tr>')
        for x in subs:
            rows.append(f'<tr><td>&nbsp;&nbsp;<font face="Verdana" size="1">&raquo; <a href="{sl}/{slug(x)}.html">{x}</a></font></td></tr>')
    rows.append('<tr><td bgcolor="#dde7f0"><a href="kontaktcenter/index.html"><font face="Verdana" size="2"><b>Kontaktcenter</b></font></a></td></tr>')
    rows.append('<tr><td><br><font face="Verdana" size="1"><a href="nyheter/index.html">Nyheter</a><br>'
                '<a href="a-o.html">A-Ö</a><br><a href="tillganglighet.html">Tillgänglighetsredogörelse</a></font></td></tr>')
    s.page("/meny.html", "meny.html", dt + head.format(t="Meny") +
           '<table width="190" cellpadding="3" cellspacing="0" border="0">\n' + "\n".join(rows) + "\n</table>\n</body></html>\n")

    def wrap(title, body):
        return (dt + head.format(t=f"{title} - Fröskogs kommun").replace("../", "") +
                f'<font face="Verdana" size="2">{body}</font>\n'
                '<hr size="1" noshade><font face="Verdana" size="1"><a href="/start.html">Till startsidan</a></font>\n</body></html>\n')

    hero = s.img("/bilder/fjall.gif", "Vinterlandskap vid Fröskogsjön", ' width="520" height="160"')
    news = "".join(f'<li><a href="nyheter/{sl}.html">{h}</a>' for h, sl, _ in NEWS) + \
        '<li><a href="nyheter/fk-kundcenter.html">Försäkringskassans kundcenter i Fröskog stänger</a>'
    start = (dt + head.format(t="Välkommen till Fröskogs kommun") +
             '<table width="100%" cellpadding="6" cellspacing="0" border="0"><tr><td colspan="2">'
             f"{hero}<h1><font face=\"Georgia\" color=\"#1f4e79\">Välkommen till Fröskog</font></h1>"
             '<font face="Verdana" size="2">Fjällnära boende, trygg skola och 4 800 invånare. <a href="kommun-politik/index.html">Om kommunen</a></font></td></tr>'
             '<tr><td width="55%" valign="top"><font face="Verdana" size="2"><b>Nyheter</b><ul>' + news +
             '</ul><b>Evenemang</b><ul>' + "".join(f"<li>{e}" for e in EVENTS) + "</ul></font></td>"
             '<td valign="top" bgcolor="#f3f3f3"><font face="Verdana" size="2"><b>E-tjänster</b><ul>' +
             "".join(f'<li><a href="e-tjanster/{slug(x)}.html">{x}</a>' for x in ESERV) +
             '</ul><b>Lediga jobb</b><ul>' + "".join(f'<li><a href="jobb/{slug(x)}.html">{x}</a>' for x in JOBS) +
             "</ul><b>A-Ö</b><br>" + " ".join(f'<a href="a-o.html?b={c}">{c}</a>' for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ") +
             "</font></td></tr></table>\n"
             '<hr size="1" noshade><center><font face="Verdana" size="1">' +
             footer_text(s, "Storgatan 1, 999 41 Fröskog", "0980-319 200", "kommunen@froskog.se", "212999-1041") +
             '<br><a href="tillganglighet.html">Tillgänglighetsredogörelse</a> &middot; <a href="kakor.html">Om kakor</a></font></center>\n' +
             cookie(s).replace('href="/kakor.html"', 'href="kakor.html"') + "\n</body></html>\n")
    s.page("/start.html", "start.html", start)
    area_pages(s, wrap, areas=AREAS[:6])
    news_pages(s, wrap, extra_items=[("Försäkringskassans kundcenter i Fröskog stänger", "fk-kundcenter",
                                      "Försäkringskassans kundcenter på Storgatan stänger den 30 juni. Du når Försäkringskassan på telefon och webb.")])
    s.page("/kontaktcenter/index.html", "kontaktcenter.html", wrap("Kontaktcenter", (
        "<h1>Kontaktcenter</h1>"
        "<p>Kontaktcenter är din väg in till kommunen. Vi svarar på frågor om bland annat:</p>"
        "<ul><li>förskola och skola<li>bygglov och tomter<li>sophämtning och vatten<li>hemtjänst och färdtjänst<li>felanmälan av gatubelysning</ul>"
        "<p>Kan vi inte svara direkt ser vi till att rätt handläggare kontaktar dig.</p>"
        '<table border="1" cellpadding="4" cellspacing="0"><tr><th colspan="2">Telefontider</th></tr>'
        "<tr><td>Måndag-torsdag</td><td>8.00-16.30</td></tr><tr><td>Fredag</td><td>8.00-15.00</td></tr></table>"
        '<p>Telefon: 0980-319 201<br>E-post: <a href="mailto:kontaktcenter@froskog.se">kontaktcenter@froskog.se</a></p>'
        "<p>Enhetschef för kontaktcenter: Birgitta Sundqvist</p>")))
    s.page("/tillganglighet.html", "tillganglighet.html", wrap("Tillgänglighetsredogörelse", (
        "<h1>Tillgänglighetsredogörelse</h1><p>Webbplatsen använder ramar och uppfyller inte alla krav i lagen om "
        "tillgänglighet till digital offentlig service. Vi bygger om webbplatsen under 2027.</p>")))
    s.page("/kakor.html", "kakor.html", wrap("Om kakor", "<h1>Om kakor</h1><p>Vi sparar en kaka som minns att du har stängt kakrutan.</p>"))
    s.page("/sok.html", "sok.html", wrap("Sök", "<h1>Sökresultat</h1><!--SEARCH_RESULTS-->"))
    s.pages.pop("/sok.html")
    s.search = {"path": "/cgi-bin/sok.cgi", "param": "q", "template": {"file": "sok.html", "content_type": s.ctype},
                "hits": {k: ["/kontaktcenter/index.html"] for k in ("kontaktcenter", "kontakt center", "kundtjänst")}}
    s.robots = "User-agent: *\nDisallow: /cgi-bin/admin/\n"
    return s


# ---------------------------------------------------------------- 9678 Ormnäs: FrontPage tables, image map
def orm() -> Site:
    s = Site("9678", "Ormnäs", "Ormnäs", "13", "Hallands län", "frontpage-imagemap", "cp1252", "text/html", ".asp")
    banner = s.img("/bilder/toppbanner.gif", "Ormnäs kommun – en plats att växa på", ' WIDTH="760" HEIGHT="96" USEMAP="#toppmeny"')
    areas = ('<MAP NAME="toppmeny">'
             '<AREA SHAPE="RECT" COORDS="0,0,300,96" HREF="/default.asp" ALT="Ormnäs kommun – till startsidan">'
             '<AREA SHAPE="RECT" COORDS="430,70,490,92" HREF="/lyssna.asp" ALT="Lyssna">'
             '<AREA SHAPE="RECT" COORDS="495,70,560,92" HREF="/lattlast.asp" ALT="Lättläst">'
             '<AREA SHAPE="RECT" COORDS="565,70,640,92" HREF="/english.asp" ALT="In English">'
             '<AREA SHAPE="RECT" COORDS="645,70,758,92" HREF="/kundtjanst.asp" ALT="Kundtjänst">'
             "</MAP>")

    def wrap(title, body, front=False):
        menu = "".join(f'<TD BGCOLOR="#2e6b30" ALIGN="center"><A HREF="/{sl}/index.asp"><FONT FACE="Arial" SIZE="2" COLOR="#FFFFFF"><B>{n}</B></FONT></A></TD>'
                       for n, sl, _ in AREAS)
        left = ""
        for n, sl, subs in AREAS:
            left += f'<FONT FACE="Arial" SIZE="2"><B>{n}</B></FONT><BR>'
            left += "".join(f'&nbsp;<A HREF="/{sl}/{slug(x)}.asp"><FONT FACE="Arial" SIZE="1">{x}</FONT></A><BR>' for x in subs)
            left += "<BR>"
        return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML>\n<HEAD>\n'
                '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252">\n'
                '<META NAME="GENERATOR" CONTENT="Microsoft FrontPage 4.0">\n'
                f"<TITLE>{title}</TITLE>\n</HEAD>\n"
                '<BODY BGCOLOR="#FFFFFF" TOPMARGIN="0" LEFTMARGIN="0">\n'
                '<TABLE WIDTH="760" BORDER="0" CELLPADDING="0" CELLSPACING="0" ALIGN="center">\n'
                f'<TR><TD COLSPAN="2">{banner}{areas}</TD></TR>\n'
                '<TR><TD COLSPAN="2" BGCOLOR="#2e6b30"><TABLE WIDTH="100%" CELLPADDING="4"><TR>' + menu +
                '</TR></TABLE></TD></TR>\n'
                '<TR><TD COLSPAN="2" ALIGN="right" BGCOLOR="#e8f0e8"><FORM ACTION="/sok.asp" METHOD="GET">'
                '<FONT FACE="Arial" SIZE="2">Sök: </FONT><INPUT TYPE="text" NAME="sokord" SIZE="20"><INPUT TYPE="submit" VALUE="Sök"></FORM></TD></TR>\n'
                f'<TR><TD WIDTH="170" VALIGN="top" BGCOLOR="#f4f8f4">{left}</TD>\n'
                f'<TD WIDTH="590" VALIGN="top"><FONT FACE="Arial" SIZE="2">{body}</FONT></TD></TR>\n'
                '<TR><TD COLSPAN="2" ALIGN="center" BGCOLOR="#e8f0e8"><FONT FACE="Arial" SIZE="1">' +
                footer_text(s, "Rådhusgatan 4, 999 52 Ormnäs", "040-628 04 00", "kommun@ormnas.se", "212999-5203") +
                '<BR><A HREF="/tillganglighet.asp">Tillgänglighetsredogörelse</A> | <A HREF="/kakor.asp">Kakor</A> | '
                "Fjärrvärme och elnät: Ormnäs Energi AB, kundtjänst 040-628 04 90</FONT></TD></TR>\n"
                "</TABLE>\n" + (cookie(s) if front else "") + "\n</BODY>\n</HTML>\n")

    hero = s.img("/bilder/hamnen.gif", "Hamnen i Ormnäs en sommarkväll", ' WIDTH="580" HEIGHT="180"')
    front = (f"{hero}<H1><FONT FACE=\"Georgia\" COLOR=\"#2e6b30\">Välkommen till Ormnäs!</FONT></H1>"
             "<P>Här bor drygt 9 000 människor mellan havet och skogen. <A HREF=\"/kommun-politik/index.asp\">Läs mer om kommunen</A></P>"
             '<TABLE WIDTH="100%" CELLPADDING="4"><TR><TD VALIGN="top" WIDTH="50%"><B>Nyheter</B><BR>' +
             "".join(f'<A HREF="/nyheter/{sl}.asp">{h}</A><BR>' for h, sl, _ in NEWS) +
             "<BR><B>Evenemang</B><BR>" + "<BR>".join(EVENTS) +
             '</TD><TD VALIGN="top" BGCOLOR="#f4f8f4"><B>E-tjänster</B><BR>' +
             "".join(f'<A HREF="/etjanst/{slug(x)}.asp">{x}</A><BR>' for x in ESERV) +
             "<BR><B>Lediga jobb</B><BR>" + "".join(f'<A HREF="/jobb/{slug(x)}.asp">{x}</A><BR>' for x in JOBS) +
             "</TD></TR></TABLE><P><B>A-Ö:</B> " + " ".join(f'<A HREF="/a-o.asp?b={c}">{c}</A>' for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ") + "</P>")
    s.page("/default.asp", "index.html", wrap("Ormnäs kommun – startsida", front, front=True))
    s.redirects["/"] = ["/default.asp", 302]
    area_pages(s, wrap, extra={"kommun-politik": '<P><A HREF="/kommun-politik/organisation.asp">Så är kommunen organiserad</A></P>'})
    news_pages(s, wrap)
    s.page("/kundtjanst.asp", "kundtjanst.html", wrap("Kundtjänst", (
        "<H1><FONT FACE=\"Georgia\" COLOR=\"#2e6b30\">Kundtj&auml;nst</FONT></H1>"
        "<P>Kundtjänst är kommunens gemensamma ingång för invånare, företag och besökare. "
        "Vi tar emot dina frågor om allt från bygglov och sophämtning till skolskjuts, färdtjänst och parkeringstillstånd – "
        "och om vi inte kan svara själva kopplar vi dig vidare.</P>"
        "<P>“Ring hellre en gång för mycket”, säger vi.</P>"
        '<TABLE BORDER="1" CELLPADDING="3" CELLSPACING="0"><TR><TD COLSPAN="2"><B>Telefontider</B></TD></TR>'
        "<TR><TD>Måndag–fredag</TD><TD>08.00–16.00</TD></TR><TR><TD>Lunchstängt</TD><TD>12.00–12.45</TD></TR></TABLE>"
        '<P>Tel: 040-628 04 10<BR>E-post: <A HREF="mailto:kundtjanst@ormnas.se">kundtjanst@ormnas.se</A></P>'
        "<P><FONT SIZE=\"1\">Sidansvarig: Lars Öhman, informationsenheten. Senast ändrad 2019-11-04</FONT></P>"
        '<P><A HREF="/kommun-politik/organisation.asp">Kommunens organisation</A></P>')))
    s.page("/kommun-politik/organisation.asp", "organisation.html", wrap("Organisation", (
        "<H1>Organisation</H1><P>Kommunstyrelsens förvaltning leds av kommunchef Gun Bergkvist. Under den finns "
        "ekonomienheten, personalenheten, informationsenheten och kundtjänst.</P>"
        "<P>Kommunchef: Gun Bergkvist, tel 040-628 04 01</P>")))
    s.page("/tillganglighet.asp", "tillganglighet.html", wrap("Tillgänglighetsredogörelse", (
        "<H1>Tillgänglighetsredogörelse</H1><P>Menyn i sidhuvudet är en bild med klickbara ytor. Den uppfyller inte alla krav.</P>")))
    s.page("/kakor.asp", "kakor.html", wrap("Kakor", "<H1>Kakor</H1><P>Webbplatsen använder en sessionskaka (ASPSESSIONID).</P>"))
    s.files["sok.html"] = wrap("Sökresultat", "<H1>Sökresultat</H1><!--SEARCH_RESULTS-->").encode("cp1252")
    s.search = {"path": "/sok.asp", "param": "sokord",
                "template": {"file": "sok.html", "content_type": "text/html; charset=windows-1252"},
                "hits": {k: ["/kundtjanst.asp"] for k in ("kundtjänst", "kundtjanst", "kontaktcenter", "servicecenter")}}
    return s


# ---------------------------------------------------------------- 9679 Lillbro: splash page
def lil() -> Site:
    s = Site("9679", "Lillbro", "Lillbro", "20", "Dalarnas län", "splash-tables", "iso-8859-1",
             "text/html; charset=iso-8859-1", ".htm")
    splash_img = s.img("/bilder/entre.gif", "Välkommen till Lillbro kommun – klicka här för att komma in", ' width="600" height="400"')
    s.page("/", "index.html", (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Lillbro kommun</title></head>\n'
        '<body bgcolor="#000033" text="#ffffff"><br><br><center>'
        f'<a href="/start.htm">{splash_img}</a>'
        '<br><br><font face="Arial" size="1" color="#9999cc">Bäst i 1024x768</font></center></body></html>\n'))

    def wrap(title, body, front=False):
        menu = ""
        for n, sl, _subs in AREAS[:6]:
            menu += f'<td><a href="/{sl}/index.htm"><font face="Arial" size="2" color="#ffffff"><b>{n}</b></font></a></td>'
        menu += '<td><a href="/servicecenter.htm"><font face="Arial" size="2" color="#ffffff"><b>Servicecenter</b></font></a></td>'
        subs = "".join(f'<p><font face="Arial" size="2"><b>{n}</b></font><br>' + "<br>".join(
            f'<a href="/{sl}/{slug(x)}.htm"><font face="Arial" size="1">{x}</font></a>' for x in ss) + "</p>" for n, sl, ss in AREAS[:6])
        logo = s.img("/bilder/logo.gif", "Lillbro kommun")
        return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>'
                f'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>{title} - Lillbro kommun</title></head>\n'
                '<body bgcolor="#ffffff" marginwidth="0" marginheight="0">\n'
                '<table width="800" cellpadding="0" cellspacing="0" border="0" align="center">'
                '<tr><td colspan="2" align="right" bgcolor="#dddddd"><font face="Arial" size="1">'
                '<a href="/lyssna.htm">Lyssna</a> | <a href="/lattlast.htm">Lättläst</a> | <a href="/english.htm">In English</a></font></td></tr>'
                f'<tr><td><a href="/start.htm">{logo}</a></td><td align="right"><form action="/sok.htm" method="get">'
                '<input name="q" size="16"> <input type="submit" value="Sök"></form></td></tr>'
                f'<tr><td colspan="2" bgcolor="#000033"><table cellpadding="6"><tr>{menu}</tr></table></td></tr>'
                f'<tr><td width="180" valign="top" bgcolor="#eeeeff">{subs}</td><td valign="top"><font face="Arial" size="2">{body}</font></td></tr>'
                '<tr><td colspan="2" bgcolor="#dddddd" align="center"><font face="Arial" size="1">' +
                footer_text(s, "Bruksvägen 2, 999 63 Lillbro", "031-390 06 00", "info@lillbro.se", "212999-6390") +
                '<br><a href="/tillganglighet.htm">Tillgänglighetsredogörelse</a> | <a href="/kakor.htm">Kakor</a></font></td></tr></table>\n' +
                (cookie(s) if front else "") + "</body></html>\n")

    hero = s.img("/bilder/bruket.gif", "Gamla bruket i Lillbro")
    front = (f"{hero}<h1>Lillbro – bruksorten vid älven</h1>"
             "<table width=\"100%\"><tr><td valign=\"top\"><b>Nyheter</b><br>" +
             "".join(f'<a href="/nyheter/{sl}.htm">{h}</a><br>' for h, sl, _ in NEWS) +
             "<br><b>Evenemang</b><br>" + "<br>".join(EVENTS) + "</td><td valign=\"top\"><b>E-tjänster</b><br>" +
             "".join(f'<a href="/etjanster/{slug(x)}.htm">{x}</a><br>' for x in ESERV) +
             "<br><b>Lediga jobb</b><br>" + "".join(f'<a href="/jobb/{slug(x)}.htm">{x}</a><br>' for x in JOBS) +
             "</td></tr></table><p><b>A-Ö</b> " + " ".join(f'<a href="/a-o.htm?b={c}">{c}</a>' for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ") + "</p>")
    s.page("/start.htm", "start.html", wrap("Startsida", front, front=True))
    area_pages(s, wrap, areas=AREAS[:6])
    news_pages(s, wrap)
    s.page("/servicecenter.htm", "servicecenter.html", wrap("Servicecenter", (
        "<h1>Servicecenter</h1><p>Servicecenter i kommunhuset hjälper dig med frågor om förskola, skola, hemtjänst, "
        "bygglov, sophämtning och vatten. Du kan också hämta blanketter och lämna in ansökningar hos oss.</p>"
        "<p><b>Öppettider:</b> måndag-fredag 8-16, torsdag 8-18</p>"
        '<p><b>Telefon:</b> 031-390 06 20<br><b>E-post:</b> servicecenter(at)lillbro.se<br><b>Besök:</b> Bruksvägen 2</p>'
        "<p>Chef för servicecentret: Åsa Lindgren</p>")))
    s.page("/tillganglighet.htm", "tillganglighet.html", wrap("Tillgänglighetsredogörelse", (
        "<h1>Tillgänglighetsredogörelse</h1><p>Entrésidan är en bild med en länk. Den har en alternativtext.</p>")))
    s.page("/kakor.htm", "kakor.html", wrap("Kakor", "<h1>Kakor</h1><p>Vi använder en kaka för kakrutan.</p>"))
    s.files["sok.html"] = wrap("Sök", "<h1>Sök</h1><!--SEARCH_RESULTS-->").encode("iso-8859-1", errors="xmlcharrefreplace")
    s.search = {"path": "/sok.htm", "param": "q", "template": {"file": "sok.html", "content_type": s.ctype},
                "hits": {k: ["/servicecenter.htm"] for k in ("servicecenter", "kontaktcenter", "kundtjänst")}}
    s.robots = "User-agent: *\nDisallow: /admin/\n"
    return s


# ---------------------------------------------------------------- 9680 Hultsjö: iframes of own pages
def hul() -> Site:
    s = Site("9680", "Hultsjö", "Hultsjö", "06", "Jönköpings län", "xhtml-iframes", "iso-8859-1",
             "text/html; charset=iso-8859-1", ".php")

    def wrap(title, body, front=False):
        lis = ""
        for n, sl, subs in AREAS6:
            sub = "".join(f'<li><a href="/{sl}/{slug(x)}.php">{x}</a></li>' for x in subs)
            lis += f'<li class="m1"><a href="/{sl}/index.php">{n}</a><ul class="m2" style="display:none">{sub}</ul></li>'
        logo = s.img("/grafik/logga.gif", "Hultsjö kommun")
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />'
                f"<title>{title} | Hultsjö kommun</title>"
                "<style>ul.meny li.m1{display:inline;margin-right:12px} ul.meny li.m1:hover ul.m2{display:block!important}</style></head>\n<body>\n"
                '<table width="900" align="center" cellpadding="0" cellspacing="0" border="0">'
                '<tr><td class="topp" align="right"><small><a href="/lyssna.php">Lyssna</a> | <a href="/lattlast.php">Lättläst</a> | '
                '<a href="/english.php">English</a> | <a href="/kontakt.php">Kontakt</a></small></td></tr>'
                f'<tr><td><a href="/index.php">{logo}</a>'
                '<form action="/sok.php" method="get" style="float:right"><input type="text" name="s" /> <input type="submit" value="Sök" /></form></td></tr>'
                f'<tr><td bgcolor="#7a2e0e"><ul class="meny">{lis}</ul></td></tr>'
                f'<tr><td valign="top">{body}</td></tr>'
                '<tr><td bgcolor="#eeeeee" align="center"><font size="1">' +
                footer_text(s, "Torget 3, 999 70 Hultsjö", "031-390 06 50", "kommun@hultsjo.se", "212999-7006") +
                '<br /><a href="/tillganglighet.php">Tillgänglighetsredogörelse</a> | <a href="/kakor.php">Kakor</a></font></td></tr></table>\n' +
                (cookie(s) if front else "") + "</body></html>\n")

    hero = s.img("/grafik/sjon.gif", "Hultsjön i morgondimma")
    front = (f'<table width="100%" cellpadding="8"><tr><td colspan="2">{hero}<h1>Välkommen till Hultsjö kommun</h1>'
             "<p>Småländsk landsbygd med nära till allt. <a href=\"/kommun-politik/index.php\">Om Hultsjö</a></p></td></tr>"
             '<tr><td width="50%" valign="top"><h2>E-tjänster</h2><ul>' +
             "".join(f'<li><a href="/e-tjanster/{slug(x)}.php">{x}</a></li>' for x in ESERV) +
             '</ul><h2>Lediga jobb</h2><ul>' + "".join(f'<li><a href="/jobb/{slug(x)}.php">{x}</a></li>' for x in JOBS) +
             '</ul></td><td valign="top"><h2>Senaste nytt</h2>'
             '<iframe src="/nyheter/nyhetsruta.php" name="nyhetsruta" width="400" height="190" frameborder="0" scrolling="no" title="Senaste nytt">'
             '<a href="/nyheter/index.php">Läs nyheterna</a></iframe>'
             "<h2>Evenemang</h2>"
             '<iframe src="/evenemang/kalender.php" width="400" height="120" frameborder="0" title="Evenemangskalender"></iframe>'
             '</td></tr></table><p><b>A-Ö:</b> ' + " ".join(f'<a href="/a-o.php?b={c}">{c}</a>' for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ") + "</p>")
    s.page("/index.php", "index.html", wrap("Startsida", front, front=True))
    s.redirects["/"] = ["/index.php", 301]
    mini = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />'
            '<title>{t}</title><base target="_top" /><style>body{{margin:0;font:13px Verdana}}</style></head><body>{b}</body></html>\n')
    teasers = [("Medborgarkontoret har fått nya öppettider", "medborgarkontoret-oppettider",
                "Från den 1 april har medborgarkontoret öppet till 18 på torsdagar."),
               *NEWS]
    s.page("/nyheter/nyhetsruta.php", "nyhetsruta.html", mini.format(t="Nyhetsruta", b=(
        '<ul style="padding-left:16px">' + "".join(
            f'<li><a href="/nyheter/{sl}.php">{h}</a><br /><small>{t}</small></li>' for h, sl, t in teasers) +
        '</ul><a href="/nyheter/index.php">Alla nyheter</a>')))
    s.page("/evenemang/kalender.php", "kalender.html", mini.format(t="Kalender", b="<ul>" + "".join(f"<li>{e}</li>" for e in EVENTS) + "</ul>"))
    area_pages(s, wrap, extra={"kommun-politik": '<p><a href="/kommun-politik/medborgarkontoret.php">Medborgarkontoret</a> | '
                                                  '<a href="/kommun-politik/budget.php">Budget</a></p>'}, areas=AREAS6)
    news_pages(s, wrap, extra_items=[(teasers[0][0], teasers[0][1],
                                      "Från den 1 april har medborgarkontoret i kommunhuset öppet till 18 på torsdagar. "
                                      '<a href="/kommun-politik/medborgarkontoret.php">Mer om medborgarkontoret</a>')])
    s.page("/kommun-politik/medborgarkontoret.php", "medborgarkontoret.html", wrap("Medborgarkontoret", (
        "<h1>Medborgarkontoret</h1><p>På medborgarkontoret i kommunhuset kan du få hjälp med:</p>"
        "<ul><li>ansökan om förskoleplats och skolskjuts</li><li>bygglovsfrågor och blanketter</li>"
        "<li>bostadsanpassning och färdtjänst</li><li>lämna in synpunkter och felanmälningar</li></ul>"
        "<h2>Besök oss</h2><p>Besöksadress: Torget 3, entréplan</p>"
        '<table border="1" cellpadding="3" cellspacing="0"><caption>Öppettider</caption>'
        "<tr><td>Måndag-onsdag, fredag</td><td>9-16</td></tr><tr><td>Torsdag</td><td>9-18</td></tr></table>"
        "<p>Hos oss arbetar kommunvägledarna Maria Ek och Jonas Pihl.</p>"
        "<p><small>Sidansvarig: Lotta Rask, kommunikationsenheten</small></p>")))
    s.page("/kontakt.php", "kontakt.html", wrap("Kontakt", (
        "<h1>Kontakt</h1><p>Växel: 031-390 06 50<br />E-post: kommun@hultsjo.se<br />Postadress: Box 100, 999 70 Hultsjö</p>"
        '<p><a href="/kommun-politik/index.php">Kommun och politik</a></p>')))
    s.page("/tillganglighet.php", "tillganglighet.html", wrap("Tillgänglighetsredogörelse", (
        "<h1>Tillgänglighetsredogörelse</h1><p>Nyheterna och kalendern på startsidan visas i inbäddade ramar (iframes).</p>")))
    s.page("/kakor.php", "kakor.html", wrap("Kakor", "<h1>Kakor</h1><p>Vi använder PHPSESSID och en kaka för kakrutan.</p>"))
    s.files["sok.html"] = wrap("Sök", "<h1>Sök</h1><!--SEARCH_RESULTS-->").encode("iso-8859-1", errors="xmlcharrefreplace")
    s.search = {"path": "/sok.php", "param": "s", "template": {"file": "sok.html", "content_type": s.ctype},
                "hits": {k: ["/kommun-politik/medborgarkontoret.php"] for k in ("medborgarkontor", "medborgarkontoret", "kontaktcenter")}}
    s.robots = "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n"
    s.sitemap = ["/index.php", "/nyheter/index.php", "/kommun-politik/index.php", "/kommun-politik/medborgarkontoret.php", "/kontakt.php"]
    return s


# ---------------------------------------------------------------- 9681 Nordanå: jump menu
def nor() -> Site:
    s = Site("9681", "Nordanå", "Nordanå", "22", "Västernorrlands län", "jumpmenu-tables", "cp1252",
             "text/html; charset=windows-1252", "/")
    opts = [("Välj sida ...", ""), ("Lediga jobb", "/jobb/"), ("Förskola", "/barn-utbildning/forskola/"),
            ("Bygglov", "/bygga-bo/bygglov/"), ("Servicecentrum", "/servicecentrum/"), ("Sophämtning", "/bygga-bo/sophamtning/"),
            ("Bibliotek", "/kultur-fritid/bibliotek/"), ("Turism", "/naringsliv/turism/")]

    def wrap(title, body, front=False):
        jump = ('<select name="hopp" onchange="if(this.value){location.href=this.value}" title="Snabbval">' +
                "".join(f'<option value="{v}">{t}</option>' for t, v in opts) + "</select>")
        menu = "".join(f'<td class="m"><a href="/{sl}/">{n}</a></td>' for n, sl, _ in AREAS6)
        subrow = "".join('<td valign="top" class="s">' + "<br>".join(f'<a href="/{sl}/{slug(x)}/">{x}</a>' for x in ss) + "</td>"
                         for _n, sl, ss in AREAS6)
        logo = s.img("/img/vapen.gif", "Nordanå kommun")
        return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head><title>' + title +
                ' - Nordanå kommun</title><style>td.m{background:#004d80;padding:6px}td.m a{color:#fff;font-weight:bold}'
                "td.s{font-size:11px}</style></head>\n<body>\n"
                '<table width="100%" cellspacing="0" cellpadding="4"><tr bgcolor="#e0e0e0"><td><font size="1">'
                f'<a href="/lyssna/">Lyssna</a> | <a href="/lattlast/">Lättläst</a> | <a href="/english/">English</a></font></td>'
                f'<td align="right"><font size="1" face="Verdana">Snabbval: </font>{jump}</td></tr>'
                f'<tr><td><a href="/">{logo}</a> <font size="5" face="Georgia">Nordanå kommun</font></td>'
                '<td align="right"><form action="/sok/" method="get"><input name="q" size="18"><input type="submit" value="Sök"></form></td></tr></table>\n'
                f'<table width="100%" cellspacing="2"><tr>{menu}</tr><tr>{subrow}</tr></table>\n'
                f'<table width="100%" cellpadding="8"><tr><td><font face="Verdana" size="2">{body}</font></td></tr></table>\n'
                '<table width="100%" bgcolor="#e0e0e0"><tr><td align="center"><font size="1" face="Verdana">' +
                footer_text(s, "Sjövägen 8, 999 81 Nordanå", "08-465 004 00", "kommunen@nordana.se", "212999-8122") +
                '<br><a href="/servicecentrum/">Servicecentrum</a> | <a href="/tillganglighet/">Tillgänglighetsredogörelse</a> | '
                '<a href="/kakor/">Kakor</a></font></td></tr></table>\n' + (cookie(s) if front else "") + "</body></html>\n")

    hero = s.img("/img/alven.gif", "Älvdalen i september")
    front = (f"{hero}<h1>Välkommen till Nordanå</h1><p>Älvdal, skog och 6 200 invånare.</p>"
             '<table width="100%"><tr><td valign="top" width="40%"><b>Nyheter</b><br>' +
             "".join(f'&raquo; <a href="/nyheter/{sl}/">{h}</a><br>' for h, sl, _ in NEWS) + '<a href="/nyheter/">Alla nyheter</a><br>' +
             "<br><b>På gång</b><br>" + "<br>".join(EVENTS) + '</td><td valign="top"><b>E-tjänster</b><br>' +
             "".join(f'<a href="/e-tjanster/{slug(x)}/">{x}</a><br>' for x in ESERV) +
             "</td><td valign=\"top\"><b>Lediga jobb</b><br>" + "".join(f'<a href="/jobb/{slug(x)}/">{x}</a><br>' for x in JOBS) +
             '</td></tr></table><p>A-Ö: ' + " ".join(f'<a href="/a-o/?b={c}">{c}</a>' for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ") + "</p>")
    s.page("/", "index.html", wrap("Startsida", front, front=True))
    for n, sl, subs in AREAS6:
        s.page(f"/{sl}/", f"{sl}.html", wrap(n, f"<h1>{n}</h1><p>Information om {n.lower()}.</p><ul>" +
                                          "".join(f'<li><a href="/{sl}/{slug(x)}/">{x}</a>' for x in subs) + "</ul>" +
                                          ('<p><a href="/kommun-politik/organisation/">Organisation</a></p>' if sl == "kommun-politik" else "")))
    s.page("/nyheter/", "nyheter.html", wrap("Nyheter", "<h1>Nyheter</h1><ul>" + "".join(
        f'<li><a href="/nyheter/{sl}/">{h}</a>' for h, sl, _ in NEWS) + "</ul>"))
    for h, sl, t in NEWS:
        s.page(f"/nyheter/{sl}/", f"nyhet-{sl}.html", wrap(h, f"<h1>{h}</h1><p>{t}</p>"))
    s.page("/jobb/", "jobb.html", wrap("Lediga jobb", "<h1>Lediga jobb</h1><ul>" + "".join(
        f'<li><a href="/jobb/{slug(x)}/">{x}</a>' for x in JOBS) + "</ul>"))
    s.page("/servicecentrum/", "servicecentrum.html", wrap("Servicecentrum", (
        "<h1>Servicecentrum</h1><p>Hit kan du vända dig med alla dina frågor till kommunen. Vi finns här för dig – "
        "stort som smått, hör av dig!</p>"
        "<p>Telefon 08-465 004 10<br>E-post servicecentrum@nordana.se<br>Telefontid vardagar 8–16</p>"
        '<p><a href="/kommun-politik/organisation/">Så är kommunen organiserad</a></p>'
        "<p><font size=\"1\">Sidansvarig: Tove Nyström</font></p>")))
    s.page("/kommun-politik/organisation/", "organisation.html", wrap("Organisation", (
        "<h1>Organisation</h1><p>Kommunchef Stig Fors leder kommunledningsförvaltningen. Där finns ekonomi, personal, "
        "IT-support och servicecentrum.</p>")))
    s.page("/tillganglighet/", "tillganglighet.html", wrap("Tillgänglighetsredogörelse", (
        "<h1>Tillgänglighetsredogörelse</h1><p>Snabbvalsmenyn kräver JavaScript.</p>")))
    s.page("/kakor/", "kakor.html", wrap("Kakor", "<h1>Kakor</h1><p>En kaka för kakrutan.</p>"))
    s.files["sok.html"] = wrap("Sök", "<h1>Sök</h1><!--SEARCH_RESULTS-->").encode("cp1252", errors="xmlcharrefreplace")
    s.search = {"path": "/sok/", "param": "q", "template": {"file": "sok.html", "content_type": s.ctype},
                "hits": {k: ["/servicecentrum/"] for k in ("servicecentrum", "servicecenter", "kontaktcenter")}}
    s.robots = "User-agent: *\nDisallow: /cms/\nSitemap: __ORIGIN__/sitemap.xml\n"
    s.sitemap = ["/", "/nyheter/", "/jobb/", "/servicecentrum/"]
    return s


# ---------------------------------------------------------------- 9682 Sörby: image menu
def sor() -> Site:
    s = Site("9682", "Sörby", "Sörby", "04", "Södermanlands län", "imagemenu-tables", "iso-8859-1",
             "text/html; charset=iso-8859-1", ".html")
    items = [(n, sl) for n, sl, _ in AREAS[:6]] + [("Kontakta oss", "kontakt")]

    def wrap(title, body, front=False):
        btn = "".join(f'<tr><td><a href="/{sl}/">{s.img(f"/knappar/{sl}.gif", n, chr(32) + "width=170 height=28")}</a></td></tr>'
                      for n, sl in items)
        subs = "".join('<p class="sub"><b>' + n + "</b><br>" + " &middot; ".join(
            f'<a href="/{sl}/{slug(x)}.html">{x}</a>' for x in ss) + "</p>" for n, sl, ss in AREAS[:6])
        head_img = s.img("/knappar/rubrik.gif", "Sörby kommun – Sörmland när det är som bäst", ' width="600" height="80"')
        tb = " ".join(f'<a href="/{x}.html">{s.img(f"/knappar/{x}.gif", y)}</a>'
                      for x, y in (("lyssna", "Lyssna"), ("lattlast", "Lättläst"), ("english", "In English")))
        return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
                f"<title>{title} - Sörby kommun</title></head>\n<body bgcolor=\"#f7f3e8\">\n"
                '<table width="780" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">'
                f'<tr><td colspan="2"><a href="/">{head_img}</a></td></tr>'
                f'<tr><td colspan="2" align="right">{tb}'
                '<form action="/sok/" method="get" style="display:inline">'
                '<input name="q" size="14"><input type="image" src="/knappar/sok.gif" alt="Sök"></form></td></tr>'
                f'<tr><td width="180" valign="top"><table cellpadding="0" cellspacing="2">{btn}</table>'
                f'<font face="Verdana" size="1">{subs}</font></td>'
                f'<td valign="top"><font face="Verdana" size="2">{body}</font></td></tr>'
                '<tr><td colspan="2" align="center" bgcolor="#e9e2c9"><font face="Verdana" size="1">' +
                footer_text(s, "Kungsgatan 10, 999 22 Sörby", "040-628 04 50", "sorby.kommun@sorby.se", "212999-2204") +
                '<br><a href="/tillganglighet.html">Tillgänglighetsredogörelse</a> | <a href="/kakor.html">Kakor</a></font></td></tr></table>\n' +
                (cookie(s) if front else "") + "</body></html>\n")

    s.img("/knappar/sok.gif", "Sök")
    hero = s.img("/bilder/slottet.gif", "Sörby slott i vårsol", ' width="580" height="190"')
    front = (f"{hero}<h1>Välkommen till Sörby kommun</h1>"
             '<table width="100%"><tr><td valign="top"><b>Aktuellt</b><br>' +
             "".join(f'<a href="/nyheter/{sl}.html">{h}</a><br>' for h, sl, _ in NEWS) +
             "<br><b>Evenemang</b><br>" + "<br>".join(EVENTS) + '</td><td valign="top"><b>E-tjänster</b><br>' +
             "".join(f'<a href="/e-tjanster/{slug(x)}.html">{x}</a><br>' for x in ESERV) +
             "<br><b>Lediga jobb</b><br>" + "".join(f'<a href="/jobb/{slug(x)}.html">{x}</a><br>' for x in JOBS) +
             '</td></tr></table><p><b>A-Ö:</b> ' + " ".join(f'<a href="/a-o.html?b={c}">{c}</a>' for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ") + "</p>")
    s.page("/", "index.html", wrap("Startsida", front, front=True))
    for n, sl, subs in AREAS[:6]:
        s.page(f"/{sl}/", f"{sl}.html", wrap(n, f"<h1>{n}</h1><ul>" + "".join(
            f'<li><a href="/{sl}/{slug(x)}.html">{x}</a>' for x in subs) + "</ul>"))
    s.page("/nyheter/", "nyheter.html", wrap("Aktuellt", "<h1>Aktuellt</h1><ul>" + "".join(
        f'<li><a href="/nyheter/{sl}.html">{h}</a>' for h, sl, _ in NEWS) + "</ul>"))
    for h, sl, t in NEWS:
        s.page(f"/nyheter/{sl}.html", f"nyhet-{sl}.html", wrap(h, f'<h1>{h}</h1><p>{t}</p><p><a href="/nyheter/">Mer aktuellt</a></p>'))
    s.page("/kontakt/", "kontakt.html", wrap("Kontakta oss", (
        "<h1>Kontakta oss</h1>"
        "<h2>Växeln</h2><p>Växeln når du på 040-628 04 50, vardagar 7.30-17.</p>"
        "<h2>Medborgarservice</h2><p>Medborgarservice är kommunens gemensamma ingång. Välkommen att höra av dig om du undrar "
        "något – vi finns här för dig!</p>"
        "<p>Telefon: 040-628 04 55<br>E-post: medborgarservice@sorby.se<br>Öppet: måndag-fredag 8-16.30</p>"
        "<p>Ansvarig för medborgarservice: Karin Holmgren</p>"
        "<h2>Registrator</h2><p>Post och allmänna handlingar: registrator@sorby.se</p>")))
    s.page("/tillganglighet.html", "tillganglighet.html", wrap("Tillgänglighetsredogörelse", (
        "<h1>Tillgänglighetsredogörelse</h1><p>Menyn består av bilder med alternativtext.</p>")))
    s.page("/kakor.html", "kakor.html", wrap("Kakor", "<h1>Kakor</h1><p>En kaka för kakrutan.</p>"))
    s.files["sok.html"] = wrap("Sök", "<h1>Sök</h1><!--SEARCH_RESULTS-->").encode("iso-8859-1", errors="xmlcharrefreplace")
    s.search = {"path": "/sok/", "param": "q", "template": {"file": "sok.html", "content_type": s.ctype},
                "hits": {k: ["/kontakt/"] for k in ("medborgarservice", "kontaktcenter", "kontakt")}}
    return s


# ---------------------------------------------------------------- 9683 Tjärnvik: tag soup, no <body>, no charset
def tja() -> Site:
    s = Site("9683", "Tjärnvik", "Tjärnviks", "25", "Norrbottens län", "tagsoup-nocharset", "iso-8859-1", "text/html", ".htm")

    def wrap(title, body, front=False):
        menu = " | ".join(f'<A HREF="/{sl}/index.htm"><FONT COLOR=WHITE><B>{n}</B></A>' for n, sl, _ in AREAS[:6])
        left = "".join(f"<P><B>{n}</B><UL>" + "".join(f'<LI><A HREF="/{sl}/{slug(x)}.htm">{x}</A>' for x in ss) + "</UL>"
                       for n, sl, ss in AREAS[:6])
        logo = s.img("/BILDER/LOGO.GIF", "Tjärnviks kommun")
        return (f"<HTML>\n<HEAD>\n<TITLE>{title} - Tjärnviks kommun</TITLE>\n</HEAD>\n"
                '<TABLE WIDTH=100% BGCOLOR=#CCE0FF CELLPADDING=2><TR><TD><FONT SIZE=1 FACE=ARIAL>'
                '<A HREF="/lyssna.htm">Lyssna</A> | <A HREF="/lattlast.htm">Lättläst</A> | <A HREF="/english.htm">English</A>'
                '<TD ALIGN=RIGHT><FORM ACTION="/sok.htm" METHOD=GET><INPUT NAME=q SIZE=15><INPUT TYPE=SUBMIT VALUE="Sök"></FORM>'
                f'</TABLE>\n<TABLE WIDTH=100%><TR><TD><A HREF="/index.htm">{logo}</A><TD><FONT SIZE=6 FACE="Times New Roman">Tjärnviks kommun</FONT>'
                f'</TABLE>\n<TABLE WIDTH=100% BGCOLOR=#003399 CELLPADDING=5><TR><TD><FONT FACE=ARIAL SIZE=2>{menu}</FONT></TABLE>\n'
                f'<TABLE WIDTH=100%><TR><TD WIDTH=180 VALIGN=TOP BGCOLOR=#EEEEEE><FONT FACE=ARIAL SIZE=1>{left}'
                f'<TD VALIGN=TOP><FONT FACE=ARIAL SIZE=2>{body}\n</TABLE>\n'
                '<HR><CENTER><FONT FACE=ARIAL SIZE=1>' +
                footer_text(s, "Kyrkvägen 5, 999 88 Tjärnvik", "0980-319 230", "kommun@tjarnvik.se", "212999-8801") +
                '<BR><A HREF="/kundcenter.htm">Kundcenter</A> | <A HREF="/tillganglighet.htm">Tillgänglighetsredogörelse</A> | '
                '<A HREF="/kakor.htm">Kakor</A>\n</CENTER>\n' + (cookie(s) if front else ""))

    hero = s.img("/BILDER/NORRSKEN.GIF", "Norrsken över Tjärnvik")
    front = (f"{hero}<H1>Välkommen till Tjärnvik</H1><P>Kommunen vid tjärnarna, 3 100 invånare.\n"
             "<TABLE WIDTH=100%><TR><TD VALIGN=TOP><B>Nyheter</B><BR>" +
             "".join(f'<A HREF="/nyheter/{sl}.htm">{h}</A><BR>' for h, sl, _ in NEWS) +
             '<A HREF="/nyheter/index.htm">Fler nyheter</A>' + "<P><B>Evenemang</B><BR>" + "<BR>".join(EVENTS) + "<TD VALIGN=TOP><B>E-tjänster</B><BR>" +
             "".join(f'<A HREF="/etjanst/{slug(x)}.htm">{x}</A><BR>' for x in ESERV) +
             "<P><B>Lediga jobb</B><BR>" + "".join(f'<A HREF="/jobb/{slug(x)}.htm">{x}</A><BR>' for x in JOBS) +
             "</TABLE><P><B>A-Ö:</B> " + " ".join(f'<A HREF="/a-o.htm?b={c}">{c}</A>' for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ"))
    s.page("/index.htm", "index.html", wrap("Startsida", front, front=True))
    s.redirects["/"] = ["/index.htm", 302]
    for n, sl, subs in AREAS[:6]:
        s.page(f"/{sl}/index.htm", f"{sl}.html", wrap(n, f"<H1>{n}</H1><P>Här finns information om {n.lower()}.<UL>" + "".join(
            f'<LI><A HREF="/{sl}/{slug(x)}.htm">{x}</A>' for x in subs)))
    s.page("/nyheter/index.htm", "nyheter.html", wrap("Nyheter", "<H1>Nyheter</H1><UL>" + "".join(
        f'<LI><A HREF="/nyheter/{sl}.htm">{h}</A>' for h, sl, _ in NEWS)))
    for h, sl, t in NEWS:
        s.page(f"/nyheter/{sl}.htm", f"nyhet-{sl}.html", wrap(h, f"<H1>{h}</H1><P>{t}"))
    s.page("/kundcenter.htm", "kundcenter.html", wrap("Kundcenter", (
        "<H1>KUNDCENTER</H1><P>Kundcenter svarar på frågor om avgifter, skolskjuts, sophämtning och felanmälan av gatubelysning."
        "<P>Ring oss på 0980-319 235."
        "<P>Kontaktperson: Eva Holm")))
    s.page("/tillganglighet.htm", "tillganglighet.html", wrap("Tillgänglighetsredogörelse", (
        "<H1>Tillgänglighetsredogörelse</H1><P>Webbplatsen är gammal och uppfyller inte kraven. Ny webbplats kommer 2028.")))
    s.page("/kakor.htm", "kakor.html", wrap("Kakor", "<H1>Kakor</H1><P>En kaka för kakrutan."))
    s.files["sok.html"] = wrap("Sök", "<H1>Sök</H1><!--SEARCH_RESULTS-->").encode("iso-8859-1", errors="xmlcharrefreplace")
    s.search = {"path": "/sok.htm", "param": "q", "template": {"file": "sok.html", "content_type": "text/html; charset=iso-8859-1"},
                "hits": {k: ["/kundcenter.htm"] for k in ("kundcenter", "kundtjänst", "kontaktcenter")}}
    return s


# ---------------------------------------------------------------- 9684 Granö: only excluded names
def gra() -> Site:
    s = Site("9684", "Granö", "Granö", "03", "Uppsala län", "tables-distractors", "iso-8859-1",
             "text/html; charset=ISO-8859-1", ".asp")
    opts = [("-- Snabbval --", ""), ("Lediga jobb", "/jobb.asp"), ("Granö Energi – kundtjänst", "/granoenergi.asp"),
            ("Bibliotek", "/kultur-fritid/bibliotek.asp"), ("Bygglov", "/bygga-bo/bygglov.asp")]

    def wrap(title, body, front=False):
        menu = "".join(f'<td bgcolor="#6b1f1f"><a href="/{sl}/index.asp"><font color="#ffffff" face="Tahoma" size="2"><b>{n}</b></font></a></td>'
                       for n, sl, _ in AREAS6)
        subl = []
        for n, sl, ss in AREAS6:
            names = list(ss)
            if sl == "naringsliv":
                names = ["Starta företag", "Servicecenter för företag", "Upphandling", "Tillstånd", "Turism"]
            if sl == "bygga-bo":
                names = ["Bygglovsservice", "Sophämtning", "Vatten och avlopp", "Detaljplaner", "Miljö och hälsa"]
            subl.append((n, sl, names))
        left = "".join(f"<b>{n}</b><br>" + "".join(
            f'&nbsp;<a href="/{sl}/{"servicecenter-foretag" if x.startswith("Servicecenter") else slug(x)}.asp">{x}</a><br>'
            for x in ss) + "<br>" for n, sl, ss in subl)
        jump = ('<select onchange="window.location=this.options[this.selectedIndex].value">' +
                "".join(f'<option value="{v}">{t}</option>' for t, v in opts) + "</select>")
        banner = s.img("/bilder/banner.gif", "Granö kommun", ' width="760" height="90" usemap="#b"')
        return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
                '<meta name="keywords" content="Granö, kommun, kontaktcenter, kundtjänst, medborgarservice">'
                f"<title>{title}</title></head>\n<body>\n<!-- kontaktcenter: sidan borttagen 2016, se /kontakt.asp -->\n"
                '<table width="760" align="center" cellpadding="0" cellspacing="0">'
                '<tr><td align="right"><font size="1" face="Tahoma"><a href="/lyssna.asp">Lyssna</a> | <a href="/lattlast.asp">Lättläst</a> | '
                f'<a href="/kontakt.asp">Kontakt</a> | Snabbval: {jump}</font></td></tr>'
                f'<tr><td>{banner}<map name="b"><area shape="rect" coords="0,0,260,90" href="/default.asp" alt="Granö kommun - startsida">'
                '<area shape="rect" coords="520,10,750,80" href="/nyheter/statens-servicekontor.asp" alt="Statens servicekontor finns nu i Granö"></map></td></tr>'
                '<tr><td align="right"><form action="/sok.asp" method="get"><input name="q"><input type="submit" value="Sök"></form></td></tr>'
                f'<tr><td><table width="100%" cellspacing="1"><tr>{menu}</tr></table></td></tr>'
                f'<tr><td><table width="100%"><tr><td width="170" valign="top"><font face="Tahoma" size="1">{left}</font></td>'
                f'<td valign="top"><font face="Tahoma" size="2">{body}</font></td></tr></table></td></tr>'
                '<tr><td align="center" bgcolor="#eeeeee"><font face="Tahoma" size="1">' +
                footer_text(s, "Stora torget 1, 999 31 Granö", "08-465 004 50", "kommun@grano.se", "212999-3107") +
                '<br><a href="/tillganglighet.asp">Tillgänglighetsredogörelse</a> | <a href="/kakor.asp">Kakor</a><br>'
                "El och fjärrvärme: Granö Energi AB:s kundtjänst 08-465 004 60</font></td></tr></table>\n" +
                (cookie(s) if front else "") + "</body></html>\n")

    hero = s.img("/bilder/kyrkan.gif", "Granö kyrka vid ån")
    front = (f"{hero}<h1>Välkommen till Granö</h1>"
             '<table width="100%"><tr><td valign="top"><b>Nyheter</b><br>'
             '<a href="/nyheter/statens-servicekontor.asp">Skatteverket och Försäkringskassan öppnar servicekontor i Granö</a><br>' +
             "".join(f'<a href="/nyheter/{sl}.asp">{h}</a><br>' for h, sl, _ in NEWS) +
             "<br><b>Evenemang</b><br>" + "<br>".join(EVENTS) + '</td><td valign="top"><b>E-tjänster</b><br>' +
             "".join(f'<a href="/etjanst/{slug(x)}.asp">{x}</a><br>' for x in ESERV) +
             "<br><b>Lediga jobb</b><br>" + "".join(f'<a href="/jobb/{slug(x)}.asp">{x}</a><br>' for x in JOBS) +
             '</td></tr></table><p>A-Ö: ' + " ".join(f'<a href="/a-o.asp?b={c}">{c}</a>' for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ") + "</p>")
    s.page("/default.asp", "index.html", wrap("Granö kommun", front, front=True))
    s.redirects["/"] = ["/default.asp", 301]
    area_pages(s, wrap, areas=AREAS6)
    news_pages(s, wrap, base=tuple(NEWS[:1]), extra_items=[("Skatteverket och Försäkringskassan öppnar servicekontor i Granö", "statens-servicekontor",
                                      "Statens servicekontor öppnar i biblioteket den 2 maj. Där kan du få hjälp med frågor om "
                                      "deklaration, folkbokföring och föräldrapenning. Servicekontoret drivs av Statens servicecenter.")])
    s.page("/granoenergi.asp", "granoenergi.html", wrap("Granö Energi AB", (
        "<h1>Granö Energi AB</h1><p>Granö Energi AB ägs av kommunen. Granö Energi AB:s kundtjänst svarar på frågor om el, "
        "fjärrvärme och bredband. Telefon 08-465 004 60, kundtjanst@granoenergi.se, vardagar 8-16.</p>"
        "<p>Kundtjänstchef: Ola Berg</p>")))
    s.page("/naringsliv/servicecenter-foretag.asp", "servicecenter-foretag.html", wrap("Servicecenter för företag", (
        "<h1>Servicecenter för företag</h1><p>Vi hjälper dig som driver eller vill starta företag med tillstånd, lokaler och "
        "kontakter. Telefon 08-465 004 70, foretag@grano.se.</p><p>Enhetschef: Malin Åberg, näringslivsenheten</p>")))
    s.page("/kontakt.asp", "kontakt.html", wrap("Kontakt - Granö kommun", (
        "<h1>Kontakta oss</h1><p>Växel: 08-465 004 50 (vardagar 8-16)<br>E-post: kommun@grano.se<br>"
        "Postadress: Box 1, 999 31 Granö</p>")))
    s.page("/tillganglighet.asp", "tillganglighet.html", wrap("Tillgänglighetsredogörelse", (
        "<h1>Tillgänglighetsredogörelse</h1><p>Snabbvalsmenyn och den klickbara bannern uppfyller inte kraven.</p>")))
    s.page("/kakor.asp", "kakor.html", wrap("Kakor", "<h1>Kakor</h1><p>ASPSESSIONID och en kaka för kakrutan.</p>"))
    s.files["sok.html"] = wrap("Sök", "<h1>Sök</h1><!--SEARCH_RESULTS-->").encode("iso-8859-1", errors="xmlcharrefreplace")
    s.search = {"path": "/sok.asp", "param": "q", "template": {"file": "sok.html", "content_type": s.ctype},
                "hits": {"kundtjänst": ["/granoenergi.asp"], "servicekontor": ["/nyheter/statens-servicekontor.asp"]}}
    s.robots = "User-agent: *\nDisallow: /admin/\n"
    return s


# ---------------------------------------------------------------- 9685 Bäckeby: webbkarta only
def bac() -> Site:
    s = Site("9685", "Bäckeby", "Bäckeby", "17", "Värmlands län", "portal-tables", "utf-8", "text/html; charset=utf-8", ".php")

    def wrap(title, body, front=False):
        menu = "".join(f'<td class="nav"><a href="/{sl}/index.php">{n}</a></td>' for n, sl, _ in AREAS)
        drop = "".join('<td class="sub" valign="top">' + "<br>".join(f'<a href="/{sl}/{slug(x)}.php">{x}</a>' for x in ss) + "</td>"
                       for _n, sl, ss in AREAS)
        logo = s.img("/images/backeby_logo.gif", "Bäckeby kommun")
        return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>'
                f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title} :: Bäckeby kommun</title>'
                "<style>td.nav{background:#336633;padding:5px}td.nav a{color:#fff}td.sub{font-size:10px}</style></head>\n<body>\n"
                '<table width="100%" cellpadding="3"><tr><td><font size="1"><a href="/lyssna.php">Lyssna</a> :: <a href="/lattlast.php">Lättläst</a>'
                ' :: <a href="/english.php">English</a></font></td><td align="right"><form action="/search.php" method="get">'
                '<input name="query" size="15"><input type="submit" value="Sök"></form></td></tr>'
                f'<tr><td colspan="2"><a href="/index.php">{logo}</a></td></tr></table>\n'
                f'<table width="100%" cellspacing="1"><tr>{menu}</tr><tr>{drop}</tr></table>\n'
                f'<table width="100%" cellpadding="10"><tr><td>{body}</td></tr></table>\n'
                '<table width="100%" bgcolor="#dfe8df"><tr><td align="center"><font size="1">' +
                footer_text(s, "Bäckvägen 1, 999 17 Bäckeby", "0980-319 260", "kommun@backeby.se", "212999-1733") +
                '<br><a href="/webbkarta.php">Webbkarta</a> :: <a href="/tillganglighet.php">Tillgänglighetsredogörelse</a> :: '
                '<a href="/kakor.php">Kakor</a><br>Du är besökare nr 0047113</font></td></tr></table>\n' +
                (cookie(s) if front else "") + "</body></html>\n")

    hero = s.img("/images/back.gif", "Bäcken genom Bäckeby")
    front = (f'{hero}<h1>Välkommen till Bäckeby!</h1><marquee scrollamount="3">Nu kan du ansöka om förskoleplats på nätet!</marquee>'
             '<table width="100%"><tr><td valign="top"><b>Nyheter</b><br>' +
             "".join(f'<a href="/nyheter/{sl}.php">{h}</a><br>' for h, sl, _ in NEWS) +
             "<br><b>Evenemang</b><br>" + "<br>".join(EVENTS) + '</td><td valign="top"><b>E-tjänster</b><br>' +
             "".join(f'<a href="/etjanster/{slug(x)}.php">{x}</a><br>' for x in ESERV) +
             "<br><b>Lediga jobb</b><br>" + "".join(f'<a href="/jobb/{slug(x)}.php">{x}</a><br>' for x in JOBS) +
             "</td><td valign=\"top\"><b>Kontakt</b><br>Växel 0980-319 260<br>kommun@backeby.se</td></tr></table>"
             "<p>A-Ö: " + " ".join(f'<a href="/a-o.php?b={c}">{c}</a>' for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ") + "</p>")
    s.page("/index.php", "index.html", wrap("Startsida", front, front=True))
    s.redirects["/"] = ["/index.php", 302]
    area_pages(s, wrap)
    news_pages(s, wrap)
    karta = "".join(f'<li><a href="/{sl}/index.php">{n}</a></li>' for n, sl, _ in AREAS)
    s.page("/webbkarta.php", "webbkarta.html", wrap("Webbkarta", (
        f'<h1>Webbkarta</h1><ul>{karta}<li><a href="/nyheter/index.php">Nyheter</a></li>'
        '<li><a href="/kontaktcenter.php">Kontaktcenter</a></li><li><a href="/tillganglighet.php">Tillgänglighetsredogörelse</a></li></ul>')))
    s.page("/kontaktcenter.php", "kontaktcenter.html", wrap("Kontaktcenter", (
        "<h1>Kontaktcenter</h1><p>Bäckeby kommuns kontaktcenter svarar på frågor om skola, omsorg, bygglov och avfall.</p>"
        "<p>Skicka din fråga till kontaktcenter@backeby.se så svarar vi inom två arbetsdagar.</p>"
        "<p><small>Sidansvarig: webbredaktionen</small></p>")))
    s.page("/tillganglighet.php", "tillganglighet.html", wrap("Tillgänglighetsredogörelse", (
        "<h1>Tillgänglighetsredogörelse</h1><p>Den rullande texten på startsidan kan inte pausas.</p>")))
    s.page("/kakor.php", "kakor.html", wrap("Kakor", "<h1>Kakor</h1><p>PHPSESSID och en kaka för kakrutan.</p>"))
    s.files["sok.html"] = wrap("Sök", "<h1>Sök</h1><!--SEARCH_RESULTS-->").encode("utf-8")
    s.search = {"path": "/search.php", "param": "query", "template": "sok.html",
                "hits": {k: ["/kontaktcenter.php"] for k in ("kontaktcenter", "kontakt center")}}
    return s


# ---------------------------------------------------------------- 9686 Äppelvik: full-window iframe wrapper
def app() -> Site:
    s = Site("9686", "Äppelvik", "Äppelviks", "14", "Västra Götalands län", "iframe-wrapper", "utf-8",
             "text/html; charset=utf-8", ".asp")
    s.page("/", "index.html", (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8"><title>Äppelviks kommun</title>'
        "<style>html,body{margin:0;height:100%;overflow:hidden}iframe{border:0;width:100%;height:100%}</style></head>\n"
        '<body><iframe src="/portal/start.asp" name="portal" title="Äppelviks kommun">'
        'Din webbläsare visar inte inbäddade ramar. <a href="/portal/start.asp">Gå till Äppelviks kommun</a>.</iframe></body></html>\n'))

    def wrap(title, body, front=False):
        lis = ""
        for n, sl, subs in AREAS[:6]:
            sub = "".join(f'<li><a href="/portal/{sl}/{slug(x)}.asp" target="_top">{x}</a></li>' for x in subs)
            lis += f'<li class="lvl1"><a href="/portal/{sl}/index.asp" target="_top">{n}</a><ul class="lvl2">{sub}</ul></li>'
        lis += '<li class="lvl1"><a href="/portal/medborgarservice.asp" target="_top">Medborgarservice</a></li>'
        logo = s.img("/portal/gfx/logo.gif", "Äppelviks kommun")
        return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head><meta http-equiv="Content-Type" '
                f'content="text/html; charset=utf-8"><title>{title} - Äppelviks kommun</title>'
                "<style>ul.lvl2{display:none}li.lvl1:hover ul.lvl2{display:block}li.lvl1{float:left;list-style:none;margin:0 10px}</style></head>\n<body>\n"
                '<div class="toolbar"><a href="/portal/lyssna.asp" target="_top">Lyssna</a> | <a href="/portal/lattlast.asp" target="_top">Lättläst</a>'
                ' | <a href="/portal/english.asp" target="_top">English</a></div>'
                f'<div class="logo"><a href="/" target="_top">{logo}</a>'
                '<form action="/portal/sok.asp" method="get" target="_top"><input name="q"><input type="submit" value="Sök"></form></div>'
                f'<div class="huvudmeny"><ul>{lis}</ul><br style="clear:both"></div>'
                f'<div class="innehall">{body}</div>'
                '<div class="sidfot">' +
                footer_text(s, "Hamngatan 7, 999 14 Äppelvik", "031-390 06 80", "kommun@appelvik.se", "212999-1460") +
                '<br><a href="/portal/tillganglighet.asp" target="_top">Tillgänglighetsredogörelse</a> | '
                '<a href="/portal/kakor.asp" target="_top">Kakor</a></div>\n' + (cookie(s) if front else "") + "</body></html>\n")

    hero = s.img("/portal/gfx/hamn.gif", "Äppelodlingarna vid hamnen")
    front = (f'<div class="hero">{hero}<h1>Välkommen till Äppelvik</h1><p>Äppelodlingar, skärgård och 11 000 invånare.</p></div>'
             '<table width="100%"><tr><td valign="top"><h2>Nyheter</h2>' +
             "".join(f'<p><a href="/portal/nyheter/{sl}.asp" target="_top">{h}</a></p>' for h, sl, _ in NEWS) +
             "<h2>Evenemang</h2>" + "<br>".join(EVENTS) + '</td><td valign="top"><h2>E-tjänster</h2>' +
             "".join(f'<a href="/portal/etjanst/{slug(x)}.asp" target="_top">{x}</a><br>' for x in ESERV) +
             "<h2>Lediga jobb</h2>" + "".join(f'<a href="/portal/jobb/{slug(x)}.asp" target="_top">{x}</a><br>' for x in JOBS) +
             "</td></tr></table><p>A-Ö: " + " ".join(f'<a href="/portal/a-o.asp?b={c}" target="_top">{c}</a>' for c in "ABCDEFGHIJKLMNOPRSTUVÅÄÖ") + "</p>")
    s.page("/portal/start.asp", "start.html", wrap("Startsida", front, front=True))
    for n, sl, subs in AREAS[:6]:
        s.page(f"/portal/{sl}/index.asp", f"{sl}.html", wrap(n, f"<h1>{n}</h1><ul>" + "".join(
            f'<li><a href="/portal/{sl}/{slug(x)}.asp" target="_top">{x}</a></li>' for x in subs) + "</ul>"))
    for h, sl, t in NEWS:
        s.page(f"/portal/nyheter/{sl}.asp", f"nyhet-{sl}.html", wrap(h, f"<h1>{h}</h1><p>{t}</p>"))
    s.page("/portal/medborgarservice.asp", "medborgarservice.html", wrap("Medborgarservice", (
        "<h1>Medborgarservice</h1><p>Medborgarservice tar emot frågor om bygglov, skolval, hemtjänst, avgifter och "
        "felanmälan. Vi hjälper dig också att fylla i ansökningar.</p>"
        "<p>Telefon: <a href=\"tel:+46313900685\">031-390 06 85</a><br>E-post: medborgarservice@appelvik.se<br>"
        "Besöksadress: Hamngatan 7, entrén mot torget</p>"
        '<p><a href="/portal/organisation.asp" target="_top">Kommunens organisation</a></p>')))
    s.page("/portal/organisation.asp", "organisation.html", wrap("Organisation", (
        "<h1>Organisation</h1><table border=\"1\" cellpadding=\"3\"><tr><th>Enhet</th><th>Chef</th></tr>"
        "<tr><td>Kommunledningskontoret</td><td>Kommundirektör Eva Strömberg</td></tr>"
        "<tr><td>Medborgarservice</td><td>Enhetschef Nils Westin</td></tr>"
        "<tr><td>Kommunikation</td><td>Kommunikationschef Hanna Borg</td></tr></table>")))
    s.page("/portal/tillganglighet.asp", "tillganglighet.html", wrap("Tillgänglighetsredogörelse", (
        "<h1>Tillgänglighetsredogörelse</h1><p>Startsidan visas i en inbäddad ram.</p>")))
    s.page("/portal/kakor.asp", "kakor.html", wrap("Kakor", "<h1>Kakor</h1><p>ASPSESSIONID och en kaka för kakrutan.</p>"))
    s.files["sok.html"] = wrap("Sök", "<h1>Sök</h1><!--SEARCH_RESULTS-->").encode("utf-8")
    s.search = {"path": "/portal/sok.asp", "param": "q", "template": "sok.html",
                "hits": {k: ["/portal/medborgarservice.asp"] for k in ("medborgarservice", "kontaktcenter", "servicecenter")}}
    s.robots = "User-agent: *\nDisallow: /portal/admin/\n"
    return s


def main() -> None:
    for make in (fro, orm, lil, hul, nor, sor, tja, gra, bac, app):
        site = make()
        site.write()
        print(site.kod, site.kommun, len([p for p in site.pages.values() if "image" not in str(p)]), "html pages")


if __name__ == "__main__":
    main()
