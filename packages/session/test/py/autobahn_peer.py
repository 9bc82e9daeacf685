"""Autobahn|Python (Debian python3-autobahn) as the peer of a @wamp/session client through @wamp/router.

Runs the scenarios of SPEC_JSON one after another, talking to the test over stdin/stdout (one
JSON object per line):
  1. joins (anonymous, ticket or wampcra as the scenario says), registers com.example.py.add2 and
     com.example.py.fail, subscribes com.example.ts.news, prints {"ready": ...};
  2. on the line "go": calls com.example.ts.mul2 and com.example.ts.fail, publishes
     com.example.py.news (acknowledged), prints {"results": ...};
  3. on the line "done": waits for the com.example.ts.news event, prints {"event": ...}, leaves.

Usage: autobahn_peer.py SPEC_JSON   (run with /usr/bin/python3)
SPEC_JSON: {"realm": ..., "scenarios": [{"name", "kind": "websocket"|"rawsocket", "url", "host",
"port", "serializer", "auth": null | {"method", "authid", "ticket"|"secret"}}]}
"""
import asyncio
import json
import os
import sys

import txaio

txaio.use_asyncio()

from autobahn.asyncio.rawsocket import WampRawSocketClientFactory  # noqa: E402
from autobahn.asyncio.wamp import ApplicationSession  # noqa: E402
from autobahn.asyncio.websocket import WampWebSocketClientFactory  # noqa: E402
from autobahn.wamp.auth import create_authenticator  # noqa: E402
from autobahn.wamp.exception import ApplicationError  # noqa: E402
from autobahn.wamp.serializer import CBORSerializer, JsonSerializer, MsgPackSerializer  # noqa: E402
from autobahn.wamp.types import ComponentConfig, PublishOptions  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "tools", "test-support", "py"))
from ab_asyncio_client import emit, read_line  # noqa: E402

SERIALIZERS = {"json": JsonSerializer, "msgpack": MsgPackSerializer, "cbor": CBORSerializer}
TIMEOUT = 10


class Peer(ApplicationSession):
    def __init__(self, realm, authenticator):
        super().__init__(ComponentConfig(realm=realm))
        loop = asyncio.get_event_loop()
        self.authenticator = authenticator
        self.joined = loop.create_future()
        self.left = loop.create_future()

    def onConnect(self):
        if self.authenticator is None:
            self.join(self.config.realm)
        else:
            self.join(self.config.realm, authmethods=[self.authenticator.name], authid=self.authenticator._args["authid"])

    def onChallenge(self, challenge):
        return self.authenticator.on_challenge(self, challenge)

    def onJoin(self, details):
        self.joined.set_result({"authid": details.authid, "authrole": details.authrole, "authmethod": details.authmethod})

    def onLeave(self, details):
        if not self.joined.done():
            self.joined.set_exception(RuntimeError("join failed: %s %s" % (details.reason, details.message)))
        if not self.left.done():
            self.left.set_result(details.reason)
        self.disconnect()


async def run(scenario, realm):
    loop = asyncio.get_event_loop()
    auth = scenario.get("auth")
    authenticator = None
    if auth is not None:
        credentials = {k: v for k, v in auth.items() if k != "method"}
        authenticator = create_authenticator(auth["method"], **credentials)
    session = Peer(realm, authenticator)
    serializer = SERIALIZERS[scenario["serializer"]]()
    if scenario["kind"] == "websocket":
        factory = WampWebSocketClientFactory(lambda: session, url=scenario["url"], serializers=[serializer])
    else:
        factory = WampRawSocketClientFactory(lambda: session, serializer=serializer)
    _, protocol = await loop.create_connection(factory, scenario["host"], scenario["port"])
    if not hasattr(protocol, "transport_details"):
        # Autobahn 22.7.1's asyncio RawSocket client lacks the attribute its session reads on WELCOME.
        protocol.transport_details = None
    joined = await asyncio.wait_for(session.joined, TIMEOUT)

    def fail(*args, **kwargs):
        raise ApplicationError("com.example.error.py_failed", "python says no", code=7)

    news = loop.create_future()
    await session.register(lambda a, b: a + b, "com.example.py.add2")
    await session.register(fail, "com.example.py.fail")
    await session.subscribe(lambda *a, **kw: news.done() or news.set_result({"args": list(a), "kwargs": kw}), "com.example.ts.news")
    emit({"ready": scenario["name"], "joined": joined})

    assert await read_line() == "go"
    results = {"mul2": await session.call("com.example.ts.mul2", 6, 7)}
    try:
        await session.call("com.example.ts.fail", "x")
    except ApplicationError as e:
        results["fail"] = {"error": e.error, "args": list(e.args), "kwargs": e.kwargs}
    try:
        echo = await session.call("com.example.ts.echo", b"\x00\x01\xfe\xff", text="ü→✓")
        results["echo"] = {"args": list(echo.results), "kwargs": echo.kwresults}
    except ApplicationError as e:
        results["echo"] = {"error": e.error, "args": list(e.args)}
    publication = await session.publish("com.example.py.news", "from python", binary=b"\x00\xff", options=PublishOptions(acknowledge=True))
    results["published"] = publication.id
    emit({"results": results})

    assert await read_line() == "done"
    event = await asyncio.wait_for(news, TIMEOUT)
    emit({"event": event})
    session.leave()
    await asyncio.wait_for(session.left, TIMEOUT)


async def main(spec):
    for scenario in spec["scenarios"]:
        await run(scenario, spec["realm"])
    emit({"finished": True})


if __name__ == "__main__":
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    loop.run_until_complete(main(json.loads(sys.argv[1])))
