"""HTTP/2 for the held-out replay (bench/heldout_pcap.py): a minimal server loop
and client connection on top of the `h2` state machine (a mitmproxy
dependency), over Python's `ssl` sockets with ALPN "h2".

Most of an app's traffic is HTTP/2 (the recorded session is 90% h2), so part of
the replay goes over it, to check the capture path for HTTP/2 (HPACK, DATA
frames, flow control, several streams on one connection) end to end.
"""

from __future__ import annotations

import base64
import socket
from collections.abc import Callable
from typing import Any

import h2.config
import h2.connection
import h2.events

Answer = Callable[[str, str, str], dict[str, Any] | None]
"""(method, authority, path) -> the recorded response, or None."""

_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "upgrade", "host"}


def _send_body(
    conn: h2.connection.H2Connection, sock: socket.socket, sid: int, body: bytes
) -> None:
    """DATA frames within the peer's flow-control window, reading WINDOW_UPDATEs as needed."""
    view = memoryview(body)
    while view:
        window = min(conn.local_flow_control_window(sid), conn.max_outbound_frame_size)
        if window <= 0:
            sock.sendall(conn.data_to_send())
            data = sock.recv(65536)
            if not data:
                raise ConnectionError("peer closed while waiting for a window update")
            conn.receive_data(data)
            continue
        conn.send_data(sid, bytes(view[:window]))
        view = view[window:]
    conn.end_stream(sid)
    sock.sendall(conn.data_to_send())


def serve(sock: socket.socket, answer: Answer) -> None:
    """Answer every request of one HTTP/2 connection with its recorded response."""
    conn = h2.connection.H2Connection(
        h2.config.H2Configuration(client_side=False, header_encoding="utf-8")
    )
    conn.initiate_connection()
    sock.sendall(conn.data_to_send())
    requests: dict[int, dict[str, str]] = {}
    while True:
        data = sock.recv(65536)
        if not data:
            return
        for event in conn.receive_data(data):
            if isinstance(event, h2.events.RequestReceived):
                requests[event.stream_id] = dict(event.headers)  # type: ignore[arg-type]
            elif isinstance(event, h2.events.DataReceived):
                conn.acknowledge_received_data(event.flow_controlled_length, event.stream_id)
            elif isinstance(event, h2.events.StreamEnded):
                head = requests.pop(event.stream_id, {})
                response = answer(
                    head.get(":method", ""), head.get(":authority", ""), head.get(":path", "")
                )
                _respond(conn, sock, event.stream_id, response)
            elif isinstance(event, h2.events.ConnectionTerminated):
                sock.sendall(conn.data_to_send())
                return
        sock.sendall(conn.data_to_send())


def _respond(
    conn: h2.connection.H2Connection, sock: socket.socket, sid: int, response: dict[str, Any] | None
) -> None:
    if response is None:
        response = {"status": 404, "headers": [["content-length", "0"]], "body_b64": ""}
    body = base64.b64decode(response["body_b64"])
    headers = [(":status", str(response["status"]))]
    headers += [(k.lower(), v) for k, v in response["headers"] if k.lower() not in _HOP_BY_HOP]
    conn.send_headers(sid, headers, end_stream=not body)
    if body:
        _send_body(conn, sock, sid, body)
    else:
        sock.sendall(conn.data_to_send())


class Client:
    """One HTTP/2 connection: requests one after another, each on a new stream.

    `server_first`: send the preface only after the server's SETTINGS arrived.
    Both orders happen in real traffic (a TLS 1.3 server may write right after
    its Finished); the capture must tell HTTP/2 either way, also when its ALPN
    is hidden in the encrypted handshake.
    """

    def __init__(self, sock: socket.socket, authority: str, server_first: bool = False) -> None:
        self.sock = sock
        self.authority = authority
        self.conn = h2.connection.H2Connection(
            h2.config.H2Configuration(client_side=True, header_encoding="utf-8")
        )
        self.conn.initiate_connection()
        first = sock.recv(65536) if server_first else b""
        self.sock.sendall(self.conn.data_to_send())
        if first:
            self.conn.receive_data(first)
            self.sock.sendall(self.conn.data_to_send())

    def request(self, method: str, target: str, headers: list[tuple[str, str]], body: bytes) -> int:
        """One request as recorded (header names lower-case, as h2 needs); its status."""
        sid = self.conn.get_next_available_stream_id()
        head = [(":method", method), (":scheme", "https"), (":authority", self.authority)]
        head.append((":path", target))
        head += [(k.lower(), v) for k, v in headers if k.lower() not in _HOP_BY_HOP]
        self.conn.send_headers(sid, head, end_stream=not body)
        if body:
            _send_body(self.conn, self.sock, sid, body)
        else:
            self.sock.sendall(self.conn.data_to_send())
        return self._wait(sid)

    def _wait(self, sid: int) -> int:
        status = 0
        while True:
            data = self.sock.recv(65536)
            if not data:
                raise ConnectionError("server closed the HTTP/2 connection")
            done = False
            for event in self.conn.receive_data(data):
                if isinstance(event, h2.events.ResponseReceived) and event.stream_id == sid:
                    status = int(dict(event.headers)[":status"])  # type: ignore[arg-type]
                elif isinstance(event, h2.events.DataReceived):
                    self.conn.acknowledge_received_data(
                        event.flow_controlled_length, event.stream_id
                    )
                elif isinstance(event, h2.events.StreamEnded) and event.stream_id == sid:
                    done = True
                elif isinstance(event, h2.events.StreamReset) and event.stream_id == sid:
                    raise ConnectionError(f"stream {sid} reset by the server")
            self.sock.sendall(self.conn.data_to_send())
            if done:
                return status

    def close(self) -> None:
        try:
            self.conn.close_connection()
            self.sock.sendall(self.conn.data_to_send())
        except OSError:
            pass
        self.sock.close()
