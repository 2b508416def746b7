"""Shared data for the seventh blind corpus: menus, news, furniture (typing aid only)."""
from __future__ import annotations

import html
import re

E = html.escape


def slug(s: str) -> str:
    s = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), ("ü", "u")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


# primary menu: (area, [sub-items]); sub-item links are filler (404 on purpose)
MENU = [
    ("Barn och utbildning", ["Förskola", "Grundskola", "Fritidshem", "Gymnasieskola", "Vuxenutbildning",
                             "Skolskjuts", "Skolmat", "Elevhälsa", "Kulturskola", "Ansök om plats"]),
    ("Omsorg och stöd", ["Äldreomsorg", "Hemtjänst", "Särskilt boende", "Stöd vid funktionsnedsättning",
                         "Färdtjänst och riksfärdtjänst", "Ekonomiskt bistånd", "Stöd till barn och familj",
                         "Missbruk och beroende", "Våld i nära relationer", "Anhörigstöd"]),
    ("Bygga, bo och miljö", ["Bygglov", "Detaljplaner", "Kartor och mätning", "Avfall och återvinning",
                             "Vatten och avlopp", "Energi- och klimatrådgivning", "Miljö och hälsoskydd",
                             "Livsmedel", "Lediga tomter", "Bostadsanpassning"]),
    ("Trafik och gator", ["Gator och vägar", "Parkering", "Kollektivtrafik", "Snöröjning och halkbekämpning",
                          "Gång- och cykelvägar", "Felanmälan", "Bredband", "Gatubelysning"]),
    ("Kultur och fritid", ["Bibliotek", "Idrott och motion", "Friluftsliv", "Badplatser", "Föreningsliv",
                           "Kulturarv", "Fritidsgårdar", "Evenemangskalender", "Boka lokal"]),
    ("Näringsliv och arbete", ["Starta och driva företag", "Upphandling", "Tillstånd för företag",
                               "Mark och lokaler", "Lediga jobb", "Feriearbete", "Arbetsmarknadsinsatser"]),
    ("Kommun och politik", ["Organisation", "Kommunfullmäktige", "Nämnder och styrelser", "Budget och ekonomi",
                            "Allmänna handlingar", "Överklaga beslut", "Synpunkter och klagomål",
                            "Statistik", "Översiktsplan", "Krisberedskap", "Behandling av personuppgifter"]),
]


def area_path(area: str, ext: str = "/") -> str:
    return "/" + slug(area) + ("/" if ext == "/" else ext)


def sub_path(area: str, sub: str, ext: str = "/") -> str:
    return "/" + slug(area) + "/" + slug(sub) + ("/" if ext == "/" else ext)


SHORTCUTS = ["Lediga jobb", "Skolmat", "Sophämtning", "Bygglov", "Förskoleplats", "Felanmälan",
             "Kommunens kalender", "Driftinformation"]

ESERVICES = ["Ansök om förskoleplats", "Anmäl frånvaro i skolan", "Beställ tömning av slamavskiljare",
             "Ansök om parkeringstillstånd", "Boka lokal eller idrottshall", "Ansök om bygglov",
             "Lämna synpunkt eller klagomål", "Ansök om skolskjuts"]

AO = list("ABCDEFGHIJKLMNOPRSTUVÅÄÖ")

EVENTS = [
    ("2026-12-05", "Julmarknad på torget", "Lokala hantverkare, glögg och tomteverkstad för barnen."),
    ("2026-12-09", "Kommunfullmäktige sammanträder", "Mötet sänds direkt och går att se i efterhand."),
    ("2026-12-13", "Luciafirande i kyrkparken", "Luciatåg med kulturskolans elever klockan 17."),
    ("2026-12-17", "Öppet hus på vuxenutbildningen", "Träffa lärare och studie- och yrkesvägledare."),
    ("2027-01-14", "Föreläsning: Släktforska i arkiven", "Biblioteket bjuder på kaffe. Anmälan behövs inte."),
]

NEWS_POOL = [
    ("Ny återvinningscentral öppnar i vår",
     "Byggstarten är klar och den nya återvinningscentralen vid industriområdet beräknas öppna i april. "
     "Den gamla anläggningen har öppet som vanligt fram till dess."),
    ("Budget 2027 är beslutad",
     "Kommunfullmäktige har fastställt budgeten för nästa år. Mest pengar går till skola och äldreomsorg, "
     "och skattesatsen lämnas oförändrad."),
    ("Vinterväghållningen har startat",
     "Nu är plogbilarna ute. Tänk på att inte parkera på gatan när det snöar, så att vi kommer fram ordentligt."),
    ("Sök kommunens kulturstipendium",
     "Senast den 31 januari kan du nominera en person eller förening som gjort en insats för kulturlivet."),
    ("Vattenavstängning på Ängsgatan",
     "På grund av ledningsarbete stängs vattnet av under tisdagen. Berörda hushåll har fått information."),
    ("Trygghetsvandring i centrum",
     "Tillsammans med polisen och fastighetsägarna gick vi igenom centrum för att hitta platser som kan bli tryggare."),
]

COOKIE_TEXTS = [
    "Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. Du väljer själv om du "
    "godkänner kakor för statistik. Nödvändiga kakor kan inte väljas bort.",
    "Den här webbplatsen använder kakor. Vissa är nödvändiga för att sidorna ska fungera, andra hjälper oss att se "
    "hur webbplatsen används så att vi kan göra den bättre.",
    "Vi vill använda kakor för att samla in anonym statistik om besöken. Ingen information lämnas ut till tredje part.",
]


def tel(num: str) -> str:
    digits = re.sub(r"\D", "", num)
    return "+46" + digits[1:]


def news_path(title: str, date: str, prefix: str = "/nyheter/", ext: str = "/") -> str:
    return f"{prefix}{date}-{slug(title)}" + ("/" if ext == "/" else ext)
