# Venues (/venues), the map pin and the taxi card.

venues-title =
    📍 <b>Mga pinagdarausan at mapa</b>
    Pumili ng lugar upang makuha ang lokasyon nito sa mapa at ang kard na maipapakita ninyo sa drayber ng taksi.
venues-taxi-button = 🚕 Kard para sa drayber ng taksi
venues-all-button = 📍 Lahat ng pinagdarausan
