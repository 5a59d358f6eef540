# Help (/help) and the bot's profile texts.

help-text =
    ❓ <b>Tulong</b>
    Ako po ang tanggapan ng impormasyon ng kaganapan. Maipapakita ko sa inyo ang:
    📅 programa, araw-araw, at kung ano ang nagaganap ngayon;
    📍 mga pinagdarausan, na may lokasyon sa mapa at kard na maipapakita ninyo sa drayber ng taksi;
    🚌 paraan ng pagbiyahe: ang paliparan, ang istasyon ng tren, ang metro, ang mga sasakyang panghatid ng kaganapan at ang mga taksi.
    💬 Maaari rin po ninyong i-type lamang ang inyong tanong sa sarili ninyong pananalita; kung hindi ko ito masagot, sasagot ang isang boluntaryong nakapagsasalita ng inyong wika (/ask).
    ⏰ Pinapaalalahanan ko po kayo bago ang inyong mga sesyon at pinadadalhan ng buod sa umaga araw-araw; piliin po ninyo kung paano sa Mga setting (⚙️ /settings).
    📣 Dito po ninyo matatanggap ang mga anunsiyo ng mga tagapag-organisa; ang mga pinakabago ay nasa 📣 Mga anunsiyo sa menu.
    Gamitin ang mga pindutan, o ang mga utos na ito: /menu /schedule /now /venues /transport /settings /language /help
    🌐 Upang palitan ang wika, ipadala ang /language.
# Variables: $desk (text) where the help desk is, $phone (text), $email (text).
help-contacts =
    <b>Nais ninyong makausap ang isang kawani?</b>
    { $desk }
    ☎️ { $phone }
    ✉️ { $email }

## Command menu (at most 256 characters each)

command-start = Magsimula at piliin ang inyong wika
command-menu = Pangunahing menu
command-schedule = Programa, araw-araw
command-now = Ano ang nagaganap ngayon at susunod
command-venues = Mga pinagdarausan, mapa at kard para sa taksi
command-transport = Paliparan, istasyon, metro, sasakyang panghatid, taksi
command-language = Palitan ang wika
command-help = Tulong at pakikipag-ugnayan

## Bot profile

# Shown in the empty chat before /start (at most 512 characters).
# Variables: $event (text) event name with its city.
bot-description = Ang Delegate Desk ang tanggapan ng impormasyon ng { $event }: ang programa, ang mga pinagdarausan na may mapa at kard para sa taksi, at ang paraan ng pagbiyahe — sa sampung wika. Pindutin ang Start.
# Shown on the bot's profile (at most 120 characters).
# Variables: $event (text) event name.
bot-short-description = Programa, mga pinagdarausan at pagbiyahe sa { $event }, sa inyong wika.
command-dialogues = Magparehistro sa magkasabay na diyalogo
command-my = Aking agenda at file ng kalendaryo
command-profile = Aking profile
command-cancel = Itigil ang kasalukuyang form
command-invite = Tagapag-organisa: bagong imbitasyon
command-invites = Tagapag-organisa: mga imbitasyon
command-registrations = Tagapag-organisa: rehistro bawat sesyon
command-export = Tagapag-organisa: rehistro sa spreadsheet
command-reload = Tagapag-organisa: i-reload ang file ng kaganapan
command-stats = Tagapag-organisa: sino ang gumagamit ng Delegate Desk
