"""From the RDF store to networkx graphs, with SPARQL only (never by re-reading articles).

Three projections, all built from one `KGData` snapshot read by `load_kg`:

* **entity graph** (`entity_graph`, a `MultiDiGraph`): one node per Country,
  Official, Organization, Event, Agreement and Partnership; one edge per
  relation triple (`participant`, `organizer`, `party`, `signatory`, `witness`,
  `partner`, `represents`, `memberOf`, `country`, `signedAt`), keyed by the
  relation, carrying the articles (named graphs) that state it. This is what
  `kg viz` draws and what GraphML/GEXF exports hold.
* **country graph** (`country_graph`, a weighted `Graph`): countries only. Two
  countries are tied by every *happening* (event, agreement, partnership) that
  involves both, directly (participant, party, partner, organizer) or through
  an official who represents them or an organisation of theirs. Weight per
  happening comes from `kg/data/viz/projection.json`: event 1, agreement 2,
  partnership 3/2/1 by level. Each edge keeps the breakdown.
* **actor graph** (`actor_graph`, a weighted `Graph`): countries, officials and
  organisations. Actors taking part in the same happening are linked (weight =
  number of shared happenings; partnerships by level), plus `represents`,
  `memberOf` and `country` links (weight 1). Centrality, communities, brokers
  and ego networks are computed on it.

Period filters keep happenings whose date interval overlaps `[since, until]`;
undated happenings (or dated without a year) are dropped when a period is
given. A partnership is in force from its `since` date on, so only `until`
restricts it. Actors are kept when they take part in a kept happening.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Optional

import networkx as nx

from kg.pipeline import KGError
from kg.store import GraphStore, Term
from kg.vocab import DKG_IRI

DATA_DIR = Path(__file__).parent / "data" / "viz"

ACTOR_KINDS = ("Country", "Official", "Organization")
HAPPENING_KINDS = ("Event", "Agreement", "Partnership")
KINDS = ACTOR_KINDS + HAPPENING_KINDS
RELATIONS = (
    "participant", "organizer", "party", "signatory", "witness",
    "partner", "represents", "memberOf", "country", "signedAt",
)
# Relations linking a happening to the actors taking part in it.
ROLE_RELATIONS = ("participant", "organizer", "party", "signatory", "witness", "partner")
GRAPH_FORMATS = ("graphml", "gexf")


class ProjectionError(KGError):
    pass


@lru_cache(maxsize=1)
def config() -> dict[str, Any]:
    """Weights, relation labels and class styles (kg/data/viz/projection.json)."""
    return json.loads((DATA_DIR / "projection.json").read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- dates
_DATE_RE = re.compile(r"^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def date_interval(lexical: Optional[str]) -> Optional[tuple[str, str]]:
    """First and last ISO day an xsd date/gYearMonth/gYear covers; None without a year."""
    if not lexical or lexical.startswith("--"):
        return None
    m = _DATE_RE.match(lexical)
    if not m:
        return None
    year, month, day = m.groups()
    if day:
        d = f"{year}-{month}-{day}"
        return d, d
    if month:
        return f"{year}-{month}-01", f"{year}-{month}-31"
    return f"{year}-01-01", f"{year}-12-31"


def parse_bound(text: Optional[str], end: bool = False) -> Optional[str]:
    """`--since/--until` value (YYYY, YYYY-MM or YYYY-MM-DD) to an ISO day; None passes."""
    if text is None or str(text).strip() == "":
        return None
    text = str(text).strip()
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        raise ProjectionError(f"bad date {text!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    interval = date_interval(text)
    assert interval is not None
    return interval[1] if end else interval[0]


@dataclass(frozen=True)
class Period:
    """A closed ISO-day interval; either end may be open."""

    since: Optional[str] = None
    until: Optional[str] = None

    @classmethod
    def parse(cls, since: Optional[str] = None, until: Optional[str] = None) -> "Period":
        period = cls(parse_bound(since), parse_bound(until, end=True))
        if period.since and period.until and period.since > period.until:
            raise ProjectionError(f"--since {since} is after --until {until}")
        return period

    @property
    def is_open(self) -> bool:
        return self.since is None and self.until is None

    def admits(self, node: "Node") -> bool:
        if self.is_open:
            return True
        if node.kind == "Partnership":  # in force from `since` onwards
            lo = date_interval(node.start)
            if lo is None:
                return self.until is None
            return self.until is None or lo[0] <= self.until
        start = date_interval(node.start)
        if start is None:
            return False
        end = date_interval(node.end) or start
        if self.since is not None and end[1] < self.since:
            return False
        if self.until is not None and start[0] > self.until:
            return False
        return True

    def describe(self) -> str:
        if self.is_open:
            return "all dates"
        return f"{self.since or '…'} – {self.until or '…'}"


# --------------------------------------------------------------------------- snapshot
@dataclass
class Node:
    iri: str
    kind: str  # one of KINDS
    type: str  # most specific class name (Exhibition, MemorandumOfUnderstanding, ...)
    label: str = ""
    iso: Optional[str] = None
    start: Optional[str] = None  # startDate / date / since, lexical form
    end: Optional[str] = None
    level: Optional[str] = None
    location: Optional[str] = None
    position: Optional[str] = None
    rank: Optional[str] = None
    sources: set[str] = field(default_factory=set)
    evidence: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        """Short human id: ISO code for countries, else the IRI's last segments."""
        if self.kind == "Country" and self.iso:
            return self.iso
        return self.iri.rsplit("/id/", 1)[-1]

    @property
    def year(self) -> Optional[int]:
        interval = date_interval(self.start)
        return int(interval[0][:4]) if interval else None


