import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadAloud } from '../../src/features/learn/ReadAloud';
import { bestVoice, chunks } from '../../src/features/learn/speech';
import { setLanguage } from '../../src/i18n';

const voice = (lang: string, localService = true, name = lang) =>
  ({ name, lang, localService, default: false, voiceURI: name }) as SpeechSynthesisVoice;

class FakeUtterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

/** The part of window.speechSynthesis ReadAloud uses; cancel() interrupts the queue as Chrome does. */
class FakeSynth extends EventTarget {
  voices: SpeechSynthesisVoice[] = [];
  queue: FakeUtterance[] = [];
  cancelled = 0;
  getVoices() {
    return this.voices;
  }
  speak(u: FakeUtterance) {
    this.queue.push(u);
  }
  cancel() {
    this.cancelled++;
    const q = this.queue;
    this.queue = [];
    for (const u of q) u.onerror?.();
  }
}

let synth: FakeSynth;
beforeEach(() => {
  synth = new FakeSynth();
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await setLanguage('vi');
});

const NO_VOICE =
  'Máy này chưa có giọng đọc tiếng Việt. Bạn có thể cài thêm giọng đọc trong Cài đặt của điện thoại (Chuyển văn bản thành giọng nói).';

describe('ReadAloud', () => {
  it('reads the text with a Vietnamese voice, then offers to read again', () => {
    synth.voices = [voice('en-US'), voice('vi-VN')];
    render(<ReadAloud text="Bấm vào biểu tượng Zalo. Chọn người cần gọi." />);
    fireEvent.click(screen.getByRole('button', { name: 'Đọc to' }));
    expect(synth.queue.map((u) => [u.text, u.lang, u.voice?.lang])).toEqual([
      ['Bấm vào biểu tượng Zalo. Chọn người cần gọi.', 'vi-VN', 'vi-VN'],
    ]);
    expect(synth.queue[0]!.rate).toBeLessThan(1);
    act(() => synth.queue.at(-1)!.onend?.());
    expect(screen.getByRole('button', { name: 'Đọc to' })).toBeTruthy();
  });

  it('stops when asked', () => {
    synth.voices = [voice('vi-VN')];
    render(<ReadAloud text="Một câu." />);
    fireEvent.click(screen.getByRole('button', { name: 'Đọc to' }));
    fireEvent.click(screen.getByRole('button', { name: 'Dừng' }));
    expect(synth.cancelled).toBe(2); // once before reading, once to stop
    expect(synth.queue).toEqual([]);
    expect(screen.getByRole('button', { name: 'Đọc to' })).toBeTruthy();
  });

  it('stops speaking when it leaves the screen', () => {
    synth.voices = [voice('vi-VN')];
    const { unmount } = render(<ReadAloud text="Một câu." />);
    fireEvent.click(screen.getByRole('button', { name: 'Đọc to' }));
    expect(synth.queue).toHaveLength(1);
    unmount();
    expect(synth.queue).toEqual([]);
    expect(synth.cancelled).toBe(2);
  });

  it('waits for the voices the browser loads later', () => {
    render(<ReadAloud text="Một câu." />);
    expect(screen.queryByRole('button')).toBeNull();
    synth.voices = [voice('vi-VN')];
    act(() => void synth.dispatchEvent(new Event('voiceschanged')));
    expect(screen.getByRole('button', { name: 'Đọc to' })).toBeTruthy();
  });

  it('offers no button, only a note, when no Vietnamese voice is installed', () => {
    synth.voices = [voice('en-US'), voice('fr-FR')];
    render(<ReadAloud text="Một câu." />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(NO_VOICE)).toBeTruthy();
  });

  it('offers no button when the browser has no speech synthesis', () => {
    vi.unstubAllGlobals();
    render(<ReadAloud text="Một câu." />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/Trình duyệt này không đọc to được/)).toBeTruthy();
  });

  it('speaks English with an English voice when the app is in English', async () => {
    await setLanguage('en');
    synth.voices = [voice('vi-VN'), voice('en-GB')];
    render(<ReadAloud text="Tap the icon." />);
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(synth.queue[0]!.lang).toBe('en-GB');
  });
});

describe('speech', () => {
  it('prefers a voice on the phone, then vi-VN, among Vietnamese voices', () => {
    const online = voice('vi-VN', false, 'Google tiếng Việt');
    const onPhone = voice('vi_VN', true, 'Phone');
    expect(bestVoice([voice('en-US'), online, onPhone], 'vi')).toBe(onPhone);
    expect(bestVoice([online, voice('vi', false, 'Bare')], 'vi')).toBe(online);
    expect(bestVoice([voice('en-US'), voice('vie-XX')], 'vi')).toBeUndefined();
  });

  it('cuts a text into whole sentences of at most 200 characters', () => {
    const sentence = `${'a'.repeat(120)}.`;
    expect(chunks(`${sentence} ${sentence}\nNgắn!  Ngắn?`)).toEqual([
      sentence,
      `${sentence} Ngắn! Ngắn?`,
    ]);
    expect(chunks('  \n ')).toEqual([]);
  });
});
