"""Officials and the countries they stand for, as real Vietnamese news phrases
them on pages the rules were not fitted to: counterparts, peers, legislators,
Chinese names read in Sino-Vietnamese, titles that hold a clause word ("Thư
ký"), names after a dash. Every sentence here is written for the test."""

from kg.pipeline import extract


def _officials(text):
    return {o.name: o for o in extract(text).officials}


def _rules_of(doc, name):
    off = next(o for o in doc.officials if o.name == name)
    return {rule for reading in off.readings for rule in reading.rules}


# ------------------------------------------------------------ titles with "ký"


def test_secretary_general_before_a_name_is_a_title():
    # "ký" (to sign) ends a clause, but not inside "Thư ký"
    offs = _officials("Sáng 4/3, Thượng tướng Lê Văn Bình tiếp Tổng Thư ký ASEAN Lim Chee Wah tại Hà Nội.")
    assert offs["Lim Chee Wah"].positions == ["Tổng Thư ký ASEAN"]


def test_secretary_title_after_a_name_is_read_whole():
    offs = _officials(
        "Chiều 9/10, Đại tướng Lê Văn Bình tiếp ngài Ivan Petrov, Thư ký Hội đồng An ninh Liên bang Nga đang thăm Việt Nam."
    )
    assert offs["Ivan Petrov"].positions == ["Thư ký Hội đồng An ninh Liên bang Nga"]
    assert offs["Ivan Petrov"].country == "RUS"


def test_signing_still_ends_a_clause():
    offs = _officials("Hai bên đã ký Biên bản hợp tác, Thượng tướng Lê Văn Bình ký thay mặt Bộ Quốc phòng.")
    assert "Lê Văn Bình" in offs and offs["Lê Văn Bình"].country == "VNM"


# ------------------------------------------------------------ counterparts


def test_counterpart_with_country_is_an_official_of_that_country():
    doc = extract("Chiều 14/6, Đại tướng Lê Văn Bình hội đàm với người đồng cấp Nhật Bản Tanaka Hiroshi tại Tokyo.")
    offs = {o.name: o for o in doc.officials}
    assert offs["Tanaka Hiroshi"].country == "JPN"
    assert "official.counterpart" in _rules_of(doc, "Tanaka Hiroshi")
    talks = [e for e in doc.events if e.type == "Talks"]
    assert talks and "JPN" in talks[0].countries


def test_counterpart_country_that_is_also_a_given_name():
    # "Nga" is also a given name; after "người đồng cấp" it is Russia
    offs = _officials("Sáng 11/2, Đại tướng Lê Văn Bình đón người đồng cấp Nga Pavel Orlov tại trụ sở Bộ Quốc phòng.")
    assert "Pavel Orlov" in offs and offs["Pavel Orlov"].country == "RUS"


def test_counterpart_named_after_la_and_a_peerage_title():
    doc = extract(
        "Thượng tướng Lê Văn Bình, Thứ trưởng Bộ Quốc phòng và người đồng cấp phía Anh là Huân tước Fenwick "
        "đã ký Bản ghi nhớ về hợp tác quốc phòng."
    )
    offs = {o.name: o for o in doc.officials}
    assert offs["Fenwick"].country == "GBR"
    assert doc.agreements and "Fenwick" in doc.agreements[0].signatories


def test_counterpart_phrase_followed_by_another_clause_anchors_nothing():
    offs = _officials("Người đồng cấp đã tiếp ông Trần Văn Khoa tại nhà riêng.")
    assert "Trần Văn Khoa" not in offs


# ------------------------------------------------------------ peers, monarchs


def test_one_word_after_a_peerage_title_is_a_whole_name():
    offs = _officials("Bộ trưởng Quốc phòng Anh, Huân tước Fenwick cho biết hai nước sẽ tăng cường hợp tác.")
    assert "Fenwick" in offs and offs["Fenwick"].country == "GBR"


