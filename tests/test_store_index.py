"""The store index's Turtle lines: made from the statements' terms, equal to compacting the N-Quads."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ids import source_iri
from kg.pipeline import Pipeline
from kg.rdf import doc_to_graph_text, doc_to_nquads, index_compactor
from kg.reading import iter_articles
from kg.store.index import Compactor
from kg.vocab import turtle_prefixes

ROOT = Path(__file__).resolve().parent.parent


def test_graph_text_equals_the_compacted_nquads_on_real_articles():
    pipeline = Pipeline()
    articles = list(iter_articles([ROOT / "seeds", ROOT / "tests" / "data" / "heldout3" / "articles"]))
    assert len(articles) > 10
    for article in articles:
        doc = pipeline(article)
        text, nquads = doc_to_graph_text(doc), doc_to_nquads(doc)
        assert str(text) == nquads and text.lines == nquads.count("\n")
        assert text.turtle == index_compactor().statements(nquads, source_iri(article.id))


_LOCAL = st.text(alphabet=st.sampled_from("aZ09_-./é"), min_size=0, max_size=8)
_NAMESPACE = st.sampled_from(list(turtle_prefixes().values()) + ["http://example.org/x/"])
_IRI = st.builds(lambda ns, local: ox.NamedNode(ns + local), _NAMESPACE, _LOCAL)
_DATATYPE = st.sampled_from(["http://www.w3.org/2001/XMLSchema#date", "http://www.w3.org/2001/XMLSchema#gYear",
                             "http://example.org/x/t-1", "http://www.w3.org/2001/XMLSchema#string"])
_LITERAL = st.one_of(
    st.builds(lambda t, d: ox.Literal(t, datatype=ox.NamedNode(d)), st.text(max_size=12), _DATATYPE),
    st.builds(lambda t: ox.Literal(t, language="vi"), st.text(max_size=12)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_IRI, _IRI, st.one_of(_IRI, _LITERAL)), min_size=1, max_size=6))
def test_compacting_term_by_term_equals_compacting_the_line(triples):
    """Quotes, '<' and '>' inside literals, IRIs that may or may not take a prefix, datatypes."""
    compactor = Compactor(turtle_prefixes())
    graph = "https://w3id.org/defence-kg/source/a"
    nquads = "".join(f"{s} {p} {o} <{graph}> .\n" for s, p, o in triples)
    by_term = "".join(f"{compactor.compact(str(s))} {compactor.compact(str(p))} {compactor.compact(str(o))} .\n"
                      for s, p, o in triples)
    assert by_term == Compactor(turtle_prefixes()).statements(nquads, graph)
