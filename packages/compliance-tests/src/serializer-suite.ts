/**
 * The `ISerializer` contract as executable checks.
 *
 * @module
 */
import { equal, ok } from 'node:assert/strict';
import fc from 'fast-check';
import type { IMessage, IObjectSerializer, ISerializer } from '@wamp/interfaces';
import { Call } from '@wamp/message';
import { assertRefusedWithSerializationError, assertSameData, concatBytes, encodeOrRefuse } from './assertions.js';
import { preview } from './data-equal.js';
import { wampMessage } from './message-arbitraries.js';
import { messageCorpus } from './message-corpus.js';
import { withInstance } from './run-check.js';
import {
  assertCrosstrip,
  assertIsMessage,
  assertRoundTrip,
  isBatchedSerializer,
  serializeChecked,
} from './serializer-checks.js';
import { declareUntrustedInputChecks } from './serializer-untrusted-input.js';
import { resolveFramework } from './test-framework.js';
import type { TestFramework } from './test-framework.js';
import type { SerializerComplianceOptions, SerializerSetupArgs, TestSetup } from './test-setup.js';

const BATCHED: SerializerSetupArgs = { batched: true };

/** The ids a batched variant must share with the plain one (its SERIALIZER_ID plus `.batched`). */
function pickIds(ser: ISerializer): Pick<ISerializer, 'SERIALIZER_ID' | 'RAWSOCKET_SERIALIZER_ID' | 'BINARY'> {
  return { SERIALIZER_ID: ser.SERIALIZER_ID, RAWSOCKET_SERIALIZER_ID: ser.RAWSOCKET_SERIALIZER_ID, BINARY: ser.BINARY };
}
const MESSAGE_TYPES = [1, 2, 3, 4, 5, 6, 8, 16, 17, 32, 33, 34, 35, 36, 48, 49, 50, 64, 65, 66, 67, 68, 69, 70];

/**
 * Declares the `ISerializer` compliance checks for one implementation.
 *
 * Each check gets an instance from `setup.setup()` (the default variant) or
 * `setup.setup({ batched: true })` (the batch checks; a serializer counts as
 * batched when its `SERIALIZER_ID` ends in `.batched`) and calls
 * `setup.teardown()` afterwards. Messages are compared as data through
 * `marshal()`; checks of untrusted input rely on the runner's timeout to
 * catch a hang.
 *
 * @param name - names the implementation in the describe block, e.g. `json`.
 * @param framework - `describe` and `it` to declare the checks with; the runner's globals by default.
 * @param options - `{ partial: true }` for a format that carries only part of WAMP (see
 * {@link SerializerComplianceOptions}).
 * @example
 * ```ts
 * import { describeSerializerCompliance } from '@wamp/compliance-tests/serializer';
 * import { MySerializer } from '../src/index.js';
 *
 * describeSerializerCompliance('my-format', {
 *   setup: (args) => new MySerializer({ batched: args?.batched ?? false }),
 *   teardown: () => {},
 * });
 * ```
 */
