interface Props {
  cancelLabel: string;
  saveLabel: string;
  onCancel: () => void;
  saving?: boolean;
  /** Kept in reach of the thumb above the bottom navigation on long forms. */
  sticky?: boolean;
}

/** A form's Cancel and Save buttons, side by side, full width. */
export function FormActions({ cancelLabel, saveLabel, onCancel, saving, sticky }: Props) {
  return (
    <div class={`row form-actions${sticky ? ' sticky-actions' : ''}`}>
      <button type="button" class="btn btn-ghost" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" class="btn btn-primary" disabled={saving}>
        {saveLabel}
      </button>
    </div>
  );
}
