import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The Ed25519 key that signs checkpoints, and the id checkpoints name it by. */
export interface CheckpointSigner {
  privateKey: KeyObject;
  publicKey: KeyObject;
  keyId: string;
}

/** A public key that verification accepts, by id. */
export interface TrustedKey {
  keyId: string;
  publicKey: KeyObject;
}

/** Fingerprint of a public key: the first 16 bytes (hex) of SHA-256 over its SPKI DER encoding. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 32);
}

/** The public key in the form `AUDIT_TRUSTED_KEYS` takes: base64url of its SPKI DER encoding. */
export function exportPublicKey(publicKey: KeyObject): string {
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64url');
}

export function importPublicKey(encoded: string): TrustedKey {
  const publicKey = createPublicKey({ key: Buffer.from(encoded.trim(), 'base64url'), format: 'der', type: 'spki' });
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new Error('A trusted access-log key must be an Ed25519 public key');
  return { keyId: keyIdOf(publicKey), publicKey };
}

export function signerFromPem(pem: string): CheckpointSigner {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('The access-log signing key must be an Ed25519 private key (PKCS#8 PEM)');
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

/**
 * Reads the signing key from a PEM file, generating one on first use (like the JWT secret in
 * src/identity/signing-key.ts) so that a fresh demo works. Two hub processes sharing the data
 * directory may race to create it; the loser reads the winner's key.
 */
export function signerFromFile(file: string): CheckpointSigner {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    try {
      writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return signerFromPem(readFileSync(file, 'utf8'));
}
