"""A run of capitalised words opening with a body's first word ("Đội", "Hội", "Báo": lex_body_openers.txt)
after a title names a unit or body, not a person: "Chỉ huy trưởng Đội Kestrel, Trung tá X" has one official,
X (round 47b). Sentences are our own."""

from __future__ import annotations

from kg.pipeline.officials.mentions import BODY_NAME
from tests.reading_helpers import drops, read

PAGE = ("Ngày 8/11, Bệnh viện dã chiến cấp 2 số 5 của Việt Nam đã phối hợp với Đội Công binh Nhật Bản (Kestrel) "
        "luyện tập cứu hộ thương binh tại căn cứ Malakal. Chỉ huy trưởng Đội Kestrel, Trung tá Tanaka Hiroshi "
        "cho biết hai đơn vị sẽ tiếp tục phối hợp.")


def test_a_unit_after_a_title_is_no_official() -> None:
    doc = read(PAGE)
    names = [o.name for o in doc.officials]
    assert "Đội Kestrel" not in names
    assert "Tanaka Hiroshi" in names
    assert BODY_NAME in drops(doc, "official")


def test_an_association_after_a_title_is_no_official() -> None:
    doc = read("Sáng 3/5, Chủ tịch Hội Sakura, ông Yamada Taro đã tiếp đoàn cựu chiến binh Việt Nam tại Tokyo.")
    names = [o.name for o in doc.officials]
    assert "Hội Sakura" not in names
    assert "Yamada Taro" in names
