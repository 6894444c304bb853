"""Names that differ only in marks or case are one node of the graph, so one official: a doc never
gives one official IRI two officials (which would represent two countries)."""

from __future__ import annotations

from reading_helpers import read, rules_of

from kg.ids import official_iri
from kg.model import PartialDate

PAGE = ("Bộ trưởng Quốc phòng Trung Quốc thăm Việt Nam\n\n"
        "Sáng 9/4, tại Hà Nội, Đại tướng Nguyễn Văn Tâm, Bộ trưởng Bộ Quốc phòng Việt Nam đã hội đàm với Thượng tướng "
        "Ông Kiến Minh, Bộ trưởng Bộ Quốc phòng nước Cộng hòa Nhân dân Trung Hoa.\n\n"
        "Chiều cùng ngày, Chủ tịch nước đã tiếp Thượng tướng Ông Kiến Mính và đoàn.")


def test_a_name_told_again_with_another_mark_is_the_same_official() -> None:
    doc = read(PAGE, PartialDate(2025, 4, 10))
    nodes = [official_iri(o.name) for o in doc.officials]
    assert len(nodes) == len(set(nodes))
    (chinese,) = [o for o in doc.officials if official_iri(o.name) == official_iri("Ông Kiến Minh")]
    assert chinese.country == "CHN"
    assert "official.same-node" in rules_of([chinese])
