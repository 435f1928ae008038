import { LocalDateResolver } from 'graphql-scalars';

/** A calendar date without time, `YYYY-MM-DD` (ISO 8601). */
export const LocalDate = LocalDateResolver;
