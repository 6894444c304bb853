"""A SELECT whose answer holds an RDF 1.2 triple term ("TRIPLE(...)", "<<( ... )>>"), which no `Term`
stands for: said as a `QueryError`, not a KeyError out of the row reader."""

import pyoxigraph as ox
import pytest

from kg.store.results import QueryResults
from kg.store.sparql import QueryError


def _answer(query: str) -> QueryResults:
    return QueryResults(ox.Store().query(query))


def test_triple_term_in_a_row_is_a_query_error():
    results = _answer("SELECT ?t WHERE { BIND(TRIPLE(<http://example.org/a>, <http://example.org/b>, "
                      "<http://example.org/c>) AS ?t) }")
    with pytest.raises(QueryError, match="cannot be shown"):
        list(results)


def test_plain_terms_still_read():
    rows = list(_answer('SELECT ?x ?y WHERE { BIND(<http://example.org/a> AS ?x) BIND("b" AS ?y) }').tuples())
    assert [(x.value, y.value) for x, y in rows] == [("http://example.org/a", "b")]
