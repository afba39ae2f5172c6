import type { Consent, ResidentInput } from '../../src/core/resident';
import type { SessionInput } from '../../src/core/session';

export const ME = '019a0000-0000-7000-8000-0000000000aa';

export function sessionInput(over: Partial<SessionInput> = {}): SessionInput {
  return {
    date: '2026-11-05',
    startTime: '08:00',
    durationMinutes: 90,
    villageId: 'nhan-bau',
    venue: 'Nhà văn hoá thôn',
    kind: 'class',
    targetGroups: ['residents'],
    topics: ['M04'],
    facilitators: [],
    vneidActivations: 0,
    onlineApplications: 0,
    cashlessAccounts: 0,
    notes: '',
    ...over,
  };
}

export function residentInput(over: Partial<ResidentInput> = {}): ResidentInput {
  return {
    fullName: 'Nguyễn Văn An',
    birthYear: 1960,
    sex: 'male',
    villageId: 'nhan-bau',
    phone: null,
    ...over,
  };
}

export const consent = (): Consent => ({
  version: 'v1',
  givenBy: 'self',
  collectedBy: ME,
  collectedAt: new Date().toISOString(),
});

export const village = (id: string, name: string, sortOrder = 1) => ({
  id,
  communeCode: '10882',
  name,
  formerCommune: null,
  sortOrder,
  adults: null,
});
