"""A saved text page opening with the outlet's name ("Báo X điện tử", "BÁO Y - Cơ quan của ..."), which
the cleaning keeps, above its menu, stamp and headline: the outlet's name is no body line, so the headline
below it still names its official; a stamp or share bar the headline run took is never the headline
(round 48n)."""

from __future__ import annotations

from kg.pipeline.headline import top_headline
from tests.reading_helpers import read as read_doc

HEADLINE = "Thượng tá Lò Văn Sinh hội đàm với Tiểu đoàn Bảo vệ biên giới 301 tỉnh Phông Sa Lỳ"
BODY = ("HBĐT - Sáng 11/3, tại Đồn Biên phòng Si Pa Phìn, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội đàm với "
        "Tiểu đoàn Bảo vệ biên giới 301 tỉnh Phông Sa Lỳ (Lào).\n\n"
        "Chủ trì hội đàm phía Việt Nam là Thượng tá, Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh. Hai bên thống nhất "
        "tăng cường tuần tra song phương trong năm 2026.\n")


def read(text: str):
    doc = read_doc(text)
    return doc, {o.name: o.country for o in doc.officials}


def test_a_ranked_officer_in_the_headline_under_the_outlets_name() -> None:
    text = ("Báo Sơn Cước điện tử\n"
            "中文 | Mông - Dao | English | Đăng nhập\n"
            "Trang chủ  Thời sự  Chính trị  Kinh tế  Xã hội  Quốc phòng - An ninh  Biên giới  Du lịch\n\n"
            "Quốc phòng - An ninh\n"
            "11/03/2026 10:05\n\n"
            f"{HEADLINE}\n\n" + BODY)
    doc, found = read(text)
    assert top_headline(doc) == HEADLINE
    assert found.get("Lò Văn Sinh") == "VNM"


def test_a_masthead_with_its_tagline_and_a_stamp_in_the_run() -> None:
    text = ("BÁO SƠN CƯỚC - CƠ QUAN CỦA ĐẢNG BỘ TỈNH SƠN CƯỚC\n"
            "Trang chủ | Thời sự | Biên giới | Quốc phòng - An ninh | Xã hội\n"
            "Biên giới › Đối ngoại biên phòng\n"
            f"{HEADLINE}\n"
            "Cập nhật lúc: 10:05, Thứ Tư, 11/03/2026 (GMT+7)\n\n" + BODY)
    doc, found = read(text)
    assert top_headline(doc) == HEADLINE
    assert found.get("Lò Văn Sinh") == "VNM"


def test_a_body_sentence_opening_with_an_outlet_still_starts_the_body() -> None:
    # a lead that names a paper is a sentence: the lines dropped below it are no headline of the page
    text = ("Báo Sơn Cước điện tử đưa tin, sáng 11/3 hai bên đã hội đàm tại Đồn Biên phòng Si Pa Phìn.\n"
            "Trang chủ | Thời sự | Biên giới\n"
            f"{HEADLINE}\n"
            "Tin liên quan một\n" + BODY)
    doc, _ = read(text)
    assert top_headline(doc) is None
