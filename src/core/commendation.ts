/**
 * Emulation criteria and the commendation shortlist (the commune's plan, section III; DOMAIN.md
 * "Commendation"). The criteria are the plan's, per kind of participant, as data with short
 * Vietnamese labels (the dossier prints them; the interface shows them from the locale files). The
 * shortlist ranks the data's volunteers and villages; the administrator's checklist says which
 * criteria each participant met. Pure: no DOM, no storage.
 */

import type { Indicators, ReachFigures } from './indicators';
import { compareVi } from './text';

/** The plan's kinds of participant, III.1 a)–e). */
export const PARTICIPANT_KINDS = ['unit', 'front', 'business', 'individual', 'other'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/** Collectives (units, the Front and unions, businesses) get the "≥ 70 % women" tie-break. */
export const COLLECTIVE_KINDS = ['unit', 'front', 'business'] as const satisfies ParticipantKind[];
export const INDIVIDUAL_KINDS = ['individual', 'other'] as const satisfies ParticipantKind[];

export const isCollective = (kind: ParticipantKind): boolean =>
  (COLLECTIVE_KINDS as readonly ParticipantKind[]).includes(kind);

export interface Criterion {
  id: string;
  /** Short Vietnamese label, as the dossier prints it. */
  label: string;
}

/** The plan's criteria (III.1), one bullet each, shortened. */
export const CRITERIA: Record<ParticipantKind, readonly Criterion[]> = {
  unit: [
    {
      id: 'unit.movement',
      label: 'Triển khai sâu rộng phong trào thi đua; phát huy vai trò người đứng đầu',
    },
    {
      id: 'unit.goals',
      label: 'Hoàn thành các mục tiêu, nhiệm vụ theo Nghị quyết 57-NQ/TW, 03-NQ/CP, 71-NQ/TW',
    },
    {
      id: 'unit.policy',
      label: 'Tham mưu tháo gỡ điểm nghẽn về thể chế; đơn giản hoá thủ tục hành chính',
    },
    {
      id: 'unit.transformation',
      label: 'Chuyển đổi số, ứng dụng khoa học, công nghệ trong hoạt động của đơn vị',
    },
    {
      id: 'unit.resources',
      label: 'Đề xuất chính sách hỗ trợ doanh nghiệp; thu hút nguồn lực cho chuyển đổi số',
    },
  ],
  front: [
    {
      id: 'front.activities',
      label:
        'Hoạt động tuyên truyền, vận động đoàn viên, hội viên và Nhân dân thiết thực, hiệu quả',
    },
    {
      id: 'front.initiatives',
      label: 'Có sáng kiến triển khai học tập số, Bình dân học vụ số; giám sát, phản biện xã hội',
    },
  ],
  business: [
    {
      id: 'business.strategy',
      label: 'Chiến lược bền vững, văn hoá đổi mới; hợp tác, nghiên cứu trong môi trường số',
    },
    {
      id: 'business.capability',
      label: 'Năng lực sáng tạo; ứng dụng công nghệ số, tự động hoá; đào tạo nhân lực',
    },
    {
      id: 'business.model',
      label: 'Đổi mới mô hình quản lý; sản phẩm, dịch vụ số mang thương hiệu của xã',
    },
  ],
  individual: [
    {
      id: 'individual.initiative',
      label:
        'Nỗ lực, có sáng kiến, giải pháp sáng tạo cho phát triển khoa học, công nghệ và chuyển đổi số',
    },
  ],
  other: [
    {
      id: 'other.achievement',
      label:
        'Có thành tích trong phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
    },
    {
      id: 'other.recognised',
      label: 'Phát minh, sáng kiến, cải tiến được cấp có thẩm quyền công nhận bằng văn bản',
    },
  ],
};

export const ALL_CRITERIA: readonly Criterion[] = PARTICIPANT_KINDS.flatMap((k) => CRITERIA[k]);

/** The award forms of the plan (III.2.1 b), highest first; the commune grants the last one. */
export const AWARD_FORMS = {
  labour_order: 'Huân chương Lao động',
  government_flag: 'Cờ thi đua của Chính phủ',
  pm_certificate: 'Bằng khen của Thủ tướng Chính phủ',
  city_flag: 'Cờ thi đua của Ủy ban nhân dân thành phố',
  city_certificate: 'Bằng khen của Chủ tịch Ủy ban nhân dân thành phố',
  commune_certificate: 'Giấy khen của Chủ tịch Ủy ban nhân dân xã',
} as const;
export type AwardForm = keyof typeof AWARD_FORMS;
export const AWARD_FORM_IDS = Object.keys(AWARD_FORMS) as [AwardForm, ...AwardForm[]];
export const DEFAULT_AWARD: AwardForm = 'commune_certificate';

/** Who can be nominated: a volunteer or a village from the data, or a participant entered by hand. */
export const NOMINEE_TYPES = ['volunteer', 'village', 'other'] as const;
export type NomineeType = (typeof NOMINEE_TYPES)[number];

/** The key a participant's checklist is stored under: "volunteer:<id>", "village:<id>", "other:<id>". */
export const nomineeKey = (type: NomineeType, id: string): string => `${type}:${id}`;

/** A volunteer is an individual, a village (its Tổ công nghệ số cộng đồng) a collective unit. */
export const defaultKind = (type: NomineeType): ParticipantKind =>
  type === 'volunteer' ? 'individual' : type === 'village' ? 'unit' : 'other';

/** What the administrator recorded about one participant for one year. */
export interface ChecklistState {
  kind: ParticipantKind;
  /** Criterion ids ticked as met. */
  met: string[];
  /** A woman, or a collective with at least 70 % women: preferred when candidates tie. */
  women: boolean;
}

/** Met when every criterion of the participant's kind is ticked. */
export function meetsCriteria(c: ChecklistState): boolean {
  return CRITERIA[c.kind].every((criterion) => c.met.includes(criterion.id));
}

/** How many of its kind's criteria are ticked (ticks of another kind, left after a change, don't count). */
export const criteriaMet = (c: ChecklistState): number =>
  CRITERIA[c.kind].filter((criterion) => c.met.includes(criterion.id)).length;

export interface Candidate {
  type: 'volunteer' | 'village';
  id: string;
  figures: ReachFigures;
}

/** The year's candidates from the data: volunteers and villages with at least one session. */
export function candidatesOf(indicators: Indicators, type: Candidate['type']): Candidate[] {
  const rows =
    type === 'volunteer'
      ? indicators.byVolunteer.map((v) => ({ id: v.volunteerId, figures: v as ReachFigures }))
      : indicators.byVillage.map((v) => ({ id: v.villageId, figures: v as ReachFigures }));
  return rows.filter((r) => r.figures.sessions > 0).map((r) => ({ type, ...r }));
}

export interface RankedCandidate extends Candidate {
  key: string;
  /** 1 for the first; candidates equal on every figure and on the women rule share a rank. */
  rank: number;
  checklist: ChecklistState;
  meetsCriteria: boolean;
}

export const helpTotal = (f: ReachFigures): number =>
  f.vneidActivations + f.onlineApplications + f.cashlessAccounts;

/** Ranking order: sessions, attendances, residents reached, help given — more is better. */
const SCORE: ((f: ReachFigures) => number)[] = [
  (f) => f.sessions,
  (f) => f.attendances,
  (f) => f.uniqueResidents,
  helpTotal,
];

function compareMerit(a: RankedCandidate, b: RankedCandidate): number {
  for (const score of SCORE) {
    const d = score(b.figures) - score(a.figures);
    if (d !== 0) return d;
  }
  // The tie-break of DOMAIN.md: women (collectives ≥ 70 % women) first.
  return Number(b.checklist.women) - Number(a.checklist.women);
}

export interface ShortlistOptions {
  /** Keep only candidates whose checklist meets every criterion of their kind. */
  onlyMeetingCriteria?: boolean;
  /** Names for a stable order among equals (Vietnamese collation); the key otherwise. */
  nameOf?: (c: Candidate) => string;
}

/**
 * Ranks candidates by their figures, women first among equals, and (when asked) keeps only those
 * meeting the criteria. `checklists` is keyed by nomineeKey; a candidate without one is of its
 * default kind with nothing ticked.
 *
 * @example shortlist(candidatesOf(ind, 'volunteer'), checklists, { onlyMeetingCriteria: true })
 */
export function shortlist(
  candidates: readonly Candidate[],
  checklists: Readonly<Record<string, ChecklistState>>,
  options: ShortlistOptions = {},
): RankedCandidate[] {
  const name = options.nameOf ?? ((c: Candidate) => nomineeKey(c.type, c.id));
  const ranked = candidates
    .map((c) => {
      const key = nomineeKey(c.type, c.id);
      const checklist = checklists[key] ?? { kind: defaultKind(c.type), met: [], women: false };
      return { ...c, key, rank: 0, checklist, meetsCriteria: meetsCriteria(checklist) };
    })
    .filter((c) => !options.onlyMeetingCriteria || c.meetsCriteria)
    .sort((a, b) => compareMerit(a, b) || compareVi(name(a), name(b)) || (a.key < b.key ? -1 : 1));
  ranked.forEach((c, i) => {
    const before = ranked[i - 1];
    c.rank = before && compareMerit(before, c) === 0 ? before.rank : i + 1;
  });
  return ranked;
}
