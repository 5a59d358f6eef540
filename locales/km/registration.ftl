# Registration for the sessions that need it (the parallel dialogues):
# invitations, the delegate's profile, seats, waitlists and "My agenda".
# "Register" here means signing up for a session (zh: 报名), not the
# arrival desk (zh: 注册报到).

menu-dialogues = 📝 ចុះឈ្មោះចូលរួមកិច្ចសន្ទនា
menu-my = 🗓️ កាលវិភាគរបស់ខ្ញុំ

## Invitations: a delegate opens their delegation's link or types its code.

# Variables: $delegation (text) the delegation's name (a city, country or organisation), $steps (number) how many questions the profile has.
invite-welcome =
    ✅ សូមស្វាគមន៍! លោកអ្នកត្រូវបានអញ្ជើញជាសមាជិកគណៈប្រតិភូ <b>{ $delegation }</b>។
    ដើម្បីចុះឈ្មោះចូលរួមសម័យប្រជុំ សូមឆ្លើយសំណួរខ្លីៗចំនួន { $steps } សម្រាប់ប័ណ្ណសម្គាល់ និងសម្រាប់គណៈកម្មការរៀបចំ។ លោកអ្នកអាចបញ្ឈប់បានគ្រប់ពេល ដោយផ្ញើ /cancel។
# Variables: $delegation (text) the delegation's name.
invite-already-member = លោកអ្នកបានចុះឈ្មោះជាមួយគណៈប្រតិភូ <b>{ $delegation }</b> រួចហើយ។
# Someone who belongs to one delegation opens another's invitation.
# Variables: $delegation (text) the delegation they belong to.
invite-other-delegation = លោកអ្នកបានចុះឈ្មោះជាមួយគណៈប្រតិភូ <b>{ $delegation }</b> រួចហើយ ដូច្នេះការអញ្ជើញនេះមិនត្រូវបានប្រើទេ។ ប្រសិនបើនេះជាកំហុស សូមទាក់ទងបញ្ជរជំនួយ។
invite-not-found = ❌ កូដអញ្ជើញនេះមិនត្រឹមត្រូវទេ។ សូមពិនិត្យ ហើយព្យាយាមម្ដងទៀត ឬស្នើសុំតំណភ្ជាប់ពីអ្នកសម្របសម្រួលគណៈប្រតិភូរបស់លោកអ្នក។
# Variables: $people (number) how many people the invitation covers.
invite-used-up =
    ❌ ការអញ្ជើញនេះសម្រាប់ { $people ->
       *[other] { $people } នាក់
    } ហើយត្រូវបានប្រើប្រាស់គ្រប់ចំនួនរួចហើយ។ សូមទាក់ទងអ្នកសម្របសម្រួលគណៈប្រតិភូរបស់លោកអ្នក។
# Variables: $date (text) the day it expired, long form.
invite-expired = ❌ ការអញ្ជើញនេះបានផុតសុពលភាពនៅ{ $date }។ សូមស្នើសុំការអញ្ជើញថ្មីពីអ្នកសម្របសម្រួលគណៈប្រតិភូរបស់លោកអ្នក។
invite-revoked = ❌ ការអញ្ជើញនេះត្រូវបានលុបចោលដោយគណៈកម្មការរៀបចំ។ សូមទាក់ទងអ្នកសម្របសម្រួលគណៈប្រតិភូរបស់លោកអ្នក។
# After five wrong codes in ten minutes. Variables: $minutes (number) how long to wait.
invite-slow-down =
    ⏳ លោកអ្នកបានវាយកូដខុសច្រើនដងពេក។ សូមរង់ចាំ { $minutes ->
       *[other] { $minutes } នាទី
    } មុននឹងព្យាយាមម្ដងទៀត។
# Someone without an invitation tries to register.
invite-needed = ការចុះឈ្មោះចូលរួមសម័យប្រជុំ តម្រូវឱ្យមានការអញ្ជើញ។ សូមបើកតំណភ្ជាប់ដែលអ្នកសម្របសម្រួលគណៈប្រតិភូរបស់លោកអ្នកបានផ្ញើជូន ឬវាយបញ្ចូលកូដអញ្ជើញនៅទីនេះ។

## The profile: a short conversation after the first use of an invitation.

