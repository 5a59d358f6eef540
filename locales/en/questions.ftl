# Typed questions: the bot's answers, and questions passed to volunteers.

## Words the bot looks for in a question (never shown). One way of saying
## it per line; write what delegates type, with and without accents where
## people often leave them out. Several words on a line must all be there.

ask-words-now =
    now
    right now
    at the moment
    currently
    next
ask-words-today =
    today
    this day
    tonight
ask-words-tomorrow =
    tomorrow
    tmr
ask-words-day-after-tomorrow =
    day after tomorrow
ask-words-yesterday =
    yesterday
ask-words-morning =
    morning
    a.m.
    am
ask-words-afternoon =
    afternoon
    p.m.
    pm
ask-words-evening =
    evening
    tonight
    night
ask-words-programme =
    programme
    program
    schedule
    agenda
    what's on
    what is on
    what is happening
    events
# Questions about the programme in general, without a day (never shown):
# the bot learns from them what a programme question sounds like.
ask-programme =
    what's on
    what is on
    anything on
    is there anything happening
    what are the activities
    what events are there
    what do we do
    what is planned
    show me the programme
    full schedule please
    the whole agenda
    list of sessions
    what sessions are there
    timetable of the conference
    what is the plan
# Other ways to write each weekday (1 = Monday); the full names come from
# date-weekday-N. One per line.
ask-words-weekday-1 =
    mon
ask-words-weekday-2 =
    tue
    tues
ask-words-weekday-3 =
    wed
ask-words-weekday-4 =
    thu
    thur
    thurs
ask-words-weekday-5 =
    fri
ask-words-weekday-6 =
    sat
ask-words-weekday-7 =
    sun

## Answers

# Above every answer, so that a wrong match is obvious.
# Variables: $topic (text) what the answer is about.
ask-about = ℹ️ <b>About { $topic }:</b>
# Under an answer whose facts are still the sample ones.
ask-sample-note = <i>Sample answer: the organisers will confirm the details.</i>
# The topic of a programme answer.
# Variables: $day (text) a date, such as "Thursday 16 January 2025".
ask-topic-day = the programme on { $day }
# Variables: $day (text) a date; $part (text) a part of the day.
ask-topic-day-part = the programme on { $day }, { $part }
ask-part-morning = morning
ask-part-afternoon = afternoon
ask-part-evening = evening
ask-topic-now = what is on now
ask-topic-programme = the programme
# Variables: $dates (text) the event's dates.
ask-day-empty = Nothing is on the programme then. The event runs { $dates }.
# Variables: $language (text) the delegate's language, in that language.
ask-unsure = 🤔 I am not sure I understood your question. Shall I pass it to a volunteer who speaks { $language }? They will answer here.
button-ask-volunteer = 🙋 Ask a volunteer
button-ask-whole-day = 📅 The whole day

## Asking a volunteer

# Variables: $language (text) the delegate's language, in that language.
ask-prompt = 🙋 Write your question in your own words and a volunteer who speaks { $language } will answer here. To stop, send /cancel.
# Variables: $ticket (number) the question's number.
ask-sent = ✅ Your question has gone to the volunteers (no. { $ticket }). A volunteer will answer here. Anything you write next goes to them too, until the question is closed.
ask-added = ✅ Passed on to the volunteers.
ask-cancelled = Your question was not sent.
button-ask-done = ✔️ My question is answered
ask-limit = ⏳ You have sent a lot to the volunteers in a short time. Please wait a few minutes: they have your messages and will answer.
# Variables: $phone (text) the help desk's phone.
ask-unavailable = Sorry, the volunteers cannot be reached from here at the moment. Please call the help desk: { $phone }.
# Variables: $ticket (number) the question's number.
ask-claimed = 🙋 A volunteer is looking at your question (no. { $ticket }).
# Introduces what a volunteer sent.
# Variables: $ticket (number) the question's number.
ask-reply = 💬 <b>A volunteer answers</b> (question no. { $ticket }):
# Variables: $ticket (number) the question's number.
ask-closed = ✔️ Your question no. { $ticket } is closed. Did the answer help you?
button-helpful-yes = 👍 Yes
button-helpful-no = 👎 No
ask-thanks = Thank you: this helps us improve the desk.

