# Venues (/venues), the map pin and the taxi card.

venues-title =
    📍 <b>Tempat acara dan peta</b>
    Pilih tempat untuk mendapatkan pin lokasinya pada peta dan kad untuk ditunjukkan kepada pemandu teksi.
venues-taxi-button = 🚕 Kad untuk pemandu teksi
venues-all-button = 📍 Semua tempat acara
