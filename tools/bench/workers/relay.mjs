// The ceiling's relay: forwards every frame from the "caller" connection to the "callee" one and
// back, as a router forwards CALL/INVOCATION and YIELD/RESULT, without any WAMP. Prints {"port"}.
import { WebSocketServer } from 'ws';

const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
const peers = {};
server.on('connection', (ws, req) => {
  const role = req.url?.includes('callee') ? 'callee' : 'caller';
  const other = role === 'callee' ? 'caller' : 'callee';
  peers[role] = ws;
  ws.on('message', (data, isBinary) => peers[other]?.send(data, { binary: isBinary }));
});
server.on('listening', () => process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
