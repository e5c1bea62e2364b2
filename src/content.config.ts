import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { readdir, readFile } from 'node:fs/promises';
import { load as parseYaml } from 'js-yaml';
import { AUDIENCES, QUESTION_CATEGORIES } from './lib/question-bank';
import { LIMITS, type LimitName } from './content/house-numbers';

export const SECTIONS = ['understand', 'prepare', 'meet', 'follow-up'] as const;

/** A cited work: a web page (with its https link) or a book or article without one. */
const source = z
  .object({
    title: z.string().min(1),
    author: z.string().min(1).optional(),
    publisher: z.string().min(1).optional(),
    year: z.number().int().min(1900).max(2100).optional(),
    url: z.url({ protocol: /^https$/ }).optional(),
  })
  .strict();

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/guides' }),
  schema: z.object({
    title: z.string().min(1).max(80),
    description: z.string().min(20).max(160),
    // Words readers search with that the guide may not use itself (synonyms, their own terms):
    // indexed as Pagefind metadata by GuideLayout, never shown.
    keywords: z.array(z.string().min(2).max(40)).max(30).default([]),
    order: z.number().int().positive(),
    section: z.enum(SECTIONS),
    updated: z.coerce.date(),
    // First publication; guides that do not say were published when last updated.
    published: z.coerce.date().optional(),
    sources: z
      .array(source)
      .min(2)
      .refine((list) => list.some((s) => s.url), { message: 'at least one source needs an https url' }),
    draft: z.boolean().optional(),
    // Only the FAQ uses this: the list feeds both the page and its FAQPage structured data.
    faq: z
      .array(
        z.object({
          question: z.string().min(5),
          answer: z.string().min(10),
          // The guide section that goes deeper than the short answer.
          more: z.object({ href: z.string().startsWith('/guides/'), label: z.string().min(3) }).optional(),
        }),
      )
      .optional(),
  }),
});

/**
 * Reads every YAML list in a folder as entries of one collection. Astro's file() loader takes a
 * single file and only logs a parse error; this one fails the build and names the file.
 */
function yamlFolder(folder: string, skip: (name: string) => boolean = () => false): Loader {
  return {
    name: 'yaml-folder',
    async load({ store, parseData, config, logger }) {
      const dir = new URL(folder, config.root);
      const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f) && !skip(f)).sort();
      store.clear();
      const seen = new Map<string, string>();
      for (const name of files) {
        const filePath = `${folder.replace(/^\.\//, '')}${name}`;
        let items: unknown;
        try {
          items = parseYaml(await readFile(new URL(name, dir), 'utf8'), { filename: filePath });
        } catch (error) {
          throw new Error(`${filePath}: not valid YAML: ${(error as Error).message}`);
        }
        if (!Array.isArray(items)) throw new Error(`${filePath}: expected a list of items`);
        for (const [index, raw] of items.entries()) {
          const id = (raw as { id?: unknown })?.id;
          if (typeof id !== 'string' || !id) throw new Error(`${filePath}[${index}]: missing id`);
          if (seen.has(id)) throw new Error(`${filePath}: id "${id}" is also used in ${seen.get(id)}`);
          seen.set(id, filePath);
          const data = await parseData({ id, data: raw as Record<string, unknown>, filePath });
          store.set({ id, data, filePath });
        }
      }
      logger.info(`${seen.size} entries from ${files.length} files in ${folder}`);
    },
  };
}

const questions = defineCollection({
  loader: yamlFolder('./src/content/questions/', (f) => f.startsWith('avoid')),
  schema: z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      text: z.string().min(10).max(300),
      category: z.enum(QUESTION_CATEGORIES),
      minutes: z.number().int().min(1).max(5),
      audience: z.array(z.enum(AUDIENCES)).min(1).default(['any']),
      followUp: z.string().max(300).optional(),
    })
    .strict(),
});

const avoidQuestions = defineCollection({
  loader: yamlFolder('./src/content/questions/', (f) => !f.startsWith('avoid')),
  schema: z.object({ id: z.string(), text: z.string().min(5), why: z.string().min(10) }).strict(),
});

/** What a message template is for; a message writer groups templates by this. */
export const TEMPLATE_KINDS = [
  'request',
  'follow-up',
  'reply',
  'confirmation',
  'reschedule',
  'cancel',
  'decline-reply',
  'thank-you',
  'update',
  'keep-in-touch',
  'introduction-blurb',
  'referrer-loop',
  'ask-for-names',
  'phone',
  'application',
] as const;

const templates = defineCollection({
  loader: yamlFolder('./src/content/templates/'),
  schema: z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      kind: z.enum(TEMPLATE_KINDS),
      channel: z.enum(['email', 'linkedin', 'phone', 'voicemail', 'message']),
      title: z.string().min(3).max(80),
      subject: z.string().min(3).max(120).optional(),
      body: z.string().min(10),
      /** The house limit it must meet (src/content/house-numbers.ts LIMITS), which also names its source. */
      limit: z.enum(Object.keys(LIMITS) as [LimitName, ...LimitName[]]),
    })
    .strict(),
});

export const collections = { guides, questions, avoidQuestions, templates };
