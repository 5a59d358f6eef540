# The volunteers' group (VOLUNTEER_CHAT_ID): what the bot says there.

volunteer-group-help =
    🤝 <b>Delegate Desk: volunteers' group</b>
    Questions from delegates that the desk cannot answer will be posted here, in the delegate's language, so that a volunteer who speaks it can reply.
    To look something up while you help: /schedule /now /venues /transport
volunteer-group-checkin = 🎫 To check delegates in at the door, scan their check-in QR code with your phone's camera: it opens this bot, which shows who they are and a button to mark them present.
