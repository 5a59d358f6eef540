# The volunteers' group (VOLUNTEER_CHAT_ID): what the bot says there.

volunteer-group-help =
    🤝 <b>Delegate Desk: volunteers' group</b>
    Questions from delegates that the desk cannot answer will be posted here, in the delegate's language, so that a volunteer who speaks it can reply.
    To look something up while you help: /schedule /now /venues /transport
