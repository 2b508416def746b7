"""The national register and the one loader every command uses."""

import csv
from urllib.parse import urlsplit

import pytest
from servicekoll.core.errors import InputError
from servicekoll.core.register import DEFAULT_REGISTER, load_register

from tests.conftest import run_cli

NATIONAL = load_register(DEFAULT_REGISTER)


def test_register_has_all_290_municipalities_with_unique_codes_and_names():
    assert len(NATIONAL) == 290
    assert len({m.kommunkod for m in NATIONAL}) == 290
    assert len({m.kommun for m in NATIONAL}) == 290


def test_register_has_21_counties_and_codes_begin_with_their_county():
    assert len({m.lan_kod for m in NATIONAL}) == 21
    assert len({m.lan for m in NATIONAL}) == 21
    for m in NATIONAL:
        assert len(m.kommunkod) == 4 and m.kommunkod.isdigit(), m
        assert m.kommunkod.startswith(m.lan_kod), m
        assert m.lan.endswith("län"), m


def test_register_urls_are_absolute_https_and_no_two_share_a_host():
    hosts = []
    for m in NATIONAL:
        parts = urlsplit(m.url)
        assert parts.scheme == "https" and parts.hostname, m
        hosts.append(parts.hostname.removeprefix("www."))
    assert len(set(hosts)) == 290


@pytest.mark.parametrize(("code", "name", "lan", "host"), [
    ("0180", "Stockholm", "Stockholms län", "start.stockholm"),
    ("1480", "Göteborg", "Västra Götalands län", "goteborg.se"),
    ("1280", "Malmö", "Skåne län", "malmo.se"),
    ("0139", "Upplands-Bro", "Stockholms län", "www.upplands-bro.se"),
    ("2023", "Malung-Sälen", "Dalarnas län", "www.malung-salen.se"),
    ("1438", "Dals-Ed", "Västra Götalands län", "www.dalsed.se"),
    ("1462", "Lilla Edet", "Västra Götalands län", "www.lillaedet.se"),
    ("0114", "Upplands Väsby", "Stockholms län", "www.upplandsvasby.se"),
    ("0980", "Gotland", "Gotlands län", "www.gotland.se"),
    ("1980", "Västerås", "Västmanlands län", "www.vasteras.se"),
    ("2584", "Kiruna", "Norrbottens län", "www.kiruna.se"),
    ("1292", "Ängelholm", "Skåne län", "www.engelholm.se"),
])
def test_register_spot_checks(code, name, lan, host):
    by_code = {m.kommunkod: m for m in NATIONAL}
    assert by_code[code].kommun == name
    assert by_code[code].lan == lan
    assert urlsplit(by_code[code].url).hostname == host


def test_loader_accepts_semicolons_and_a_bom(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffkommunkod;kommun;lan_kod;lan;url\n0301;Oslo;03;Oslo;https://www.oslo.kommune.no/\n"
                     .encode())
    [oslo] = load_register(path)
    assert (oslo.kommunkod, oslo.kommun, oslo.url) == ("0301", "Oslo", "https://www.oslo.kommune.no/")


def test_loader_accepts_a_loopback_farm(tmp_path):
    path = tmp_path / "farm.csv"
    path.write_text("kommunkod,kommun,lan_kod,lan,url\nT1,Testby,99,Testlän,http://127.0.0.1:8123/\n",
                    encoding="utf-8")
    assert load_register(path)[0].url == "http://127.0.0.1:8123/"


