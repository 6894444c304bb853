"""An interactive, offline HTML view of the entity graph, built with pyvis.

Why not `pyvis.Network.write_html` as is: with pyvis 0.3.2 only
`cdn_resources='in_line'` draws offline and it still links Bootstrap and
tom-select remotely, and `from_nx` is quadratic (list-backed node lookup). So
the pyvis `Network` is filled directly (nodes and edges appended to its lists,
with our own dict index: linear), and rendered through our own small template
(`kg/data/viz/template.html`) that inlines pyvis's vis-network bundle and CSS.
The file loads nothing from the network.

Layout: countries are placed by a networkx spring layout of the country tie
graph; every other node sits near the countries it is tied to (their centroid,
spread in a sunflower disc per group of nodes sharing those countries). This is
linear in the graph size. Below `PHYSICS_THRESHOLD` nodes these positions seed
a short physics stabilisation that then switches itself off; above it physics
stays off, so 10,000-node pages open and pan smoothly.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence

import networkx as nx

from kg.projection import (
    DATA_DIR,
    KGData,
    Period,
    ProjectionError,
    config,
    country_graph,
    date_interval,
    entity_graph,
    load_kg_cached,
)
from kg.store import GraphStore

PHYSICS_THRESHOLD = 600
DEFAULT_DEPTH = 2
MAX_SOURCES_SHOWN = 5
MAX_EVIDENCE_SHOWN = 3
SEED = 42
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
NODE_SPACING = 48.0

_SCHEME = re.compile(r"\b(?:https?|ftp)://", re.IGNORECASE)


class VizError(ProjectionError):
    pass


@dataclass(frozen=True)
class VizSummary:
    path: Path
    nodes: int
    edges: int
    layout: str
    physics: bool
    seconds: float
    bytes: int


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str, str]:
    """(template, vis-network JS, vis-network CSS), read once from the installed packages."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script")
    css = (lib / "vis-network.css").read_text(encoding="utf-8").replace("</style", "<\\/style")
    template = (DATA_DIR / "template.html").read_text(encoding="utf-8")
    return template, js, css


def plain(text: str) -> str:
    """Tooltip text: drop URL schemes so the page names no remote resource."""
    return _SCHEME.sub("", text)


