# Check-in at the door: a volunteer scans a delegate's check-in QR code,
# which opens the bot.

# What the volunteer sees after scanning.
# Variables: $name (text) the delegate's full name; $delegation (text) their delegation; $title (text) session title; $when (text) its day and time.
checkin-card =
    🎫 <b>ការចុះវត្តមាន</b>

    <b>{ $name }</b>
    { $delegation }

    { $title }
    { $when }
button-check-in = ✅ កត់ត្រាវត្តមាន
# Variables: $time (text) such as 13:52.
checkin-done = ✅ បានចុះវត្តមាននៅម៉ោង { $time }។
# Variables: $time (text) such as 13:52.
checkin-already = ⚠️ បានចុះវត្តមានរួចហើយនៅម៉ោង { $time }។
# The delegate opens their own code. Variables: $title (text) session title.
checkin-own-code = 🎫 នេះជាកូដចុះវត្តមានរបស់លោកអ្នកសម្រាប់ <b>{ $title }</b>។ សូមបង្ហាញកូដនេះដល់អ្នកស្ម័គ្រចិត្តនៅច្រកចូល។
# Anyone else who opens a check-in code learns nothing about its owner.
checkin-not-for-you = កូដនេះសម្រាប់ឱ្យអ្នកស្ម័គ្រចិត្តនៅច្រកចូលស្កេនប៉ុណ្ណោះ។
checkin-unknown = ❌ កូដចុះវត្តមាននេះមិនត្រឹមត្រូវទេ៖ ការចុះឈ្មោះនេះប្រហែលជាត្រូវបានលុបចោលហើយ។
