import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ComponentChildren;
}

/** A labelled form field with its hint and error below; the control gets `id`. */
export function Field({ id, label, hint, error, children }: Props) {
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
