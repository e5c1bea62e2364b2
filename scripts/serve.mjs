// `npm run serve`: serves the built site on http://localhost:4321 (PORT to change it).
import { existsSync } from 'node:fs';
import { startServer } from './static-server.mjs';

if (!existsSync('dist/index.html')) {
  console.error('No built site in dist/. Run "npm run build" (or "npm start", which builds first).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const { url } = await startServer({ port, host: process.env.HOST ?? 'localhost' });
console.log(`Coffee Chat is being served at ${url.replace('127.0.0.1', 'localhost')} (Ctrl+C to stop).`);
