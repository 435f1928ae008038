import { sign, verify } from 'node:crypto';
import type { CheckpointSigner, TrustedKey } from './signing-key';

/** A signed statement that the chain held `seq` entries and that entry `seq` had hash `hash`. */
export interface Checkpoint {
  seq: number;
  hash: string;
  createdAt: Date;
  keyId: string;
  /** Ed25519 signature (base64url) over `checkpointStatement`. */
  signature: string;
}

/** What is signed: a fixed-order JSON array, tagged so that a signature cannot be replayed elsewhere. */
export function checkpointStatement(c: Omit<Checkpoint, 'signature'>): Buffer {
  return Buffer.from(JSON.stringify(['tsunagu-access-log-checkpoint', 1, c.seq, c.hash, c.createdAt.toISOString(), c.keyId]));
}

export function signCheckpoint(signer: CheckpointSigner, seq: number, hash: string, createdAt: Date): Checkpoint {
  const unsigned = { seq, hash, createdAt, keyId: signer.keyId };
  return { ...unsigned, signature: sign(null, checkpointStatement(unsigned), signer.privateKey).toString('base64url') };
}

/** Whether a trusted key made this signature. */
export function checkpointSignatureValid(c: Checkpoint, trusted: TrustedKey[]): boolean {
  const key = trusted.find((k) => k.keyId === c.keyId);
  if (!key) return false;
  try {
    return verify(null, checkpointStatement(c), key.publicKey, Buffer.from(c.signature, 'base64url'));
  } catch {
    return false;
  }
}
