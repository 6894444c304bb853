"""Round 9 (issue 10): documents as Vietnamese news tells them, read on the new tuning sets and
checked on saved real pages. A document named first in full with its field's acronym ("... gìn
giữ hòa bình (GGHB) ...") and then by the acronym alone ("... lĩnh vực GGHB ...") is one
document; the record two sides sign at the end of a session of a joint body ("Biên bản phiên
họp") is its minutes. Sentences written for the test."""

from kg.pipeline import extract
from kg.pipeline.agreements import defined_acronyms


def _facts(text):
    return [(a.type, sorted(a.parties)) for a in extract(text).agreements]


def _rules(text):
    return [set(r.rules) for a in extract(text).agreements for r in a.readings]


def test_a_document_told_again_by_its_acronym_is_one_document():
    text = ("Ngày 12/3, tại Hà Nội, diễn ra lễ ký kết Bản ghi nhớ về hợp tác trong lĩnh vực rà phá bom mìn "
            "(RPBM) nhân đạo giữa Việt Nam và Hàn Quốc.\n\n"
            "Thiếu tướng Nguyễn Văn Hùng và Chuẩn tướng Kim Min Soo ký Bản ghi nhớ về hợp tác trong lĩnh vực "
            "RPBM nhân đạo.")
    assert _facts(text) == [("MemorandumOfUnderstanding", ["KOR", "VNM"])]
    assert any("agreement.same-by-acronym" in r for r in _rules(text))


def test_two_documents_of_different_fields_stay_two():
    text = ("Ngày 12/3, tại Hà Nội, Việt Nam và Hàn Quốc ký Bản ghi nhớ về hợp tác rà phá bom mìn (RPBM) "
            "nhân đạo.\n\n"
            "Cùng ngày, hai bên ký Bản ghi nhớ về hợp tác đào tạo sĩ quan trẻ giữa Việt Nam và Hàn Quốc.")
    assert len(_facts(text)) == 2
    assert not any("agreement.same-by-acronym" in r for r in _rules(text))


def test_an_acronym_counts_only_when_its_letters_spell_the_words_before_it():
    found = defined_acronyms("Lực lượng gìn giữ hòa bình (GGHB) và Bộ Quốc phòng (BQP) cùng hội nghị (XYZ) năm nay.")
    assert found == {"gghb": "gìn giữ hòa bình", "bqp": "bộ quốc phòng"}


def test_the_minutes_of_a_session_of_a_joint_body_are_minutes():
    text = ("Sáng 14/6, tại tỉnh Điện Biên, Nhóm công tác chung giữa Bộ Chỉ huy Quân sự tỉnh Điện Biên và Bộ "
            "Chỉ huy Quân sự tỉnh Phông Sả Lỳ (Lào) họp phiên thứ 2. Kết thúc phiên họp, hai trưởng nhóm đã ký "
            "Biên bản phiên họp lần thứ 2.")
    assert _facts(text) == [("Minutes", ["LAO", "VNM"])]


def test_session_minutes_only_cited_are_no_document():
    text = ("Sáng 14/6, Nhóm công tác chung của hai tỉnh Điện Biên và Phông Sả Lỳ (Lào) họp phiên thứ 3 và "
            "rà soát việc thực hiện Biên bản phiên họp lần thứ 2.")
    assert _facts(text) == []
