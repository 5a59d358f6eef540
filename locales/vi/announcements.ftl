# Announcements: organisers compose and send them; delegates read them and
# acknowledge; sessions changed on site announce themselves.

## Composing (/announce, organisers only).

announce-prompt = 📣 <b>Thông báo mới.</b> Xin gửi nội dung thông báo cho tôi như một tin nhắn thông thường: văn bản có định dạng, ảnh, tệp hoặc vị trí kèm chú thích. Đại biểu sẽ nhận được đúng tin nhắn đó.
announce-use-buttons = Xin dùng các nút bên dưới (hoặc gửi /cancel).
announce-discarded = Đã hủy bỏ thông báo; không có tin nhắn nào được gửi.
# Variables: $language (text) the language's name, in itself.
announce-version-prompt = Xin gửi cho tôi phiên bản <b>{ $language }</b>. Các đại biểu dùng Delegate Desk bằng ngôn ngữ này sẽ nhận phiên bản đó thay cho bản gốc.
announce-version-title = Phiên bản này dành cho ngôn ngữ nào? (✅: đã có phiên bản; gửi phiên bản khác sẽ thay thế phiên bản cũ.)
announce-versions-none = chưa có: tất cả đều nhận bản gốc
# The composer. Variables: $summary (text) the start of the announcement; $audience (text) who it goes to; $count (number) how many people; $languages (text) how many read each language; $versions (text) the languages with their own version; $ack (text) "yes" or "no".
announce-composer =
    📣 <b>Thông báo</b>
    <i>{ $summary }</i>

    👥 <b>Gửi tới:</b> { $audience } ({ $count ->
       *[other] { $count } người
    })
    { $languages }
    🌐 <b>Phiên bản:</b> { $versions }
    ✅ <b>Yêu cầu xác nhận:</b> { $ack ->
        [yes] có
       *[no] không
    }
announce-audience-title = 👥 Ai sẽ nhận thông báo này?
announce-audience-pick = Xin chọn một mục:
announce-audience-empty = Hiện chưa có mục nào để chọn.
# Audiences named in the composer. Variables: $session (text) the session's title.
announce-audience-registrants = Người đã đăng ký phiên { $session }
announce-audience-waitlist = Danh sách chờ của phiên { $session }
announce-audience-session = Tất cả những người có chỗ tại phiên { $session }
# Variables: $id (number) the announcement's number.
announce-audience-unacknowledged = Người chưa xác nhận thông báo số { $id }
# Above each copy in the preview. Variables: $language (text); $count (number) readers of that language; $version (text) "own" or "original".
announce-preview-header =
    👁 <b>{ $language }</b> · { $count ->
       *[other] { $count } người
    } · { $version ->
        [own] phiên bản riêng
       *[original] bản gốc
    }
announce-preview-nobody = 👁 Hiện chưa có ai trong nhóm người nhận này.

button-announce-audience = 👥 Người nhận
button-announce-version = 🌐 Thêm phiên bản
button-announce-ack-on = ✅ Yêu cầu xác nhận: bật
button-announce-ack-off = ☐ Yêu cầu xác nhận: tắt
button-announce-preview = 👁 Xem trước
# Variables: $count (number) how many people.
button-announce-send = 📤 Gửi tới { $count } người
button-announce-discard = ✖ Hủy bỏ
button-announce-back = ⬅ Quay lại
button-audience-everyone = Tất cả mọi người
button-audience-registrants = Người đăng ký một phiên
button-audience-waitlist = Danh sách chờ của một phiên
button-audience-language = Theo ngôn ngữ
button-audience-country = Theo quốc gia
button-audience-delegation = Theo đoàn
button-audience-volunteers = Tình nguyện viên
button-audience-organisers = Ban Tổ chức

## Delivery, progress and reports.

# Variables (all three): $id (number); $summary (text); $total, $sent, $failed, $unreachable, $remaining, $stopped (numbers); $rate (text) messages a second; $left (text) time left, m:ss.
announce-progress =
    📤 <b>Thông báo số { $id }</b> đang được gửi
    <i>{ $summary }</i>
    Đã gửi { $sent }/{ $total } · lỗi { $failed } · không liên lạc được { $unreachable } · còn lại { $remaining }
    { $rate } tin nhắn/giây · còn khoảng { $left }
announce-report-done =
    ✅ <b>Thông báo số { $id }</b> đã được gửi xong
    <i>{ $summary }</i>
    Đã gửi { $sent }/{ $total } · lỗi { $failed } · không liên lạc được (đã chặn bot) { $unreachable }
announce-report-stopped =
    ⏹ <b>Thông báo số { $id }</b> đã dừng gửi
    <i>{ $summary }</i>
    Đã gửi { $sent }/{ $total } · chưa gửi { $stopped } · lỗi { $failed } · không liên lạc được { $unreachable }
