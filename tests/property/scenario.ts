/**
 * What one run of the convergence property does, as plain data that fast-check generates and
 * shrinks: the devices (account, clock skew, node, batch size) and a list of steps. Steps pick
 * devices and records by index (taken modulo what exists when the step runs), so every shrunk
 * scenario is still a valid one.
 */
import fc from 'fast-check';

/** Who a device is signed in as: the demo administrator or a volunteer (see world.ts). */
export const ACCOUNT_NAMES = ['admin', 'v1', 'v2', 'v3'] as const;
export type AccountName = (typeof ACCOUNT_NAMES)[number];

export const FAULTS = [
  'none',
  'dropRequest',
  'dropResponse',
  'duplicate',
  'hold',
  'restart',
  'status503',
] as const;
export type Fault = (typeof FAULTS)[number];

export interface DeviceSpec {
  account: AccountName;
  /** How far the device's clock is off (ms): up to a year either way. */
  skewMs: number;
  /** 12 hex digits: the end of the client id, hence the HLC node (unique per device). */
  node: string;
  /** Mutations per push request (≤ 500); small ones make multi-batch pushes. */
  batchSize: number;
  gzip: boolean;
}

export const SESSION_EDITS = {
  venue: ['Nhà văn hoá thôn', 'Trường tiểu học', 'Trạm y tế xã'],
  notes: ['', 'Mang máy chiếu', 'Mất điện giữa buổi'],
  startTime: ['07:30', '14:00', '19:30'],
  durationMinutes: [45, 90, 120],
  /** true: cancel now; false: restore. */
  cancelledAt: [true, false],
} as const;
export type SessionEditField = keyof typeof SESSION_EDITS;

export const RESIDENT_EDITS = {
  phone: [null, '0912345678', '0987654321'],
  fullName: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'],
} as const;
export type ResidentEditField = keyof typeof RESIDENT_EDITS;

/** A record picked by index among those the device holds (modulo their number). */
type Pick = number;

export type Action =
  | { op: 'createSession'; device: number; village: Pick; date: string; meeting: boolean }
  | { op: 'createResident'; device: number; village: Pick; birthYear: number; name: number }
  | { op: 'editSession'; device: number; session: Pick; field: SessionEditField; value: number }
  | { op: 'editResident'; device: number; resident: Pick; field: ResidentEditField; value: number }
  | { op: 'erase'; device: number; resident: Pick }
  | { op: 'attendance'; device: number; session: Pick; resident: Pick; present: boolean }
  | {
      op: 'feedback';
      device: number;
      session: Pick | null;
      resident: Pick | null;
      rating: number;
      text: number;
    }
  | { op: 'sync'; devices: number[]; concurrent: boolean; mode: SyncMode; faults: Fault[] }
  /** Delivers the requests the transport held back, newest first when `reverse`. */
  | { op: 'release'; reverse: boolean }
  /** A backup file of `from`'s unsynced changes imported on `to` (device-backup.ts). */
  | { op: 'backup'; from: number; to: number };
export type SyncMode = 'push-pull' | 'pull-push' | 'push' | 'pull';

/** Each step also moves the shared (virtual) time on. */
export type Step = Action & { advanceMs: number };

export interface Scenario {
  devices: DeviceSpec[];
  steps: Step[];
}

const YEAR = 365 * 24 * 3600_000;
const skew = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: -5 * 60_000, max: 5 * 60_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: -YEAR, max: YEAR }) },
  { weight: 1, arbitrary: fc.constantFrom(YEAR, -YEAR) },
);

const device = fc.record({
  account: fc.constantFrom(...ACCOUNT_NAMES),
  skewMs: skew,
  batchSize: fc.constantFrom(1, 2, 3, 500),
  gzip: fc.boolean(),
});

const devices = fc
  .uniqueArray(fc.integer({ min: 1, max: 0xffffff }), { minLength: 2, maxLength: 5 })
  .chain((nodes) =>
    fc.tuple(...nodes.map(() => device)).map((specs) =>
      specs.map((s, i) => ({
        ...s,
        node: nodes[i]!.toString(16).padStart(12, '0'),
      })),
    ),
  );

/** Mostly the first few records, so devices often touch the same ones. */
const idx = fc.oneof(
  { weight: 2, arbitrary: fc.nat({ max: 2 }) },
  { weight: 1, arbitrary: fc.nat({ max: 1000 }) },
);
const dev = fc.nat({ max: 4 });
const choiceOf = (n: number) => fc.nat({ max: n - 1 });
/** A day between 2020 and 2024: sessions are past-tense records. */
const sessionDate = fc
  .integer({ min: 0, max: 5 * 365 })
  .map((d) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('createSession'),
      device: dev,
      village: idx,
      date: sessionDate,
      meeting: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('createResident'),
      device: dev,
      village: idx,
      birthYear: fc.integer({ min: 1930, max: 2000 }),
      name: choiceOf(RESIDENT_EDITS.fullName.length),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('editSession'),
      device: dev,
      session: idx,
      field: fc.constantFrom(...(Object.keys(SESSION_EDITS) as SessionEditField[])),
      value: choiceOf(3),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('editResident'),
      device: dev,
      resident: idx,
      field: fc.constantFrom(...(Object.keys(RESIDENT_EDITS) as ResidentEditField[])),
      value: choiceOf(3),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('erase'), device: dev, resident: idx }) },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('attendance'),
      device: dev,
      session: idx,
      resident: idx,
      present: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('feedback'),
      device: dev,
      session: fc.option(idx),
      resident: fc.option(idx),
      rating: fc.integer({ min: 1, max: 5 }),
      text: fc.nat({ max: 2 }),
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      op: fc.constant('sync'),
      devices: fc.array(dev, { minLength: 1, maxLength: 3 }),
      concurrent: fc.boolean(),
      mode: fc.constantFrom<SyncMode>('push-pull', 'push-pull', 'pull-push', 'push', 'pull'),
      faults: fc.array(fc.constantFrom(...FAULTS), { maxLength: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('release'), reverse: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('backup'), from: dev, to: dev }) },
);

const advance = fc.constantFrom(0, 0, 1, 3, 1000, 10_000);

const step: fc.Arbitrary<Step> = fc
  .tuple(action, advance)
  .map(([a, advanceMs]) => ({ ...a, advanceMs }));

export const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  devices,
  steps: fc.array(step, { minLength: 1, maxLength: 60, size: 'max' }),
});
