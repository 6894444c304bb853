"""An ADMM+ statement the meeting adopts as one, told with "cũng" ("Hội nghị cũng thông qua
Tuyên bố chung ..."), has as parties the members the page tells attending
(`agreement.adopted-by-the-meeting`), as "Hội nghị đã thông qua" has; a statement whose
subject is not the meeting does not."""

from tests.reading_helpers import read, rules_of

ATTENDING = (
    "Hội nghị có sự tham dự của trưởng đoàn Úc, Nhật Bản và Việt Nam. "
    "Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng Việt Nam phát biểu về an ninh biển. "
)
ADOPTED = ATTENDING + "Hội nghị cũng thông qua Tuyên bố chung về hợp tác an ninh mạng của ADMM+."


def _statement(text):
    statements = [a for a in read(text).agreements if a.type == "JointStatement"]
    assert len(statements) == 1
    return statements[0]


def test_meeting_also_adopting_gives_the_attending_members():
    statement = _statement(ADOPTED)
    assert set(statement.parties) == {"VNM", "AUS", "JPN"}
    assert "agreement.adopted-by-the-meeting" in rules_of([statement])


def test_other_subject_is_not_the_meeting():
    text = ADOPTED.replace("Hội nghị cũng thông qua", "Bộ trưởng Quốc phòng Việt Nam cũng ủng hộ")
    found = [a for a in read(text).agreements if a.type == "JointStatement"]
    assert all("agreement.adopted-by-the-meeting" not in rules_of([a]) for a in found)
