// The fox-wamp router (npm `fox-wamp`) on a free port of 127.0.0.1: prints {"ready": true, "port": N}
// once listening and stops on "done" (or when stdin closes).
// fox-wamp speaks JSON over WebSocket only, on any URL path, and creates realms on demand (names
// must match /^[a-z0-9_]+$/).
// Usage: node fox-wamp-router.mjs [PORT]   (default: a free port)
import FoxRouter from 'fox-wamp';
import { emit, expectLine, run, within } from './line-protocol.mjs';

run(async () => {
  const server = new FoxRouter().listenWAMP({ port: Number(process.argv[2] ?? 0), host: '127.0.0.1' });
  await within(5000, new Promise((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  }), 'listen');
  emit({ ready: true, port: server.address().port });
  await expectLine('done').catch(() => {});
  for (const client of server.clients) client.terminate();
  await within(5000, new Promise((resolve) => server.close(resolve)), 'close');
});
