export { type EmbeddedServer, type RunningPostgres, ownerUrl, startEmbeddedPostgres, useEmbeddedPostgres } from './embedded/server';
