interface Props {
  id: string;
  value: string;
  onInput: (digits: string) => void;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
  autoFocus?: boolean;
}

/** A big box for 4–6 digits that opens the phone's number keypad; anything else is dropped. */
export function PinInput({ id, value, onInput, disabled, invalid, describedBy, autoFocus }: Props) {
  return (
    <input
      id={id}
      class="pin-input"
      type="password"
      inputMode="numeric"
      pattern="[0-9]*"
      autoComplete="off"
      maxLength={6}
      // biome-ignore lint/a11y/noAutofocus: the lock screen has one thing to do: type the PIN.
      autoFocus={autoFocus}
      disabled={disabled}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      value={value}
      onInput={(e) => {
        const digits = e.currentTarget.value.replace(/\D/g, '').slice(0, 6);
        e.currentTarget.value = digits;
        onInput(digits);
      }}
    />
  );
}
