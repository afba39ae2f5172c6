import { useT } from '../i18n';
import { useOnline } from './use-online';

export function NetworkBadge() {
  const t = useT();
  const online = useOnline();
  return (
    <span class={`badge ${online ? 'badge-ok' : 'badge-warn'}`} role="status" data-online={online}>
      <span aria-hidden="true">{online ? '●' : '○'}</span>{' '}
      {t(online ? 'network.online' : 'network.offline')}
    </span>
  );
}
