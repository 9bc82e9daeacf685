// fox-wamp (JSON over WebSocket) as the router of the session benchmark. Prints {"url"}; exits when stdin closes.
import FoxRouter from 'fox-wamp';

const server = new FoxRouter().listenWAMP({ port: 0, host: '127.0.0.1' });
server.on('listening', () => process.stdout.write(`${JSON.stringify({ url: `ws://127.0.0.1:${server.address().port}/ws` })}\n`));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
