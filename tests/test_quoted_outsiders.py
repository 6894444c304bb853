"""People quoted on a defence story who act for no state in it: an analyst of a think
tank ("Giám đốc ... thuộc CSIS") and a foreign leader in a pull-quote box of another
story. Sentences of our own."""
from reading_helpers import read

STORY = (
    "Hải quân hai nước diễn tập chung trên biển\n\n"
    "Sáng 3/4, tại Cam Ranh, Chuẩn Đô đốc Lê Quang Minh, Phó Tư lệnh Quân chủng Hải quân đã đón đoàn "
    "tàu Hải quân Ấn Độ do Chuẩn Đô đốc Rajesh Dhankhar dẫn đầu.\n\n"
    "Trong thời gian ở Việt Nam, hai bên tổ chức diễn tập tìm kiếm cứu nạn và giao lưu thể thao.\n\n"
    "{extra}\n\n"
    "Chuyến thăm góp phần củng cố quan hệ Đối tác chiến lược toàn diện giữa hai nước.\n"
)


def names(text: str) -> set[str]:
    return {o.name for o in read(text).officials}


def test_think_tank_researcher_is_no_official() -> None:
    extra = ("Bà Susan Whitfield, Giám đốc Chương trình châu Á thuộc Viện Lowy, nhận định hai lực lượng "
             "hải quân ngày càng tin cậy nhau.")
    got = names(STORY.format(extra=extra))
    assert "Susan Whitfield" not in got
    assert {"Lê Quang Minh", "Rajesh Dhankhar"} <= got


def test_csis_director_is_no_official() -> None:
    extra = ("Theo ông Mark Hollins, Giám đốc Sáng kiến Minh bạch Hàng hải châu Á thuộc Trung tâm Nghiên "
             "cứu Chiến lược và Quốc tế (CSIS), các cuộc diễn tập như vậy ngày càng thường xuyên.")
    assert "Mark Hollins" not in names(STORY.format(extra=extra))


def test_ranked_officer_at_an_institute_stays() -> None:
    extra = ("Đại tá Trần Quốc Bảo, nghiên cứu viên của Viện Chiến lược Quốc phòng, cho biết hai bên "
             "sẽ mở rộng hợp tác.")
    assert "Trần Quốc Bảo" in names(STORY.format(extra=extra))


def test_foreign_leader_pull_quote_goes() -> None:
    extra = ("“An ninh hàng hải là lợi ích chung của mọi quốc gia ven biển trong khu vực.” — Thủ tướng "
             "New Zealand Daniel Brooke, phát biểu tại một hội nghị ở Wellington")
    doc = read(STORY.format(extra=extra))
    assert "Daniel Brooke" not in {o.name for o in doc.officials}
    assert "NZL" not in {c.code for c in doc.countries}


def test_pull_quote_of_the_story_stays() -> None:
    extra = ("“Chúng tôi luôn sẵn sàng phối hợp với bạn trong tìm kiếm cứu nạn trên biển.” — Chuẩn Đô đốc "
             "Rajesh Dhankhar, Hải quân Ấn Độ")
    assert "Rajesh Dhankhar" in names(STORY.format(extra=extra))
