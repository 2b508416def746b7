"""9286 Fjärdhamn: div soup without landmarks; a long Medborgarkontoret page with an in-page table of contents."""
from __future__ import annotations

from common import SUBS, Site, esc

MK = "/kommun-och-politik/medborgarkontoret/"

NEWS = [
    ("medborgarkontoret-oppet-lordagar-i-december", "2024-11-25", "Medborgarkontoret har öppet lördagar i december",
     "Alla lördagar i december har Medborgarkontoret i kommunhuset öppet klockan 10–14.",
     f'<p>Passa på att köpa sopsäckar, hämta ut parkeringstillstånd eller få hjälp med e-legitimation när du ändå är i centrum och julhandlar.</p><p><a href="{MK}#oppettider">Se alla öppettider för Medborgarkontoret</a></p>'),
    ("julbelysning-tands-i-hamnen", "2024-11-22", "Julbelysningen tänds i hamnen första advent",
     "Tändningen sker klockan 16 med luciatåg och glögg.",
     "<p>I år har belysningen bytts ut mot LED, vilket sparar 70 procent energi.</p>"),
    ("hogre-bygglovstaxa", "2024-11-14", "Ny taxa för bygglov från årsskiftet",
     "Kommunfullmäktige har beslutat om en ny plan- och bygglovstaxa.",
     "<p>Taxan bygger på Sveriges Kommuner och Regioners förslag och gäller från den 1 januari 2025.</p>"),
]

TOC = [("om", "Om Medborgarkontoret"), ("arenden", "Det här kan vi hjälpa dig med"), ("oppettider", "Öppettider"),
       ("hitta-hit", "Hitta hit"), ("kontakt", "Ring, mejla eller skriv till oss"), ("sprak", "Tolk och andra språk"),
       ("servicelofte", "Vårt servicelöfte"), ("synpunkter", "Synpunkter på vår service"),
       ("organisation", "Organisation och ansvar")]


def sec(sid: str, title: str, inner: str) -> str:
    return (f'<div class="blk" id="{sid}"><div class="h2x"><h2>{esc(title)}</h2></div><div class="tx">{inner}</div>'
            '<div class="up"><a href="#top">Till början av sidan</a></div></div>')


