/**
 * Test-only helpers for the transport packages.
 *
 * @packageDocumentation
 */
export { recorder } from './recorder.js';
export type { Recorder } from './recorder.js';
export { tlsCert } from './tls-cert.js';
export { helloResponder } from './hello-responder.js';
export type { Responder } from './hello-responder.js';
export { PYTHON, autobahnPythonAvailable, pythonHelper, runPythonJson, spawnPythonPeer } from './run-python.js';
export type { PythonPeer } from './run-python.js';
export { NODE22_BINARY } from './node22.js';
