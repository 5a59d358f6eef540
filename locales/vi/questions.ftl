# Typed questions: the bot's answers, and questions passed to volunteers.

## Words the bot looks for in a question (never shown). One way of saying
## it per line; write what delegates type, with and without accents where
## people often leave them out. Several words on a line must all be there.

ask-words-now =
    bây giờ
    bgio
    hiện giờ
    hiện tại
    đang diễn ra
    dang dien ra
    sắp diễn ra
    tiếp theo
ask-words-today =
    hôm nay
    hnay
    tối nay
    đêm nay
    dem nay
ask-words-tomorrow =
    ngày mai
    sáng mai
    chiều mai
ask-words-day-after-tomorrow =
    ngày kia
    ngày mốt
ask-words-yesterday =
    hôm qua
    hqua
ask-words-morning =
    buổi sáng
    sáng nay
    sáng mai
    sáng sớm
ask-words-afternoon =
    buổi chiều
    chiều nay
    chiều mai
ask-words-evening =
    buổi tối
    tối nay
    đêm nay
    dem nay
    ban đêm
    ban dem
ask-words-programme =
    chương trình
    lịch trình
    lịch làm việc
    lịch hoạt động
    nghị trình
    hoạt động gì
    sự kiện gì
    diễn ra những gì
    agenda
    schedule
# Questions about the programme in general, without a day (never shown):
# the bot learns from them what a programme question sounds like.
ask-programme =
    có gì diễn ra không
    co gi dien ra khong
    có hoạt động gì không ạ
    có những hoạt động nào
    có hđ gì ko
    có sự kiện gì vậy
    chúng ta sẽ làm gì
    mình làm j vậy ad
    cho mình xem lịch trình với
    cho mk xin lịch trình vs ạ
    lich trinh the nao
    lịch trình đầy đủ
    toàn bộ chương trình nghị sự
    danh sách các phiên họp
    có những phiên nào
    dự kiến có những gì
    kế hoạch thế nào ạ
    full agenda hội nghị
# Other ways to write each weekday (1 = Monday); the full names come from
# date-weekday-N. One per line.
ask-words-weekday-1 =
    thứ 2
    thu 2
    thứ2
    thu2
    t2
    thu hai
ask-words-weekday-2 =
    thứ 3
    thu 3
    thứ3
    thu3
    t3
    thu ba
ask-words-weekday-3 =
    thứ 4
    thu 4
    thứ4
    thu4
    t4
    thu tu
ask-words-weekday-4 =
    thứ 5
    thu 5
    thứ5
    thu5
    t5
    thu nam
ask-words-weekday-5 =
    thứ 6
    thu 6
    thứ6
    thu6
    t6
    thu sau
ask-words-weekday-6 =
    thứ 7
    thu 7
    thứ7
    thu7
    t7
    thu bay
ask-words-weekday-7 =
    cn
    chu nhat
    chủ nhựt
    chu nhut

## Answers

# Above every answer, so that a wrong match is obvious.
# Variables: $topic (text) what the answer is about.
ask-about = ℹ️ <b>Về { $topic }:</b>
# Under an answer whose facts are still the sample ones.
ask-sample-note = <i>Câu trả lời mẫu: Ban Tổ chức sẽ xác nhận thông tin chi tiết.</i>
# The topic of a programme answer.
# Variables: $day (text) a date, such as "Thursday 16 January 2025".
ask-topic-day = chương trình { $day }
# Variables: $day (text) a date; $part (text) a part of the day.
ask-topic-day-part = chương trình { $part } { $day }
ask-part-morning = buổi sáng
ask-part-afternoon = buổi chiều
ask-part-evening = buổi tối
ask-topic-now = các hoạt động đang diễn ra
ask-topic-programme = chương trình
# Variables: $dates (text) the event's dates.
ask-day-empty = Không có hoạt động nào trong chương trình vào thời gian này. Sự kiện diễn ra vào { $dates }.
# Variables: $language (text) the delegate's language, in that language.
ask-unsure = 🤔 Tôi chưa chắc đã hiểu đúng câu hỏi của Quý vị. Quý vị có muốn tôi chuyển câu hỏi này tới một tình nguyện viên nói { $language } không? Tình nguyện viên sẽ trả lời Quý vị tại đây.
button-ask-volunteer = 🙋 Hỏi tình nguyện viên
button-ask-whole-day = 📅 Xem cả ngày

