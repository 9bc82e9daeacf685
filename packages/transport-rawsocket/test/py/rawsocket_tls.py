"""A RawSocket handshake over TLS from Python's asyncio, with the TLS channel id computed by
Autobahn|Python's own `autobahn.asyncio.util.transport_channel_id` (tls-unique, SHA-256 of the
first Finished message), so our side can compare its channel id with Autobahn's.

Usage (Debian /usr/bin/python3):
  rawsocket_tls.py server CERTFILE KEYFILE TLSVERSION   prints {"port": N}, then after one
      handshake {"request": [...], "channel_id": hex, "version": ...}; replies 7F F<S> 00 00
  rawsocket_tls.py client PORT CAFILE TLSVERSION        prints {"reply": [...], "channel_id": hex, "version": ...}
TLSVERSION is 1.2 or 1.3 (both ends are pinned to it).
"""
import asyncio
import json
import ssl
import sys

import txaio

txaio.use_asyncio()

from autobahn.asyncio.util import transport_channel_id  # noqa: E402

VERSIONS = {"1.2": ssl.TLSVersion.TLSv1_2, "1.3": ssl.TLSVersion.TLSv1_3}


def pin(context, version):
    context.minimum_version = VERSIONS[version]
    context.maximum_version = VERSIONS[version]
    return context


def channel_id(transport, is_server):
    try:
        return transport_channel_id(transport, is_server, "tls-unique").hex()
    except Exception as e:  # Autobahn raises when TLS gives no tls-unique
        return "error: %s" % e


async def serve(certfile, keyfile, version):
    context = pin(ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER), version)
    context.load_cert_chain(certfile, keyfile)
    done = asyncio.get_running_loop().create_future()

    async def handle(reader, writer):
        request = await reader.readexactly(4)
        writer.write(bytes([0x7F, 0xF0 | (request[1] & 0x0F), 0, 0]))
        await writer.drain()
        ssl_object = writer.get_extra_info("ssl_object")
        print(json.dumps({"request": list(request), "channel_id": channel_id(writer.transport, True), "version": ssl_object.version()}), flush=True)
        await reader.read()  # until the client closes
        writer.close()
        done.set_result(None)

    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=context)
    print(json.dumps({"port": server.sockets[0].getsockname()[1]}), flush=True)
    await asyncio.wait_for(done, 10)
    server.close()


async def connect(port, cafile, version):
    context = pin(ssl.create_default_context(cafile=cafile), version)
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=context, server_hostname="127.0.0.1")
    writer.write(bytes([0x7F, 0xF1, 0, 0]))
    reply = await reader.readexactly(4)
    ssl_object = writer.get_extra_info("ssl_object")
    print(json.dumps({"reply": list(reply), "channel_id": channel_id(writer.transport, False), "version": ssl_object.version()}), flush=True)
    writer.close()
    await writer.wait_closed()


def main():
    mode = sys.argv[1]
    if mode == "server":
        asyncio.run(serve(sys.argv[2], sys.argv[3], sys.argv[4]))
    else:
        asyncio.run(connect(int(sys.argv[2]), sys.argv[3], sys.argv[4]))


if __name__ == "__main__":
    main()
