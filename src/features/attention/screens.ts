/** The "needs attention" screen, its own chunk: most phones never open it. */
import './attention.css';

export { AttentionScreen } from './AttentionScreen';
