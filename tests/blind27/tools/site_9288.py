"""9288 Kvistberga: divs with ARIA roles; Kontaktcenter linked from the footer, own content offers only a form."""
from __future__ import annotations

from common import SUBS, Site, esc

KC = "/kontaktcenter"

NEWS = [
    ("ny-bussterminal", "2025-05-06", "Nya bussterminalen tas i bruk den 16 juni",
     "Terminalen vid stationen får tolv hållplatslägen och ett väntrum som är öppet dygnet runt.",
     "<p>Den gamla terminalen vid torget stängs samtidigt. Tidtabellerna ändras inte.</p>"),
    ("badplatser-provtagning", "2025-05-02", "Vattenprover tas på badplatserna varannan vecka",
     "Provtagningen börjar i juni och resultaten publiceras här på webbplatsen.",
     "<p>Vid otjänligt vatten sätter vi upp skyltar på badplatsen.</p>"),
    ("medborgardialog-centrum", "2025-04-24", "Tyck till om framtidens centrum",
     "Kommunen bjuder in till medborgardialog om hur torget och gågatan ska utvecklas.",
     "<p>Dialogmötet hålls i biblioteket den 14 maj klockan 18. Du kan också lämna synpunkter i e-tjänsten.</p>"),
]

SERVICE = """<div role="article" class="article">
<h1 class="article-title">Kontaktcenter</h1>
<div class="article-lead"><p>Kontaktcenter svarar på frågor om bland annat förskoleköer, bygglov, sophämtning och bostadsanpassning. Ställ din fråga i formuläret nedan, så svarar vi inom två arbetsdagar.</p></div>
<div class="article-body">
<div role="form" aria-labelledby="formrubrik" class="form-box">
<h2 id="formrubrik">Ställ en fråga till Kontaktcenter</h2>
<form action="/kontaktcenter/skickat" method="post">
<div class="field"><label for="k-namn">Ditt namn</label><input id="k-namn" name="namn" type="text" autocomplete="name"></div>
<div class="field"><label for="k-epost">Din e-postadress (för vårt svar)</label><input id="k-epost" name="epost" type="email" autocomplete="email"></div>
<div class="field"><label for="k-amne">Vad gäller frågan?</label><select id="k-amne" name="amne"><option>Förskola och skola</option><option>Bygga och bo</option><option>Avfall</option><option>Stöd och omsorg</option><option>Annat</option></select></div>
<div class="field"><label for="k-fraga">Din fråga</label><textarea id="k-fraga" name="fraga" rows="6"></textarea></div>
<div class="field"><button type="submit">Skicka</button></div>
</form>
</div>
<p>Vill du hellre ringa? Kommunens växel når du på numret längst ner på sidan.</p>
<p class="updated">Sidan uppdaterades senast 12 februari 2025 av Linnea Ström, kommunvägledare.</p>
</div>
</div>"""

KONTAKT = f"""<div role="article" class="article">
<h1 class="article-title">Kontakt</h1>
<div class="article-lead"><p>Kontaktvägar till Kvistberga kommun.</p></div>
<div class="article-body">
<h2>Växel</h2><p>08-465 004 50, vardagar 8–16.30.</p>
<h2>E-post</h2><p><a href="mailto:kommunen@kvistberga.se">kommunen@kvistberga.se</a></p>
<h2>Frågor</h2><p><a href="{KC}">Ställ en fråga till Kontaktcenter</a></p>
<h2>Press</h2><p>Presstelefon 08-465 004 55.</p>
<h2>Förtroendevalda</h2><p>Kommunstyrelsens ordförande Jan Höök (M), 08-465 004 51.</p>
</div></div>"""


