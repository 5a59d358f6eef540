# Registration for the sessions that need it (the parallel dialogues):
# invitations, the delegate's profile, seats, waitlists and "My agenda".
# "Register" here means signing up for a session (zh: 报名), not the
# arrival desk (zh: 注册报到).

menu-dialogues = 📝 Register for dialogues
menu-my = 🗓️ My agenda

## Invitations: a delegate opens their delegation's link or types its code.

# Variables: $delegation (text) the delegation's name (a city, country or organisation), $steps (number) how many questions the profile has.
invite-welcome =
    ✅ Welcome! You are invited with the delegation <b>{ $delegation }</b>.
    To register for the sessions, please answer { $steps } short questions for your badge and the organisers. You can stop at any time with /cancel.
# Variables: $delegation (text) the delegation's name.
invite-already-member = You are already registered with the delegation <b>{ $delegation }</b>.
# Someone who belongs to one delegation opens another's invitation.
# Variables: $delegation (text) the delegation they belong to.
invite-other-delegation = You are already registered with the delegation <b>{ $delegation }</b>, so this invitation was not used. If this is a mistake, please contact the help desk.
invite-not-found = ❌ This invitation code is not valid. Please check it and try again, or ask your delegation's coordinator for the link.
# Variables: $people (number) how many people the invitation covers.
invite-used-up =
    ❌ This invitation has already been used by { $people ->
        [one] the one person
       *[other] all { $people } people
    } it covers. Please ask your delegation's coordinator.
# Variables: $date (text) the day it expired, long form.
invite-expired = ❌ This invitation expired on { $date }. Please ask your delegation's coordinator for a new one.
invite-revoked = ❌ This invitation has been withdrawn by the organisers. Please contact your delegation's coordinator.
# After five wrong codes in ten minutes. Variables: $minutes (number) how long to wait.
invite-slow-down =
    ⏳ Too many wrong codes. Please wait { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } before trying again.
# Someone without an invitation tries to register.
invite-needed = Registration for the sessions is by invitation. Please open the link your delegation's coordinator sent you, or type the invitation code here.

## The profile: a short conversation after the first use of an invitation.

# Variables: $step (number) this question's number, $steps (number) how many there are.
profile-step = Question { $step } of { $steps }
profile-ask-full-name = What is your <b>full name</b>, as it should appear on your badge?
profile-ask-title = What is your <b>title or position</b>? For example: Mayor, Deputy Mayor, Director of Foreign Affairs.
profile-ask-city = Which <b>city</b> do you represent?
profile-ask-country = Which <b>country</b> are you from? Choose below, or type the name of another country.
profile-ask-organisation = Which <b>organisation</b> do you belong to? For example: the People's Committee of Da Nang City.
profile-ask-diet = Do you have any <b>dietary requirements</b>?
profile-ask-diet-other = Please describe your dietary requirements (for example, an allergy).
profile-ask-interpretation = Which <b>language of interpretation</b> do you need during the sessions?
profile-cancel-hint = To stop, send /cancel.

profile-invalid-empty = Please type an answer.
# Variables: $max (number) the longest answer accepted, in characters.
profile-invalid-too-long = This answer is too long: at most { $max } characters, please.
profile-invalid-characters = This answer contains characters that cannot be printed on a badge. Please type it again.
profile-invalid-not-text = Please answer with text.
profile-invalid-choose = Please choose one of the buttons below.

profile-cancelled = Your profile was not saved. You can continue at any time: send /profile.
profile-saved = ✅ Thank you, your profile is saved. You can now register for the parallel dialogues.
profile-updated = ✅ Your profile is updated.

profile-title = 👤 <b>My profile</b>
# Variables: $delegation (text) the delegation's name.
profile-delegation = Delegation: <b>{ $delegation }</b>
# One line of the profile. Variables: $field (text) what it is, such as "Name"; $value (text) the answer.
profile-line = { $field }: <b>{ $value }</b>
profile-edit-hint = To correct an answer, tap it below.
# Someone who has not used an invitation asks for their profile.
profile-none = You have no profile yet. Registration is by invitation: please open the link your delegation's coordinator sent you, or type the invitation code here.
profile-incomplete = Your profile is not finished yet. Let us continue.

# The profile's fields: shown in the profile and on buttons (plain text).
profile-field-full-name = Name
profile-field-title = Title
profile-field-city = City
profile-field-country = Country
profile-field-organisation = Organisation
profile-field-diet = Dietary requirements
profile-field-interpretation = Interpretation
profile-interpretation-none = No interpretation needed

