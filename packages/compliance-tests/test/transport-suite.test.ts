import { describeTransportCompliance } from '../src/transport.js';
import type { Faults } from './support/pipe-transport.js';
import { pipeFixture } from './support/pipe-transport.js';
import { RecordingFramework, failures } from './support/recorder.js';

// Dogfooding on jest's globals: a correct pipe passes.
describeTransportCompliance('correct pipe', { setup: () => pipeFixture(), teardown: () => {} });

const CAUGHT_BY: [string, Faults, string][] = [
  ['reorders messages', { reorder: true }, 'delivers 100 messages each way, in order'],
  ['accepts send after close', { sendAfterClose: true }, 'send after close throws TransportLost'],
  ['reports onClose twice', { doubleClose: true }, 'close() leads to onClose(wasClean=true) exactly once on both ends'],
  ['reports abort as clean', { abortIsClean: true }, 'abort() leads to onClose(wasClean=false) exactly once'],
];

describe('describeTransportCompliance', () => {
  it.each(CAUGHT_BY)('fails a transport that %s', async (_what, faults, check) => {
    const framework = new RecordingFramework();
    describeTransportCompliance('broken', { setup: () => pipeFixture(faults), teardown: () => {} }, framework);
    const failed = failures(await framework.run());
    expect(failed.filter((f) => f.startsWith(`${check}:`))).toHaveLength(1);
  });

  it('passes every check for a correct transport', async () => {
    const framework = new RecordingFramework();
    describeTransportCompliance('correct', { setup: () => pipeFixture(), teardown: () => {} }, framework);
    const outcomes = await framework.run();
    expect(outcomes.length).toBeGreaterThanOrEqual(8);
    expect(failures(outcomes)).toEqual([]);
  });
});
