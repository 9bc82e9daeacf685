"""Autobahn|Python's own RawSocket server protocol, for our client to connect to. Prints the port
it listens on, then one JSON line per WAMP message a connection delivered (with the serializer),
and answers each HELLO with an ABORT so the client sees a message back.

Usage: rawsocket_server.py [SERIALIZER...]   (json, msgpack, cbor; all three by default; run with
Debian's /usr/bin/python3; stops after 10 s)
"""
import asyncio
import json
import sys

import txaio

txaio.use_asyncio()

from autobahn.asyncio.rawsocket import WampRawSocketServerFactory  # noqa: E402
from autobahn.wamp.message import Abort  # noqa: E402
from autobahn.wamp.serializer import CBORSerializer, JsonSerializer, MsgPackSerializer  # noqa: E402

SERIALIZERS = {"json": JsonSerializer, "msgpack": MsgPackSerializer, "cbor": CBORSerializer}


class Session:
    def onOpen(self, transport):
        self.transport = transport

    def onMessage(self, msg):
        print(json.dumps({"serializer": self.transport._serializer.SERIALIZER_ID, "wamp": msg.marshal()}), flush=True)
        self.transport.send(Abort("wamp.error.no_such_realm", "test server"))

    def onClose(self, wasClean):
        pass


def main():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    names = sys.argv[1:] or ["json", "msgpack", "cbor"]
    factory = WampRawSocketServerFactory(Session, serializers=[SERIALIZERS[name]() for name in names])
    server = loop.run_until_complete(loop.create_server(factory, "127.0.0.1", 0))
    print(json.dumps({"port": server.sockets[0].getsockname()[1]}), flush=True)
    loop.call_later(10, loop.stop)
    loop.run_forever()


if __name__ == "__main__":
    sys.exit(main())