# Countries offered as buttons (plain text). Others are typed.
country-bn = Brunei Darussalam
country-kh = Cambodia
country-id = Indonesia
country-la = Lao PDR
country-my = Malaysia
country-mm = Myanmar
country-ph = Philippines
country-sg = Singapore
country-th = Thailand
country-vn = Viet Nam
country-tl = Timor-Leste
country-cn = China

# Dietary requirements offered as buttons (plain text).
diet-none = No special requirements
diet-halal = Halal
diet-vegetarian = Vegetarian
diet-vegan = Vegan
diet-other = Other (I will describe it)

## The sessions open for registration (/dialogues).

dialogues-title = 📝 <b>Registration for the dialogues</b>
dialogues-intro = Seats are limited. Choose a session to see it and register.
dialogues-none = No session is open for registration.
# Seats of a session. Variables: $left (number) seats still free, $capacity (number) all seats.
dialogues-seats =
    { $left ->
        [0] 🎟️ Full ({ $capacity } seats): waitlist open
        [one] 🎟️ One seat left of { $capacity }
       *[other] 🎟️ { $left } seats left of { $capacity }
    }
dialogues-closed = 🔒 Registration closed
# Variables: $date (text) the day, long form; $time (text) such as 20:00.
dialogues-closes = Registration closes on { $date } at { $time }.
dialogues-you-confirmed = ✅ You are registered
# Variables: $position (number) the delegate's place on the waitlist.
dialogues-you-waitlisted = ⏳ You are number { $position } on the waitlist

## Registering, from a session's screen.

button-register = ✅ Register
button-join-waitlist = ⏳ Join the waitlist
button-cancel-registration = ❌ Cancel my registration
button-leave-waitlist = ❌ Leave the waitlist
button-check-in-code = 🎫 My check-in code
button-dialogues = 📝 All dialogues
# Variables: $title (text) the session to switch to.
button-switch = 🔁 Switch to { $title }

# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-confirmed =
    ✅ <b>You are registered.</b>

    <b>{ $title }</b>
    { $when }
    { $venue }

    Your check-in code follows: please show it at the door.
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-waitlisted = ⏳ <b>This session is full.</b> You are number { $position } on the waitlist for <b>{ $title }</b>. If a seat becomes free, it is given to you automatically and I will tell you here.
# Variables: $title (text) session title.
register-already-confirmed = You are already registered for <b>{ $title }</b>.
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-already-waitlisted = You are already on the waitlist for <b>{ $title }</b>: number { $position }.
# The session overlaps one the delegate has a place in.
# Variables: $title (text) the session they tapped; $other (text) the one they have; $when (text) its day and time.
register-clash = ⚠️ <b>{ $title }</b> is at the same time as <b>{ $other }</b> ({ $when }), where you already have a place. You can switch: your place in <b>{ $other }</b> will then be given up.
# Variables: $title (text) session title; $date (text) the day, long form; $time (text) such as 20:00.
register-closed = 🔒 Registration for <b>{ $title }</b> closed on { $date } at { $time }.
# Variables: $title (text) session title.
register-cancelled = Your registration for <b>{ $title }</b> is cancelled. Your seat goes to the next person on the waitlist.
# Variables: $title (text) session title.
register-left-waitlist = You have left the waitlist for <b>{ $title }</b>.
# Variables: $title (text) session title.
register-not-registered = You have no place in <b>{ $title }</b>.
# Sent unprompted when a seat frees up.
# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-promoted =
    🎉 <b>Good news: a seat has become free for you.</b>
    You are now registered for:

    <b>{ $title }</b>
    { $when }
    { $venue }

    Your check-in code follows: please show it at the door.
# The caption of the check-in QR code (at most 1024 characters).
# Variables: $title (text) session title; $when (text) its day and time.
register-code-caption =
    🎫 Check-in code for <b>{ $title }</b>
    { $when }
    Please show it to the volunteers at the door.

## My agenda (/my).

agenda-title = 🗓️ <b>My agenda</b>
agenda-empty = You have no place in any session yet.
agenda-confirmed = ✅ Registered
# Variables: $position (number) place on the waitlist.
agenda-waitlisted = ⏳ Waitlist, number { $position }
agenda-plenary-note = Plenary sessions are open to all delegates without registration: see the programme.
button-agenda-ics = 📅 Add to my calendar
button-profile = 👤 My profile
# A cancel button for one session of the agenda. Variables: $title (text) session title, shortened.
button-agenda-cancel = ❌ Cancel: { $title }
# The caption of the calendar file. Variables: $event (text) event name; $tz (text) time zone such as Asia/Shanghai.
agenda-ics-caption = 📅 Your agenda for the { $event }. Open the file to add it to your phone's calendar. Times are in local time ({ $tz }).
# How a session on the waitlist is named in the calendar. Variables: $title (text) session title.
agenda-ics-waitlisted = { $title } (waitlist)
