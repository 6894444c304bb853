"""Analytics on the small hand-built graph of test_projection, with known answers."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

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
    assert all(f.read_bytes()[:4] == b"\x89PNG" for f in pngs)
    # the two overall charts and one per partner with dated events or agreements
    assert sorted(f.name for f in pngs) == ["report-CHN.png", "report-FRA.png", "report-JPN.png",
                                            "report-USA.png", "report-partners.png", "report-timeline.png"]
    assert text.index("## Briefing: the partners of VNM") < text.index("## Partners of VNM")
    usa = text[text.index("### 1. Hoa Kỳ (USA)"):text.index("### 2.")]
    assert "![Hoa Kỳ per year](report-USA.png)" in usa
    assert "comprehensive strategic partnership since 2023-09" in usa and "Lloyd Austin (Hoa Kỳ, 2)" in usa


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
    assert set(json.loads(res.stdout)) == {"summary", "briefing", "partners", "centrality", "communities",
                                           "brokers", "timeline", "ego"}
    table = run(store_path, "--since", "2024")
    assert table.exit_code == 0 and "Partners of VNM" in table.output and "2024-01-01" in table.output


def test_cli_csv_needs_one_report_and_says_so(store_path):
    for fmt in ("csv", "tsv"):
        res = run(store_path, "--format", fmt)
        assert res.exit_code == 2
        assert f"--format {fmt} writes one table: name one report" in res.output
        assert f"kg analyze partners --format {fmt}" in res.output and "Traceback" not in res.output
    res = run(store_path, "timeline", "--format", "csv")
    assert res.stdout.splitlines()[0] == "year,kind,type,count"
    helped = run(store_path, "--help")
    assert "csv and tsv hold one table, so they need one report named" in " ".join(helped.output.split())


def test_cli_ndjson_takes_every_report_with_its_name(store_path):
    res = run(store_path, "--format", "ndjson")
    assert res.exit_code == 0, res.output
    lines = [json.loads(line) for line in res.stdout.splitlines()]
    assert {line["section"] for line in lines} >= {"summary", "briefing", "partners", "timeline", "ego"}
    assert next(line for line in lines if line["section"] == "partners")["partner"] == "USA"


@pytest.mark.parametrize("bad", ["2025-13", "2025-02-30", "2024/01"])
def test_cli_rejects_days_that_do_not_exist(store_path, bad):
    for option in ("--since", "--until"):
        res = run(store_path, "summary", option, bad)
        assert res.exit_code == 1 and "bad date" in res.output and bad in res.output


def test_cli_since_bounds_the_partners_years(store_path):
    res = run(store_path, "partners", "--since", "2024", "--format", "json")
    rows = {r["partner"]: r for r in json.loads(res.stdout)}
    assert all(r["first"] is None or r["first"] >= 2024 for r in rows.values())
    assert (rows["USA"]["first"], rows["USA"]["last"], rows["USA"]["since"]) == (2024, 2024, "2023-09")


def test_cli_briefing_in_words(store_path):
    res = run(store_path, "briefing", "--country", "VNM")
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith("1. Hoa Kỳ (USA)\n2 events with Việt Nam from 2023 to 2024")
    assert "4. Trung Quốc (CHN)" in res.stdout and "No agreement recorded." in res.stdout


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


def test_briefing_tells_each_partner_in_words(an):
    rows = {r["partner"]: r["briefing"] for r in an.briefing("VNM").rows}
    assert list(rows) == ["USA", "JPN", "FRA", "CHN"]
    assert rows["USA"] == (
        "2 events with Việt Nam from 2023 to 2024 (1 exhibition and 1 round of talks), the latest "
        "“Triển lãm Quốc phòng quốc tế Việt Nam 2024” on 2024-12-19. 1 agreement (1 memorandum of understanding), "
        "the latest “Bản ghi nhớ hợp tác” on 2023-09-10. Partnership: comprehensive strategic partnership since "
        "2023-09. Officials involved, with how many of these events and agreements they took part in: "
        "Lloyd Austin (Hoa Kỳ, 2), Phan Văn Giang (Việt Nam, 2).")
    assert "strategic partnership since 2013" in rows["FRA"] and "1 letter of intent" in rows["FRA"]
    assert "Sébastien Lecornu (Pháp, 1)" in rows["FRA"]
    assert "No agreement recorded. No partnership level recorded." in rows["CHN"]
    assert "“Hội đàm Việt Nam - Trung Quốc” in 2022" in rows["CHN"]


def test_briefing_follows_the_period():
    an = Analyzer(load_kg(small_store(), details=False), Period.parse("2024", None))
    usa = next(r["briefing"] for r in an.briefing("VNM").rows if r["partner"] == "USA")
    assert usa.startswith("1 event with Việt Nam in 2024 (1 exhibition)")
    assert "No agreement recorded." in usa and "No official named." in usa
    assert "comprehensive strategic partnership since 2023-09" in usa  # still in force


def test_briefing_names_earlier_partnership_levels():
    from kg.briefing import PairStory, briefing_text
    from kg.projection import Node

    vnm, usa = Node("v", "Country", "Country", label="Việt Nam"), Node("u", "Country", "Country", label="Hoa Kỳ")
    story = PairStory(vnm, usa, partnerships=[
        Node("p1", "Partnership", "Partnership", level="ComprehensivePartnership", start="2013-07"),
        Node("p2", "Partnership", "Partnership", level="ComprehensiveStrategicPartnership", start="2023-09")])
    text = briefing_text(story)
    assert "comprehensive strategic partnership since 2023-09 (before: comprehensive partnership since 2013-07)" in text
    assert text.startswith("No event with Việt Nam recorded.")


def test_empty_brokers_table_says_why(an):
    one = Analyzer(load_kg(small_store(), details=False), Period.parse("2024", None))
    assert one.brokers().rows == [] and one.brokers().note.startswith("no broker: ")
    # one community of countries: nobody can bridge two
    an_one = Analyzer(an.data)
    an_one.__dict__["community_of"] = {v: 1 for v in an.actors}
    assert an_one.brokers().rows == []
    assert "countries fall in one community" in an_one.brokers().note
    assert an.brokers().rows and not an.brokers().note.startswith("no broker")


def test_ego_top_keeps_the_strongest_ties_at_each_distance(an):
    every = an.ego("VNM", 2)
    two = an.ego("VNM", 2, top=2)
    per_distance = Counter(r["distance"] for r in two.rows)
    assert per_distance == {0: 1, 1: 2, 2: 2}
    assert [r["node"] for r in two.rows if r["distance"] == 1] == \
        [r["node"] for r in every.rows if r["distance"] == 1][:2]
    assert "--top" in two.note and every.note == ""


@settings(max_examples=30)
@given(st.integers(min_value=3, max_value=30).flatmap(
    lambda n: st.tuples(st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=80),
                        st.integers(0, 1000))))
def test_betweenness_is_networkx_betweenness(case):
    import kg.analytics as analytics

    n, pairs, seed = case
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from((a, b) for a, b in pairs if a != b)
    exact, how = betweenness(g, seed)
    assert how == "exact"
    theirs = nx.betweenness_centrality(g, normalized=True)
    assert all(abs(exact[v] - theirs[v]) < 1e-9 for v in g)
    budget, min_pivots = analytics.BETWEENNESS_BUDGET, analytics.MIN_PIVOTS
    try:  # a budget this small samples: the same pivots and scaling as networkx
        analytics.BETWEENNESS_BUDGET = 1
        analytics.MIN_PIVOTS = 2
        sampled, how = betweenness(g, seed)
        theirs = nx.betweenness_centrality(g, k=2, normalized=True, seed=seed)
        assert how.startswith("sampled from k=2")
        assert all(abs(sampled[v] - theirs[v]) < 1e-9 for v in g)
    finally:
        analytics.BETWEENNESS_BUDGET, analytics.MIN_PIVOTS = budget, min_pivots


def test_briefing_counts_what_has_no_date():
    an = Analyzer(load_kg(small_store(), details=False))
    # LAO's only tie is the 2024 exercise with CHN; the --05-01 meeting has LAO alone
    chn = {r["partner"]: r["briefing"] for r in an.briefing("CHN").rows}
    assert chn["LAO"].startswith("1 event with Trung Quốc in 2024 (1 exercise)")
    from kg.briefing import PairStory, briefing_text
    from kg.projection import Node

    story = PairStory(Node("v", "Country", "Country", label="Việt Nam"), Node("c", "Country", "Country", label="Lào"),
                      events=Counter({"Talks": 2}), first=2024, last=2024, undated=Counter({"Event": 1}))
    assert briefing_text(story).startswith("2 events with Việt Nam in 2024 (2 rounds of talks; 1 without a date).")
