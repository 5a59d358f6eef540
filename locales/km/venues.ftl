# Venues (/venues), the map pin and the taxi card.

venues-title =
    📍 <b>ទីកន្លែង និងផែនទី</b>
    សូមជ្រើសរើសទីកន្លែង ដើម្បីទទួលបានទីតាំងលើផែនទី និងប័ណ្ណសម្រាប់បង្ហាញអ្នកបើកតាក់ស៊ី។
venues-taxi-button = 🚕 ប័ណ្ណសម្រាប់អ្នកបើកតាក់ស៊ី
venues-all-button = 📍 ទីកន្លែងទាំងអស់
