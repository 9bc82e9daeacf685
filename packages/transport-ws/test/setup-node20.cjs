// jest's node environment exposes a global WebSocket that plain Node 20 does not have
// (`node -e "typeof WebSocket"` prints undefined): remove it so these tests see the runtime
// users get on Node 20, where webSocket() uses the ws package. The platform path is tested
// under a real Node 22 binary (test/node22.test.ts).
delete globalThis.WebSocket;
