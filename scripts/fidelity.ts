/**
 * `npm run fidelity [-- --print]`: compares the loaded catalog with the typings of
 * @gigya-ts/rest-api and fails on every difference that catalog/fidelity-differences.yaml does not
 * accept, and on every accepted difference that no longer occurs; then says how many methods,
 * params and response fields each source backs. `--print` also writes the unrecorded differences
 * as entries of that file, for review (each needs its reason).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import {
  catalogMethods,
  catalogScope,
  compareMethods,
  describeDifference,
  readDifferencesFile,
  readPackageTypings,
  reconcile,
} from '../codegen/fidelity.js';
import { loadCatalog } from '../codegen/load/index.js';
import { countBySource } from '../codegen/provenance.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CATALOG = path.join(ROOT, 'catalog');
const DIFFERENCES = path.join(CATALOG, 'fidelity-differences.yaml');

const print = process.argv.includes('--print');
const ir = loadCatalog(CATALOG);
const ours = catalogMethods(ir);
const { methods: theirs, commonParams } = readPackageTypings();
const include = catalogScope(ours);
const found = compareMethods(theirs, ours, { include, commonParams });
const recorded = readDifferencesFile(DIFFERENCES);
const version = (
  JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@gigya-ts/rest-api/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const { unrecorded, stale, duplicates } = reconcile(found, recorded.differences, { include });

const inScope = theirs.filter((m) => include(m.wireName)).length;
console.log(
  `fidelity: ${ours.length} catalog methods, ${inScope} of ${theirs.length} package methods in scope; ` +
    `${found.length} differences, ${found.length - unrecorded.length} accepted`,
);
if (recorded.package !== `@gigya-ts/rest-api@${version}`)
  console.log(`note: the differences were recorded against ${recorded.package}; installed is ${version}`);
for (const d of unrecorded) console.log(`  unrecorded: ${describeDifference(d)}`);
for (const d of stale) console.log(`  stale (no longer differs, remove it): ${d.wireName} ${d.kind} ${d.name ?? ''}`);
for (const d of duplicates) console.log(`  listed twice: ${d.wireName} ${d.kind} ${d.name ?? ''}`);
if (print && unrecorded.length > 0) {
  console.log(
    stringify(
      unrecorded.map((d) => ({
        method: d.wireName,
        kind: d.kind,
        ...(d.name === undefined ? {} : { name: d.name }),
        reason: '',
      })),
    ),
  );
}

console.log('\nWhat each source backs (an entry without sources of its own rests on its method or shape):');
console.log('source      methods  params  response fields');
for (const c of countBySource(ir))
  console.log(
    `${c.key.padEnd(10)}  ${String(c.methods).padStart(7)}  ${String(c.params).padStart(6)}  ` +
      `${String(c.responseFields).padStart(15)}`,
  );
process.exitCode = unrecorded.length + stale.length + duplicates.length > 0 ? 1 : 0;
