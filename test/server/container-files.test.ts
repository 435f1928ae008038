import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..');

interface Instruction {
  stage: number;
  keyword: string;
  args: string;
}

/** The Dockerfile's instructions (continuation lines joined), each with its build stage. */
function instructions(): Instruction[] {
  const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  let stage = -1;
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      if (keyword.toUpperCase() === 'FROM') stage++;
      return { stage, keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

/** A structural lint in place of hadolint (not available here): what a broken image would get wrong. */
describe('the Dockerfile', () => {
  const all = instructions();
  const finalStage = Math.max(...all.map((i) => i.stage));
  const final = all.filter((i) => i.stage === finalStage);

  it('builds on Node 20, the version the project supports', () => {
    for (const from of all.filter((i) => i.keyword === 'FROM')) expect(from.args).toMatch(/^node:20[-.\w]*/);
  });

  it('copies only files that exist into the build stage', () => {
    for (const copy of all.filter((i) => i.keyword === 'COPY' && !i.args.startsWith('--from'))) {
      const sources = copy.args.split(/\s+/).slice(0, -1);
      for (const source of sources) expect(existsSync(join(ROOT, source)), source).toBe(true);
    }
  });

  it('runs the hub as a user other than root, listening on the exposed port', () => {
    const users = final.filter((i) => i.keyword === 'USER');
    expect(users.at(-1)?.args).toBeDefined();
    expect(users.at(-1)!.args).not.toMatch(/^(root|0)(:|$)/);
    expect(final.findIndex((i) => i.keyword === 'USER')).toBeLessThan(final.findIndex((i) => i.keyword === 'CMD'));
    const env = final.find((i) => i.keyword === 'ENV')!.args;
    expect(env).toContain('HOST=0.0.0.0');
    const port = /PORT=(\d+)/.exec(env)![1];
    expect(final.find((i) => i.keyword === 'EXPOSE')?.args).toBe(port);
  });

  it('starts the compiled hub', () => {
    const cmd = JSON.parse(final.find((i) => i.keyword === 'CMD')!.args) as string[];
    expect(cmd[0]).toBe('node');
    expect(existsSync(join(ROOT, cmd[1].replace(/^dist\//, '').replace(/\.js$/, '.ts')))).toBe(true);
  });
});

describe('the compose file', () => {
  const compose = parse(readFileSync(join(ROOT, 'compose.yaml'), 'utf8'));

  it('runs the hub, built here, as its non-root user, on a PostgreSQL it waits for', () => {
    const hub = compose.services.hub;
    expect(hub.build).toBe('.');
    expect(hub.user).toBe('tsunagu');
    expect(hub.depends_on.postgres.condition).toBe('service_healthy');
    expect(compose.services.postgres.healthcheck.test.join(' ')).toContain('pg_isready');
    expect(hub.environment.DATABASE_URL).toMatch(/^postgresql:\/\/[^@]+@postgres:5432\/tsunagu$/);
  });

  it('takes its secrets from the environment, never written in the file', () => {
    expect(compose.services.hub.environment.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?/);
    expect(compose.services.postgres.environment.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
    expect(compose.services.hub.environment.TRUSTED_DOCUMENTS).toBe('require');
  });

  it('keeps the database and the hub’s keys on named volumes', () => {
    const declared = Object.keys(compose.volumes);
    for (const service of ['hub', 'postgres']) {
      for (const volume of compose.services[service].volumes as string[]) expect(declared).toContain(volume.split(':')[0]);
    }
  });
});
