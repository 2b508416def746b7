"""8091 Brännvika: 2000s table layout, upper-case tags, <FONT>/<CENTER>, ISO-8859-1, / 302 -> /default.asp."""
from common import AREAS, COOKIE, ESERVICES, TOPBAR, slug, write_site

K = "Brännvika"
CT = "text/html; charset=iso-8859-1"

CSS = """<STYLE TYPE="text/css">
BODY { font-family: Verdana, Arial, sans-serif; margin:0 }
A { color:#1d4f7a } A.meny { text-decoration:none; font-weight:bold }
#kakor { background:#333; color:#fff; padding:6px; font-size:11px }
</STYLE>"""


def menu() -> str:
    rows = []
    for label, s, subs in AREAS:
        rows.append(f'<TR><TD BGCOLOR="#c9d7e4"><A CLASS="meny" HREF="/{s}.asp"><FONT SIZE="2">{label}</FONT></A>')
        subl = "".join(f'&nbsp;&nbsp;&raquo; <A HREF="/{s}/{slug(x)}.asp">{x}</A><BR>' for x in subs)
        rows.append(f'<TR><TD><FONT SIZE="1">{subl}</FONT>')
    rows.append('<TR><TD BGCOLOR="#f3c64a"><A CLASS="meny" HREF="/medborgarkontoret.asp"><FONT SIZE="2">Medborgarkontoret</FONT></A>')
    return ('<TABLE WIDTH="100%" BORDER=0 CELLPADDING=4 CELLSPACING=1>\n' + "\n".join(rows) + "\n</TABLE>")


def page(title: str | None, main: str, right: str = "") -> str:
    t = f"<TITLE>{title}</TITLE>\n" if title else ""
    top = " | ".join(f'<A HREF="/{slug(x)}.asp"><FONT COLOR="#FFFFFF">{x}</FONT></A>' for x in TOPBAR)
    right = right or """<TABLE WIDTH="100%" BORDER=0 CELLPADDING=4><TR><TD BGCOLOR="#e6e6e6"><FONT SIZE="2"><B>Genvägar</B></FONT>
<TR><TD><FONT SIZE="1">
<A HREF="/lediga-jobb.asp">Lediga jobb</A><BR>
<A HREF="/matsedel.asp">Matsedel för skolan</A><BR>
<A HREF="/sophamtning.asp">Sophämtning - tömningsschema</A><BR>
<A HREF="/webb-tv.asp">Kommunfullmäktige på webb-tv</A><BR>
<A HREF="/a-o.asp">Kommunen A-Ö</A>
</FONT>
</TABLE>"""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">
{t}<META NAME="keywords" CONTENT="Brännvika, kommun, medborgarkontor, kundtjänst">
{CSS}
<SCRIPT LANGUAGE="JavaScript">
function stangKakor() {{ document.getElementById('kakor').style.display='none'; document.cookie='kakor=ok; path=/'; }}
</SCRIPT>
</HEAD>
<BODY BGCOLOR="#FFFFFF" TOPMARGIN=0 LEFTMARGIN=0 MARGINWIDTH=0 MARGINHEIGHT=0>
<DIV ID="kakor">{COOKIE} <A HREF="/kakor.asp"><FONT COLOR="#FFFF99">Läs mer om kakor</FONT></A> <BUTTON ONCLICK="stangKakor()">Jag förstår</BUTTON></DIV>
<TABLE WIDTH="980" BORDER=0 CELLPADDING=0 CELLSPACING=0 ALIGN="center">
<TR>
<TD COLSPAN=3 BGCOLOR="#1d4f7a">
 <TABLE WIDTH="100%" BORDER=0 CELLPADDING=6>
 <TR>
 <TD><A HREF="/default.asp"><IMG SRC="/bilder/logo.gif" WIDTH=220 HEIGHT=60 BORDER=0 ALT="Brännvika kommun - till startsidan"></A>
 <TD ALIGN="right" VALIGN="top"><FONT FACE="Verdana" SIZE="1" COLOR="#FFFFFF">{top} | <A HREF="/kontakt.asp"><FONT COLOR="#FFFFFF">Kontakt</FONT></A></FONT><BR><BR>
 <FORM ACTION="/sok.asp" METHOD="get"><FONT SIZE="1" COLOR="#FFFFFF">Sök på webbplatsen:</FONT> <INPUT TYPE="text" NAME="q" SIZE=18> <INPUT TYPE="submit" VALUE="Sök"></FORM>
 </TABLE>
