# The volunteers' group (VOLUNTEER_CHAT_ID): what the bot says there.

volunteer-group-help =
    🤝 <b>Delegate Desk: nhóm tình nguyện viên</b>
    Những câu hỏi của đại biểu mà Delegate Desk không trả lời được sẽ được chuyển vào nhóm này, bằng ngôn ngữ của đại biểu, để tình nguyện viên thông thạo ngôn ngữ đó trả lời.
    Để tra cứu thông tin trong khi hỗ trợ đại biểu: /schedule /now /venues /transport
volunteer-group-checkin = 🎫 Để check-in cho đại biểu tại cửa vào, xin quét mã QR check-in của đại biểu bằng camera điện thoại: mã QR sẽ mở bot này, hiển thị thông tin đại biểu cùng nút xác nhận có mặt.
