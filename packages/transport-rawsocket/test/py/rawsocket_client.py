"""Autobahn|Python's own RawSocket client protocol against our listener: completes the RawSocket
handshake with the given serializer, sends a WAMP HELLO, closes, and reports what happened.

Usage: rawsocket_client.py HOST PORT json|msgpack|cbor   (run with Debian's /usr/bin/python3)
"""
import asyncio
import json
import sys

import txaio

txaio.use_asyncio()

from autobahn.asyncio.rawsocket import WampRawSocketClientFactory  # noqa: E402
from autobahn.wamp.message import Hello  # noqa: E402
from autobahn.wamp.role import RoleCallerFeatures  # noqa: E402
from autobahn.wamp.serializer import CBORSerializer, JsonSerializer, MsgPackSerializer  # noqa: E402

SERIALIZERS = {"json": JsonSerializer, "msgpack": MsgPackSerializer, "cbor": CBORSerializer}
result = {"opened": False}


class Session:
    """The minimal ITransportHandler Autobahn's protocol drives."""

    def onOpen(self, transport):
        result["opened"] = True
        transport.send(Hello("realm1", {"caller": RoleCallerFeatures()}))
        transport.close()

    def onMessage(self, msg):
        result.setdefault("messages", []).append(msg.marshal())

    def onClose(self, wasClean):
        result["closed"] = True
        loop.stop()


def main():
    global loop
    host, port, name = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    factory = WampRawSocketClientFactory(Session, serializer=SERIALIZERS[name]())
    loop.run_until_complete(loop.create_connection(factory, host, port))
    loop.call_later(5, loop.stop)
    loop.run_forever()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
