# Help (/help) and the bot's profile texts.

help-text =
    ❓ <b>Bantuan</b>
    Saya adalah pusat informasi acara ini. Saya dapat menampilkan:
    📅 jadwal acara, hari demi hari, serta acara yang sedang berlangsung;
    📍 lokasi acara, lengkap dengan titik peta dan kartu untuk ditunjukkan kepada sopir taksi;
    🚌 informasi transportasi: bandara, stasiun kereta api, metro, bus antar-jemput acara, dan taksi.
    💬 Anda juga dapat langsung mengetik pertanyaan dengan kata-kata Anda sendiri; jika saya tidak dapat menjawabnya, relawan yang menguasai bahasa Anda akan menjawab (/ask).
    ⏰ Saya akan mengingatkan Anda sebelum sesi Anda dimulai dan mengirimkan ringkasan pagi setiap hari; atur sesuai keinginan Anda di Pengaturan (⚙️ /settings).
    📣 Pengumuman dari panitia akan Anda terima di sini; pengumuman terbaru dapat dilihat di 📣 Pengumuman pada menu.
    Gunakan tombol, atau perintah berikut: /menu /schedule /now /venues /transport /settings /language /help
    🌐 Untuk mengganti bahasa, kirim /language.
# Variables: $desk (text) where the help desk is, $phone (text), $email (text).
help-contacts =
    <b>Perlu bantuan petugas?</b>
    { $desk }
    ☎️ { $phone }
    ✉️ { $email }

## Command menu (at most 256 characters each)

command-start = Mulai dan pilih bahasa Anda
command-menu = Menu utama
command-schedule = Jadwal acara, hari demi hari
command-now = Acara yang sedang dan akan berlangsung
command-venues = Lokasi, peta, dan kartu taksi
command-transport = Bandara, stasiun, metro, bus antar-jemput, taksi
command-language = Ganti bahasa
command-help = Bantuan dan kontak

## Bot profile

# Shown in the empty chat before /start (at most 512 characters).
# Variables: $event (text) event name with its city.
bot-description = Delegate Desk adalah pusat informasi { $event }: jadwal acara, lokasi acara dengan peta dan kartu taksi, serta informasi transportasi — dalam sepuluh bahasa. Tekan Mulai.
# Shown on the bot's profile (at most 120 characters).
# Variables: $event (text) event name.
bot-short-description = Jadwal, lokasi, dan transportasi di { $event }, dalam bahasa Anda.
command-dialogues = Pendaftaran dialog paralel
command-my = Agenda saya dan berkas kalender
command-profile = Profil saya
command-cancel = Hentikan formulir yang sedang diisi
command-invite = Panitia: undangan baru
command-invites = Panitia: daftar undangan
command-registrations = Panitia: pendaftaran per sesi
command-export = Panitia: pendaftaran dalam spreadsheet
command-reload = Panitia: muat ulang berkas acara
command-stats = Panitia: statistik pengguna
