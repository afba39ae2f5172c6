/**
 * This device's hybrid logical clock, kept in the meta table so it never runs backwards across
 * reloads. `nextHlc` stamps a local change (call it inside the change's transaction, which must
 * include db.meta); `observeHlcs` moves the clock past clocks pulled from the server, so the next
 * local change is ordered after everything this phone has seen, whatever its own clock says.
 */
import { type HlcState, nodeOf, receive, tick } from '../core/hlc';
import { db } from './db';
import { getClientId } from './meta';

const KEY = 'hlc';

async function load(): Promise<HlcState> {
  const row = await db.meta.get(KEY);
  if (row?.value) return row.value as HlcState;
  return { wall: 0, counter: 0, node: nodeOf(await getClientId()) };
}

export async function nextHlc(now = Date.now()): Promise<string> {
  const next = tick(await load(), now);
  await db.meta.put({ key: KEY, value: next.state });
  return next.hlc;
}

export async function observeHlcs(seen: string[], now = Date.now()): Promise<void> {
  if (seen.length === 0) return;
  let state = await load();
  for (const hlc of seen) state = receive(state, hlc, now);
  await db.meta.put({ key: KEY, value: state });
}
