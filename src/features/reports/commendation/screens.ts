/** Emulation criteria and commendation dossiers, loaded together as one chunk ('commendation'). */
import '../document/document.css';
import './commendation.css';

export { CommendationScreen } from './CommendationScreen';
export { DossierScreen } from './DossierScreen';
