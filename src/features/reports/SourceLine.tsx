import { useOnline } from '../../app/use-online';
import type { SourcedIndicators } from '../../core/indicators';
import { useT } from '../../i18n';
import { SyncHttpError } from '../../sync/http';
import { ToggleChips } from '../../ui/ToggleChips';
import { formatClockDay } from './dashboard-format';
import type { IndicatorsState } from './use-indicators';

export type Source = SourcedIndicators['source'];

interface Props {
  state: IndicatorsState;
  /** The figures on screen. */
  shown: SourcedIndicators | undefined;
  /** A volunteer's server figures are their villages', not the commune's. */
  admin: boolean;
  onChoose: (source: Source) => void;
}

/** Why the server's figures are missing, as one of the dashboard's messages. */
function problem(err: unknown): 'signIn' | 'revoked' | 'forbidden' | 'server' {
  if (!(err instanceof SyncHttpError)) return 'server';
  if (err.kind === 'unauthenticated') return 'signIn';
  if (err.kind === 'revoked') return 'revoked';
  if (err.kind === 'forbidden') return 'forbidden';
  return 'server';
}

/**
 * Where the figures on screen come from and when they were computed, always beside them: the
 * server's (the whole commune, or a volunteer's villages) or this phone's (only what it holds).
 * With both at hand the reader can switch; offline or when the server fails, says so in words.
 */
export function SourceLine({ state, shown, admin, onChoose }: Props) {
  const t = useT();
  const online = useOnline();
  const scope = admin ? 'commune' : 'villages';
  return (
    <div class="source-line">
      {state.server && state.device && (
        <ToggleChips
          id="dashboard-source"
          label={t('dashboard.source.choose')}
          single
          options={[
            { value: 'server', label: t(`dashboard.source.option.${scope}`) },
            { value: 'device', label: t('dashboard.source.option.device') },
          ]}
          selected={shown ? [shown.source] : []}
          onChange={([source]) => source && onChoose(source)}
        />
      )}
      {shown && (
        <p class="source-label" data-testid="source-label">
          <span class={`badge ${shown.source === 'server' ? 'badge-ok' : 'badge-muted'}`}>
            {t(`dashboard.source.badge.${shown.source}`)}
          </span>{' '}
          {shown.source === 'server'
            ? t(`dashboard.source.server.${scope}`, { at: formatClockDay(shown.at) })
            : t('dashboard.source.device', { at: formatClockDay(shown.at) })}
        </p>
      )}
      {state.offline && (
        <div class="notice notice-warn" role="status">
          <p>{t(`dashboard.source.offline.${scope}`)}</p>
          {/* The phone says it has a network but the server was not reached: let them try again. */}
          {online && (
            <button type="button" class="btn btn-secondary" onClick={state.reload}>
              {t('dashboard.retry')}
            </button>
          )}
        </div>
      )}
      {state.loading && !state.server && (
        <p class="muted" role="status">
          {t('dashboard.source.loading')}
        </p>
      )}
      {state.error !== undefined && (
        <div class="notice notice-warn" role="alert">
          <p>{t(`dashboard.error.${problem(state.error)}`)}</p>
          <button type="button" class="btn btn-secondary" onClick={state.reload}>
            {t('dashboard.retry')}
          </button>
        </div>
      )}
    </div>
  );
}
