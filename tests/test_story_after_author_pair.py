"""Round 30: a byline of two reporters joined by a dash ("Minh Tâm - Hải Yến") closes the body, and
a slogan or headline line and another unit's lead follow (its own people, no day at its opening):
another story glued to the page. Its people are not the story's officials; a lead naming the
story's own people after such a byline stays."""

from __future__ import annotations

from kg.pipeline.clean import STORY_AFTER_AUTHOR_PAIR, clean_page
from tests.reading_helpers import read

STORY = (
    "Biên phòng Kon Tum hội đàm với lực lượng bảo vệ biên giới tỉnh Attapeu\n\n"
    "Ngày 9/4, tại cửa khẩu Bờ Y, Đại tá Hồ Sĩ Nguyên, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Kon Tum, "
    "hội đàm với Đại tá Bounmy Sisavath, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Attapeu (Lào).\n\n"
    "Hai bên nhất trí tăng cường tuần tra song phương, trao đổi thông tin về tội phạm ma túy và "
    "xuất nhập cảnh trái phép qua biên giới.\n\n"
    "Kết thúc hội đàm, hai trưởng đoàn ký Biên bản hội đàm và cùng trồng cây hữu nghị tại cửa khẩu."
)
SLOGAN = "Biên phòng toàn dân - Vững chắc biên cương, bền chặt tình quân dân nơi địa đầu Tổ quốc"
OTHER = ("Đồn Biên phòng Đắk Long tổ chức Ngày hội đại đoàn kết cho hơn 200 hộ dân. Trung tá Đinh Công Hòa, "
         "Đội trưởng Đội vận động quần chúng cho biết, đơn vị đã trao 80 suất quà cho hộ nghèo.")


def test_a_story_after_two_authors_and_a_slogan_is_cut() -> None:
    page = f"{STORY}\n\nMinh Tâm - Hải Yến\n\n{SLOGAN}\n\n{OTHER}"
    cleaned = clean_page(page)
    assert any(r.rule == STORY_AFTER_AUTHOR_PAIR and "Đắk Long" in r.text for r in cleaned.removed)
    names = {o.name for o in read(page).officials}
    assert "Đinh Công Hòa" not in names
    assert {"Hồ Sĩ Nguyên", "Bounmy Sisavath"} <= names


def test_a_lead_of_the_story_s_own_people_stays() -> None:
    own = ("Đại tá Hồ Sĩ Nguyên cho biết, thời gian tới đơn vị sẽ phối hợp với phía Lào tổ chức "
           "tuần tra chung trên các đường mòn qua biên giới tỉnh Attapeu.")
    page = f"{STORY}\n\nMinh Tâm - Hải Yến\n\n{SLOGAN}\n\n{own}"
    assert "đường mòn qua biên giới" in clean_page(page).text