export function describeSerializerCompliance(
  name: string,
  setup: TestSetup<ISerializer, SerializerSetupArgs>,
  framework?: TestFramework,
  options: SerializerComplianceOptions = {}
): void {
  const { describe, it } = resolveFramework(framework);
  const partial = options.partial === true;
  // Serializes `message` (checking payload and flag) and says whether `ser` carries it: always,
  // unless the format is partial and refuses it with SerializationError (any other exception fails).
  const carries = (ser: ISerializer, message: IMessage, what: string): boolean => {
    if (partial) return encodeOrRefuse(() => serializeChecked(ser, message, what), what) !== undefined;
    serializeChecked(ser, message, what);
    return true;
  };
  const check = (title: string, body: (ser: ISerializer) => void, args?: SerializerSetupArgs): void =>
    it(title, () => withInstance(setup, args, body));
  const firstMessage = (): IMessage => messageCorpus()[0]!.message;

  describe(`ISerializer compliance: ${name}`, () => {
    describe('identifiers', () => {
      for (const args of [undefined, BATCHED]) {
        const variant = args === undefined ? 'default' : 'batched';
        check(
          `has a SERIALIZER_ID that is a subprotocol token, with .batched only for batching (${variant} variant)`,
          (ser) => {
            ok(
              /^[a-z0-9]+(\.batched)?$/.test(ser.SERIALIZER_ID),
              `SERIALIZER_ID ${preview(ser.SERIALIZER_ID)} must match ^[a-z0-9]+(\\.batched)?$`
            );
          },
          args
        );
        check(
          `has a RAWSOCKET_SERIALIZER_ID in 1..15 (${variant} variant)`,
          (ser) => {
            const id = ser.RAWSOCKET_SERIALIZER_ID;
            ok(
              Number.isInteger(id) && id >= 1 && id <= 15,
              `RAWSOCKET_SERIALIZER_ID must be an integer in 1..15, got ${preview(id)}`
            );
          },
          args
        );
      }
      it('names its batched variant <SERIALIZER_ID>.batched, with the same RawSocket id and BINARY', async () => {
        let plain: Pick<ISerializer, 'SERIALIZER_ID' | 'RAWSOCKET_SERIALIZER_ID' | 'BINARY'> | undefined;
        await withInstance(setup, undefined, (ser) => {
          if (!isBatchedSerializer(ser)) plain = pickIds(ser);
        });
        await withInstance(setup, BATCHED, (ser) => {
          if (plain === undefined || !isBatchedSerializer(ser)) return; // only one variant: nothing to compare
          assertSameData(
            pickIds(ser),
            { ...plain, SERIALIZER_ID: `${plain.SERIALIZER_ID}.batched` },
            'batched variant'
          );
        });
      });
      check('returns from serialize() an isBinary flag equal to BINARY', (ser) => {
        equal(typeof ser.BINARY, 'boolean', 'BINARY must be a boolean');
        for (const { name: what, message } of messageCorpus()) carries(ser, message, what);
      });
      check('declares PAYLOAD_SERIALIZER_ID as a token and MIME_TYPE as a media type', (ser) => {
        ok(
          /^[a-z0-9]+$/.test(ser.PAYLOAD_SERIALIZER_ID),
          `PAYLOAD_SERIALIZER_ID ${preview(ser.PAYLOAD_SERIALIZER_ID)} must match ^[a-z0-9]+$`
        );
        ok(
          /^[a-z]+\/[a-z0-9.+-]+$/.test(ser.MIME_TYPE),
          `MIME_TYPE ${preview(ser.MIME_TYPE)} must be a type/subtype media type`
        );
      });
      check('maps all 24 message type codes to classes of that code in MESSAGE_TYPE_MAP', (ser) => {
        for (const code of MESSAGE_TYPES) {
          const cls = ser.MESSAGE_TYPE_MAP.get(code);
          ok(cls !== undefined, `MESSAGE_TYPE_MAP has no class for type ${code}`);
          equal(cls.MESSAGE_TYPE, code, `MESSAGE_TYPE_MAP.get(${code}) is a class of type ${cls.MESSAGE_TYPE}`);
          equal(typeof cls.parse, 'function', `MESSAGE_TYPE_MAP.get(${code}).parse must be a function`);
        }
      });
    });

    describe('round-trip', () => {
      for (const { name: what } of messageCorpus()) {
        // Each check builds its own corpus: messages cache their bytes.
        check(`round-trips ${what}`, (ser) => {
          const entry = messageCorpus().find((e) => e.name === what)!;
          if (carries(ser, entry.message, what)) assertRoundTrip(ser, entry.message, what);
        });
      }
      if (partial) {
        check('carries at least one corpus message of every message type (partial format)', (ser) => {
          const carried = new Set<number>();
          for (const { name: what, message } of messageCorpus()) if (carries(ser, message, what)) carried.add(message.MESSAGE_TYPE);
          const missing = MESSAGE_TYPES.filter((code) => !carried.has(code));
          equal(missing.length, 0, `no corpus message of type ${missing.join(', ')} is carried`);
        });
      }
      check('returns byte strings inside messages as Uint8Array', (ser) => {
        const call = new Call({
          request: 1,
          options: {},
          procedure: 'com.example.bytes',
          args: [new Uint8Array([0, 1, 255])],
          kwargs: { b: new Uint8Array(0) },
        });
        const [back] = ser.unserialize(serializeChecked(ser, call, 'CALL with bytes'));
        const wmsg = back!.marshal();
        ok(
          wmsg[4] !== undefined && (wmsg[4] as unknown[])[0] instanceof Uint8Array,
          `args[0] came back as ${preview((wmsg[4] as unknown[] | undefined)?.[0])}`
        );
        ok(
          (wmsg[5] as Record<string, unknown> | undefined)?.['b'] instanceof Uint8Array,
          'kwargs.b did not come back as a Uint8Array'
        );
        assertSameData(wmsg, call.marshal(), 'CALL with bytes');
      });
      check('round-trips random valid messages (fast-check)', (ser) => {
        fc.assert(
          fc.property(wampMessage(), (m) => {
            const what = `random ${preview(m.marshal(), 200)}`;
            if (carries(ser, m, what)) assertRoundTrip(ser, m, what);
          }),
          { numRuns: 300 }
        );
      });
    });

    describe('crosstrip against a JSON reference', () => {
      check('decodes every corpus message to what the JSON reference carries', (ser) => {
        for (const { name: what, message } of messageCorpus()) if (carries(ser, message, what)) assertCrosstrip(ser, message, what);
      });
      check('decodes random valid messages to what the JSON reference carries (fast-check)', (ser) => {
        fc.assert(
          fc.property(wampMessage(), (m) => {
            const what = `random ${preview(m.marshal(), 200)}`;
            if (carries(ser, m, what)) assertCrosstrip(ser, m, what);
          }),
          { numRuns: 100 }
        );
      });
    });

    describe('batching', () => {
      check(
        'unserializes messages joined from individual serialize() results, all of them in order',
        (ser) => {
          if (!isBatchedSerializer(ser)) return; // no batched variant: nothing to check
          const corpus = messageCorpus();
          const joined = concatBytes(corpus.map(({ name: what, message }) => serializeChecked(ser, message, what)));
          const back = ser.unserialize(joined, ser.BINARY);
          equal(back.length, corpus.length, `a batch of ${corpus.length} messages decoded to ${back.length}`);
          back.forEach((m, i) => {
            assertIsMessage(ser, m, `batch item ${i}`);
            assertSameData(m.marshal(), corpus[i]!.message.marshal(), `batch item ${i} (${corpus[i]!.name})`);
          });
        },
        BATCHED
      );
      check(
        'unserializes random batches of random messages in order (fast-check)',
        (ser) => {
          if (!isBatchedSerializer(ser)) return;
          fc.assert(
            fc.property(fc.array(wampMessage(), { minLength: 1, maxLength: 6 }), (messages) => {
              const back = ser.unserialize(
                concatBytes(messages.map((m) => serializeChecked(ser, m, 'random'))),
                ser.BINARY
              );
              assertSameData(
                back.map((m) => m.marshal()),
                messages.map((m) => m.marshal()),
                'random batch'
              );
            }),
            { numRuns: 100 }
          );
        },
        BATCHED
      );
    });

    describe('encoding', () => {
      check('encodes equal messages to equal bytes', (ser) => {
        const again = messageCorpus();
        messageCorpus().forEach(({ name: what, message }, i) => {
          if (!carries(ser, message, what)) return;
          assertSameData(
            serializeChecked(ser, again[i]!.message, what),
            serializeChecked(ser, message, what),
            `${what}: two equal messages`
          );
        });
      });
      check('encodes through message.serialize(), so the per-message cache is used', (ser) => {
        const message = firstMessage();
        const original = message.serialize.bind(message);
        let calls = 0;
        message.serialize = (objSer: IObjectSerializer) => {
          calls += 1;
          return original(objSer);
        };
        const first = serializeChecked(ser, message, 'first serialize');
        const second = serializeChecked(ser, message, 'second serialize');
        ok(calls >= 1, 'ISerializer.serialize() never called message.serialize(objectSerializer)');
        assertSameData(second, first, 'serializing the same message twice');
      });
      check('returns the cached bytes until uncache() is called', (ser) => {
        const args: unknown[] = [1];
        const call = new Call({ request: 1, options: {}, procedure: 'com.example.cache', args });
        const before = serializeChecked(ser, call, 'before');
        const live = ((call as unknown as { args?: unknown }).args ?? args) as unknown[];
        live[0] = 2; // mutate without uncache(): the cache still holds the old bytes
        assertSameData(serializeChecked(ser, call, 'stale'), before, 'serialize() after a mutation without uncache()');
        call.uncache();
        const [fresh] = ser.unserialize(serializeChecked(ser, call, 'fresh'));
        assertSameData(fresh!.marshal(), [48, 1, {}, 'com.example.cache', [2]], 'serialize() after uncache()');
      });
      check('refuses a message whose payload holds a bigint with SerializationError', (ser) => {
        const call = new Call({ request: 1, options: {}, procedure: 'com.example.big', args: [2n ** 64n] });
        assertRefusedWithSerializationError(() => ser.serialize(call), 'serialize(CALL with a bigint)');
      });
    });

    describe('untrusted input', () => declareUntrustedInputChecks(check, carries));
  });
}