def test_one_word_name_with_no_such_title_stays_a_short_form():
    offs = _officials("Sau đó, ông Fenwick phát biểu tại buổi gặp.")
    assert "Fenwick" not in offs


# ------------------------------------------------------------ legislators


def test_senator_title_anchors_a_foreign_name():
    doc = extract(
        "Chiều 2/4, Đại tướng Lê Văn Bình tiếp Thượng nghị sĩ John Carver, thành viên Ủy ban Quân vụ Thượng viện Hoa Kỳ."
    )
    offs = {o.name: o for o in doc.officials}
    assert offs["John Carver"].country == "USA"
    assert offs["John Carver"].positions[0] == "Thượng nghị sĩ"
    assert any("USA" in e.countries for e in doc.events)


def test_senator_spelled_with_sy():
    offs = _officials("Thượng Nghị sỹ Anna Holt, Chủ tịch Tiểu ban châu Á của Thượng viện Hoa Kỳ, đã tới Hà Nội.")
    assert offs["Anna Holt"].country == "USA"


# ------------------------------------------------------------ Chinese names


def test_chinese_ambassador_with_sino_vietnamese_surname():
    offs = _officials(
        "Chiều 3/12, Đại tướng Lê Văn Bình tiếp Đại sứ nước Cộng hòa nhân dân Trung Hoa tại Việt Nam Hùng Quang Vĩ "
        "đến chào nhân dịp nhận nhiệm vụ."
    )
    assert offs["Hùng Quang Vĩ"].country == "CHN"


def test_chinese_minister_with_sino_vietnamese_surname():
    offs = _officials("Bộ trưởng Lê Văn Bình sẽ hội đàm với Bộ trưởng Bộ Quốc phòng Trung Quốc Thường Minh Đạt.")
    assert offs["Thường Minh Đạt"].country == "CHN"


def test_street_named_after_a_king_is_no_official():
    offs = _officials("Thượng tướng Lê Văn Bình dự lễ khánh thành tại đường Hùng Vương, thành phố Huế.")
    assert list(offs) == ["Lê Văn Bình"]


# ------------------------------------------------------------ dashes and pairs


def test_name_after_a_dash_takes_the_title_before_it():
    offs = _officials(
        "Đoàn gồm 500 sĩ quan và thủy thủ, do Phó Tư lệnh Hạm đội Nam Hải (Trung Quốc) - Lưu Chí Cường làm trưởng đoàn."
    )
    assert offs["Lưu Chí Cường"].country == "CHN"
    assert offs["Lưu Chí Cường"].positions == ["Phó Tư lệnh Hạm đội Nam Hải (Trung Quốc)"]


def test_second_of_a_dashed_pair_takes_only_its_own_title():
    doc = extract("Bộ trưởng Quốc phòng Việt Nam Lê Văn Bình - Bộ trưởng Quốc phòng Hoa Kỳ Mark Dalton hội đàm.")
    offs = {o.name: o for o in doc.officials}
    assert offs["Mark Dalton"].country == "USA"
    assert offs["Mark Dalton"].positions == ["Bộ trưởng Quốc phòng Hoa Kỳ"]
    assert offs["Lê Văn Bình"].country == "VNM"


def test_hyphenated_pair_of_countries_is_no_dash_before_a_name():
    offs = _officials("Hợp tác Việt-Anh được Thượng tướng Lê Văn Bình đánh giá cao.")
    assert offs["Lê Văn Bình"].country == "VNM"


# ------------------------------------------------------------ "do ... làm trưởng đoàn"


def test_delegation_name_before_do_is_not_the_leaders_position():
    offs = _officials(
        "Chiều 5/3, Thượng tướng Lê Văn Bình tiếp Đoàn học viên Học viện Chỉ huy Lục quân Hoa Kỳ do Giáo sư "
        "Robert Lane, Giám đốc Chương trình nghiên cứu chiến lược làm trưởng đoàn."
    )
    assert offs["Robert Lane"].positions == ["Giám đốc Chương trình nghiên cứu chiến lược"]
    assert offs["Robert Lane"].country == "USA"


