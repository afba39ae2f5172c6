/**
 * Learning content as data: one module = a meta file (code, version) plus one text file per
 * language. The same shapes validate the bundled modules (in a test, so bad content fails the
 * build, not the learner), a module the server publishes later, and the learner's quiz answers.
 */
import { z } from 'zod/mini';
import { MODULE_CODES } from './curriculum';

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
/** lesson ids "l1", "l2"…, question ids "q1", "q2"… */
const localId = (prefix: string) => z.string().check(z.regex(new RegExp(`^${prefix}[1-9]\\d?$`)));
/** An illustration beside the module's files: lower-case kebab name ending in .svg. */
export const svgFileName = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*\.svg$/));

export const moduleMetaSchema = z.object({
  code: z.enum(MODULE_CODES),
  /** Raised on every change to the text, quiz or pictures; the newest version a device has wins. */
  version: z.int().check(z.minimum(1)),
  /** About how long the module takes, shown on its card. */
  minutes: z.int().check(z.minimum(5), z.maximum(120)),
  /** The lessons' ids in order, so progress can be shown without loading the text. */
  lessons: z.array(localId('l')).check(z.minLength(3), z.maxLength(6)),
  cover: svgFileName,
});
export type ModuleMeta = z.infer<typeof moduleMetaSchema>;

export const blockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: text(600) }),
  z.object({ kind: z.literal('steps'), items: z.array(text(300)).check(z.minLength(2)) }),
  z.object({ kind: z.literal('tip'), text: text(400) }),
  z.object({ kind: z.literal('warning'), text: text(400) }),
  z.object({ kind: z.literal('image'), src: svgFileName, alt: text(200) }),
]);
export type Block = z.infer<typeof blockSchema>;

const choice = z.object({ text: text(200), correct: z.boolean(), why: text(400) });
const choices = z.array(choice).check(z.minLength(2), z.maxLength(5));
const countCorrect = (options: { correct: boolean }[]) => options.filter((o) => o.correct).length;

export const questionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('single'),
    id: localId('q'),
    prompt: text(300),
    options: choices.check(z.refine((o) => countCorrect(o) === 1, 'exactly one correct option')),
  }),
  z.object({
    kind: z.literal('multiple'),
    id: localId('q'),
    prompt: text(300),
    options: choices.check(z.refine((o) => countCorrect(o) >= 1, 'at least one correct option')),
  }),
  z.object({
    kind: z.literal('truefalse'),
    id: localId('q'),
    prompt: text(300),
    answer: z.boolean(),
    explanation: text(400),
  }),
  z.object({
    kind: z.literal('order'),
    id: localId('q'),
    prompt: text(300),
    /** In the right order; the quiz shows them shuffled. */
    steps: z.array(text(200)).check(z.minLength(3), z.maxLength(6)),
    explanation: text(400),
  }),
]);
export type Question = z.infer<typeof questionSchema>;

const uniqueIds = (xs: { id: string }[]) => new Set(xs.map((x) => x.id)).size === xs.length;

export const lessonSchema = z.object({
  id: localId('l'),
  title: text(120),
  blocks: z.array(blockSchema).check(z.minLength(2), z.maxLength(20)),
  quiz: z
    .array(questionSchema)
    .check(z.minLength(3), z.maxLength(5), z.refine(uniqueIds, 'duplicate question id')),
});
export type Lesson = z.infer<typeof lessonSchema>;

/** A module's text in one language. */
export const moduleTextSchema = z.object({
  title: text(120),
  summary: text(300),
  lessons: z
    .array(lessonSchema)
    .check(z.minLength(3), z.maxLength(6), z.refine(uniqueIds, 'duplicate lesson id')),
});
export type ModuleText = z.infer<typeof moduleTextSchema>;

export const CONTENT_LANGUAGES = ['vi', 'en'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** A whole module as the server publishes it: meta, both languages, and the pictures' SVG text. */
export const modulePackageSchema = z.object({
  meta: moduleMetaSchema,
  text: z.object({ vi: moduleTextSchema, en: moduleTextSchema }),
  images: z.record(svgFileName, z.string().check(z.maxLength(16_000))),
});
export type ModulePackage = z.infer<typeof modulePackageSchema>;

/** Everything about a module's lessons except the words: what each language must share. */
export function moduleShape(text: ModuleText) {
  return text.lessons.map((lesson) => ({
    id: lesson.id,
    blocks: lesson.blocks.map((b) =>
      b.kind === 'steps'
        ? `steps:${b.items.length}`
        : b.kind === 'image'
          ? `image:${b.src}`
          : b.kind,
    ),
    quiz: lesson.quiz.map((q) => {
      if (q.kind === 'single' || q.kind === 'multiple')
        return `${q.id}:${q.kind}:${q.options.map((o) => (o.correct ? 1 : 0)).join('')}`;
      if (q.kind === 'truefalse') return `${q.id}:truefalse:${q.answer}`;
      return `${q.id}:order:${q.steps.length}`;
    }),
  }));
}

/** A published module is usable: both languages share one structure and every picture is there. */
export function isCompletePackage(p: ModulePackage): boolean {
  const same =
    JSON.stringify(moduleShape(p.text.vi)) === JSON.stringify(moduleShape(p.text.en)) &&
    JSON.stringify(p.text.vi.lessons.map((l) => l.id)) === JSON.stringify(p.meta.lessons);
  const pictures = [
    p.meta.cover,
    ...p.text.vi.lessons.flatMap((l) =>
      l.blocks.flatMap((b) => (b.kind === 'image' ? [b.src] : [])),
    ),
  ];
  return same && pictures.every((f) => f in p.images);
}
