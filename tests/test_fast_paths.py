"""The speed-ups of the build path keep its results: batched store writes,
digit/word-anchored date scanning, the credit window of cleaning."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.pipeline.clean import CREDIT_WINDOW, clean_text, split_sentences
from kg.pipeline.dates import find_dates
from kg.model import PartialDate
from kg.store import OxigraphStore
from kg.vocab import DKG_IRI

G1 = "https://w3id.org/defence-kg/id/source/a"
G2 = "https://w3id.org/defence-kg/id/source/b"
HASH = ox.NamedNode(DKG_IRI + "contentHash")


def _graph(g: str, label: str, digest: str) -> list[ox.Quad]:
    node = ox.NamedNode(g)
    return [
        ox.Quad(node, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal(label, language="vi"), node),
        ox.Quad(node, HASH, ox.Literal(digest), node),
    ]


@pytest.mark.parametrize("on_disk", [True, False])
def test_batch_writes_are_seen_by_reads_and_committed_at_exit(tmp_path, on_disk):
    with OxigraphStore(tmp_path / "s" if on_disk else None) as store:
        store.replace_graph(G1, _graph(G1, "cũ", "h0"))
        with store.batch():
            store.replace_graph(G1, _graph(G1, "mới", "h1"))
            store.replace_graph(G2, _graph(G2, "hai", "h2"))
            store.replace_graph(G2, _graph(G2, "hai lần", "h3"))  # the last write wins
            assert store.content_hash(G1) == "h1"  # answered from the buffer
            assert store.content_hash(G2) == "h3"
        assert store.graphs() == [G1, G2]
        labels = sorted(q.object.value for q in store.quads()
                        if q.predicate.value != HASH.value and q.graph is not None)
        assert labels == ["hai lần", "mới"]
        assert store.content_hash(G2) == "h3"


def test_a_read_inside_a_batch_commits_first(tmp_path):
    with OxigraphStore(tmp_path / "s") as store:
        with store.batch():
            store.replace_graph(G1, _graph(G1, "một", "h1"))
            assert len(store) == 1  # the label; the content hash is not a statement of the article
            assert store.remove_graph(G1)
            assert len(store) == 0


def test_dates_found_when_lower_casing_changes_offsets():
    # "İ" lower-cases to two characters: the word-anchored scan must fall back
    text = "İstanbul, THÁNG 5 NĂM 2024 và năm 2023; Ngày 24/10"
    found = [(d.surface, d.date) for d in find_dates(text)]
    assert ("THÁNG 5 NĂM 2024", PartialDate(2024, 5)) in found
    assert ("năm 2023", PartialDate(2023)) in found
    assert ("Ngày 24/10"[5:], PartialDate(None, 10, 24)) in found
    for d in find_dates(text):
        assert text[d.start : d.end] == d.surface


def test_mixed_case_month_and_year_words():
    found = {d.surface for d in find_dates("Hồi tHáNg 9/2023 và nĂm 2021, xnăm 2020")}
    assert found == {"tHáNg 9/2023", "nĂm 2021"}


def test_credit_at_the_end_of_a_long_caption_drops_it():
    caption = "Quang cảnh buổi lễ ký kết giữa hai đoàn đại biểu " * 12 + "Ảnh: QĐND"
    assert len(caption) > CREDIT_WINDOW
    body = "Tiêu đề bài\n\n" + "Hai bên đã hội đàm tại Hà Nội về hợp tác quốc phòng. " * 6
    text, removed = clean_text(body + "\n\n" + caption)
    assert caption.strip() in removed
    assert "Ảnh: QĐND" not in text


def test_credit_words_early_in_a_long_paragraph_do_not_drop_it():
    para = "Ảnh: QĐND cho thấy hai bên " + "đã trao đổi về hợp tác quốc phòng trong thời gian tới, " * 8 + "hai bên nhất trí."
    text, _ = clean_text("Tiêu đề bài\n\n" + para)
    assert para in text


_WORDS = st.sampled_from(
    ["Bộ", "trưởng", "TP.", "v.v.", "A.", "2.000", "“", "”", '"', ".", "!", "?", "…", "Hà", "Nội", "ông", " ", "\n", "(", ")"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_sentence_spans_index_the_text(text):
    sents = split_sentences(text)
    for s in sents:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
    assert [s.start for s in sents] == sorted(s.start for s in sents)
    # cached spans give the same answer on a second call
    assert split_sentences(text) == sents
