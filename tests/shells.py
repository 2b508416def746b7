"""Script-built test sites (tests/test_render.py) and the near misses the shell rule must
leave alone; bench/shells.py surveys the same pages.

Each site is a dict path -> page, served on loopback by `serve`, which records every
request it answers (path and User-Agent), so a test can tell what a browser fetched.
"""

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

from servicekoll.demo.siteserver import serve_handler

HTML = "text/html; charset=utf-8"
JS = "text/javascript; charset=utf-8"

# Built by script from inline JSON: the header link names the unit (c1 when rendered).
APP_DATA = {
    "header": [{"label": "Kontaktcenter", "href": "/kontaktcenter/"}],
    "menu": [{"label": "Bygga och bo", "href": "/bygga-och-bo/"}, {"label": "Förskola och skola", "href": "/skola/"},
             {"label": "Omsorg och stöd", "href": "/omsorg/"}, {"label": "Kultur och fritid", "href": "/kultur/"}],
    "hero": "Välkommen till Skriptby kommun",
    "footer": {"vaxel": "Växel: 0910-73 50 00", "links": [{"label": "Om webbplatsen", "href": "/om-webbplatsen/"}]},
}
BUILD_SCRIPT = """
(function(){
  var D = JSON.parse(document.getElementById('app-data').textContent);
  function link(item, cls){ var a=document.createElement('a'); a.href=item.href; a.textContent=item.label;
                            if(cls) a.className=cls; return a; }
  var header=document.getElementById('header');
  D.header.forEach(function(item){ header.appendChild(link(item, 'header-link')); });
  var ul=document.createElement('ul');
  D.menu.forEach(function(item){ var li=document.createElement('li'); li.appendChild(link(item)); ul.appendChild(li); });
  document.getElementById('menu').appendChild(ul);
  var h1=document.createElement('h1'); h1.textContent=D.hero; document.getElementById('main').appendChild(h1);
  var footer=document.getElementById('footer'), p=document.createElement('p'); p.textContent=D.footer.vaxel;
  footer.appendChild(p); D.footer.links.forEach(function(item){ footer.appendChild(link(item)); });
})();
"""


def shell_front(extra_head: str = "", extra_script: str = "") -> bytes:
    """A front page with no link of its own: header, menu, content and footer come from
    inline JSON through an inline script (rubric 1.1, worked example 7)."""
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Skriptby kommun</title>
{extra_head}</head><body>
<header id="header"><img src="/logo.svg" alt=""></header>
<nav id="menu" aria-label="Huvudmeny"></nav>
<main id="main"><noscript><p>Webbplatsen kräver JavaScript.</p></noscript></main>
<footer id="footer"></footer>
<script type="application/json" id="app-data">{json.dumps(APP_DATA, ensure_ascii=False)}</script>
<script>{BUILD_SCRIPT}</script>
<script>{extra_script}</script>
</body></html>""".encode()


def empty_menu_front() -> bytes:
    """A logo link and a footer line of its own; its menu is empty and /app.js fills it."""
    return """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Menyby kommun</title>
<script src="/app.js" defer></script></head><body>
<header><a href="/"><img src="/logo.svg" alt="Menyby kommun"></a></header>
<nav id="menu" aria-label="Huvudmeny"></nav>
<main><h1>Välkommen till Menyby kommun</h1><p>Här finns information om kommunens verksamheter.</p></main>
<footer><p>Menyby kommun, 123 45 Menyby</p><a href="/om-webbplatsen/">Om webbplatsen</a></footer>
</body></html>""".encode()


APP_JS = b"""
document.addEventListener('DOMContentLoaded', function(){
  var ul=document.createElement('ul');
  [['Kontaktcenter','/kontaktcenter/'],['Bygga och bo','/bygga-och-bo/'],['Skola','/skola/']].forEach(function(m){
    var li=document.createElement('li'), a=document.createElement('a'); a.href=m[1]; a.textContent=m[0];
    li.appendChild(a); ul.appendChild(li); });
  document.getElementById('menu').appendChild(ul);
});
"""


def third_party_front(third_party: str) -> bytes:
    """A shell whose scripts reach for another host (`third_party`, a base URL ending in /):
    a tracker script that would add a link, a pixel, a beacon, a frame and a stylesheet; and
    for its own site, a menu fetched as JSON and a file its robots.txt forbids."""
    script = f"""
  var T = {json.dumps(third_party)};
  var s=document.createElement('script'); s.src=T+'tracker.js'; document.head.appendChild(s);
  var i=document.createElement('img'); i.src=T+'pixel.gif'; document.body.appendChild(i);
  var f=document.createElement('iframe'); f.src=T+'frame.html'; document.body.appendChild(f);
  fetch(T+'beacon').catch(function(){{}});
  fetch('/private/secret.json').catch(function(){{}});
  fetch('/menu.json').then(function(r){{ return r.json(); }}).then(function(items){{
    var ul=document.querySelector('#menu ul');
    items.forEach(function(item){{ var li=document.createElement('li'), a=document.createElement('a');
      a.href=item.href; a.textContent=item.label; li.appendChild(a); ul.appendChild(li); }});
  }});
