import { writeFileSync } from 'node:fs';
import { ANNOTATED_REPORTS, annotatedReport } from '../tests/helpers/annotated-report.ts';
for (const name of ANNOTATED_REPORTS) {
  const { text, gold } = annotatedReport(name);
  writeFileSync(`/tmp/wt10-own-${name}.txt`, text);
  writeFileSync(`/tmp/wt10-own-${name}.jsonl`, gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
}
