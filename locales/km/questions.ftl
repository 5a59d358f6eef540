# Typed questions: the bot's answers, and questions passed to volunteers.

## Words the bot looks for in a question (never shown). One way of saying
## it per line; write what delegates type, with and without accents where
## people often leave them out. Several words on a line must all be there.

ask-words-now =
    ឥឡូវ
    ឥឡូវនេះ
    ឥលូវ
    ពេលនេះ
    ខណៈនេះ
    បច្ចុប្បន្ន
    កំពុងប្រព្រឹត្តទៅ
    សកម្មភាពបន្ទាប់
ask-words-today =
    ថ្ងៃនេះ
    យប់នេះ
    ល្ងាចនេះ
    ព្រឹកនេះ
    រសៀលនេះ
    ព្រឹកមិញ
ask-words-tomorrow =
    ស្អែក
    ថ្ងៃស្អែក
    ស្អែកនេះ
    ព្រឹកស្អែក
    ល្ងាចស្អែក
    យប់ស្អែក
ask-words-day-after-tomorrow =
    ខានស្អែក
    ថ្ងៃខានស្អែក
ask-words-yesterday =
    ម្សិលមិញ
    ថ្ងៃម្សិលមិញ
    ម្សិល
    យប់មិញ
ask-words-morning =
    ព្រឹក
    ពេលព្រឹក
    ព្រឹកព្រលឹម
    ព្រឹកស្អែក
    ព្រឹកមិញ
ask-words-afternoon =
    រសៀល
    ពេលរសៀល
    ថ្ងៃរសៀល
ask-words-evening =
    ល្ងាច
    ពេលល្ងាច
    យប់
    ពេលយប់
    ល្ងាចស្អែក
    យប់ស្អែក
    យប់មិញ
ask-words-programme =
    កម្មវិធី
    កាលវិភាគ
    របៀបវារៈ
    សកម្មភាព
    agenda
    schedule
    program
# Questions about the programme in general, without a day (never shown):
# the bot learns from them what a programme question sounds like.
ask-programme =
    មានកម្មវិធីអ្វីខ្លះ
    មានកម្មវិធីអីខ្លះបង
    មានអីធ្វើទេ
    មានព្រឹត្តិការណ៍អ្វីខ្លះ
    មានសកម្មភាពអ្វីខ្លះ
    យើងត្រូវធ្វើអ្វីខ្លះ
    សូមបង្ហាញកាលវិភាគ
    សុំមើលកាលវិភាគទាំងមូលផង
    របៀបវារៈទាំងមូល
    មានវគ្គប្រជុំអ្វីខ្លះ
    បញ្ជីវគ្គប្រជុំ
    កម្មវិធីដែលគ្រោងទុកមានអ្វីខ្លះ
    ផែនការយ៉ាងម៉េចដែរ
    កាលវិភាគសន្និសីទទាំងមូល
    មាន program អីខ្លះ
    សុំ schedule ផងបង
    agenda យ៉ាងម៉េចដែរ
    សុំមើល agenda ទាំងមូល
# Other ways to write each weekday (1 = Monday); the full names come from
# date-weekday-N. One per line.
ask-words-weekday-1 =
    ចន្ទ
    ច័ន្ទ
    tngai chan
    thngai chan
ask-words-weekday-2 =
    អង្គារ
    អង្គា
    tngai angkear
    tngai ongkea
    thngai angkea
ask-words-weekday-3 =
    ពុធ
    ថ្ងៃពុទ្ធ
    tngai puth
    thngai puth
    tngai put
ask-words-weekday-4 =
    ព្រហស្បតិ៍
    ព្រហស្បតិ
    ព្រហស្បត្តិ៍
    ថ្ងៃព្រហ
    tngai prohos
    thngai prohoah
ask-words-weekday-5 =
    សុក្រ
    ថ្ងៃសុក
    tngai sok
    thngai sok
ask-words-weekday-6 =
    សៅរ៍
    សៅរ
    ថ្ងៃសៅ
    tngai sau
    tngai sao
    thngai sau
