"""Round 7 (issue 10): documents an analyst does not read as signed in the story,
as Vietnamese news tells them. A document cited as the basis of another or
governed by another verb ("được ký trên cơ sở Bản ghi nhớ ...", "ký X, tạo điều
kiện xây dựng kế hoạch Y"), talk about a document ("trao đổi về ... Hiệp định"),
a signing told as a topic ("Việc hai nước ký X đã tạo nền tảng ..."), one
signed in an earlier year ("Bản ghi nhớ ... ký năm 2011", "Năm 2015, hai bên
đã ký ..."), a count ("ký kết 12 thỏa thuận"), a plan ("sắp ký"); two
documents of two different pairs of countries stay two. Sentences written for
the test."""

from kg.pipeline import extract


def _facts(text):
    return [(a.type, sorted(a.parties)) for a in extract(text).agreements]


def _dropped_by(text, rule):
    return [d.text for d in extract(text).dropped if d.rule == rule]


def test_cited_basis_after_the_verb_is_not_signed():
    text = ("Ngày 3/4/2024, tại Hà Nội, Bộ trưởng Quốc phòng Việt Nam và Bộ trưởng Quốc phòng Ấn Độ đã ký "
            "Tuyên bố tầm nhìn chung trên cơ sở Bản ghi nhớ về hợp tác quốc phòng giữa hai Bộ.")
    assert _facts(text) == [("JointStatement", ["IND", "VNM"])]
    assert _dropped_by(text, "agreement.object-of-another-verb") == ["Bản ghi nhớ"]


def test_document_governed_by_another_verb_is_not_signed():
    text = ("Sáng 12/5/2024, hai Bộ trưởng ký Ý định thư về hợp tác quân y Việt Nam - Hàn Quốc, tạo điều kiện "
            "cho các cơ quan chức năng xây dựng kế hoạch hợp tác hằng năm.")
    assert _facts(text) == [("LetterOfIntent", ["KOR", "VNM"])]
    assert _dropped_by(text, "agreement.object-of-another-verb") == ["kế hoạch hợp tác"]


def test_a_list_under_one_verb_stays_signed():
    text = ("Ngày 2/3/2025, Việt Nam và Nhật Bản đã ký Bản ghi nhớ về hợp tác xây dựng năng lực; "
            "Thỏa thuận chuyển giao trang thiết bị quốc phòng.")
    assert [t for t, _ in _facts(text)] == ["MemorandumOfUnderstanding", "CooperationAgreement"]


def test_talk_about_a_document_is_not_handing_it_over():
    text = ("Chiều 4/9/2024, đoàn Việt Nam và đoàn Trung Quốc đã trao đổi về các điều khoản còn lại của "
            "Hiệp định hợp tác tìm kiếm cứu nạn trên biển.")
    assert _facts(text) == []
    assert _dropped_by(text, "agreement.discussed") == ["Hiệp định"]
    # handing documents over is still a signing verb
    assert _facts("Sáng 9/9/2024, hai Bộ trưởng Việt Nam và Pháp trao Biên bản ghi nhớ về hợp tác quân y.") == [
        ("MemorandumOfUnderstanding", ["FRA", "VNM"])]


def test_signing_told_as_a_topic_is_not_a_signing():
    text = ("Hai bên cho rằng việc ký Bản ghi nhớ về hợp tác pháp luật quân sự giữa Việt Nam và Campuchia "
            "có ý nghĩa quan trọng.")
    assert _facts(text) == []
    assert _dropped_by(text, "agreement.signing-as-topic") == ["Bản ghi nhớ"]
    assert _facts("Việc Việt Nam và Canada ký Hiệp định về gìn giữ hòa bình đã tạo nền tảng cho hợp tác.") == []
    assert _facts("Hai bên sẽ báo cáo lãnh đạo về nội dung ký Biên bản ghi nhớ với Thái Lan.") == []