@dataclass
class Edge:
    source: str
    relation: str
    target: str
    sources: set[str] = field(default_factory=set)


@dataclass
class Document:
    iri: str
    identifier: str = ""
    title: str = ""
    issued: str = ""
    url: str = ""


@dataclass
class KGData:
    """Everything the projections need, read from the store once."""

    nodes: dict[str, Node]
    edges: list[Edge]
    documents: dict[str, Document]

    def country(self, code: str) -> Node:
        code = code.strip().upper()
        for node in self.nodes.values():
            if node.kind == "Country" and (node.iso or "").upper() == code:
                return node
        raise ProjectionError(f"no country with ISO code {code!r} in the graph")


def _local(iri: str) -> str:
    return iri[len(DKG_IRI):] if iri.startswith(DKG_IRI) else iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _val(term: Optional[Term]) -> Optional[str]:
    return None if term is None else term.value


# The union of article graphs repeats a country's type and labels once per
# article; DISTINCT in the store folds them faster than Python does (measured
# on a 6,000-article store: types 0.93 -> 0.60 s, labels 0.60 -> 0.31 s).
Q_TYPES = "SELECT DISTINCT ?s ?t WHERE { ?s a ?t }"
Q_LABELS = "SELECT DISTINCT ?s ?l WHERE { ?s rdfs:label ?l }"
Q_ATTRS = """SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o
  VALUES ?p { dkg:isoCode dkg:startDate dkg:endDate dkg:date dkg:since dkg:level
              dkg:location dkg:position dkg:rank } }"""
# ?g is tied to an article: on a server whose default graph is itself a named graph
# (Virtuoso), GRAPH ?g also ranges over that one.
Q_EDGES = """SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } ?g a dkg:SourceDocument
  VALUES ?p { %s } }""" % " ".join(f"dkg:{r}" for r in RELATIONS)
Q_PROV = "SELECT ?s ?g WHERE { ?s prov:wasDerivedFrom ?g }"
Q_EVIDENCE = "SELECT DISTINCT ?s ?e WHERE { ?s dkg:evidence ?e }"
Q_TYPES_DOCS = "SELECT DISTINCT ?d WHERE { ?d a dkg:SourceDocument }"
Q_DOCS = """SELECT ?d ?p ?o WHERE { ?d a dkg:SourceDocument ; ?p ?o
  VALUES ?p { dcterms:identifier dcterms:title dcterms:issued dcterms:source } }"""

_LANG_RANK = {"vi": 0, "": 1, "en": 2}


def _tuples(store: GraphStore, sparql: str) -> Iterable[tuple[Optional[Term], ...]]:
    """SELECT rows as tuples of terms (cheaper than dicts on large results)."""
    result = store.query(sparql)
    if result.kind != "select":
        raise ProjectionError("expected a SELECT query")
    return result.tuples()


