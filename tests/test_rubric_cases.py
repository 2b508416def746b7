"""The cases rubric 1.1 spells out, one small hand-written page each (no site generator).

Each test names the rubric clause it checks; most check both directions: the
case that earns the point and the near miss that does not.
"""

import re

import pytest
from servicekoll.core.lexicon import load_lexicon
from servicekoll.scoring import regions as R
from servicekoll.scoring.rubric import score_site

from tests.test_detectors import BASE, page, site

SERVICE = page("/kontaktcenter/", "<main><h1>Kontaktcenter</h1><p>Vi svarar på frågor om bygglov, skola och "
                                  "avfall.</p><p>Telefon 0500-12 34 56</p><p>E-post kc@testby.se</p></main>", 1,
               title="Kontaktcenter - Testby kommun")


def regions_of(front) -> dict[str, str]:
    return {link.text: link.region for link in front.links}


def test_regions_without_landmarks_come_from_position():
    # "a page with no landmark elements and unfamiliar class names still has a header,
    # a menu, a main part and a footer"
    front = page("/", '<div class="q1"><div class="zz"><a href="/a">Lättläst</a></div>'
                      '<div class="k9"><a href="/kontaktcenter/">Kontaktcenter</a> <a href="/skola">Skola</a></div>'
                      '<div class="box7"><p>Välkommen till Testby. Här finns information och e-tjänster för dig '
                      'som bor och verkar i kommunen.</p><a href="/puff">Puff</a></div>'
                      '<div class="x3"><p>Testby kommun, 123 45 Testby</p><a href="/kundtjanst">Kundtjänst</a></div>'
                      "</div>", 0)
    regions = regions_of(front)
    assert regions["Kontaktcenter"] == R.HEADER
    assert regions["Lättläst"] == R.HEADER
    assert regions["Kundtjänst"] == R.FOOTER


def test_a_drawer_behind_a_menu_button_is_on_the_page_and_its_sub_items_are_not_the_top():
    # "Items of a menu that opens on click ... are on the front page, also while the menu is closed"
    front = page("/", '<header><button>Meny</button></header><div class="c-drawer" hidden>'
                      '<ul><li><a href="/kommun">Kommun och politik</a><ul><li><a href="/kontaktcenter/">'
                      "Kontaktcenter</a></li><li><a href=\"/val\">Val</a></li></ul></li>"
                      '<li><a href="/skola">Skola</a></li></ul></div><main><h1>Välkommen</h1></main>', 0)
    regions = regions_of(front)
    assert regions["Kommun och politik"] == R.NAV_TOP
    assert regions["Kontaktcenter"] == R.NAV_SUB
    scored = score_site(site(front, SERVICE))
    assert (scored.aspects["b"].value, scored.aspects["c"].value) == (1, 0)


MEGA_MENU_APART = ('<div class="mm"><ul>{items}</ul>{panels}</div><main><h1>Välkommen</h1></main>')


def _mega_menu_apart(areas: list[str]) -> str:
    items = "".join(f'<li><a href="/a{i}" aria-controls="p{i}" aria-expanded="false">{area}</a></li>'
                    for i, area in enumerate(areas))
    panels = "".join(f'<div id="p{i}" hidden><h3>{area}</h3><ul><li><a href="/a{i}/x">Mer om {area}</a></li>'
                     f'<li><a href="/a{i}/y">Blanketter och e-tjänster</a></li><li><a href="/a{i}/z">Frågor och svar</a>'
                     "</li></ul></div>" for i, area in enumerate(areas))
    return MEGA_MENU_APART.format(items=items, panels=panels)


@pytest.mark.parametrize(("h1", "own"), [("Testby Vatten AB:s kundtjänst", False),
                                         ("Kundtjänst", True)])
def test_a_link_naming_the_unit_that_leads_to_another_organisation_s_unit_is_theirs(h1, own):
    # a: "a municipal company's kundtjänst is not the municipality's"; blind38 9438, a menu's
    # "Kundtjänst VA och avfall" opening the page of the water company's kundtjänst
    front = page("/", '<header><nav><ul><li><a href="/va/kundtjanst/">Kundtjänst VA och avfall</a></li>'
                      '<li><a href="/skola">Skola</a></li></ul></nav></header><main><h1>Välkommen</h1></main>', 0)
    target = page("/va/kundtjanst/", f"<main><h1>{h1}</h1><p>Vi svarar på frågor om fakturor och "
                                     "sophämtning.</p></main>", 1)
    scored = score_site(site(front, target))
    assert [scored.aspects[x].value for x in "abc"] == [int(own)] * 3


@pytest.mark.parametrize(("where", "top"), [("hero", 1), ("later", 0)])
def test_a_box_of_the_hero_is_at_the_top_and_a_later_aside_is_not(where, top):
    # "the first screen of the main content ... a labelled box inside it"; blind32 9352, the
    # hero's <aside> "Kontaktcenter Almsta" beside its search
    box = ('<aside aria-labelledby="kc"><h2 id="kc">Kontaktcenter</h2><p>Vi svarar vardagar 8-17.</p>'
           '<a href="/kontaktcenter/">Kontakta oss</a></aside>')
    hero = f'<div class="hero"><h1>Välkommen till Testby</h1>{box if where == "hero" else ""}</div>'
    later = f'<section><h2>Aktuellt</h2><p>Nyheter från kommunen.</p>{box if where == "later" else ""}</section>'
    front = page("/", f"<header><a href='/'>Start</a></header><main>{hero}<section><h2>Genvägar</h2>"
                      f"<p>Mer om kommunen.</p></section>{later}</main>", 0)
    scored = score_site(site(front, SERVICE))
    assert (scored.aspects["b"].value, scored.aspects["c"].value) == (1, top)


@pytest.mark.parametrize("ids", [True, False])
def test_a_mega_menu_panel_kept_apart_from_its_item_is_a_sub_level(ids):
    # "items of a menu that opens on click are on the front page"; a mega-menu column is
    # below the top level (worked example 4). blind38 9442: Sitevision's panels follow the
    # row of areas, each named by its area's aria-controls; without ids, by position.
    html = _mega_menu_apart(["Skola", "Omsorg", "Kommun och politik"]).replace(
        "Mer om Kommun och politik", "Kontaktcenter").replace('href="/a2/x"', 'href="/kontaktcenter/"')
    if not ids:
        html = re.sub(r' id="p\d"', "", html)
    front = page("/", html, 0)
    assert regions_of(front)["Kontaktcenter"] == R.NAV_SUB
    scored = score_site(site(front, SERVICE))
    assert (scored.aspects["b"].value, scored.aspects["c"].value) == (1, 0)


def test_a_drawer_opened_by_a_menu_button_beside_a_search_toggle_starts_at_the_top():
    # a lone "Meny" button's drawer is a menu of its own: its first level is the top
    front = page("/", '<header><button aria-controls="drawer">Meny</button> <button aria-controls="sok">Sök</button>'
                      '</header><div id="sok" hidden><form><input name="q"></form></div><div id="drawer" hidden><ul>'
                      '<li><a href="/kontaktcenter/">Kontaktcenter</a></li><li><a href="/skola">Skola</a></li></ul>'
                      "</div><main><h1>Välkommen</h1></main>", 0)
    assert regions_of(front)["Kontaktcenter"] == R.NAV_TOP


def test_a_hidden_dropdown_panel_is_a_sub_level_and_hidden_prose_is_not_read():
    front = page("/", '<div class="mn"><div class="mi"><a href="/omsorg">Omsorg</a><div style="display:none">'
                      '<a href="/kontaktcenter/">Kontaktcenter</a><br><a href="/hemtjanst">Hemtjänst</a></div></div>'
                      '</div><div class="pg"><p>Välkommen till Testby kommun, här finns allt om kommunen.</p>'
                      '<p style="display:none">Kundtjänst finns i stadshuset</p></div>', 0)
    regions = regions_of(front)
    assert regions["Kontaktcenter"] == R.NAV_SUB
    assert not any("Kundtjänst" in run.text for run in front.texts)


def test_a_drop_down_beside_its_item_s_wrapped_link_is_a_sub_level():
    # Top: "a sub-level of a menu" is not the top; blind22 9196, a 2000s table menu whose
    # item link is wrapped in <font><b> beside its hidden drop-down
    item = ('<td><font size="2"><b><a href="/kommun">Kommun och politik</a></b></font>'
            '<div style="visibility:hidden"><table><tr><td><a href="/kontaktcenter/">Kontaktcenter</a></td></tr>'
            '<tr><td><a href="/ekonomi">Ekonomi</a></td></tr></table></div></td>')
    front = page("/", f"<table><tr><td><a href='/skola'>Skola</a></td>{item}</tr></table>"
                      "<div><h1>Välkommen</h1><p>Här finns allt om Testby kommun och dess service.</p></div>", 0)
    assert regions_of(front)["Kontaktcenter"] == R.NAV_SUB
    scored = score_site(site(front, SERVICE))
    assert (scored.aspects["b"].value, scored.aspects["c"].value) == (1, 0)


def test_a_class_word_never_makes_the_top_level_a_sub_level():
    front = page("/", '<nav><ul class="level1 dropdown"><li class="dropdown"><a href="/kontaktcenter/">'
                      "Kontaktcenter</a></li></ul></nav><main><h1>Start</h1></main>", 0)
    assert regions_of(front)["Kontaktcenter"] == R.NAV_TOP


def test_the_first_screen_is_mains_first_box_even_with_card_headings():
    front = page("/", '<header><a href="/">Testby</a></header><main><section><h1>Välkommen</h1>'
                      '<a href="/bygglov"><h2>Bygglov</h2></a><a href="/kontaktcenter/"><h2>Kontakt Testby</h2></a>'
                      '</section><section><h2>Nyheter</h2><a href="/n">Ny skola</a></section></main>', 0)
    regions = regions_of(front)
    assert regions["Kontakt Testby"] == R.MAIN_TOP
    assert regions["Ny skola"] == R.MAIN


@pytest.mark.parametrize(("text", "own"), [
    ("Kontaktcenter", True),
    ("Kommunens servicecenter", True),
    ("Kontakt Testby", True),
    ("Testbys kontaktcenter", True),
    ("Servicecenter för företagare", False),
    ("Region Norrlandias kundtjänst", False),
    ("Region Testbys kundtjänst", False),
    ("Testby Vatten AB:s kundtjänst", False),
    ("Testbybostäders kundcenter", False),
    ("Skatteverket och Försäkringskassan öppnar ett servicekontor i Testby", False),
    ("Grannstads kontaktcenter prisas", False),
    ("Ålsjö kommuns kontaktcenter", False),
    ("Kundtjänst för VA och avfall", False),
    # any single area, not only a listed one (blind15 9122, 9125) ...
    ("Servicecenter för lokalbokning", False),
    ("Kundtjänstmedarbetare till Testby Energi AB", False),  # a job ad's owner behind "till"
    ("Kundtjänst för skolskjuts", False),
    ("Kundtjänst hos Testby Energi", False),  # a company's name behind "hos" (blind21 9182)
    ("Servicekontoret vid busstationen har öppet", True),  # a place, not a company
    # ... while the whole public, a purpose or the municipality keep it everyone's
    ("Kontaktcenter för dig som bor i Testby", True),
    ("Servicecenter för invånare och företagare", True),
    ("Ring kundtjänst för att boka tid", True),
    ("Kontaktcenter för Testby kommun", True),
    ("Kontakta Kontaktcenter för mer information", True),
    # an appositive after a dash describes the name before it (blind66 8016) ...
    ("Servicecentrum Solgården – ny träffpunkt för seniorer", False),
    ("Kundtjänst - för VA och avfall", False),
    # ... the whole public keeps it everyone's, and a comma begins another phrase
    ("Kontaktcenter – en väg in för dig som bor i Testby", True),
    ("Servicecenter Testby – för invånare och företagare", True),
    ("Ring kundtjänst, för bygglov ring bygglovsenheten", True),
    ("Kontaktcenter ringer upp dig – för bygglov ring bygglovsenheten", True),
])
def test_owner_or_area_in_the_same_phrase_decides(text, own):
    from servicekoll.core.lexicon import load_lexicon

    assert (load_lexicon().names_service_function(text, "Testby kommun") is not None) is own, text


def test_a_title_is_read_without_the_site_name():
    generic = page("/kontakt", "<main><h1>Kontakt</h1><p>Ring 0500-12 34 56</p></main>", 1,
                   title="Kontakt - Testby kommun")
    front = page("/", '<header><a href="/kontakt">Kontakt</a></header><main><h1>Välkommen</h1></main>', 0)
    assert score_site(site(front, generic, kommun="Testby kommun")).aspects["a"].value == 0


def test_a_news_headline_is_not_the_service_page_when_the_unit_has_its_own():
    news = page("/nyheter/kontaktcenter-flyttar", "<main><h1>Kontaktcenter flyttar till torget</h1>"
                                                  "<p>Kontaktcenter öppnar i nya lokaler.</p></main>", 1)
    front = page("/", '<main><h1>Start</h1><article><a href="/nyheter/kontaktcenter-flyttar">Kontaktcenter '
                      "flyttar till torget</a></article></main>", 0)
    own = page("/kontaktcenter/", SERVICE_HTML, 2, title="Kontaktcenter")
    assert site(front, news, own).service_page is own
    assert site(front, news).service_page is news  # no page of its own: the news item describes it most


def test_a_landing_page_with_only_a_teaser_card_is_not_the_service_page():
    landing = page("/kontakta-oss", '<main><h1>Kontakta oss</h1><a href="/kc"><h2>Kontaktcenter</h2>'
                                    "<p>Till kontaktcenter</p></a></main>", 1)
    front = page("/", '<header><a href="/kontakta-oss">Kontakta oss</a></header><main><h1>Start</h1></main>', 0)
    assert site(front, landing).service_page is None


def test_a_section_of_a_contact_page_makes_it_the_service_page_and_links_to_it_entrances():
    contact = page("/kontakta-oss", "<main><h1>Kontakta oss</h1><h2>Kontaktcenter</h2><p>Vi svarar på frågor "
                                    "om skola och omsorg. Telefon 0500-12 34 56, kc@testby.se</p></main>", 1)
    front = page("/", '<header><a href="/kontakta-oss">Kontakta oss</a></header><main><h1>Start</h1></main>', 0)
    scored = score_site(site(front, contact))
    assert [scored.aspects[a].value for a in "abcd"] == [1, 1, 1, 1]


