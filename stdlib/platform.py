"""What machine and interpreter this is: system(), machine(), node(), release(),
python_version(), platform(), uname() ..."""

import os as _os
import sys as _sys
from _structseq import structseq as _structseq

_uname_cache = None

uname_result = _structseq('uname_result', 'platform',
                          ('system', 'node', 'release', 'version', 'machine'),
                          ('processor',))


def uname():
    """(system, node, release, version, machine), with `processor` as an attribute."""
    global _uname_cache
    if _uname_cache is None:
        u = _os.uname()
        _uname_cache = uname_result((u.sysname, u.nodename, u.release, u.version,
                                     u.machine, u.machine))
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def architecture(executable=None, bits='', linkage=''):
    return ('64bit' if _sys.maxsize > 2 ** 32 else '32bit', 'ELF')


def python_version_tuple():
    return tuple(str(x) for x in _sys.version_info[:3])


def python_version():
    return '%d.%d.%d' % _sys.version_info[:3]


def python_implementation():
    return 'pyth'


def python_compiler():
    return 'rustc'


def python_build():
    return ('default', '')


def python_branch():
    return ''


def python_revision():
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return ('glibc', '')


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def platform(aliased=False, terse=False):
    """`System-release-machine`, e.g. 'Linux-6.1.0-x86_64'."""
    u = uname()
    if terse:
        return '%s-%s' % (u.system, u.release)
    return '%s-%s-%s' % (u.system, u.release, u.machine)
