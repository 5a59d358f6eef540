# Help (/help) and the bot's profile texts.

help-text =
    ❓ <b>Bantuan</b>
    Saya ialah kaunter maklumat acara ini. Saya boleh memaparkan:
    📅 atur cara, hari demi hari, serta acara yang sedang berlangsung;
    📍 tempat acara, berserta pin peta dan kad untuk ditunjukkan kepada pemandu teksi;
    🚌 maklumat pengangkutan: lapangan terbang, stesen kereta api, metro, bas ulang-alik acara dan teksi.
    💬 Anda juga boleh terus menaip soalan dengan ayat anda sendiri; jika saya tidak dapat menjawabnya, sukarelawan yang fasih dalam bahasa anda akan menjawabnya (/ask).
    ⏰ Saya mengingatkan anda sebelum sesi anda bermula dan menghantar taklimat pagi kepada anda setiap hari; pilih caranya dalam ⚙️ Tetapan (/settings).
    📣 Pengumuman daripada pihak penganjur disampaikan kepada anda di sini; pengumuman terbaharu boleh dilihat melalui 📣 Pengumuman dalam menu.
    Gunakan butang, atau arahan berikut: /menu /schedule /now /venues /transport /settings /language /help
    🌐 Untuk menukar bahasa, hantar /language.
# Variables: $desk (text) where the help desk is, $phone (text), $email (text).
help-contacts =
    <b>Perlukan bantuan petugas?</b>
    { $desk }
    ☎️ { $phone }
    ✉️ { $email }

## Command menu (at most 256 characters each)

command-start = Mula dan pilih bahasa anda
command-menu = Menu utama
command-schedule = Atur cara, hari demi hari
command-now = Acara yang sedang dan akan berlangsung
command-venues = Tempat acara, peta dan kad teksi
command-transport = Lapangan terbang, stesen, metro, bas ulang-alik, teksi
command-language = Tukar bahasa
command-help = Bantuan dan maklumat hubungan

## Bot profile

# Shown in the empty chat before /start (at most 512 characters).
# Variables: $event (text) event name with its city.
bot-description = Delegate Desk ialah kaunter maklumat { $event }: atur cara, tempat acara berserta peta dan kad teksi, serta maklumat pengangkutan — dalam sepuluh bahasa. Tekan Mula.
# Shown on the bot's profile (at most 120 characters).
# Variables: $event (text) event name.
bot-short-description = Atur cara, tempat acara dan pengangkutan di { $event }, dalam bahasa anda.
command-dialogues = Daftar untuk dialog selari
command-my = Agenda saya dan fail kalendar
command-profile = Profil saya
command-cancel = Hentikan borang semasa
command-invite = Penganjur: jemputan baharu
command-invites = Penganjur: senarai jemputan
command-registrations = Penganjur: pendaftaran mengikut sesi
command-export = Penganjur: pendaftaran dalam hamparan
command-reload = Penganjur: muat semula fail acara
command-stats = Penganjur: statistik pengguna
