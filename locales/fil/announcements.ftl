# Announcements: organisers compose and send them; delegates read them and
# acknowledge; sessions changed on site announce themselves.
# Filipino: plural variants use the exact [1] (CLDR "one" for fil also
# covers 2, 3, 5, 7, 8 …, so it cannot carry singular wording).

## Composing (/announce, organisers only).

announce-prompt = 📣 <b>Bagong anunsiyo.</b> Ipadala ito sa akin bilang karaniwang mensahe: tekstong may format, larawan, dokumento, o lokasyong may caption. Ang mismong mensaheng iyon ang matatanggap ng mga delegado.
announce-use-buttons = Pakigamit ang mga pindutan sa ibaba (o ang /cancel).
announce-discarded = Itinapon ang anunsiyo; walang naipadala.
# Variables: $language (text) the language's name, in itself.
announce-version-prompt = Ipadala sa akin ang bersiyon sa <b>{ $language }</b>. Iyon ang matatanggap ng mga delegadong gumagamit ng Delegate Desk sa { $language }, sa halip na ang orihinal.
announce-version-title = Para sa aling wika ang bersiyon? (✅: mayroon na; papalitan ito kapag nagpadala ng bago.)
announce-versions-none = wala: ang orihinal ang matatanggap ng lahat
# The composer. Variables: $summary (text) the start of the announcement; $audience (text) who it goes to; $count (number) how many people; $languages (text) how many read each language; $versions (text) the languages with their own version; $ack (text) "yes" or "no".
announce-composer =
    📣 <b>Anunsiyo</b>
    <i>{ $summary }</i>

    👥 <b>Para sa:</b> { $audience } ({ $count ->
        [1] isang tao
       *[other] { $count } katao
    })
    { $languages }
    🌐 <b>Mga bersiyon:</b> { $versions }
    ✅ <b>Kailangang kumpirmahin:</b> { $ack ->
        [yes] oo
       *[no] hindi
    }
announce-audience-title = 👥 Kanino ito ipapadala?
announce-audience-pick = Pumili ng isa:
announce-audience-empty = Wala pang mapagpipilian.
# Audiences named in the composer. Variables: $session (text) the session's title.
announce-audience-registrants = Nakarehistro sa { $session }
announce-audience-waitlist = Waitlist para sa { $session }
announce-audience-session = Lahat ng may puwesto sa { $session }
# Variables: $id (number) the announcement's number.
announce-audience-unacknowledged = Hindi pa kumumpirma sa #{ $id }
# Above each copy in the preview. Variables: $language (text); $count (number) readers of that language; $version (text) "own" or "original".
announce-preview-header =
    👁 <b>{ $language }</b> · { $count ->
        [1] isang tao
       *[other] { $count } katao
    } · { $version ->
        [own] sariling bersiyon
       *[original] ang orihinal
    }
announce-preview-nobody = 👁 Wala pang kabilang sa mga tatanggap na ito.

button-announce-audience = 👥 Mga tatanggap
button-announce-version = 🌐 Magdagdag ng bersiyon
button-announce-ack-on = ✅ Kailangang kumpirmahin: oo
button-announce-ack-off = ☐ Kailangang kumpirmahin: hindi
button-announce-preview = 👁 Silipin
# Variables: $count (number) how many people.
button-announce-send = 📤 Ipadala sa { $count }
button-announce-discard = ✖ Itapon
button-announce-back = ⬅ Bumalik
button-audience-everyone = Lahat
button-audience-registrants = Nakarehistro sa isang sesyon
button-audience-waitlist = Waitlist ng isang sesyon
button-audience-language = Isang wika
button-audience-country = Isang bansa
button-audience-delegation = Isang delegasyon
button-audience-volunteers = Mga boluntaryo
button-audience-organisers = Mga tagapag-organisa

## Delivery, progress and reports.

# Variables (all three): $id (number); $summary (text); $total, $sent, $failed, $unreachable, $remaining, $stopped (numbers); $rate (text) messages a second; $left (text) time left, m:ss.
announce-progress =
    📤 <b>Anunsiyo #{ $id }</b>: ipinapadala na
    <i>{ $summary }</i>
    Naipadala ang { $sent } sa { $total } · nabigo { $failed } · hindi maabot { $unreachable } · natitira { $remaining }
    { $rate } mensahe bawat segundo · humigit-kumulang { $left } pa bago matapos
announce-report-done =
    ✅ <b>Anunsiyo #{ $id }</b>: naihatid na
    <i>{ $summary }</i>
    Naipadala ang { $sent } sa { $total } · nabigo { $failed } · hindi maabot (na-block ang bot) { $unreachable }
announce-report-stopped =
    ⏹ <b>Anunsiyo #{ $id }</b>: itinigil
    <i>{ $summary }</i>
    Naipadala ang { $sent } sa { $total } · hindi naipadala { $stopped } · nabigo { $failed } · hindi maabot { $unreachable }
