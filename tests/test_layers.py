"""The layers import only downward: core <- crawler, scoring <- command line and publication."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# folder in the repository -> the installed package it becomes, and what it may import
LAYERS = {
    "core": ("servicekoll.core", {"servicekoll.core", "servicekoll.data"}),
    "crawler": ("servicekoll.crawler", {"servicekoll.core", "servicekoll.data", "servicekoll.crawler"}),
    "scoring": ("servicekoll.scoring", {"servicekoll.core", "servicekoll.data", "servicekoll.scoring"}),
}


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_no_layer_imports_upward():
    wrong = []
    for folder, (_, allowed) in LAYERS.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            for module in imported_modules(path):
                top = module.split(".")[0]
                if top in ("crawler", "scoring", "core"):
                    wrong.append(f"{path.relative_to(ROOT)}: {module} (use the installed name servicekoll.{module})")
                elif top == "servicekoll" and not any(module == a or module.startswith(a + ".")
                                                      for a in allowed):
                    wrong.append(f"{path.relative_to(ROOT)}: {module}")
    assert not wrong, "imports above their layer:\n" + "\n".join(wrong)


def test_the_run_folder_layout_is_written_in_one_module():
    # Every file name of the published archive is spelt out in core/runfolder.py only.
    writers = []
    for folder in ("crawler", "scoring"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            for name in ('"pages.jsonl"', '"outcomes.csv"', '"run.json"', '"register.csv"', '"pages.warc.gz"'):
                if name in text:
                    writers.append(f"{path.relative_to(ROOT)} names {name}")
    assert not writers, "\n".join(writers)