def test_an_entrance_through_a_redirect_counts_and_a_link_to_the_page_itself_does_not():
    service = parse_service_after_redirect()
    front = page("/", '<header><a href="/kontakt">Kontakt</a></header><main><h1>Start</h1></main>', 0)
    assert score_site(site(front, service)).aspects["c"].value == 1
    # The front page is the fallback service page (running text describes the unit):
    # its own "Start" link leads nowhere new and is no entrance.
    lone = page("/", '<header><a href="/">Start</a></header><main><h1>Välkommen</h1><p>Kontaktcenter '
                     "svarar på frågor om skola.</p></main>", 0)
    assert site(lone).service_page is lone
    assert score_site(site(lone)).aspects["b"].value == 0


def parse_service_after_redirect():
    from servicekoll.scoring.page import parse_page

    html = f"<html><head><title>Kontaktcenter</title></head><body>{SERVICE_HTML}</body></html>"
    return parse_page(html.encode(), kommunkod="T1", url=BASE + "/kontakt", final_url=BASE + "/kontaktcenter/",
                      depth=1, redirects=(BASE + "/kontakt",))


SERVICE_HTML = ("<main><h1>Kontaktcenter</h1><p>Vi svarar på frågor om bygglov och skola.</p>"
                "<p>Telefon 0500-12 34 56</p></main>")


def test_base_href_resolves_links_as_the_crawler_does():
    front = page("/", '<header><a href="kontaktcenter/">Kontaktcenter</a></header><main><h1>S</h1></main>', 0,
                 head='<base href="/sv/">')
    assert front.links[0].href == BASE + "/sv/kontaktcenter"


@pytest.mark.parametrize(("text", "named"), [
    ("Vi finns här för dig. Ring 0500-12 34 56 eller mejla kc@testby.se.", False),
    ("Hör av dig om du undrar något. Ring 0500-12 34 56 eller mejla kc@testby.se.", False),
    ("Vi svarar på frågor om kommunen. Ring 0500-12 34 56 eller mejla kc@testby.se.", False),
    ("Vi svarar på frågor om allt från skola till avfall. Ring 0500-12 34 56 eller mejla kc@testby.se.", True),
])
def test_a_bare_offer_names_no_matter(text, named):
    service = page("/kc", f"<main><h1>Kontaktcenter</h1><p>{text}</p></main>", 1, title="Kontaktcenter")
    assert score_site(site(service)).aspects["d"].value == int(named)


@pytest.mark.parametrize("channels", [
    '<a href="tel:+46500123456">Ring oss</a> och <a href="mailto:kc@testby.se">mejla</a>',
    "E-post: kc [at] testby.se. Telefontid måndag-fredag 8-16",
    "<table><caption>Öppettider</caption><tr><th>Måndag</th><td>08.00-16.30</td></tr></table> "
    "E-post: kc(at)testby.se",
    '<button aria-label="Chatta med oss"></button> Besöksadress: Storgatan 1',
])
def test_channels_in_their_other_forms(channels):
    service = page("/kc", f"<main><h1>Kontaktcenter</h1><p>Vi svarar på frågor om skola och bygglov.</p>"
                          f"<div>{channels}</div></main>", 1, title="Kontaktcenter")
    assert score_site(site(service)).aspects["d"].value == 1


@pytest.mark.parametrize(("how", "channels"), [
    # blind24 9255: the labels point to a sub-page; "visiting address" and "phone hours" are values
    ("Telefontider, e-post och besöksadress hittar du på sidan <a href='/kc/vagar'>Kontaktvägar</a>.", 0),
    ("<dl><dt>Besöksadress</dt><dd>Kommunhuset</dd><dd>Ågatan 7</dd><dt>Telefontid</dt>"
     "<dd>vardagar 8-16</dd></dl>", 2),
    ("<p><strong>Öppettider:</strong> måndag till fredag</p><p>Besök oss på Torget.</p>", 2),
    ("<h2>Öppettider</h2><p>Se nedan.</p><p>Mer information finns hos växeln.</p>", 0),
    # blind23 9244: a "Dela" link by e-mail addresses no one
    ("<a href='mailto:?subject=Kontaktcenter&amp;body=x'>Dela</a> <a href='tel:0500123456'>Ring</a>", 1),
    ("<a href='mailto:kc@testby.se'>Mejla</a> <a href='tel:0500123456'>Ring</a>", 2),
])
def test_a_channel_label_counts_with_its_value_only(how, channels):
    # d how: "opening or phone hours", "visiting address": a label that names where they
    # stand, without them, shows no channel
    service = page("/kc", f"<main><h1>Kontaktcenter</h1><p>Vi svarar på frågor om skola och bygglov.</p>"
                          f"<div>{how}</div></main>", 1, title="Kontaktcenter")
    scored = score_site(site(service))
    assert scored.aspects["d"].value == int(channels >= 2)
    assert len(site(service).channels) == channels


def test_the_site_wide_footer_channels_are_not_the_units():
    footer = "<footer><p>Växel 0500-10 00 00</p><p>kommunen@testby.se</p><p>Besöksadress Torget 1</p></footer>"
    service = page("/kc", "<main><h1>Kontaktcenter</h1><p>Vi svarar på frågor om skola och bygglov. "
                          f"Telefon 0500-12 34 56.</p></main>{footer}", 1, title="Kontaktcenter")
    other = [page(f"/p{i}", f"<main><h1>Sida {i}</h1><p>Text {i}</p></main>{footer}", 1) for i in range(3)]
    assert score_site(site(service, *other)).aspects["d"].value == 0


@pytest.mark.parametrize(("how", "channels"), [
    ('<p>Vi hjälper dig med kommunens e-tjänster.</p>', 1),  # a matter, not a way in
    ('<p><a href="/e-tjanster/fraga">Ställ din fråga i vår e-tjänst</a></p>', 2),
    ("<p>Fyll i vårt kontaktformulär.</p>", 2),
])
def test_an_e_service_is_a_channel_where_the_page_leads_to_it(how, channels):
    # d how: "contact form or e-service"; the metamorphic one_channel site (phone, and
    # "hjälper dig med kommunens e-tjänster" among its matters) must stay d0
    service = page("/kc", "<main><h1>Kontaktcenter</h1><p>Vi svarar på frågor om skola och bygglov.</p>"
                          f"<p>Telefon 0500-12 34 56</p>{how}</main>", 1, title="Kontaktcenter")
    scored = score_site(site(service))
    assert scored.aspects["d"].value == int(channels >= 2)


@pytest.mark.parametrize(("second_section", "top"), [(False, True), (True, False)])
def test_shortcuts_in_a_nav_of_the_hero_are_the_first_screen(second_section, top):
    # Top: "the first screen of the main content (... the hero, its cards and shortcuts)";
    # blind19 9161: <nav aria-label="Hitta snabbt"> inside the hero, an image link named by its alt
    shortcuts = ('<nav aria-label="Hitta snabbt"><ul><li><a href="/jobb"><img alt="Lediga jobb" src="j.svg"></a>'
                 '</li><li><a href="/kontaktcenter/"><img alt="Kontaktcenter" src="k.svg"></a></li></ul></nav>')
    hero = f"<section><h1>Välkommen</h1><p>Här finns allt om Testby.</p>{'' if second_section else shortcuts}</section>"
    later = f"<section><h2>Nyheter</h2><p>Ny skola.</p>{shortcuts if second_section else ''}</section>"
    front = page("/", f"<header><a href='/'>Testby</a></header><main>{hero}{later}</main>", 0)
    scored = score_site(site(front, SERVICE))
    assert (scored.aspects["b"].value, scored.aspects["c"].value) == (1, int(top))


@pytest.mark.parametrize(("panel", "read"), [
    ('<details><summary>Om oss</summary><p>{text}</p></details>', True),
    ('<div role="tablist"><button role="tab" aria-controls="p1">Frågor</button><button role="tab" '
     'aria-controls="p2">Om oss</button></div><div role="tabpanel" id="p1"><p>Svar</p></div>'
     '<div role="tabpanel" id="p2" hidden><p>{text}</p></div>', True),
    ('<button aria-expanded="false" aria-controls="acc">Om oss</button><div id="acc" hidden><p>{text}</p></div>',
     True),
    ('<div id="acc" hidden><p>{text}</p></div>', False),  # hidden, and no control opens it
    ('<p style="display:none">{text}</p>', False),
])
def test_a_closed_tab_or_accordion_is_read_as_a_closed_details_is(panel, read):
    # "Only what a visitor can read counts": a panel a visible control opens is read after
    # one click, whatever its markup (blind20 9175: the head of the unit in a closed tab)
    text = "Kontaktcenter leds av enhetschef Maria Holm."
    service = page("/kc", f"<main><h1>Kontaktcenter</h1>{panel.format(text=text)}</main>", 1,
                   title="Kontaktcenter")
    assert score_site(site(service)).aspects["e"].value == int(read)


def test_a_closed_panel_of_the_header_is_not_read():
    front = page("/", '<header><button aria-controls="sok">Sök</button><div id="sok" hidden>'
                      "<p>Sök hos Kundtjänst</p></div></header><main><h1>Välkommen</h1></main>", 0)
    assert not any("Kundtjänst" in run.text for run in front.texts)


@pytest.mark.parametrize("footer_repeats", [True, False])
def test_channels_in_the_page_s_own_content_count_when_every_footer_repeats_them(footer_repeats):
    # "A channel written in the page's own content counts even when the footer repeats the
    # same number or address" (blind20 9171: the tel: and mailto: links, the same in main and
    # in every page's footer, were dropped as site-wide)
    links = '<a href="tel:+46500123456">0500-12 34 56</a><br><a href="mailto:kc@testby.se">kc@testby.se</a>'
    footer = f"<footer><p>Testby kommun</p><p>{links if footer_repeats else 'Växel 0500-10 00 00'}</p></footer>"
    service = page("/kc", "<main><h1>Kontaktcenter</h1><p>Vi svarar på frågor om skola och bygglov.</p>"
                          f"<p>{links}</p></main>{footer}", 1, title="Kontaktcenter")
    other = [page(f"/p{i}", f"<main><h1>Sida {i}</h1><p>Text {i}</p></main>{footer}", 1) for i in range(3)]
    assert score_site(site(service, *other)).aspects["d"].value == 1


@pytest.mark.parametrize(("text", "responsible"), [
    ("<p>Enhetschef för kontaktcenter: Anna Berg</p>", True),
    ("<p>Enhetschef Kontaktcenter: Anna Berg</p>", True),
    ("<table><tr><td>Kontaktcenter</td><td>Enhetschef</td><td>Anna Berg</td></tr></table>", True),
    ("<p>Verksamheten leds av en enhetschef.</p>", True),
    ("<p>Sidansvarig: Anna Berg</p>", False),
    ("<p>Handläggare: Anna Berg</p>", False),
    ("<table><tr><td>Kommunledning</td><td>Kommundirektör</td><td>Per Lind</td></tr></table>", False),
    # a coordinator does not lead the unit (blind78 8132)
    ("<p>Frågor om verksamheten besvaras av Karin Öst, samordnare för kontaktcenter.</p>", False),
    ("<p>Samordnare för kontaktcenter: Karin Öst</p>", False),
])
def test_the_responsible_role_in_its_forms_and_its_traps(text, responsible):
    service = page("/kc", f"<main><h1>Kontaktcenter</h1>{text}</main>", 1, title="Kontaktcenter")
    assert score_site(site(service)).aspects["e"].value == int(responsible)


def test_text_in_comments_scripts_and_metadata_names_nothing():
    front = page("/", "<!-- Kontaktcenter --><main><h1>Välkommen</h1><script>var u='Kundtjänst';</script>"
                      '<script type="application/ld+json">{"name": "Medborgarkontoret"}</script>'
                      "<p>Nyheter från kommunen</p></main>", 0,
                 head='<meta name="description" content="Servicecenter">')
    assert score_site(site(front)).aspects["a"].value == 0


@pytest.mark.parametrize("mode", ['shadowrootmode="open"', 'shadowrootmode="closed"', "shadowroot=\"open\""])
def test_a_declarative_shadow_root_is_shown_and_other_templates_are_not(mode):
    # "as a visitor's browser shows it": a web component's server-rendered header (a
    # declarative shadow root) is shown without scripts; any other <template> never is.
    # blind40 9462, Lit's <template shadowrootmode="open">
    header = ('<site-header><template {mode}><header><nav><ul><li><a href="/kontaktcenter/">Kontaktcenter</a>'
              "</li><li><a href=\"/skola\">Skola</a></li></ul></nav></header></template></site-header>")
    shown = page("/", header.format(mode=mode) + "<main><h1>Välkommen</h1></main>", 0)
    scored = score_site(site(shown, SERVICE))
    assert (scored.aspects["b"].value, scored.aspects["c"].value) == (1, 1)
    never_shown = page("/", header.format(mode='id="header-template"') + "<main><h1>Välkommen</h1></main>", 0)
    scored = score_site(site(never_shown, SERVICE))
    assert (scored.aspects["b"].value, scored.aspects["c"].value) == (0, 0)


def test_a_search_results_page_echoing_the_query_names_nothing():
    from servicekoll.scoring.page import parse_page

    html = "<html><body><main><h1>Sök</h1><p>Du sökte på: kontaktcenter</p><p>Inga träffar</p></main></body></html>"
    results = parse_page(html.encode(), kommunkod="T1", url=BASE + "/sok?q=kontaktcenter",
                         final_url=BASE + "/sok?q=kontaktcenter", depth=1, found_by="search", search_results=True)
    front = page("/", "<main><h1>Välkommen</h1></main>", 0)
    assert score_site(site(front, results)).aspects["a"].value == 0


# Found on the held-out corpus (tests/blind), each fixed in the lexicon's mechanism.

PLAIN_FRONT = page("/", "<header><a href='/kontakt'>Kontakt</a></header><main><h1>Välkommen</h1></main>", 0)
TWO_CHANNELS = "<p>Telefon 0500-12 34 56</p><p>E-post kc@testby.se</p>"


