"""Countries where a peacekeeping mission or unit serves ("các phái bộ tại Nam Sudan, ... và Cộng hòa
Trung Phi", "Bệnh viện dã chiến cấp 2 ở Nam Sudan") are places, not sides (`country.mission-place`)."""

from __future__ import annotations

from kg.pipeline import extract


def _countries(doc) -> set[str]:
    return {c for e in doc.events for c in e.countries} | set(doc.partners or [])


def test_where_a_peacekeeping_mission_serves_is_no_partner() -> None:
    text = ("Sáng 4/6, tại Hà Nội, Cục Gìn giữ hòa bình Việt Nam và Lực lượng Quốc phòng New Zealand tổ chức "
            "Hội thảo \"Kinh nghiệm triển khai lực lượng\". Hội thảo có 80 đại biểu là sĩ quan đã tham gia các "
            "phái bộ tại Nam Sudan, Khu vực hành chính Abyei và Cộng hòa Trung Phi. Đại tá Lò Văn Dũng cho biết "
            "Bệnh viện dã chiến cấp 2 số 7 ở Nam Sudan sẽ luân phiên vào tháng 10.")
    doc = extract(text)
    assert _countries(doc) == {"VNM", "NZL"}


def test_a_country_after_tai_of_another_word_stays() -> None:
    text = ("Sáng 4/6, tại Hà Nội, Thượng tướng Lê Minh Đức tiếp Đại tướng Aung Myint, Tư lệnh Lục quân "
            "Myanmar, nhân dịp ông thăm và làm việc tại Việt Nam. Trước đó, ông đã tham dự hội thảo tại Lào.")
    assert "LAO" in {c.code for c in extract(text).countries}
