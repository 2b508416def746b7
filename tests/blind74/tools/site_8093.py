"""8093 Ravnåsa: div soup in upper case (no landmarks, no roles, classes like hd/mn/bx1), unclosed <P>/<LI>,
windows-1252, shortcut entrances in an image map (<MAP>/<AREA>) in the hero."""
from common import AREAS, COOKIE, ESERVICES, TOPBAR, slug, write_site

K = "Ravnåsa"
CT = "text/html; charset=windows-1252"

CSS = """<STYLE>
BODY{margin:0;font:14px Tahoma,Arial,sans-serif}
.kk{background:#222;color:#eee;padding:8px}
.hd{background:#6b1f2a;color:#fff;padding:10px}
.mn UL LI UL{display:none} .mn UL LI:hover UL{display:block}
.bx1{background:#f4ece0;padding:10px} .q2{float:left;width:60%} .q3{float:right;width:35%}
.ft{clear:both;background:#3b3b3b;color:#ddd;padding:12px}
</STYLE>"""

SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="640" height="120" viewBox="0 0 640 120">
<rect width="640" height="120" fill="#f4ece0"/>
<g font-family="Tahoma" font-size="18" fill="#6b1f2a" text-anchor="middle">
<rect x="10" y="10" width="145" height="100" fill="#fff"/><text x="82" y="66">Felanmälan</text>
<rect x="170" y="10" width="145" height="100" fill="#fff"/><text x="242" y="66">Kundtjänst</text>
<rect x="330" y="10" width="145" height="100" fill="#fff"/><text x="402" y="66">Lediga jobb</text>
<rect x="490" y="10" width="140" height="100" fill="#fff"/><text x="560" y="66">Sophämtning</text>
</g>
</svg>
"""


def menu() -> str:
    li = []
    for a, s, subs in AREAS:
        sub = "".join(f'<LI><A HREF="/{s}/{slug(x)}/">{x}</A>' for x in subs)
        li.append(f'<LI><A HREF="/{s}/">{a}</A><UL>{sub}</UL>')
    return '<DIV CLASS="mn"><UL>\n' + "\n".join(li) + "\n</UL></DIV>"


def page(title: str | None, main: str) -> str:
    t = f"<TITLE>{title}</TITLE>" if title else ""
    top = " &middot; ".join(f'<A HREF="/{slug(x)}/"><FONT COLOR="#FFFFFF">{x}</FONT></A>' for x in TOPBAR)
    return f"""<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252">
{t}
{CSS}
</HEAD>
<BODY>
<DIV CLASS="kk" ID="kk">{COOKIE} <A HREF="/kakor/"><FONT COLOR="#FFCC66">Om kakor</FONT></A> <INPUT TYPE="button" VALUE="Okej" ONCLICK="document.getElementById('kk').style.display='none'">
</DIV>
<DIV CLASS="hd">
<DIV CLASS="z1">{top} &middot; <A HREF="/kontakt/"><FONT COLOR="#FFFFFF">Kontakt</FONT></A></DIV>
<DIV CLASS="z2"><A HREF="/"><IMG SRC="/bilder/ravnasa-logo.png" ALT="Ravnåsa kommun" BORDER="0" WIDTH="200" HEIGHT="54"></A></DIV>
<DIV CLASS="z3"><FORM METHOD="GET" ACTION="/sok/">Sök <INPUT TYPE="TEXT" NAME="q"> <INPUT TYPE="SUBMIT" VALUE="Sök"></FORM></DIV>
</DIV>
{menu()}
<DIV CLASS="bd">
{main}
</DIV>
<DIV CLASS="ft">
<B>Ravnåsa kommun</B><BR>
Postadress: 999 63 Ravnåsa<BR>
Besöksadress: Rådhustorget 1<BR>
Växel: 040-628 04 00<BR>
E-post: <A HREF="mailto:info@ravnasa.se"><FONT COLOR="#FFFFFF">info@ravnasa.se</FONT></A><BR>
Org.nr: 212000-9993<BR>
<A HREF="/tillganglighetsredogorelse/"><FONT COLOR="#FFFFFF">Tillgänglighetsredogörelse</FONT></A> &middot; <A HREF="/kakor/"><FONT COLOR="#FFFFFF">Kakor</FONT></A><BR><BR>
<FONT SIZE="1">Ravnåsa Energi AB – kundtjänst 040-628 04 90 &middot; Ravnåsabostäder AB 040-628 04 95</FONT>
</DIV>
</BODY>
</HTML>
"""


FRONT = f"""<DIV CLASS="bx1">
<H2>Välkommen till Ravnåsa</H2>
<P>Hitta direkt:
<P><IMG SRC="/bilder/genvagar.svg" WIDTH="640" HEIGHT="120" USEMAP="#genvagar" BORDER="0" ALT="Genvägar">
<MAP NAME="genvagar">
<AREA SHAPE="RECT" COORDS="10,10,155,110" HREF="/felanmalan/" ALT="Felanmälan">
<AREA SHAPE="RECT" COORDS="170,10,315,110" HREF="/kundtjanst/" ALT="Kundtjänst">
<AREA SHAPE="RECT" COORDS="330,10,475,110" HREF="/lediga-jobb/" ALT="Lediga jobb">
<AREA SHAPE="RECT" COORDS="490,10,630,110" HREF="/sophamtning/" ALT="Sophämtning">
</MAP>
</DIV>
<DIV CLASS="q7"><B>Driftstörning:</B> Simhallen är stängd 20–24 januari för byte av filter.</DIV>
<DIV CLASS="q2">
<H3>Nyheter</H3>
<P><FONT SIZE="1">15 januari 2025</FONT><BR><A HREF="/nyheter/ravnasabostader-kundtjanst/">Ravnåsabostäder öppnar ny kundtjänst</A><BR>
Det kommunala bostadsbolaget samlar felanmälan och uthyrning på ett ställe.
<P><FONT SIZE="1">9 januari 2025</FONT><BR><A HREF="/nyheter/skolval/">Dags för skolval till förskoleklass</A><BR>
Välj skola senast 15 februari.
<P><FONT SIZE="1">2 januari 2025</FONT><BR><A HREF="/nyheter/julgransinsamling/">Julgransinsamling på lördag</A><BR>
Lägg granen vid tomtgränsen senast klockan 8.
<P><A HREF="/nyheter/">Alla nyheter</A>
</DIV>
<DIV CLASS="q3">
<H3>E-tjänster</H3>
<UL>
{"".join(f'<LI><A HREF="/e-tjanster/{slug(x)}/">{x}</A>' for x in ESERVICES)}
</UL>
<H3>Evenemang</H3>
<P>31 jan: Vinterkonsert i kyrkan<BR>7 feb: Pulkaåkning i Backen<BR>15 feb: Loppis i Folkets hus
<P><A HREF="/a-o/">A-Ö</A>
</DIV>"""

SERVICE = """<P><A HREF="/">Startsida</A> / Kundtjänst
<H1>Kundtjänst</H1>
<P>Kommunens kundtjänst är din väg in till Ravnåsa kommun. Ring, mejla eller kom förbi om du har frågor.
<P><B>Vi svarar på frågor om</B>
<UL>
<LI>barnomsorg, skolval och skolskjuts
<LI>sophämtning och tömningsschema
<LI>vatten, avlopp och vattenmätare
<LI>parkeringstillstånd och färdtjänst
<LI>bokning av kommunens lokaler
</UL>
<P>Kan vi inte svara direkt ser vi till att rätt handläggare kontaktar dig.
<P><B>Kontakt</B><BR>
Telefon: 040-628 04 10<BR>
Besöksadress: Rådhustorget 1, entréplan<BR>
Öppettider: måndag-fredag 8.00-16.00
<P>Kundtjänsten är en del av kommunledningsförvaltningen.
<P><FONT SIZE="1">Sidansvarig: Mats Berg</FONT>"""

KONTAKT = """<P><A HREF="/">Startsida</A> / Kontakt
<H1>Kontakt</H1>
<P>Ravnåsa kommun<BR>999 63 Ravnåsa
<P>Växel: 040-628 04 00<BR>E-post: info@ravnasa.se
<P>Har du en fråga? Vänd dig till <A HREF="/kundtjanst/">Kundtjänst</A>."""


def np(h: str, body: str) -> str:
    return f'<P><A HREF="/">Startsida</A> / <A HREF="/nyheter/">Nyheter</A>\n<H1>{h}</H1>\n{body}'


def build() -> None:
    files = {
        "index.html": page("Ravnåsa kommun", FRONT),
        "kundtjanst.html": page("Kundtjänst - Ravnåsa kommun", SERVICE),
        "kontakt.html": page("Kontakt - Ravnåsa kommun", KONTAKT),
        "nyheter.html": page("Nyheter - Ravnåsa kommun", np("Nyheter", """<UL>
