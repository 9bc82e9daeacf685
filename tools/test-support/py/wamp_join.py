"""Autobahn|Python's (asyncio) ApplicationSession joins a realm over WebSocket, then leaves.

Usage: wamp_join.py URL SERIALIZER   (Debian /usr/bin/python3; RawSocket: wamp_join_twisted.py)
Prints one JSON line: {"joined": bool, "realm": ..., "session": ..., "left": reason}.
"""
import asyncio
import json
import sys

import txaio

txaio.use_asyncio()

from autobahn.asyncio.wamp import ApplicationSession  # noqa: E402
from autobahn.asyncio.websocket import WampWebSocketClientFactory  # noqa: E402
from autobahn.wamp.serializer import CBORSerializer, JsonSerializer, MsgPackSerializer  # noqa: E402
from autobahn.wamp.types import ComponentConfig  # noqa: E402

SERIALIZERS = {"json": JsonSerializer, "msgpack": MsgPackSerializer, "cbor": CBORSerializer}
result = {"joined": False}


class Session(ApplicationSession):
    def onJoin(self, details):
        result.update(joined=True, realm=details.realm, session=details.session)
        self.leave()

    def onLeave(self, details):
        result["left"] = details.reason
        self.disconnect()

    def onDisconnect(self):
        asyncio.get_event_loop().stop()


def main():
    url, name = sys.argv[1], sys.argv[2]
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    make = lambda: Session(ComponentConfig(realm="realm1"))  # noqa: E731
    factory = WampWebSocketClientFactory(make, url=url, serializers=[SERIALIZERS[name]()], loop=loop)
    host, port = url.split("//")[1].split("/")[0].split(":")
    loop.run_until_complete(loop.create_connection(factory, host, int(port)))
    loop.call_later(5, loop.stop)
    loop.run_forever()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
