"""The offline HTML graph, without a browser: no remote resource, what the page holds,
the data folder of a large graph, linear build. test_viz_browser.py drives it in Chromium."""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from kg.commands.viz import viz
from kg.projection import Period, entity_graph, load_kg
from kg.store import OxigraphStore, load_dataset
from kg.viz import (
    VizError,
    build_payloads,
    data_folder,
    day_number,
    month_number,
    pagerank,
    plain,
    select,
    write_html,
    write_view,
)
from test_projection import ID, SMALL_TRIG, small_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_analytics import synthetic_store  # noqa: E402

# Inert strings inside the vis-network bundle (licence header, SVG namespace, an error
# message): not resource loads. Anything else with a scheme fails the test.
BUNDLE_STRINGS = {
    "http://almende.com", "http://opensource.org/licenses/MIT", "http://www.apache.org/licenses/LICENSE-2.0",
    "http://www.w3.org/2000/svg", "https://github.com/uuidjs/uuid#getrandomvalues-not-supported",
    "https://github.com/visjs", "https://github.com/zloirock/core-js",
    "https://github.com/zloirock/core-js/blob/v3.21.1/LICENSE", "https://visjs.github.io/vis-network/",
}
RESOURCE_LOAD = re.compile(
    r"""<script[^>]+src\s*=|<link[^>]+href\s*=\s*["']?(?:https?:)?//|<img[^>]+src\s*=\s*["']?(?:https?:)?//|"""
    r"""url\(\s*["']?(?:https?:)?//|@import|<iframe""", re.IGNORECASE)
CHUNK = re.compile(r'kgReceive\("([\w-]+)",(.*)\);\n')


def chunks(text: str) -> dict:
    """The data handed to the page, by name (inline scripts or a data file's text)."""
    return {name: json.loads(body) for name, body in CHUNK.findall(text)}


def assert_no_remote_resource(text: str) -> None:
    assert not RESOURCE_LOAD.search(text)
    urls = set(re.findall(r"""(?:https?|ftp)://[^\s"'<>)\\]*""", text))
    assert urls <= BUNDLE_STRINGS, urls - BUNDLE_STRINGS


