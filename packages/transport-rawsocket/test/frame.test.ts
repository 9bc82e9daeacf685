import { isProtocolError } from '@wamp/interfaces';
import { FRAME_TYPE, FrameDecoder, frameHeader } from '../src/frame.js';
import { decodeHandshake, encodeHandshake, encodeHandshakeError, exponentFor, maxLengthOf } from '../src/handshake.js';

const frame = (type: number, payload: number[]) => new Uint8Array([...frameHeader(type, payload.length), ...payload]);

describe('FrameDecoder', () => {
  it('reassembles frames fed one octet at a time', () => {
    const bytes = new Uint8Array([...frame(0, [1, 2, 3]), ...frame(1, [9]), ...frame(2, [])]);
    const decoder = new FrameDecoder(1024);
    const frames = [...bytes].flatMap((b) => decoder.push(new Uint8Array([b])));
    expect(frames.map((f) => [f.type, [...f.payload]])).toEqual([[0, [1, 2, 3]], [1, [9]], [2, []]]);
  });

  it('splits many frames out of one chunk, without copying payloads', () => {
    const bytes = new Uint8Array([...frame(0, [1]), ...frame(0, [2, 2]), ...frame(0, [3, 3, 3])]);
    const frames = new FrameDecoder(1024).push(bytes);
    expect(frames.map((f) => f.payload.length)).toEqual([1, 2, 3]);
    expect(frames[2]!.payload.buffer).toBe(bytes.buffer);
  });

  it('refuses reserved bits, reserved types and frames over the limit', () => {
    const cases = [new Uint8Array([0x10, 0, 0, 0]), new Uint8Array([0x03, 0, 0, 0]), new Uint8Array([0x08, 0, 0, 1]), new Uint8Array([0, 0, 2, 1])];
    for (const bytes of cases) {
      let error: unknown;
      try {
        new FrameDecoder(512).push(bytes);
      } catch (e) {
        error = e;
      }
      expect(isProtocolError(error)).toBe(true);
    }
  });

  it('reads the 25th length bit as a payload of exactly 16 MiB', () => {
    expect([...frameHeader(FRAME_TYPE.MESSAGE, 2 ** 24)]).toEqual([0x08, 0, 0, 0]);
    const decoder = new FrameDecoder(2 ** 24);
    expect(decoder.push(new Uint8Array([0x08, 0, 0, 0]))).toEqual([]);
    expect(decoder.push(new Uint8Array(2 ** 24))[0]!.payload.length).toBe(2 ** 24);
  });
});

describe('handshake', () => {
  it('encodes and decodes hello, reply and errors as the spec lays them out', () => {
    expect([...encodeHandshake(15, 2)]).toEqual([0x7f, 0xf2, 0, 0]);
    expect(decodeHandshake(new Uint8Array([0x7f, 0xf2, 0, 0]), false)).toEqual({ kind: 'ok', exponent: 15, serializerId: 2 });
    expect([...encodeHandshakeError(4)]).toEqual([0x7f, 0x40, 0, 0]);
    expect(decodeHandshake(new Uint8Array([0x7f, 0x10, 0, 0]), true)).toEqual({ kind: 'error', code: 1 });
    expect(decodeHandshake(new Uint8Array([0x7e, 0x12, 0, 0]), false)).toMatchObject({ kind: 'invalid' });
    expect(decodeHandshake(new Uint8Array([0x7f, 0x12, 0, 1]), false)).toMatchObject({ kind: 'invalid', code: 3 });
    expect(decodeHandshake(new Uint8Array([0x7f, 0x10, 0, 0]), false)).toMatchObject({ kind: 'invalid', code: 1 });
  });

  it('maps message sizes to length exponents (512 B … 16 MiB)', () => {
    expect([exponentFor(1), exponentFor(512), exponentFor(513), exponentFor(2 ** 24), exponentFor(2 ** 30)]).toEqual([0, 0, 1, 15, 15]);
    expect([maxLengthOf(0), maxLengthOf(15)]).toEqual([512, 2 ** 24]);
  });
});
