import type { EntityManager } from '@mikro-orm/postgresql';
import type { Domain } from '../config/environment';
import type { Bilingual } from '../errors';
import type { Rejection } from './rejection';

/** How a cell is read. Every type trims the cell and reads full-width digits and letters as half-width. */
export type FieldType =
  | { kind: 'text' }
  /** 宛名番号: ten digits. */
  | { kind: 'residentNumber' }
  /** フリガナ: katakana, hiragana or half-width katakana, stored as full-width katakana. */
  | { kind: 'kana' }
  /** Whole number; thousands separators and a trailing 円 or % are allowed. */
  | { kind: 'integer'; min: number; max?: number }
  /** 2024-04-01, 2024/4/1, 20240401, 2024年4月1日, 令和6年4月1日, R6.4.1. */
  | { kind: 'date' }
  /** A month, stored as its first day: 2024-04, 2024年4月, 令和6年4月, R6.4; or a full date, kept as it is. */
  | { kind: 'month' }
  /** 2024年度, 令和6年度, R6 or 2024. */
  | { kind: 'fiscalYear' }
  /** 123-4567 or 1234567. */
  | { kind: 'postalCode' }
  /** One of the labels (Japanese, or the code itself); `labels` maps each to the stored value. */
  | { kind: 'enum'; labels: Readonly<Record<string, string | boolean>> };

export interface ColumnSpec {
  /** The Japanese header the extract carries. */
  header: string;
  /** Other headers departmental systems use for the same column. */
  aliases?: readonly string[];
  /** Property of the parsed row (for most columns, the entity property it is written to). */
  field: string;
  type: FieldType;
  /** The header must be present and every cell filled. An optional column may be left out of the file. */
  required: boolean;
  /** What an empty cell of an optional column means (null when not given). */
  emptyMeans?: string | number | boolean;
  description: Bilingual;
}

export type Values = Record<string, unknown>;

/** A row that passed its cell checks: `line` is where it starts in the file (header = line 1). */
export interface ParsedRow {
  line: number;
  values: Values;
}

/** Where one format's rows are written, and how a row finds the record it replaces. */
export interface WriteTarget {
  entity: new () => object;
  /** Schema-qualified table, for the report. */
  table: string;
  /** Entity properties of the natural key (a unique constraint in the migrations). */
  key: readonly string[];
  /** Entity properties an import writes. A property whose column the file leaves out is left as it is. */
  fields: readonly string[];
  /** Properties written when a record is created and kept when it is updated. */
  insertOnly?: readonly string[];
}

export interface TargetRecords {
  target: WriteTarget;
  records: Values[];
}

/** Lookups a format makes while its file is written: `em` is the importing transaction. */
export interface ResolveContext {
  em: EntityManager;
}

/** One kind of departmental extract: its columns (as data) and how its rows become records. */
export interface ExtractFormat {
  /** The --kind name, e.g. 'rent-arrears'. */
  kind: string;
  title: Bilingual;
  /** The department (or company) whose system produces the extract. */
  producedBy: Bilingual;
  domain: Domain;
  columns: readonly ColumnSpec[];
  /** Fields that identify one record within the file: two rows with the same values are both rejected. */
  fileKey: readonly string[];
  /** Field holding a resident number that must be in the resident register (absent: no such check). */
  residentField?: string;
  /** Checks the cells of one row against each other (and may complete a value: 4 → 4級); returns the problems, each on a field. */
  checkRow?: (values: Values) => { field: string; reason: Bilingual }[];
  /** Checks across rows and against the database, inside the importing transaction; may add resolved values. */
  resolve?: (rows: ParsedRow[], context: ResolveContext) => Promise<Rejection[]>;
  /** The records to write, in order. */
  writes: (rows: ParsedRow[]) => TargetRecords[];
  /** The staff role an operator must hold (`--operator`) to import this kind, e.g. the directory's SYSTEM_ADMINISTRATOR. */
  operatorRole?: string;
  /** Notes for the format documentation. */
  notes?: readonly Bilingual[];
}

/** A format whose rows go, as they are, to one table. */
export function oneTable(target: WriteTarget): (rows: ParsedRow[]) => TargetRecords[] {
  return (rows) => [{ target, records: rows.map((row) => row.values) }];
}
