"""Officials, round 24 (the misses of heldout28, 33 and 34): a body after "của" names the official's
country even when the sentence named another before; a family name in capitals before a one-word given
name ("SUZUKI Haruto", as Japanese and Chinese missions write names) is part of the name; one foreign
word after a whole title or a rank that closes an item of a list is a whole name. The sentences are
written for these tests."""

from __future__ import annotations

from reading_helpers import read, rules_of


def _officials(text: str) -> dict[str, str | None]:
    return {o.name: o.country for o in read("Tin đối ngoại\n\n" + text).officials}


def _rules(text: str, name: str) -> list[str]:
    doc = read("Tin đối ngoại\n\n" + text)
    return rules_of([o for o in doc.officials if o.name == name])


BODY_AFTER = ("Tại hội thảo, Đại tá Hải quân Pierre Marchand, Giám đốc Trung tâm Thông tin hàng hải tại Singapore, "
              "và Trung tá Hải quân Lukas Brenner của Bộ Tổng Tham mưu Quốc phòng Hà Lan đã trình bày kinh nghiệm tuần tra.")


def test_a_body_after_cua_gives_its_country():
    found = _officials(BODY_AFTER)
    assert found.get("Lukas Brenner") == "NLD"
    assert "official.country-of-body-after" in _rules(BODY_AFTER, "Lukas Brenner")


def test_a_body_after_cua_with_a_clause_between_gives_nothing():
    text = ("Đại tá Hải quân Pierre Marchand, Giám đốc Trung tâm Thông tin hàng hải tại Singapore, cho biết "
            "Trung tá Lukas Brenner của Bộ Tổng Tham mưu, sau nhiều năm công tác tại Hà Lan, đã trình bày kinh nghiệm.")
    assert "official.country-of-body-after" not in _rules(text, "Lukas Brenner")


CAPITALS_FIRST = ("Sáng 4/5, Đại tá Trần Minh Khôi, Chỉ huy trưởng Bộ Chỉ huy Quân sự thành phố, đã tiếp "
                  "Lãnh sự Nhật Bản tại Hải Phòng SUZUKI Haruto, đại diện các cơ quan thành phố cùng dự.")


def test_capitals_family_name_before_the_given_name():
    found = _officials(CAPITALS_FIRST)
    assert found.get("SUZUKI Haruto") == "JPN"
    assert "Haruto" not in found
    assert "official.family-name-in-capitals-before" in _rules(CAPITALS_FIRST, "SUZUKI Haruto")


def test_a_hull_prefix_is_no_family_name():
    text = "Tàu HMS Dauntless cập cảng Đà Nẵng; Đại tá Trần Minh Khôi, Phó Tư lệnh Vùng 3 Hải quân đón tàu."
    assert not any("Dauntless" in name for name in _officials(text))


LIST_ITEMS = ("Bên lề hội nghị, Bộ trưởng Quốc phòng Việt Nam đã gặp Bộ trưởng Quốc phòng Indonesia, Đại tướng "
              "Sutrisno; Bộ trưởng Quốc phòng Philippines, ông Ramon Delgado và Thứ trưởng Quốc phòng Thái Lan, "
              "Chủ tịch Hội đồng Công nghiệp Quốc phòng Wiratama và Bộ trưởng Quốc phòng Timor-Leste "
              "Julio Soares.")


def test_one_foreign_word_closing_a_list_item_is_a_whole_name():
    found = _officials(LIST_ITEMS)
    assert found.get("Sutrisno") == "IDN"
    assert found.get("Wiratama") == "THA"
    assert "official.titled-foreign-surname" in _rules(LIST_ITEMS, "Wiratama")


def test_the_last_word_of_another_persons_title_is_no_name():
    text = ("Đón tàu có Đại tá Hải quân Ahmad Faizal bin Rahman, Tư lệnh Căn cứ Hải quân Kemaman và đại diện "
            "Đại sứ quán Việt Nam tại Malaysia.")
    assert "Kemaman" not in _officials(text)


TOP = "TIN QUỐC PHÒNG\nThời sự | Quốc phòng\n\n"
STAMP = "\n\n12/09/2026 10:20\n\n"
QUOTE_BODY = (
    "(TQP) - Sáng 11/9, tại Hà Nội, Bộ Quốc phòng tổ chức Hội thảo quốc tế về rà phá bom mìn sau chiến tranh.\n\n"
    "Phát biểu khai mạc, Thứ trưởng Bộ Quốc phòng nhấn mạnh Việt Nam mong muốn mở rộng hợp tác với các đối tác "
    "trong khắc phục hậu quả chiến tranh.\n"
)


def _headline_doc(headline: str, body: str = QUOTE_BODY):
    return read(TOP + headline + STAMP + body)


def test_a_ranked_speaker_named_only_in_the_headline_is_an_official():
    doc = _headline_doc("Thượng tướng Phùng Quốc Hiển: Việt Nam sẵn sàng chia sẻ kinh nghiệm rà phá bom mìn")
    found = [o for o in doc.officials if o.name == "Phùng Quốc Hiển"]
    assert len(found) == 1 and found[0].country == "VNM" and found[0].rank == "Thượng tướng"
    assert "official.headline-ranked-only" in rules_of(found)
    assert found[0].evidence == [doc.headline]


def test_a_foreign_captain_named_only_in_the_headline_takes_the_headline_country():
    body = QUOTE_BODY.replace("Thứ trưởng Bộ Quốc phòng nhấn mạnh", "Đại tá Trần Văn Bình, Phó Tư lệnh Vùng 3 Hải quân nhấn mạnh")
    doc = _headline_doc("Tàu khu trục Nhật Bản do Đại tá Takeda Ryo chỉ huy cập cảng Tiên Sa", body)
    found = [o for o in doc.officials if o.name == "Takeda Ryo"]
    assert len(found) == 1 and found[0].country == "JPN"


def test_a_body_officer_of_that_rank_without_a_title_keeps_the_headline_name_out():
    body = QUOTE_BODY.replace("Thứ trưởng Bộ Quốc phòng nhấn mạnh", "Thượng tướng Phùng Quốc Hiên nhấn mạnh")
    doc = _headline_doc("Thượng tướng Phùng Quốc Hiển: Việt Nam sẵn sàng chia sẻ kinh nghiệm rà phá bom mìn", body)
    assert "official.headline-ranked-only" not in rules_of(doc.officials)


def test_a_headline_person_with_neither_rank_nor_title_is_no_official():
    doc = _headline_doc("Nhà báo Phùng Quốc Hiển: Việt Nam sẵn sàng chia sẻ kinh nghiệm rà phá bom mìn")
    assert all(o.name != "Phùng Quốc Hiển" for o in doc.officials)
