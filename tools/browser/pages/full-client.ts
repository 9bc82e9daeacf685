// The full browser page: every serializer (JSON, MessagePack, CBOR, FlatBuffers) over WebSocket, and
// WAMP-cryptosign authentication with a key given in the query (`?seed=` hex).
import { CryptosignAuthenticator, CryptosignKey } from '@wamp/cryptosign';
import type { ISerializer } from '@wamp/interfaces';
import { CborSerializer } from '@wamp/serializers/cbor';
import { FlatBuffersSerializer } from '@wamp/serializers/flatbuffers';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { connect } from '@wamp/session';
import { webSocket } from '@wamp/transport-ws';
import { param, report, routerUrl } from './report.js';

async function roundTrip(serializer: ISerializer): Promise<unknown> {
  const session = await connect({ transport: webSocket(routerUrl(), { serializers: [serializer] }), realm: 'realm1' });
  const uri = `com.example.echo.${serializer.SERIALIZER_ID}`;
  await session.register(uri, (args, kwargs) => ({ args, kwargs }));
  let gotEvent!: (v: unknown) => void;
  const event = new Promise<unknown>((resolve) => (gotEvent = resolve));
  await session.subscribe(`${uri}.news`, (args) => gotEvent(args));
  const bytes = new Uint8Array([0, 1, 254, 255]);
  const echoed = (await session.call(uri, ['ü→✓', 2.5], { n: 1 })) as { args: unknown[]; kwargs: unknown };
  await session.publish(`${uri}.news`, [bytes], {}, { acknowledge: true, excludeMe: false });
  const got = (await event) as unknown[];
  await session.leave();
  return { serializer: session.sessionDetails?.serializer ?? serializer.SERIALIZER_ID, echoed, bytes: Array.from(got[0] as Uint8Array) };
}

async function run(): Promise<Record<string, unknown>> {
  const serializers = [];
  // FlatBuffers' schema has no field for `agent` and unknown role features: lenientHello leaves them out.
  for (const s of [new JsonSerializer(), new MsgPackSerializer(), new CborSerializer(), new FlatBuffersSerializer({ lenientHello: true })]) serializers.push(await roundTrip(s));
  const key = await CryptosignKey.fromSeedHex(param('seed'));
  const session = await connect({
    transport: webSocket(routerUrl(), { serializers: [new CborSerializer()] }),
    realm: 'realm1',
    authenticators: [new CryptosignAuthenticator({ key })],
  });
  const cryptosign = { authid: session.sessionDetails?.authid, authmethod: session.sessionDetails?.authmethod, pubkey: key.publicKey() };
  await session.leave();
  return { serializers, cryptosign };
}

report(run);
