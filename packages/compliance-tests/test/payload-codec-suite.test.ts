import { describePayloadCodecCompliance } from '../src/payload-codec.js';
import type { CodecFaults } from './support/hmac-codec.js';
import { codecFixture } from './support/hmac-codec.js';
import { RecordingFramework, failures } from './support/recorder.js';

// Dogfooding on jest's globals: a correct HMAC codec passes.
describePayloadCodecCompliance('JSON + HMAC-SHA256', { setup: () => codecFixture(), teardown: () => {} });

const CAUGHT_BY: [string, CodecFaults, string][] = [
  ['drops kwargs', { dropKwargs: true }, 'round-trips args and kwargs from the originator (encode true) to the responder (decode false)'],
  ['reports whatever URI it is asked for', { unboundUri: true }, 'binds a payload to its URI: decoded for another URI it is refused, or reports the URI it was encoded for'],
  ['accepts tampered payloads', { noIntegrity: true }, 'refuses a tampered payload with an error that says why'],
  ['encodes a URI it should leave plain', { encodesEverything: true }, 'leaves a plain URI unencoded (encode resolves undefined)'],
  ['pairs isOriginating wrongly', { keyPerRole: true }, 'round-trips args and kwargs from the responder (encode false) to the originator (decode true)'],
  ['throws synchronously from decode', { throwsSync: true }, 'refuses an empty or truncated payload with an error that says why'],
  ['accepts a foreign encAlgo', { anyAlgo: true }, 'refuses a payload of another encAlgo with an error that says why'],
];

describe('describePayloadCodecCompliance', () => {
  it.each(CAUGHT_BY)('fails a codec that %s', async (_what, faults, check) => {
    const framework = new RecordingFramework();
    describePayloadCodecCompliance('broken', { setup: () => codecFixture(faults), teardown: () => {} }, framework);
    expect(failures(await framework.run()).filter((f) => f.startsWith(`${check}:`))).toHaveLength(1);
  });

  it('passes every check for a correct codec', async () => {
    const framework = new RecordingFramework();
    describePayloadCodecCompliance('correct', { setup: () => codecFixture(), teardown: () => {} }, framework);
    const outcomes = await framework.run();
    expect(outcomes.length).toBe(10);
    expect(failures(outcomes)).toEqual([]);
  });

  it('skips the tamper check for a codec that says it is not tamper-evident', async () => {
    const framework = new RecordingFramework();
    describePayloadCodecCompliance('transform', { setup: () => ({ ...codecFixture({ noIntegrity: true }), tamperEvident: false }), teardown: () => {} }, framework);
    expect(failures(await framework.run(n => n.startsWith('refuses a tampered')))).toEqual([]);
  });
});
