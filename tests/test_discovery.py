"""Discovery beyond links, on loopback sites written here: landing pages and one best-first
frontier, the sitemap (robots.txt Sitemap: lines, /sitemap.xml, a sitemap index), the
site's own search form, and how each page was found (pages.jsonl found_by)."""

import json
import threading
from urllib.parse import parse_qs, urlsplit

import pytest
from scrapy.http import HtmlResponse
from servicekoll.core.lexicon import load_lexicon
from servicekoll.core.register import Municipality
from servicekoll.crawler.discovery import read_sitemap, search_form, search_urls
from servicekoll.crawler.frontier import LINK, SEARCH, SITEMAP, Discovery, MunicipalityCrawl

from tests.conftest import FAST, HTML, html_page, run_cli, serve_app, write_register

XML = {"Content-Type": "application/xml; charset=utf-8"}
TEXT = {"Content-Type": "text/plain; charset=utf-8"}


class Recorder:
    """A site answering `respond(path_with_query)`; remembers every request line it got."""

    def __init__(self, respond):
        self.requests: list[str] = []
        lock = threading.Lock()

        def recording(path: str):
            with lock:
                self.requests.append(path)
            return respond(path)

        self.server, self.url = serve_app(recording)

    def paths(self) -> list[str]:
        return [urlsplit(p).path for p in self.requests]


@pytest.fixture
def sites():
    started: list[Recorder] = []

    def start(respond) -> Recorder:
        recorder = Recorder(respond)
        started.append(recorder)
        return recorder

    yield start
    for recorder in started:
        recorder.server.shutdown()
        recorder.server.server_close()


def crawl(tmp_path, rows, *settings):
    register = write_register(tmp_path / "register.csv", rows)
    out = tmp_path / "run"
    result = run_cli("crawl", "--municipalities", register, "--out", out, *FAST, *settings)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in (out / "pages.jsonl").read_text(encoding="utf-8").splitlines()]


def nav_page(title: str, links: list[tuple[str, str]], extra: str = "") -> bytes:
    anchors = "".join(f'<li><a href="{href}">{text}</a></li>' for text, href in links)
    return (f"<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>{title} - Provby kommun</title>"
            f"</head><body><header>{extra}<nav><ul>{anchors}</ul></nav></header><main><h1>{title}</h1>"
            f"</main></body></html>").encode()


# -- priority: landing pages and one frontier ------------------------------------------------------


def _menu_site(landing_text: str, landing_path: str):
    """A front page of 180 menu links, 60 of them with contact words ("Frågor om ...",
    "Service för ...") and 30 under /kommun-och-politik/; the landing page is the menu's
    last item and leads, one click further, to the service page."""
    menu = [(f"Frågor om ämne {i}", f"/fragor-{i}") for i in range(30)]
    menu += [(f"Service för grupp {i}", f"/service-{i}") for i in range(30)]
    menu += [(f"Nämnd {i}", f"/kommun-och-politik/namnd-{i}") for i in range(30)]
    menu += [(f"Ämne {i}", f"/amne-{i}") for i in range(90)]
    menu.append((landing_text, landing_path))

    def respond(path):
        if path == "/":
            return 200, HTML, nav_page("Startsida", menu)
        if path == landing_path:
            return 200, HTML, html_page(landing_text, links=[("Vår kundtjänst", "/kundtjanst")])
        if path == "/kundtjanst":
            return 200, HTML, html_page("Kundtjänst", "<p>Ring oss.</p>")
        return 200, HTML, html_page(f"Sida {path}")
    return respond


@pytest.mark.parametrize(("text", "path"), [("Kontakta oss", "/kontakta-oss"),
                                            ("Kommun och politik", "/kommun-och-politik")])
def test_service_page_two_clicks_behind_a_landing_page_is_fetched_within_the_default_budget(
        tmp_path, sites, text, path):
    site = sites(_menu_site(text, path))
    pages = crawl(tmp_path, [("L1", "Provby kommun", site.url)])
    urls = [p["url"] for p in pages]
    assert site.url + "kundtjanst" in urls
    # the landing page right after the front page, its service link right after it
    assert urls.index(site.url + path.lstrip("/")) == 1
    assert urls.index(site.url + "kundtjanst") == 2
    assert len(pages) <= 40


