# Announcements: organisers compose and send them; delegates read them and
# acknowledge; sessions changed on site announce themselves.

## Composing (/announce, organisers only).

announce-prompt = 📣 <b>សេចក្ដីប្រកាសថ្មី។</b> សូមផ្ញើសេចក្ដីប្រកាសមកខ្ញុំជាសារធម្មតា៖ អត្ថបទដែលមានទម្រង់អក្សរ រូបថត ឯកសារ ឬទីតាំង ដែលមានអត្ថបទភ្ជាប់។ ប្រតិភូនឹងទទួលបានសារនោះដូចដើមទាំងស្រុង។
announce-use-buttons = សូមប្រើប៊ូតុងខាងក្រោម (ឬ /cancel)។
announce-discarded = សេចក្ដីប្រកាសនេះត្រូវបានបោះបង់ហើយ គ្មានសារណាមួយត្រូវបានផ្ញើទេ។
# Variables: $language (text) the language's name, in itself.
announce-version-prompt = សូមផ្ញើកំណែជា <b>{ $language }</b> មកខ្ញុំ។ ប្រតិភូដែលប្រើ Delegate Desk ជា { $language } នឹងទទួលបានកំណែនេះ ជំនួសឱ្យសារដើម។
announce-version-title = តើកំណែនេះសម្រាប់ភាសាណា? (✅៖ មានកំណែរួចហើយ ការផ្ញើកំណែថ្មីនឹងជំនួសកំណែចាស់។)
announce-versions-none = គ្មាន៖ អ្នកទាំងអស់គ្នាទទួលបានសារដើម
# The composer. Variables: $summary (text) the start of the announcement; $audience (text) who it goes to; $count (number) how many people; $languages (text) how many read each language; $versions (text) the languages with their own version; $ack (text) "yes" or "no".
announce-composer =
    📣 <b>សេចក្ដីប្រកាស</b>
    <i>{ $summary }</i>

    👥 <b>ផ្ញើទៅ៖</b> { $audience } ({ $count ->
       *[other] { $count } នាក់
    })
    { $languages }
    🌐 <b>កំណែភាសា៖</b> { $versions }
    ✅ <b>ការបញ្ជាក់ថាបានទទួល៖</b> { $ack ->
        [yes] ត្រូវការ
       *[no] មិនត្រូវការ
    }
announce-audience-title = 👥 តើត្រូវផ្ញើទៅនរណា?
announce-audience-pick = សូមជ្រើសរើសមួយ៖
announce-audience-empty = មិនទាន់មានអ្វីសម្រាប់ជ្រើសរើសនៅឡើយទេ។
# Audiences named in the composer. Variables: $session (text) the session's title.
announce-audience-registrants = អ្នកដែលបានចុះឈ្មោះចូលរួម { $session }
announce-audience-waitlist = បញ្ជីរង់ចាំសម្រាប់ { $session }
announce-audience-session = អ្នកទាំងអស់ដែលមានកន្លែងក្នុង { $session }
# Variables: $id (number) the announcement's number.
announce-audience-unacknowledged = អ្នកមិនទាន់បញ្ជាក់ថាបានទទួលសេចក្ដីប្រកាស #{ $id }
# Above each copy in the preview. Variables: $language (text); $count (number) readers of that language; $version (text) "own" or "original".
announce-preview-header =
    👁 <b>{ $language }</b> · { $count ->
       *[other] { $count } នាក់
    } · { $version ->
        [own] កំណែជាភាសានេះ
       *[original] សារដើម
    }
announce-preview-nobody = 👁 មិនទាន់មាននរណាម្នាក់ក្នុងក្រុមអ្នកទទួលនេះនៅឡើយទេ។

button-announce-audience = 👥 អ្នកទទួល
button-announce-version = 🌐 បន្ថែមកំណែភាសា
button-announce-ack-on = ✅ បញ្ជាក់ទទួល៖ បើក
button-announce-ack-off = ☐ បញ្ជាក់ទទួល៖ បិទ
button-announce-preview = 👁 មើលជាមុន
# Variables: $count (number) how many people.
button-announce-send = 📤 ផ្ញើទៅ { $count } នាក់
button-announce-discard = ✖ បោះបង់
button-announce-back = ⬅ ត្រឡប់ក្រោយ
button-audience-everyone = អ្នកទាំងអស់គ្នា
button-audience-registrants = អ្នកចុះឈ្មោះចូលរួមសម័យប្រជុំ
button-audience-waitlist = បញ្ជីរង់ចាំនៃសម័យប្រជុំ
button-audience-language = ភាសាមួយ
button-audience-country = ប្រទេសមួយ
button-audience-delegation = គណៈប្រតិភូមួយ
button-audience-volunteers = អ្នកស្ម័គ្រចិត្ត
button-audience-organisers = គណៈកម្មការរៀបចំ

