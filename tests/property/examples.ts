/**
 * Hand-written scenarios that fast-check runs before the random ones, each the shortest story of
 * one way sync can go wrong (found by the property or foreseen), so they are checked on every run
 * whatever the seed.
 */
import type { DeviceSpec, Fault, Scenario, Step, SyncMode } from './scenario';

const phone = (node: string, over: Partial<DeviceSpec> = {}): DeviceSpec => ({
  account: 'admin',
  skewMs: 0,
  node,
  batchSize: 500,
  gzip: false,
  ...over,
});

const sync = (device: number, mode: SyncMode, faults: Fault[] = []): Step => ({
  op: 'sync',
  devices: [device],
  concurrent: false,
  mode,
  faults,
  advanceMs: 0,
});

const newSession = (device: number): Step => ({
  op: 'createSession',
  device,
  village: 0,
  date: '2023-05-04',
  meeting: false,
  advanceMs: 0,
});

const newResident = (device: number): Step => ({
  op: 'createResident',
  device,
  village: 0,
  birthYear: 1950,
  name: 0,
  advanceMs: 0,
});

const shared = [newSession(0), newResident(0), sync(0, 'push-pull'), sync(1, 'pull')];

/** Each with what it shows. */
export const EXAMPLES: [string, Scenario][] = [
  [
    // A device's older attendance setting loses; the server must still send it the winner.
    'a losing attendance setting',
    {
      devices: [phone('00000000000a'), phone('00000000000b')],
      steps: [
        ...shared,
        { op: 'attendance', device: 0, session: 0, resident: 0, present: true, advanceMs: 1000 },
        { op: 'attendance', device: 1, session: 0, resident: 0, present: false, advanceMs: 1000 },
        sync(1, 'push'),
        sync(0, 'pull-push'),
      ],
    },
  ],
  [
    // The answer to A's edit is lost after the commit; B edits another field; A pulls (keeps its
    // own while pending), retries, gets a replayed 'ok' and never hears of B's edit.
    'an edit answered by a replay',
    {
      devices: [phone('00000000000a'), phone('00000000000b')],
      steps: [
        ...shared,
        { op: 'editSession', device: 0, session: 0, field: 'venue', value: 1, advanceMs: 1000 },
        { op: 'editSession', device: 1, session: 0, field: 'notes', value: 1, advanceMs: 1000 },
        sync(0, 'push', ['dropResponse']),
        sync(1, 'push'),
        sync(0, 'pull'),
        sync(0, 'push'),
      ],
    },
  ],
  [
    // A phone a year ahead creates a resident and renames them a moment later; both reach the
    // server in one push and are clamped to the same clock.
    'two changes of a phone a year ahead',
    {
      devices: [phone('00000000000a', { skewMs: 365 * 86_400_000 }), phone('00000000000b')],
      steps: [
        newResident(0),
        { op: 'editResident', device: 0, resident: 0, field: 'fullName', value: 1, advanceMs: 5 },
        sync(0, 'push'),
      ],
    },
  ],
  [
    // Feedback linked to a resident reaches the server; then the resident is erased by sync.
    'an erasure after linked feedback',
    {
      devices: [phone('00000000000a'), phone('00000000000b')],
      steps: [
        newResident(0),
        { op: 'feedback', device: 0, session: null, resident: 0, rating: 4, text: 1, advanceMs: 0 },
        sync(0, 'push'),
        { op: 'erase', device: 0, resident: 0, advanceMs: 1000 },
        sync(0, 'push-pull'),
      ],
    },
  ],
  [
    // A phone creates a session and corrects its venue before it next has signal: one push
    // carries both, and the server must not record the phone as conflicting with itself.
    'a create and an edit in one push',
    {
      devices: [phone('00000000000a'), phone('00000000000b')],
      steps: [
        newSession(0),
        { op: 'editSession', device: 0, session: 0, field: 'venue', value: 1, advanceMs: 1000 },
        sync(0, 'push-pull'),
      ],
    },
  ],
  [
    // A phone a little over 5 minutes ahead makes a session, hands a backup to another phone,
    // corrects the venue and sends both (clamped). The other phone sends its copy of the creation
    // a second later, when the creation's clock is no longer clamped: it must not undo the edit.
    'a late backup copy of an older change',
    {
      devices: [phone('00000000000a', { skewMs: 5 * 60_000 + 500 }), phone('00000000000b')],
      steps: [
        newSession(0),
        { op: 'backup', from: 0, to: 1, advanceMs: 0 },
        { op: 'editSession', device: 0, session: 0, field: 'venue', value: 1, advanceMs: 1 },
        sync(0, 'push'),
        { ...sync(1, 'push'), advanceMs: 1000 },
      ],
    },
  ],
  [
    // A's feedback about a resident goes to B in a backup file; B erases the resident and sends
    // both (the feedback is unlinked on the server). A pulls (keeps its own, still pending), then
    // sends the feedback: the server already has it, and A must still get the unlinked row.
    'feedback sent first from a backup, then unlinked',
    {
      devices: [phone('00000000000a'), phone('00000000000b')],
      steps: [
        newResident(0),
        sync(0, 'push-pull'),
        sync(1, 'pull'),
        { op: 'feedback', device: 0, session: null, resident: 0, rating: 4, text: 1, advanceMs: 0 },
        { op: 'backup', from: 0, to: 1, advanceMs: 0 },
        { op: 'erase', device: 1, resident: 0, advanceMs: 1000 },
        sync(1, 'push'),
        sync(0, 'pull-push'),
      ],
    },
  ],
];