<TR>
<TD WIDTH=190 VALIGN="top" BGCOLOR="#e8eef4">
{menu()}
<TD WIDTH=610 VALIGN="top"><FONT FACE="Verdana" SIZE="2">
{main}
</FONT>
<TD WIDTH=180 VALIGN="top">
{right}
<TR>
<TD COLSPAN=3 BGCOLOR="#dddddd"><FONT FACE="Verdana" SIZE="1">
<CENTER>
<B>Brännvika kommun</B> | Box 12, 999 41 Brännvika | Besöksadress: Storgatan 9<BR>
Växel: 0980-319 200 | E-post: <A HREF="mailto:kommunen@brannvika.se">kommunen@brannvika.se</A> | Org.nr: 212000-9991<BR>
<A HREF="/tillganglighet.asp">Tillgänglighetsredogörelse</A> | <A HREF="/kakor.asp">Om kakor</A> | <A HREF="/personuppgifter.asp">Personuppgifter</A><BR>
<BR>Brännvika Energi AB - kundtjänst för el och fjärrvärme: 0980-319 290
</CENTER>
</FONT>
</TABLE>
</BODY>
</HTML>
"""


def front() -> str:
    news = [("/nyheter/snorojning.asp", "2025-01-14", "Snöröjningen pågår i hela kommunen",
             "Plogbilarna prioriterar huvudgator, busshållplatser och gång- och cykelvägar till skolorna."),
            ("/nyheter/budget-2025.asp", "2025-01-09", "Kommunfullmäktige har antagit budget för 2025",
             "Skola och äldreomsorg får mest pengar. Skattesatsen är oförändrad."),
            ("/nyheter/energi-nytt-nummer.asp", "2024-12-18", "Nytt telefonnummer till Brännvika Energi",
             "Brännvika Energi AB:s kundtjänst byter telefonnummer från årsskiftet.")]
    n = "\n".join(f'<TR><TD VALIGN="top"><FONT SIZE="1" COLOR="#666666">{d}</FONT><BR>'
                  f'<A HREF="{h}"><B>{t}</B></A><BR><FONT SIZE="2">{x}</FONT>' for h, d, t, x in news)
    es = "\n".join(f'<LI><A HREF="/e-tjanster/{slug(x)}.asp">{x}</A>' for x in ESERVICES)
    main = f"""<CENTER>
