"""An earlier item of another story glued at the end of a page, told with its own day and place ("Trước
đó, ngày 8/3, tại Jakarta, Thượng tướng X hội đàm với ..."): its Vietnamese people are none of the story's
and it names neither Việt Nam nor the story's country, so it goes (`clean.news-item-other-people`, round
31), as a same-day item does. The story's own earlier step stays. Sentences are our own."""

from __future__ import annotations

import pytest

from kg.pipeline.clean import NEWS_ITEM_OTHER_PEOPLE, clean_page
from tests.reading_helpers import read

STORY = (
    "Thứ trưởng Bộ Quốc phòng tiếp Tùy viên Quốc phòng Nhật Bản\n\n"
    "Chiều 10/3, tại Hà Nội, Thượng tướng Phạm Hồng Quân, Thứ trưởng Bộ Quốc phòng, đã tiếp Đại tá Sato "
    "Kenji, Tùy viên Quốc phòng Đại sứ quán Nhật Bản, đến chào nhân dịp nhận nhiệm vụ.\n\n"
    "Thứ trưởng đề nghị Đại tá Sato Kenji làm tốt vai trò cầu nối, thúc đẩy hợp tác trong các lĩnh vực đào tạo, "
    "quân y và khắc phục hậu quả chiến tranh.\n\n"
    "Hai bên nhất trí tiếp tục triển khai hiệu quả các thỏa thuận đã ký, tăng cường trao đổi đoàn các cấp."
)


def _names(doc) -> set[str]:
    return {o.name for o in doc.officials}


def test_an_earlier_item_of_other_people_in_another_country_goes() -> None:
    item = ("Trước đó, ngày 8/3, tại Jakarta, Thượng tướng Lương Đức Mạnh, Tổng Tham mưu phó, đã hội đàm với "
            "Tư lệnh Quân đội Indonesia, hai bên trao đổi về hợp tác an ninh biển.")
    page = f"{STORY}\n\n{item}"
    assert NEWS_ITEM_OTHER_PEOPLE in {r.rule for r in clean_page(page).removed}
    doc = read(page)
    assert "Lương Đức Mạnh" not in _names(doc)
    assert "IDN" not in {m.code for m in doc.countries}


@pytest.mark.parametrize("item", [
    # the story's own person, an earlier step
    "Trước đó, ngày 8/3, tại Bộ Quốc phòng, Thượng tướng Phạm Hồng Quân đã chủ trì cuộc họp chuẩn bị cho "
    "chuyến thăm Indonesia của đoàn quân sự cấp cao.",
    # the story's country again
    "Trước đó, ngày 8/3, tại Tokyo, Thượng tướng Lương Đức Mạnh, Tổng Tham mưu phó, đã hội đàm với Tham mưu "
    "trưởng Liên quân Nhật Bản về hợp tác gìn giữ hòa bình.",
])
def test_an_earlier_step_of_the_story_stays(item: str) -> None:
    page = f"{STORY}\n\n{item}"
    cleaned = clean_page(page)
    assert NEWS_ITEM_OTHER_PEOPLE not in {r.rule for r in cleaned.removed}
    assert item in cleaned.text  # kept whole, by no other rule cut either
