/** Fills the phone's store with records and their queued mutations, as volunteers would. */
import type { Attendance } from '../src/core/attendance';
import type { Feedback } from '../src/core/feedback';
import { newId } from '../src/core/ids';
import type { ActiveResident } from '../src/core/resident';
import type { Session } from '../src/core/session';
import { db } from '../src/db/db';
import { enqueue, outboxTables } from '../src/db/outbox';

const VILLAGES = ['nhan-bau', 'tien-kieu', 'lap-le', 'dong-bua', 'phuc-gioi'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Vũ', 'Đỗ'];
const GIVEN = ['Văn An', 'Thị Bình', 'Văn Cường', 'Thị Dung', 'Minh Hải', 'Thị Lan'];

/** Adds the records and queues one mutation each; answers how many rows were added. */
export async function seedPhone(n: {
  sessions: number;
  residents: number;
  attendance: number;
  feedback: number;
}): Promise<number> {
  const now = new Date().toISOString();
  const me = newId();
  const sessions: Session[] = Array.from({ length: n.sessions }, (_, i) => ({
    id: newId(),
    communeCode: '10882',
    date: `2026-${String((i % 10) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
    startTime: '08:30',
    durationMinutes: 90,
    villageId: VILLAGES[i % VILLAGES.length]!,
    venue: 'Nhà văn hoá thôn',
    kind: 'class',
    targetGroups: ['residents', 'elderly'],
    topics: ['M04', 'M07'],
    facilitators: [me],
    vneidActivations: i % 7,
    onlineApplications: i % 3,
    cashlessAccounts: 0,
    notes: '',
    cancelledAt: null,
    createdAt: now,
    updatedAt: now,
  }));
  const residents: ActiveResident[] = Array.from({ length: n.residents }, (_, i) => ({
    id: newId(),
    communeCode: '10882',
    erased: false,
    fullName: `${FAMILY[i % 6]} ${GIVEN[Math.floor(i / 6) % 6]}`,
    birthYear: 1940 + (i % 60),
    sex: i % 2 ? 'female' : 'male',
    villageId: VILLAGES[i % VILLAGES.length]!,
    phone: null,
    consent: { version: 'v1', givenBy: 'self', collectedBy: me, collectedAt: now },
    createdAt: now,
    updatedAt: now,
  }));
  const everyone = residents.length ? residents : await db.residents.limit(1000).toArray();
  const ticks: Attendance[] = Array.from({ length: n.attendance }, (_, i) => ({
    sessionId: sessions[i % sessions.length]!.id,
    residentId: everyone[Math.floor(i / sessions.length) % everyone.length]!.id,
    present: i % 5 !== 0,
    updatedAt: now,
  }));
  const feedback: Feedback[] = Array.from({ length: n.feedback }, (_, i) => ({
    id: newId(),
    communeCode: '10882',
    sessionId: sessions[i % sessions.length]!.id,
    villageId: sessions[i % sessions.length]!.villageId,
    rating: (i % 5) + 1,
    helped: 'Biết kích hoạt VNeID mức 2',
    hard: i % 3 ? '' : 'Mạng yếu',
    tags: i % 4 ? [] : ['weak_network'],
    text: '',
    byResident: false,
    residentId: null,
    consent: null,
    createdAt: now,
  }));
  const tables = [db.sessions, db.residents, db.attendance, db.feedback, ...outboxTables()];
  await db.transaction('rw', tables, async () => {
    for (const s of sessions) {
      await db.sessions.put(s);
      await enqueue({ name: 'session.put', args: s }, s.id);
    }
    for (const r of residents) {
      await db.residents.put(r);
      await enqueue({ name: 'resident.put', args: r }, r.id);
    }
    for (const a of ticks) {
      await db.attendance.put(a);
      await enqueue({ name: 'attendance.set', args: a }, a.sessionId);
    }
    for (const f of feedback) {
      await db.feedback.put(f);
      await enqueue({ name: 'feedback.add', args: f }, f.id);
    }
  });
  return sessions.length + residents.length + ticks.length + feedback.length;
}
