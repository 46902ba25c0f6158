# errno codes and names; platform facts checked by their properties.
import errno
import os
import platform
import sys

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK == errno.EAGAIN, errno.EINTR)
print(errno.errorcode[2], errno.errorcode[errno.EPIPE], errno.errorcode[11], len(errno.errorcode) > 100)
try:
    open('/no/such/dir/file')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], os.strerror(e.errno))
print(platform.system(), platform.system() == os.uname().sysname, platform.machine() == os.uname().machine)
print(platform.python_version(), platform.python_version_tuple(), platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(platform.node() == os.uname().nodename, platform.release() == os.uname().release)
print(platform.platform().startswith(platform.system() + '-' + platform.release()), platform.architecture()[0])
u = platform.uname()
print(u.system == platform.system(), len(u[:5]), type(platform.python_implementation()).__name__)
