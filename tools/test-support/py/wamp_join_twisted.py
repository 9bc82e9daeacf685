"""Autobahn|Python (Twisted) ApplicationSession joins a realm over RawSocket, then leaves.

Autobahn 22.7.1's asyncio RawSocket client lacks `transport_details` and fails in onWelcome, so
RawSocket uses Twisted. Usage: wamp_join_twisted.py HOST PORT SERIALIZER   (Debian /usr/bin/python3)
Prints one JSON line: {"joined": bool, "realm": ..., "session": ..., "left": reason}.
"""
import json
import sys

import txaio

txaio.use_twisted()

from autobahn.twisted.rawsocket import WampRawSocketClientFactory  # noqa: E402
from autobahn.twisted.wamp import ApplicationSession  # noqa: E402
from autobahn.wamp.serializer import CBORSerializer, JsonSerializer, MsgPackSerializer  # noqa: E402
from autobahn.wamp.types import ComponentConfig  # noqa: E402
from twisted.internet import reactor  # noqa: E402
from twisted.internet.endpoints import TCP4ClientEndpoint  # noqa: E402

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
        if reactor.running:
            reactor.stop()


def main():
    host, port, name = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    factory = WampRawSocketClientFactory(lambda: Session(ComponentConfig(realm="realm1")), serializer=SERIALIZERS[name]())
    TCP4ClientEndpoint(reactor, host, port).connect(factory)
    reactor.callLater(5, lambda: reactor.running and reactor.stop())
    reactor.run()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
