# Organisers' commands (ORGANISER_IDS), in a private chat with the bot.

# /stats: who uses the desk.
organiser-stats-title = 📊 <b>Tình hình sử dụng Delegate Desk</b>
# Variables: $count (number) how many delegates have used the desk.
organiser-stats-total =
    { $count ->
        [0] Chưa có đại biểu nào sử dụng Delegate Desk.
       *[other] Đã có { $count } đại biểu sử dụng Delegate Desk.
    }
organiser-stats-by-language = <b>Theo ngôn ngữ</b>
# Delegates who have not chosen a language: the desk follows their Telegram app's.
organiser-stats-no-choice = Chưa chọn (theo ngôn ngữ của ứng dụng Telegram)
# One line per language. Variables: $language (text) the language's name, $count (number) how many delegates.
organiser-stats-line = • { $language }: { $count }

## Invitations (/invite, /invites).

organiser-invite-ask-delegation = 🎟️ <b>Tạo lời mời mới.</b> Lời mời dành cho <b>đoàn</b> nào (thành phố, quốc gia hoặc tổ chức)? Gửi /cancel để dừng.
organiser-invite-ask-people = Lời mời dành cho bao nhiêu <b>người</b>?
organiser-invite-ask-expiry = Lời mời có hiệu lực đến ngày nào? Xin nhập ngày theo dạng 2025-01-14, hoặc chạm “Vô thời hạn”.
button-invite-no-expiry = Vô thời hạn
# Variables: $max (number) the largest number accepted.
organiser-invite-invalid-people = Xin nhập một số từ 1 đến { $max }.
organiser-invite-invalid-date = Xin nhập ngày theo dạng 2025-01-14, từ hôm nay trở đi.
# Variables: $max (number) the longest name accepted, in characters.
organiser-invite-invalid-name = Xin nhập tên đoàn, tối đa { $max } ký tự.
organiser-invite-cancelled = Đã dừng. Không có lời mời nào được tạo.
# Variables: $delegation (text) the delegation; $people (number) people it covers; $link (text) the deep link; $code (text) the code to type.
organiser-invite-created =
    ✅ Đã tạo lời mời cho đoàn <b>{ $delegation }</b>, dành cho { $people ->
       *[other] { $people } người
    }.
    Xin chuyển đường liên kết này (hoặc mã QR bên dưới) cho đoàn:
    { $link }

    Đoàn cũng có thể nhập mã: <code>{ $code }</code>
# Variables: $date (text) the last valid day, long form.
organiser-invite-valid-until = Có hiệu lực đến hết { $date }.
# Variables: $delegation (text) the delegation.
organiser-invite-qr-caption = Lời mời cho đoàn { $delegation }: quét mã để mở Delegate Desk.
organiser-invites-title = 🎟️ <b>Danh sách lời mời</b>
organiser-invites-none = Chưa có lời mời nào. Tạo lời mời bằng lệnh /invite.
# Variables: $delegation (text); $used (number) people registered with it; $people (number) people it covers; $state (text) one of the states below; $code (text) its code.
organiser-invites-line = <b>{ $delegation }</b>: đã dùng { $used }/{ $people } · { $state } · <code>{ $code }</code>
organiser-invites-state-active = còn hiệu lực
organiser-invites-state-used-up = đã dùng hết
organiser-invites-state-expired = đã hết hạn
organiser-invites-state-revoked = đã thu hồi
# Variables: $delegation (text).
button-revoke = ✖️ Thu hồi: { $delegation }
# Variables: $delegation (text).
organiser-invite-revoked = Lời mời cho đoàn <b>{ $delegation }</b> đã được thu hồi. Những người đã đăng ký qua lời mời này vẫn giữ chỗ của mình.

## Registrations (/registrations, /export).

organiser-registrations-title = 📋 <b>Tình hình đăng ký</b>
# Variables: $title (text) session title; $confirmed, $capacity, $waitlist, $checked (numbers).
organiser-registrations-line =
    <b>{ $title }</b>
    Đã đăng ký { $confirmed }/{ $capacity } · danh sách chờ { $waitlist } · đã check-in { $checked }
# Variables: $over (number) confirmed people beyond the capacity.
organiser-registrations-over = ⚠️ Vượt { $over } chỗ so với sức chứa
organiser-registrations-none = Sự kiện không có phiên nào cần đăng ký.
# Variables: $count (number) rows in the file.
organiser-export-caption =
    📄 { $count ->
        [0] Chưa có lượt đăng ký nào.
       *[other] Tổng cộng { $count } lượt đăng ký.
    } Tên viết bằng mọi hệ chữ đều hiển thị đúng trong Excel.

## Reloading the event file (/reload).

organiser-reload-ok = ✅ Đã tải lại tệp sự kiện.
# Variables: $count (number) people moved from waitlists to confirmed seats.
organiser-reload-promoted =
    { $count ->
       *[other] Đã xếp chỗ cho { $count } người từ danh sách chờ và đã thông báo cho họ.
    }
# Variables: $title (text) session title; $over (number) confirmed people beyond the new capacity.
organiser-reload-over = ⚠️ <b>{ $title }</b>: số người đã đăng ký vượt { $over } chỗ so với sức chứa mới. Không ai bị xóa khỏi danh sách.
# Variables: $count (number) problems found.
organiser-reload-failed =
    ❌ { $count ->
       *[other] Tệp sự kiện có { $count } lỗi
    }; hệ thống tiếp tục dùng nội dung hiện tại:
# Before revoking. Variables: $delegation (text); $used (number) people already registered with it.
organiser-invite-revoke-confirm =
    Xác nhận thu hồi lời mời cho đoàn <b>{ $delegation }</b>? Đường liên kết và mã của lời mời sẽ không còn hiệu lực. { $used ->
        [0] Chưa có ai sử dụng lời mời này.
       *[other] { $used } người đã đăng ký qua lời mời này vẫn giữ chỗ của mình.
    }
button-revoke-confirm = ✖️ Có, thu hồi
