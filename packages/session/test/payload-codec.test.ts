/** Payload transparency in the session: which codec arguments each message uses, and bad payloads. */
import type { EncodedPayload, IPayloadCodec } from '@wamp/interfaces';
import { ApplicationError, CallResult, WAMP_ERROR } from '@wamp/interfaces';
import { Session } from '../src/index.js';
import type { SessionOptions } from '../src/index.js';
import { ScriptedRouter } from './support/scripted-router.js';

type Use = ['encode' | 'decode', boolean, string];

/** A reversible toy codec (JSON, bytes reversed) that records its arguments and refuses payloads starting with `!`. */
function recordingCodec(): { codec: IPayloadCodec; uses: Use[] } {
  const uses: Use[] = [];
  const codec: IPayloadCodec = {
    encode: async (isOriginating, uri, args, kwargs) => {
      uses.push(['encode', isOriginating, uri]);
      return { payload: new TextEncoder().encode(JSON.stringify({ uri, args, kwargs })).reverse(), encAlgo: 'x_reverse', encSerializer: 'json' };
    },
    decode: async (isOriginating, uri, encoded) => {
      uses.push(['decode', isOriginating, uri]);
      if (encoded.payload[0] === 0x21) throw new ApplicationError(WAMP_ERROR.ENCRYPTION_DECRYPT_ERROR, { message: 'bad tag' });
      const { uri: bound, args, kwargs } = JSON.parse(new TextDecoder().decode(encoded.payload.slice().reverse())) as { uri: string; args?: unknown[]; kwargs?: Record<string, unknown> };
      return { uri: bound, args: args ?? [], kwargs: kwargs ?? {} };
    },
  };
  return { codec, uses };
}

const seal = (uri: string, args?: unknown[], kwargs?: Record<string, unknown>): Uint8Array =>
  new TextEncoder().encode(JSON.stringify({ uri, args, kwargs })).reverse();
const BAD = new Uint8Array([0x21, 1, 2, 3]);
const KEYS = { enc_algo: 'x_reverse', enc_serializer: 'json' };

async function joined(options: SessionOptions = {}): Promise<{ session: Session; router: ScriptedRouter; errors: unknown[] }> {
  const errors: unknown[] = [];
  const session = new Session({ onUserError: (e) => void errors.push(e), ...options });
  const router = new ScriptedRouter();
  await session.open(router);
  const join = session.join('realm1');
  await router.welcome();
  await join;
  return { session, router, errors };
}

const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 0));
};

describe('HELLO', () => {
  it('announces payload_transparency and payload_passthru_mode for every client role', async () => {
    const session = new Session();
    const router = new ScriptedRouter();
    await session.open(router);
    const join = session.join('realm1');
    const roles = (await router.expect(1))[2] as { roles: Record<string, { features: Record<string, unknown> }> };
    for (const role of ['caller', 'callee', 'publisher', 'subscriber']) {
      expect(roles.roles[role]!.features).toMatchObject({ payload_transparency: true, payload_passthru_mode: true });
    }
    router.send([2, 1, { roles: { dealer: {}, broker: {} } }]);
    await join;
  });
});

