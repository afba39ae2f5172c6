import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { type CommendationYear, emptyYear } from '../../src/core/commendation-record';
import { type DossierDoc, DossierView } from '../../src/features/reports/commendation/DossierView';
import { nominatedList, nomineeOf } from '../../src/features/reports/commendation/nominees';
import { setLanguage } from '../../src/i18n';
import { HOA, NAMES, YEAR, yearIndicators } from './commendation-fixtures';

const HOA_KEY = `volunteer:${HOA}`;

/** A year where Hoa (criterion met, with evidence) and the village Nhan Bầu are nominated. */
function nominatedYear(): CommendationYear {
  const year = emptyYear(YEAR);
  return {
    ...year,
    checklists: {
      [HOA_KEY]: {
        kind: 'individual',
        met: ['individual.initiative'],
        evidence: { 'individual.initiative': 'Mô hình “Tổ hướng dẫn tại nhà”' },
        women: true,
        nominated: true,
        award: 'commune_certificate',
      },
      'village:nhan-bau': {
        kind: 'unit',
        met: [],
        evidence: {},
        women: false,
        nominated: true,
        award: 'city_certificate',
      },
    },
  };
}

function Dossier(props: { type?: 'volunteer' | 'village'; id?: string; doc?: DossierDoc }) {
  const [record, setRecord] = useState(nominatedYear);
  const indicators = yearIndicators();
  const nominee = nomineeOf(props.type ?? 'volunteer', props.id ?? HOA, record, indicators, NAMES)!;
  return (
    <DossierView
      year={YEAR}
      nominee={nominee}
      nominees={nominatedList(record, indicators, NAMES, nominee)}
      record={record}
      update={(change) => setRecord((r) => change(r))}
      figuresDate="2026-11-24"
      today="2026-11-25"
      initialDoc={props.doc}
    />
  );
}

const docText = (doc: DossierDoc) => screen.getByTestId(`dossier-${doc}`).textContent ?? '';

afterEach(async () => {
  await setLanguage('vi');
});

