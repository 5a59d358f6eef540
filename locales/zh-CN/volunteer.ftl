# The volunteers' group (VOLUNTEER_CHAT_ID): what the bot says there.

volunteer-group-help =
    🤝 <b>Delegate Desk：志愿者群</b>
    Delegate Desk 无法解答的代表提问，将以该代表所用的语言发布在本群，以便通晓该语言的志愿者答复。
    协助代表时，可使用以下命令查询信息：/schedule /now /venues /transport
volunteer-group-checkin = 🎫 在入口处为代表签到时，请用手机相机扫描代表的签到二维码：扫码后将打开本机器人，显示代表身份信息及签到确认按钮。