## Asking a volunteer

# Variables: $language (text) the delegate's language, in that language.
ask-prompt = 🙋 Xin Quý vị nhập câu hỏi bằng lời của mình. Một tình nguyện viên nói { $language } sẽ trả lời tại đây. Để dừng, xin gửi lệnh /cancel.
# Variables: $ticket (number) the question's number.
ask-sent = ✅ Câu hỏi số { $ticket } của Quý vị đã được chuyển tới các tình nguyện viên. Một tình nguyện viên sẽ trả lời Quý vị tại đây. Các tin nhắn Quý vị gửi tiếp theo cũng sẽ được chuyển tới các tình nguyện viên cho đến khi câu hỏi được đóng lại.
ask-added = ✅ Đã chuyển tới các tình nguyện viên.
ask-cancelled = Câu hỏi của Quý vị chưa được gửi.
button-ask-done = ✔️ Tôi đã nhận được câu trả lời
ask-limit = ⏳ Quý vị đã gửi khá nhiều tin nhắn tới các tình nguyện viên trong một thời gian ngắn. Xin Quý vị vui lòng đợi vài phút: các tình nguyện viên đã nhận được tin nhắn của Quý vị và sẽ trả lời.
# Variables: $phone (text) the help desk's phone.
ask-unavailable = Rất tiếc, hiện không thể liên lạc với các tình nguyện viên từ đây. Xin Quý vị vui lòng gọi điện cho quầy hỗ trợ đại biểu: { $phone }.
# Variables: $ticket (number) the question's number.
ask-claimed = 🙋 Một tình nguyện viên đang xử lý câu hỏi số { $ticket } của Quý vị.
# Introduces what a volunteer sent.
# Variables: $ticket (number) the question's number.
ask-reply = 💬 <b>Tình nguyện viên trả lời</b> (câu hỏi số { $ticket }):
# Variables: $ticket (number) the question's number.
ask-closed = ✔️ Câu hỏi số { $ticket } của Quý vị đã được đóng lại. Câu trả lời có giúp ích cho Quý vị không?
button-helpful-yes = 👍 Có
button-helpful-no = 👎 Không
ask-thanks = Xin cảm ơn Quý vị! Ý kiến này giúp chúng tôi phục vụ tốt hơn.

## The volunteers' group (in the volunteers' language, VOLUNTEER_LANGUAGE)

