"""A weather widget or ticker line, its label then a colon ("Dự báo thời tiết biển 24h: ...", "Thời tiết Vinh:
24°C"), is page furniture (round 52f, `clean.widget`): set above the headline, its long forecast closed by a full
stop had counted as the body's first paragraph, and the story's own lead after it ("HQ Online - ...") was cut as
another story's (`clean.second-lead`). A body sentence about the weather stays."""

from tests.reading_helpers import events, read, removed

PAGE = """BÁO HẢI QUÂN - Cơ quan của Bộ Tư lệnh Quân chủng Hải quân
Trang chủ | Tin tức | Hải quân với bạn bè quốc tế | Video
Dự báo thời tiết biển 24h: Bắc Biển Đông gió đông bắc cấp 6, giật cấp 8; vùng biển phía Nam gió đông cấp 4-5, sóng cao 2-3m.

Hải quân với bạn bè quốc tế · 20/05/2026 10:15

Phó Tư lệnh Hải quân gặp Tư lệnh Hải quân Thái Lan bên lề hội thảo

HQ Online - Chiều 18/5, tại Bangkok, Thái Lan, Chuẩn Đô đốc Lương Văn Tường, Phó Tư lệnh Quân chủng Hải quân đã gặp Đô đốc Somchai Rattanakorn, Tư lệnh Hải quân Hoàng gia Thái Lan.

Hai bên trao đổi về hợp tác đào tạo, tìm kiếm cứu nạn trên biển và trao đổi đoàn giữa hai lực lượng hải quân trong thời gian tới.

Đô đốc Somchai Rattanakorn cảm ơn Hải quân Việt Nam đã cử đoàn sang dự và mong muốn hai bên duy trì liên lạc thường xuyên.
"""


def test_a_weather_line_above_the_headline_does_not_make_the_lead_a_second_story():
    doc = read(PAGE)
    assert "clean.second-lead" not in removed(doc)
    assert "clean.widget" in removed(doc)
    meetings = [e for e in doc.events if e.type == "Meeting"]
    assert len(meetings) == 1 and set(meetings[0].countries) == {"VNM", "THA"}


BODY = """Tàu 016 kết thúc chuyến thăm Philippines

Sáng 22/5, tàu 016-Quang Trung đã cập cảng Manila, bắt đầu chuyến thăm hữu nghị Philippines.

Thời tiết trên biển những ngày qua có gió mạnh, sóng cao, nhưng cán bộ, chiến sĩ trên tàu vẫn hoàn thành tốt nhiệm vụ được giao.
"""


def test_a_body_sentence_about_the_weather_stays():
    doc = read(BODY)
    assert "clean.widget" not in removed(doc)
    assert "gió mạnh" in doc.text
    assert [e.type for e in events(BODY)] == ["PortCall"]
