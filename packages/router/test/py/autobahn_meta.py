"""Autobahn|Python (Debian python3-autobahn) using the meta API of @wamp/router.

Sessions over WebSocket (JSON) call the session, registration and subscription meta procedures,
receive the meta events, leave testaments, revoke a registration and a subscription with
remove_callee / remove_subscriber, and kill a session. Prints one JSON object with what each
scenario saw.

Usage: autobahn_meta.py URL HOST PORT   (run with /usr/bin/python3)
"""
import asyncio
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "tools", "test-support", "py"))
from ab_asyncio_client import connect as connect_to, run  # noqa: E402
from autobahn.wamp.exception import ApplicationError  # noqa: E402
from autobahn.wamp.types import SubscribeOptions  # noqa: E402

URL, HOST, PORT = sys.argv[1], sys.argv[2], int(sys.argv[3])
TIMEOUT = 10


async def connect():
    return await connect_to(URL, HOST, PORT)


async def error_of(coro):
    try:
        await coro
        return None
    except ApplicationError as e:
        return e.error


async def main():
    out = {}
    admin = await connect()
    events = []

    def recorder(name):
        return lambda *args: events.append([name] + list(args))

    for topic in ("wamp.session.on_join", "wamp.session.on_leave", "wamp.registration.on_create", "wamp.registration.on_register",
                  "wamp.registration.on_unregister", "wamp.registration.on_delete", "wamp.subscription.on_create",
                  "wamp.subscription.on_subscribe"):
        await admin.subscribe(recorder(topic), topic)

    # Session meta API.
    other = await connect()
    sid = other._session_id
    listed = await admin.call("wamp.session.list")
    got = await admin.call("wamp.session.get", sid)
    out["session"] = {
        "count": await admin.call("wamp.session.count") == len(listed),
        "listed": sid in listed and admin._session_id in listed,
        "get": [got["session"] == sid, got["authrole"], got["authmethod"]],
        "unknown": await error_of(admin.call("wamp.session.get", 1)),
    }

    # Registration and subscription meta API.
    reg = await other.register(lambda: "here", "com.example.meta.proc")
    sub = await other.subscribe(lambda *a: None, "com.example.meta.", options=SubscribeOptions(match="prefix"))
    out["registration"] = {
        "lookup": await admin.call("wamp.registration.lookup", "com.example.meta.proc") == reg.id,
        "match": await admin.call("wamp.registration.match", "com.example.meta.proc") == reg.id,
        "get": (await admin.call("wamp.registration.get", reg.id))["uri"],
        "callees": await admin.call("wamp.registration.list_callees", reg.id) == [sid],
        "count": await admin.call("wamp.registration.count_callees", reg.id),
        "in_list": reg.id in (await admin.call("wamp.registration.list"))["exact"],
    }
    out["subscription"] = {
        "lookup": await admin.call("wamp.subscription.lookup", "com.example.meta.", {"match": "prefix"}) == sub.id,
        "match": await admin.call("wamp.subscription.match", "com.example.meta.x") == [sub.id],
        "get": (await admin.call("wamp.subscription.get", sub.id))["match"],
        "subscribers": await admin.call("wamp.subscription.list_subscribers", sub.id) == [sid],
        "count": await admin.call("wamp.subscription.count_subscribers", sub.id),
    }

    # Registration revocation: Autobahn announces registration_revocation and accepts [UNREGISTERED, 0, ...].
    caller = await connect()
    await admin.call("wamp.registration.remove_callee", reg.id, sid, "moving")
    await asyncio.sleep(0.2)
    out["revoke_registration"] = {
        "call_after": await error_of(caller.call("com.example.meta.proc")),
        "callee_attached": other.is_attached(),
    }

    # Testaments: published when the session goes away without GOODBYE, detached scope first.
    lastwords = []
    await admin.subscribe(lambda *a, **kw: lastwords.append([list(a), kw]), "com.example.lastwords")
    dying = await connect()
    await dying.call("wamp.session.add_testament", "com.example.lastwords", ["destroyed"], {"n": 1})
    await dying.call("wamp.session.add_testament", "com.example.lastwords", ["detached"], {}, scope="detached")
    await dying.call("wamp.session.add_testament", "com.example.lastwords", ["flushed"], {}, scope="detached")
    flushed = await dying.call("wamp.session.flush_testaments", scope="detached")
    await dying.call("wamp.session.add_testament", "com.example.lastwords", ["detached again"], {}, scope="detached")
    bad_scope = await error_of(dying.call("wamp.session.add_testament", "com.example.lastwords", [], {}, scope="bogus"))
    dying._transport.close()  # no GOODBYE
    await asyncio.sleep(0.3)
    out["testament"] = {"flushed": flushed, "bad_scope": bad_scope, "events": lastwords}

    # Kill through the meta API.
    victim = await connect()
    await admin.call("wamp.session.kill", victim._session_id, reason="com.example.go_away", message="bye")
    out["kill"] = await asyncio.wait_for(victim.left, TIMEOUT)

    # Subscription revocation: Autobahn 22.7.1 announces subscription_revocation but its session
    # treats [UNSUBSCRIBED, 0, ...] as a protocol error. Record what happens.
    sub_session = await connect()
    revoked_sub = await sub_session.subscribe(lambda *a: None, "com.example.revocable")
    await admin.call("wamp.subscription.remove_subscriber", revoked_sub.id, sub_session._session_id, "spam")
    try:
        left = await asyncio.wait_for(sub_session.left, 1)
    except asyncio.TimeoutError:
        left = None
    out["revoke_subscription"] = {"subscriber_left": left, "count": await admin.call("wamp.subscription.lookup", "com.example.revocable")}

    await asyncio.sleep(0.1)
    kinds = [e[0] for e in events]
    out["events"] = {
        "on_join": kinds.count("wamp.session.on_join") >= 2,
        "on_leave": kinds.count("wamp.session.on_leave") >= 1,
        "reg_create": ["wamp.registration.on_create", sid] in [e[:2] for e in events],
        "reg_register": ["wamp.registration.on_register", sid, reg.id] in events,
        "reg_unregister": ["wamp.registration.on_unregister", sid, reg.id] in events,
        "reg_delete": ["wamp.registration.on_delete", sid, reg.id] in events,
        "sub_subscribe": ["wamp.subscription.on_subscribe", sid, sub.id] in events,
    }
    return out


if __name__ == "__main__":
    print(json.dumps(run(main)))
