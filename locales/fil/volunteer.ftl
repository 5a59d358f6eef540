# The volunteers' group (VOLUNTEER_CHAT_ID): what the bot says there.

volunteer-group-help =
    🤝 <b>Delegate Desk: grupo ng mga boluntaryo</b>
    Ang mga tanong ng mga delegado na hindi masagot ng Delegate Desk ay ipapaskil dito, sa wika ng delegado, upang makasagot ang boluntaryong nakapagsasalita ng wikang iyon.
    Upang maghanap ng impormasyon habang tumutulong: /schedule /now /venues /transport