def load_kg(store: GraphStore, details: bool = True) -> KGData:
    """Read the nodes, relations and, with `details`, provenance and evidence.

    Analytics pass `details=False`: they need neither evidence nor articles."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for s, t in _tuples(store, Q_TYPES):
        if t.value.startswith(DKG_IRI):
            kinds[s.value].add(t.value[len(DKG_IRI):])
    nodes: dict[str, Node] = {}
    for iri, types in kinds.items():
        kind = next((k for k in KINDS if k in types), None)
        if kind is None:
            continue
        specific = sorted(types - set(KINDS) - {"SourceDocument"})
        nodes[iri] = Node(iri=iri, kind=kind, type=specific[0] if specific else kind)

    best_label: dict[str, tuple[int, str]] = {}
    for s, lit in _tuples(store, Q_LABELS):
        iri = s.value
        if iri not in nodes:
            continue
        rank = _LANG_RANK.get(getattr(lit, "language", None) or "", 3)
        cand = (rank, lit.value)
        if iri not in best_label or cand < best_label[iri]:
            best_label[iri] = cand
    for iri, (_, label) in best_label.items():
        nodes[iri].label = label

    for s, p, o in _tuples(store, Q_ATTRS):
        node = nodes.get(s.value)
        if node is None:
            continue
        prop, value = _local(p.value), o.value
        if prop == "isoCode":
            node.iso = value
        elif prop in ("startDate", "date", "since"):
            node.start = min(node.start, value) if node.start else value
        elif prop == "endDate":
            node.end = max(node.end, value) if node.end else value
        elif prop == "level":
            node.level = _local(value)
        elif prop in ("location", "position", "rank"):  # the least, not the first: engines order rows differently
            current = getattr(node, prop)
            setattr(node, prop, value if current is None else min(current, value))

    for node in nodes.values():
        if not node.label:
            node.label = node.iso or node.key

    edges: dict[tuple[str, str, str], Edge] = {}
    for s_t, p_t, o_t, g_t in _tuples(store, Q_EDGES):
        s, o = s_t.value, o_t.value
        if s not in nodes or o not in nodes:
            continue
        rel = _local(p_t.value)
        edge = edges.setdefault((s, rel, o), Edge(s, rel, o))
        edge.sources.add(g_t.value)

    # Partnerships rarely carry a label: name them by their partners.
    partners: dict[str, list[str]] = defaultdict(list)
    for e in edges.values():
        if e.relation == "partner":
            partners[e.source].append(nodes[e.target].iso or nodes[e.target].label)
    for iri, codes in partners.items():
        node = nodes[iri]
        if node.label == node.key:
            node.label = " – ".join(sorted(codes)) + (f" · {node.level}" if node.level else "")

    documents: dict[str, Document] = {}
    if details:
        for s, g in _tuples(store, Q_PROV):
            node = nodes.get(s.value)
            if node is not None:
                node.sources.add(g.value)
        for s, e in _tuples(store, Q_EVIDENCE):
            node = nodes.get(s.value)
            if node is not None:
                node.evidence.append(e.value)
        for node in nodes.values():
            node.evidence.sort()
        attr = {"identifier": "identifier", "title": "title", "issued": "issued", "source": "url"}
        for d, p, o in _tuples(store, Q_DOCS):
            doc = documents.setdefault(d.value, Document(d.value))
            setattr(doc, attr[p.value.rsplit("/", 1)[-1]], o.value)
    else:
        for (s,) in _tuples(store, Q_TYPES_DOCS):
            documents.setdefault(s.value, Document(s.value))
    return KGData(nodes=nodes, edges=sorted(edges.values(), key=lambda e: (e.source, e.relation, e.target)),
                  documents=documents)


CACHE_NAME = "kg-projection-cache.pickle"
_CACHE_VERSION = 2  # 2: rank, position and location are the least value, edges only from article graphs
Q_STATE = "SELECT ?g ?h WHERE { GRAPH ?g { ?g dkg:contentHash ?h } }"


def store_state(store: GraphStore) -> str:
    """A fingerprint of what the store holds: every article graph and its content hash."""
    rows = sorted((g.value, h.value) for g, h in _tuples(store, Q_STATE))
    return hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()


def load_kg_cached(store: GraphStore) -> KGData:
    """`load_kg` with details, cached beside an on-disk store until the store changes.

    Reading the projection over SPARQL is most of `kg analyze`'s time on a
    large graph; the fingerprint query is cheap, so repeated analyses and
    views of an unchanged store skip it. `kg build` warms the cache when it
    writes the HTML view. Any problem with the cache falls back to a fresh load.
    """
    directory = getattr(store, "path", None)
    if directory is None:
        return load_kg(store)
    cache = Path(directory) / CACHE_NAME
    state = store_state(store)
    try:
        with open(cache, "rb") as fh:
            version, cached_state, data = pickle.load(fh)
        if version == _CACHE_VERSION and cached_state == state and isinstance(data, KGData):
            return data
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        pass
    data = load_kg(store)
    try:
        tmp = cache.with_name(cache.name + ".part")
        with open(tmp, "wb") as fh:
            pickle.dump((_CACHE_VERSION, state, data), fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache)
    except OSError:
        pass  # a read-only place: analyses still work, only slower
    return data


# --------------------------------------------------------------------------- filtering
def happening_actors(data: KGData) -> dict[str, set[str]]:
    """Actors taking part in each happening (by role relations)."""
    out: dict[str, set[str]] = defaultdict(set)
    for e in data.edges:
        if e.relation in ROLE_RELATIONS and data.nodes[e.source].kind in HAPPENING_KINDS \
                and data.nodes[e.target].kind in ACTOR_KINDS:
            out[e.source].add(e.target)
    return out


def actor_countries(data: KGData) -> dict[str, set[str]]:
    """Countries each actor stands for: itself, `represents`, an organisation's `country`,
    or through `memberOf` an organisation's country."""
    direct: dict[str, set[str]] = defaultdict(set)
    member: dict[str, set[str]] = defaultdict(set)
    for n in data.nodes.values():
        if n.kind == "Country":
            direct[n.iri].add(n.iri)
    for e in data.edges:
        if data.nodes[e.target].kind != "Country" and e.relation != "memberOf":
            continue
        if e.relation in ("represents", "country"):
            direct[e.source].add(e.target)
        elif e.relation == "memberOf":
            member[e.source].add(e.target)
    for actor, orgs in member.items():
        if not direct.get(actor):
            for org in orgs:
                direct[actor] |= direct.get(org, set())
    return direct


