/**
 * `npm run schema:release`: makes the current schema the released one. Refuses while a breaking
 * change is unacknowledged; the acknowledgements are consumed by the release (the file is emptied).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ACKNOWLEDGEMENTS, compareWithRelease, describeComparison, parseAcknowledgements, passes, RELEASED_SCHEMA } from '../breaking-changes';

const current = readFileSync('schema/schema.graphql', 'utf8');
const comparison = compareWithRelease(readFileSync(RELEASED_SCHEMA, 'utf8'), current, parseAcknowledgements(readFileSync(ACKNOWLEDGEMENTS, 'utf8')));
for (const line of describeComparison(comparison)) console.log(line);
if (!passes(comparison)) {
  console.error('Not released: acknowledge or undo the breaking changes first.');
  process.exitCode = 1;
} else {
  writeFileSync(RELEASED_SCHEMA, current);
  writeFileSync(ACKNOWLEDGEMENTS, JSON.stringify({ acknowledged: [] }, null, 2) + '\n');
  console.log(`Released: ${RELEASED_SCHEMA} is now schema/schema.graphql; ${ACKNOWLEDGEMENTS} emptied. Commit both, and tag the release.`);
}
