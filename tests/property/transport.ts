/**
 * The network between the simulated devices and the real app (app.request, no sockets), with the
 * faults of a weak 2G link and a restarting server. Each sync step hands it a queue of faults;
 * every request takes the next one (none once the queue is empty, or when faults are off):
 * - dropRequest: lost on the way, the server never sees it;
 * - dropResponse: the server handles it (and commits), the answer is lost;
 * - duplicate: delivered twice at once, the device sees one answer;
 * - hold: kept back (the device times out) and delivered later by a `release` step, after newer
 *   requests: delay and reorder;
 * - restart: a new app over the same database, then delivered;
 * - status503: a proxy answers 503 without calling the server.
 * Every real push answer goes to the ledger; any non-200 answer of the real server is a finding.
 */
import { gzipSync } from 'node:zlib';
import { type PushRequest, type PushResponse, pushResponseSchema } from '../../src/core/wire';
import type { Ledger } from './ledger';
import type { Fault } from './scenario';
import { short, trace } from './trace';
import type { World } from './world';

export interface Request {
  token: string;
  path: string;
  /** A push body (POST); absent for a pull (GET). */
  push?: PushRequest;
  gzip?: boolean;
}

export interface Answer {
  status: number;
  body: unknown;
}

export class Transport {
  faultsOn = true;
  private queue: Fault[] = [];
  private held: Request[] = [];
  /** Counts delivery starts and ends, to tell which deliveries ran at the same time. */
  private events = 0;
  readonly anomalies: string[] = [];
  readonly counts: Record<Fault, number> = {
    none: 0,
    dropRequest: 0,
    dropResponse: 0,
    duplicate: 0,
    hold: 0,
    restart: 0,
    status503: 0,
  };

  constructor(
    private readonly world: World,
    private readonly ledger: Ledger,
  ) {}

  /** The faults the next requests meet, in order. */
  setFaults(faults: Fault[]): void {
    this.queue = [...faults];
  }

  /** The device's view: an answer, or null when the network failed or timed out. */
  async send(req: Request): Promise<Answer | null> {
    const fault = (this.faultsOn && this.queue.shift()) || 'none';
    this.counts[fault]++;
    if (fault !== 'none') trace('net', `${fault}: ${describe(req)}`);
    switch (fault) {
      case 'dropRequest':
        return null;
      case 'status503':
        return { status: 503, body: { error: 'unavailable' } };
      case 'hold':
        this.held.push(req);
        return null;
      case 'dropResponse':
        await this.deliver(req);
        return null;
      case 'duplicate': {
        const [first] = await Promise.all([this.deliver(req), this.deliver(req)]);
        return first;
      }
      case 'restart':
        this.world.restart();
        return this.deliver(req);
      case 'none':
        return this.deliver(req);
    }
  }

  /** Delivers the held requests (their answers go nowhere), oldest or newest first. */
  async release(reverse: boolean): Promise<void> {
    const held = reverse ? this.held.reverse() : this.held;
    this.held = [];
    for (const req of held) await this.deliver(req);
  }

  private async deliver(req: Request): Promise<Answer> {
    const at = Date.now();
    const started = this.events++;
    const headers: Record<string, string> = { authorization: `Bearer ${req.token}` };
    let body: BodyInit | undefined;
    if (req.push) {
      headers['content-type'] = 'application/json';
      const json = JSON.stringify(req.push);
      if (req.gzip) {
        headers['content-encoding'] = 'gzip';
        body = new Uint8Array(gzipSync(json));
      } else body = json;
    }
    const res = await this.world
      .app()
      .request(req.path, { method: req.push ? 'POST' : 'GET', headers, body });
    const text = await res.text();
    const answer: Answer = { status: res.status, body: text ? JSON.parse(text) : null };
    trace('server', `${describe(req)} → ${res.status} ${text.slice(0, 400)}`);
    if (res.status === 409 && req.push?.after !== undefined && text.includes('out_of_order')) {
      // Named a batch the server had not applied: refused whole, as it must be.
      trace('server', `${describe(req)} refused: out of order`);
    } else if (res.status !== 200) {
      this.anomalies.push(`${req.path} answered ${res.status}: ${text.slice(0, 300)}`);
    } else if (req.push) {
      const parsed = pushResponseSchema.safeParse(answer.body);
      const window: [number, number] = [started, this.events++];
      if (parsed.success) this.ledger.record(req.push, parsed.data as PushResponse, at, window);
      else this.anomalies.push(`push answer not in the wire schema: ${text.slice(0, 300)}`);
    }
    return answer;
  }
}

const describe = (req: Request): string =>
  req.push
    ? `push …${short(req.push.clientId)} seqs ${req.push.mutations.map((m) => m.seq)}`
    : `pull ${req.path.replace('/api/sync/pull', '')} as ${req.token.slice(-6)}`;
