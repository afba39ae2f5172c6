/** The dashboard, its charts and figure tables: one chunk ('reports'), loaded only on /reports. */
import './dashboard.css';

export { DashboardScreen } from './DashboardScreen';
