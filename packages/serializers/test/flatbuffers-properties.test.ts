import fc from 'fast-check';
import type { IObjectSerializer } from '@wamp/interfaces';
import { isProtocolError } from '@wamp/interfaces';
import { wampMessage } from '@wamp/compliance-tests/arbitraries';
import { toVectorJson, wampEqual } from '@wamp/test-vectors';
import { CborObjectSerializer, CborSerializer } from '../src/cbor.js';
import { FlatBuffersSerializer } from '../src/flatbuffers.js';
import { JsonObjectSerializer } from '../src/json.js';
import { MsgPackObjectSerializer } from '../src/msgpack.js';
import { carriedMessage } from './flatbuffers-arbitraries.js';

const show = (value: unknown) => JSON.stringify(toVectorJson(value)).slice(0, 300);

describe('FlatBuffersSerializer (fast-check)', () => {
  it.each([
    ['CBOR', new CborObjectSerializer()],
    ['JSON', new JsonObjectSerializer()],
    ['MessagePack', new MsgPackObjectSerializer()],
  ] as [string, IObjectSerializer][])('round-trips random messages of every type with %s payload', (_label, payloadSerializer) => {
    const ser = new FlatBuffersSerializer({ payloadSerializer });
    fc.assert(
      fc.property(carriedMessage(), (message) => {
        const [bytes, isBinary] = ser.serialize(message);
        const back = ser.unserialize(bytes, isBinary);
        if (back.length !== 1 || !wampEqual(back[0]!.marshal(), message.marshal())) {
          throw new Error(`${show(message.marshal())} came back as ${show(back.map((m) => m.marshal()))}`);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('decodes to what CBOR carries (crosstrip)', () => {
    const fbs = new FlatBuffersSerializer();
    const cbor = new CborSerializer();
    fc.assert(
      fc.property(carriedMessage(), (message) => {
        const [viaFbs] = fbs.unserialize(fbs.serialize(message)[0]);
        const [viaCbor] = cbor.unserialize(cbor.serialize(message)[0]);
        if (!wampEqual(viaFbs!.marshal(), viaCbor!.marshal())) throw new Error(show(message.marshal()));
      }),
      { numRuns: 300 },
    );
  });

  it('either encodes a random message exactly or refuses it with SerializationError', () => {
    // Random messages with arbitrary Options keys: most are refused, none may come back changed.
    const ser = new FlatBuffersSerializer();
    fc.assert(
      fc.property(wampMessage(), (message) => {
        let bytes: Uint8Array;
        try {
          [bytes] = ser.serialize(message);
        } catch (error) {
          if ((error as Error).name === 'SerializationError') return;
          throw error;
        }
        let back;
        try {
          back = ser.unserialize(bytes, true);
        } catch (error) {
          if (isProtocolError(error)) throw new Error(`our own bytes for ${show(message.marshal())} were refused: ${(error as Error).message}`);
          throw error;
        }
        if (!wampEqual(back[0]!.marshal(), message.marshal())) throw new Error(`${show(message.marshal())} changed`);
      }),
      { numRuns: 500 },
    );
  });
});
