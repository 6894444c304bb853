"""A civil item closing a defence story ("Cũng trong chiều ..., Thủ tướng X tiếp Tổng thống <new country> ...")
goes though its host is the story's: it names as a side a country the story never names, so it is the host's next
appointment with another guest, not the story's next step (`clean.civil-item-at-end`, round 39)."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import read

DAY = PartialDate(2026, 3, 5)
STORY = ("Chiều 4/3, tại Trụ sở Chính phủ, Thủ tướng Lương Quốc Hưng đã tiếp Bộ trưởng Quốc phòng Malaysia "
         "Ahmad Faizal Rahman đang thăm chính thức Việt Nam.\n\n"
         "Thủ tướng đề nghị hai Bộ Quốc phòng đẩy mạnh hợp tác an ninh biển, công nghiệp quốc phòng và đào tạo.\n\n"
         "Bộ trưởng Ahmad Faizal Rahman khẳng định Malaysia coi trọng quan hệ quốc phòng với Việt Nam.\n\n")


def test_the_hosts_trade_guest_of_another_country_goes() -> None:
    doc = read(STORY + "Cũng trong chiều 4/3, Thủ tướng Lương Quốc Hưng tiếp Tổng thống Cộng hòa Peru Mateo "
               "Quispe Salazar đang thăm cấp Nhà nước Việt Nam, đề nghị hai bên mở cửa thị trường cho nông sản và "
               "thúc đẩy đầu tư khai khoáng.\n\nMinh Châu\n", DAY)
    assert "Mateo Quispe Salazar" not in {o.name for o in doc.officials}
    assert "PER" not in {c for e in doc.events for c in e.countries}
    assert any(r.rule == "clean.civil-item-at-end" for r in doc.removed_lines)
    assert "Ahmad Faizal Rahman" in {o.name for o in doc.officials}


def test_the_hosts_next_step_with_the_storys_own_country_stays() -> None:
    doc = read(STORY + "Cũng trong chiều 4/3, Thủ tướng Lương Quốc Hưng tiếp đoàn doanh nghiệp Malaysia đi cùng "
               "Bộ trưởng, đề nghị các doanh nghiệp mở rộng đầu tư vào năng lượng sạch tại Việt Nam.\n", DAY)
    assert not any(r.rule == "clean.civil-item-at-end" for r in doc.removed_lines)
