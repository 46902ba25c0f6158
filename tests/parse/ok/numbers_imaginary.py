2j
1.5j
0j
1e3j
1J
.5j
1_0j
1e400j
3 + 4j