def test_a_landing_pages_own_links_come_before_the_menus_rest(tmp_path, sites):
    # tests/blind4 9608: the unit is a section of "Kommunhuset", linked only from "Kontakta oss";
    # that link's words promise nothing, and 90 menu links of the front page came first
    menu = [(f"Ämne {i}", f"/amne-{i}") for i in range(90)] + [("Kontakta oss", "/kontakta-oss")]

    def respond(path):
        if path == "/":
            return 200, HTML, nav_page("Startsida", menu)
        if path == "/kontakta-oss":
            return 200, HTML, nav_page("Kontakta oss", menu, '<a href="/kommunhuset">Kommunhuset</a>')
        if path == "/kommunhuset":
            return 200, HTML, html_page("Kommunhuset", "<h2>Kundtjänst i entrén</h2><p>Ring oss.</p>")
        return 200, HTML, html_page(f"Sida {path}")

    site = sites(respond)
    urls = [p["url"] for p in crawl(tmp_path, [("L2", "Provby kommun", site.url)])]
    assert urls.index(site.url + "kommunhuset") == 2  # right after the landing page


def test_landing_words_rank_just_below_service_names():
    from servicekoll.crawler.links import priority_of

    lexicon = load_lexicon()
    weights = lexicon.crawl_weights
    assert priority_of(lexicon, "Kontaktcenter", "http://x.se/kontaktcenter") == weights["service"]
    for label, url in [("Kontakta kommunen", "http://x.se/a"), ("Om kommunen", "http://x.se/b"),
                       ("Organisation", "http://x.se/c"), ("Läs mer", "http://x.se/kommun-och-politik.html"),
                       ("KONTAKT", "http://x.se/k/")]:
        assert priority_of(lexicon, label, url) == weights["landing"], label
    assert weights["service"] > weights["landing"] > weights["contact"]
    # a page under a landing section is not a landing page itself
    assert priority_of(lexicon, "Nämnd 3", "http://x.se/kommun-och-politik/namnd-3") < weights["landing"]


# -- the frontier, without a crawl -------------------------------------------------------------


def _crawl_state(budget=40, reserve=8) -> MunicipalityCrawl:
    crawl_ = MunicipalityCrawl(Municipality("T1", "Testby kommun", "99", "Testlän", "http://t.se/"), budget, 3,
                               Discovery(promising=40, reserve=reserve, max_sitemaps=3))
    crawl_.front_page_done, crawl_.outcome, crawl_.final_url = True, ("ok", ""), "http://t.se/"
    crawl_.fetched = 1
    return crawl_


def test_a_link_to_a_sitemap_url_lifts_it_and_makes_it_found_by_link():
    state = _crawl_state()
    state.add("http://t.se/a/", -10, 1, "http://t.se/sitemap.xml", SITEMAP)
    state.add("http://t.se/a", 60, 2, "http://t.se/sida", LINK)
    state.named = True  # no discovery: plain best first
    first = state.next_fetch()
    assert (first.url, first.priority, first.found_by, first.depth) == ("http://t.se/a", 60, LINK, 2)
    assert state.next_fetch() is None  # the stale sitemap entry is not fetched again


def test_promising_links_come_first_then_sitemap_then_search_then_the_rest():
    state = _crawl_state()
    state.search_urls = ["http://t.se/sok?q=kontaktcenter", "http://t.se/sok?q=kundtj%C3%A4nst"]
    state.add("http://t.se/kontakt", 80, 1, "http://t.se/")
    state.add("http://t.se/skola", 0, 1, "http://t.se/")
    order = []
    while (fetch := state.next_fetch()) is not None:
        order.append((fetch.url, fetch.kind))
        if fetch.kind == "page":
            state.fetched += 1
        if fetch.kind == "search_results":
            state.fetched += 1
            state.add("http://t.se/dold/kundtjanst", 100, 2, fetch.url, SEARCH)
        if fetch.url.endswith("kundtjanst"):
            state.named = True  # its h1 names the unit: no more queries
    assert order == [("http://t.se/kontakt", "page"), ("http://t.se/sitemap.xml", "sitemap"),
                     ("http://t.se/sok?q=kontaktcenter", "search_results"),
                     ("http://t.se/dold/kundtjanst", "page"), ("http://t.se/skola", "page")]


