"""io: files (`open`, over the native `_io`) and in-memory streams (StringIO, BytesIO)."""

from _io import open, UnsupportedOperation

__all__ = ['open', 'StringIO', 'BytesIO', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR',
           'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'IOBase', 'TextIOBase', 'BufferedIOBase',
           'RawIOBase', 'TextIOWrapper']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class IOBase:
    """The base of in-memory streams: closing, context management and line iteration."""

    def __init__(self):
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    _closed_message = "I/O operation on closed file."

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_open()

    def isatty(self):
        self._check_open()
        return False

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def fileno(self):
        raise UnsupportedOperation("fileno")


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _MemoryStream(IOBase):
    """A growable buffer of str or bytes with a position. Appends (the usual case) are kept
    as pieces and joined only when the value is read."""

    _empty = None

    def __init__(self, initial):
        super().__init__()
        self._pieces = [initial] if initial else []
        self._length = len(initial)
        self._pos = 0

    def _value(self):
        if len(self._pieces) > 1:
            self._pieces = [self._empty.join(self._pieces)]
        return self._pieces[0] if self._pieces else self._empty

    def getvalue(self):
        self._check_open()
        return self._value()

    def _write(self, s):
        n = len(s)
        if not n:
            return 0
        if self._pos == self._length:
            self._pieces.append(s)
            self._length += n
        else:
            value = self._value()
            if self._pos > self._length:
                value = value + self._pad(self._pos - self._length)
            value = value[:self._pos] + s + value[self._pos + n:]
            self._pieces = [value]
            self._length = len(value)
        self._pos += n
        return n

    def read(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        size = size.__index__()
        value = self._value()
        start = min(self._pos, self._length)
        end = self._length if size < 0 else min(self._length, start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def readline(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        value = self._value()
        start = min(self._pos, self._length)
        end = value.find(self._newline, start)
        end = self._length if end < 0 else end + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < self._length:
            self._pieces = [self._value()[:size]]
            self._length = size
        return size


class StringIO(_MemoryStream, TextIOBase):
    """An in-memory text stream; positions count characters."""

    _empty = ''
    _newline = '\n'
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._translate = newline
        _MemoryStream.__init__(self, self._translate_out(initial_value))

    def _translate_out(self, s):
        if self._translate in ('\r', '\r\n'):
            return s.replace('\n', self._translate)
        return s

    def _pad(self, n):
        return '\0' * n

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        self._write(self._translate_out(s))
        return len(s)

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._length
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)


class BytesIO(_MemoryStream, BufferedIOBase):
    """An in-memory binary stream."""

    _empty = b''
    _newline = b'\n'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        _MemoryStream.__init__(self, bytes(initial_bytes))

    def _pad(self, n):
        return b'\0' * n

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        return self._write(b)

    def getbuffer(self):
        self._check_open()
        return self._value()

    def read1(self, size=-1):
        return self.read(size)

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._length + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)


TextIOWrapper = type(__import__('sys').stdout)
