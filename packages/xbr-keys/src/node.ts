/**
 * `@wamp/xbr-keys/node` (Node only): the security module persisted to a file.
 *
 * @packageDocumentation
 */
export { SecurityModuleFile } from './security-module-file.js';
export type { SecurityModuleFileOptions } from './security-module-file.js';
