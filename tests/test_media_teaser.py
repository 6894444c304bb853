"""A media box's title after the body ("Video: ...", dropped as a widget) and the teaser under it:
another item glued to the page when the title names a country the story never names (round 48e)."""

from tests.reading_helpers import officials_by_name, read, removed

STORY = (
    "Bộ Quốc phòng tiếp Tùy viên Quốc phòng Hy Lạp\n\n"
    "Chiều 6/5, tại Hà Nội, Trung tướng Mai Xuân Trường, Cục trưởng Cục Đối ngoại, Bộ Quốc phòng đã tiếp "
    "Đại tá Nikos Petridis, Tùy viên Quốc phòng Hy Lạp tại Việt Nam đến chào nhân dịp nhận nhiệm vụ.\n\n"
    "Trung tướng Mai Xuân Trường đề nghị hai bên thúc đẩy hợp tác đào tạo và trao đổi đoàn các cấp.\n\n"
    "Đại tá Nikos Petridis cảm ơn sự đón tiếp và mong muốn đóng góp cho quan hệ hai nước."
)


def test_a_video_teaser_of_another_country_goes_with_its_title():
    doc = read(STORY + "\n\nVideo: Hải quân Peru và Colombia tập trận chung trên Thái Bình Dương\n\n"
               "Chuẩn Đô đốc Hernán Quispe, chỉ huy cuộc tập trận, nói hơn 800 thủy thủ đã tham gia.")
    assert "Hernán Quispe" not in officials_by_name(doc)
    assert "clean.media-teaser-at-end" in removed(doc)
    assert "Nikos Petridis" in officials_by_name(doc)


def test_a_clip_box_of_a_foreign_item_after_an_author_goes_too():
    doc = read(STORY + "\n\nThanh Hương\n\nClip: Tổng thống Kenya thăm Tanzania\n\n"
               "Ông Daniel Mwangi, Bộ trưởng Ngoại giao, cho biết Nairobi muốn mở rộng thương mại với Dodoma.")
    assert "Daniel Mwangi" not in officials_by_name(doc)


def test_a_video_box_of_the_story_itself_keeps_what_follows():
    doc = read(STORY + "\n\nVideo: Tùy viên Quốc phòng Hy Lạp chào Cục Đối ngoại\n\n"
               "Dịp này, Đại tá Nikos Petridis đã thăm Bảo tàng Lịch sử Quân sự Việt Nam.")
    assert "clean.media-teaser-at-end" not in removed(doc)
    assert "Bảo tàng Lịch sử Quân sự" in doc.text


def test_a_foreign_video_box_inside_the_story_keeps_the_story_going_on():
    doc = read(STORY + "\n\nVideo: Hải quân Peru và Colombia tập trận chung\n\n"
               "Hai bên cũng nhất trí phối hợp tại các diễn đàn đa phương.")
    assert "phối hợp tại các diễn đàn đa phương" in doc.text
