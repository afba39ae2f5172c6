import { SyncHttpError } from '../../sync/http';

/** What went wrong with a call to the server, in the words the administrator's screens use. */
export type AdminProblem =
  | 'offline'
  | 'signIn'
  | 'revoked'
  | 'forbidden'
  | 'phoneTaken'
  | 'notFound'
  | 'invalid'
  | 'server';

/**
 * Turns a failed admin call into a problem to show: no network (or a timeout, which on 2G is the
 * same to the user) is "needs the network", never a stack trace.
 */
export function adminProblem(err: unknown): AdminProblem {
  if (!(err instanceof SyncHttpError)) return 'server';
  const { kind, code, status } = err;
  if (kind === 'offline' || kind === 'timeout') return 'offline';
  if (kind === 'unauthenticated') return 'signIn';
  if (kind === 'revoked') return 'revoked';
  if (kind === 'forbidden') return 'forbidden';
  if (code === 'phone_taken' || status === 409) return 'phoneTaken';
  if (status === 404 || code === 'not_found') return 'notFound';
  if (status === 400) return 'invalid';
  return 'server';
}