def test_the_reserve_keeps_room_for_discovery_when_promising_links_abound():
    state = _crawl_state(budget=20, reserve=4)
    state.search_urls = ["http://t.se/sok?q=kontaktcenter"]
    for i in range(50):
        state.add(f"http://t.se/fragor-{i}", 60, 1, "http://t.se/")
    kinds = []
    while (fetch := state.next_fetch()) is not None:
        kinds.append(fetch.kind)
        if fetch.kind != "sitemap":
            state.fetched += 1
    assert len(kinds) == 19  # the front page was the first of 20
    assert kinds.index("sitemap") == 15 and kinds.index("search_results") == 16


def _after_sitemap(listed: list[str], answered: list[str]) -> list[str]:
    """Pages answered, a sitemap read, then the order of what is fetched (named: no search)."""
    state = _crawl_state()
    state.sitemap_started = True
    for path in answered:
        state.mark_done(f"http://t.se{path}")
        state.note_answer(f"http://t.se{path}", 200)
    for path in ("/omsorg/hemtjanst/", "/skola/forskola/", "/lyssna"):  # menu links, not yet fetched
        state.add(f"http://t.se{path}", 20, 1, "http://t.se/")
    for path in listed:
        state.add(f"http://t.se{path}", -10, 1, "http://t.se/sitemap.xml", SITEMAP)
    state.weigh_by_sitemap()
    state.add("http://t.se/kultur/bibliotek/", 20, 2, "http://t.se/kultur/")  # a link found after it
    state.named = True
    order = []
    while (fetch := state.next_fetch()) is not None:
        order.append(urlsplit(fetch.url).path)
        state.fetched += 1
    return order


def test_a_sitemap_listing_the_pages_seen_puts_unlisted_links_behind_its_pages():
    # 9509 (tests/blind3): the budget went to a menu's placeholder links (404s) while the
    # sitemap listed the page that names the unit.
    answered = ["/", "/omsorg/", "/skola/", "/kultur/"]
    order = _after_sitemap([*answered, "/familj/vigsel/"], answered)
    assert order == ["/familj/vigsel/", "/omsorg/hemtjanst/", "/skola/forskola/", "/lyssna", "/kultur/bibliotek/"]


def test_a_sitemap_that_lists_only_the_news_changes_no_order():
    order = _after_sitemap(["/", "/nyheter/a", "/nyheter/b", "/nyheter/c"], ["/", "/omsorg/", "/skola/", "/kultur/"])
    assert order == ["/omsorg/hemtjanst/", "/skola/forskola/", "/lyssna", "/kultur/bibliotek/",
                     "/nyheter/a", "/nyheter/b", "/nyheter/c"]


def test_a_promising_link_keeps_its_place_before_a_complete_sitemap():
    state = _crawl_state()
    for path in ("/", "/a/", "/b/"):
        state.mark_done(f"http://t.se{path}")
        state.note_answer(f"http://t.se{path}", 200)
        state.add(f"http://t.se{path}", -10, 1, "http://t.se/sitemap.xml", SITEMAP)
    state.add("http://t.se/kontakta-oss/", 80, 1, "http://t.se/")
    state.weigh_by_sitemap()
    assert state.sitemap_lists_site
    assert state.next_fetch().url == "http://t.se/kontakta-oss/"


def test_a_redirect_target_is_done_and_never_fetched_again():
    state = _crawl_state()
    state.add("http://t.se/ny/", 40, 1, "http://t.se/")
    state.mark_done("http://t.se/gammal", "http://t.se/ny/")
    state.named = True
    assert state.next_fetch() is None
    state.add("http://t.se/ny", 90, 2, "http://t.se/sida")
    assert state.next_fetch() is None


