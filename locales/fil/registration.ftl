# Registration for the sessions that need it (the parallel dialogues):
# invitations, the delegate's profile, seats, waitlists and "My agenda".
# "Register" here means signing up for a session (zh: 报名), not the
# arrival desk (zh: 注册报到).
# Filipino: plural variants use the exact [1] (CLDR "one" for fil also
# covers 2, 3, 5, 7, 8 …, so it cannot carry singular wording).

menu-dialogues = 📝 Magparehistro sa mga diyalogo
menu-my = 🗓️ Aking agenda

## Invitations: a delegate opens their delegation's link or types its code.

# Variables: $delegation (text) the delegation's name (a city, country or organisation), $steps (number) how many questions the profile has.
invite-welcome =
    ✅ Maligayang pagdating po! Inaanyayahan po kayo bilang kasapi ng delegasyon ng <b>{ $delegation }</b>.
    Upang makapagparehistro sa mga sesyon, pakisagot po ang { $steps } maikling tanong para sa inyong kard ng akreditasyon at para sa mga tagapag-organisa. Maaari po kayong tumigil anumang oras sa pagpapadala ng /cancel.
# Variables: $delegation (text) the delegation's name.
invite-already-member = Nakarehistro na po kayo sa delegasyon ng <b>{ $delegation }</b>.
# Someone who belongs to one delegation opens another's invitation.
# Variables: $delegation (text) the delegation they belong to.
invite-other-delegation = Nakarehistro na po kayo sa delegasyon ng <b>{ $delegation }</b>, kaya hindi ginamit ang imbitasyong ito. Kung sa tingin ninyo ay may pagkakamali, mangyaring makipag-ugnayan sa tanggapan ng tulong.
invite-not-found = ❌ Hindi po wasto ang code ng imbitasyong ito. Pakisuri ito at subukang muli, o hingin ang link sa tagapag-ugnay ng inyong delegasyon.
# Variables: $people (number) how many people the invitation covers.
invite-used-up =
    ❌ Nagamit na po ang imbitasyong ito ng { $people ->
        [1] nag-iisang taong saklaw nito
       *[other] lahat ng { $people } katao na saklaw nito
    }. Mangyaring sumangguni sa tagapag-ugnay ng inyong delegasyon.
# Variables: $date (text) the day it expired, long form.
invite-expired = ❌ Nagtapos po ang bisa ng imbitasyong ito noong { $date }. Mangyaring humingi ng bagong imbitasyon sa tagapag-ugnay ng inyong delegasyon.
invite-revoked = ❌ Binawi na po ng mga tagapag-organisa ang imbitasyong ito. Mangyaring makipag-ugnayan sa tagapag-ugnay ng inyong delegasyon.
# After five wrong codes in ten minutes. Variables: $minutes (number) how long to wait.
invite-slow-down =
    ⏳ Masyado na pong maraming maling code. Maghintay po muna ng { $minutes ->
        [1] isang minuto
       *[other] { $minutes } minuto
    } bago subukang muli.
# Someone without an invitation tries to register.
invite-needed = Sa pamamagitan lamang po ng imbitasyon ang pagpaparehistro sa mga sesyon. Pakibuksan ang link na ipinadala sa inyo ng tagapag-ugnay ng inyong delegasyon, o i-type dito ang code ng imbitasyon.

## The profile: a short conversation after the first use of an invitation.

# Variables: $step (number) this question's number, $steps (number) how many there are.
profile-step = Tanong { $step } ng { $steps }
profile-ask-full-name = Ano po ang inyong <b>buong pangalan</b>, gaya ng dapat nakalimbag sa inyong kard ng akreditasyon?
profile-ask-title = Ano po ang inyong <b>katungkulan o posisyon</b>? Halimbawa: Alkalde, Bise Alkalde, Direktor ng Ugnayang Panlabas.
profile-ask-city = Aling <b>lungsod</b> po ang inyong kinakatawan?
profile-ask-country = Saang <b>bansa</b> po kayo nagmula? Pumili po sa ibaba, o i-type ang pangalan ng ibang bansa.
profile-ask-organisation = Saang <b>organisasyon</b> po kayo kabilang? Halimbawa: ang People's Committee ng Lungsod ng Da Nang.
profile-ask-diet = Mayroon po ba kayong <b>espesyal na pangangailangan sa pagkain</b>?
profile-ask-diet-other = Pakilarawan po ang inyong pangangailangan sa pagkain (halimbawa, isang alerhiya).
profile-ask-interpretation = Anong <b>wika ng interpretasyon</b> ang kailangan po ninyo sa mga sesyon?
profile-cancel-hint = Upang tumigil, ipadala ang /cancel.

