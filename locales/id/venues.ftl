# Venues (/venues), the map pin and the taxi card.

venues-title =
    📍 <b>Lokasi dan peta</b>
    Pilih tempat untuk mendapatkan titik lokasinya di peta dan kartu untuk ditunjukkan kepada sopir taksi.
venues-taxi-button = 🚕 Kartu untuk sopir taksi
venues-all-button = 📍 Semua lokasi
