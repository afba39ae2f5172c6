import { useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { type AdminResident, eraseResident, exportResident } from '../../sync/admin-api';
import { type AdminProblem, adminProblem } from './admin-error';
import { downloadJson, residentExportFileName } from './download-json';
import { EraseConfirm } from './EraseConfirm';

interface Props {
  resident: AdminResident;
  villageName: string;
  onErased: (resident: AdminResident) => void;
}

/** One resident found on the server, with "Xuất dữ liệu" and "Xoá dữ liệu cá nhân". */
export function ResidentRightsCard({ resident: r, villageName, onErased }: Props) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState<'export' | 'erase' | null>(null);
  const [problem, setProblem] = useState<AdminProblem | null>(null);
  const [done, setDone] = useState('');
  // The name as it was found: the server's answer to an erasure no longer has it.
  const [name] = useState(r.fullName ?? '');
  const run = async (what: 'export' | 'erase', call: () => Promise<string>) => {
    setBusy(what);
    setProblem(null);
    setDone('');
    try {
      setDone(await call());
    } catch (error) {
      setProblem(adminProblem(error));
    } finally {
      setBusy(null);
    }
  };
  const doExport = () =>
    run('export', async () => {
      const file = residentExportFileName(r.id);
      downloadJson(file, await exportResident(r.id));
      return t('admin.residents.exported', { file });
    });
  const doErase = () =>
    run('erase', async () => {
      onErased(await eraseResident(r.id));
      setConfirming(false);
      return t('admin.residents.erasedDone', { name });
    });
  return (
    <li class="card" data-testid="rights-card">
      <div class="card-head">
        <strong>{r.erased ? t('admin.residents.erasedName') : r.fullName}</strong>
        {r.erased && <span class="badge badge-muted">{t('admin.residents.erasedBadge')}</span>}
      </div>
      <p class="muted volunteer-line">
        {villageName}
        {r.birthYear !== null && ` · ${t('admin.residents.born', { year: r.birthYear })}`}
      </p>
      {done && (
        <p class="notice" role="status">
          {done}
        </p>
      )}
      {!confirming && (
        <div class="admin-actions">
          <button
            type="button"
            class="btn btn-secondary"
            disabled={busy !== null}
            onClick={() => void doExport()}
          >
            {t('admin.residents.export')}
          </button>
          {!r.erased && (
            <button
              type="button"
              class="btn btn-danger-outline"
              onClick={() => {
                setDone('');
                setConfirming(true);
              }}
            >
              {t('admin.residents.erase')}
            </button>
          )}
        </div>
      )}
      {confirming && (
        <EraseConfirm
          name={name}
          busy={busy === 'erase'}
          onConfirm={() => void doErase()}
          onCancel={() => setConfirming(false)}
        />
      )}
      {problem && (
        <p class="notice notice-warn" role="alert">
          {t(`admin.error.${problem}`)}
        </p>
      )}
    </li>
  );
}
