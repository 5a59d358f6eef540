# Replies to what the bot cannot handle.

fallback-media = I can only read text and buttons. Here is the menu.
fallback-unknown-command = I do not know that command. Here is the menu.
callback-expired = This button has expired. Here is the menu again.
error-generic = Sorry, something went wrong on my side. Please try again in a moment.
fallback-nothing-to-cancel = There is nothing to cancel. Here is the menu.
