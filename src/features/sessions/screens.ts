/** The sessions feature's screens, loaded together as one chunk. */
export { SessionDetail } from './SessionDetail';
export { SessionFormScreen } from './SessionFormScreen';
export { SessionsScreen } from './SessionsScreen';
