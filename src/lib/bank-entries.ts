import { getCollection } from 'astro:content';
import { QUESTION_CATEGORIES, type BankQuestion } from './question-bank';

/** The bank as the builder uses it (build time): meeting order by category, then each YAML file's order (sort is stable). */
export async function builderBank(): Promise<BankQuestion[]> {
  return (await getCollection('questions'))
    .map(({ data }) => ({ id: data.id, text: data.text, category: data.category, minutes: data.minutes, audience: data.audience }))
    .sort((a, b) => QUESTION_CATEGORIES.indexOf(a.category) - QUESTION_CATEGORIES.indexOf(b.category));
}