profile-invalid-empty = Paki-type po ang inyong sagot.
# Variables: $max (number) the longest answer accepted, in characters.
profile-invalid-too-long = Masyadong mahaba po ang sagot na ito: hanggang { $max } karakter lamang po.
profile-invalid-characters = May mga karakter po ang sagot na ito na hindi maaaring ilimbag sa kard ng akreditasyon. Paki-type po itong muli.
profile-invalid-not-text = Pakisagot po gamit ang teksto.
profile-invalid-choose = Pakipili po ang isa sa mga pindutan sa ibaba.

profile-cancelled = Hindi po nai-save ang inyong profile. Maaari kayong magpatuloy anumang oras: ipadala ang /profile.
profile-saved = ✅ Salamat po, nai-save na ang inyong profile. Maaari na kayong magparehistro sa mga magkasabay na diyalogo.
profile-updated = ✅ Na-update na po ang inyong profile.

profile-title = 👤 <b>Aking profile</b>
# Variables: $delegation (text) the delegation's name.
profile-delegation = Delegasyon: <b>{ $delegation }</b>
# One line of the profile. Variables: $field (text) what it is, such as "Name"; $value (text) the answer.
profile-line = { $field }: <b>{ $value }</b>
profile-edit-hint = Upang iwasto ang isang sagot, pindutin ito sa ibaba.
# Someone who has not used an invitation asks for their profile.
profile-none = Wala pa po kayong profile. Sa pamamagitan lamang ng imbitasyon ang pagpaparehistro: pakibuksan ang link na ipinadala sa inyo ng tagapag-ugnay ng inyong delegasyon, o i-type dito ang code ng imbitasyon.
profile-incomplete = Hindi pa po kumpleto ang inyong profile. Ituloy po natin.

# The profile's fields: shown in the profile and on buttons (plain text).
profile-field-full-name = Pangalan
profile-field-title = Katungkulan
profile-field-city = Lungsod
profile-field-country = Bansa
profile-field-organisation = Organisasyon
profile-field-diet = Pangangailangan sa pagkain
profile-field-interpretation = Interpretasyon
profile-interpretation-none = Hindi kailangan ng interpretasyon

# Countries offered as buttons (plain text). Others are typed.
country-bn = Brunei Darussalam
country-kh = Cambodia
country-id = Indonesia
country-la = Laos
country-my = Malaysia
country-mm = Myanmar
country-ph = Pilipinas
country-sg = Singapore
country-th = Thailand
country-vn = Vietnam
country-tl = Timor-Leste
country-cn = Tsina

# Dietary requirements offered as buttons (plain text).
diet-none = Walang espesyal na kailangan
diet-halal = Halal
diet-vegetarian = Vegetarian
diet-vegan = Vegan
diet-other = Iba pa (ilalarawan ko)

## The sessions open for registration (/dialogues).

dialogues-title = 📝 <b>Pagpaparehistro sa mga diyalogo</b>
dialogues-intro = Limitado po ang mga upuan. Pumili ng sesyon upang makita ang mga detalye at makapagparehistro.
dialogues-none = Walang sesyong bukas para sa pagpaparehistro sa ngayon.
# Seats of a session. Variables: $left (number) seats still free, $capacity (number) all seats.
dialogues-seats =
    { $left ->
        [0] 🎟️ Puno na ({ $capacity } upuan): bukas ang waitlist
        [1] 🎟️ Isa na lang ang bakante sa { $capacity } upuan
       *[other] 🎟️ Bakante pa ang { $left } sa { $capacity } upuan
    }
dialogues-closed = 🔒 Sarado na ang pagpaparehistro
# Variables: $date (text) the day, long form; $time (text) such as 20:00.
dialogues-closes = Magsasara ang pagpaparehistro sa { $date }, { $time }.
dialogues-you-confirmed = ✅ Nakarehistro na po kayo
# Variables: $position (number) the delegate's place on the waitlist.
dialogues-you-waitlisted = ⏳ Kayo po ang ika-{ $position } sa waitlist

