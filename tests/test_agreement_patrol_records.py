"""Round 32: the record two sides' commanders sign at the close of a joint patrol ("ký biên bản tuần tra
chung") and a yearly cooperation record signed at talks ("ký Biên bản hợp tác năm 2026 với ...") are
Minutes, as the tuning golds read them (rounds 11-27 had left them no document); "hai bên ký biên bản
hội đàm" in a new paragraph about talks with another side takes that side, not the document told in
the paragraph before. Sentences written for the test."""

from __future__ import annotations

from reading_helpers import read


def _agreements(text: str) -> list[tuple[str, list[str], str]]:
    doc = read("Tin biên phòng\n\n" + text)
    return [(a.type, sorted(a.parties), a.label) for a in doc.agreements]


def test_the_record_closing_a_joint_patrol_is_minutes() -> None:
    found = _agreements(
        "Ngày 14/5/2026, Vùng 5 Hải quân và Hải quân Hoàng gia Campuchia tổ chức tuần tra chung lần thứ 60 "
        "trên vùng nước lịch sử. Kết thúc tuần tra, hai chỉ huy biên đội ký biên bản tuần tra chung và "
        "thống nhất thời gian cho lần tuần tra tiếp theo.")
    assert [(t, p) for t, p, _ in found] == [("Minutes", ["KHM", "VNM"])]
    assert found[0][2] == "Biên bản tuần tra chung"


def test_a_yearly_cooperation_record_signed_at_talks_is_minutes() -> None:
    found = _agreements(
        "Ngày 3/3/2026, đoàn công tác Bộ CHQS tỉnh Sơn La thăm, làm việc tại tỉnh Luang Prabang (Lào). Tại "
        "buổi hội đàm, hai bên ký Biên bản hợp tác năm 2026 với Bộ CHQS tỉnh Luang Prabang.")
    assert [(t, p) for t, p, _ in found] == [("Minutes", ["LAO", "VNM"])]


def test_a_cooperation_record_of_an_earlier_year_is_background() -> None:
    found = _agreements(
        "Ngày 3/3/2026, đoàn công tác Bộ CHQS tỉnh Sơn La thăm, làm việc tại tỉnh Luang Prabang (Lào). Hai "
        "bên đánh giá việc thực hiện Biên bản hợp tác năm 2024 đã ký kết.")
    assert found == []


def test_records_of_two_paragraphs_keep_their_own_sides() -> None:
    found = _agreements(
        "Ngày 3/3/2026, đoàn công tác Bộ CHQS tỉnh Sơn La thăm, làm việc tại tỉnh Luang Prabang (Lào). Tại "
        "buổi hội đàm, hai bên ký Biên bản hợp tác năm 2026 với Bộ CHQS tỉnh Luang Prabang.\n\n"
        "Ngày 20/4/2026, tại cửa khẩu Tây Trang, Bộ CHQS tỉnh hội đàm với Quân phân khu Văn Sơn (Trung "
        "Quốc). Hai bên ký biên bản hội đàm về phối hợp quản lý biên giới.")
    assert sorted((t, p) for t, p, _ in found) == [("Minutes", ["CHN", "VNM"]), ("Minutes", ["LAO", "VNM"])]