def build() -> Site:
    S = Site("9288", "Kvistberga", "Kvistberga kommun", "01", "Stockholms län", "aria", "kvistberga.se",
             "08-465 004 50", "+46846500450", "999 11", "Tingsvägen 1")
    S.set_areas([
        ("barn", "Utbildning och barnomsorg", [], []),
        ("omsorg", "Vård och stöd", [], []),
        ("bygga", "Bygga, bo och miljö", [], []),
        ("trafik", "Trafik och infrastruktur", [], []),
        ("kultur", None, [], []),
        ("naring", "Företag och arbete", [], []),
        ("trygg", None, [], []),
        ("kommun", "Kommun och demokrati", [], []),
    ], lambda slug: f"/{slug}")

    def nav() -> str:
        li = []
        for i, a in enumerate(S.areas, 1):
            sub = "".join(f'<li role="none"><a role="menuitem" href="{esc(h)}">{esc(t)}</a></li>' for _, t, h in a["items"])
            li.append(f'<li role="none" class="mb-i"><a role="menuitem" class="mb-a" href="{a["path"]}" aria-haspopup="true" aria-expanded="false">{esc(a["title"])}</a>'
                      f'<ul role="menu" class="mb-sub" id="m{i}" aria-label="{esc(a["title"])}" hidden>{sub}</ul></li>')
        return '<div role="navigation" aria-label="Huvudmeny" class="mainmenu"><ul role="menubar" class="mb">' + "".join(li) + "</ul></div>"

    def chrome(title: str, main: str, front: bool = False) -> str:
        t = "Kvistberga kommun" if front else f"{title} – Kvistberga kommun"
        return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(t)}</title>
<style>.mb{{display:flex;list-style:none}}.mb-sub[hidden]{{display:none}}.sr{{position:absolute;left:-9999px}}</style>
</head>
<body>
<div class="page">
<div role="banner" class="banner">
<div class="toolbar" role="toolbar" aria-label="Verktyg">
<button type="button" class="tool">Lyssna</button>
<a class="tool" href="/om-webbplatsen#lattlast">Lättläst</a>
<a class="tool" href="/om-webbplatsen#teckensprak">Teckenspråk</a>
<a class="tool" href="/om-webbplatsen#languages" lang="en">Languages</a>
<a class="tool" href="/kontakt">Kontakt</a>
</div>
<div class="brand"><a href="/" class="logo"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Kvistberga kommun – till startsidan" width="180" height="50"></a></div>
<div role="search" class="search"><form action="/sok" method="get"><label class="sr" for="sok">Sök</label><input id="sok" name="q" type="search"><button type="submit">Sök</button></form></div>
</div>
{nav()}
<div role="main" id="main" class="main">
{main}
</div>
<div role="contentinfo" class="footer">
<div class="f-col"><h2 class="f-h">Kvistberga kommun</h2><p>Tingsvägen 1, 999 11 Kvistberga<br>Växel: 08-465 004 50<br>kommunen@kvistberga.se<br>Organisationsnummer: 212000-9288</p></div>
<div class="f-col"><h2 class="f-h">Genvägar</h2><ul><li><a href="{KC}">Kontaktcenter</a></li><li><a href="/naringsliv-och-arbete#lediga-jobb">Lediga jobb</a></li><li><a href="/nyheter">Nyheter</a></li><li><a href="/e-tjanster">E-tjänster</a></li></ul></div>
<div class="f-col"><h2 class="f-h">Om webbplatsen</h2><ul><li><a href="/om-webbplatsen#tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen#kakor">Kakor</a></li></ul></div>
</div>
</div>
<div role="dialog" aria-label="Kakor" class="cookies"><p>Vi använder kakor.</p><button type="button">Godkänn</button></div>
</body>
</html>
"""

    teasers = "".join(f'<div role="listitem" class="news"><span class="news-date">{d}</span><h3><a href="/nyheter/{s}">{esc(t)}</a></h3><p>{esc(i)}</p></div>' for s, d, t, i, _ in NEWS)
    front = f"""<div class="hero" role="region" aria-label="Välkommen">
