import { describe, expect, it } from 'vitest';
import { execute, getNamedType, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { buildHubSchema } from '../../src/server/schema';
import { findCategory } from '../../src/policy/categories';
import { guardSchema, isGuarded } from '../../src/request/field-guard';
import { CATEGORY_EXTENSION, PERSONAL_RECORD_EXTENSION } from '../../src/policy/personal-field';

const schema = buildHubSchema();
const objectTypes = Object.values(schema.getTypeMap()).filter(
  (t): t is GraphQLObjectType => t instanceof GraphQLObjectType && !t.name.startsWith('__'),
);
const isPersonalRecord = (t: unknown) => t instanceof GraphQLObjectType && t.extensions[PERSONAL_RECORD_EXTENSION] === true;

const ROOT_TYPES = ['Query', 'Mutation'];

describe('the whole schema, walked', () => {
  it('has personal record types for every source domain', () => {
    const names = objectTypes.filter(isPersonalRecord).map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining(['Resident', 'Household', 'PublicHousingTenancy', 'RentArrears', 'TaxArrears', 'NhiPremiumArrears', 'PublicAssistance', 'DisabilityCertificate', 'UtilityAccount', 'SupplyStopNotice']),
    );
  });

  it('gives every field of a personal record a known data category and a guarded resolver', () => {
    const problems: string[] = [];
    for (const type of objectTypes.filter(isPersonalRecord)) {
      for (const field of Object.values(type.getFields())) {
        const code = field.extensions[CATEGORY_EXTENSION] as string | undefined;
        if (!code || !findCategory(code)) problems.push(`${type.name}.${field.name}: no known category (${code})`);
        if (!isGuarded(field.resolve)) problems.push(`${type.name}.${field.name}: not guarded`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('reaches personal records only through guarded fields, or root fields that declare a purpose', () => {
    const problems: string[] = [];
    for (const type of objectTypes) {
      for (const field of Object.values(type.getFields())) {
        if (!isPersonalRecord(getNamedType(field.type))) continue;
        const name = `${type.name}.${field.name}`;
        if (ROOT_TYPES.includes(type.name)) {
          const purpose = field.args.find((a) => a.name === 'purpose');
          if (purpose?.type.toString() !== 'Purpose!') problems.push(`${name}: no required purpose argument`);
        } else if (!field.extensions[CATEGORY_EXTENSION] || !isGuarded(field.resolve)) {
          problems.push(`${name}: not categorised and guarded`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('makes every personal field nullable, so a denial nulls the field and not its parent', () => {
    const nonNull = objectTypes
      .filter(isPersonalRecord)
      .flatMap((t) => Object.values(t.getFields()).map((f) => ({ name: `${t.name}.${f.name}`, type: f.type.toString() })))
      .filter((f) => f.type.endsWith('!'));
    expect(nonNull).toEqual([]);
  });
});

describe('deny by default', () => {
  it('denies a field of a personal record that has no category, whatever the actor', async () => {
    const Record = new GraphQLObjectType({
      name: 'Record',
      extensions: { [PERSONAL_RECORD_EXTENSION]: true },
      fields: { secret: { type: GraphQLString } },
    });
    const bare = guardSchema(
      new GraphQLSchema({
        query: new GraphQLObjectType({ name: 'Query', fields: { record: { type: Record, resolve: () => ({ residentNumber: '1000000001', secret: 'value' }) } } }),
      }),
    );
    const result = await execute({ schema: bare, document: parse('{ record { secret } }'), contextValue: { admit: async () => undefined, admitsAll: () => false } });
    expect(result.data).toEqual({ record: { secret: null } });
    expect(result.errors?.[0].extensions.code).toBe('UNCATEGORISED_FIELD');
    expect(JSON.stringify(result)).not.toContain('value');
  });
});
