import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { allCategories, RECORD_PROVIDER } from './categories';
import { Purpose } from './purposes';

@ObjectType('DataCategory', { description: 'A data category (データ区分): what the hub knows about its holder, purposes and protections.' })
class DataCategoryView {
  @Field({ description: 'Stable code, e.g. `tax.arrears`.' })
  code!: string;

  @Field({ description: 'Name in Japanese.' })
  nameJa!: string;

  @Field({ description: 'Name in English.' })
  nameEn!: string;

  @Field({ description: `Unit code of the holder, or \`${RECORD_PROVIDER}\` when each record names its provider.` })
  holder!: string;

  @Field(() => [Purpose], { description: 'Purposes the data was collected for (利用目的).' })
  purposes!: Purpose[];

  @Field({ description: 'Special-care data (要配慮個人情報, APPI art. 2(3)).' })
  specialCare!: boolean;

  @Field({ description: 'Protected by tax secrecy (地方税法 §22).' })
  taxSecret!: boolean;
}

@Resolver()
export class CatalogueResolver {
  @Query(() => [DataCategoryView], { description: 'The data categories every personal field belongs to.' })
  dataCategories(): DataCategoryView[] {
    return allCategories().map((c) => ({
      code: c.code,
      nameJa: c.ja,
      nameEn: c.en,
      holder: c.holder,
      purposes: [...c.purposes],
      specialCare: c.specialCare ?? false,
      taxSecret: c.taxSecret ?? false,
    }));
  }
}