"""
    return shell_front(extra_head=f'<link rel="stylesheet" href="{third_party}style.css">', extra_script=script)


# What the third party would add to the page if its script ran.
TRACKER_JS = (b"var a=document.createElement('a'); a.href='/tredje-part/'; a.textContent='Tredje part';"
              b"document.body.appendChild(a);")
MENU_JSON = json.dumps([{"label": "Felanmälan", "href": "/felanmalan/"}], ensure_ascii=False).encode()


def unit_page(kommun: str = "Skriptby") -> bytes:
    """The service function's own page, server-rendered: what, how, and who leads it."""
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Kontaktcenter - {kommun} kommun</title>
</head><body><header><a href="/">{kommun} kommun</a></header><main><h1>Kontaktcenter</h1>
<p>Vi svarar på frågor om allt från skola till avfall.</p>
<p>Telefon: 0910-73 50 00</p><p>E-post: kontaktcenter@{kommun.lower()}.se</p>
<p>Telefontider: måndag–fredag 08.00–16.30</p><p>Enhetschef: Lena Ek</p></main></body></html>""".encode()


def plain_page(title: str) -> bytes:
    return (f"<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><header><a href='/'>Start</a></header><main><h1>{title}</h1><p>Text om {title.lower()}."
            "</p></main></body></html>").encode()


def normal_front(kommun: str = "Vanligby") -> bytes:
    """Server-rendered, with the scripts every municipal site has (cookie banner, JSON-LD,
    analytics) and an empty mobile menu that a script copies the main menu into."""
    sections = ["Bygga och bo", "Förskola och skola", "Omsorg och stöd", "Kultur och fritid", "Trafik och gator",
                "Miljö och hälsa", "Näringsliv och arbete", "Kommun och politik", "Uppleva och göra"]
    menu = "".join(f'<li><a href="/{i}/">{name}</a></li>' for i, name in enumerate(sections))
    news = "".join(f'<li><a href="/nyheter/{i}/">Nyhet {i}</a></li>' for i in range(4))
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{kommun} kommun</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "GovernmentOrganization",
"name": "{kommun} kommun", "description": "Kommunen med kontaktcenter och kundtjänst för alla invånare"}}</script>
<script src="/cookie.js" defer></script><script>window.dataLayer=window.dataLayer||[];</script></head><body>
<header><a href="/">{kommun} kommun</a><a class="header-link" href="/kontaktcenter/">Kontaktcenter</a>
<nav class="mobile-menu" aria-label="Mobilmeny"></nav><nav aria-label="Huvudmeny"><ul>{menu}</ul></nav></header>
<main><h1>Välkommen till {kommun} kommun</h1><ul>{news}</ul></main>
<footer><p>Växel: 0910-73 50 00</p><a href="/om-webbplatsen/">Om webbplatsen</a></footer></body></html>""".encode()


# Pages the rule must leave alone although they look a little like shells.
NEAR_MISSES = {
    "normal front page with scripts and an empty mobile menu": normal_front(),
    "tiny static page, empty nav, no script": (
        b"<html><head><title>Liten</title></head><body><nav></nav><a href='/a'>A</a><a href='/b'>B</a>"
        b"<a href='/c'>C</a></body></html>"),
    "no links and only JSON-LD (describes, never builds)": (
        b"<html><head><title>Under ombyggnad</title><script type='application/ld+json'>"
        + json.dumps({"@context": "https://schema.org", "@type": "WebSite", "name": "x" * 400}).encode()
        + b"</script></head><body><h1>Sidan byggs om</h1></body></html>"),
    "no links and no script": b"<html><head><title>Tom</title></head><body><h1>Tom sida</h1></body></html>",
    "the unit page": unit_page(),
}
SHELLS = {
    "shell front page (inline JSON + script)": shell_front(),
    "empty menu filled by /app.js": empty_menu_front(),
}
SURVEY_PAGES = {**{f"shell: {k}": v for k, v in SHELLS.items()},
                **{f"near miss: {k}": v for k, v in NEAR_MISSES.items()}}


@dataclass
class Site:
    """path -> (content type, body); `hang` paths answer only when the site stops."""

    pages: dict[str, tuple[str, bytes]]
    hang: set[str] = field(default_factory=set)
    requests: list[tuple[str, str]] = field(default_factory=list)  # (path, User-Agent)
    languages: list[str] = field(default_factory=list)  # Accept-Language of each request
    released: threading.Event = field(default_factory=threading.Event)

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]


def serve(site: Site, host: str = "127.0.0.1"):
    """Serve `site` on its own port of `host`; returns (server, base URL)."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            path = self.path.split("?", 1)[0]
            site.requests.append((path, self.headers.get("User-Agent", "")))
            site.languages.append(self.headers.get("Accept-Language", ""))
            if path in site.hang:
                site.released.wait(60)  # a script that never arrives
                return
            if path == "/robots.txt" and path not in site.pages:
                content_type, body, status = "text/plain", b"User-agent: *\nDisallow:\n", 200
            elif path in site.pages:
                (content_type, body), status = site.pages[path], 200
            else:
                content_type, body, status = HTML, plain_page("Sidan finns inte"), 404
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return serve_handler(Handler, host)
