import type { VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Props<M> {
  /** Which module: a change of `id` loads again. */
  id: string;
  load: () => Promise<M>;
  render: (module: M) => VNode;
}

/** Renders a screen from a module loaded on demand (each feature is its own chunk). */
export function Lazy<M>({ id, load, render }: Props<M>) {
  const [loaded, setLoaded] = useState<{ id: string; module: M }>();
  // Loads again only when `id` changes: `load` belongs to `id`.
  useEffect(() => {
    let live = true;
    void load().then((module) => {
      if (live) setLoaded({ id, module });
    });
    return () => {
      live = false;
    };
  }, [id]);
  return loaded?.id === id ? render(loaded.module) : null;
}
