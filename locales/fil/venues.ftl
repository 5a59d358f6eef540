# Venues (/venues), the map pin and the taxi card.

venues-title =
    📍 <b>Mga venue at mapa</b>
    Pumili ng lugar upang makuha ang pin nito sa mapa at ang kard na maipapakita ninyo sa drayber ng taxi.
venues-taxi-button = 🚕 Kard para sa taxi
venues-all-button = 📍 Lahat ng venue
