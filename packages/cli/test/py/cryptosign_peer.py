"""Autobahn|Python (Debian python3-autobahn, python3-nacl) and WAMP-cryptosign key files.

  cryptosign_peer.py write FILE
      writes a new key file the way Autobahn|Python does (autobahn.util.write_keyfile), prints
      {"pubkey": ...}
  cryptosign_peer.py join SPEC_JSON
      SPEC_JSON: {"url", "host", "port", "realm", "keyfile", "authid"}: loads the key file with
      CryptosignKey.from_keyfile, joins over WebSocket (JSON) with AuthCryptoSign, calls
      com.example.whoami, prints {"joined": ..., "authid", "authmethod", "whoami"} or the failure.

Run with /usr/bin/python3.
"""
import asyncio
import binascii
import json
import sys

import txaio

txaio.use_asyncio()

import nacl.signing  # noqa: E402
from autobahn.asyncio.wamp import ApplicationSession  # noqa: E402
from autobahn.asyncio.websocket import WampWebSocketClientFactory  # noqa: E402
from autobahn.util import write_keyfile  # noqa: E402
from autobahn.wamp.auth import create_authenticator  # noqa: E402
from autobahn.wamp.cryptosign import CryptosignKey  # noqa: E402
from autobahn.wamp.serializer import JsonSerializer  # noqa: E402
from autobahn.wamp.types import ComponentConfig  # noqa: E402


def write(path):
    key = nacl.signing.SigningKey.generate()
    pub = binascii.b2a_hex(key.verify_key.encode()).decode()
    priv = binascii.b2a_hex(key.encode()).decode()
    write_keyfile(path, {"public-key-ed25519": pub, "private-key-ed25519": priv}, "Key written by Autobahn|Python for the @wamp/cli interop test\n\n")
    print(json.dumps({"pubkey": pub}))


class Client(ApplicationSession):
    def __init__(self, realm, authenticator, authid):
        super().__init__(ComponentConfig(realm=realm))
        self.authenticator = authenticator
        self.wanted_authid = authid
        self.done = asyncio.get_event_loop().create_future()

    def onConnect(self):
        self.join(self.config.realm, authmethods=["cryptosign"], authid=self.wanted_authid, authextra=self.authenticator.authextra)

    def onChallenge(self, challenge):
        return self.authenticator.on_challenge(self, challenge)

    async def onJoin(self, details):
        whoami = await self.call("com.example.whoami")
        self.done.set_result({"joined": True, "authid": details.authid, "authmethod": details.authmethod, "whoami": whoami})
        self.leave()

    def onLeave(self, details):
        if not self.done.done():
            self.done.set_result({"joined": False, "reason": details.reason, "message": details.message})
        self.disconnect()


async def join(spec):
    key = CryptosignKey.from_keyfile(spec["keyfile"])
    privkey = binascii.b2a_hex(key._key.encode()).decode()
    authenticator = create_authenticator("cryptosign", authid=spec["authid"], privkey=privkey)
    session = Client(spec["realm"], authenticator, spec["authid"])
    factory = WampWebSocketClientFactory(lambda: session, url=spec["url"], serializers=[JsonSerializer()])
    await asyncio.get_event_loop().create_connection(factory, spec["host"], spec["port"])
    print(json.dumps({**(await asyncio.wait_for(session.done, 10)), "pubkey": key.public_key()}))


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write(sys.argv[2])
    else:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(join(json.loads(sys.argv[2])))
