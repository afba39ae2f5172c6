import i18next from 'i18next';
import type { t as translate } from '../../../i18n';

/**
 * The translate function for the commune's documents (the annual report and its files, the
 * commendation dossier): always Vietnamese, whatever the interface language, because they are
 * filed with Vietnamese offices. (Vietnamese is bundled with the app, so this never waits.)
 */
export const docT = (): typeof translate => i18next.getFixedT('vi') as typeof translate;
