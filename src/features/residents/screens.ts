/** The residents feature's screens, loaded together as one chunk. */
export { NewResidentScreen, ResidentScreen } from './ResidentScreens';
export { RosterScreen } from './RosterScreen';
