import { Field, ObjectType } from 'type-graphql';

/** A text in Japanese and English, as every explanation and reason the API gives. */
@ObjectType({ description: 'A text in Japanese and English.' })
export class BilingualText {
  @Field({ description: 'Japanese.' })
  ja!: string;

  @Field({ description: 'English.' })
  en!: string;
}
