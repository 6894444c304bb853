"""Parameters of named queries become SPARQL terms, never SPARQL syntax."""

import pytest

from kg.queries import to_sparql_term


@pytest.mark.parametrize("value,term", [
    ("CHN", "<https://w3id.org/defence-kg/id/country/CHN>"),
    ("dkg:Talks", "<https://w3id.org/defence-kg/ontology#Talks>"),
    ("https://w3id.org/defence-kg/id/official/to-lam", "<https://w3id.org/defence-kg/id/official/to-lam>"),
    ("2024", "2024"),
    ("Hà Nội", '"Hà Nội"'),
])
def test_values_become_terms(value, term):
    assert to_sparql_term(value) == term


@pytest.mark.parametrize("value", ['https://x>} ?s ?p ?o {', 'a" } DROP ALL {"', "https://x/a>b"])
def test_values_cannot_inject_syntax(value):
    term = to_sparql_term(value)
    assert term.startswith('"') and term.endswith('"')
    assert '"' not in term[1:-1].replace('\\"', "")
