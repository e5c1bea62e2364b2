/** The message writer's logic: kinds, checks, template filling and mailto links. Pure, no DOM. */
export * from './kinds';
export * from './kind-checks';
export * from './limits';
export * from './context';
export * from './findings';
export * from './text';
export * from './checks';
export * from './job-ask';
export * from './readability';
export * from './timing';
export * from './check-message';
export * from './template';
export * from './mailto';
export * from './meeting-link';
export * from './writer';
export * from './zone';
