rf'\n{x}'
fr'{x}\d'
FR'{y}'
Rf'\t'
