'it\'s'
"say \"hi\""
'both \' and "'
"it's"
'a "q"'