describe('payload codec arguments (as the seed session passes them)', () => {
  it('CALL encodes as originator with the procedure; RESULT decodes as originator with the procedure', async () => {
    const { codec, uses } = recordingCodec();
    const { session, router } = await joined({ payloadCodec: codec });
    const call = session.call('com.example.p', [1], { a: 2 });
    const wire = await router.expect(48);
    expect(wire[2]).toEqual(KEYS);
    expect(wire.length).toBe(5);
    router.send([50, wire[1], KEYS, seal('com.example.p', [7])]);
    await expect(call).resolves.toBe(7);
    expect(uses).toEqual([['encode', true, 'com.example.p'], ['decode', true, 'com.example.p']]);
  });

  it('an ERROR answering a CALL decodes as originator with the error URI', async () => {
    const { codec, uses } = recordingCodec();
    const { session, router } = await joined({ payloadCodec: codec });
    const call = session.call('com.example.p');
    const wire = await router.expect(48);
    router.send([8, 48, wire[1], KEYS, 'com.example.oops', seal('com.example.oops', ['why'], { code: 3 })]);
    await expect(call).rejects.toMatchObject({ uri: 'com.example.oops', args: ['why'], kwargs: { code: 3 } });
    expect(uses[1]).toEqual(['decode', true, 'com.example.oops']);
  });

  it('INVOCATION decodes as responder with the procedure; YIELD encodes as responder with the procedure', async () => {
    const { codec, uses } = recordingCodec();
    const { session, router } = await joined({ payloadCodec: codec });
    const registering = session.register('com.example.p', (args, kwargs) => new CallResult([Number(args[0]) + 1], kwargs));
    router.send([65, (await router.expect(64))[1], 77]);
    await registering;
    router.send([68, 1, 77, KEYS, seal('com.example.p', [1], { k: 'v' })]);
    const reply = await router.expect(70);
    expect(reply[2]).toEqual(KEYS);
    expect(JSON.parse(new TextDecoder().decode((reply[3] as Uint8Array).slice().reverse()))).toEqual({ uri: 'com.example.p', args: [2], kwargs: { k: 'v' } });
    expect(uses).toEqual([['decode', false, 'com.example.p'], ['encode', false, 'com.example.p']]);
  });

  it('an ERROR answering an INVOCATION encodes as responder with the error URI', async () => {
    const { codec, uses } = recordingCodec();
    const { session, router } = await joined({ payloadCodec: codec });
    const registering = session.register('com.example.p', () => {
      throw new ApplicationError('com.example.oops', { args: ['secret reason'] });
    });
    router.send([65, (await router.expect(64))[1], 77]);
    await registering;
    router.send([68, 1, 77, {}, []]);
    const error = await router.expect(8);
    expect(error.slice(0, 5)).toEqual([8, 68, 1, KEYS, 'com.example.oops']);
    expect(error[5]).toBeInstanceOf(Uint8Array);
    expect(uses).toEqual([['encode', false, 'com.example.oops']]);
  });

  it('progressive YIELDs are encoded too, in order, before the final one', async () => {
    const { codec } = recordingCodec();
    const { session, router } = await joined({ payloadCodec: codec });
    const registering = session.register('com.example.p', (_args, _kwargs, details) => {
      details.progress?.([1]);
      details.progress?.([2]);
      return 3;
    });
    router.send([65, (await router.expect(64))[1], 77]);
    await registering;
    router.send([68, 1, 77, { receive_progress: true }]);
    const open = (m: unknown[]): unknown => (JSON.parse(new TextDecoder().decode((m[3] as Uint8Array).slice().reverse())) as { args: unknown[] }).args;
    const first = await router.expect(70);
    const second = await router.expect(70);
    const last = await router.expect(70);
    expect([first[2], second[2], last[2]]).toEqual([{ progress: true, ...KEYS }, { progress: true, ...KEYS }, KEYS]);
    expect([open(first), open(second), open(last)]).toEqual([[1], [2], [3]]);
  });

  it('PUBLISH encodes as originator with the topic; EVENT decodes as responder with the topic', async () => {
    const { codec, uses } = recordingCodec();
    const { session, router } = await joined({ payloadCodec: codec });
    const got: unknown[] = [];
    const subscribing = session.subscribe('com.example.t', (args) => void got.push(args));
    router.send([33, (await router.expect(32))[1], 5]);
    await subscribing;
    await session.publish('com.example.t', ['hi']);
    const publish = await router.expect(16);
    expect(publish[2]).toEqual(KEYS);
    router.send([36, 5, 9, KEYS, publish[4]]);
    await until(() => got.length === 1);
    expect(got).toEqual([['hi']]);
    expect(uses).toEqual([['encode', true, 'com.example.t'], ['decode', false, 'com.example.t']]);
  });

  it('sends the payload plainly when the codec returns undefined', async () => {
    const codec: IPayloadCodec = { encode: async () => undefined, decode: async () => Promise.reject(new Error('unused')) };
    const { session, router } = await joined({ payloadCodec: codec });
    const call = session.call('com.example.p', [1]);
    const wire = await router.expect(48);
    expect(wire).toEqual([48, 1, {}, 'com.example.p', [1]]);
    router.send([50, 1, {}, [2]]);
    await expect(call).resolves.toBe(2);
    expect(session.getPayloadCodec()).toBe(codec);
  });
});

