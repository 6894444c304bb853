"""A page's last paragraph that is another item glued on with no opening cue (round 43d,
clean.unrelated-item-at-end): it never refers back to the story, introduces people of its own and tells a
time of its own. Sentences of our own."""

from kg.pipeline.clean import UNRELATED_ITEM, clean_page

from tests.reading_helpers import read

STORY = (
    "Bộ trưởng Quốc phòng Việt Nam hội đàm với Bộ trưởng Quốc phòng Australia\n\n"
    "Sáng 12/3, tại Hà Nội, Đại tướng Hoàng Minh Khôi, Bộ trưởng Bộ Quốc phòng Việt Nam đã chủ trì lễ đón và "
    "hội đàm với Bộ trưởng Quốc phòng Australia Daniel Whitford nhân chuyến thăm chính thức Việt Nam từ ngày 11 "
    "đến 13/3.\n\n"
    "Tại hội đàm, hai Bộ trưởng đánh giá cao kết quả hợp tác quốc phòng giữa hai nước thời gian qua, nhất là "
    "trong lĩnh vực gìn giữ hòa bình Liên hợp quốc, đào tạo và khắc phục hậu quả chiến tranh.\n\n"
    "Đại tướng Hoàng Minh Khôi đề nghị hai bên tiếp tục duy trì đối thoại, trao đổi đoàn các cấp và mở rộng "
    "hợp tác an ninh biển, công nghiệp quốc phòng.\n\n"
    "Bộ trưởng Daniel Whitford khẳng định Australia coi trọng quan hệ Đối tác chiến lược toàn diện với Việt Nam "
    "và mong muốn hai quân đội hợp tác chặt chẽ hơn.\n\n"
)


def _cut(last: str) -> bool:
    return any(r.rule == UNRELATED_ITEM for r in clean_page(STORY + last + "\n\nMinh Anh").removed)


def test_a_trade_fair_announced_for_later_months_goes():
    last = ("Hội chợ Thương mại quốc tế Trung Quốc - Nam Á lần thứ 9 sẽ khai mạc tại Côn Minh vào tháng 8 tới với "
            "hơn 2.000 gian hàng; ông Mã Kiến Quốc, Phó Tỉnh trưởng tỉnh Vân Nam cho biết Pakistan là nước danh dự "
            "năm nay.")
    assert _cut(last)
    assert "Mã Kiến Quốc" not in {o.name for o in read(STORY + last).officials}


def test_another_development_with_a_spokesman_of_its_own_day_goes():
    last = ("Trong khi đó, Bộ Ngoại giao Trung Quốc hôm thứ Ba phản đối việc Philippines tăng cường tuần tra gần "
            "bãi Cỏ Mây. Người phát ngôn Trương Hạo Nhiên nói Bắc Kinh sẽ bảo vệ chủ quyền bằng mọi biện pháp.")
    assert _cut(last)
    assert "Trương Hạo Nhiên" not in {o.name for o in read(STORY + last).officials}


def test_a_paragraph_that_refers_back_stays():
    assert not _cut("Theo kế hoạch, ngày 14/3, Bộ trưởng Daniel Whitford sẽ tới Thành phố Hồ Chí Minh, thăm "
                    "một số doanh nghiệp và cơ sở đào tạo.")  # the story's guest
    assert not _cut("Hội nghị lần tới sẽ được tổ chức tại Malaysia vào tháng 11 tới, do Bộ trưởng Quốc phòng "
                    "Malaysia Mohamed Khaled Nordin chủ trì.")  # the next edition
    assert not _cut("Ngày 14/3, Thiếu tướng Mark Kendall, Phó Tư lệnh Lục quân, thăm Trường Sĩ quan Đặc công, "
                    "nghe giới thiệu về chương trình huấn luyện.")  # an officer: the graph's kind


def test_a_quote_or_a_statement_on_the_story_matter_stays():
    assert not _cut("Tiến sĩ Lê Minh Châu, Viện Nghiên cứu Chiến lược, cho rằng hợp tác thực chất trong đào tạo "
                    "là điểm sáng của quan hệ song phương những năm gần đây.")  # no time of its own
    assert not _cut("Đại sứ Australia tại Hà Nội Gillian Bird hôm thứ Năm cho biết nước này sẵn sàng hỗ trợ đào "
                    "tạo ngoại ngữ cho sĩ quan gìn giữ hòa bình.")  # a defence word, the story's country
