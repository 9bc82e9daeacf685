import type { EncodedPayload } from '@wamp/interfaces';
import { WAMP_ERROR } from '@wamp/interfaces';
import { CborObjectSerializer } from '@wamp/serializers/cbor';
import { fromBase64 } from '../src/base64.js';
import { boxKey, open } from '../src/crypto-box.js';
import { CryptoboxKey, KeyRing, generateKeyPair } from '../src/index.js';

const caller = generateKeyPair();
const callee = generateKeyPair();
const callerSide = (): CryptoboxKey => new CryptoboxKey({ originatorPrivateKey: caller.privateKey, responderPublicKey: callee.publicKey });
const calleeSide = (): CryptoboxKey => new CryptoboxKey({ responderPrivateKey: callee.privateKey, originatorPublicKey: caller.publicKey });

describe('KeyRing', () => {
  it('boxes {uri, args, kwargs} as JSON under the shared key, with enc_algo cryptobox and enc_serializer json', async () => {
    const ring = new KeyRing();
    ring.setKey('com.example.', callerSide());
    const encoded = (await ring.encode(true, 'com.example.add2', [2, 3], { x: new Uint8Array([1, 2]) }))!;
    expect(encoded).toMatchObject({ encAlgo: 'cryptobox', encSerializer: 'json' });
    expect(encoded.encKey).toBeUndefined();
    const key = boxKey(fromBase64(callee.privateKey, 'k'), fromBase64(caller.publicKey, 'k'));
    // The plaintext is Autobahn's: compact JSON, bytes as "\0" + base64.
    expect(new TextDecoder().decode(open(key, encoded.payload))).toBe('{"uri":"com.example.add2","args":[2,3],"kwargs":{"x":"\\u0000AQI="}}');
  });

  it('writes absent args and kwargs as null (as Autobahn does) and reads them back as [] and {}', async () => {
    const ring = new KeyRing({ defaultKey: caller.privateKey });
    const encoded = (await ring.encode(true, 'com.x'))!;
    const key = boxKey(fromBase64(caller.privateKey, 'k'), new CryptoboxKey({ originatorPrivateKey: caller.privateKey, responderPrivateKey: caller.privateKey }).responderPublicKey);
    expect(new TextDecoder().decode(open(key, encoded.payload))).toBe('{"uri":"com.x","args":null,"kwargs":null}');
    expect(await ring.decode(false, 'com.x', encoded)).toEqual({ uri: 'com.x', args: [], kwargs: {} });
  });

  it('picks the key of the longest matching string prefix, then the default, else sends plainly', async () => {
    const ring = new KeyRing();
    const short = CryptoboxKey.fromPrivateKey(generateKeyPair().privateKey);
    const long = CryptoboxKey.fromPrivateKey(generateKeyPair().privateKey);
    ring.setKey('com.example', short);
    ring.setKey('com.example.secure', long);
    expect(ring.keyFor('com.example.secure.add2')).toBe(long);
    expect(ring.keyFor('com.example.other')).toBe(short);
    expect(ring.keyFor('com.examples')).toBe(short); // a string prefix, as Autobahn's trie
    expect(ring.keyFor('org.other')).toBeUndefined();
    expect(await ring.encode(true, 'org.other', [1])).toBeUndefined();
    const fallback = CryptoboxKey.fromPrivateKey(generateKeyPair().privateKey);
    ring.setKey('', fallback);
    expect(ring.keyFor('org.other')).toBe(fallback);
    ring.setKey('com.example.secure', undefined);
    expect(ring.keyFor('com.example.secure.add2')).toBe(short);
  });

  it('sends plainly in a role whose private key it lacks, and cannot decode there', async () => {
    const ring = new KeyRing();
    ring.setKey('com.example.', callerSide());
    expect(await ring.encode(false, 'com.example.add2', [1])).toBeUndefined();
    const encoded = (await ring.encode(true, 'com.example.add2', [1]))!;
    await expect(ring.decode(false, 'com.example.add2', encoded)).rejects.toMatchObject({ uri: WAMP_ERROR.ENCRYPTION_DECRYPT_ERROR, message: expect.stringContaining('no responder key') });
  });

  it('pairs originator and responder: caller → callee and callee → caller', async () => {
    const callerRing = new KeyRing();
    callerRing.setKey('com.example.', callerSide());
    const calleeRing = new KeyRing();
    calleeRing.setKey('com.example.', calleeSide());
    const call = (await callerRing.encode(true, 'com.example.add2', [2, 3]))!;
    expect(await calleeRing.decode(false, 'com.example.add2', call)).toEqual({ uri: 'com.example.add2', args: [2, 3], kwargs: {} });
    const result = (await calleeRing.encode(false, 'com.example.add2', [5]))!;
    expect(await callerRing.decode(true, 'com.example.add2', result)).toEqual({ uri: 'com.example.add2', args: [5], kwargs: {} });
  });

  it('refuses tampered, foreign and unknown-serializer payloads with wamp.error.encryption.decrypt_error', async () => {
    const ring = new KeyRing({ defaultKey: caller.privateKey });
    const encoded = (await ring.encode(true, 'com.x', [1]))!;
    const tampered: EncodedPayload = { ...encoded, payload: Uint8Array.from(encoded.payload, (b, i) => (i === 30 ? b ^ 1 : b)) };
    await expect(ring.decode(false, 'com.x', tampered)).rejects.toMatchObject({ uri: WAMP_ERROR.ENCRYPTION_DECRYPT_ERROR, message: expect.stringContaining('authentication failed') });
    await expect(ring.decode(false, 'com.x', { ...encoded, encAlgo: 'xbr' })).rejects.toMatchObject({ message: expect.stringContaining('not "cryptobox"') });
    await expect(ring.decode(false, 'com.x', { ...encoded, encSerializer: 'msgpack' })).rejects.toMatchObject({ message: expect.stringContaining('enc_serializer "msgpack"') });
    const other = new KeyRing({ defaultKey: callee.privateKey });
    await expect(other.decode(false, 'com.x', encoded)).rejects.toMatchObject({ uri: WAMP_ERROR.ENCRYPTION_DECRYPT_ERROR });
  });

  it('encodes CBOR with a CBOR serializer and still reads JSON', async () => {
    const cbor = new KeyRing({ defaultKey: caller.privateKey, serializer: new CborObjectSerializer() });
    const json = new KeyRing({ defaultKey: caller.privateKey });
    const encoded = (await cbor.encode(true, 'com.x', [new Uint8Array([7])], { a: 1.5 }))!;
    expect(encoded.encSerializer).toBe('cbor');
    expect(await cbor.decode(false, 'com.x', encoded)).toEqual({ uri: 'com.x', args: [new Uint8Array([7])], kwargs: { a: 1.5 } });
    await expect(json.decode(false, 'com.x', encoded)).rejects.toMatchObject({ message: expect.stringContaining('enc_serializer "cbor"') });
    expect(await cbor.decode(false, 'com.x', (await json.encode(true, 'com.x', [1]))!)).toEqual({ uri: 'com.x', args: [1], kwargs: {} });
  });
});

