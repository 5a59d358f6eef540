# Venues (/venues), the map pin and the taxi card.

venues-title =
    📍 <b>Địa điểm và bản đồ</b>
    Xin chọn một địa điểm để xem vị trí trên bản đồ và thẻ địa chỉ đưa tài xế taxi.
venues-taxi-button = 🚕 Thẻ địa chỉ cho tài xế
venues-all-button = 📍 Tất cả địa điểm
