import { z } from 'zod/mini';
import { communeCode, requiredText, villageId } from './fields';

/** A village (thôn) of a commune: reference data from the server, versioned with the commune. */
export const villageSchema = z.object({
  id: villageId,
  communeCode,
  name: requiredText(120),
  formerCommune: z.nullable(z.string().check(z.maxLength(120))),
  sortOrder: z.int(),
});
export type Village = z.infer<typeof villageSchema>;
