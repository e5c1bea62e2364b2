export const THEME_INIT: string;
