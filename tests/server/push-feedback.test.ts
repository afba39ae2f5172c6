import { beforeAll, describe, expect, it } from 'vitest';
import type { Feedback } from '../../src/core/feedback';
import { bearer } from './accounts';
import { DB_KINDS } from './databases';
import {
  addFeedback,
  consent,
  feedback,
  jsonPost,
  push,
  putResident,
  putSession,
  resident,
  session,
} from './factories';
import { feedbackResponse, useHarness } from './harness';

describe.each(DB_KINDS)('feedback.add on %s', (kind) => {
  const h = useHarness(kind);
  const s = session();
  const r = resident();
  beforeAll(async () => {
    expect(await h.outcomes([putSession(s), putResident(r)])).toEqual(['ok', 'ok']);
  });
  const stored = async (id: string): Promise<Feedback[]> =>
    (await h.getJson('/api/feedback', feedbackResponse)).feedback.filter((f) => f.id === id);

  it('stores anonymous feedback and gives it back exactly', async () => {
    const f = feedback({ tags: ['no_smartphone', 'scam_worry'], text: 'Cần thêm buổi nữa.' });
    expect(await h.outcomes([addFeedback(f)])).toEqual(['ok']);
    expect(await stored(f.id)).toEqual([f]);
  });

  it('stores feedback given by a resident about a session, linked with consent', async () => {
    const f = feedback({
      sessionId: s.id,
      residentId: r.id,
      consent: consent(),
      byResident: true,
      rating: 5,
    });
    expect(await h.outcomes([addFeedback(f)])).toEqual(['ok']);
    expect(await stored(f.id)).toEqual([f]);
  });

  it('stores a duplicate id once: the first record stays', async () => {
    const f = feedback({ rating: 2 });
    const again = { ...f, rating: 5, text: 'Sửa lại' };
    expect(await h.outcomes([addFeedback(f), addFeedback(again)])).toEqual(['ok', 'ok']);
    expect(await h.outcomes([addFeedback(again)])).toEqual(['ok']);
    expect(await stored(f.id)).toEqual([f]);
  });

  it('applies a replayed push once', async () => {
    const f = feedback();
    const req = push([addFeedback(f)]);
    for (let i = 0; i < 3; i++) await h.send(req);
    expect(await stored(f.id)).toHaveLength(1);
  });

  it('rejects feedback of another commune, or naming an unknown village, session or resident', async () => {
    const rejected = [
      feedback({ communeCode: '10883' }),
      feedback({ villageId: 'khong-co' }),
      feedback({ sessionId: session().id }),
      feedback({ residentId: resident().id, consent: consent() }),
    ];
    expect(await h.outcomes(rejected.map(addFeedback))).toEqual([
      'wrong_commune',
      'unknown_village',
      'unknown_session',
      'unknown_resident',
    ]);
    for (const f of rejected) expect(await stored(f.id)).toEqual([]);
  });

  it('keeps feedback linked to an erased resident for the counts, without the link or words', async () => {
    const gone = resident();
    expect(await h.outcomes([putResident(gone)])).toEqual(['ok']);
    const erased = await h.app.request(
      `/api/admin/residents/${gone.id}/erase`,
      bearer(h.adminToken, jsonPost({})),
    );
    expect(erased.status).toBe(200);
    // A phone that had not heard of the erasure yet sends the person's feedback.
    const late = feedback({
      residentId: gone.id,
      consent: consent(),
      byResident: true,
      helped: 'Tôi là Nguyễn Văn A',
      tags: ['forgot_password'],
    });
    expect(await h.outcomes([addFeedback(late)])).toEqual(['ok']);
    expect(await stored(late.id)).toEqual([
      { ...late, residentId: null, consent: null, helped: '', hard: '', text: '' },
    ]);
  });
});
