import { useT } from '../../i18n';
import { adminProblem } from './admin-error';

interface Props {
  error: unknown;
  onRetry?: () => void;
}

/**
 * Why the server could not be read, in plain words, with "Thử lại". No network gets its own
 * heading, since these screens are the only ones in the app that need it.
 */
export function ProblemNotice({ error, onRetry }: Props) {
  const t = useT();
  const problem = adminProblem(error);
  return (
    <div class="notice notice-warn admin-problem" role="alert">
      {problem === 'offline' ? (
        <>
          <h3>{t('admin.network.title')}</h3>
          <p>{t('admin.network.text')}</p>
        </>
      ) : (
        <p>{t(`admin.error.${problem}`)}</p>
      )}
      {onRetry && (
        <button type="button" class="btn btn-secondary" onClick={onRetry}>
          {t('admin.retry')}
        </button>
      )}
    </div>
  );
}