def unit_page(body: str, path: str = "/kontaktcenter/"):
    """The unit's own page, headed by its name, with `body` after the h1."""
    return page(path, f"<main><h1>Kontaktcenter</h1>{body}</main>", 1)


def aspect_of(name: str, *pages) -> int:
    """One aspect of a site made of the plain front page and `pages`."""
    return score_site(site(PLAIN_FRONT, *pages)).aspects[name].value


def test_a_name_inside_an_e_mail_address_is_a_channel_not_a_mention():
    # "Text ... that names the municipality's own unit": kundcenter@bostadsbolaget.se names none.
    company = page("/nyheter/flytt", "<main><h1>Testbyhem AB:s kundcenter flyttar</h1><p>Ring 0500-12 34 56 "
                                     "eller skriv till kundcenter@testbyhem.se.</p></main>", 1)
    assert score_site(site(PLAIN_FRONT, company)).aspects["a"].value == 0
    own = page("/kontakt", "<main><h1>Kontakt</h1><p>Kundcenter: ring 0500-12 34 56.</p></main>", 1)
    assert score_site(site(PLAIN_FRONT, own)).aspects["a"].value == 1


def test_an_owner_named_after_the_name_takes_it():
    # "An owner ... named in the same phrase decides it", behind the name as well as before it.
    energy = page("/kontakt", "<main><h1>Kontakt</h1><p>Kundtjänstchef på Testby Energi AB är Olof Rask.</p>"
                              "<p>Frågor om fakturan går till kundtjänsten hos Region Testland.</p></main>", 1)
    scored = score_site(site(PLAIN_FRONT, energy))
    assert (scored.aspects["a"].value, scored.aspects["e"].value) == (0, 0)
    # an address behind the name is no owner: "Kontaktcenter på Energigatan 5" is the municipality's
    street = page("/kontakt", "<main><h1>Kontakt</h1><p>Besök kontaktcenter på Energigatan 5.</p></main>", 1)
    assert score_site(site(PLAIN_FRONT, street)).aspects["a"].value == 1


def test_a_contact_card_pairs_the_title_and_the_unit_with_a_comma():
    # e: "a staff table row or contact card pairing the unit with a manager's title"
    card = ('<div class="card"><h3>Sofia Lind</h3><p>Enhetschef, Kontaktcenter<br>'
            '<a href="mailto:sofia.lind@testby.se">sofia.lind@testby.se</a></p></div>')
    service = page("/kontaktcenter/", "<main><h1>Kontaktcenter</h1><p>Vi svarar på frågor om bygglov och skola."
                                      f"</p><p>Telefon 0500-12 34 56</p>{card}</main>", 1)
    assert score_site(site(PLAIN_FRONT, service)).aspects["e"].value == 1
    other = card.replace("Kontaktcenter", "Skolservice")
    service = page("/kontaktcenter/", "<main><h1>Kontaktcenter</h1><p>Vi svarar på frågor om bygglov och skola."
                                      f"</p><p>Telefon 0500-12 34 56</p>{other}</main>", 1)
    assert score_site(site(PLAIN_FRONT, service)).aspects["e"].value == 0


# Found on the second held-out corpus (tests/blind2), each fixed in the mechanism.

def test_a_contact_box_in_the_hero_is_the_first_screen_whatever_its_class():
    # c: "the first screen of the main content (... a labelled box in it)"; a class word
    # such as "teaser" does not make it a news teaser
    front = page("/", "<header><a href='/om'>Om</a></header><main><section class='hero'><h1>Välkommen</h1>"
                      "<div class='contact-teaser'><h2>Testby kundcenter</h2><p>Ring oss</p>"
                      "<a href='/kundcenter/'>Så kan kundcentret hjälpa dig</a></div></section>"
                      "<section><h2>Nyheter</h2><p>Text</p></section></main>", 0)
    service = page("/kundcenter/", "<main><h1>Kundcenter</h1></main>", 1)
    scored = score_site(site(front, service))
    assert (scored.aspects["b"].value, scored.aspects["c"].value) == (1, 1)


def test_a_sidebar_that_is_the_only_menu_is_the_primary_navigation():
    # c: "the top-level items of the primary navigation", wherever the menu is drawn
    menu = ("<aside aria-label='Huvudmeny'><ul><li><a href='/skola'>Skola</a></li><li><a href='/omsorg'>"
            "Omsorg</a></li><li><a href='/bygga'>Bygga och bo</a></li><li><a href='/kontaktcenter/'>"
            "Kontaktcenter</a><ul><li><a href='/kc/oppettider'>Öppettider</a></li></ul></li></ul></aside>")
    main = "<main><h1>Välkommen</h1><p>Testby kommun, mitt i landet, välkomnar dig.</p></main>"
    front = page("/", f"<header><a href='/'>Start</a></header>{main}{menu}<footer>Testby</footer>", 0)
    regions = regions_of(front)
    assert (regions["Kontaktcenter"], regions["Öppettider"]) == (R.NAV_TOP, R.NAV_SUB)
    assert score_site(site(front, SERVICE)).aspects["c"].value == 1
    # beside a menu of its own, a sidebar stays a sidebar: not the top
    with_nav = page("/", f"<header><nav><a href='/skola'>Skola</a><a href='/om'>Om</a></nav></header>{main}{menu}",
                    0)
    assert regions_of(with_nav)["Kontaktcenter"] == R.ASIDE
    assert score_site(site(with_nav, SERVICE)).aspects["c"].value == 0


def test_an_owner_before_a_spaced_dash_takes_the_name():
    # a: "a municipal company's kundtjänst"; "Kontakt - Exempelby kommun" still reads as a title
    footer = page("/", "<main><h1>Välkommen</h1></main><footer><p>Testby Energi AB – kundservice "
                       "0500-12 34 99</p></footer>", 0)
    assert score_site(site(footer)).aspects["a"].value == 0
    own = page("/", "<main><h1>Välkommen</h1></main><footer><p>Kontaktcenter – Testby kommun</p></footer>", 0)
    assert score_site(site(own)).aspects["a"].value == 1


def test_matters_and_no_matters_after_the_cue():
    # d: "det mesta som rör kommunens service" names no matter; "få hjälp att söka
    # parkeringstillstånd" and "Hos oss kan du lämna synpunkter" name some
    def d_of(text):
        return aspect_of("d", unit_page(f"<p>{text}</p>{TWO_CHANNELS}"))

    assert d_of("Vi hjälper dig med det mesta som rör kommunens service.") == 0
    assert d_of("Här kan du få hjälp att söka parkeringstillstånd och skolskjuts.") == 1
    assert d_of("Hos oss kan du lämna synpunkter och felanmälningar.") == 1
    # tests/blind 9306: an adjective between the verb and "hjälp med" (lost to a later cue change)
    assert d_of("Där kan du få personlig hjälp med frågor om bygglov, skola och äldreomsorg.") == 1
    assert d_of("Hör av dig om du behöver hjälp med något.") == 0


def test_staff_tables_read_each_cell_with_its_column():
    # e: "a staff table row ... pairing the unit with a manager's title"
    def e_of(table):
        org = page("/organisation", f"<main><h1>Organisation</h1>{table}</main>", 1)
        service = page("/kontaktcenter/", "<main><h1>Kontaktcenter</h1><p>Vi svarar på frågor om skola.</p>"
                                          '<a href="/organisation">Organisation</a></main>', 1)  # e: "a page it links to"
        return score_site(site(PLAIN_FRONT, service, org)).aspects["e"].value

    head = "<table><thead><tr><th>Enhet</th><th>Chef</th><th>Telefon</th></tr></thead><tbody>"
    assert e_of(head + "<tr><td>Kontaktcenter</td><td>Hanna Vik</td><td>0500-1</td></tr></tbody></table>") == 1
    assert e_of(head.replace("Chef", "Kontaktperson")
                + "<tr><td>Kontaktcenter</td><td>Hanna Vik</td><td>0500-1</td></tr></tbody></table>") == 0
    assert e_of("<table><tr><td>Kontaktcenter</td><td>Lisa Ahl, enhetschef</td></tr></table>") == 1
    # a layout table's row holding a whole page is no staff row
    assert e_of("<table><tr><td>Meny Skola Omsorg</td><td>Kontaktcenter hjälper dig. Telefon 0500-12 34 56. "
                "Ansvarig för sidan: webbredaktör Kim Sand. Senast ändrad idag.</td></tr></table>") == 0


def test_a_title_labelling_a_name_on_the_service_page():
    # e: "a title and unit without för", on the unit's own page the title alone labels its holder
    def e_of(extra):
        return aspect_of("e", unit_page(f"<p>Vi svarar på frågor om skola.</p>{extra}"))

    assert e_of("<dl><dt>Verksamhetsansvarig</dt><dd>Amir Rostami</dd></dl>") == 1
    assert e_of("<p>Enhetschef: Lena Ek</p>") == 1
    assert e_of("<p>Ansvarig för sidan: Kim Sand</p>") == 0
    assert e_of("<p>Ansvarig utgivare: Per Lind</p>") == 0
    assert e_of("<dl><dt>Sidansvarig</dt><dd>Kim Sand</dd></dl>") == 0
    # an area's hyphenated title heads that area (blind25 9264: "HR-chef: Sanna Vik")
    assert e_of("<p>HR-chef: Sanna Vik</p>") == 0
    assert e_of("<p>IT-ansvarig: Sanna Vik</p>") == 0


def test_more_ways_to_say_what_and_a_bare_offer():
    # d, found on tests/blind3: a cue without "vi", guidance on listed matters, and a bare
    # offer ("oavsett vad ditt ärende gäller") that names none
    def d_of(body):
        return aspect_of("d", unit_page(f"{body}{TWO_CHANNELS}"))

    assert d_of("<p>Kontaktcenter tar emot dina frågor om förskoleplats och bygglov.</p>") == 1
    assert d_of("<p>Vi finns för alla som behöver vägledning kring:</p><ul><li>parkeringstillstånd</li>"
                "<li>hemtjänst</li><li>skolval</li></ul>") == 1
    assert d_of("<p>Vi hjälper dig oavsett vad ditt ärende gäller, och du kan alltid vända dig till oss "
                "först.</p>") == 0


def test_a_footer_list_under_help_names_no_matter():
    # d: "Channels [and matters] are read from the service page's own content"
    footer = ("<footer><h2>Hjälp</h2><ul><li><a href='/kc'>Kundtjänst</a></li><li><a href='/k'>Kontakt</a></li>"
              "<li><a href='/kakor'>Om kakor</a></li></ul></footer>")
    service = page("/kontaktcenter/", "<main><h1>Kontaktcenter</h1><p>Vi finns här för dig.</p><p>Telefon "
                                      f"0500-12 34 56</p><p>E-post kc@testby.se</p></main>{footer}", 1)
    assert score_site(site(PLAIN_FRONT, service)).aspects["d"].value == 0


def test_a_contact_card_with_the_title_alone():
    # e: "a ... contact card pairing the unit with a manager's title"
    def e_of(card):
        service = page("/kontaktcenter/", f"<main><h1>Kontaktcenter</h1><p>Vi svarar på frågor om skola.</p>"
                                          f"<h2>Ledning</h2>{card}</main>", 1)
        return score_site(site(PLAIN_FRONT, service)).aspects["e"].value

    assert e_of("<div class='vcard'><p><span>Maria Holm</span>, <span>Servicechef</span></p>"
                "<p>Kontaktcenter Testby</p><p>0500-12 34 11</p></div>") == 1
    assert e_of("<div class='vcard'><p><span>Maria Holm</span>, <span>Servicechef</span></p>"
                "<p>Skolservice</p><p>0500-12 34 11</p></div>") == 0
    assert e_of("<div class='vcard'><p><span>Maria Holm</span>, <span>Kommunvägledare</span></p>"
                "<p>Kontaktcenter Testby</p></div>") == 0


def test_the_responsible_role_counts_on_the_service_page_and_the_pages_it_links_to():
    # e: "on the service page or on a page it links to (an organisation page)"
    organisation = page("/organisation", "<main><h1>Organisation</h1><p>Enhetschef för kontaktcenter: Anna Berg"
                                         "</p></main>", 1)
    body = "<main><h1>Kontaktcenter</h1><p>Vi svarar på frågor om bygglov och skola.</p>{link}</main>"
    linking = page("/kontaktcenter/", body.format(link='<a href="/organisation">Vår organisation</a>'), 1)
    assert score_site(site(PLAIN_FRONT, linking, organisation)).aspects["e"].value == 1
    unlinked = page("/kontaktcenter/", body.format(link=""), 1)
    assert score_site(site(PLAIN_FRONT, unlinked, organisation)).aspects["e"].value == 0


# Found on the fourth to sixth held-out corpora and on metamorphic copies of the first three
# (classes and ids stripped), each fixed in the mechanism.


def test_a_teaser_in_the_first_screen_leading_to_a_news_item_is_no_top_entrance():
    # "Not the top: ... a news teaser", told by where it leads when no class says "news"
    def c_of(href):
        front = page("/", '<div><a href="/">Start</a></div><div><h1>Välkommen till Testby</h1>'
                          f'<h4><a href="{href}">Kundtjänsten får nytt telefonnummer</a></h4>'
                          "<p>Från den 1 december når du oss på ett nytt nummer.</p></div>", 0)
        news = page("/nyheter/kundtjansten-nytt-nummer", "<main><h1>Kundtjänsten får nytt telefonnummer</h1>"
                                                        "</main>", 1)
        unit = page("/kundtjanst/", "<main><h1>Kundtjänst</h1><p>Ring 0500-12 34 56.</p></main>", 2)
        return score_site(site(front, news, unit)).aspects["c"].value

    assert c_of("/nyheter/kundtjansten-nytt-nummer") == 0
    assert c_of("/kundtjanst/") == 1


def test_the_whole_page_opens_no_region_by_its_class():
    # a <body class="has-navbar-fixed-top"> is no menu: the footer stays the footer
    from servicekoll.scoring.page import parse_page

    html = ('<html><body class="has-navbar-fixed-top"><div><a href="/skola">Skola</a></div><div><h1>Välkommen</h1>'
            '</div><footer><a href="/kundtjanst/">Kundtjänst</a></footer></body></html>')
    front = parse_page(html.encode(), kommunkod="T1", url=BASE + "/", final_url=BASE + "/", depth=0)
    assert regions_of(front)["Kundtjänst"] == R.FOOTER


