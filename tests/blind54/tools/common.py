"""Shared filler for the blind54 typing aid: menu topics, front-page blocks, footer."""
from __future__ import annotations

import html
import re

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning"),
    ("Omsorg och stöd", "omsorg-och-stod"),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo"),
    ("Kultur och fritid", "kultur-och-fritid"),
    ("Näringsliv och arbete", "naringsliv-och-arbete"),
    ("Trafik och resor", "trafik-och-resor"),
    ("Kommun och politik", "kommun-och-politik"),
]

TOPICS = {
    "barn-och-utbildning": [
        "Förskola", "Ansök om förskoleplats", "Pedagogisk omsorg", "Grundskola", "Skolval",
        "Skolskjuts", "Skolmåltider", "Fritidshem", "Anpassad grundskola", "Gymnasieskola",
        "Vuxenutbildning", "SFI", "Kulturskola", "Elevhälsa", "Modersmål", "Läsårstider",
        "Förskolor A-Ö", "Grundskolor A-Ö", "Avgifter för förskola", "Synpunkter på skolan",
        "Studie- och yrkesvägledning", "Lärlingsutbildning", "Yrkeshögskola", "Öppen förskola",
        "Nattis"],
    "omsorg-och-stod": [
        "Äldreomsorg", "Hemtjänst", "Särskilt boende", "Trygghetslarm", "Färdtjänst", "Anhörigstöd",
        "Stöd vid funktionsnedsättning", "LSS", "Personlig assistans", "Ekonomiskt bistånd",
        "Budget- och skuldrådgivning", "Våld i nära relationer", "Missbruk och beroende",
        "Socialpsykiatri", "Familjerådgivning", "Barn och unga", "Familjehem", "Överförmyndare",
        "Bostadsanpassning", "Dödsbo", "Flyktingmottagning", "Hjälpmedel", "Dagverksamhet",
        "Korttidsboende", "Matdistribution"],
    "bygga-bo-och-miljo": [
        "Bygglov", "Anmälan om åtgärd", "Detaljplaner", "Kartor och mätning", "Strandskydd",
        "Avfall och återvinning", "Sophämtning", "Återvinningscentral", "Vatten och avlopp",
        "Enskilt avlopp", "Energi- och klimatrådgivning", "Miljötillsyn", "Livsmedelskontroll",
        "Buller", "Radon", "Skadedjur", "Tomter", "Bostäder", "Parker och grönområden",
        "Naturreservat", "Fastighetsbildning", "Eldning", "Värmepump", "Solceller", "Förorenad mark"],
    "kultur-och-fritid": [
        "Bibliotek", "Idrottshallar", "Badhus", "Föreningsbidrag", "Föreningsregister",
        "Lokalbokning", "Evenemangskalender", "Fritidsgårdar", "Museum", "Konsthall", "Friluftsliv",
        "Motionsspår", "Fiske", "Badplatser", "Lekplatser", "Ungdomsverksamhet",
        "Sommarlovsaktiviteter", "Kulturarv", "Offentlig konst", "Studieförbund", "Hembygdsgårdar",
        "Kulturstipendier", "Samlingslokaler", "Spontanidrott", "Skidspår"],
    "naringsliv-och-arbete": [
        "Starta företag", "Upphandling", "Serveringstillstånd", "Tobakstillstånd",
        "Mark för företag", "Lediga lokaler", "Näringslivsråd", "Turism", "Företagsregister",
        "Feriearbete", "Arbetsmarknadsinsatser", "Praktik", "Sommarjobb", "Jobba hos oss",
        "Nyföretagarcentrum", "Torghandel", "Evenemangstillstånd", "Nätverk för företagare",
        "Handelsnytt", "E-handel", "Fakturera kommunen", "Lantbruk", "Besöksnäring",
        "Etableringar", "Kompetensförsörjning"],
    "trafik-och-resor": [
        "Gator och vägar", "Parkering", "Parkeringstillstånd", "Snöröjning", "Felanmälan",
        "Gång och cykel", "Kollektivtrafik", "Vägarbeten", "Trafiksäkerhet", "Gatubelysning",
        "Skyltar", "Enskilda vägar", "Flyttning av fordon", "Laddstolpar", "Hamnar", "Flygplats",
        "Tillstånd för gatumark", "Trafikplaner", "Busskort", "Pendlarparkering", "Bilpool",
        "Båtplatser", "Fartdämpning", "Vinterväghållning", "Broar"],
    "kommun-och-politik": [
        "Organisation", "Kommunfullmäktige", "Kommunstyrelsen", "Nämnder", "Politiker",
        "Sammanträden och protokoll", "Styrdokument", "Budget och ekonomi", "Val",
        "Allmänna handlingar", "Diarium", "Synpunkter och klagomål", "Medborgardialog",
        "Statistik", "Kommunens bolag", "Revision", "Överklaga beslut", "Personuppgifter",
        "Vision och mål", "Vänorter", "Press och media", "Krisberedskap", "Arkiv", "Öppna data",
        "Kommunens historia"],
}

