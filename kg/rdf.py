"""A `Doc` to quads: the RDF mapping every query, export and analysis relies on.

Everything read from one article goes into one named graph, named by the
article's `dkg:SourceDocument` IRI, so a merged entity (one exhibition reported
by four articles) still shows which article said what. Terms are built as
pyoxigraph objects directly: this runs over whole archives and an rdflib graph
per article would dominate the build time.

The output is a deterministic function of the `Doc` (no timestamps, stable
order), so rebuilding an unchanged article gives an isomorphic graph.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

import pyoxigraph as ox

from kg.countries import Country, UnknownCountry, get_country
from kg.ids import (
    agreement_iri,
    country_iri,
    event_iri,
    normalize_name,
    official_iri,
    organization_iri,
    partnership_iri,
    source_iri,
)
from kg.model import (
    AGREEMENT_TYPES,
    EVENT_TYPES,
    PARTNERSHIP_LEVELS,
    Doc,
    PartialDate,
    Partnership,
)
from kg.pipeline.clean import credited_source
from kg.resources import ontology_file
from kg.store.index import Compactor, GraphText
from kg.vocab import DKG_IRI, WIKIDATA_IRI, turtle_prefixes

# Statements are built as N-Quads text, not as pyoxigraph objects: turning a
# Python `Literal` into a `Quad` costs several microseconds, while the store's
# bulk loader reads N-Quads directly. A term below is a string in N-Triples
# syntax ("<iri>", "\"text\"@vi"); terms that recur across articles are cached.
Term = str


def _iri(value: str) -> Term:
    """An IRI term; pyoxigraph checks it is a valid IRI."""
    return str(ox.NamedNode(value))


RDF_TYPE = _iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = _iri("http://www.w3.org/2000/01/rdf-schema#label")
OWL_SAME_AS = _iri("http://www.w3.org/2002/07/owl#sameAs")
PROV_ENTITY = _iri("http://www.w3.org/ns/prov#Entity")
PROV_DERIVED = _iri("http://www.w3.org/ns/prov#wasDerivedFrom")
DCT = "http://purl.org/dc/terms/"
DCT_IDENTIFIER = _iri(DCT + "identifier")
DCT_TITLE = _iri(DCT + "title")
DCT_ISSUED = _iri(DCT + "issued")
DCT_SOURCE = _iri(DCT + "source")
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_INTEGER = _iri(XSD + "integer")
CONTENT_HASH = ox.NamedNode(DKG_IRI + "contentHash")

COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")
_HTTP_IRI = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$", re.IGNORECASE)
# The only characters N-Triples requires escaping inside a quoted literal.
_LITERAL_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r]')


@lru_cache(maxsize=256)
def dkg(local: str) -> Term:
    return _iri(DKG_IRI + local)


def literal(text: str, language: Optional[str] = None) -> Term:
    """A plain or language-tagged literal in N-Triples syntax."""
    if _NEEDS_ESCAPE.search(text):
        text = text.translate(_LITERAL_ESCAPES)
    return f'"{text}"@{language}' if language else f'"{text}"'


def vi(text: str) -> Term:
    return literal(text, "vi")


def en(text: str) -> Term:
    return literal(text, "en")


# Names, positions, dates, country and organisation nodes recur across
# articles, so their terms are cached (an IRI is also slugified once, not per
# mention). Evidence sentences are unique and go through the uncached `vi`.
_vi_label = lru_cache(maxsize=16384)(vi)


@lru_cache(maxsize=16384)
def _official_node(name: str) -> Term:
    return _iri(official_iri(name))


@lru_cache(maxsize=16384)
def _organization_node(name: str) -> Term:
    return _iri(organization_iri(name))


@lru_cache(maxsize=512)
def _country_node(code: str) -> Term:
    return _iri(country_iri(code))


@lru_cache(maxsize=512)
def _wikidata_node(qid: str) -> Term:
    return _iri(WIKIDATA_IRI + qid)


def date_literal(date: PartialDate) -> ox.Literal:
    """Typed literal with the precision the text gave: xsd:date, gYearMonth, gYear, gMonthDay, gMonth."""
    return ox.Literal(date.iso(), datatype=ox.NamedNode(XSD + date.xsd_type))


@lru_cache(maxsize=4096)
def _date_term(date: PartialDate) -> Term:
    # cached: an archive mentions the same few thousand days over and over
    return str(date_literal(date))


def url_term(url: str) -> ox.NamedNode | ox.Literal:
    """An absolute http(s) IRI when the URL is one, else the text as a plain literal."""
    url = url.strip()
    if _HTTP_IRI.match(url):
        try:
            return ox.NamedNode(url)
        except ValueError:
            pass
    return ox.Literal(url)


@lru_cache(maxsize=1)
def _level_labels() -> dict[str, dict[str, str]]:
    """Partnership level -> {lang: label}, read from the ontology (the single place they are written)."""
    out: dict[str, dict[str, str]] = {level: {} for level in PARTNERSHIP_LEVELS}
    try:
        with open(ontology_file(), "rb") as fh:
            for triple in ox.parse(fh, ox.RdfFormat.TURTLE):
                if str(triple.predicate) != RDFS_LABEL or not isinstance(triple.subject, ox.NamedNode):
                    continue
                local = triple.subject.value[len(DKG_IRI):] if triple.subject.value.startswith(DKG_IRI) else ""
                obj = triple.object
                if local in out and isinstance(obj, ox.Literal) and obj.language:
                    out[local][obj.language] = obj.value
    except OSError:
        pass
    return out


def level_label(level: str, lang: str = "vi") -> str:
    """Human name of a partnership level ("đối tác chiến lược toàn diện")."""
    label = _level_labels().get(level, {}).get(lang)
    if label:
        return label
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", level).lower()
    return words


def _country(code: str) -> Optional[Country]:
    """The country table's entry, or None for a code it does not know."""
    try:
        return get_country(code)
    except UnknownCountry:
        return None


