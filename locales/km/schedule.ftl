# The programme (/schedule), a session's detail and "now and next" (/now).

schedule-title = 📅 <b>កម្មវិធី</b>
schedule-choose-day = សូមជ្រើសរើសថ្ងៃ៖

# Said once at the top of each programme view.
# Variables: $tz (text) time-zone name such as Asia/Shanghai, $offset (text) such as UTC+8.
schedule-timezone-note = ម៉ោងទាំងអស់ជាម៉ោងក្នុងស្រុក ({ $tz }, { $offset })។

# Variables: $date (text) the day, long form.
schedule-day-title = 📅 <b>{ $date }</b>
schedule-day-empty = មិនមានកម្មវិធីនៅថ្ងៃនេះទេ។
schedule-day-hint = សូមចុចលើសកម្មភាពណាមួយ ដើម្បីមើលព័ត៌មានលម្អិត។

# Variables: $venue (text) venue name.
schedule-venue = 📍 { $venue }
# Variables: $venue (text) venue name, $room (text) room name.
schedule-venue-room = 📍 { $room } នៃ{ $venue }

# Variables: $date (text) the day, long form; $start, $end (text) times such as 09:00; $offset (text) such as UTC+8.
schedule-session-when = 🗓️ { $date } ម៉ោង { $start }–{ $end } ({ $offset })

# Button from a session to its venue. Variables: $venue (text) venue name.
schedule-open-venue = 📍 { $venue }
# Button from a session back to its day. Variables: $date (text) the day, short form.
schedule-back-to-day = ◀️ { $date }

## Kinds of session

schedule-kind-registration = ការចុះឈ្មោះ
schedule-kind-plenary = សម័យប្រជុំពេញអង្គ
schedule-kind-parallel-dialogue = កិច្ចសន្ទនាស្របគ្នា
schedule-kind-signing = ពិធីចុះហត្ថលេខា
schedule-kind-release = ការប្រកាសដាក់ចេញ
schedule-kind-exchange = កិច្ចផ្លាស់ប្ដូរទ្វេភាគី
schedule-kind-visit = ទស្សនកិច្ច
schedule-kind-meal = អាហារ
schedule-kind-reception = ពិធីទទួលស្វាគមន៍
schedule-kind-departure = ការចាកចេញ

## Now and next

now-title = ⏱️ <b>ឥឡូវនេះ និងបន្ទាប់</b>
# Variables: $time (text) local time such as 10:05, $date (text) the day, long form, $offset (text) such as UTC+8.
now-clock = ម៉ោងក្នុងស្រុក៖ { $time } { $date } ({ $offset })។
# A session on another day in "coming up".
# Variables: $date (text) the day, long form; $start, $end (text) times such as 09:00.
now-other-day = { $date } ម៉ោង { $start }–{ $end }
now-current = <b>កំពុងប្រព្រឹត្តទៅ</b>
now-next = <b>សកម្មភាពបន្ទាប់</b>
now-nothing-current = បច្ចុប្បន្ននេះ មិនមានសកម្មភាពកំពុងប្រព្រឹត្តទៅទេ។
now-nothing-next = មិនមានសកម្មភាពផ្សេងទៀតនៅថ្ងៃនេះទេ។
# Variables: $event (text) event name, $date (text) first day, long form.
now-before = { $event } មិនទាន់ចាប់ផ្ដើមនៅឡើយទេ។ ព្រឹត្តិការណ៍នឹងបើកនៅ{ $date }។
# Variables: $event (text) event name.
now-after = { $event } បានបញ្ចប់ហើយ។ សូមអរគុណចំពោះការចូលរួមរបស់លោកអ្នក!
now-programme = 📅 កម្មវិធីពេញលេញ

# A session cancelled on site by the organisers.
schedule-cancelled = ❌ <b>បានលុបចោល</b>
# A session changed on site. Variables: $was (text) its time or place before.
schedule-changed = ⚠️ <b>បានផ្លាស់ប្ដូរ</b> (ពីមុន៖ { $was })
