# Organisers' commands (ORGANISER_IDS), in a private chat with the bot.

# /stats: who uses the desk.
organiser-stats-title = 📊 <b>ការប្រើប្រាស់ Delegate Desk</b>
# Variables: $count (number) how many delegates have used the desk.
organiser-stats-total =
    { $count ->
        [0] មិនទាន់មានប្រតិភូណាប្រើប្រាស់ Delegate Desk នៅឡើយទេ។
       *[other] ប្រតិភូចំនួន { $count } រូប បានប្រើប្រាស់ Delegate Desk រួចហើយ។
    }
organiser-stats-by-language = <b>តាមភាសា</b>
# Delegates who have not chosen a language: the desk follows their Telegram app's.
organiser-stats-no-choice = មិនទាន់ជ្រើសរើស (តាមភាសាដែលបានកំណត់ក្នុង Telegram របស់ពួកគេ)
# One line per language. Variables: $language (text) the language's name, $count (number) how many delegates.
organiser-stats-line = • { $language }៖ { $count }

## Invitations (/invite, /invites).

organiser-invite-ask-delegation = 🎟️ <b>ការអញ្ជើញថ្មី។</b> តើការអញ្ជើញនេះសម្រាប់<b>គណៈប្រតិភូ</b>ណា (ទីក្រុង ប្រទេស ឬស្ថាប័ន)? ផ្ញើ /cancel ដើម្បីបញ្ឈប់។
organiser-invite-ask-people = តើការអញ្ជើញនេះសម្រាប់<b>ចំនួនប៉ុន្មាននាក់</b>?
organiser-invite-ask-expiry = តើការអញ្ជើញនេះមានសុពលភាពរហូតដល់ថ្ងៃណា? សូមវាយកាលបរិច្ឆេទ ដូចជា 2025-01-14 ឬចុច «គ្មានថ្ងៃផុតកំណត់»។
button-invite-no-expiry = គ្មានថ្ងៃផុតកំណត់
# Variables: $max (number) the largest number accepted.
organiser-invite-invalid-people = សូមវាយលេខពី 1 ដល់ { $max }។
organiser-invite-invalid-date = សូមវាយកាលបរិច្ឆេទចាប់ពីថ្ងៃនេះតទៅ ដូចជា 2025-01-14។
# Variables: $max (number) the longest name accepted, in characters.
organiser-invite-invalid-name = សូមវាយឈ្មោះគណៈប្រតិភូ មិនលើសពី { $max } តួអក្សរ។
organiser-invite-cancelled = មិនបានបង្កើតការអញ្ជើញទេ។
# Variables: $delegation (text) the delegation; $people (number) people it covers; $link (text) the deep link; $code (text) the code to type.
organiser-invite-created =
    ✅ ការអញ្ជើញសម្រាប់ <b>{ $delegation }</b> { $people ->
       *[other] ចំនួន { $people } នាក់
    }។
    សូមបញ្ជូនតំណភ្ជាប់នេះ (ឬកូដ QR ខាងក្រោម) ទៅគណៈប្រតិភូ៖
    { $link }

    ឬកូដសម្រាប់វាយបញ្ចូលជំនួសតំណភ្ជាប់៖ <code>{ $code }</code>
# Variables: $date (text) the last valid day, long form.
organiser-invite-valid-until = មានសុពលភាពរហូតដល់{ $date } (រាប់បញ្ចូលទាំងថ្ងៃនោះ)។
# Variables: $delegation (text) the delegation.
organiser-invite-qr-caption = ការអញ្ជើញសម្រាប់ { $delegation }៖ សូមស្កេន ដើម្បីបើក Delegate Desk។
organiser-invites-title = 🎟️ <b>ការអញ្ជើញ</b>
organiser-invites-none = មិនទាន់មានការអញ្ជើញនៅឡើយទេ។ សូមបង្កើតដោយប្រើ /invite។
# Variables: $delegation (text); $used (number) people registered with it; $people (number) people it covers; $state (text) one of the states below; $code (text) its code.
organiser-invites-line = <b>{ $delegation }</b>៖ { $used } នៃ { $people } · { $state } · <code>{ $code }</code>
organiser-invites-state-active = មានសុពលភាព
organiser-invites-state-used-up = ប្រើអស់ហើយ
organiser-invites-state-expired = ផុតសុពលភាព
organiser-invites-state-revoked = បានលុបចោល
# Variables: $delegation (text).
button-revoke = ✖️ លុបចោល៖ { $delegation }
# Variables: $delegation (text).
organiser-invite-revoked = ការអញ្ជើញសម្រាប់ <b>{ $delegation }</b> ត្រូវបានលុបចោលហើយ។ អ្នកដែលបានចុះឈ្មោះតាមការអញ្ជើញនេះរួចហើយ នៅតែរក្សាកន្លែងរបស់ខ្លួន។

