"""Autobahn|Python (Debian python3-autobahn 22.7.1) trying WAMP-FlatBuffers against @wamp/router.

For each endpoint: connects with Autobahn's FlatBuffersSerializer only (WebSocket subprotocol
wamp.2.flatbuffers, or RawSocket serializer id 5), then tries to join. Prints one JSON object per
endpoint: whether the transport opened, the negotiated subprotocol (WebSocket), and what happened
when Autobahn tried to send HELLO. Also reports which message types Autobahn's FlatBuffers
serializer can write at all.

Usage: autobahn_flatbuffers.py SPEC_JSON   (run with /usr/bin/python3)
SPEC_JSON: {"realm": ..., "endpoints": [{"name", "kind": "websocket"|"rawsocket", "url", "host", "port"}]}
"""
import asyncio
import json
import sys

import txaio

txaio.use_asyncio()

from autobahn.asyncio.rawsocket import WampRawSocketClientFactory  # noqa: E402
from autobahn.asyncio.wamp import ApplicationSession  # noqa: E402
from autobahn.asyncio.websocket import WampWebSocketClientFactory  # noqa: E402
from autobahn.wamp import message, role  # noqa: E402
from autobahn.wamp.serializer import FlatBuffersSerializer  # noqa: E402
from autobahn.wamp.types import ComponentConfig  # noqa: E402

TIMEOUT = 5


class Client(ApplicationSession):
    def __init__(self, realm, report):
        super().__init__(ComponentConfig(realm=realm))
        self.report = report
        self.done = asyncio.get_event_loop().create_future()

    def onConnect(self):
        self.report["transport_open"] = True
        proto = getattr(self._transport, "websocket_protocol_in_use", None)
        if proto is not None:
            self.report["subprotocol"] = proto
        try:
            self.join(self.config.realm)
            self.report["hello_sent"] = True
        except Exception as exc:  # what Autobahn raises when it serializes HELLO
            self.report["hello_error"] = f"{type(exc).__name__}: {exc}"
            cause = exc.__cause__ or exc.__context__
            if cause is not None:
                self.report["hello_error_cause"] = type(cause).__name__
            self._transport.close()

    def onJoin(self, details):
        self.report["joined"] = True
        self.leave()

    def onDisconnect(self):
        if not self.done.done():
            self.done.set_result(None)


async def attempt(endpoint, realm):
    loop = asyncio.get_event_loop()
    report = {"transport_open": False, "joined": False}
    session = Client(realm, report)
    if endpoint["kind"] == "websocket":
        factory = WampWebSocketClientFactory(lambda: session, url=endpoint["url"], serializers=[FlatBuffersSerializer()])
    else:
        factory = WampRawSocketClientFactory(lambda: session, serializer=FlatBuffersSerializer())
    try:
        await loop.create_connection(factory, endpoint["host"], endpoint["port"])
        await asyncio.wait_for(session.done, TIMEOUT)
    except Exception as exc:
        report["connect_error"] = f"{type(exc).__name__}: {exc}"
    return report


def writable_types():
    """Which message types Autobahn's FlatBuffers serializer can serialize at all."""
    samples = {
        "HELLO": message.Hello("realm1", {"subscriber": role.RoleSubscriberFeatures()}),
        "SUBSCRIBE": message.Subscribe(1, "com.example.t"),
        "PUBLISH": message.Publish(1, "com.example.t", args=[1]),
        "EVENT": message.Event(1, 2, args=[1]),
        "CALL": message.Call(1, "com.example.p", args=[1]),
        "GOODBYE": message.Goodbye(),
    }
    out = {}
    for name, msg in samples.items():
        try:
            FlatBuffersSerializer().serialize(msg)
            out[name] = "ok"
        except Exception as exc:
            out[name] = type(exc).__name__
    return out


async def main(spec):
    result = {"writable": writable_types()}
    for endpoint in spec["endpoints"]:
        result[endpoint["name"]] = await attempt(endpoint, spec["realm"])
    print(json.dumps(result))


if __name__ == "__main__":
    asyncio.run(main(json.loads(sys.argv[1])))