<LI><A HREF="/nyheter/ravnasabostader-kundtjanst/">Ravnåsabostäder öppnar ny kundtjänst</A>
<LI><A HREF="/nyheter/skolval/">Dags för skolval till förskoleklass</A>
<LI><A HREF="/nyheter/julgransinsamling/">Julgransinsamling på lördag</A>
</UL>""")),
        "bostader.html": page(None, np("Ravnåsabostäder öppnar ny kundtjänst", """<P>Ravnåsabostäder AB, kommunens bostadsbolag, öppnar en ny kundtjänst på Storgatan 14.
<P>Där kan hyresgäster göra felanmälan, hämta nycklar och ställa sig i bostadskön.<BR>
Ravnåsabostäders kundtjänst nås på 040-628 04 95.<BR>
Kundtjänstchef på Ravnåsabostäder är Lena Åkesson.""")),
        "skolval.html": page(None, np("Dags för skolval till förskoleklass", """<P>Barn födda 2019 ska börja förskoleklass i höst.<BR>
Välj skola i e-tjänsten senast 15 februari.""")),
        "gran.html": page(None, np("Julgransinsamling på lördag", """<P>Lägg granen vid tomtgränsen senast klockan 8 på lördag.<BR>
Ta bort all pynt och glitter.""")),
        "tillganglighet.html": page("Tillgänglighetsredogörelse - Ravnåsa kommun", """<H1>Tillgänglighetsredogörelse</H1>
