"""Countries and people of past wars and of history are told of, not in a relation
with Vietnam: "kháng chiến chống Mỹ", "thực dân Pháp", "phát xít Đức", "thời Pháp
thuộc" name no partner, and the late ("cố") or former ("cựu") holder of a title acts
for no state. The plain country word and the serving official keep their reading."""

from __future__ import annotations

import pytest

from kg.pipeline import extract
from kg.pipeline.countries import find_countries


@pytest.mark.parametrize("phrase, code", [
    ("thời kỳ kháng chiến chống Mỹ cứu nước", "USA"),
    ("cuộc chiến đấu chống Pháp của nhân dân hai nước", "FRA"),
    ("ách đô hộ của thực dân Pháp", "FRA"),
    ("tội ác của đế quốc Mỹ", "USA"),
    ("chiến thắng phát xít Đức năm 1945", "DEU"),
    ("các công trình từ thời Pháp thuộc", "FRA"),
])
def test_an_enemy_of_past_wars_is_no_country_mention(phrase: str, code: str) -> None:
    assert code not in {c.code for c in find_countries(phrase)}


@pytest.mark.parametrize("phrase, code", [
    ("hợp tác quốc phòng với Mỹ", "USA"),
    ("Bộ trưởng Quốc phòng Pháp", "FRA"),
    ("đoàn đại biểu Quân đội Đức", "DEU"),
])
def test_the_plain_country_word_is_still_the_country(phrase: str, code: str) -> None:
    assert code in {c.code for c in find_countries(phrase)}


TALKS = (
    "Bộ trưởng hai nước hội đàm\n\n"
    "Sáng 14/9, tại Hà Nội, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Quốc phòng hội đàm với "
    "Trung tướng Vongsay Keomany, Bộ trưởng Bộ Quốc phòng Lào. Hai bên ôn lại truyền thống "
    "kề vai sát cánh trong kháng chiến chống thực dân Pháp và đế quốc Mỹ.\n"
)


def test_a_war_told_in_the_talks_sentence_adds_no_partner() -> None:
    doc = extract(TALKS)
    assert doc.partners == {"LAO"}


@pytest.mark.parametrize("sentence, name", [
    ("Đoàn dâng hương tưởng niệm cố Đại tướng Hoàng Minh Thảo.", "Hoàng Minh Thảo"),
    ("Cố Thủ tướng Phạm Hùng từng thăm đơn vị.", "Phạm Hùng"),
    ("Cựu Tổng thống Hàn Quốc Park Chung-ho từng thăm Việt Nam năm 2004.", "Park Chung-ho"),
])
def test_the_late_or_former_holder_of_a_title_is_no_official(sentence: str, name: str) -> None:
    doc = extract(TALKS + sentence)
    names = {o.name for o in doc.officials}
    assert name not in names
    assert {"Lương Tam Quang", "Vongsay Keomany"} <= names


def test_an_adviser_is_no_former_official() -> None:
    doc = extract(TALKS + "Cùng dự có Thiếu tướng Đinh Công Sáu, Cố vấn Bộ Quốc phòng.")
    assert "Đinh Công Sáu" in {o.name for o in doc.officials}
