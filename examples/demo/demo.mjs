// The foundation demo: WAMP messages built, validated and carried by every serializer, exactly
// as a transport will carry them. Runs against the packages' built dist, as a user's code would.
// (The router + clients demo arrives with @wamp/router and @wamp/session.)
import { isProtocolError, SerializationError } from '@wamp/interfaces';
import { Call, Event, MESSAGE_TYPE, Result, parseMessage } from '@wamp/message';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';

const show = (bytes, isBinary) => (isBinary ? Buffer.from(bytes).toString('hex') : new TextDecoder().decode(bytes));
const serializers = [new JsonSerializer(), new MsgPackSerializer(), new CborSerializer()];

console.log('1. One CALL, three wire formats (subprotocol wamp.2.<id>, RawSocket id):');
const call = new Call({ request: 1, procedure: 'com.example.add2', args: [2, 3], kwargs: { blob: new Uint8Array([0xca, 0xfe]) } });
for (const s of serializers) {
  const [bytes, isBinary] = s.serialize(call);
  const [back] = s.unserialize(bytes, isBinary);
  console.log(`   ${`wamp.2.${s.SERIALIZER_ID}`.padEnd(15)} id ${s.RAWSOCKET_SERIALIZER_ID}  ${String(bytes.length).padStart(3)} bytes  ${show(bytes, isBinary)}`);
  console.log(`   ${''.padEnd(15)} decodes to ${JSON.stringify(back.marshal(), (_k, v) => (v instanceof Uint8Array ? `<bytes ${Buffer.from(v).toString('hex')}>` : v))}`);
}

console.log('\n2. A batched transport message (wamp.2.cbor.batched) carrying RESULT and EVENT:');
const batched = new CborSerializer({ batched: true });
const parts = [new Result({ request: 1, args: [5] }), new Event({ subscription: 2 ** 53, publication: 77, args: ['hello'] })].map((m) => batched.serialize(m)[0]);
const payload = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
parts.reduce((at, p) => (payload.set(p, at), at + p.length), 0);
for (const m of batched.unserialize(payload, true)) console.log(`   ${Object.keys(MESSAGE_TYPE).find((k) => MESSAGE_TYPE[k] === m.MESSAGE_TYPE)} ${JSON.stringify(m.marshal())}`);

console.log('\n3. Bad input gets a clear error:');
const attempts = [
  ['a CALL with request id 0', () => parseMessage([48, 0, {}, 'com.example.add2'])],
  ['a CALL with a bad timeout', () => parseMessage([48, 1, { timeout: '5' }, 'com.example.add2'])],
  ['truncated CBOR', () => new CborSerializer().unserialize(new Uint8Array([0x85, 0x18, 0x30]), true)],
  ['JSON sent as binary', () => new JsonSerializer().unserialize(new TextEncoder().encode('[6,{},"wamp.close.normal"]'), true)],
  ['a uint64 beyond 2^53 (MessagePack)', () => new MsgPackSerializer().unserialize(new Uint8Array([0x93, 0x11, 0x01, 0xcf, 0, 0x20, 0, 0, 0, 0, 0, 1]), true)],
];
for (const [what, run] of attempts) {
  try {
    run();
    console.log(`   ${what}: accepted?!`);
    process.exitCode = 1;
  } catch (err) {
    console.log(`   ${what}: ${isProtocolError(err) ? 'ProtocolError' : err.name}: ${err.message}`);
  }
}
try {
  new JsonSerializer().serialize(new Call({ request: 2, procedure: 'com.example.x', args: [10n] }));
} catch (err) {
  console.log(`   a bigint argument: ${err instanceof SerializationError ? 'SerializationError' : err.name}: ${err.message}`);
}
console.log('\ndone: the router and session demo comes with @wamp/router and @wamp/session (issue 5).');
