"""Network reports on the projections of `kg.projection`: partners, centrality,
communities, brokers, timeline and ego networks.

Kept quick on large graphs, and repeatable:

* betweenness is exact while n·(n+m) fits a fixed work budget; above, it is
  sampled from k pivot nodes with k·(n+m) within that budget (at least
  `MIN_PIVOTS`), seeded — the report says which. It is networkx's algorithm
  and values, run on many sources at once with sparse matrices (`brandes_sums`);
* communities are Louvain on the *country* graph (a few hundred nodes at
  most), seeded, with a bounded number of levels; networkx's Louvain can loop
  forever on floating-point ties inside one level, so it runs under a deadline
  and falls back to greedy modularity (deterministic, always ends). Officials
  and organisations join the community of the country they stand for, or of
  their most strongly tied neighbour;
* brokers are officials and organisations whose neighbours span two or more
  communities, ranked by betweenness.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional

import networkx as nx

if TYPE_CHECKING:
    from kg.briefing import PairStory

from kg.projection import (
    ACTOR_KINDS,
    KGData,
    Period,
    ProjectionError,
    actor_graph,
    country_graph,
    kept_happenings,
)

BETWEENNESS_BUDGET = 5_000_000  # pivots × (n + m): a fraction of a second (see brandes_sums)
MIN_PIVOTS = 16
LOUVAIN_MAX_LEVEL = 10
LOUVAIN_THRESHOLD = 1e-6
LOUVAIN_DEADLINE_S = 3.0
DEFAULT_SEED = 42

Rows = list[dict[str, Any]]


@dataclass
class Section:
    """One report table."""

    name: str
    title: str
    columns: list[str]
    rows: Rows
    note: str = ""


def _run_with_deadline(func: Callable[[], Any], seconds: float) -> tuple[bool, Any]:
    """Run `func` in a daemon thread; (False, None) when it has not ended in time."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = func()
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=target, daemon=True, name="kg-louvain")
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        return False, None
    if "error" in box:
        raise box["error"]
    return True, box["value"]


def detect_communities(graph: nx.Graph, seed: int = DEFAULT_SEED,
                       deadline: float = LOUVAIN_DEADLINE_S) -> tuple[list[set[str]], str]:
    """Seeded, bounded Louvain; greedy modularity if Louvain misses its deadline."""
    if graph.number_of_nodes() == 0:
        return [], "no nodes"
    if graph.number_of_edges() == 0:
        return [{n} for n in sorted(graph)], "no edges: every node alone"
    ok, parts = _run_with_deadline(
        lambda: nx.community.louvain_communities(
            graph, weight="weight", seed=seed, threshold=LOUVAIN_THRESHOLD, max_level=LOUVAIN_MAX_LEVEL),
        deadline)
    if ok:
        method = f"Louvain (seed {seed}, ≤{LOUVAIN_MAX_LEVEL} levels, threshold {LOUVAIN_THRESHOLD:g})"
    else:
        parts = nx.community.greedy_modularity_communities(graph, weight="weight")
        method = f"greedy modularity (Louvain did not converge within {deadline:g} s)"
    ordered = sorted((set(p) for p in parts), key=lambda s: (-len(s), min(s)))
    return ordered, method


