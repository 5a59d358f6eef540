# Help (/help) and the bot's profile texts.

help-text =
    ❓ <b>Trợ giúp</b>
    Tôi là quầy thông tin trực tuyến của sự kiện. Tôi có thể cung cấp cho Quý vị:
    📅 chương trình theo từng ngày và các hoạt động đang diễn ra;
    📍 các địa điểm, kèm vị trí trên bản đồ và thẻ địa chỉ để đưa tài xế taxi;
    🚌 cách di chuyển: sân bay, nhà ga, tàu điện ngầm, xe đưa đón của sự kiện và taxi.
    💬 Quý vị cũng có thể nhập câu hỏi bằng lời của mình; nếu tôi chưa trả lời được, một tình nguyện viên nói ngôn ngữ của Quý vị sẽ trả lời (/ask).
    ⏰ Tôi sẽ nhắc Quý vị trước mỗi phiên và gửi bản tin buổi sáng hằng ngày; Quý vị có thể chọn cách nhận trong mục Cài đặt ⚙️ /settings.
    📣 Các thông báo của Ban Tổ chức sẽ được gửi đến Quý vị tại đây; các thông báo mới nhất nằm ở mục 📣 Thông báo trong trình đơn.
    Xin dùng các nút bấm hoặc các lệnh sau: /menu /schedule /now /venues /transport /settings /language /help
    🌐 Để đổi ngôn ngữ, xin gửi lệnh /language.
# Variables: $desk (text) where the help desk is, $phone (text), $email (text).
help-contacts =
    <b>Quý vị cần hỗ trợ trực tiếp?</b>
    { $desk }
    ☎️ { $phone }
    ✉️ { $email }

## Command menu (at most 256 characters each)

command-start = Bắt đầu và chọn ngôn ngữ
command-menu = Trình đơn chính
command-schedule = Chương trình theo từng ngày
command-now = Đang diễn ra và sắp diễn ra
command-venues = Địa điểm, bản đồ và thẻ địa chỉ cho taxi
command-transport = Sân bay, nhà ga, tàu điện ngầm, xe đưa đón, taxi
command-language = Đổi ngôn ngữ
command-help = Trợ giúp và liên hệ

## Bot profile

# Shown in the empty chat before /start (at most 512 characters).
# Variables: $event (text) event name with its city.
bot-description = Delegate Desk là quầy thông tin trực tuyến của { $event }: chương trình, các địa điểm kèm bản đồ và thẻ địa chỉ cho taxi, cùng hướng dẫn di chuyển — bằng mười ngôn ngữ. Xin nhấn Bắt đầu.
# Shown on the bot's profile (at most 120 characters).
# Variables: $event (text) event name.
bot-short-description = Chương trình, địa điểm và cách di chuyển tại { $event }, bằng ngôn ngữ của Quý vị.
command-dialogues = Đăng ký các phiên đối thoại song song
command-my = Lịch tham dự và tệp lịch
command-profile = Hồ sơ của tôi
command-cancel = Dừng biểu mẫu đang điền
command-invite = Ban Tổ chức: tạo lời mời mới
command-invites = Ban Tổ chức: danh sách lời mời
command-registrations = Ban Tổ chức: đăng ký theo từng phiên
command-export = Ban Tổ chức: xuất danh sách đăng ký ra bảng tính
command-reload = Ban Tổ chức: tải lại tệp sự kiện
command-stats = Ban Tổ chức: tình hình sử dụng
