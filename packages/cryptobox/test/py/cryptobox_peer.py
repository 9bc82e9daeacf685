"""Autobahn|Python (Debian python3-autobahn + python3-nacl) with a WAMP-cryptobox KeyRing, as the
peer of a @wamp/session client (with @wamp/cryptobox) through @wamp/router.

Key layout (each side holds its own private key and the other's public key):
  com.example.py.*  Python is the responder (callee, subscriber), TypeScript the originator;
  com.example.ts.*  TypeScript is the responder, Python the originator.
Error URIs live under the same prefixes, so error payloads are encrypted too.

Talks to the test over stdin/stdout, one JSON object per line, for each scenario:
  1. generates its key pair with KeyRing.generate_key(), prints {"public_key": ...};
  2. reads the TypeScript public key, joins, registers com.example.py.add2 and
     com.example.py.fail, subscribes com.example.py.news, prints {"ready": ...};
  3. on "go": calls com.example.ts.greet and com.example.ts.fail, publishes
     com.example.ts.news (acknowledged), prints {"results": ...};
  4. on "done": waits for the com.example.py.news event, prints {"event": ...}, leaves.

Usage: cryptobox_peer.py SPEC_JSON   (run with /usr/bin/python3)
SPEC_JSON: {"realm": ..., "scenarios": [{"name", "url", "host", "port", "serializer"}]}
"""
import asyncio
import json
import os
import sys

import txaio

txaio.use_asyncio()

from autobahn.asyncio.wamp import ApplicationSession  # noqa: E402
from autobahn.asyncio.websocket import WampWebSocketClientFactory  # noqa: E402
from autobahn.wamp import cryptobox  # noqa: E402
from autobahn.wamp.exception import ApplicationError  # noqa: E402
from autobahn.wamp.serializer import CBORSerializer, JsonSerializer, MsgPackSerializer  # noqa: E402
from autobahn.wamp.types import CallResult, ComponentConfig, PublishOptions, RegisterOptions, SubscribeOptions  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "tools", "test-support", "py"))
from ab_asyncio_client import emit, read_line  # noqa: E402

SERIALIZERS = {"json": JsonSerializer, "msgpack": MsgPackSerializer, "cbor": CBORSerializer}
TIMEOUT = 10


class Peer(ApplicationSession):
    def __init__(self, realm):
        super().__init__(ComponentConfig(realm=realm))
        loop = asyncio.get_event_loop()
        self.joined = loop.create_future()
        self.left = loop.create_future()

    def onConnect(self):
        self.join(self.config.realm)

    def onJoin(self, details):
        self.joined.set_result(True)

    def onLeave(self, details):
        if not self.joined.done():
            self.joined.set_exception(RuntimeError("join failed: %s %s" % (details.reason, details.message)))
        if not self.left.done():
            self.left.set_result(details.reason)
        self.disconnect()


async def run(scenario, realm):
    loop = asyncio.get_event_loop()
    ring = cryptobox.KeyRing()
    py_priv, py_pub = ring.generate_key()
    emit({"public_key": py_pub})
    ts_pub = await read_line()
    ring.set_key("com.example.py.", cryptobox.Key(responder_priv=py_priv, originator_pub=ts_pub))
    ring.set_key("com.example.ts.", cryptobox.Key(originator_priv=py_priv, responder_pub=ts_pub))

    session = Peer(realm)
    session.set_payload_codec(ring)
    factory = WampWebSocketClientFactory(lambda: session, url=scenario["url"], serializers=[SERIALIZERS[scenario["serializer"]]()])
    await loop.create_connection(factory, scenario["host"], scenario["port"])
    await asyncio.wait_for(session.joined, TIMEOUT)

    seen = {}

    def add2(a, b, details=None, **kwargs):
        seen["add2"] = {"enc_algo": details.enc_algo, "kwargs": kwargs}
        return CallResult(a + b, kwargs.get("secret"), note="sum from python")

    def fail(*args, **kwargs):
        raise ApplicationError("com.example.py.error.refused", "python says no", code=7)

    news = loop.create_future()

    def on_news(*args, details=None, **kwargs):
        if not news.done():
            news.set_result({"args": list(args), "kwargs": kwargs, "enc_algo": details.enc_algo})

    await session.register(add2, "com.example.py.add2", options=RegisterOptions(details_arg="details"))
    await session.register(fail, "com.example.py.fail")
    await session.subscribe(on_news, "com.example.py.news", options=SubscribeOptions(details_arg="details"))
    emit({"ready": scenario["name"]})

    assert await read_line() == "go"
    greet = await session.call("com.example.ts.greet", "Hello", name="Python ü→✓", blob=b"\x00\x01\xfe\xff")
    results = {"greet": {"args": list(greet.results), "kwargs": greet.kwresults}}
    try:
        await session.call("com.example.ts.fail", "x")
    except ApplicationError as e:
        results["fail"] = {"error": e.error, "args": list(e.args), "kwargs": e.kwargs, "enc_algo": e.enc_algo}
    publication = await session.publish("com.example.ts.news", "from python", binary=b"\x00\xff", options=PublishOptions(acknowledge=True))
    results["published"] = publication.id is not None
    emit({"results": results})

    assert await read_line() == "done"
    event = await asyncio.wait_for(news, TIMEOUT)
    emit({"event": event, "seen": seen})
    session.leave()
    await asyncio.wait_for(session.left, TIMEOUT)


async def main(spec):
    if not cryptobox.HAS_CRYPTOBOX:
        raise SystemExit("autobahn.wamp.cryptobox is unavailable: install python3-nacl and python3-trie")
    for scenario in spec["scenarios"]:
        await run(scenario, spec["realm"])
    emit({"finished": True})


if __name__ == "__main__":
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    loop.run_until_complete(main(json.loads(sys.argv[1])))