@pytest.fixture(scope="module")
def html(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("viz") / "g.html"
    summary = write_view(small_store(), path)
    assert summary.nodes == 24 and summary.inline and summary.files == [path]
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def page(html) -> dict:
    return chunks(html)


def test_page_loads_no_remote_resource(html):
    assert_no_remote_resource(html)
    assert "vis.Network" in html and len(html) > 400_000  # the bundle is inline


def test_small_graph_is_one_file_with_every_part(page):
    assert set(page) == {"overview", "index", "docs", "details-000"}


def test_index_holds_entities_by_importance_and_relations(page):
    ix = page["index"]
    names = ix["names"]
    assert len(names) == 24 and names[0] == "Việt Nam"  # the most connected first
    kinds = [ix["kinds"][i] for i in range(len(names))]
    assert kinds[names.index("Phan Văn Giang")] == 1  # Official
    assert len(ix["edges"]) == 3 * 36 == 3 * entity_graph(load_kg(small_store())).number_of_edges()
    exhibition = names.index("Triển lãm Quốc phòng quốc tế Việt Nam 2024")
    assert ix["d0"][exhibition] == 20241219 and ix["d1"][str(exhibition)] == 20241222
    visit = names.index("Chuyến thăm Việt Nam")  # 2024-03: the whole month
    assert ix["d0"][visit] == 20240301 and ix["d1"][str(visit)] == 20240331
    # the exhibition involves four countries; the talks VNM and USA through their officials
    countries = {names[c] for c in ix["hc"][str(exhibition)]}
    assert countries == {"Việt Nam", "Hoa Kỳ", "Pháp", "Nhật Bản"}
    talks = names.index("Hội đàm Việt Nam - Hoa Kỳ")
    assert {names[c] for c in ix["hc"][str(talks)]} == {"Việt Nam", "Hoa Kỳ"}
    assert [names[c] for c in ix["ac"][str(names.index("Đổng Quân"))]] == ["Trung Quốc"]


def test_overview_counts_ties_per_month_with_levels_and_officials(page):
    ov, names = page["overview"], page["index"]["names"]
    assert sorted(c["iso"] for c in ov["countries"]) == ["CHN", "FRA", "JPN", "LAO", "USA", "VNM"]
    ties = {frozenset((names[t["a"]], names[t["b"]])): t for t in ov["ties"]}
    usa = ties[frozenset(("Việt Nam", "Hoa Kỳ"))]
    sep_2023, dec_2024 = 2023 * 12 + 8, 2024 * 12 + 11
    assert usa["h"] == [[sep_2023, 1, 1], [dec_2024, 1, 0]]  # talks + MoU, then the exhibition
    assert usa["p"] == [[sep_2023, 0]]  # comprehensive strategic partnership since 2023-09
    assert usa["o"] == [["Phan Văn Giang", 2], ["Lloyd Austin", 2]]
    assert ties[frozenset(("Việt Nam", "Pháp"))]["p"] == [[2013 * 12, 1]]  # strategic, since 2013
    assert frozenset(("Việt Nam", "Lào")) not in ties
    vnm = next(c for c in ov["countries"] if c["iso"] == "VNM")
    assert sum(h[1] for h in vnm["h"]) == 4 and sum(h[2] for h in vnm["h"]) == 3  # its events, agreements


def test_details_carry_evidence_sources_and_positions(page):
    names, docs, shard = page["index"]["names"], page["docs"], page["details-000"]
    exhibition = shard["nodes"][str(names.index("Triển lãm Quốc phòng quốc tế Việt Nam 2024"))]
    assert "Gia Lâm" in exhibition["e"][0] and exhibition["l"] == "Hà Nội"
    assert [docs[d][0] for d in exhibition["s"]] == ["doc2.txt"] and exhibition["n"] == 1
    giang = shard["nodes"][str(names.index("Phan Văn Giang"))]
    assert giang["r"] == "Đại tướng" and giang["n"] == 4
    doc1 = next(d for d in docs if d[0] == "doc1.txt")
    assert doc1 == ["doc1.txt", "Hội đàm Việt Nam - Hoa Kỳ", "", "example.vn/doc1"]  # no scheme: plain text
    edges = page["index"]["edges"]
    witness = [i for i in range(len(edges) // 3) if page["index"]["relations"][edges[3 * i + 2]] == "witness"]
    assert len(witness) == 1 and [docs[d][0] for d in shard["edges"][str(witness[0])]["s"]] == ["doc2.txt"]


def test_plain_strips_schemes():
    assert plain("xem https://a.vn/x và http://b.vn") == "xem a.vn/x và b.vn"


def test_script_cannot_be_closed_by_data(tmp_path):
    store = small_store()
    evil = ox.Quad(ox.NamedNode(ID + "event/talks/e1"), ox.NamedNode("https://w3id.org/defence-kg/ontology#evidence"),
                   ox.Literal("</script><script>alert(1)</script>"), ox.NamedNode(ID + "source/doc1"))
    doc1 = [q for q in store.quads() if q.graph is not None and q.graph.value == evil.graph_name.value]
    store.replace_graph(evil.graph_name.value, doc1 + [evil])
    text = write_view(store, tmp_path / "x.html").path.read_text(encoding="utf-8")
    assert "</script><script>alert(1)" not in text
    assert any("alert(1)" in e for e in chunks(text)["details-000"]["nodes"][str(
        chunks(text)["index"]["names"].index("Hội đàm Việt Nam - Hoa Kỳ"))]["e"])


def test_selection_filters(tmp_path):
    store = small_store()
    chn = write_view(store, tmp_path / "a.html", country="CHN", depth=1)
    assert chn.nodes == 3  # CHN, its official (represents), the exercise it joins
    assert '"start":{"view":"country","iso":"CHN"}' in chn.path.read_text(encoding="utf-8")
    two = write_view(store, tmp_path / "a2.html", country="CHN", depth=2)
    assert two.nodes == 5  # + Lào (exercise) and the VNM–CHN talks (official)
    everything = write_view(store, tmp_path / "b.html")
    deeper = write_view(store, tmp_path / "c.html", country="CHN", depth=3)
    assert chn.nodes < deeper.nodes <= everything.nodes
    only_agreements = write_view(store, tmp_path / "d.html", types=["Agreement"])
    kinds = {chunks(only_agreements.path.read_text(encoding="utf-8"))["index"]["kinds"][i]
             for i in range(only_agreements.nodes)}
    assert 3 not in kinds and 4 in kinds  # no Event, some Agreement
    dated = write_view(store, tmp_path / "e.html", since="2024-06", until="2024-12")
    assert dated.nodes < everything.nodes
    with pytest.raises(VizError):
        write_view(store, tmp_path / "f.html", country="CHN", depth=0)


def test_large_graph_keeps_its_entities_beside_the_page(tmp_path):
    path = tmp_path / "out" / "g.html"
    summary = write_view(small_store(), path, inline_max_nodes=10)
    folder = data_folder(path)
    assert folder == tmp_path / "out" / "g-data" and summary.files == [path, folder] and not summary.inline
    assert write_html(small_store(), path, inline_max_nodes=10) == [path, folder]
    page = path.read_text(encoding="utf-8")
    assert set(chunks(page)) == {"overview"}  # the first draw needs only the overview
    assert '"inline":false' in page and '"dataDir":"g-data"' in page
    files = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()}
    assert set(files) == {"index.js", "docs.js", "details-000.js"}
    for name, text in files.items():
        assert set(chunks(text)) == {name[:-3]}
        assert_no_remote_resource(text)
    assert summary.first_bytes == summary.bytes + len(files["index.js"].encode("utf-8"))
    assert summary.all_bytes == summary.bytes + sum(len(t.encode("utf-8")) for t in files.values())
    # back under the limit: one file again, and the folder of the earlier page is gone
    assert write_html(small_store(), path) == [path] and not folder.exists()


def test_a_folder_that_is_not_ours_is_left_alone(tmp_path):
    folder = tmp_path / "g-data"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(VizError, match="move it away"):
        write_view(small_store(), tmp_path / "g.html", inline_max_nodes=0)
    write_view(small_store(), tmp_path / "g.html")  # one file: nothing to replace
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_many_details_are_split_into_files(tmp_path, monkeypatch):
    from kg import viz as vizmod

    monkeypatch.setitem(vizmod.page_config(), "details_shard_bytes", 2_000)
    summary = write_view(synthetic_store(200), tmp_path / "g.html", inline_max_nodes=0)
    shards = sorted(p.name for p in data_folder(summary.path).iterdir() if p.name.startswith("details-"))
    assert len(shards) > 3
    assert f'"shards":{len(shards)}' in summary.path.read_text(encoding="utf-8")


def test_days_and_months():
    assert day_number("2024-12-19") == 20241219 and day_number("2024-03", last=True) == 20240331
    assert day_number("2024") == 20240101 and day_number("--05-01") == 0 and day_number(None) == 0
    assert month_number("2024-01-31") == 2024 * 12 and month_number("2023-12") == 2023 * 12 + 11
    assert month_number("--05-01") == -1


@settings(max_examples=40)
@given(st.integers(min_value=1, max_value=25).flatmap(
    lambda n: st.tuples(st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=60))))
def test_pagerank_is_networkx_pagerank_of_the_simple_graph(case):
    n, pairs = case
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from((a, b) for a, b in pairs if a != b)
    ours = pagerank(n, pairs)
    theirs = nx.pagerank(graph, tol=1e-9, max_iter=5000) if graph.number_of_edges() else {i: 1 / n for i in range(n)}
    assert all(abs(ours[i] - theirs[i]) < 1e-4 for i in range(n))


def test_payloads_are_linear_in_the_graph():
    def build_time(articles: int) -> tuple[float, int]:
        sel = select(load_kg(synthetic_store(articles)), Period(), None, None, 2)
        t = time.perf_counter()
        build_payloads(sel)
        return time.perf_counter() - t, len(sel.order)

    build_time(100)  # warm up
    t1, n1 = build_time(500)
    t2, n2 = build_time(2000)
    assert n2 > 3 * n1
    # quadratic would be ~16x; allow noise on a busy machine
    assert t2 / max(t1, 1e-3) < 2.5 * n2 / n1


def test_cli_viz(tmp_path):
    path = tmp_path / "store"
    store = OxigraphStore(path)
    load_dataset(store, SMALL_TRIG)
    store.close()
    out = tmp_path / "exports" / "g.html"
    res = CliRunner().invoke(viz, ["-o", str(out), "--country", "VNM", "--depth", "1"], obj={"store_path": path})
    assert res.exit_code == 0, res.output
    assert out.exists() and "one file" in res.output and "nodes" in res.output
    big = CliRunner().invoke(viz, ["-o", str(out), "--inline-max-nodes", "5"], obj={"store_path": path})
    assert big.exit_code == 0 and "g-data" in big.output and (out.parent / "g-data" / "index.js").exists()
    bad = CliRunner().invoke(viz, ["-o", str(out), "--country", "ZZZ"], obj={"store_path": path})
    assert bad.exit_code == 1 and "ZZZ" in bad.output
    dates = CliRunner().invoke(viz, ["-o", str(out), "--since", "2025-02-30"], obj={"store_path": path})
    assert dates.exit_code == 1 and "2025-02-30" in dates.output
