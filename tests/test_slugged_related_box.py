"""A related-news box whose headlines each open with an image's alt-text slug, lower case without
diacritics ("TIN LIÊN QUAN" / "bo truong x tiep dai su y Tổng thống Kenya tiếp ..."): the slug's lower case
wrapped the box into one paragraph, so no box rule saw it and a foreign headline in it gave a partner
(`clean.slugged-related-box`, round 32, heldout49)."""

from __future__ import annotations

from kg.pipeline.clean import clean_page
from tests.reading_helpers import read

SLUG = "thu truong le van an tiep dai su hungary"
BOXED = ("Thứ trưởng Lê Văn An tiếp Đại sứ Hungary\n\n"
         "Sáng 4/3, tại Hà Nội, Thượng tướng Lê Văn An, Thứ trưởng Bộ Quốc phòng, đã tiếp ông Laszlo Kertesz, "
         "Đại sứ Hungary tại Việt Nam, đến chào xã giao nhân dịp nhận nhiệm vụ.\n"
         "TIN LIÊN QUAN\n"
         f"{SLUG} Việt Nam - Hungary: Mở rộng hợp tác giáo dục, đào tạo\n"
         f"{SLUG} Tổng thống Kenya tiếp Ngoại trưởng Uganda\n\n"
         "Cùng dự buổi tiếp có đại diện Cục Đối ngoại và Tùy viên Quốc phòng Hungary tại Việt Nam.\n\n"
         "Tại buổi tiếp, hai bên nhất trí thúc đẩy hợp tác đào tạo và gìn giữ hòa bình Liên hợp quốc.\n\n"
         f"{SLUG}\n\n"
         "Thứ trưởng Lê Văn An trao quà lưu niệm cho Đại sứ Laszlo Kertesz.\n\n"
         f"{SLUG}\n")


def test_a_slugged_box_goes_and_the_story_stays() -> None:
    cleaned = clean_page(BOXED)
    assert "Kenya" not in cleaned.text and "Uganda" not in cleaned.text
    assert "Cùng dự buổi tiếp" in cleaned.text and "gìn giữ hòa bình" in cleaned.text
    assert "clean.slugged-related-box" in {r.rule for r in cleaned.removed}


def test_a_slugged_box_names_no_partner() -> None:
    doc = read(BOXED)
    codes = {c.code for c in doc.countries}
    assert "KEN" not in codes and "UGA" not in codes


def test_a_headline_ending_in_a_stop_after_the_box_goes_too() -> None:
    page = BOXED.replace("giáo dục, đào tạo\n", "giáo dục, đào tạo.\n")
    cleaned = clean_page(page)
    assert "Kenya" not in cleaned.text and "Cùng dự buổi tiếp" in cleaned.text


def test_a_box_without_slugs_is_left_to_the_box_rules() -> None:
    page = BOXED.replace(f"{SLUG} ", "")
    rules = {r.rule for r in clean_page(page).removed}
    assert "clean.slugged-related-box" not in rules
    assert "clean.footer" in rules  # the plain box header closes the body, as it did before round 32
