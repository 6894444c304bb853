"""A mid-article excerpt presupposing the delegation's visit (round 52g): "trong thời gian chuyến thăm, đoàn đã đến
chào xã giao A ...; hội đàm với B" with no visit told before is the page's visit, between Vietnam (named on the page)
and the one foreign country of its sentence (`event.visit-presupposed`); a visit told before keeps it one, and a
frame naming the country visited ("trong thời gian thăm Nhật Bản, ... sẽ ...") is no bare visit."""

from tests.reading_helpers import read, rules_of

CAPTION = "Đô đốc Sato Kenji tiếp Chuẩn Đô đốc Lê Văn Bình và đoàn Hải quân nhân dân Việt Nam. Ảnh: TTXVN\n\n"
BODY = ("Theo phóng viên TTXVN tại Nhật Bản, trong thời gian chuyến thăm, đoàn đã đến chào xã giao Đô đốc Sato Kenji, "
        "Tham mưu trưởng Lực lượng Phòng vệ Biển Nhật Bản; hội đàm với Phó Đô đốc Ito Hiroshi, Tư lệnh Hạm đội "
        "Hộ tống; thăm căn cứ Yokosuka.")


def _visits(text: str) -> list:
    return [e for e in read(text).events if e.type == "Visit"]


def test_the_frames_bare_visit_is_the_pages_visit():
    visits = _visits(CAPTION + BODY)
    assert [sorted(v.countries) for v in visits] == [["JPN", "VNM"]]
    assert "event.visit-presupposed" in rules_of(visits)


def test_a_visit_told_before_stays_one():
    told = "Từ ngày 3 đến 6/5, Chuẩn Đô đốc Lê Văn Bình dẫn đầu đoàn Hải quân nhân dân Việt Nam thăm Nhật Bản.\n\n"
    visits = _visits(told + BODY)
    assert len(visits) == 1
    assert "event.visit-presupposed" not in rules_of(visits)


def test_a_frame_naming_the_country_is_no_bare_visit():
    planned = BODY.replace("trong thời gian chuyến thăm, đoàn đã đến", "trong thời gian thăm Nhật Bản, đoàn sẽ đến")
    assert "event.visit-presupposed" not in rules_of(_visits(CAPTION + planned))
