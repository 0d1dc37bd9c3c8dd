"""A child process for work that must not harm its caller: reading and running a user's query.

:func:`run` forks. The child first cuts itself off the network (a new, empty network namespace:
``unshare(CLONE_NEWNET)``, or ``CLONE_NEWUSER | CLONE_NEWNET`` where only unprivileged user
namespaces are allowed), then bounds its address space (``RLIMIT_AS``: what it inherited plus
``memory_mb``) and its CPU time (``RLIMIT_CPU``, a backstop behind the deadline), turns off core
dumps, and only then runs the work. The answer comes back pickled in one length-prefixed frame
and is read with an unpickler that knows only result and error classes. The parent kills the
child at the deadline.

Whatever the child does — loop, allocate without end, overflow its stack, abort — the caller
gets the result or a :class:`~hytegraph.errors.QueryError` (:class:`QueryTimeout`,
:class:`QueryMemoryExceeded`, :class:`QueryCrashed`); it never crashes or hangs with the child.
A crash message the child writes on its standard error (a Rust panic, an allocation failure) is
kept out of the caller's output and used to explain the failure. ``RLIMIT_STACK`` is left
as it is: the child runs on the stack of the thread that forked it, and a parser that
overflows it ends the child with ``SIGSEGV``, reported as :class:`QueryCrashed`.

The network cut needs Linux; :func:`network_isolation_problem` says whether it works here (see
docs/security.md for what to do when it does not).
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import math
import os
import pickle
import select
import signal
import sys
import time
from collections.abc import Callable
from typing import Any, TypeVar

from hytegraph.errors import (
    HytegraphError,
    QueryCrashed,
    QueryError,
    QueryMemoryExceeded,
    QueryTimeout,
)

T = TypeVar("T")

#: ``network=`` choices of :func:`run`: the child must be cut off the network (else it refuses
#: to run the work), should be where the system allows it, or keeps the caller's network.
NETWORK_MODES = ("cut", "try", "keep")

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000
#: Python frames the child may nest: a parser reading a deeply nested query recurses.
_CHILD_RECURSION_LIMIT = 100_000
#: Exit status of a child that could not even report its failure.
_EXIT_UNREPORTED = 70
_HEADER = 8  # bytes of the frame's length prefix


class NetworkIsolationError(HytegraphError):
    """The child process could not be cut off the network."""

    hint = (
        "Run as root, or allow unprivileged user namespaces (sysctl "
        "kernel.unprivileged_userns_clone=1, user.max_user_namespaces > 0); or, for "
        "`hytegraph serve`, pass --no-network-isolation to rely on the query check alone "
        "(see docs/security.md)."
    )


def can_fork() -> bool:
    """True where work can run in a forked child (not on Windows)."""
    return hasattr(os, "fork") and sys.platform != "win32"


_libc_handle: list[Any] = []


def _libc() -> Any:
    # Loaded in the parent, before any fork: dlopen in a child forked from a threaded process
    # could wait forever on a loader lock another thread held.
    if not _libc_handle:
        try:
            _libc_handle.append(ctypes.CDLL(None, use_errno=True))
        except OSError:
            _libc_handle.append(None)
    return _libc_handle[0]


def _cut_network() -> None:
    """Move this (single-threaded, freshly forked) process into a new network namespace, which
    has no interface but a loopback that is down: no connection can be made, not even to
    127.0.0.1. Raises :class:`NetworkIsolationError` when the kernel refuses."""
    libc = _libc()
    unshare = getattr(libc, "unshare", None)
    if unshare is None:
        raise NetworkIsolationError(f"{sys.platform} has no network namespaces (unshare)")
    if unshare(_CLONE_NEWNET) == 0:  # root, or CAP_SYS_ADMIN
        return
    if unshare(_CLONE_NEWUSER | _CLONE_NEWNET) == 0:  # an unprivileged user namespace
        return
    code = ctypes.get_errno()
    raise NetworkIsolationError(
        f"the kernel refused a new network namespace (unshare: {os.strerror(code)})"
    )


_probe: list[str | None] = []
#: Set in a child once it is cut off the network (see :func:`network_is_cut`).
_cut: list[bool] = []


def network_is_cut() -> bool:
    """True in a query process that has been cut off the network."""
    return bool(_cut)


def network_isolation_problem() -> str | None:
    """``None`` when query processes can be cut off the network on this system, else the
    reason why not (tried once per process, in a child)."""
    if not _probe:
        if not can_fork():
            _probe.append(f"{sys.platform} cannot fork a query process")
        else:
            try:
                run(lambda: None, timeout=30, memory_mb=None, network="cut")
                _probe.append(None)
            except HytegraphError as e:
                _probe.append(e.message)
    return _probe[0]


def _limit_resources(timeout: float | None, memory_mb: int | None) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a crash leaves no core file behind
    if memory_mb is not None:
        # RLIMIT_AS counts the address space the child inherited (the store, the server's
        # threads), so the limit is that plus what the query may add.
        try:
            with open("/proc/self/statm", "rb") as statm:
                inherited = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            inherited = None  # no /proc: the memory limit cannot be placed
        if inherited is not None:
            limit = inherited + memory_mb * 1024 * 1024
            _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard != resource.RLIM_INFINITY:
                limit = min(limit, hard)
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    if timeout is not None:
        # The parent kills the child at the deadline; this stops it should the parent be gone.
        seconds = math.ceil(timeout) + 1
        _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
        if hard == resource.RLIM_INFINITY or hard > seconds + 1:
            resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))


def _child(
    work: Callable[[], Any],
    write_fd: int,
    capture_fd: int,
    timeout: float | None,
    memory_mb: int | None,
    network: str,
) -> None:
    """The child's whole life; ends in ``os._exit`` (no atexit handlers, no flushing of the
    parent's buffers)."""
    status = _EXIT_UNREPORTED
    try:
        os.dup2(capture_fd, 2)  # crash messages go to the parent, not to its terminal or log
        import faulthandler

        faulthandler.disable()  # it writes to a descriptor of its own, which may be a terminal
        outcome: tuple[Any, ...]
        try:
            if network != "keep":
                try:
                    _cut_network()
                    _cut.append(True)
                except NetworkIsolationError:
                    if network == "cut":
                        raise
            _limit_resources(timeout, memory_mb)
            sys.setrecursionlimit(max(sys.getrecursionlimit(), _CHILD_RECURSION_LIMIT))
            outcome = ("ok", work())
        except MemoryError:
            outcome = ("memory",)
        except RecursionError:
            outcome = ("error", "the query is nested too deeply to be read")
        except HytegraphError as e:
            outcome = ("raise", e)
        except BaseException as e:  # reported to the parent, which raises a QueryError
            outcome = ("error", f"query failed: {_first_line(e)}")
        try:
            data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            data = pickle.dumps(("memory",))
        except Exception as e:  # a result that does not pickle
            data = pickle.dumps(("error", f"the answer could not be sent back: {e}"))
        _write_all(write_fd, len(data).to_bytes(_HEADER, "big") + data)
        status = 0
    except BaseException:  # nothing more can be reported; the exit status says so
        pass
    finally:
        os._exit(status)


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _capture_fd() -> int:
    """A file for the child's standard error that the parent can read afterwards."""
    memfd_create = getattr(os, "memfd_create", None)
    if memfd_create is not None:
        with contextlib.suppress(OSError):
            fd: int = memfd_create("hytegraph-query-stderr", 0)
            return fd
    import tempfile

    with tempfile.TemporaryFile() as handle:
        return os.dup(handle.fileno())