ESERVICES = ["Ansök om förskoleplats", "Ansök om bygglov", "Felanmälan gata och park",
             "Boka lokal", "Ansök om parkeringstillstånd för rörelsehindrade", "Beställ tömning"]
AO = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "R", "S", "T", "U", "V", "Y", "Å", "Ä", "Ö"]


def slug(s: str) -> str:
    s = s.lower().replace("å", "a").replace("ä", "a").replace("ö", "o").replace("é", "e")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def menu(areas: list[tuple[str, str]], nsub: int, prefix: str = "/", extra: dict | None = None):
    """[(label, href, [(sub, href), ...]), ...]; extra = {area_slug: [(label, href), ...]} first."""
    out = []
    for label, sl in areas:
        subs = list((extra or {}).get(sl, []))
        for t in TOPICS[sl]:
            if len(subs) >= nsub:
                break
            if any(t == x[0] for x in subs):
                continue
            subs.append((t, f"{prefix}{sl}/{slug(t)}/"))
        out.append((label, f"{prefix}{sl}/", subs))
    return out


def front_blocks(S: dict, cls: dict) -> dict:
    """Front-page blocks as HTML strings (family wrappers decide the outer markup)."""
    c = cls
    p = S.get("prefix", "/")
    news = "\n".join(
        f'<{c["item"]} class="{c["news"]}"><{c["h3"]}><a href="{esc(h)}">{esc(t)}</a></{c["h3"]}>'
        f'<p class="{c["date"]}">{d}</p><p>{esc(x)}</p></{c["item"]}>' for t, h, d, x in S["news"])
    eserv = "\n".join(f'<li><a href="{p}e-tjanster/{slug(t)}/">{esc(t)}</a></li>' for t in ESERVICES)
    events = "\n".join(f'<li><a href="{p}evenemang/{slug(t)}/">{esc(t)}</a> <span>{d}</span></li>' for t, d in [
        ("Vårmarknad på torget", "12 maj"), ("Konsert i stadsparken", "17 maj"),
        ("Öppet hus på kulturskolan", "22 maj"), ("Naturvandring vid sjön", "1 juni")])
    jobs = "\n".join(f'<li><a href="{p}jobb/{slug(t)}/">{esc(t)}</a></li>' for t in [
        "Lärare i matematik till högstadiet", "Undersköterska till hemtjänsten",
        "Byggnadsinspektör", "Sommarvikarier till äldreomsorgen"])
    ao = " ".join(f'<a href="{p}a-o/?bokstav={x}">{x}</a>' for x in AO)
    return {"news": news, "eserv": eserv, "events": events, "jobs": jobs, "ao": ao}


def footer_lines(S: dict) -> str:
    p = S.get("prefix", "/")
    return (f'<p><strong>{esc(S["kname"])}</strong><br>{esc(S["postaddr"])}<br>'
            f'Besök: {esc(S["visit"])}</p>\n'
            f'<p>Växel: <a href="tel:{S["tel"].replace(" ", "").replace("-", "")}">{S["tel"]}</a><br>'
            f'E-post: <a href="mailto:{S["mail"]}">{S["mail"]}</a><br>Org.nr: {S["orgnr"]}</p>\n'
            f'<ul><li><a href="{p}{S["tillg"]}">Tillgänglighetsredogörelse</a></li>'
            f'<li><a href="{p}{S["kakor"]}">Om kakor</a></li>'
            f'<li><a href="{p}{S["persdata"]}">Personuppgifter</a></li></ul>')


COOKIE = ('<div class="{cls}" id="cookie-consent"><p>Vi använder kakor (cookies) för att webbplatsen ska '
          'fungera och för att förbättra den. <a href="{href}">Läs mer om kakor</a></p>'
          '<button type="button">Godkänn alla</button> <button type="button">Endast nödvändiga</button></div>')

SCRIPT = ('<script>(function(){var b=document.getElementById("cookie-consent");'
          'if(b&&localStorage.getItem("kk"))b.remove();document.querySelectorAll("[data-toggle]")'
          '.forEach(function(x){x.addEventListener("click",function(){var t=document.getElementById('
          'x.getAttribute("data-toggle"));if(t){t.hidden=!t.hidden;}});});})();</script>')