def test_a_top_level_link_with_a_submenu_class_stays_at_the_top():
    # Contao: <li class="submenu"><a class="submenu">Kontakt Testby</a><ul class="level_2">...
    front = page("/", '<div id="header"><nav><ul class="level_1"><li class="submenu"><a class="submenu" '
                      'href="/skola">Skola</a><ul class="level_2"><li><a href="/forskola">Förskola</a></li></ul></li>'
                      '<li class="submenu last"><a class="submenu last" href="/kontakt-testby">Kontakt Testby</a>'
                      '<ul class="level_2"><li><a href="/oppettider">Öppettider</a></li></ul></li></ul></nav></div>'
                      "<main><h1>Välkommen</h1></main>", 0)
    regions = regions_of(front)
    assert regions["Kontakt Testby"] == R.NAV_TOP
    assert regions["Öppettider"] == R.NAV_SUB


def test_the_first_screen_starts_at_a_role_main_inside_a_wrapper():
    # Foundation: an off-canvas drawer (most of the links) beside div.off-canvas-content >
    # (menus, div[role=main] > hero with cards, ...)
    drawer = "".join(f'<li><a href="/d{i}">Ämne {i}</a></li>' for i in range(30))
    front = page("/", f'<div class="off-canvas"><ul>{drawer}</ul></div>'
                      '<div class="off-canvas-content"><div class="top"><a href="/a">Lyssna</a></div>'
                      '<div class="grid" role="main"><div class="hero"><h1>Välkommen</h1><a href="/mc/">'
                      "<h3>Medborgar-<br>center</h3></a></div><div><h2>Livshändelser</h2>"
                      '<a href="/ny">Ny i kommunen</a></div></div></div>', 0)
    regions = regions_of(front)
    assert regions["Medborgar- center"] == R.MAIN_TOP
    assert regions["Ny i kommunen"] == R.MAIN


@pytest.mark.parametrize(("text", "what"), [
    # d: a bare offer names none, in whatever clause follows it
    ("Vi hjälper dig gärna oavsett om du ringer, mejlar eller kommer in.", False),
    ("Kontaktcenter hjälper dig med det mesta när du har kontakt med Testbys kommun.", False),
    ("Hit kan du vända dig om du undrar över något.", False),
    ("Hit kan du vända dig om du vill veta mer.", False),
    ("Kontaktcenter svarar på dina frågor om du ringer oss.", False),  # reaching it is no matter
    # "och", a verb and a pronoun start a clause of their own (blind78 8133) ...
    ("Vi svarar på frågor om kommunens service och tar oss tid att lyssna på dig.", False),
    # ... while a second matter after "och" stays one
    ("Vi svarar på frågor om kommunens service och bygglov.", True),
    # ... and matters named after a plain cue do
    ("Vanliga ärenden är förskolekön, bygglov och sophämtning.", True),
    ("Vi hjälper dig med bygglov oavsett om du ringer eller mejlar.", True),
    # an errand in an "om du vill" clause is one (blind18 9157)
    ("Du kan till exempel vända dig till oss om du vill ansöka om bostadsanpassning eller boka en lokal.", True),
])
def test_matters_stand_in_the_cues_own_clause(text, what):
    assert aspect_of("d", unit_page(f"<p>{text}</p>{TWO_CHANNELS}")) == int(what)


@pytest.mark.parametrize(("text", "responsible"), [
    # e: "Ansvarig för medborgarservice är ...", written with a verb
    ("Ylva Sandberg är enhetschef och ansvarar för kontaktcentrets arbete.", True),
    ("Per Lind leder kontaktcenter sedan 2020.", True),
    ("Kontaktcenter leder dig rätt i kommunen.", False),
    ("Olle Ek ansvarar för Bygglovsservice.", False),
])
def test_a_verb_that_makes_someone_responsible_for_the_unit(text, responsible):
    assert aspect_of("e", unit_page(f"<p>{text}</p>")) == int(responsible)


# Found on tests/blind4 (markup and encodings), each fixed in the mechanism.


def test_xhtml_with_an_xml_declaration_is_read():
    # XHTML 1.0 served as application/xhtml+xml, its encoding named only in the XML declaration
    from servicekoll.scoring.page import parse_page

    xhtml = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
             '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
             "<head><title>Kontakt Testby</title></head><body><h1>Kontakt Testby</h1><p>Välkommen</p></body></html>")
    unit = parse_page(xhtml.encode("iso-8859-1"), kommunkod="T1", url=BASE + "/kontakt-testby",
                      final_url=BASE + "/kontakt-testby", depth=1, content_type="application/xhtml+xml")
    assert [h.text for h in unit.headings] == ["Kontakt Testby"]
    assert score_site(site(PLAIN_FRONT, unit)).aspects["a"].value == 1


def test_a_carousel_slide_waiting_its_turn_is_read_and_a_display_none_one_is_not():
    # "Only what a visitor can read counts": a carousel shows its slides in turn
    def front(hidden):
        slides = ('<div class="slide" role="group"><h2>Vinterlov</h2><a href="/lov">Se programmet</a></div>'
                  f'<div class="slide" role="group" {hidden}><h2>Kontaktcenter</h2><a href="/kc">Till oss</a></div>')
        return page("/", f'<header><a href="/skola">Skola</a></header><main><div class="hero">{slides}</div>'
                         "<div><h2>Nyheter</h2><p>Inget nytt.</p></div></main>", 0)

    service = page("/kc", "<main><h1>Kontaktcenter</h1></main>", 1)
    assert score_site(site(front('aria-hidden="true"'), service)).aspects["c"].value == 1
    assert score_site(site(front('style="display:none"'), service)).aspects["c"].value == 0


def test_a_title_labelling_its_holder_on_the_unit_page_and_a_card_with_a_leading_title():
    # e: "a role ... on the unit's own page"; "a contact card pairing the unit with a manager's title"
    field = ('<div class="field"><div class="field__label">Verksamhetschef</div>'
             '<div class="field__item">Jonas Ekdahl</div></div>')
    assert aspect_of("e", unit_page(f"<p>Ring oss.</p>{field}")) == 1
    assert aspect_of("e", unit_page(f"<p>Ring oss.</p>{field.replace('Verksamhetschef', 'Sidansvarig')}")) == 0
    units = ('<ul><li>Ekonomienheten – ekonomichef Linda Borg</li><li><a href="/kc">Kontaktcenter</a> – '
             "enhetschef Sanna Hedlund, 0500-12 34 56</li></ul>")
    organisation = page("/org", f"<main><h1>Kommunledningsförvaltningen</h1>{units}</main>", 2)
    service = page("/kc", '<main><h1>Kontaktcenter</h1><a href="/org">Vår förvaltning</a></main>', 1)
    assert score_site(site(PLAIN_FRONT, service, organisation)).aspects["e"].value == 1


def test_the_unit_led_by_someone():
    # e: "... leds av" with the unit as its subject and a name for the role
    service = page("/kc", "<main><h1>Kundtjänst</h1><p>Kundtjänsten leds av Birgitta Ström.</p></main>", 1)
    assert score_site(site(PLAIN_FRONT, service)).aspects["e"].value == 1
    other = page("/kc", "<main><h1>Kundtjänst</h1><p>Bygglovsservice leds av Birgitta Ström.</p></main>", 1)
    assert score_site(site(PLAIN_FRONT, other)).aspects["e"].value == 0


def test_questions_as_headings_name_the_matters():
    # d: "a list of matters", written as the questions the unit answers
    faq = "".join(f"<h3>{q}</h3><p>Svar.</p>" for q in ("Hur ställer jag mitt barn i kö till förskolan?",
                                                        "Behöver jag bygglov för ett attefallshus?",
                                                        "Hur beställer jag ett större sopkärl?"))
    assert aspect_of("d", unit_page(f"{faq}{TWO_CHANNELS}")) == 1
    two = "".join(f"<h3>{q}</h3>" for q in ("Hur gör jag?", "Vad gäller?"))
    assert aspect_of("d", unit_page(f"{two}{TWO_CHANNELS}")) == 0


# Found on tests/blind8 (the rubric's clauses one by one), each fixed in the mechanism.


def test_a_link_in_the_search_box_is_an_entrance_but_not_the_top():
    # Entrance: "a link ... on the front page that names the service function"; Top: "Not the
    # top: ... the search box"
    front = page("/", '<header><form role="search" action="/sok"><input name="q"><p>Populära sökningar: '
                      '<a href="/sok?q=Kundtj%C3%A4nst">Kundtjänst</a></p></form></header><main><h1>Välkommen</h1>'
                      "</main>", 0)
    service = page("/kundtjanst/", "<main><h1>Kundtjänst</h1></main>", 1)
    scored = score_site(site(front, service))
    assert (scored.aspects["b"].value, scored.aspects["c"].value) == (1, 0)


def test_a_shown_panel_beside_its_menu_item_is_a_sub_level():
    # Semantic UI: no lists; div.item > (a, div.menu > a...) in a row of items
    items = "".join(f'<div class="ui simple dropdown item"><a href="/{area}/">{area.title()}</a>'
                    f'<div class="menu"><a href="/{area}/a">A</a><a href="/{area}/{sub}">{sub}</a></div></div>'
                    for area, sub in (("skola", "Förskola"), ("omsorg", "Hemtjänst"), ("kommun", "Kontakt Testby")))
    front = page("/", f'<nav><div class="ui menu">{items}</div></nav><main><h1>Välkommen</h1></main>', 0)
    regions = regions_of(front)
    assert regions["Kommun"] == R.NAV_TOP
    assert regions["Kontakt Testby"] == R.NAV_SUB
    # the same without a nav landmark or classes: a header by position, the panel still below its item
    bare = page("/", f"<div><div>{items}</div></div><div><h1>Välkommen</h1><p>Nyheter och evenemang i Testby."
                     "</p></div>".replace(' class="ui simple dropdown item"', "").replace(' class="menu"', ""), 0)
    regions = regions_of(bare)
    assert regions["Kommun"] == R.HEADER
    assert regions["Kontakt Testby"] == R.NAV_SUB


@pytest.mark.parametrize("wrap", ["{}", "<h2>{}</h2>", "<span><strong>{}</strong></span>"])
def test_a_panel_beside_its_item_s_wrapped_link_is_a_sub_level(wrap):
    # Top: "a sub-level of a menu" is not the top; blind23 9246, a Bootstrap off-canvas
    # accordion whose item link sits in an <h2> beside the panel with its sub-items
    items = "".join(f'<div>{wrap.format(f"<a href=/{area}/>{area.title()}</a>")}'
                    f"<div><ul><li><a href=/{area}/a>A</a></li><li><a href=/{area}/{sub}>{sub}</a></li></ul></div></div>"
                    for area, sub in (("skola", "Förskola"), ("omsorg", "Hemtjänst"), ("kommun", "Kontaktcenter")))
    front = page("/", f"<header><a href=/>Testby</a></header><div><div>{items}</div></div>"
                      "<main><h1>Välkommen</h1><p>Nyheter och evenemang i Testby.</p></main>", 0)
    regions = regions_of(front)
    assert regions["Kommun"] == R.HEADER
    assert regions["Kontaktcenter"] == R.NAV_SUB
    scored = score_site(site(front, SERVICE))
    assert (scored.aspects["b"].value, scored.aspects["c"].value) == (1, 0)


def test_a_flat_menu_s_plain_rows_under_a_bold_one_are_its_sub_level():
    # Top: "a sub-level of a menu" is not the top, "whatever the markup": blind25 9265, a
    # 2000s table menu whose areas are bold and their items indented, all rows alike
    def row(text, href, bold):
        link = f"<a href={href}><font size=2><b>{text}</b></font></a>" if bold else \
            f"&nbsp;&nbsp;<a href={href}><font size=1>{text}</font></a>"
        return f"<tr><td>{link}</td></tr>"

    rows = [("Skola", "/skola", True), ("Förskola", "/skola#f", False), ("Grundskola", "/skola#g", False),
            ("Kommun", "/kommun", True), ("Protokoll", "/kommun#p", False), ("Kontaktcenter", "/kontaktcenter/", False)]
    layout = ("<table><tr><td><a href=/>Testby kommun</a></td></tr><tr><td><table>{}</table></td>"
              "<td><h1>Välkommen</h1><p>Nyheter och evenemang i Testby.</p></td></tr></table>")
    flat = page("/", layout.format("".join(row(*r) for r in rows)), 0)
    assert regions_of(flat)["Kontaktcenter"] == R.NAV_SUB
    assert (score_site(site(flat, SERVICE)).aspects["c"].value) == 0
    # the same menu nested: the same score
    nested = page("/", "<header><a href=/>Testby kommun</a><nav><ul><li><a href=/skola>Skola</a><ul>"
                       "<li><a href=/skola#f>Förskola</a></li></ul></li><li><a href=/kommun>Kommun</a><ul>"
                       "<li><a href=/kommun#p>Protokoll</a></li><li><a href=/kontaktcenter/>Kontaktcenter</a></li>"
                       "</ul></li></ul></nav></header><main><h1>Välkommen</h1></main>", 0)
    assert (score_site(site(nested, SERVICE)).aspects["c"].value) == 0
    # all rows plain: one level, the top
    plain = page("/", layout.format("".join(row(text, href, False) for text, href, _ in rows)), 0)
    assert (score_site(site(plain, SERVICE)).aspects["c"].value) == 1


def test_the_page_of_another_organisations_unit_speaks_of_that_unit():
    # a: "a municipal company's kundtjänst ... *<Bostads AB> kundcenter*: excluded"; its own
    # page's "vårt kundcenter" is the same company's
    company = page("/bostader-kundcenter/", "<main><h1>Testby Bostäder – kundcenter</h1><p>Testby Bostäder AB är "
                                            "kommunens bostadsbolag. På vårt kundcenter får du hjälp med hyran."
                                            "</p></main>", 1)
    assert score_site(site(PLAIN_FRONT, company)).aspects["a"].value == 0
    own = page("/kundcenter/", "<main><h1>Kundcenter</h1><p>På vårt kundcenter får du hjälp med bygglov.</p>"
                               "</main>", 1)
    assert score_site(site(PLAIN_FRONT, own)).aspects["a"].value == 1


