/** An audit entry in plain words: known actions and targets from the locale files, others raw. */
import type { AuditEntry } from '../../core/auth';
import type { t as translate } from '../../i18n';

/** Action codes are `area.verb` (`volunteer.create`, `auth.sign_in`); only that shape is looked up. */
const CODE = /^[a-z]+\.[a-z_]+$/;

/** "volunteer.revoke" → "Thu hồi quyền tình nguyện viên"; an unknown code is shown as it is. */
export function actionWords(t: typeof translate, action: string): string {
  return CODE.test(action) ? t(`admin.action.${action}`, { defaultValue: action }) : action;
}

/** The name the server put in the entry's detail, if any (the volunteer's or resident's). */
function detailName(detail: AuditEntry['detail']): string | null {
  for (const key of ['displayName', 'fullName', 'name']) {
    const v = detail[key];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return null;
}

/**
 * "Tài khoản: Trần Văn Bình" — the name from the staff list (`staffName`) or the entry's detail —
 * or the kind of target and the start of its id (residents: their id is what the search takes).
 */
export function targetWords(
  t: typeof translate,
  entry: AuditEntry,
  staffName: (id: string) => string | undefined = () => undefined,
): string {
  const kind = /^[a-z_]+$/.test(entry.targetType)
    ? t(`admin.audit.target.${entry.targetType}`, { defaultValue: entry.targetType })
    : entry.targetType;
  const name = staffName(entry.targetId) ?? detailName(entry.detail) ?? entry.targetId;
  return `${kind}: ${name}`;
}
