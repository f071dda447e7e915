export function ensureBrowsers(): void;