ask-words-weekday-7 =
    ថ្ងៃអាទិត
    tngai atit
    thngai atit

## Answers

# Above every answer, so that a wrong match is obvious.
# Variables: $topic (text) what the answer is about.
ask-about = ℹ️ <b>អំពី{ $topic }៖</b>
# Under an answer whose facts are still the sample ones.
ask-sample-note = <i>ចម្លើយគំរូ៖ គណៈកម្មការរៀបចំនឹងបញ្ជាក់ព័ត៌មានលម្អិត។</i>
# The topic of a programme answer.
# Variables: $day (text) a date, such as "Thursday 16 January 2025".
ask-topic-day = កម្មវិធីនៅ{ $day }
# Variables: $day (text) a date; $part (text) a part of the day.
ask-topic-day-part = កម្មវិធី{ $part } នៅ{ $day }
ask-part-morning = ពេលព្រឹក
ask-part-afternoon = ពេលរសៀល
ask-part-evening = ពេលល្ងាច
ask-topic-now = សកម្មភាពដែលកំពុងប្រព្រឹត្តទៅឥឡូវនេះ
ask-topic-programme = កម្មវិធី
# Variables: $dates (text) the event's dates.
ask-day-empty = មិនមានកម្មវិធីនៅពេលនោះទេ។ ព្រឹត្តិការណ៍នេះប្រព្រឹត្តទៅនៅ{ $dates }។
# Variables: $language (text) the delegate's language, in that language.
ask-unsure = 🤔 ខ្ញុំមិនប្រាកដថាបានយល់ត្រឹមត្រូវពីសំណួររបស់លោកអ្នកទេ។ តើលោកអ្នកចង់ឱ្យខ្ញុំបញ្ជូនសំណួរនេះទៅអ្នកស្ម័គ្រចិត្តដែលចេះ{ $language }ដែរឬទេ? អ្នកស្ម័គ្រចិត្តនឹងឆ្លើយតបនៅទីនេះ។
button-ask-volunteer = 🙋 សួរអ្នកស្ម័គ្រចិត្ត
button-ask-whole-day = 📅 កម្មវិធីពេញមួយថ្ងៃ

## Asking a volunteer

# Variables: $language (text) the delegate's language, in that language.
ask-prompt = 🙋 សូមសរសេរសំណួររបស់លោកអ្នក តាមពាក្យពេចន៍របស់លោកអ្នកផ្ទាល់ ហើយអ្នកស្ម័គ្រចិត្តដែលចេះ{ $language } នឹងឆ្លើយតបនៅទីនេះ។ ដើម្បីបញ្ឈប់ សូមផ្ញើ /cancel។
# Variables: $ticket (number) the question's number.
ask-sent = ✅ សំណួររបស់លោកអ្នកត្រូវបានបញ្ជូនទៅអ្នកស្ម័គ្រចិត្តហើយ (លេខ { $ticket })។ អ្នកស្ម័គ្រចិត្តម្នាក់នឹងឆ្លើយតបនៅទីនេះ។ សារបន្ទាប់ៗដែលលោកអ្នកសរសេរ ក៏នឹងត្រូវបញ្ជូនទៅអ្នកស្ម័គ្រចិត្តដែរ រហូតដល់សំណួរនេះត្រូវបានបិទ។
ask-added = ✅ បានបញ្ជូនទៅអ្នកស្ម័គ្រចិត្តហើយ។
ask-cancelled = សំណួររបស់លោកអ្នកមិនត្រូវបានបញ្ជូនទេ។
button-ask-done = ✔️ ខ្ញុំបានទទួលចម្លើយហើយ
ask-limit = ⏳ លោកអ្នកបានផ្ញើសារច្រើនពេកទៅអ្នកស្ម័គ្រចិត្ត ក្នុងរយៈពេលខ្លី។ សូមរង់ចាំពីរបីនាទីសិន៖ អ្នកស្ម័គ្រចិត្តបានទទួលសាររបស់លោកអ្នកហើយ និងនឹងឆ្លើយតបជូន។
# Variables: $phone (text) the help desk's phone.
ask-unavailable = សូមអភ័យទោស បច្ចុប្បន្ននេះមិនអាចទាក់ទងអ្នកស្ម័គ្រចិត្តពីទីនេះបានទេ។ សូមទូរស័ព្ទទៅបញ្ជរជំនួយ៖ { $phone }។
# Variables: $ticket (number) the question's number.
ask-claimed = 🙋 អ្នកស្ម័គ្រចិត្តម្នាក់កំពុងពិនិត្យសំណួររបស់លោកអ្នក (លេខ { $ticket })។
# Introduces what a volunteer sent.
# Variables: $ticket (number) the question's number.
ask-reply = 💬 <b>ចម្លើយពីអ្នកស្ម័គ្រចិត្ត</b> (សំណួរលេខ { $ticket })៖
# Variables: $ticket (number) the question's number.
ask-closed = ✔️ សំណួរលេខ { $ticket } របស់លោកអ្នកត្រូវបានបិទហើយ។ តើចម្លើយនេះមានប្រយោជន៍សម្រាប់លោកអ្នកដែរឬទេ?
button-helpful-yes = 👍 មានប្រយោជន៍
button-helpful-no = 👎 មិនមានប្រយោជន៍
ask-thanks = សូមអរគុណ! មតិរបស់លោកអ្នកជួយឱ្យយើងខ្ញុំកែលម្អសេវាកម្មនេះ។

