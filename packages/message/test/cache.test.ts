import type { IObjectSerializer } from '@wamp/interfaces';
import { Call, Event } from '../src/index.js';

interface CountingSerializer extends IObjectSerializer {
  calls: number;
}

function countingSerializer(name = 'test'): CountingSerializer {
  return {
    NAME: name,
    BINARY: false,
    batched: false,
    calls: 0,
    serialize(obj: unknown) {
      this.calls++;
      return new TextEncoder().encode(JSON.stringify(obj));
    },
    unserialize: () => [],
  };
}

describe('BaseMessage.serialize cache', () => {
  it('encodes once per serializer and returns the same Uint8Array instance', () => {
    const json = countingSerializer();
    const call = new Call({ request: 1, procedure: 'com.x', args: [1] });
    const first = call.serialize(json);
    expect(new TextDecoder().decode(first)).toBe('[48,1,{},"com.x",[1]]');
    expect(call.serialize(json)).toBe(first);
    expect(json.calls).toBe(1);
  });

  it('keeps one encoding per serializer instance when several serialize the same message', () => {
    const serializers = [countingSerializer('a'), countingSerializer('b'), countingSerializer('c')];
    const event = new Event({ subscription: 1, publication: 2, args: ['hi'] });
    const bytes = serializers.map((s) => event.serialize(s));
    for (let round = 0; round < 3; round++) {
      serializers.forEach((s, i) => expect(event.serialize(s)).toBe(bytes[i]));
    }
    expect(serializers.map((s) => s.calls)).toEqual([1, 1, 1]);
  });

  it('encodes again after uncache, picking up a changed field', () => {
    const json = countingSerializer();
    const call = new Call({ request: 1, procedure: 'com.x' });
    const before = call.serialize(json);
    call.args = [2];
    expect(call.serialize(json)).toBe(before);
    call.uncache();
    const after = call.serialize(json);
    expect(after).not.toBe(before);
    expect(new TextDecoder().decode(after)).toBe('[48,1,{},"com.x",[2]]');
    expect(json.calls).toBe(2);
  });

  it('forgets every serializer on uncache, not only the first', () => {
    const a = countingSerializer('a');
    const b = countingSerializer('b');
    const call = new Call({ request: 1, procedure: 'com.x' });
    call.serialize(a);
    call.serialize(b);
    call.uncache();
    call.serialize(a);
    call.serialize(b);
    expect([a.calls, b.calls]).toEqual([2, 2]);
  });

  it('caches nothing when the serializer throws', () => {
    let fail = true;
    const flaky: IObjectSerializer = {
      NAME: 'flaky',
      BINARY: true,
      batched: false,
      serialize: () => {
        if (fail) throw new Error('cannot encode');
        return new Uint8Array([1]);
      },
      unserialize: () => [],
    };
    const call = new Call({ request: 1, procedure: 'com.x' });
    expect(() => call.serialize(flaky)).toThrow('cannot encode');
    fail = false;
    expect(call.serialize(flaky)).toEqual(new Uint8Array([1]));
  });
});