describe('CryptoboxKey', () => {
  it('reads base64 or bytes and derives the public keys', () => {
    const key = new CryptoboxKey({ originatorPrivateKey: fromBase64(caller.privateKey, 'k'), responderPublicKey: callee.publicKey });
    expect(Buffer.from(key.originatorPublicKey).toString('base64')).toBe(caller.publicKey);
    expect(key.box(true)).toBeInstanceOf(Uint8Array);
    expect(key.box(false)).toBeUndefined();
  });

  it('refuses insufficient keys, wrong lengths and a public key that does not match its private key', () => {
    expect(() => new CryptoboxKey({ originatorPublicKey: caller.publicKey })).toThrow(/at least one side/);
    expect(() => new CryptoboxKey({ originatorPrivateKey: 'AAAA' })).toThrow(/32 bytes/);
    expect(() => new CryptoboxKey({ originatorPrivateKey: caller.privateKey, originatorPublicKey: callee.publicKey, responderPublicKey: callee.publicKey })).toThrow(/does not belong/);
    expect(() => new KeyRing().setKey('com.x', 42 as never)).toThrow(TypeError);
  });

  it('generates distinct 32-byte key pairs in base64', () => {
    const one = generateKeyPair();
    const two = generateKeyPair();
    expect(fromBase64(one.privateKey, 'k')).toHaveLength(32);
    expect(fromBase64(one.publicKey, 'k')).toHaveLength(32);
    expect(one.privateKey).not.toBe(two.privateKey);
  });
});
