"""Shared filler for the blind52 typing aid: areas, e-services, events, A-Ö words, jobs."""
from __future__ import annotations

import html

AREAS = [
    ("Omsorg och stöd", "omsorg-och-stod",
     ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Ekonomiskt bistånd", "Stöd till anhöriga"]),
    ("Barn och utbildning", "barn-och-utbildning",
     ["Förskola", "Grundskola", "Gymnasium", "Vuxenutbildning", "Skolskjuts"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo",
     ["Bygglov", "Avfall och återvinning", "Vatten och avlopp", "Miljö och hälsa", "Energirådgivning"]),
    ("Trafik och gator", "trafik-och-gator",
     ["Parkering", "Gator och vägar", "Kollektivtrafik", "Snöröjning", "Färdtjänst"]),
    ("Kultur och fritid", "kultur-och-fritid",
     ["Bibliotek", "Idrott och motion", "Föreningsliv", "Kulturskola", "Badhus"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete",
     ["Starta företag", "Upphandling", "Lediga jobb", "Tillstånd för företag", "Mark och lokaler"]),
    ("Kommun och politik", "kommun-och-politik",
     ["Kommunfullmäktige", "Organisation", "Budget och ekonomi", "Diarium", "Synpunkter och klagomål"]),
]

ESERVICES = ["Ansök om förskoleplats", "Anmäl fel i gatumiljön", "Ansök om bygglov",
             "Boka lokal", "Ansök om parkeringstillstånd", "Beställ extra sophämtning"]
EVENTS = [("12 sep", "Skördemarknad på torget"), ("19 sep", "Konsert i kyrkan"),
          ("27 sep", "Öppet hus på kulturskolan"), ("4 okt", "Seniordag i sporthallen")]
JOBS = ["Lärare i matematik", "Undersköterska till hemtjänsten", "Bygglovshandläggare",
        "Förskollärare"]
AZ = ["Avfall", "Badplatser", "Bygglov", "Detaljplaner", "Färdtjänst", "Förskola", "Hemtjänst",
      "Kommunfullmäktige", "Lediga jobb", "Parkering", "Servicegarantier", "Skolskjuts",
      "Snöröjning", "Vatten och avlopp", "Äldreboende"]
TOPBAR = [("Lyssna", "/lyssna"), ("Lättläst", "/lattlast"), ("Teckenspråk", "/teckensprak"),
          ("In English", "/in-english")]


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), (",", ""), (" ", "-"),
                 (":", ""), ("/", "-"), ("–", "-")):
        t = t.replace(a, b)
    return t


def e(s: str) -> str:
    return html.escape(s, quote=True)


CSS = """
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}
a{color:#0a4d8c}
[hidden]{display:none!important}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
img{max-width:100%}
"""

COOKIE_JS = """
document.addEventListener('click',function(ev){var b=ev.target.closest('[data-cookie]');
if(b){var c=document.getElementById('cookie');if(c){c.hidden=true;}}});
"""

TOGGLE_JS = """
document.querySelectorAll('[aria-controls]').forEach(function(b){b.addEventListener('click',function(){
var p=document.getElementById(b.getAttribute('aria-controls'));if(!p)return;
var open=b.getAttribute('aria-expanded')==='true';b.setAttribute('aria-expanded',open?'false':'true');
p.hidden=open;p.setAttribute('aria-hidden',open?'true':'false');});});
"""
