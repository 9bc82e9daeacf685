/**
 * Test-only helpers for the transport packages.
 *
 * @packageDocumentation
 */
export { recorder } from './recorder.js';
export type { Recorder } from './recorder.js';
export { tlsCert } from './tls-cert.js';