def kept_happenings(data: KGData, period: Period = Period(), types: Optional[Iterable[str]] = None) -> set[str]:
    """Happenings inside the period and, when `types` is given, of one of those classes."""
    wanted = {t for t in types} if types else None
    out = set()
    for n in data.nodes.values():
        if n.kind not in HAPPENING_KINDS or not period.admits(n):
            continue
        if wanted is not None and n.kind not in wanted and n.type not in wanted and (n.level or "") not in wanted:
            continue
        out.add(n.iri)
    return out


# --------------------------------------------------------------------------- projections
def _node_attrs(n: Node) -> dict[str, Any]:
    attrs: dict[str, Any] = {"kind": n.kind, "type": n.type, "label": n.label, "key": n.key}
    for name in ("iso", "start", "end", "level", "location", "position", "rank"):
        value = getattr(n, name)
        if value:
            attrs[name] = value
    return attrs


def entity_graph(data: KGData, period: Period = Period(), types: Optional[Iterable[str]] = None) -> nx.MultiDiGraph:
    """Entities and happenings as nodes, relations as keyed edges (see module doc)."""
    g = nx.MultiDiGraph()
    filtered = not period.is_open or bool(types)
    keep = kept_happenings(data, period, types)
    if filtered:
        actors = set().union(*[a for h, a in happening_actors(data).items() if h in keep]) if keep else set()
        # officials' organisations/countries stay attached to kept actors
        for e in data.edges:
            if e.source in actors and e.relation in ("represents", "memberOf", "country"):
                actors.add(e.target)
        allowed = keep | actors
    else:
        allowed = set(data.nodes)
    for iri in sorted(allowed):
        g.add_node(iri, **_node_attrs(data.nodes[iri]))
        g.nodes[iri]["_sources"] = tuple(sorted(data.nodes[iri].sources))
        g.nodes[iri]["_evidence"] = tuple(data.nodes[iri].evidence)
    for e in data.edges:
        if e.source in allowed and e.target in allowed:
            g.add_edge(e.source, e.target, key=e.relation, relation=e.relation,
                       _sources=tuple(sorted(e.sources)))
    return g


def _tie_weight(node: Node) -> float:
    weights = config()["tie_weights"]
    if node.kind == "Partnership":
        levels = weights["Partnership"]
        return float(levels.get(node.level or "", levels["_default"]))
    return float(weights[node.kind])


def happening_country_sets(data: KGData, keep: set[str]) -> dict[str, set[str]]:
    """Countries involved in each kept happening, directly or via its actors."""
    via = actor_countries(data)
    out: dict[str, set[str]] = {}
    for h, actors in happening_actors(data).items():
        if h in keep:
            out[h] = set().union(*(via.get(a, set()) for a in actors))
    return out


