"""Survey of the script-built-page rule (servicekoll.core.shell) over every page we have.

    python -m bench.shells [--farm3 /work/shared/farm3] [--farm-sites 290]

For each corpus: pages judged, pages called script-built (and which), and the
figures the thresholds stand on: the fewest links on an ordinary page, the
ordinary pages within MAX_LINKS_BESIDE_EMPTY_MENU links, and those with an
empty menu. Reads files and generators only: nothing is served or fetched.
"""

import argparse
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import lxml.html
from servicekoll.core import DATA_DIR
from servicekoll.core.shell import (
    MAX_LINKS_BESIDE_EMPTY_MENU,
    ShellVerdict,
    count_links,
    judge_html,
)
from servicekoll.crawler.outcomes import is_bot_wall
from servicekoll.crawler.settings import SERVICEKOLL_BOT_WALL_TITLES

from servicekoll.demo.sitegen import load_specs, write_sites

ROOT = Path(__file__).resolve().parent.parent


def spec_pages(toml: Path) -> Iterator[tuple[str, bytes]]:
    with tempfile.TemporaryDirectory() as folder:
        write_sites(load_specs(toml), Path(folder))
        for path in sorted(Path(folder).rglob("*.html")):
            yield str(path.relative_to(folder)), path.read_bytes()


def farm3_pages(farm3: Path) -> Iterator[tuple[str, bytes]]:
    for path in sorted((farm3 / "sites").rglob("*.html")):
        yield str(path.relative_to(farm3 / "sites")), path.read_bytes().replace(b"__ORIGIN__", b"http://127.0.0.1:1")


def metamorphic_pages() -> Iterator[tuple[str, bytes]]:
    sys.path.insert(0, str(ROOT))
    from tests.metamorphic import generator as G

    for family in G.FAMILIES:
        for entrance in G.ENTRANCES:
            content = G.move_entrance(G.default_content(), entrance)
            for path, page in G.render_site(content, family, hidden_names=True).items():
                if page.status == 200 and "html" in page.content_type:
                    yield f"{family}/{entrance}{path}", page.body.encode()


def farm_pages(sites: int) -> Iterator[tuple[str, bytes]]:
    from bench.farm import build_site, render

    for index in range(sites):
        site = build_site(index, 2026)
        for path in ("/", *list(site.pages)[1:3]):
            yield f"{index}{path}", render(site, path)


def shell_test_pages() -> Iterator[tuple[str, bytes]]:
    sys.path.insert(0, str(ROOT))
    from tests.shells import SURVEY_PAGES

    yield from SURVEY_PAGES.items()


def bot_wall(body: bytes) -> bool:
    """The spider's bot-wall test (a challenge page is `blocked`, and never rendered)."""
    match = re.search(rb"<title>(.*?)</title>", body, re.IGNORECASE | re.DOTALL)
    return is_bot_wall(match.group(1).decode("utf-8", "replace") if match else "", SERVICEKOLL_BOT_WALL_TITLES)


def survey(name: str, pages: Iterator[tuple[str, bytes]]) -> dict:
    verdicts: list[tuple[str, ShellVerdict]] = []
    walls: list[str] = []
    links: list[int] = []  # every link of each ordinary page (the verdict stops counting early)
    for where, body in pages:
        verdict = judge_html(body)
        if verdict.script_built and bot_wall(body):
            walls.append(where)
            continue
        verdicts.append((where, verdict))
        if not verdict.script_built:
            links.append(count_links(lxml.html.document_fromstring(body)))
    shells = [(where, v) for where, v in verdicts if v.script_built]
    ordinary = [v for _, v in verdicts if not v.script_built]
    few = [v for v in ordinary if v.signals.links <= MAX_LINKS_BESIDE_EMPTY_MENU]
    return {"corpus": name, "pages": len(verdicts) + len(walls), "script_built": len(shells), "bot_walls": walls,
            "which": [f"{where}: {v.reason}" for where, v in shells],
            "fewest_links_ordinary": min(links, default=None),
            "ordinary_within_limit": len(few),
            "ordinary_within_limit_empty_menu": sum(1 for v in few if v.signals.menus and not v.signals.menu_links),
            "ordinary_within_limit_scripted": sum(1 for v in few if v.signals.scripts_build)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--farm3", type=Path, default=Path("/work/shared/farm3"))
    parser.add_argument("--farm-sites", type=int, default=290)
    args = parser.parse_args()
    corpora = [("demo (data/sample)", spec_pages(DATA_DIR / "sample" / "sites.toml")),
               ("tests/corpus", spec_pages(ROOT / "tests" / "corpus" / "sites.toml")),
               ("metamorphic (6 families x 9 entrances)", metamorphic_pages()),
               (f"bench farm ({args.farm_sites} sites, front + 2 pages)", farm_pages(args.farm_sites)),
               ("tests/shells.py (test shells and near-misses)", shell_test_pages())]
    if (args.farm3 / "sites").is_dir():
        corpora.insert(3, ("farm3", farm3_pages(args.farm3)))
    for name, pages in corpora:
        result = survey(name, pages)
        print(f"{result['corpus']}: {result['pages']} pages, {result['script_built']} script-built; "
              f"fewest links on an ordinary page {result['fewest_links_ordinary']}; ordinary pages with "
              f"<= {MAX_LINKS_BESIDE_EMPTY_MENU} links: {result['ordinary_within_limit']} "
              f"(empty menu {result['ordinary_within_limit_empty_menu']}, scripted "
              f"{result['ordinary_within_limit_scripted']})")
        for line in result["which"]:
            print(f"    {line}")
        for where in result["bot_walls"]:
            print(f"    {where}: a bot wall with a script and no links (blocked, never rendered)")


if __name__ == "__main__":
    main()