GOOD = "0114,Upplands Väsby,01,Stockholms län,https://www.upplandsvasby.se/\n"
HEADER = "kommunkod,kommun,lan_kod,lan,url\n"
REFUSALS = {
    "missing column": ("kommunkod,kommun,lan,url\n0114,Upplands Väsby,Stockholms län,https://x.se/\n", 1, "lan_kod"),
    "duplicate kommunkod": (HEADER + GOOD + GOOD.replace("Upplands Väsby", "Kopia"), 3, "kommunkod"),
    "empty url": (HEADER + GOOD + "0115,Vallentuna,01,Stockholms län,\n", 3, "url"),
    "relative url": (HEADER + "0115,Vallentuna,01,Stockholms län,/start\n", 2, "url"),
    "not http": (HEADER + GOOD + "0115,Vallentuna,01,Stockholms län,ftp://vallentuna.se/\n", 3, "url"),
    "path traversal in code": (HEADER + "../../etc,Vallentuna,01,Stockholms län,https://x.se/\n", 2, "kommunkod"),
    "port out of range": (HEADER + GOOD + "0115,Vallentuna,01,Stockholms län,http://127.0.0.1:99999/\n", 3, "url"),
    "port zero": (HEADER + "0115,Vallentuna,01,Stockholms län,http://vallentuna.se:0/\n", 2, "url"),
    "port not a number": (HEADER + "0115,Vallentuna,01,Stockholms län,http://vallentuna.se:80a/\n", 2, "url"),
    "unclosed bracket": (HEADER + GOOD + "0115,Vallentuna,01,Stockholms län,http://[::1\n", 3, "url"),
    "bracketed host that is no address": (HEADER + "0115,Vallentuna,01,Stockholms län,http://[vallentuna]/\n", 2,
                                          "url"),
    "no host": (HEADER + "0115,Vallentuna,01,Stockholms län,http://:8080/\n", 2, "url"),
    "empty label in host": (HEADER + "0115,Vallentuna,01,Stockholms län,https://www..vallentuna.se/\n", 2, "url"),
    "credentials in url": (HEADER + "0115,Vallentuna,01,Stockholms län,https://user:pw@vallentuna.se/\n", 2, "url"),
    "a field too many": (HEADER + GOOD + "0115,Vallentuna,01,Stockholms, län,https://vallentuna.se/\n", 3, "url"),
    "a field too few": (HEADER + "0115,Vallentuna,01,https://vallentuna.se/\n", 2, "url"),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_loader_refusals_exit_2_name_line_and_field_and_write_nothing(tmp_path, case):
    text, line, field = REFUSALS[case]
    register = tmp_path / "register.csv"
    register.write_text(text, encoding="utf-8")
    out = tmp_path / "run"
    result = run_cli("crawl", "--municipalities", register, "--out", out)
    assert result.returncode == 2, result.stderr
    assert f"register.csv:{line}" in result.stderr
    assert f"field '{field}'" in result.stderr
    assert not out.exists()


def test_loader_refuses_a_file_that_is_not_utf8(tmp_path):
    register = tmp_path / "register.csv"
    register.write_bytes((HEADER + "0127,Botkyrka,01,Stockholm,https://www.botkyrka.se/\n"
                          "0128,Salem,01,Stockholm,https://www.salem.se/\n"
                          "0160,Täby,01,Stockholm,https://www.taby.se/\n").encode("latin-1"))
    out = tmp_path / "run"
    result = run_cli("crawl", "--municipalities", register, "--out", out)
    assert result.returncode == 2
    assert "register.csv:4" in result.stderr and "not UTF-8" in result.stderr
    assert not out.exists()


def test_loader_refuses_an_empty_file(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match=r"empty.csv:1: file is empty"):
        load_register(path)


def test_register_file_is_plain_utf8_csv_with_the_contract_header():
    with open(DEFAULT_REGISTER, encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == ["kommunkod", "kommun", "lan_kod", "lan", "url"]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "https://exa mple.se/", "file:///etc/passwd", "//x.se/"])
def test_odd_urls_are_refused(tmp_path, url):
    path = tmp_path / "register.csv"
    path.write_text(HEADER + f"0114,Väsby,01,Stockholms län,{url}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"register.csv:2: field 'url'"):
        load_register(path)


@pytest.mark.parametrize("url", ["http://[::1]:8080/", "https://www.håbo.se/", "http://127.0.0.1:65535/",
                                 "https://xn--hbo-tma.se/sv/"])
def test_unusual_but_valid_urls_are_accepted(tmp_path, url):
    path = tmp_path / "register.csv"
    path.write_text(HEADER + f"0114,Väsby,01,Stockholms län,{url}\n", encoding="utf-8")
    assert load_register(path)[0].url == url


def test_a_bad_port_is_refused_before_anything_is_fetched_or_written(tmp_path):
    """The case that once stopped every municipality's crawl: now a file:line error at load."""
    register = tmp_path / "register.csv"
    register.write_text(HEADER + GOOD + "0115,Vallentuna,01,Stockholms län,http://127.0.0.1:99999/\n",
                        encoding="utf-8")
    out = tmp_path / "run"
    result = run_cli("crawl", "--municipalities", register, "--out", out)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "register.csv:3: field 'url'" in result.stderr and "a port that is not a number" in result.stderr
    assert not out.exists()
