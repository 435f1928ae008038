import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { HubConfig } from '../src/config/environment';
import type { HubProcessArgs, HubStats } from './hub-process';

/** The benchmark's side of a hub child process. */
export class HubHandle {
  private constructor(
    readonly label: string,
    readonly url: string,
    private readonly child: ChildProcess,
  ) {}

  static start(label: string, config: HubConfig, enforcement: boolean, profileDir?: string): Promise<HubHandle> {
    const args: HubProcessArgs = { config, enforcement };
    const child = fork(join(__dirname, 'hub-process.js'), [JSON.stringify(args)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
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

  /** Statements and peak RSS since the last reset; `reset` starts a new interval. */
  stats(reset = true): Promise<HubStats> {
    return new Promise((resolve) => {
      const listener = (message: { type: string; stats: HubStats }) => {
        if (message.type !== 'stats') return;
        this.child.off('message', listener);
        resolve(message.stats);
      };
      this.child.on('message', listener);
      this.child.send({ type: 'stats', reset });
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.send({ type: 'stop' });
    });
  }
}
