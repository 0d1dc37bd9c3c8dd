"""The query process (hytegraph.query.sandbox): whatever the work does, the caller gets an
answer or a QueryError, and the work has no network."""

from __future__ import annotations

import ctypes
import os
import socket
import time

import pytest

from hytegraph.errors import (
    QueryCrashed,
    QueryError,
    QueryMemoryExceeded,
    QueryRefused,
    QueryTimeout,
)
from hytegraph.query import sandbox
from hytegraph.query.safety import QuerySyntaxError

pytestmark = pytest.mark.skipif(not sandbox.can_fork(), reason="the sandbox needs fork")

NO_LIMITS = {"timeout": 30.0, "memory_mb": None, "network": "keep"}


def test_returns_the_result():
    assert sandbox.run(lambda: {"rows": [1, 2], "pid": os.getpid()}, **NO_LIMITS)["rows"] == [1, 2]
    # and the work ran in another process
    assert sandbox.run(os.getpid, **NO_LIMITS) != os.getpid()


def test_a_large_result_comes_back_whole():
    data = os.urandom(5 * 1024 * 1024)
    assert sandbox.run(lambda: data, **NO_LIMITS) == data


def test_library_errors_come_back_intact():
    def refuse():
        raise QueryRefused("SERVICE is not allowed", hint="remove it")

    with pytest.raises(QueryRefused) as info:
        sandbox.run(refuse, **NO_LIMITS)
    assert info.value.describe() == "SERVICE is not allowed\n  hint: remove it"

    def syntax():
        raise QuerySyntaxError("expected }", 2, 5, "SELECT\nWHERE { ?s")

    with pytest.raises(QuerySyntaxError) as syntax_info:
        sandbox.run(syntax, **NO_LIMITS)
    assert (syntax_info.value.line, syntax_info.value.column) == (2, 5)
    assert "line 2, column 5" in str(syntax_info.value)


def test_other_errors_become_query_errors():
    def fail():
        raise KeyError("nope")

    with pytest.raises(QueryError, match="query failed: 'nope'"):
        sandbox.run(fail, **NO_LIMITS)


def test_a_loop_is_killed_at_the_deadline():
    def forever():
        while True:
            pass

    with pytest.raises(QueryTimeout) as info:
        sandbox.run(forever, timeout=0.5, memory_mb=None, network="keep")
    assert info.value.timeout == 0.5
    assert "did not finish within 0.5 s" in str(info.value)


def test_memory_is_bounded():
    def allocate():
        return len(bytearray(400 * 1024 * 1024))

    with pytest.raises(QueryMemoryExceeded) as info:
        sandbox.run(allocate, timeout=30, memory_mb=100, network="keep")
    assert "more than 100 MB" in str(info.value)
    assert "--max-memory" in info.value.hint
    # the control: without the limit the same work succeeds
    assert sandbox.run(allocate, timeout=30, memory_mb=None, network="keep") == 400 * 1024 * 1024


def test_a_failed_native_allocation_is_a_memory_error():
    # pyoxigraph (Rust) aborts when an allocation fails; the same as a query, through the engine
    def concat():
        import pyoxigraph

        text = (
            'ASK { BIND("x" AS ?s0) '
            + " ".join(f"BIND(CONCAT(?s{i}, ?s{i}) AS ?s{i + 1})" for i in range(31))
            + " }"
        )
        return bool(pyoxigraph.Store().query(text))

    with pytest.raises(QueryMemoryExceeded):
        sandbox.run(concat, timeout=30, memory_mb=100, network="keep")


@pytest.mark.parametrize(
    ("crash", "needle"),
    [
        (lambda: ctypes.string_at(0), "SIGSEGV"),
        (os.abort, "SIGABRT"),
        (lambda: os._exit(3), "exit status 3"),
    ],
    ids=["segfault", "abort", "exit"],
)
def test_a_crash_is_an_error_not_a_crash_of_the_caller(crash, needle):
    with pytest.raises(QueryCrashed) as info:
        sandbox.run(crash, **NO_LIMITS)
    assert needle in str(info.value)
    assert sandbox.run(lambda: "still here", **NO_LIMITS) == "still here"


def test_the_crash_message_is_kept_out_of_stderr(capfd):
    def noisy():
        os.write(2, b"thread 'main' has overflowed its stack\n")
        os.abort()

    with pytest.raises(QueryCrashed):
        sandbox.run(noisy, **NO_LIMITS)
    assert "overflowed" not in capfd.readouterr().err


def test_an_answer_of_an_unknown_class_is_not_unpickled():
    # A child taken over through an engine bug could send any pickle; only answer classes load.
    with pytest.raises(QueryCrashed, match="unreadable answer"):
        sandbox.run(lambda: os.system, **NO_LIMITS)


# ---------------------------------------------------------------------------------------------
# the network cut


@pytest.fixture
def listening_port():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    yield server.getsockname()[1]
    server.close()


def _connect(port: int) -> str:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            return "connected"
    except OSError as e:
        return f"refused: {e.strerror}"


@pytest.mark.skipif(
    sandbox.network_isolation_problem() is not None,
    reason=f"network namespaces unavailable: {sandbox.network_isolation_problem()}",
)
def test_the_child_has_no_network(listening_port):
    # the control: a child that keeps the network reaches the listener
    assert sandbox.run(lambda: _connect(listening_port), **NO_LIMITS) == "connected"
    got = sandbox.run(lambda: _connect(listening_port), timeout=30, memory_mb=None, network="cut")
    assert got.startswith("refused")


def test_a_required_cut_that_fails_refuses_to_run(monkeypatch):
    def refuse():
        raise sandbox.NetworkIsolationError("the kernel refused (test)")

    monkeypatch.setattr(sandbox, "_cut_network", refuse)
    ran = []
    with pytest.raises(sandbox.NetworkIsolationError, match="kernel refused"):
        sandbox.run(lambda: ran.append(1), timeout=30, memory_mb=None, network="cut")
    # "try" runs it anyway
    assert sandbox.run(lambda: "ran", timeout=30, memory_mb=None, network="try") == "ran"


def test_collecting_does_not_wait_for_other_children():
    # A child forked while another query's pipe is open holds a copy of that pipe's write end;
    # the other answer must not wait for it (the frame is length-prefixed, not read to the end).
    import threading

    answers: dict[str, object] = {}

    def quick() -> None:
        answers["quick"] = sandbox.run(
            lambda: (time.sleep(0.6), "quick")[1], timeout=30, memory_mb=None, network="keep"
        )
        answers["slow running"] = slow_worker.is_alive()

    def slow() -> None:
        sandbox.run(lambda: time.sleep(3), timeout=30, memory_mb=None, network="keep")

    slow_worker = threading.Thread(target=slow, daemon=True)
    quick_worker = threading.Thread(target=quick, daemon=True)
    quick_worker.start()
    time.sleep(0.2)  # the quick child and its pipe exist; the slow child inherits the pipe
    slow_worker.start()
    quick_worker.join(30)
    assert answers == {"quick": "quick", "slow running": True}
    slow_worker.join(30)
