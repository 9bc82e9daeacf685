"""Shared by the Autobahn|Python test scripts: an asyncio WAMP client over WebSocket (JSON) that
joins realm1 anonymously, and the line protocol the scripts speak with their jest test.

Import it after putting this directory on sys.path (see `helper_path` use in the scripts).
"""
import asyncio
import json
import sys

import txaio

txaio.use_asyncio()

from autobahn.asyncio.wamp import ApplicationSession  # noqa: E402
from autobahn.asyncio.websocket import WampWebSocketClientFactory  # noqa: E402
from autobahn.wamp.serializer import JsonSerializer  # noqa: E402
from autobahn.wamp.types import ComponentConfig  # noqa: E402

TIMEOUT = 10


class Client(ApplicationSession):
    """Resolves `joined` with the session ID on join, `left` with [reason, message] on leave."""

    def __init__(self, realm="realm1"):
        super().__init__(ComponentConfig(realm=realm))
        loop = asyncio.get_event_loop()
        self.joined = loop.create_future()
        self.left = loop.create_future()

    def onJoin(self, details):
        self.joined.set_result(details.session)

    def onLeave(self, details):
        if not self.left.done():
            self.left.set_result([details.reason, details.message])
        self.disconnect()


async def connect(url, host, port):
    """A joined Client over WebSocket + JSON to the router at url (host, port)."""
    session = Client()
    factory = WampWebSocketClientFactory(lambda: session, url=url, serializers=[JsonSerializer()])
    await asyncio.get_event_loop().create_connection(factory, host, port)
    await asyncio.wait_for(session.joined, TIMEOUT)
    return session


def emit(obj):
    """One JSON line on stdout (bytes as {"bytes": [...]})."""
    sys.stdout.write(json.dumps(obj, default=lambda b: {"bytes": list(b)}) + "\n")
    sys.stdout.flush()


async def read_line():
    """The next stdin line, stripped; exits when stdin closes."""
    line = await asyncio.get_event_loop().run_in_executor(None, sys.stdin.readline)
    if not line:
        raise SystemExit("stdin closed")
    return line.strip()


def run(main, timeout=30):
    """Runs the coroutine function `main` on a new event loop, bounded by `timeout` seconds."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    return loop.run_until_complete(asyncio.wait_for(main(), timeout))