# Found on tests/blind9 (real register names), each fixed in the mechanism.


def test_a_company_named_after_the_town_owns_its_kundcenter():
    # a: "a municipal company's kundtjänst such as an energy or housing company's"
    lexicon = load_lexicon()
    assert lexicon.names_service_function("Höganäshem kundcenter", "Höganäs") is None
    assert lexicon.names_service_function("Stockholmshem kundcenter öppnar i Farsta", "Stockholm") is None
    assert lexicon.names_service_function("Höganäs kundcenter", "Höganäs") is not None


def test_the_municipality_s_own_name_is_never_a_unit_s():
    # a: the names are the service function's; blind26 9276, a town whose name looks like one
    lexicon = load_lexicon()
    assert lexicon.names_service_function("Välkommen till Kundtjärns kommun", "Kundtjärn") is None
    assert lexicon.names_service_function("Kundtjärn växer", "Kundtjärns kommun") is None
    assert lexicon.names_service_function("Kundtjärnshem AB:s kundcenter", "Kundtjärn") is None
    assert lexicon.names_service_function("Kundtjärns kundtjänst", "Kundtjärn") is not None


@pytest.mark.parametrize(("text", "responsible"), [
    ("Medborgarkontorets enhetschef är Camilla Berg.", True),
    ("Kontaktcentrets chef heter Per Lind.", True),
    ("Statens servicekontors chef är Per Lind.", False),
    ("Bibliotekets enhetschef är Camilla Berg.", False),
])
def test_a_title_after_the_unit_s_genitive(text, responsible):
    # e: "a title and unit" in the genitive; blind26 9278
    assert bool(load_lexicon().role_hit(text, "Testby")) is responsible


@pytest.mark.parametrize(("text", "responsible"), [
    ('<p>Läs mer: <a href="/nyheter/1">Kontaktcentrets chef går i pension (2017)</a></p>', 0),
    ("<p>Anna Berg går i pension i juni, efter fem år som chef för kontaktcenter.</p>", 0),
    ("<p>Anna Berg slutar i juni. Ny chef för kontaktcenter blir Sara Lund.</p>", 1),
    ("<p>Kontaktcentrets chef är Sara Lund.</p>", 1),
    ("<p>Tjänsten som chef för kontaktcenter är vakant.</p>", 0),
    ("<p>Tjänsten som chef för kontaktcenter är vakant. Tf. chef för kontaktcenter är Sara Lund.</p>", 1),
])
def test_a_departing_head_is_nobody_responsible_now(text, responsible):
    # e: "the site names a person or role responsible", now; blind29 9322, a head retiring in 2017;
    # blind37 9429, a post that is vacant
    assert aspect_of("e", unit_page(text)) == responsible


def test_a_departing_head_on_a_linked_news_item_is_nobody_responsible_now():
    # e: "on a page it links to": the news item about the unit's head who leaves names none
    news = page("/nyheter/1", "<main><h1>Kontaktcentrets chef går i pension</h1><p>Bengt Åhl går i pension "
                              "i juni, varav de senaste fem åren som chef för kontaktcenter.</p></main>", 2)
    service = unit_page('<p><a href="/nyheter/1">Läs om kontaktcentrets historia</a></p>')
    assert aspect_of("e", service, news) == 0
    news_of_successor = page("/nyheter/1", "<main><h1>Ny chef för kontaktcenter</h1><p>Sara Lund är ny chef "
                                           "för kontaktcenter.</p></main>", 2)
    assert aspect_of("e", service, news_of_successor) == 1


def test_a_linked_document_s_format_names_no_matter():
    # d: "the service page says what": a matter named only in a linked PDF is not said there
    # (blind29 9325: "Medborgarkontoret – så kan vi hjälpa dig (pdf, 1 sida)")
    channels = "<p>Telefon 0500-12 34 56. E-post kc@testby.se.</p>"
    pdf_only = '<p><a href="/kc.pdf">Kontaktcenter – så kan vi hjälpa dig (pdf, 1 sida)</a></p>'
    assert aspect_of("d", unit_page(pdf_only + channels)) == 0
    assert aspect_of("d", unit_page(pdf_only + "<h2>Kontakt och öppettider</h2>" + channels)) == 0
    assert aspect_of("d", unit_page("<p>Vi hjälper dig med bygglov (pdf)</p>" + channels)) == 1


@pytest.mark.parametrize("sentence", [
    "Vi svarar på frågor om allt från skola till avfall.",
    "Vi svarar på frågor om <strong>allt</strong> från skola till avfall.",
    'Vi svarar på frågor om <a href="/allt">allt</a> från <em>skola</em> till avfall.',
    "<span>Vi svarar på frågor om</span> <b>allt</b> från skola till avfall.",
])
def test_inline_markup_inside_a_sentence_leaves_it_one_sentence(sentence):
    # d: worked example 1's "svarar på frågor om allt från skola till avfall", in any markup
    assert aspect_of("d", unit_page(f"<p>{sentence}</p>{TWO_CHANNELS}")) == 1


@pytest.mark.parametrize("cards", [
    '<h2>Vi hjälper dig med</h2><div class="card"><p>Bygglov och bostad</p></div>',
    '<p><strong>Vi hjälper dig med:</strong></p><div><svg></svg><span>Bygglov och bostad</span></div>',
    '<section><h3>Vi hjälper dig med</h3><a href="/bygglov"><div>Bygglov och bostad</div></a></section>',
])
def test_a_cue_ending_its_block_takes_its_matter_from_the_next(cards):
    # d: "names at least one matter": a heading cue and the cards below it (blind29 9321)
    channels = "<p>Telefon 0500-12 34 56. E-post kc@testby.se.</p>"
    assert aspect_of("d", unit_page(cards + channels)) == 1


def test_a_compound_title_after_another_organisations_unit_is_that_units():
    # e: "the role must lead or manage the unit": here another organisation's
    text = "<p>Testby Vatten AB kundservice: 0500-12 34 99. Kundservicechef är Ulla Brandt.</p>"
    assert aspect_of("e", unit_page(text, "/kundservice/")) == 0
    assert aspect_of("e", unit_page("<p>Kundservicechef är Ulla Brandt.</p>", "/kundservice/")) == 1


# Found on tests/blind10 (which page is the service page, and its own content).


def test_a_page_whose_title_names_the_unit_is_the_service_page_under_another_h1():
    # Service page: "the page about the service function (its h1 or title names it)", before a
    # news item whose headline names it
    visit = page("/besok-oss/", "<main><h1>Besök oss</h1><p>Vi hjälper dig med bygglov och skola.</p>"
                                f"{TWO_CHANNELS}</main>", 1, title="Servicekontoret - Testby kommun")
    news = page("/nyheter/stanger", "<main><h1>Servicekontoret stänger tidigare i midsommar</h1></main>", 1)
    scored = score_site(site(PLAIN_FRONT, news, visit))
    assert scored.aspects["d"].value == 1
    assert scored.aspects["d"].evidence[0].page_url.endswith("/besok-oss/")


def test_questions_about_the_website_name_no_matter():
    # d: a bare sentence about the website is no matter the unit helps with
    assert aspect_of("d", unit_page(f"<p>Frågor om webbplatsen besvaras av webbredaktionen.</p>{TWO_CHANNELS}")) == 0
    assert aspect_of("d", unit_page(f"<p>Frågor om bygglov besvaras av oss.</p>{TWO_CHANNELS}")) == 1


# Found on tests/blind11 (ordinary sites) and tests/blind12 (where the entrance sits).


def test_an_owner_before_a_comma_takes_the_name():
    # a: "An owner ... named in the same phrase decides it": "Ravnsbo Energi AB, kundservice: ..."
    lexicon = load_lexicon()
    assert lexicon.names_service_function("Testby Energi AB, kundservice: 0500-12 34 80", "Testby") is None
    assert lexicon.names_service_function("Skola, omsorg, kundtjänst", "Testby") is not None
    assert lexicon.names_service_function("Testby Energi AB, kommunens kundservice", "Testby") is not None


def test_a_section_with_its_own_heading_after_the_hero_is_the_second_section():
    # Top: "the first screen of the main content (a prominent box before the second section of main)"
    def c_of(hero):
        front = page("/", f'<header><a href="/skola">Skola</a></header><main>{hero}<section><h2>I fokus</h2>'
                          '<div><a href="/kc/">Kontaktcenter har nya telefontider</a></div>'
                          '<div><a href="/sim">Simskola</a></div></section>'
                          "<section><h2>Nyheter</h2><p>Inget nytt.</p></section></main>", 0)
        return score_site(site(front, page("/kc/", "<main><h1>Kontaktcenter</h1></main>", 1))).aspects["c"].value

    assert c_of("<section><h1>Välkommen till Testby</h1><p>Här hittar du e-tjänster.</p></section>") == 0
    assert c_of("<section><h1>Välkommen till Testby</h1></section>") == 1  # a title box: the cards are the hero's


# Found on tests/blind27 (the service page as one section of a larger page).


TOURIST_OFFICE = ("<h2>Turistbyrån</h2><p>Vi hjälper dig med boende, evenemang och guidade turer.</p>"
                  "<p>Telefon 0500-12 34 90. Turistbyrån leds av turistchef Eva Ås.</p><p>Chef: Eva Ås</p>")
UNIT_SECTION = "<h2>Medborgarservice</h2><p>Välkommen in!</p><p>Besöksadress: Storgatan 1</p>" \
               "<p>Öppettider: måndag-fredag 8-16</p>"


def shared_page(*sections: str, wrap: bool = False):
    """A page headed "Kontakta oss" whose content is `sections`, flat or each in a <section>."""
    parts = [f"<section>{part}</section>" for part in sections] if wrap else list(sections)
    return page("/kontakt", f"<main><h1>Kontakta oss</h1>{''.join(parts)}</main>", 1, title="Kontakta oss")


@pytest.mark.parametrize("wrap", [False, True])
def test_on_a_shared_page_only_the_unit_s_section_says_what_it_helps_with(wrap):
    # d: "the service page says what": on a page where the unit is one section (blind27
    # 9282), the tourist office's matters are the tourist office's, whatever the markup
    assert aspect_of("d", shared_page(TOURIST_OFFICE, UNIT_SECTION, wrap=wrap)) == 0
    assert aspect_of("d", shared_page(UNIT_SECTION, TOURIST_OFFICE, wrap=wrap)) == 0
    helps = UNIT_SECTION + "<h3>Vi hjälper dig med</h3><p>Bygglov, skola och avfall.</p>"
    assert aspect_of("d", shared_page(TOURIST_OFFICE, helps, wrap=wrap)) == 1


@pytest.mark.parametrize("wrap", [False, True])
def test_on_a_shared_page_another_section_s_head_is_not_the_unit_s(wrap):
    # e: "a role without a name on the unit's own page": on a shared page the unit's own
    # part is its section; "Chef: Eva Ås" under Turistbyrån is the tourist office's
    assert aspect_of("e", shared_page(UNIT_SECTION, TOURIST_OFFICE, wrap=wrap)) == 0
    led = UNIT_SECTION + "<p>Chef: Lena Ek</p>"
    assert aspect_of("e", shared_page(TOURIST_OFFICE, led, wrap=wrap)) == 1
    # a role naming the unit names it anywhere on the page
    staff = "<h2>Ledning</h2><p>Enhetschef för medborgarservice är Lena Ek.</p>"
    assert aspect_of("e", shared_page(UNIT_SECTION, TOURIST_OFFICE, staff, wrap=wrap)) == 1


@pytest.mark.parametrize("wrap", [False, True])
def test_a_name_in_the_section_of_another_organisation_s_unit_is_theirs(wrap):
    # a: "another organisation's office (Statens servicekontor)": its section's "Servicekontoret"
    # is the same office (blind27 9290: "Servicekontoret drivs av Statens servicecenter")
    state = ("<h2>Statens servicekontor i kommunhuset</h2><p>I entrén finns Statens servicekontor. "
             "Servicekontoret drivs av Statens servicecenter, inte av kommunen.</p>")
    assert aspect_of("a", shared_page(state, wrap=wrap)) == 0
    own = "<h2>Kommunens servicekontor</h2><p>Servicekontoret hjälper dig med bygglov och skola.</p>"
    assert aspect_of("a", shared_page(state, own, wrap=wrap)) == 1
    assert aspect_of("a", shared_page(state + own.replace("h2", "h3"), wrap=wrap)) == 1  # a sub-section


# Found on tests/blind30 (wording) and tests/blind31 (small, old and imperfect sites).


@pytest.mark.parametrize(("body", "responsible"), [
    ("<p>Vi är tolv kommunvägledare, och vi leds av Malin Sundqvist.</p>", 1),  # blind30 9327
    ("<h3>Funktionsansvarig</h3><p>Johan Lindqvist 031-390 06 25</p>", 1),  # blind30 9329
    ("<p>Politiskt ansvarig: Lars Nyström (C), kommunstyrelsens ordförande</p>", 0),  # blind30 9332
    ("<p>Politiskt ansvarig för medborgarservice är Lars Nyström (C).</p>", 0),
    ("<p>Ansvarig för medborgarservice är Lars Nyström.</p>", 1),
    ("<p>Kommunen leds av Kommunfullmäktige Och kommunstyrelsen.</p>", 0),
])
def test_the_head_in_a_communicator_s_words_and_a_politician_who_is_not(body, responsible):
    # e: "the role must lead or manage the unit": a unit's own "vi leds av", a title of its
    # holder on its page; an elected politician leads no unit
    assert aspect_of("e", unit_page(body)) == responsible


def test_passing_the_visitor_on_names_no_matter():
    # d: "a bare offer ... names none" (blind30 9332: "vi hjälper dig vidare!")
    offer = "<p>Välkommen att kontakta oss med dina frågor – vi hjälper dig vidare!</p>"
    assert aspect_of("d", unit_page(offer + TWO_CHANNELS)) == 0


def test_a_compound_title_after_another_organisation_s_unit_names_no_unit_of_ours():
    # a: "a municipal company's kundtjänst": its kundtjänstchef too (blind31 9342)
    company = page("/bolag", "<main><h1>Kommunens bolag</h1><p>Testby Energi AB:s kundtjänst når du på "
                             "040-628 04 50, vardagar 8-16; kundtjänstchef är Per Ås.</p></main>", 1)
    assert aspect_of("a", company) == 0
    own = page("/org", "<main><h1>Organisation</h1><p>Kundtjänstchef är Per Ås.</p></main>", 1)
    assert aspect_of("a", own) == 1