# Variables: $step (number) this question's number, $steps (number) how many there are.
profile-step = សំណួរទី{ $step } នៃ { $steps }
profile-ask-full-name = សូមវាយបញ្ចូល<b>ឈ្មោះពេញ</b>របស់លោកអ្នក តាមទម្រង់ដែលត្រូវបង្ហាញលើប័ណ្ណសម្គាល់។
profile-ask-title = តើ<b>ងារ ឬមុខតំណែង</b>របស់លោកអ្នកជាអ្វី? ឧទាហរណ៍៖ អភិបាលក្រុង អភិបាលរងក្រុង ប្រធាននាយកដ្ឋានកិច្ចការបរទេស។
profile-ask-city = តើលោកអ្នកតំណាងឱ្យ<b>ទីក្រុង</b>ណា?
profile-ask-country = តើលោកអ្នកមកពី<b>ប្រទេស</b>ណា? សូមជ្រើសរើសនៅខាងក្រោម ឬវាយបញ្ចូលឈ្មោះប្រទេសផ្សេង។
profile-ask-organisation = តើលោកអ្នកបម្រើការងារនៅ<b>ស្ថាប័ន</b>ណា? ឧទាហរណ៍៖ រដ្ឋបាលរាជធានីភ្នំពេញ។
profile-ask-diet = តើលោកអ្នកមាន<b>តម្រូវការពិសេសផ្នែកអាហារ</b>ដែរឬទេ?
profile-ask-diet-other = សូមរៀបរាប់អំពីតម្រូវការផ្នែកអាហាររបស់លោកអ្នក (ឧទាហរណ៍៖ អាឡែហ្ស៊ីនឹងអាហារណាមួយ)។
profile-ask-interpretation = តើលោកអ្នកត្រូវការ<b>ការបកប្រែផ្ទាល់មាត់ជាភាសា</b>អ្វី ក្នុងអំឡុងសម័យប្រជុំ?
profile-cancel-hint = ដើម្បីបញ្ឈប់ សូមផ្ញើ /cancel។

profile-invalid-empty = សូមវាយបញ្ចូលចម្លើយ។
# Variables: $max (number) the longest answer accepted, in characters.
profile-invalid-too-long = ចម្លើយនេះវែងពេក។ សូមសរសេរមិនឱ្យលើសពី { $max } តួអក្សរ។
profile-invalid-characters = ចម្លើយនេះមានតួអក្សរដែលមិនអាចបោះពុម្ពលើប័ណ្ណសម្គាល់បាន។ សូមវាយបញ្ចូលម្ដងទៀត។
profile-invalid-not-text = សូមឆ្លើយជាអត្ថបទ។
profile-invalid-choose = សូមជ្រើសរើសប៊ូតុងណាមួយខាងក្រោម។

profile-cancelled = ប្រវត្តិរូបរបស់លោកអ្នកមិនត្រូវបានរក្សាទុកទេ។ លោកអ្នកអាចបន្តបានគ្រប់ពេល ដោយផ្ញើ /profile។
profile-saved = ✅ សូមអរគុណ ប្រវត្តិរូបរបស់លោកអ្នកត្រូវបានរក្សាទុកហើយ។ ឥឡូវនេះ លោកអ្នកអាចចុះឈ្មោះចូលរួមកិច្ចសន្ទនាស្របគ្នាបានហើយ។
profile-updated = ✅ ប្រវត្តិរូបរបស់លោកអ្នកត្រូវបានធ្វើបច្ចុប្បន្នភាពហើយ។

profile-title = 👤 <b>ប្រវត្តិរូបរបស់ខ្ញុំ</b>
# Variables: $delegation (text) the delegation's name.
profile-delegation = គណៈប្រតិភូ៖ <b>{ $delegation }</b>
# One line of the profile. Variables: $field (text) what it is, such as "Name"; $value (text) the answer.
profile-line = { $field }៖ <b>{ $value }</b>
profile-edit-hint = ដើម្បីកែចម្លើយណាមួយ សូមចុចលើចម្លើយនោះនៅខាងក្រោម។
# Someone who has not used an invitation asks for their profile.
profile-none = លោកអ្នកមិនទាន់មានប្រវត្តិរូបនៅឡើយទេ។ ការចុះឈ្មោះតម្រូវឱ្យមានការអញ្ជើញ៖ សូមបើកតំណភ្ជាប់ដែលអ្នកសម្របសម្រួលគណៈប្រតិភូរបស់លោកអ្នកបានផ្ញើជូន ឬវាយបញ្ចូលកូដអញ្ជើញនៅទីនេះ។
profile-incomplete = ប្រវត្តិរូបរបស់លោកអ្នកមិនទាន់បំពេញរួចរាល់នៅឡើយទេ។ សូមបន្តបំពេញ។

# The profile's fields: shown in the profile and on buttons (plain text).
profile-field-full-name = ឈ្មោះ
profile-field-title = មុខតំណែង
profile-field-city = ទីក្រុង
profile-field-country = ប្រទេស
profile-field-organisation = ស្ថាប័ន
profile-field-diet = តម្រូវការផ្នែកអាហារ
profile-field-interpretation = ការបកប្រែផ្ទាល់មាត់
profile-interpretation-none = មិនត្រូវការអ្នកបកប្រែ