def country_name(code: str, lang: str = "vi") -> str:
    country = _country(code)
    if country is None:
        return code
    return (country.name_vi if lang == "vi" else country.name_en) or code


def partnership_label(p: Partnership, lang: str = "vi") -> str:
    """ "Việt Nam – Hoa Kỳ: đối tác chiến lược toàn diện": Vietnam first, as Vietnamese news puts it."""
    codes = sorted(p.countries, key=lambda c: (c != "VNM", c))
    names = " – ".join(country_name(c, lang) for c in codes)
    return f"{names}: {level_label(p.level, lang)}"


class _Statements:
    """An ordered set of triples in one graph: dedupes, keeps first-seen order."""

    def __init__(self, graph: Term):
        self.graph = graph
        self._seen: dict[tuple[Term, Term, Term], None] = {}

    def add(self, s: Term, p: Term, o: Term) -> None:
        self._seen[(s, p, o)] = None  # a repeat keeps its first position

    def add_all(self, s: Term, p: Term, objects: Iterable[Term]) -> None:
        for o in objects:
            self.add(s, p, o)

    def nquads(self) -> str:
        g = self.graph
        return "".join([f"{s} {p} {o} {g} .\n" for s, p, o in self._seen])

    def graph_text(self) -> GraphText:
        """The N-Quads and, made from the same terms, the store index's Turtle lines: compacting
        each distinct term once is cheaper than scanning the N-Quads text again."""
        compact = index_compactor().compact  # terms are N-Triples strings already (`Term`)
        turtle = "".join([f"{compact(s)} {compact(p)} {compact(o)} .\n" for s, p, o in self._seen])
        return GraphText.of(self.nquads(), turtle, len(self._seen))


def _is_country_code(value: Optional[str]) -> bool:
    return bool(value) and bool(COUNTRY_CODE.match(value or ""))


def _names_country(value: str) -> bool:
    """Whether an organizer string is a country code rather than an acronym such as "DGA"."""
    return _is_country_code(value) and _country(value) is not None


@lru_cache(maxsize=1)
def index_compactor() -> Compactor:
    """The compactor of the embedded store's index (the project's prefixes)."""
    return Compactor(turtle_prefixes())


def doc_to_graph_text(doc: Doc) -> GraphText:
    """`doc_to_nquads`, with the store index's text made beside it (see `kg.store.index`)."""
    return _writer_of(doc).out.graph_text()


def doc_to_nquads(doc: Doc) -> str:
    """All statements read from `doc`, as N-Quads in the article's named graph.

    Countries are described only when a fact or an official refers to them,
    not for every bare mention: a country named in passing is not a fact.
    Officials and organisations referred to by a fact but not described by
    the extractor still get a type and a label, so every link has a typed
    target. The content hash is not included: the store records it
    (`GraphStore.replace_graph`), so a graph is marked current only once
    written.
    """
    return _writer_of(doc).out.nquads()


