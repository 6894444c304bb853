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


# --- parameters checked against what their name says they are ---------------------------

from pathlib import Path  # noqa: E402

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kg.countries import all_countries  # noqa: E402
from kg.queries import (  # noqa: E402
    BadParameter,
    NamedQuery,
    Param,
    fold,
    get_named_query,
    parameter_term,
    resolve_country,
)

CHN = "<https://w3id.org/defence-kg/id/country/CHN>"


@pytest.mark.parametrize("value", ["CHN", "chn", "CN", "Trung Quốc", "trung quốc", "Trung Quoc", "China",
                                   "  China ", "Trung Hoa", "country:CHN",
                                   "https://w3id.org/defence-kg/id/country/CHN"])
def test_a_country_is_a_code_or_a_name_in_either_language(value):
    assert parameter_term("country", value) == CHN


@given(st.sampled_from(all_countries()))
def test_every_country_of_the_table_is_found_by_code_and_by_both_names(country):
    assert resolve_country(country.code) == country.code
    assert resolve_country(country.name_vi) == country.code
    assert resolve_country(country.name_en) == country.code


@pytest.mark.parametrize("value,suggested", [("XXX", None), ("Trung Quocc", "CHN"), ("Franse", "FRA"),
                                             ("Korea", "KOR")])
def test_an_unknown_country_is_an_error_with_the_closest_ones(value, suggested):
    with pytest.raises(BadParameter) as err:
        resolve_country(value)
    message = str(err.value)
    assert repr(value) in message and "\n" not in message
    if suggested:
        assert f"({suggested})" in message and "did you mean" in message


def test_folding_ignores_case_and_accents():
    assert fold("Đài Loan") == fold("dai loan") == "dai loan"


@pytest.mark.parametrize("name,value", [("year", "24"), ("year", "2024-01"), ("fact", "Hà Nội"), ("event", "42"),
                                        ("kind", "Official"), ("agreement", "nope:x")])
def test_values_that_name_nothing_are_errors(name, value):
    with pytest.raises(BadParameter):
        parameter_term(name, value)


def test_iri_parameters_take_prefixed_names():
    assert parameter_term("fact", "official:phan-van-giang") == \
        "<https://w3id.org/defence-kg/id/official/phan-van-giang>"
    assert parameter_term("kind", "dkg:Official") == "<https://w3id.org/defence-kg/ontology#Official>"
    assert parameter_term("year", " 2024 ") == "2024"


def named(text: str, *params: Param) -> NamedQuery:
    return NamedQuery("q", "a query", text, Path("q.rq"), params)


def test_every_values_line_of_a_parameter_is_set():
    q = named("SELECT * { { SELECT ?x { VALUES ?country { UNDEF } } } VALUES ?country { UNDEF } }",
              Param("country", "UNDEF"))
    bound = q.bind({"country": "Pháp"})
    assert bound.count("VALUES ?country { <https://w3id.org/defence-kg/id/country/FRA> }") == 2
    assert q.bind({}) == q.text


def test_a_limit_parameter_sets_or_removes_its_limit():
    q = named("SELECT * { ?s ?p ?o }\nLIMIT 100  # rows\n", Param("rows", "100", "at most this many"))
    assert q.limits() == [Param("rows", "100", "at most this many")]
    assert "LIMIT 5  # rows" in q.bind({"rows": "5"})
    unlimited = q.bind({"rows": "0"})
    assert "LIMIT" not in unlimited.replace("# no limit", "")
    import pyoxigraph as ox

    ox.Store().query(unlimited)  # still a query
    with pytest.raises(BadParameter):
        q.bind({"rows": "all"})


def test_parameters_are_listed_readably():
    assert Param("country", "VNM", "the country").summary() == "country (default VNM): the country"
    assert Param("fact", "UNDEF", "one fact").summary() == "fact (optional): one fact"
    assert "UNDEF" not in " ".join(p.summary() for p in get_named_query("fact-evidence").params)


# --- the `kg query` command ----------------------------------------------------------------

from click.testing import CliRunner  # noqa: E402

from kg.cli import cli  # noqa: E402


def kg(store, *args: str):
    return CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False)


def test_list_shows_parameters_in_words(seed_store_path):
    table = kg(seed_store_path, "query", "--list").stdout
    assert "UNDEF" not in table
    assert "country (default VNM)" in table and "agreement (optional)" in table
    import json

    listed = {q["name"]: q["parameters"] for q in json.loads(kg(seed_store_path, "query", "--list", "--format",
                                                               "json").stdout)}
    assert listed["fact-evidence"][0].startswith("fact (optional): ")
    assert listed["country-pairs"] == []


def test_a_country_parameter_takes_a_name_in_either_language(seed_store_path):
    by_code = kg(seed_store_path, "query", "--name", "events-of-country", "--param", "country=CHN", "--format", "csv")
    for name in ("Trung Quốc", "China", "trung quoc"):
        by_name = kg(seed_store_path, "query", "--name", "events-of-country", "--param", f"country={name}",
                     "--format", "csv")
        assert by_name.exit_code == 0 and by_name.stdout == by_code.stdout
    assert len(by_code.stdout.splitlines()) > 1


def test_an_unknown_country_is_an_error_not_an_empty_table(seed_store_path):
    result = kg(seed_store_path, "query", "--name", "events-of-country", "--param", "country=Trung Quocc")
    assert result.exit_code == 1 and result.stdout == ""
    error = result.stderr.strip()
    assert error.startswith("Error: no country 'Trung Quocc'") and "(CHN)" in error and len(error.splitlines()) == 1
    assert kg(seed_store_path, "query", "--name", "timeline", "--param", "year=24").exit_code == 1


def test_a_default_limit_is_told_on_stderr(seed_store_path):
    limited = kg(seed_store_path, "query", "--name", "fact-evidence", "--format", "csv")
    assert "articles=100" in limited.stderr and "--param articles=0" in limited.stderr
    everything = kg(seed_store_path, "query", "--name", "fact-evidence", "--param", "articles=0", "--format", "csv")
    assert "note:" not in everything.stderr
    assert sorted(everything.stdout.splitlines()) == sorted(limited.stdout.splitlines())  # 5 articles < 100