<IMG SRC="/bilder/hamnen-vinter.jpg" WIDTH=600 HEIGHT=220 ALT="Hamnen i Brännvika en vintermorgon">
</CENTER>
<TABLE WIDTH="100%" BORDER=0 CELLPADDING=6 CELLSPACING=0>
<TR><TD BGCOLOR="#fff4cc"><FONT SIZE="2"><B>Driftinformation:</B> Vattnet är avstängt på Sjögatan 4-12 tisdag 21 januari kl. 9-13.</FONT>
</TABLE>
<P><FONT SIZE="4" COLOR="#1d4f7a"><B>Välkommen till Brännvika kommun</B></FONT>
<P>Här hittar du information om kommunens service, från förskola till äldreomsorg. Du kan också använda våra e-tjänster dygnet runt.
<TABLE WIDTH="100%" BORDER=0 CELLPADDING=4 CELLSPACING=0>
<TR><TD BGCOLOR="#1d4f7a"><FONT COLOR="#FFFFFF" SIZE="2"><B>Nyheter</B></FONT>
{n}
<TR><TD><A HREF="/nyheter.asp">Fler nyheter &raquo;</A>
</TABLE>
<TABLE WIDTH="100%" BORDER=0 CELLPADDING=4 CELLSPACING=0>
<TR><TD WIDTH="50%" VALIGN="top" BGCOLOR="#eef3e6"><FONT SIZE="2"><B>Populära e-tjänster</B></FONT>
<UL>
{es}
</UL>
<TD WIDTH="50%" VALIGN="top" BGCOLOR="#f5f0e6"><FONT SIZE="2"><B>Evenemang</B></FONT><BR>
<FONT SIZE="1">25 jan - Vinterfest på torget<BR>
2 feb - Filmklubb i Folkets hus<BR>
8 feb - Skidskytte för alla åldrar</FONT>
</TABLE>"""
    return page("Brännvika kommun - Startsida", main)


SERVICE = """<FONT SIZE="1"><A HREF="/default.asp">Start</A> &gt; Medborgarkontoret</FONT><BR><BR>
<FONT SIZE="5" FACE="Arial" COLOR="#1d4f7a"><B>Medborgarkontoret</B></FONT><BR><BR>
Medborgarkontoret i kommunhusets entré är kommunens gemensamma service för dig som bor i, verkar i eller besöker Brännvika.
Vi svarar direkt på de flesta frågor och hjälper dig vidare när det behövs.<BR><BR>
<B>Hos oss kan du få hjälp med</B><BR>
- ansökan om färdtjänst och parkeringstillstånd för rörelsehindrade<BR>
- frågor om sophämtning, slamtömning och renhållningsavgifter<BR>
- blanketter för bygglov, förskoleplats och bostadsanpassning<BR>
- felanmälan av gator, belysning och lekplatser<BR>
- att lämna synpunkter och klagomål till kommunen<BR>
- kopiering, utskrift och bevittning av namnteckning<BR><BR>
<B>Kontakta Medborgarkontoret</B><BR>
Telefon: 0980-319 201<BR>
E-post: <A HREF="mailto:medborgarkontoret@brannvika.se">medborgarkontoret@brannvika.se</A><BR>
Besöksadress: Kommunhuset, Storgatan 9, entréplan<BR><BR>
<B>Öppettider</B>
<TABLE BORDER=1 CELLPADDING=3 CELLSPACING=0>
<TR><TD><FONT SIZE="2">Måndag-torsdag<TD><FONT SIZE="2">8.00-16.30
<TR><TD><FONT SIZE="2">Fredag<TD><FONT SIZE="2">8.00-15.00
<TR><TD><FONT SIZE="2">Lunch<TD><FONT SIZE="2">Stängt 12.00-12.45
</TABLE>
<BR>
<B>Ansvarig</B><BR>
Enhetschef för Medborgarkontoret är Gunnel Wikström, telefon 0980-319 202.<BR><BR>
<FONT SIZE="1">Sidansvarig: Lars Öberg, webbredaktör<BR>Senast uppdaterad: 2024-11-04</FONT>"""

KONTAKT = """<FONT SIZE="1"><A HREF="/default.asp">Start</A> &gt; Kontakt</FONT><BR><BR>
<FONT SIZE="5" FACE="Arial" COLOR="#1d4f7a"><B>Kontakta kommunen</B></FONT><BR><BR>
<B>Postadress</B><BR>Brännvika kommun<BR>Box 12<BR>999 41 Brännvika<BR><BR>
<B>Växel</B><BR>0980-319 200<BR>Växeln är öppen vardagar 7.30-16.30.<BR><BR>
<B>E-post</B><BR><A HREF="mailto:kommunen@brannvika.se">kommunen@brannvika.se</A><BR><BR>
<B>Fakturaadress</B><BR>Brännvika kommun, Fakturaskanning, Box 12, 999 41 Brännvika<BR><BR>
Vill du besöka oss? Gå till <A HREF="/medborgarkontoret.asp">Medborgarkontoret</A> i kommunhuset."""


def news_page(head: str, body: str, crumb: bool = True) -> str:
    c = ' &gt; <A HREF="/nyheter.asp">Nyheter</A>' if crumb else f" &gt; {head}"
    return (f'<FONT SIZE="1"><A HREF="/default.asp">Start</A>{c}</FONT><BR><BR>'
            f'<FONT SIZE="4" COLOR="#1d4f7a"><B>{head}</B></FONT><BR><BR>{body}')


def build() -> None:
    files = {
        "default.html": front(),
        "medborgarkontoret.html": page("Medborgarkontoret - Brännvika kommun", SERVICE),
        "kontakt.html": page("Kontakt - Brännvika kommun", KONTAKT),
        "nyheter.html": page("Nyheter - Brännvika kommun", news_page("Nyheter", """
