"""The simulated national web: municipal-like sites on loopback, one port each.

Deterministic for a seed. Pages of 30-200 KB (median ~100 KB) with a header, a
mega-menu of 80-150 links, news and a footer contact block; 30-120 pages per
site within three clicks; the service page at depth 1 (most), 2 (some) or
missing (a few); per-response latency drawn from a log-normal distribution
(median 120 ms, ~5% above 1 s); a few sites slow, failing (503, refused) or
redirecting. Served by one asyncio process (`python -m bench.farm`), started
and stopped by the benchmarks, which read its own CPU time from the file it
writes when stopped.
"""

import argparse
import asyncio
import json
import math
import random
import resource
import signal
import sys
import zlib
from dataclasses import dataclass, field
from urllib.parse import unquote

WORDS = ["kommun", "invånare", "förskola", "skola", "omsorg", "bygglov", "avfall", "vatten", "gata", "park", "bibliotek", "kultur", "idrott", "näringsliv", "arbete", "trafik", "miljö", "hälsa", "stöd", "ansökan", "blankett", "e-tjänst", "beslut", "nämnd", "politik", "budget", "detaljplan", "parkering", "evenemang", "simhall", "fritidsgård", "äldreboende", "hemtjänst", "ekonomi"]
SECTIONS = ("Barn och utbildning", "Omsorg och stöd", "Bygga och bo", "Trafik och gator", "Kultur och fritid",
            "Miljö och hälsa", "Näringsliv och arbete", "Kommun och politik", "Uppleva och göra",
            "Trygghet och säkerhet", "Vatten och avfall", "Uppleva naturen")
SERVICE_NAMES = ("Kontaktcenter", "Servicecenter", "Kundtjänst", "Medborgarservice", "Kundcenter")
MEDIAN_LATENCY = 0.12
LATENCY_SIGMA = 1.32  # log-normal: P(latency > 1 s) = 1 - Phi(ln(1/0.12)/1.32) ~ 5%


@dataclass
class Site:
    index: int
    seed: int
    kind: str = "normal"  # normal | slow | failing | redirect | refused
    pages: dict[str, tuple[int, list[str]]] = field(default_factory=dict)  # path -> (depth, links)
    service_path: str = ""
    port: int = 0

    @property
    def name(self) -> str:
        return f"Farmby {self.index:03d}"


def build_site(index: int, seed: int) -> Site:
    rng = random.Random(seed * 100_003 + index)
    kind = "normal"
    if index % 97 == 5:
        kind = "failing"
    elif index % 97 == 6:
        kind = "refused"
    elif index % 97 == 7:
        kind = "slow"
    elif index % 53 == 11:
        kind = "redirect"
    site = Site(index, seed, kind)
    total = rng.randint(30, 120)
    sections = [f"/{i}-{rng.choice(WORDS)}" for i in range(rng.randint(8, 12))]
    site.pages["/"] = (0, list(sections))
    for path in sections:
        site.pages[path] = (1, [])
    level2: list[str] = []
    while len(site.pages) < total:
        parent = rng.choice(sections if len(level2) < 3 * len(sections) or rng.random() < 0.5 else level2)
        depth = site.pages[parent][0] + 1
        if depth > 3:
            continue
        child = f"{parent}/{len(site.pages)}-{rng.choice(WORDS)}"
        site.pages[child] = (depth, [])
        site.pages[parent][1].append(child)
        if depth == 2:
            level2.append(child)
    roll = rng.random()
    if roll < 0.62:
        site.service_path = "/kontaktcenter"
        site.pages["/"][1].append(site.service_path)
        site.pages[site.service_path] = (1, [])
    elif roll < 0.92:
        site.service_path = f"{sections[-1]}/kontaktcenter"
        site.pages[sections[-1]][1].append(site.service_path)
        site.pages[site.service_path] = (2, [])
    return site


def _paragraphs(rng: random.Random, target_bytes: int) -> str:
    out, size = [], 0
    while size < target_bytes:
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 90)))
        paragraph = f"<p>{words.capitalize()}.</p>"
        out.append(paragraph)
        size += len(paragraph.encode())
    return "".join(out)


