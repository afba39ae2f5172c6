import { useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { SessionForm } from './SessionForm';
import { SessionList } from './SessionList';

export function SessionsScreen({ communeCode }: { communeCode: string }) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const [savedNote, setSavedNote] = useState(false);
  if (adding) {
    return (
      <SessionForm
        communeCode={communeCode}
        onDone={(saved) => {
          setAdding(false);
          setSavedNote(saved);
        }}
      />
    );
  }
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('sessions.title')}</h2>
      {savedNote && (
        <p class="notice" role="status">
          {t('sessions.saved')}
        </p>
      )}
      <button type="button" class="btn btn-primary btn-block" onClick={() => setAdding(true)}>
        + {t('sessions.add')}
      </button>
      <SessionList communeCode={communeCode} />
    </section>
  );
}