def test_a_link_to_the_service_page_s_copy_at_another_address_is_an_entrance():
    # c: "a link whose target, after redirects, is the service page": a CMS serving the page
    # at two addresses (blind31 9343, Sitevision's short /4.<id>.html beside its path)
    body = "<main><h1>Kontaktcenter</h1><p>Vi svarar på frågor om bygglov.</p></main>"
    front = page("/", '<header><a href="/4.211.html">Kontakta kommunen</a></header><main><h1>Start</h1></main>'
                      '<footer><a href="/kommun/kontaktcenter.4.211.html">Kontaktcenter</a></footer>', 0)
    served = [page("/kommun/kontaktcenter.4.211.html", body, 1, title="Kontaktcenter"),
              page("/4.211.html", body, 1, title="Kontaktcenter")]
    assert score_site(site(front, *served)).aspects["c"].value == 1
    other = page("/4.211.html", body.replace("bygglov", "skola"), 1, title="Kontaktcenter")
    assert score_site(site(front, served[0], other)).aspects["c"].value == 0


@pytest.mark.parametrize(("select", "top"), [
    ('<option value="/index.php/medborgarservice">Medborgarservice</option>'
     '<option value="/index.php/skola">Skola</option>', 1),
    ('<option value="kc">Medborgarservice</option><option value="skola">Skola</option>', 0),
])
def test_a_jump_menu_s_option_is_a_link(select, top):
    # b, c: "a link ... that names the service function", in the header: an old site's jump menu
    # (blind31 9340); a form's choices lead nowhere
    front = page("/", f'<header><form><select onchange="go(this)">{select}</select></form></header>'
                      "<main><h1>Välkommen</h1></main>", 0)
    unit = unit_page("<p>Vi svarar på frågor om bygglov.</p>", "/index.php/medborgarservice")
    result = score_site(site(front, unit))
    assert (result.aspects["b"].value, result.aspects["c"].value) == (top, top)


def test_a_title_with_the_site_s_name_first_is_the_page_s_name():
    # Service page: "its h1 or title names it", read without the site's name, also before it
    # (blind31 9346, "Björkhamns kommun - Kontaktcenter", no h1), before a news item
    unit = page("/hem.nsf/pages/kontaktcenter", "<main><p><b>KONTAKTCENTER</b></p><p>Ring oss.</p></main>", 2,
                title="Testby kommun - Kontaktcenter")
    news = page("/hem.nsf/nyheter/kc", "<main><p><b>KONTAKTCENTER HAR NYTT NUMMER</b></p></main>", 1,
                title="Testby kommun - Kontaktcenter har nytt nummer")
    assert site(PLAIN_FRONT, news, unit).service_page is unit


# Found on tests/blind32 (today's large sites) and tests/blind33 (near misses).


def test_a_greeting_names_no_matter():
    # d: "a bare offer ... names none" (blind32 9350: "... är du alltid välkommen")
    offer = "<p>Med frågor om kommunen eller kommunens service är du alltid välkommen. Vi finns här för dig.</p>"
    assert aspect_of("d", unit_page(offer + TWO_CHANNELS)) == 0
    assert aspect_of("d", unit_page("<p>Välkommen med dina frågor om bygglov.</p>" + TWO_CHANNELS)) == 1


@pytest.mark.parametrize(("href", "top"), [
    ("/nyhet_medborgarkontoret.asp", 0),  # blind33 9363: a news item named so in its last segment
    ("/nyheter/medborgarkontoret", 0),
    ("/medborgarkontoret.asp", 1),
])
def test_a_front_page_link_to_a_news_item_is_a_teaser_however_its_address_is_built(href, top):
    # c: "Not the top: ... a news teaser"; the archive "/nyheter.asp" is a page like any other
    front = page("/", f'<main><h1>Välkommen</h1><p><a href="{href}">Medborgarkontoret har öppet längre</a></p>'
                      "</main>", 0)
    unit = unit_page("<p>Vi svarar på frågor om bygglov.</p>", "/medborgarkontoret")
    assert score_site(site(front, unit)).aspects["c"].value == top


# Found on tests/blind34 (how to reach the unit).


@pytest.mark.parametrize(("address", "channels"), [
    ("<p>Stadshuset<br>Storgatan 5<br>999 52 Testby</p>", 2),  # blind34 9372: no label
    ("<p>Stadshuset, Storgatan 5, 999 52 Testby</p>", 2),
    ("<p>Postadress: Box 12, 999 52 Testby</p>", 1),  # a box names no place to visit
    ("<p>Du kan också komma till oss. Vi finns på Stora torget 3 i Testby.</p>", 2),  # easy to read, blind45 9521
    ("<p>Vi har 3 i personalen.</p>", 1),
])
def test_a_street_and_postcode_are_a_visiting_address_without_a_label(address, channels):
    # d: "visiting address" among the channels; here beside an hours table
    hours = "<table><caption>Öppettider</caption><tr><td>Måndag</td><td>08.00 - 16.30</td></tr></table>"
    body = f"<p>Vi svarar på frågor om skola och bygglov.</p>{address}{hours}"
    result = score_site(site(PLAIN_FRONT, unit_page(body)))
    assert result.aspects["d"].value == int(channels >= 2)


@pytest.mark.parametrize(("referral", "channels"), [
    ("<p>Frågor om bygglov besvaras av bygglovsenheten på 0980-319 230.</p>", 1),  # blind34 9370
    ('<div class="card"><h2>Gäller din fråga bygglov?</h2><p>Frågor om bygglov besvaras av '
     "bygglovsenheten. Telefontid tisdag 9–11 på 0980-319 230.</p></div>", 1),
    ("<p>Frågor om bygglov besvaras av kontaktcenter på 0980-319 230.</p>", 2),  # the unit itself
    ("<p>Ring oss på 0980-319 230.</p>", 2),
    ("<p>Frågor om bygglov BESVA\u00adRAS AV bygglovsenheten på 0980-319 230.</p>", 1),  # as written
])
def test_another_unit_s_number_on_the_service_page_is_not_the_unit_s(referral, channels):
    # d: "how" one reaches the unit (blind34 9370, 9374): a block sending the visitor to
    # another unit gives that unit's channels
    body = f"<p>Vi svarar på frågor om skola och avfall.</p><p>E-post kc@testby.se</p>{referral}"
    assert aspect_of("d", unit_page(body)) == int(channels >= 2)


# Found on tests/blind35 (kinds of municipality).


def test_the_state_s_office_as_an_adjective_is_still_the_state_s():
    # a: "another organisation's office (Statens servicecenter / servicekontor)", blind35 9385
    news = page("/", "<main><h1>Välkommen</h1><p>Närmaste statliga servicekontor håller nu öppet även på "
                     "torsdagskvällar.</p></main>", 0)
    assert score_site(site(news)).aspects["a"].value == 0


def test_the_municipalities_a_joint_centre_serves_name_no_matter():
    # d: "kommunen ... alone" names no matter, nor "de tre kommunerna" (blind35 9384)
    offer = "<p>Servicecentret tar emot dina frågor till de tre kommunerna.</p>"
    assert aspect_of("d", unit_page(offer + TWO_CHANNELS)) == 0
    assert aspect_of("d", unit_page("<p>Vi tar emot dina frågor om bygglov.</p>" + TWO_CHANNELS)) == 1


# Found on tests/blind41-45 (channels, small municipalities, the service page, sites in
# transition, accessibility).


def test_a_front_page_h1_that_links_to_the_unit_is_a_teaser_not_the_service_page():
    # "Service page": its h1 names the unit; a front page's h1 that is a link to the unit's
    # page is that page's teaser (blind42 9471), so d is read on the unit's page
    front = page("/", '<main><h1><a href="/kontaktcenter/">Kontaktcenter</a></h1><p>Vi hjälper dig vidare.</p>'
                      "</main>", 0)
    assert score_site(site(front, SERVICE)).aspects["d"].value == 1
    assert score_site(site(front)).aspects["d"].value == 0  # alone, it says neither what nor how


def test_the_title_of_another_organisation_s_page_is_theirs_too():
    # a: "an office of some other organisation"; the title is the same headline as the h1
    # that names the owner (blind42 9465)
    news = page("/nyhet", "<main><h1>Försäkringskassans och Skatteverkets servicekontor i Grannvik stänger</h1>"
                          "<p>Närmaste servicekontor finns i Länsstaden.</p></main>", 1,
                title="Servicekontoret i Grannvik stänger - Testby kommun")
    assert aspect_of("a", news) == 0


def test_a_news_article_about_another_organisation_s_office_is_theirs():
    # a: blind41 9395, the article's "Servicekontoret hjälper till med id-kort" under the
    # headline "Skatteverket och Försäkringskassan öppnar servicekontor"
    news = page("/2026/11/servicekontor/", '<main><article class="news-item"><h1>Skatteverket och '
                "Försäkringskassan öppnar servicekontor i Testby</h1><p>Publicerad 2026-11-03</p>"
                "<p>Servicekontoret hjälper till med id-kort och deklaration.</p></article></main>", 1)
    assert aspect_of("a", news) == 0


@pytest.mark.parametrize(("owner", "own"), [("Testby Energi AB", False), ("Region Norrlandia", False),
                                            ("Testby kommun", True)])
def test_a_footer_column_headed_by_another_organisation_holds_its_units(owner, own):
    # a: "the kundtjänst of a municipal company" (blind41 9395): a footer column headed
    # "Vassmark Energi AB" over "Kundtjänst: 0980-319 290"
    front = page("/", f"<main><h1>Välkommen</h1></main><footer><h2>{owner}</h2><p>Kundtjänst: 0500-12 34 56</p>"
                      "</footer>", 0)
    assert score_site(site(front)).aspects["a"].value == int(own)


@pytest.mark.parametrize(("h1", "own"), [("Testby Energi AB", False), ("Om Testby", True)])
def test_a_page_headed_by_another_organisation_holds_its_units(h1, own):
    company = page("/energi/", f"<main><h1>{h1}</h1><p>Kundtjänsten svarar på frågor om el och fjärrvärme.</p>"
                               "</main>", 1)
    assert aspect_of("a", company) == int(own)


@pytest.mark.parametrize(("how", "channels"), [
    ("<p>Ring 031-390 06 20, vardagar 8–16.</p>", 2),  # blind44 9486: phone hours without "kl"
    ('<p>Telefon: 08-465 004 22</p><p><a href="/boka">Boka besök</a></p>', 2),  # blind41 9392: booking
    ("<p>Telefon: 08-465 004 22</p><p>Vi har 8 - 16 medarbetare.</p>", 1),
])
def test_phone_hours_and_a_booking_service_are_channels(how, channels):
    # d: "opening or phone hours", "contact form or e-service"
    body = f"<p>Vi svarar på frågor om skola och avfall.</p>{how}"
    assert aspect_of("d", unit_page(body)) == int(channels >= 2)


# Found on tests/blind46-49 (a second sample, front pages, the unit's sub-pages, wording).


def test_a_mega_menu_panel_with_column_headings_is_a_menu():
    # "a mega-menu column" is on the front page, below the top level (blind48 9546): the
    # column headings of a closed panel label its links, they do not make it prose
    front = page("/", '<header><nav><ul><li><a href="/kommun">Kommun och politik</a><button aria-expanded="false" '
                      'aria-controls="m5">Visa undermeny</button><div id="m5" hidden><div><h3>Mer inom kommun och '
                      'politik</h3><ul><li><a href="/protokoll">Protokoll</a></li><li><a href="/budget">Budget</a>'
                      '</li></ul></div><div><h3>Service och kontakt</h3><ul><li><a href="/kontaktcenter/">'
                      "Kontaktcenter</a></li></ul></div></div></li></ul></nav></header><main><h1>Välkommen</h1>"
                      "</main>", 0)
    scored = score_site(site(front, SERVICE))
    assert (scored.aspects["b"].value, scored.aspects["c"].value) == (1, 0)


@pytest.mark.parametrize(("text", "own"), [
    ("Försäkringskassan, Skatteverket och Pensionsmyndigheten finns på plats i det nya servicekontoret.", False),
    ("Kommunens nya kontaktcenter öppnar i mars.", True),
    ("Nya kontaktcenter öppnar i mars.", True),
])
def test_new_names_no_owner_but_an_organisation_earlier_still_does(text, own):
    # a: "another organisation's office named in the same sentence"; blind47 9543
    assert bool(load_lexicon().names_service_function(text, "Testby")) is own


@pytest.mark.parametrize(("text", "responsible"), [
    ("<p>Den som ansvarar för vårt kontaktcenter är enhetschef Maja Ström.</p>", 1),  # blind49 9555
    ("<p>Den som ansvarar för vårt kontaktcenter är Lars Ek.</p>", 1),  # blind49 9558
    ("<p>Den som ansvarar för bygglovsenheten är Lars Ek.</p>", 0),
])
def test_the_one_responsible_for_our_unit_in_a_full_sentence(text, responsible):
    # e: "a person or role responsible", in whatever form the site uses
    assert aspect_of("e", unit_page(text)) == responsible


@pytest.mark.parametrize(("unit", "responsible"), [("medborgarkontoret", 1), ("bygglovsenheten", 0)])
def test_a_linked_organisation_page_naming_who_leads_the_unit(unit, responsible):
    # e: "on a page the service page links to"; blind49 9557
    organisation = page("/organisation", f"<main><h1>Organisation</h1><p>Verksamheten vid {unit} leds av "
                                         "enhetschef Ola Berg.</p></main>", 2)
    service = page("/medborgarkontoret", '<main><h1>Medborgarkontoret</h1><p><a href="/organisation">Så är vi '
                                         "organiserade</a></p></main>", 1)
    assert aspect_of("e", service, organisation) == responsible


