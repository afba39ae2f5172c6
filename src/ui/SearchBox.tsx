/** A full-width search field; its placeholder is also its accessible name. */
export function SearchBox({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (q: string) => void;
}) {
  return (
    <input
      type="search"
      class="search"
      aria-label={label}
      placeholder={label}
      value={value}
      onInput={(e) => onChange(e.currentTarget.value)}
    />
  );
}