def brandes_sums(graph: nx.Graph, sources: list, batch: int = 64) -> dict:
    """Brandes's dependency sums of every node over shortest paths from `sources`
    (unweighted), many sources at once as columns of dense arrays over a sparse
    adjacency matrix: what `nx.betweenness_centrality` adds up, 20–50 times faster."""
    import numpy as np

    nodes = list(graph)
    position = {v: i for i, v in enumerate(nodes)}
    adjacency = nx.to_scipy_sparse_array(graph, nodelist=nodes, weight=None, format="csr")
    adjacency.data[:] = 1.0
    adjacency.setdiag(0)
    adjacency.eliminate_zeros()
    total = np.zeros(len(nodes))
    for start in range(0, len(sources), batch):
        cols = np.array([position[s] for s in sources[start:start + batch]])
        here = np.arange(len(cols))
        sigma = np.zeros((len(nodes), len(cols)))
        sigma[cols, here] = 1.0
        reached = sigma > 0
        levels = [reached.copy()]
        while levels[-1].any():  # forward: shortest-path counts, level by level
            into = adjacency @ (sigma * levels[-1])
            new = (into > 0) & ~reached
            sigma[new] = into[new]
            reached |= new
            levels.append(new)
        delta = np.zeros_like(sigma)
        safe = np.where(sigma > 0, sigma, 1.0)
        for level in range(len(levels) - 1, 0, -1):  # backward: dependencies
            back = adjacency @ np.where(levels[level], (1.0 + delta) / safe, 0.0)
            delta += np.where(levels[level - 1], sigma * back, 0.0)
        delta[cols, here] = 0.0
        total += delta.sum(axis=1)
    return dict(zip(nodes, total.tolist()))


