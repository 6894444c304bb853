"""What a guest is glad to attend on the trip ("bày tỏ vui mừng được sang thăm X, dự lễ Y và chứng kiến
buổi diễn tập Z") is the trip's programme, told on no day of its own: some day of the trip, the month of
the day told before (round 49, mend54)."""

from kg.model import PartialDate
from reading_helpers import events, rules_of

PAGE_DAY = PartialDate(2024, 6, 10)
WELCOME = ("Sáng 9/6, tại Hà Nội, Thượng tướng Nguyễn Văn Hải chủ trì lễ đón Đại tướng Somchai Rattana, Tư lệnh "
           "Lục quân Thái Lan, sang thăm chính thức Việt Nam. Ngay sau lễ đón, hai bên đã hội đàm.")


def test_drill_the_guest_is_glad_to_watch_takes_the_month():
    text = (WELCOME + "\n\nĐại tướng Somchai Rattana bày tỏ vui mừng được sang thăm Việt Nam, tham dự hội thảo "
            "và chứng kiến diễn tập tìm kiếm cứu nạn chung giữa lục quân hai nước; tin tưởng các hoạt động này sẽ "
            "thành công.")
    drills = events(text, PAGE_DAY, "Exercise")
    assert [str(d.start) for d in drills] == ["2024-06"]
    assert "event.programme-the-guest-is-glad-of" in rules_of(drills)


def test_the_talks_keep_their_day():
    text = (WELCOME + "\n\nĐại tướng Somchai Rattana bày tỏ vui mừng được sang thăm Việt Nam và chứng kiến diễn tập "
            "tìm kiếm cứu nạn chung giữa lục quân hai nước.")
    assert [str(t.start) for t in events(text, PAGE_DAY, "Talks")] == ["2024-06-09"]


def test_a_drill_narrated_after_the_welcome_keeps_the_day():
    text = (WELCOME + "\n\nSau lễ đón, hai bên đã cùng chứng kiến buổi diễn tập tìm kiếm cứu nạn chung giữa lục "
            "quân hai nước.")
    assert [str(d.start) for d in events(text, PAGE_DAY, "Exercise")] == ["2024-06-09"]