## The volunteers' group (in the volunteers' language, VOLUNTEER_LANGUAGE)

# A new question.
# Variables: $ticket (number) its number; $language (text) the delegate's language.
ticket-title = 🆕 <b>សំណួរលេខ { $ticket }</b> · { $language }
# Variables: $name (text) the delegate's first name.
ticket-from = ពី { $name }
# Variables: $name (text) first name; $delegation (text) their delegation.
ticket-from-delegation = ពី { $name } នៃគណៈប្រតិភូ { $delegation }
ticket-hint = ↩️ សូមឆ្លើយតប (Reply) លើសារនេះ ដើម្បីឆ្លើយសំណួរ (ក្នុងក្រុមប្រភេទ forum៖ សូមសរសេរក្នុងប្រធានបទនេះ)។ ប្រតិភូនឹងឃើញចម្លើយរបស់លោកអ្នក ដោយមិនឃើញឈ្មោះរបស់លោកអ្នកទេ។
# Variables: $names (text) volunteers' names, as mentions.
ticket-mention = 📣 { $names }
# Variables: $name (text) who claimed it.
ticket-claimed = 🙋 { $name } បានទទួលយកសំណួរនេះ
# Variables: $name (text) who closed it.
ticket-closed = ✔️ បិទដោយ { $name }
ticket-closed-by-delegate = ✔️ បិទដោយប្រតិភូ
# Variables: $ticket (number) its number; $minutes (number) how long it has waited.
ticket-reraise = ⏰ <b>សំណួរលេខ { $ticket } នៅតែរង់ចាំចម្លើយ</b> អស់រយៈពេល { $minutes } នាទីហើយ។ តើអ្នកណាអាចទទួលយកបាន?
# Variables: $ticket (number); $name (text) the delegate's first name.
ticket-follow-up = 💬 <b>លេខ { $ticket }</b> — { $name } សរសេរបន្ថែម៖
ticket-feedback-yes = 👍 ប្រតិភូយល់ថាចម្លើយមានប្រយោជន៍។
ticket-feedback-no = 👎 ប្រតិភូយល់ថាចម្លើយមិនមានប្រយោជន៍ទេ។
ticket-unreachable = ⚠️ មិនអាចទាក់ទងប្រតិភូនេះបានទេ៖ ប្រហែលជាប្រតិភូបានទប់ស្កាត់ (block) បូតនេះ។
# Variables: $ticket (number).
ticket-is-closed = សំណួរនេះ (លេខ { $ticket }) ត្រូវបានបិទហើយ៖ សាររបស់លោកអ្នកមិនត្រូវបានបញ្ជូនទេ។
# Name of the forum topic of a question (at most 128 characters).
# Variables: $ticket (number); $language (text); $name (text) first name.
ticket-topic-name = លេខ { $ticket } · { $language } · { $name }
button-ticket-claim = 🙋 ទទួលយក
button-ticket-close = ✔️ បិទ
# Pop-ups.
# Variables: $name (text) who claimed it.
button-ticket-taken = { $name } បានទទួលយករួចហើយ។
button-ticket-not-volunteer = មានតែអ្នកស្ម័គ្រចិត្តរបស់ Delegate Desk ប៉ុណ្ណោះ ដែលអាចធ្វើសកម្មភាពនេះបាន។
button-ticket-gone = សំណួរនេះត្រូវបានបិទរួចហើយ។
# Languages named for the volunteers.
ticket-language-en = ភាសាអង់គ្លេស
ticket-language-zh-CN = ភាសាចិន
ticket-language-id = ភាសាឥណ្ឌូនេស៊ី
ticket-language-ms = ភាសាម៉ាឡេ
ticket-language-th = ភាសាថៃ
ticket-language-vi = ភាសាវៀតណាម
ticket-language-fil = ភាសាហ្វីលីពីន
ticket-language-km = ភាសាខ្មែរ
ticket-language-lo = ភាសាឡាវ
ticket-language-my = ភាសាភូមា

