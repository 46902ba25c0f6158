"""HMAC (RFC 2104) over pyth's hashlib: new(), digest(), compare_digest()."""

import hashlib as _hashlib

__all__ = ['new', 'digest', 'compare_digest', 'HMAC']

digest_size = None

try:
    _BINARY = (bytes, bytearray)
except NameError:  # a pyth without bytearray
    _BINARY = (bytes,)

_INNER_PAD = bytes(0x36 for _ in range(256))
_OUTER_PAD = bytes(0x5C for _ in range(256))


def _constructor(digestmod):
    """A function making a new hash object, from a name, a constructor or a module."""
    if digestmod is None:
        raise TypeError("Missing required parameter 'digestmod'.")
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    if callable(digestmod):
        return digestmod
    return digestmod.new


def _xor(data, pad):
    return bytes(a ^ b for a, b in zip(data, pad))


class HMAC:
    """A keyed hash: update() it with the message, then digest() or hexdigest()."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, _BINARY):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if digestmod == '':
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        block = self._inner.block_size
        if len(key) > block:
            key = make(key).digest()
        key = bytes(key) + bytes(block - len(key))
        self.block_size = block
        self._outer.update(_xor(key, _OUTER_PAD))
        self._inner.update(_xor(key, _INNER_PAD))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        """Feed more of the message."""
        self._inner.update(msg)

    def copy(self):
        """An independent copy of this HMAC."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """The MAC of the message so far, as bytes."""
        return self._current().digest()

    def hexdigest(self):
        """The MAC of the message so far, as hex digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object keyed with key, hashing with digestmod (a name or constructor)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key, computed in one go."""
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    """a == b, taking a time that depends only on the length (str or bytes)."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode()
        b = b.encode()
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    result = len(a) ^ len(b)
    if result:
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
