# The volunteers' group (VOLUNTEER_CHAT_ID): what the bot says there.

volunteer-group-help =
    🤝 <b>Delegate Desk: grupo ng mga boluntaryo</b>
    Ang mga tanong ng mga delegado na hindi masagot ng Delegate Desk ay ipapaskil dito, sa wika ng delegado, upang makasagot ang boluntaryong nakapagsasalita ng wikang iyon.
    Upang maghanap ng impormasyon habang tumutulong: /schedule /now /venues /transport
volunteer-group-checkin = 🎫 Upang i-check in ang mga delegado sa pasukan, i-scan ang kanilang check-in QR code gamit ang camera ng inyong telepono: bubuksan nito ang bot na ito, kung saan makikita ninyo kung sino sila at ang pindutan para itala silang dumalo.
