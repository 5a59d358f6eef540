# Registration for the sessions that need it (the parallel dialogues):
# invitations, the delegate's profile, seats, waitlists and "My agenda".
# "Register" here means signing up for a session (zh: 报名), not the
# arrival desk (zh: 注册报到).

menu-dialogues = 📝 Đăng ký phiên đối thoại
menu-my = 🗓️ Lịch tham dự của tôi

## Invitations: a delegate opens their delegation's link or types its code.

# Variables: $delegation (text) the delegation's name (a city, country or organisation), $steps (number) how many questions the profile has.
invite-welcome =
    ✅ Trân trọng chào mừng Quý vị! Quý vị được mời với tư cách thành viên đoàn <b>{ $delegation }</b>.
    Để đăng ký tham dự các phiên, xin Quý vị vui lòng trả lời { $steps } câu hỏi ngắn phục vụ việc in thẻ đại biểu và công tác tổ chức. Quý vị có thể dừng bất cứ lúc nào bằng lệnh /cancel.
# Variables: $delegation (text) the delegation's name.
invite-already-member = Quý vị đã được ghi nhận là thành viên đoàn <b>{ $delegation }</b>.
# Someone who belongs to one delegation opens another's invitation.
# Variables: $delegation (text) the delegation they belong to.
invite-other-delegation = Quý vị đã được ghi nhận là thành viên đoàn <b>{ $delegation }</b>, vì vậy lời mời này không được sử dụng. Nếu có nhầm lẫn, xin Quý vị vui lòng liên hệ quầy hỗ trợ đại biểu.
invite-not-found = ❌ Mã mời này không hợp lệ. Xin Quý vị vui lòng kiểm tra và thử lại, hoặc đề nghị cán bộ đầu mối của đoàn gửi đường liên kết mời.
# Variables: $people (number) how many people the invitation covers.
invite-used-up =
    ❌ Lời mời này dành cho { $people ->
       *[other] { $people } người
    } và đã được sử dụng hết. Xin Quý vị vui lòng liên hệ cán bộ đầu mối của đoàn.
# Variables: $date (text) the day it expired, long form.
invite-expired = ❌ Lời mời này đã hết hạn vào { $date }. Xin Quý vị vui lòng đề nghị cán bộ đầu mối của đoàn cấp lời mời mới.
invite-revoked = ❌ Lời mời này đã bị Ban Tổ chức thu hồi. Xin Quý vị vui lòng liên hệ cán bộ đầu mối của đoàn.
# After five wrong codes in ten minutes. Variables: $minutes (number) how long to wait.
invite-slow-down =
    ⏳ Quý vị đã nhập sai mã quá nhiều lần. Xin vui lòng đợi { $minutes ->
       *[other] { $minutes } phút
    } rồi thử lại.
# Someone without an invitation tries to register.
invite-needed = Việc đăng ký tham dự các phiên chỉ dành cho khách mời. Xin Quý vị vui lòng mở đường liên kết do cán bộ đầu mối của đoàn gửi, hoặc nhập mã mời tại đây.

## The profile: a short conversation after the first use of an invitation.

# Variables: $step (number) this question's number, $steps (number) how many there are.
profile-step = Câu hỏi { $step }/{ $steps }
profile-ask-full-name = Xin Quý vị cho biết <b>họ và tên đầy đủ</b> để in trên thẻ đại biểu.
profile-ask-title = Xin Quý vị cho biết <b>chức danh hoặc chức vụ</b>. Ví dụ: Chủ tịch UBND thành phố, Phó Chủ tịch UBND thành phố, Giám đốc Sở Ngoại vụ.
profile-ask-city = Quý vị đại diện cho <b>thành phố</b> nào?
profile-ask-country = Quý vị đến từ <b>quốc gia</b> nào? Xin Quý vị chọn bên dưới hoặc nhập tên quốc gia khác.
profile-ask-organisation = Quý vị thuộc <b>cơ quan, tổ chức</b> nào? Ví dụ: Ủy ban nhân dân thành phố Đà Nẵng.
profile-ask-diet = Quý vị có <b>yêu cầu đặc biệt về ăn uống</b> không?
profile-ask-diet-other = Xin Quý vị mô tả yêu cầu về ăn uống (ví dụ: dị ứng thực phẩm).
profile-ask-interpretation = Trong các phiên, Quý vị cần <b>phiên dịch sang ngôn ngữ nào</b>?
profile-cancel-hint = Để dừng, xin gửi lệnh /cancel.

