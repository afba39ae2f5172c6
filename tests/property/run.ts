/**
 * Plays one scenario against the world: devices act offline and sync in random order through the
 * faulty transport, with the shared clock moving on each step; then faults go off, held requests
 * arrive, every device syncs twice (push, then pull until `more` is false), and the server is read
 * back per account for the verdict (checks.ts).
 */
import { originNode } from '../../src/core/hlc';
import { COMMUNE } from '../server/factories';
import type { RunOutcome } from './checks';
import { Device } from './device';
import { carryBackup } from './device-backup';
import { pull, push, sync } from './device-sync';
import { Ledger } from './ledger';
import type { AccountName, Scenario, Step } from './scenario';
import { type Snapshot, snapshot } from './snapshot';
import { trace, traceStart } from './trace';
import { Transport } from './transport';
import { villagesOf, type World } from './world';

type ConflictRow = {
  record_type: string;
  record_id: string;
  field: string;
  kept_hlc: string;
  lost_hlc: string;
};

export interface RunStats {
  mutations: number;
  rejected: number;
  conflicts: number;
  /** Conflicts whose kept and lost values came from the same device. */
  selfConflicts: number;
  faults: Record<string, number>;
}

async function perform(step: Step, devices: Device[], t: Transport): Promise<void> {
  const pickDevice = (n: number) => devices[n % devices.length]!;
  switch (step.op) {
    case 'release':
      return t.release(step.reverse);
    case 'backup':
      return carryBackup(pickDevice(step.from), pickDevice(step.to));
    case 'sync': {
      t.setFaults(step.faults);
      const chosen = [...new Set(step.devices.map(pickDevice))];
      if (step.concurrent) await Promise.all(chosen.map((d) => sync(d, t, step.mode)));
      else for (const d of chosen) await sync(d, t, step.mode);
      t.setFaults([]);
      return;
    }
    default:
      pickDevice(step.device).act(step);
  }
}

export async function runScenario(
  world: World,
  scenario: Scenario,
): Promise<{ outcome: RunOutcome; stats: RunStats }> {
  await world.reset();
  const ledger = new Ledger();
  const t = new Transport(world, ledger);
  let ids = 0;
  const newId = () => `00000000-0000-7000-8000-${(++ids).toString(16).padStart(12, '0')}`;
  const devices = scenario.devices.map(
    (spec) => new Device(spec, world.tokens[spec.account], villagesOf(spec.account), newId),
  );
  traceStart();
  devices.forEach((d, i) => {
    trace(`…${d.clientId.slice(-6)}`, `device ${i}: ${JSON.stringify(d.spec)}`);
  });
  for (const step of scenario.steps) {
    world.advance(step.advanceMs);
    trace('step', JSON.stringify(step));
    await perform(step, devices, t);
  }

  trace('step', 'faults off; release held; final syncs');
  t.faultsOn = false;
  await t.release(false);
  const finalSyncFailures: string[] = [];
  for (let round = 1; round <= 2; round++) {
    for (const [i, d] of devices.entries()) {
      const ok = (await push(d, t)) && (await pull(d, t));
      if (!ok || d.outbox.length > 0)
        finalSyncFailures.push(`device ${i}: final sync ${round} failed (${d.outbox.length} left)`);
    }
  }
  const snapshots = new Map<AccountName, Snapshot>();
  for (const account of new Set(['admin' as const, ...devices.map((d) => d.spec.account)])) {
    snapshots.set(account, await snapshot(t, world.tokens[account]));
  }

  const conflicts = await world.db.query<ConflictRow>(
    `select record_type, record_id::text, field, kept_hlc, lost_hlc from sync_conflicts
     where commune_code = $1`,
    [COMMUNE],
  );
  const selfConflicts = conflicts.filter((c) => originNode(c.kept_hlc) === originNode(c.lost_hlc));
  const stats: RunStats = {
    mutations: ledger.applied.size,
    rejected: devices.reduce((n, d) => n + d.rejected.length, 0),
    conflicts: conflicts.length,
    selfConflicts: selfConflicts.length,
    faults: { ...t.counts, restarts: world.restarts },
  };
  const outcome: RunOutcome = {
    devices,
    ledger,
    snapshots,
    serverErrors: [...world.serverErrors],
    anomalies: t.anomalies,
    finalSyncFailures,
    selfConflicts: selfConflicts.map(
      (c) =>
        `${c.record_type} ${c.record_id}.${c.field}: kept ${c.kept_hlc} and lost ${c.lost_hlc} ` +
        'are changes of one device',
    ),
  };
  return { outcome, stats };
}
