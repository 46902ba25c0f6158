0x1f
0XFF
0o17
0O7_7
0b1010
0B1_0
0x_dead_beef
