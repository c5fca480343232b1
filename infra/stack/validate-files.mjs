// Parses each JSON or YAML file given (strictly: duplicate keys and YAML errors fail) and checks the
// Grafana dashboard's queries name metrics; prints one line per file, exits 1 at the first invalid one.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  try {
    const doc = file.endsWith('.json') ? JSON.parse(text) : parse(text, { uniqueKeys: true, strict: true });
    if (doc === null || typeof doc !== 'object') throw new Error('not an object');
    if (Array.isArray(doc.panels)) {
      const exprs = doc.panels.flatMap((p) => p.targets.map((t) => t.expr));
      const bad = exprs.filter((e) => !/\b(ztna|ems)_[a-z_]+/.test(e));
      if (exprs.length === 0 || bad.length > 0)
        throw new Error(`queries without a metric: ${bad.join('; ')}`);
      console.log(`valid: ${file} (${doc.panels.length} panels, ${exprs.length} queries)`);
    } else {
      console.log(`valid: ${file}`);
    }
  } catch (err) {
    console.error(`invalid: ${file}: ${err.message}`);
    process.exit(1);
  }
}
