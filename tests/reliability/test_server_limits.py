"""The real server (waitress) answers a body over its own cap in the API's JSON error shape."""

from __future__ import annotations

import json
import socket

import pytest

from .server import Server

pytestmark = [pytest.mark.slow, pytest.mark.db]


def test_a_body_over_the_waitress_cap_gets_the_json_error_shape(tmp_path):
    server = Server(tmp_path / "instance", CREDSTACK_MAX_CONTENT_LENGTH="1024")
    server.start()
    try:
        size = 3 * 1024 * 1024  # past MAX_CONTENT_LENGTH + waitress's 1 MiB margin
        with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
            # the declared length is enough for waitress to refuse; the body itself is never sent
            sock.sendall(b"POST /api/v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                         + f"Content-Length: {size}\r\nConnection: close\r\n\r\n".encode())
            answer = b""
            try:
                while chunk := sock.recv(65536):
                    answer += chunk
            except ConnectionResetError:
                pass  # closed after answering
        head, _, payload = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 413"), head
        assert b"application/json" in head.lower()
        error = json.loads(payload)["error"]
        assert error["code"] == 413 and error["type"] == "too_large"
        # what the server takes, and what to do about it
        assert "at most 1 KiB" in error["message"] and "CREDSTACK_MAX_CONTENT_LENGTH" in error["message"]
    finally:
        server.stop()