def render(site: Site, path: str) -> bytes:
    # zlib.crc32, not hash(): str hashes change from process to process.
    rng = random.Random(zlib.crc32(f"{site.seed}/{site.index}/{path}".encode()))
    _, children = site.pages[path]
    menu_paths = [p for p, (d, _) in site.pages.items() if 1 <= d <= 2 and "kontaktcenter" not in p]
    menu_size = min(len(menu_paths), rng.randint(80, 150))
    menu = "".join(f'<li><a href="{p}">{p.rsplit("-", 1)[-1].capitalize()} {i}</a></li>'
                   for i, p in enumerate(menu_paths[:menu_size]))
    header_service = ""
    if site.service_path == "/kontaktcenter":
        header_service = f'<a href="/kontaktcenter">{SERVICE_NAMES[site.index % len(SERVICE_NAMES)]}</a>'
    links = "".join(f'<li><a href="{c}">{c.rsplit("-", 1)[-1].capitalize()}</a></li>' for c in children)
    size = int(min(200_000, max(30_000, rng.lognormvariate(math.log(100_000), 0.45))))
    if "kontaktcenter" in path:
        title = SERVICE_NAMES[site.index % len(SERVICE_NAMES)]
        body = (f"<p>{title} svarar på frågor om allt från skola till avfall.</p><p>Telefon 0123-45 67 00, "
                f"e-post kontakt@farmby{site.index}.se. Telefontid vardagar 8-16.</p>")
        if site.index % 3 == 0:
            body += f"<p>Enhetschef för {title.lower()}: Anna Andersson</p>"
    else:
        title = path.rsplit("-", 1)[-1].capitalize() if path != "/" else "Startsida"
        body = ""
    news = "".join(f'<article class="news-item"><h3><a href="{rng.choice(menu_paths)}">Nyhet {i}</a></h3>'
                   f"<p>{' '.join(rng.choice(WORDS) for _ in range(30))}</p></article>" for i in range(4))
    head = (f"<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>{title} - {site.name}</title>"
            "</head><body>")
    frame = (f"<header class='site-header'><a href='/'>{site.name}</a>{header_service}"
             f"<form role='search' action='/sok'><input name='q'></form>"
             f"<nav class='main-navigation'><ul>{menu}</ul></nav></header>"
             f"<main><h1>{title}</h1>{body}<ul>{links}</ul><section class='news-list'>{news}</section>")
    footer = (f"</main><footer><h2>{site.name}</h2><p>Telefon (växel): 0123-45 67 00</p>"
              f"<p>E-post: kommun@farmby{site.index}.se</p></footer></body></html>")
    filler = _paragraphs(rng, max(0, size - len(head) - len(frame) - len(footer)))
    return (head + frame + filler + footer).encode()


def latency(site: Site, rng: random.Random) -> float:
    value = rng.lognormvariate(math.log(MEDIAN_LATENCY), LATENCY_SIGMA)
    if site.kind == "slow":
        value = max(value, 0.6)
    return min(value, 4.0)


LATENCY_LOG: list = []  # an open file, when --latency-log is given


async def handle(site: Site, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, rng: random.Random,
                 cache: dict) -> None:
    try:
        while True:
            request = await reader.readuntil(b"\r\n\r\n")
            # crawlers send "/2-f%C3%B6rskola" for the page "/2-förskola"
            target = unquote(request.split(b" ", 2)[1].decode("latin-1").split("?")[0].split("#")[0])
            delay = latency(site, rng)
            if LATENCY_LOG:
                LATENCY_LOG[0].write(f"{site.index}\t{delay:.4f}\n")
            await asyncio.sleep(delay)
            status, body, extra = 200, b"", ""
            if target == "/robots.txt":
                status, body = 404, b""
            elif site.kind == "failing":
                status, body = 503, b"<html><title>Fel</title></html>"
            elif site.kind == "redirect" and target == "/":
                status, extra = 301, "Location: /start\r\n"
            else:
                path = "/" if target == "/start" and site.kind == "redirect" else (target.rstrip("/") or "/")
                if path in site.pages:
                    key = (site.index, path)
                    if key not in cache:
                        cache[key] = render(site, path)
                    body = cache[key]
                else:
                    status, body = 404, b"<html><title>Saknas</title></html>"
            reason = {200: "OK", 301: "Moved Permanently", 404: "Not Found", 503: "Service Unavailable"}[status]
            writer.write((f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\n"
                          f"Content-Length: {len(body)}\r\n{extra}\r\n").encode() + body)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
        pass
    finally:
        writer.close()


async def serve(count: int, seed: int, ready_file: str, cpu_file: str, latency_log: str = "") -> None:
    if latency_log:
        LATENCY_LOG.append(open(latency_log, "a", buffering=1, encoding="utf-8"))  # noqa: SIM115
    sites = [build_site(i, seed) for i in range(count)]
    cache: dict = {}
    servers = []
    for site in sites:
        if site.kind == "refused":
            continue
        rng = random.Random(seed + site.index)
        server = await asyncio.start_server(lambda r, w, s=site, g=rng: handle(s, r, w, g, cache), "127.0.0.1", 0)
        site.port = server.sockets[0].getsockname()[1]
        servers.append(server)
    with open(ready_file, "w", encoding="utf-8") as handle_:
        json.dump([{"index": s.index, "name": s.name, "kind": s.kind, "port": s.port,
                    "service_depth": s.pages[s.service_path][0] if s.service_path else None,
                    "pages": len(s.pages)} for s in sites], handle_)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    await stop.wait()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    with open(cpu_file, "w", encoding="utf-8") as handle_:
        json.dump({"cpu_s": usage.ru_utime + usage.ru_stime, "peak_rss_mb": usage.ru_maxrss / 1024}, handle_)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=290)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--ready-file", required=True)
    parser.add_argument("--cpu-file", required=True)
    parser.add_argument("--latency-log", default="", help="append 'site<TAB>latency' per response")
    args = parser.parse_args()
    asyncio.run(serve(args.sites, args.seed, args.ready_file, args.cpu_file, args.latency_log))
    sys.exit(0)


if __name__ == "__main__":
    main()
