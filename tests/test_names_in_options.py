"""Options that name a country or a class take codes or words in either language, and a typo suggests
the closest ones (`kg analyze --country`, `kg viz --country/--type`; named queries' parameters are in
test_queries_params.py)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from kg.commands.analyze import analyze
from kg.commands.viz import viz
from kg.labels import UnknownTerm, named_terms, resolve_term, term_labels
from kg.store import OxigraphStore, load_dataset

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_projection import SMALL_TRIG  # noqa: E402


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("names") / "store"
    with OxigraphStore(path) as store:
        load_dataset(store, SMALL_TRIG)
    return path


def run(command, store_path: Path, *args: str):
    return CliRunner().invoke(command, list(args), obj={"store_path": store_path})


@pytest.mark.parametrize("name", ["Trung Quốc", "China", "trung quoc", "chn", "country:CHN"])
def test_analyze_takes_a_country_by_code_or_name(store_path, name):
    by_code = run(analyze, store_path, "partners", "--country", "CHN", "--format", "json")
    by_name = run(analyze, store_path, "partners", "--country", name, "--format", "json")
    assert by_code.exit_code == 0 and by_name.exit_code == 0, by_name.output
    assert by_name.stdout == by_code.stdout and by_code.stdout.strip() != "[]"


def test_analyze_suggests_the_closest_country(store_path):
    result = run(analyze, store_path, "briefing", "--country", "Chna")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert re.search(r"no country 'Chna'; did you mean .*China \(CHN\)", result.output)


def nodes_and_edges(output: str) -> str:
    return re.search(r"\d+ nodes, \d+ edges", output).group(0)


def test_viz_takes_a_country_and_a_class_in_words(store_path, tmp_path):
    out = str(tmp_path / "g.html")
    by_code = run(viz, store_path, "-o", out, "--country", "CHN", "--depth", "1", "--type", "Exercise")
    by_words = run(viz, store_path, "-o", out, "--country", "Trung Quốc", "--depth", "1", "--type", "diễn tập")
    assert by_code.exit_code == 0 and by_words.exit_code == 0, by_words.output
    assert nodes_and_edges(by_words.output) == nodes_and_edges(by_code.output)
    talks = run(viz, store_path, "-o", out, "--type", "Hội đàm")
    assert talks.exit_code == 0 and nodes_and_edges(talks.output) != nodes_and_edges(by_code.output)


def test_viz_suggests_the_closest_class_and_country(store_path, tmp_path):
    out = str(tmp_path / "g.html")
    typo = run(viz, store_path, "-o", out, "--type", "Excercise")
    assert typo.exit_code == 1 and "no class or level 'Excercise'; did you mean Exercise (Diễn tập)?" in typo.output
    country = run(viz, store_path, "-o", out, "--country", "Hoa Ky Lao")
    assert country.exit_code == 1 and "no country 'Hoa Ky Lao'" in country.output
    assert not (tmp_path / "g.html").exists()


@given(st.sampled_from(sorted(named_terms())), st.sampled_from(["name", "vi", "en"]), st.booleans())
def test_every_class_and_level_reads_back_from_its_name_or_words(term, form, upper):
    text = term if form == "name" else term_labels().get(term, {}).get(form, term)
    assert resolve_term(text.upper() if upper else text) == term


def test_a_word_that_names_nothing_is_an_error():
    with pytest.raises(UnknownTerm, match="`kg stats` lists the classes"):
        resolve_term("xyzzy")
