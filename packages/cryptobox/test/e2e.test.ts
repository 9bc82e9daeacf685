/**
 * WAMP-cryptobox end to end: two of our sessions talk encrypted RPC and PubSub through our router
 * over real sockets, a third subscriber without the key sees only ciphertext, and tampered or
 * replayed payloads are refused as wamp.error.invalid_payload.
 */
import type { EncodedPayload, ISerializer } from '@wamp/interfaces';
import { ApplicationError, CallResult, WAMP_ERROR } from '@wamp/interfaces';
import { Router } from '@wamp/router';
import { CborObjectSerializer, CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { connect } from '@wamp/session';
import type { Session } from '@wamp/session';
import { webSocket } from '@wamp/transport-ws';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { CryptoboxKey, KeyRing, generateKeyPair } from '../src/index.js';
import { SpyCodec, containsText } from './support/spy-codec.js';

const SECRET = 'top secret ü→✓';
const callerKeys = generateKeyPair();
const calleeKeys = generateKeyPair();

function callerRing(serializer?: CborObjectSerializer): KeyRing {
  const ring = new KeyRing({ serializer });
  ring.setKey('com.example.', new CryptoboxKey({ originatorPrivateKey: callerKeys.privateKey, responderPublicKey: calleeKeys.publicKey }));
  return ring;
}

function calleeRing(serializer?: CborObjectSerializer): KeyRing {
  const ring = new KeyRing({ serializer });
  ring.setKey('com.example.', new CryptoboxKey({ responderPrivateKey: calleeKeys.privateKey, originatorPublicKey: callerKeys.publicKey }));
  return ring;
}

/** Resolves once `check` holds, polling the event loop (no fixed sleeps). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setImmediate(r));
  if (!check()) throw new Error('condition not reached');
}

describe('@wamp/cryptobox between our sessions through our router', () => {
  let router: Router;
  let url: string;
  const open: Session[] = [];

  beforeAll(async () => {
    router = new Router({ realms: [{ name: 'realm1' }], log: () => {} });
    const serializers: ISerializer[] = [new JsonSerializer(), new MsgPackSerializer(), new CborSerializer()];
    url = (await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers })).address.url;
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.leave().catch(() => undefined)));
  });

  afterAll(async () => {
    await router.close({ timeout: 500 });
  });

  const join = async (serializer: ISerializer, codec: SpyCodec, errors: unknown[] = []): Promise<Session> => {
    const session = await connect({ transport: webSocket(url, { serializers: [serializer] }), realm: 'realm1', payloadCodec: codec, onUserError: (e) => void errors.push(e) });
    open.push(session);
    return session;
  };

  it.each([
    ['JSON payloads', undefined],
    ['CBOR payloads', new CborObjectSerializer()],
  ])('encrypts RPC args, kwargs, progressive results and errors (%s)', async (_name, payloadSerializer) => {
    const callerCodec = new SpyCodec(callerRing(payloadSerializer));
    const calleeCodec = new SpyCodec(calleeRing(payloadSerializer));
    const caller = await join(new JsonSerializer(), callerCodec);
    const callee = await join(new CborSerializer(), calleeCodec);

    await callee.register('com.example.greet', (args, kwargs) => new CallResult([`${String(args[0])}, ${String(kwargs['name'])}`, new Uint8Array([1, 2, 3])], { secret: SECRET }));
    await callee.register('com.example.fail', (args) => {
      throw new ApplicationError('com.example.error.refused', { args: [SECRET, args[0]], kwargs: { why: 'no' } });
    });
    await callee.register('com.example.count', (_args, _kwargs, details) => {
      details.progress?.([1]);
      details.progress?.([2]);
      return 3;
    });

    const result = await caller.call('com.example.greet', ['Hello'], { name: SECRET });
    expect(result).toMatchObject({ args: [`Hello, ${SECRET}`, new Uint8Array([1, 2, 3])], kwargs: { secret: SECRET } });

    const error = await caller.call('com.example.fail', [42]).then(() => undefined, (e: unknown) => e);
    expect(error).toMatchObject({ uri: 'com.example.error.refused', args: [SECRET, 42], kwargs: { why: 'no' } });

    const progress: unknown[] = [];
    expect(await caller.call('com.example.count', [], {}, { onProgress: (args) => void progress.push(args[0]) })).toBe(3);
    expect(progress).toEqual([1, 2]);

    // Everything crossed the router encrypted, with the seed's isOriginating and URIs.
    const sent = callerCodec.seen.filter((s) => s.op === 'encode');
    expect(sent.every((s) => s.isOriginating && s.encoded?.encAlgo === 'cryptobox' && !containsText(s.encoded.payload, SECRET))).toBe(true);
    const answers = calleeCodec.seen.filter((s) => s.op === 'encode');
    expect(answers.map((s) => [s.isOriginating, s.uri, s.encoded?.encAlgo])).toEqual([
      [false, 'com.example.greet', 'cryptobox'],
      [false, 'com.example.error.refused', 'cryptobox'],
      [false, 'com.example.count', 'cryptobox'],
      [false, 'com.example.count', 'cryptobox'],
      [false, 'com.example.count', 'cryptobox'],
    ]);
    expect(callerCodec.seen.filter((s) => s.op === 'decode').map((s) => [s.isOriginating, s.uri])).toEqual([
      [true, 'com.example.greet'],
      [true, 'com.example.error.refused'],
      [true, 'com.example.count'],
      [true, 'com.example.count'],
      [true, 'com.example.count'],
    ]);
  });

  it('encrypts every chunk of a progressive call invocation', async () => {
    const callerCodec = new SpyCodec(callerRing());
    const calleeCodec = new SpyCodec(calleeRing());
    const caller = await join(new JsonSerializer(), callerCodec);
    const callee = await join(new CborSerializer(), calleeCodec);
    await callee.register('com.example.collect', async (args, _kwargs, details) => {
      const parts = [String(args[0])];
      for await (const chunk of details.input!) parts.push(String(chunk.args[0]));
      return parts.join('|');
    });
    expect(await caller.call('com.example.collect', ['head'], {}, { input: [[SECRET], ['tail']] })).toBe(`head|${SECRET}|tail`);
    const sent = callerCodec.seen.filter((s) => s.op === 'encode');
    expect(sent.map((s) => [s.isOriginating, s.uri, s.encoded?.encAlgo])).toEqual(Array(3).fill([true, 'com.example.collect', 'cryptobox']));
    expect(sent.some((s) => containsText(s.encoded!.payload, SECRET))).toBe(false);
    expect(calleeCodec.seen.filter((s) => s.op === 'decode').map((s) => [s.isOriginating, s.uri])).toEqual(Array(3).fill([false, 'com.example.collect']));
  });

  it('encrypts PubSub: the subscriber with the key reads it, one without sees only ciphertext', async () => {
    const publisher = await join(new MsgPackSerializer(), new SpyCodec(callerRing()));
    const subscriber = await join(new JsonSerializer(), new SpyCodec(calleeRing()));
    const eavesdropperErrors: unknown[] = [];
    const eavesdropperCodec = new SpyCodec(undefined);
    const eavesdropper = await join(new CborSerializer(), eavesdropperCodec, eavesdropperErrors);

    const received: unknown[] = [];
    const overheard: unknown[] = [];
    await subscriber.subscribe('com.example.news', (args, kwargs) => void received.push([args, kwargs]));
    await eavesdropper.subscribe('com.example.news', (args) => void overheard.push(args));

    await publisher.publish('com.example.news', [SECRET], { n: 1 }, { acknowledge: true });
    await until(() => received.length === 1 && eavesdropperErrors.length === 1);
    expect(received).toEqual([[[SECRET], { n: 1 }]]);
    expect(overheard).toEqual([]);
    const [seen] = eavesdropperCodec.seen;
    expect(seen).toMatchObject({ op: 'decode', isOriginating: false, uri: 'com.example.news', encoded: { encAlgo: 'cryptobox', encSerializer: 'json' } });
    expect(seen!.encoded!.payload.length).toBeGreaterThan(40);
    expect(containsText(seen!.encoded!.payload, SECRET)).toBe(false);
    expect(eavesdropperErrors[0]).toMatchObject({ uri: WAMP_ERROR.INVALID_PAYLOAD });
    expect(eavesdropper.isAttached()).toBe(true);
  });

  it('refuses a tampered CALL (callee answers invalid_payload) and a tampered EVENT (only that event is lost)', async () => {
    const flip = (encoded: EncodedPayload): EncodedPayload => ({ ...encoded, payload: Uint8Array.from(encoded.payload, (b, i) => (i === encoded.payload.length - 1 ? b ^ 1 : b)) });
    let tamper = true;
    const caller = await join(new JsonSerializer(), new SpyCodec(callerRing(), (e) => (tamper ? flip(e) : e)));
    const calleeErrors: unknown[] = [];
    const callee = await join(new MsgPackSerializer(), new SpyCodec(calleeRing()), calleeErrors);
    const endpoint = jest.fn((args: unknown[]) => args[0]);
    await callee.register('com.example.echo', endpoint);
    const received: unknown[] = [];
    await callee.subscribe('com.example.news', (args) => void received.push(args[0]));

    const error = await caller.call('com.example.echo', [SECRET]).then(() => undefined, (e: unknown) => e as ApplicationError);
    expect(error).toMatchObject({ uri: WAMP_ERROR.INVALID_PAYLOAD });
    expect(error!.args[0]).toEqual(expect.stringContaining(WAMP_ERROR.ENCRYPTION_DECRYPT_ERROR));
    expect(endpoint).not.toHaveBeenCalled();

    await caller.publish('com.example.news', ['forged'], {}, { acknowledge: true });
    tamper = false;
    await caller.publish('com.example.news', ['genuine'], {}, { acknowledge: true });
    await until(() => received.length === 1 && calleeErrors.length === 1);
    expect(received).toEqual(['genuine']);
    expect(calleeErrors[0]).toMatchObject({ uri: WAMP_ERROR.INVALID_PAYLOAD });
    expect(await caller.call('com.example.echo', ['fine'])).toBe('fine');
  });

  it('refuses a payload replayed onto another procedure (trusted URI mismatch) as invalid_payload', async () => {
    const ring = callerRing();
    const caller = await join(new JsonSerializer(), new SpyCodec(ring, (encoded, uri) => (uri === 'com.example.delete' ? ring.encode(true, 'com.example.read', ['x']).then((e) => e!) : encoded)));
    const callee = await join(new CborSerializer(), new SpyCodec(calleeRing()));
    const endpoint = jest.fn(() => 'deleted');
    await callee.register('com.example.delete', endpoint);
    await expect(caller.call('com.example.delete', ['all'])).rejects.toMatchObject({ uri: WAMP_ERROR.INVALID_PAYLOAD, args: [expect.stringContaining(WAMP_ERROR.ENCRYPTION_TRUSTED_URI_MISMATCH)] });
    expect(endpoint).not.toHaveBeenCalled();
  });
});