# Variables: $acked (number) acknowledgements; $sent (number) delivered.
announce-acks = ✅ Kinumpirma ng { $acked } sa { $sent }
button-announce-stop = ⏹ Itigil
# Variables: $count (number) who have not acknowledged.
button-announce-remind = 🔔 Paalalahanan ang { $count } na hindi pa
button-announcements = 📋 Mga anunsiyo
announce-list-title = 📋 <b>Mga kamakailang anunsiyo</b>
announce-list-empty = Wala pang naipadalang anunsiyo. Ipadala ang /announce upang gumawa ng isa.
# Variables: $id (number); $summary (text); $state (text) draft, sending, done or stopped; $sent, $total, $failed, $unreachable, $acked (numbers); $ack (text) "yes" or "no".
announce-list-item =
    <b>#{ $id }</b> { $state ->
        [sending] 📤 ipinapadala
        [stopped] ⏹ itinigil
        [draft] 📝 borador
       *[done] ✅ naihatid
    } · <i>{ $summary }</i>
    Naipadala ang { $sent } sa { $total } · nabigo { $failed } · hindi maabot { $unreachable }{ $ack ->
        [yes] { " " }· kinumpirma ng { $acked }
       *[no] { "" }
    }

## Delegates.

button-announce-got-it = ✅ Natanggap ko
announce-toast-thanks = Salamat po, naitala na.
button-announcements-latest = 📣 Mga anunsiyo
latest-title = 📣 <b>Mga pinakabagong anunsiyo</b>
latest-empty = 📣 Wala pa pong anunsiyo. Dito po ninyo matatanggap ang mga ito sa sandaling magpadala ang mga tagapag-organisa.

## Schedule changes: the notices delegates receive.

# Variables: $session (text) the session's title; $date (text) its day.
notice-session-cancelled =
    ❌ <b>Kinansela:</b> { $session }
    { $date }
notice-session-changed =
    ⚠️ <b>Pagbabago sa programa:</b> { $session }
    { $date }
# Variables: $date (text) the new day.
notice-session-day = 📅 Bagong petsa: { $date }
# Variables: $from (text) the old start; $to (text) the new start; $end (text) the new end.
notice-session-time = 🕒 { $from } → <b>{ $to }</b> (hanggang { $end })
# Variables: $from (text) the old place; $to (text) the new place.
notice-session-place = 📍 { $from } → <b>{ $to }</b>
# Variables: $venue (text) the venue; $address (text) its address now.
notice-venue-changed =
    📍 <b>Pagbabago sa pinagdarausan:</b> { $venue }
    Nagbago ang address o ang pin sa mapa: { $address }
# Variables: $shuttle (text) the shuttle; $from (text) the old departures; $to (text) the new ones.
notice-shuttle-changed =
    🚌 <b>Nagbago ang oras ng sasakyang panghatid:</b> { $shuttle }
    Dati: { $from }
    Ngayon: <b>{ $to }</b>
button-notice-session = 📋 Mga detalye ng sesyon

## Changing a session on site (organisers, from the session's screen).

button-change-session = ✏️ Baguhin ang sesyong ito (tagapag-organisa)
# Variables: $session (text) the session's title.
change-title = ✏️ <b>Baguhin:</b> { $session }
# Variables: $minutes (number).
button-change-delay = +{ $minutes } min
button-change-move = 📍 Ilipat sa ibang silid o pinagdarausan
button-change-cancel = ❌ Kanselahin ang sesyon
change-move-venue = 📍 Ililipat sa aling pinagdarausan?
change-move-room = Aling silid?
button-change-no-room = Walang tiyak na silid
# Variables: $notice (text) the notice as delegates will read it; $count (number) how many will receive it.
change-preview =
    👁 <b>Ito ang matatanggap ng mga delegado</b>, bawat isa sa sarili niyang wika ({ $count ->
        [1] isang tao
       *[other] { $count } katao
    }):

    { $notice }
# Variables: $count (number) how many will be told.
button-change-confirm = ✅ Kumpirmahin at abisuhan ang { $count }
change-impossible = Hindi posible ang pagbabagong ito para sa sesyong ito (pagkaantalang lalampas sa hatinggabi, sesyong kinansela na, o walang anumang pagbabago).
change-reload-title = 🔄 <b>Binabago ng bagong file ng kaganapan ang programa para sa mga delegado.</b> Matatanggap nila ang mga abisong ito, bawat isa sa sarili niyang wika:
# Variables: $count (number) how many messages.
button-change-notify = 📣 Abisuhan ang mga apektado ({ $count })
# Variables: $count (number) how many messages.
change-notified = 📣 Ipinapadala na ang mga abiso ({ $count } mensahe). Makikita sa /announcements ang takbo ng pagpapadala.
command-announce = Tagapag-organisa: magpadala ng anunsiyo
command-announcements = Tagapag-organisa: mga kamakailang anunsiyo
