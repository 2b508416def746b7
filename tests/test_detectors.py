"""Every detector for both values and its evidence, on hand-made pages (no crawl)."""

from servicekoll.core.lexicon import load_lexicon
from servicekoll.scoring import regions as R
from servicekoll.scoring.aspects import (
    detect_easy_to_find,
    detect_entry,
    detect_front_page,
    detect_help_described,
    detect_responsible,
)
from servicekoll.scoring.page import parse_page
from servicekoll.scoring.rubric import score_site
from servicekoll.scoring.site import Site

BASE = "https://www.testby.se"


def page(path: str, body: str, depth: int, title: str = "Sida", head: str = ""):
    html = f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"
    return parse_page(html.encode(), kommunkod="T1", url=BASE + path, final_url=BASE + path, depth=depth)


def site(*pages, kommun="Testby"):
    return Site("T1", kommun, list(pages), load_lexicon())


FRONT_TOP = page("/", '<header><nav><ul><li><a href="/kc">Kontaktcenter</a></li></ul></nav></header>'
                      "<main><h1>Välkommen</h1></main>", 0)
FRONT_FOOTER = page("/", "<header><a href='/'>Start</a></header><main><h1>Välkommen</h1></main>"
                         "<footer><h2>Kundtjänst</h2><p>0500-12 34 56</p></footer>", 0)
FRONT_NONE = page("/", "<header><a href='/skola'>Skola</a></header><main><h1>Välkommen</h1>"
                       "<p>Frågor? Ring växeln.</p></main>", 0)
SERVICE_FULL = page("/kc", "<main><h1>Kontaktcenter</h1><p>Vi kan hjälpa dig med frågor om skola och omsorg.</p>"
                           "<p>Telefon 0500-12 34 56, e-post kc@testby.se</p><p>Enhetschef: Lena Ek</p></main>", 1,
                    title="Kontaktcenter")
SERVICE_BARE = page("/kc", "<main><h1>Kontaktcenter</h1><p>Telefon 0500-12 34 56</p></main>", 1, title="Kontaktcenter")


def test_entry_one_with_evidence_and_zero_with_reason():
    result = detect_entry(site(FRONT_TOP, SERVICE_FULL))
    assert result.value == 1
    [evidence] = result.evidence
    assert evidence.page_url == BASE + "/" and evidence.region == R.NAV_TOP and evidence.element_text == "Kontaktcenter"
    assert evidence.depth == 0
    nothing = detect_entry(site(FRONT_NONE))
    assert nothing.value == 0 and "none of 1 crawled pages" in nothing.rule and not nothing.evidence


def test_entry_zero_when_only_another_organisation_is_named():
    other = page("/", "<main><h1>Hej</h1><p>Statens servicecenter öppnar.</p></main>", 0)
    result = detect_entry(site(other))
    assert result.value == 0 and "statens" in result.rule
    assert result.evidence[0].element_text.startswith("Statens servicecenter")


def test_front_page_one_for_a_named_block_and_zero_without_entrance():
    result = detect_front_page(site(FRONT_FOOTER, SERVICE_BARE))
    assert result.value == 1 and result.evidence[0].region == R.FOOTER
    deep = page("/om", '<main><h1>Om</h1><a href="/kc">Kontaktcenter</a></main>', 1)
    assert detect_front_page(site(FRONT_NONE, deep, SERVICE_BARE)).value == 0


def test_front_page_counts_a_link_whose_target_is_the_service_page():
    front = page("/", '<header><a href="/kc">Kontakta oss</a></header><main><h1>Start</h1></main>', 0)
    result = detect_front_page(site(front, SERVICE_BARE))
    assert result.value == 1 and result.evidence[0].kind == "target"
    assert result.evidence[0].element_text == "Kontakta oss"


def test_easy_to_find_one_at_the_top_and_zero_in_footer_or_submenu():
    assert detect_easy_to_find(site(FRONT_TOP, SERVICE_BARE)).value == 1
    footer = detect_easy_to_find(site(FRONT_FOOTER, SERVICE_BARE))
    assert footer.value == 0 and "footer" in footer.rule and footer.evidence
    submenu = page("/", '<nav><ul><li><a href="/k">Kommun</a><ul><li><a href="/kc">Kundcenter</a></li></ul></li></ul></nav>'
                        "<main><h1>Start</h1></main>", 0)
    result = detect_easy_to_find(site(submenu, SERVICE_BARE))
    assert result.value == 0 and result.evidence[0].region == R.NAV_SUB


def test_help_described_needs_what_and_two_channels():
    full = detect_help_described(site(FRONT_TOP, SERVICE_FULL))
    assert full.value == 1 and full.evidence[0].page_url == BASE + "/kc"
    assert "phone" in full.evidence[0].snippet and "email" in full.evidence[0].snippet
    bare = detect_help_described(site(FRONT_TOP, SERVICE_BARE))
    assert bare.value == 0 and "does not say what" in bare.rule
    one_channel = page("/kc", "<main><h1>Kontaktcenter</h1><p>Vi svarar på frågor om bygglov och skola. Ring 0500-12 34 56.</p></main>", 1)
    result = detect_help_described(site(FRONT_TOP, one_channel))
    assert result.value == 0 and "only 1 of the 2 channels" in result.rule
    assert detect_help_described(site(FRONT_NONE)).rule == "d0: no service page"


