# The volunteers' group (VOLUNTEER_CHAT_ID): what the bot says there.

volunteer-group-help =
    🤝 <b>Delegate Desk：志愿者群</b>
    Delegate Desk 无法解答的代表提问，将以该代表所用的语言发布在本群，以便通晓该语言的志愿者答复。
    协助代表时，可使用以下命令查询信息：/schedule /now /venues /transport
