# The volunteers' group (VOLUNTEER_CHAT_ID): what the bot says there.

volunteer-group-help =
    🤝 <b>Delegate Desk: grup relawan</b>
    Pertanyaan delegasi yang tidak dapat dijawab oleh Delegate Desk akan dikirim ke grup ini dalam bahasa delegasi tersebut, agar relawan yang menguasai bahasa itu dapat menjawabnya.
    Untuk mencari informasi sambil membantu delegasi: /schedule /now /venues /transport
volunteer-group-checkin = 🎫 Untuk mencatat kehadiran delegasi di pintu masuk, pindai kode QR check-in mereka dengan kamera ponsel Anda: kode tersebut akan membuka bot ini, yang menampilkan identitas delegasi serta tombol untuk menandai kehadirannya.
