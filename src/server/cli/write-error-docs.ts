/** Renders the error catalogue into the README's error-code table: `npm run errors:docs`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderErrorCatalogue } from '../error-catalogue';
import { README_ERROR_TABLE } from '../error-docs';

const target = join(process.cwd(), 'README.md');
writeFileSync(target, README_ERROR_TABLE.replace(readFileSync(target, 'utf8'), renderErrorCatalogue()));
console.log(`wrote the error-code table in ${target}`);
