/**
 * Hybrid logical clocks: a timestamp per change that orders changes across devices even when their
 * clocks disagree. Each HLC is the wall-clock milliseconds, a counter for changes within the same
 * millisecond (or while the wall clock lags behind what the device has seen), and the device's node
 * id as a tie-break. Encoded as one fixed-width string that sorts like the clock itself:
 * 9 base-36 digits of ms, 4 of counter, then the node ("lx3k9z0a1" "0000" "9f2c…").
 * A device that has seen a later clock (from the server) keeps counting from it, so its next change
 * is later than anything it has seen, whatever its own clock says; the server clamps clocks far in
 * the future (clampHlc), so a phone set to 2031 cannot win every conflict.
 */

export interface HlcState {
  wall: number;
  counter: number;
  node: string;
}

const WALL_DIGITS = 9;
const COUNTER_DIGITS = 4;
const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;
/** Clocks further ahead of the server than this are brought back to it. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** A node is a device's 12 characters, or "c" and a whole clamped clock (see clampHlc). */
const HLC_PATTERN = /^[0-9a-z]{9}[0-9a-z]{4}[0-9a-z]{1,48}$/;

export const isHlc = (s: string): boolean => HLC_PATTERN.test(s);

/** A node id from a device id (a UUID): its last 12 hex digits, the random part of a UUIDv7. */
export const nodeOf = (deviceId: string): string => deviceId.replace(/-/g, '').slice(-12);

export function encodeHlc({ wall, counter, node }: HlcState): string {
  return (
    wall.toString(36).padStart(WALL_DIGITS, '0') +
    counter.toString(36).padStart(COUNTER_DIGITS, '0') +
    node
  );
}

export function decodeHlc(hlc: string): HlcState {
  return {
    wall: Number.parseInt(hlc.slice(0, WALL_DIGITS), 36),
    counter: Number.parseInt(hlc.slice(WALL_DIGITS, WALL_DIGITS + COUNTER_DIGITS), 36),
    node: hlc.slice(WALL_DIGITS + COUNTER_DIGITS),
  };
}

/** The clock of a new local change at wall time `now`; returns the new state and its HLC. */
export function tick(state: HlcState, now: number): { state: HlcState; hlc: string } {
  const wall = Math.max(state.wall, Math.floor(now));
  const counter = wall === state.wall ? state.counter + 1 : 0;
  // 1.6 million changes in one millisecond cannot happen on a phone; move the wall on if it did.
  const next =
    counter > MAX_COUNTER
      ? { wall: wall + 1, counter: 0, node: state.node }
      : { wall, counter, node: state.node };
  return { state: next, hlc: encodeHlc(next) };
}

/** Takes in a clock seen from elsewhere, so that later local changes are ordered after it. */
export function receive(state: HlcState, seen: string, now: number): HlcState {
  const remote = decodeHlc(seen);
  const wall = Math.max(state.wall, remote.wall, Math.floor(now));
  let counter = 0;
  if (wall === state.wall && wall === remote.wall)
    counter = Math.max(state.counter, remote.counter);
  else if (wall === state.wall) counter = state.counter;
  else if (wall === remote.wall) counter = remote.counter;
  return { wall, counter, node: state.node };
}

/** Marks a node that is a whole clamped clock; sorts after every device node (12 hex digits). */
const CLAMPED = 'z';

/**
 * The server's view of a device clock: a clock more than MAX_CLOCK_SKEW_MS past the server's now
 * is brought back to that limit, so a phone set to 2031 cannot win every conflict. It takes the
 * highest counter at that instant and the original clock as its node ("z" + original), so it is
 * after every unclamped clock of the same instant, and two changes of one phone clamped to the
 * same limit keep their order.
 */
export function clampHlc(hlc: string, serverNow: number): string {
  const limit = Math.floor(serverNow) + MAX_CLOCK_SKEW_MS;
  if (decodeHlc(hlc).wall <= limit) return hlc;
  return encodeHlc({ wall: limit, counter: MAX_COUNTER, node: `${CLAMPED}${hlc}` });
}

/** A device clock the server merged with another clock than its own (clamped, or kept in order). */
export interface ClampedClock {
  original: string;
  effective: string;
}

/**
 * The clock the server merges a change with: its own, clamped to now + 5 min (clampHlc), and kept
 * before the effective clock of any later change of the same phone that arrived first and was
 * clamped then. A phone's changes so keep their order whatever order they reach the server in
 * (e.g. an older one late, from a backup file), and the same change arriving twice gets the same
 * clock. `sameNode`: what the server kept of that phone's clamped changes (see `isClamped`).
 */
export function effectiveHlc(
  hlc: string,
  serverNow: number,
  sameNode: readonly ClampedClock[],
): string {
  const seen = sameNode.find((c) => c.original === hlc);
  if (seen) return seen.effective;
  const clamped = clampHlc(hlc, serverNow);
  let floor: string | undefined;
  for (const c of sameNode)
    if (c.original > hlc && (floor === undefined || c.effective < floor)) floor = c.effective;
  if (floor === undefined || clamped < floor) return clamped;
  const { wall, counter } = decodeHlc(floor);
  return encodeHlc({ wall, counter, node: `${CLAMPED}${hlc}` });
}

/** The device a clock came from, seen through clamping. */
export function originNode(hlc: string): string {
  const node = decodeHlc(hlc).node;
  return node.length > 13 && node.startsWith(CLAMPED) ? originNode(node.slice(1)) : node;
}

/** The HLC a record written before clocks existed is treated as having: its updatedAt. */
export const hlcFromTime = (iso: string, node: string): string =>
  encodeHlc({ wall: Date.parse(iso), counter: 0, node });
