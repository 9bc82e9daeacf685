import { describePayloadCodecCompliance } from '@wamp/compliance-tests/payload-codec';
import { CborObjectSerializer } from '@wamp/serializers/cbor';
import { CryptoboxKey, KeyRing, generateKeyPair } from '../src/index.js';

const caller = generateKeyPair();
const callee = generateKeyPair();

// Separate key pairs for the two roles, as a caller and a callee hold them.
describePayloadCodecCompliance('cryptobox KeyRing (originator and responder keys)', {
  setup: () => {
    const originator = new KeyRing();
    originator.setKey('com.example.secret', new CryptoboxKey({ originatorPrivateKey: caller.privateKey, responderPublicKey: callee.publicKey }));
    const responder = new KeyRing();
    responder.setKey('com.example.secret', new CryptoboxKey({ responderPrivateKey: callee.privateKey, originatorPublicKey: caller.publicKey }));
    return { originator, responder, uri: 'com.example.secret.add2', otherUri: 'com.example.secret.sub2', plainUri: 'com.example.public.now' };
  },
  teardown: () => {},
});

// One private key for both roles (Autobahn's string key), payload in CBOR.
describePayloadCodecCompliance('cryptobox KeyRing (shared key, CBOR)', {
  setup: () => {
    const ring = new KeyRing({ defaultKey: caller.privateKey, serializer: new CborObjectSerializer() });
    return { originator: ring, responder: ring, uri: 'com.example.anything' };
  },
  teardown: () => {},
});
