/**
 * `@wamp/cryptosign/node` (Node only): load a key from a file of any supported format.
 *
 * @packageDocumentation
 */
export { load } from './load.js';