def test_a_news_teaser_headed_by_another_organisation_s_unit_is_theirs_blurb_too():
    # a: "a municipal company's kundtjänst"; blind49 9561, the teaser's blurb under its headline
    front = page("/", '<main><h1>Välkommen</h1><div><h2>Nyheter</h2><ul><li><a href="/nyheter/1">Testby Bostäder '
                      "öppnar kundtjänst på torget</a><p>Hyresgäster får en egen kundtjänst i centrum.</p></li>"
                      "</ul></div></main>", 0)
    assert score_site(site(front)).aspects["a"].value == 0


@pytest.mark.parametrize(("answer", "what"), [
    ("Hos oss får du svar direkt på de flesta frågor, till exempel om förskola, bygglov och avfall.", 1),
    ("I vår broschyr kan du läsa om vilka ärenden du kan få hjälp med hos oss.", 0),  # blind29 9325
])
def test_matters_given_as_examples_are_what_and_a_brochure_is_not(answer, what):
    # d: "what one can get help with" (blind49 9555): "frågor, till exempel om" and its matters
    body = f"<h2>Vad kan vi hjälpa dig med?</h2><p>{answer}</p>{TWO_CHANNELS}"
    assert aspect_of("d", unit_page(body)) == what



# -- held-out corpora blind50-55 ------------------------------------------------------------------


@pytest.mark.parametrize(("lead", "what"), [
    ("<p><b>Det här kan du få hjälp med hos oss</b></p><table><tr><th>Ärende</th><th>Exempel</th></tr>"
     "<tr><td>Barnomsorg</td><td>ansökan om förskoleplats</td></tr><tr><td>Avfall</td><td>sophämtning</td></tr>"
     "</table>", 1),  # blind50 9567: the matters in a table after the lead
    ('<div><p>Ring eller mejla oss. Vi hjälper dig med bland annat:</p></div><div><ul><li><a href="/skola">'
     'Förskola och skola</a></li><li><a href="/bygglov">Bygglov</a></li></ul></div>', 1),  # blind55 9629
    ("<h2>Vad kan jag få hjälp med?</h2><div><a href='/f'><span>Förskoleplats</span><span>Ansök, byt eller "
     "säg upp</span></a></div><div><a href='/b'><span>Bygglov</span></a></div>", 1),  # blind50 9568: cards answer
    ("<h2>Vad kan vi hjälpa dig med?</h2><p>Med det mesta! Ingen fråga är för stor. Vi hjälper dig med allt "
     "som rör kommunens service, och vet vi inte svaret tar vi reda på det.</p>", 0),  # blind50 9570: bare
    ("<p>Vi hjälper dig gärna.</p><p>Öppettider vardagar</p>", 0),  # a complete sentence introduces nothing
])
def test_a_cue_that_ends_its_line_or_asks_a_question_is_followed_by_its_matters(lead, what):
    # d: "what one can get help with": a lead or question heading, then its matters in the next
    # blocks (a table, a link list, cards); prose after a question may name none
    assert aspect_of("d", unit_page(lead + TWO_CHANNELS)) == what


def test_skriv_till_oss_before_an_address_is_an_e_mail_not_a_form():
    # d: "two channels": blind50 9572's "Skriv till oss: kommunservice@..." is one channel
    body = "<p>Vi svarar på frågor om skolskjuts och avfall.</p><p>Skriv till oss: kc@testby.se</p>"
    assert aspect_of("d", unit_page(body)) == 0
    linked = body + '<p><a href="/formular">Skriv till oss</a></p>'
    assert aspect_of("d", unit_page(linked)) == 1


def test_matters_listed_for_others_are_not_the_units():
    # d (blind51 9580): "Många frågor besvaras av kommunens bolag:" lists the companies' matters
    others = ("<h2>Kontakt</h2><p>Allt annat tar kommunens kundtjänst emot.</p><p>Många frågor besvaras av "
              "kommunens bolag:</p><ul><li>el och fjärrvärme</li><li>hyresrätter</li><li>vatten och avlopp</li></ul>")
    service = page("/kontakta-oss", f"<main><h1>Kontakta oss</h1>{others}{TWO_CHANNELS}</main>", 1)
    assert aspect_of("d", service) == 0


@pytest.mark.parametrize(("text", "own"), [
    ("Frågor om bygglov tas emot av Kontaktcenter i Grannby kommun.", False),  # blind51 9576
    ("Kontaktcenter i Testby kommun svarar på dina frågor.", True),
    ("Vatten & Miljö i Testby – kundtjänst", False),  # blind51 9582: the town is in the company's name
    ("Kundtjänst i Testby", True),
])
def test_a_unit_in_another_municipality_or_of_a_company_named_with_the_town(text, own):
    # a: "another municipality's unit", "a municipal company's kundtjänst"
    assert (load_lexicon().names_service_function(text, "Testby") is not None) == own


@pytest.mark.parametrize(("dd", "responsible"), [("Maja Rosén, 0500-12 34 50", 1), ("Vakant – rekrytering pågår", 0)])
def test_a_two_word_title_labels_its_holder_and_a_vacant_post_names_nobody(dd, responsible):
    # e: "a role labelling its holder on the unit's page" (blind53 9597); a vacant post (9614)
    body = f"<dl><dt>Ansvarig chef</dt><dd>{dd}</dd><dt>Kommunvägledare</dt><dd>Erik Nyman</dd></dl>"
    assert aspect_of("e", unit_page(body)) == responsible


@pytest.mark.parametrize(("card", "responsible"), [("Anders Nyqvist, enhetschef", 1),
                                                   ("Anders Nyqvist, enhetschef för bygglov", 0),
                                                   ("Gun Persson, kommunvägledare", 0)])
def test_a_name_then_its_title_on_the_unit_s_page(card, responsible):
    # e (blind55 9632): "Ansvarig för Direkten / Anders Nyqvist, enhetschef" on the unit's own page
    assert aspect_of("e", unit_page(f"<div><div>Kontakt</div><div>{card}</div><div>0500-12 34 61</div></div>")) == responsible


def test_a_linked_page_naming_the_unit_only_in_its_menu_is_not_read_for_e():
    # e (blind55 9631): the energy company's page, linked from the service page, names the unit
    # only in the site-wide menu: its "Kundtjänstchef" is the company's
    menu = '<header><nav><ul><li><a href="/kontaktcenter/">Kontaktcenter</a></li></ul></nav></header>'
    company = page("/energi", f"{menu}<main><h1>Testby Energi AB</h1><p>Bolaget hjälper dig med elavtal.</p>"
                              "<p>Kundtjänstchef: Stig Ahl</p></main>", 2)
    service = page("/kontaktcenter/", f'{menu}<main><h1>Kontaktcenter</h1><p><a href="/energi">Testby Energi'
                                      "</a></p></main>", 1)
    assert aspect_of("e", service, company) == 0


def test_a_header_toolbar_panel_with_a_link_is_the_header_a_search_panel_is_not():
    # b, c (blind52 9585): the closed "Kontakt" panel of a toolbar of toggles, in the header
    front = page("/", '<header><button aria-controls="p-kontakt" aria-expanded="false">Kontakt</button>'
                      '<button aria-controls="p-sok">Sök</button><div id="p-kontakt" hidden><h2>Kontaktcenter</h2>'
                      '<p>Vi svarar vardagar 8–17.</p><p><a href="/kontaktcenter/">Mer om Kontaktcenter</a></p></div>'
                      '<div id="p-sok" hidden><form action="/sok"><input name="q"></form><p>Sök hos Kundtjänst</p>'
                      "</div></header><main><h1>Välkommen</h1></main>", 0)
    assert regions_of(front)["Mer om Kontaktcenter"] == R.HEADER
    assert not any("Sök hos" in run.text for run in front.texts)
    scored = score_site(site(front, SERVICE))
    assert (scored.aspects["b"].value, scored.aspects["c"].value) == (1, 1)


@pytest.mark.parametrize(("text", "own"), [
    ("Grannby och Östervall öppnar gemensamt kundcenter", False),  # blind57 9650, blind51 9581
    ("Testby och Grannby öppnar gemensamt kundcenter", True),
    ("Vi öppnar ett gemensamt kundcenter med Grannby", True),
    ("Nu öppnar ett gemensamt kundcenter", True),
])
def test_a_joint_unit_is_the_municipality_s_own_only_when_it_takes_part(text, own):
    # a: "another municipality's unit"; a joint unit is ours when we are among its parties
    assert (load_lexicon().names_service_function(text, "Testby") is not None) == own


def test_a_news_teaser_whose_article_names_another_s_unit_is_theirs():
    # a, b (blind57 9656): "Servicekontoret på biblioteket stänger i maj" is, by its article,
    # Statens servicekontor: neither the teaser nor the item is the municipality's unit
    front = page("/", '<main><h1>Välkommen</h1><div><h2>Nyheter</h2><div><h3><a href="/nyheter/stanger">'
                      "Servicekontoret på biblioteket stänger i maj</a></h3><p>Biblioteket renoveras.</p></div>"
                      "</div></main>", 0)
    def item(article: str):
        return page("/nyheter/stanger", "<main><article><h1>Servicekontoret på biblioteket stänger i maj</h1>"
                                        f"<p>{article}</p></article></main>", 1)

    theirs = score_site(site(front, item("Statens servicekontor, som har lokaler i biblioteket, stänger i maj.")))
    assert theirs.aspects["a"].value == 0
    ours = score_site(site(front, item("Kommunens servicekontor håller stängt i maj.")))
    assert (ours.aspects["a"].value, ours.aspects["b"].value) == (1, 1)


def test_a_page_headed_by_the_unit_among_other_words_beats_a_news_item():
    # service page (blind57 9649): "Medborgarkontoren Norr och Söder" is the unit's own page
    own = page("/medborgarkontor", "<main><h1>Medborgarkontoren Norr och Söder</h1><p>Hos oss kan du få hjälp "
                                   "med blanketter och färdtjänst.</p></main>", 2)
    news = page("/nyheter/sommar", "<main><h1>Medborgarkontor Norr håller sommaröppet</h1></main>", 1)
    assert site(PLAIN_FRONT, news, own).service_page is own


def test_a_table_s_cells_are_read_with_their_column_headings_for_channels():
    # d (blind57 9649): "Besöksadress" and "Öppet" head columns of an offices table
    body = ("<p>Hos oss kan du få hjälp med blanketter och färdtjänst.</p><table><tr><th>Kontor</th>"
            "<th>Besöksadress</th><th>Öppet</th></tr><tr><td>Norr</td><td>Byvägen 3, Norrby</td>"
            "<td>mån–tors 9–16</td></tr></table>")
    assert aspect_of("d", unit_page(body)) == 1


@pytest.mark.parametrize(("text", "what"), [
    ("Kontaktcenter svarar inte på frågor om bygglov eller skatt.", 0),  # blind59 9668
    ("Frågor om bygglov besvaras av Bygglovsservice.", 0),
    ("Vi tar emot alla dina frågor om kommunen och hjälper dig vidare till rätt person.", 0),
    ("Oavsett fråga om kommunen vet vi var du ska vända dig.", 0),  # blind6 9804: no matter named
    ("Kontaktcenter svarar på frågor om bygglov eller skatt.", 1),
    # blind69 8043: a matter sent to another unit is not the unit's
    ("Frågor om bygglov och detaljplaner ställer du direkt till bygg- och miljöförvaltningen.", 0),
    ("Frågor om bygglov och detaljplaner ställer du till oss.", 1),
    ("Frågor om bygglov ställer du till kontaktcenter.", 1),
    # blind70 8055: "hör (gärna) av dig" reaches the unit, it names no matter
    ("Vi hjälper dig med allt som rör kommunen, och hör gärna av dig om du undrar något.", 0),
    ("Vi hjälper dig med allt som hör till kommunen.", 0),
])
def test_matters_denied_or_referred_elsewhere_are_not_what_one_gets_help_with(text, what):
    assert aspect_of("d", unit_page(f"<p>{text}</p>{TWO_CHANNELS}")) == what


@pytest.mark.parametrize(("text", "kinds"), [
    ("Vi har ingen chatt, inget kontaktformulär och ingen besöksmottagning.", set()),  # blind59 9672
    ("Chatta med oss vardagar.", {"chat"}),
    ("Ring 0980.319.260", {"phone"}),  # blind59 9674
    ("Öppet 08.00–16.00", {"hours"}),  # a time with dots is no phone number
    ("Vi svarar dygnet runt.", {"hours"}),
    ("Hos oss kan du lämna synpunkter och felanmälningar.", set()),  # blind57 9655: a matter
])
def test_channels_denied_or_in_other_forms(text, kinds):
    assert set(load_lexicon().channel_kinds(text)) == kinds


def test_a_header_toolbar_panel_is_found_by_position_without_ids():
    # the metamorphic "meaningless classes" family removes ids: the panel beside the toolbar's
    # row of toggles (aria-expanded) is still the header's (blind52 9585 without ids)
    toggles = "".join(f'<button aria-expanded="false">{name}</button>' for name in ("Meny", "Sök", "Kontakt"))
    front = page("/", f"<header><div>{toggles}</div><div hidden><h2>Kontaktcenter</h2><p><a href='/kontaktcenter/'>"
                      "Mer om Kontaktcenter</a></p></div></header><main><h1>Välkommen</h1></main>", 0)
    scored = score_site(site(front, SERVICE))
    assert (scored.aspects["b"].value, scored.aspects["c"].value) == (1, 1)


@pytest.mark.parametrize(("text", "own"), [
    ("El och renhållning sköts av det kommunala bolaget, som har sin egen kundtjänst.", False),  # blind64 9040
    ("Bostadsbolaget har sin kundtjänst på torget.", False),
    ("Kommunen har sitt eget kontaktcenter sedan 2019.", True),
])
def test_a_reflexive_possessive_gives_the_unit_to_the_sentence_s_subject(text, own):
    # a: "an owner ... named in the same phrase decides it"
    assert (load_lexicon().names_service_function(text, "Testby") is not None) == own


@pytest.mark.parametrize(("body", "what"), [
    ("<h2>Vi svarar på dina frågor</h2><p>Hos kundcenter möter du kunniga medarbetare som tar hand om dig.</p>", 0),
    ("<h2>Vi svarar på dina frågor om</h2><ul><li>bygglov</li><li>avfall</li><li>skola</li></ul>", 1),
])
def test_a_heading_cue_followed_by_prose_names_no_matter(body, what):
    # d (blind64 9033): "Vi svarar på dina frågor" over "Hos kundcenter möter du ..." is a bare
    # offer; the unit's own name after a cue is no matter either
    assert aspect_of("d", unit_page(body + TWO_CHANNELS)) == what


