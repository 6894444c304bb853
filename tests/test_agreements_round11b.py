"""Agreements, round 11 (second part): a record signed with nothing naming it, its clause closing
right after, is the minutes of the talks told; a record named by words that are no document type
stays no document; "Biên bản đàm phán" is minutes. The sentences are written for these tests."""

from __future__ import annotations

from reading_helpers import read


def _run(text: str):
    return read("Tin biên phòng\n\n" + text)


def _agreements(text: str) -> list[tuple[str, list[str], tuple[str, ...]]]:
    doc = _run(text)
    return [(a.type, sorted(a.parties), tuple(r for rd in a.readings for r in rd.rules)) for a in doc.agreements]


_TALKS = ("Ngày 9/4/2025, tại Cửa khẩu Hữu Nghị, Bộ đội Biên phòng tỉnh Lạng Sơn và Cục Quản lý xuất nhập cảnh "
          "biên phòng Bằng Tường (Trung Quốc) tổ chức hội đàm định kỳ. ")


def test_a_bare_record_signed_after_talks_is_their_minutes() -> None:
    found = _agreements(_TALKS + "Kết thúc hội đàm, hai bên ký biên bản, thống nhất 5 nội dung hợp tác.")
    assert [(t, p) for t, p, _ in found] == [("Minutes", ["CHN", "VNM"])]
    assert "agreement.bare-record" in found[0][2]


def test_a_record_named_by_no_type_is_no_document() -> None:
    # (round 32: "biên bản tuần tra" is now the patrol's minutes, tests/test_agreement_patrol_records.py)
    text = _TALKS + "Hai đơn vị ký biên bản ghi nhận kết quả kiểm tra và thống nhất lịch tuần tra tiếp theo."
    assert _agreements(text) == []
    dropped = {(d.text, d.rule) for d in _run(text).dropped if d.layer == "agreement"}
    assert ("biên bản", "agreement.bare-record") in dropped


def test_a_bare_record_written_up_is_not_signed() -> None:
    assert _agreements(_TALKS + "Lực lượng chức năng đã lập biên bản, xử lý theo quy định.") == []


def test_record_of_negotiations_is_minutes() -> None:
    text = ("Ngày 12/5/2024, tại Hà Nội, đoàn đàm phán của Việt Nam và Trung Quốc họp về phân định vùng biển. "
            "Kết thúc phiên họp, hai bên ký Biên bản đàm phán.")
    assert [(t, p) for t, p, _ in _agreements(text)] == [("Minutes", ["CHN", "VNM"])]
