/** The builder's question bank as a file of its own (see src/lib/bank-data.ts). */
import type { APIRoute } from 'astro';
import { bankJson } from '../../../lib/bank-data';
import { bankQuestions } from '../../../lib/bank-entries';

export const GET: APIRoute = async () => new Response(bankJson(await bankQuestions()), { headers: { 'Content-Type': 'application/json' } });
