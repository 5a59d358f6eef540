# Venues (/venues), the map pin and the taxi card.

venues-title =
    📍 <b>Venues and maps</b>
    Choose a place to get its map pin and a card to show your taxi driver.
venues-taxi-button = 🚕 Card for the taxi driver
venues-all-button = 📍 All venues
