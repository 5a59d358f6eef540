# Venues (/venues), the map pin and the taxi card.

venues-title =
    📍 <b>สถานที่และแผนที่</b>
    โปรดเลือกสถานที่เพื่อดูหมุดแผนที่และบัตรสำหรับแสดงแก่คนขับแท็กซี่
venues-taxi-button = 🚕 บัตรสำหรับคนขับแท็กซี่
venues-all-button = 📍 สถานที่ทั้งหมด
