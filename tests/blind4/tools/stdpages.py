"""Pages every site carries (news, accessibility statement, cookies)."""
from __future__ import annotations

from common import esc


def std_pages(S: dict) -> list[dict]:
    out = []
    lis = "".join(f'<li><a href="{h}">{esc(t)}</a> <span class="date">{d}</span><p>{esc(x)}</p></li>' for t, h, x, d, *_ in S["news"])
    out.append({"href": S.get("news_index", "/nyheter/"), "file": "nyheter" + S.get("ext", ".html"), "title": "Nyheter",
                "main": f"<h1>Nyheter</h1>\n<p>Nyheter från {esc(S['gen'])} kommun.</p>\n<ul class=\"newslist\">{lis}</ul>"})
    for i, (t, h, x, d, body) in enumerate(S["news"]):
        out.append({"href": h, "file": f"nyhet{i + 1}" + S.get("ext", ".html"), "title": t,
                    "main": f'<h1>{esc(t)}</h1>\n<p class="date">Publicerad {d}</p>\n<p class="ingress">{esc(x)}</p>\n{body}'})
    out.append({"href": "/om-webbplatsen/tillganglighetsredogorelse/", "file": "tillganglighet" + S.get("ext", ".html"),
                "title": "Tillgänglighetsredogörelse",
                "main": (f"<h1>Tillgänglighetsredogörelse</h1>\n<p>{esc(S['kommun'])} kommun står bakom den här webbplatsen. "
                         "Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller "
                         "lagen om tillgänglighet till digital offentlig service, kända problem och hur du kan rapportera brister.</p>\n"
                         "<h2>Kända brister</h2>\n<ul><li>Vissa äldre PDF-dokument är inte tillgängliga.</li>"
                         "<li>Kartor i detaljplanerna saknar textalternativ.</li><li>Några filmer saknar syntolkning.</li></ul>\n"
                         f"<h2>Rapportera brister</h2>\n<p>Meddela oss via e-post till webb@{S['dom']}.</p>\n"
                         "<h2>Tillsyn</h2>\n<p>Myndigheten för digital förvaltning (Digg) ansvarar för tillsynen av lagen.</p>\n"
                         "<p>Redogörelsen uppdaterades senast den 3 november 2026.</p>")})
    out.append({"href": "/om-webbplatsen/kakor/", "file": "kakor" + S.get("ext", ".html"), "title": "Kakor",
                "main": ("<h1>Kakor på webbplatsen</h1>\n<p>En kaka är en liten textfil som lagras i din webbläsare. "
                         "Vi använder nödvändiga kakor för att komma ihåg ditt val i kakbannern och statistikkakor "
                         "för att förbättra webbplatsen, om du godkänner dem.</p>\n<table><tr><th>Namn</th><th>Syfte</th><th>Lagringstid</th></tr>"
                         "<tr><td>kakor</td><td>Sparar ditt val</td><td>1 år</td></tr><tr><td>_pk_id</td><td>Besöksstatistik</td><td>13 månader</td></tr></table>")})
    return out