profile-invalid-empty = Xin Quý vị vui lòng nhập câu trả lời.
# Variables: $max (number) the longest answer accepted, in characters.
profile-invalid-too-long = Câu trả lời quá dài. Xin Quý vị nhập tối đa { $max } ký tự.
profile-invalid-characters = Câu trả lời có ký tự không thể in trên thẻ đại biểu. Xin Quý vị vui lòng nhập lại.
profile-invalid-not-text = Xin Quý vị vui lòng trả lời bằng tin nhắn chữ.
profile-invalid-choose = Xin Quý vị vui lòng chọn một trong các nút bên dưới.

profile-cancelled = Hồ sơ của Quý vị chưa được lưu. Quý vị có thể tiếp tục bất cứ lúc nào bằng lệnh /profile.
profile-saved = ✅ Xin cảm ơn Quý vị! Hồ sơ đã được lưu. Giờ đây Quý vị có thể đăng ký tham dự các phiên đối thoại song song.
profile-updated = ✅ Hồ sơ của Quý vị đã được cập nhật.

profile-title = 👤 <b>Hồ sơ của tôi</b>
# Variables: $delegation (text) the delegation's name.
profile-delegation = Đoàn: <b>{ $delegation }</b>
# One line of the profile. Variables: $field (text) what it is, such as "Name"; $value (text) the answer.
profile-line = { $field }: <b>{ $value }</b>
profile-edit-hint = Để sửa một câu trả lời, xin chạm vào mục tương ứng bên dưới.
# Someone who has not used an invitation asks for their profile.
profile-none = Quý vị chưa có hồ sơ. Việc đăng ký chỉ dành cho khách mời: xin Quý vị vui lòng mở đường liên kết do cán bộ đầu mối của đoàn gửi, hoặc nhập mã mời tại đây.
profile-incomplete = Hồ sơ của Quý vị chưa hoàn tất. Xin mời Quý vị tiếp tục.

# The profile's fields: shown in the profile and on buttons (plain text).
profile-field-full-name = Họ và tên
profile-field-title = Chức danh
profile-field-city = Thành phố
profile-field-country = Quốc gia
profile-field-organisation = Cơ quan, tổ chức
profile-field-diet = Yêu cầu về ăn uống
profile-field-interpretation = Phiên dịch
profile-interpretation-none = Không cần phiên dịch

# Countries offered as buttons (plain text). Others are typed.
country-bn = Bru-nây
country-kh = Cam-pu-chia
country-id = In-đô-nê-xi-a
country-la = Lào
country-my = Ma-lai-xi-a
country-mm = Mi-an-ma
country-ph = Phi-líp-pin
country-sg = Xinh-ga-po
country-th = Thái Lan
country-vn = Việt Nam
country-tl = Ti-mo Lét-xtê
country-cn = Trung Quốc

# Dietary requirements offered as buttons (plain text).
diet-none = Không có yêu cầu đặc biệt
diet-halal = Suất ăn Halal
diet-vegetarian = Ăn chay
diet-vegan = Thuần chay
diet-other = Khác (tôi sẽ ghi rõ)

## The sessions open for registration (/dialogues).

dialogues-title = 📝 <b>Đăng ký tham dự các phiên đối thoại</b>
dialogues-intro = Số chỗ có hạn. Xin chọn một phiên để xem chi tiết và đăng ký.
dialogues-none = Hiện không có phiên nào mở đăng ký.
# Seats of a session. Variables: $left (number) seats still free, $capacity (number) all seats.
dialogues-seats =
    { $left ->
        [0] 🎟️ Đã hết chỗ ({ $capacity } chỗ): vẫn nhận đăng ký vào danh sách chờ
       *[other] 🎟️ Còn { $left }/{ $capacity } chỗ
    }
dialogues-closed = 🔒 Đã hết hạn đăng ký
# Variables: $date (text) the day, long form; $time (text) such as 20:00.
dialogues-closes = Hạn chót đăng ký: { $time }, { $date }.
dialogues-you-confirmed = ✅ Quý vị đã đăng ký
# Variables: $position (number) the delegate's place on the waitlist.
dialogues-you-waitlisted = ⏳ Quý vị đang ở vị trí thứ { $position } trong danh sách chờ

## Registering, from a session's screen.

