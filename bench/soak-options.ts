import { parseArgs } from 'node:util';

/** What one soak run does, from the command line (`npm run soak -- --help`). */
export interface SoakOptions {
  minutes: number;
  residents: number;
  connections: number;
  /** Seconds between samples of the hub's memory. */
  sampleSeconds: number;
  quick: boolean;
  output: string;
}

export const SOAK_USAGE = `npm run soak -- [--quick] [--minutes M] [--residents N] [--connections C] [--sample-seconds S] [--output FILE]`;

export function parseSoakOptions(argv: string[]): SoakOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      minutes: { type: 'string' },
      residents: { type: 'string' },
      connections: { type: 'string' },
      'sample-seconds': { type: 'string' },
      output: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(SOAK_USAGE);
    process.exit(0);
  }
  const quick = values.quick!;
  const number = (raw: string | undefined, fallback: number, name: string, integer = true) => {
    const value = raw === undefined ? fallback : Number(raw.replace(/_/g, ''));
    if (!(value > 0) || (integer && !Number.isInteger(value))) throw new Error(`--${name} must be a positive ${integer ? 'whole ' : ''}number`);
    return value;
  };
  return {
    quick,
    minutes: number(values.minutes, quick ? 1 : 10, 'minutes', false),
    residents: number(values.residents, quick ? 10_000 : 100_000, 'residents'),
    connections: number(values.connections, 8, 'connections'),
    sampleSeconds: number(values['sample-seconds'], quick ? 2 : 5, 'sample-seconds', false),
    output: values.output ?? (quick ? 'bench/results/soak-quick.md' : 'bench/results/soak.md'),
  };
}
