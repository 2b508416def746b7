"""Shared filler for the fourth blind corpus (typing aid; the written files are the corpus)."""
from __future__ import annotations

import html
import re

esc = html.escape

SLUGS = {"å": "a", "ä": "a", "ö": "o", " ": "-", ",": "", "é": "e"}


def slug(t: str) -> str:
    return "".join(SLUGS.get(c, c) for c in t.lower())


AREAS = [
    ("Barn och utbildning", ["Förskola", "Grundskola", "Fritidshem", "Gymnasieskola", "Skolskjuts", "Vuxenutbildning"]),
    ("Omsorg och stöd", ["Hemtjänst", "Särskilt boende", "Färdtjänst", "Ekonomiskt bistånd", "Funktionsnedsättning", "Anhörigstöd"]),
    ("Bygga, bo och miljö", ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Detaljplaner", "Miljö och hälsa", "Energirådgivning"]),
    ("Trafik och gator", ["Parkering", "Gator och vägar", "Snöröjning", "Kollektivtrafik", "Felanmälan", "Trafiksäkerhet"]),
    ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Föreningsliv", "Badplatser", "Kulturskola", "Evenemang"]),
    ("Näringsliv och arbete", ["Starta företag", "Upphandling", "Tillstånd", "Mark och lokaler", "Arbetsmarknad", "Besöksnäring"]),
    ("Kommun och politik", ["Organisation", "Politik och beslut", "Ekonomi och budget", "Lediga jobb", "Allmänna handlingar", "Synpunkter"]),
]

ESERV = ["Ansök om förskoleplats", "Felanmälan gata och park", "Ansök om bygglov", "Parkeringstillstånd",
         "Beställ tömning av slamavskiljare", "Ansök om ekonomiskt bistånd", "Boka lokal", "Anmäl flytt av abonnemang",
         "Ansök om skolskjuts", "Lämna synpunkt"]

AO = "ABCDEFGHIJKLMNOPRSTUVÅÄÖ"

EVENTS = [
    ("12 dec", "Luciafirande på torget", "torget"), ("14 dec", "Julmarknad i hembygdsgården", "hembygdsgarden"),
    ("9 jan", "Kommunfullmäktige sammanträder", "kf-januari"), ("17 jan", "Skridskodisco på isbanan", "skridsko"),
    ("28 jan", "Föreläsning: Släktforska på biblioteket", "slaktforska"), ("3 feb", "Öppet hus på kulturskolan", "kulturskolan"),
]


def cookie_text(kommun: str) -> str:
    return (f"{kommun} kommun använder kakor (cookies) för att webbplatsen ska fungera och för att förstå hur den "
            "används. Nödvändiga kakor kan inte väljas bort. Statistikkakor sparas bara om du godkänner dem.")


CSS = """body{margin:0;font:16px/1.5 Arial,Helvetica,sans-serif;color:#1b1b1b}a{color:#0b4f8a}
.hidden,[hidden]{display:none}.wrap{max-width:1180px;margin:0 auto;padding:0 16px}
.cookie{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:3px solid #0b4f8a;padding:16px}
.news li,.events li{margin-bottom:12px}.ao a{display:inline-block;width:2em;text-align:center}
footer,.footer{background:#20303f;color:#fff}footer a,.footer a{color:#fff}"""

JS = """(function(){var b=document.getElementById('cookie-ok');if(b){b.addEventListener('click',function(){
document.cookie='kakor=ja;path=/;max-age=31536000';var c=document.getElementById('cookie');if(c){c.hidden=true;}});}
var t=document.querySelectorAll('[data-toggle]');for(var i=0;i<t.length;i++){t[i].addEventListener('click',function(e){
var p=document.getElementById(this.getAttribute('data-toggle'));if(p){p.hidden=!p.hidden;this.setAttribute('aria-expanded',String(!p.hidden));}});}})();"""


def soupify(s: str) -> str:
    """Turn tidy markup into HTML 4 tag soup: UPPERCASE tags, unquoted simple attributes, no </p> </li> </td> </tr> </th>."""
    s = re.sub(r"</(p|li|td|tr|th|dt|dd|option)>", "", s).replace("<br/>", "<br>")

    def tag(m: re.Match) -> str:
        slash, name, rest = m.group(1), m.group(2), m.group(3)
        rest = re.sub(r'(\s)([a-zA-Z-]+)="([A-Za-z0-9_./#:-]+)"', lambda a: f"{a.group(1)}{a.group(2).upper()}={a.group(3)}", rest)
        rest = re.sub(r'(\s)([a-zA-Z-]+)="', lambda a: f'{a.group(1)}{a.group(2).upper()}="', rest)
        return f"<{slash}{name.upper()}{rest}>"

    return re.sub(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>", tag, s)
