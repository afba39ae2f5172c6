/**
 * The dashboard's calls to the server: the indicators of a period for the caller's scope (an
 * administrator's whole commune, a volunteer's villages) and, for an administrator, a village's
 * adult population. Both need the network; nothing here is queued offline (the dashboard computes
 * the phone's own figures instead, src/db/local-indicators.ts). Answers are parsed with the shared
 * schemas, so a proxy's error page is an error, never figures.
 */
import { z } from 'zod/mini';
import { isoDateTime } from '../core/fields';
import type { Period, SourcedIndicators } from '../core/indicators';
import { indicatorsResponseSchema } from '../core/indicators-wire';
import { villageSchema } from '../core/village';
import { authorizedJson } from './auth-fetch';
import { pullReference } from './pull-reference';

const enc = encodeURIComponent;

/** The server's figures for `period`, labelled with the server's time. */
export async function fetchIndicators(period: Period): Promise<SourcedIndicators> {
  const path = `/api/reports/indicators?from=${enc(period.from)}&to=${enc(period.to)}`;
  const { serverTime, indicators } = await authorizedJson(path, indicatorsResponseSchema);
  return { source: 'server', at: serverTime, indicators };
}

const adultsResponse = z.object({ serverTime: isoDateTime, village: villageSchema });

/**
 * Sets (or, with null, clears) a village's adult population; administrators only. Then refreshes
 * the phone's cached villages, so its own figures show the percentage too; that refresh failing
 * leaves the saved value to the next sync.
 */
export async function setVillageAdults(
  communeCode: string,
  villageId: string,
  adults: number | null,
): Promise<void> {
  await authorizedJson(`/api/admin/villages/${enc(villageId)}/adults`, adultsResponse, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ adults }),
  });
  await pullReference(communeCode).catch(() => undefined);
}
