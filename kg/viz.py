"""An interactive, offline HTML view of the graph that stays small and quick at any size.

The page opens on a **country overview**: countries sized by their events and
agreements, ties whose width is how many they share and whose colour is the
partnership level last entered, with a period filter. From there it draws,
on demand, a country's happenings (who met whom, who signed what), the
happenings shared by two countries, or the neighbourhood of any entity
found by search, the most important nodes first and at most
`view_max_nodes` of them, so that any view stays readable and quick.

What the page holds (`kg/data/viz/app.js` reads it):

* `overview`: countries, positions (a networkx spring layout of the country
  ties) and per-month counts per country and per tie, so that the period
  filter works in the browser;
* `index`: every entity (name, class, dates, importance) and every relation,
  as compact arrays; entity ids are ranks by importance (PageRank);
* `docs` and `details-NNN`: evidence sentences, positions and source
  articles, read when a node or an edge is clicked.

Up to `inline_max_nodes` entities everything is inside the one HTML file.
Above, only the overview is: the rest goes to `<page>-data/*.js` beside it,
loaded with `<script src>` (which, unlike fetch(), works from file://), the
index right after the first draw, the details when asked for. Labels are
drawn by the page itself where they do not overlap (the most important
first); the rest appear on hover. Nothing is loaded from the network.

Why not pyvis's `Network.write_html`: with pyvis 0.3.2 only
`cdn_resources='in_line'` draws offline and it still links Bootstrap and
tom-select remotely. We use pyvis only for its vis-network bundle.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any, Iterable, Optional

import networkx as nx

from kg.projection import (
    DATA_DIR,
    HAPPENING_KINDS,
    KINDS,
    Edge,
    KGData,
    Node,
    Period,
    ProjectionError,
    config,
    date_interval,
    entity_selection,
    happening_country_sets,
    load_kg_cached,
    paused_gc,
    term_label,
    tie_weight,
)
from kg.store import GraphStore

DEFAULT_DEPTH = 2
MAX_SOURCES_SHOWN = 5
MAX_EVIDENCE_SHOWN = 3
MAX_TIE_OFFICIALS = 4
SEED = 42
DATA_SUFFIX = "-data"
_DATA_FILE = re.compile(r"^(index|docs|details-\d{3})\.js$")
_SCHEME = re.compile(r"\b(?:https?|ftp)://", re.IGNORECASE)


class VizError(ProjectionError):
    pass


@dataclass(frozen=True)
class VizSummary:
    path: Path
    files: list[Path]  # the page, then the data folder when there is one
    nodes: int
    edges: int
    countries: int
    inline: bool  # everything inside the page
    seconds: float
    bytes: int  # the page
    first_bytes: int  # the page and the data read right after the first draw (the index)
    all_bytes: int  # the page and every data file


def page_config() -> dict[str, Any]:
    return config()["page"]


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str, str]:
    """(template, app JS, vis-network JS), read once from this package and pyvis's."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    vis_js = (lib / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script")
    template = (DATA_DIR / "template.html").read_text(encoding="utf-8")
    app = (DATA_DIR / "app.js").read_text(encoding="utf-8").replace("</script", "<\\/script")
    return template, app, vis_js


def plain(text: str) -> str:
    """Text for the page: drop URL schemes so the page names no remote resource."""
    return _SCHEME.sub("", text)


def _json(value: Any) -> str:
    """JSON safe to embed inside <script>."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/").replace("<!--", "<\\!--")


def data_script(name: str, payload: Any) -> str:
    """A data file's text: one call that hands the payload to the page."""
    return f"kgReceive({_json(name)},{_json(payload)});\n"


# --------------------------------------------------------------------------- selection
@dataclass
class Selection:
    """The entities and relations a page shows, most important entity first."""

    data: KGData
    order: list[str]  # entity IRIs by importance; a node's id in the page is its position here
    edges: list[Edge]
    rank: list[float]  # PageRank, in `order`

    @property
    def ids(self) -> dict[str, int]:
        return {n: i for i, n in enumerate(self.order)}


def neighbourhood(nodes: list[str], edges: list[Edge], start: str, depth: int) -> set[str]:
    """Nodes within `depth` links of `start`, either direction."""
    adjacent: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        adjacent[e.source].add(e.target)
        adjacent[e.target].add(e.source)
    seen, ring = {start}, {start}
    for _ in range(depth):
        ring = {v for u in ring for v in adjacent[u]} - seen
        seen |= ring
    return seen


