/**
 * A year of figures for the commendation screens (2026, three volunteers and two villages), the
 * names this device knows, and a harness that keeps the year's record in memory as the screen's
 * hook does, so components are tested with figures given as props.
 */
import { useState } from 'preact/hooks';
import type { CommendationYear } from '../../src/core/commendation-record';
import { emptyYear } from '../../src/core/commendation-record';
import { computeIndicators } from '../../src/core/indicator-compute';
import type { Indicators, ReachFigures } from '../../src/core/indicators';
import { CommendationPanel } from '../../src/features/reports/commendation/CommendationScreen';
import type { Names } from '../../src/features/reports/commendation/use-names';

export const HOA = '019a0000-0000-7000-8000-0000000000b1';
export const MINH = '019a0000-0000-7000-8000-0000000000b2';
export const LAN = '019a0000-0000-7000-8000-0000000000b3';
export const YEAR = 2026;

const fig = (over: Partial<ReachFigures>): ReachFigures => ({
  sessions: 0,
  attendances: 0,
  uniqueResidents: 0,
  vneidActivations: 0,
  onlineApplications: 0,
  cashlessAccounts: 0,
  ...over,
});

/** Hoa leads; Minh and Lan tie exactly (the women rule decides between them). */
export function yearIndicators(): Indicators {
  const none = { sessions: [], attendance: [], residents: [], feedback: [], completions: [] };
  const base = computeIndicators(
    {
      ...none,
      villages: [
        { id: 'nhan-bau', adults: 400 },
        { id: 'tien-kieu', adults: null },
      ],
    },
    { from: '2026-01-01', to: '2026-12-31' },
  );
  const hoa = fig({
    sessions: 12,
    attendances: 312,
    uniqueResidents: 98,
    vneidActivations: 45,
    onlineApplications: 20,
    cashlessAccounts: 10,
  });
  const tie = fig({ sessions: 5, attendances: 60, uniqueResidents: 40, vneidActivations: 3 });
  return {
    ...base,
    byVolunteer: [
      { volunteerId: HOA, ...hoa },
      { volunteerId: MINH, ...tie },
      { volunteerId: LAN, ...tie },
    ],
    byVillage: [
      {
        ...base.byVillage[0]!,
        ...fig({ sessions: 14, attendances: 340, uniqueResidents: 120, vneidActivations: 46 }),
        completions: 7,
        adultsReached: 110,
        reachedShare: 110 / 400,
      },
      { ...base.byVillage[1]!, ...tie },
    ],
  };
}

export const NAMES: Names = (() => {
  const volunteers = [
    { id: HOA, name: 'Nguyễn Thị Hoa' },
    { id: MINH, name: 'Trần Văn Minh' },
    { id: LAN, name: 'Vũ Thị Lan' },
  ];
  const villages = [
    { id: 'nhan-bau', name: 'Nhan Bầu' },
    { id: 'tien-kieu', name: 'Tiên Kiều' },
  ];
  return {
    volunteers,
    villages,
    volunteer: (id) => volunteers.find((v) => v.id === id)?.name,
    village: (id) => villages.find((v) => v.id === id)?.name,
  };
})();

/** The commendation panel over an in-memory record; `onRecord` sees every change. */
export function PanelHarness(props: {
  indicators?: Indicators;
  initial?: CommendationYear;
  onRecord?: (r: CommendationYear) => void;
}) {
  const [record, setRecord] = useState(props.initial ?? emptyYear(YEAR));
  return (
    <CommendationPanel
      year={YEAR}
      record={record}
      names={NAMES}
      indicators={props.indicators}
      update={(change) =>
        setRecord((r) => {
          const next = change(r);
          props.onRecord?.(next);
          return next;
        })
      }
    />
  );
}
