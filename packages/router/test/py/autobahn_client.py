"""Autobahn|Python (Debian python3-autobahn) as a client of @wamp/router.

For every endpoint given, over its transport and serializer: two anonymous sessions register a
procedure and call it, subscribe and receive an event, get an application error back, then
sessions authenticate with ticket and WAMP-CRA (plain and salted, through Autobahn's own
authenticators) and fail with wrong credentials. Prints one JSON object with what happened.

Usage: autobahn_client.py SPEC_JSON   (run with /usr/bin/python3)
SPEC_JSON: {"realm": ..., "endpoints": [{"name", "kind": "websocket"|"rawsocket", "url", "host",
"port", "serializer"}], "ticket": {"authid", "ticket"}, "wampcra": [{"authid", "secret"}, ...]}
"""
import asyncio
import json
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

SERIALIZERS = {"json": JsonSerializer, "msgpack": MsgPackSerializer, "cbor": CBORSerializer}
TIMEOUT = 5


class Client(ApplicationSession):
    """Joins on connect with the given authenticator; resolves `joined` with the outcome."""

    def __init__(self, realm, authenticator=None):
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
        self.joined.set_result({"joined": True, "session": details.session, "authid": details.authid,
                                "authrole": details.authrole, "authmethod": details.authmethod,
                                "authprovider": details.authprovider, "realm": details.realm})

    def onLeave(self, details):
        if not self.joined.done():
            self.joined.set_result({"joined": False, "reason": details.reason, "message": details.message})
        if not self.left.done():
            self.left.set_result(details.reason)
        self.disconnect()


async def connect(endpoint, realm, authenticator=None):
    loop = asyncio.get_event_loop()
    session = Client(realm, authenticator)
    serializer = SERIALIZERS[endpoint["serializer"]]()
    if endpoint["kind"] == "websocket":
        factory = WampWebSocketClientFactory(lambda: session, url=endpoint["url"], serializers=[serializer])
    else:
        factory = WampRawSocketClientFactory(lambda: session, serializer=serializer)
    _, protocol = await loop.create_connection(factory, endpoint["host"], endpoint["port"])
    if not hasattr(protocol, "transport_details"):
        # Autobahn 22.7.1's asyncio RawSocket client protocol lacks the attribute its session reads
        # on WELCOME (its own bug); set before the RawSocket handshake completes.
        protocol.transport_details = None
    outcome = await asyncio.wait_for(session.joined, TIMEOUT)
    return session, outcome


async def leave(session):
    session.leave()
    return await asyncio.wait_for(session.left, TIMEOUT)


async def routing(endpoint, realm):
    loop = asyncio.get_event_loop()
    callee, _ = await connect(endpoint, realm)
    caller, joined = await connect(endpoint, realm)

    def fail(*args, **kwargs):
        raise ApplicationError("com.example.error.oops", "it failed", code=42)

    await callee.register(lambda a, b: a + b, "com.example.add2")
    await callee.register(fail, "com.example.fail")
    result = {"joined": joined}
    result["call"] = await caller.call("com.example.add2", 2, 3)
    try:
        await caller.call("com.example.fail")
    except ApplicationError as e:
        result["error"] = {"error": e.error, "args": list(e.args), "kwargs": e.kwargs}
    try:
        await caller.call("com.example.nothing")
    except ApplicationError as e:
        result["missing"] = e.error
    got = loop.create_future()
    await caller.subscribe(lambda *a, **kw: got.done() or got.set_result({"args": list(a), "kwargs": kw}), "com.example.topic")
    publication = await callee.publish("com.example.topic", "hello", endpoint["serializer"], binary=b"\x00\x01\xff", options=PublishOptions(acknowledge=True))
    result["published"] = isinstance(publication.id, int) and 1 <= publication.id <= 2 ** 53
    event = await asyncio.wait_for(got, TIMEOUT)
    event["kwargs"]["binary"] = list(event["kwargs"]["binary"])
    result["event"] = event
    result["left"] = [await leave(caller), await leave(callee)]
    return result


async def authenticate(endpoint, realm, method, **credentials):
    session, outcome = await connect(endpoint, realm, create_authenticator(method, **credentials))
    if outcome["joined"]:
        await leave(session)
    return outcome


async def main(spec):
    realm = spec["realm"]
    out = {}
    for endpoint in spec["endpoints"]:
        result = await routing(endpoint, realm)
        ticket = spec["ticket"]
        result["ticket"] = await authenticate(endpoint, realm, "ticket", authid=ticket["authid"], ticket=ticket["ticket"])
        result["ticket_wrong"] = await authenticate(endpoint, realm, "ticket", authid=ticket["authid"], ticket="wrong")
        result["wampcra"] = [await authenticate(endpoint, realm, "wampcra", authid=u["authid"], secret=u["secret"]) for u in spec["wampcra"]]
        result["wampcra_wrong"] = await authenticate(endpoint, realm, "wampcra", authid=spec["wampcra"][-1]["authid"], secret="wrong")
        out[endpoint["name"]] = result
    return out


if __name__ == "__main__":
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print(json.dumps(loop.run_until_complete(main(json.loads(sys.argv[1])))))
