/** Where the user's own presets are kept (storage.local), named apart from the store's code. */
export const CUSTOM_PRESETS_KEY = 'customPresets';
