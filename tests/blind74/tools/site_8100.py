"""8100 Ödmyrby: FrontPage-era site (nested tables, <FONT>, <CENTER>, ISO-8859-1), whose front page is caught in a
redirect loop after a botched move: / 302 -> /default.asp 302 -> / ... (unreachable). The old pages still answer
when asked for directly, and would score well, but no visitor or crawler can get from the homepage URL to them."""
from common import AREAS, COOKIE, ESERVICES, TOPBAR, slug, write_site

K = "Ödmyrby"
CT = "text/html; charset=iso-8859-1"


def page(title: str, main: str) -> str:
    top = " | ".join(f'<A HREF="/{slug(x)}.asp"><FONT COLOR="#FFFFFF">{x}</FONT></A>' for x in TOPBAR)
    menu = "\n".join(f'<TR><TD><A HREF="/{s}.asp"><B>{a}</B></A><BR><FONT SIZE="1">'
                     + "<BR>".join(f'&nbsp;- <A HREF="/{s}/{slug(x)}.asp">{x}</A>' for x in subs) + "</FONT></TD></TR>"
                     for a, s, subs in AREAS)
    return f"""<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">
<META NAME="GENERATOR" CONTENT="Microsoft FrontPage 6.0">
<TITLE>{title}</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFFF" LINK="#003366" VLINK="#663366">
<DIV ID="kakor" STYLE="background:#000;color:#fff;padding:4px"><FONT SIZE="1">{COOKIE} <A HREF="/kakor.asp"><FONT COLOR="#FFFF00">Mer om kakor</FONT></A></FONT></DIV>
<CENTER>
<TABLE BORDER="0" CELLPADDING="0" CELLSPACING="0" WIDTH="960">
<TR><TD COLSPAN="2" BGCOLOR="#003366">
<TABLE BORDER="0" WIDTH="100%"><TR>
<TD><A HREF="/start.asp"><IMG SRC="/images/odmyrby_vapen.gif" BORDER="0" ALT="Ödmyrby kommun" WIDTH="200" HEIGHT="70"></A></TD>
<TD ALIGN="RIGHT"><FONT FACE="Arial" SIZE="1" COLOR="#FFFFFF">{top} | <A HREF="/kundcenter.asp"><FONT COLOR="#FFFFFF">Kundcenter</FONT></A></FONT><BR>
<FORM METHOD="GET" ACTION="/sok.asp"><INPUT TYPE="TEXT" NAME="sok" SIZE="16"><INPUT TYPE="SUBMIT" VALUE="Sök"></FORM></TD>
</TR></TABLE>
</TD></TR>
<TR><TD WIDTH="200" VALIGN="TOP" BGCOLOR="#E0E8F0">
<TABLE BORDER="0" CELLPADDING="4" WIDTH="100%">
{menu}
</TABLE>
</TD>
<TD VALIGN="TOP"><FONT FACE="Arial" SIZE="2">
{main}
</FONT></TD></TR>
<TR><TD COLSPAN="2" BGCOLOR="#CCCCCC"><CENTER><FONT FACE="Arial" SIZE="1">
Ödmyrby kommun, 999 71 Ödmyrby | Besöksadress: Gästgivaregatan 1 | Växel 08-465 004 50 |
<A HREF="mailto:kommun@odmyrby.se">kommun@odmyrby.se</A> | Org.nr 212000-9900<BR>
<A HREF="/tillganglighet.asp">Tillgänglighetsredogörelse</A> | <A HREF="/kakor.asp">Kakor</A>
</FONT></CENTER></TD></TR>
</TABLE>
</CENTER>
</BODY>
</HTML>
"""


START = f"""<IMG SRC="/images/torget.jpg" WIDTH="700" HEIGHT="200" ALT="Torget i Ödmyrby">
<H2>Välkommen till Ödmyrby kommun</H2>
<P><B>Driftinformation:</B> Inga störningar.
<H3>Nyheter</H3>
<P>2025-01-12 Kommunens nya webbplats öppnar i vår.<BR>
2025-01-05 Skidspåren på Myrberget är preparerade.
<H3>E-tjänster</H3>
<UL>{"".join(f'<LI><A HREF="/e-tjanster/{slug(x)}.asp">{x}</A>' for x in ESERVICES)}</UL>"""

SERVICE = """<H1>Kundcenter</H1>
Kundcenter svarar på frågor om skola, äldreomsorg, avfall och bygglov.<BR>
Telefon 08-465 004 51<BR>
E-post kundcenter@odmyrby.se<BR>
Öppet vardagar 8-16<BR><BR>
Kundcenterchef: Birgitta Halvarsson"""


def build() -> None:
    files = {
        "start.html": page("Ödmyrby kommun", START),
        "kundcenter.html": page("Kundcenter - Ödmyrby kommun", SERVICE),
        "tillganglighet.html": page("Tillgänglighetsredogörelse - Ödmyrby kommun",
            "<H1>Tillgänglighetsredogörelse</H1>Ödmyrby kommun står bakom den här webbplatsen. Den är inte förenlig med "
            "lagen om tillgänglighet till digital offentlig service. En ny webbplats byggs.<BR>Du kan anmäla till Digg."),
        "kakor.html": page("Kakor - Ödmyrby kommun", "<H1>Kakor</H1>Webbplatsen använder en sessionskaka."),
    }
    P = lambda f: {"file": f, "content_type": CT}  # noqa: E731
    pages = {"/start.asp": P("start.html"), "/kundcenter.asp": P("kundcenter.html"),
             "/tillganglighet.asp": P("tillganglighet.html"), "/kakor.asp": P("kakor.html")}
    manifest = {
        "kommunkod": "8100", "kommun": K, "lan_kod": "04", "lan": "Södermanlands län", "family": "frontpage-table",
        "pages": pages, "redirects": {"/": ["/default.asp", 302], "/default.asp": ["/", 302]},
        "robots": "User-agent: *\nDisallow: /_vti_bin/\n",
        "front_status": None,
    }
    write_site("8100", manifest, files, "iso-8859-1")


if __name__ == "__main__":
    build()
