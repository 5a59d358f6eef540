# Venues (/venues), the map pin and the taxi card.

venues-title =
    📍 <b>Địa điểm và bản đồ</b>
    Xin chọn một địa điểm để xem vị trí trên bản đồ và thẻ địa chỉ đưa tài xế taxi.
venues-taxi-button = 🚕 Thẻ địa chỉ cho tài xế
venues-all-button = 📍 Tất cả địa điểm

# One line above the Chinese name and address, in the delegate's language.
taxi-card-hint = 🚕 Xin đưa tin nhắn này cho tài xế taxi: điểm đến được ghi bằng tiếng Trung.

