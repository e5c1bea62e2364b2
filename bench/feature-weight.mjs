// Tool pages' up-front JavaScript (KB gzip, as tests/site/budgets.test.ts counts it) for each built dist given.
import { pageSizes } from '../scripts/site-measure.mjs';
const dists = process.argv.slice(2);
const pages = ['/tools/questions/', '/tools/timer/', '/tools/checklist/', '/tools/messages/', '/data/'];
console.log('page'.padEnd(20), dists.map((d) => d.replace('bench/tmp/', '').padStart(14)).join(''));
for (const p of pages) console.log(p.padEnd(20), dists.map((d) => (pageSizes(d, p).js / 1024).toFixed(2).padStart(14)).join(''));
