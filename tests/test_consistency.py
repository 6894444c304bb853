"""Graph-level conflicts: one official for two countries, a position naming another official,
an event with no participant, one happening read as two events."""

from __future__ import annotations

from kg.consistency import (
    DUPLICATE_EVENT,
    NO_PARTICIPANT,
    POSITION_NAMES_OFFICIAL,
    TWO_COUNTRIES,
    find_conflicts,
    format_conflicts,
)
from kg.ids import official_iri, source_iri
from kg.model import Article, Doc, Event, Official, PartialDate
from kg.rdf import doc_to_nquads
from kg.store import OxigraphStore


def _store_of(tmp_path, *docs: Doc) -> OxigraphStore:
    store = OxigraphStore(tmp_path / "store")
    for doc in docs:
        store.replace_graph(source_iri(doc.article.id), doc_to_nquads(doc), content_hash="x")
    return store


def _doc(article_id: str, officials=(), events=()) -> Doc:
    return Doc(article=Article(id=article_id, text="."), officials=list(officials), events=list(events))


def test_a_clean_graph_has_no_conflict(tmp_path):
    doc = _doc("a", [Official("Lê Văn A", "VNM", positions=["Thứ trưởng Bộ Quốc phòng"]),
                     Official("John Smith", "USA", positions=["Đại sứ Hoa Kỳ tại Việt Nam"])],
               [Event("Meeting", "Gặp mặt", start=PartialDate(2025, 3, 5), countries=["VNM", "USA"],
                      participants=["Lê Văn A", "John Smith"])])
    with _store_of(tmp_path, doc) as store:
        assert find_conflicts(store) == []
        assert format_conflicts([]) == ["Consistency: no conflicts."]


def test_an_official_read_for_two_countries_in_two_articles(tmp_path):
    a = _doc("a", [Official("Lê Văn A", "VNM")])
    b = _doc("b", [Official("Lê Văn A", "JPN")])
    with _store_of(tmp_path, a, b) as store:
        conflicts = find_conflicts(store)
    assert [c.kind for c in conflicts] == [TWO_COUNTRIES]
    c = conflicts[0]
    assert c.node == official_iri("Lê Văn A")
    assert "JPN (b)" in c.message and "VNM (a)" in c.message


def test_a_position_that_names_another_official(tmp_path):
    doc = _doc("a", [
        Official("Lê Văn A", "VNM", positions=["Bộ trưởng Bộ Quốc phòng tiếp Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen"]),
        Official("Nakatani Gen", "JPN", positions=["Bộ trưởng Quốc phòng Nhật Bản"]),
    ])
    with _store_of(tmp_path, doc) as store:
        conflicts = find_conflicts(store)
    assert [c.kind for c in conflicts] == [POSITION_NAMES_OFFICIAL]
    assert conflicts[0].node == official_iri("Lê Văn A")
    assert conflicts[0].related == (official_iri("Nakatani Gen"),)


def test_an_own_name_or_a_one_word_name_in_a_position_is_no_conflict(tmp_path):
    doc = _doc("a", [Official("Kim", "KOR", positions=["Tư lệnh Kim"]),
                     Official("Trần Văn B", "VNM", positions=["Giám đốc Học viện Trần Văn B"])])
    with _store_of(tmp_path, doc) as store:
        assert find_conflicts(store) == []


def test_an_event_with_no_participant(tmp_path):
    doc = _doc("a", events=[Event("Conference", "Hội nghị X lần thứ 3", start=PartialDate(2025, 3, 5), ordinal=3)])
    with _store_of(tmp_path, doc) as store:
        conflicts = find_conflicts(store)
    assert [c.kind for c in conflicts] == [NO_PARTICIPANT]
    assert "Hội nghị X lần thứ 3" in conflicts[0].message


def test_two_events_with_the_same_type_date_and_participants(tmp_path):
    people = ["Lê Văn A", "John Smith"]
    doc = _doc("a", [Official("Lê Văn A", "VNM"), Official("John Smith", "USA")], [
        Event("Conference", "Hội nghị ABC lần thứ 2", start=PartialDate(2025, 3, 5), ordinal=2,
              countries=["VNM", "USA"], participants=people),
        Event("Conference", "Hội nghị XYZ lần thứ 2", start=PartialDate(2025, 3, 5), ordinal=2,
              countries=["VNM", "USA"], participants=people),
        Event("Talks", "Hội đàm", start=PartialDate(2025, 3, 5), countries=["VNM", "USA"], participants=people),
    ])
    with _store_of(tmp_path, doc) as store:
        conflicts = find_conflicts(store)
    assert [c.kind for c in conflicts] == [DUPLICATE_EVENT, DUPLICATE_EVENT]  # one per event of the pair
    assert all("Hội đàm" not in c.label for c in conflicts)  # a different type on that day is another event
    lines = format_conflicts(conflicts, limit=1)
    assert lines[0].startswith("Consistency: 2 conflict(s): 2 event(s) with the same type")
    assert lines[-1].startswith("  ... and 1 more")


def test_two_editions_of_different_series_in_one_month_are_no_duplicate(tmp_path):
    doc = _doc("a", [], [
        Event("Conference", "Hội nghị ADMM lần thứ 19", start=PartialDate(2025, 11), ordinal=19, countries=["VNM"]),
        Event("Conference", "Hội nghị ADMM+ lần thứ 12", start=PartialDate(2025, 11), ordinal=12, countries=["VNM"]),
    ])
    with _store_of(tmp_path, doc) as store:
        assert find_conflicts(store) == []


def test_the_sample_graph_has_no_conflict(seed_store):
    assert find_conflicts(seed_store) == []