def _json(value: Any) -> str:
    """JSON safe to embed inside <script>."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/").replace("<!--", "<\\!--")


# --------------------------------------------------------------------------- subgraph
def subgraph(graph: nx.MultiDiGraph, data: KGData, country: Optional[str], depth: int) -> nx.MultiDiGraph:
    """Nodes within `depth` links (either direction) of a country."""
    if not country:
        return graph
    if depth < 1:
        raise VizError("--depth must be at least 1")
    start = data.country(country).iri
    if start not in graph:
        return graph.subgraph([]).copy()
    reach = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), start, cutoff=depth)
    return graph.subgraph(reach).copy()


# --------------------------------------------------------------------------- layout
def _sunflower(center: tuple[float, float], count: int, offset: int) -> list[tuple[float, float]]:
    cx, cy = center
    out = []
    for i in range(offset, offset + count):
        r = NODE_SPACING * math.sqrt(i + 0.5)
        a = i * GOLDEN_ANGLE
        out.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return out


def layout(graph: nx.MultiDiGraph, data: KGData, seed: int = SEED) -> dict[str, tuple[float, float]]:
    """Positions for every node, linear apart from a spring layout of the countries."""
    nodes = list(graph)
    if not nodes:
        return {}
    countries = [n for n in nodes if graph.nodes[n]["kind"] == "Country"]
    ties = country_graph(data).subgraph(countries).copy()
    ties.add_nodes_from(countries)
    scale = max(300.0, NODE_SPACING * 2.2 * math.sqrt(len(nodes)))
    pos: dict[str, tuple[float, float]] = {}
    if countries:
        for n, (x, y) in nx.spring_layout(ties, weight="weight", seed=seed, scale=scale,
                                          iterations=80 if len(countries) < 400 else 30).items():
            pos[n] = (float(x), float(y))
    # anchor countries of every other node, spreading in waves from the countries
    und = graph.to_undirected(as_view=True)
    anchors: dict[str, frozenset[str]] = {c: frozenset([c]) for c in countries}
    frontier = list(countries)
    while frontier:
        nxt: dict[str, set[str]] = defaultdict(set)
        for u in frontier:
            for v in und[u]:
                if v not in anchors:
                    nxt[v] |= anchors[u]
        for v, a in nxt.items():
            anchors[v] = frozenset(a)
        frontier = list(nxt)
    groups: dict[frozenset[str], list[str]] = defaultdict(list)
    for n in sorted(nodes):
        if n not in pos and n in anchors:
            groups[anchors[n]].append(n)
    for anchor, members in groups.items():
        xs = [pos[c][0] for c in anchor]
        ys = [pos[c][1] for c in anchor]
        center = (sum(xs) / len(xs), sum(ys) / len(ys))
        offset = 2 if len(anchor) == 1 else 0  # keep clear of the country itself
        for n, p in zip(members, _sunflower(center, len(members), offset)):
            pos[n] = p
    # pieces not connected to any country: one small disc each, on an outer ring
    loose = [n for n in nodes if n not in pos]
    if loose:
        comps = sorted(nx.connected_components(und.subgraph(loose)), key=lambda c: (-len(c), min(c)))
        radius = (max((math.hypot(*p) for p in pos.values()), default=0.0)) + scale * 0.3
        for i, comp in enumerate(comps):
            a = i * GOLDEN_ANGLE
            center = (radius * math.cos(a), radius * math.sin(a))
            for n, p in zip(sorted(comp), _sunflower(center, len(comp), 0)):
                pos[n] = p
    return pos


# --------------------------------------------------------------------------- tooltips
def _date_text(attrs: dict[str, Any]) -> str:
    start, end = attrs.get("start"), attrs.get("end")
    if start and end and end != start:
        return f"{start} – {end}"
    return start or ""


def _sources_text(data: KGData, sources: Iterable[str]) -> list[str]:
    sources = list(sources)
    lines = []
    for iri in sources[:MAX_SOURCES_SHOWN]:
        doc = data.documents.get(iri)
        if doc is None:
            lines.append(f"• {iri.rsplit('/', 1)[-1]}")
            continue
        parts = [doc.identifier or iri.rsplit("/", 1)[-1]]
        if doc.title:
            parts.append(f"“{doc.title}”")
        if doc.issued:
            parts.append(doc.issued)
        if doc.url:
            parts.append(doc.url)
        lines.append("• " + " · ".join(parts))
    if len(sources) > MAX_SOURCES_SHOWN:
        lines.append(f"• … +{len(sources) - MAX_SOURCES_SHOWN} bài khác")
    return lines


def node_tooltip(attrs: dict[str, Any], data: KGData) -> str:
    styles = config()["classes"]
    kind, typ = attrs["kind"], attrs["type"]
    head = styles.get(kind, {}).get("vi", kind) + (f" · {typ}" if typ != kind else "")
    lines = [attrs["label"], head + (f" · {attrs['iso']}" if attrs.get("iso") else "")]
    for key, name in (("rank", "Cấp bậc"), ("position", "Chức vụ"), ("location", "Địa điểm"), ("level", "Cấp độ")):
        if attrs.get(key):
            lines.append(f"{name}: {attrs[key]}")
    if _date_text(attrs):
        lines.append(("Từ" if kind == "Partnership" else "Ngày") + f": {_date_text(attrs)}")
    if attrs.get("_sources"):
        lines.append(f"Nguồn ({len(attrs['_sources'])} bài):")
        lines.extend(_sources_text(data, attrs["_sources"]))
    evidence = attrs.get("_evidence") or ()
    if evidence:
        lines.append("Bằng chứng:")
        lines.extend(f"“{e}”" for e in evidence[:MAX_EVIDENCE_SHOWN])
    return plain("\n".join(lines))


def edge_tooltip(u: dict[str, Any], relation: str, v: dict[str, Any], sources: Sequence[str], data: KGData) -> str:
    rel_vi = config()["relations"].get(relation, relation)
    lines = [f"{u['label']} —{rel_vi} ({relation})→ {v['label']}"]
    happening = u if u["kind"] in ("Event", "Agreement", "Partnership") else v
    if _date_text(happening):
        lines.append(f"Ngày: {_date_text(happening)}")
    if sources:
        lines.append(f"Nguồn ({len(sources)} bài):")
        lines.extend(_sources_text(data, sources))
    evidence = happening.get("_evidence") or ()
    if evidence:
        lines.append("Bằng chứng:")
        lines.extend(f"“{e}”" for e in evidence[:MAX_EVIDENCE_SHOWN])
    return plain("\n".join(lines))


# --------------------------------------------------------------------------- network
def build_network(graph: nx.MultiDiGraph, data: KGData, physics_threshold: int = PHYSICS_THRESHOLD,
                  title: str = "defence-kg") -> tuple[Any, dict[str, Any]]:
    """A pyvis `Network` filled in linear time, plus the page's metadata."""
    from pyvis.network import Network

    styles = config()["classes"]
    relations_vi = config()["relations"]
    physics = graph.number_of_nodes() <= physics_threshold
    pos = layout(graph, data) if not physics else {}
    und = nx.Graph(graph.to_undirected(as_view=True))
    rank = nx.pagerank(und, tol=1e-6) if und.number_of_edges() else {n: 1.0 for n in und}
    top = max(rank.values(), default=1.0) or 1.0

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading=title)
    index: dict[str, int] = {}
    for i, (n, attrs) in enumerate(graph.nodes(data=True)):
        style = styles.get(attrs["kind"], {"color": "#7f7f7f", "shape": "dot"})
        x, y = pos.get(n, (0.0, 0.0))
        interval = date_interval(attrs.get("start"))
        end = date_interval(attrs.get("end")) or interval
        net.nodes.append({
            "id": i, "label": attrs["label"], "title": node_tooltip(attrs, data),
            "color": style["color"], "shape": style["shape"],
            "size": round(10 + 22 * math.sqrt(rank.get(n, 0.0) / top), 2),
            "kind": attrs["kind"], "type": attrs["type"], "iso": attrs.get("iso"),
            "dated": attrs["kind"] in ("Event", "Agreement", "Partnership"),
            "d0": interval[0] if interval else None, "d1": end[1] if end else None,
        })
        if not physics:  # small graphs: let the physics start from vis's own seeded layout
            net.nodes[-1].update(x=round(x, 1), y=round(y, 1))
        index[n] = i
    net.node_ids = list(index)
    net.node_map = {}  # pyvis's own lookup is bypassed on purpose
    rel_counts: Counter = Counter()
    for u, v, rel, attrs in graph.edges(keys=True, data=True):
        rel_counts[rel] += 1
        net.edges.append({
            "from": index[u], "to": index[v], "label": relations_vi.get(rel, rel), "relation": rel,
            "title": edge_tooltip(graph.nodes[u], rel, graph.nodes[v], attrs.get("_sources", ()), data),
        })
    options: dict[str, Any] = {
        "nodes": {"font": {"size": 14, "face": "system-ui"}, "borderWidth": 1},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "color": {"color": "#9aa", "highlight": "#333"},
                  "font": {"size": 9, "align": "middle", "color": "#555"}, "smooth": False, "width": 1},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False,
                        "hideEdgesOnDrag": not physics, "hideEdgesOnZoom": not physics},
        "layout": {"improvedLayout": False, "randomSeed": SEED},
        "physics": ({"enabled": True, "solver": "barnesHut",
                     "barnesHut": {"gravitationalConstant": -4000, "centralGravity": 0.3, "springLength": 120, "springConstant": 0.04,
                                   "avoidOverlap": 0.3, "damping": 0.2},
                     "stabilization": {"enabled": True, "iterations": 300, "updateInterval": 50, "fit": True}}
                    if physics else {"enabled": False}),
    }
    net.options = options
    kinds = Counter(d["kind"] for _, d in graph.nodes(data=True))
    layout_desc = ("python layout + physics until stable" if physics
                   else f"python layout, physics off (> {physics_threshold} nodes)")
    meta = {
        "layout": layout_desc,
        "classes": [{"name": k, "vi": s["vi"], "color": s["color"], "shape": s["shape"], "count": kinds[k]}
                    for k, s in styles.items() if kinds[k]],
        "relations": [{"name": r, "vi": relations_vi.get(r, r), "count": c} for r, c in sorted(rel_counts.items())],
        "countries": sorted(({"iso": d.get("iso") or d["key"], "label": d["label"]}
                             for _, d in graph.nodes(data=True) if d["kind"] == "Country"), key=lambda c: c["iso"]),
        "countryIds": {(d.get("iso") or d["key"]): index[n] for n, d in graph.nodes(data=True) if d["kind"] == "Country"},
    }
    return net, meta


