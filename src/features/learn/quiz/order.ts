/**
 * The order question's starting order: shuffled the same way every time for a question (so a
 * reload shows the same list), and never already in the right order.
 */
export function startingOrder(id: string, count: number): number[] {
  let seed = [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i -= 1) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  if (order.every((step, i) => step === i)) order.push(order.shift()!);
  return order;
}

/** Moves the item at `from` one place up (-1) or down (+1). */
export function moveStep(order: number[], from: number, by: -1 | 1): number[] {
  const to = from + by;
  if (to < 0 || to >= order.length) return order;
  const next = [...order];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}