def test_role_taken_on_after_lam_ends_the_title():
    offs = _officials(
        "Phía Việt Nam có biên đội tàu CSB 8005 do Đại tá Lê Văn Tâm, Phó Tư lệnh Vùng Cảnh sát biển 1 làm Chỉ huy "
        "trưởng lực lượng tuần tra."
    )
    assert offs["Lê Văn Tâm"].positions == ["Phó Tư lệnh Vùng Cảnh sát biển 1"]


def test_delegation_country_still_reaches_a_sino_vietnamese_leader():
    offs = _officials("Đoàn đại biểu Quân đội Trung Quốc do Thượng tướng Trương Minh Hải dẫn đầu đã tới Hà Nội.")
    assert offs["Trương Minh Hải"].country == "CHN"


# ------------------------------------------------------------ ranks that name a country


def test_chinese_police_rank_gives_the_country():
    doc = extract("Đoàn đại biểu Trạm Kiểm tra biên phòng cửa khẩu do Cảnh đốc cấp 2 Mã Văn Hoa dẫn đầu đã sang hội đàm.")
    offs = {o.name: o for o in doc.officials}
    assert offs["Mã Văn Hoa"].rank == "Cảnh đốc cấp 2"
    assert offs["Mã Văn Hoa"].country == "CHN"
    assert "official.country-of-rank" in _rules_of(doc, "Mã Văn Hoa")


def test_rank_then_comma_then_name():
    offs = _officials(
        "Đoàn đại biểu Chi đội quản lý biên giới do đồng chí Cảnh giám cấp 3, Tạ Minh Quang, làm Trưởng đoàn."
    )
    assert offs["Tạ Minh Quang"].rank == "Cảnh giám cấp 3"
    assert offs["Tạ Minh Quang"].country == "CHN"


def test_vietnamese_rank_keeps_the_name_shape_rule():
    offs = _officials("Tham dự có Thượng tá Hà Văn Lộc, Đồn trưởng Đồn Biên phòng cửa khẩu Móng Cái.")
    assert offs["Hà Văn Lộc"].country == "VNM"


def test_every_country_rank_is_a_rank():
    from kg.pipeline.common import load_lines, load_tsv

    ranks = set(load_lines("lex_ranks.txt"))
    rows = [row for row in load_tsv("country_ranks.tsv") if row and not row[0].startswith("#")]
    assert rows and all(row[0] in ranks for row in rows)


def test_counterpart_phrase_does_not_reach_a_forum_name():
    offs = _officials("Bộ trưởng Lê Văn Bình gặp người đồng cấp Singapore bên lề Đối thoại Shangri La 2026.")
    assert "Shangri La" not in offs


def test_singapore_chinese_name_shaped_like_vietnamese():
    offs = _officials(
        "Đại tướng Lê Văn Bình gặp song phương Bộ trưởng Bộ Quốc phòng Singapore Tan Wei Ming tại Singapore."
    )
    assert offs["Tan Wei Ming"].country == "SGP"


def test_occasion_ends_a_title():
    offs = _officials(
        "Đại tướng Lê Văn Bình hội kiến Đại tướng Ouk Sarin, Bộ trưởng Bộ Quốc phòng Campuchia nhân dịp Bộ trưởng "
        "Ouk Sarin đang ở thăm Lào."
    )
    assert offs["Ouk Sarin"].positions[0] == "Bộ trưởng Bộ Quốc phòng Campuchia"
    assert not any("Ouk Sarin" in p for p in offs["Ouk Sarin"].positions)


def test_initial_glued_to_the_surname():
    offs = _officials("Ngày 2/6, Thượng tướng Lê Văn Bình tiếp Trợ lý Ngoại trưởng Mỹ Daniel R.Kemp tại Hà Nội.")
    assert "Daniel R.Kemp" in offs and offs["Daniel R.Kemp"].country == "USA"


