"""A TCP listener on 127.0.0.1 that records every connection made to it: the stand-in for a
private service on the host that a query must never reach."""

from __future__ import annotations

import select
import socket
import threading
import time


class Listener:
    """Accepts and records connections (and answers each with an HTTP 200 of SPARQL JSON
    results, so that a client that reaches it would get rows back)."""

    BODY = b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"literal","value":"x"}}]}}'
    ANSWER = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
        + f"Content-Length: {len(BODY)}\r\nConnection: close\r\n\r\n".encode()
        + BODY
    )

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port: int = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.connections: list[tuple[str, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([self.sock], [], [], 0.05)
            if not ready:
                continue
            try:
                conn, addr = self.sock.accept()
            except OSError:
                continue
            self.connections.append(addr)
            try:
                conn.settimeout(0.5)
                conn.recv(65536)
                conn.sendall(self.ANSWER)
            except OSError:
                pass
            finally:
                conn.close()

    def heard(self, wait: float = 0.1) -> bool:
        """Whether any connection was made (waiting ``wait`` seconds for one in flight)."""
        end = time.monotonic() + wait
        while True:
            if self.connections:
                return True
            if time.monotonic() >= end:
                return False
            time.sleep(0.01)

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()
