import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HubConfig } from '../config/environment';
import type { JoinWindow } from './group-commit';
import { type CheckpointSigner, importPublicKey, signerFromFile, signerFromPem, type TrustedKey } from './signing-key';

export interface AccessLogSettings {
  /** A signed checkpoint is written whenever the chain passes a multiple of this many entries. */
  checkpointEvery: number;
  signer: CheckpointSigner;
  /** Keys whose checkpoints verification accepts: the signer's own plus retired ones. */
  trustedKeys: TrustedKey[];
  /** How long an append may wait for the requests in progress when the process is busy (group-commit.ts); none if absent. */
  joinWindow?: JoinWindow;
}

function integerAtLeast(least: number, env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < least) throw new Error(`${name} must be ${least === 0 ? 'a whole number, 0 or more' : 'a positive integer'}, got "${raw}"`);
  return value;
}

/**
 * Access-log settings from the environment:
 * - `AUDIT_CHECKPOINT_EVERY` (default 1000 records);
 * - `AUDIT_GROUP_WAIT_MS` (default 2; 0: off) and `AUDIT_GROUP_WAIT_WHEN` (default 4): an append
 *   waits up to that long for the requests in progress while at least that many are (group-commit.ts);
 * - `AUDIT_SIGNING_KEY` (Ed25519 private key, PKCS#8 PEM) or `AUDIT_SIGNING_KEY_FILE`; with
 *   neither, a key generated once into `<data dir>/audit-signing-key.pem`. Every replica of the hub
 *   must use the same key;
 * - `AUDIT_TRUSTED_KEYS`: comma-separated public keys (base64url SPKI, as `npm run log:checkpoint`
 *   prints them) of retired signing keys whose checkpoints still verify.
 */
export function loadAccessLogSettings(config: HubConfig, env: NodeJS.ProcessEnv = process.env, options = { createKey: true }): AccessLogSettings {
  const file = keyFile(config, env);
  if (!env.AUDIT_SIGNING_KEY && !options.createKey && !existsSync(file)) {
    throw new Error(`No access-log signing key: set AUDIT_SIGNING_KEY or AUDIT_SIGNING_KEY_FILE to the hub's key (looked for ${file}).`);
  }
  const signer = env.AUDIT_SIGNING_KEY ? signerFromPem(env.AUDIT_SIGNING_KEY) : signerFromFile(file);
  const retired = (env.AUDIT_TRUSTED_KEYS ?? '').split(',').filter((k) => k.trim() !== '').map(importPublicKey);
  return {
    checkpointEvery: integerAtLeast(1, env, 'AUDIT_CHECKPOINT_EVERY', 1000),
    signer,
    trustedKeys: [{ keyId: signer.keyId, publicKey: signer.publicKey }, ...retired],
    joinWindow: { ms: integerAtLeast(0, env, 'AUDIT_GROUP_WAIT_MS', 2), whenInProgress: integerAtLeast(1, env, 'AUDIT_GROUP_WAIT_WHEN', 4) },
  };
}

/**
 * The keys verification trusts, without creating a signing key: the configured signing key's
 * public half when one is set or on disk, plus `AUDIT_TRUSTED_KEYS`. An auditor's machine needs
 * only the latter.
 */
export function trustedKeysFromEnvironment(config: HubConfig, env: NodeJS.ProcessEnv = process.env): TrustedKey[] {
  const file = keyFile(config, env);
  const pem = env.AUDIT_SIGNING_KEY || (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  const own = pem ? [signerFromPem(pem)].map((s) => ({ keyId: s.keyId, publicKey: s.publicKey })) : [];
  const retired = (env.AUDIT_TRUSTED_KEYS ?? '').split(',').filter((k) => k.trim() !== '').map(importPublicKey);
  return [...own, ...retired];
}

function keyFile(config: HubConfig, env: NodeJS.ProcessEnv): string {
  return env.AUDIT_SIGNING_KEY_FILE || join(config.dataDir, 'audit-signing-key.pem');
}