<P>Ravnåsa kommun står bakom den här webbplatsen. Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service.
<P>Kända brister: genvägarna på startsidan är en bild med klickbara ytor, och vissa sidor saknar sidtitel.
<P>Kontakta oss på info@ravnasa.se. Du kan anmäla till Myndigheten för digital förvaltning (Digg)."""),
        "kakor.html": page("Kakor - Ravnåsa kommun", "<H1>Kakor</H1><P>Vi använder kakor för att webbplatsen ska fungera."),
        "sok.html": page("Sök - Ravnåsa kommun", "<H1>Sök</H1>\n<!--SEARCH_RESULTS-->"),
        "genvagar.svg": SVG,
    }
    P = lambda f: {"file": f, "content_type": CT}  # noqa: E731
    pages = {"/": P("index.html"), "/kundtjanst/": P("kundtjanst.html"), "/kontakt/": P("kontakt.html"),
             "/nyheter/": P("nyheter.html"), "/nyheter/ravnasabostader-kundtjanst/": P("bostader.html"),
             "/nyheter/skolval/": P("skolval.html"), "/nyheter/julgransinsamling/": P("gran.html"),
             "/tillganglighetsredogorelse/": P("tillganglighet.html"), "/kakor/": P("kakor.html"),
             "/bilder/genvagar.svg": "genvagar.svg"}
    manifest = {
        "kommunkod": "8093", "kommun": K, "lan_kod": "12", "lan": "Skåne län", "family": "soup-uppercase",
        "pages": pages, "redirects": {"/kundtjanst": ["/kundtjanst/", 301]},
        "robots": "User-agent: *\nDisallow:\nSitemap: __ORIGIN__/sitemap.xml\n",
        "sitemap": [p for p in pages if not p.endswith(".svg")],
        "search": {"path": "/sok/", "param": "q", "template": P("sok.html"),
                   "hits": {"kundtjänst": ["/kundtjanst/", "/nyheter/ravnasabostader-kundtjanst/"]}},
        "front_status": None,
    }
    write_site("8093", manifest, files, "windows-1252")


if __name__ == "__main__":
    build()
