import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleAccessLogDocument } from '../../src/generated/graphql';
import { signingKey } from '../../src/identity/signing-key';
import { TRUSTED_DOCUMENTS } from '../../src/server/trusted-documents';
import { readDemoCast } from '../../src/synthetic/demo-accesses';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { startTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});


describe('the demo’s first start leaves something for the auditor to find', () => {
  for (const trustedDocuments of ['off', 'allow', 'require'] as const) {
    it(`with trusted documents ${trustedDocuments}: the demo actors’ reads of the cast are in the log`, async () => {
      hub = await startTestHub({ trustedDocuments });
      await readDemoCast(hub.url, { key: signingKey(hub.config), issuer: hub.config.jwt.issuer, audience: hub.config.jwt.audience });
      // As the console asks it: the trusted document, by id and text.
      const documentId = ConsoleAccessLogDocument.__meta__!.hash as string;
      const looked = await hub.post(
        { documentId, query: TRUSTED_DOCUMENTS.get(documentId), variables: { filter: { subject: DEMO_RESIDENTS.fallingBetween }, first: 100 } },
        { authorization: `Bearer ${await hub.token('privacy-officer')}` },
      );
      expect(looked.errors).toBeUndefined();
      const actors = new Set(looked.data.accessLog.entries.filter((e: { decision: string }) => e.decision === 'ALLOWED').map((e: { actorCode: string }) => e.actorCode));
      expect([...actors]).toEqual(expect.arrayContaining(['housing-officer', 'tax-officer', 'caseworker']));
    });
  }
});