def pagerank(n: int, pairs: Iterable[tuple[int, int]], alpha: float = 0.85, tol: float = 1e-6) -> list[float]:
    """PageRank of an undirected simple graph given by index pairs (what networkx gives for
    `nx.Graph`), with scipy: the page ranks 30,000 nodes in a fraction of a second."""
    import numpy as np
    import scipy.sparse as sparse

    if n == 0:
        return []
    pairs = list(pairs)
    if not pairs:
        return [1.0 / n] * n
    rows = np.array([a for a, b in pairs] + [b for a, b in pairs], dtype=np.int64)
    cols = np.array([b for a, b in pairs] + [a for a, b in pairs], dtype=np.int64)
    adjacency = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    adjacency.data[:] = 1.0  # duplicates summed: back to a simple graph
    adjacency.setdiag(0)
    adjacency.eliminate_zeros()
    degree = np.asarray(adjacency.sum(axis=1)).ravel()
    inverse = np.divide(1.0, degree, out=np.zeros(n), where=degree > 0)
    dangling = degree == 0
    x = np.full(n, 1.0 / n)
    for _ in range(200):
        previous = x
        x = alpha * (adjacency.T @ (x * inverse)) + (alpha * x[dangling].sum() + 1 - alpha) / n
        if np.abs(x - previous).sum() < n * tol:
            break
    return x.tolist()


def select(data: KGData, period: Period, types: Optional[Iterable[str]], country: Optional[str],
           depth: int) -> Selection:
    """What the page shows: the entity graph in the period, or a country's neighbourhood."""
    nodes, edges = entity_selection(data, period, list(types) if types else None)
    if country:
        if depth < 1:
            raise VizError("--depth must be at least 1")
        start = data.country(country).iri
        keep = neighbourhood(nodes, edges, start, depth) if start in set(nodes) else set()
        nodes = [n for n in nodes if n in keep]
        edges = [e for e in edges if e.source in keep and e.target in keep]
    position = {n: i for i, n in enumerate(nodes)}
    rank = pagerank(len(nodes), ((position[e.source], position[e.target]) for e in edges))
    order = sorted(range(len(nodes)), key=lambda i: (-rank[i], data.nodes[nodes[i]].label, nodes[i]))
    return Selection(data, [nodes[i] for i in order], edges, [rank[i] for i in order])


# --------------------------------------------------------------------------- dates
@lru_cache(maxsize=1 << 16)
def day_number(lexical: Optional[str], last: bool = False) -> int:
    """20241219 for a date's first (or last) day; 0 without a year."""
    interval = date_interval(lexical)
    if interval is None or interval[0].startswith("-"):
        return 0
    return int(interval[1 if last else 0].replace("-", ""))


