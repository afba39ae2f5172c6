/** Text as typed, one paragraph per line (blank lines dropped); always rendered as text. */
export function Paragraphs({ text }: { text: string }) {
  const lines = text
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {lines.map((p, i) => (
        // Paragraphs as typed may repeat: their place tells them apart.
        <p key={i}>{p}</p>
      ))}
    </>
  );
}