<A HREF="/nyheter/snorojning.asp">Snöröjningen pågår i hela kommunen</A> (2025-01-14)<BR>
<A HREF="/nyheter/budget-2025.asp">Kommunfullmäktige har antagit budget för 2025</A> (2025-01-09)<BR>
<A HREF="/nyheter/energi-nytt-nummer.asp">Nytt telefonnummer till Brännvika Energi</A> (2024-12-18)<BR>""")),
        "snorojning.html": page("Snöröjningen pågår - Brännvika kommun", news_page(
            "Snöröjningen pågår i hela kommunen",
            "Efter nattens snöfall är alla plogbilar ute.<BR>Huvudgator, busshållplatser och skolvägar plogas först.<BR>"
            "Bostadsgator plogas inom två dygn efter att snöfallet upphört.<BR>Tack för ditt tålamod!")),
        "budget.html": page("Budget 2025 - Brännvika kommun", news_page(
            "Kommunfullmäktige har antagit budget för 2025",
            "Kommunfullmäktige beslutade den 8 januari om budgeten för 2025.<BR>"
            "Skola och äldreomsorg får de största tillskotten. Skattesatsen är oförändrad, 22,65 kronor.<P>"
            "Budgeten finns att läsa under Budget och ekonomi.")),
        "energi.html": page(None, news_page(
            "Nytt telefonnummer till Brännvika Energi",
            "Från den 1 januari byter Brännvika Energi AB:s kundtjänst telefonnummer till 0980-319 290.<BR>"
            "Kundtjänsten svarar på frågor om elavtal, fjärrvärme och elnät.<BR>"
            "Brännvika Energi AB ägs av kommunen. Kundtjänstchef på Brännvika Energi AB är Rolf Sandin.")),
        "tillganglighet.html": page("Tillgänglighetsredogörelse - Brännvika kommun", news_page(
            "Tillgänglighetsredogörelse",
            "Brännvika kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.<BR>"
            "Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service.<BR>"
            "Delar av webbplatsen är byggda med tabeller och saknar rubrikstruktur. Vi planerar att byta publiceringsverktyg under 2025.<BR>"
            "Kontakta oss på kommunen@brannvika.se om du hittar brister.<BR>"
            "Du kan anmäla till Myndigheten för digital förvaltning (Digg) om du inte är nöjd med vårt svar.", False)),
        "kakor.html": page("Om kakor - Brännvika kommun", news_page(
            "Om kakor", "En kaka är en liten textfil som lagras i din dator.<BR>"
            "Vi använder en kaka för att komma ihåg att du har stängt rutan om kakor. Den sparas i ett år.", False)),
        "sok.html": page("Sök - Brännvika kommun", news_page("Sökresultat", "<!--SEARCH_RESULTS-->", False)),
    }
    P = lambda f: {"file": f, "content_type": CT}  # noqa: E731
    manifest = {
        "kommunkod": "8091", "kommun": K, "lan_kod": "22", "lan": "Västernorrlands län", "family": "table",
        "pages": {"/default.asp": P("default.html"), "/medborgarkontoret.asp": P("medborgarkontoret.html"),
                  "/kontakt.asp": P("kontakt.html"), "/nyheter.asp": P("nyheter.html"),
                  "/nyheter/snorojning.asp": P("snorojning.html"), "/nyheter/budget-2025.asp": P("budget.html"),
                  "/nyheter/energi-nytt-nummer.asp": P("energi.html"),
                  "/tillganglighet.asp": P("tillganglighet.html"), "/kakor.asp": P("kakor.html")},
        "redirects": {"/": ["/default.asp", 302]},
        "robots": "User-agent: *\nDisallow: /admin/\n",
        "search": {"path": "/sok.asp", "param": "q", "template": P("sok.html"),
                   "hits": {"medborgarkontoret": ["/medborgarkontoret.asp"], "medborgarkontor": ["/medborgarkontoret.asp"],
                            "kundtjänst": ["/nyheter/energi-nytt-nummer.asp"]}},
        "front_status": None,
    }
    write_site("8091", manifest, files, "iso-8859-1")


if __name__ == "__main__":
    build()