def month_number(lexical: Optional[str]) -> int:
    """Months since year 0 (year × 12 + month − 1) of a date's first day; −1 without a year."""
    day = day_number(lexical)
    return -1 if day == 0 else (day // 10000) * 12 + (day // 100) % 100 - 1


# --------------------------------------------------------------------------- index
def index_payload(sel: Selection) -> dict[str, Any]:
    """Every entity and relation as compact arrays (see module doc); ids are positions in `sel.order`."""
    data = sel.data
    nodes = [data.nodes[n] for n in sel.order]
    types = sorted({n.type for n in nodes})
    type_ids = {t: i for i, t in enumerate(types)}
    top = max(sel.rank, default=1.0) or 1.0
    relations = list(config()["relations"])
    happening_countries, actor_countries = country_ids(sel)
    return {"names": [n.label for n in nodes], "kinds": [KINDS.index(n.kind) for n in nodes], "types": types,
            "typeOf": [type_ids[n.type] for n in nodes], "size": [round(100 * math.sqrt(r / top)) for r in sel.rank],
            "d0": [day_number(n.start) for n in nodes], "d1": last_days(nodes),
            "iso": {i: n.iso for i, n in enumerate(nodes) if n.iso}, "relations": relations,
            "edges": edge_array(sel, {r: i for i, r in enumerate(relations)}),
            "hc": happening_countries, "ac": actor_countries}


def last_days(nodes: list[Node]) -> dict[int, int]:
    """The last day of each happening that lasts more than a day, by position."""
    out: dict[int, int] = {}
    for i, node in enumerate(nodes):
        if node.kind in ("Event", "Agreement"):
            end = day_number(node.end or node.start, last=True)
            if end != day_number(node.start):
                out[i] = end
    return out


def edge_array(sel: Selection, rel_ids: dict[str, int]) -> list[int]:
    """The relations as one flat array: source, target, relation, source, target, ..."""
    ids = sel.ids
    out: list[int] = []
    for e in sel.edges:
        out += (ids[e.source], ids[e.target], rel_ids[e.relation])
    return out


def country_ids(sel: Selection) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    """The countries of each happening and the countries each actor stands for, by position
    (those with none left out)."""
    data, ids = sel.data, sel.ids
    keep = {n for n in sel.order if data.nodes[n].kind in HAPPENING_KINDS}
    happenings = {ids[h]: sorted(ids[c] for c in cs if c in ids) for h, cs in happening_country_sets(data, keep).items()}
    actors = {ids[a]: sorted(ids[c] for c in cs if c in ids) for a, cs in data.stands_for.items()
              if a in ids and data.nodes[a].kind != "Country"}
    return {k: v for k, v in happenings.items() if v}, {k: v for k, v in actors.items() if v}


# --------------------------------------------------------------------------- overview
def country_positions(countries: list[str], weights: dict[tuple[str, str], float],
                      seed: int = SEED) -> dict[str, tuple[float, float]]:
    """A spring layout of the country ties (strong ties pull countries together)."""
    if not countries:
        return {}
    ties = nx.Graph()
    ties.add_nodes_from(countries)
    for (a, b), w in weights.items():
        ties.add_edge(a, b, pull=math.log1p(w))
    scale = 120.0 * math.sqrt(len(countries))
    pos = nx.spring_layout(ties, weight="pull", seed=seed, scale=scale, iterations=200 if len(countries) < 400 else 50)
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in pos.items()}


def _add_month(hist: dict[int, list[int]], month: int, kind: str) -> None:
    counts = hist.setdefault(month, [0, 0])
    counts[0 if kind == "Event" else 1] += 1


@dataclass
class _Ties:
    """Per-month counts of a country and of each pair, their partnerships and officials."""

    own: dict[str, dict[int, list[int]]] = field(default_factory=lambda: defaultdict(dict))
    hist: dict[tuple[str, str], dict[int, list[int]]] = field(default_factory=lambda: defaultdict(dict))
    levels: dict[tuple[str, str], list[list[int]]] = field(default_factory=lambda: defaultdict(list))
    people: dict[tuple[str, str], Counter] = field(default_factory=lambda: defaultdict(Counter))
    weight: dict[tuple[str, str], float] = field(default_factory=lambda: defaultdict(float))


def count_ties(sel: Selection) -> _Ties:
    data, ids = sel.data, sel.ids
    keep = {n for n in sel.order if data.nodes[n].kind in HAPPENING_KINDS}
    level_ids = {name: i for i, name in enumerate(config()["tie_weights"]["Partnership"]) if name != "_default"}
    out = _Ties()
    for h, involved in sorted(happening_country_sets(data, keep).items()):
        node = data.nodes[h]
        cs = sorted(c for c in involved if c in ids)
        month = month_number(node.start)
        for c in cs:
            if node.kind != "Partnership":
                _add_month(out.own[c], month, node.kind)
        for pair in combinations(cs, 2):
            out.weight[pair] += tie_weight(node)
            if node.kind == "Partnership":
                if node.level in level_ids:
                    out.levels[pair].append([month, level_ids[node.level]])
                continue
            _add_month(out.hist[pair], month, node.kind)
            for actor in data.roles.get(h, ()):
                sides = data.stands_for.get(actor, frozenset())
                if data.nodes[actor].kind == "Official" and actor in ids and (pair[0] in sides or pair[1] in sides):
                    out.people[pair][actor] += 1
    return out


