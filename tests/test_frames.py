"""A frameset front page (an old municipal site: banner, menu and content in three frames) is
the page its visitor sees: the crawler fetches its frames and the scoring reads them in place.

Metamorphic: the same banner, menu and content as one ordinary page score the same.
"""

import json

import pytest
from lxml import etree
from servicekoll.scoring.page import compose_frames, parse_page

from tests.conftest import FAST, HTML, read_csv, run_cli, serve_app, write_register

BANNER = '<table><tr><td><a href="../index.html" target="_top">Provby kommun</a></td>' \
         '<td><a href="kontakt.html" target="huvud">Kontakta oss</a></td></tr></table>'
MENU = ''.join(f'<p><a href="{href}" target="huvud">{text}</a></p>' for text, href in [
    ("KUNDTJÄNST", "kundtjanst.html"), ("BARN OCH SKOLA", "barn.html"), ("OMSORG", "omsorg.html"),
    ("BYGGA OCH BO", "bygga.html"), ("KULTUR", "kultur.html"), ("KOMMUN OCH POLITIK", "kommun.html")])
WELCOME = "<h1>Välkommen till Provby kommun</h1><p>Provby ligger vid sjön och har 9 000 invånare.</p>"
# A flat page, as an old site's content frame is: h1, paragraphs and lists straight in the body.
SERVICE = ("<h1>Kundtjänst</h1><p>Hos Kundtjänst får du hjälp med frågor om bygglov, färdtjänst, "
           "avgifter för barnomsorg och parkeringstillstånd.</p><h2>Kontakt</h2>"
           "<p>Telefon 08-465 004 10<br>E-post: kundtjanst@provby.se<br>Öppet måndag-fredag 9-16</p>"
           "<p>Kundtjänstchef: Eva Berg</p>")


def _page(title: str, body: str, head: str = "") -> bytes:
    return (f"<!DOCTYPE HTML PUBLIC '-//W3C//DTD HTML 4.01 Transitional//EN'><html><head>"
            f"<meta http-equiv='Content-Type' content='text/html; charset=utf-8'><title>{title}</title>{head}"
            f"</head><body>{body}</body></html>").encode()


FRAMESET = ("<!DOCTYPE HTML PUBLIC '-//W3C//DTD HTML 4.01 Frameset//EN'><html><head>"
            "<meta http-equiv='Content-Type' content='text/html; charset=utf-8'><title>Provby kommun</title>"
            "</head><frameset rows='100,*'><frame src='sv/topp.html' name='topp'>"
            "<frameset cols='200,*'><frame src='sv/meny.html' name='meny'>"
            "<frame src='sv/start.html' name='huvud'></frameset>"
            "<noframes><body><p>Kundtjänst finns i menyn.</p></body></noframes></frameset></html>").encode()


def _framed_site(path: str):
    """Frames live under /sv/, so their relative links resolve against /sv/, not against /."""
    pages = {"/": FRAMESET, "/sv/topp.html": _page("Provby", BANNER), "/sv/meny.html": _page("Meny", MENU),
             "/sv/start.html": _page("Start", WELCOME), "/sv/kundtjanst.html": _page("Kundtjänst", SERVICE)}
    return (200, HTML, pages[path]) if path in pages else (404, HTML, _page("Sidan finns inte", "<h1>404</h1>"))


def _one_page_site(path: str):
    """The same banner, menu and content, written as one page with no frames."""
    pages = {"/": _page("Provby kommun", BANNER + MENU + WELCOME, "<base href='/sv/'>"),
             "/sv/kundtjanst.html": _page("Kundtjänst", SERVICE)}
    return (200, HTML, pages[path]) if path in pages else (404, HTML, _page("Sidan finns inte", "<h1>404</h1>"))


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    folders = {}
    for name, respond in (("framed", _framed_site), ("one_page", _one_page_site)):
        server, url = serve_app(respond)
        try:
            folder = tmp_path_factory.mktemp(name)
            register = write_register(folder / "register.csv", [("9001", "Provby", url)])
            result = run_cli("run", "--municipalities", register, "--out", folder / "run", *FAST)
            assert result.returncode == 0, result.stderr[-2000:]
            folders[name] = folder / "run"
        finally:
            server.shutdown()
            server.server_close()
    return folders


