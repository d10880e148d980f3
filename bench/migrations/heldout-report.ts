// Held-out corpus: recall / precision of launch-gate's migrations check and of squawk 2.66, by hazard
// category and line.   npx tsx bench/migrations/heldout-report.ts [--verbose]
import { loadHeldout, runOurs, runSquawk, scoreHeldout, type HeldoutScore } from './heldout.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const verbose = process.argv.includes('--verbose');

function line(label: string, s: HeldoutScore) {
  return `  ${label.padEnd(14)} recall ${pct(s.recall)} (${s.truePositives}/${s.expected})  precision ${pct(s.precision)} (${s.falsePositives} false alarms)`;
}

async function main() {
  const exp = loadHeldout();
  const pg = Object.keys(exp.projects).filter((p) => exp.projects[p].dialect !== 'mysql');
  const files = Object.values(exp.projects).reduce((n, p) => n + Object.keys(p.files).length, 0);
  const ours = await runOurs(exp);
  const sq = runSquawk(exp);
  console.log(`held-out corpus: ${Object.keys(exp.projects).length} projects, ${files} migration files`);
  for (const [label, projects] of [
    ['all projects', undefined],
    ['PostgreSQL projects', pg],
  ] as const) {
    for (const byLine of [true, false]) {
      console.log(`\n${label}, ${byLine ? 'category + line' : 'category + file'}:`);
      console.log(line('launch-gate', scoreHeldout(ours.hits, exp, { byLine, projects: projects && [...projects] })));
      console.log(line('squawk 2.66', scoreHeldout(sq, exp, { byLine, projects: projects ?? pg })));
    }
  }
  const s = scoreHeldout(ours.hits, exp, { byLine: true });
  const q = scoreHeldout(sq, exp, { byLine: true, projects: pg });
  console.log('\nby category (launch-gate found/expected, false alarms | squawk on PostgreSQL projects):');
  for (const c of Object.keys({ ...s.byCategory, ...q.byCategory }).sort()) {
    const a = s.byCategory[c] ?? { expected: 0, found: 0, falseAlarms: 0 };
    const b = q.byCategory[c] ?? { expected: 0, found: 0, falseAlarms: 0 };
    console.log(
      `  ${c.padEnd(28)} ${a.found}/${a.expected} fp ${a.falseAlarms}  |  ${b.found}/${b.expected} fp ${b.falseAlarms}`,
    );
  }
  if (verbose) {
    console.log('\nlaunch-gate missed:\n  ' + s.missed.join('\n  '));
    console.log('launch-gate false alarms:\n  ' + s.unexpected.join('\n  '));
    console.log(
      'statuses:\n  ' +
        Object.entries(ours.statuses)
          .map(([p, x]) => `${p}: ${x}`)
          .join('\n  '),
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
