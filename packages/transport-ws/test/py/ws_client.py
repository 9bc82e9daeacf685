"""Autobahn|Python as a plain WebSocket client of our server: offers the given subprotocols,
sends one WAMP HELLO in the negotiated format, closes, and prints as JSON the subprotocol, whether
the close was clean, and over wss:// the TLS version and the raw tls-unique channel binding.

Usage: ws_client.py URL PROTOCOL[,PROTOCOL...] [CAFILE]   (run with Debian's /usr/bin/python3)
With CAFILE the connection is wss:// with TLS 1.2 forced, trusting CAFILE.
"""
import asyncio
import json
import ssl
import sys

import txaio

txaio.use_asyncio()

from autobahn.asyncio.websocket import WebSocketClientFactory, WebSocketClientProtocol  # noqa: E402
from autobahn.wamp.message import Hello  # noqa: E402
from autobahn.wamp.role import RoleCallerFeatures  # noqa: E402
from autobahn.wamp.serializer import CBORSerializer, JsonSerializer, MsgPackSerializer  # noqa: E402

SERIALIZERS = {"wamp.2.json": JsonSerializer, "wamp.2.msgpack": MsgPackSerializer, "wamp.2.cbor": CBORSerializer}
result = {}


class Client(WebSocketClientProtocol):
    def onOpen(self):
        result["protocol"] = self.websocket_protocol_in_use
        tls = self.transport.get_extra_info("ssl_object")
        if tls is not None:
            result["tlsVersion"] = tls.version()
            result["tlsUnique"] = tls.get_channel_binding("tls-unique").hex()
        serializer = SERIALIZERS[self.websocket_protocol_in_use]()
        payload, is_binary = serializer.serialize(Hello("realm1", {"caller": RoleCallerFeatures()}))
        self.sendMessage(payload, is_binary)
        self.sendClose(1000)

    def onClose(self, wasClean, code, reason):
        result["clean"] = wasClean
        self.factory.loop.stop()


def main():
    url, protocols = sys.argv[1], sys.argv[2].split(",")
    context = None
    if len(sys.argv) > 3:
        context = ssl.create_default_context(cafile=sys.argv[3])
        context.maximum_version = ssl.TLSVersion.TLSv1_2
    # The factory binds to the current loop when built: create the loop first.
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    factory = WebSocketClientFactory(url, protocols=protocols, loop=loop)
    factory.protocol = Client
    host, port = url.split("//")[1].split("/")[0].split(":")
    loop.run_until_complete(loop.create_connection(factory, host, int(port), ssl=context))
    loop.call_later(5, loop.stop)
    loop.run_forever()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
