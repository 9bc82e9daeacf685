/** The client-side cryptosign authenticator on its own: HELLO authextra and CHALLENGE answers. */
import type { Challenge, ISession } from '@wamp/interfaces';
import { CryptosignAuthenticator, CryptosignKey } from '../src/index.js';

const session = (channelId: Record<string, Uint8Array> = {}): ISession => ({ transport: { transportDetails: { channelId } } }) as unknown as ISession;

describe('CryptosignAuthenticator', () => {
  let key: CryptosignKey;
  let router: CryptosignKey;
  beforeAll(async () => {
    key = await CryptosignKey.fromSeedHex('4d57d97a68f555696620a6d849c0ce582568518d729eb753dc7c732de2804510');
    router = await CryptosignKey.generate();
  });

  it('announces pubkey (and channel_binding) and answers with Autobahn’s signature (spec test vector)', async () => {
    const auth = new CryptosignAuthenticator({ key, authid: 'client01', authextra: { x: 1 } });
    expect(auth.authextra).toEqual({ x: 1, pubkey: key.publicKey() });
    const challenge: Challenge = { method: 'cryptosign', extra: { challenge: 'ff'.repeat(32), channel_binding: null } };
    expect(await auth.onChallenge(session(), challenge)).toBe(
      'b32675b221f08593213737bef8240e7c15228b07028e19595294678c90d11c0cae80a357331bfc5cc9fb71081464e6e75013517c2cf067ad566a6b7b728e5d03' + 'ff'.repeat(32),
    );
  });

  it('signs challenge XOR channel id under channel binding (spec test vector)', async () => {
    const auth = new CryptosignAuthenticator({ key, channelBinding: 'tls-unique' });
    expect(auth.authextra).toMatchObject({ channel_binding: 'tls-unique' });
    const channelId = Uint8Array.from(Buffer.from('62e935ae755f3d48f80d4d59f6121358c435722a67e859cc0caa8b539027f2ff', 'hex'));
    const signature = await auth.onChallenge(session({ 'tls-unique': channelId }), { method: 'cryptosign', extra: { challenge: 'ff'.repeat(32), channel_binding: 'tls-unique' } });
    expect(signature).toBe(
      '9b6f41540c9b95b4b7b281c3042fa9c54cef43c842d62ea3fd6030fcb66e70b3e80d49d44c29d1635da9348d02ec93f3ed1ef227dfb59a07b580095c2b82f80f9d16ca518aa0c2b707f2b2a609edeca73bca8dd59817a633f35574ac6fd80d00',
    );
  });

  it('refuses a CHALLENGE that drops the channel binding, or a transport without the channel id', async () => {
    const auth = new CryptosignAuthenticator({ key, channelBinding: 'tls-exporter' });
    await expect(auth.onChallenge(session({ 'tls-exporter': new Uint8Array(32) }), { method: 'cryptosign', extra: { challenge: '00'.repeat(32), channel_binding: null } })).rejects.toThrow(
      'the router did not confirm channel binding tls-exporter',
    );
    await expect(auth.onChallenge(session(), { method: 'cryptosign', extra: { challenge: '00'.repeat(32), channel_binding: 'tls-exporter' } })).rejects.toThrow('needs a TLS transport');
  });

  it('sends a fresh challenge per HELLO when the router key is pinned, and checks the router’s signature over it', async () => {
    const auth = new CryptosignAuthenticator({ key, routerKey: router.publicKey() });
    const first = auth.authextra['challenge'] as string;
    const ours = auth.authextra['challenge'] as string;
    expect(ours).toMatch(/^[0-9a-f]{64}$/);
    expect(ours).not.toBe(first);
    const signature = await router.signChallenge({ method: 'cryptosign', extra: { challenge: ours } });
    const extra = { challenge: '11'.repeat(32), pubkey: router.publicKey(), signature };
    await expect(auth.onChallenge(session(), { method: 'cryptosign', extra })).resolves.toMatch(/^[0-9a-f]{192}$/);
    await expect(auth.onChallenge(session(), { method: 'cryptosign', extra: { ...extra, signature: signature.replace(/^./, (c) => (c === '0' ? '1' : '0')) } })).rejects.toThrow(
      'router authentication failed: CHALLENGE.Extra.signature does not verify',
    );
    await expect(auth.onChallenge(session(), { method: 'cryptosign', extra: { ...extra, pubkey: key.publicKey() } })).rejects.toThrow('router authentication failed: CHALLENGE.Extra.pubkey');
  });

  it('refuses a key that cannot sign and bad options', () => {
    expect(() => new CryptosignAuthenticator({ key: CryptosignKey.fromPublicKey(key.publicKey()) })).toThrow('a key that can sign');
    expect(() => new CryptosignAuthenticator({ key, channelBinding: 'tls-server-end-point' as never })).toThrow('channelBinding');
    expect(() => new CryptosignAuthenticator({ key, routerKey: 'xyz' })).toThrow('routerKey');
  });
});
