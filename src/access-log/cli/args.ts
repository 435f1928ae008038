/** `--name value` and `--flag` arguments; a repeated name collects its values. */
export function parseArgs(argv: string[]): Map<string, string[]> {
  const args = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new Error(`Unexpected argument "${argv[i]}"`);
    const value = match[2] ?? (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[++i] : 'true');
    args.set(match[1], [...(args.get(match[1]) ?? []), value]);
  }
  return args;
}

export function single(args: Map<string, string[]>, name: string): string | undefined {
  return args.get(name)?.at(-1);
}

export function integerArg(args: Map<string, string[]>, name: string): number | undefined {
  const raw = single(args, name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new Error(`--${name} takes a positive integer, got "${raw}"`);
  return Number(raw);
}

export function dateArg(args: Map<string, string[]>, name: string): Date | undefined {
  const raw = single(args, name);
  if (raw === undefined) return undefined;
  const date = new Date(raw);
  if (Number.isNaN(date.getTime())) throw new Error(`--${name} takes an ISO 8601 date or time, got "${raw}"`);
  return date;
}

/** Values of a repeatable option, also accepting comma-separated lists. */
export function listArg(args: Map<string, string[]>, name: string): string[] | undefined {
  const values = args.get(name)?.flatMap((v) => v.split(',')).filter((v) => v !== '');
  return values && values.length > 0 ? values : undefined;
}
