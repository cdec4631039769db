"""Refuse request bodies over a size limit before they are read into memory."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import unquote_to_bytes

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyTooLarge(Exception):
    """The client sent more bytes than allowed."""


class BodySizeLimit:
    """ASGI middleware: 413 when Content-Length, or the bytes actually streamed, exceed max."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_bytes
                except ValueError:
                    too_big = True
                if too_big:
                    await self._refuse(send)
                    return
        seen = 0
        started = refused = False

        async def counting_receive() -> Message:
            # Chunked uploads carry no Content-Length: count what actually arrives. Over the
            # limit, answer 413 here and tell the app the client left: FastAPI turns any error
            # raised while it reads a body into a 400, which would hide the reason.
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    if not started and not refused:
                        refused = True
                        await self._refuse(send)
                    return {"type": "http.disconnect"}
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if refused:
                return  # the 413 is already sent; drop what the app says after it
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started and not refused:
                await self._refuse(send)
        except Exception:
            if not refused:  # a real error, not the aftermath of our refusal
                raise

    async def _refuse(self, send: Send) -> None:
        body: Any = json.dumps({"detail": f"request body over {self.max_bytes} bytes"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


# The dashboard is vendored (no CDN): scripts, data and fetches come only from this server.
# Inline styles stay allowed because the chart and map libraries build tooltips with style
# attributes; inline and foreign scripts do not.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; "
       "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
# FastAPI's interactive docs load Swagger/ReDoc from a CDN: no CSP there, or they break.
_DOCS = ("/docs", "/redoc")


class SecurityHeaders:
    """ASGI middleware: nosniff, no framing, no referrer, and the CSP on every response."""

    def __init__(self, app: ASGIApp, csp: str = CSP) -> None:
        self.app, self.csp = app, csp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                 (b"referrer-policy", b"no-referrer")]
        if not str(scope.get("path", "")).startswith(_DOCS):
            extra.append((b"content-security-policy", self.csp.encode()))

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *(h for h in extra if h[0] not in names)]
            await send(message)

        await self.app(scope, receive, with_headers)


class RefuseControlCharacters:
    """ASGI middleware: a URL holding NUL or other control bytes is refused at the door.

    No id or filter value legitimately contains them, and PostgreSQL cannot even compare a
    text holding NUL: a path with one names nothing (404), a query with one is invalid (422).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            raw = scope.get("raw_path") or scope.get("path", "").encode("utf-8", "surrogateescape")
            if _has_control(unquote_to_bytes(raw)):
                await _answer(send, 404, "not found")
                return
            if _has_control(unquote_to_bytes(scope.get("query_string", b"").replace(b"+", b" "))):
                await _answer(send, 422, "control characters are not allowed in parameters")
                return
        await self.app(scope, receive, send)


def _has_control(data: bytes) -> bool:
    return any(b < 0x20 or b == 0x7F for b in data)


async def _answer(send: Send, status: int, detail: str) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": json.dumps({"detail": detail}).encode()})
