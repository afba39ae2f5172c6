/** The session form's state: strings as typed (so nothing is lost on a failed check) ↔ a SessionInput. */
import type { ModuleCode } from '../../core/curriculum';
import { todayInVietnam } from '../../core/dates';
import type { Session, SessionKind, TargetGroup } from '../../core/session';

export interface SessionFormState {
  date: string;
  startTime: string;
  durationMinutes: string;
  villageId: string;
  venue: string;
  kind: SessionKind;
  targetGroups: TargetGroup[];
  topics: ModuleCode[];
  facilitators: string[];
  vneidActivations: string;
  onlineApplications: string;
  cashlessAccounts: string;
  notes: string;
}

export function emptySessionForm(me: string | null): SessionFormState {
  return {
    date: todayInVietnam(),
    startTime: '',
    durationMinutes: '90',
    villageId: '',
    venue: '',
    kind: 'class',
    targetGroups: ['residents'],
    topics: [],
    facilitators: me ? [me] : [],
    vneidActivations: '0',
    onlineApplications: '0',
    cashlessAccounts: '0',
    notes: '',
  };
}

export function sessionToForm(s: Session): SessionFormState {
  return {
    date: s.date,
    startTime: s.startTime,
    durationMinutes: String(s.durationMinutes),
    villageId: s.villageId,
    venue: s.venue,
    kind: s.kind,
    targetGroups: s.targetGroups,
    topics: s.topics,
    facilitators: s.facilitators,
    vneidActivations: String(s.vneidActivations),
    onlineApplications: String(s.onlineApplications),
    cashlessAccounts: String(s.cashlessAccounts),
    notes: s.notes,
  };
}

/** A number as typed: blank is `blank`; anything else must parse as a whole number. */
export const typedNumber = (s: string, blank: number): number =>
  s.trim() === '' ? blank : Number(s.trim());

/** The value to validate (the shared schema does the validating). */
export function formToInput(f: SessionFormState) {
  return {
    ...f,
    durationMinutes: typedNumber(f.durationMinutes, Number.NaN),
    vneidActivations: typedNumber(f.vneidActivations, 0),
    onlineApplications: typedNumber(f.onlineApplications, 0),
    cashlessAccounts: typedNumber(f.cashlessAccounts, 0),
  };
}
