import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { HubConfig } from '../src/config/environment';
import type { HubMemory, HubProcessArgs, HubSide, HubStats } from './hub-process';

export interface HubStartOptions {
  /** Directory for a CPU profile of the hub (node --cpu-prof). */
  profileDir?: string;
  /** The compiled hub-process.js to run; default: the one next to this file. */
  script?: string;
  /** Environment of the hub process; default: this process's. */
  env?: NodeJS.ProcessEnv;
}

/** The benchmark's side of a hub child process. */
export class HubHandle {
  private constructor(
    readonly label: string,
    readonly url: string,
    private readonly child: ChildProcess,
  ) {}

  /** `side` true is 'on' (enforced and logged), false 'off'. */
  static start(label: string, config: HubConfig, side: HubSide | boolean, options: HubStartOptions = {}): Promise<HubHandle> {
    const args: HubProcessArgs = { config, side: side === true ? 'on' : side === false ? 'off' : side };
    const { profileDir } = options;
    const child = fork(options.script ?? join(__dirname, 'hub-process.js'), [JSON.stringify(args)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      // As deployed (the Dockerfile): libraries in production mode — graphql-js's instanceOf without
      // its development check across realms, Apollo's defaults. The hub's own settings are `config`.
      env: { ...(options.env ?? process.env), NODE_ENV: 'production' },
      execArgv: profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', `hub-${label}.cpuprofile`] : [],
    });
    return new Promise((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`hub ${label} exited with ${code} before it was ready`)));
      child.once('message', (message: { type: string; url: string }) => {
        child.removeAllListeners('exit');
        resolve(new HubHandle(label, message.url, child));
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Statements and peak RSS since the last reset; `reset` starts a new interval. */
  stats(reset = true): Promise<HubStats> {
    return this.ask<HubStats>({ type: 'stats', reset }, 'stats');
  }

  /** The hub process's memory use now. */
  memory(): Promise<HubMemory> {
    return this.ask<HubMemory>({ type: 'memory' }, 'memory');
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.send({ type: 'stop' });
    });
  }

  /**
   * Stores the checkpoints the hub's log still carries (they would otherwise be stored by its idle
   * timer a second later, during whichever side's run is then being counted).
   */
  async settle(): Promise<void> {
    await this.ask<boolean>({ type: 'settle' }, 'settled');
  }

  private ask<T>(message: { type: string; reset?: boolean }, answer: 'stats' | 'memory' | 'settled'): Promise<T> {
    return new Promise((resolve, reject) => {
      if (this.child.exitCode !== null) return reject(new Error(`hub ${this.label} has exited`));
      const listener = (reply: { type: string } & Record<string, unknown>) => {
        if (reply.type !== message.type) return;
        this.child.off('message', listener);
        resolve(reply[answer] as T);
      };
      this.child.on('message', listener);
      this.child.send(message);
    });
  }
}
