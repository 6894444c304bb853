"""A foreign officer whose paragraph names no country takes the one foreign country of the
paragraph before (the ship whose crew he leads), before the country the page names most."""

from kg.model import PartialDate

from reading_helpers import read, rules_of

_SHIPS = ("Hai tàu nước ngoài thăm Việt Nam\n\n"
          "Sáng 3/6, tàu tuần tra KRI Bung Tomo của Hải quân Indonesia cập cảng Tiên Sa, Đà Nẵng. "
          "Tùy viên Quốc phòng Indonesia cùng đại diện Hải quân Indonesia dự lễ đón.\n\n"
          "Cũng sáng 3/6, Bộ Tư lệnh Vùng 3 Hải quân đón tàu khu trục HMAS Stuart tại cảng Tiên Sa.\n\n"
          "Đoàn gồm 180 sĩ quan, thủy thủ do Trung tá Bradley Whitcombe làm trưởng đoàn.\n")


def _official(doc, name):
    (found,) = [o for o in doc.officials if o.name == name]
    return found


def test_the_ship_of_the_paragraph_before_gives_the_crews_head_his_country():
    doc = read(_SHIPS, PartialDate(2028, 6, 4))
    officer = _official(doc, "Bradley Whitcombe")
    assert officer.country == "AUS"
    assert "official.country-of-paragraph-before" in rules_of([officer])


def test_two_foreign_countries_in_the_paragraph_before_tell_nothing_new():
    text = _SHIPS.replace("tàu khu trục HMAS Stuart", "tàu khu trục HMAS Stuart và tàu JS Izumo")
    officer = _official(read(text, PartialDate(2028, 6, 4)), "Bradley Whitcombe")
    assert "official.country-of-paragraph-before" not in rules_of([officer])
