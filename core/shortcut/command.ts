/** The keyboard shortcut, as the manifest declares it and the background listens for it. */
export const FILL_COMMAND = 'fill-last-preset';
export const FILL_COMMAND_TITLE = 'Fill the portal form with the last preset';
export const FILL_COMMAND_KEY = 'Alt+Shift+W';
