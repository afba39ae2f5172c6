import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import type { SourcedIndicators } from '../../src/core/indicators';
import { AnnualReportView } from '../../src/features/reports/annual/AnnualReportView';
import { newDraft, type ReportDraft } from '../../src/features/reports/annual/report-draft';
import { docT } from '../../src/features/reports/document/doc-t';
import { HAND } from './indicator-fixture';

const FIGURES: SourcedIndicators = {
  source: 'server',
  at: '2026-04-02T03:00:00.000Z',
  indicators: HAND,
};
const VILLAGES = [
  { id: 'nhan-bau', name: 'Nhan Bầu' },
  { id: 'tien-kieu', name: 'Tiên Kiều' },
  { id: 'lap-le', name: 'Lập Lễ' },
];

/** The view as the screen drives it, with the draft in memory instead of the device store. */
function Harness({
  figures = FIGURES,
  start,
}: {
  figures?: SourcedIndicators;
  start?: Partial<ReportDraft>;
}) {
  const [draft, setDraft] = useState<ReportDraft>({
    ...newDraft(2026, '2026-10-30', docT()),
    ...start,
  });
  return (
    <AnnualReportView
      year={2026}
      onYear={() => {}}
      draft={draft}
      onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
      figures={figures}
      villages={VILLAGES}
    />
  );
}

const doc = () => document.querySelector('article.doc') as HTMLElement;

describe('the annual report', () => {
  it('is laid out as Decree 30 asks: issuer, number, motto, place and date, title', () => {
    render(<Harness />);
    const text = doc().textContent!;
    for (const line of [
      'UỶ BAN NHÂN DÂN\nXÃ HÀ ĐÔNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Đông, ngày 30 tháng 10 năm 2026',
      'BÁO CÁO',
      'Kết quả thực hiện Phong trào thi đua',
      'TM. ỦY BAN NHÂN DÂN',
      'Nơi nhận:',
      '- Phòng Văn hoá - Xã hội;',
    ])
      expect(text).toContain(line);
    expect(text).toMatch(/Số: \u00a0+\/BC-UBND/);
    expect(within(doc()).getByRole('heading', { level: 1 }).textContent).toContain('năm 2026');
  });

  it('prints the figures: the summary, every village, the feedback', () => {
    render(<Harness />);
    const villages = doc().querySelector('table[data-table="villages"]') as HTMLElement;
    const rows = [...villages.querySelectorAll('tr')];
    const cells = (name: string) => {
      const row = rows.find((tr) => tr.cells[0]?.textContent === name);
      return row ? [...row.cells].map((c) => c.textContent) : [];
    };
    // Village, sessions, attendances, reached, share, VNeID, applications, cashless, completions.
    expect(cells('Nhan Bầu')).toEqual(['Nhan Bầu', '2', '7', '5', '10%', '5', '1', '1', '2']);
    expect(cells('Tiên Kiều')).toEqual(['Tiên Kiều', '1', '3', '3', '150%', '1', '2', '2', '1']);
    expect(cells('Lập Lễ')[4]).toBe('—');
    expect(cells('Tổng cộng')).toEqual(['Tổng cộng', '4', '12', '7', '—', '6', '3', '3', '4']);
    const summary = doc().querySelector('table[data-table="summary"]')!.textContent!;
    expect(summary).toContain('Số buổi tập huấn, hướng dẫn4');
    expect(summary).toContain('Điểm đánh giá trung bình (1–5)3,4');
    expect(doc().textContent).toContain(
      'Trong kỳ có 5 ý kiến phản hồi của người dân, điểm đánh giá trung bình 3,4/5.',
    );
    expect(doc().textContent).toContain('mạng yếu (2 ý kiến)');
  });

  it('starts each section with words from the figures', () => {
    render(<Harness />);
    const done = screen.getByLabelText(
      'II. Kết quả thực hiện các nội dung thi đua',
    ) as HTMLTextAreaElement;
    expect(done.value).toContain(
      'các Tổ công nghệ số cộng đồng đã tổ chức 4 buổi tập huấn, hướng dẫn với 12 lượt người tham dự; 7 người dân',
    );
    expect(done.value).toContain('kích hoạt 6 tài khoản định danh điện tử VNeID mức 2');
    expect(doc().textContent).toContain('đã tổ chức 4 buổi tập huấn');
  });

  it('prints typed words as text: a typed <script> is never markup', () => {
    render(<Harness />);
    const field = screen.getByLabelText('III. Khó khăn, vướng mắc');
    const typed = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    fireEvent.input(field, { target: { value: typed } });
    expect(doc().textContent).toContain(typed);
    expect(doc().querySelector('script, img')).toBeNull();
    // Edited words stay until given back to the figures.
    fireEvent.click(screen.getByRole('button', { name: 'Điền lại từ số liệu' }));
    expect(doc().textContent).not.toContain(typed);
    expect(doc().textContent).toContain(
      'Qua ý kiến phản hồi, người dân gặp khó khăn nhiều nhất về: mạng yếu và cần thêm buổi nữa.',
    );
  });

  it('escapes the header, signature and recipients too', () => {
    render(<Harness start={{ signName: '<b>Ai</b>', recipients: '<i>x</i>\nLưu: VT.' }} />);
    expect(doc().textContent).toContain('<b>Ai</b>');
    expect(doc().textContent).toContain('- <i>x</i>');
    expect(doc().querySelector('b, i')).toBeNull();
  });

  it('quotes comments only when asked, without names', () => {
    render(<Harness />);
    expect(doc().textContent).not.toContain('Rất hữu ích');
    fireEvent.click(
      screen.getByLabelText('Trích một số ý kiến góp ý của người dân (không kèm tên)'),
    );
    expect(doc().textContent).toContain('“Rất hữu ích” (thôn Nhan Bầu, 5/5)');
  });

  it('says when the period is empty, and shows zeros', () => {
    const empty: SourcedIndicators = {
      ...FIGURES,
      indicators: {
        ...HAND,
        sessions: 0,
        attendances: 0,
        uniqueResidents: 0,
        byVillage: [],
        byMonth: [],
        feedback: { ...HAND.feedback, count: 0, averageRating: null, recent: [] },
      },
    };
    render(<Harness figures={empty} />);
    expect(
      screen.getByText('Không có buổi nào trong kỳ này: các số liệu đều bằng 0.'),
    ).toBeTruthy();
    expect(doc().textContent).toContain('Chưa có ý kiến phản hồi của người dân trong kỳ báo cáo.');
  });

  it('waits for the figures before writing anything', () => {
    render(
      <AnnualReportView
        year={2026}
        onYear={() => {}}
        draft={newDraft(2026, '2026-10-30', docT())}
        onChange={() => {}}
        figures={undefined}
        villages={VILLAGES}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Đang tính số liệu…');
    expect(doc()).toBeNull();
  });
});
