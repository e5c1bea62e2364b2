import type { Server } from 'node:http';
export function readHeaders(root: string, path?: string): Promise<Record<string, string>>;
export function startServer(options?: { root?: string; port?: number; host?: string; gzip?: boolean }): Promise<{ server: Server; url: string }>;
