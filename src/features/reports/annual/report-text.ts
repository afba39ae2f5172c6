/**
 * Starting words for the report's free-text sections, written from the figures so the
 * administrator edits a draft instead of facing a blank page. They follow the plan's content
 * (awareness and "học tập số", digital government, digital economy and society, online safety).
 */
import { FEEDBACK_TAGS, type FeedbackTag } from '../../../core/feedback';
import type { Indicators } from '../../../core/indicators';
import type { t as translate } from '../../../i18n';
import { formatDate, formatNumber } from '../../../i18n/format';
import type { SectionId } from './report-draft';
import { communeReach, type VillageName } from './report-tables';

type T = typeof translate;

const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });
export const formatShare = (share: number): string => percent.format(share);
export const formatRating = (rating: number): string => formatNumber(Math.round(rating * 10) / 10);

const numbered = (lines: string[]) => lines.map((l, i) => `${i + 1}. ${l}`).join('\n');
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** Tags people raised, most raised first: "mạng yếu (12 ý kiến), …". */
export function raisedTags(ind: Indicators): { tag: FeedbackTag; n: number }[] {
  return FEEDBACK_TAGS.map((tag) => ({ tag, n: ind.feedback.tags[tag] }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n || a.tag.localeCompare(b.tag));
}

export const tagList = (t: T, ind: Indicators): string =>
  raisedTags(ind)
    .map(({ tag, n }) =>
      t('annualReport.text.tagCount', {
        tag: lowerFirst(t(`feedbackTag.${tag}`)),
        n: formatNumber(n),
      }),
    )
    .join(', ');

function situation(t: T, ind: Indicators, villages: VillageName[]): string {
  const active = ind.byVillage.filter((v) => v.sessions > 0).length;
  return [
    t('annualReport.text.situationPlan'),
    t('annualReport.text.situationVillages', {
      active: formatNumber(active),
      villages: formatNumber(Math.max(villages.length, active)),
    }),
  ].join('\n');
}

function done(t: T, ind: Indicators, villages: VillageName[]): string {
  const n = (x: number) => formatNumber(x);
  const safety = ind.completions.byModule.M07 + ind.completions.byModule.M08;
  const { share } = communeReach(ind, villages);
  const lines = [
    t('annualReport.text.doneLearning', {
      from: formatDate(ind.period.from),
      to: formatDate(ind.period.to),
      sessions: n(ind.sessions),
      attendances: n(ind.attendances),
      residents: n(ind.uniqueResidents),
      completions: n(ind.completions.total),
    }),
    t('annualReport.text.doneGovernment', {
      vneid: n(ind.vneidActivations),
      applications: n(ind.onlineApplications),
    }),
    t('annualReport.text.doneEconomy', { cashless: n(ind.cashlessAccounts) }),
    [
      t('annualReport.text.doneSafety'),
      safety > 0 && t('annualReport.text.doneSafetyLearned', { completions: n(safety) }),
    ]
      .filter(Boolean)
      .join(' '),
  ];
  if (share !== null) lines.push(t('annualReport.text.doneReach', { share: formatShare(share) }));
  return numbered(lines);
}

function difficulties(t: T, ind: Indicators, villages: VillageName[]): string {
  const lines: string[] = [];
  // The feedback's counts are printed beside the figures; here, in words, what people found hardest.
  const hardest = raisedTags(ind)
    .slice(0, 2)
    .map(({ tag }) => lowerFirst(t(`feedbackTag.${tag}`)));
  if (hardest.length > 0)
    lines.push(
      t('annualReport.text.tagsRaised', { tags: hardest.join(t('annualReport.text.and')) }),
    );
  const active = new Set(ind.byVillage.filter((v) => v.sessions > 0).map((v) => v.villageId));
  const idle = villages.filter((v) => !active.has(v.id)).map((v) => v.name);
  if (idle.length > 0) lines.push(t('annualReport.text.idleVillages', { names: idle.join(', ') }));
  const known = new Set(
    ind.byVillage.filter((v) => v.adultPopulation !== null).map((v) => v.villageId),
  );
  const noPopulation = villages.filter((v) => !known.has(v.id)).length;
  if (noPopulation > 0)
    lines.push(t('annualReport.text.noPopulation', { n: formatNumber(noPopulation) }));
  lines.push(t('annualReport.text.difficultiesGeneral'));
  return lines.map((l) => `- ${l}`).join('\n');
}

const TAG_PROPOSALS: Partial<Record<FeedbackTag, string>> = {
  weak_network: 'annualReport.text.proposeNetwork',
  no_smartphone: 'annualReport.text.proposePhones',
  scam_worry: 'annualReport.text.proposeScams',
  needs_another_session: 'annualReport.text.proposeSessions',
};

function proposals(t: T, ind: Indicators): string {
  const year = Number(ind.period.to.slice(0, 4));
  const raised = raisedTags(ind)
    .map(({ tag }) => TAG_PROPOSALS[tag])
    .filter((k): k is string => k !== undefined);
  return numbered([
    t('annualReport.text.proposeSupport'),
    ...raised.map((key) => t(key)),
    t('annualReport.text.proposeNextYear', { year: year + 1 }),
  ]);
}

/** The starting text of `section` for these figures. */
export function startingText(
  t: T,
  section: SectionId,
  ind: Indicators,
  villages: VillageName[],
): string {
  switch (section) {
    case 'situation':
      return situation(t, ind, villages);
    case 'done':
      return done(t, ind, villages);
    case 'difficulties':
      return difficulties(t, ind, villages);
    case 'proposals':
      return proposals(t, ind);
  }
}
