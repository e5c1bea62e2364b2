export function gz(text: string | Buffer): number;
export function fileFor(dist: string, url: string): string | undefined;
export function moduleGraph(dist: string, url: string, seen?: Set<string>): Set<string>;
export function pageAssets(html: string): { css: string[]; inline: string[]; external: string[]; islands: string[] };
export function upFrontModules(dist: string, html: string): Set<string>;
export function pageSizes(dist: string, url: string): { html: number; css: number; js: number };