def _writer_of(doc: Doc) -> "GraphWriter":
    writer = GraphWriter(doc)
    writer.article()
    writer.officials()
    event_nodes = writer.events()
    writer.agreements(event_nodes)
    writer.partnerships()
    writer.organizations()
    writer.countries()
    return writer


class GraphWriter:
    """One article's statements, a kind of fact at a time (in this order, so N-Quads are stable).

    It remembers the countries and organisations the facts refer to, so that each is
    described once, at the end."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.graph = _iri(source_iri(doc.article.id))
        self.out = _Statements(self.graph)
        self.used_countries: dict[str, None] = {}
        self.used_organizations: dict[str, Optional[str]] = {}  # name -> country code
        self.officials_by_key = {normalize_name(o.name): o for o in doc.officials}
        for org in doc.organizations:
            name = org.name.strip()
            if self.used_organizations.get(name) is None:
                self.used_organizations[name] = org.country

    # --- what facts refer to -----------------------------------------------------------
    def derived(self, node: Term) -> None:
        self.out.add(node, PROV_DERIVED, self.graph)

    def use_country(self, code: Optional[str]) -> Optional[Term]:
        if not _is_country_code(code):
            return None
        self.used_countries.setdefault(code, None)  # type: ignore[arg-type]
        return _country_node(code)  # type: ignore[arg-type]

    def use_org(self, name: str) -> Term:
        self.used_organizations.setdefault(name.strip(), None)
        return _organization_node(name)

    def official_node(self, name: str) -> Term:
        """An official named by a fact: the extractor's record if any, else a bare typed node."""
        known = self.officials_by_key.get(normalize_name(name))
        if known is not None:
            return _official_node(known.name)
        node = _official_node(name)
        self.out.add(node, RDF_TYPE, dkg("Official"))
        self.out.add(node, RDFS_LABEL, _vi_label(name.strip()))
        self.derived(node)
        return node

    def link_countries(self, node: Term, predicate: Term, codes: Iterable[str]) -> None:
        for code in codes:
            country = self.use_country(code)
            if country is not None:
                self.out.add(node, predicate, country)

    def close(self, node: Term, evidence: Iterable[str]) -> None:
        """A fact's evidence sentences and its provenance, the last statements about it."""
        self.out.add_all(node, dkg("evidence"), (vi(s) for s in evidence if s))
        self.derived(node)

    # --- each kind of fact ---------------------------------------------------------------
    def article(self) -> None:
        out, g, art = self.out, self.graph, self.doc.article
        out.add(g, RDF_TYPE, dkg("SourceDocument"))
        out.add(g, RDF_TYPE, PROV_ENTITY)
        out.add(g, DCT_IDENTIFIER, literal(art.id))
        if art.title and art.title.strip():
            out.add(g, DCT_TITLE, vi(art.title.strip()))
        published = self.doc.published or art.published
        if published is not None:
            out.add(g, DCT_ISSUED, _date_term(published))
        source = art.url.strip() if art.url and art.url.strip() else credited_source(self.doc.removed_lines)
        if source:
            out.add(g, DCT_SOURCE, str(url_term(source)))

    def officials(self) -> None:
        out = self.out
        for off in self.doc.officials:
            node = _official_node(off.name)
            out.add(node, RDF_TYPE, dkg("Official"))
            out.add(node, RDFS_LABEL, _vi_label(off.name.strip()))
            self.link_countries(node, dkg("represents"), [off.country] if off.country else [])
            if off.rank:
                out.add(node, dkg("rank"), _vi_label(off.rank))
            out.add_all(node, dkg("position"), (_vi_label(p) for p in off.positions if p))
            if off.organization:
                out.add(node, dkg("memberOf"), self.use_org(off.organization))
            self.close(node, off.evidence)

    def events(self) -> dict[str, Term]:
        """Write the events; their nodes by normalized label, for agreements signed at one."""
        event_nodes: dict[str, Term] = {}
        out = self.out
        for ev in self.doc.events:
            node = _iri(event_iri(ev))
            event_nodes.setdefault(normalize_name(ev.label), node)
            out.add(node, RDF_TYPE, dkg("Event"))
            if ev.type in EVENT_TYPES:
                out.add(node, RDF_TYPE, dkg(ev.type))
            out.add(node, RDFS_LABEL, _vi_label(ev.label))
            if ev.start is not None:
                out.add(node, dkg("startDate"), _date_term(ev.start))
            if ev.end is not None:
                out.add(node, dkg("endDate"), _date_term(ev.end))
            if ev.location:
                out.add(node, dkg("location"), _vi_label(ev.location))
            if ev.organizer:
                organizer = (self.use_country(ev.organizer) if _names_country(ev.organizer)
                             else self.use_org(ev.organizer))
                out.add(node, dkg("organizer"), organizer)  # type: ignore[arg-type]
            self.link_countries(node, dkg("participant"), ev.countries)
            for name in ev.participants:
                out.add(node, dkg("participant"), self.official_node(name))
            if ev.ordinal is not None:
                out.add(node, dkg("ordinal"), f'"{int(ev.ordinal)}"^^{XSD_INTEGER}')
            self.close(node, ev.evidence)
        return event_nodes

    def agreements(self, event_nodes: dict[str, Term]) -> None:
        out = self.out
        for ag in self.doc.agreements:
            node = _iri(agreement_iri(ag))
            out.add(node, RDF_TYPE, dkg("Agreement"))
            if ag.type in AGREEMENT_TYPES:
                out.add(node, RDF_TYPE, dkg(ag.type))
            out.add(node, RDFS_LABEL, vi(ag.label))
            if ag.subject:
                out.add(node, dkg("subject"), vi(ag.subject))
            if ag.date is not None:
                out.add(node, dkg("date"), _date_term(ag.date))
            self.link_countries(node, dkg("party"), ag.parties)
            for name in ag.party_organizations:
                out.add(node, dkg("party"), self.use_org(name))
            for name in ag.signatories:
                out.add(node, dkg("signatory"), self.official_node(name))
            for name in ag.witnesses:
                out.add(node, dkg("witness"), self.official_node(name))
            event = event_nodes.get(normalize_name(ag.signed_at)) if ag.signed_at else None
            if event is not None:
                out.add(node, dkg("signedAt"), event)
            self.close(node, ag.evidence)

    def partnerships(self) -> None:
        out = self.out
        for p in self.doc.partnerships:
            node = _iri(partnership_iri(p))
            out.add(node, RDF_TYPE, dkg("Partnership"))
            out.add(node, RDFS_LABEL, _vi_label(partnership_label(p, "vi")))
            out.add(node, RDFS_LABEL, en(partnership_label(p, "en")))
            self.link_countries(node, dkg("partner"), sorted(set(p.countries)))
            if p.level in PARTNERSHIP_LEVELS:
                out.add(node, dkg("level"), dkg(p.level))
            if p.since is not None:
                out.add(node, dkg("since"), _date_term(p.since))
            self.close(node, p.evidence)

    def organizations(self) -> None:
        """Organisations described by the extractor or referred to by a fact."""
        out = self.out
        for org_name, org_country in self.used_organizations.items():
            if not org_name:
                continue
            node = _organization_node(org_name)
            out.add(node, RDF_TYPE, dkg("Organization"))
            out.add(node, RDFS_LABEL, _vi_label(org_name))
            self.link_countries(node, dkg("country"), [org_country] if org_country else [])
            self.derived(node)

    def countries(self) -> None:
        """Countries referred to by a fact, an official or an organisation."""
        out = self.out
        for code in self.used_countries:
            node = _country_node(code)
            out.add(node, RDF_TYPE, dkg("Country"))
            out.add(node, dkg("isoCode"), literal(code))
            country = _country(code)
            name_vi, name_en, qid = (country.name_vi, country.name_en, country.wikidata) if country else (None, None, None)
            if name_vi:
                out.add(node, RDFS_LABEL, _vi_label(name_vi))
            if name_en:
                out.add(node, RDFS_LABEL, en(name_en))
            if not name_vi and not name_en:
                out.add(node, RDFS_LABEL, literal(code))
            if qid:
                out.add(node, OWL_SAME_AS, _wikidata_node(qid))
            self.derived(node)


def doc_to_quads(doc: Doc, content_hash: str) -> list[ox.Quad]:
    """`doc_to_nquads` as pyoxigraph quads, with the content-hash statement the store adds."""
    graph = ox.NamedNode(source_iri(doc.article.id))
    quads = list(ox.parse(doc_to_nquads(doc), format=ox.RdfFormat.N_QUADS))
    quads.append(content_hash_quad(graph, content_hash))
    return quads


def content_hash_quad(graph: ox.NamedNode, content_hash: str) -> ox.Quad:
    """The statement that marks an article graph as read from content with this hash."""
    return ox.Quad(graph, CONTENT_HASH, ox.Literal(content_hash), graph)
