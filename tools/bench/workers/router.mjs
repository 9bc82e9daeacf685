// Our router (JSON, MsgPack, CBOR over WebSocket and RawSocket) for the session benchmark, in its
// own process. Prints {"url", "rsUrl"}; answers each "mem" line on stdin with {"heapUsed", "rss"}
// after full GCs (run with --expose-gc); exits when stdin closes.
import { Router } from '@wamp/router';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { listenRawSocket } from '@wamp/transport-rawsocket';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { answerMemoryQueries } from './memory-probe.mjs';

const all = () => [new JsonSerializer(), new MsgPackSerializer(), new CborSerializer()];
const router = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
const ws = await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: all() });
const rs = await router.listen(listenRawSocket, { host: '127.0.0.1', port: 0, serializers: all() });
process.stdout.write(`${JSON.stringify({ url: ws.address.url, rsUrl: rs.address.url })}\n`);
answerMemoryQueries();
