// Our router (JSON, MsgPack, CBOR over WebSocket) for the session benchmark, in its own process.
// Prints {"url"}; exits when stdin closes.
import { Router } from '@wamp/router';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { listenWebSocket } from '@wamp/transport-ws/server';

const router = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
const { address } = await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: [new JsonSerializer(), new MsgPackSerializer(), new CborSerializer()] });
process.stdout.write(`${JSON.stringify({ url: address.url })}\n`);
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
