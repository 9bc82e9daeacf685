/**
 * The `IPayloadCodec` contract as executable checks.
 *
 * @module
 */
import { deepStrictEqual, equal, fail, ok } from 'node:assert/strict';
import fc from 'fast-check';
import type { DecodedPayload, EncodedPayload, IPayloadCodec } from '@wamp/interfaces';
import { resolveFramework } from './test-framework.js';
import type { TestFramework } from './test-framework.js';
import type { TestSetup } from './test-setup.js';

/**
 * The codecs of the two ends of an exchange. For a codec with one key for both roles, pass the
 * same instance twice (or two equal instances).
 */
export interface PayloadCodecFixture {
  /** The originator's codec (caller, publisher): encodes with `isOriginating` true, decodes answers with true. */
  readonly originator: IPayloadCodec;
  /** The responder's codec (callee, subscriber): decodes with `isOriginating` false, encodes answers with false. */
  readonly responder: IPayloadCodec;
  /** A URI both codecs encode (not sent plainly). */
  readonly uri: string;
  /** A second URI both codecs encode, for the URI-binding check. @default `${uri}.other` */
  readonly otherUri?: string | undefined;
  /** A URI both codecs leave plain (`encode` resolves `undefined`); the check is skipped without one. */
  readonly plainUri?: string | undefined;
  /**
   * Whether the codec authenticates its payloads (encryption with a MAC, signatures): then any
   * altered byte must be refused. A pure transformation (compression, a serializer) passes false.
   * @default true
   */
  readonly tamperEvident?: boolean | undefined;
}

type Dict = Record<string, unknown>;

// Application payload the codec has to carry faithfully (DESIGN §1: bytes are Uint8Array).
const CORPUS: [unknown[] | undefined, Dict | undefined][] = [
  [[1, 'two', 3.5, true, null], { a: 1, nested: { list: [1, [2, []]], s: 'ü→✓ 😀' } }],
  [[], { only: 'kwargs' }],
  [['only args'], undefined],
  [[-(2 ** 53) + 1, 2 ** 53 - 1, -0.5, ''], {}],
  [[new Uint8Array([0, 1, 2, 255]), { bytes: new Uint8Array(0) }], { b: new Uint8Array([9, 8, 7]) }],
];

// A string that starts with U+0000 is a byte string in WAMP's JSON convention, so it is left out.
const text = fc.string().filter((t) => !t.startsWith('\u0000'));
const key = text.filter((k) => k !== '__proto__');
const scalar = fc.oneof(fc.integer(), text, fc.boolean(), fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)));
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(key, tie('v'), { maxKeys: 4, noNullPrototype: true })),
})).v;

async function settle<T>(run: () => Promise<T>): Promise<{ value?: T; error?: unknown; threw?: boolean }> {
  let pending: Promise<T>;
  try {
    pending = run();
  } catch (error) {
    return { error, threw: true };
  }
  try {
    return { value: await pending };
  } catch (error) {
    return { error };
  }
}

function checkEncoded(encoded: EncodedPayload | undefined, what: string): EncodedPayload {
  ok(encoded !== undefined && encoded !== null, `${what}: encode resolved undefined for a URI the fixture says it encodes`);
  ok(encoded.payload instanceof Uint8Array, `${what}: payload must be a Uint8Array`);
  ok(typeof encoded.encAlgo === 'string' && encoded.encAlgo !== '', `${what}: encAlgo must be a non-empty string`);
  ok(encoded.encSerializer === undefined || typeof encoded.encSerializer === 'string', `${what}: encSerializer must be a string or absent`);
  ok(encoded.encKey === undefined || typeof encoded.encKey === 'string', `${what}: encKey must be a string or absent`);
  return encoded;
}

function checkDecoded(decoded: DecodedPayload, uri: string, args: readonly unknown[] | undefined, kwargs: Dict | undefined, what: string): void {
  equal(decoded.uri, uri, `${what}: decoded uri`);
  ok(Array.isArray(decoded.args), `${what}: decoded args must be an array (empty when absent)`);
  ok(typeof decoded.kwargs === 'object' && decoded.kwargs !== null && !Array.isArray(decoded.kwargs), `${what}: decoded kwargs must be a map (empty when absent)`);
  deepStrictEqual([...decoded.args], args === undefined ? [] : [...args], `${what}: args`);
  deepStrictEqual({ ...decoded.kwargs }, kwargs ?? {}, `${what}: kwargs`);
}

/** Asserts `run` refuses: a rejected Promise (never a synchronous throw, never a result) with an Error that says why. */
async function refuses(run: () => Promise<unknown>, what: string): Promise<void> {
  const outcome = await settle(run);
  if (outcome.threw === true) fail(`${what}: decode threw synchronously instead of rejecting`);
  if (!('error' in outcome)) fail(`${what}: decode accepted it (${JSON.stringify(outcome.value, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v))})`);
  const error = outcome.error as { message?: unknown } | undefined;
  ok(error instanceof Error || (typeof error === 'object' && error !== null && typeof error.message === 'string'), `${what}: rejected with a non-Error`);
  ok(typeof error?.message === 'string' && error.message.trim() !== '', `${what}: the error has no message`);
}