## A volunteer's languages (/volunteer, in a private chat)

volunteer-languages = 🗣 <b>ភាសាដែលលោកអ្នកឆ្លើយសំណួរ</b>
    សូមចុចលើភាសានីមួយៗ ដែលលោកអ្នកអាចឆ្លើយសំណួរបាន។ នៅពេលមានសំណួរថ្មីជាភាសាទាំងនោះ បូតនឹងហៅឈ្មោះ (mention) លោកអ្នកនៅក្នុងក្រុមអ្នកស្ម័គ្រចិត្ត។
volunteer-languages-none = លោកអ្នកមិនទាន់បានជ្រើសរើសភាសាណាមួយនៅឡើយទេ។
button-volunteer-done = ✅ រួចរាល់
volunteer-languages-saved = ✅ បានរក្សាទុក។ នៅពេលមានសំណួរថ្មីជាភាសារបស់លោកអ្នក បូតនឹងហៅឈ្មោះលោកអ្នក។
volunteer-not-member = មុខងារនេះសម្រាប់តែអ្នកស្ម័គ្រចិត្តរបស់ Delegate Desk ប៉ុណ្ណោះ។ សូមចូលរួមក្រុមអ្នកស្ម័គ្រចិត្តជាមុនសិន រួចផ្ញើ /volunteer ម្ដងទៀត។

## Organisers' statistics (/stats)

# Variables: $open, $claimed, $closed (numbers).
organiser-stats-tickets = 🙋 <b>សំណួរទៅអ្នកស្ម័គ្រចិត្ត</b>៖ កំពុងរង់ចាំ { $open } · កំពុងឆ្លើយ { $claimed } · បានបិទ { $closed }។
# Variables: $share (number) percent; $rated (number) how many answered the question.
organiser-stats-helpful = 👍 យល់ថាមានប្រយោជន៍៖ { $share } % នៃការវាយតម្លៃចំនួន { $rated }។
# Variables: $minutes (number).
organiser-stats-first-answer = ⏱ រយៈពេលរង់ចាំចម្លើយដំបូង (មេដ្យាន)៖ { $minutes } នាទី។
# Variables: $answered (number); $asked (number).
organiser-stats-answered = 🤖 សំណួរដែលវាយបញ្ចូល ហើយបូតឆ្លើយដោយខ្លួនឯង៖ { $answered } នៃ { $asked }។

command-ask = សួរសំណួរទៅអ្នកស្ម័គ្រចិត្ត
command-volunteer = អ្នកស្ម័គ្រចិត្ត៖ ភាសាដែលលោកអ្នកឆ្លើយសំណួរ
