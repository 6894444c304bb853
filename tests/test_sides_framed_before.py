"""Talks presupposed by "Tại buổi hội đàm, ..." (round 50r) on a page that tells no event before them, but
frames each delegation right before ("Về phía Việt Nam, Đại tá A ... làm trưởng đoàn. Về phía Lào, trưởng đoàn
là ông B ..."): the framed countries are the talks' sides. Without the frames, nothing opens."""

from reading_helpers import events, rules_of

FRAMES = ("Về phía Việt Nam, Đại tá Nguyễn Văn Toàn, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Hà Giang làm trưởng đoàn "
          "cùng các cán bộ của đơn vị. Về phía Lào, trưởng đoàn là ông Bounmy Sisavath, Chỉ huy trưởng Bộ Chỉ "
          "huy Quân sự tỉnh Phongsaly cùng các thành viên trong đoàn. ")
TALKS = ("Tại buổi hội đàm, trong không khí thẳng thắn và hữu nghị, hai bên nhất trí tăng cường trao đổi "
         "thông tin và phối hợp quản lý đường biên giới.")


def test_talks_take_the_sides_framed_before_them() -> None:
    found = events(FRAMES + TALKS, kind="Talks")
    assert len(found) == 1
    assert "event.sides-framed-before" in rules_of(found)
    assert set(found[0].countries) == {"VNM", "LAO"}


def test_talks_with_no_framed_sides_open_nothing() -> None:
    text = ("Đơn vị đã tổ chức tổng kết công tác năm tại Hà Giang và đề ra nhiệm vụ năm tới. " + TALKS)
    assert events(text, kind="Talks") == []
