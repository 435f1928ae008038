/** Writes the SDL to schema/schema.graphql: `npm run schema:emit`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printHubSchema } from '../schema';

const target = join(process.cwd(), 'schema', 'schema.graphql');
writeFileSync(target, printHubSchema());
console.log(`wrote ${target}`);
