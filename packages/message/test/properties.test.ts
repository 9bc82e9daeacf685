import fc from 'fast-check';
import { isProtocolError } from '@wamp/interfaces';
import { wampEqual } from '@wamp/test-vectors';
import { MESSAGE_TYPE, parseMessage } from '../src/index.js';
import { anyMessage, anyValue, messagesByType, mutatedList } from './arbitraries.js';

// Payload-carrying types and the index of their Arguments position.
const ARGUMENTS_INDEX: ReadonlyMap<number, number> = new Map([
  [3, 3], [8, 5], [16, 4], [36, 4], [48, 4], [50, 3], [68, 4], [70, 3],
]);

const NAMES: ReadonlyMap<number, string> = new Map(Object.entries(MESSAGE_TYPE).map(([name, code]) => [code, name]));

function show(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array ? `<bytes ${Array.from(v).join(',')}>` : v));
}

describe('message properties (fast-check)', () => {
  it.each([...messagesByType.keys()])('parses back every valid message of type %i that its constructor builds', (type) => {
    fc.assert(
      fc.property(messagesByType.get(type)!, (message) => {
        const list = message.marshal();
        expect(list[0]).toBe(type);
        const parsed = parseMessage(list);
        expect(parsed.constructor).toBe(message.constructor);
        if (!wampEqual(parsed.marshal(), list)) throw new Error(`round trip changed ${show(list)} into ${show(parsed.marshal())}`);
      }),
      { numRuns: 300 },
    );
  });

  it('reads the padded payload form (empty Arguments/ArgumentsKw present) as the short form', () => {
    fc.assert(
      fc.property(anyMessage, (message) => {
        const list = message.marshal();
        const at = ARGUMENTS_INDEX.get(list[0] as number);
        // Padding applies to normal mode; a bare passthru payload is not a list.
        if (at === undefined || (list.length > at && !Array.isArray(list[at]))) return;
        const padded = [...list];
        if (padded.length === at) padded.push([]);
        if (padded.length === at + 1) padded.push({});
        expect(wampEqual(parseMessage(padded).marshal(), list)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('either parses any value or throws ProtocolError, never another error', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        try {
          parseMessage(value);
        } catch (e) {
          if (!isProtocolError(e)) throw e;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('either parses a valid list with one field replaced, or throws ProtocolError naming its type', () => {
    fc.assert(
      fc.property(mutatedList, (list) => {
        try {
          parseMessage(list);
        } catch (e) {
          if (!isProtocolError(e)) throw e;
          expect(e.message).toContain(NAMES.get(list[0] as number));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
