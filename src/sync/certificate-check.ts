/**
 * A volunteer checks the code on a learner's certificate with the commune's server: which module
 * and when, never who (the server has no learner names). Needs the network.
 */
import { type CertificateResponse, certificateResponseSchema } from '../core/wire';
import { authorizedJson } from './auth-fetch';
import { SyncHttpError } from './http';

/** The certificate, or null when the commune knows no such code. */
export async function checkCertificate(code: string): Promise<CertificateResponse | null> {
  try {
    return await authorizedJson(
      `/api/certificates/${encodeURIComponent(code)}`,
      certificateResponseSchema,
    );
  } catch (err) {
    if (err instanceof SyncHttpError && err.status === 404) return null;
    throw err;
  }
}