button-register = ✅ Đăng ký
button-join-waitlist = ⏳ Đăng ký vào danh sách chờ
button-cancel-registration = ❌ Hủy đăng ký
button-leave-waitlist = ❌ Rút khỏi danh sách chờ
button-check-in-code = 🎫 Mã check-in của tôi
button-dialogues = 📝 Tất cả các phiên đối thoại
# Variables: $title (text) the session to switch to.
button-switch = 🔁 Chuyển sang { $title }

# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-confirmed =
    ✅ <b>Quý vị đã đăng ký thành công.</b>

    <b>{ $title }</b>
    { $when }
    { $venue }

    Mã check-in sẽ được gửi trong tin nhắn tiếp theo. Xin Quý vị xuất trình mã này tại cửa vào.
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-waitlisted = ⏳ <b>Phiên này đã hết chỗ.</b> Quý vị đang ở vị trí thứ { $position } trong danh sách chờ của phiên <b>{ $title }</b>. Khi có chỗ trống, hệ thống sẽ tự động xếp chỗ cho Quý vị và tôi sẽ thông báo tại đây.
# Variables: $title (text) session title.
register-already-confirmed = Quý vị đã đăng ký tham dự phiên <b>{ $title }</b>.
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-already-waitlisted = Quý vị đã có tên trong danh sách chờ của phiên <b>{ $title }</b>, ở vị trí thứ { $position }.
# The session overlaps one the delegate has a place in.
# Variables: $title (text) the session they tapped; $other (text) the one they have; $when (text) its day and time.
register-clash = ⚠️ Phiên <b>{ $title }</b> trùng thời gian với phiên <b>{ $other }</b> ({ $when }), nơi Quý vị đã có chỗ. Quý vị có thể chuyển sang phiên này; khi đó, chỗ của Quý vị tại phiên <b>{ $other }</b> sẽ bị hủy.
# Variables: $title (text) session title; $date (text) the day, long form; $time (text) such as 20:00.
register-closed = 🔒 Phiên <b>{ $title }</b> đã hết hạn đăng ký lúc { $time }, { $date }.
# Variables: $title (text) session title.
register-cancelled = Quý vị đã hủy đăng ký tham dự phiên <b>{ $title }</b>. Chỗ của Quý vị sẽ được chuyển cho người kế tiếp trong danh sách chờ.
# Variables: $title (text) session title.
register-left-waitlist = Quý vị đã rút khỏi danh sách chờ của phiên <b>{ $title }</b>.
# Variables: $title (text) session title.
register-not-registered = Quý vị hiện không có chỗ tại phiên <b>{ $title }</b>.
# Sent unprompted when a seat frees up.
# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-promoted =
    🎉 <b>Tin vui: đã có chỗ trống dành cho Quý vị.</b>
    Quý vị đã được đăng ký tham dự:

    <b>{ $title }</b>
    { $when }
    { $venue }

    Mã check-in sẽ được gửi trong tin nhắn tiếp theo. Xin Quý vị xuất trình mã này tại cửa vào.
# The caption of the check-in QR code (at most 1024 characters).
# Variables: $title (text) session title; $when (text) its day and time.
register-code-caption =
    🎫 Mã check-in cho phiên <b>{ $title }</b>
    { $when }
    Xin vui lòng xuất trình mã này cho tình nguyện viên tại cửa vào.

## My agenda (/my).

agenda-title = 🗓️ <b>Lịch tham dự của tôi</b>
agenda-empty = Quý vị chưa đăng ký tham dự phiên nào.
agenda-confirmed = ✅ Đã đăng ký
# Variables: $position (number) place on the waitlist.
agenda-waitlisted = ⏳ Danh sách chờ, vị trí thứ { $position }
agenda-plenary-note = Các phiên toàn thể mở cho tất cả đại biểu, không cần đăng ký; xin xem chi tiết trong chương trình.
button-agenda-ics = 📅 Thêm vào lịch của tôi
button-profile = 👤 Hồ sơ của tôi
# A cancel button for one session of the agenda. Variables: $title (text) session title, shortened.
button-agenda-cancel = ❌ Hủy: { $title }
# The caption of the calendar file. Variables: $event (text) event name; $tz (text) time zone such as Asia/Shanghai.
agenda-ics-caption = 📅 Lịch tham dự của Quý vị tại { $event }. Xin mở tệp này để thêm vào lịch trên điện thoại. Mọi thời gian đều theo giờ địa phương ({ $tz }).
# How a session on the waitlist is named in the calendar. Variables: $title (text) session title.
agenda-ics-waitlisted = { $title } (danh sách chờ)
