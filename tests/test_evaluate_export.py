"""Scoring what the TriG export holds: every fact the pipeline scores must reach the graph as it was."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.commands.evaluate import evaluate as evaluate_cmd
from kg.evaluate import evaluate, exported_docs
from kg.graph_facts import NodeFacts, facts_of, parse_date
from kg.model import Agreement, Article, Doc, Event, Official, PartialDate, Partnership

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"
# tuning sets only: a blind set's misses are not to be printed by a failing test
SETS = [("gold_dev", ROOT / "seeds"), ("dev2/gold", DATA / "dev2/articles"), ("heldout/gold", DATA / "heldout/articles"),
        ("heldout3/gold", DATA / "heldout3/articles"), ("heldout6/gold", DATA / "heldout6/articles")]


@pytest.mark.parametrize("gold,articles", SETS, ids=[s[0] for s in SETS])
def test_the_export_scores_as_the_pipeline_does(gold, articles):
    """Article by article, the same hits and misses: nothing lost or folded on the way to TriG."""
    direct = evaluate(DATA / gold, [articles])
    exported = evaluate(DATA / gold, [articles], from_export=True)
    for a, b in zip(direct.articles, exported.articles):
        assert (a.document, sorted(a.misses), sorted(a.false_hits), a.forbidden_hits) == \
            (b.document, sorted(b.misses), sorted(b.false_hits), b.forbidden_hits)


def test_a_doc_reads_back_from_its_graph():
    doc = Doc(article=Article(id="tin-1.txt", text="x"), text="x")
    doc.officials = [Official("Phan Văn Giang", country="VNM"), Official("Richard Marles", country="AUS")]
    doc.events = [Event("Talks", "Hội đàm Việt Nam - Australia", start=PartialDate(2024, 3, 5),
                        countries=["AUS", "VNM"], participants=["Phan Văn Giang", "Richard Marles"])]
    doc.agreements = [Agreement("LetterOfIntent", "Ý định thư về gìn giữ hòa bình", date=PartialDate(2024, 3, 5),
                                parties=["AUS", "VNM"], signatories=["Phan Văn Giang"])]
    doc.partnerships = [Partnership(("AUS", "VNM"), "ComprehensiveStrategicPartnership")]
    back = exported_docs([doc])["tin-1.txt"]
    assert sorted((o.name, o.country) for o in back.officials) == [("Phan Văn Giang", "VNM"), ("Richard Marles", "AUS")]
    (event,) = back.events
    assert (event.type, event.start, event.countries, event.participants) == \
        ("Talks", PartialDate(2024, 3, 5), ["AUS", "VNM"], ["Phan Văn Giang", "Richard Marles"])
    (agreement,) = back.agreements
    assert (agreement.type, agreement.parties, agreement.signatories) == ("LetterOfIntent", ["AUS", "VNM"], ["Phan Văn Giang"])
    assert back.partnerships == [Partnership(("AUS", "VNM"), "ComprehensiveStrategicPartnership")]
    assert back.partners == {"AUS"}


def test_a_node_that_folds_two_facts_reads_as_two():
    """Two meetings written to one IRI would be one node with two dates: the reading shows both."""
    node = NodeFacts(types={"Meeting"}, dates={"2024-03-05", "2024-03-06"}, labels={"Tiếp"}, countries={"VNM", "LAO"})
    assert [e.start for e in facts_of(node, "x")] == [PartialDate(2024, 3, 5), PartialDate(2024, 3, 6)]


@pytest.mark.parametrize("text,date", [("2024-03-05", PartialDate(2024, 3, 5)), ("2024-03", PartialDate(2024, 3)),
                                       ("2024", PartialDate(2024)), ("--10-24", PartialDate(None, 10, 24))])
def test_date_forms_read_back(text, date):
    assert parse_date(text) == date


def test_cli_from_export():
    result = CliRunner().invoke(evaluate_cmd, [str(DATA / "gold_dev"), str(ROOT / "seeds"), "--from-export",
                                               "--min-f1", "0.95"])
    assert result.exit_code == 0, result.output
    assert "micro" in result.output


@pytest.mark.parametrize("text", ["2024-13-01", "not a date", "--", ""])
def test_a_date_no_event_could_have_reads_as_none(text):
    """A date another tool wrote badly is no start date, never an error in the middle of scoring."""
    assert parse_date(text) is None
