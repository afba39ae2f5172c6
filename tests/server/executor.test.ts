import { describe, expect, it } from 'vitest';
import { DB_KINDS, openEmptyDb } from './databases';

describe.each(DB_KINDS)('transactions on %s', (kind) => {
  it('are run again after a serialization failure or a deadlock, and other errors are not', async () => {
    const t = await openEmptyDb(kind);
    try {
      let runs = 0;
      const result = await t.db.transact(async (tx) => {
        runs += 1;
        await tx.query('select 1');
        if (runs <= 2)
          throw Object.assign(new Error('could not serialize'), {
            code: runs === 1 ? '40001' : '40P01',
          });
        return 'done';
      });
      expect({ result, runs }).toEqual({ result: 'done', runs: 3 });

      let others = 0;
      await expect(
        t.db.transact(async () => {
          others += 1;
          throw Object.assign(new Error('unique violation'), { code: '23505' });
        }),
      ).rejects.toThrow('unique violation');
      expect(others).toBe(1);
    } finally {
      await t.drop();
    }
  });
});
