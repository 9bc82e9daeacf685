/**
 * The `IObjectSerializer` contract as executable checks.
 *
 * @module
 */
import { equal, fail, ok } from 'node:assert/strict';
import fc from 'fast-check';
import type { IObjectSerializer } from '@wamp/interfaces';
import {
  assertRefusedWithProtocolError,
  assertRefusedWithSerializationError,
  assertSameData,
  concatBytes,
  decodeOrRefuse,
  encodeOrRefuse,
  hexPreview,
} from './assertions.js';
import { copyData, preview } from './data-equal.js';
import { garbageBytes, repeatedBytePayloads, truncations } from './hostile-bytes.js';
import { withInstance } from './run-check.js';
import { resolveFramework } from './test-framework.js';
import type { TestFramework } from './test-framework.js';
import type { SerializerSetupArgs, TestSetup } from './test-setup.js';
import { wampValue } from './value-arbitraries.js';
import { valueCorpus } from './value-corpus.js';

const BATCHED: SerializerSetupArgs = { batched: true };

/** Encodes `value`, decodes the bytes, and fails unless exactly `value` comes back. */
function assertRoundTrip(ser: IObjectSerializer, value: unknown, what: string): void {
  const bytes = ser.serialize(value);
  ok(bytes instanceof Uint8Array, `${what}: serialize() must return a Uint8Array, got ${preview(bytes)}`);
  const values = ser.unserialize(bytes);
  ok(Array.isArray(values), `${what}: unserialize() must return a list, got ${preview(values)}`);
  equal(values.length, 1, `${what}: one serialized value must decode to one value, got ${values.length}`);
  assertSameData(values[0], value, what);
}

/** Decodes untrusted bytes: a list of the right length, or a ProtocolError. */
function assertValuesOrProtocolError(ser: IObjectSerializer, bytes: Uint8Array, what: string): void {
  const values = decodeOrRefuse(() => ser.unserialize(bytes), `${what} (${hexPreview(bytes)})`);
  if (values === undefined) return;
  if (ser.batched) ok(values.length >= 1, `${what}: a batched decode returned no values for ${hexPreview(bytes)}`);
  else equal(values.length, 1, `${what}: a non-batched decode must return exactly one value for ${hexPreview(bytes)}`);
}

function cyclicList(): unknown[] {
  const list: unknown[] = [1];
  list.push([list]);
  return list;
}

function cyclicDict(): Record<string, unknown> {
  const dict: Record<string, unknown> = { a: 1 };
  dict['self'] = { inner: dict };
  return dict;
}

/**
 * Declares the `IObjectSerializer` compliance checks for one implementation.
 *
 * Each check gets an instance from `setup.setup()` (the default variant) or
 * `setup.setup({ batched: true })` (the batch checks) and calls
 * `setup.teardown()` afterwards. Checks assert with `node:assert`; checks of
 * untrusted input rely on the runner's timeout to catch a hang.
 *
 * @param name - names the implementation in the describe block, e.g. `msgpack`.
 * @param framework - `describe` and `it` to declare the checks with; the runner's globals by default.
 * @example
 * ```ts
 * import { describeObjectSerializerCompliance } from '@wamp/compliance-tests/object-serializer';
 * import { MyObjectSerializer } from '../src/index.js';
 *
 * describeObjectSerializerCompliance('my-format', {
 *   setup: (args) => new MyObjectSerializer({ batched: args?.batched ?? false }),
 *   teardown: () => {},
 * });
 * ```
 */