# -- the search form and the sitemap, without a crawl -------------------------------------------------


def _response(body: str, url="http://t.se/start/", encoding="utf-8") -> HtmlResponse:
    return HtmlResponse(url, body=body.encode(encoding), encoding=encoding)


SEARCH_PAGE = """<html><head><meta charset="{charset}"><base href="http://t.se/"></head><body>
<form method="post" action="./"><input type="hidden" name="__VIEWSTATE" value="x">
  <input type="text" name="namn"><input type="password" name="pw"></form>
<form action="/nyhetsbrev" method="get"><input type="email" name="epost"></form>
<form action="sok/?gammal=1#top" method="get" role="search"><input type="hidden" name="lang" value="sv">
  <input type="search" name="q" value="skriv här"><button type="submit" name="go" value="1">Sök</button></form>
</body></html>"""


def test_search_urls_are_what_a_browser_submits_from_the_get_form():
    response = _response(SEARCH_PAGE.format(charset="utf-8"))
    assert search_form(response.selector.root) == (2, "q")
    urls = search_urls(response, ("kontaktcenter", "kundtjänst"))
    assert [parse_qs(urlsplit(u).query) for u in urls] == [
        {"lang": ["sv"], "q": ["kontaktcenter"], "go": ["1"]}, {"lang": ["sv"], "q": ["kundtjänst"], "go": ["1"]}]
    # the action resolves against <base href>; the form's data replaces the action's query
    assert all(u.startswith("http://t.se/sok/?") and "gammal" not in u and "#" not in u for u in urls)
    assert "q=kundtj%C3%A4nst" in urls[1]


def test_search_queries_are_encoded_in_the_page_encoding():
    response = _response(SEARCH_PAGE.format(charset="iso-8859-1"), encoding="iso-8859-1")
    [url] = search_urls(response, ("kundtjänst",))
    assert "q=kundtj%E4nst" in url


def test_no_search_without_a_get_form_with_one_text_input():
    assert search_urls(_response('<form method="post" action="/sok"><input name="q"></form>'), ("x",)) == []
    assert search_urls(_response('<form action="/login"><input name="u"><input type="password" name="p">'
                                 "</form>"), ("x",)) == []
    assert search_urls(_response("<p>Inget formulär</p>"), ("x",)) == []


def test_read_sitemap_pages_index_and_garbage():
    urlset = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              b"<url><loc> http://t.se/a </loc></url><url><loc>http://t.se/b</loc></url></urlset>")
    assert read_sitemap(urlset, 100) == (["http://t.se/a", "http://t.se/b"], [])
    assert read_sitemap(urlset, 1) == (["http://t.se/a"], [])
    index = (b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://t.se/s1.xml'
             b"</loc></sitemap></sitemapindex>")
    assert read_sitemap(index, 100) == ([], ["http://t.se/s1.xml"])
    for garbage in (b"<html><body><h1>Sidan finns inte</h1></body></html>", b"\x1f\x8b\x08binary", b"", b"<"):
        assert read_sitemap(garbage, 100) == ([], [])


# -- the sitemap in a crawl -----------------------------------------------------------------------


