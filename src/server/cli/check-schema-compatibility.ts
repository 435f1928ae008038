/** `npm run schema:check`: fails on a breaking change since the released schema that is not acknowledged. */
import { readFileSync } from 'node:fs';
import { ACKNOWLEDGEMENTS, compareWithRelease, describeComparison, parseAcknowledgements, passes, RELEASED_SCHEMA } from '../breaking-changes';

const comparison = compareWithRelease(readFileSync(RELEASED_SCHEMA, 'utf8'), readFileSync('schema/schema.graphql', 'utf8'), parseAcknowledgements(readFileSync(ACKNOWLEDGEMENTS, 'utf8')));
for (const line of describeComparison(comparison)) console.log(line);
if (passes(comparison)) {
  console.log(`schema/schema.graphql is compatible with ${RELEASED_SCHEMA}${comparison.acknowledged.length ? ' (with the acknowledged breaking changes)' : ''}.`);
} else {
  process.exitCode = 1;
}
