import a as b
import a.b as c, d
