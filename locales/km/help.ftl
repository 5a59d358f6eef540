# Help (/help) and the bot's profile texts.

help-text =
    ❓ <b>ជំនួយ</b>
    ខ្ញុំជាបញ្ជរព័ត៌មានរបស់ព្រឹត្តិការណ៍នេះ។ ខ្ញុំអាចបង្ហាញលោកអ្នកនូវ៖
    📅 កម្មវិធីតាមថ្ងៃនីមួយៗ និងសកម្មភាពដែលកំពុងប្រព្រឹត្តទៅ
    📍 ទីកន្លែងប្រារព្ធ ព្រមទាំងទីតាំងលើផែនទី និងប័ណ្ណសម្រាប់បង្ហាញអ្នកបើកតាក់ស៊ី
    🚌 របៀបធ្វើដំណើរ៖ ព្រលានយន្តហោះ ស្ថានីយ៍រថភ្លើង រថភ្លើងក្រោមដី រថយន្តដឹកជញ្ជូនរបស់កម្មវិធី និងតាក់ស៊ី
    💬 លោកអ្នកក៏អាចវាយសំណួរតាមពាក្យពេចន៍របស់លោកអ្នកផ្ទាល់បានដែរ។ ប្រសិនបើខ្ញុំមិនអាចឆ្លើយបាន អ្នកស្ម័គ្រចិត្តដែលចេះភាសារបស់លោកអ្នកនឹងឆ្លើយជូន (/ask)។
    សូមប្រើប៊ូតុង ឬពាក្យបញ្ជាទាំងនេះ៖ /menu /schedule /now /venues /transport /language /help
    🌐 សូមផ្ញើ /language ដើម្បីប្ដូរភាសា។
# Variables: $desk (text) where the help desk is, $phone (text), $email (text).
help-contacts =
    <b>ត្រូវការជំនួយផ្ទាល់ពីបុគ្គលិក?</b>
    { $desk }
    ☎️ { $phone }
    ✉️ { $email }

## Command menu (at most 256 characters each)

command-start = ចាប់ផ្ដើម និងជ្រើសរើសភាសា
command-menu = ម៉ឺនុយចម្បង
command-schedule = កម្មវិធីតាមថ្ងៃនីមួយៗ
command-now = សកម្មភាពឥឡូវនេះ និងបន្ទាប់
command-venues = ទីកន្លែង ផែនទី និងប័ណ្ណតាក់ស៊ី
command-transport = ព្រលានយន្តហោះ ស្ថានីយ៍ រថភ្លើងក្រោមដី រថយន្តដឹកជញ្ជូន តាក់ស៊ី
command-language = ប្ដូរភាសា
command-help = ជំនួយ និងទំនាក់ទំនង

## Bot profile

# Shown in the empty chat before /start (at most 512 characters).
# Variables: $event (text) event name with its city.
bot-description = Delegate Desk គឺជាបញ្ជរព័ត៌មានរបស់{ $event }៖ កម្មវិធី ទីកន្លែងប្រារព្ធ ព្រមទាំងផែនទី និងប័ណ្ណតាក់ស៊ី និងរបៀបធ្វើដំណើរ — ជាដប់ភាសា។ សូមចុចប៊ូតុង Start ដើម្បីចាប់ផ្ដើម។
# Shown on the bot's profile (at most 120 characters).
# Variables: $event (text) event name.
bot-short-description = កម្មវិធី ទីកន្លែង និងការធ្វើដំណើរ សម្រាប់{ $event } ជាភាសារបស់លោកអ្នក។
command-dialogues = ចុះឈ្មោះចូលរួមកិច្ចសន្ទនាស្របគ្នា
command-my = កាលវិភាគរបស់ខ្ញុំ និងឯកសារប្រតិទិន
command-profile = ប្រវត្តិរូបរបស់ខ្ញុំ
command-cancel = បញ្ឈប់ការបំពេញទម្រង់បច្ចុប្បន្ន
command-invite = គណៈកម្មការរៀបចំ៖ បង្កើតការអញ្ជើញថ្មី
command-invites = គណៈកម្មការរៀបចំ៖ បញ្ជីការអញ្ជើញ
command-registrations = គណៈកម្មការរៀបចំ៖ ការចុះឈ្មោះតាមសម័យប្រជុំ
command-export = គណៈកម្មការរៀបចំ៖ នាំចេញការចុះឈ្មោះជា Excel
command-reload = គណៈកម្មការរៀបចំ៖ ផ្ទុកឯកសារព្រឹត្តិការណ៍ឡើងវិញ
command-stats = គណៈកម្មការរៀបចំ៖ ស្ថិតិអ្នកប្រើប្រាស់
