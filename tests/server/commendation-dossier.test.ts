/**
 * Done when: "a commendation dossier for a demo volunteer is generated with their real figures".
 * The demo commune's volunteer Nguyễn Thị Hoa facilitates sessions pushed through the real sync
 * path; the server's indicators for the year and its reference names feed the dossier, which is
 * rendered (in a DOM set up after the server work) and must state her figures.
 */
import { type ComponentChild, createElement, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { emptyYear } from '../../src/core/commendation-record';
import { currentYearInVietnam } from '../../src/core/dates';
import { indicatorsResponseSchema } from '../../src/core/indicators-wire';
import { referenceResponseSchema } from '../../src/core/wire';
import { DossierView } from '../../src/features/reports/commendation/DossierView';
import { nominatedList, nomineeOf } from '../../src/features/reports/commendation/nominees';
import { loadReportStrings } from '../../src/features/reports/strings';
import { initI18n } from '../../src/i18n';
import { DB_KINDS } from './databases';
import {
  attendance,
  isoAgo,
  putResident,
  putSession,
  resident,
  session,
  setAttendance,
} from './factories';
import { useHarness } from './harness';

type R = ReturnType<typeof resident>;

const HOA_PHONE = '0900000011';
const MINH_PHONE = '0900000012';
/** Last year: every day of it is in the past, so any session date in it is valid. */
const YEAR = currentYearInVietnam() - 1;
const day = (mmdd: string) => `${YEAR}-${mmdd}`;

/** The parts of jsdom used here (it ships no types of its own). */
type JsdomModule = { JSDOM: new (html: string) => { window: Window } };

/**
 * Renders `vnode` into a jsdom document of its own and answers the text of `testId`. Only
 * `document` is lent to Preact, and only meanwhile: a whole browser environment on the globals
 * would outlive the call and unsettle the database drivers of the suites that follow.
 */
async function renderedText(vnode: ComponentChild, testId: string): Promise<string> {
  const name = 'jsdom';
  const { JSDOM } = (await import(name)) as JsdomModule;
  const { document: doc } = new JSDOM('<!doctype html><html><body></body></html>').window;
  const g = globalThis as { document?: Document };
  const saved = g.document;
  g.document = doc;
  try {
    await initI18n();
    await loadReportStrings();
    const container = doc.createElement('div');
    doc.body.append(container);
    render(vnode, container);
    const text = container.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '';
    render(null, container);
    return text;
  } finally {
    g.document = saved;
  }
}

describe.each(DB_KINDS)('commendation dossier from the server’s figures on %s', (kind) => {
  const h = useHarness(kind);

  const userId = async (phone: string) =>
    (await h.db.query<{ id: string }>('select id::text from users where phone = $1', [phone]))[0]!
      .id;

  it('states a demo volunteer’s sessions, attendances, residents and help', async () => {
    const hoa = await userId(HOA_PHONE);
    const minh = await userId(MINH_PHONE);
    const people = [1, 2, 3, 4].map((n) =>
      resident({ fullName: `Người dân ${n}`, villageId: 'nhan-bau' }),
    );
    const [r1, r2, r3, r4] = people as [R, R, R, R];
    const at = (date: string, over: Parameters<typeof session>[0]) =>
      session({ date, villageId: 'nhan-bau', ...over });
    // Hoa's two sessions of the year (one shared with Minh), one of hers cancelled, one of hers
    // the year before, and one of Minh's alone: only the first two are hers this year.
    const s1 = at(day('03-10'), {
      facilitators: [hoa],
      vneidActivations: 5,
      onlineApplications: 2,
      cashlessAccounts: 1,
    });
    const s2 = at(day('06-15'), {
      facilitators: [hoa, minh],
      vneidActivations: 4,
      onlineApplications: 0,
      cashlessAccounts: 2,
    });
    const cancelled = at(day('09-20'), {
      facilitators: [hoa],
      vneidActivations: 30,
      cancelledAt: isoAgo(),
    });
    const before = at(`${YEAR - 1}-12-31`, { facilitators: [hoa], vneidActivations: 30 });
    const minhs = at(day('07-01'), { facilitators: [minh], vneidActivations: 9 });
    const outcomes = await h.outcomes([
      ...people.map(putResident),
      ...[s1, s2, cancelled, before, minhs].map(putSession),
      setAttendance(attendance(s1, r1)),
      setAttendance(attendance(s1, r2)),
      setAttendance(attendance(s1, r3)),
      setAttendance(attendance(s1, r4, { present: false })),
      setAttendance(attendance(s2, r1)),
      setAttendance(attendance(s2, r4)),
      setAttendance(attendance(cancelled, r2)),
      setAttendance(attendance(before, r3)),
      setAttendance(attendance(minhs, r2)),
    ]);
    expect(outcomes.filter((o) => o !== 'ok')).toEqual([]);

    const { indicators } = await h.getJson(
      `/api/reports/indicators?from=${YEAR}-01-01&to=${YEAR}-12-31`,
      indicatorsResponseSchema,
    );
    expect(indicators.byVolunteer.find((v) => v.volunteerId === hoa)).toEqual({
      volunteerId: hoa,
      sessions: 2,
      attendances: 5,
      uniqueResidents: 4,
      vneidActivations: 9,
      onlineApplications: 2,
      cashlessAccounts: 3,
    });
    const reference = await h.getJson('/api/reference', referenceResponseSchema);
    const names = {
      volunteer: (id: string) => reference.volunteers.find((v) => v.id === id)?.displayName,
      village: (id: string) => reference.villages.find((v) => v.id === id)?.name,
    };

    const record = {
      ...emptyYear(YEAR),
      checklists: {
        [`volunteer:${hoa}`]: {
          kind: 'individual' as const,
          met: ['individual.initiative'],
          evidence: {},
          women: true,
          nominated: true,
          award: 'commune_certificate' as const,
        },
      },
    };
    const nominee = nomineeOf('volunteer', hoa, record, indicators, names);
    expect(nominee?.name).toBe('Nguyễn Thị Hoa');
    const dossier = createElement(DossierView, {
      year: YEAR,
      nominee: nominee!,
      nominees: nominatedList(record, indicators, names, nominee),
      record,
      update: () => {},
      figuresDate: `${YEAR}-12-31`,
      today: `${YEAR}-12-31`,
      initialDoc: 'report',
    });
    const report = await renderedText(dossier, 'dossier-report');
    expect(report).toContain('BÁO CÁO THÀNH TÍCH');
    expect(report).toContain('Họ và tên: Nguyễn Thị Hoa.');
    expect(report).toContain(
      `Năm ${YEAR}, đã tổ chức 2 buổi, hướng dẫn 5 lượt người dân (4 người); hỗ trợ 9 người kích hoạt VNeID mức 2, 2 hồ sơ dịch vụ công trực tuyến, 3 tài khoản thanh toán không dùng tiền mặt.`,
    );
    expect(report).toContain('Số buổi tập huấn, hướng dẫn2');
    expect(report).toContain('Lượt người dân tham dự5');
    expect(report).toContain('Số người dân được tiếp cận4');
    expect(report).toContain('Số người được hỗ trợ kích hoạt VNeID mức 29');
    // Her proposal lists her, with the same figures in short.
    const proposal = await renderedText(
      createElement(DossierView, { ...dossier.props, initialDoc: 'proposal' }),
      'dossier-proposal',
    );
    expect(proposal).toContain(
      'Nguyễn Thị Hoa2 buổi; 5 lượt người dân; 9 người kích hoạt VNeID mức 2',
    );
  });
});
