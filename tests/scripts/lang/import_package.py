import _pkg
print(_pkg.PKG_CONST, _pkg.leaf.leaf_fn())
import _pkg.sub
print(_pkg.sub.relay())
from _pkg.sub import deep
print(deep.info())
from _pkg.sub.deep import info
print(info())
import _pkg.leaf as lf
print(lf.__name__, lf is _pkg.leaf)
import sys
print(sorted(m for m in sys.modules if m.startswith("_pkg")))
