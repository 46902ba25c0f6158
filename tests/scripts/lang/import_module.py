import _localmod
print(_localmod.X, _localmod.double(21))
import _localmod
print("second import does not reload")
import _localmod as lm
print(lm is _localmod, lm.__name__)
from _localmod import double, X as renamed
print(double("ab"), renamed)
import sys
print("_localmod" in sys.modules)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _localmod import missing_name
except ImportError as e:
    # The message ends with the module's path, which depends on the checkout.
    print(type(e).__name__, str(e)[:50])
