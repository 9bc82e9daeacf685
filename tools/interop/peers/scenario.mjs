// What the third-party callee/caller/subscriber scripts exchange (test/support/scenario.ts checks
// the same values): procedures, the topic and the payloads.
export const ADD2 = 'com.example.add2';
export const ECHO = 'com.example.echo';
export const FAIL = 'com.example.fail';
export const NOBODY = 'com.example.nobody';
export const TOPIC = 'com.example.topic';
export const CUSTOM_ERROR = 'com.example.error.custom';

/** Positional and keyword arguments sent to ECHO; binary only where the serializer has bytes. */
export function echoPayload(serializer) {
  const args = ['text ü→✓', 1, -7, 2.5, true, null, { nested: [1, 'a', { deep: false }] }, []];
  const kwargs = { k: 'v', big: 2 ** 40, list: [1, 2, 3], obj: { x: null } };
  if (serializer !== 'json') kwargs.bin = Buffer.from([0, 1, 2, 255]);
  return { args, kwargs };
}

/** The event every caller publishes to TOPIC. */
export function eventPayload(library) {
  return { args: ['event', 1, { from: library }], kwargs: { library, n: 2 } };
}
