"""The sandbox's seccomp filter: what the file-size limit cannot bound, refused in the kernel.

``fallocate(fd, FALLOC_FL_KEEP_SIZE, …)`` reserves disk blocks past a file's end without growing its size, so
RLIMIT_FSIZE (a bound on the size) never applies: one call could take the disk's whole free space at once, before
the quota watch measures. The filter answers it with EOPNOTSUPP, what a file system without the feature answers,
so programs fall back to writing; punching a hole (which needs the flag and frees blocks) is let through, and so is
every other call. bubblewrap loads the filter (``--seccomp FD``) after setting ``no_new_privs``; ``unsafe-local``
loads it the same way between fork and exec of its supervisor (``filter_loader``), so setuid programs gain no
privileges there either, as in bubblewrap.
"""

from __future__ import annotations

import ctypes
import errno
import platform
import struct
from collections.abc import Callable

__all__ = ["filter_loader", "seccomp_program"]

_LD_ABS_W = 0x20  # BPF_LD | BPF_W | BPF_ABS
_JEQ_K = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
_JSET_K = 0x45  # BPF_JMP | BPF_JSET | BPF_K
_AND_K = 0x54  # BPF_ALU | BPF_AND | BPF_K
_RET_K = 0x06  # BPF_RET | BPF_K
_RET_ALLOW = 0x7FFF0000
_RET_ERRNO = 0x00050000
_NR, _ARCH, _ARG1 = 0, 4, 24
"""Offsets in ``struct seccomp_data``: the call's number, its ABI, the low half of its second argument (little
endian), the mode of ``fallocate``."""
_KEEP_SIZE, _PUNCH_HOLE = 0x01, 0x02
_X32_BIT = 0x40000000

_FALLOCATE = {
    "x86_64": ((0xC000003E, 285), (0x40000003, 324)),  # and i386 calls (int 0x80) from a 64-bit process
    "aarch64": ((0xC00000B7, 47),),
}
"""Per machine, each ABI a process may call with (its ``AUDIT_ARCH_*``) and the number of ``fallocate`` there."""


def _op(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
    return struct.pack("<HBBI", code, jt, jf, k)


def seccomp_program(machine: str | None = None) -> bytes | None:
    """The filter as classic BPF for ``machine`` (this one's by default); None where gofer does not know its
    calls' numbers (the sandbox then runs without a filter)."""
    abis = _FALLOCATE.get(machine or platform.machine())
    if abis is None:
        return None
    program: list[bytes] = []
    for arch, number in abis:
        checks = [
            _op(_AND_K, ~_X32_BIT & 0xFFFFFFFF),  # x32 calls carry the x32 bit; fallocate's number is the same
            _op(_JEQ_K, number, 0, 4),  # not fallocate: allow
            _op(_LD_ABS_W, _ARG1),
            _op(_JSET_K, _KEEP_SIZE, 0, 2),  # sizes the file: RLIMIT_FSIZE bounds it
            _op(_JSET_K, _PUNCH_HOLE, 1, 0),  # frees blocks
            _op(_RET_K, _RET_ERRNO | errno.EOPNOTSUPP),
            _op(_RET_K, _RET_ALLOW),
        ]
        program += [_op(_LD_ABS_W, _ARCH), _op(_JEQ_K, arch, 0, len(checks) + 1), _op(_LD_ABS_W, _NR), *checks]
    program.append(_op(_RET_K, _RET_ALLOW))
    return b"".join(program)


_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def filter_loader() -> Callable[[], None] | None:
    """A ``preexec_fn`` step that sets ``no_new_privs`` and loads the filter into the child (and so into all it
    starts; a filter cannot be removed); None where there is no filter for this machine. Everything is made here,
    before the fork: the child only makes two ``prctl`` calls. Where the kernel refuses them the child runs on
    without the filter, as where gofer knows no filter."""
    program = seccomp_program()
    if program is None:
        return None
    libc = ctypes.CDLL(None, use_errno=True)
    code = ctypes.create_string_buffer(program, len(program))
    fprog = _SockFprog(len(program) // 8, ctypes.addressof(code))

    def load() -> None:
        if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0:
            libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0)
        _ = code  # kept alive with the closure

    return load
