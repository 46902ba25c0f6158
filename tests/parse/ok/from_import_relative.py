from . import x
from .. import y as z
from .mod import a
from ...pkg.mod import b
from .... import c
