import { loadavg } from 'node:os';
import type { HubHandle } from './hub-handle';

export interface MemorySample {
  /** Since sampling started. */
  seconds: number;
  rssBytes: number;
  heapUsedBytes: number;
  /** The machine's one-minute load average. */
  load1: number;
}

/** Asks the hub process for its memory use every `everySeconds` until stopped. */
export function sampleHubMemory(hub: HubHandle, everySeconds: number): { samples: MemorySample[]; stop(): Promise<MemorySample[]> } {
  const samples: MemorySample[] = [];
  const started = performance.now();
  let pending: Promise<unknown> = Promise.resolve();
  const take = () => {
    pending = hub.memory().then((m) => samples.push({ seconds: (performance.now() - started) / 1000, rssBytes: m.rssBytes, heapUsedBytes: m.heapUsedBytes, load1: loadavg()[0] }));
  };
  take();
  const timer = setInterval(take, everySeconds * 1000);
  return {
    samples,
    async stop() {
      clearInterval(timer);
      await pending;
      take();
      await pending;
      return samples;
    },
  };
}

export interface MemoryWindow {
  from: number;
  to: number;
  samples: number;
  meanRssBytes: number;
  meanHeapUsedBytes: number;
  /** The lowest heap in the window: close to what is live after a collection. */
  minHeapUsedBytes: number;
}

export function memoryWindow(samples: MemorySample[], from: number, to: number): MemoryWindow {
  const inside = samples.filter((s) => s.seconds >= from && s.seconds <= to);
  const mean = (pick: (s: MemorySample) => number) => inside.reduce((n, s) => n + pick(s), 0) / inside.length;
  return {
    from,
    to,
    samples: inside.length,
    meanRssBytes: mean((s) => s.rssBytes),
    meanHeapUsedBytes: mean((s) => s.heapUsedBytes),
    minHeapUsedBytes: Math.min(...inside.map((s) => s.heapUsedBytes)),
  };
}
