import { useMemo, useState } from 'preact/hooks';
import { useCommune } from '../../app/account-context';
import { navigate } from '../../app/router';
import { useLive } from '../../app/use-live';
import { listAttention } from '../../db/attention';
import { listVillages } from '../../db/reference';
import { useT } from '../../i18n';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { AttentionCard } from './AttentionCard';
import { ConflictList } from './ConflictList';

/**
 * "Cần xử lý": the records the commune server refused for good, each with its reason and what to
 * do. Everything else keeps being sent meanwhile; nothing here is dropped without a confirmation.
 */
export function AttentionScreen() {
  const commune = useCommune();
  const t = useT();
  const items = useLive(listAttention);
  const villages = useLive(() => listVillages(commune));
  const [done, setDone] = useState('');
  const names = useMemo(() => new Map(villages?.map((v) => [v.id, v.name])), [villages]);
  const villageName = (id: string) => names.get(id) ?? t('sessions.unknownVillage');
  return (
    <section>
      <ScreenHeader
        title={t('attention.title')}
        backLabel={t('nav.back')}
        onBack={() => navigate('/')}
      />
      <p
        class={`attention-done${done ? ' notice' : ''}`}
        role="status"
        data-testid="attention-done"
      >
        {done}
      </p>
      <ConflictList />
      {items && items.length === 0 && <p class="empty">{t('attention.empty')}</p>}
      {items && items.length > 0 && (
        <>
          <p class="hint">{t('attention.intro')}</p>
          <ul class="cards">
            {items.map((item) => (
              <AttentionCard
                key={item.key}
                item={item}
                villageName={villageName}
                onDone={setDone}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
