/** The resident form's state as typed, and how it becomes a ResidentInput and a consent record. */
import { currentYearInVietnam } from '../../core/dates';
import {
  type ActiveResident,
  ADULT_AGE,
  CONSENT_VERSION,
  type Consent,
  type Sex,
} from '../../core/resident';
import { typedNumber } from '../sessions/session-form-state';

export interface ResidentFormState {
  fullName: string;
  birthYear: string;
  sex: NonNullable<Sex> | '';
  villageId: string;
  phone: string;
  consentGiven: boolean;
  givenBy: Consent['givenBy'];
}

export function emptyResidentForm(villageId: string): ResidentFormState {
  return {
    fullName: '',
    birthYear: '',
    sex: '',
    villageId,
    phone: '',
    consentGiven: false,
    givenBy: 'self',
  };
}

export function residentToForm(r: ActiveResident): ResidentFormState {
  return {
    fullName: r.fullName,
    birthYear: String(r.birthYear),
    sex: r.sex ?? '',
    villageId: r.villageId,
    phone: r.phone ?? '',
    consentGiven: true,
    givenBy: r.consent.givenBy,
  };
}

export function formToResidentInput(f: ResidentFormState) {
  return {
    fullName: f.fullName,
    birthYear: typedNumber(f.birthYear, Number.NaN),
    sex: f.sex || null,
    villageId: f.villageId,
    phone: f.phone.trim() || null,
  };
}

/** Children's data needs a parent's or guardian's consent. */
export function isMinor(birthYear: number): boolean {
  return currentYearInVietnam() - birthYear < ADULT_AGE;
}

/** The consent problem to show, if any: not given, or given by a child for themselves. */
export function consentProblem(f: ResidentFormState): 'consent' | 'guardian' | undefined {
  if (!f.consentGiven) return 'consent';
  const year = typedNumber(f.birthYear, Number.NaN);
  if (Number.isInteger(year) && isMinor(year) && f.givenBy !== 'guardian') return 'guardian';
  return undefined;
}

export function consentRecord(f: ResidentFormState, collectedBy: string): Consent {
  return {
    version: CONSENT_VERSION,
    givenBy: f.givenBy,
    collectedBy,
    collectedAt: new Date().toISOString(),
  };
}