/**
 * Declares the `IPayloadCodec` checks: `encode` resolves a well-formed `EncodedPayload` (or
 * `undefined` for plain URIs); args and kwargs (bytes included) round-trip from the originator's
 * `encode(true)` to the responder's `decode(false)` and from the responder's `encode(false)` to
 * the originator's `decode(true)`; a payload stays bound to the URI it was encoded for; tampered,
 * truncated, empty or foreign (`encAlgo`) payloads are refused with a rejected Promise and an
 * Error that says why.
 *
 * @example
 * ```ts
 * import { describePayloadCodecCompliance } from '@wamp/compliance-tests/payload-codec';
 * describePayloadCodecCompliance('my codec', {
 *   setup: () => ({ originator: new MyCodec(keyA), responder: new MyCodec(keyB), uri: 'com.example.secret' }),
 *   teardown: () => {},
 * });
 * ```
 */
export function describePayloadCodecCompliance(name: string, setup: TestSetup<PayloadCodecFixture>, framework?: TestFramework): void {
  const { describe, it } = resolveFramework(framework);
  const run = (body: (f: PayloadCodecFixture) => Promise<void>) => async () => {
    const fixture = await setup.setup();
    try {
      await body(fixture);
    } finally {
      await setup.teardown();
    }
  };

  describe(`IPayloadCodec compliance: ${name}`, () => {
    it('encode returns a Promise of a well-formed EncodedPayload', run(async ({ originator, responder, uri }) => {
      const pending = originator.encode(true, uri, [1], { a: 1 });
      ok(pending instanceof Promise || typeof (pending as { then?: unknown }).then === 'function', 'encode returns a Promise');
      checkEncoded(await pending, 'originator');
      checkEncoded(await responder.encode(false, uri, [1], { a: 1 }), 'responder');
    }));

    it('round-trips args and kwargs from the originator (encode true) to the responder (decode false)', run(async ({ originator, responder, uri }) => {
      for (const [args, kwargs] of CORPUS) {
        const encoded = checkEncoded(await originator.encode(true, uri, args, kwargs), 'originator');
        checkDecoded(await responder.decode(false, uri, encoded), uri, args, kwargs, 'responder decode');
      }
    }));

    it('round-trips args and kwargs from the responder (encode false) to the originator (decode true)', run(async ({ originator, responder, uri }) => {
      for (const [args, kwargs] of CORPUS) {
        const encoded = checkEncoded(await responder.encode(false, uri, args, kwargs), 'responder');
        checkDecoded(await originator.decode(true, uri, encoded), uri, args, kwargs, 'originator decode');
      }
    }));

    it('round-trips absent args and kwargs as [] and {}', run(async ({ originator, responder, uri }) => {
      checkDecoded(await responder.decode(false, uri, checkEncoded(await originator.encode(true, uri), 'originator')), uri, [], {}, 'no payload');
    }));

    it('round-trips arbitrary JSON-like values (property)', run(async ({ originator, responder, uri }) => {
      await fc.assert(
        fc.asyncProperty(fc.array(value, { maxLength: 5 }), fc.dictionary(key, value, { maxKeys: 5, noNullPrototype: true }), async (args, kwargs) => {
          const encoded = checkEncoded(await originator.encode(true, uri, args, kwargs), 'originator');
          checkDecoded(await responder.decode(false, uri, encoded), uri, args, kwargs, 'responder decode');
        }),
        { numRuns: 50 },
      );
    }));

    it('binds a payload to its URI: decoded for another URI it is refused, or reports the URI it was encoded for', run(async ({ originator, responder, uri, otherUri }) => {
      const other = otherUri ?? `${uri}.other`;
      const encoded = checkEncoded(await originator.encode(true, uri, ['moved'], {}), 'originator');
      const outcome = await settle(() => responder.decode(false, other, encoded));
      if (outcome.threw === true) fail('decode threw synchronously instead of rejecting');
      if ('value' in outcome) equal(outcome.value!.uri, uri, `a payload encoded for ${uri} and decoded for ${other} must report ${uri}`);
    }));

    it('leaves a plain URI unencoded (encode resolves undefined)', run(async ({ originator, responder, plainUri }) => {
      if (plainUri === undefined) return;
      equal(await originator.encode(true, plainUri, [1], {}), undefined, 'originator encode of the plain URI');
      equal(await responder.encode(false, plainUri, [1], {}), undefined, 'responder encode of the plain URI');
    }));

    it('refuses a tampered payload with an error that says why', run(async ({ originator, responder, uri, tamperEvident }) => {
      if (tamperEvident === false) return;
      const encoded = checkEncoded(await originator.encode(true, uri, ['pay 10'], { to: 'alice' }), 'originator');
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: encoded.payload.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, mask) => {
          const payload = Uint8Array.from(encoded.payload);
          payload[at]! ^= mask;
          await refuses(() => responder.decode(false, uri, { ...encoded, payload }), `byte ${at} xor ${mask}`);
        }),
        { numRuns: 40 },
      );
      const appended = Uint8Array.from([...encoded.payload, 0]);
      await refuses(() => responder.decode(false, uri, { ...encoded, payload: appended }), 'one byte appended');
    }));

    it('refuses an empty or truncated payload with an error that says why', run(async ({ originator, responder, uri }) => {
      const encoded = checkEncoded(await originator.encode(true, uri, ['x'], { y: 1 }), 'originator');
      await refuses(() => responder.decode(false, uri, { ...encoded, payload: new Uint8Array(0) }), 'empty payload');
      await refuses(() => responder.decode(false, uri, { ...encoded, payload: encoded.payload.slice(0, encoded.payload.length >> 1) }), 'truncated payload');
    }));

    it('refuses a payload of another encAlgo with an error that says why', run(async ({ originator, responder, uri }) => {
      const encoded = checkEncoded(await originator.encode(true, uri, ['x'], {}), 'originator');
      await refuses(() => responder.decode(false, uri, { ...encoded, encAlgo: `x_not_${encoded.encAlgo}` }), 'foreign encAlgo');
    }));
  });
}