def _pidfd(pid: int) -> int | None:
    pidfd_open = getattr(os, "pidfd_open", None)
    if pidfd_open is None:
        return None
    try:
        fd: int = pidfd_open(pid)
        return fd
    except OSError:
        return None


class _Answer:
    """What came back from a child: its frame (if complete) and how it ended."""

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.eof = False

    def frame(self) -> bytes | None:
        if len(self.buffer) < _HEADER:
            return None
        size = int.from_bytes(self.buffer[:_HEADER], "big")
        if len(self.buffer) < _HEADER + size:
            return None
        return bytes(self.buffer[_HEADER : _HEADER + size])

    def drain(self, fd: int) -> None:
        """Read whatever the pipe holds now (the fd is non-blocking)."""
        while True:
            try:
                chunk = os.read(fd, 1 << 20)
            except BlockingIOError:
                return
            if not chunk:
                self.eof = True
                return
            self.buffer += chunk


def _collect(pid: int, read_fd: int, deadline: float | None) -> tuple[bytes | None, int, bool]:
    """Wait for the child's frame until ``deadline``; ``(frame, wait status, timed out)``.

    The frame is length-prefixed because end-of-file cannot be relied on: a child forked at
    the same moment by another thread holds a copy of this pipe's write end. The child's exit
    is watched through a pidfd where the kernel has them, else by polling."""
    os.set_blocking(read_fd, False)
    answer = _Answer()
    pidfd = _pidfd(pid)
    poller = select.poll()
    poller.register(read_fd, select.POLLIN)
    if pidfd is not None:
        poller.register(pidfd, select.POLLIN)
    status: int | None = None
    timed_out = False
    try:
        while True:
            answer.drain(read_fd)
            if answer.frame() is not None or answer.eof or status is not None:
                break
            wait_ms = -1
            if deadline is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    timed_out = True
                    break
                wait_ms = max(1, math.ceil(remaining * 1000))
            if pidfd is None:
                wait_ms = 50 if wait_ms < 0 else min(wait_ms, 50)
            events = poller.poll(wait_ms)
            if pidfd is None or any(fd == pidfd for fd, _ in events):
                done, raw = os.waitpid(pid, os.WNOHANG)
                if done:
                    status = raw
        if status is None:
            if timed_out:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            elif answer.frame() is not None:
                # The child exits right after writing; allow it a moment, then make sure.
                status = _wait_exit(pid, pidfd, 5.0)
                if status is None:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
            if status is None:
                _, status = os.waitpid(pid, 0)
    finally:
        if pidfd is not None:
            os.close(pidfd)
    return answer.frame(), status, timed_out


