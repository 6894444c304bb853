"""Round 48b: a document named as what is carried out, not held or signed. A joint patrol named inside
a regulation on it, "phối hợp" or "hợp tác" between ("thực hiện quy chế phối hợp tuần tra chung"), is no
Exercise, as "quy chế tuần tra chung" is not; a treaty a memorandum carries out ("ký bản ghi nhớ thực
hiện nghiêm Hiệp định về ...") is not signed with it; "ký và thực hiện X" signs X. Sentences written
for the test."""

from __future__ import annotations

from reading_helpers import read

_TALKS = ("Chiều 9/10, tại Hà Tiên, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang và Bộ Tư lệnh Hiến binh tỉnh "
          "Kampot (Campuchia) tổ chức hội nghị giao ban lần thứ 12 và sơ kết 5 năm thực hiện quy chế phối hợp tuần "
          "tra chung, trao đổi thông tin giữa hai đơn vị.\nĐồng chủ trì hội nghị có Đại tá Lê Văn Khải, Chỉ huy "
          "trưởng Bộ đội Biên phòng tỉnh Kiên Giang và Thiếu tướng Sam Sophal, Tư lệnh Hiến binh tỉnh Kampot.\n")


def test_a_patrol_named_inside_its_regulation_is_no_exercise() -> None:
    doc = read("Tin biên phòng\n\n" + _TALKS + "Qua 5 năm thực hiện Quy chế hợp tác tuần tra song phương, hai "
               "bên đã phối hợp chặt chẽ.")
    assert [e.type for e in doc.events] == ["Conference"]


def test_a_treaty_the_memorandum_carries_out_is_not_signed() -> None:
    doc = read("Tin biên phòng\n\n" + _TALKS + "Tại hội nghị, hai bên đã ký kết bản ghi nhớ thực hiện nghiêm "
               "Hiệp định về quản lý vùng biển chung giữa hai nước.")
    assert [a.type for a in doc.agreements] == ["MemorandumOfUnderstanding"]


def test_signed_and_carried_out_is_signed() -> None:
    doc = read("Tin biên phòng\n\n" + _TALKS + "Tại hội nghị, hai bên đã ký và thực hiện Thỏa thuận về trao đổi "
               "thông tin trên biển.")
    assert [a.type for a in doc.agreements] == ["CooperationAgreement"]
