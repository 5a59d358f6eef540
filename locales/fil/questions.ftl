# Typed questions: the bot's answers, and questions passed to volunteers.

## Words the bot looks for in a question (never shown). One way of saying
## it per line; write what delegates type, with and without accents where
## people often leave them out. Several words on a line must all be there.

ask-words-now =
    ngayon
    ngayon mismo
    sa ngayon
    kasalukuyan
    now
    right now
    susunod
ask-words-today =
    ngayong araw
    araw na ito
    ngayong gabi
    today
ask-words-tomorrow =
    bukas
    kinabukasan
    tomorrow
    tmr
ask-words-day-after-tomorrow =
    makalawa
    samakalawa
    day after tomorrow
ask-words-yesterday =
    kahapon
    yesterday
ask-words-morning =
    umaga
    morning
    a.m.
    am
ask-words-afternoon =
    hapon
    afternoon
    p.m.
    pm
ask-words-evening =
    gabi
    mamayang gabi
    evening
    tonight
ask-words-programme =
    programa
    program
    programme
    iskedyul
    schedule
    sched
    sked
    agenda
    anong meron
    ano meron
    ano ang meron
    anong ganap
    ano ang nangyayari
    mga aktibidad
# Questions about the programme in general, without a day (never shown):
# the bot learns from them what a programme question sounds like.
ask-programme =
    anong meron po
    ano pong ganap
    may ganap ba
    may nangyayari ba
    anong mga activities
    ano ang mga aktibidad
    anong events meron
    ano gagawin natin
    ano ang plano
    patingin po ng schedule
    pakita po ng programa
    buong sched po
    buong agenda
    listahan ng sessions
    anong mga session meron
    ano ang naka-schedule
    timetable ng conference
    ano po ang itinerary
# Other ways to write each weekday (1 = Monday); the full names come from
# date-weekday-N. One per line.
ask-words-weekday-1 =
    lun
    monday
    mon
ask-words-weekday-2 =
    mar
    tuesday
    tue
    tues
ask-words-weekday-3 =
    miyerkules
    myerkules
    merkules
    miy
    wednesday
    wed
ask-words-weekday-4 =
    webes
    huw
    thursday
    thu
    thurs
ask-words-weekday-5 =
    byernes
    biy
    friday
    fri
ask-words-weekday-6 =
    sab
    saturday
    sat
ask-words-weekday-7 =
    lin
    sunday
    sun

## Answers

# Above every answer, so that a wrong match is obvious.
# Variables: $topic (text) what the answer is about.
ask-about = ℹ️ <b>Tungkol sa { $topic }:</b>
# Under an answer whose facts are still the sample ones.
ask-sample-note = <i>Halimbawang sagot: kukumpirmahin ng mga tagapag-organisa ang mga detalye.</i>
# The topic of a programme answer.
# Variables: $day (text) a date, such as "Thursday 16 January 2025".
ask-topic-day = programa sa { $day }
# Variables: $day (text) a date; $part (text) a part of the day.
ask-topic-day-part = programa sa { $part } ng { $day }
ask-part-morning = umaga
ask-part-afternoon = hapon
ask-part-evening = gabi
ask-topic-now = mga nagaganap ngayon
ask-topic-programme = programa
# Variables: $dates (text) the event's dates.
ask-day-empty = Wala pong nakatakda sa programa sa panahong iyon. Idaraos po ang kaganapan sa { $dates }.
# Variables: $language (text) the delegate's language, in that language.
ask-unsure = 🤔 Paumanhin po, hindi ako sigurado kung naunawaan ko ang inyong tanong. Ipapasa ko po ba ito sa isang boluntaryong nakapagsasalita ng { $language }? Dito po siya sasagot.
button-ask-volunteer = 🙋 Magtanong sa boluntaryo
button-ask-whole-day = 📅 Buong araw

## Asking a volunteer

# Variables: $language (text) the delegate's language, in that language.
ask-prompt = 🙋 Isulat po ang inyong tanong sa sarili ninyong pananalita, at sasagot dito ang isang boluntaryong nakapagsasalita ng { $language }. Upang tumigil, ipadala ang /cancel.
# Variables: $ticket (number) the question's number.
ask-sent = ✅ Naipadala na po ang inyong tanong sa mga boluntaryo (blg. { $ticket }). Sasagot po rito ang isang boluntaryo. Ipapasa rin sa kanila ang anumang isusulat ninyo pagkatapos nito, hanggang maisara ang tanong.
ask-added = ✅ Naipasa na po sa mga boluntaryo.
ask-cancelled = Hindi na po ipinadala ang inyong tanong.
button-ask-done = ✔️ Nasagot na ang aking tanong
ask-limit = ⏳ Marami na po kayong naipadala sa mga boluntaryo sa maikling panahon. Maghintay po muna ng ilang minuto: natanggap na nila ang inyong mga mensahe at sasagot sila.
# Variables: $phone (text) the help desk's phone.
ask-unavailable = Paumanhin po, hindi maabot ang mga boluntaryo mula rito sa ngayon. Pakitawagan po ang tanggapan ng tulong: { $phone }.
# Variables: $ticket (number) the question's number.
ask-claimed = 🙋 Tinitingnan na po ng isang boluntaryo ang inyong tanong (blg. { $ticket }).
# Introduces what a volunteer sent.
# Variables: $ticket (number) the question's number.
ask-reply = 💬 <b>Sagot ng boluntaryo</b> (tanong blg. { $ticket }):
# Variables: $ticket (number) the question's number.
ask-closed = ✔️ Naisara na po ang inyong tanong blg. { $ticket }. Nakatulong po ba sa inyo ang sagot?
button-helpful-yes = 👍 Oo
button-helpful-no = 👎 Hindi
ask-thanks = Salamat po! Makatutulong ito upang mapabuti pa namin ang Delegate Desk.

