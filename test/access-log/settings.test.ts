import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { HubConfig } from '../../src/config/environment';
import { loadAccessLogSettings } from '../../src/access-log/settings';

const key = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const config = { dataDir: '/nonexistent' } as HubConfig;
const settings = (env: Record<string, string>) => loadAccessLogSettings(config, { AUDIT_SIGNING_KEY: key, ...env });

describe('access-log settings', () => {
  it('holds an append up to 2 ms while 4 or more requests are in progress, unless told otherwise', () => {
    expect(settings({}).joinWindow).toEqual({ ms: 2, whenInProgress: 4 });
    expect(settings({ AUDIT_GROUP_WAIT_MS: '5', AUDIT_GROUP_WAIT_WHEN: '16' }).joinWindow).toEqual({ ms: 5, whenInProgress: 16 });
    expect(settings({ AUDIT_GROUP_WAIT_MS: '0' }).joinWindow).toEqual({ ms: 0, whenInProgress: 4 });
  });

  it('refuses a wait or a threshold that is not a whole number in range, naming the setting', () => {
    expect(() => settings({ AUDIT_GROUP_WAIT_MS: '-1' })).toThrow(/AUDIT_GROUP_WAIT_MS must be a whole number, 0 or more, got "-1"/);
    expect(() => settings({ AUDIT_GROUP_WAIT_MS: '1.5' })).toThrow(/AUDIT_GROUP_WAIT_MS/);
    expect(() => settings({ AUDIT_GROUP_WAIT_MS: 'soon' })).toThrow(/AUDIT_GROUP_WAIT_MS/);
    expect(() => settings({ AUDIT_GROUP_WAIT_WHEN: '0' })).toThrow(/AUDIT_GROUP_WAIT_WHEN must be a positive integer, got "0"/);
    expect(() => settings({ AUDIT_CHECKPOINT_EVERY: '0' })).toThrow(/AUDIT_CHECKPOINT_EVERY must be a positive integer/);
  });
});
