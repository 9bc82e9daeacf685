"""Autobahn|Python (Debian python3-autobahn) using Advanced Profile features through @wamp/router.

Sessions over WebSocket (JSON): progressive call results, call canceling (Autobahn sends CANCEL
without a mode), pattern-based registration and subscription, shared registration (round robin),
subscriber exclusion and eligibility. Prints one JSON object with what each scenario saw.

Usage: autobahn_advanced.py URL HOST PORT   (run with /usr/bin/python3)
"""
import asyncio
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "tools", "test-support", "py"))
from ab_asyncio_client import connect as connect_to, run  # noqa: E402
from autobahn.wamp.exception import ApplicationError  # noqa: E402
from autobahn.wamp.types import CallOptions, PublishOptions, RegisterOptions, SubscribeOptions  # noqa: E402

URL, HOST, PORT = sys.argv[1], sys.argv[2], int(sys.argv[3])


async def connect():
    return await connect_to(URL, HOST, PORT)


async def main():
    out = {}
    callee, caller = await connect(), await connect()

    # Progressive call results.
    def countdown(n, details=None):
        for i in range(n, 0, -1):
            details.progress(i)
        return "liftoff"

    await callee.register(countdown, "com.example.countdown", options=RegisterOptions(details_arg="details"))
    progress = []
    result = await caller.call("com.example.countdown", 3, options=CallOptions(on_progress=lambda i: progress.append(i)))
    out["progressive"] = {"progress": progress, "result": result}

    # Call canceling: the caller cancels its future; the callee's coroutine is cancelled.
    interrupted = asyncio.get_event_loop().create_future()

    async def forever(details=None):
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            interrupted.set_result(True)
            raise

    await callee.register(forever, "com.example.forever", options=RegisterOptions(details_arg="details"))
    pending = asyncio.ensure_future(caller.call("com.example.forever"))
    await asyncio.sleep(0.2)
    pending.cancel()
    try:
        await pending
        out["cancel"] = {"caller": "completed?!"}
    except asyncio.CancelledError:
        out["cancel"] = {"caller": "cancelled"}
    except ApplicationError as e:
        out["cancel"] = {"caller": e.error}
    try:
        out["cancel"]["callee_interrupted"] = await asyncio.wait_for(interrupted, 5)
    except asyncio.TimeoutError:
        out["cancel"]["callee_interrupted"] = False

    # Call timeout, enforced by the router: the caller gets wamp.error.timeout, the callee is interrupted.
    timed_out = asyncio.get_event_loop().create_future()

    async def sleepy(details=None):
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            timed_out.set_result(True)
            raise

    await callee.register(sleepy, "com.example.sleepy", options=RegisterOptions(details_arg="details"))
    try:
        await caller.call("com.example.sleepy", options=CallOptions(timeout=100))
        out["timeout"] = {"caller": "completed?!"}
    except ApplicationError as e:
        out["timeout"] = {"caller": e.error}
    try:
        out["timeout"]["callee_interrupted"] = await asyncio.wait_for(timed_out, 5)
    except asyncio.TimeoutError:
        out["timeout"]["callee_interrupted"] = False

    # Pattern-based registration and subscription.
    await callee.register(lambda x, details=None: [details.procedure, x], "com.example.math.", options=RegisterOptions(match="prefix", details_arg="details"))
    out["prefix"] = await caller.call("com.example.math.square", 3)
    topics = []
    await callee.subscribe(lambda details=None: topics.append(details.topic), "com..alarm", options=SubscribeOptions(match="wildcard", details_arg="details"))
    await caller.publish("com.kitchen.alarm", options=PublishOptions(acknowledge=True))
    await caller.publish("com.kitchen.door", options=PublishOptions(acknowledge=True))
    await asyncio.sleep(0.2)
    out["wildcard"] = topics

    # Shared registration, round robin.
    a, b = await connect(), await connect()
    await a.register(lambda: "a", "com.example.worker", options=RegisterOptions(invoke="roundrobin"))
    await b.register(lambda: "b", "com.example.worker", options=RegisterOptions(invoke="roundrobin"))
    out["roundrobin"] = [await caller.call("com.example.worker") for _ in range(4)]

    # Exclusion and eligibility.
    s1, s2, s3 = await connect(), await connect(), await connect()
    got = []
    for name, s in (("s1", s1), ("s2", s2), ("s3", s3)):
        await s.subscribe(lambda n, name=name: got.append("%s:%s" % (name, n)), "com.example.bw")
    ids = {"s1": s1._session_id, "s2": s2._session_id, "s3": s3._session_id}
    await caller.publish("com.example.bw", 1, options=PublishOptions(exclude=[ids["s2"]], acknowledge=True))
    await caller.publish("com.example.bw", 2, options=PublishOptions(eligible=[ids["s3"]], acknowledge=True))
    await asyncio.sleep(0.3)
    out["blackwhite"] = sorted(got)

    # Event retention: a late subscriber asking for the retained event gets the last retained one.
    await caller.publish("com.example.temperature", 20, options=PublishOptions(retain=True, acknowledge=True))
    await caller.publish("com.example.temperature", 21, options=PublishOptions(retain=True, acknowledge=True))
    await caller.publish("com.example.temperature", 99, options=PublishOptions(acknowledge=True))
    late = await connect()
    retained = []
    await late.subscribe(lambda t, details=None: retained.append([t, details.retained]), "com.example.temperature",
                         options=SubscribeOptions(get_retained=True, details_arg="details"))
    await asyncio.sleep(0.3)
    out["retained"] = retained
    return out


if __name__ == "__main__":
    print(json.dumps(run(main)))