def test_help_described_ignores_the_footer_every_page_repeats():
    with_footer = page("/kc", "<main><h1>Kontaktcenter</h1><p>Vi svarar på frågor om allt.</p></main>"
                              "<footer>Telefon 0500-12 34 56, info@testby.se</footer>", 1)
    assert detect_help_described(site(FRONT_TOP, with_footer)).value == 0


def test_responsible_one_with_evidence_and_zero_for_another_unit():
    result = detect_responsible(site(FRONT_TOP, SERVICE_FULL))
    assert result.value == 1 and "Lena Ek" in result.rule
    assert result.evidence[0].page_url == BASE + "/kc"
    library = page("/bibliotek", "<main><h1>Bibliotek</h1><p>Enhetschef: Maria Ström</p></main>", 1)
    none = detect_responsible(site(FRONT_TOP, SERVICE_BARE, library))
    assert none.value == 0 and "phone check" in none.rule


def test_responsible_role_in_running_text_anywhere():
    org = page("/org", "<main><h1>Organisation</h1><p>Kundtjänstchef Per Lind ansvarar.</p></main>", 1)
    assert detect_responsible(site(FRONT_NONE, org)).value == 1


def test_consistency_is_applied_once_centrally():
    # A role on the site but no entry: e stands alone; b, c, d cannot be 1 without a.
    org = page("/org", "<main><h1>Org</h1><p>Kundtjänstchef Per Lind</p></main>", 1)
    score = score_site(site(FRONT_NONE, org))
    values = {k: v.value for k, v in score.aspects.items()}
    assert values["e"] == 1
    assert values["a"] == 1  # "Kundtjänstchef" names the unit (a compound of kundtjänst)
    only_excluded = page("/", "<main><h1>Start</h1><p>Statens servicekontor</p></main>", 0)
    score = score_site(site(only_excluded))
    assert [score.aspects[a].value for a in "abcd"] == [0, 0, 0, 0]


def test_hidden_and_script_text_names_nothing():
    hidden = page("/", "<main><h1>Start</h1><div hidden>Kontaktcenter</div><span aria-hidden='true'>Kundtjänst</span>"
                       "<script>x='Servicecenter'</script><!-- Kundcenter --></main>", 0,
                  head='<script type="application/ld+json">{"name": "Kontaktcenter"}</script>')
    assert detect_entry(site(hidden)).value == 0


def test_service_page_and_reach_depth():
    front = page("/", '<main><h1>Start</h1><a href="/om">Om kommunen</a></main>', 0)
    about = page("/om", '<main><h1>Om</h1><a href="/kc">Vårt kontaktcenter</a></main>', 1)
    service = page("/kc", "<main><h1>Kontaktcenter</h1></main>", 2, title="Kontaktcenter")
    the_site = site(front, about, service)
    assert the_site.service_page is service
    assert the_site.reach_depth == 2
    assert site(FRONT_TOP, SERVICE_BARE).reach_depth == 0


def test_regions_in_each_cms_style():
    from servicekoll.demo.sitegen import page_html

    spec = {"kommun": "Testby", "header_links": [["Kontaktcenter", "/kc"]],
            "nav": [["Kommun", "/kommun", [["Kundtjänst", "/kt"]]]], "hero": '<div><a href="/puff">Puff</a></div>',
            "news": [["Nyhet", "Text"]], "footer": '<div><a href="/sc">Servicecenter</a></div>'}
    for cms in ("sitevision", "municipio", "optimizely", "drupal", "table"):
        html = page_html({**spec, "cms": cms}, "Start", "Välkommen", "", front=True)
        parsed = parse_page(html.encode(), kommunkod="T", url=BASE + "/", final_url=BASE + "/")
        regions = {link.text: link.region for link in parsed.links}
        assert regions["Kontaktcenter"] == R.HEADER, cms
        assert regions["Kommun"] == R.NAV_TOP, cms
        assert regions["Kundtjänst"] == R.NAV_SUB, cms
        assert regions["Puff"] == R.MAIN_TOP, cms
        assert regions["Nyhet"] == R.NEWS, cms
        assert regions["Servicecenter"] == R.FOOTER, cms
        assert regions["Testby kommun, till startsidan"] == R.HEADER, cms


def test_position_gives_old_layouts_a_header():
    old = page("/", '<table><tr><td><a href="/kc">Kundtjänst</a> <a href="/s">Skola</a></td></tr>'
                    "<tr><td><h1>Välkommen</h1><p>Text</p><a href='/x'>Läs mer</a></td></tr></table>", 0)
    regions = {link.text: link.region for link in old.links}
    # Rubric 1.1: what follows the main heading in the first box is the first screen.
    assert regions == {"Kundtjänst": R.HEADER, "Skola": R.HEADER, "Läs mer": R.MAIN_TOP}
