"""A last paragraph with no opening cue in which a Vietnamese host the story never names meets a guest of a
country the story never names, with no defence word: another item glued to the page (round 48e)."""

from tests.reading_helpers import officials_by_name, read, removed

STORY = (
    "Thứ trưởng Bộ Quốc phòng tiếp Đại sứ Na Uy\n\n"
    "Sáng 19/3, tại Hà Nội, Thượng tướng Tô Đình Lương, Thứ trưởng Bộ Quốc phòng đã tiếp Đại sứ Na Uy tại "
    "Việt Nam Eirik Solberg đến chào xã giao nhân dịp nhận nhiệm kỳ công tác.\n\n"
    "Thượng tướng Tô Đình Lương đề nghị hai bên đẩy mạnh hợp tác rà phá bom mìn và gìn giữ hòa bình.\n\n"
    "Đại sứ Eirik Solberg khẳng định Na Uy sẵn sàng hỗ trợ Việt Nam trong các lĩnh vực này."
)


def test_a_new_hosts_meeting_with_a_new_country_goes():
    doc = read(STORY + "\n\nPhó Chủ tịch nước Lâm Thị Ngọc Hà tiếp Bộ trưởng Nông nghiệp Paraguay Óscar Benítez, "
               "hai bên trao đổi về xuất khẩu gạo và cà phê.")
    assert "Óscar Benítez" not in officials_by_name(doc)
    assert "Lâm Thị Ngọc Hà" not in officials_by_name(doc)
    assert "clean.civil-item-at-end" in removed(doc)


def test_the_story_hosts_next_meeting_stays_when_its_guest_is_the_storys_country():
    doc = read(STORY + "\n\nBộ trưởng Ngoại giao Lâm Thị Ngọc Hà cũng tiếp Đại sứ Eirik Solberg, trao đổi về "
               "hợp tác thương mại.")
    assert "clean.civil-item-at-end" not in removed(doc)


def test_a_meeting_opening_on_the_visit_stays():
    doc = read(STORY + "\n\nTrong chuyến thăm, Phó Chủ tịch nước Lâm Thị Ngọc Hà gặp Bộ trưởng Nông nghiệp "
               "Paraguay Óscar Benítez, trao đổi về xuất khẩu gạo.")
    assert "clean.civil-item-at-end" not in removed(doc)
