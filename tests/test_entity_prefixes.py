"""Entities are named with their kind's prefix; `id:official/x`, which SPARQL cannot read, says so."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.queries import entity_prefixes
from kg.store import QueryError, prepare_query
from kg.vocab import PREFIXES

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("query,write", [
    ("DESCRIBE id:official/phan-van-giang", "official:phan-van-giang"),
    ("SELECT * WHERE { id:country/VNM ?p ?o }", "country:VNM"),
    ("DESCRIBE id:event/talks/2024-10-24-chn-vnm", "<https://w3id.org/defence-kg/id/event/talks/2024-10-24-chn-vnm>"),
    ("DESCRIBE country:VNM/x", "<https://w3id.org/defence-kg/id/country/VNM/x>"),
])
def test_a_slash_in_a_prefixed_name_points_to_the_name_to_write(query, write):
    with pytest.raises(QueryError) as err:
        prepare_query(query)
    message = str(err.value)
    assert f"write {write}" in message
    assert all(f"{prefix}:" in message for prefix, _ in entity_prefixes())


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { ?e dkg:participant/dkg:represents ?c }",
    "SELECT * WHERE { ?e dkg:participant/a ?c }",
    "SELECT * WHERE { ?e dkg:participant/rdfs:label ?c }",
    "SELECT * WHERE { ?e dkg:participant/<https://w3id.org/defence-kg/ontology#represents> ?c }",
    'SELECT * WHERE { ?e dkg:evidence "see id:official/x" }',
    "SELECT * WHERE { <https://w3id.org/defence-kg/id/official/phan-van-giang> ?p ?o }  # id:official/x",
    "DESCRIBE official:phan-van-giang",
])
def test_paths_strings_iris_and_good_names_pass(query):
    assert prepare_query(query).form in ("SELECT", "DESCRIBE")


def test_the_cli_error_is_one_line(seed_store_path):
    result = CliRunner().invoke(cli, ["--store", str(seed_store_path), "query", "DESCRIBE id:official/phan-van-giang"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1 and "official:phan-van-giang" in result.stderr
    ok = CliRunner().invoke(cli, ["--store", str(seed_store_path), "query", "DESCRIBE official:phan-van-giang",
                                  "--format", "ntriples"])
    assert ok.exit_code == 0 and "/official/phan-van-giang>" in ok.stdout


def test_every_prefix_is_documented_in_the_help_and_the_readme():
    help_text = CliRunner().invoke(cli, ["query", "--help"]).stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for prefix in PREFIXES:
        assert re.search(rf"(?<![\w-]){prefix}:", help_text), prefix
        assert f"`{prefix}:" in readme, prefix
    assert {p for p, _ in entity_prefixes()} >= {"country", "official", "organization", "partnership", "source"}
