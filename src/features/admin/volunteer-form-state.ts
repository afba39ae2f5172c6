/** The new-volunteer form as typed, and how it becomes the server's CreateVolunteer. */
import { createVolunteerSchema } from '../../core/auth';
import { fieldErrors } from '../../core/fields';

export interface VolunteerFormState {
  displayName: string;
  phone: string;
  villages: string[];
}

export const emptyVolunteerForm = (): VolunteerFormState => ({
  displayName: '',
  phone: '',
  villages: [],
});

/** The shared schema's verdict: the cleaned input, or field → problem code. */
export function checkVolunteerForm(f: VolunteerFormState) {
  const parsed = createVolunteerSchema.safeParse(f);
  return parsed.success
    ? ({ ok: true, input: parsed.data } as const)
    : ({ ok: false, errors: fieldErrors(parsed.error) } as const);
}
