/**
 * How values cross the SQL boundary identically on PGlite and postgres.js. The two drivers encode
 * jsonb parameters differently and return timestamps and dates as driver-specific objects, so values
 * go in as text and come out formatted by SQL into the shared records' wire shapes.
 */

/** A jsonb parameter, to be written `$n::text::jsonb`; null stays SQL null (not JSON null). */
export const jsonParam = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value);

/** A timestamptz column as an ISO string with milliseconds and 'Z' (null stays null). */
export const isoUtc = (column: string): string =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A date column as yyyy-MM-dd. */
export const isoDay = (column: string): string => `to_char(${column}, 'YYYY-MM-DD')`;