def betweenness(graph: nx.Graph, seed: int = DEFAULT_SEED) -> tuple[dict[str, float], str]:
    """Normalised, unweighted betweenness; sampled on large graphs (see module doc).

    The same values as `nx.betweenness_centrality(graph, k, normalized=True,
    seed=seed)`: the same pivots, the same scaling."""
    import random

    n, m = graph.number_of_nodes(), graph.number_of_edges()
    if n <= 2:
        return {v: 0.0 for v in graph}, "exact"
    k = max(MIN_PIVOTS, BETWEENNESS_BUDGET // (n + m))
    if k >= n:
        sums = brandes_sums(graph, list(graph))
        return {v: b / ((n - 1) * (n - 2)) for v, b in sums.items()}, "exact"
    pivots = random.Random(seed).sample(list(graph), k)
    sums = brandes_sums(graph, pivots)
    chosen = set(pivots)
    values = {v: b / ((k - 1 if v in chosen else k) * (n - 2)) for v, b in sums.items()}
    return values, f"sampled from k={k} of {n} pivot nodes (seed {seed})"


def pagerank(graph: nx.Graph) -> dict[str, float]:
    """Weighted PageRank; an empty or edgeless graph gets a uniform score, not an error."""
    if graph.number_of_nodes() == 0:
        return {}
    if graph.number_of_edges() == 0:
        return {v: 1.0 / graph.number_of_nodes() for v in graph}
    try:
        return nx.pagerank(graph, weight="weight", tol=1e-8, max_iter=200)
    except nx.PowerIterationFailedConvergence:
        return nx.pagerank(graph, weight="weight", tol=1e-4, max_iter=1000)


def _fmt_counter(counter: Counter) -> str:
    return ", ".join(f"{t}×{c}" for t, c in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


@dataclass
class Analyzer:
    """Reports over one snapshot of the graph, restricted to a period."""

    data: KGData
    period: Period = field(default_factory=Period)
    seed: int = DEFAULT_SEED
    notes: dict[str, str] = field(default_factory=dict)

    # --- projections, built once -------------------------------------------
    @cached_property
    def countries(self) -> nx.Graph:
        return country_graph(self.data, self.period)

    @cached_property
    def actors(self) -> nx.Graph:
        return actor_graph(self.data, self.period)

    @cached_property
    def _betweenness(self) -> dict[str, float]:
        values, how = betweenness(self.actors, self.seed)
        self.notes["betweenness"] = how
        return values

    @cached_property
    def _pagerank(self) -> dict[str, float]:
        return pagerank(self.actors)

    @cached_property
    def community_of(self) -> dict[str, int]:
        """Community number (1 = largest) of every actor."""
        parts, method = detect_communities(self.countries, self.seed)
        self.notes["communities"] = method + "; officials and organisations join their country's"
        comm: dict[str, int] = {}
        for i, part in enumerate(parts, start=1):
            for node in part:
                comm[node] = i
        # Actors follow the country they stand for, else their strongest tie, in waves.
        _join_own_country(self.actors, comm)
        pending = _join_strongest_ties(self.actors, comm)
        next_id = max(comm.values(), default=0) + 1
        for v in pending:  # isolated from every country: own community
            comm[v] = next_id
            next_id += 1
        return comm

    def _label(self, node: str) -> str:
        return self.data.nodes[node].label

    def _key(self, node: str) -> str:
        return self.data.nodes[node].key

    # --- reports -------------------------------------------------------------
    def summary(self) -> Section:
        keep = kept_happenings(self.data, self.period)
        kinds = Counter(self.data.nodes[h].kind for h in keep)
        rows: Rows = [
            {"measure": "period", "value": self.period.describe()},
            {"measure": "articles", "value": len(self.data.documents)},
            {"measure": "countries", "value": self.countries.number_of_nodes()},
            {"measure": "actors (countries, officials, organisations)", "value": self.actors.number_of_nodes()},
            {"measure": "events", "value": kinds["Event"]},
            {"measure": "agreements", "value": kinds["Agreement"]},
            {"measure": "partnerships", "value": kinds["Partnership"]},
            {"measure": "country–country ties", "value": self.countries.number_of_edges()},
        ]
        return Section("summary", "Summary", ["measure", "value"], rows)

    def _country_iri(self, country: str) -> Optional[str]:
        """The country's node. An empty graph has none, so its reports are empty;
        a code missing from a non-empty graph is an error (usually a typo)."""
        if not self.data.nodes:
            return None
        return self.data.country(country).iri

    def partners(self, country: str = "VNM", top: Optional[int] = None) -> Section:
        """Partners of `country` ranked by tie strength, with the breakdown."""
        node = self._country_iri(country)
        g = self.countries
        rows: Rows = []
        if node in g:
            for nbr, d in g[node].items():
                rows.append({
                    "partner": self._key(nbr),
                    "name": self._label(nbr),
                    "weight": round(d["weight"], 3),
                    "events": d["events"],
                    "agreements": sum(d["agreements"].values()),
                    "agreement_types": _fmt_counter(d["agreements"]),
                    "partnership": d["level"] or "",
                    "since": d["since"] or "",
                    "first": d["first"],
                    "last": d["last"],
                })
        rows.sort(key=lambda r: (-r["weight"], -r["events"], r["partner"]))
        for i, r in enumerate(rows, start=1):
            r["rank"] = i
        rows = rows[:top] if top else rows
        cols = ["rank", "partner", "name", "weight", "events", "agreements", "agreement_types",
                "partnership", "since", "first", "last"]
        return Section("partners", f"Partners of {country.upper()} by tie strength", cols, rows,
                       note="weight = events×1 + agreements×2 + partnership (CSP 3, SP 2, CP 1); "
                            "partnership = the level last entered, since = when; "
                            "first/last = years of the events and agreements in the period")

    def stories(self, country: str = "VNM", top: Optional[int] = None) -> list["PairStory"]:
        """What happened with each partner of `country`, strongest tie first."""
        from kg.briefing import pair_story

        node = self._country_iri(country)
        if node is None or node not in self.countries:
            return []
        out = []
        for r in self.partners(country, top).rows:
            partner = self.data.country(r["partner"]).iri
            out.append(pair_story(self.data, self.countries.edges[node, partner], node, partner, self.period))
        return out

    def briefing(self, country: str = "VNM", top: Optional[int] = None) -> Section:
        """One paragraph in words per partner of `country`, strongest tie first."""
        from kg.briefing import briefing_text

        rows: Rows = [{"rank": i, "partner": s.partner.key, "name": s.partner.label, "briefing": briefing_text(s)}
                      for i, s in enumerate(self.stories(country, top), start=1)]
        return Section("briefing", f"Briefing: the partners of {country.upper()}",
                       ["rank", "partner", "name", "briefing"], rows,
                       note=f"period: {self.period.describe()}; counted: happenings between the two countries")

    def centrality(self, top: Optional[int] = 20, kinds: tuple[str, ...] = ACTOR_KINDS) -> Section:
        """Degree, weighted degree, betweenness and PageRank of actors."""
        g = self.actors
        btw, pr = self._betweenness, self._pagerank
        n = g.number_of_nodes()
        rows: Rows = []
        for v, attrs in g.nodes(data=True):
            if attrs["kind"] not in kinds:
                continue
            deg = g.degree(v)
            rows.append({
                "node": self._key(v), "name": attrs["label"], "class": attrs["kind"],
                "degree": deg,
                "degree_norm": round(deg / (n - 1), 4) if n > 1 else 0.0,
                "weighted_degree": round(g.degree(v, weight="weight"), 3),
                "betweenness": round(btw.get(v, 0.0), 5),
                "pagerank": round(pr.get(v, 0.0), 5),
            })
        rows.sort(key=lambda r: (-r["pagerank"], -r["degree"], r["node"]))
        rows = rows[:top] if top else rows
        cols = ["node", "name", "class", "degree", "degree_norm", "weighted_degree", "betweenness", "pagerank"]
        note = f"betweenness {self.notes.get('betweenness', 'exact')}; PageRank weighted by shared happenings"
        return Section("centrality", "Centrality of countries, officials and organisations", cols, rows, note)

    def communities(self, top_members: int = 8) -> Section:
        comm = self.community_of
        groups: dict[int, list[str]] = defaultdict(list)
        for v, c in comm.items():
            groups[c].append(v)
        g = self.actors
        rows: Rows = []
        for c in sorted(groups):
            members = sorted(groups[c], key=lambda v: (-g.degree(v, weight="weight"), self._key(v)))
            countries = sorted(self._key(v) for v in members if g.nodes[v]["kind"] == "Country")
            rows.append({
                "community": c, "size": len(members), "countries": ", ".join(countries),
                "leading_members": ", ".join(self._label(v) for v in members[:top_members]),
            })
        return Section("communities", "Communities", ["community", "size", "countries", "leading_members"],
                       rows, note=self.notes.get("communities", ""))

    def brokers(self, top: Optional[int] = 20) -> Section:
        """Officials and organisations tied to two or more communities."""
        g, comm, btw = self.actors, self.community_of, self._betweenness
        cut = set(nx.articulation_points(g)) if g.number_of_nodes() else set()
        rows: Rows = []
        for v, attrs in g.nodes(data=True):
            if attrs["kind"] not in ("Official", "Organization"):
                continue
            reached = {comm[n] for n in g[v] if n in comm}
            if len(reached | {comm.get(v)}) < 2:
                continue
            rows.append({
                "node": self._key(v), "name": attrs["label"], "class": attrs["kind"],
                "communities": len(reached | {comm.get(v)}),
                "betweenness": round(btw.get(v, 0.0), 5),
                "articulation_point": v in cut,
                "degree": g.degree(v),
            })
        rows.sort(key=lambda r: (-r["betweenness"], -r["communities"], r["node"]))
        rows = rows[:top] if top else rows
        cols = ["node", "name", "class", "communities", "betweenness", "articulation_point", "degree"]
        note = f"betweenness {self.notes.get('betweenness', 'exact')}"
        if not rows:
            note = self._why_no_brokers() + "; " + note
        return Section("brokers", "Brokers between communities", cols, rows, note=note)

    def _why_no_brokers(self) -> str:
        """Why the brokers table is empty, in words."""
        g, comm = self.actors, self.community_of
        if not any(d["kind"] in ("Official", "Organization") for _, d in g.nodes(data=True)):
            return "no broker: no official or organisation in this period"
        with_countries = {comm[v] for v, d in g.nodes(data=True) if d["kind"] == "Country" and v in comm}
        if len(with_countries) < 2:
            return (f"no broker: all {self.countries.number_of_nodes()} countries fall in one community "
                    "(see Communities), so no official or organisation can link two")
        return "no broker: no official or organisation has ties into two communities"

    def timeline(self) -> Section:
        """Events and agreements per year and type (undated ones are counted as 'unknown')."""
        counts: Counter = Counter()
        for h in kept_happenings(self.data, self.period):
            node = self.data.nodes[h]
            if node.kind not in ("Event", "Agreement"):
                continue
            year = node.year
            counts[(str(year) if year is not None else "unknown", node.kind, node.type)] += 1
        rows = [{"year": y, "kind": k, "type": t, "count": c}
                for (y, k, t), c in sorted(counts.items(), key=lambda kv: (kv[0][0] == "unknown", kv[0]))]
        return Section("timeline", "Events and agreements per year", ["year", "kind", "type", "count"], rows)

    def ego(self, country: str = "VNM", depth: int = 1, top: Optional[int] = None) -> Section:
        """Actors within `depth` links of a country in the actor graph; with `top`, the
        most strongly tied `top` at each distance."""
        if depth < 1:
            raise ProjectionError("--depth must be at least 1")
        node = self._country_iri(country)
        g = self.actors
        rows: Rows = []
        if node in g:
            dist = nx.single_source_shortest_path_length(g, node, cutoff=depth)
            for v, d in dist.items():
                tie = g.edges[node, v]["weight"] if g.has_edge(node, v) else None
                rows.append({"node": self._key(v), "name": self._label(v), "class": g.nodes[v]["kind"],
                             "distance": d, "direct_tie": tie, "degree": g.degree(v)})
        rows.sort(key=lambda r: (r["distance"], -(r["direct_tie"] or 0), -r["degree"], r["node"]))
        note = ""
        if top:
            shown: Counter = Counter()
            kept = [r for r in rows if shown.update([r["distance"]]) or shown[r["distance"]] <= top]
            if len(kept) < len(rows):
                note = (f"the {top} most strongly tied actors at each distance, of {len(rows)} within {depth} "
                        "link(s); --top sets how many")
            rows = kept
        return Section("ego", f"Ego network of {country.upper()} (depth {depth})",
                       ["node", "name", "class", "distance", "direct_tie", "degree"], rows, note=note)

    def ego_graph(self, country: str = "VNM", depth: int = 1) -> nx.Graph:
        node = self._country_iri(country)
        if node not in self.actors:
            return nx.Graph()
        return nx.ego_graph(self.actors, node, radius=depth)

    def sections(self, country: str = "VNM", depth: int = 1, top: Optional[int] = 20) -> list[Section]:
        """Every report, in reading order."""
        return [self.summary(), self.briefing(country, top), self.partners(country, top), self.centrality(top),
                self.communities(), self.brokers(top), self.timeline(), self.ego(country, depth, top)]


# --------------------------------------------------------------------------- Markdown report
def _chart_timeline(section: Section, path: "Path") -> bool:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    per: dict[str, Counter] = defaultdict(Counter)
    for r in section.rows:
        if r["year"] != "unknown":
            per[r["kind"]][int(r["year"])] += r["count"]
    years = sorted({y for c in per.values() for y in c})
    if not years:
        return False
    fig, ax = plt.subplots(figsize=(6, 3), dpi=100)
    bottom = [0] * len(years)
    for kind, colour in (("Event", "#2ca02c"), ("Agreement", "#ff7f0e")):
        values = [per[kind][y] for y in years]
        ax.bar([str(y) for y in years], values, bottom=bottom, label=kind, color=colour)
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_ylabel("count")
    ax.set_title("Events and agreements per year")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return True


def _chart_partners(section: Section, path: "Path", top: int = 15) -> bool:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = section.rows[:top]
    if not rows:
        return False
    fig, ax = plt.subplots(figsize=(6, 0.35 * len(rows) + 1.2), dpi=100)
    ax.barh([r["partner"] for r in reversed(rows)], [r["weight"] for r in reversed(rows)], color="#d62728")
    ax.set_xlabel("tie weight")
    ax.set_title(section.title)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return True


def _chart_pair(story: "PairStory", path: "Path") -> bool:
    """Events and agreements with one partner, per year (a small stacked bar chart)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    years = sorted(story.per_year)
    if not years:
        return False
    fig, ax = plt.subplots(figsize=(5, 1.8), dpi=100)
    bottom = [0] * len(years)
    for kind, colour in (("Event", "#2ca02c"), ("Agreement", "#ff7f0e")):
        values = [story.per_year[y][kind] for y in years]
        ax.bar([str(y) for y in years], values, bottom=bottom, label=kind.lower() + "s", color=colour)
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_title(f"{story.country.label} – {story.partner.label}: per year", fontsize=9)
    ax.tick_params(labelsize=7)
    ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return True


MAX_BRIEFING_CHARTS = 10


def _write_briefing(analyzer: Analyzer, path: "Path", country: str, top: Optional[int], out: Any) -> list["Path"]:
    """The briefing: one paragraph and one small chart per partner; returns the charts written."""
    from kg.briefing import briefing_text

    stories = analyzer.stories(country, top)
    out.write(f"## Briefing: the partners of {country.upper()}\n\n")
    if not stories:
        out.write("_No partner in this period._\n\n")
    written = []
    for i, story in enumerate(stories):
        out.write(f"### {i + 1}. {story.partner.label} ({story.partner.key})\n\n")
        png = path.with_name(f"{path.stem}-{story.partner.key}.png")
        if i < MAX_BRIEFING_CHARTS and _chart_pair(story, png):
            written.append(png)
            out.write(f"![{story.partner.label} per year]({png.name})\n\n")
        out.write(briefing_text(story) + "\n\n")
    return written


def write_report(analyzer: Analyzer, path: "Path", country: str = "VNM", depth: int = 1,
                 top: Optional[int] = 20) -> list["Path"]:
    """Markdown report: a briefing per partner in words, then every table, with PNG charts
    next to it; returns the files written."""
    import io
    from pathlib import Path

    from kg.output import render_rows

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sections = analyzer.sections(country, depth, top)
    written = [path]
    charts: dict[str, str] = {}
    by_name = {s.name: s for s in sections}
    for name, draw in (("timeline", _chart_timeline), ("partners", _chart_partners)):
        png = path.with_name(f"{path.stem}-{name}.png")
        if draw(by_name[name], png):
            charts[name] = png.name
            written.append(png)
    out = io.StringIO()
    out.write("# Defence partnership network report\n\n")
    out.write(f"Period: {analyzer.period.describe()}.\n\n")
    for s in sections:
        if s.name == "briefing":
            written += _write_briefing(analyzer, path, country, top, out)
            continue
        out.write(f"## {s.title}\n\n")
        if s.name in charts:
            out.write(f"![{s.title}]({charts[s.name]})\n\n")
        if s.rows:
            render_rows(s.columns, s.rows, "markdown", out)
        else:
            out.write("_Nothing in this period._\n")
        if s.note:
            out.write(f"\n_{s.note}_\n")
        out.write("\n")
    path.write_text(out.getvalue(), encoding="utf-8")
    return written


def _join_own_country(g: nx.Graph, comm: dict[str, int]) -> None:
    """Put each official and organisation in the community of the country it stands for (a
    `represents` / `country` link, whose `shared` is 0): its tie to that country says more
    than any other."""
    for node, attrs in g.nodes(data=True):
        if node in comm or attrs["kind"] not in ("Official", "Organization"):
            continue
        for nbr in g[node]:
            if g.nodes[nbr]["kind"] == "Country" and nbr in comm and g.edges[node, nbr].get("shared", 1) == 0:
                comm[node] = comm[nbr]
                break


def _join_strongest_ties(g: nx.Graph, comm: dict[str, int]) -> list[str]:
    """Put each actor still outside `comm` in the community it is most strongly tied to, in waves
    (an actor tied only to others waiting joins once they have joined); the actors tied to no
    community, sorted."""
    pending = [v for v in sorted(g) if v not in comm]
    while pending:
        rest = []
        for v in pending:
            scores: Counter = Counter()
            for nbr, d in g[v].items():
                if nbr in comm:
                    scores[comm[nbr]] += d.get("weight", 1.0)
            if scores:
                comm[v] = min(scores, key=lambda c: (-scores[c], c))
            else:
                rest.append(v)
        if len(rest) == len(pending):
            break
        pending = rest
    return pending
