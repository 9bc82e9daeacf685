// Sums jest's JSON reports (each package's `test` script writes <package>/.jest-report.json) into
// the closing line CI reads: "N passed, N failed". Exits 1 when no report exists or a suite failed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? '.';
const files = ['packages', 'examples', 'tools']
  .filter((dir) => existsSync(join(root, dir)))
  .flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(root, dir, name, '.jest-report.json')))
  .filter((file) => existsSync(file))
  .sort();
let passed = 0;
let failed = 0;
let pending = 0;
let brokenSuites = 0;
for (const file of files) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  pending += report.numPendingTests + (report.numTodoTests ?? 0);
  brokenSuites += report.numRuntimeErrorTestSuites;
  const name = file.split('/').slice(-2, -1)[0];
  console.log(
    `${name.padEnd(36)} ${String(report.numPassedTests).padStart(5)} passed ${String(report.numFailedTests).padStart(3)} failed` +
      (report.numRuntimeErrorTestSuites ? `  (${report.numRuntimeErrorTestSuites} suites failed to run)` : ''),
  );
}
if (files.length === 0) console.log('no jest reports found: no test ran');
console.log(`${passed} passed, ${failed + brokenSuites} failed${pending ? `, ${pending} skipped` : ''}`);
process.exit(files.length === 0 || failed + brokenSuites > 0 ? 1 : 0);
