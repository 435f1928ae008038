import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HubConfig } from '../config/environment';

/**
 * The HS256 key that signs and verifies tokens: JWT_SECRET when set (production), otherwise a
 * random secret generated once into the data directory so that demo tokens survive restarts.
 */
export function signingKey(config: HubConfig): Uint8Array {
  if (config.jwt.secret) {
    if (Buffer.byteLength(config.jwt.secret) < 32) throw new Error('JWT_SECRET must be at least 32 bytes long');
    return new TextEncoder().encode(config.jwt.secret);
  }
  const file = join(config.dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}
