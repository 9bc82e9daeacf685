import { describeSecurityModuleCompliance } from '../src/key.js';
import type { ModuleFaults } from './support/reference-security-module.js';
import { ReferenceSecurityModule } from './support/reference-security-module.js';
import { RecordingFramework, failures } from './support/recorder.js';

// Dogfooding on jest's globals: a correct module passes.
describeSecurityModuleCompliance('reference module', { setup: () => new ReferenceSecurityModule(), teardown: () => {} });

const CAUGHT_BY: [string, ModuleFaults, string][] = [
  ['works while closed', { ignoreClosed: true }, 'refuses everything while closed, and opening twice'],
  ['hands out keys while locked', { ignoreLock: true }, 'refuses key access while locked, and allows it again after unlock'],
  ['loses concurrent counter increments', { racyCounter: true }, 'counts from 0 and never loses an increment, even concurrent ones'],
  ['gives keys that do not know their slot', { unboundKeys: true }, 'creates, finds and deletes keys by number; keys report the module and their number'],
];

describe('describeSecurityModuleCompliance', () => {
  it.each(CAUGHT_BY)('fails a module that %s', async (_what, faults, check) => {
    const framework = new RecordingFramework();
    describeSecurityModuleCompliance('broken', { setup: () => new ReferenceSecurityModule(faults), teardown: () => {} }, framework);
    expect(failures(await framework.run()).filter((f) => f.startsWith(`${check}:`))).toHaveLength(1);
  });

  it('passes every check for a correct module', async () => {
    const framework = new RecordingFramework();
    describeSecurityModuleCompliance('correct', { setup: () => new ReferenceSecurityModule(), teardown: () => {} }, framework);
    const outcomes = await framework.run();
    expect(outcomes.length).toBe(5);
    expect(failures(outcomes)).toEqual([]);
  });
});
