"""servicekoll as a user installs it: the wheel and the sdist, and the wheel in a fresh venv.

The build runs without network (`python -m build --no-isolation`, the test
extra brings setuptools and wheel). The fresh venv gets the wheel and, as its
only other packages, the distributions the wheel declares (and what they
declare in turn), linked from this environment: an import the wheel does not
declare fails there, so nothing is hidden by the development install. CI
(.ci/run) also installs the wheel from the package registry, dependencies and
all, and runs the demo outside the checkout.
"""

import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from tests.conftest import ROOT

# The repository's folders and the package each is installed as (pyproject.toml).
MAPPED = {"core": "servicekoll/core", "crawler": "servicekoll/crawler", "scoring": "servicekoll/scoring",
          "data": "servicekoll/data", "servicekoll": "servicekoll"}
PACKAGE_DATA = ("data/municipalities.csv", "data/lexicon/sv.toml", "data/sample/sites.toml")
NOT_SOURCE = shutil.ignore_patterns(".git", ".venv", "runs", "build", "dist", "*.egg-info", "__pycache__",
                                    ".pytest_cache", ".ruff_cache", "results")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    """A wheel and an sdist built from a copy of the checkout (the build writes into its source)."""
    work = tmp_path_factory.mktemp("build")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    result = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(work / "dist"),
                             str(source)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    [wheel] = (work / "dist").glob("*.whl")
    [sdist] = (work / "dist").glob("*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


def checkout_files(folder: str, suffix: str) -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / folder).rglob(f"*{suffix}")
                  if "__pycache__" not in path.parts)


def test_the_wheel_holds_the_data_and_every_module_under_one_top_level_name(built):
    names = zipfile.ZipFile(built["wheel"]).namelist()
    top_level = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert top_level == {"servicekoll"}, top_level  # no crawler, scoring, core or data of its own
    for data_file in PACKAGE_DATA:
        assert f"servicekoll/{data_file}" in names, data_file
    for folder, package in MAPPED.items():  # a sub-package left out of pyproject.toml would be missing
        for module in checkout_files(folder, ".py"):
            assert f"{package}/{module.split('/', 1)[1]}" in names, module
    entry_points = zipfile.ZipFile(built["wheel"]).read(
        next(name for name in names if name.endswith(".dist-info/entry_points.txt"))).decode()
    assert "servicekoll = servicekoll.cli:main" in entry_points


def test_the_sdist_holds_the_data_the_docs_and_the_repository_layout(built):
    with tarfile.open(built["sdist"]) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for required in (*PACKAGE_DATA, "docs/rubric.md", "docs/data-dictionary.md", "pyproject.toml",
                     "README.md", "scrapy.cfg", "crawler/settings.py", "scoring/aspects/__init__.py"):
        assert required in names, required


def declared_closure(requirements: list[str]) -> dict[str, object]:
    """The distributions the requirements name, with theirs in turn (markers evaluated)."""
    found: dict[str, object] = {}
    pending = [(Requirement(text), "") for text in requirements]
    while pending:
        requirement, extra = pending.pop()
        if requirement.marker and not requirement.marker.evaluate({"extra": extra}):
            continue
        try:
            dist = distribution(requirement.name)
        except PackageNotFoundError:
            continue  # an optional platform dependency this environment does not have
        key = dist.metadata["Name"].lower()
        for wanted_extra in requirement.extras:
            pending += [(Requirement(text), wanted_extra) for text in dist.requires or []]
        if key in found:
            continue
        found[key] = dist
        pending += [(Requirement(text), "") for text in dist.requires or []]
    return found


def link_declared_dependencies(wheel: Path, target: Path) -> list[str]:
    """Link the wheel's declared dependencies (only those) from this environment into target."""
    with zipfile.ZipFile(wheel) as archive:
        metadata = archive.read(next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA")))
    requires = [line.split(":", 1)[1].strip() for line in metadata.decode().splitlines()
                if line.startswith("Requires-Dist:") and "extra ==" not in line]
    target.mkdir()
    dists = declared_closure(requires)
    for dist in dists.values():
        site = Path(dist.locate_file(""))
        for top in {Path(str(file)).parts[0] for file in dist.files or []} - {".."}:
            if (site / top).exists() and not (target / top).exists():
                (target / top).symlink_to(site / top)
    return sorted(dists)


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory) -> Path:
    """A fresh venv (no system site-packages) with the wheel installed by pip; its bin folder."""
    work = tmp_path_factory.mktemp("venv")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    linked = link_declared_dependencies(built["wheel"], work / "dependencies")
    assert {"scrapy", "rich", "pandas", "warcio"} <= set(linked)
    [site_packages] = venv.glob("lib/python*/site-packages")
    (site_packages / "declared-dependencies.pth").write_text(str(work / "dependencies") + "\n")
    result = subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install",
                             "--no-deps", "--no-index", "--no-cache-dir", str(built["wheel"])],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return venv / "bin"


