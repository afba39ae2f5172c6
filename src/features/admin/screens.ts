/** The commune administrator's screens, loaded together as one chunk ('admin'). */
import './admin.css';

export { AuditScreen } from './AuditScreen';
export { NewVolunteerScreen } from './NewVolunteerScreen';
export { ResidentsRightsScreen } from './ResidentsRightsScreen';
export { VolunteersScreen } from './VolunteersScreen';
