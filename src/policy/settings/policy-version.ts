import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { PolicySettings } from './policy-settings';

/** One version of the municipality's policy; append-only, the newest is in force. */
@Entity({ schema: 'policy', tableName: 'policy_version' })
export class PolicyVersion {
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Property({ type: 'json' })
  settings!: PolicySettings;

  @Property({ type: 'text' })
  changedBy!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  changedAt: Date = new Date();
}
