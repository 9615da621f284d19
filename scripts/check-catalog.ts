/**
 * `npm run catalog:check`: checks the catalog YAML in the v2 format (keys, kinds, names, types,
 * sources, error codes, cursor blocks, sorted methods and shapes) until the loader reads v2.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRawCatalog } from '../codegen/raw-catalog.js';

const CATALOG = path.join(fileURLToPath(new URL('..', import.meta.url)), 'catalog');
const catalog = readRawCatalog(CATALOG, { v1Files: ['socialize.yaml'] });
for (const i of catalog.issues) console.log(`catalog/${i.file}:${i.line} ${i.path ? `${i.path}: ` : ''}${i.message}`);
const shapes = [...catalog.shapes.values()].reduce((n, m) => n + m.size, 0);
console.log(`${catalog.methods.length} methods, ${shapes} shapes, ${catalog.issues.length} problems`);
process.exitCode = catalog.issues.length > 0 ? 1 : 0;
