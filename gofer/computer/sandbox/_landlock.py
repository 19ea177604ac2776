"""Each process the host starts in a sandbox runs in its own Landlock domain, so that no command reaches another's
memory: the sandbox's processes all run as one user, and without Yama (``ptrace_scope``) any of them could trace
the kernel, read its memory, environment and descriptors (``/proc/PID/mem``, ``pidfd_getfd``) and run code in it,
making later cells lie. Landlock lets a process trace only processes of its own domain or domains nested in it;
the supervisor, in none, still reads every process's ``/proc`` (the quota census).

Where the kernel has Landlock ABI 6 (Linux 6.12) or later, the domain is scoped for signals too
(``LANDLOCK_SCOPE_SIGNAL``): a process signals only processes of its own domain (what it started itself), so no
command can kill or stop the Python kernel, the supervisor or a job an earlier command started (the host stops
those, through the supervisor, which is in no domain). Below ABI 6 a command may signal all of them.

The domain restricts nothing else: its ruleset handles making block devices (which the sandbox's user cannot do
anyway) and moving files between folders (refused by any Landlock domain unless a rule grants it), which a rule
grants beneath the root.
"""

from __future__ import annotations

import ctypes
import os
from functools import cache

__all__ = ["LAUNCHER", "PERL_LAUNCHER", "confined_argv", "landlock_abi", "scopes_signals"]

_SYS_LANDLOCK_CREATE_RULESET = 444
_SCOPE_SIGNAL = 1 << 1
PERL = "/usr/bin/perl"
"""perl, where the launcher is fastest (the sandbox sees the host's /usr)."""

PERL_LAUNCHER = """
my $attr = pack("QQQ", (1 << 13) | (1 << 11), 0, @SCOPED@);
my $fd = syscall(444, $attr, @SIZE@, 0);
die "gofer: cannot make a Landlock domain: $!\\n" if $fd < 0;
sysopen(my $root, "/", 0) or die "gofer: cannot open /: $!\\n";
my $rule = pack("QL", 1 << 13, fileno($root));
syscall(445, $fd, 1, $rule, 0) == 0 && syscall(446, $fd, 0) == 0
    or die "gofer: cannot enter a Landlock domain: $!\\n";
exec { $ARGV[0] } @ARGV or die "gofer: cannot run $ARGV[0]: $!\\n";
"""
"""The launcher where perl is installed (a few ms, against tens for Python); its descriptors are close-on-exec.
``@SCOPED@`` and ``@SIZE@`` are the ruleset's scopes and size (``confined_argv``)."""

LAUNCHER = """
import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
REFER, MAKE_BLOCK = 1 << 13, 1 << 11
ruleset = (ctypes.c_uint64 * 3)(REFER | MAKE_BLOCK, 0, @SCOPED@)
size = @SIZE@
fd = libc.syscall(444, ruleset, size, 0)
if fd < 0:
    sys.exit(f"gofer: cannot make a Landlock domain: {os.strerror(ctypes.get_errno())}")
root = os.open("/", os.O_PATH | os.O_CLOEXEC)
class Beneath(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed", ctypes.c_uint64), ("parent", ctypes.c_int32)]
rule = Beneath(REFER, root)
if libc.syscall(445, fd, 1, ctypes.byref(rule), 0) or libc.syscall(446, fd, 0):
    sys.exit(f"gofer: cannot enter a Landlock domain: {os.strerror(ctypes.get_errno())}")
os.close(fd)
os.close(root)
try:
    os.execvp(sys.argv[1], sys.argv[1:])
except OSError as exc:
    sys.exit(f"gofer: cannot run {sys.argv[1]}: {exc.strerror}")
"""
"""Enters a domain of its own, then runs its arguments (the supervisor runs it, with the command's argv after)."""


def confined_argv(argv: list[str], python: str) -> list[str]:
    """``argv`` run in a Landlock domain of its own (unchanged where the kernel has no Landlock); ``python`` is
    the interpreter inside, used where perl is not installed."""
    if landlock_abi() < 2:  # REFER (2) must be granted, or every domain refuses moves between folders
        return argv
    # the ruleset's scoped field (ABI 6) is only known from there on: an older kernel refuses a larger ruleset
    scoped, size = (_SCOPE_SIGNAL, 24) if scopes_signals() else (0, 8)
    if os.path.exists(PERL):
        return [PERL, "-e", _fill(PERL_LAUNCHER, scoped, size), "--", *argv]
    return [python, "-I", "-S", "-c", _fill(LAUNCHER, scoped, size), *argv]


def _fill(source: str, scoped: int, size: int) -> str:
    return source.replace("@SCOPED@", str(scoped)).replace("@SIZE@", str(size))


def scopes_signals() -> bool:
    """Whether each command's domain keeps its signals to itself (Landlock ABI 6, Linux 6.12, or later)."""
    return landlock_abi() >= 6


@cache
def landlock_abi() -> int:
    """The Landlock ABI version of this host's kernel (0 without Landlock); the sandbox shares the kernel."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        version = int(libc.syscall(_SYS_LANDLOCK_CREATE_RULESET, None, 0, 1))  # LANDLOCK_CREATE_RULESET_VERSION
    except (OSError, AttributeError):
        return 0
    return max(version, 0) if os.uname().machine in ("x86_64", "aarch64") else 0