def test_sitemap_index_from_robots_finds_an_unlinked_page(tmp_path, sites):
    def respond(path):
        origin = site.url.rstrip("/")
        if path == "/robots.txt":
            return 200, TEXT, f"User-agent: *\nDisallow: /intern/\nSitemap: {origin}/karta/index.xml\n".encode()
        if path == "/karta/index.xml":
            return 200, XML, (f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>'
                              f"{origin}/karta/sidor.xml</loc></sitemap></sitemapindex>").encode()
        if path == "/karta/sidor.xml":
            locs = [f"{origin}/nyheter/{i}" for i in range(30)] + [
                f"{origin}/tjanster/medborgarservice", "http://www.grannby.se/medborgarservice",
                f"{origin}/intern/kundcenter", f"{origin}/om-oss"]
            return 200, XML, ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(
                f"<url><loc>{loc}</loc></url>" for loc in locs) + "</urlset>").encode()
        if path == "/":
            return 200, HTML, html_page("Start", links=[("Om oss", "/om-oss"), ("Skola", "/skola")])
        if path == "/tjanster/medborgarservice":
            return 200, HTML, html_page("Medborgarservice")
        return 200, HTML, html_page(f"Sida {path}")
    site = sites(respond)
    pages = crawl(tmp_path, [("S1", "Provby", site.url)], "-s", "SERVICEKOLL_PAGE_BUDGET=10")
    found = {p["url"]: p["found_by"] for p in pages}
    assert found[site.url + "tjanster/medborgarservice"] == SITEMAP
    assert found[site.url] == LINK and found[site.url + "om-oss"] == LINK  # linked and listed: by link
    assert not any("grannby" in url or "/intern/" in url for url in found)  # other site; robots.txt
    # the sitemap documents are read, not archived as pages, and count against the budget
    assert not any(url.endswith(".xml") for url in found)
    assert site.paths().count("/karta/index.xml") == 1 and site.paths().count("/karta/sidor.xml") == 1
    assert len(pages) == 10 - 2
    assert "/sitemap.xml" not in site.paths()  # robots.txt named the sitemap


def test_sitemap_xml_is_the_fallback_and_is_not_read_once_links_found_the_unit(tmp_path, sites):
    def hidden(path):
        if path == "/sitemap.xml":
            locs = "".join(f"<url><loc>{hidden_site.url}{p}</loc></url>" for p in ("nyheter/1", "kontaktcenter"))
            return 200, XML, f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'.encode()
        if path == "/":
            return 200, HTML, html_page("Start", links=[("Skola", "/skola")])
        return 200, HTML, html_page("Kontaktcenter" if path == "/kontaktcenter" else f"Sida {path}")
    hidden_site = sites(hidden)
    def linked(path):
        if path == "/":
            return 200, HTML, html_page("Start", links=[("Kontaktcenter", "/kontaktcenter"), ("Skola", "/skola")])
        return 200, HTML, html_page("Kontaktcenter" if path == "/kontaktcenter" else f"Sida {path}")
    linked_site = sites(linked)
    pages = crawl(tmp_path, [("H1", "Gömby", hidden_site.url), ("K1", "Länkby", linked_site.url)])
    hidden_pages = {p["url"]: p for p in pages if p["kommunkod"] == "H1"}
    assert hidden_pages[hidden_site.url + "kontaktcenter"]["found_by"] == SITEMAP
    assert hidden_pages[hidden_site.url + "kontaktcenter"]["referer"] == hidden_site.url + "sitemap.xml"
    assert "/sitemap.xml" not in linked_site.paths()


@pytest.mark.parametrize(("headline", "path", "sitemap_read"), [
    ("Kundtjänst får nya telefontider i sommar", "/nyheter/1", True),  # news about the unit
    ("Kundtjänst", "/kundtjanst", False),  # the unit's own page: links have done their job
])
def test_a_news_headline_naming_the_unit_does_not_end_the_search_for_its_page(
        tmp_path, sites, headline, path, sitemap_read):
    # blind54 9623: a news teaser "Kundtjänst får nya telefontider" was taken as the unit found,
    # so the sitemap listing the unit's own page was never read
    def respond(asked):
        if asked == "/sitemap.xml":
            locs = f"<url><loc>{site.url}kommun/kundtjanst/</loc></url>"
            return 200, XML, f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'.encode()
        if asked == "/":
            return 200, HTML, html_page("Start", links=[(headline, path), ("Skola", "/skola")])
        if asked == path:
            return 200, HTML, html_page(headline, "<p>Vi svarar vardagar 8-15.</p>")
        return 200, HTML, html_page("Kundtjänst" if asked == "/kommun/kundtjanst/" else f"Sida {asked}")
    site = sites(respond)
    pages = {p["url"]: p for p in crawl(tmp_path, [("N1", "Nyby", site.url)])}
    assert ("/sitemap.xml" in site.paths()) == sitemap_read
    if sitemap_read:
        assert pages[site.url + "kommun/kundtjanst/"]["found_by"] == SITEMAP


