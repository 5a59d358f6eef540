# The programme (/schedule), a session's detail and "now and next" (/now).

schedule-title = 📅 <b>Chương trình</b>
schedule-choose-day = Xin chọn ngày:

# Said once at the top of each programme view.
# Variables: $tz (text) time-zone name such as Asia/Shanghai, $offset (text) such as UTC+8.
schedule-timezone-note = Mọi thời gian đều theo giờ địa phương ({ $tz }, { $offset }).

# Variables: $date (text) the day, long form.
schedule-day-title = 📅 <b>{ $date }</b>
schedule-day-empty = Không có hoạt động nào trong ngày này.
schedule-day-hint = Xin chạm vào một phiên để xem chi tiết.

# Variables: $venue (text) venue name.
schedule-venue = 📍 { $venue }
# Variables: $venue (text) venue name, $room (text) room name.
schedule-venue-room = 📍 { $venue }, { $room }

# Variables: $date (text) the day, long form; $start, $end (text) times such as 09:00; $offset (text) such as UTC+8.
schedule-session-when = 🗓️ { $start }–{ $end }, { $date } ({ $offset })

# Button from a session to its venue. Variables: $venue (text) venue name.
schedule-open-venue = 📍 { $venue }
# Button from a session back to its day. Variables: $date (text) the day, short form.
schedule-back-to-day = ◀️ { $date }

## Kinds of session

schedule-kind-registration = Đăng ký
schedule-kind-plenary = Phiên toàn thể
schedule-kind-parallel-dialogue = Đối thoại song song
schedule-kind-signing = Lễ ký kết
schedule-kind-release = Lễ công bố
schedule-kind-exchange = Trao đổi song phương
schedule-kind-visit = Tham quan
schedule-kind-meal = Dùng bữa
schedule-kind-reception = Tiệc chiêu đãi
schedule-kind-departure = Tiễn đoàn

## Now and next

now-title = ⏱️ <b>Đang và sắp diễn ra</b>
# Variables: $time (text) local time such as 10:05, $date (text) the day, long form, $offset (text) such as UTC+8.
now-clock = Giờ địa phương: { $time }, { $date } ({ $offset }).
# A session on another day in "coming up".
# Variables: $date (text) the day, long form; $start, $end (text) times such as 09:00.
now-other-day = { $start }–{ $end }, { $date }
now-current = <b>Đang diễn ra</b>
now-next = <b>Sắp diễn ra</b>
now-nothing-current = Hiện không có phiên nào đang diễn ra.
now-nothing-next = Hôm nay không còn hoạt động nào khác trong chương trình.
# Variables: $event (text) event name, $date (text) first day, long form.
now-before = { $event } chưa bắt đầu. Sự kiện sẽ khai mạc vào { $date }.
# Variables: $event (text) event name.
now-after = { $event } đã kết thúc. Trân trọng cảm ơn Quý vị đã tham dự!
now-programme = 📅 Toàn bộ chương trình

# A session cancelled on site by the organisers.
schedule-cancelled = ❌ <b>Đã hủy</b>
# A session changed on site. Variables: $was (text) its time or place before.
schedule-changed = ⚠️ <b>Đã thay đổi</b> (trước đây: { $was })