def service_main() -> str:
    toc = "".join(f'<div class="ti"><a href="#{sid}">{esc(t)}</a></div>' for sid, t in TOC)
    parts = [
        '<div class="pgh"><h1>Medborgarkontoret</h1></div>',
        '<div class="ing">Medborgarkontoret i kommunhuset är Fjärdhamns kommuns gemensamma ingång för dig som bor i, arbetar i eller besöker kommunen. Hos oss får du svar direkt på de flesta frågor, och vi hjälper dig vidare när ditt ärende behöver en handläggare.</div>',
        f'<div class="toc"><div class="toch">Innehåll på sidan</div>{toc}</div>',
        sec("om", "Om Medborgarkontoret", "<p>Medborgarkontoret öppnade 2016 och tar i dag emot omkring 40 000 besök, samtal och e-postmeddelanden om året. Vi är tio medarbetare med bred kunskap om kommunens verksamheter, och vi samarbetar nära handläggarna på förvaltningarna.</p><p>Hos oss kan du både få svar på frågor och lämna in handlingar. Du behöver inte boka tid – kom in när det passar dig.</p>"),
        sec("arenden", "Det här kan vi hjälpa dig med",
            "<p>Vi svarar på frågor om alla kommunens verksamheter. Det vanligaste är:</p>"
            "<h3>Barn och skola</h3><ul><li>ansökan om förskoleplats och frågor om kö</li><li>skolskjuts och busskort för elever</li><li>avgifter för förskola och fritidshem</li></ul>"
            "<h3>Bygga och bo</h3><ul><li>enklare bygglovsfrågor och hjälp att hitta rätt blankett</li><li>sophämtning, sopsäckar och abonnemang</li><li>vattenmätare och avläsning</li><li>sotning och brandskyddskontroll</li></ul>"
            "<h3>Stöd och omsorg</h3><ul><li>ansökan om färdtjänst och parkeringstillstånd för rörelsehindrade</li><li>bostadsanpassningsbidrag</li><li>kontakt med biståndshandläggare</li></ul>"
            "<h3>Övrigt</h3><ul><li>låna dator och skrivare</li><li>hjälp med e-legitimation och kommunens e-tjänster</li><li>lämna in handlingar till nämnderna</li><li>hittegods som lämnats in i kommunhuset</li><li>kopiering och utskrift av allmänna handlingar</li></ul>"),
        sec("oppettider", "Öppettider",
            '<table class="t1"><caption>Ordinarie öppettider</caption><tr><th>Dag</th><th>Besök</th><th>Telefon</th></tr>'
            "<tr><td>Måndag</td><td>8.00–17.00</td><td>8.00–17.00</td></tr><tr><td>Tisdag–torsdag</td><td>8.00–16.00</td><td>8.00–16.30</td></tr><tr><td>Fredag</td><td>8.00–14.00</td><td>8.00–15.00</td></tr></table>"
            '<table class="t1"><caption>Avvikande öppettider</caption><tr><th>Datum</th><th>Öppet</th></tr>'
            "<tr><td>Lördagar i december</td><td>10.00–14.00</td></tr><tr><td>23 december</td><td>8.00–12.00</td></tr><tr><td>24–26 december</td><td>Stängt</td></tr><tr><td>31 december</td><td>Stängt</td></tr><tr><td>2–3 januari</td><td>9.00–15.00</td></tr></table>"),
        sec("hitta-hit", "Hitta hit",
            "<p>Besöksadress: Kommunhuset, Hamngatan 3, entréplan, Fjärdhamn.</p><p>Busshållplats Torget ligger 100 meter från entrén. Det finns två parkeringsplatser för rörelsehindrade vid huvudentrén och cykelparkering under tak.</p><p>Entrén är tillgänglig med rullstol, och i receptionen finns hörslinga.</p>"),
        sec("kontakt", "Ring, mejla eller skriv till oss",
            '<p>Telefon: <a href="tel:+46406280450">040-628 04 50</a><br>E-post: <a href="mailto:medborgarkontoret@fjardhamn.se">medborgarkontoret@fjardhamn.se</a><br>Postadress: Fjärdhamns kommun, Medborgarkontoret, 999 81 Fjärdhamn</p>'
            "<p>Skicka inte känsliga personuppgifter med vanlig e-post. Använd i stället kommunens säkra e-tjänster.</p>"),
        sec("sprak", "Tolk och andra språk",
            "<p>Vi kan boka tolk till ditt besök, både på plats och via telefon. Säg till när du bokar eller ring oss i förväg. Flera av oss talar engelska, arabiska och finska.</p>"),
        sec("servicelofte", "Vårt servicelöfte",
            "<ul><li>Vi svarar på e-post inom två arbetsdagar.</li><li>Du ska inte behöva vänta mer än tio minuter i telefonkön.</li><li>Kan vi inte svara direkt berättar vi vem som tar hand om ditt ärende.</li></ul>"),
        sec("synpunkter", "Synpunkter på vår service",
            '<p>Är du nöjd eller missnöjd med vår service? Lämna gärna en synpunkt via <a href="/e-tjanster/#synpunkter">e-tjänsten för synpunkter och klagomål</a>.</p>'),
        sec("organisation", "Organisation och ansvar",
            '<p>Medborgarkontoret är en enhet inom kommunstyrelseförvaltningen, avdelningen för kommunikation och service.</p><p>Enhetschef för Medborgarkontoret är Helena Strand, telefon <a href="tel:+46406280451">040-628 04 51</a>.</p>'),
        '<div class="meta">Senast granskad 2024-11-25</div>',
    ]
    return "\n".join(parts)


KONTAKT = f"""<div class="pgh"><h1>Kontakt</h1></div>
<div class="ing">Så når du Fjärdhamns kommun.</div>
<div class="blk"><div class="h2x"><h2>Växel</h2></div><div class="tx"><p>Telefon <a href="tel:+46406280400">040-628 04 00</a>, vardagar 7.30–16.30.</p></div></div>
<div class="blk"><div class="h2x"><h2>E-post</h2></div><div class="tx"><p><a href="mailto:kommunen@fjardhamn.se">kommunen@fjardhamn.se</a></p></div></div>
<div class="blk"><div class="h2x"><h2>Besök oss</h2></div><div class="tx"><p>Välkommen till <a href="{MK}">Medborgarkontoret</a> i kommunhuset.</p></div></div>
<div class="blk"><div class="h2x"><h2>Press</h2></div><div class="tx"><p>Presstelefon <a href="tel:+46406280460">040-628 04 60</a>.</p></div></div>"""


