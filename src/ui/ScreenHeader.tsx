import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  backLabel?: string;
  onBack?: () => void;
  children?: ComponentChildren;
}

/** A screen's title with an optional back button (named for screen readers). */
export function ScreenHeader({ title, backLabel, onBack, children }: Props) {
  return (
    <div class="screen-header">
      {onBack && (
        <button
          type="button"
          class="btn btn-ghost btn-icon"
          aria-label={backLabel}
          onClick={onBack}
        >
          <span aria-hidden="true">←</span>
        </button>
      )}
      <h2>{title}</h2>
      {children}
    </div>
  );
}