def render_html(net: Any, meta: dict[str, Any], title: str) -> str:
    """The page, with vis-network inlined (see module doc)."""
    import jinja2

    template, js, css = _assets()
    nodes, edges, _heading, _h, _w, options = net.get_network_data()
    env = jinja2.Environment(autoescape=False)
    return env.from_string(template).render(
        title=jinja2.utils.markupsafe.escape(title), vis_js=js, vis_css=css,
        nodes_json=_json(nodes), edges_json=_json(edges), options_json=_json(json.loads(options)),
        meta_json=_json(meta))


def write_html(store: GraphStore, path: Path | str, *, country: Optional[str] = None, depth: int = DEFAULT_DEPTH,
               since: Optional[str] = None, until: Optional[str] = None, types: Optional[Iterable[str]] = None,
               physics_threshold: int = PHYSICS_THRESHOLD, title: str = "defence-kg",
               data: Optional[KGData] = None) -> VizSummary:
    """Write the interactive graph (optionally a subgraph) to `path`."""
    t0 = time.perf_counter()
    data = data if data is not None else load_kg_cached(store)
    period = Period.parse(since, until)
    graph = subgraph(entity_graph(data, period, list(types) if types else None), data, country, depth)
    net, meta = build_network(graph, data, physics_threshold, title)
    html = render_html(net, meta, title)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return VizSummary(path=path, nodes=graph.number_of_nodes(), edges=graph.number_of_edges(),
                      layout=meta["layout"], physics=graph.number_of_nodes() <= physics_threshold,
                      seconds=time.perf_counter() - t0, bytes=len(html.encode("utf-8")))
