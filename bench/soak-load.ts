import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { SoakLoadJob, SoakLoadMessage, SoakLoadResult } from './soak-load-worker';

/** Runs the soak's load in a child process (bench/soak-load-worker.ts); `onProgress` gets its reports. */
export function runSoakLoad(job: SoakLoadJob, onProgress: (progress: Extract<SoakLoadMessage, { type: 'progress' }>) => void): Promise<SoakLoadResult> {
  const child = fork(join(__dirname, 'soak-load-worker.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.on('message', (message: SoakLoadMessage) => (message.type === 'progress' ? onProgress(message) : resolve(message.result)));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`load generator exited with ${code}`))));
    child.send(job);
  });
}
