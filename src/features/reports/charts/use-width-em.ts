import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** What a chart assumes before it is measured (and where nothing is measured, as in tests). */
const UNMEASURED_EM = 20;

/**
 * The element's width in its own ems, kept up to date: how many labels fit across a chart at the
 * phone's width and the reader's text size (up to 200 %), so labels are thinned, never overlapped.
 */
export function useWidthEm(ref: RefObject<HTMLElement>): number {
  const [width, setWidth] = useState(UNMEASURED_EM);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const em = Number.parseFloat(getComputedStyle(el).fontSize);
      if (el.clientWidth > 0 && em > 0) setWidth(el.clientWidth / em);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return width;
}
