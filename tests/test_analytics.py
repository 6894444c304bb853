"""Analytics on the small hand-built graph of test_projection, with known answers."""

from __future__ import annotations

import json
import time
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.analytics import Analyzer, betweenness, detect_communities, pagerank, write_report
from kg.commands.analyze import analyze
from kg.projection import Period, ProjectionError, load_kg
from kg.store import OxigraphStore, load_dataset
from test_projection import SMALL_TRIG, small_store


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer(load_kg(small_store(), details=False))


def keys(section, col="node"):
    return [r[col] for r in section.rows]


def test_partner_ranking_and_breakdown(an):
    s = an.partners("vnm")
    assert keys(s, "partner") == ["USA", "JPN", "FRA", "CHN"]
    usa = s.rows[0]
    assert (usa["weight"], usa["events"], usa["agreements"]) == (7.0, 2, 1)
    assert usa["agreement_types"] == "MemorandumOfUnderstanding×1"
    assert usa["partnership"] == "ComprehensiveStrategicPartnership"
    assert s.rows[2]["agreement_types"] == "LetterOfIntent×1"


def test_partners_in_a_period():
    an = Analyzer(load_kg(small_store(), details=False), Period.parse("2024", "2024"))
    assert keys(an.partners("VNM"), "partner") == ["JPN", "FRA", "USA"]


def test_unknown_country_is_a_user_error(an):
    with pytest.raises(ProjectionError, match="ZZZ"):
        an.partners("ZZZ")


def test_centrality_order(an):
    rows = {r["node"]: r for r in an.centrality(top=None).rows}
    countries = [r["node"] for r in an.centrality(top=None, kinds=("Country",)).rows]
    assert countries[0] == "VNM" and countries[-1] == "LAO"
    # the minister bridging to the CHN group has the highest betweenness
    assert max(rows, key=lambda k: rows[k]["betweenness"]) == "official/giang"
    assert rows["VNM"]["degree"] == 7 and rows["LAO"]["degree"] == 1
    assert "exact" in an.centrality().note


def test_communities_split_the_two_groups(an):
    rows = an.communities().rows
    assert [r["countries"] for r in rows] == ["FRA, JPN, USA, VNM", "CHN, LAO"]
    comm = an.community_of
    giang = "https://w3id.org/defence-kg/id/official/giang"
    dong = "https://w3id.org/defence-kg/id/official/dong"
    assert comm[giang] == 1 and comm[dong] == 2
    assert "Louvain (seed 42" in an.communities().note


def test_brokers_are_the_bridging_officials(an):
    rows = an.brokers().rows
    assert keys(an.brokers()) == ["official/giang", "official/dong"]
    assert all(r["articulation_point"] for r in rows)


def test_timeline_counts(an):
    rows = {(r["year"], r["type"]): r["count"] for r in an.timeline().rows}
    assert rows == {("2022", "Talks"): 1, ("2023", "MemorandumOfUnderstanding"): 1, ("2023", "Talks"): 1,
                    ("2024", "LetterOfIntent"): 1, ("2024", "MemorandumOfUnderstanding"): 1,
                    ("2024", "Exercise"): 1, ("2024", "Exhibition"): 1, ("2024", "Visit"): 1,
                    ("unknown", "Meeting"): 1}
    assert an.timeline().rows[-1]["year"] == "unknown"


def test_ego_network_depths(an):
    one = {r["node"]: r["distance"] for r in an.ego("VNM", 1).rows}
    two = {r["node"]: r["distance"] for r in an.ego("VNM", 2).rows}
    assert one["VNM"] == 0 and one["USA"] == 1 and "official/dong" not in one
    assert two["official/dong"] == 2 and "CHN" not in two
    assert set(an.ego_graph("VNM", 2)) and len(an.ego_graph("VNM", 2)) == len(two)


def test_empty_graph_gives_empty_reports_not_errors():
    an = Analyzer(load_kg(OxigraphStore(None), details=False))
    for s in (an.summary(), an.centrality(), an.communities(), an.brokers(), an.timeline()):
        assert isinstance(s.rows, list)
    assert an.centrality().rows == [] and an.timeline().rows == []
    assert pagerank(nx.Graph()) == {}
    assert betweenness(nx.Graph())[0] == {}


def test_tiny_graphs():
    g = nx.Graph()
    g.add_node("a")
    assert pagerank(g) == {"a": 1.0}
    assert detect_communities(g)[0] == [{"a"}]
    g.add_edge("a", "b", weight=1.0)
    assert betweenness(g)[0] == {"a": 0.0, "b": 0.0}


