"""A last paragraph opening on a speaker named before his title ("Bà X, Tham tán Thương mại Canada ..., cho
biết ..."), with no defence word, after a defence story that never names the speaker's country: another item
glued to the page (clean.civil-item-at-end, round 52b). Sentences written for the test."""

from tests.reading_helpers import officials_by_name, read, removed

STORY = (
    "Tàu khu trục Hàn Quốc thăm Đà Nẵng\n\n"
    "Sáng 3/11, tàu khu trục Gwanggaeto cùng 250 thủy thủ đã cập cảng Tiên Sa, bắt đầu chuyến thăm Đà Nẵng.\n\n"
    "Đại tá Phan Quốc Vinh, Phó Tư lệnh Vùng 3 Hải quân chủ trì lễ đón. Tham dự có ông Kim Do-hyun, Tổng lãnh sự "
    "Hàn Quốc tại Đà Nẵng.\n\n"
    "Trong thời gian ở Đà Nẵng, thủy thủ tàu sẽ giao lưu thể thao với cán bộ, chiến sĩ Hải quân Việt Nam."
)


def test_a_new_countrys_speaker_closing_the_page_goes():
    doc = read(STORY + "\n\nBà Chloe Tremblay, Tham tán Thương mại của Đại sứ quán Canada tại Hà Nội, cho biết "
               "các công ty Canada muốn bán thêm lúa mì và thịt bò vào thị trường miền Trung. Phát biểu tại một "
               "hội chợ ở quận Hải Châu chiều cùng ngày, bà cho rằng thủ tục hải quan đã thông thoáng hơn.")
    assert "Chloe Tremblay" not in officials_by_name(doc)
    assert "clean.civil-item-at-end" in removed(doc)


def test_a_speaker_of_the_storys_country_stays():
    doc = read(STORY + "\n\nÔng Lee Jae-sung, Tham tán Thương mại Hàn Quốc tại Việt Nam, cho biết các công ty "
               "Hàn Quốc muốn mở rộng đầu tư vào các khu công nghiệp của thành phố.")
    assert "clean.civil-item-at-end" not in removed(doc)
    assert "Lee Jae-sung" in officials_by_name(doc)