## The volunteers' group (in the volunteers' language, VOLUNTEER_LANGUAGE)

# A new question.
# Variables: $ticket (number) its number; $language (text) the delegate's language.
ticket-title = 🆕 <b>Question no. { $ticket }</b> · { $language }
# Variables: $name (text) the delegate's first name.
ticket-from = From { $name }
# Variables: $name (text) first name; $delegation (text) their delegation.
ticket-from-delegation = From { $name }, { $delegation }
ticket-hint = ↩️ Reply to this message to answer (in a forum: write in this topic). The delegate sees your answer without your name.
# Variables: $names (text) volunteers' names, as mentions.
ticket-mention = 📣 { $names }
# Variables: $name (text) who claimed it.
ticket-claimed = 🙋 Claimed by { $name }
# Variables: $name (text) who closed it.
ticket-closed = ✔️ Closed by { $name }
ticket-closed-by-delegate = ✔️ Closed by the delegate
# Variables: $ticket (number) its number; $minutes (number) how long it has waited.
ticket-reraise = ⏰ <b>Question no. { $ticket } is still waiting</b> after { $minutes } min. Who can take it?
# Variables: $ticket (number); $name (text) the delegate's first name.
ticket-follow-up = 💬 <b>No. { $ticket }</b>, { $name } adds:
ticket-feedback-yes = 👍 The delegate found the answer helpful.
ticket-feedback-no = 👎 The delegate did not find the answer helpful.
ticket-unreachable = ⚠️ The delegate cannot be reached: they may have blocked the bot.
# Variables: $ticket (number).
ticket-is-closed = This question (no. { $ticket }) is closed: your message was not passed on.
# Name of the forum topic of a question (at most 128 characters).
# Variables: $ticket (number); $language (text); $name (text) first name.
ticket-topic-name = No. { $ticket } · { $language } · { $name }
button-ticket-claim = 🙋 Claim
button-ticket-close = ✔️ Close
# Pop-ups.
# Variables: $name (text) who claimed it.
button-ticket-taken = Already claimed by { $name }.
button-ticket-not-volunteer = Only the desk's volunteers can do this.
button-ticket-gone = This question is already closed.
# Languages named for the volunteers.
ticket-language-en = English
ticket-language-zh-CN = Chinese
ticket-language-id = Indonesian
ticket-language-ms = Malay
ticket-language-th = Thai
ticket-language-vi = Vietnamese
ticket-language-fil = Filipino
ticket-language-km = Khmer
ticket-language-lo = Lao
ticket-language-my = Burmese

## A volunteer's languages (/volunteer, in a private chat)

volunteer-languages = 🗣 <b>The languages you answer in</b>
    Tap each language you can answer questions in. New questions in them will mention you in the volunteers' group.
volunteer-languages-none = You have not chosen any language yet.
button-volunteer-done = ✅ Done
volunteer-languages-saved = ✅ Saved. New questions in your languages will mention you.
volunteer-not-member = This is for the desk's volunteers. Join the volunteers' group first, then send /volunteer again.

## Organisers' statistics (/stats)

# Variables: $open, $claimed, $closed (numbers).
organiser-stats-tickets = 🙋 <b>Questions to volunteers</b>: { $open } waiting, { $claimed } being answered, { $closed } closed.
# Variables: $share (number) percent; $rated (number) how many answered the question.
organiser-stats-helpful = 👍 Found helpful: { $share } % of { $rated } rated.
# Variables: $minutes (number).
organiser-stats-first-answer = ⏱ Median time to the first answer: { $minutes } min.
# Variables: $answered (number); $asked (number).
organiser-stats-answered = 🤖 Typed questions the bot answered itself: { $answered } of { $asked }.

command-ask = Ask a volunteer a question
command-volunteer = Volunteers: the languages you answer in
