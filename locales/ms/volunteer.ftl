# The volunteers' group (VOLUNTEER_CHAT_ID): what the bot says there.

volunteer-group-help =
    🤝 <b>Delegate Desk: kumpulan sukarelawan</b>
    Soalan daripada delegasi yang tidak dapat dijawab oleh Delegate Desk akan dihantar ke kumpulan ini dalam bahasa delegasi tersebut, supaya sukarelawan yang fasih dalam bahasa itu dapat membalasnya.
    Untuk mencari maklumat semasa membantu delegasi: /schedule /now /venues /transport
volunteer-group-checkin = 🎫 Untuk merekodkan kehadiran delegasi di pintu masuk, imbas kod QR daftar masuk mereka dengan kamera telefon anda: kod itu akan membuka bot ini, yang memaparkan identiti delegasi serta butang untuk menandakan kehadiran mereka.
