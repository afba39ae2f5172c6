import { z } from 'zod/mini';
import { communeCode, requiredText } from './fields';

/** A volunteer (or officer) of the commune who can facilitate sessions: reference data. */
export const volunteerSchema = z.object({
  id: z.uuid(),
  communeCode,
  displayName: requiredText(120),
});
export type Volunteer = z.infer<typeof volunteerSchema>;
