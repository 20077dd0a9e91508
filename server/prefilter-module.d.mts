// Types of server/prefilter-module.mjs (read by server/gen-prefilter.ts).
export function prefilterModule(json: string | undefined): string;