# Countries offered as buttons (plain text). Others are typed.
country-bn = ប្រ៊ុយណេ ដារូសាឡឹម
country-kh = កម្ពុជា
country-id = ឥណ្ឌូនេស៊ី
country-la = ឡាវ
country-my = ម៉ាឡេស៊ី
country-mm = មីយ៉ាន់ម៉ា
country-ph = ហ្វីលីពីន
country-sg = សិង្ហបុរី
country-th = ថៃ
country-vn = វៀតណាម
country-tl = ទីម័រ-ឡេស្តេ
country-cn = ចិន

# Dietary requirements offered as buttons (plain text).
diet-none = គ្មានតម្រូវការពិសេស
diet-halal = ហាឡាល់
diet-vegetarian = អាហារបួស
diet-vegan = អាហារបួសសុទ្ធ (វីហ្គិន)
diet-other = ផ្សេងៗ (ខ្ញុំនឹងរៀបរាប់)

## The sessions open for registration (/dialogues).

dialogues-title = 📝 <b>ការចុះឈ្មោះចូលរួមកិច្ចសន្ទនា</b>
dialogues-intro = ចំនួនកន្លែងមានកំណត់។ សូមជ្រើសរើសសម័យប្រជុំ ដើម្បីមើលព័ត៌មាន និងចុះឈ្មោះ។
dialogues-none = បច្ចុប្បន្ននេះ មិនមានសម័យប្រជុំណាបើកឱ្យចុះឈ្មោះទេ។
# Seats of a session. Variables: $left (number) seats still free, $capacity (number) all seats.
dialogues-seats =
    { $left ->
        [0] 🎟️ ពេញហើយ ({ $capacity } កន្លែង)៖ អាចចុះឈ្មោះក្នុងបញ្ជីរង់ចាំបាន
       *[other] 🎟️ នៅសល់ { $left } កន្លែង ក្នុងចំណោម { $capacity }
    }
dialogues-closed = 🔒 ការចុះឈ្មោះបានបិទហើយ
# Variables: $date (text) the day, long form; $time (text) such as 20:00.
dialogues-closes = ការចុះឈ្មោះនឹងបិទនៅ{ $date } ម៉ោង { $time }។
dialogues-you-confirmed = ✅ លោកអ្នកបានចុះឈ្មោះរួចហើយ
# Variables: $position (number) the delegate's place on the waitlist.
dialogues-you-waitlisted = ⏳ លោកអ្នកស្ថិតនៅលំដាប់ទី{ $position } ក្នុងបញ្ជីរង់ចាំ

## Registering, from a session's screen.

button-register = ✅ ចុះឈ្មោះ
button-join-waitlist = ⏳ ចុះឈ្មោះក្នុងបញ្ជីរង់ចាំ
button-cancel-registration = ❌ លុបចោលការចុះឈ្មោះ
button-leave-waitlist = ❌ ដកឈ្មោះចេញពីបញ្ជីរង់ចាំ
button-check-in-code = 🎫 កូដចុះវត្តមានរបស់ខ្ញុំ
button-dialogues = 📝 កិច្ចសន្ទនាទាំងអស់
# Variables: $title (text) the session to switch to.
button-switch = 🔁 ប្ដូរទៅ { $title }

# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-confirmed =
    ✅ <b>លោកអ្នកបានចុះឈ្មោះរួចរាល់ហើយ។</b>

    <b>{ $title }</b>
    { $when }
    { $venue }

    កូដចុះវត្តមានរបស់លោកអ្នកនឹងត្រូវផ្ញើជូនក្នុងសារបន្ទាប់។ សូមបង្ហាញកូដនោះនៅច្រកចូល។
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-waitlisted = ⏳ <b>សម័យប្រជុំនេះពេញហើយ។</b> លោកអ្នកស្ថិតនៅលំដាប់ទី{ $position } ក្នុងបញ្ជីរង់ចាំសម្រាប់ <b>{ $title }</b>។ ប្រសិនបើមានកន្លែងទំនេរ កន្លែងនោះនឹងត្រូវផ្ដល់ជូនលោកអ្នកដោយស្វ័យប្រវត្តិ ហើយខ្ញុំនឹងជូនដំណឹងលោកអ្នកនៅទីនេះ។
# Variables: $title (text) session title.
register-already-confirmed = លោកអ្នកបានចុះឈ្មោះចូលរួម <b>{ $title }</b> រួចហើយ។
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-already-waitlisted = លោកអ្នកស្ថិតក្នុងបញ្ជីរង់ចាំសម្រាប់ <b>{ $title }</b> រួចហើយ៖ លំដាប់ទី{ $position }។
# The session overlaps one the delegate has a place in.
# Variables: $title (text) the session they tapped; $other (text) the one they have; $when (text) its day and time.
register-clash = ⚠️ <b>{ $title }</b> ប្រព្រឹត្តទៅក្នុងពេលតែមួយនឹង <b>{ $other }</b> ({ $when }) ដែលលោកអ្នកមានកន្លែងរួចហើយ។ លោកអ្នកអាចប្ដូរបាន ប៉ុន្តែកន្លែងរបស់លោកអ្នកក្នុង <b>{ $other }</b> នឹងត្រូវបោះបង់។
# Variables: $title (text) session title; $date (text) the day, long form; $time (text) such as 20:00.
register-closed = 🔒 ការចុះឈ្មោះសម្រាប់ <b>{ $title }</b> បានបិទនៅ{ $date } ម៉ោង { $time }។
# Variables: $title (text) session title.
register-cancelled = ការចុះឈ្មោះរបស់លោកអ្នកសម្រាប់ <b>{ $title }</b> ត្រូវបានលុបចោលហើយ។ កន្លែងរបស់លោកអ្នកនឹងត្រូវផ្ដល់ជូនអ្នកបន្ទាប់ក្នុងបញ្ជីរង់ចាំ។
# Variables: $title (text) session title.
register-left-waitlist = លោកអ្នកបានដកឈ្មោះចេញពីបញ្ជីរង់ចាំសម្រាប់ <b>{ $title }</b> ហើយ។
# Variables: $title (text) session title.
register-not-registered = លោកអ្នកមិនមានកន្លែងក្នុង <b>{ $title }</b> ទេ។
# Sent unprompted when a seat frees up.
# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-promoted =
    🎉 <b>ដំណឹងល្អ៖ មានកន្លែងទំនេរសម្រាប់លោកអ្នកហើយ។</b>
    ឥឡូវនេះ លោកអ្នកបានចុះឈ្មោះចូលរួម៖

    <b>{ $title }</b>
    { $when }
    { $venue }

    កូដចុះវត្តមានរបស់លោកអ្នកនឹងត្រូវផ្ញើជូនក្នុងសារបន្ទាប់។ សូមបង្ហាញកូដនោះនៅច្រកចូល។
# The caption of the check-in QR code (at most 1024 characters).
# Variables: $title (text) session title; $when (text) its day and time.
register-code-caption =
    🎫 កូដចុះវត្តមានសម្រាប់ <b>{ $title }</b>
    { $when }
    សូមបង្ហាញកូដនេះដល់អ្នកស្ម័គ្រចិត្តនៅច្រកចូល។

## My agenda (/my).

agenda-title = 🗓️ <b>កាលវិភាគរបស់ខ្ញុំ</b>
agenda-empty = លោកអ្នកមិនទាន់មានកន្លែងក្នុងសម័យប្រជុំណាមួយនៅឡើយទេ។
agenda-confirmed = ✅ បានចុះឈ្មោះ
# Variables: $position (number) place on the waitlist.
agenda-waitlisted = ⏳ បញ្ជីរង់ចាំ លំដាប់ទី{ $position }
agenda-plenary-note = សម័យប្រជុំពេញអង្គបើកចំហសម្រាប់ប្រតិភូទាំងអស់ ដោយមិនចាំបាច់ចុះឈ្មោះ៖ សូមមើលកម្មវិធី។
button-agenda-ics = 📅 បញ្ចូលទៅប្រតិទិនរបស់ខ្ញុំ
button-profile = 👤 ប្រវត្តិរូបរបស់ខ្ញុំ
# A cancel button for one session of the agenda. Variables: $title (text) session title, shortened.
button-agenda-cancel = ❌ លុបចោល៖ { $title }
# The caption of the calendar file. Variables: $event (text) event name; $tz (text) time zone such as Asia/Shanghai.
agenda-ics-caption = 📅 កាលវិភាគរបស់លោកអ្នកសម្រាប់{ $event }។ សូមបើកឯកសារនេះ ដើម្បីបញ្ចូលកាលវិភាគទៅក្នុងប្រតិទិននៃទូរស័ព្ទរបស់លោកអ្នក។ ម៉ោងទាំងអស់ជាម៉ោងក្នុងស្រុក ({ $tz })។
# How a session on the waitlist is named in the calendar. Variables: $title (text) session title.
agenda-ics-waitlisted = { $title } (បញ្ជីរង់ចាំ)
