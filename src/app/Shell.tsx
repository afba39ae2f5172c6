/**
 * The app shell: the frame a volunteer sees at once (title, language, network state, update
 * prompt). The workspace (local store, sync, screens) is a separate chunk loaded right away, so the
 * shell paints before the data layer has even arrived.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { NetworkBadge } from './NetworkBadge';
import { PwaUpdate } from './PwaUpdate';

const workspace = import('./Workspace');

export function Shell() {
  const t = useT();
  const [Workspace, setWorkspace] = useState<ComponentType>();
  useEffect(() => {
    void workspace.then((m) => setWorkspace(() => m.Workspace));
  }, []);
  return (
    <>
      <header class="top-bar">
        <h1 class="brand">{t('app.title')}</h1>
        <LanguageSwitch />
      </header>
      <div class="status-strip">
        <NetworkBadge />
      </div>
      {Workspace && <Workspace />}
      <PwaUpdate />
    </>
  );
}
