# The volunteers' group (VOLUNTEER_CHAT_ID): what the bot says there.

volunteer-group-help =
    🤝 <b>Delegate Desk៖ ក្រុមអ្នកស្ម័គ្រចិត្ត</b>
    សំណួររបស់ប្រតិភូដែល Delegate Desk មិនអាចឆ្លើយបាន នឹងត្រូវបានបញ្ជូនមកក្រុមនេះ ជាភាសារបស់ប្រតិភូនោះ ដើម្បីឱ្យអ្នកស្ម័គ្រចិត្តដែលចេះភាសានោះ អាចឆ្លើយតបបាន។
    ដើម្បីស្វែងរកព័ត៌មាន ខណៈពេលកំពុងជួយប្រតិភូ៖ /schedule /now /venues /transport