def _wait_exit(pid: int, pidfd: int | None, seconds: float) -> int | None:
    """The wait status of ``pid`` once it exits within ``seconds``, else None."""
    end = time.monotonic() + seconds
    while True:
        done, raw = os.waitpid(pid, os.WNOHANG)
        if done:
            return raw
        remaining = end - time.monotonic()
        if remaining <= 0:
            return None
        if pidfd is not None:
            select.select([pidfd], [], [], remaining)
        else:
            time.sleep(min(remaining, 0.001))


class _ResultUnpickler(pickle.Unpickler):
    """Unpickles only what a query answer is made of, so that a child taken over through a bug
    in a parser or the engine cannot run code in the parent through the frame it sends."""

    _MODULES = ("hytegraph.", "rdflib.term")
    _BUILTINS = frozenset(
        {"bool", "bytes", "bytearray", "complex", "dict", "float", "frozenset", "int", "list"}
        | {"set", "slice", "str", "tuple", "object"}
    )
    _OTHER = frozenset({("copyreg", "_reconstructor"), ("copyreg", "__newobj__")})

    def find_class(self, module: str, name: str) -> Any:
        if (
            (module == "builtins" and name in self._BUILTINS)
            or (module, name) in self._OTHER
            or module.startswith(self._MODULES)
        ):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a query answer")


