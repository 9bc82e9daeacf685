/** FrameDecoder and encodeFrameHeader: "Framing" of WAMP Advanced Profile, "RawSocket Transport". */
import fc from 'fast-check';
import { isProtocolError } from '@wamp/interfaces';
import { FrameDecoder } from '../src/frame-decoder.js';
import { encodeFrameHeader } from '../src/frame-encoder.js';
import type { RawSocketFrameType } from '../src/frame-type.js';
import { concat, frame } from './support.js';

type Seen = [type: number, payload: number[]];

function decoder(maxLength = 1 << 20): { decoder: FrameDecoder; seen: Seen[]; views: Uint8Array[] } {
  const seen: Seen[] = [];
  const views: Uint8Array[] = [];
  const d = new FrameDecoder(maxLength, (type, payload) => {
    seen.push([type, [...payload]]);
    views.push(payload);
  });
  return { decoder: d, seen, views };
}

function failure(maxLength: number, ...chunks: number[][]): string {
  const { decoder: d } = decoder(maxLength);
  try {
    for (const chunk of chunks) d.push(Uint8Array.from(chunk));
  } catch (error) {
    if (!isProtocolError(error)) throw error;
    return error.message;
  }
  throw new Error('no ProtocolError');
}

describe('encodeFrameHeader', () => {
  it('writes RRRR XTTT and a 24-bit big-endian length', () => {
    expect([...encodeFrameHeader(0, 0)]).toEqual([0, 0, 0, 0]);
    expect([...encodeFrameHeader(1, 0x123456)]).toEqual([0x01, 0x12, 0x34, 0x56]);
    expect([...encodeFrameHeader(2, 3)]).toEqual([0x02, 0, 0, 3]);
  });

  it('writes 2^24 - 1 in the length bits and exactly 2^24 with X set and the length bits zero', () => {
    expect([...encodeFrameHeader(0, 2 ** 24 - 1)]).toEqual([0x00, 0xff, 0xff, 0xff]);
    expect([...encodeFrameHeader(0, 2 ** 24)]).toEqual([0x08, 0, 0, 0]);
    expect([...encodeFrameHeader(2, 2 ** 24)]).toEqual([0x0a, 0, 0, 0]);
  });

  it.each([-1, 2 ** 24 + 1, 0.5, NaN])('throws RangeError for length %p', (length) => {
    expect(() => encodeFrameHeader(0, length)).toThrow(RangeError);
  });
});

describe('FrameDecoder', () => {
  const stream = concat(frame(0, [1, 2, 3]), frame(1, [9]), frame(2, []), frame(0, [4, 5]));
  const expected: Seen[] = [[0, [1, 2, 3]], [1, [9]], [2, []], [0, [4, 5]]];

  it('reassembles frames fed one octet at a time', () => {
    const { decoder: d, seen } = decoder();
    for (const octet of stream) d.push(Uint8Array.of(octet));
    expect(seen).toEqual(expected);
  });

  it('splits many coalesced frames out of one chunk, handing out views of it without copying', () => {
    const { decoder: d, seen, views } = decoder();
    d.push(stream);
    expect(seen).toEqual(expected);
    for (const view of views) expect(view.buffer).toBe(stream.buffer);
  });

  it('copies a payload that spans chunks into one buffer of its own', () => {
    const { decoder: d, seen, views } = decoder();
    const bytes = frame(0, [1, 2, 3, 4, 5, 6]);
    d.push(bytes.subarray(0, 6));
    expect(seen).toEqual([]);
    d.push(bytes.subarray(6));
    expect(seen).toEqual([[0, [1, 2, 3, 4, 5, 6]]]);
    expect(views[0]!.buffer).not.toBe(bytes.buffer);
    expect(views[0]!.byteLength).toBe(views[0]!.buffer.byteLength);
  });

  it('yields the same frames however the stream is split (property)', () => {
    const frameArb = fc.record({ type: fc.constantFrom<RawSocketFrameType>(0, 1, 2), payload: fc.uint8Array({ maxLength: 300 }) });
    fc.assert(
      fc.property(fc.array(frameArb, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 10 }), (frames, cuts) => {
        const bytes = concat(...frames.map((f) => frame(f.type, f.payload)));
        const points = [...new Set(cuts.map((c) => (bytes.length === 0 ? 0 : c % bytes.length)))].sort((a, b) => a - b);
        const { decoder: d, seen } = decoder();
        let from = 0;
        for (const point of [...points, bytes.length]) {
          d.push(bytes.subarray(from, point));
          from = point;
        }
        expect(seen).toEqual(frames.map((f) => [f.type, [...f.payload]]));
      }),
    );
  });

  it('fails on reserved bits in the first header octet', () => {
    expect(failure(1024, [0x10, 0, 0, 0])).toMatch(/reserved bits set in a frame header \(first octet 0x10\)/);
    expect(failure(1024, [0x80, 0, 0, 1])).toMatch(/reserved bits/);
  });

  it.each([3, 4, 5, 6, 7])('fails on reserved frame type %i', (type) => {
    expect(failure(1024, [type, 0, 0, 0])).toBe(`RawSocket: reserved frame type ${type}`);
  });

  it('fails on the X bit with nonzero length bits', () => {
    expect(failure(2 ** 24, [0x08, 0, 0, 1])).toMatch(/X \(25th length\) bit is set with nonzero length bits \(1\)/);
  });

  it('fails on a frame over the maximum as soon as its header is complete, before any payload', () => {
    expect(failure(512, [0x00, 0x00, 0x02], [0x01])).toBe('RawSocket: incoming message frame of 513 octets exceeds the announced maximum of 512 octets');
    expect(failure(512, [0x01, 0x01, 0x00, 0x00])).toMatch(/incoming PING frame of 65536 octets/);
  });

  it('accepts a frame of exactly the maximum', () => {
    const { decoder: d, seen } = decoder(512);
    d.push(frame(0, new Uint8Array(512)));
    expect(seen[0]![1]).toHaveLength(512);
  });

  it('reads X with zero length bits as exactly 2^24 octets, within a 2^24 maximum only', () => {
    const { decoder: d, views } = decoder(2 ** 24);
    d.push(Uint8Array.of(0x08, 0, 0, 0));
    d.push(new Uint8Array(2 ** 23));
    expect(views).toHaveLength(0);
    d.push(new Uint8Array(2 ** 23));
    expect(views.map((v) => v.length)).toEqual([2 ** 24]);
    expect(failure(2 ** 24 - 1, [0x08, 0, 0, 0])).toMatch(/frame of 16777216 octets exceeds the announced maximum of 16777215/);
  });

  it('stays failed after a failure', () => {
    const { decoder: d } = decoder(16);
    expect(() => d.push(Uint8Array.of(0x20, 0, 0, 0))).toThrow(/reserved bits/);
    expect(() => d.push(frame(0, [1]))).toThrow(/reserved bits/);
  });
});
