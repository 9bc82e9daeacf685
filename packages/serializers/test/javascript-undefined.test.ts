/**
 * JavaScript WAMP clients (wampy, through msgpackr and cbor-x) write options left unset as
 * `undefined`: SUBSCRIBE [32, 3, {match: undefined, get_retained: undefined}, "topic"]. JSON drops
 * such keys; we read them the same way from MessagePack and CBOR: absent in a map, null in an
 * array. Every other extension type is still refused.
 */
import { ProtocolError } from '@wamp/interfaces';
import { CborObjectSerializer, CborSerializer } from '@wamp/serializers/cbor';
import { MsgPackObjectSerializer, MsgPackSerializer } from '@wamp/serializers/msgpack';

const hex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h, 'hex'));

describe('undefined from JavaScript encoders', () => {
  // Bytes wampy 8.0.2 sent for SUBSCRIBE with msgpackr and cbor-x.
  const msgpackSubscribe = hex('942003de0002a56d61746368d40000ac6765745f72657461696e6564d40000b3636f6d2e6578616d706c652e74732e6e657773');
  const cborSubscribe = hex('84182003b90002656d61746368f76c6765745f72657461696e6564f773636f6d2e6578616d706c652e74732e6e657773');

  it('MessagePack: msgpackr’s undefined (fixext 1, type 0, data 0) is an absent option', () => {
    const [message] = new MsgPackSerializer().unserialize(msgpackSubscribe, true);
    expect(message!.marshal()).toEqual([32, 3, {}, 'com.example.ts.news']);
  });

  it('CBOR: the undefined simple value is an absent option', () => {
    const [message] = new CborSerializer().unserialize(cborSubscribe, true);
    expect(message!.marshal()).toEqual([32, 3, {}, 'com.example.ts.news']);
  });

  it('reads undefined in an array as null, like JSON.stringify', () => {
    expect(new MsgPackObjectSerializer().unserialize(hex('9201d40000'))).toEqual([[1, null]]);
    expect(new CborObjectSerializer().unserialize(hex('8201f7'))).toEqual([[1, null]]);
  });

  it('still refuses a bare undefined and every other extension', () => {
    expect(() => new MsgPackObjectSerializer().unserialize(hex('d40000'))).toThrow(ProtocolError);
    expect(() => new MsgPackObjectSerializer().unserialize(hex('91d40001'))).toThrow('MessagePack: extension type (0xd4) at byte 1 is not a WAMP value');
    expect(() => new MsgPackObjectSerializer().unserialize(hex('91d40100'))).toThrow(ProtocolError);
    expect(() => new CborObjectSerializer().unserialize(hex('f7'))).toThrow(ProtocolError);
  });
});