def test_signing_praised_as_done_is_kept():
    # "việc" as the object of praise is the signing itself, as is "thực hiện việc ký kết"
    assert _facts("Chiều 28/12/2024, Thủ tướng Campuchia đánh giá cao kết quả hội đàm cũng như việc hai bên ký "
                  "Kế hoạch hợp tác quốc phòng năm 2025.") == [("CooperationAgreement", ["KHM", "VNM"])]
    assert _facts("Sáng 20/5/2025, các Bộ trưởng Quốc phòng ASEAN và Việt Nam thực hiện việc ký kết Tuyên bố "
                  "chung với Lào.") != []


def test_document_signed_in_an_earlier_year_is_background():
    text = ("Ngày 14/8/2025, đoàn Bộ Quốc phòng Việt Nam thăm Australia, tiếp tục triển khai Bản ghi nhớ về "
            "hợp tác quốc phòng Việt Nam - Australia ký năm 2010.")
    assert _facts(text) == []
    passive = ("Ngày 6/12/2025, tàu CSB 8003 thăm Nhật Bản trên tinh thần bản ghi nhớ giữa hai lực lượng "
               "đã được ký kết năm 2016.")
    assert _facts(passive) == []
    assert _dropped_by(passive, "agreement.signed-years-before") == ["bản ghi nhớ"]


def test_year_opening_the_clause_dates_a_background_signing():
    text = ("Ngày 3/12/2025, tàu Cảnh sát biển Việt Nam cập cảng Yokohama. Năm 2015, hai bên đã ký kết "
            "Bản ghi nhớ hợp tác giữa Cảnh sát biển Việt Nam và Lực lượng Bảo vệ bờ biển Nhật Bản.")
    assert _facts(text) == []
    # the page's own year is news, not background
    same_year = ("Ngày 3/12/2025, đoàn Việt Nam thăm Nhật Bản. Trong năm 2025, hai bên đã ký kết Bản ghi nhớ "
                 "hợp tác giữa hai lực lượng.")
    assert [t for t, _ in _facts(same_year)] == ["MemorandumOfUnderstanding"]


def test_a_count_of_documents_is_not_one():
    text = ("Tại triển lãm, các doanh nghiệp đã ký kết 12 thỏa thuận hợp tác với đối tác của Pháp, "
            "Ấn Độ và Hàn Quốc.")
    assert _facts(text) == []
    assert _dropped_by(text, "agreement.count") == ["thỏa thuận"]
    # an ordinal is no count: the round of talks is not signed either way, but by its own rule
    assert _dropped_by("Hai bên đàm phán vòng 4 Hiệp định về biên giới.", "agreement.count") == []


def test_about_to_sign_is_a_plan():
    assert _facts("Việt Nam và Trung Quốc sắp ký Hiệp định về hợp tác du lịch biên giới") == []
    assert _facts("Ấn Độ và Việt Nam dự kiến ký Hiệp định hợp tác quốc phòng vào tuần tới.") == []


def test_two_pairs_of_countries_are_two_documents():
    text = ("Ngày 29/8, Indonesia và Australia đã ký kết một thỏa thuận quốc phòng mới. "
            "Ngày 8/7, Philippines và Nhật Bản đã ký Thỏa thuận tiếp cận đối ứng.")
    assert sorted(p for _, p in _facts(text)) == [["AUS", "IDN"], ["JPN", "PHL"]]


def test_memorandum_called_an_agreement_of_memory():
    assert _facts("Ngày 8/6/2022, hai bên đã ký kết một bản Thỏa thuận ghi nhớ về hỗ trợ hậu cần giữa "
                  "Việt Nam và Ấn Độ.") == [("MemorandumOfUnderstanding", ["IND", "VNM"])]


