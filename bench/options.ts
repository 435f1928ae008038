import { parseArgs } from 'node:util';

/** What one benchmark run measures, from the command line (`npm run bench -- --help`). */
export interface BenchOptions {
  residents: number;
  logEntries: number;
  /** Seconds of load per round of the single-resident view, per side (on, off). */
  seconds: number;
  connections: number;
  /** Rounds of every on/off/floor comparison (at least 7 for a verdict); the tables report the median round and the spread. */
  rounds: number;
  /** Sequential requests per caseload size, per side and round. */
  caseloadRequests: number;
  caseloadSizes: number[];
  quick: boolean;
  output: string;
  /** Directory for CPU profiles of the hub processes (node --cpu-prof), if wanted. */
  profileHubs?: string;
}

export const USAGE = `npm run bench -- [--quick] [--residents N] [--log-entries N] [--seconds S] [--connections C] [--rounds R] [--caseload-requests N] [--output FILE] [--profile-hubs DIR]`;

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      residents: { type: 'string' },
      'log-entries': { type: 'string' },
      seconds: { type: 'string' },
      connections: { type: 'string' },
      rounds: { type: 'string' },
      'caseload-requests': { type: 'string' },
      output: { type: 'string', default: 'bench/results/latest.md' },
      'profile-hubs': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const quick = values.quick!;
  const number = (raw: string | undefined, fallback: number, name: string) => {
    const value = raw === undefined ? fallback : Number(raw.replace(/_/g, ''));
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
    return value;
  };
  return {
    quick,
    residents: number(values.residents, quick ? 10_000 : 100_000, 'residents'),
    logEntries: number(values['log-entries'], quick ? 100_000 : 10_000_000, 'log-entries'),
    seconds: number(values.seconds, quick ? 3 : 10, 'seconds'),
    connections: number(values.connections, 8, 'connections'),
    rounds: number(values.rounds, 7, 'rounds'),
    caseloadRequests: number(values['caseload-requests'], 16, 'caseload-requests'),
    caseloadSizes: [50, 500, 5000],
    output: values.output!,
    profileHubs: values['profile-hubs'],
  };
}
