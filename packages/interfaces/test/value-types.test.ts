import { CallResult, isCallResult } from '../src/index.js';
import type {
  Challenge,
  EncodedPayload,
  IAuthenticator,
  ICryptosignKey,
  IEthereumKey,
  IPayloadCodec,
  ISecurityModule,
  ISession,
  ITransport,
  SecurityModuleKey,
  TypedData,
} from '../src/index.js';

describe('CallResult', () => {
  it('carries positional and keyword results, empty by default', () => {
    expect(new CallResult().args).toEqual([]);
    expect(new CallResult().kwargs).toEqual({});
    const r = new CallResult([1, 2], { a: 3 });
    expect([r.args, r.kwargs]).toEqual([[1, 2], { a: 3 }]);
  });

  it('is recognised by brand across copies of the package', () => {
    expect(isCallResult(new CallResult())).toBe(true);
    expect(isCallResult({ args: [], kwargs: {} })).toBe(false);
    expect(isCallResult({ [Symbol.for('@wamp/call-result')]: true })).toBe(true);
    expect(isCallResult(null)).toBe(false);
  });
});

// The classes below exist to make `typecheck` prove the interfaces are implementable and
// consistent; the tests exercise the overloads at run time too.
class MemoryKey implements ICryptosignKey {
  readonly securityModule = undefined;
  readonly keyNo = undefined;
  readonly keyType = 'ed25519' as const;
  readonly canSign = false;
  publicKey(binary: true): Uint8Array;
  publicKey(binary?: false): string;
  publicKey(binary?: boolean): Uint8Array | string {
    return binary ? new Uint8Array(32) : '00'.repeat(32);
  }
  sign(): Promise<Uint8Array> {
    return Promise.reject(new Error('verify-only key'));
  }
  recover(): Promise<Uint8Array> {
    return Promise.resolve(this.publicKey(true));
  }
  signChallenge(challenge: Challenge): Promise<string> {
    return Promise.resolve(String(challenge.extra['challenge']));
  }
  verifyChallenge(): Promise<boolean> {
    return Promise.resolve(false);
  }
}

class EthKey implements IEthereumKey {
  readonly securityModule = undefined;
  readonly keyNo = undefined;
  readonly keyType = 'eth' as const;
  readonly canSign = true;
  publicKey(binary: true): Uint8Array;
  publicKey(binary?: false): string;
  publicKey(binary?: boolean): Uint8Array | string {
    return binary ? new Uint8Array(64) : '';
  }
  address(binary: true): Uint8Array;
  address(binary?: false): string;
  address(binary?: boolean): Uint8Array | string {
    return binary ? new Uint8Array(20) : '0x0000000000000000000000000000000000000000';
  }
  sign(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(65));
  }
  recover(): Promise<Uint8Array> {
    return Promise.resolve(this.address(true));
  }
  signTypedData(_data: TypedData): Promise<Uint8Array> {
    return this.sign();
  }
  verifyTypedData(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

class Module implements ISecurityModule {
  readonly #keys = new Map<number, SecurityModuleKey>();
  readonly isOpen = true;
  readonly canLock = false;
  readonly isLocked = false;
  get size(): number {
    return this.#keys.size;
  }
  has(keyNo: number): boolean {
    return this.#keys.has(keyNo);
  }
  get(keyNo: number): SecurityModuleKey {
    const key = this.#keys.get(keyNo);
    if (!key) throw new RangeError(`no key ${keyNo}`);
    return key;
  }
  set(keyNo: number, key: SecurityModuleKey): void {
    this.#keys.set(keyNo, key);
  }
  delete(keyNo: number): boolean {
    return this.#keys.delete(keyNo);
  }
  async open(): Promise<void> {}
  async close(): Promise<void> {}
  async lock(): Promise<void> {}
  async unlock(): Promise<void> {}
  async createKey(): Promise<number> {
    this.set(this.size, new MemoryKey());
    return this.size - 1;
  }
  async deleteKey(keyNo: number): Promise<void> {
    this.delete(keyNo);
  }
  async getRandom(octets: number): Promise<Uint8Array> {
    return crypto.getRandomValues(new Uint8Array(octets));
  }
  async getCounter(): Promise<number> {
    return 0;
  }
  async incrementCounter(): Promise<number> {
    return 1;
  }
}

const ticket: IAuthenticator = {
  authmethod: 'ticket',
  authid: 'joe',
  onChallenge: async (_session: ISession, _challenge: Challenge) => 'secret',
  onWelcome: async () => undefined,
};

const codec: IPayloadCodec = {
  encode: async (_o, _uri, args): Promise<EncodedPayload | undefined> =>
    args ? { payload: new Uint8Array([args.length]), encAlgo: 'x_len' } : undefined,
  decode: async (_o, uri, encoded) => ({ uri, args: [encoded.payload[0]], kwargs: {} }),
};

describe('interfaces are implementable', () => {
  it('types the publicKey and address overloads by their flag', () => {
    const key = new MemoryKey();
    const bytes: Uint8Array = key.publicKey(true);
    const hex: string = key.publicKey();
    // @ts-expect-error publicKey(true) is bytes, not a string
    const wrong: string = key.publicKey(true);
    expect([bytes.length, hex.length, typeof wrong]).toEqual([32, 64, 'object']);
    const eth = new EthKey();
    const address: string = eth.address();
    // @ts-expect-error address(true) is bytes, not a string
    const wrongAddress: string = eth.address(true);
    expect([address.startsWith('0x'), wrongAddress.length]).toEqual([true, 20]);
  });

  it('holds keys of both kinds in a security module', async () => {
    const module = new Module();
    module.set(7, new EthKey());
    await module.createKey();
    expect([module.size, module.has(7), module.get(7).keyType]).toEqual([2, true, 'eth']);
    expect(() => module.get(99)).toThrow(RangeError);
    expect((await module.getRandom(16)).length).toBe(16);
  });

  it('answers a challenge and encodes payloads through plain objects', async () => {
    expect(await ticket.onChallenge({} as ISession, { method: 'ticket', extra: {} })).toBe('secret');
    const encoded = await codec.encode(true, 'com.x', [1, 2]);
    expect(encoded?.payload).toEqual(new Uint8Array([2]));
    expect(await codec.decode(false, 'com.x', encoded!)).toEqual({ uri: 'com.x', args: [2], kwargs: {} });
  });

  it('lets a transport be written against ITransport alone', () => {
    const sent: unknown[] = [];
    const transport: ITransport = {
      send: (m) => (sent.push(m.marshal()), true),
      onDrain: async () => {},
      isOpen: () => true,
      transportDetails: undefined,
      close: () => {},
      abort: () => {},
    };
    transport.send({ MESSAGE_TYPE: 6, marshal: () => [6, {}, 'wamp.close.normal'], serialize: () => new Uint8Array(), uncache: () => {} });
    expect(sent).toEqual([[6, {}, 'wamp.close.normal']]);
  });
});