def test_a_neighbour_province_spelled_as_the_border_press_does_gives_its_country():
    # "Mundulkiri" (Mondulkiri), "Khăm Muồn" (Khăm Muộn): the other side of a border memorandum
    assert _facts("Ngày 10/1/2024, Đồn Biên phòng Bu Prăng và Đồn Cảnh sát biên giới tỉnh Mundulkiri ký kết "
                  "Biên bản ghi nhớ tuần tra song phương.") == [("MemorandumOfUnderstanding", ["KHM", "VNM"])]
    assert _facts("Ngày 12/3/2024, Ban Chỉ huy Quân sự huyện Minh Hóa và Ban Chỉ huy Quân sự huyện Nakai, tỉnh "
                  "Khăm Muồn ký kết Biên bản ghi nhớ phối hợp.") == [("MemorandumOfUnderstanding", ["LAO", "VNM"])]


def _partnerships(text):
    doc = extract(text)
    return [(p.countries, p.level) for p in doc.partnerships], [d.rule for d in doc.dropped if d.layer == "partnership"]


def test_a_wish_to_upgrade_is_not_the_relation_today():
    found, dropped = _partnerships("Bộ trưởng Quốc phòng New Zealand bày tỏ mong muốn quan hệ hai nước sớm được "
                                   "nâng cấp lên Đối tác chiến lược toàn diện.")
    assert found == [] and dropped == ["partnership.goal"]
    assert _partnerships("Hai nước sẽ sớm nâng cấp quan hệ lên Đối tác chiến lược.")[0] == []
    # wanting to deepen the relation they have keeps it; an upgrade agreed is one
    assert _partnerships("Hai Bộ trưởng mong muốn thúc đẩy hơn nữa quan hệ Đối tác chiến lược toàn diện "
                         "Việt Nam - Nhật Bản.")[0] == [(("JPN", "VNM"), "ComprehensiveStrategicPartnership")]
    assert _partnerships("Ngày 7/3/2024, hai bên nhất trí nâng cấp quan hệ Việt Nam - Australia lên Đối tác "
                         "chiến lược toàn diện.")[0] == [(("AUS", "VNM"), "ComprehensiveStrategicPartnership")]


def test_talk_about_amending_a_document_is_no_signing():
    text = ("Từ ngày 25 đến 28/12/2024, hai bên thảo luận các biện pháp quản lý biên giới; trao đổi việc bổ sung, "
            "sửa đổi Hiệp định về Quy chế quản lý biên giới giữa Việt Nam - Lào.")
    assert _facts(text) == []
    assert _dropped_by(text, "agreement.discussed") == ["Hiệp định"]


def test_comprehensive_cooperative_partnership_is_the_nearest_level():
    found, _ = _partnerships("Chuyến thăm góp phần tăng cường quan hệ Đối tác hợp tác toàn diện giữa Việt Nam "
                             "và Myanmar.")
    assert found == [(("MMR", "VNM"), "ComprehensivePartnership")]


def test_documents_listed_as_in_force_are_not_signed_here():
    text = ("Ngày 5/3/2025, tại hội đàm, hai bên rà soát việc thực hiện các văn kiện đã ký, gồm Bản ghi nhớ về "
            "hợp tác quốc phòng và Ý định thư về gìn giữ hòa bình giữa Việt Nam và Australia.")
    assert _facts(text) == []
    assert _dropped_by(text, "agreement.implemented-category") == ["Bản ghi nhớ", "Ý định thư"]
    # the documents signed at a ceremony, listed after it, are signed
    assert _facts("Sau hội đàm, hai Bộ trưởng chứng kiến lễ ký. Các văn kiện được ký kết gồm: Bản ghi nhớ về hợp "
                  "tác quân y giữa Việt Nam và Nhật Bản.") == [("MemorandumOfUnderstanding", ["JPN", "VNM"])]


def test_the_record_of_talks_results_is_minutes():
    assert _facts("Kết thúc vòng đàm phán ngày 6/8/2024, Việt Nam và Trung Quốc đã ký Biên bản kết quả đàm phán.") == [
        ("Minutes", ["CHN", "VNM"])]
