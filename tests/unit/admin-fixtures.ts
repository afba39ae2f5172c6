import type { StaffMember } from '../../src/core/auth';
import { storeSignIn } from '../../src/db/account';
import { replaceReference } from '../../src/db/reference';
import { SyncHttpError } from '../../src/sync/http';
import { village } from './factories';
import { resetDb } from './reset-db';

export const ADMIN_ID = '019a0000-0000-7000-8000-00000000ad01';

/** A device signed in as the commune's administrator (or a volunteer), with two villages cached. */
export async function signedInAs(role: 'admin' | 'volunteer' = 'admin'): Promise<void> {
  await resetDb();
  await replaceReference(
    '10882',
    [village('nhan-bau', 'Nhân Bầu', 1), village('tien-kieu', 'Tiên Kiều', 2)],
    [],
  );
  await storeSignIn({
    serverTime: new Date().toISOString(),
    accessToken: 'access',
    accessExpiresAt: new Date(Date.now() + 900_000).toISOString(),
    refreshToken: 'refresh-token-of-the-admin-device',
    user: {
      id: ADMIN_ID,
      communeCode: '10882',
      role,
      displayName: 'Phạm Thu Hà',
      phone: '0900000001',
      villages: ['nhan-bau', 'tien-kieu'],
    },
  });
}

let n = 0;
export function staff(over: Partial<StaffMember> = {}): StaffMember {
  n += 1;
  return {
    id: `019a0000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    phone: `09000000${String(10 + n).slice(-2)}`,
    displayName: 'Nguyễn Văn An',
    role: 'volunteer',
    status: 'active',
    villages: ['nhan-bau'],
    createdAt: '2026-01-05T02:00:00.000Z',
    ...over,
  };
}

export const offline = () => new SyncHttpError('offline', 'TypeError: Failed to fetch');
export const refused = (status: number, code: string) =>
  new SyncHttpError('server', `HTTP ${status} ${code}`, status, code);
