# Replies to what the bot cannot handle.

fallback-media = Tôi chỉ đọc được văn bản và nút bấm. Xin mời Quý vị xem trình đơn dưới đây.
fallback-unknown-command = Tôi không nhận ra lệnh này. Xin mời Quý vị xem trình đơn dưới đây.
callback-expired = Nút này đã hết hiệu lực. Xin mời Quý vị xem lại trình đơn dưới đây.
error-generic = Rất tiếc, hệ thống đã gặp sự cố. Xin Quý vị vui lòng thử lại sau ít phút.
fallback-nothing-to-cancel = Hiện không có thao tác nào cần hủy. Xin mời Quý vị xem trình đơn dưới đây.
