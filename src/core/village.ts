import { z } from 'zod/mini';
import { communeCode, requiredText, villageId } from './fields';

/** A village's adult population: a head count, at most a million (no village is larger). */
const adults = z.nullable(z.int().check(z.minimum(0), z.maximum(1_000_000)));

/** A village (thôn) of a commune: reference data from the server, versioned with the commune. */
export const villageSchema = z.object({
  id: villageId,
  communeCode,
  name: requiredText(120),
  formerCommune: z.nullable(z.string().check(z.maxLength(120))),
  sortOrder: z.int(),
  /**
   * Adult population (aged 16+) the administrator entered, for "% of adults reached"; null until
   * entered. A village cached before this field existed lacks it until the next reference pull.
   */
  adults,
});
export type Village = z.infer<typeof villageSchema>;

/** PUT /api/admin/villages/:id/adults: the administrator enters (or clears, null) the figure. */
export const villageAdultsSchema = z.object({ adults });
