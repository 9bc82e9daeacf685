// The ceiling: the same request/response over plain ws through a relay that forwards frames
// between two connections (no WAMP). Spec as the other workers; url is the relay's.
import WebSocket from 'ws';
import { done, payload, runRpc, spec } from './common.mjs';

const open = (role) =>
  new Promise((resolve, reject) => {
    const ws = new WebSocket(`${spec.url}?${role}`);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });

const callee = await open('callee');
const caller = await open('caller');
callee.on('message', (data) => {
  const [id, body] = JSON.parse(data.toString());
  callee.send(JSON.stringify([id, body]));
});
const pending = new Map();
let next = 0;
caller.on('message', (data) => {
  const [id] = JSON.parse(data.toString());
  pending.get(id)?.();
  pending.delete(id);
});
done(
  await runRpc(
    () =>
      new Promise((resolve) => {
        const id = ++next;
        pending.set(id, resolve);
        caller.send(JSON.stringify([id, payload]));
      }),
  ),
);