describe('commendation dossier', () => {
  it('fills a volunteer’s achievement report with their figures, criteria and evidence', () => {
    render(<Dossier />);
    const text = docText('report');
    expect(text).toContain('BÁO CÁO THÀNH TÍCH');
    expect(text).toContain('ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ');
    expect(text).toContain('Hà Đông, ngày 25 tháng 11 năm 2026');
    expect(text).toContain('Họ và tên: Nguyễn Thị Hoa.');
    expect(text).toContain('Giới tính: Nữ.');
    expect(text).toContain(
      'Năm 2026, đã tổ chức 12 buổi, hướng dẫn 312 lượt người dân (98 người); hỗ trợ 45 người kích hoạt VNeID mức 2, 20 hồ sơ dịch vụ công trực tuyến, 10 tài khoản thanh toán không dùng tiền mặt.',
    );
    expect(text).toContain('tính đến ngày 24/11/2026');
    expect(text).toContain('Mô hình “Tổ hướng dẫn tại nhà”');
    expect(text).toContain('NGƯỜI BÁO CÁO THÀNH TÍCH');
    const table = within(screen.getByTestId('report-figures')).getByRole('table');
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'Chỉ tiêuNăm 2026',
      'Số buổi tập huấn, hướng dẫn12',
      'Lượt người dân tham dự312',
      'Số người dân được tiếp cận98',
      'Số người được hỗ trợ kích hoạt VNeID mức 245',
      'Hồ sơ dịch vụ công trực tuyến được hỗ trợ20',
      'Tài khoản thanh toán không dùng tiền mặt được hỗ trợ mở10',
    ]);
    // Every string came from the locale files.
    expect(text).not.toMatch(/commendation\./);
  });

  it('writes a village’s report as a collective’s, with its learning and coverage', () => {
    render(<Dossier type="village" id="nhan-bau" />);
    const text = docText('report');
    expect(text).toContain('THÔN NHAN BẦU');
    expect(text).toContain('ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ');
    expect(text).toContain('Tên tập thể: Thôn Nhan Bầu');
    expect(text).toContain(
      'Năm 2026, đã tổ chức 14 buổi, hướng dẫn 340 lượt người dân (120 người)',
    );
    expect(text).toContain('người dân hoàn thành 7 lượt học phần tự học');
    expect(text).toContain('tiếp cận 110/400 người từ 16 tuổi trở lên của thôn (28%)');
    expect(text).toContain('(Chưa đánh giá.)');
    expect(text).toContain('TRƯỞNG THÔN');
  });

  it('shows what the administrator types as text, never as markup', () => {
    render(<Dossier />);
    fireEvent.click(screen.getByText('Sửa nội dung văn bản'));
    fireEvent.input(screen.getByLabelText('Chức vụ, đơn vị công tác'), {
      target: { value: 'Chi hội trưởng <img src=x onerror=alert(1)>' },
    });
    fireEvent.input(screen.getByLabelText('Giải pháp, sáng kiến đã thực hiện'), {
      target: { value: 'Mở lớp buổi tối.\n\n<b>Kèm</b> tận nhà.' },
    });
    const doc = screen.getByTestId('dossier-report');
    expect(doc.textContent).toContain(
      'Chức vụ, đơn vị công tác: Chi hội trưởng <img src=x onerror=alert(1)>.',
    );
    expect(doc.textContent).toContain('<b>Kèm</b> tận nhà.');
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector('b')).toBeNull();
  });

  it('drafts the proposal with the year’s list of nominees, collectives first', () => {
    render(<Dossier doc="proposal" />);
    const text = docText('proposal');
    expect(text).toContain('ỦY BAN NHÂN DÂN XÃ HÀ ĐÔNG');
    expect(text).toContain('Số: ……/TTr-VHXH');
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân xã Hà Đông.');
    expect(text).toContain('khen thưởng 2 tập thể, cá nhân');
    const list = within(screen.getByTestId('proposal-list')).getAllByRole('row');
    expect(list.map((r) => r.textContent)).toEqual([
      'TTTên tập thể, cá nhânThành tích chủ yếuHình thức khen thưởng',
      '1Nhan Bầu14 buổi; 340 lượt người dân; 46 người kích hoạt VNeID mức 2Bằng khen của Chủ tịch Ủy ban nhân dân thành phố',
      '2Nguyễn Thị Hoa12 buổi; 312 lượt người dân; 45 người kích hoạt VNeID mức 2, 20 hồ sơ dịch vụ công trực tuyến, 10 tài khoản thanh toán không dùng tiền mặtGiấy khen của Chủ tịch Ủy ban nhân dân xã',
    ]);
    // Its number, date and signer are the administrator's.
    fireEvent.click(screen.getByText('Sửa nội dung văn bản'));
    fireEvent.input(screen.getByLabelText('Số văn bản'), { target: { value: '15' } });
    fireEvent.input(screen.getByLabelText('Ngày ký'), { target: { value: '2026-11-03' } });
    fireEvent.input(screen.getByLabelText('Người ký (họ tên)'), {
      target: { value: 'Lê Văn Bình' },
    });
    fireEvent.input(screen.getByLabelText(/Tên xã in trên văn bản/), {
      target: { value: 'Vĩnh Cường' },
    });
    const edited = docText('proposal');
    expect(edited).toContain('Số: 15/TTr-VHXH');
    expect(edited).toContain('Vĩnh Cường, ngày 03 tháng 11 năm 2026');
    expect(edited).toContain('ỦY BAN NHÂN DÂN XÃ VĨNH CƯỜNG');
    expect(edited).toContain('Lê Văn Bình');
  });

  it('drafts the review minutes with editable attendees and votes', () => {
    render(<Dossier doc="minutes" />);
    expect(docText('minutes')).toContain('Thời gian: ……, ngày …….');
    fireEvent.click(screen.getByText('Sửa nội dung văn bản'));
    fireEvent.input(screen.getByLabelText('Ngày họp'), { target: { value: '2026-10-28' } });
    fireEvent.input(screen.getByLabelText('Giờ họp'), { target: { value: '14:00' } });
    fireEvent.input(screen.getByLabelText('Chủ trì (họ tên, chức vụ)'), {
      target: { value: 'Lê Văn Bình - Phó Chủ tịch UBND xã' },
    });
    fireEvent.input(screen.getByLabelText('Thư ký (họ tên)'), { target: { value: 'Phạm Thu Hà' } });
    fireEvent.input(screen.getByLabelText('Người dự họp'), {
      target: { value: 'Lê Văn Bình\n\nPhạm Thu Hà\nĐinh Văn Cường\n' },
    });
    const votes = within(screen.getByRole('group', { name: 'Số phiếu đồng ý' }));
    fireEvent.input(votes.getByLabelText('Nguyễn Thị Hoa'), { target: { value: '3' } });
    fireEvent.input(votes.getByLabelText('Nhan Bầu'), { target: { value: '2' } });
    const text = docText('minutes');
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('Số: ……/BB-VHXH');
    expect(text).toContain('Thời gian: 14:00, ngày 28/10/2026.');
    expect(text).toContain('Thành phần tham dự: có mặt 3 người, gồm:');
    expect(text).toContain('- Đinh Văn Cường');
    const table = within(screen.getByTestId('minutes-votes')).getAllByRole('row');
    expect(table.slice(1).map((r) => r.textContent)).toEqual([
      '1Nhan BầuBằng khen của Chủ tịch Ủy ban nhân dân thành phố2/366,7%',
      '2Nguyễn Thị HoaGiấy khen của Chủ tịch Ủy ban nhân dân xã3/3100%',
    ]);
    expect(text).toContain('THƯ KÝ');
    expect(text).toContain('CHỦ TRÌ');
  });

  it('keeps the documents in Vietnamese when the interface is in English', async () => {
    await setLanguage('en');
    render(<Dossier />);
    expect(screen.getByRole('button', { name: 'Print / save as PDF' })).toBeTruthy();
    expect(docText('report')).toContain('Năm 2026, đã tổ chức 12 buổi');
    expect(docText('report')).toContain('BÁO CÁO THÀNH TÍCH');
  });
});
