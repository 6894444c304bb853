"""The offline HTML graph, without a browser: no remote resource, tooltips, filters, linear build."""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.commands.viz import viz
from kg.projection import load_kg
from kg.store import OxigraphStore, load_dataset
from kg.viz import build_network, entity_graph, plain, write_html
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


def page_data(html: str, name: str):
    m = re.search(r"new vis\.DataSet\((\[.*?\])\);\n", html[html.index(f"var {name} = new vis.DataSet"):])
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def html(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("viz") / "g.html"
    summary = write_html(small_store(), path)
    assert summary.nodes == 24 and summary.physics
    return path.read_text(encoding="utf-8")


def test_page_loads_no_remote_resource(html):
    assert not RESOURCE_LOAD.search(html)
    urls = set(re.findall(r"""(?:https?|ftp)://[^\s"'<>)\\]*""", html))
    assert urls <= BUNDLE_STRINGS, urls - BUNDLE_STRINGS
    assert "vis.Network" in html and len(html) > 400_000  # the bundle is inline


def test_tooltips_carry_labels_dates_articles_and_evidence(html):
    nodes = {n["label"]: n for n in page_data(html, "nodes")}
    tip = nodes["Triển lãm Quốc phòng quốc tế Việt Nam 2024"]["title"]
    assert "2024-12-19 – 2024-12-22" in tip and "doc2.txt" in tip and "Gia Lâm" in tip
    usa_talks = nodes["Hội đàm Việt Nam - Hoa Kỳ"]["title"]
    assert "example.vn/doc1" in usa_talks and "https://" not in usa_talks  # plain text, no link
    edges = page_data(html, "edges")
    witness = [e for e in edges if e["relation"] == "witness"]
    assert len(witness) == 1 and "chứng kiến" in witness[0]["title"] and "Ý định thư" in witness[0]["title"]
    assert "doc2.txt" in witness[0]["title"] and "công nghiệp quốc phòng" in witness[0]["title"]


def test_nodes_styled_by_class_and_sized_by_centrality(html):
    nodes = {n["label"]: n for n in page_data(html, "nodes")}
    assert nodes["Việt Nam"]["color"] != nodes["Phan Văn Giang"]["color"]
    assert nodes["Việt Nam"]["size"] > nodes["Lào"]["size"]
    assert {n["kind"] for n in nodes.values()} == {"Country", "Official", "Organization", "Event", "Agreement",
                                                    "Partnership"}
    assert '"classes":[{"name":"Country"' in html  # legend data


def test_plain_strips_schemes():
    assert plain("xem https://a.vn/x và http://b.vn") == "xem a.vn/x và b.vn"


def test_script_cannot_be_closed_by_data(tmp_path):
    store = small_store()
    evil = ox.Quad(ox.NamedNode(ID + "event/talks/e1"), ox.NamedNode("https://w3id.org/defence-kg/ontology#evidence"),
                   ox.Literal("</script><script>alert(1)</script>"), ox.NamedNode(ID + "source/doc1"))
    doc1 = [q for q in store.quads() if q.graph is not None and q.graph.value == evil.graph_name.value]
    store.replace_graph(evil.graph_name.value, doc1 + [evil])
    text = (write_html(store, tmp_path / "x.html").path).read_text(encoding="utf-8")
    assert "</script><script>alert(1)" not in text


def test_subgraph_filters(tmp_path):
    store = small_store()
    chn = write_html(store, tmp_path / "a.html", country="CHN", depth=1)
    assert chn.nodes == 3  # CHN, its official (represents), the exercise it joins
    two = write_html(store, tmp_path / "a2.html", country="CHN", depth=2)
    assert two.nodes == 5  # + Lào (exercise) and the VNM–CHN talks (official)
    everything = write_html(store, tmp_path / "b.html")
    deeper = write_html(store, tmp_path / "c.html", country="CHN", depth=3)
    assert chn.nodes < deeper.nodes <= everything.nodes
    only_agreements = write_html(store, tmp_path / "d.html", types=["Agreement"])
    assert only_agreements.nodes < everything.nodes
    kinds = {n["kind"] for n in page_data((tmp_path / "d.html").read_text(encoding="utf-8"), "nodes")}
    assert "Event" not in kinds and "Agreement" in kinds
    dated = write_html(store, tmp_path / "e.html", since="2024-06", until="2024-12")
    assert dated.nodes < everything.nodes


def test_large_graph_gets_python_positions_and_no_physics(tmp_path):
    store = synthetic_store(400)
    small = write_html(store, tmp_path / "s.html", physics_threshold=10_000)
    big = write_html(store, tmp_path / "b.html", physics_threshold=100)
    assert small.physics and not big.physics
    text = big.path.read_text(encoding="utf-8")
    nodes = page_data(text, "nodes")
    assert all("x" in n and "y" in n for n in nodes)
    assert len({(n["x"], n["y"]) for n in nodes}) == len(nodes)  # nobody stacked on another
    assert '"physics":{"enabled":false}' in text


def test_build_is_linear():
    def build_time(articles: int) -> tuple[float, int]:
        data = load_kg(synthetic_store(articles))
        graph = entity_graph(data)
        t = time.perf_counter()
        build_network(graph, data, physics_threshold=0)
        return time.perf_counter() - t, graph.number_of_nodes()

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
    assert out.exists() and "nodes" in res.output
    bad = CliRunner().invoke(viz, ["-o", str(out), "--country", "ZZZ"], obj={"store_path": path})
    assert bad.exit_code == 1 and "ZZZ" in bad.output
