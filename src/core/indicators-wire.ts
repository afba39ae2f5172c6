/**
 * GET /api/reports/indicators?from=yyyy-MM-dd&to=yyyy-MM-dd: the period asked for, and the answer —
 * the server's figures for the caller's scope (an administrator's commune, a volunteer's villages)
 * with the server's time, parsed on the phone before they are shown or exported.
 */
import { z } from 'zod/mini';
import { MODULE_CODES } from './curriculum';
import { FEEDBACK_TAGS } from './feedback';
import { isoDate, isoDateTime, villageId } from './fields';
import type { Indicators } from './indicators';
import { AGE_GROUPS } from './resident';
import { TARGET_GROUPS } from './session';

/** The longest period asked for at once: the plan's phases are shorter; this bounds the work. */
export const MAX_PERIOD_YEARS = 10;

/** `to` before the same day MAX_PERIOD_YEARS after `from` (compared as text: 29/02 needs no leap year). */
const withinMaxYears = ({ from, to }: { from: string; to: string }) =>
  to < `${Number(from.slice(0, 4)) + MAX_PERIOD_YEARS}${from.slice(4)}`;

export const indicatorsQuerySchema = z.object({ from: isoDate, to: isoDate }).check(
  z.refine((p) => p.from <= p.to, { message: 'before_from', path: ['to'] }),
  z.refine(withinMaxYears, { message: 'too_long', path: ['to'] }),
);

const n = z.int().check(z.minimum(0));
const countsOf = <K extends string>(keys: readonly [K, ...K[]]) => z.record(z.enum(keys), n);

const helpCounts = { vneidActivations: n, onlineApplications: n, cashlessAccounts: n };
const reachFigures = { ...helpCounts, sessions: n, attendances: n, uniqueResidents: n };

export const indicatorsSchema: z.ZodMiniType<Indicators> = z.object({
  ...reachFigures,
  period: z.object({ from: isoDate, to: isoDate }),
  byVillage: z.array(
    z.object({
      ...reachFigures,
      villageId,
      completions: n,
      adultsReached: n,
      adultPopulation: z.nullable(n),
      reachedShare: z.nullable(z.number().check(z.minimum(0))),
    }),
  ),
  byMonth: z.array(
    z.object({
      month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
      sessions: n,
      attendances: n,
      uniqueResidents: n,
    }),
  ),
  bySex: z.object({ female: n, male: n, unknown: n }),
  byAgeGroup: countsOf(AGE_GROUPS),
  byTargetGroup: countsOf(TARGET_GROUPS),
  byVolunteer: z.array(z.object({ ...reachFigures, volunteerId: z.uuid() })),
  completions: z.object({ total: n, linked: n, byModule: countsOf(MODULE_CODES) }),
  feedback: z.object({
    count: n,
    averageRating: z.nullable(z.number().check(z.minimum(1), z.maximum(5))),
    tags: countsOf(FEEDBACK_TAGS),
    recent: z.array(
      z.object({
        createdAt: isoDateTime,
        villageId,
        rating: z.int().check(z.minimum(1), z.maximum(5)),
        text: z.string(),
      }),
    ),
  }),
});

export const indicatorsResponseSchema = z.object({
  serverTime: isoDateTime,
  indicators: indicatorsSchema,
});
export type IndicatorsResponse = z.infer<typeof indicatorsResponseSchema>;
