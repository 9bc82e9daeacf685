import fc from 'fast-check';
import type { IObjectSerializer } from '@wamp/interfaces';
import { isProtocolError } from '@wamp/interfaces';
import { wampEqual } from '@wamp/test-vectors';
import { Call, parseMessage } from '../src/index.js';
import { anyValue, wampList } from './arbitraries.js';

describe('message properties', () => {
  it('parse then marshal gives every valid list back', () => {
    fc.assert(
      fc.property(wampList, (list) => {
        const message = parseMessage(list);
        expect(message.MESSAGE_TYPE).toBe(list[0]);
        expect(wampEqual(message.marshal(), list)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('any value either parses or throws ProtocolError, never another error', () => {
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
});

describe('serialize cache', () => {
  function countingSerializer(): IObjectSerializer & { calls: number } {
    return {
      NAME: 'test',
      BINARY: true,
      batched: false,
      calls: 0,
      serialize(obj: unknown) {
        this.calls++;
        return new TextEncoder().encode(JSON.stringify(obj));
      },
      unserialize: () => [],
    };
  }

  it('encodes once per serializer and returns the same bytes', () => {
    const a = countingSerializer();
    const b = countingSerializer();
    const call = new Call({ request: 1, procedure: 'com.x', args: [1] });
    const first = call.serialize(a);
    expect(call.serialize(a)).toBe(first);
    expect(a.calls).toBe(1);
    const other = call.serialize(b);
    expect(call.serialize(b)).toBe(other);
    expect(call.serialize(a)).toBe(first);
    expect([a.calls, b.calls]).toEqual([1, 1]);
  });

  it('encodes again after uncache', () => {
    const a = countingSerializer();
    const call = new Call({ request: 1, procedure: 'com.x' });
    call.serialize(a);
    call.uncache();
    call.args = [2];
    expect(new TextDecoder().decode(call.serialize(a))).toBe('[48,1,{},"com.x",[2]]');
    expect(a.calls).toBe(2);
  });
});
