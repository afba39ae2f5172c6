/**
 * "🔊 Đọc to" / "⏹ Dừng" for a lesson or a question, in the app's language, with the best voice
 * the phone has for it. Where there is none (or no speech synthesis at all) there is no button,
 * only a note saying how to add one, so nobody taps a button that stays silent.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { currentLanguage, useT } from '../../i18n';
import { bestVoice, chunks, RATE, synth } from './speech';

/** Browsers fill the voice list in after the page loads; some never say so when it stays empty. */
const VOICE_WAIT_MS = 1500;

type Voices = 'loading' | readonly SpeechSynthesisVoice[];

function useVoices(): Voices {
  const s = synth();
  const [voices, setVoices] = useState<Voices>(() => {
    const now = s?.getVoices() ?? [];
    return s && now.length === 0 ? 'loading' : now;
  });
  useEffect(() => {
    if (!s) return;
    const update = () => setVoices(s.getVoices());
    s.addEventListener('voiceschanged', update);
    const timer = setTimeout(update, VOICE_WAIT_MS);
    return () => {
      s.removeEventListener('voiceschanged', update);
      clearTimeout(timer);
    };
  }, [s]);
  return voices;
}

export function ReadAloud({ text }: { text: string }) {
  const t = useT();
  const lang = currentLanguage();
  const voices = useVoices();
  const [speaking, setSpeaking] = useState(false);
  // Which reading the utterance events belong to: those of a stopped or replaced one are ignored.
  const reading = useRef(0);
  // Chrome drops the end event of an utterance nothing references any more.
  const queued = useRef<SpeechSynthesisUtterance[]>([]);

  const stop = () => {
    if (!speaking) return;
    reading.current++;
    queued.current = [];
    setSpeaking(false);
    synth()?.cancel();
  };
  // A new text (the next lesson or question), a language switch or leaving the screen ends a reading.
  const stopRef = useRef(stop);
  stopRef.current = stop;
  useEffect(() => () => stopRef.current(), [text, lang]);

  const s = synth();
  if (!s) return <p class="hint">{t('readAloud.unsupported')}</p>;
  if (voices === 'loading') return null;
  const voice = bestVoice(voices, lang);
  if (!voice) return <p class="hint">{t('readAloud.noVoice')}</p>;

  const start = () => {
    const pieces = chunks(text);
    if (pieces.length === 0) return;
    s.cancel(); // whatever else on the page was reading stops first
    const id = ++reading.current;
    const done = () => {
      if (reading.current !== id) return;
      queued.current = [];
      setSpeaking(false);
    };
    queued.current = pieces.map((piece, i) => {
      const u = new SpeechSynthesisUtterance(piece);
      u.voice = voice;
      u.lang = voice.lang;
      u.rate = RATE;
      if (i === pieces.length - 1) u.onend = done;
      u.onerror = done;
      return u;
    });
    for (const u of queued.current) s.speak(u);
    setSpeaking(true);
  };

  return (
    <button
      type="button"
      class={`btn btn-huge ${speaking ? 'btn-primary' : 'btn-secondary'}`}
      onClick={speaking ? stop : start}
    >
      <span aria-hidden="true">{speaking ? '⏹ ' : '🔊 '}</span>
      {t(speaking ? 'readAloud.stop' : 'readAloud.start')}
    </button>
  );
}
