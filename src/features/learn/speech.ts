/**
 * The browser's speech synthesis, for reading lessons and questions aloud: which voice to use and
 * how to cut a text for it. Nothing here is Preact; ReadAloud.tsx owns the button and its state.
 */

/** The synthesiser, or null where the browser has none (then no read-aloud button is offered). */
export function synth(): SpeechSynthesis | null {
  return typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
}

const norm = (lang: string) => lang.toLowerCase().replace('_', '-');

/**
 * The best installed voice for `lang` ('vi' or 'en'), or undefined when none speaks it. A voice on
 * the phone itself beats a network one (lessons are read offline, in the village), then the
 * language's home region (vi-VN, en-US), then the system's default.
 */
export function bestVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice | undefined {
  const home = lang === 'vi' ? 'vi-vn' : 'en-us';
  const score = (v: SpeechSynthesisVoice) =>
    (v.localService ? 4 : 0) + (norm(v.lang) === home ? 2 : 0) + (v.default ? 1 : 0);
  return voices
    .filter((v) => norm(v.lang) === lang || norm(v.lang).startsWith(`${lang}-`))
    .reduce<SpeechSynthesisVoice | undefined>(
      (best, v) => (!best || score(v) > score(best) ? v : best),
      undefined,
    );
}

/**
 * A text as pieces of whole sentences up to `max` characters: Chrome silently stops a single long
 * utterance after about fifteen seconds, while one utterance per sentence adds pauses.
 */
export function chunks(text: string, max = 200): string[] {
  const sentences = text
    .split(/(?<=[.!?…:;])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last !== undefined && last.length + s.length + 1 <= max)
      out[out.length - 1] = `${last} ${s}`;
    else out.push(s);
  }
  return out;
}

/** Slower than the default rate: the listeners are older learners hearing new words. */
export const RATE = 0.9;