def build() -> Site:
    S = Site("9286", "Fjärdhamn", "Fjärdhamns kommun", "12", "Skåne län", "soup", "fjardhamn.se",
             "040-628 04 00", "+46406280400", "999 81", "Hamngatan 3")
    S.set_areas([
        ("barn", None, [], []),
        ("omsorg", None, [], []),
        ("bygga", None, [], []),
        ("trafik", None, [], []),
        ("kultur", None, [], []),
        ("naring", None, [], []),
        ("besok", None, [], []),
        ("kommun", None, [], []),
    ], lambda slug: f"/{slug}/")

    def nav() -> str:
        out = []
        for a in S.areas:
            sub = "".join(f'<div class="si"><a href="{esc(h)}">{esc(t)}</a></div>' for _, t, h in a["items"])
            out.append(f'<div class="i"><a class="il" href="{a["path"]}">{esc(a["title"])}</a><div class="s">{sub}</div></div>')
        return '<div class="nv">' + "".join(out) + "</div>"

    def chrome(title: str, main: str, front: bool = False) -> str:
        t = "Fjärdhamns kommun" if front else f"Fjärdhamns kommun - {title}"
        return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(t)}</title>
<style>.nv{{display:flex;background:#234}}.nv .i{{position:relative}}.nv .s{{display:none;position:absolute;background:#fff}}.nv .i:hover .s{{display:block}}.toc{{border:1px solid #ccc;padding:1em}}.t1 td,.t1 th{{padding:.2em .6em}}</style>
</head>
<body>
<div class="w" id="top">
<div class="hd">
<div class="tb"><span class="tbl"><a href="/om-webbplatsen/#lattlast">Lättläst</a></span><span class="tbl"><a href="/om-webbplatsen/#lyssna">Lyssna</a></span><span class="tbl"><a href="/om-webbplatsen/#languages" lang="en">Languages</a></span><span class="tbl"><a href="/kontakt/">Kontakt</a></span></div>
<div class="lg"><a href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Fjärdhamns kommun" width="200" height="60"></a></div>
<div class="sf"><form action="/sok/" method="get"><input type="text" name="q" aria-label="Sök" placeholder="Sök på fjardhamn.se"><input type="submit" value="Sök"></form></div>
</div>
{nav()}
<div class="c1">
{main}
</div>
<div class="ft">
<div class="fc"><div class="fh">Fjärdhamns kommun</div><div>Hamngatan 3, 999 81 Fjärdhamn</div><div>Växel: 040-628 04 00</div><div>kommunen@fjardhamn.se</div><div>Org.nr 212000-9286</div></div>
<div class="fc"><div class="fh">Snabblänkar</div><div><a href="/naringsliv-och-arbete/#lediga-jobb">Lediga jobb</a></div><div><a href="/e-tjanster/">E-tjänster</a></div><div><a href="/nyheter/">Nyheter</a></div></div>
<div class="fc"><div class="fh">Webbplatsen</div><div><a href="/om-webbplatsen/#tillganglighet">Tillgänglighetsredogörelse</a></div><div><a href="/om-webbplatsen/#kakor">Kakor</a></div></div>
</div>
</div>
<div class="ck"><span>Vi använder kakor på webbplatsen.</span> <span class="ckb">OK</span></div>
</body>
</html>
"""

    teasers = "".join(f'<div class="nw"><div class="nd">{d}</div><div class="nt"><a href="/nyheter/{s}/">{esc(t)}</a></div><div class="ni">{esc(i)}</div></div>' for s, d, t, i, _ in NEWS)
    front = f"""<div class="hero"><div class="hh"><h1>Välkommen till Fjärdhamn</h1></div><div class="hp">Staden vid fjärden.</div>
<div class="gv"><a class="g" href="/barn-och-utbildning/#forskola">Förskola</a><a class="g" href="/bygga-bo-och-miljo/#bygglov">Bygglov</a><a class="g" href="/omsorg-och-stod/#hemtjanst">Hemtjänst</a><a class="g" href="/naringsliv-och-arbete/#lediga-jobb">Lediga jobb</a></div></div>
<div class="box7"><div class="bh">Driftinformation</div><div>Inga driftstörningar just nu.</div></div>
<div class="box2"><div class="bh">Nyheter</div>{teasers}<div class="more"><a href="/nyheter/">Alla nyheter</a></div></div>
<div class="box3"><div class="bh">Evenemang</div><div><a href="/kultur-och-fritid/#evenemang">Julmarknad i hamnen, 14 december</a></div><div><a href="/kultur-och-fritid/#bibliotek">Sagostund på biblioteket</a></div></div>
<div class="box4"><div class="bh">E-tjänster</div><div><a href="/e-tjanster/#forskola">Ansök om förskoleplats</a></div><div><a href="/e-tjanster/#synpunkter">Synpunkter och klagomål</a></div></div>"""
    S.add("/", "index.html", chrome("", front, front=True))
    for a in S.areas:
        secs = "".join(f'<div class="blk" id="{sid}"><div class="h2x"><h2>{esc(SUBS[sid][0])}</h2></div><div class="tx"><p>{esc(S.fill(SUBS[sid][1]))}</p></div></div>' for sid in a["subs"])
        if a["slug"] == "kommun-och-politik":
            secs += f'<div class="blk"><div class="h2x"><h2>Se även</h2></div><div class="tx"><p><a href="{MK}">Medborgarkontoret</a></p></div></div>'
        S.add(a["path"], a["slug"] + ".html", chrome(a["title"], f'<div class="pgh"><h1>{esc(a["title"])}</h1></div>{secs}'))
    S.add(MK, "medborgarkontoret.html", chrome("Medborgarkontoret", service_main()))
    S.add("/kontakt/", "kontakt.html", chrome("Kontakt", KONTAKT))
    S.add("/nyheter/", "nyheter.html", chrome("Nyheter", f'<div class="pgh"><h1>Nyheter</h1></div>{teasers}'))
    for s, d, t, i, b in NEWS:
        S.add(f"/nyheter/{s}/", f"nyhet-{s}.html", chrome(t, f'<div class="pgh"><h1>{esc(t)}</h1></div><div class="nd">{d}</div><div class="ing">{esc(i)}</div><div class="tx">{b}</div>'))
    S.add("/e-tjanster/", "e-tjanster.html", chrome("E-tjänster", """<div class="pgh"><h1>E-tjänster</h1></div>
<div class="blk" id="forskola"><div class="h2x"><h2>Ansök om förskoleplats</h2></div><div class="tx"><p>Ansök om plats i förskola.</p></div></div>
<div class="blk" id="synpunkter"><div class="h2x"><h2>Synpunkter och klagomål</h2></div><div class="tx"><p>Tyck till om kommunens service.</p></div></div>"""))
    S.add("/om-webbplatsen/", "om-webbplatsen.html", chrome("Om webbplatsen", """<div class="pgh"><h1>Om webbplatsen</h1></div>
<div class="blk" id="tillganglighet"><div class="h2x"><h2>Tillgänglighetsredogörelse</h2></div><div class="tx"><p>Fjärdhamns kommun står bakom den här webbplatsen.</p></div></div>
<div class="blk" id="lattlast"><div class="h2x"><h2>Lättläst</h2></div><div class="tx"><p>Fjärdhamn är en kommun vid havet.</p></div></div>
<div class="blk" id="lyssna"><div class="h2x"><h2>Lyssna</h2></div><div class="tx"><p>Markera text och välj Lyssna.</p></div></div>
<div class="blk" id="languages" lang="en"><div class="h2x"><h2>Languages</h2></div><div class="tx"><p>Information in other languages.</p></div></div>
<div class="blk" id="kakor"><div class="h2x"><h2>Kakor</h2></div><div class="tx"><p>Om kakor.</p></div></div>"""))
    S.files["sok.html"] = chrome("Sök", '<div class="pgh"><h1>Sök</h1></div><div class="sr"><!--SEARCH_RESULTS--></div>')
    S.search = {"path": "/sok/", "param": "q", "template": "sok.html",
                "hits": {"medborgarkontoret": [MK, "/nyheter/medborgarkontoret-oppet-lordagar-i-december/"],
                         "medborgarkontor": [MK], "kontaktcenter": [], "kundtjänst": [], "servicecenter": []}}
    return S
