// Sums jest's JSON reports (one per package, written by each package's `test` script) into the
// closing line CI reads: "N passed, N failed". Exits 1 when no report exists or a suite failed to run.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.reports/jest';
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
let passed = 0;
let failed = 0;
let pending = 0;
let brokenSuites = 0;
for (const file of files.sort()) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  pending += report.numPendingTests + (report.numTodoTests ?? 0);
  brokenSuites += report.numRuntimeErrorTestSuites;
  console.log(
    `${file.replace(/\.json$/, '').padEnd(36)} ${String(report.numPassedTests).padStart(5)} passed ${String(report.numFailedTests).padStart(3)} failed` +
      (report.numRuntimeErrorTestSuites ? `  (${report.numRuntimeErrorTestSuites} suites failed to run)` : ''),
  );
}
if (files.length === 0) console.log('no jest reports found: no test ran');
console.log(`${passed} passed, ${failed + brokenSuites} failed${pending ? `, ${pending} skipped` : ''}`);
process.exit(files.length === 0 || failed + brokenSuites > 0 ? 1 : 0);
