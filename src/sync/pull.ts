/** Pulls the changes after this phone's cursor, page by page, each applied in one bulk write. */
import { pullResponseSchema } from '../core/wire';
import { applyPullPage, getPullCursor } from '../db/pull-apply';
import { authorizedJson } from './auth-fetch';

/** Returns how many rows were pulled. */
export async function pullChanges(): Promise<number> {
  let rows = 0;
  for (;;) {
    const cursor = await getPullCursor();
    const page = await authorizedJson(
      `/api/sync/pull?cursor=${encodeURIComponent(cursor)}`,
      pullResponseSchema,
    );
    await applyPullPage(page);
    rows +=
      page.sessions.length + page.residents.length + page.attendance.length + page.feedback.length;
    if (!page.more) return rows;
  }
}