## Registering, from a session's screen.

button-register = ✅ Magparehistro
button-join-waitlist = ⏳ Sumali sa waitlist
button-cancel-registration = ❌ Kanselahin ang aking rehistro
button-leave-waitlist = ❌ Umalis sa waitlist
button-check-in-code = 🎫 Aking check-in code
button-dialogues = 📝 Lahat ng diyalogo
# Variables: $title (text) the session to switch to.
button-switch = 🔁 Lumipat sa { $title }

# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-confirmed =
    ✅ <b>Nakarehistro na po kayo.</b>

    <b>{ $title }</b>
    { $when }
    { $venue }

    Kasunod nito ang inyong check-in code: pakipakita po ito sa pasukan.
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-waitlisted = ⏳ <b>Puno na po ang sesyong ito.</b> Kayo po ang ika-{ $position } sa waitlist para sa <b>{ $title }</b>. Kapag may nabakanteng upuan, awtomatiko itong ibibigay sa inyo at ipaaalam ko po ito sa inyo rito.
# Variables: $title (text) session title.
register-already-confirmed = Nakarehistro na po kayo sa <b>{ $title }</b>.
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-already-waitlisted = Nasa waitlist na po kayo para sa <b>{ $title }</b>: kayo ang ika-{ $position }.
# The session overlaps one the delegate has a place in.
# Variables: $title (text) the session they tapped; $other (text) the one they have; $when (text) its day and time.
register-clash = ⚠️ Ang <b>{ $title }</b> ay kasabay ng <b>{ $other }</b> ({ $when }), kung saan mayroon na kayong puwesto. Maaari po kayong lumipat, ngunit bibitawan ninyo ang inyong puwesto sa <b>{ $other }</b>.
# Variables: $title (text) session title; $date (text) the day, long form; $time (text) such as 20:00.
register-closed = 🔒 Nagsara na ang pagpaparehistro para sa <b>{ $title }</b> noong { $date }, { $time }.
# Variables: $title (text) session title.
register-cancelled = Nakansela na po ang inyong rehistro sa <b>{ $title }</b>. Mapupunta ang inyong upuan sa susunod na tao sa waitlist.
# Variables: $title (text) session title.
register-left-waitlist = Umalis na po kayo sa waitlist para sa <b>{ $title }</b>.
# Variables: $title (text) session title.
register-not-registered = Wala po kayong puwesto sa <b>{ $title }</b>.
# Sent unprompted when a seat frees up.
# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-promoted =
    🎉 <b>Magandang balita po: may nabakanteng upuan para sa inyo.</b>
    Nakarehistro na po kayo ngayon sa:

    <b>{ $title }</b>
    { $when }
    { $venue }

    Kasunod nito ang inyong check-in code: pakipakita po ito sa pasukan.
# The caption of the check-in QR code (at most 1024 characters).
# Variables: $title (text) session title; $when (text) its day and time.
register-code-caption =
    🎫 Check-in code para sa <b>{ $title }</b>
    { $when }
    Pakipakita po ito sa mga boluntaryo sa pasukan.

## My agenda (/my).

agenda-title = 🗓️ <b>Aking agenda</b>
agenda-empty = Wala pa po kayong puwesto sa anumang sesyon.
agenda-confirmed = ✅ Nakarehistro
# Variables: $position (number) place on the waitlist.
agenda-waitlisted = ⏳ Waitlist, ika-{ $position }
agenda-plenary-note = Bukas po ang mga sesyong plenaryo sa lahat ng delegado nang hindi na kailangang magparehistro: tingnan ang programa.
button-agenda-ics = 📅 Idagdag sa aking kalendaryo
button-profile = 👤 Aking profile
# A cancel button for one session of the agenda. Variables: $title (text) session title, shortened.
button-agenda-cancel = ❌ Kanselahin: { $title }
# The caption of the calendar file. Variables: $event (text) event name; $tz (text) time zone such as Asia/Shanghai.
agenda-ics-caption = 📅 Ang inyong agenda para sa { $event }. Buksan ang file upang idagdag ito sa kalendaryo ng inyong telepono. Lokal na oras ang lahat ng nakasaad na oras ({ $tz }).
# How a session on the waitlist is named in the calendar. Variables: $title (text) session title.
agenda-ics-waitlisted = { $title } (nasa waitlist)
