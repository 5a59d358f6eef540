# Replies to what the bot cannot handle.

fallback-media = 我只能识别文字和按钮。请使用以下菜单。
fallback-unknown-command = 无法识别该命令。请使用以下菜单。
callback-expired = 该按钮已失效，已为您重新显示菜单。
error-generic = 抱歉，系统出现问题，请稍后再试。
fallback-nothing-to-cancel = 当前没有可取消的操作。请使用以下菜单。
