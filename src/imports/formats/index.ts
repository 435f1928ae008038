import type { ExtractFormat } from '../format';
import { DIRECTORY_FORMATS } from './directory';
import { rentArrearsFormat } from './rent-arrears';
import { residentsFormat } from './residents';
import { tenanciesFormat } from './tenancies';
import { nhiArrearsFormat, taxArrearsFormat, taxAssessmentsFormat } from './tax';
import { supplyStopsFormat, utilityAccountsFormat, utilityArrearsFormat } from './utility';
import { careCertificationsFormat, disabilityCertificatesFormat, publicAssistanceFormat } from './welfare';

/** Every extract kind, in the order they are best imported (records after what they refer to). */
export const FORMATS: readonly ExtractFormat[] = [
  residentsFormat,
  tenanciesFormat,
  rentArrearsFormat,
  taxAssessmentsFormat,
  taxArrearsFormat,
  nhiArrearsFormat,
  publicAssistanceFormat,
  careCertificationsFormat,
  disabilityCertificatesFormat,
  utilityAccountsFormat,
  utilityArrearsFormat,
  supplyStopsFormat,
  ...DIRECTORY_FORMATS,
];

export function formatOf(kind: string): ExtractFormat | undefined {
  return FORMATS.find((format) => format.kind === kind);
}
