import { ConsoleResidentDocument } from '../generated/graphql';
import { issueToken, type TokenSettings } from '../identity/token';
import { TRUSTED_DOCUMENTS } from '../server/trusted-documents';
import { DEMO_RESIDENTS } from './demo-cast';

/** Who reads the demo cast on the first start, and for which purpose. */
const READS: { actor: string; residentNumber: string; purpose: string }[] = [
  { actor: 'housing-officer', residentNumber: DEMO_RESIDENTS.fallingBetween, purpose: 'PUBLIC_HOUSING_MANAGEMENT' },
  { actor: 'tax-officer', residentNumber: DEMO_RESIDENTS.fallingBetween, purpose: 'TAX_ASSESSMENT_AND_COLLECTION' },
  { actor: 'caseworker', residentNumber: DEMO_RESIDENTS.fallingBetween, purpose: 'SELF_RELIANCE_SUPPORT' },
  { actor: 'caseworker', residentNumber: DEMO_RESIDENTS.singleMother, purpose: 'SELF_RELIANCE_SUPPORT' },
];

/**
 * On the demo's first start, a few demo actors read the demo cast through the hub, as any client
 * would (each read decided and logged): the console's access log then has something to find.
 */
export async function readDemoCast(hubUrl: string, tokens: TokenSettings): Promise<void> {
  const documentId = ConsoleResidentDocument.__meta__?.hash as string;
  // Id and text both: the text runs when trusted documents are off, the id is checked when they are on.
  const query = TRUSTED_DOCUMENTS.get(documentId);
  for (const read of READS) {
    const response = await fetch(hubUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await issueToken(tokens, read.actor)}` },
      body: JSON.stringify({ documentId, query, variables: { residentNumber: read.residentNumber, purpose: read.purpose } }),
    });
    const answer = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    if (!answer.data) console.warn(`The demo read of ${read.residentNumber} by ${read.actor} failed: ${answer.errors?.map((e) => e.message).join('; ')}`);
  }
}