# -- the site's own search in a crawl ---------------------------------------------------------------


def _searchable(hits_for: str, robots: str = "User-agent: *\nDisallow: /cgi-bin/\n", charset: str = "utf-8"):
    """A site whose unit page is linked from nowhere and found by its search for words
    containing `hits_for`; the results page echoes the query."""
    form = ('<form action="/sok" method="get" role="search"><input type="hidden" name="typ" value="alla">'
            '<input type="search" name="fraga"><button type="submit">Sök</button></form>')

    def respond(path):
        parts = urlsplit(path)
        if parts.path == "/robots.txt":
            return 200, TEXT, robots.encode()
        if parts.path == "/":
            body = nav_page("Startsida", [(f"Kontakta skolan {i}", f"/skola-{i}") for i in range(20)], form)
            return 200, {"Content-Type": f"text/html; charset={charset}"}, body.decode().replace(
                "utf-8", charset).encode(charset)
        if parts.path == "/sok":
            query = parse_qs(parts.query, encoding=charset).get("fraga", [""])[0]
            hits = '<li><a href="/dold/kundtjanst">Kundtjänst</a></li>' if hits_for in query else ""
            return 200, HTML, html_page(f"Du sökte på: {query}", f"<ol class='traffar'>{hits}</ol>",
                                        links=[("Nyheter", "/nyheter")])
        if parts.path == "/dold/kundtjanst":
            return 200, HTML, html_page("Kundtjänst", "<p>Vi svarar på frågor om bygglov.</p>")
        return 200, HTML, html_page(f"Sida {parts.path}")
    return respond


def test_site_search_finds_the_unit_page_once_promising_links_are_spent(tmp_path, sites):
    site = sites(_searchable("kundtj"))
    pages = crawl(tmp_path, [("Q1", "Sökby", site.url)])
    by_url = {p["url"]: p for p in pages}
    hit = by_url[site.url + "dold/kundtjanst"]
    assert (hit["found_by"], hit["search_results"], hit["depth"]) == (SEARCH, False, 2)
    searches = [p for p in pages if p["search_results"]]
    assert [p["found_by"] for p in searches] == [SEARCH] * 3
    queries = [parse_qs(urlsplit(p["url"]).query) for p in searches]
    assert [q["fraga"][0] for q in queries] == ["kontaktcenter", "servicecenter", "kundtjänst"]  # then it stops
    assert all(q["typ"] == ["alla"] for q in queries)  # the form's hidden field, as a browser sends it
    assert hit["referer"] == searches[-1]["url"]
    # the 20 promising links came first, the search after them
    first_search = pages.index(searches[0])
    assert all(p["url"].rsplit("/", 1)[-1].startswith("skola-") for p in pages[1:first_search])
    assert not any(p["url"].endswith("/nyheter") and p["found_by"] == SEARCH for p in pages)
    assert all(p["found_by"] == LINK for p in pages if not p["search_results"] and p is not hit)


def test_site_search_in_iso_8859_1_sends_the_query_in_that_encoding(tmp_path, sites):
    site = sites(_searchable("kundtj", charset="iso-8859-1"))
    crawl(tmp_path, [("Q2", "Latinby", site.url)])
    assert "/sok?typ=alla&fraga=kundtj%E4nst" in site.requests


def test_site_search_is_not_used_where_robots_txt_forbids_it(tmp_path, sites):
    site = sites(_searchable("kundtj", robots="User-agent: *\nDisallow: /sok\n"))
    pages = crawl(tmp_path, [("Q3", "Robotby", site.url)])
    assert "/sok" not in site.paths()
    assert not any(p["found_by"] == SEARCH for p in pages)


def test_a_search_that_answers_with_an_error_is_asked_once(tmp_path, sites):
    broken = _searchable("kundtj")

    def respond(path):
        if urlsplit(path).path == "/sok":
            return 500, HTML, html_page("Serverfel")
        return broken(path)
    site = sites(respond)
    crawl(tmp_path, [("Q4", "Felby", site.url)], "-s", "RETRY_TIMES=0")
    assert site.paths().count("/sok") == 1
