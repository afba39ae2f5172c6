/** The heads the dossier's documents share, in the documents' Vietnamese. */
import { AWARD_FORMS } from '../../../core/commendation';
import { vietnameseDateLine } from '../document/DocumentFrame';
import { BLANK, tvi } from './dossier-text';
import type { Nominee } from './nominees';

/** "ỦY BAN NHÂN DÂN XÃ HÀ ĐÔNG" */
export const committeeLine = (commune: string): string =>
  tvi('commendation.doc.committee', { name: commune.toLocaleUpperCase('vi') });

/** "Hà Đông, ngày 05 tháng 11 năm 2026", or with dots for the day and month when not dated yet. */
export const placeDate = (commune: string, isoDate: string, year: number): string =>
  isoDate
    ? vietnameseDateLine(commune, isoDate)
    : `${commune}, ${tvi('commendation.doc.undated', { blank: BLANK, year })}`;

/** "Số: 12/TTr-VHXH", or dots for the number the clerk writes when registering it. */
export const numberLine = (number: string, symbol: string): string =>
  tvi('commendation.doc.number', { number: number.trim() || BLANK, symbol });

export const awardOf = (n: Nominee): string => AWARD_FORMS[n.entry.award];
