"""Decodes our serializers' bytes with Autobahn|Python and prints what it understood.

Input (stdin): JSON list of {"name", "id", "base64", "is_binary"}.
Output (stdout): JSON list of {"name", "id", "wamp"} or {"name", "id", "error"}, with byte strings
as {"$bytes": base64}. Run with Debian's /usr/bin/python3 (python3-autobahn).
"""
import base64
import json
import sys

import txaio

txaio.use_asyncio()

from autobahn.wamp.serializer import CBORSerializer, JsonSerializer, MsgPackSerializer

FACTORIES = {
    "json": lambda: JsonSerializer(),
    "msgpack": lambda: MsgPackSerializer(),
    "cbor": lambda: CBORSerializer(),
    "json.batched": lambda: JsonSerializer(batched=True),
    "msgpack.batched": lambda: MsgPackSerializer(batched=True),
    "cbor.batched": lambda: CBORSerializer(batched=True),
}

try:  # needs python3-flatbuffers; Autobahn 22.7.1 reads only PUBLISH and EVENT from it
    from autobahn.wamp.serializer import FlatBuffersSerializer

    FACTORIES["flatbuffers"] = lambda: FlatBuffersSerializer()
except ImportError:
    pass


def to_json(value):
    if isinstance(value, (bytes, bytearray)):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    return value


def main():
    items = json.load(sys.stdin)
    serializers = {key: make() for key, make in FACTORIES.items()}
    out = []
    for item in items:
        serializer = serializers[item["id"]]
        payload = base64.b64decode(item["base64"])
        if item["id"] == "json.batched":
            # Autobahn 22.7.1 splits JSON batches on 0x18 only; the spec's separator is 0x1E.
            payload = payload.replace(b"\x1e", b"\x18")
        try:
            messages = serializer.unserialize(payload, item["is_binary"])
            out.append({"name": item["name"], "id": item["id"], "wamp": [to_json(m.marshal()) for m in messages]})
        except Exception as exc:  # report, do not stop: the test names the failing vector
            out.append({"name": item["name"], "id": item["id"], "error": f"{type(exc).__name__}: {exc}"})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
