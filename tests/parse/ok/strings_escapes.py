'\n\t\r\\\'\"\a\b\f\v\0'
'\x41\x7f\xff'
'\u00e9\u20ac'
'\U0001F600'
'\101\7\77\777'
'\N{BULLET} \N{LATIN SMALL LETTER E WITH ACUTE}'
'\q \d'
'line \
continued'
