import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** A number every change to the facts decisions rest on raises (triggers): the hub reloads the facts it keeps when it moves (facts-cache.ts). */
@Entity({ schema: 'policy', tableName: 'facts_version' })
export class FactsVersion {
  [PrimaryKeyProp]?: 'id';

  @PrimaryKey({ type: 'smallint', default: 1, autoincrement: false })
  id: number = 1;

  @Property({ type: 'bigint' })
  version!: string;
}
