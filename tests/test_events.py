"""Events: named events merge by name, anonymous ones need a fact."""

from kg.pipeline import extract


def test_named_exhibition_label_is_canonical_across_forms():
    doc = extract(
        "Triển lãm Quốc phòng quốc tế Việt Nam năm 2024 do Bộ Quốc phòng tổ chức, diễn ra từ ngày 19 - 22/12/2024 tại sân bay Gia Lâm.\n"
        "Nhiều đoàn đã tham dự Triển lãm Quốc phòng quốc tế Việt Nam 2024."
    )
    assert [e.label for e in doc.events] == ["Triển lãm Quốc phòng quốc tế Việt Nam 2024"]
    assert doc.events[0].start.iso() == "2024-12-19" and doc.events[0].end.iso() == "2024-12-22"


def test_numbered_dialogue_keeps_ordinal_and_dateline():
    doc = extract("Sáng 2/7/2025, tại Hà Nội đã diễn ra Đối thoại chính sách quốc phòng Việt Nam - Italia lần thứ 5.")
    ev = doc.events[0]
    assert ev.type == "Dialogue" and ev.ordinal == 5 and ev.start.iso() == "2025-07-02"
    assert set(ev.countries) == {"VNM", "ITA"}


def test_talks_with_participants_and_label():
    doc = extract(
        "Chiều 24/10/2024, tại Hà Nội, Đại tướng Phan Văn Giang đã hội đàm với Thượng tướng Trương Hựu Hiệp, "
        "Phó Chủ tịch Quân ủy Trung ương Trung Quốc."
    )
    talks = [e for e in doc.events if e.type == "Talks"]
    assert talks and talks[0].label == "Hội đàm Phan Văn Giang - Trương Hựu Hiệp"
    assert set(talks[0].countries) == {"VNM", "CHN"}


def test_wish_list_mechanism_is_not_an_event():
    doc = extract(
        "Ngày 5/3/2024, Đại tướng Phan Văn Giang đề nghị duy trì các cơ chế như Giao lưu hữu nghị quốc phòng biên giới, "
        "Đối thoại chiến lược quốc phòng."
    )
    assert not [e for e in doc.events if e.type in ("Exchange", "Dialogue")]


def test_event_named_in_passing_without_fact_is_dropped():
    doc = extract("Bộ trưởng đánh giá cao Triển lãm Quốc phòng quốc tế Việt Nam 2024.")
    assert doc.events == []


def test_presence_at_named_event_is_participation_with_country():
    doc = extract("Bộ trưởng cảm ơn sự hiện diện của đoàn Italia tại Triển lãm Quốc phòng quốc tế Việt Nam 2024.")
    assert [e.label for e in doc.events] == ["Triển lãm Quốc phòng quốc tế Việt Nam 2024"]
    assert "ITA" in doc.events[0].countries


def test_evidence_is_substring():
    doc = extract("Hôm qua (15/3/2025), Đại tướng Phan Văn Giang hội kiến ông Richard Marles, Bộ trưởng Quốc phòng Australia.")
    assert doc.events
    for e in doc.events:
        assert all(s in doc.text for s in e.evidence)
