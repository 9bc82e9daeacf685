/** A cryptosign key held in a security module authenticates a @wamp/session to @wamp/router. */
import { CryptosignAuthenticator } from '@wamp/cryptosign';
import type { ICryptosignKey } from '@wamp/interfaces';
import { Router } from '@wamp/router';
import { JsonSerializer } from '@wamp/serializers/json';
import { connect } from '@wamp/session';
import { webSocket } from '@wamp/transport-ws';
import { listenWebSocket } from '@wamp/transport-ws/server';
import { SecurityModuleMemory } from '../src/index.js';

it('authenticates with a cryptosign key from a security module', async () => {
  const module = new SecurityModuleMemory();
  await module.open();
  const keyNo = await module.createKey('cryptosign');
  const key = module.get(keyNo) as ICryptosignKey;
  expect(key.securityModule).toBe(module);
  const router = new Router({ realms: [{ name: 'realm1' }], auth: { cryptosign: { principals: { device: { authorizedKeys: [key.publicKey()], role: 'user' } } } }, log: () => {} });
  const url = (await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers: [new JsonSerializer()] })).address.url;
  try {
    const session = await connect({ transport: webSocket(url, { serializers: [new JsonSerializer()] }), realm: 'realm1', authenticators: [new CryptosignAuthenticator({ key })] });
    expect(session.sessionDetails).toMatchObject({ authid: 'device', authmethod: 'cryptosign' });
    await session.leave();
  } finally {
    await router.close({ timeout: 200 });
    await module.close();
  }
});
