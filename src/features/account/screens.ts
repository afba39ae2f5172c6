/** The account screens shown instead of the app (a lazy chunk: most visits never need them). */
export { PinLockScreen } from './PinLockScreen';
export { SignInScreen } from './SignInScreen';
