import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { CommendationYear } from '../../src/core/commendation-record';
import { HOA, LAN, PanelHarness, yearIndicators } from './commendation-fixtures';

const rows = () =>
  screen.getAllByTestId('shortlist-row').map((r) => r.querySelector('.card-head')!.textContent);

/** The checklist card of the participant named `name`. */
const card = (name: string) =>
  screen
    .getAllByTestId('checklist-card')
    .find((c) => c.querySelector('summary strong')?.textContent === name)!;

describe('commendation shortlist and checklist', () => {
  it('ranks the year’s volunteers and villages from the figures', () => {
    render(<PanelHarness indicators={yearIndicators()} />);
    expect(rows()).toEqual([
      'Hạng 1Nguyễn Thị Hoa',
      // A tie: equal rank, Vietnamese order until the women rule says otherwise.
      'Hạng 2Trần Văn Minh',
      'Hạng 2Vũ Thị Lan',
      'Hạng 1Nhan Bầu',
      'Hạng 2Tiên Kiều',
    ]);
    const first = screen.getAllByTestId('shortlist-row')[0]!;
    expect(first.textContent).toContain(
      '12 buổi · 312 lượt tham dự · 98 người dân · 75 lượt hỗ trợ',
    );
    expect(first.textContent).toContain('Cá nhân: đạt 0/1 tiêu chí');
  });

  it('records criteria with evidence, and filters the shortlist to those meeting them', () => {
    let saved: CommendationYear | undefined;
    render(<PanelHarness indicators={yearIndicators()} onRecord={(r) => (saved = r)} />);
    const lan = card('Vũ Thị Lan');
    expect(within(lan).queryByLabelText('Minh chứng')).toBeNull();
    fireEvent.click(within(lan).getByLabelText(/Nỗ lực, có sáng kiến/));
    fireEvent.input(within(lan).getByLabelText('Minh chứng'), {
      target: { value: 'Sáng kiến “Cà phê số” sáng chủ nhật' },
    });
    expect(saved?.checklists[`volunteer:${LAN}`]).toMatchObject({
      kind: 'individual',
      met: ['individual.initiative'],
      evidence: { 'individual.initiative': 'Sáng kiến “Cà phê số” sáng chủ nhật' },
      nominated: false,
    });
    expect(lan.querySelector('summary')!.textContent).toContain('đạt 1/1 tiêu chí');

    fireEvent.click(screen.getByLabelText('Chỉ hiện ứng viên đạt đủ tiêu chí'));
    expect(rows()).toEqual(['Hạng 1Vũ Thị Lan']);
    expect(screen.getByText(/Chưa có ứng viên nào đạt đủ tiêu chí/)).toBeTruthy();
  });

  it('puts a woman first among equals once the administrator records it', () => {
    render(<PanelHarness indicators={yearIndicators()} />);
    fireEvent.click(within(card('Vũ Thị Lan')).getByLabelText('Nữ'));
    expect(rows().slice(0, 3)).toEqual([
      'Hạng 1Nguyễn Thị Hoa',
      'Hạng 2Vũ Thị LanNữ',
      'Hạng 3Trần Văn Minh',
    ]);
    // A village is a collective: its rule is "at least 70 % women".
    expect(within(card('Tiên Kiều')).getByLabelText('Tập thể có từ 70 % nữ trở lên')).toBeTruthy();
  });

  it('nominates from the shortlist and lists the nominees', () => {
    let saved: CommendationYear | undefined;
    render(<PanelHarness indicators={yearIndicators()} onRecord={(r) => (saved = r)} />);
    expect(screen.getByText(/Chưa đề cử ai/)).toBeTruthy();
    const hoa = screen.getAllByTestId('shortlist-row')[0]!;
    fireEvent.click(within(hoa).getByLabelText('Đề nghị khen thưởng'));
    expect(saved?.checklists[`volunteer:${HOA}`]?.nominated).toBe(true);
    expect(screen.getByRole('heading', { name: 'Đã đề cử: 1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hồ sơ: Nguyễn Thị Hoa' })).toBeTruthy();
  });

  it('adds a union by hand with the Front and unions’ criteria, and removes it', () => {
    render(<PanelHarness indicators={yearIndicators()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Thêm' }));
    expect(screen.getByRole('alert').textContent).toBe('Nhập tên.');
    fireEvent.input(screen.getByLabelText(/^Tên \(ví dụ/), {
      target: { value: '  Hội Liên hiệp   Phụ nữ xã ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm' }));
    const union = card('Hội Liên hiệp Phụ nữ xã');
    expect(union.querySelector('summary')!.textContent).toContain(
      'Mặt trận Tổ quốc, đoàn thể · đạt 0/2 tiêu chí',
    );
    expect(within(union).getByLabelText(/Hoạt động tuyên truyền, vận động/)).toBeTruthy();
    fireEvent.click(within(union).getByRole('button', { name: 'Xoá khỏi danh sách' }));
    expect(card('Hội Liên hiệp Phụ nữ xã')).toBeUndefined();
  });

  it('keeps the checklist without figures, and says none are at hand', () => {
    render(<PanelHarness />);
    expect(screen.getByText(/Chưa có số liệu của năm này/)).toBeTruthy();
    expect(screen.queryAllByTestId('shortlist-row')).toHaveLength(0);
    expect(screen.getAllByTestId('checklist-card')).toHaveLength(5);
  });
});
