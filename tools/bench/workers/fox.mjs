// fox-wamp (JSON over WebSocket) as the router of the session benchmark. Prints {"url"}; answers
// "mem" lines like router.mjs; exits when stdin closes.
import FoxRouter from 'fox-wamp';
import { answerMemoryQueries } from './memory-probe.mjs';

const server = new FoxRouter().listenWAMP({ port: 0, host: '127.0.0.1' });
server.on('listening', () => process.stdout.write(`${JSON.stringify({ url: `ws://127.0.0.1:${server.address().port}/ws` })}\n`));
answerMemoryQueries();
