# Check-in at the door: a volunteer scans a delegate's check-in QR code,
# which opens the bot.

# What the volunteer sees after scanning.
# Variables: $name (text) the delegate's full name; $delegation (text) their delegation; $title (text) session title; $when (text) its day and time.
checkin-card =
    🎫 <b>Check-in đại biểu</b>

    <b>{ $name }</b>
    { $delegation }

    { $title }
    { $when }
button-check-in = ✅ Xác nhận có mặt
# Variables: $time (text) such as 13:52.
checkin-done = ✅ Đã check-in lúc { $time }.
# Variables: $time (text) such as 13:52.
checkin-already = ⚠️ Đại biểu này đã check-in lúc { $time }.
# The delegate opens their own code. Variables: $title (text) session title.
checkin-own-code = 🎫 Đây là mã check-in của Quý vị cho phiên <b>{ $title }</b>. Xin vui lòng xuất trình mã này cho tình nguyện viên tại cửa vào.
# Anyone else who opens a check-in code learns nothing about its owner.
checkin-not-for-you = Mã này chỉ dành cho tình nguyện viên quét tại cửa vào.
checkin-unknown = ❌ Mã check-in này không hợp lệ: có thể đăng ký tương ứng đã bị hủy.
