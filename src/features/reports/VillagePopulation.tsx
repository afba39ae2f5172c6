import { useEffect, useRef, useState } from 'preact/hooks';
import { useOnline } from '../../app/use-online';
import { type Village, villageAdultsSchema } from '../../core/village';
import { useT } from '../../i18n';
import { SyncHttpError } from '../../sync/http';
import { setVillageAdults } from '../../sync/reports-api';
import { num } from './dashboard-format';

interface Props {
  communeCode: string;
  villages: readonly Village[];
  /** The population as last known (the server's figures when shown, else the phone's cache). */
  population: (villageId: string) => number | null;
  /** After a save: ask the server for the figures again. */
  onSaved: () => void;
}

/**
 * The administrator enters each village's adult population (aged 16 and over), which the "% of
 * adults reached" needs. It is saved straight to the server, never queued: offline the fields are
 * read-only and say so.
 */
export function VillagePopulation({ communeCode, villages, population, onSaved }: Props) {
  const t = useT();
  const online = useOnline();
  return (
    <details class="card population" data-testid="population">
      <summary>{t('dashboard.population.title')}</summary>
      <p class="hint">{t('dashboard.population.hint')}</p>
      {!online && (
        <p class="notice notice-warn" role="status">
          {t('dashboard.population.offline')}
        </p>
      )}
      <ul class="population-list">
        {villages.map((v) => (
          <PopulationRow
            key={v.id}
            communeCode={communeCode}
            village={v}
            current={population(v.id)}
            online={online}
            onSaved={onSaved}
          />
        ))}
      </ul>
    </details>
  );
}

type Status =
  | { is: 'idle' | 'saving' | 'saved' | 'invalid' }
  | { is: 'failed'; why: 'offline' | 'forbidden' | 'server' };

function failure(err: unknown): 'offline' | 'forbidden' | 'server' {
  if (!(err instanceof SyncHttpError)) return 'server';
  if (err.kind === 'offline' || err.kind === 'timeout') return 'offline';
  if (err.kind === 'forbidden' || err.kind === 'unauthenticated' || err.kind === 'revoked')
    return 'forbidden';
  return 'server';
}

/**
 * "1.250", "1 250" or "1250" → 1250; "" → null (not entered); anything the server would refuse
 * (not a whole number, more than a village can hold) → undefined.
 */
function parsePopulation(text: string): number | null | undefined {
  const digits = text.replace(/[\s.,]/g, '');
  if (digits === '') return null;
  if (!/^\d{1,9}$/.test(digits)) return undefined;
  const parsed = villageAdultsSchema.safeParse({ adults: Number(digits) });
  return parsed.success ? parsed.data.adults : undefined;
}

function PopulationRow(props: {
  communeCode: string;
  village: Village;
  current: number | null;
  online: boolean;
  onSaved: () => void;
}) {
  const { communeCode, village, current, online, onSaved } = props;
  const t = useT();
  const [text, setText] = useState(current === null ? '' : String(current));
  const [status, setStatus] = useState<Status>({ is: 'idle' });
  const id = `population-${village.id}`;
  // A newer value from the server (after this or another save) replaces what the field shows;
  // only a change does, so the mount never overwrites what the administrator began typing.
  const shown = useRef(current);
  useEffect(() => {
    if (shown.current === current) return;
    shown.current = current;
    setText(current === null ? '' : String(current));
  }, [current]);
  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    // What the field holds now, even if a re-render has not caught up with the last keystroke.
    const typed = new FormData(e.currentTarget as HTMLFormElement).get('adults');
    const adults = parsePopulation(typeof typed === 'string' ? typed : text);
    if (adults === undefined) return setStatus({ is: 'invalid' });
    setStatus({ is: 'saving' });
    try {
      await setVillageAdults(communeCode, village.id, adults);
      setStatus({ is: 'saved' });
      onSaved();
    } catch (err) {
      setStatus({ is: 'failed', why: failure(err) });
    }
  };
  const message =
    status.is === 'invalid'
      ? t('dashboard.population.invalid')
      : status.is === 'failed'
        ? t(`dashboard.population.failed.${status.why}`)
        : undefined;
  return (
    <li>
      <form class="population-row" onSubmit={(e) => void save(e)}>
        <div class={`field${message ? ' field-invalid' : ''}`}>
          <label for={id}>{village.name}</label>
          <input
            id={id}
            name="adults"
            inputMode="numeric"
            autoComplete="off"
            value={text}
            disabled={!online}
            aria-describedby={`${id}-status`}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setStatus({ is: 'idle' });
            }}
          />
        </div>
        <button
          type="submit"
          class="btn btn-secondary"
          disabled={!online || status.is === 'saving'}
        >
          {t('dashboard.population.save')}
        </button>
        <p
          id={`${id}-status`}
          class={`population-status ${message ? 'error' : 'hint'}`}
          role="status"
        >
          {message ??
            (status.is === 'saved'
              ? t('dashboard.population.saved')
              : current === null
                ? t('dashboard.population.notEntered')
                : t('dashboard.population.current', { adults: num(current) }))}
        </p>
      </form>
    </li>
  );
}