## The volunteers' group (in the volunteers' language, VOLUNTEER_LANGUAGE)

# A new question.
# Variables: $ticket (number) its number; $language (text) the delegate's language.
ticket-title = 🆕 <b>Tanong blg. { $ticket }</b> · { $language }
# Variables: $name (text) the delegate's first name.
ticket-from = Mula kay { $name }
# Variables: $name (text) first name; $delegation (text) their delegation.
ticket-from-delegation = Mula kay { $name }, { $delegation }
ticket-hint = ↩️ Mag-reply sa mensaheng ito upang sumagot (sa forum: sumulat sa topic na ito). Makikita ng delegado ang inyong sagot, ngunit hindi ang inyong pangalan.
# Variables: $names (text) volunteers' names, as mentions.
ticket-mention = 📣 { $names }
# Variables: $name (text) who claimed it.
ticket-claimed = 🙋 Kinuha ni { $name }
# Variables: $name (text) who closed it.
ticket-closed = ✔️ Isinara ni { $name }
ticket-closed-by-delegate = ✔️ Isinara ng delegado
# Variables: $ticket (number) its number; $minutes (number) how long it has waited.
ticket-reraise = ⏰ <b>Naghihintay pa rin ang tanong blg. { $ticket }</b> pagkalipas ng { $minutes } min. Sino ang puwedeng kumuha nito?
# Variables: $ticket (number); $name (text) the delegate's first name.
ticket-follow-up = 💬 <b>Blg. { $ticket }</b>, dagdag ni { $name }:
ticket-feedback-yes = 👍 Nakatulong sa delegado ang sagot.
ticket-feedback-no = 👎 Hindi nakatulong sa delegado ang sagot.
ticket-unreachable = ⚠️ Hindi maabot ang delegado: maaaring na-block niya ang bot.
# Variables: $ticket (number).
ticket-is-closed = Sarado na ang tanong na ito (blg. { $ticket }): hindi naipasa ang inyong mensahe.
# Name of the forum topic of a question (at most 128 characters).
# Variables: $ticket (number); $language (text); $name (text) first name.
ticket-topic-name = Blg. { $ticket } · { $language } · { $name }
button-ticket-claim = 🙋 Kunin
button-ticket-close = ✔️ Isara
# Pop-ups.
# Variables: $name (text) who claimed it.
button-ticket-taken = Kinuha na ito ni { $name }.
button-ticket-not-volunteer = Ang mga boluntaryo lamang ng Delegate Desk ang makagagawa nito.
button-ticket-gone = Sarado na ang tanong na ito.
# Languages named for the volunteers.
ticket-language-en = Ingles
ticket-language-zh-CN = Tsino
ticket-language-id = Indones
ticket-language-ms = Malay
ticket-language-th = Thai
ticket-language-vi = Biyetnames
ticket-language-fil = Filipino
ticket-language-km = Khmer
ticket-language-lo = Lao
ticket-language-my = Burmes

## A volunteer's languages (/volunteer, in a private chat)

volunteer-languages = 🗣 <b>Ang mga wikang ginagamit ninyo sa pagsagot</b>
    Pindutin ang bawat wikang kaya ninyong gamitin sa pagsagot sa mga tanong. Kapag may bagong tanong sa mga wikang iyon, ima-mention kayo sa grupo ng mga boluntaryo.
volunteer-languages-none = Wala pa kayong napiling wika.
button-volunteer-done = ✅ Tapos na
volunteer-languages-saved = ✅ Nai-save na. Ima-mention kayo kapag may bagong tanong sa inyong mga wika.
volunteer-not-member = Para lamang ito sa mga boluntaryo ng Delegate Desk. Sumali muna sa grupo ng mga boluntaryo, saka ipadalang muli ang /volunteer.

## Organisers' statistics (/stats)

# Variables: $open, $claimed, $closed (numbers).
organiser-stats-tickets = 🙋 <b>Mga tanong sa mga boluntaryo</b>: { $open } naghihintay, { $claimed } sinasagot, { $closed } sarado na.
# Variables: $share (number) percent; $rated (number) how many answered the question.
organiser-stats-helpful = 👍 Nakatulong: { $share } % ng { $rated } na nagbigay ng rating.
# Variables: $minutes (number).
organiser-stats-first-answer = ⏱ Median na oras bago ang unang sagot: { $minutes } min.
# Variables: $answered (number); $asked (number).
organiser-stats-answered = 🤖 Mga nai-type na tanong na sinagot mismo ng bot: { $answered } sa { $asked }.

command-ask = Magtanong sa isang boluntaryo
command-volunteer = Mga boluntaryo: ang mga wikang ginagamit ninyo sa pagsagot
