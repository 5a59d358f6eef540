# Replies to what the bot cannot handle.

fallback-media = Saya hanya dapat membaca teks dan butang. Berikut ialah menu.
fallback-unknown-command = Saya tidak mengenali arahan itu. Berikut ialah menu.
callback-expired = Butang ini telah tamat tempoh. Berikut ialah menu sekali lagi.
error-generic = Maaf, berlaku ralat di pihak kami. Sila cuba lagi sebentar nanti.
fallback-nothing-to-cancel = Tiada apa-apa untuk dibatalkan. Berikut ialah menu.
