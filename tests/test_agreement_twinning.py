"""A twinning signed between border posts or units ("ký kết nghĩa", "lễ kết nghĩa") is a cooperation
agreement of the two countries; a twinning of townships is none (agreement.signing-of-cooperation,
agreement.civil-twinning, round 50b)."""

from tests.reading_helpers import drops, read

POSTS = ("Ngày 12/9, Đồn Biên phòng Tà Lùng (Cao Bằng) ký kết nghĩa với Trạm Kiểm soát biên phòng Thủy Khẩu "
         "(Quảng Tây, Trung Quốc) nhằm tăng cường phối hợp quản lý biên giới.")
CEREMONY = ("Từ ngày 4 đến 6/11, Đồn Biên phòng Cửa khẩu Bờ Y tổ chức lễ kết nghĩa với Đại đội Biên phòng 305 "
            "(tỉnh Attapeu, Lào).")
TOWNS = ("Ngày 9/10, đã diễn ra lễ ký kết nghĩa hữu nghị giữa xã Thanh Sơn (Việt Nam) và thị trấn Vĩnh Lạc "
         "(Trung Quốc).")


def test_posts_signing_a_twinning_make_an_agreement():
    agreements = read(POSTS).agreements
    assert [(a.type, sorted(a.parties)) for a in agreements] == [("CooperationAgreement", ["CHN", "VNM"])]


def test_a_twinning_ceremony_of_units_is_an_agreement():
    agreements = read(CEREMONY).agreements
    assert [(a.type, sorted(a.parties)) for a in agreements] == [("CooperationAgreement", ["LAO", "VNM"])]


def test_townships_twinning_is_no_defence_document():
    doc = read(TOWNS)
    assert doc.agreements == []
    assert "agreement.civil-twinning" in drops(doc, "agreement")


def test_a_twinning_planned_is_none():
    assert read(POSTS.replace("ký kết nghĩa", "sẽ ký kết nghĩa")).agreements == []


def test_two_twinnings_with_other_units_are_two_documents():
    text = ("Đồn Biên phòng Ba Nang (Quảng Trị) ký kết nghĩa với Đại đội Biên phòng 912 (Salavan, Lào). Trước đó, "
            "ngày 14/4, tại huyện Nam Giang đã diễn ra Lễ kết nghĩa giữa các đồn biên phòng Đắc Ốc, La Dêê và "
            "Đại đội Biên phòng 545 (Sê Kông, Lào).")
    agreements = read(text).agreements
    assert len(agreements) == 2
    assert all(a.parties and set(a.parties) == {"VNM", "LAO"} for a in agreements)


def test_one_twinning_told_twice_is_one_document():
    text = POSTS + (" Đồn Biên phòng Tà Lùng và Trạm Kiểm soát biên phòng Thủy Khẩu ký kết nghĩa trong không khí "
                    "hữu nghị.")
    assert len(read(text).agreements) == 1


def test_a_twinning_memorandum_is_the_memorandum_only():
    text = ("Sáng 8/5, tại Đồn Biên phòng Cửa khẩu Cầu Treo đã diễn ra lễ ký kết Biên bản ghi nhớ kết nghĩa giữa Đồn "
            "Biên phòng Cửa khẩu Cầu Treo và Đại đội Biên phòng 311 (Bolikhamxay, Lào). Ký Biên bản ghi nhớ về phía "
            "Việt Nam là Trung tá Phạm Văn Khoa, Đồn trưởng.")
    assert [(a.type, sorted(a.parties)) for a in read(text).agreements] == [("MemorandumOfUnderstanding", ["LAO", "VNM"])]


def test_a_post_holding_a_twinning_makes_an_agreement():
    text = ("Chiều 3/12, Đồn Biên phòng Tam Hợp (Nghệ An) tổ chức kết nghĩa với Đại đội Biên phòng 242 (Bolikhamxay, "
            "Lào).")
    assert [(a.type, sorted(a.parties)) for a in read(text).agreements] == [("CooperationAgreement", ["LAO", "VNM"])]
