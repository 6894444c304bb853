"""`kg explain`: every fact with its sentences, offsets and rules; dropped candidates with their rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.explain import explain_article, explain_iri, explain_stored_article, ExplainError
from kg.ids import official_iri
from kg.model import Article
from kg.reading import iter_articles

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def run(args, store: Path):
    return CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_every_fact_of_every_seed_is_explained(seed, tmp_path):
    result = run(["explain", str(seed), "--format", "json"], tmp_path / "unused")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    [article] = list(iter_articles([seed], on_skip=lambda *a: None))
    assert data["subject"] == article.id and data["source"] == "text"
    assert data["facts"], "a seed has facts"
    kinds = {f["kind"] for f in data["facts"]}
    assert {"official", "event"} <= kinds
    for fact in data["facts"]:
        assert fact["evidence"], fact["summary"]
        for ev in fact["evidence"]:
            assert ev["rules"], (fact["summary"], ev)
            assert all(r in data["rules"] for r in ev["rules"])
            assert ev["sentence_start"] <= ev["start"] < ev["end"] <= ev["sentence_end"]
    for d in data["dropped"]:
        assert d["rule"] in data["rules"] and d["description"]


def test_table_lists_facts_drops_and_rule_descriptions(tmp_path):
    result = run(["explain", str(SEEDS[0])], tmp_path / "unused")
    assert result.exit_code == 0
    assert "fact" in result.stdout and "official" in result.stdout
    assert "Rules:" in result.stderr and "official.rank:" in result.stderr


def test_offsets_point_at_the_mention_in_the_cleaned_text():
    article = Article(id="a", text="Chiều 5/3/2024, tại Hà Nội, Đại tướng Lê Văn Thành tiếp Đại sứ Pháp Olivier Brochet.")
    exp = explain_article(article)
    [official] = [f for f in exp.facts if f.summary.startswith("Lê Văn Thành")]
    [ev] = official.evidence
    assert ev.mention == "Lê Văn Thành" and "official.rank" in ev.rules
    assert ev.sentence.startswith("Chiều 5/3/2024")
    [meeting] = [f for f in exp.facts if f.kind == "event"]
    assert "event.receives-or-meets" in meeting.evidence[0].rules
    assert "event.date-heads-sentence" in meeting.evidence[0].rules


def test_a_dropped_candidate_names_its_rule():
    article = Article(id="a", text="Ngày 5/3/2024, hai bên đánh giá cao các cuộc diễn tập đã qua.")
    exp = explain_article(article)
    assert not [f for f in exp.facts if f.kind == "event"]
    assert any(d.rule == "event.category" and d.text == "diễn tập" for d in exp.dropped)


def test_a_stored_article_and_an_iri(seed_store):
    [article] = list(iter_articles([SEEDS[0]], on_skip=lambda *a: None))
    exp = explain_stored_article(seed_store, article.id)
    assert exp.source == "store" and exp.facts
    assert all(f.evidence for f in exp.facts if f.kind in ("event", "agreement"))
    person = next(f for f in exp.facts if f.kind == "official")
    node = explain_iri(seed_store, person.iri)
    assert node.facts and any(s.startswith("label = ") for f in node.facts for s in f.statements)
    with pytest.raises(ExplainError):
        explain_stored_article(seed_store, "no-such-article")
    with pytest.raises(ExplainError):
        explain_iri(seed_store, official_iri("Không Có Ai"))


def test_cli_on_a_store_article_id_and_an_iri(seed_store_path):
    [article] = list(iter_articles([SEEDS[1]], on_skip=lambda *a: None))
    result = run(["explain", article.id, "--format", "json"], seed_store_path)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["source"] == "store" and data["facts"]
    iri = data["facts"][0]["iri"]
    result = run(["explain", iri, "--format", "csv"], seed_store_path)
    assert result.exit_code == 0 and iri.rsplit("/", 1)[-1] or result.stdout
    missing = run(["explain", "nope-not-here"], seed_store_path)
    assert missing.exit_code != 0 and "Traceback" not in missing.output
    assert missing.stderr.strip().startswith("Error: no article 'nope-not-here'")


def test_cli_takes_an_entity_by_its_prefixed_name(seed_store_path):
    """`kg explain official:phan-van-giang`, as the README and queries write entities."""
    by_name = run(["explain", "official:phan-van-giang", "--format", "json"], seed_store_path)
    assert by_name.exit_code == 0, by_name.output
    data = json.loads(by_name.stdout)
    assert data["subject"] == "https://w3id.org/defence-kg/id/official/phan-van-giang" and data["facts"]
    whole = run(["explain", data["subject"], "--format", "json"], seed_store_path)
    assert json.loads(whole.stdout) == data
    unknown = run(["explain", "official:no-such-person"], seed_store_path)
    assert unknown.exit_code == 1 and "says nothing about <https://w3id.org/defence-kg/id/official/no-such-person>" \
        in unknown.stderr
