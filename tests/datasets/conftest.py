"""A fake HTTP server for pooch's downloader: ``requests.get`` answered from a dict, offline."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests


class FakeResponse:
    """What pooch's HTTPDownloader reads from ``requests.get``: a status, headers, chunks."""

    def __init__(self, url: str, body: bytes | None, *, fail: BaseException | None = None):
        self.url = url
        self.body = body
        self.fail = fail
        self.headers = {"content-length": str(len(body or b""))}

    def raise_for_status(self) -> None:
        if self.body is None and self.fail is None:
            error = requests.exceptions.HTTPError(
                f"404 Client Error: Not Found for url: {self.url}"
            )
            raise error

    def iter_content(self, chunk_size: int = 1) -> Iterator[bytes]:
        if self.fail is not None:
            yield b"Grain pric"  # part of a body, then the connection breaks
            raise self.fail
        yield from (self.body[i : i + chunk_size] for i in range(0, len(self.body), chunk_size))


class FakeHTTP:
    """Serves ``bodies[url]``; ``failures[url]`` is raised mid-body that many times first."""

    def __init__(self):
        self.bodies: dict[str, bytes] = {}
        self.failures: dict[str, list[BaseException]] = {}
        self.requests: list[tuple[str, dict]] = []

    def get(self, url: str, **options: object) -> FakeResponse:
        self.requests.append((url, options))
        pending = self.failures.get(url)
        if pending:
            return FakeResponse(url, b"", fail=pending.pop(0))
        return FakeResponse(url, self.bodies.get(url))


@pytest.fixture
def fake_http(monkeypatch) -> FakeHTTP:
    """Replace the network under pooch (``requests.get``) by a :class:`FakeHTTP`; no waits."""
    server = FakeHTTP()
    monkeypatch.setattr(requests, "get", server.get)
    monkeypatch.setattr("pooch.core.time.sleep", lambda seconds: None)
    return server
