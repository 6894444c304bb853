"""Round 23: items of another kind glued after a defence story with no heading -- a trade
envoy's working session, a food week, a scholarship list, a world-news segment of a
bulletin, a compiler's signature followed by other items -- and a report's source read as
a person ("Theo Straits Times, ..."). None of their people may come out as officials; the
story before them stays whole."""

from __future__ import annotations

import pytest

from kg.pipeline.clean import CIVIL_ITEM, FOOTER, GLUED_STORY, clean_page
from tests.reading_helpers import drops, read

STORY = (
    "Tàu hộ vệ Hải quân Malaysia thăm Quy Nhơn\n\n"
    "Sáng 12/6, tàu hộ vệ KD Lekiu của Hải quân Hoàng gia Malaysia cập cảng Quy Nhơn, bắt đầu "
    "chuyến thăm hữu nghị bốn ngày. Đại tá Trịnh Quốc Bảo, Phó Tư lệnh Vùng 3 Hải quân, chủ trì lễ đón.\n\n"
    "Trong thời gian ở Quy Nhơn, thủy thủ đoàn hai nước giao lưu thể thao, tham quan các di tích "
    "và cùng tập huấn về tìm kiếm cứu nạn trên biển.\n\n"
    "Đây là lần thứ hai tàu Hải quân Hoàng gia Malaysia thăm tỉnh Bình Định kể từ năm 2019."
)


@pytest.mark.parametrize("item, person", [
    ("Cũng trong ngày 12/6, tại Sở Công Thương, ông Rizal Hamdan, Tham tán Thương mại Malaysia tại "
     "Việt Nam, làm việc với lãnh đạo Sở về xuất khẩu cà phê và hạt điều sang thị trường Hồi giáo.",
     "Rizal Hamdan"),
    ("Chiều 12/6, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Khổng Thị Ngân tiếp ông Tan Wei Ming, "
     "Giám đốc một tập đoàn bất động sản, bàn về dự án khu du lịch ven biển Nhơn Lý.",
     "Khổng Thị Ngân"),
    ("Cùng tuần, Đại sứ Malaysia tại Việt Nam Nur Aisyah Rahman dự lễ khai mạc Tuần lễ ẩm thực "
     "Malaysia tại một trung tâm thương mại, giới thiệu các món ăn truyền thống của bang Penang.",
     "Nur Aisyah Rahman"),
    ("Lãnh sự danh dự Malaysia tại Quy Nhơn Peter K. Lim hôm nay đã trao 15 suất học bổng đại học "
     "cho sinh viên có hoàn cảnh khó khăn của tỉnh, mỗi suất trị giá 20 triệu đồng.",
     "Peter K. Lim"),
])
def test_a_civil_item_glued_after_the_story_is_dropped(item: str, person: str) -> None:
    page = f"{STORY}\n\n{item}\n\nBiên tập: Ngọc Trâm | Quay phim: Đức Huy"
    cleaned = clean_page(page)
    assert person not in cleaned.text
    assert any(r.rule == CIVIL_ITEM and person in r.text for r in cleaned.removed)
    assert "lần thứ hai tàu Hải quân Hoàng gia Malaysia" in cleaned.text  # the story stays
    assert person not in {o.name for o in read(page).officials}


def test_a_last_paragraph_of_the_story_stays() -> None:
    """A paragraph with a word of the story's kind (ships, sailors, a drill) is the story's own,
    however it opens."""
    tail = ("Cùng ngày, Thượng tá Lê Văn Hiển, Chính ủy Lữ đoàn 162, đưa các thủy thủ Malaysia "
            "tham quan tàu và giới thiệu công tác huấn luyện của đơn vị.")
    cleaned = clean_page(f"{STORY}\n\n{tail}")
    assert "Lê Văn Hiển" in cleaned.text
    assert "Lê Văn Hiển" in {o.name for o in read(f"{STORY}\n\n{tail}").officials}


def test_a_civil_page_keeps_its_last_paragraph() -> None:
    """A page that tells no defence story at all is not cut by this rule."""
    page = ("Hội nghị xúc tiến đầu tư tỉnh Bình Định\n\n"
            "Sáng 3/4, tỉnh tổ chức hội nghị xúc tiến đầu tư với hơn 200 doanh nghiệp trong và ngoài nước, "
            "tập trung vào du lịch, nông nghiệp công nghệ cao và năng lượng tái tạo.\n\n"
            "Các doanh nghiệp được giới thiệu 45 dự án kêu gọi đầu tư với tổng vốn hơn 3 tỷ USD.\n\n"
            "Tỉnh cam kết hỗ trợ thủ tục đầu tư nhanh gọn, minh bạch cho các nhà đầu tư.\n\n"
            "Chiều 3/4, Chủ tịch UBND tỉnh Lã Văn Thành tiếp ông Kenji Sato, Tổng giám đốc một tập đoàn "
            "bán lẻ, bàn về việc mở trung tâm thương mại tại Quy Nhơn.")
    assert "Lã Văn Thành" in clean_page(page).text


@pytest.mark.parametrize("heading", ["THỜI SỰ QUỐC TẾ", "[09:41]  THỜI SỰ QUỐC TẾ", "Điểm tin thế giới",
                                     "Bản tin quốc tế"])
def test_a_world_news_segment_ends_the_bulletin(heading: str) -> None:
    world = ("BTV: Tổng thống Peru Ana Salcedo hôm nay tiếp Ngoại trưởng Ecuador Diego Arce tại Lima, "
             "hai bên bàn về hợp tác khai thác đồng và du lịch.")
    page = f"{STORY}\n\n{heading}\n\n{world}"
    cleaned = clean_page(page)
    assert "Salcedo" not in cleaned.text
    assert any(r.rule == FOOTER and "Salcedo" in r.text for r in cleaned.removed)
    names = {o.name for o in read(page).officials}
    assert not names & {"Ana Salcedo", "Diego Arce"}
    assert "Trịnh Quốc Bảo" in names


@pytest.mark.parametrize("signature", ["Vân Khánh tổng hợp", "Minh Hà lược dịch", "Thu Trang Lê biên dịch"])
def test_a_compilers_signature_closes_the_story(signature: str) -> None:
    after = ("Quý vị thân mến! Sáng nay, tại xã Phước Sơn, Phó Chủ tịch UBND huyện Tôn Nữ Quỳnh dự lễ "
             "khởi công cầu dân sinh qua sông Hà Thanh.")
    cleaned = clean_page(f"{STORY}\n\n{signature}\n\n{after}")
    assert "Tôn Nữ Quỳnh" not in cleaned.text
    assert any(r.rule == GLUED_STORY and "Tôn Nữ Quỳnh" in r.text for r in cleaned.removed)


@pytest.mark.parametrize("source", ["Theo Straits Times", "Theo Kyodo News", "Theo Yonhap"])
def test_a_reports_source_is_no_official(source: str) -> None:
    doc = read(f"{STORY}\n\n• {source}, Bộ trưởng Quốc phòng Singapore sẽ thăm Hàn Quốc vào cuối tháng 7.")
    assert not any(o.name.startswith("Theo") for o in doc.officials)
    # (a press source's name is dropped by its own rule, or earlier as a title read as a name)
    assert {"official.press-source", "official.title-read-as-name"} & set(drops(doc, "official"))


def test_a_person_named_theo_stays_an_official() -> None:
    doc = read("Sáng 4/5, Theo Francken, Bộ trưởng Quốc phòng Bỉ, thăm Học viện Quốc phòng tại Hà Nội.")
    assert "Theo Francken" in {o.name for o in doc.officials}
