"""How the news names the delegations at a multilateral meeting (issue 10, round 17): the
speakers of a plenary session, a delegation attending as an observer, the heads of several
delegations named by a title in the plural before a list of countries."""

from kg.model import PartialDate
from reading_helpers import events, rules_of


def _conference(text: str):
    found = [e for e in events(text, published=PartialDate(2025, 12, 1)) if e.type == "Conference"]
    assert len(found) == 1
    return found[0]


def test_speakers_of_a_plenary_session_are_delegations_of_the_forum():
    text = ("Đoàn Việt Nam dự Đối thoại Shangri-La\n\n"
            "Ngày 31/5, Đối thoại Shangri-La lần thứ 22 diễn ra tại Singapore với sự tham dự của trưởng "
            "đoàn từ 40 nước.\n\n"
            "Bộ trưởng Quốc phòng Nhật Bản Kenji Sato và Bộ trưởng Quốc phòng Indonesia Budi Santoso "
            "phát biểu tại phiên toàn thể thứ nhất.\n")
    forum = _conference(text)
    assert {"JPN", "IDN"} <= set(forum.countries)


def test_a_plenary_session_alone_opens_no_conference():
    text = ("Tin quốc phòng\n\n"
            "Ngày 3/6, Bộ trưởng Quốc phòng Nhật Bản Kenji Sato phát biểu tại phiên họp toàn thể về "
            "an ninh khu vực.\n")
    assert "Conference" not in {e.type for e in events(text, published=PartialDate(2025, 6, 4))}


def test_an_observer_told_in_its_own_clause_is_a_delegation():
    text = ("Hội nghị hẹp Bộ trưởng Quốc phòng ASEAN\n\n"
            "Sáng 26/2, Hội nghị hẹp Bộ trưởng Quốc phòng các nước ASEAN khai mạc tại Penang. Hội nghị có "
            "sự tham dự của trưởng đoàn các nước Lào, Campuchia, Thái Lan; Timor-Leste tham dự với tư "
            "cách quan sát viên.\n")
    forum = _conference(text)
    assert "TLS" in forum.countries
    assert "event.observer-delegation" in rules_of([forum])


def test_an_observer_told_in_a_sentence_of_its_own_is_a_delegation():
    text = ("Hội nghị hẹp Bộ trưởng Quốc phòng ASEAN\n\n"
            "Sáng 26/2, Hội nghị hẹp Bộ trưởng Quốc phòng các nước ASEAN khai mạc tại Penang với sự tham "
            "dự của trưởng đoàn các nước Lào, Campuchia và Thái Lan.\n\n"
            "Đoàn Đông Timor dự hội nghị với tư cách là quan sát viên.\n")
    assert "TLS" in _conference(text).countries


def test_a_country_named_an_observer_elsewhere_is_no_delegation():
    text = ("Hội nghị hẹp Bộ trưởng Quốc phòng ASEAN\n\n"
            "Sáng 26/2, Hội nghị hẹp Bộ trưởng Quốc phòng các nước ASEAN khai mạc tại Penang với sự tham "
            "dự của trưởng đoàn các nước Lào, Campuchia và Thái Lan. Hội nghị bàn về việc Timor-Leste "
            "trở thành thành viên đầy đủ.\n")
    assert "TLS" not in _conference(text).countries


def test_heads_named_by_a_plural_title_before_a_list_of_countries():
    text = ("Hội nghị ADMM+\n\n"
            "Ngày 16/11, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng (ADMM+) diễn ra tại Jakarta, "
            "với sự tham gia của các Bộ trưởng Quốc phòng Trung Quốc, Nga và Ấn Độ.\n")
    forum = _conference(text)
    assert {"CHN", "RUS", "IND"} <= set(forum.countries)
    assert "event.delegations-listed" in rules_of([forum])


def test_one_head_named_by_a_title_is_no_list():
    text = ("Hội nghị ADMM+\n\n"
            "Ngày 16/11, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng (ADMM+) diễn ra tại Jakarta. "
            "Lãnh đạo quốc phòng Trung Quốc cho biết sẽ hợp tác với Nga.\n")
    assert "RUS" not in _conference(text).countries