describe('a payload the codec cannot decode is wamp.error.invalid_payload on that one message', () => {
  it('rejects that call only, keeping the reason; the session goes on', async () => {
    const { codec } = recordingCodec();
    const { session, router } = await joined({ payloadCodec: codec });
    const bad = session.call('com.example.p');
    router.send([50, (await router.expect(48))[1], KEYS, BAD]);
    const error = await bad.then(() => undefined, (e: unknown) => e as ApplicationError);
    expect(error).toMatchObject({ name: 'InvalidPayload', uri: WAMP_ERROR.INVALID_PAYLOAD });
    expect(error!.message).toContain(WAMP_ERROR.ENCRYPTION_DECRYPT_ERROR);
    expect(error!.message).toContain('bad tag');
    expect((error!.cause as ApplicationError).uri).toBe(WAMP_ERROR.ENCRYPTION_DECRYPT_ERROR);
    const good = session.call('com.example.p');
    router.send([50, (await router.expect(48))[1], KEYS, seal('com.example.p', ['fine'])]);
    await expect(good).resolves.toBe('fine');
    expect(session.isAttached()).toBe(true);
  });

  it('refuses a payload bound to another URI (trusted URI mismatch) as invalid_payload', async () => {
    const { codec } = recordingCodec();
    const { session, router } = await joined({ payloadCodec: codec });
    const call = session.call('com.example.p');
    router.send([50, (await router.expect(48))[1], KEYS, seal('com.example.other', [1])]);
    await expect(call).rejects.toMatchObject({ uri: WAMP_ERROR.INVALID_PAYLOAD, message: expect.stringContaining(WAMP_ERROR.ENCRYPTION_TRUSTED_URI_MISMATCH) });
  });

  it('rejects a call whose encoded ERROR cannot be decoded with invalid_payload', async () => {
    const { codec } = recordingCodec();
    const { session, router } = await joined({ payloadCodec: codec });
    const call = session.call('com.example.p');
    router.send([8, 48, (await router.expect(48))[1], KEYS, 'com.example.oops', BAD]);
    await expect(call).rejects.toMatchObject({ uri: WAMP_ERROR.INVALID_PAYLOAD });
  });

  it('answers an INVOCATION it cannot decode with ERROR wamp.error.invalid_payload, without running the endpoint', async () => {
    const { codec } = recordingCodec();
    const { session, router } = await joined({ payloadCodec: codec });
    const endpoint = jest.fn(() => 1);
    const registering = session.register('com.example.p', endpoint);
    router.send([65, (await router.expect(64))[1], 77]);
    await registering;
    router.send([68, 1, 77, KEYS, BAD]);
    const error = await router.expect(8);
    expect(error.slice(0, 5)).toEqual([8, 68, 1, expect.anything(), WAMP_ERROR.INVALID_PAYLOAD]);
    expect(endpoint).not.toHaveBeenCalled();
    router.send([68, 2, 77, KEYS, seal('com.example.p', [])]);
    expect((await router.expect(70))[1]).toBe(2);
  });

  it('reports an EVENT it cannot decode to onUserError and delivers the next one', async () => {
    const { codec } = recordingCodec();
    const { session, router, errors } = await joined({ payloadCodec: codec });
    const got: unknown[] = [];
    const subscribing = session.subscribe('com.example.t', (args) => void got.push(args));
    router.send([33, (await router.expect(32))[1], 5]);
    await subscribing;
    router.send([36, 5, 1, KEYS, BAD]);
    router.send([36, 5, 2, KEYS, seal('com.example.t', ['ok'])]);
    await until(() => got.length === 1 && errors.length === 1);
    expect(got).toEqual([['ok']]);
    expect(errors[0]).toMatchObject({ uri: WAMP_ERROR.INVALID_PAYLOAD });
    expect(session.isAttached()).toBe(true);
  });
});

describe('encoding failures', () => {
  it('never sends an error payload in the clear when the codec fails to encode it', async () => {
    const codec: IPayloadCodec = {
      encode: async (_o, uri) => {
        if (uri === 'com.example.oops') throw new Error('no key');
        return undefined as EncodedPayload | undefined;
      },
      decode: async () => Promise.reject(new Error('unused')),
    };
    const { session, router, errors } = await joined({ payloadCodec: codec });
    const registering = session.register('com.example.p', () => {
      throw new ApplicationError('com.example.oops', { args: ['secret'] });
    });
    router.send([65, (await router.expect(64))[1], 77]);
    await registering;
    router.send([68, 1, 77, {}]);
    expect(await router.expect(8)).toEqual([8, 68, 1, {}, 'com.example.oops']);
    expect(errors).toHaveLength(1);
  });
});

describe('runtime errors', () => {
  it('passes the text of a non-application error through the codec (wamp.error.runtime_error as URI)', async () => {
    const { codec, uses } = recordingCodec();
    const { session, router } = await joined({ payloadCodec: codec });
    const registering = session.register('com.example.p', () => {
      throw new Error('secret detail');
    });
    router.send([65, (await router.expect(64))[1], 77]);
    await registering;
    router.send([68, 1, 77, {}]);
    const error = await router.expect(8);
    expect(error.slice(0, 5)).toEqual([8, 68, 1, KEYS, WAMP_ERROR.RUNTIME_ERROR]);
    expect(uses).toEqual([['encode', false, WAMP_ERROR.RUNTIME_ERROR]]);
  });
});