# Variables: $acked (number) acknowledgements; $sent (number) delivered.
announce-acks = ✅ Đã xác nhận: { $acked }/{ $sent }
button-announce-stop = ⏹ Dừng
# Variables: $count (number) who have not acknowledged.
button-announce-remind = 🔔 Nhắc { $count } người chưa xác nhận
button-announcements = 📋 Các thông báo
announce-list-title = 📋 <b>Các thông báo gần đây</b>
announce-list-empty = Chưa có thông báo nào được gửi. Gửi /announce để soạn thông báo.
# Variables: $id (number); $summary (text); $state (text) draft, sending, done or stopped; $sent, $total, $failed, $unreachable, $acked (numbers); $ack (text) "yes" or "no".
announce-list-item =
    <b>Số { $id }</b> { $state ->
        [sending] 📤 đang gửi
        [stopped] ⏹ đã dừng
        [draft] 📝 bản nháp
       *[done] ✅ đã gửi xong
    } · <i>{ $summary }</i>
    Đã gửi { $sent }/{ $total } · lỗi { $failed } · không liên lạc được { $unreachable }{ $ack ->
        [yes] { " " }· đã xác nhận { $acked }
       *[no] { "" }
    }

## Delegates.

button-announce-got-it = ✅ Đã rõ
announce-toast-thanks = Xin cảm ơn, đã ghi nhận.
button-announcements-latest = 📣 Thông báo
latest-title = 📣 <b>Thông báo mới nhất</b>
latest-empty = 📣 Hiện chưa có thông báo nào. Quý vị sẽ nhận được thông báo tại đây ngay khi Ban Tổ chức gửi đi.

## Schedule changes: the notices delegates receive.

# Variables: $session (text) the session's title; $date (text) its day.
notice-session-cancelled =
    ❌ <b>Đã hủy:</b> { $session }
    { $date }
notice-session-changed =
    ⚠️ <b>Thay đổi chương trình:</b> { $session }
    { $date }
# Variables: $date (text) the new day.
notice-session-day = 📅 Nay chuyển sang { $date }
# Variables: $from (text) the old start; $to (text) the new start; $end (text) the new end.
notice-session-time = 🕒 { $from } → <b>{ $to }</b> (kết thúc lúc { $end })
# Variables: $from (text) the old place; $to (text) the new place.
notice-session-place = 📍 { $from } → <b>{ $to }</b>
# Variables: $venue (text) the venue; $address (text) its address now.
notice-venue-changed =
    📍 <b>Cập nhật địa điểm:</b> { $venue }
    Địa chỉ hoặc vị trí trên bản đồ đã thay đổi: { $address }
# Variables: $shuttle (text) the shuttle; $from (text) the old departures; $to (text) the new ones.
notice-shuttle-changed =
    🚌 <b>Thay đổi giờ xe đưa đón:</b> { $shuttle }
    Trước đây: { $from }
    Hiện nay: <b>{ $to }</b>
button-notice-session = 📋 Chi tiết phiên

## Changing a session on site (organisers, from the session's screen).

button-change-session = ✏️ Thay đổi phiên này (Ban Tổ chức)
# Variables: $session (text) the session's title.
change-title = ✏️ <b>Thay đổi:</b> { $session }
# Variables: $minutes (number).
button-change-delay = +{ $minutes } phút
button-change-move = 📍 Chuyển sang phòng hoặc địa điểm khác
button-change-cancel = ❌ Hủy phiên này
change-move-venue = 📍 Chuyển đến địa điểm nào?
change-move-room = Phòng nào?
button-change-no-room = Không chỉ định phòng
# Variables: $notice (text) the notice as delegates will read it; $count (number) how many will receive it.
change-preview =
    👁 <b>Đại biểu sẽ nhận được thông báo này</b>, mỗi người bằng ngôn ngữ của mình ({ $count ->
       *[other] { $count } người
    }):

    { $notice }
# Variables: $count (number) how many will be told.
button-change-confirm = ✅ Xác nhận và báo cho { $count } người
change-impossible = Không thể thực hiện thay đổi này đối với phiên này (lùi giờ sang quá nửa đêm, phiên đã bị hủy, hoặc không có gì thay đổi).
change-reload-title = 🔄 <b>Tệp sự kiện mới làm thay đổi chương trình của đại biểu.</b> Đại biểu sẽ nhận được các thông báo sau, mỗi người bằng ngôn ngữ của mình:
# Variables: $count (number) how many messages.
button-change-notify = 📣 Báo cho người liên quan ({ $count })
# Variables: $count (number) how many messages.
change-notified = 📣 Các thông báo đang được gửi ({ $count } tin nhắn). Lệnh /announcements cho biết tiến độ gửi.
command-announce = Ban Tổ chức: gửi thông báo
command-announcements = Ban Tổ chức: các thông báo gần đây
