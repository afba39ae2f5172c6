import type { Block } from '../../core/content';
import { useT } from '../../i18n';

/** A lesson's text, steps, tips, warnings and pictures, large and in reading order. */
export function LessonBlocks({
  blocks,
  imageUrl,
}: {
  blocks: Block[];
  imageUrl: (file: string) => string | undefined;
}) {
  const t = useT();
  return (
    <div class="lesson-body">
      {blocks.map((b, i) => {
        const key = `${i}`;
        switch (b.kind) {
          case 'text':
            return <p key={key}>{b.text}</p>;
          case 'steps':
            return (
              <ol key={key} class="lesson-steps">
                {b.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ol>
            );
          case 'tip':
            return (
              <p key={key} class="notice lesson-tip">
                <strong>💡 {t('learn.tip')}: </strong>
                {b.text}
              </p>
            );
          case 'warning':
            return (
              <p key={key} class="notice notice-warn lesson-warning">
                <strong>⚠ {t('learn.warning')}: </strong>
                {b.text}
              </p>
            );
          case 'image': {
            const src = imageUrl(b.src);
            return src ? <img key={key} class="lesson-image" src={src} alt={b.alt} /> : null;
          }
          default:
            return null;
        }
      })}
    </div>
  );
}

/** The words of a lesson as one text, for reading aloud. */
export function lessonSpeech(title: string, blocks: Block[]): string {
  const parts = [title];
  for (const b of blocks) {
    if (b.kind === 'steps') parts.push(...b.items.map((item, i) => `${i + 1}. ${item}`));
    else if (b.kind === 'image') parts.push(b.alt);
    else parts.push(b.text);
  }
  return parts.join('\n');
}