# A new question.
# Variables: $ticket (number) its number; $language (text) the delegate's language.
ticket-title = 🆕 <b>Câu hỏi số { $ticket }</b> · { $language }
# Variables: $name (text) the delegate's first name.
ticket-from = Người hỏi: { $name }
# Variables: $name (text) first name; $delegation (text) their delegation.
ticket-from-delegation = Người hỏi: { $name }, đoàn { $delegation }
ticket-hint = ↩️ Để phản hồi, hãy trả lời (reply) tin nhắn này; nếu nhóm dùng Chủ đề, hãy viết trong chủ đề này. Đại biểu sẽ thấy câu trả lời nhưng không thấy tên bạn.
# Variables: $names (text) volunteers' names, as mentions.
ticket-mention = 📣 { $names }
# Variables: $name (text) who claimed it.
ticket-claimed = 🙋 { $name } đã nhận xử lý
# Variables: $name (text) who closed it.
ticket-closed = ✔️ { $name } đã đóng
ticket-closed-by-delegate = ✔️ Đại biểu đã đóng
# Variables: $ticket (number) its number; $minutes (number) how long it has waited.
ticket-reraise = ⏰ <b>Câu hỏi số { $ticket } vẫn đang chờ</b> (đã { $minutes } phút). Bạn nào có thể nhận?
# Variables: $ticket (number); $name (text) the delegate's first name.
ticket-follow-up = 💬 <b>Số { $ticket }</b>, { $name } bổ sung:
ticket-feedback-yes = 👍 Đại biểu thấy câu trả lời hữu ích.
ticket-feedback-no = 👎 Đại biểu thấy câu trả lời chưa hữu ích.
ticket-unreachable = ⚠️ Không liên lạc được với đại biểu: có thể đại biểu đã chặn bot.
# Variables: $ticket (number).
ticket-is-closed = Câu hỏi số { $ticket } đã được đóng: tin nhắn của bạn không được chuyển tới đại biểu.
# Name of the forum topic of a question (at most 128 characters).
# Variables: $ticket (number); $language (text); $name (text) first name.
ticket-topic-name = Số { $ticket } · { $language } · { $name }
button-ticket-claim = 🙋 Nhận
button-ticket-close = ✔️ Đóng
# Pop-ups.
# Variables: $name (text) who claimed it.
button-ticket-taken = { $name } đã nhận câu hỏi này.
button-ticket-not-volunteer = Chỉ tình nguyện viên của quầy hỗ trợ mới thực hiện được thao tác này.
button-ticket-gone = Câu hỏi này đã được đóng.
# Languages named for the volunteers.
ticket-language-en = Tiếng Anh
ticket-language-zh-CN = Tiếng Trung
ticket-language-id = Tiếng Indonesia
ticket-language-ms = Tiếng Mã Lai
ticket-language-th = Tiếng Thái
ticket-language-vi = Tiếng Việt
ticket-language-fil = Tiếng Filipino
ticket-language-km = Tiếng Khmer
ticket-language-lo = Tiếng Lào
ticket-language-my = Tiếng Myanmar

## A volunteer's languages (/volunteer, in a private chat)

volunteer-languages = 🗣 <b>Các ngôn ngữ bạn dùng để trả lời</b>
    Chạm vào từng ngôn ngữ bạn có thể dùng để trả lời câu hỏi. Khi có câu hỏi mới bằng các ngôn ngữ đó, bạn sẽ được nhắc đến (tag) trong nhóm tình nguyện viên.
volunteer-languages-none = Bạn chưa chọn ngôn ngữ nào.
button-volunteer-done = ✅ Xong
volunteer-languages-saved = ✅ Đã lưu. Khi có câu hỏi mới bằng các ngôn ngữ của bạn, bạn sẽ được nhắc đến (tag) trong nhóm tình nguyện viên.
volunteer-not-member = Chức năng này dành cho tình nguyện viên của quầy hỗ trợ. Xin tham gia nhóm tình nguyện viên trước, rồi gửi lại lệnh /volunteer.

## Organisers' statistics (/stats)

# Variables: $open, $claimed, $closed (numbers).
organiser-stats-tickets = 🙋 <b>Câu hỏi chuyển tới tình nguyện viên</b>: { $open } đang chờ, { $claimed } đang được trả lời, { $closed } đã đóng.
# Variables: $share (number) percent; $rated (number) how many answered the question.
organiser-stats-helpful = 👍 Thấy hữu ích: { $share }% trong số { $rated } lượt đánh giá.
# Variables: $minutes (number).
organiser-stats-first-answer = ⏱ Thời gian chờ đến câu trả lời đầu tiên (trung vị): { $minutes } phút.
# Variables: $answered (number); $asked (number).
organiser-stats-answered = 🤖 Câu hỏi nhập bằng chữ do bot tự trả lời: { $answered }/{ $asked }.

command-ask = Hỏi tình nguyện viên
command-volunteer = Tình nguyện viên: chọn ngôn ngữ trả lời
