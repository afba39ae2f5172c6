import { navigate } from '../../app/router';
import { useLive } from '../../app/use-live';
import { isModuleCode } from '../../core/curriculum';
import { todayInVietnam } from '../../core/dates';
import { groupCode } from '../../core/learning';
import type { LocalProfile } from '../../db/learning-types';
import { unsyncedRecordIds } from '../../db/outbox';
import { completionOf } from '../../db/progress';
import { useT } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { downloadCanvas, drawCertificate } from './certificate-image';
import { useModule } from './use-module';

/** The module's certificate: to show the volunteer, save as a picture, or print. */
export function CertificateScreen({ profile, code }: { profile: LocalProfile; code: string }) {
  const t = useT();
  const module = useModule(code);
  const completion = useLive(
    async () => (isModuleCode(code) ? completionOf(profile.id, code) : null),
    [profile.id, code],
  );
  const unsent = useLive(unsyncedRecordIds);
  if (module === undefined || completion === undefined) return null;
  if (!module || !completion)
    return (
      <section>
        <ScreenHeader
          title={t('learn.certificate')}
          backLabel={t('learn.backToModules')}
          onBack={() => navigate('/learn')}
        />
        <p class="notice">{t('learn.noCertificate')}</p>
      </section>
    );
  const lines = {
    commune: t('learn.certificateIssuer'),
    heading: t('learn.certificateHeading'),
    name: profile.displayName,
    module: t('learn.certificateModule', { module: module.text.title }),
    date: t('learn.certificateDate', {
      date: formatDate(todayInVietnam(new Date(completion.completedAt))),
    }),
    codeLabel: t('learn.certificateCode'),
    code: groupCode(completion.code),
  };
  return (
    <section>
      <ScreenHeader
        title={t('learn.certificate')}
        backLabel={t('learn.backToModule')}
        onBack={() => navigate(`/learn/m/${code}`)}
      />
      <div class="certificate">
        <p class="certificate-issuer">{lines.commune}</p>
        <p class="certificate-heading">🏅 {lines.heading}</p>
        <p class="certificate-name">{lines.name}</p>
        <p>{lines.module}</p>
        <p>{lines.date}</p>
        <p class="certificate-code">
          {lines.codeLabel}: <strong>{lines.code}</strong>
        </p>
      </div>
      <p class="hint">
        {unsent?.has(`${profile.id}/${code}`)
          ? `⏳ ${t('learn.notSentYet')}`
          : `✓ ${t('learn.sentToCommune')}`}
      </p>
      <p class="hint">{t('learn.certificateHint')}</p>
      <div class="form-actions no-print">
        <button
          type="button"
          class="btn btn-primary btn-block"
          onClick={() =>
            downloadCanvas(drawCertificate(lines), `chung-nhan-${code}-${completion.code}.png`)
          }
        >
          🖼 {t('learn.saveImage')}
        </button>
        <button type="button" class="btn btn-secondary btn-block" onClick={() => window.print()}>
          🖨 {t('learn.print')}
        </button>
      </div>
    </section>
  );
}