def test_large_graph_betweenness_is_sampled_seeded_and_quick():
    g = nx.barabasi_albert_graph(6000, 2, seed=1)
    t = time.perf_counter()
    a, how = betweenness(g, seed=3)
    assert time.perf_counter() - t < 8
    assert how.startswith("sampled from k=") and "seed 3" in how
    assert betweenness(g, seed=3)[0] == a


def test_communities_are_repeatable_and_end():
    g = nx.connected_caveman_graph(30, 8)
    nx.set_edge_attributes(g, 1.0, "weight")
    a, how = detect_communities(g, seed=5)
    assert detect_communities(g, seed=5)[0] == a and how.startswith("Louvain")
    assert len(a) == 30


def test_louvain_deadline_falls_back_to_greedy_modularity(monkeypatch):
    def stalls(*args, **kwargs):  # networkx's Louvain can loop on float ties inside a level
        time.sleep(30)

    monkeypatch.setattr(nx.community, "louvain_communities", stalls)
    g = nx.connected_caveman_graph(6, 5)
    nx.set_edge_attributes(g, 1.0, "weight")
    t = time.perf_counter()
    parts, how = detect_communities(g, seed=1, deadline=0.3)
    assert time.perf_counter() - t < 5
    assert how.startswith("greedy modularity") and len(parts) == 6


def test_markdown_report_with_charts(an, tmp_path: Path):
    files = write_report(an, tmp_path / "out" / "report.md", "VNM", 2)
    text = files[0].read_text(encoding="utf-8")
    assert "## Partners of VNM by tie strength" in text and "| 1 | USA |" in text
    assert "![Events and agreements per year](report-timeline.png)" in text
    pngs = [f for f in files if f.suffix == ".png"]
    assert len(pngs) == 2 and all(f.read_bytes()[:4] == b"\x89PNG" for f in pngs)


# --------------------------------------------------------------------------- CLI
@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("kg") / "store"
    store = OxigraphStore(path)
    load_dataset(store, SMALL_TRIG)
    store.close()
    return path


def run(store_path: Path, *args: str):
    return CliRunner().invoke(analyze, list(args), obj={"store_path": store_path}, catch_exceptions=False)


def test_cli_partners_json(store_path):
    res = run(store_path, "partners", "--country", "VNM", "--format", "json")
    assert res.exit_code == 0, res.output
    assert [r["partner"] for r in json.loads(res.stdout)] == ["USA", "JPN", "FRA", "CHN"]


def test_cli_all_sections_as_json_and_table(store_path):
    res = run(store_path, "--format", "json")
    assert set(json.loads(res.stdout)) == {"summary", "partners", "centrality", "communities", "brokers",
                                           "timeline", "ego"}
    table = run(store_path, "--since", "2024")
    assert table.exit_code == 0 and "Partners of VNM" in table.output and "2024-01-01" in table.output


def test_cli_csv_needs_one_report(store_path):
    assert run(store_path, "--format", "csv").exit_code != 0
    res = run(store_path, "timeline", "--format", "csv")
    assert res.stdout.splitlines()[0] == "year,kind,type,count"


def test_cli_errors_are_one_line(store_path, tmp_path):
    res = run(store_path, "--since", "2024/01")
    assert res.exit_code == 1 and "bad date" in res.output
    res = run(store_path, "ego", "--country", "ZZZ")
    assert res.exit_code == 1 and "ZZZ" in res.output
    res = run(tmp_path / "missing", "summary")
    assert res.exit_code == 1 and "kg build" in res.output


def test_cli_report(store_path, tmp_path):
    res = run(store_path, "--report", str(tmp_path / "r.md"))
    assert res.exit_code == 0
    assert (tmp_path / "r.md").exists() and (tmp_path / "r-partners.png").exists()


def test_empty_graph_partners_and_ego_are_empty_and_the_default_command_works(tmp_path):
    an = Analyzer(load_kg(OxigraphStore(None), details=False))
    assert an.partners("VNM").rows == [] and an.ego("VNM", 2).rows == []
    assert len(an.ego_graph("VNM", 2)) == 0
    OxigraphStore(tmp_path / "empty").close()
    result = CliRunner().invoke(analyze, ["--format", "json"], obj={"store_path": tmp_path / "empty"})
    assert result.exit_code == 0, result.output


def test_unknown_country_in_a_non_empty_graph_is_still_an_error(an):
    with pytest.raises(ProjectionError, match="XYZ"):
        an.partners("XYZ")
