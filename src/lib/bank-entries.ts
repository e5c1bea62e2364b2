import { getCollection } from 'astro:content';
import { QUESTION_CATEGORIES, type BankQuestion } from './question-bank';

/**
 * The question bank (build time) for both question pages: meeting order by category, then each YAML
 * file's order (sort is stable). Each page picks from it with lib/question-bank's filterBank.
 */
export async function bankQuestions(): Promise<BankQuestion[]> {
  return (await getCollection('questions'))
    .map(({ data }) => ({
      id: data.id,
      text: data.text,
      category: data.category,
      minutes: data.minutes,
      audience: data.audience,
      ...(data.followUp ? { followUp: data.followUp } : {}),
    }))
    .sort((a, b) => QUESTION_CATEGORIES.indexOf(a.category) - QUESTION_CATEGORIES.indexOf(b.category));
}