def _aspects(run) -> dict:
    row = read_csv(run / "ranking.csv")[0]
    return {key: row[key] for key in ("status", "a_entry", "b_front_page", "c_easy_to_find",
                                      "d_help_described", "e_responsible", "score")}


def test_a_frameset_front_page_scores_as_the_page_its_visitor_sees(runs):
    # The menu frame's top-level KUNDTJÄNST is the front page's entrance (b1, c1); without its
    # frames the front page would show nothing but its <noframes> text.
    assert _aspects(runs["framed"]) == {"status": "ok", "a_entry": "1", "b_front_page": "1",
                                        "c_easy_to_find": "1", "d_help_described": "1",
                                        "e_responsible": "1", "score": "5"}


def test_frames_score_as_the_same_content_on_one_page(runs):
    assert _aspects(runs["framed"]) == _aspects(runs["one_page"])


def test_the_frames_are_fetched_right_after_the_front_page(runs):
    pages = [json.loads(line) for line in (runs["framed"] / "pages.jsonl").read_text().splitlines()]
    paths = ["/" + p["url"].split("/", 3)[3] for p in pages]
    assert paths[:4] == ["/", "/sv/topp.html", "/sv/meny.html", "/sv/start.html"]
    assert "/sv/kundtjanst.html" in paths


def _tree(html: bytes):
    return etree.fromstring(html, etree.HTMLParser())


def test_a_frames_links_keep_the_page_they_led_to_in_the_frame():
    front = _tree(FRAMESET)
    frames = {f"http://x/sv/{name}.html": (_tree(_page(name, body)), f"http://x/sv/{name}.html")
              for name, body in (("topp", BANNER), ("meny", MENU), ("start", WELCOME))}
    compose_frames(front, "http://x/", frames)
    page = parse_page(b"", kommunkod="9001", url="http://x/", final_url="http://x/", tree=front)
    targets = {link.text: link.href for link in page.links}
    assert targets["KUNDTJÄNST"] == "http://x/sv/kundtjanst.html"
    assert targets["Provby kommun"] == "http://x/index.html"
    assert "Välkommen till Provby kommun" in page.h1
    # what <noframes> says is not what a visitor with frames sees
    assert "finns i menyn" not in page.visible_text


def test_a_frame_not_archived_is_left_out_and_the_rest_is_shown():
    front = _tree(FRAMESET)
    compose_frames(front, "http://x/", {"http://x/sv/meny.html": (_tree(_page("Meny", MENU)),
                                                                     "http://x/sv/meny.html")})
    page = parse_page(b"", kommunkod="9001", url="http://x/", final_url="http://x/", tree=front)
    assert [link.text for link in page.links][:1] == ["KUNDTJÄNST"]


def test_a_flat_pages_text_after_its_h1_is_its_content_not_a_footer():
    page = parse_page(_page("Kundtjänst", SERVICE), kommunkod="9001", url="http://x/k.html",
                      final_url="http://x/k.html", depth=1)
    regions = {run.text: run.region for run in page.texts}
    assert regions["Telefon 08-465 004 10"] in ("main", "main_top")
    assert regions["Kundtjänstchef: Eva Berg"] in ("main", "main_top")


def test_an_iframe_of_the_sites_own_page_is_read_where_it_stands():
    # blind60 9680, 9686: a front page's news list, or the whole start page, in an <iframe>
    front = _tree(_page("Start", "<main><h1>Välkommen</h1><iframe src='/delar/nyheter.html' title='Nyheter'>"
                                 "</iframe><p>Text efter ramen</p><iframe src='https://video.example/x'></iframe></main>"))
    news = _tree(_page("Nyheter", "<ul><li><a href='kontaktcenter.html'>Kontaktcenter har nya öppettider</a></li></ul>"))
    compose_frames(front, "http://x/", {"http://x/delar/nyheter.html": (news, "http://x/delar/nyheter.html")})
    page = parse_page(b"", kommunkod="9001", url="http://x/", final_url="http://x/", tree=front)
    assert {link.text: link.href for link in page.links}["Kontaktcenter har nya öppettider"] == \
        "http://x/delar/kontaktcenter.html"
    assert "Text efter ramen" in page.visible_text
