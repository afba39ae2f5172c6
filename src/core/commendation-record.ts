/**
 * One commune's commendation work for one year, as the administrator's device keeps it: the
 * criteria checklist per participant with evidence notes, participants entered by hand (unions,
 * businesses…), and the dossier's editable parts (proposal, review meeting, achievement reports).
 * Parsed when read back from the device, so a damaged record is noticed rather than shown.
 * Text is kept as typed (no trimming) because it is saved on every keystroke.
 */
import { z } from 'zod/mini';
import { AWARD_FORM_IDS, DEFAULT_AWARD, PARTICIPANT_KINDS } from './commendation';
import { isoDate } from './fields';

const text = (max: number) => z.string().check(z.maxLength(max));

export const checklistEntrySchema = z.object({
  kind: z.enum(PARTICIPANT_KINDS),
  met: z.array(text(64)),
  /** Criterion id → the evidence that it is met (a decision, a report, a photo album…). */
  evidence: z.record(z.string(), text(1000)),
  women: z.boolean(),
  nominated: z.boolean(),
  award: z.enum(AWARD_FORM_IDS),
});
export type ChecklistEntry = z.infer<typeof checklistEntrySchema>;

/** A participant the data does not hold (a union, a business, a unit), entered by the administrator. */
export const otherParticipantSchema = z.object({
  id: text(64).check(z.minLength(1)),
  name: text(200).check(z.minLength(1)),
  kind: z.enum(PARTICIPANT_KINDS),
});
export type OtherParticipant = z.infer<typeof otherParticipantSchema>;

export const proposalFieldsSchema = z.object({
  /** "…/TTr-VHXH": the number is given when the document is registered. */
  number: text(60),
  date: z.union([isoDate, z.literal('')]),
  signer: text(120),
});

export const meetingFieldsSchema = z.object({
  number: text(60),
  date: z.union([isoDate, z.literal('')]),
  time: text(20),
  place: text(200),
  chair: text(120),
  secretary: text(120),
  /** One attendee a line: "Nguyễn Văn A - Phó Chủ tịch UBND xã". */
  attendees: text(4000),
  /** Nominee key → votes in favour. */
  votes: z.record(z.string(), z.int().check(z.minimum(0), z.maximum(1000))),
});

export const reportFieldsSchema = z.object({
  /** "Chức vụ, đơn vị công tác" of a person, or the address of a collective. */
  position: text(300),
  background: text(4000),
  achievements: text(8000),
  pastAwards: text(4000),
});

export const commendationYearSchema = z.object({
  year: z.int().check(z.minimum(2025), z.maximum(2100)),
  /** The commune's name as the documents print it ("Hà Đông"); empty: the interface's default. */
  communeName: text(120),
  checklists: z.record(z.string(), checklistEntrySchema),
  others: z.array(otherParticipantSchema),
  proposal: proposalFieldsSchema,
  meeting: meetingFieldsSchema,
  reports: z.record(z.string(), reportFieldsSchema),
});
export type CommendationYear = z.infer<typeof commendationYearSchema>;
export type ProposalFields = z.infer<typeof proposalFieldsSchema>;
export type MeetingFields = z.infer<typeof meetingFieldsSchema>;
export type ReportFields = z.infer<typeof reportFieldsSchema>;

export function emptyYear(year: number): CommendationYear {
  return {
    year,
    communeName: '',
    checklists: {},
    others: [],
    proposal: { number: '', date: '', signer: '' },
    meeting: {
      number: '',
      date: '',
      time: '',
      place: '',
      chair: '',
      secretary: '',
      attendees: '',
      votes: {},
    },
    reports: {},
  };
}

export const emptyChecklist = (kind: ChecklistEntry['kind']): ChecklistEntry => ({
  kind,
  met: [],
  evidence: {},
  women: false,
  nominated: false,
  award: DEFAULT_AWARD,
});

export const emptyReport = (): ReportFields => ({
  position: '',
  background: '',
  achievements: '',
  pastAwards: '',
});
