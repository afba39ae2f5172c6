/**
 * The test's record of what the server did with each pushed mutation, taken from every real
 * delivery (also those whose answer a fault then dropped, so the device never saw it): the first
 * answer for each (client, seq), and the mutation's effective clock — its HLC clamped at the
 * instant of the delivery that applied it and kept in order with the same device's clamped
 * changes, exactly as server/services/push.ts does (the virtual clock stands still during a
 * request). A replay must be answered as the first time.
 */
import { type ClampedClock, effectiveHlc, originNode } from '../../src/core/hlc';
import type { Mutation, PushRequest, PushResponse } from '../../src/core/wire';

export interface Applied {
  clientId: string;
  mutation: Mutation;
  status: 'ok' | 'rejected';
  reason?: string;
  /** The clock the server merged with. */
  eff: string;
  /** Order of first answers (ties broken by seq within a request). */
  order: number;
  /** When the applying delivery started and ended, in transport events: overlaps = concurrent. */
  window: [number, number];
}

export const overlap = (a: Applied, b: Applied): boolean =>
  a.window[0] < b.window[1] && b.window[0] < a.window[1];

export class Ledger {
  readonly applied = new Map<string, Applied>();
  readonly problems: string[] = [];
  /** (client, seq) answered again by a later delivery, after the one that applied it. */
  readonly replayed = new Set<string>();
  private order = 0;
  /** Per device node, the clocks merged as another clock than their own (as the server keeps). */
  private readonly clamps = new Map<string, ClampedClock[]>();

  private effective(hlc: string, at: number): string {
    const node = originNode(hlc);
    const sameNode = this.clamps.get(node) ?? [];
    const effective = effectiveHlc(hlc, at, sameNode);
    if (effective !== hlc && !sameNode.some((c) => c.original === hlc))
      this.clamps.set(node, [...sameNode, { original: hlc, effective }]);
    return effective;
  }

  record(req: PushRequest, res: PushResponse, at: number, window: [number, number]): void {
    const sent = req.mutations.map((m) => m.seq);
    const answered = res.results.map((r) => r.seq);
    if (JSON.stringify(sent) !== JSON.stringify(answered)) {
      this.problems.push(
        `push of ${req.clientId} answered seqs [${answered}] for mutations [${sent}]`,
      );
    }
    for (const r of res.results) {
      const mutation = req.mutations.find((m) => m.seq === r.seq);
      if (!mutation) continue;
      const key = `${req.clientId}:${r.seq}`;
      const reason = r.status === 'rejected' ? r.reason : undefined;
      const first = this.applied.get(key);
      if (!first) {
        this.applied.set(key, {
          clientId: req.clientId,
          mutation,
          status: r.status,
          reason,
          eff: this.effective(mutation.hlc, at),
          order: this.order++,
          window,
        });
        continue;
      }
      this.replayed.add(key);
      if (first.status !== r.status || first.reason !== reason) {
        this.problems.push(
          `replay of ${key} (${mutation.name}) answered ${r.status}${reason ? ` ${reason}` : ''} ` +
            `but first ${first.status}${first.reason ? ` ${first.reason}` : ''}`,
        );
      }
    }
  }

  /** Mutations the server answered 'ok', in the order first answered. */
  ok(): Applied[] {
    return [...this.applied.values()].filter((a) => a.status === 'ok');
  }
}
