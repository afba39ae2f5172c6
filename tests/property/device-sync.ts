/**
 * A device's push and pull, as the client does them:
 * - push sends the outbox in seq order, in batches of at most spec.batchSize (≤ 500), two on the
 *   wire at once (the second naming the first's last seq); an entry leaves the outbox when the
 *   server answers it, ok or rejected (a rejection is remembered as "needs attention"); on any
 *   failure the entries stay and the push stops (a second batch refused for coming before the
 *   first was applied, 409, is sent again);
 * - pull asks for the changes after the stored cursor, page by page until `more` is false; for a
 *   record with a pending (unanswered) outbox entry the local version is kept, otherwise the
 *   server's row replaces it and its clocks are remembered; every pulled clock goes through
 *   `receive`; the cursor is stored only once its page is applied.
 */
import {
  type Mutation,
  type PullResponse,
  type PushResponse,
  pullResponseSchema,
  pushResponseSchema,
} from '../../src/core/wire';
import { attendanceKey, type Device, recordKey } from './device';
import type { SyncMode } from './scenario';
import { short, trace } from './trace';
import type { Answer, Transport } from './transport';

/** A 200 whose body breaks the wire schema is a server bug: the run fails at once. */
function parse<T>(
  answer: Answer | null,
  schema: { safeParse(x: unknown): { success: boolean; data?: unknown } },
): T | null {
  if (answer?.status !== 200) return null;
  const parsed = schema.safeParse(answer.body);
  if (!parsed.success) throw new Error(`answer breaks the wire schema: ${JSON.stringify(answer)}`);
  return parsed.data as T;
}

/**
 * True when the outbox was emptied (every entry answered). Two batches go on the wire at once, the
 * second naming the first's last seq (`after`), as the client sends them; answers are taken in the
 * order sent.
 */
export async function push(d: Device, t: Transport): Promise<boolean> {
  for (;;) {
    const first = d.outbox.slice(0, d.spec.batchSize);
    if (first.length === 0) return true;
    const second = d.outbox.slice(d.spec.batchSize, 2 * d.spec.batchSize);
    const send = (mutations: Mutation[], after?: number) =>
      t.send({
        token: d.token,
        path: '/api/sync/push',
        push: { clientId: d.clientId, ...(after !== undefined && { after }), mutations },
        gzip: d.spec.gzip,
      });
    const answers = await Promise.all([
      send(first),
      ...(second.length > 0 ? [send(second, first.at(-1)!.seq)] : []),
    ]);
    const taken = [take(d, first, answers[0]!)];
    // The second is taken even when the first failed: the first may have been applied and only
    // its answer lost; if not, the server refused the second (409).
    if (second.length > 0) taken.push(take(d, second, answers[1]!));
    if (!taken[0] || (second.length > 0 && !taken[1] && answers[1]?.status !== 409)) return false;
  }
}

/** Takes a push answer for `mutations`; false when there is none to take. */
function take(d: Device, mutations: Mutation[], answer: Answer | null): boolean {
  const res = parse<PushResponse>(answer, pushResponseSchema);
  if (!res) return false;
  const answered = new Map(res.results.map((r) => [r.seq, r]));
  const sent = new Set(mutations.map((m) => m.seq));
  if (![...answered.keys()].some((seq) => sent.has(seq))) return false;
  for (const m of mutations) {
    const r = answered.get(m.seq);
    if (!r) continue;
    if (r.status === 'rejected') {
      d.rejected.push({ mutation: m, reason: r.reason });
      d.attention.add(recordKey(m));
    }
  }
  d.outbox = d.outbox.filter((m) => !answered.has(m.seq));
  return true;
}

function applyPage(d: Device, page: PullResponse): void {
  const keep = (key: string) => {
    const pending = d.hasPending(key);
    d.lastPulled.set(key, pending ? 'kept local' : 'taken');
    trace(
      `…${short(d.clientId)}`,
      `pulled ${key.replace(/[0-9a-f-]{30}/g, '')} ${pending ? 'KEPT LOCAL' : 'taken'}`,
    );
    return !pending;
  };
  for (const { record, clocks } of page.sessions) {
    for (const c of Object.values(clocks)) d.see(c);
    if (keep(`session:${record.id}`)) d.sessions.set(record.id, { record, clocks });
  }
  for (const { record, clocks } of page.residents) {
    for (const c of Object.values(clocks)) d.see(c);
    if (keep(`resident:${record.id}`)) d.residents.set(record.id, { record, clocks });
  }
  for (const a of page.attendance) {
    d.see(a.hlc);
    const key = attendanceKey(a);
    if (keep(key)) d.attendance.set(key, a);
  }
  for (const f of page.feedback) {
    if (keep(`feedback:${f.id}`)) d.feedback.set(f.id, f);
  }
  for (const c of page.conflicts) d.conflicts.set(c.id, c);
  d.cursor = page.cursor;
}

/** True when the device has pulled everything (`more` false). */
export async function pull(d: Device, t: Transport): Promise<boolean> {
  for (let pages = 0; pages < 10_000; pages++) {
    const query = d.cursor === undefined ? '' : `?cursor=${encodeURIComponent(d.cursor)}`;
    const page = parse<PullResponse>(
      await t.send({ token: d.token, path: `/api/sync/pull${query}` }),
      pullResponseSchema,
    );
    if (!page) return false;
    applyPage(d, page);
    if (!page.more) return true;
  }
  throw new Error(`pull of ${d.clientId} never ended`);
}

export async function sync(d: Device, t: Transport, mode: SyncMode): Promise<boolean> {
  switch (mode) {
    case 'push':
      return push(d, t);
    case 'pull':
      return pull(d, t);
    case 'pull-push':
      return (await pull(d, t)) && push(d, t);
    case 'push-pull':
      return (await push(d, t)) && pull(d, t);
  }
}
