"""report.html: one self-contained page (inline CSS and SVG, no network) in Swedish,
and the ranking table printed on the terminal."""

import html
from datetime import date

import pandas as pd

from servicekoll.scoring.model import ASPECT_COLUMNS, ASPECTS
from servicekoll.scoring.ranking import distribution

ASPECT_LABELS = {
    "a": "Kundservice finns",
    "b": "Ingång på startsidan",
    "c": "Lätt att hitta",
    "d": "Beskriver hjälpen",
    "e": "Ansvarig utsedd",
}
STATUS_LABELS = {"ok": "bedömd", "unreachable": "nåddes inte", "blocked": "blockerad", "not_html": "inte HTML",
                 "needs_browser": "kräver webbläsare"}
SOURCE_LABELS = {"phone": "telefon", "web": "webb", "email": "e-post", "visit": "besök"}

CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #e3e3e3;padding-bottom:.2rem}
.lead{font-size:1.2rem;background:#f2f6fb;border-left:5px solid #2a5d9f;padding:.8rem 1rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{padding:.3rem .45rem;border-bottom:1px solid #e6e6e6;text-align:left;vertical-align:top}
th{background:#f5f5f5;cursor:pointer;user-select:none}td.n{text-align:right}.yes{color:#176b2c;font-weight:600}.no{color:#999}
.notjudged td{color:#8a4b00;background:#fff8ef}details{margin:.15rem 0}summary{cursor:pointer}
.ev{font-size:.82rem;color:#333;margin:.3rem 0 .6rem 1rem}.ev li{margin:.15rem 0}.muted{color:#666;font-size:.85rem}
.filters{margin:.6rem 0}.filters input,.filters select{padding:.3rem;margin-right:.5rem}
svg text{font-family:inherit}
"""

SCRIPT = """
(function(){
  var table=document.getElementById('ranking'); if(!table) return;
  var body=table.tBodies[0];
  function rows(){return Array.prototype.slice.call(body.querySelectorAll('tr.row'));}
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
    th.addEventListener('click',function(){
      var numeric=th.dataset.type==='num', dir=th.dataset.dir==='asc'?'desc':'asc';
      th.dataset.dir=dir;
      rows().sort(function(a,b){
        var x=a.cells[i].dataset.v||a.cells[i].textContent, y=b.cells[i].dataset.v||b.cells[i].textContent;
        if(numeric){x=x===''?-1:parseFloat(x);y=y===''?-1:parseFloat(y);return dir==='asc'?x-y:y-x;}
        return dir==='asc'?x.localeCompare(y,'sv'):y.localeCompare(x,'sv');
      }).forEach(function(r){body.appendChild(r); var d=document.getElementById('ev-'+r.dataset.code); if(d) body.appendChild(d);});
    });
  });
  var name=document.getElementById('filter-name'), lan=document.getElementById('filter-lan');
  function filter(){
    var q=name.value.toLowerCase(), l=lan.value;
    rows().forEach(function(r){
      var show=(!q||r.dataset.name.indexOf(q)>=0)&&(!l||r.dataset.lan===l);
      r.style.display=show?'':'none';
      var d=document.getElementById('ev-'+r.dataset.code); if(d) d.style.display=show?'':'none';
    });
  }
  name.addEventListener('input',filter); lan.addEventListener('change',filter);
})();
"""


def e(value) -> str:
    """Escape anything for HTML: page text is shown as text, never run."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=True)


def _number(count: int) -> str:
    return "en kommun" if count == 1 else f"{count} kommuner"


def headline(dist: dict[str, int]) -> str:
    parts = [f"{_number(dist['5'])} når 5 poäng", f"{_number(dist['3'])} når 3",
             f"{_number(dist['0'])} får 0"]
    text = ", ".join(parts[:-1]) + " och " + parts[-1] + "."
    if dist["not_judged"]:
        extra = f"{_number(dist['not_judged'])} kunde inte bedömas."
        text += " " + extra[0].upper() + extra[1:]
    return text[0].upper() + text[1:]


def bar_chart(dist: dict[str, int]) -> str:
    labels = ["5", "4", "3", "2", "1", "0"]
    values = [dist[k] for k in labels] + [dist["not_judged"]]
    names = [f"{k} p" for k in labels] + ["ej bedömd"]
    top = max(values) or 1
    width, height, bar = 560, 230, 60
    parts = [f'<svg id="distribution-chart" role="img" aria-label="Fördelning av poäng" width="{width}" '
             f'height="{height + 40}" viewBox="0 0 {width} {height + 40}" xmlns="http://www.w3.org/2000/svg">']
    for i, (name, value) in enumerate(zip(names, values, strict=True)):
        h = round(value / top * (height - 30))
        x = 20 + i * (bar + 16)
        y = height - h
        color = "#b36b00" if name == "ej bedömd" else "#2a5d9f"
        parts.append(f'<rect x="{x}" y="{y}" width="{bar}" height="{h}" fill="{color}"><title>{e(name)}: {value}</title></rect>')
        parts.append(f'<text x="{x + bar / 2}" y="{y - 6}" text-anchor="middle" font-size="13">{value}</text>')
        parts.append(f'<text x="{x + bar / 2}" y="{height + 20}" text-anchor="middle" font-size="13">{e(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def share_bars(ranking: pd.DataFrame) -> str:
    judged = ranking[ranking["status"] == "ok"]
    rows = []
    for aspect in ASPECTS:
        column = ASPECT_COLUMNS[aspect]
        share = float(judged[column].astype(float).mean()) if len(judged) else 0.0
        width = round(share * 300)
        rows.append(f'<tr><td>{aspect}. {e(ASPECT_LABELS[aspect])}</td><td><svg width="310" height="14" '
                    f'xmlns="http://www.w3.org/2000/svg"><rect width="300" height="14" fill="#e8edf4"/>'
                    f'<rect width="{width}" height="14" fill="#2a5d9f"/></svg></td>'
                    f'<td class="n">{share * 100:.0f} %</td></tr>')
    return "<table><thead><tr><th>Aspekt</th><th>Andel</th><th>%</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"


def county_table(ranking: pd.DataFrame) -> str:
    judged = ranking[ranking["status"] == "ok"].copy()
    if judged.empty:
        return "<p>Inga bedömda kommuner.</p>"
    judged["score"] = judged["score"].astype(float)
    national = judged["score"].mean()
    rows = []
    for lan, group in sorted(judged.groupby("lan"), key=lambda item: -item[1]["score"].mean()):
        rows.append(f"<tr><td>{e(lan)}</td><td class='n'>{len(group)}</td><td class='n'>{group['score'].mean():.2f}</td>"
                    f"<td class='n'>{national:.2f}</td></tr>")
    return ("<table><thead><tr><th>Län</th><th>Kommuner</th><th>Medel</th><th>Riket</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


def _evidence_list(code: str, scores: dict, aspect_rows: list[dict]) -> str:
    score = scores.get(code)
    overrides = {r["aspect"]: r for r in aspect_rows if r["kommunkod"] == code and r["override_value"] != ""}
    forced = {r["aspect"]: r for r in aspect_rows if r["kommunkod"] == code and _is_forced(r)}
    items = []
    for aspect in ASPECTS:
        label = f"{aspect}. {e(ASPECT_LABELS[aspect])}"
        if score is not None:
            result = score.aspects[aspect]
            where = ""
            if result.evidence:
                ev = result.evidence[0]
                where = (f' — <a href="{e(ev.page_url)}" rel="noopener noreferrer">{e(ev.page_url)}</a>, '
                         f'{e(ev.region)}: “{e(ev.element_text[:120])}”'
                         + (" <span class='muted'>(sidan som webbläsaren visar den: byggd av skript)</span>"
                            if ev.rendered else ""))
            items.append(f"<li><b>{label}: {result.value}</b> <span class='muted'>{e(result.rule)}</span>{where}</li>")
        if aspect in overrides:
            o = overrides[aspect]
            items.append(f"<li><b>{label}: {e(o['override_value'])}</b> enligt kontroll "
                         f"({e(SOURCE_LABELS.get(o['override_source'], o['override_source']))}, {e(o['override_checked_on'])}, "
                         f"{e(o['override_checked_by'])}) {e(o['override_note'])}</li>")
        elif aspect in forced:  # brought to 0 by a consistency rule after an override
            items.append(f"<li><b>{label}: 0</b> följer av kontroll: <span class='muted'>"
                         f"{e(forced[aspect]['rule'])}</span></li>")
    return "<ul class='ev'>" + "".join(items) + "</ul>"


def _from_overrides(aspect_rows: list[dict]) -> dict[tuple[str, str], tuple[str, str]]:
    """(kommunkod, aspect) -> ("override" | "forced", tooltip) for values set by the override
    file or brought to 0 by the consistency rules after it."""
    marks = {}
    for row in aspect_rows:
        key = (row["kommunkod"], row["aspect"])
        if row["override_value"] != "":
            source = SOURCE_LABELS.get(row["override_source"], row["override_source"])
            marks[key] = ("override", f"satt genom kontroll ({source}, {row['override_checked_on']}, "
                                      f"{row['override_checked_by']})")
        elif _is_forced(row):
            marks[key] = ("forced", f"0 som följd av en kontroll: {row['rule']}")
    return marks


def _is_forced(row: dict) -> bool:
    return row["detector_value"] != "" and str(row["final_value"]) != str(row["detector_value"])


def ranking_table(ranking: pd.DataFrame, scores: dict, aspect_rows: list[dict]) -> str:
    head = ("<tr><th data-type='num'>Plats</th><th>Kommun</th><th>Län</th><th data-type='num'>Poäng</th>"
            + "".join(f"<th data-type='num' title='{e(ASPECT_LABELS[a])}'>{a}</th>" for a in ASPECTS)
            + "<th>Status</th></tr>")
    rows = []
    marks = _from_overrides(aspect_rows)
    for record in ranking.to_dict("records"):
        code = record["kommunkod"]
        judged = record["status"] == "ok"
        cells = [f"<td class='n' data-v='{e(record['rank'])}'>{e(record['rank'])}</td>",
                 f"<td><a href='{e(record['homepage'])}' rel='noopener noreferrer'>{e(record['kommun'])}</a></td>",
                 f"<td>{e(record['lan'])}</td>",
                 f"<td class='n' data-v='{e(record['score'])}'>{e(record['score'])}</td>"]
        for aspect in ASPECTS:
            value = record[ASPECT_COLUMNS[aspect]]
            mark = "" if pd.isna(value) else ("<span class='yes'>1</span>" if int(value) else "<span class='no'>0</span>")
            kind, title = marks.get((code, aspect), ("", "")) if not pd.isna(value) else ("", "")
            flag = (f" data-{kind}='{e(code)}:{aspect}' title='{e(title)}'" if kind else "")
            mark += "<sup>*</sup>" if kind else ""
            cells.append(f"<td class='n' data-v='{'' if pd.isna(value) else int(value)}'{flag}>{mark}</td>")
        status = STATUS_LABELS.get(record["status"], record["status"])
        reason = f": {e(record['status_reason'])}" if not judged else ""
        cells.append(f"<td>{e(status)}{reason}</td>")
        css = "row" + ("" if judged else " notjudged")
        rows.append(f"<tr class='{css}' data-code='{e(code)}' data-name='{e(str(record['kommun']).lower())}' "
                    f"data-lan='{e(record['lan'])}'>{''.join(cells)}</tr>")
        if judged or any(r["kommunkod"] == code for r in aspect_rows):
            rows.append(f"<tr id='ev-{e(code)}' class='evidence'><td></td><td colspan='10'><details><summary>Belägg för "
                        f"{e(record['kommun'])}</summary>{_evidence_list(code, scores, aspect_rows)}</details></td></tr>")
    return f"<table id='ranking'><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"


def movements(comparison: pd.DataFrame | None) -> str:
    if comparison is None:
        return ""
    changed = comparison[comparison["change"] != "same"]
    rows = "".join(
        f"<tr><td>{e(r['kommun'])}</td><td class='n'>{e(r['old_score'])}</td><td class='n'>{e(r['new_score'])}</td>"
        f"<td>{e(r['change'])}</td><td>{e(r['aspects_changed'])}</td></tr>" for r in changed.to_dict("records"))
    return ("<h2>Rörelser sedan förra mätningen</h2>"
            f"<p>{len(changed)} av {len(comparison)} kommuner har ändrats.</p>"
            "<table><thead><tr><th>Kommun</th><th>Förra</th><th>Nu</th><th>Ändring</th><th>Aspekter</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")


def override_note(record: dict | None) -> str:
    """Which override file the values marked * came from."""
    if not record:
        return "<p id='overrides'>Inga värden är satta genom kontroll (ingen override-fil).</p>"
    return (f"<p id='overrides'>Värden märkta * är satta genom kontroll, eller följer av en kontroll: "
            f"{len(record['values'])} värden ur override-filen {e(record['file'])} "
            f"(sha256 <code>{e(record['sha256'][:12])}</code>…).</p>")


def render_report(ranking: pd.DataFrame, scores: dict, aspect_rows: list[dict], run: dict,
                  comparison: pd.DataFrame | None = None) -> str:
    dist = distribution(ranking)
    lans = sorted({lan for lan in ranking["lan"] if isinstance(lan, str) and lan})
    options = "".join(f"<option>{e(lan)}</option>" for lan in lans)
    finished = (run.get("finished") or "")[:10] or date.today().isoformat()
    versions = run.get("versions", {})
    counts = "".join(f"<li>{points} poäng: {dist[points]}</li>" for points in ("5", "4", "3", "2", "1", "0"))
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Servicekoll {e(finished)}: kundservice på kommunernas webbplatser</title><style>{CSS}</style></head>
<body>
<h1>Kundservice på kommunernas webbplatser</h1>
<p class="muted">Mätning {e(finished)} · {len(ranking)} kommuner · servicekoll {e(versions.get('tool', ''))},
bedömningsmall {e(versions.get('rubric', ''))}, ordlista {e(versions.get('lexicon', ''))}</p>
<p class="lead" id="headline">{e(headline(dist))}</p>
<h2>Fördelning av poäng</h2>
<ul class="muted" id="distribution">{counts}<li>ej bedömda: {dist['not_judged']}</li></ul>
{bar_chart(dist)}
<h2>Andel kommuner som uppfyller varje aspekt</h2>
{share_bars(ranking)}
<h2>Medelpoäng per län</h2>
{county_table(ranking)}
{movements(comparison)}
<h2>Rangordning</h2>
<p class="muted">Klicka på en kolumnrubrik för att sortera. Kommuner som inte kunde bedömas har ingen plats.</p>
<div class="filters"><input id="filter-name" type="search" placeholder="Sök kommun" aria-label="Sök kommun">
<select id="filter-lan" aria-label="Län"><option value="">Alla län</option>{options}</select></div>
{ranking_table(ranking, scores, aspect_rows)}
<h2>Om mätningen</h2>
<p>Varje kommun kan få en poäng per aspekt: (a) det finns en kundservice, ett kontaktcenter eller liknande;
(b) ingången finns på startsidan; (c) den är lätt att hitta högst upp; (d) sidan säger vad man kan få hjälp med
och hur; (e) någon är namngiven som ansvarig. Aspekt e kan ha satts efter telefonkontroll.</p>
{override_note(run.get("overrides"))}
<script>{SCRIPT}</script>
</body></html>
"""


def print_ranking_table(ranking: pd.DataFrame) -> None:
    dist = distribution(ranking)
    print(headline(dist))
    print(f"{'plats':>5}  {'kommun':<22} {'poäng':>5}  a b c d e  status")
    for record in ranking.to_dict("records"):
        aspects = " ".join("-" if pd.isna(record[ASPECT_COLUMNS[a]]) else str(int(record[ASPECT_COLUMNS[a]]))
                           for a in ASPECTS)
        rank = "" if pd.isna(record["rank"]) else int(record["rank"])
        score = "" if pd.isna(record["score"]) else int(record["score"])
        status = record["status"] if record["status"] == "ok" else f"{record['status']}: {record['status_reason']}"
        print(f"{rank!s:>5}  {str(record['kommun'])[:22]:<22} {score!s:>5}  {aspects}  {status}")