## Delivery, progress and reports.

# Variables (all three): $id (number); $summary (text); $total, $sent, $failed, $unreachable, $remaining, $stopped (numbers); $rate (text) messages a second; $left (text) time left, m:ss.
announce-progress =
    📤 <b>សេចក្ដីប្រកាស #{ $id }</b> កំពុងត្រូវបានផ្ញើ
    <i>{ $summary }</i>
    បានផ្ញើ { $sent } នៃ { $total } · បរាជ័យ { $failed } · មិនអាចទាក់ទងបាន { $unreachable } · នៅសល់ { $remaining }
    { $rate } សារក្នុងមួយវិនាទី · នៅសល់ប្រហែល { $left }
announce-report-done =
    ✅ <b>សេចក្ដីប្រកាស #{ $id }</b> ត្រូវបានបញ្ជូនរួចរាល់
    <i>{ $summary }</i>
    បានផ្ញើ { $sent } នៃ { $total } · បរាជ័យ { $failed } · មិនអាចទាក់ទងបាន (បានទប់ស្កាត់បូត) { $unreachable }
announce-report-stopped =
    ⏹ <b>សេចក្ដីប្រកាស #{ $id }</b> ត្រូវបានបញ្ឈប់
    <i>{ $summary }</i>
    បានផ្ញើ { $sent } នៃ { $total } · មិនបានផ្ញើ { $stopped } · បរាជ័យ { $failed } · មិនអាចទាក់ទងបាន { $unreachable }
# Variables: $acked (number) acknowledgements; $sent (number) delivered.
announce-acks = ✅ បានបញ្ជាក់ថាបានទទួល៖ { $acked } នៃ { $sent }
button-announce-stop = ⏹ បញ្ឈប់
# Variables: $count (number) who have not acknowledged.
button-announce-remind = 🔔 រំលឹក { $count } នាក់ដែលមិនទាន់បញ្ជាក់
button-announcements = 📋 សេចក្ដីប្រកាស
announce-list-title = 📋 <b>សេចក្ដីប្រកាសថ្មីៗ</b>
announce-list-empty = មិនទាន់មានសេចក្ដីប្រកាសណាត្រូវបានផ្ញើនៅឡើយទេ។ សូមផ្ញើ /announce ដើម្បីសរសេរសេចក្ដីប្រកាស។
# Variables: $id (number); $summary (text); $state (text) draft, sending, done or stopped; $sent, $total, $failed, $unreachable, $acked (numbers); $ack (text) "yes" or "no".
announce-list-item =
    <b>#{ $id }</b> { $state ->
        [sending] 📤 កំពុងផ្ញើ
        [stopped] ⏹ បានបញ្ឈប់
        [draft] 📝 សេចក្ដីព្រាង
       *[done] ✅ បានបញ្ជូនរួចរាល់
    } · <i>{ $summary }</i>
    បានផ្ញើ { $sent } នៃ { $total } · បរាជ័យ { $failed } · មិនអាចទាក់ទងបាន { $unreachable }{ $ack ->
        [yes] { " " }· បានបញ្ជាក់ទទួល { $acked }
       *[no] { "" }
    }

## Delegates.

button-announce-got-it = ✅ បានទទួលហើយ
announce-toast-thanks = សូមអរគុណ បានកត់ត្រាហើយ។
button-announcements-latest = 📣 សេចក្ដីប្រកាស
latest-title = 📣 <b>សេចក្ដីប្រកាសថ្មីៗបំផុត</b>
latest-empty = 📣 មិនទាន់មានសេចក្ដីប្រកាសនៅឡើយទេ។ លោកអ្នកនឹងទទួលបានសេចក្ដីប្រកាសនៅទីនេះ ភ្លាមៗនៅពេលដែលគណៈកម្មការរៀបចំផ្ញើចេញ។

