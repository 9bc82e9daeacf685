/**
 * Test-only access to `../shared/vectors/` (DESIGN.md §5): a missing folder
 * skips, unless `WAMP_VECTORS_REQUIRED=1`, where it fails.
 *
 * @packageDocumentation
 */
export { VECTORS_DIR, loadVectors, vectorsAvailable } from './load.js';
export { fromVectorJson, toVectorJson, base64ToBytes, bytesToBase64 } from './bytes-convention.js';
export { wampEqual } from './wamp-equal.js';