def country_graph(data: KGData, period: Period = Period(), types: Optional[Iterable[str]] = None) -> nx.Graph:
    """Country–country ties weighted by shared happenings, with a breakdown per edge."""
    g = nx.Graph()
    keep = kept_happenings(data, period, types)
    for h, countries in sorted(happening_country_sets(data, keep).items()):
        node = data.nodes[h]
        for c in countries:
            if c not in g:
                g.add_node(c, **_node_attrs(data.nodes[c]))
        for a, b in combinations(sorted(countries), 2):
            if not g.has_edge(a, b):
                g.add_edge(a, b, weight=0.0, events=0, agreements=Counter(), level=None,
                           first=None, last=None, happenings=[])
            d = g.edges[a, b]
            d["weight"] += _tie_weight(node)
            d["happenings"].append(h)
            if node.kind == "Event":
                d["events"] += 1
            elif node.kind == "Agreement":
                d["agreements"][node.type] += 1
            elif node.kind == "Partnership" and node.level:
                d["level"] = _strongest_level(d["level"], node.level)
            year = node.year
            if year is not None:
                d["first"] = year if d["first"] is None else min(d["first"], year)
                d["last"] = year if d["last"] is None else max(d["last"], year)
    return g


def _strongest_level(a: Optional[str], b: str) -> str:
    levels = config()["tie_weights"]["Partnership"]
    if a is None:
        return b
    return a if levels.get(a, 0) >= levels.get(b, 0) else b


def actor_graph(data: KGData, period: Period = Period(), types: Optional[Iterable[str]] = None) -> nx.Graph:
    """Countries, officials and organisations linked by shared happenings and affiliation."""
    g = nx.Graph()
    keep = kept_happenings(data, period, types)
    filtered = not period.is_open or bool(types)
    roles = happening_actors(data)
    for h in sorted(keep):
        actors = sorted(roles.get(h, ()))
        for a in actors:
            if a not in g:
                g.add_node(a, **_node_attrs(data.nodes[a]))
        w = _tie_weight(data.nodes[h]) if data.nodes[h].kind == "Partnership" else 1.0
        for a, b in combinations(actors, 2):
            if g.has_edge(a, b):
                g.edges[a, b]["weight"] += w
                g.edges[a, b]["shared"] += 1
            else:
                g.add_edge(a, b, weight=w, shared=1)
    if not filtered:
        for n in data.nodes.values():
            if n.kind in ACTOR_KINDS and n.iri not in g:
                g.add_node(n.iri, **_node_attrs(n))
    for e in data.edges:
        if e.relation in ("represents", "memberOf", "country") and (not filtered or e.source in g):
            for x in (e.source, e.target):
                if x not in g:
                    g.add_node(x, **_node_attrs(data.nodes[x]))
            if g.has_edge(e.source, e.target):
                g.edges[e.source, e.target]["weight"] += 1.0
            else:
                g.add_edge(e.source, e.target, weight=1.0, shared=0)
    return g


# --------------------------------------------------------------------------- export
def _flat(graph: nx.Graph) -> nx.Graph:
    """Copy with only scalar attributes, as GraphML/GEXF require."""
    out = graph.__class__()

    def clean(attrs: dict[str, Any]) -> dict[str, Any]:
        res: dict[str, Any] = {}
        for k, v in attrs.items():
            name = k.lstrip("_")
            if isinstance(v, (str, int, float, bool)):
                res[name] = v
            elif isinstance(v, Counter):
                res[name] = "; ".join(f"{t}={c}" for t, c in sorted(v.items()))
            elif isinstance(v, (list, tuple, set)):
                res[name] = " | ".join(str(x) for x in v)
        return res

    for n, d in graph.nodes(data=True):
        out.add_node(n, **clean(d))
    if graph.is_multigraph():
        for u, v, k, d in graph.edges(keys=True, data=True):
            out.add_edge(u, v, key=k, **clean(d))
    else:
        for u, v, d in graph.edges(data=True):
            out.add_edge(u, v, **clean(d))
    return out


def write_graph(store: GraphStore, fmt: str, out_binary: BinaryIO, projection: str = "entity",
                period: Period = Period()) -> nx.Graph:
    """Write a projection (entity, country or actor) as GraphML or GEXF for Gephi/Cytoscape."""
    if fmt not in GRAPH_FORMATS:
        raise ProjectionError(f"unknown graph format {fmt!r}; choose from {', '.join(GRAPH_FORMATS)}")
    builders = {"entity": entity_graph, "country": country_graph, "actor": actor_graph}
    if projection not in builders:
        raise ProjectionError(f"unknown projection {projection!r}; choose from {', '.join(builders)}")
    graph = _flat(builders[projection](load_kg_cached(store), period))
    if fmt == "graphml":
        nx.write_graphml(graph, out_binary, encoding="utf-8")
    else:
        nx.write_gexf(graph, out_binary, encoding="utf-8")
    return graph