## Schedule changes: the notices delegates receive.

# Variables: $session (text) the session's title; $date (text) its day.
notice-session-cancelled =
    ❌ <b>បានលុបចោល៖</b> { $session }
    { $date }
notice-session-changed =
    ⚠️ <b>ការផ្លាស់ប្ដូរកម្មវិធី៖</b> { $session }
    { $date }
# Variables: $date (text) the new day.
notice-session-day = 📅 ឥឡូវនេះប្រព្រឹត្តទៅនៅ{ $date }
# Variables: $from (text) the old start; $to (text) the new start; $end (text) the new end.
notice-session-time = 🕒 { $from } → <b>{ $to }</b> (ដល់ម៉ោង { $end })
# Variables: $from (text) the old place; $to (text) the new place.
notice-session-place = 📍 { $from } → <b>{ $to }</b>
# Variables: $venue (text) the venue; $address (text) its address now.
notice-venue-changed =
    📍 <b>ព័ត៌មានថ្មីអំពីទីកន្លែង៖</b> { $venue }
    អាសយដ្ឋាន ឬទីតាំងលើផែនទីបានផ្លាស់ប្ដូរ៖ { $address }
# Variables: $shuttle (text) the shuttle; $from (text) the old departures; $to (text) the new ones.
notice-shuttle-changed =
    🚌 <b>ម៉ោងរថយន្តដឹកជញ្ជូនបានផ្លាស់ប្ដូរ៖</b> { $shuttle }
    ពីមុន៖ { $from }
    ឥឡូវនេះ៖ <b>{ $to }</b>
button-notice-session = 📋 ព័ត៌មានលម្អិតនៃសម័យប្រជុំ

## Changing a session on site (organisers, from the session's screen).

button-change-session = ✏️ កែប្រែសម័យប្រជុំនេះ (គណៈកម្មការរៀបចំ)
# Variables: $session (text) the session's title.
change-title = ✏️ <b>កែប្រែ៖</b> { $session }
# Variables: $minutes (number).
button-change-delay = +{ $minutes } នាទី
button-change-move = 📍 ផ្លាស់ទៅបន្ទប់ ឬទីកន្លែងផ្សេង
button-change-cancel = ❌ លុបចោលសម័យប្រជុំ
change-move-venue = 📍 ទៅទីកន្លែងណា?
change-move-room = បន្ទប់ណា?
button-change-no-room = មិនកំណត់បន្ទប់
# Variables: $notice (text) the notice as delegates will read it; $count (number) how many will receive it.
change-preview =
    👁 <b>ប្រតិភូនឹងទទួលបានសារនេះ</b> ជាភាសារៀងៗខ្លួន ({ $count ->
       *[other] { $count } នាក់
    })៖

    { $notice }
# Variables: $count (number) how many will be told.
button-change-confirm = ✅ បញ្ជាក់ និងជូនដំណឹងដល់ { $count } នាក់
change-impossible = មិនអាចធ្វើការផ្លាស់ប្ដូរនេះចំពោះសម័យប្រជុំនេះបានទេ (ការពន្យារពេលហួសពាក់កណ្ដាលអធ្រាត្រ សម័យប្រជុំដែលត្រូវបានលុបចោល ឬគ្មានការផ្លាស់ប្ដូរអ្វីសោះ)។
change-reload-title = 🔄 <b>ឯកសារព្រឹត្តិការណ៍ថ្មី ផ្លាស់ប្ដូរកម្មវិធីសម្រាប់ប្រតិភូ។</b> ប្រតិភូនឹងទទួលបានសេចក្ដីជូនដំណឹងទាំងនេះ ជាភាសារៀងៗខ្លួន៖
# Variables: $count (number) how many messages.
button-change-notify = 📣 ជូនដំណឹងអ្នកពាក់ព័ន្ធ ({ $count })
# Variables: $count (number) how many messages.
change-notified = 📣 សេចក្ដីជូនដំណឹងកំពុងត្រូវបានផ្ញើ ({ $count } សារ)។ សូមមើលវឌ្ឍនភាពតាម /announcements។
command-announce = គណៈកម្មការរៀបចំ៖ ផ្ញើសេចក្ដីប្រកាស
command-announcements = គណៈកម្មការរៀបចំ៖ សេចក្ដីប្រកាសថ្មីៗ