@pytest.mark.parametrize(("path", "responsible"), [("/kontaktcenter/om-oss/", 1), ("/om-kommunen/", 0)])
def test_the_unit_s_sub_page_is_its_own_page_for_e(path, responsible):
    # e (blind62 9011): "Verksamheten leds av enhetschef ..." on /kontaktcenter/om-oss/, linked
    # from the unit's page, is the unit's; on a page elsewhere it says nothing of the unit
    service = page("/kontaktcenter/", f'<main><h1>Kontaktcenter</h1><p><a href="{path}">Om oss</a></p></main>', 1)
    about = page(path, "<main><h1>Om oss</h1><p>Kontaktcenter har tolv medarbetare.</p><p>Verksamheten "
                       "leds av enhetschef Annika Strand.</p></main>", 2)
    assert aspect_of("e", service, about) == responsible


def test_chefen_for_the_unit_names_its_head():
    # e (blind62 9013): "Chefen för Servicecenter heter Göran Ljung"
    assert aspect_of("e", unit_page("<p>Chefen för Kontaktcenter heter Göran Ljung.</p>")) == 1


@pytest.mark.parametrize(("slides", "entrance"), [(3, 1), (2, 0)])
def test_a_carousel_slide_out_of_the_layout_until_its_turn_is_on_the_page(slides, entrance):
    # b, c (blind63 9022): slide 2 of 3, aria-hidden and display:none until the carousel turns;
    # two copies of one block (a mobile and a desktop one) are no carousel
    hidden = '<div class="s" aria-hidden="true" style="display:none"><a href="/kontaktcenter/">Kontaktcenter</a></div>'
    others = "".join('<div class="s" aria-hidden="true" style="display:none"><a href="/jobb">Jobb</a></div>'
                     for _ in range(slides - 2))
    front = page("/", f'<main><h1>Välkommen</h1><div><div class="s"><a href="/sommar">Sommar</a></div>{hidden}'
                      f"{others}</div></main>", 0)
    assert score_site(site(front, SERVICE)).aspects["b"].value == entrance


@pytest.mark.parametrize(("said", "exists"), [
    ("Medborgarkontoret har stängt permanent. Vänd dig till växeln.", False),  # blind59 9669
    ("Medborgarkontoret finns inte ännu: det öppnar våren 2027.", False),  # blind59 9670
    ("Medborgarkontoret har stängt i sommar och öppnar igen i augusti.", True),  # only for a while
    # blind51 9581: the administration's own service centre, not the public's
    ("Medborgarkontoret sköter lön och inköp åt förvaltningarna och tar inte emot frågor från invånare; "
     "som invånare ringer du växeln.", False),
    ("Medborgarkontoret är inte öppet för allmänheten.", False),
    ("Medborgarkontoret tar inte emot frågor om bygglov; dem svarar bygglovsenheten på.", True),  # a scope
    ("Medborgarkontoret tar emot frågor från invånare, företag och besökare.", True),
])
def test_a_unit_the_site_says_is_gone_not_there_yet_or_not_for_the_public_is_no_service_function(said, exists):
    # a: a service function "takes the public's questions": one that is closed for good, does
    # not exist yet, or says it takes none from the public, takes none; wherever else the site names it
    front = page("/", '<header><nav><ul><li><a href="/medborgarkontoret">Medborgarkontoret</a></li></ul></nav>'
                      "</header><main><h1>Välkommen</h1></main>", 0)
    unit = page("/medborgarkontoret", f"<main><h1>Medborgarkontoret</h1><p>{said}</p><p>Enhetschef för "
                                      "medborgarkontoret var Bo Karlsson.</p></main>", 1)
    scored = score_site(site(front, unit))
    assert (scored.aspects["a"].value, scored.aspects["b"].value) == ((1, 1) if exists else (0, 0))


@pytest.mark.parametrize(("said", "exists"), [
    ("Medborgarkontoret i Norrby har stängt permanent. Medborgarkontoret i Söder har öppet som vanligt.", True),
    ("Medborgarkontoret i Norrby har stängt permanent.", False),  # the one office there was
    ("Medborgarkontoret har stängt permanent. Medborgarkontoret i Söder har öppet som vanligt.", False),
])
def test_one_closed_office_of_several_leaves_the_others(said, exists):
    # a: "Medborgarkontoret i Norrby har stängt" closes one office; another named by its place
    # stays a service function, and the bare name in the menu is the one still open
    front = page("/", '<header><nav><ul><li><a href="/medborgarkontoret">Medborgarkontoret</a></li></ul></nav>'
                      "</header><main><h1>Välkommen</h1></main>", 0)
    unit = page("/medborgarkontoret", f"<main><h1>Medborgarkontoret</h1><p>{said}</p></main>", 1)
    scored = score_site(site(front, unit))
    assert (scored.aspects["a"].value, scored.aspects["b"].value) == ((1, 1) if exists else (0, 0))


def test_a_unit_the_site_says_it_lacks_is_not_named():
    # a (blind59 9670): "Stordala kommun har inget kontaktcenter"
    assert load_lexicon().names_service_function("Testby kommun har inget kontaktcenter.", "Testby") is None


def test_a_form_to_print_and_post_is_no_channel():
    # d (blind59 9675): "Kontaktformulär (PDF, 2 kB) – skriv ut blanketten ..."
    lexicon = load_lexicon()
    assert "form" not in lexicon.channel_kinds("Kontaktformulär (PDF, 2 kB) – skriv ut blanketten och skicka den.")
    assert "form" in lexicon.channel_kinds("Skicka ditt ärende via vårt kontaktformulär.")


def test_a_link_to_the_site_s_own_search_results_is_the_search_box_wherever_it_stands():
    # c: "Not the top: ... the search box" (blind63 9021 without classes): a hero's "Populära
    # sökningar" chip leading to /sok/?q=... is an entrance (b1) but not the top (c0)
    hero = ('<section><h1>Vad vill du göra idag?</h1><form action="/sok/" method="get" role="search">'
            '<input type="search" name="q"><button>Sök</button></form><p>Populära sökningar: '
            '<a href="/sok/?q=kontaktcenter">Kontaktcenter</a> <a href="/sok/?q=bygglov">Bygglov</a></p></section>')
    front = page("/", f"<main>{hero}<section><h2>Aktuellt</h2><p>Nyheter</p></section></main>", 0)
    scored = score_site(site(front, SERVICE))
    assert (scored.aspects["b"].value, scored.aspects["c"].value) == (1, 0)


def test_fraga_om_names_the_matters_in_easy_to_read_swedish():
    # d (blind45 9521): "Du kan fråga om skolan, om hjälp i hemmet och om sophämtning."
    assert load_lexicon().what_hit("Du kan fråga om skolan, om hjälp i hemmet och om sophämtning.", "Testby")


@pytest.mark.parametrize(("hours", "channels"), [
    ("<p>Bygglovsenhetens telefontid är tisdagar och torsdagar 9.00–11.00.</p>", 1),  # blind64 9032
    ("<p>Socialförvaltningens öppettider: vardagar 8–16.</p>", 1),
    ("<p>Frågor om bygglov lämnar vi vidare. Bygglovsenhetens telefontid är tisdagar 9.00–11.00. "
     "Kontaktcentrets telefontid är vardagar 8.00–16.30.</p>", 2),  # the unit's own hours, beside
    ("<p>Kontaktcentrets telefontid är vardagar 8.00–16.30.</p>", 2),
    ("<p>Sommarens öppettider: vardagar 9–15.</p>", 2),  # a season's hours are the unit's
])
def test_another_unit_s_hours_on_the_service_page_are_not_the_unit_s(hours, channels):
    # d how: the channels are the unit's; "Bygglovsenhetens telefontid" is another unit's
    body = f"<p>Vi svarar på frågor om skola och avfall.</p><p>Ring oss på 0980-319 230.</p>{hours}"
    assert aspect_of("d", unit_page(body)) == int(channels >= 2)


@pytest.mark.parametrize(("h1", "role", "responsible"), [
    ("Fråga Vassby – kommunens kontaktcenter", "Enhetschef för Fråga Vassby: Linnea Ström.", 1),  # blind57 9647
    ("Vassbydirekt: kommunens kundtjänst", "Chef för Vassbydirekt är Linnea Ström.", 1),
    ("Fråga Vassby – kommunens kontaktcenter", "Enhetschef för Fråga biblioteket: Linnea Ström.", 0),
    ("Fråga Vassby", "Enhetschef för Fråga Vassby: Linnea Ström.", 0),  # no rubric name beside it
    ("Vassby kommun – Kontaktcenter", "Kommundirektör för Vassby kommun: Linnea Ström.", 0),  # the site's name
])
def test_the_other_name_the_unit_s_heading_gives_it_names_it_on_its_page(h1, role, responsible):
    # e: a role names the unit by the name its own page gives it beside the rubric's
    service = page("/fraga-vassby/", f"<main><h1>{h1}</h1><p>Vi svarar på frågor om skola och avfall.</p>"
                                     f"<p>Telefon 0500-12 34 56, e-post fraga@vassby.se</p><p>{role}</p></main>", 1)
    front = page("/", "<header><a href='/fraga-vassby/'>Fråga Vassby</a></header><main><h1>Välkommen</h1></main>", 0)
    assert score_site(site(front, service, kommun="Vassby")).aspects["e"].value == responsible


def test_other_name_reads_a_heading_pairing_two_names():
    lexicon = load_lexicon()
    assert lexicon.other_name("Fråga Vassby – kommunens kontaktcenter", "Vassby") == ("Fråga Vassby", "kontaktcenter")
    assert lexicon.other_name("Kontaktcenter – Vassby kommun", "Vassby") == ("", "")
    assert lexicon.other_name("Kontaktcenter – nya telefontider", "Vassby") == ("", "")  # not capitalised
    assert lexicon.other_name("Kundtjänst – Region Vassbys kundcenter", "Vassby") == ("", "")


STAFF_HEAD = "<h2>Medarbetare</h2><table><thead><tr><th>Namn</th><th>Roll</th></tr></thead><tbody>"


@pytest.mark.parametrize(("rows", "where", "responsible"), [
    ("<tr><td>Johan Ahl</td><td>Servicechef</td></tr>", "/kontaktcenter/", 1),  # blind72 8074
    ("<tr><td>Enhetschef</td><td>Johan Ahl</td></tr>", "/kontaktcenter/", 1),
    ("<tr><td>Sara Berg</td><td>Servicehandläggare</td></tr>", "/kontaktcenter/", 0),  # a case officer
    ("<tr><td>Vakant</td><td>Enhetschef</td></tr>", "/kontaktcenter/", 0),  # nobody named
    ("<tr><td>Johan Ahl</td><td>Sidansvarig</td></tr>", "/kontaktcenter/", 0),  # a page editor
    # away from the unit's own page a title alone is some other unit's manager
    ("<tr><td>Johan Ahl</td><td>Enhetschef</td></tr>", "/organisation", 0),
])
def test_a_staff_row_s_title_alone_on_the_unit_s_own_page_is_its_manager(rows, where, responsible):
    # e: "a staff table row ... pairing the unit with a manager's title"; on the unit's own page
    # the page names the unit ("a role without a name on the unit's own page" counts too)
    table = f"{STAFF_HEAD}{rows}</tbody></table>"
    if where == "/kontaktcenter/":
        pages = [unit_page(f"<p>Vi svarar på frågor om skola.</p>{table}")]
    else:
        pages = [unit_page('<p>Vi svarar på frågor om skola.</p><a href="/organisation">Organisation</a>'),
                 page("/organisation", f"<main><h1>Organisation</h1><p>Kontaktcenter och andra enheter.</p>{table}"
                                       "</main>", 1)]
    assert aspect_of("e", *pages) == responsible


@pytest.mark.parametrize(("operator", "entry"), [
    ("drivs av Storbergs kommun", 0),  # blind74 8099: the neighbour's shared unit
    ("sköts av Region Norrlandia", 0),
    ("drivs av Lillvassa kommun", 1),  # the municipality itself keeps it
    ("sköts av kommunen", 1),
])
def test_a_unit_another_party_is_said_to_run_is_theirs(operator, entry):
    # a: "another municipality's <Grannstad>s kontaktcenter ... excluded"; the same clause
    # saying who runs it names the owner, here on a news item with no heading element at all
    item = page("/nyheter/42", "<table><tr><td class='contentheading'>Nytt samarbete</td></tr>"
                               f"<tr><td>Kontaktcentret finns i kommunhuset och {operator} enligt avtalet."
                               "<br>Ring 0980-319 230.</td></tr></table>", 1)
    front = page("/", "<main><h1>Välkommen</h1><ul><li><a href='/nyheter/42'>Nytt samarbete</a></li></ul>"
                      "</main>", 0)
    assert score_site(site(front, item, kommun="Lillvassa kommun")).aspects["a"].value == entry


@pytest.mark.parametrize(("operator", "own"), [
    ("drivs av Statens servicecenter", False),  # blind77 8125
    ("drivs av Storbergs kommun", False),
    ("drivs av Lillvassa kommun", True),
    ("har öppet alla vardagar", True),
])
def test_a_page_headed_by_a_unit_another_party_runs_is_theirs_and_so_is_its_menu_link(operator, own):
    # a, b, c: "another organisation's office (Statens servicecenter / servicekontor)": the page
    # names the unit bare in its h1 and its text, and says once who runs it; the top-menu
    # link to that page is then an entrance to theirs, not the municipality's
    front = page("/", '<header><nav><ul><li><a href="/servicekontor/">Servicekontor</a></li></ul></nav></header>'
                      "<main><h1>Välkommen</h1></main>", 0)
    office = page("/servicekontor/", "<main><h1>Servicekontor Lillvassa</h1><p>I Kulturhuset finns ett "
                                     "servicekontor där du får hjälp med dina ärenden.</p>"
                                     f"<p>Servicekontoret {operator}.</p><p>Ring 0980-319 230.</p></main>", 1)
    scored = score_site(site(front, office, kommun="Lillvassa kommun"))
    assert [scored.aspects[x].value for x in "abc"] == ([1, 1, 1] if own else [0, 0, 0])
