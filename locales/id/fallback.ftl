# Replies to what the bot cannot handle.

fallback-media = Saya hanya dapat membaca teks dan tombol. Berikut menunya.
fallback-unknown-command = Saya tidak mengenali perintah tersebut. Berikut menunya.
callback-expired = Tombol ini sudah tidak berlaku. Berikut menunya sekali lagi.
error-generic = Mohon maaf, terjadi kesalahan pada sistem kami. Silakan coba lagi beberapa saat lagi.
fallback-nothing-to-cancel = Tidak ada yang perlu dibatalkan. Berikut menunya.