def test_ship_captain_title():
    offs = _officials("Tàu do thuyền trưởng Laura Finch chỉ huy đã cập cảng Tiên Sa, mở đầu chuyến thăm của Hải quân Australia.")
    assert offs["Laura Finch"].country == "AUS"


# ------------------------------------------------------------ a country's word glued to a foreign name


def test_country_word_before_a_foreign_name_is_the_country():
    doc = extract("Đại tướng Lê Văn Bình hội đàm với Chủ nhiệm Tổng cục Chính trị Lào Khamla Sivongsa.")
    offs = {o.name: o for o in doc.officials}
    assert "Khamla Sivongsa" in offs and offs["Khamla Sivongsa"].country == "LAO"
    assert "official.country-word-before-name" in _rules_of(doc, "Khamla Sivongsa")


def test_foreign_first_name_that_is_also_a_country_stays():
    offs = _officials("Ông Jordan Blake, Đại sứ Australia tại Việt Nam phát biểu.")
    assert "Jordan Blake" in offs and offs["Jordan Blake"].country == "AUS"


def test_army_abbreviation_cues_the_country():
    offs = _officials("Trung tướng Khamla Sivongsa, Chủ nhiệm Tổng cục Chính trị QĐND Lào đã tới Hà Nội.")
    assert offs["Khamla Sivongsa"].country == "LAO"


def test_country_after_the_next_person_is_not_this_ones():
    offs = _officials(
        "Dự lễ có Đại tá Mark Ellison, Chỉ huy trưởng chương trình hợp tác quân y 2025 và Trung tá Sato Yuki, "
        "Trưởng nhóm quân y Lực lượng Phòng vệ Nhật Bản. Chương trình do Hạm đội Thái Bình Dương Hoa Kỳ phối hợp tổ chức."
    )
    assert offs["Sato Yuki"].country == "JPN"
    assert offs["Mark Ellison"].country != "JPN"


def test_name_cut_off_at_a_bare_initial_is_no_official():
    doc = extract("Tàu do Trung tá Laura Finch chỉ huy. Trung tá Lora F")
    names = {o.name for o in doc.officials}
    assert "Laura Finch" in names and "Lora F" not in names
    assert any(d.rule == "official.cut-short" for d in doc.dropped)


def test_initial_with_its_dot_stays_inside_a_name():
    offs = _officials("Ông Robert K. Lane, Đại sứ Hoa Kỳ, phát biểu.")
    assert "Robert K. Lane" in offs


def test_name_cut_by_the_end_of_an_excerpt_is_no_official():
    doc = extract("Chiều 3/6, tàu cập cảng. Trong thời gian thăm, đoàn sẽ dâng hoa tại tượng đài Đại tướng Võ Nguyên Gi")
    assert "Võ Nguyên Gi" not in {o.name for o in doc.officials}
    assert any(d.rule == "official.cut-short" for d in doc.dropped)


def test_host_does_not_take_the_country_of_the_guest_delegation_after_his_verb():
    offs = _officials(
        "Sáng 12/5, tại Hà Nội, Đại tướng Trần Minh Khoa chủ trì lễ đón chính thức Thượng tướng Ivan Zorin "
        "và Đoàn đại biểu quân sự cấp cao Bộ Quốc phòng Serbia."
    )
    assert offs["Trần Minh Khoa"].country == "VNM"
    assert offs["Ivan Zorin"].country == "SRB"


def test_own_delegation_after_the_title_still_gives_the_country():
    offs = _officials(
        "Thượng tướng Ivan Zorin, Bộ trưởng Quốc phòng và Đoàn đại biểu quân sự cấp cao Serbia đã rời Hà Nội."
    )
    assert offs["Ivan Zorin"].country == "SRB"