def overview_payload(sel: Selection) -> dict[str, Any]:
    """Countries and their ties, counted per month (see module doc)."""
    data, ids = sel.data, sel.ids
    countries = [n for n in sel.order if data.nodes[n].kind == "Country"]
    ties = count_ties(sel)
    pos = country_positions(countries, ties.weight)
    rows = [{"id": ids[c], "iso": data.nodes[c].key, "name": data.nodes[c].label,
             "x": pos[c][0], "y": pos[c][1], "h": sorted([m, *n] for m, n in ties.own[c].items())}
            for c in countries]
    out = []
    for pair in sorted(set(ties.hist) | set(ties.levels), key=lambda p: (ids[p[0]], ids[p[1]])):
        people = sorted(ties.people[pair].items(), key=lambda kv: (-kv[1], ids[kv[0]]))[:MAX_TIE_OFFICIALS]
        out.append({"a": ids[pair[0]], "b": ids[pair[1]], "h": sorted([m, *n] for m, n in ties.hist[pair].items()),
                    "p": sorted(ties.levels[pair]), "o": [[data.nodes[o].label, n] for o, n in people]})
    return {"countries": rows, "ties": out}


# --------------------------------------------------------------------------- details
def _doc_row(data: KGData, iri: str) -> list[str]:
    doc = data.documents.get(iri)
    if doc is None:
        return [iri.rsplit("/", 1)[-1], "", "", ""]
    return [doc.identifier or iri.rsplit("/", 1)[-1], doc.title, doc.issued, plain(doc.url)]


