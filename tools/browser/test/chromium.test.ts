/**
 * The packages in a real browser: the pages are bundled with esbuild, served on localhost and
 * opened in Debian's Chromium (headless, through playwright-core), connecting to our router.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CryptosignKey } from '@wamp/cryptosign';
import { Router } from '@wamp/router';
import { CborSerializer } from '@wamp/serializers/cbor';
import { FlatBuffersSerializer } from '@wamp/serializers/flatbuffers';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import { listenWebSocket } from '@wamp/transport-ws/server';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { PageName } from './pages.js';
import { PAGES, bundle } from './pages.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env['CI'] === 'true') throw new Error(`${CHROMIUM} is required here: apt-get install chromium`);

const SEED = '4d57d97a68f555696620a6d849c0ce582568518d729eb753dc7c732de2804510';

(available ? describe : describe.skip)('@wamp/* in Chromium against @wamp/router', () => {
  let router: Router;
  let routerUrl: string;
  let server: Server;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    const key = await CryptosignKey.fromSeedHex(SEED);
    router = new Router({
      realms: [{ name: 'realm1' }],
      auth: { anonymous: true, cryptosign: { principals: { 'browser-client': { authorizedKeys: [key.publicKey()], role: 'anonymous' } } } },
      log: () => {},
    });
    const serializers = [new JsonSerializer(), new MsgPackSerializer(), new CborSerializer(), new FlatBuffersSerializer({ lenientHello: true })];
    routerUrl = (await router.listen(listenWebSocket, { host: '127.0.0.1', port: 0, path: '/ws', serializers })).address.url;

    const scripts = new Map<string, Uint8Array>();
    for (const name of PAGES) scripts.set(`/${name}.js`, (await bundle(name)).code);
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const script = scripts.get(path);
      if (script !== undefined) {
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      } else if (path.endsWith('.html') && scripts.has(path.replace(/\.html$/, '.js'))) {
        const src = path.replace(/\.html$/, '.js');
        res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>running</title><script type="module" src="${src}"></script>`);
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await router?.close({ timeout: 500 });
  });

  async function open(name: PageName, query: Record<string, string> = {}): Promise<Record<string, any>> {
    const page = await browser.newPage();
    const logs: string[] = [];
    page.on('console', (m) => void logs.push(m.text()));
    page.on('pageerror', (e) => void logs.push(String(e)));
    try {
      const search = new URLSearchParams({ router: routerUrl, ...query });
      await page.goto(`${origin}/${name}.html?${search}`);
      await page.waitForFunction(() => document.title === 'done' || document.title === 'failed', undefined, { timeout: 20_000 });
      const error = await page.evaluate(() => window.__wampError);
      if (error !== undefined) throw new Error(`the page failed: ${error}\n${logs.join('\n')}`);
      return (await page.evaluate(() => window.__wampResult)) as Record<string, any>;
    } finally {
      await page.close();
    }
  }

  it('the JSON-only page registers, calls, subscribes and publishes', async () => {
    expect(await open('json-client')).toEqual({ sum: 5, events: ['hello from the browser'], left: 'wamp.close.goodbye_and_out', serializer: 'json' });
  }, 30_000);

  it('the full page works with JSON, MessagePack, CBOR and FlatBuffers, and authenticates with cryptosign', async () => {
    const result = await open('full-client', { seed: SEED });
    expect(result['serializers']).toEqual(
      ['json', 'msgpack', 'cbor', 'flatbuffers'].map((serializer) => ({ serializer, echoed: { args: ['ü→✓', 2.5], kwargs: { n: 1 } }, bytes: [0, 1, 254, 255] })),
    );
    const key = await CryptosignKey.fromSeedHex(SEED);
    expect(result['cryptosign']).toEqual({ authid: 'browser-client', authmethod: 'cryptosign', pubkey: key.publicKey() });
  }, 30_000);
});
