import { describe, expect, it } from 'vitest';
import {
  ALL_CRITERIA,
  type Candidate,
  type ChecklistState,
  CRITERIA,
  candidatesOf,
  criteriaMet,
  meetsCriteria,
  nomineeKey,
  PARTICIPANT_KINDS,
  shortlist,
} from '../../src/core/commendation';
import { commendationYearSchema, emptyYear } from '../../src/core/commendation-record';
import { computeIndicators } from '../../src/core/indicator-compute';
import type { ReachFigures } from '../../src/core/indicators';
import en from '../../src/features/reports/locales/en.json';
import vi from '../../src/features/reports/locales/vi.json';

const fig = (over: Partial<ReachFigures> = {}): ReachFigures => ({
  sessions: 0,
  attendances: 0,
  uniqueResidents: 0,
  vneidActivations: 0,
  onlineApplications: 0,
  cashlessAccounts: 0,
  ...over,
});

const volunteer = (id: string, over: Partial<ReachFigures>): Candidate => ({
  type: 'volunteer',
  id,
  figures: fig(over),
});

const checklist = (over: Partial<ChecklistState> = {}): ChecklistState => ({
  kind: 'individual',
  met: [],
  women: false,
  ...over,
});

const order = (ranked: { id: string; rank: number }[]) => ranked.map((c) => `${c.rank}:${c.id}`);

describe('commendation criteria', () => {
  it('hold the plan’s criteria for each kind of participant, with unique ids of that kind', () => {
    expect(PARTICIPANT_KINDS).toEqual(['unit', 'front', 'business', 'individual', 'other']);
    expect(PARTICIPANT_KINDS.map((k) => CRITERIA[k].length)).toEqual([5, 2, 3, 1, 2]);
    const ids = ALL_CRITERIA.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const k of PARTICIPANT_KINDS)
      for (const c of CRITERIA[k]) expect(c.id.startsWith(`${k}.`)).toBe(true);
  });

  it('show in the interface as the dossier prints them (Vietnamese) and in English', () => {
    const label = (tree: unknown, id: string) =>
      id.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree);
    for (const c of ALL_CRITERIA) {
      expect(label(vi.commendation.criterion, c.id)).toBe(c.label);
      expect(label(en.commendation.criterion, c.id)).toMatch(/^[A-Z]/);
    }
  });

  it('are met when every criterion of the participant’s kind is ticked', () => {
    const front = checklist({ kind: 'front', met: ['front.activities'] });
    expect(meetsCriteria(front)).toBe(false);
    expect(criteriaMet(front)).toBe(1);
    expect(meetsCriteria({ ...front, met: ['front.activities', 'front.initiatives'] })).toBe(true);
    // Ticks of another kind (left after the kind changed) do not count.
    const changed = checklist({ kind: 'individual', met: ['front.activities'] });
    expect(criteriaMet(changed)).toBe(0);
    expect(meetsCriteria(changed)).toBe(false);
  });
});

