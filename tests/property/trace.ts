/**
 * A step-by-step account of a run, printed when PROPERTY_TRACE=1: replay a failing seed with
 * FC_SEED, FC_PATH and FC_NUM_RUNS=1 to see what each device sent, got and kept.
 */
const on = Boolean(process.env.PROPERTY_TRACE);
let start = 0;

export const traceStart = (): void => {
  start = Date.now();
};

export const trace = (who: string, what: string): void => {
  if (on) console.log(`+${String(Date.now() - start).padStart(7)}ms ${who.padEnd(8)} ${what}`);
};

/** A short name for a client id or record id: its last 6 hex digits. */
export const short = (id: string): string => id.slice(-6);
