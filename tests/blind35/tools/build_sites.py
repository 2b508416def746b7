"""Typing aid that wrote tests/blind35/sites/ (the HTML files are the corpus; labels are hand-coded).

    python3 tests/blind35/tools/build_sites.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chrome import anchor, render

OUT = Path(__file__).resolve().parent.parent / "sites"

TEXT = {
    "Förskola": "Förskolan är till för barn från ett års ålder. Du ansöker om plats i e-tjänsten senast fyra månader innan du behöver platsen.",
    "Grundskola": "Alla barn har rätt till en plats i grundskolan nära hemmet. Här finns information om skolval, läsårstider och skolskjuts.",
    "Gymnasium": "Gymnasieskolan erbjuder nationella program och introduktionsprogram. Ansökan görs via den gemensamma antagningen.",
    "Vuxenutbildning": "Du som är över 20 år kan läsa kurser på grundläggande och gymnasial nivå, och svenska för invandrare.",
    "Skolskjuts": "Elever som har långt till skolan kan ha rätt till skolskjuts. Ansökan görs inför varje läsår.",
    "Fritidshem": "Fritidshemmet tar emot elever före och efter skoltid och under lov, när vårdnadshavarna arbetar eller studerar.",
    "Äldreomsorg": "Om du behöver stöd för att klara vardagen kan du ansöka om bistånd. En biståndshandläggare utreder ditt behov.",
    "Hemtjänst": "Hemtjänsten hjälper dig med personlig omvårdnad och service i hemmet, till exempel städning och inköp.",
    "Funktionsnedsättning": "Stöd enligt LSS och socialtjänstlagen kan ges som boende, daglig verksamhet, ledsagning och avlösning.",
    "Ekonomiskt bistånd": "Om du inte kan försörja dig själv kan du ha rätt till ekonomiskt bistånd. Ansökan görs varje månad.",
    "Individ och familj": "Familjeomsorgen ger stöd till barn, unga och vuxna. Du kan också få samtalsstöd och råd i föräldraskap.",
    "Färdtjänst": "Färdtjänst är för dig som på grund av en funktionsnedsättning har svårt att resa med kollektivtrafik.",
    "Bygglov": "För att bygga nytt, bygga till eller ändra användningen av en byggnad behöver du oftast bygglov. Ansök i e-tjänsten.",
    "Detaljplaner": "Detaljplaner styr hur mark och vatten får användas. Här kan du följa pågående planer och lämna synpunkter under samrådet.",
    "Lediga tomter": "Kommunen säljer tomter för villor och verksamheter. Anmäl intresse via tomtkön.",
    "Vatten och avlopp": "Kommunen ansvarar för det allmänna vatten- och avloppsnätet. Här finns information om taxor, vattenkvalitet och enskilda avlopp.",
    "Avfall och återvinning": "Sophämtningen sker varannan vecka. Återvinningscentralen har utökade öppettider under sommaren.",
    "Energi- och klimatrådgivning": "Den kostnadsfria energi- och klimatrådgivningen svarar på frågor om uppvärmning, solceller och energieffektivisering.",
    "Gator och vägar": "Kommunen sköter gator, gång- och cykelvägar inom tätorterna. Felanmälan om gatubelysning och hål i vägen görs i e-tjänsten.",
    "Parkering": "Här hittar du information om parkeringsregler, boendeparkering och parkeringstillstånd för rörelsehindrade.",
    "Snöröjning": "Vid snöfall plogas huvudgator, busshållplatser och gång- och cykelvägar först, därefter lokalgator.",
    "Kollektivtrafik": "Busstrafiken i kommunen drivs av länets kollektivtrafikmyndighet. Tidtabeller finns hos trafikbolaget.",
    "Bibliotek": "Biblioteken har böcker, tidningar, datorer och programverksamhet för barn och vuxna. Lånekort är gratis.",
    "Idrott och motion": "Kommunen har sporthall, simhall, elljusspår och utegym. Föreningar kan boka tider i lokalbokningen.",
    "Föreningsstöd": "Föreningar kan söka aktivitetsstöd, lokalbidrag och bidrag till arrangemang. Sista ansökningsdag är 1 mars.",
    "Kulturskola": "Kulturskolan erbjuder kurser i musik, dans, teater och bild för barn och unga mellan 6 och 19 år.",
    "Friluftsliv": "Vandringsleder, badplatser och rastplatser finns i hela kommunen. Se kartan över leder och vindskydd.",
    "Evenemang": "I evenemangskalendern hittar du konserter, marknader och föreläsningar i kommunen.",
    "Politik och nämnder": "Kommunfullmäktige är kommunens högsta beslutande organ. Sammanträdena är öppna för allmänheten och sänds på webben.",
    "Budget och ekonomi": "Budgeten anger hur kommunens pengar ska fördelas mellan verksamheterna. Årsredovisningen visar utfallet.",
    "Organisation": "Kommunen är organiserad i nämnder och förvaltningar. Här finns en översikt över förvaltningarna och de kommunala bolagen.",
    "Lediga jobb": "Kommunen är en av de största arbetsgivarna i området. Alla lediga tjänster söks via rekryteringssystemet.",
    "Allmänna handlingar": "Du har rätt att ta del av allmänna handlingar. Begäran kan göras muntligt eller skriftligt hos registrator.",
    "Synpunkter": "Tyck till om kommunens verksamheter. Dina synpunkter hjälper oss att bli bättre.",
    "Starta företag": "Näringslivsenheten ger råd till dig som vill starta eller utveckla ett företag i kommunen.",
    "Upphandling": "Kommunen upphandlar varor och tjänster enligt lagen om offentlig upphandling. Pågående upphandlingar publiceras i upphandlingsverktyget.",
    "Tillstånd": "Tillstånd för servering av alkohol, tobaksförsäljning och livsmedelsverksamhet söker du hos miljö- och byggnadsnämnden.",
    "Miljö och hälsa": "Miljöinspektörerna arbetar med tillsyn av livsmedel, miljöfarlig verksamhet och hälsoskydd.",
    "Naturvård": "Kommunen förvaltar naturreservat och arbetar med skötsel av värdefulla naturområden.",
    "Klimat": "Kommunens klimatplan pekar ut åtgärder för att minska utsläppen från transporter, uppvärmning och konsumtion.",
}


def text_for(sub: str, kommun: str) -> str:
    if sub in TEXT:
        return TEXT[sub]
    return (f"Här samlar vi information om {sub[0].lower() + sub[1:]} i {kommun}. Sidan uppdateras löpande av "
            "verksamheten, och du hittar blanketter och e-tjänster längre ner.")


AREAS_STD = [
    ("Barn och utbildning", "barn-och-utbildning", ["Förskola", "Grundskola", "Fritidshem", "Gymnasium", "Vuxenutbildning", "Skolskjuts"]),
    ("Omsorg och stöd", "omsorg-och-stod", ["Äldreomsorg", "Hemtjänst", "Funktionsnedsättning", "Individ och familj", "Ekonomiskt bistånd", "Färdtjänst"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo", ["Bygglov", "Detaljplaner", "Lediga tomter", "Vatten och avlopp", "Avfall och återvinning", "Energi- och klimatrådgivning"]),
    ("Trafik och gator", "trafik-och-gator", ["Gator och vägar", "Parkering", "Snöröjning", "Kollektivtrafik"]),
    ("Kultur och fritid", "kultur-och-fritid", ["Bibliotek", "Idrott och motion", "Föreningsstöd", "Kulturskola", "Friluftsliv", "Evenemang"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete", ["Starta företag", "Upphandling", "Tillstånd", "Lediga jobb"]),
    ("Kommun och politik", "kommun-och-politik", ["Politik och nämnder", "Budget och ekonomi", "Organisation", "Allmänna handlingar", "Synpunkter"]),
]


def areas(fmt: str, skip=(), extra=(), rename=None, subs_extra=None):
    out = []
    for title, slug, subs in list(AREAS_STD) + list(extra):
        if slug in skip:
            continue
        subs = list(subs) + list((subs_extra or {}).get(slug, []))
        if rename and slug in rename:
            title = rename[slug]
        out.append({"title": title, "slug": slug, "subs": subs, "path": fmt.format(slug=slug)})
    return out


def area_body(site, a) -> str:
    parts = [f'<h1>{a["title"]}</h1>', f'<p class="lead">{a.get("intro", "Information och e-tjänster inom " + a["title"].lower() + ".")}</p>']
    for s in a["subs"]:
        if (a["slug"], s) in site.get("sub_pages", {}):
            continue
        parts.append(f'<h2 id="{anchor(s)}">{s}</h2>\n<p>{text_for(s, site["kommun"])}</p>')
    parts.append(a.get("after", ""))
    return "\n".join(parts)


def front_body(site) -> str:
    h = site["hero"]
    cards = "".join(f'<li class="shortcut"><a href="{href}">{t}</a></li>' for t, href in h["cards"])
    news = "".join(f'<li class="teaser"><a href="{p}"><span class="teaser__date">{d}</span> <span class="teaser__title">{t}</span></a>'
                   f'<p>{lead}</p></li>' for p, t, d, lead, _ in site["news"])
    ev = "".join(f'<li><a href="{href}">{t}</a></li>' for t, href in site["events"])
    es = "".join(f'<li><a href="{href}">{t}</a></li>' for t, href in site["eservices"])
    return (f'<section class="hero"><h1 class="hero__title">{h["title"]}</h1><p>{h["text"]}</p><ul class="shortcuts">{cards}</ul></section>\n'
            f'{site.get("front_notice", "")}'
            f'<section class="news"><h2>Nyheter</h2><ul>{news}</ul><p><a href="{site["news_path"]}">Fler nyheter</a></p></section>\n'
            f'<section class="eservices"><h2>Populära e-tjänster</h2><ul>{es}</ul></section>\n'
            f'<section class="events"><h2>På gång</h2><ul>{ev}</ul></section>\n')


def build(site) -> None:
    d = OUT / site["code"]
    d.mkdir(parents=True, exist_ok=True)
    for f in d.glob("*"):
        f.unlink()
    pages = {}
    suffix = site["title_suffix"]

    def add(path, fname, h1, body, **kw):
        page = {"path": path, "title": kw.pop("title", f"{h1}{suffix}"), "body": body, **kw}
        html = render(site, page)
        (d / fname).write_bytes(html.encode(site.get("charset", "utf-8"), errors="xmlcharrefreplace"))
        if site.get("charset"):
            pages[path] = {"file": fname, "content_type": f"text/html; charset={site['charset']}"}
        else:
            pages[path] = fname

    add(site["front_path"], "index.html", site["org"], front_body(site), title=site["front_title"])
    for a in site["areas"]:
        if a["slug"].endswith("-top"):  # a top-level link to a page defined in extra
            continue
        add(a["path"], f'{a["slug"]}.html', a["title"], area_body(site, a))
    news_list = "".join(f'<li><a href="{p}">{t}</a> <span class="date">{dt}</span><p>{lead}</p></li>' for p, t, dt, lead, _ in site["news"])
    add(site["news_path"], "nyheter.html", "Nyheter", f'<h1>Nyheter</h1><ul class="news-list">{news_list}</ul>')
    for i, (p, t, dt, lead, body) in enumerate(site["news"], 1):
        add(p, f"nyhet{i}.html", t, f'<article class="news-item"><h1>{t}</h1><p class="date">Publicerad {dt}</p><p class="ingress">{lead}</p>{body}</article>')
    for p, fname, h1, body, kw in site["extra"]:
        add(p, fname, h1, body, **kw)
    # search template
    sp = {"path": "/sok/", "title": f"Sök{suffix}", "body": "<h1>Sök</h1>\n<!--SEARCH_RESULTS-->"}
    (d / "sok.html").write_bytes(render(site, sp).encode(site.get("charset", "utf-8"), errors="xmlcharrefreplace"))
    search = {"path": site.get("search_path", "/sok/"), "param": site.get("search_param", "q"), "hits": site["hits"],
              "template": {"file": "sok.html", "content_type": f"text/html; charset={site['charset']}"} if site.get("charset") else "sok.html"}
    manifest = {
        "kommunkod": site["code"], "kommun": site["kommun"], "lan_kod": site["lan_kod"], "lan": site["lan"],
        "family": site["family"], "pages": dict(sorted(pages.items())), "redirects": site.get("redirects", {}),
        "robots": "User-agent: *\nDisallow: /admin/\nSitemap: __ORIGIN__/sitemap.xml\n",
        "sitemap": sorted(pages), "search": search, "front_status": None,
    }
    (d / "site.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    from sitedefs import SITES
    for s in SITES:
        build(s)
        print(s["code"], s["kommun"], len(list((OUT / s["code"]).glob("*.html"))), "html files")


if __name__ == "__main__":
    main()
