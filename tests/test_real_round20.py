"""Fresh real pages, third pass (issue 10, round 20): a meeting of a standing bilateral working
group ("phiên họp lần thứ 3 của Nhóm công tác chung", "cuộc họp trực tuyến Nhóm làm việc chung ...")
is a Meeting; the group named without a word of meeting before it is no meeting. Sentences
written for these tests."""

from kg.model import PartialDate
from reading_helpers import drops, events, read, rules_of

PUBLISHED = PartialDate(2031, 3, 12)


def test_a_session_of_a_joint_working_group_is_a_meeting():
    text = ("Họp Nhóm công tác chung Việt Nam - Malaysia\n\n"
            "Chiều 10/3, Thiếu tướng Trần Văn Bình, Phó Cục trưởng Cục Đối ngoại và Đại tá Ahmad Zaki, "
            "Cục trưởng Cục Chính sách, Bộ Quốc phòng Malaysia đồng chủ trì phiên họp lần thứ 5 của "
            "Nhóm công tác chung về hợp tác quốc phòng.\n")
    meetings = events(text, PUBLISHED, kind="Meeting")
    assert [m.start for m in meetings] == [PartialDate(2031, 3, 10)]
    assert {"VNM", "MYS"} <= set(meetings[0].countries)


def test_an_online_meeting_of_a_working_group_named_by_its_edition():
    text = ("Đẩy mạnh hợp tác quốc phòng Việt Nam - Ấn Độ\n\n"
            "Ngày 9/3, cuộc họp trực tuyến Nhóm làm việc chung Việt Nam - Ấn Độ lần thứ 12 đã được tổ chức "
            "giữa Bộ Quốc phòng hai nước.\n")
    meetings = events(text, PUBLISHED, kind="Meeting")
    assert [m.start for m in meetings] == [PartialDate(2031, 3, 9)]
    assert {"VNM", "IND"} <= set(meetings[0].countries)


def test_a_working_group_set_up_is_no_meeting():
    text = ("Ký kết hợp tác giữa hai tỉnh\n\n"
            "Ngày 8/3, Bộ Chỉ huy Quân sự tỉnh Điện Biên và Bộ Chỉ huy Quân sự tỉnh Phông Sả Lỳ (Lào) "
            "đã nhất trí thành lập Nhóm công tác chung để triển khai kế hoạch hợp tác hằng năm.\n")
    assert events(text, PUBLISHED, kind="Meeting") == []
    assert "event.working-group-not-met" in drops(read(text, PUBLISHED), "event")


def test_the_meeting_of_a_working_group_names_its_rule():
    text = ("Họp Nhóm công tác chung Việt Nam - Malaysia\n\n"
            "Chiều 10/3, hai bên đồng chủ trì phiên họp lần thứ 5 của Nhóm công tác chung về hợp tác quốc "
            "phòng giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Malaysia.\n")
    assert "event.working-group-meeting" in rules_of(events(text, PUBLISHED, kind="Meeting"))


def test_a_signing_day_on_a_line_cleaning_removed_does_not_date_the_page():
    from kg.pipeline.dates import infer_publication_date

    body = ("Giao lưu hải quân trên đảo\n\n"
            "Ngày 8/6, hải quân hai nước Việt Nam và Philippines tổ chức giao lưu trên đảo Song Tử Tây.\n")
    signed = ["tin” ký ngày 26-10-2031 và “Quy chế giao lưu nhân sự tại đảo"]
    assert infer_publication_date(body, body, signed) is None
    related = ["Hải quân hai nước giao lưu trên biển (26-10-2031)"]
    assert infer_publication_date(body, body, related) is not None
    # a related story's title telling a signing is news of its day: it still dates the page
    titled = ["Hai bộ quốc phòng ký ngày 26-10-2031 kế hoạch hợp tác năm tới"]
    assert infer_publication_date(body, body, titled) is not None
