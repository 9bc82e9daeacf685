"""Autobahn|Python (Debian python3-autobahn) and @wamp/session using Advanced Profile features
with each other through @wamp/router (WebSocket, JSON).

Line protocol on stdin/stdout (one JSON object per stdout line):
  1. joins; registers com.example.py.whoami (caller identification, details), com.example.py.
     (prefix), com.example.py.countdown (progressive results), com.example.py.forever (cancelable);
     subscribes com.example.ts.said (publisher identification); prints {"ready": {...}};
  2. on "go": calls @wamp/session's procedures — with progressive results, canceling one,
     a wildcard registration — and prints {"results": {...}};
  3. on "done": prints {"seen": {...}} (what its endpoints and handler saw) and exits.

Usage: autobahn_advanced_peer.py URL HOST PORT   (run with /usr/bin/python3)
"""
import asyncio
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "tools", "test-support", "py"))
from ab_asyncio_client import connect, emit, read_line, run  # noqa: E402
from autobahn.wamp.exception import ApplicationError  # noqa: E402
from autobahn.wamp.types import CallOptions, RegisterOptions, SubscribeOptions  # noqa: E402

URL, HOST, PORT = sys.argv[1], sys.argv[2], int(sys.argv[3])


async def main():
    session = await connect(URL, HOST, PORT)
    seen = {"said": [], "interrupted": False}

    def whoami(details=None):
        return [details.caller, details.caller_authid, details.caller_authrole]

    def prefixed(x, details=None):
        return [details.procedure, x]

    def countdown(n, details=None):
        for i in range(n, 0, -1):
            details.progress(i)
        return "liftoff"

    async def forever(details=None):
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            seen["interrupted"] = True
            raise

    with_details = RegisterOptions(details_arg="details")
    await session.register(whoami, "com.example.py.whoami", options=with_details)
    await session.register(prefixed, "com.example.py.", options=RegisterOptions(details_arg="details", match="prefix"))
    await session.register(countdown, "com.example.py.countdown", options=with_details)
    await session.register(forever, "com.example.py.forever", options=with_details)
    await session.subscribe(lambda text, details=None: seen["said"].append([text, details.publisher, details.publisher_authrole]),
                            "com.example.ts.said", options=SubscribeOptions(details_arg="details"))
    emit({"ready": {"session": session._session_id}})

    assert await read_line() == "go"
    results = {}
    progress = []
    results["progressive"] = [await session.call("com.example.ts.count", 3, options=CallOptions(on_progress=lambda i: progress.append(i))), progress]
    pending = asyncio.ensure_future(session.call("com.example.ts.stuck"))
    await asyncio.sleep(0.2)
    pending.cancel()
    try:
        await pending
        results["cancel"] = "completed?!"
    except asyncio.CancelledError:
        results["cancel"] = "cancelled"
    except ApplicationError as e:
        results["cancel"] = e.error
    results["wildcard"] = await session.call("com.example.anything.add", 2, 3)
    results["whoami"] = await session.call("com.example.ts.whoami")
    emit({"results": results})

    assert await read_line() == "done"
    emit({"seen": seen})
    session.leave()


if __name__ == "__main__":
    run(main, 40)
