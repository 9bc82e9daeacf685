// The JSON-only browser page: connect, register, call, subscribe, publish over WebSocket with
// JSON, nothing else. Its bundle is what the bundle budget measures.
import { connect } from '@wamp/session';
import { JsonSerializer } from '@wamp/serializers/json';
import { webSocket } from '@wamp/transport-ws';
import { report, routerUrl } from './report.js';

async function run(): Promise<Record<string, unknown>> {
  const session = await connect({ transport: webSocket(routerUrl(), { serializers: [new JsonSerializer()] }), realm: 'realm1' });
  await session.register('com.example.add2', (args) => (args[0] as number) + (args[1] as number));
  const got: unknown[] = [];
  let gotEvent!: () => void;
  const event = new Promise<void>((resolve) => (gotEvent = resolve));
  await session.subscribe('com.example.news', (args) => {
    got.push(args[0]);
    gotEvent();
  });
  const sum = await session.call('com.example.add2', [2, 3]);
  await session.publish('com.example.news', ['hello from the browser'], {}, { acknowledge: true, excludeMe: false });
  await event;
  const left = await session.leave();
  return { sum, events: got, left: left.reason, serializer: 'json' };
}

report(run);
