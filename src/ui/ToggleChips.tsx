interface Option<V extends string> {
  value: V;
  label: string;
}

interface Props<V extends string> {
  id: string;
  label: string;
  options: readonly Option<V>[];
  selected: readonly V[];
  onChange: (selected: V[]) => void;
  /** One choice only (radio-like) instead of several. */
  single?: boolean;
  error?: string;
  hint?: string;
}

/**
 * Large toggle buttons for choosing one or several options, named by the fieldset's legend; each
 * button's state is announced (aria-pressed) and marked with ✓, never shown by colour alone.
 */
export function ToggleChips<V extends string>(props: Props<V>) {
  const { id, label, options, selected, onChange, single, error, hint } = props;
  const toggle = (v: V) => {
    if (single) onChange([v]);
    else onChange(selected.includes(v) ? selected.filter((x) => x !== v) : [...selected, v]);
  };
  return (
    <fieldset class={`field chips-field${error ? ' field-invalid' : ''}`} id={id}>
      <legend>{label}</legend>
      {hint && <p class="hint">{hint}</p>}
      <div class="chips">
        {options.map((o) => {
          const on = selected.includes(o.value);
          return (
            <button
              key={o.value}
              type="button"
              class={`chip${on ? ' chip-on' : ''}`}
              aria-pressed={on}
              onClick={() => toggle(o.value)}
            >
              <span aria-hidden="true">{on ? '✓ ' : ''}</span>
              {o.label}
            </button>
          );
        })}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
