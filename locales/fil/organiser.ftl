# Organisers' commands (ORGANISER_IDS), in a private chat with the bot.

# /stats: who uses the desk.
organiser-stats-title = 📊 <b>Paggamit ng Delegate Desk</b>
# Variables: $count (number) how many delegates have used the desk.
organiser-stats-total =
    { $count ->
        [0] Wala pang delegadong gumamit ng Delegate Desk.
        [1] Isang delegado na ang gumamit ng Delegate Desk.
       *[other] { $count } delegado na ang gumamit ng Delegate Desk.
    }
organiser-stats-by-language = <b>Ayon sa wika</b>
# Delegates who have not chosen a language: the desk follows their Telegram app's.
organiser-stats-no-choice = Hindi pa pumili (ayon sa wika ng kanilang Telegram app)
# One line per language. Variables: $language (text) the language's name, $count (number) how many delegates.
organiser-stats-line = • { $language }: { $count }

## Invitations (/invite, /invites).

organiser-invite-ask-delegation = 🎟️ <b>Bagong imbitasyon.</b> Para sa aling <b>delegasyon</b> ito (isang lungsod, bansa o organisasyon)? Ipadala ang /cancel upang tumigil.
organiser-invite-ask-people = Ilang <b>tao</b> ang saklaw nito?
organiser-invite-ask-expiry = Hanggang anong petsa ito may bisa? Mag-type ng petsa gaya ng 2025-01-14, o pindutin ang “Walang expiration”.
button-invite-no-expiry = Walang expiration
# Variables: $max (number) the largest number accepted.
organiser-invite-invalid-people = Paki-type ang isang numero mula 1 hanggang { $max }.
organiser-invite-invalid-date = Paki-type ang petsang gaya ng 2025-01-14: ngayong araw o mas huli pa.
# Variables: $max (number) the longest name accepted, in characters.
organiser-invite-invalid-name = Paki-type ang pangalan ng delegasyon, hanggang { $max } karakter lamang.
organiser-invite-cancelled = Walang imbitasyong nagawa.
# Variables: $delegation (text) the delegation; $people (number) people it covers; $link (text) the deep link; $code (text) the code to type.
organiser-invite-created =
    ✅ Imbitasyon para sa <b>{ $delegation }</b>, { $people ->
        [1] isang tao
       *[other] { $people } katao
    }.
    Ipasa ang link na ito (o ang QR code sa ibaba) sa delegasyon:
    { $link }

    O kaya, ang code na maaaring i-type sa halip nito: <code>{ $code }</code>
# Variables: $date (text) the last valid day, long form.
organiser-invite-valid-until = May bisa hanggang { $date }, kasama ang araw na iyon.
# Variables: $delegation (text) the delegation.
organiser-invite-qr-caption = Imbitasyon para sa { $delegation }: i-scan upang buksan ang Delegate Desk.
organiser-invites-title = 🎟️ <b>Mga imbitasyon</b>
organiser-invites-none = Wala pang imbitasyon. Gumawa ng isa gamit ang /invite.
# Variables: $delegation (text); $used (number) people registered with it; $people (number) people it covers; $state (text) one of the states below; $code (text) its code.
organiser-invites-line = <b>{ $delegation }</b>: { $used } sa { $people } · { $state } · <code>{ $code }</code>
organiser-invites-state-active = aktibo
organiser-invites-state-used-up = nagamit nang lahat
organiser-invites-state-expired = lipas na
organiser-invites-state-revoked = binawi
# Variables: $delegation (text).
button-revoke = ✖️ Bawiin: { $delegation }
# Variables: $delegation (text).
organiser-invite-revoked = Binawi na ang imbitasyon para sa <b>{ $delegation }</b>. Mananatili ang puwesto ng mga nakarehistro na gamit ito.

## Registrations (/registrations, /export).

organiser-registrations-title = 📋 <b>Mga rehistro</b>
# Variables: $title (text) session title; $confirmed, $capacity, $waitlist, $checked (numbers).
organiser-registrations-line =
    <b>{ $title }</b>
    Kumpirmado { $confirmed }/{ $capacity } · waitlist { $waitlist } · naka-check-in { $checked }
# Variables: $over (number) confirmed people beyond the capacity.
organiser-registrations-over = ⚠️ Lampas nang { $over } sa kapasidad
organiser-registrations-none = Walang sesyon ng kaganapan na nangangailangan ng pagpaparehistro.
# Variables: $count (number) rows in the file.
organiser-export-caption =
    📄 { $count ->
        [0] Wala pang rehistro.
        [1] Isang rehistro.
       *[other] { $count } rehistro.
    } Maayos na lumalabas sa Excel ang mga pangalan sa anumang sistema ng pagsulat.

## Reloading the event file (/reload).

organiser-reload-ok = ✅ Muling na-load ang file ng kaganapan.
# Variables: $count (number) people moved from waitlists to confirmed seats.
organiser-reload-promoted =
    { $count ->
        [1] Isang tao ang nabigyan ng upuan mula sa waitlist at naabisuhan na.
       *[other] { $count } katao ang nabigyan ng upuan mula sa mga waitlist at naabisuhan na.
    }
# Variables: $title (text) session title; $over (number) confirmed people beyond the new capacity.
organiser-reload-over = ⚠️ <b>{ $title }</b>: lampas nang { $over } ang mga kumpirmado sa bagong kapasidad. Walang inalis.
# Variables: $count (number) problems found.
organiser-reload-failed =
    ❌ { $count ->
        [1] May isang problema ang file ng kaganapan
       *[other] May { $count } problema ang file ng kaganapan
    }; patuloy na ginagamit ang kasalukuyang nilalaman:
# Before revoking. Variables: $delegation (text); $used (number) people already registered with it.
organiser-invite-revoke-confirm =
    Bawiin ang imbitasyon para sa <b>{ $delegation }</b>? Hindi na gagana ang link at code nito. { $used ->
        [0] Wala pang gumamit nito.
        [1] Mananatili ang puwesto ng nag-iisang taong gumamit nito.
       *[other] Mananatili ang puwesto ng { $used } katao na gumamit nito.
    }
button-revoke-confirm = ✖️ Oo, bawiin
