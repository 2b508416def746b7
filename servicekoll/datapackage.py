"""datapackage.json: the run folder as a Frictionless Data Package.

Each table (ranking, aspects, outcomes, register, evidence, pages) is a resource with
its Table Schema from servicekoll.schema: types, allowed values, primary keys, and
kommunkod as a foreign key to the register. The archive, the report, the SQLite
database and run.json are listed as files. Every resource carries the sha256 and size
of the file as published, so `frictionless validate datapackage.json` checks both
the contents and that nothing was changed since.
"""

import hashlib
import json
from pathlib import Path

from servicekoll.core import runfolder
from servicekoll.schema import FILES, REGISTER, TABLES, Column, Table

PROFILE = "data-package"
CSV_DIALECT = {"delimiter": ",", "lineTerminator": "\n", "quoteChar": '"', "doubleQuote": True, "header": True}
MEDIATYPES = {"csv": "text/csv", "jsonl": "application/jsonl"}
_CHUNK = 1024 * 1024


def digest(data: bytes) -> dict:
    return {"hash": f"sha256:{hashlib.sha256(data).hexdigest()}", "bytes": len(data)}


def file_digest(path: Path) -> dict:
    sha, size = hashlib.sha256(), 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            sha.update(chunk)
            size += len(chunk)
    return {"hash": f"sha256:{sha.hexdigest()}", "bytes": size}


def published_names(out: Path) -> list[str]:
    """The files the package lists, in its order (an optional file only where present)."""
    files = [f.file for f in FILES if not f.optional or (Path(out) / f.file).exists()]
    return [t.file for t in TABLES] + files


def descriptor(digests: dict[str, dict], run: dict, present: dict[str, list[str]] | None = None) -> dict:
    """The package: `digests` gives every listed file's hash and bytes (digest, file_digest);
    `present`, for a table a run folder crawled before some column existed, the columns it has."""
    versions = run.get("versions", {})
    present = present or {}
    resources = [_table_resource(t, digests[t.file], present.get(t.file)) for t in TABLES]
    resources += [_file_resource(f.name, f.file, f.mediatype, f.about, digests[f.file])
                  for f in FILES if f.file in digests]
    return {
        "profile": PROFILE, "name": "servicekoll-run",
        "title": "servicekoll: how easy Swedish municipalities make it to reach citizen service",
        "description": "One run of servicekoll: the ranking, its aspects and evidence, how the crawl went, and "
                       "the archive every point was judged from. Columns: docs/data-dictionary.md.",
        "created": run.get("scored_at") or run.get("finished") or runfolder.now(),
        "servicekoll": {"tool": versions.get("tool"), "rubric": versions.get("rubric"),
                        "lexicon": versions.get("lexicon"), "started": run.get("started"),
                        "finished": run.get("finished")},
        "resources": resources,
    }


def text(package: dict) -> str:
    return json.dumps(package, ensure_ascii=False, indent=2) + "\n"


def _table_resource(table: Table, file_digest_: dict, present: list[str] | None = None) -> dict:
    resource = {"name": table.name, "path": table.file, "description": table.about, "format": table.format,
                "mediatype": MEDIATYPES[table.format], "encoding": "utf-8", **file_digest_}
    if table.format == "csv":  # the spec's tabular resource is CSV; frictionless reads JSON Lines as a table too
        resource |= {"profile": "tabular-data-resource", "dialect": CSV_DIALECT}
    resource["schema"] = table_schema(table, present)
    return resource


def table_schema(table: Table, present: list[str] | None = None) -> dict:
    columns = [c for c in table.columns if present is None or c.name in present]
    schema = {"fields": [field(c) for c in columns], "missingValues": [""],
              "primaryKey": list(table.primary_key)}
    if table.references_register:
        schema["foreignKeys"] = [{"fields": ["kommunkod"],
                                  "reference": {"resource": REGISTER.name, "fields": ["kommunkod"]}}]
    return schema


def field(column: Column) -> dict:
    described = {"name": column.name, "type": column.type, "description": column.meaning}
    if column.format:
        described["format"] = column.format
    if column.rule != "-":
        described["rubricRule"] = column.rule  # the heading of docs/rubric.md that fills it
    constraints = {"required": column.required} if column.required else {}
    if column.enum:
        constraints["enum"] = list(column.enum)
    if column.pattern:
        constraints["pattern"] = column.pattern
    if column.minimum is not None:
        constraints["minimum"] = column.minimum
    if column.maximum is not None:
        constraints["maximum"] = column.maximum
    if constraints:
        described["constraints"] = constraints
    return described


def _file_resource(name: str, path: str, mediatype: str, about: str, file_digest_: dict) -> dict:
    return {"name": name, "path": path, "type": "file", "description": about, "mediatype": mediatype,
            **file_digest_}