def details_payloads(sel: Selection, shard_bytes: int) -> tuple[list, list[dict]]:
    """(documents, shards): evidence, positions and sources per node; sources per edge."""
    data, ids = sel.data, sel.ids
    doc_ids: dict[str, int] = {}
    docs: list[list[str]] = []

    def cite(sources: Iterable[str]) -> dict[str, Any]:
        sources = sorted(sources)
        out = []
        for iri in sources[:MAX_SOURCES_SHOWN]:
            if iri not in doc_ids:
                doc_ids[iri] = len(docs)
                docs.append(_doc_row(data, iri))
            out.append(doc_ids[iri])
        return {"s": out, "n": len(sources)} if sources else {}

    nodes: list[dict[str, Any]] = []
    for n in sel.order:
        node = data.nodes[n]
        attrs = (("p", node.position), ("r", node.rank), ("l", node.location))
        row: dict[str, Any] = {k: plain(v) for k, v in attrs if v}
        row.update(cite(node.sources))
        if node.evidence:
            row["e"] = [plain(e) for e in node.evidence[:MAX_EVIDENCE_SHOWN]]
        nodes.append(row)
    edges = {i: cite(e.sources) for i, e in enumerate(sel.edges) if e.sources}
    sample = nodes[:: max(1, len(nodes) // 500)]
    per_node = len(_json(sample)) / max(len(sample), 1) + 20 * len(edges) / max(len(nodes), 1)
    count = max(1, min(1000, math.ceil(per_node * len(nodes) / max(shard_bytes, 1))))
    shards: list[dict[str, Any]] = [{"nodes": {}, "edges": {}} for _ in range(count)]
    for i, row in enumerate(nodes):
        if row:
            shards[i % count]["nodes"][i] = row
    for i, row in edges.items():
        shards[ids[sel.edges[i].source] % count]["edges"][i] = row
    return docs, shards


# --------------------------------------------------------------------------- page
def page_meta(sel: Selection, title: str, inline: bool, shards: int, data_dir: str,
              start: Optional[dict[str, Any]] = None) -> dict[str, Any]:
    """What the page needs before any data: labels, colours, sizes, where the data is."""
    styles = config()["classes"]
    nodes = [sel.data.nodes[n] for n in sel.order]
    kinds = Counter(n.kind for n in nodes)
    levels = config()["levels"]
    level_names = [n for n in config()["tie_weights"]["Partnership"] if n != "_default"]
    return {
        "title": title, "inline": inline, "shards": shards, "dataDir": data_dir,
        "nodes": len(nodes), "edges": len(sel.edges), "start": start or {"view": "overview"},
        "kinds": list(KINDS),
        "classes": [{"name": k, "vi": s["vi"], "color": s["color"], "shape": s["shape"], "count": kinds[k]}
                    for k, s in styles.items()],
        "relationsVi": config()["relations"],
        "levels": [{"name": n, "vi": term_label(n, "vi"), "en": term_label(n, "en"), "color": levels[n]["color"]}
                   for n in level_names],
        "noLevelColor": levels["_none"]["color"],
        "typesVi": {t: term_label(t, "vi") for t in sorted({n.type for n in nodes})},
        "page": {k: v for k, v in page_config().items() if not k.startswith("_")},
    }


def render_page(meta: dict[str, Any], inline_data: dict[str, Any]) -> str:
    """The HTML page: vis-network and the app inline, with the data given inline."""
    import jinja2

    template, app, vis_js = _assets()
    scripts = "".join(f"<script>{data_script(name, payload)}</script>\n" for name, payload in inline_data.items())
    env = jinja2.Environment(autoescape=False)
    return env.from_string(template).render(
        title=jinja2.utils.markupsafe.escape(meta["title"]), vis_js=vis_js, app_js=app,
        meta_json=_json(meta), data_scripts=scripts)


def _is_ours(folder: Path) -> bool:
    return folder.is_dir() and all(_DATA_FILE.match(p.name) for p in folder.iterdir())


def write_data_folder(folder: Path, files: dict[str, Any]) -> list[Path]:
    """Replace `folder` with the data files, written aside first and swapped in whole.

    A folder there that holds anything but our data files is left alone (an error)."""
    if folder.exists() and not _is_ours(folder):
        raise VizError(f"{folder} exists and holds files that are not the page's data; move it away first")
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
    mask = os.umask(0)
    os.umask(mask)
    staging.chmod(0o777 & ~mask)  # mkdtemp's folder is private; the page's data is not
    try:
        for name, payload in files.items():
            (staging / f"{name}.js").write_text(data_script(name, payload), encoding="utf-8")
        if folder.exists():
            shutil.rmtree(folder)
        staging.replace(folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(folder.iterdir())


def remove_data_folder(folder: Path) -> None:
    """Drop a data folder left by an earlier, larger page (only if it holds our files only)."""
    if _is_ours(folder):
        shutil.rmtree(folder)


def data_folder(path: Path) -> Path:
    """Where a page's data files go: `exports/defence-kg.html` → `exports/defence-kg-data/`."""
    return path.with_name(path.stem + DATA_SUFFIX)


def build_payloads(sel: Selection) -> dict[str, Any]:
    """overview, index, docs and details-NNN payloads of a selection."""
    payloads: dict[str, Any] = {"overview": overview_payload(sel), "index": index_payload(sel)}
    docs, shards = details_payloads(sel, page_config()["details_shard_bytes"])
    payloads["docs"] = docs
    for i, shard in enumerate(shards):
        payloads[f"details-{i:03d}"] = shard
    return payloads


def write_view(store: GraphStore, path: Path | str, *, country: Optional[str] = None, depth: int = DEFAULT_DEPTH,
               since: Optional[str] = None, until: Optional[str] = None, types: Optional[Iterable[str]] = None,
               inline_max_nodes: Optional[int] = None, title: str = "defence-kg",
               data: Optional[KGData] = None) -> VizSummary:
    """Write the page (and, for a large graph, its data folder); `country` opens on that country."""
    t0 = time.perf_counter()
    data = data if data is not None else load_kg_cached(store)
    with paused_gc():
        sel = select(data, Period.parse(since, until), types, country, depth)
        payloads = build_payloads(sel)
    limit = page_config()["inline_max_nodes"] if inline_max_nodes is None else inline_max_nodes
    inline = len(sel.order) <= limit
    path = Path(path)
    folder = data_folder(path)
    start = {"view": "country", "iso": data.country(country).key} if country and sel.order else None
    shards = sum(1 for name in payloads if name.startswith("details-"))
    html = render_page(page_meta(sel, title, inline, shards, folder.name, start),
                       payloads if inline else {"overview": payloads["overview"]})
    path.parent.mkdir(parents=True, exist_ok=True)
    files, sizes = [path], {}
    if inline:
        remove_data_folder(folder)
    else:
        sizes = {p.stem: p.stat().st_size for p in
                 write_data_folder(folder, {k: v for k, v in payloads.items() if k != "overview"})}
        files.append(folder)
    path.write_text(html, encoding="utf-8")
    size = len(html.encode("utf-8"))
    return VizSummary(path=path, files=files, nodes=len(sel.order), edges=len(sel.edges),
                      countries=len(payloads["overview"]["countries"]), inline=inline,
                      seconds=time.perf_counter() - t0, bytes=size, first_bytes=size + sizes.get("index", 0),
                      all_bytes=size + sum(sizes.values()))


def write_html(store: GraphStore, path: Path | str, **options: Any) -> list[Path]:
    """Write the interactive graph to `path`; returns the paths written (the page, and its
    data folder for a large graph). Options as for `write_view`."""
    return write_view(store, path, **options).files