def outside_env() -> dict[str, str]:
    """The environment of a user: no PYTHONPATH, no venv of the checkout on PATH."""
    return {name: value for name, value in os.environ.items()
            if name not in ("PYTHONPATH", "VIRTUAL_ENV", "SCRAPY_SETTINGS_MODULE")}


def test_the_installed_wheel_imports_from_its_venv_and_installs_no_generic_names(installed, tmp_path):
    probe = ("import importlib.util, servicekoll.core, servicekoll.crawler.settings;"
             "print(servicekoll.core.__file__);"
             "print([n for n in ('crawler', 'scoring', 'core', 'data') if importlib.util.find_spec(n)])")
    result = subprocess.run([str(installed / "python"), "-c", probe], cwd=tmp_path, env=outside_env(),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    module_file, generic = result.stdout.splitlines()
    assert module_file.startswith(str(installed.parent)) and generic == "[]"


def test_the_installed_wheel_runs_version_and_the_demo_from_outside_the_checkout(installed, tmp_path):
    version = subprocess.run([str(installed / "servicekoll"), "--version"], cwd=tmp_path, env=outside_env(),
                             capture_output=True, text=True, timeout=120)
    assert version.returncode == 0, version.stderr
    assert re.fullmatch(r"servicekoll \d+\.\d+\.\d+, rubric [\d.]+, lexicon \S+ \(sha256 [0-9a-f]{12}\)\n",
                        version.stdout), version.stdout
    demo = subprocess.run([str(installed / "servicekoll"), "demo", "--out", str(tmp_path / "demo")],
                          cwd=tmp_path, env=outside_env(), capture_output=True, text=True, timeout=300)
    assert demo.returncode == 0, demo.stderr[-3000:]
    for name in ("ranking.csv", "report.html", "run.json", "pages.warc.gz"):
        assert (tmp_path / "demo" / name).stat().st_size > 0, name
    assert_no_machine_paths(tmp_path / "demo", [str(installed.parent), str(ROOT), str(tmp_path)])


def assert_no_machine_paths(run: Path, paths: list[str]) -> None:
    """No published text file names a folder of this machine (a run folder is shared as it is)."""
    import tempfile

    forbidden = {*paths, tempfile.gettempdir() + "/", str(Path.home()), sys.prefix}
    published = [p for p in run.iterdir() if p.suffix in (".json", ".jsonl", ".csv", ".html")]
    assert {"run.json", "report.html", "ranking.csv", "aspects.csv", "outcomes.csv", "evidence.jsonl",
            "pages.jsonl", "register.csv"} <= {p.name for p in published}
    for path in published:
        text = path.read_text(encoding="utf-8")
        for folder in forbidden:
            assert folder not in text, f"{path.name} names {folder}"


def test_a_demo_run_folder_names_no_path_of_this_machine_also_scored_with_an_override_file(tmp_path):
    from tests.conftest import read_csv, run_cli

    out = tmp_path / "demo"
    result = run_cli("demo", "--out", out)
    assert result.returncode == 0, result.stderr[-3000:]
    assert_no_machine_paths(out, [str(ROOT), str(tmp_path)])
    code = next(row["kommunkod"] for row in read_csv(out / "ranking.csv") if row["status"] == "ok")
    overrides = tmp_path / "checks" / "phone.csv"  # its absolute path is this machine's
    overrides.parent.mkdir()
    overrides.write_text("kommunkod,aspect,value,source,checked_on,checked_by,note\n"
                         f"{code},e,1,phone,2026-11-01,AB,enhetschef finns\n", encoding="utf-8")
    result = run_cli("score", out, "--overrides", overrides)
    assert result.returncode == 0, result.stderr[-3000:]
    assert_no_machine_paths(out, [str(ROOT), str(tmp_path)])