def _crash(status: int, captured: str, memory_mb: int | None, timeout: float | None) -> QueryError:
    """The error for a child that ended without an answer."""
    code = os.waitstatus_to_exitcode(status)
    if code < 0:
        number = -code
        name = signal.Signals(number).name if number in signal.Signals._value2member_map_ else ""
        if number == getattr(signal, "SIGXCPU", -1) and timeout is not None:
            return QueryTimeout(timeout)
        if "memory allocation of" in captured or (
            number == signal.SIGKILL and memory_mb is not None
        ):
            # Rust aborts when an allocation fails; the kernel's OOM killer sends SIGKILL.
            return QueryMemoryExceeded(memory_mb) if memory_mb else QueryError(captured)
        if "overflow" in captured or number in (signal.SIGSEGV, signal.SIGBUS):
            return QueryCrashed(
                f"the query process crashed ({name or number}): the query is probably "
                "nested too deeply for the SPARQL parser",
                hint="Simplify the query's nesting; lower --max-nesting to refuse such queries "
                "before they are read.",
            )
        return QueryCrashed(f"the query process crashed ({name or number})")
    detail = f": {captured.splitlines()[-1]}" if captured.strip() else ""
    return QueryCrashed(f"the query process ended without an answer (exit status {code}){detail}")


def _read_capture(fd: int) -> str:
    try:
        data = os.pread(fd, 4096, 0)
    except OSError:
        return ""
    return data.decode("utf-8", "replace")


def run(
    work: Callable[[], T],
    *,
    timeout: float | None,
    memory_mb: int | None,
    network: str = "cut",
) -> T:
    """``work()`` in a forked child cut off the network (``network="cut"``; ``"try"``: where
    the system allows it; ``"keep"``: not at all), with ``memory_mb`` megabytes of address
    space beyond what it inherits (None: no limit), killed after ``timeout`` seconds (None: no
    limit). The result must pickle and be made of builtins, rdflib terms and hytegraph classes.

    A :class:`~hytegraph.errors.HytegraphError` raised by ``work`` is raised here; anything
    else that goes wrong is a :class:`~hytegraph.errors.QueryError`."""
    if network not in NETWORK_MODES:
        raise ValueError(f"network must be one of {NETWORK_MODES}")
    if not can_fork():  # pragma: no cover - Windows
        raise NetworkIsolationError(f"{sys.platform} cannot fork a query process")
    _libc()
    read_fd, write_fd = os.pipe()
    capture_fd = _capture_fd()
    deadline = None if timeout is None else time.monotonic() + timeout
    try:
        pid = os.fork()
    except BaseException:
        for fd in (read_fd, write_fd, capture_fd):
            os.close(fd)
        raise
    if pid == 0:  # pragma: no cover - the child ends in os._exit; coverage cannot see it
        os.close(read_fd)
        _child(work, write_fd, capture_fd, timeout, memory_mb, network)
    os.close(write_fd)
    reaped = False
    try:
        frame, status, timed_out = _collect(pid, read_fd, deadline)
        reaped = True
        captured = _read_capture(capture_fd)
    finally:
        if not reaped:  # interrupted (Ctrl-C): the child must not outlive the wait
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
        os.close(read_fd)
        os.close(capture_fd)
    if timed_out:
        assert timeout is not None
        raise QueryTimeout(timeout)
    if frame is None:
        raise _crash(status, captured, memory_mb, timeout)
    try:
        outcome = _ResultUnpickler(io.BytesIO(frame)).load()
    except Exception as e:
        raise QueryCrashed(f"the query process sent an unreadable answer: {e}") from None
    kind = outcome[0]
    if kind == "ok":
        return outcome[1]  # type: ignore[no-any-return]
    if kind == "raise" and isinstance(outcome[1], HytegraphError):
        raise outcome[1]
    if kind == "memory":
        if memory_mb is None:
            raise QueryError("the query ran out of memory")
        raise QueryMemoryExceeded(memory_mb)
    raise QueryError(str(outcome[1]) if len(outcome) > 1 else "the query failed")


__all__ = [
    "NETWORK_MODES",
    "NetworkIsolationError",
    "can_fork",
    "network_is_cut",
    "network_isolation_problem",
    "run",
]