describe('commendation shortlist', () => {
  it('ranks by sessions, then attendances, residents reached, help given', () => {
    const ranked = shortlist(
      [
        volunteer('a', { sessions: 3, attendances: 50 }),
        volunteer('b', { sessions: 5, attendances: 10 }),
        volunteer('c', { sessions: 3, attendances: 50, uniqueResidents: 20 }),
        volunteer('d', { sessions: 3, attendances: 50, uniqueResidents: 20, vneidActivations: 1 }),
        volunteer('e', { sessions: 3, attendances: 60 }),
      ],
      {},
    );
    expect(order(ranked)).toEqual(['1:b', '2:e', '3:d', '4:c', '5:a']);
  });

  it('adds the three help counts together', () => {
    const ranked = shortlist(
      [
        volunteer('a', { sessions: 1, vneidActivations: 2 }),
        volunteer('b', { sessions: 1, onlineApplications: 1, cashlessAccounts: 2 }),
      ],
      {},
    );
    expect(order(ranked)).toEqual(['1:b', '2:a']);
  });

  it('prefers women when candidates tie, and gives equals the same rank', () => {
    const tie = { sessions: 4, attendances: 40, uniqueResidents: 30, vneidActivations: 5 };
    const candidates = [volunteer('m1', tie), volunteer('w', tie), volunteer('m2', tie)];
    const checklists = { [nomineeKey('volunteer', 'w')]: checklist({ women: true }) };
    const names: Record<string, string> = {
      m1: 'Trần Văn Minh',
      m2: 'Đỗ Minh Tuấn',
      w: 'Vũ Thị Lan',
    };
    const ranked = shortlist(candidates, checklists, { nameOf: (c) => names[c.id]! });
    // Vũ Thị Lan first; the two men share rank 2, in Vietnamese order (Đỗ before Trần).
    expect(order(ranked)).toEqual(['1:w', '2:m2', '2:m1']);
  });

  it('does not let the women rule outweigh better figures', () => {
    const ranked = shortlist([volunteer('w', { sessions: 2 }), volunteer('m', { sessions: 3 })], {
      [nomineeKey('volunteer', 'w')]: checklist({ women: true }),
    });
    expect(order(ranked)).toEqual(['1:m', '2:w']);
  });

  it('applies the ≥ 70 % women rule to collectives the same way', () => {
    const tie = { sessions: 6, attendances: 80 };
    const ranked = shortlist(
      [
        { type: 'village', id: 'nhan-bau', figures: fig(tie) },
        { type: 'village', id: 'tien-kieu', figures: fig(tie) },
      ],
      { [nomineeKey('village', 'tien-kieu')]: checklist({ kind: 'unit', women: true }) },
    );
    expect(order(ranked)).toEqual(['1:tien-kieu', '2:nhan-bau']);
  });

  it('keeps only candidates meeting their criteria when asked, and says who meets them', () => {
    const candidates = [volunteer('a', { sessions: 9 }), volunteer('b', { sessions: 1 })];
    const checklists = {
      [nomineeKey('volunteer', 'b')]: checklist({ met: ['individual.initiative'] }),
    };
    const all = shortlist(candidates, checklists);
    expect(all.map((c) => [c.id, c.meetsCriteria])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    const meeting = shortlist(candidates, checklists, { onlyMeetingCriteria: true });
    expect(order(meeting)).toEqual(['1:b']);
  });

  it('takes a volunteer as an individual and a village as a unit until told otherwise', () => {
    const [v] = shortlist([volunteer('a', { sessions: 1 })], {});
    const [village] = shortlist([{ type: 'village', id: 'x', figures: fig({ sessions: 1 }) }], {});
    expect(v!.checklist.kind).toBe('individual');
    expect(village!.checklist.kind).toBe('unit');
  });

  it('takes candidates from the indicators: volunteers and villages with sessions only', () => {
    const none = { sessions: [], attendance: [], residents: [], feedback: [], completions: [] };
    const base = computeIndicators(
      {
        ...none,
        villages: [
          { id: 'nhan-bau', adults: null },
          { id: 'lap-le', adults: null },
        ],
      },
      { from: '2026-01-01', to: '2026-12-31' },
    );
    const ind = {
      ...base,
      byVillage: [{ ...base.byVillage[0]!, sessions: 2 }, base.byVillage[1]!],
      byVolunteer: [
        { volunteerId: 'v1', ...fig({ sessions: 2, attendances: 9 }) },
        { volunteerId: 'v2', ...fig() },
      ],
    };
    expect(candidatesOf(ind, 'volunteer').map((c) => [c.id, c.figures.attendances])).toEqual([
      ['v1', 9],
    ]);
    expect(candidatesOf(ind, 'village').map((c) => c.id)).toEqual(['nhan-bau']);
  });
});

describe('commendation record', () => {
  it('parses an empty year and rejects an unknown kind', () => {
    expect(commendationYearSchema.safeParse(emptyYear(2026)).success).toBe(true);
    const bad = {
      ...emptyYear(2026),
      others: [{ id: 'x', name: 'Hội Nông dân xã', kind: 'party' }],
    };
    expect(commendationYearSchema.safeParse(bad).success).toBe(false);
  });
});
