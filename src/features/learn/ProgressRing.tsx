/** A ring that fills as lessons are passed, with the count in words beside it (not colour alone). */
export function ProgressRing({ done, total }: { done: number; total: number }) {
  const r = 20;
  const length = 2 * Math.PI * r;
  const filled = total === 0 ? 0 : (done / total) * length;
  return (
    <svg class="progress-ring" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true">
      <circle cx="24" cy="24" r={r} class="progress-ring-track" />
      <circle
        cx="24"
        cy="24"
        r={r}
        class="progress-ring-fill"
        stroke-dasharray={`${filled} ${length}`}
        transform="rotate(-90 24 24)"
      />
      {done === total && total > 0 && <path d="M15 24l6 6 12-13" class="progress-ring-check" />}
    </svg>
  );
}
