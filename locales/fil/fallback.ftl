# Replies to what the bot cannot handle.

fallback-media = Teksto at mga pindutan lamang po ang nababasa ko. Narito ang menu.
fallback-unknown-command = Paumanhin po, hindi ko kilala ang utos na iyan. Narito ang menu.
callback-expired = Hindi na po magagamit ang pindutang ito. Narito muli ang menu.
error-generic = Paumanhin po, nagkaroon ng problema sa aking panig. Pakisubukang muli maya-maya.
fallback-nothing-to-cancel = Wala pong kailangang kanselahin. Narito ang menu.