## Registrations (/registrations, /export).

organiser-registrations-title = 📋 <b>ការចុះឈ្មោះ</b>
# Variables: $title (text) session title; $confirmed, $capacity, $waitlist, $checked (numbers).
organiser-registrations-line =
    <b>{ $title }</b>
    បានបញ្ជាក់ { $confirmed }/{ $capacity } · បញ្ជីរង់ចាំ { $waitlist } · បានចុះវត្តមាន { $checked }
# Variables: $over (number) confirmed people beyond the capacity.
organiser-registrations-over = ⚠️ លើសចំនួនកន្លែង { $over } នាក់
organiser-registrations-none = មិនមានសម័យប្រជុំណាមួយដែលតម្រូវឱ្យចុះឈ្មោះទេ។
# Variables: $count (number) rows in the file.
organiser-export-caption =
    📄 { $count ->
        [0] មិនទាន់មានការចុះឈ្មោះនៅឡើយទេ។
       *[other] ការចុះឈ្មោះចំនួន { $count }។
    } ឈ្មោះដែលសរសេរជាអក្សរគ្រប់ប្រភេទ បង្ហាញបានត្រឹមត្រូវនៅក្នុង Excel។

## Reloading the event file (/reload).

organiser-reload-ok = ✅ ឯកសារព្រឹត្តិការណ៍ត្រូវបានផ្ទុកឡើងវិញហើយ។
# Variables: $count (number) people moved from waitlists to confirmed seats.
organiser-reload-promoted =
    { $count ->
       *[other] អ្នកក្នុងបញ្ជីរង់ចាំចំនួន { $count } នាក់ បានទទួលកន្លែង និងត្រូវបានជូនដំណឹងហើយ។
    }
# Variables: $title (text) session title; $over (number) confirmed people beyond the new capacity.
organiser-reload-over = ⚠️ <b>{ $title }</b>៖ ចំនួនអ្នកដែលបានបញ្ជាក់ លើសចំនួនកន្លែងថ្មី { $over } នាក់។ មិនមាននរណាម្នាក់ត្រូវបានដកចេញទេ។
# Variables: $count (number) problems found.
organiser-reload-failed =
    ❌ { $count ->
       *[other] ឯកសារព្រឹត្តិការណ៍មានបញ្ហាចំនួន { $count }
    }។ ខ្លឹមសារបច្ចុប្បន្ននៅតែប្រើដដែល៖
# Before revoking. Variables: $delegation (text); $used (number) people already registered with it.
organiser-invite-revoke-confirm =
    តើលោកអ្នកពិតជាចង់លុបចោលការអញ្ជើញសម្រាប់ <b>{ $delegation }</b> មែនទេ? តំណភ្ជាប់ និងកូដនៃការអញ្ជើញនេះនឹងលែងប្រើបានទៀត។ { $used ->
        [0] មិនទាន់មាននរណាម្នាក់ប្រើការអញ្ជើញនេះនៅឡើយទេ។
       *[other] អ្នកដែលបានចុះឈ្មោះតាមការអញ្ជើញនេះចំនួន { $used } នាក់ នៅតែរក្សាកន្លែងរបស់ខ្លួន។
    }
button-revoke-confirm = ✖️ បញ្ជាក់ការលុបចោល
