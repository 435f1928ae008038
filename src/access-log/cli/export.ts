/** `npm run log:export -- --out log.csv [filters]`: exports access-log entries to CSV. */
import { runExport } from './export-command';
import { runAsProcess } from './io';

runAsProcess((argv) => runExport(argv));