<h1>Välkommen till Kvistberga</h1><p>Nära naturen, nära staden.</p>
<div class="hero-links"><a href="/barn-och-utbildning#forskola">Förskola</a><a href="/bygga-bo-och-miljo#avfall">Avfall</a><a href="/omsorg-och-stod#hemtjanst">Hemtjänst</a><a href="/e-tjanster">E-tjänster</a></div>
</div>
<div role="region" aria-label="Nyheter" class="newslist"><h2>Nyheter</h2><div role="list">{teasers}</div><p><a href="/nyheter">Alla nyheter</a></p></div>
<div role="region" aria-label="Evenemang" class="events"><h2>Evenemang</h2><ul><li><a href="/kultur-och-fritid#evenemang">Nationaldagsfirande 6 juni</a></li><li><a href="/kultur-och-fritid#bibliotek">Lovaktiviteter på biblioteket</a></li></ul></div>"""
    S.add("/", "index.html", chrome("", front, front=True))
    for a in S.areas:
        secs = "".join(f'<h2 id="{sid}">{esc(SUBS[sid][0])}</h2><p>{esc(S.fill(SUBS[sid][1]))}</p>' for sid in a["subs"])
        S.add(a["path"], a["slug"] + ".html", chrome(a["title"], f'<div role="article" class="article"><h1 class="article-title">{esc(a["title"])}</h1><div class="article-body">{secs}</div></div>'))
    S.add(KC, "kontaktcenter.html", chrome("Kontaktcenter", SERVICE))
    S.add("/kontaktcenter/skickat", "skickat.html", chrome("Din fråga är skickad", '<div role="article" class="article"><h1 class="article-title">Din fråga är skickad</h1><p>Tack! Vi svarar inom två arbetsdagar.</p><p><a href="/">Till startsidan</a></p></div>'))
    S.add("/kontakt", "kontakt.html", chrome("Kontakt", KONTAKT))
    S.add("/nyheter", "nyheter.html", chrome("Nyheter", f'<div role="article" class="article"><h1 class="article-title">Nyheter</h1><div role="list">{teasers}</div></div>'))
    for s, d, t, i, b in NEWS:
        S.add(f"/nyheter/{s}", f"nyhet-{s}.html", chrome(t, f'<div role="article" class="article"><h1 class="article-title">{esc(t)}</h1><p class="news-date">{d}</p><div class="article-lead"><p>{esc(i)}</p></div><div class="article-body">{b}</div></div>'))
    S.add("/e-tjanster", "e-tjanster.html", chrome("E-tjänster", """<div role="article" class="article"><h1 class="article-title">E-tjänster</h1><div class="article-body">
<h2 id="forskola">Förskola</h2><p>Ansök om förskoleplats.</p><h2 id="synpunkter">Synpunkter</h2><p>Lämna en synpunkt.</p></div></div>"""))
    S.add("/om-webbplatsen", "om-webbplatsen.html", chrome("Om webbplatsen", """<div role="article" class="article"><h1 class="article-title">Om webbplatsen</h1><div class="article-body">
<h2 id="tillganglighet">Tillgänglighetsredogörelse</h2><p>Kvistberga kommun står bakom den här webbplatsen.</p>
<h2 id="lattlast">Lättläst</h2><p>Kvistberga är en kommun nära Stockholm.</p>
<h2 id="teckensprak">Teckenspråk</h2><p>Filmer på svenskt teckenspråk.</p>
<h2 id="languages" lang="en">Languages</h2><p lang="en">Information in other languages.</p>
<h2 id="kakor">Kakor</h2><p>Om kakor på webbplatsen.</p></div></div>"""))
    S.files["sok.html"] = chrome("Sök", '<div role="article" class="article"><h1 class="article-title">Sök</h1><!--SEARCH_RESULTS--></div>')
    S.search = {"path": "/sok", "param": "q", "template": "sok.html",
                "hits": {"kontaktcenter": [KC, "/kontaktcenter/skickat"], "kundtjänst": [], "servicecenter": [],
                         "medborgarservice": []}}
    return S