export function describeObjectSerializerCompliance(
  name: string,
  setup: TestSetup<IObjectSerializer, SerializerSetupArgs>,
  framework?: TestFramework
): void {
  const { describe, it } = resolveFramework(framework);
  const check = (title: string, body: (ser: IObjectSerializer) => void, args?: SerializerSetupArgs): void =>
    it(title, () => withInstance(setup, args, body));

  describe(`IObjectSerializer compliance: ${name}`, () => {
    check('declares NAME as a non-empty string and BINARY and batched as booleans', (ser) => {
      ok(
        typeof ser.NAME === 'string' && ser.NAME.length > 0,
        `NAME must be a non-empty string, got ${preview(ser.NAME)}`
      );
      equal(typeof ser.BINARY, 'boolean', 'BINARY must be a boolean');
      equal(typeof ser.batched, 'boolean', 'batched must be a boolean');
    });

    describe('round-trip', () => {
      for (const { name: what, value } of valueCorpus()) {
        check(`round-trips ${what}`, (ser) => assertRoundTrip(ser, value, what));
      }

      check('returns byte strings as Uint8Array with the same content, also when given a subarray view', (ser) => {
        const backing = Uint8Array.from({ length: 64 }, (_, i) => 255 - i);
        for (const bytes of [backing, backing.subarray(5, 21), new Uint8Array(0), backing.subarray(64)]) {
          const [back] = ser.unserialize(ser.serialize([bytes, { b: bytes }]));
          const [first, dict] = back as [unknown, { b: unknown }];
          for (const got of [first, dict.b]) {
            ok(got instanceof Uint8Array, `a byte string must decode to a Uint8Array, got ${preview(got)}`);
          }
          assertSameData(back, [bytes, { b: bytes }], `bytes ${hexPreview(bytes)}`);
        }
      });

      check('round-trips text that starts with NUL, or refuses it with SerializationError', (ser) => {
        for (const text of ['\u0000', '\u0000abc', '\u0000AAEC']) {
          const bytes = encodeOrRefuse(() => ser.serialize([text]), `serialize(${JSON.stringify(text)})`);
          if (bytes === undefined) continue;
          // A format that reserves a leading NUL for byte strings (the WAMP JSON
          // convention) must refuse such text rather than turn it into bytes.
          const values = decodeOrRefuse(() => ser.unserialize(bytes), `unserialize of ${JSON.stringify(text)}`);
          if (values === undefined) fail(`${JSON.stringify(text)} was encoded but its bytes are refused`);
          assertSameData(values[0], [text], `text ${JSON.stringify(text)}`);
        }
      });

      check('keeps a map key named __proto__ as an own key, or refuses it, never touching the prototype', (ser) => {
        const value = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
        // Refusing the key with ProtocolError is allowed (as @msgpack/msgpack does against
        // prototype pollution); silently renaming or dropping it is not.
        const values = decodeOrRefuse(() => ser.unserialize(ser.serialize(value)), 'unserialize of a __proto__ key');
        if (values === undefined) return;
        const back = values[0] as Record<string, unknown>;
        ok(Object.prototype.hasOwnProperty.call(back, '__proto__'), 'the key __proto__ was lost');
        equal((back as { polluted?: unknown }).polluted, undefined, 'decoding __proto__ changed the prototype');
        assertSameData(back, value, '__proto__ key');
      });

      check('round-trips random values (fast-check)', (ser) => {
        fc.assert(
          fc.property(wampValue(), (value) => assertRoundTrip(ser, value, 'random value')),
          { numRuns: 200 }
        );
      });

      check('encodes equal values to equal bytes every time', (ser) => {
        for (const { name: what, value } of valueCorpus()) {
          const first = ser.serialize(value);
          const again = ser.serialize(value);
          const copy = ser.serialize(copyData(value));
          assertSameData(again, first, `${what}: serializing the same value twice`);
          assertSameData(copy, first, `${what}: serializing an equal copy`);
        }
      });
    });

    describe('values it cannot encode', () => {
      const refused: [string, () => unknown][] = [
        ['a bigint', () => [1n]],
        ['a bigint beyond 2^53', () => ({ n: 2n ** 64n })],
        ['a function', () => [() => 1]],
        ['a symbol', () => ({ s: Symbol('x') })],
        ['a cyclic list', cyclicList],
        ['a cyclic dict', cyclicDict],
        ['a Map with non-string keys', () => [new Map<unknown, unknown>([[1, 'one']])]],
      ];
      for (const [what, make] of refused) {
        check(`refuses ${what} with SerializationError`, (ser) => {
          assertRefusedWithSerializationError(() => ser.serialize(make()), `serialize(${what})`);
        });
      }

      check('round-trips numbers beyond ±2^53 by value, or refuses them with SerializationError', (ser) => {
        for (const n of [2 ** 53 + 2, 2 ** 60, -(2 ** 63), 2 ** 64, 1e300]) {
          const bytes = encodeOrRefuse(() => ser.serialize([n]), `serialize(${n})`);
          if (bytes !== undefined) assertSameData(ser.unserialize(bytes)[0], [n], `number ${n}`);
        }
      });
    });

    describe('batching', () => {
      check(
        'splits a payload joined from several serialize() results into the values in order',
        (ser) => {
          if (!ser.batched) return; // no batched variant: nothing to check
          const values: unknown[] = [[48, 1, {}, 'a.b'], null, new Uint8Array([1, 2, 3]), { k: 'v' }, 'last'];
          const joined = concatBytes(values.map((v) => ser.serialize(v)));
          assertSameData(ser.unserialize(joined), values, 'joined batch');
        },
        BATCHED
      );

      check(
        'reads one framed value as a batch of one',
        (ser) => {
          if (!ser.batched) return;
          assertSameData(ser.unserialize(ser.serialize({ one: 1 })), [{ one: 1 }], 'batch of one');
        },
        BATCHED
      );
    });

    describe('untrusted input', () => {
      for (const args of [undefined, BATCHED]) {
        const variant = args === undefined ? 'default' : 'batched';
        check(
          `refuses an empty payload with ProtocolError (${variant} variant)`,
          (ser) => {
            assertRefusedWithProtocolError(() => ser.unserialize(new Uint8Array(0)), 'unserialize(empty)');
          },
          args
        );

        check(
          `decodes random bytes to values or refuses them with ProtocolError (${variant} variant)`,
          (ser) => {
            fc.assert(
              fc.property(garbageBytes(), (bytes) => assertValuesOrProtocolError(ser, bytes, 'random bytes')),
              { numRuns: 500 }
            );
          },
          args
        );

        check(
          `decodes each truncation of a valid encoding to values or refuses it with ProtocolError (${variant} variant)`,
          (ser) => {
            for (const { name: what, value } of valueCorpus()) {
              for (const cut of truncations(ser.serialize(value), 24))
                assertValuesOrProtocolError(ser, cut, `truncated ${what}`);
            }
          },
          args
        );

        check(
          `decodes a byte repeated 100,000 times to values or refuses it with ProtocolError (${variant} variant)`,
          (ser) => {
            for (const bytes of repeatedBytePayloads()) assertValuesOrProtocolError(ser, bytes, 'a repeated byte');
          },
          args
        );
      }
    });
  });
}
