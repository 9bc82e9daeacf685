// The README's demo: our embedded router, a service that registers procedures and publishes
// events, and a client that calls, subscribes and prints what happens. The service speaks CBOR
// over RawSocket, the client JSON over WebSocket: the router translates. Runs against the
// packages' built dist, as a user's code would.
import { ApplicationError, CallResult } from '@wamp/interfaces';
import { Router } from '@wamp/router';
import { connect } from '@wamp/session';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { listenRawSocket, rawSocket } from '@wamp/transport-rawsocket';
import { webSocket } from '@wamp/transport-ws';
import { listenWebSocket } from '@wamp/transport-ws/server';

class InsufficientFunds extends ApplicationError {
  static uri = 'com.example.error.insufficient_funds';
  constructor(init = {}) {
    super(InsufficientFunds.uri, init);
  }
}

const serializers = () => [new JsonSerializer(), new MsgPackSerializer(), new CborSerializer()];
const router = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
const ws = await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: serializers() });
const rs = await router.listen(listenRawSocket, { host: '127.0.0.1', port: 0, serializers: serializers() });
console.log(`router: realm1 on ${ws.address.url} and ${rs.address.url}`);

// The service: RawSocket + CBOR.
const service = await connect({ transport: rawSocket(rs.address.url, { serializers: [new CborSerializer()] }), realm: 'realm1' });
console.log(`service: joined as session ${service.id} (${service.sessionDetails.serializer} over ${service.sessionDetails.transport.channelFraming})`);
await service.register('com.example.add2', (args) => args[0] + args[1]);
await service.register('com.example.stats', (args) => {
  const sum = args.reduce((a, b) => a + b, 0);
  return new CallResult([sum, sum / args.length], { min: Math.min(...args), max: Math.max(...args) });
});
let balance = 50;
await service.register('com.example.withdraw', (args) => {
  if (args[0] > balance) throw new InsufficientFunds({ args: [`balance is ${balance}`], kwargs: { balance, asked: args[0] } });
  balance -= args[0];
  return balance;
});

// The client: WebSocket + JSON.
const client = await connect({ transport: webSocket(ws.address.url, { serializers: [new JsonSerializer()] }), realm: 'realm1' });
console.log(`client: joined as session ${client.id} (${client.sessionDetails.serializer} over ${client.sessionDetails.transport.channelFraming})`);
client.define(InsufficientFunds);

const ticks = [];
let allTicksSeen;
const allTicks = new Promise((resolve) => (allTicksSeen = resolve));
await client.subscribe('com.example.tick', (args, kwargs, details) => {
  console.log(`client: event on com.example.tick: ${JSON.stringify(args)} ${JSON.stringify(kwargs)} (publication ${details.publication})`);
  ticks.push(args[0]);
  if (ticks.length === 3) allTicksSeen();
});

console.log(`client: add2(2, 3) = ${await client.call('com.example.add2', [2, 3])}`);
const stats = await client.call('com.example.stats', [3, 1, 4, 1, 5]);
console.log(`client: stats(3, 1, 4, 1, 5) = args ${JSON.stringify(stats.args)}, kwargs ${JSON.stringify(stats.kwargs)}`);
console.log(`client: withdraw(20) = ${await client.call('com.example.withdraw', [20])}`);
try {
  await client.call('com.example.withdraw', [100]);
} catch (err) {
  console.log(`client: withdraw(100) failed: ${err.constructor.name} ${err.uri} ${JSON.stringify(err.args)} ${JSON.stringify(err.kwargs)}`);
}
try {
  await client.call('com.example.nobody');
} catch (err) {
  console.log(`client: nobody() failed: ${err.uri}`);
}

for (let n = 1; n <= 3; n++) {
  const pub = await service.publish('com.example.tick', [n], { at: `tick ${n}` }, { acknowledge: true });
  console.log(`service: published tick ${n} (publication ${pub.id})`);
}
await allTicks;

console.log(`client: left with ${(await client.leave()).reason}`);
console.log(`service: left with ${(await service.leave()).reason}`);
await router.close();
console.log('router: closed');
if (ticks.join() !== '1,2,3' || balance !== 30) {
  console.error('demo: unexpected outcome');
  process.exit(1);
}
